//! The legend of rank numbers: where a lot's name gave way to its rank number on the matrix,
//! the legend under it says which lot the number stands for ("6 Intensieve ambulante …").
//! Also the whole matrix laid out at once ([`lay_out`]), as the exports and the checks use it.

use egui::{Rect, pos2};

use super::geometry::{MatrixGeometry, MatrixOptions, Measure, PlacedLot, TextBox};
use super::layout::{self, LabelText, Placed, SpreadLimit};
use crate::model::{Portfolio, Workshop};

/// A legend entry is cut to this many characters (with an ellipsis).
const MAX_ENTRY_CHARS: usize = 42;

/// The legend lines are at most this many.
pub const MAX_LINES: usize = 4;

/// The lots whose label is their rank number: "rank name", by spend.
pub fn entries(lots: &[PlacedLot], labels: &[Option<layout::LabelSpot>]) -> Vec<String> {
    lots.iter()
        .zip(labels)
        .filter(|(_, label)| matches!(label, Some(spot) if spot.text == LabelText::Short))
        .map(|(lot, _)| format!("{} {}", lot.rank, shortened(&lot.name)))
        .collect()
}

/// One legend entry: the rank number and the (shortened) name.
pub fn entry(rank: usize, name: &str) -> String {
    format!("{rank} {}", shortened(name))
}

fn shortened(name: &str) -> String {
    if name.chars().count() <= MAX_ENTRY_CHARS {
        name.to_string()
    } else {
        let cut: String = name.chars().take(MAX_ENTRY_CHARS - 1).collect();
        format!("{}\u{2026}", cut.trim_end())
    }
}

/// The entries flowed into lines of `width`, after a title; the boxes relative to (0, 0).
fn flow(
    title: &str,
    entries: &[String],
    width: f32,
    size: f32,
    measure: &dyn Measure,
) -> Vec<TextBox> {
    let gap = size * 1.2;
    let line = measure.text_size("Ag", size, false).y * 1.15;
    let mut boxes = Vec::new();
    let mut at = pos2(0.0, 0.0);
    for (k, text) in std::iter::once(title)
        .chain(entries.iter().map(String::as_str))
        .enumerate()
    {
        let bold = k == 0;
        let extent = measure.text_size(text, size, bold);
        if at.x > 0.0 && at.x + extent.x > width {
            at = pos2(0.0, at.y + line);
        }
        boxes.push(TextBox {
            text: text.to_string(),
            rect: Rect::from_min_size(at, extent),
            size,
            bold,
        });
        at.x += extent.x + gap;
    }
    boxes
}

/// How many lines the entries take at `width`.
pub fn lines_needed(
    title: &str,
    entries: &[String],
    width: f32,
    size: f32,
    measure: &dyn Measure,
) -> usize {
    if entries.is_empty() {
        return 0;
    }
    let boxes = flow(title, entries, width, size, measure);
    let line = measure.text_size("Ag", size, false).y * 1.15;
    boxes
        .last()
        .map_or(0, |b| (b.rect.top() / line).round() as usize + 1)
}

/// The legend in `area`: the title and as many entries as fit, then "+N more".
pub fn place(
    title: &str,
    more: &str,
    entries: &[String],
    area: Rect,
    size: f32,
    measure: &dyn Measure,
) -> Vec<TextBox> {
    if entries.is_empty() || area.height() <= 0.0 {
        return Vec::new();
    }
    let mut shown = entries.len();
    loop {
        let mut list: Vec<String> = entries[..shown].to_vec();
        if shown < entries.len() {
            list.push(format!("+{} {more}", entries.len() - shown));
        }
        let boxes: Vec<TextBox> = flow(title, &list, area.width(), size, measure)
            .into_iter()
            .map(|mut b| {
                b.rect = b.rect.translate(area.min.to_vec2());
                b
            })
            .collect();
        if shown == 0 || boxes.iter().all(|b| area.expand(0.5).contains_rect(b.rect)) {
            return boxes;
        }
        shown -= 1;
    }
}

/// The whole matrix laid out in `outer`: geometry, markers and labels, and the legend (room for
/// it is made when numbers stand in for names).
#[derive(Clone, Debug)]
pub struct MatrixLayout {
    /// Frame, ticks, titles and quadrant names.
    pub geometry: MatrixGeometry,
    /// The scored lots, by spend.
    pub lots: Vec<PlacedLot>,
    /// Where each lot's marker and label went.
    pub placed: Vec<Placed>,
    /// The legend's texts.
    pub legend: Vec<TextBox>,
}

/// Lays out the matrix (see [`MatrixLayout`]). Without a legend in the options, numbers are
/// still used where names do not fit, and no legend is made.
pub fn lay_out(
    outer: Rect,
    workshop: &Workshop,
    portfolio: &Portfolio,
    options: &MatrixOptions,
    measure: &dyn Measure,
) -> MatrixLayout {
    let size = options.sizes.small * options.scale;
    let t = options.lang.ui();
    let mut lines = 0;
    let mut tries = 0;
    loop {
        let geometry = MatrixGeometry::new(outer, workshop, portfolio, options, measure, lines);
        let lots = geometry.markers(workshop, portfolio, options, measure);
        let placed = place_markers(&geometry, &lots);
        let labels: Vec<_> = placed.iter().map(|p| p.label).collect();
        let entries = entries(&lots, &labels);
        let needed = if options.legend {
            lines_needed(t.legend_title, &entries, outer.width(), size, measure).min(MAX_LINES)
        } else {
            0
        };
        tries += 1;
        if needed <= lines || tries >= 3 {
            let legend = place(
                t.legend_title,
                t.legend_more,
                &entries,
                geometry.legend_area,
                size,
                measure,
            );
            return MatrixLayout {
                geometry,
                lots,
                placed,
                legend,
            };
        }
        lines = needed;
    }
}

/// Spreads the markers and places their labels inside the frame, clear of the quadrant names.
pub fn place_markers(geometry: &MatrixGeometry, lots: &[PlacedLot]) -> Vec<Placed> {
    let inputs: Vec<_> = lots.iter().map(|l| l.marker.clone()).collect();
    let order: Vec<usize> = (0..lots.len()).collect();
    layout::layout(
        &inputs,
        &order,
        label_bounds(geometry),
        spread_limit(geometry),
        &geometry.reserved(),
    )
}

/// Where lot labels may go: the frame, less a hair so no label touches its edge.
pub fn label_bounds(geometry: &MatrixGeometry) -> Rect {
    geometry.frame.shrink(2.0 * geometry.scale)
}

/// How far markers may be moved aside on this geometry.
pub fn spread_limit(geometry: &MatrixGeometry) -> SpreadLimit {
    let y = geometry.spend_range.0;
    SpreadLimit::for_plot(
        geometry.to_screen(1.0, y).x - geometry.to_screen(0.0, y).x,
        geometry.to_screen(geometry.risk_threshold, y).x,
    )
}
