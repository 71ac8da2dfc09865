//! The lots on the matrix: a marker per scored lot (place and size from the shared geometry),
//! the participants' spread as whiskers, where a lot stood in an earlier round, the selection
//! ring and the labels. Markers and labels are kept between frames ([`crate::ui::desk::plot_marks`]).

use egui::{Color32, FontId, Stroke, pos2};
use egui_plot::PlotTransform;
use rust_decimal::prelude::ToPrimitive;

use crate::chart::geometry::{MatrixGeometry, label_padding};
use crate::chart::layout::{self as plot_layout, LabelText, MarkerIn};
use crate::chart::{legend, log_spend};
use crate::model::Lot;
use crate::ui::desk::plot::PlottedLot;
use crate::ui::desk::plot_marks::{self, Mark, MarkersKey};
use crate::ui::{Shared, View, theme};

/// Draws the lots and returns where each marker went (for hover, click and tests).
pub fn show(
    ui: &egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    geometry: &MatrixGeometry,
    transform: &PlotTransform,
) -> Vec<PlottedLot> {
    let painter = ui.painter_at(geometry.frame.expand(2.0));
    view.drawn.plot_cache.check_atlas(ui.ctx());
    let dark = shared.dark;
    // The markers depend only on these (the labels also on the selection); while they stay
    // the same, the last frame's are reused.
    let key = MarkersKey {
        spread_limit: legend::spread_limit(geometry),
        revision: shared.revision,
        bounds: legend::label_bounds(geometry),
        lang: shared.lang,
        pixels_per_point: ui.ctx().pixels_per_point(),
        label_size: shared.sizes.plot_label,
        marker_radius: shared.sizes.marker_radius,
        dark,
        borderline: view.borderline,
    };
    let (marks, inputs, points, lots) = marks(ui, shared, view, geometry, &key);
    // Labels keep clear of the axes' texts and of the participants' spread.
    let mut reserved = geometry.reserved();
    reserved.extend(whisker_rects(shared, &lots, &points, geometry));
    view.drawn
        .plot_cache
        .update(ui.ctx(), key, view.selected, &marks, &inputs, &reserved);
    view.drawn.arrows = ghosts(&painter, shared, view, &marks, &inputs, geometry);
    let centres = &view.drawn.plot_cache.centres;
    // The kept markers; the selection ring; the kept label backgrounds; the label texts.
    let [markers, label_backgrounds] = view.drawn.plot_cache.layers();
    painter.add(markers);
    let mut plotted = Vec::with_capacity(marks.len());
    for ((mark, point), (centre, input)) in
        marks.iter().zip(points).zip(centres.iter().zip(&inputs))
    {
        if view.selected == Some(mark.id) {
            painter.circle_stroke(
                *centre,
                input.radius + 6.0,
                Stroke::new(3.0, theme::selection_colour(dark)),
            );
        }
        plotted.push(PlottedLot {
            id: mark.id,
            point,
            screen: *centre,
            radius: input.radius,
        });
    }
    painter.add(label_backgrounds);
    let label_colour = plot_marks::label_colour(dark);
    let padding = label_padding(1.0) / 2.0;
    for (mark, spot) in marks.into_iter().zip(&view.drawn.plot_cache.labels) {
        let Some(spot) = spot else { continue };
        let galley = match spot.text {
            LabelText::Full => mark.galleys.0,
            LabelText::Short => mark.galleys.1,
        };
        if let Some(galley) = galley {
            painter.galley(spot.rect.min + padding, galley, label_colour);
        }
    }
    // The spread above the labels: a label never hides the half that crosses a threshold.
    whiskers(
        &painter,
        shared,
        &lots,
        &view.drawn.plot_cache.centres,
        transform,
    );
    plotted
}

type Marks<'a> = (Vec<Mark>, Vec<MarkerIn>, Vec<[f64; 2]>, Vec<&'a Lot>);

/// A marker per scored lot, by spend ([`MatrixGeometry::lot_marks`], as the exports), with the
/// label texts of those that may be labelled.
fn marks<'a>(
    ui: &egui::Ui,
    shared: &Shared<'a>,
    view: &View,
    geometry: &MatrixGeometry,
    key: &MarkersKey,
) -> Marks<'a> {
    let options = shared.matrix_options(false);
    let font = FontId::proportional(shared.sizes.plot_label);
    let label_colour = plot_marks::label_colour(shared.dark);
    let kept_galleys = view.drawn.plot_cache.galleys_for(key);
    let (mut marks, mut inputs, mut points, mut lots) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for mark in geometry.lot_marks(shared.workshop, shared.portfolio, &options) {
        // Only lots that may get a label need their text laid out (the layout tries the
        // selected lot and then the largest, up to its limit).
        let selected = view.selected == Some(mark.lot.id);
        let may_be_labelled = marks.len() < plot_layout::MAX_LABELS || selected;
        let galleys = match kept_galleys.and_then(|g| g.get(marks.len())) {
            Some(galleys) if galleys.0.is_some() || !may_be_labelled => galleys.clone(),
            _ if may_be_labelled => {
                let layout = |text: String| {
                    ui.painter()
                        .layout_no_wrap(text, font.clone(), label_colour)
                };
                (Some(layout(mark.name)), Some(layout(mark.rank)))
            }
            _ => (None, None),
        };
        let size = |g: &Option<std::sync::Arc<egui::Galley>>| {
            g.as_ref()
                .map_or(egui::Vec2::ZERO, |g| g.size() + label_padding(1.0))
        };
        inputs.push(MarkerIn {
            centre: mark.centre,
            radius: mark.radius,
            label: size(&galleys.0),
            short_label: size(&galleys.1),
        });
        marks.push(Mark {
            id: mark.lot.id,
            quadrant: mark.quadrant,
            partial: mark.partial,
            borderline: shared.sensitivity.is_marked(mark.lot.id),
            galleys,
        });
        points.push(mark.point);
        lots.push(mark.lot);
    }
    (marks, inputs, points, lots)
}

