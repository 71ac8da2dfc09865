//! The plot's markers and labels, kept between frames. Two levels:
//!
//! - the markers: where each one goes after spreading, its label texts, and one tessellated
//!   mesh of them all; kept while the workshop, the plot's size and the sizes stay the same,
//!   with the labels placed by spend;
//! - the labels with the selected lot's first (the others keep their places, minus those in its
//!   way) and one mesh of their backgrounds and leader lines; made again when the selection
//!   changes.
//!
//! So an idle frame tessellates no marker at all, and a click on another lot places one label.

use std::sync::Arc;

use egui::epaint::{Mesh, Tessellator};
use egui::{Color32, Pos2, Shape, Stroke};

use crate::chart::layout::{self as plot_layout, LabelSpot, MarkerIn, MarkerIndex, SpreadLimit};
use crate::model::{LotId, Quadrant};
use crate::ui::theme;

/// With more markers than this, their edges are not smoothed (see [`PlotCache`]).
const SMOOTH_MARKERS_UP_TO: usize = 1500;

/// What the markers depend on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(in crate::ui) struct MarkersKey {
    pub spread_limit: SpreadLimit,
    pub revision: u64,
    /// Where labels may go (see [`crate::chart::legend::label_bounds`]).
    pub bounds: egui::Rect,
    /// The quadrant names, which labels keep clear of, are in this language.
    pub lang: crate::locale::Lang,
    pub pixels_per_point: f32,
    pub label_size: f32,
    pub marker_radius: (f32, f32),
    pub dark: bool,
    /// Borderline lots get a dashed ring.
    pub borderline: bool,
}

/// A label's texts: the name and the rank number (only for lots that may get a label).
pub(in crate::ui) type LabelGalleys = (Option<Arc<egui::Galley>>, Option<Arc<egui::Galley>>);

/// The plot's kept markers and labels (see the module documentation).
#[derive(Debug, Default)]
pub struct PlotCache {
    markers_key: Option<MarkersKey>,
    /// Where each marker is drawn, after spreading.
    pub(in crate::ui) centres: Vec<Pos2>,
    index: Option<MarkerIndex>,
    base_labels: Option<Vec<Option<LabelSpot>>>,
    /// Each lot's label texts.
    pub(in crate::ui) galleys: Vec<LabelGalleys>,
    markers: Arc<Mesh>,
    labels_key: Option<(MarkersKey, Option<LotId>)>,
    /// Where each label goes, if it has one.
    pub(in crate::ui) labels: Vec<Option<LabelSpot>>,
    label_backgrounds: Arc<Mesh>,
    /// A text egui laid out for the kept ones: egui gives the same one back until it empties
    /// its font atlas (and its cache of laid-out texts with it).
    probe: Option<Arc<egui::Galley>>,
}

/// A scored lot as the marker layer needs it.
pub(in crate::ui) struct Mark {
    pub id: LotId,
    pub quadrant: Quadrant,
    /// Not every participant has scored it: drawn open (a ring in the quadrant's shape).
    pub partial: bool,
    /// One score step or a few points from another quadrant (ringed when asked for).
    pub borderline: bool,
    pub galleys: LabelGalleys,
}

impl PlotCache {
    /// Forgets everything kept when egui has emptied its font atlas since the last frame (it
    /// does when the atlas is nearly full, and when the text options change with the theme):
    /// kept texts would point into the old atlas and show as empty boxes or wrong letters.
    pub(in crate::ui) fn check_atlas(&mut self, ctx: &egui::Context) {
        let probe = ctx.fonts_mut(|f| {
            f.layout_no_wrap(
                "Ag".into(),
                egui::FontId::proportional(12.0),
                egui::Color32::WHITE,
            )
        });
        if self
            .probe
            .as_ref()
            .is_some_and(|old| !Arc::ptr_eq(old, &probe))
        {
            *self = PlotCache::default();
        }
        self.probe = Some(probe);
    }

    /// The kept label texts, when the markers were made for `key`.
    pub(in crate::ui) fn galleys_for(&self, key: &MarkersKey) -> Option<&[LabelGalleys]> {
        (self.markers_key.as_ref() == Some(key)).then_some(&self.galleys[..])
    }

    /// Makes sure markers and labels are those of `key` and `selected`, building what is not.
    pub(in crate::ui) fn update(
        &mut self,
        ctx: &egui::Context,
        key: MarkersKey,
        selected: Option<LotId>,
        marks: &[Mark],
        inputs: &[MarkerIn],
        reserved: &[egui::Rect],
    ) {
        if self.markers_key != Some(key) {
            self.build_markers(ctx, key, marks, inputs, reserved);
        }
        if self.labels_key != Some((key, selected)) {
            self.build_labels(ctx, key, selected, marks, inputs);
        }
    }

