//! The plot's markers and labels, kept between frames: the label layout, the laid-out label
//! texts and one mesh of every marker, the selection ring, the leader lines and the label
//! backgrounds. While the workshop, the selection, the plot's size and the sizes stay the same,
//! a frame reuses them instead of laying out and tessellating a thousand markers again.

use std::sync::Arc;

use egui::epaint::{Mesh, Tessellator};
use egui::{Color32, Shape, Stroke};

use super::theme;
use crate::chart::layout::{self as plot_layout, MarkerIn, Placed};
use crate::model::{LotId, Quadrant};

/// What the cached layout and mesh depend on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct CacheKey {
    pub spread_limit: plot_layout::SpreadLimit,
    pub revision: u64,
    pub selected: Option<LotId>,
    pub frame: egui::Rect,
    pub pixels_per_point: f32,
    pub label_size: f32,
    pub marker_radius: (f32, f32),
    pub dark: bool,
}

/// A label's texts: the name and the rank number (only for lots that may get a label).
pub(super) type LabelGalleys = (Option<Arc<egui::Galley>>, Option<Arc<egui::Galley>>);

/// The plot's marker and label layout with the laid-out label texts and the tessellated
/// markers, kept between frames while nothing they depend on changes.
#[derive(Debug, Default)]
pub struct PlotCache {
    pub(super) key: Option<CacheKey>,
    pub(super) placed: Vec<Placed>,
    pub(super) galleys: Vec<LabelGalleys>,
    pub(super) layer: Arc<Mesh>,
}

impl PlotCache {
    /// The cache, when it was made for `key`.
    pub(super) fn get(&self, key: &CacheKey) -> Option<&PlotCache> {
        (self.key.as_ref() == Some(key)).then_some(self)
    }
}

/// A scored lot as the marker layer needs it.
pub(super) struct Mark {
    pub id: LotId,
    pub quadrant: Quadrant,
    pub galleys: LabelGalleys,
}

/// Lays out the labels and tessellates the marker layer for `key`.
pub(super) fn build(
    ctx: &egui::Context,
    key: CacheKey,
    marks: &[Mark],
    inputs: &[MarkerIn],
) -> PlotCache {
    // Labels: the selected lot first, then by spend (the portfolio's order).
    let mut order: Vec<usize> = (0..marks.len())
        .filter(|&i| inputs[i].label != egui::Vec2::ZERO)
        .collect();
    order.sort_by_key(|&i| Some(marks[i].id) != key.selected);
    let placed = plot_layout::layout(inputs, &order, key.frame.shrink(2.0), key.spread_limit);

    let dark = key.dark;
    let halo = theme::halo(dark);
    let mut shapes = Vec::with_capacity(marks.len() * 2 + 1);
    for ((mark, place), input) in marks.iter().zip(&placed).zip(inputs) {
        if key.selected == Some(mark.id) {
            shapes.push(Shape::circle_stroke(
                place.centre,
                input.radius + 6.0,
                Stroke::new(3.0, theme::selection_colour(dark)),
            ));
        }
        shapes.push(theme::marker_shape(
            place.centre,
            input.radius,
            theme::quadrant_marker(mark.quadrant),
            theme::quadrant_colour(mark.quadrant),
            Stroke::new(theme::LINE_WIDTH, halo),
        ));
    }
    // Label backgrounds (and leader lines) go over every marker; the texts are painted
    // on top of this layer each frame.
    let leader = Stroke::new(
        theme::LINE_WIDTH,
        theme::threshold_colour(dark).gamma_multiply(0.7),
    );
    for place in &placed {
        let Some(spot) = place.label else { continue };
        if spot.leader {
            shapes.push(Shape::line_segment(
                [place.centre, spot.rect.center()],
                leader,
            ));
        }
        shapes.push(Shape::rect_filled(spot.rect, 3.0, halo));
    }
    PlotCache {
        key: Some(key),
        galleys: marks.iter().map(|m| m.galleys.clone()).collect(),
        placed,
        layer: Arc::new(tessellate(ctx, key.pixels_per_point, shapes)),
    }
}

/// Turns shapes without text into one mesh, the way egui would at the end of the frame.
fn tessellate(ctx: &egui::Context, pixels_per_point: f32, shapes: Vec<Shape>) -> Mesh {
    let options = ctx.tessellation_options(|o| *o);
    let font_image_size = ctx.fonts(|f| f.font_image_size());
    // No pre-rendered discs: their place in the font image may move when the image grows.
    let mut tessellator = Tessellator::new(pixels_per_point, options, font_image_size, Vec::new());
    let mut mesh = Mesh::default();
    for shape in shapes {
        tessellator.tessellate_shape(shape, &mut mesh);
    }
    mesh
}

/// The colour of label texts.
pub(super) fn label_colour(dark: bool) -> Color32 {
    if dark { Color32::WHITE } else { Color32::BLACK }
}