/// Half the height of a whisker's end caps.
const WHISKER_CAP: f32 = 7.0;

/// Where each lot's spread is drawn, for the labels to keep clear of.
fn whisker_rects(
    shared: &Shared<'_>,
    lots: &[&Lot],
    points: &[[f64; 2]],
    geometry: &MatrixGeometry,
) -> Vec<egui::Rect> {
    (lots.iter().zip(points))
        .filter(|(lot, _)| !lot.round.blind)
        .filter_map(|(lot, point)| {
            let (low, high) = lot
                .round
                .risk_spread(&shared.workshop.settings.weights)
                .filter(|(low, high)| low < high)?;
            let left = geometry.to_screen(low.to_f64().unwrap_or(0.0), point[1]);
            let right = geometry.to_screen(high.to_f64().unwrap_or(0.0), point[1]);
            let cap = egui::vec2(0.0, WHISKER_CAP);
            Some(egui::Rect::from_two_pos(left - cap, right + cap))
        })
        .collect()
}

/// The spread of the participants' risk, above the labels (which keep clear of it).
fn whiskers(
    painter: &egui::Painter,
    shared: &Shared<'_>,
    lots: &[&Lot],
    centres: &[egui::Pos2],
    transform: &PlotTransform,
) {
    let whisker = Stroke::new(theme::LINE_WIDTH, theme::threshold_colour(shared.dark));
    for (lot, centre) in lots.iter().zip(centres) {
        if lot.round.blind {
            continue;
        }
        if let Some((low, high)) = lot.round.risk_spread(&shared.workshop.settings.weights)
            && low < high
        {
            let x0 = transform.position_from_point_x(low.to_f64().unwrap_or(0.0));
            let x1 = transform.position_from_point_x(high.to_f64().unwrap_or(0.0));
            let y = centre.y;
            painter.line_segment([pos2(x0, y), pos2(x1, y)], whisker);
            for x in [x0, x1] {
                let cap = [pos2(x, y - WHISKER_CAP), pos2(x, y + WHISKER_CAP)];
                painter.line_segment(cap, whisker);
            }
        }
    }
}

/// Before and after: a ghost where the lot stood in the earlier round, with an arrow to now.
/// Returns the lots that got an arrow.
fn ghosts(
    painter: &egui::Painter,
    shared: &Shared<'_>,
    view: &View,
    marks: &[Mark],
    inputs: &[MarkerIn],
    geometry: &MatrixGeometry,
) -> Vec<crate::model::LotId> {
    let mut arrows = Vec::new();
    let Some(baseline) = &view.baseline else {
        return arrows;
    };
    let centres = &view.drawn.plot_cache.centres;
    for (i, (mark, centre)) in marks.iter().zip(centres).enumerate() {
        let Some((before, ranked)) = baseline.earlier(mark.id) else {
            continue;
        };
        let (Some(risk), Some(quadrant)) = (ranked.risk, ranked.quadrant) else {
            continue;
        };
        let ghost = geometry.to_screen(risk.mean.to_f64().unwrap_or(0.0), log_spend(before.spend));
        if ghost.distance(*centre) < 4.0 {
            continue;
        }
        let colour = theme::quadrant_colour(quadrant);
        theme::paint_marker(
            painter,
            ghost,
            shared.sizes.marker_radius.0 + 2.0,
            theme::quadrant_marker(quadrant),
            Color32::TRANSPARENT,
            Stroke::new(theme::LINE_WIDTH, colour.gamma_multiply(0.8)),
        );
        let towards = *centre - ghost;
        // Stop the arrow at the edge of the current marker.
        let gap = inputs[i].radius + 4.0;
        let shortened = towards * (1.0 - gap / towards.length().max(1.0)).max(0.0);
        painter.arrow(
            ghost,
            shortened,
            Stroke::new(theme::LINE_WIDTH, theme::threshold_colour(shared.dark)),
        );
        arrows.push(mark.id);
    }
    arrows
}