    fn build_markers(
        &mut self,
        ctx: &egui::Context,
        key: MarkersKey,
        marks: &[Mark],
        inputs: &[MarkerIn],
        reserved: &[egui::Rect],
    ) {
        let centres = plot_layout::spread(inputs, key.spread_limit);
        let shapes = marks
            .iter()
            .zip(&centres)
            .zip(inputs)
            .flat_map(|((mark, centre), input)| {
                let edge = if mark.partial {
                    crate::chart::style::plot_background(key.dark)
                } else {
                    theme::halo(key.dark)
                };
                let paint = theme::marker_paint(mark.quadrant, mark.partial, edge);
                let marker = theme::marker_shape(
                    *centre,
                    input.radius,
                    theme::quadrant_marker(mark.quadrant),
                    paint.fill,
                    Stroke::new(paint.width, paint.outline),
                );
                let ring = (key.borderline && mark.borderline).then(|| {
                    let stroke = Stroke::new(theme::LINE_WIDTH, theme::threshold_colour(key.dark));
                    theme::dashed_ring(*centre, input.radius + theme::BORDERLINE_GAP, stroke)
                });
                std::iter::once(marker).chain(ring.into_iter().flatten())
            });
        // Beyond this many markers the plot is a cloud: edges without smoothing halve the mesh
        // egui copies every frame.
        let smooth = marks.len() <= SMOOTH_MARKERS_UP_TO;
        self.markers = Arc::new(tessellate(ctx, key.pixels_per_point, smooth, shapes));
        // Labels by spend (the portfolio's order); the selection is added per frame.
        let bounds = key.bounds;
        let index = MarkerIndex::new(inputs, &centres, bounds, reserved);
        let order: Vec<usize> = (0..marks.len())
            .filter(|&i| inputs[i].label != egui::Vec2::ZERO)
            .collect();
        self.base_labels = Some(plot_layout::place_labels(
            inputs, &centres, &index, &order, bounds,
        ));
        self.index = Some(index);
        self.centres = centres;
        self.galleys = marks.iter().map(|m| m.galleys.clone()).collect();
        self.markers_key = Some(key);
        self.labels_key = None;
    }

    fn build_labels(
        &mut self,
        ctx: &egui::Context,
        key: MarkersKey,
        selected: Option<LotId>,
        marks: &[Mark],
        inputs: &[MarkerIn],
    ) {
        let bounds = key.bounds;
        let (Some(index), Some(base)) = (&self.index, &self.base_labels) else {
            return;
        };
        let labels = match selected.and_then(|id| marks.iter().position(|m| m.id == id)) {
            Some(i) => plot_layout::with_selected(base, inputs, &self.centres, index, i, bounds),
            None => base.clone(),
        };
        let halo = theme::halo(key.dark);
        let leader = Stroke::new(
            theme::LINE_WIDTH,
            theme::threshold_colour(key.dark).gamma_multiply(0.7),
        );
        let shapes = labels
            .iter()
            .zip(&self.centres)
            .filter_map(|(spot, centre)| spot.map(|spot| (spot, centre)))
            .flat_map(|(spot, centre)| {
                let line = spot
                    .leader
                    .then(|| Shape::line_segment([*centre, spot.rect.center()], leader));
                line.into_iter()
                    .chain(std::iter::once(Shape::rect_filled(spot.rect, 3.0, halo)))
            });
        self.label_backgrounds = Arc::new(tessellate(ctx, key.pixels_per_point, true, shapes));
        self.labels = labels;
        self.labels_key = Some((key, selected));
    }

    /// The label boxes drawn in the last frame, each lot's (by spend), with the text kind.
    pub fn label_spots(&self) -> &[Option<LabelSpot>] {
        &self.labels
    }

    /// The markers, then the label backgrounds and leader lines above them.
    pub(in crate::ui) fn layers(&self) -> [Shape; 2] {
        [
            Shape::Mesh(self.markers.clone()),
            Shape::Mesh(self.label_backgrounds.clone()),
        ]
    }
}

/// Turns shapes without text into one mesh, the way egui would at the end of the frame.
fn tessellate(
    ctx: &egui::Context,
    pixels_per_point: f32,
    smooth: bool,
    shapes: impl Iterator<Item = Shape>,
) -> Mesh {
    let mut options = ctx.tessellation_options(|o| *o);
    options.feathering &= smooth;
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
pub(in crate::ui) fn label_colour(dark: bool) -> Color32 {
    if dark { Color32::WHITE } else { Color32::BLACK }
}
