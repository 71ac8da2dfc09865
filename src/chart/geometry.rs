//! The matrix's geometry in screen units, computed once for the window and the exports: where
//! the plot frame goes in the space given, which tick labels, axis titles and quadrant names fit
//! (measured, never cut and never on top of each other), each marker's place and size, and the
//! legend for lots whose name gave way to their rank number ([`super::legend`]).
//!
//! Texts are measured by a [`Measure`]: egui's fonts in the window, the embedded Inter in the
//! exports. Both painters draw exactly the boxes returned here.

use egui::{Pos2, Rect, Vec2, pos2, vec2};
use rust_decimal::prelude::ToPrimitive;

use super::layout::MarkerIn;
use super::style::{self, Sizes};
use super::{log_spend, quadrant_area, spend_range, spend_tick, spend_ticks, value_threshold};
use crate::locale::Lang;
use crate::model::{Level, Lot, LotId, Portfolio, Quadrant, Workshop};

/// Measures one line of text: its width and height at a size (in the painter's units).
pub trait Measure {
    /// The size of `text` at font size `size`.
    fn text_size(&self, text: &str, size: f32, bold: bool) -> Vec2;
}

/// One line of text and the box it is drawn in.
#[derive(Clone, Debug, PartialEq)]
pub struct TextBox {
    /// The text.
    pub text: String,
    /// Where it is drawn.
    pub rect: Rect,
    /// Font size.
    pub size: f32,
    /// Semibold.
    pub bold: bool,
}

impl TextBox {
    fn new(measure: &dyn Measure, text: String, size: f32, bold: bool) -> TextBox {
        let rect = Rect::from_min_size(Pos2::ZERO, measure.text_size(&text, size, bold));
        TextBox {
            text,
            rect,
            size,
            bold,
        }
    }

    /// The same box moved so that its `anchor` point is at `at`.
    fn placed(mut self, at: Pos2, anchor: egui::Align2) -> TextBox {
        self.rect = anchor.anchor_size(at, self.rect.size());
        self
    }
}

/// A tick on an axis: its value, where it is, and its label when one fits.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// The value on the axis (risk, or log10 of spend).
    pub value: f64,
    /// The screen coordinate (x for risk, y for spend).
    pub at: f32,
    /// A whole step (a level, a decade): drawn as a stronger grid line.
    pub major: bool,
    /// Its label, if the chosen density labels it.
    pub label: Option<TextBox>,
}

/// What the matrix is drawn for.
#[derive(Clone, Copy, Debug)]
pub struct MatrixOptions {
    /// The language of the texts.
    pub lang: Lang,
    /// The size set (desk, room or export).
    pub sizes: Sizes,
    /// Every size is multiplied by this (exports scale with the picture).
    pub scale: f32,
    /// Spend shown as ABC bands: no amounts on the axis.
    pub hide_amounts: bool,
    /// Room is kept under the matrix for a legend of rank numbers.
    pub legend: bool,
}

/// The matrix laid out in a rectangle.
#[derive(Clone, Debug, PartialEq)]
pub struct MatrixGeometry {
    /// All the space given.
    pub outer: Rect,
    /// The plot area: the quadrants, grid, markers and their labels are inside it.
    pub frame: Rect,
    /// The risk axis range (x).
    pub risk_range: (f64, f64),
    /// The spend axis range (y, log10).
    pub spend_range: (f64, f64),
    /// The risk threshold (x).
    pub risk_threshold: f64,
    /// The value threshold (y, log10), when lots lie on both sides of it.
    pub value_line: Option<f64>,
    /// Risk ticks under the frame.
    pub risk_ticks: Vec<Tick>,
    /// Spend ticks left of the frame.
    pub spend_ticks: Vec<Tick>,
    /// The risk axis title, under its ticks.
    pub risk_title: TextBox,
    /// The spend axis title, above the frame at the left.
    pub spend_title: TextBox,
    /// Each quadrant's name (or only its letter) in its outer corner.
    pub quadrant_names: Vec<(Quadrant, TextBox)>,
    /// Where the legend goes (empty when none is asked for).
    pub legend_area: Rect,
    /// Every size was multiplied by this.
    pub scale: f32,
}

/// Space between a text and what it belongs to, in units of the text's size.
const GAP: f32 = 0.4;
/// The risk axis runs a little beyond 0 and 3, so the end markers are not cut in half.
const RISK_RANGE: (f64, f64) = (-0.15, 3.15);
/// The legend takes at most this share of the height.
const MAX_LEGEND_SHARE: f32 = 0.22;

impl MatrixGeometry {
    /// Lays out the matrix of `workshop` in `outer`, with `legend_lines` lines of legend room
    /// under it (see [`super::legend::lines_needed`]).
    pub fn new(
        outer: Rect,
        workshop: &Workshop,
        portfolio: &Portfolio,
        options: &MatrixOptions,
        measure: &dyn Measure,
        legend_lines: usize,
    ) -> MatrixGeometry {
        let s = options.scale;
        let tick = options.sizes.small * s;
        let title = options.sizes.body * s;
        let line = |size: f32| measure.text_size("Ag", size, false).y;
        let legend_height = if options.legend {
            (legend_lines as f32 * line(tick) * 1.15).min(outer.height() * MAX_LEGEND_SHARE)
        } else {
            0.0
        };
        let spend_range = spend_range(workshop);
        let texts = Texts::of(options.lang, &workshop.settings.weights);
        let spend_labels = if options.hide_amounts {
            Vec::new()
        } else {
            spend_ticks(spend_range.0, spend_range.1)
                .iter()
                .map(|&(v, _)| spend_tick(v, texts.million))
                .collect()
        };
        let widest_spend = spend_labels
            .iter()
            .map(|l| measure.text_size(l, tick, false).x)
            .fold(0.0, f32::max);
        let last_risk = measure.text_size(&risk_label(3.0, &texts), tick, false).x;
        let left = outer.left() + widest_spend + tick * (GAP * 2.0);
        let top = outer.top() + line(title) + title * GAP;
        let bottom = outer.bottom() - line(tick) - line(title) - tick * GAP * 3.0 - legend_height;
        // The last risk label is centred on 3: leave room for its right half.
        let mut frame = Rect::from_min_max(
            pos2(left, top),
            pos2(outer.right() - tick * GAP, bottom.max(top + 1.0)),
        );
        let beyond = (RISK_RANGE.1 - 3.0) as f32 / (RISK_RANGE.1 - RISK_RANGE.0) as f32;
        let overhang = last_risk / 2.0 - beyond * frame.width();
        if overhang > 0.0 {
            frame.max.x -= overhang;
        }
        let mut geometry = MatrixGeometry {
            outer,
            frame,
            risk_range: RISK_RANGE,
            spend_range,
            risk_threshold: workshop.settings.risk_threshold.to_f64().unwrap_or(1.5),
            value_line: value_threshold(workshop, portfolio),
            risk_ticks: Vec::new(),
            spend_ticks: Vec::new(),
            risk_title: TextBox::new(measure, String::new(), title, true),
            spend_title: TextBox::new(measure, String::new(), title, true),
            quadrant_names: Vec::new(),
            legend_area: Rect::from_min_max(
                pos2(outer.left(), outer.bottom() - legend_height),
                outer.max,
            ),
            scale: s,
        };
        geometry.risk_ticks = geometry.choose_risk_ticks(measure, &texts, tick);
        geometry.spend_ticks = geometry.choose_spend_ticks(measure, &spend_labels, tick);
        geometry.place_titles(measure, &texts, options, title, tick);
        geometry.quadrant_names = geometry.name_quadrants(measure, options);
        geometry
    }

    /// Where a point (risk, log10 of spend) is on the screen.
    pub fn to_screen(&self, risk: f64, log_spend: f64) -> Pos2 {
        let (x0, x1) = self.risk_range;
        let (y0, y1) = self.spend_range;
        pos2(
            self.frame.left() + ((risk - x0) / (x1 - x0)) as f32 * self.frame.width(),
            self.frame.bottom() - ((log_spend - y0) / (y1 - y0)) as f32 * self.frame.height(),
        )
    }

    /// A quadrant's area on the screen.
    pub fn quadrant_rect(&self, quadrant: Quadrant) -> Rect {
        let ((x0, x1), (y0, y1)) = quadrant_area(
            quadrant,
            self.risk_range,
            self.spend_range,
            self.risk_threshold,
            self.value_line.unwrap_or(self.spend_range.0),
        );
        Rect::from_two_pos(self.to_screen(x0, y0), self.to_screen(x1, y1))
    }

    /// The tick labels and axis titles.
    pub fn axis_texts(&self) -> impl Iterator<Item = &TextBox> {
        self.risk_ticks
            .iter()
            .chain(&self.spend_ticks)
            .filter_map(|t| t.label.as_ref())
            .chain([&self.risk_title, &self.spend_title])
    }

    /// Every text of the axes and quadrants, for the overlap checks.
    pub fn texts(&self) -> impl Iterator<Item = &TextBox> {
        self.axis_texts()
            .chain(self.quadrant_names.iter().map(|(_, name)| name))
    }

    /// The boxes lot labels must keep clear of inside the frame (the quadrant names).
    pub fn reserved(&self) -> Vec<Rect> {
        self.quadrant_names
            .iter()
            .map(|(_, name)| name.rect.expand(2.0 * self.scale))
            .collect()
    }

    /// Labels every half level ("0,5"), then only the levels, then only their numbers: the
    /// first that leaves a gap between all labels.
    fn choose_risk_ticks(&self, measure: &dyn Measure, texts: &Texts, size: f32) -> Vec<Tick> {
        let y = self.frame.bottom() + size * GAP;
        let label = |v: f64, text: String| {
            let at = pos2(self.to_screen(v, 0.0).x, y);
            TextBox::new(measure, text, size, false).placed(at, egui::Align2::CENTER_TOP)
        };
        let halves: Vec<f64> = (0..=6).map(|i| f64::from(i) * 0.5).collect();
        let choices: [&dyn Fn(f64) -> Option<String>; 3] = [
            &|v| Some(risk_label(v, texts)),
            &|v| (v.fract() == 0.0).then(|| risk_label(v, texts)),
            &|v| (v.fract() == 0.0).then(|| format!("{}", v as u8)),
        ];
        let mut ticks = Vec::new();
        for (k, choice) in choices.iter().enumerate() {
            ticks = halves
                .iter()
                .map(|&v| Tick {
                    value: v,
                    at: self.to_screen(v, 0.0).x,
                    major: v.fract() == 0.0,
                    label: choice(v).map(|text| label(v, text)),
                })
                .collect();
            let boxes = label_rects(&ticks);
            if k == choices.len() - 1
                || apart(&boxes, size * 0.6, true) && inside(&boxes, self.outer)
            {
                break;
            }
        }
        ticks
    }

    /// Labels at 1, 2 and 5 times each power of ten, then each decade, then every other
    /// decade: the first that keeps the labels apart. A label that would stick out of the
    /// frame's height is left out.
    fn choose_spend_ticks(&self, measure: &dyn Measure, labels: &[String], size: f32) -> Vec<Tick> {
        let marks = spend_ticks(self.spend_range.0, self.spend_range.1);
        let x = self.frame.left() - size * GAP;
        let keep: [&dyn Fn(f64, bool) -> bool; 3] =
            [&|_, _| true, &|_, decade| decade, &|v, decade| {
                decade && (v.round() as i64) % 2 == 0
            }];
        let mut ticks = Vec::new();
        for (k, rule) in keep.iter().enumerate() {
            ticks = marks
                .iter()
                .enumerate()
                .map(|(i, &(value, major))| {
                    let at = self.to_screen(0.0, value).y;
                    let label = labels
                        .get(i)
                        .filter(|_| rule(value, major))
                        .map(|text| {
                            TextBox::new(measure, text.clone(), size, false)
                                .placed(pos2(x, at), egui::Align2::RIGHT_CENTER)
                        })
                        .filter(|l| l.rect.top() >= self.frame.top() - 1.0)
                        .filter(|l| l.rect.bottom() <= self.frame.bottom() + 1.0);
                    Tick {
                        value,
                        at,
                        major,
                        label,
                    }
                })
                .collect();
            let boxes = label_rects(&ticks);
            if k == keep.len() - 1 || apart(&boxes, size * 0.25, false) {
                break;
            }
        }
        ticks
    }

    /// The axis titles: the full text where it fits, else the short one, else the short one
    /// in small print (never cut).
    fn place_titles(
        &mut self,
        measure: &dyn Measure,
        texts: &Texts,
        options: &MatrixOptions,
        size: f32,
        small: f32,
    ) {
        let risk_top =
            self.frame.bottom() + measure.text_size("Ag", small, false).y + small * GAP * 2.0;
        let risk = fitting(measure, &texts.risk_titles, size, self.outer.width());
        self.risk_title = risk.placed(
            pos2(self.frame.center().x, risk_top),
            egui::Align2::CENTER_TOP,
        );
        // Keep the centred title inside the outer rectangle.
        let shift = (self.outer.left() - self.risk_title.rect.left()).max(0.0)
            - (self.risk_title.rect.right() - self.outer.right()).max(0.0);
        self.risk_title.rect = self.risk_title.rect.translate(vec2(shift, 0.0));
        let spend_titles: Vec<String> = if options.hide_amounts {
            texts
                .spend_titles
                .iter()
                .map(|t| format!("{t} ({})", texts.amounts_hidden))
                .chain(texts.spend_titles.iter().cloned())
                .collect()
        } else {
            texts.spend_titles.to_vec()
        };
        let spend = fitting(measure, &spend_titles, size, self.outer.width());
        self.spend_title = spend.placed(self.outer.left_top(), egui::Align2::LEFT_TOP);
    }

    /// Each quadrant's letter and name in the outer corner of its area; only the letter where
    /// the name does not fit the area; nothing where even the letter does not.
    fn name_quadrants(
        &self,
        measure: &dyn Measure,
        options: &MatrixOptions,
    ) -> Vec<(Quadrant, TextBox)> {
        let size = options.sizes.quadrant_name * options.scale;
        let pad = size * 0.3;
        let texts = options.lang.texts();
        Quadrant::ALL
            .into_iter()
            .filter_map(|quadrant| {
                let area = self.quadrant_rect(quadrant).shrink(pad);
                let letter = style::quadrant_letter(quadrant, options.lang);
                let full = format!("{letter} {}", texts.quadrant(quadrant));
                let (anchor, corner) = match quadrant {
                    Quadrant::Leverage => (egui::Align2::LEFT_TOP, area.left_top()),
                    Quadrant::Strategic => (egui::Align2::RIGHT_TOP, area.right_top()),
                    Quadrant::Routine => (egui::Align2::LEFT_BOTTOM, area.left_bottom()),
                    Quadrant::Bottleneck => (egui::Align2::RIGHT_BOTTOM, area.right_bottom()),
                };
                [full, letter]
                    .into_iter()
                    .map(|text| TextBox::new(measure, text, size, true).placed(corner, anchor))
                    .find(|name| area.contains_rect(name.rect))
                    .map(|name| (quadrant, name))
            })
            .collect()
    }

    /// The radius of a lot's marker: its area grows with its share of the largest spend.
    pub fn marker_radius(&self, options: &MatrixOptions, share_of_largest: f64) -> f32 {
        let (r_min, r_max) = options.sizes.marker_radius;
        (r_min + (r_max - r_min) * share_of_largest.clamp(0.0, 1.0).sqrt() as f32) * options.scale
    }

    /// Every scored lot's mark, by spend (the portfolio's order): where it goes, how large it
    /// is and what its labels say. The one place the window and the exports take markers from.
    pub fn lot_marks<'w>(
        &self,
        workshop: &'w Workshop,
        portfolio: &Portfolio,
        options: &MatrixOptions,
    ) -> Vec<LotMark<'w>> {
        let largest = largest_spend(workshop);
        portfolio
            .ranked
            .iter()
            .filter_map(|ranked| {
                let lot = workshop.lots.get(ranked.index)?;
                let (risk, quadrant) = (ranked.risk?, ranked.quadrant?);
                let share = lot.spend.to_f64().unwrap_or(0.0) / largest;
                let point = [risk.mean.to_f64().unwrap_or(0.0), log_spend(lot.spend)];
                Some(LotMark {
                    lot,
                    quadrant,
                    partial: workshop.partial(lot).is_some(),
                    name: super::lot_label(workshop, lot),
                    rank: ranked.rank.to_string(),
                    point,
                    centre: self.to_screen(point[0], point[1]),
                    radius: self.marker_radius(options, share),
                })
            })
            .collect()
    }

    /// The scored lots as markers to lay out, by spend (the portfolio's order), with their
    /// label sizes measured.
    pub fn markers(
        &self,
        workshop: &Workshop,
        portfolio: &Portfolio,
        options: &MatrixOptions,
        measure: &dyn Measure,
    ) -> Vec<PlacedLot> {
        let label_size = options.sizes.plot_label * options.scale;
        let label =
            |text: &str| measure.text_size(text, label_size, false) + label_padding(options.scale);
        self.lot_marks(workshop, portfolio, options)
            .into_iter()
            .map(|mark| PlacedLot {
                id: mark.lot.id,
                quadrant: mark.quadrant,
                partial: mark.partial,
                marker: MarkerIn {
                    centre: mark.centre,
                    radius: mark.radius,
                    label: label(&mark.name),
                    short_label: label(&mark.rank),
                },
                name: mark.name,
                rank: mark.rank,
            })
            .collect()
    }
}

/// A scored lot's mark on the matrix, before its labels are measured.
#[derive(Clone, Debug)]
pub struct LotMark<'w> {
    /// The lot.
    pub lot: &'w Lot,
    /// Its quadrant (colour and shape).
    pub quadrant: Quadrant,
    /// Not every participant has scored it: drawn open.
    pub partial: bool,
    /// Its full label ([`super::lot_label`]).
    pub name: String,
    /// Its rank by spend (the short label).
    pub rank: String,
    /// Its place in plot coordinates: (risk mean, log10 of spend).
    pub point: [f64; 2],
    /// Its centre on the drawing.
    pub centre: Pos2,
    /// Its radius on the drawing.
    pub radius: f32,
}

/// The largest spend of the workshop's lots in euros (at least 1): markers grow with their share
/// of it.
pub fn largest_spend(workshop: &Workshop) -> f64 {
    workshop
        .lots
        .iter()
        .map(|l| l.spend)
        .max()
        .and_then(|d| d.to_f64())
        .unwrap_or(1.0)
        .max(1.0)
}

/// The room around a label's text inside its box (the halo behind it).
pub fn label_padding(scale: f32) -> Vec2 {
    vec2(8.0, 2.0) * scale
}

/// A scored lot as a marker to lay out.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedLot {
    /// The lot.
    pub id: LotId,
    /// Its quadrant (colour and shape).
    pub quadrant: Quadrant,
    /// Not every participant has scored it: drawn open, not filled.
    pub partial: bool,
    /// Its name (the full label).
    pub name: String,
    /// Its rank by spend (the short label).
    pub rank: String,
    /// Where and how large its marker is, and its label sizes.
    pub marker: MarkerIn,
}

/// The texts the axes need, in a language.
struct Texts {
    levels: [&'static str; 4],
    million: &'static str,
    risk_titles: [String; 2],
    spend_titles: [String; 2],
    amounts_hidden: &'static str,
}

impl Texts {
    fn of(lang: Lang, weights: &crate::model::Weights) -> Texts {
        let t = lang.ui();
        // A weighted mean says so on the axis, with its weights.
        let risk_titles = match crate::locale::scale::weighted(weights, lang) {
            Some(weighted) => [
                format!("{} ({weighted})", t.axis_risk_short),
                format!(
                    "{} ({})",
                    t.axis_risk_short,
                    crate::locale::scale::texts(lang).weighted_short
                ),
            ],
            None => [t.axis_risk.to_string(), t.axis_risk_short.to_string()],
        };
        Texts {
            levels: Level::ALL.map(|l| lang.texts().level(l)),
            million: t.million,
            risk_titles,
            spend_titles: [t.axis_spend.to_string(), t.axis_spend_short.to_string()],
            amounts_hidden: t.amounts_hidden,
        }
    }
}

/// "1 Laag" at a level, "1,5" between levels.
fn risk_label(value: f64, texts: &Texts) -> String {
    if value.fract() == 0.0 && (0.0..=3.0).contains(&value) {
        format!("{} {}", value as usize, texts.levels[value as usize])
    } else {
        format!("{value:.1}").replace('.', ",")
    }
}

/// The first text that fits `width`, else the last one in smaller print.
fn fitting(measure: &dyn Measure, texts: &[String], size: f32, width: f32) -> TextBox {
    texts
        .iter()
        .map(|t| TextBox::new(measure, t.clone(), size, true))
        .find(|b| b.rect.width() <= width)
        .unwrap_or_else(|| {
            let last = texts.last().cloned().unwrap_or_default();
            TextBox::new(measure, last, size * 0.75, true)
        })
}

/// The boxes of the ticks that have a label.
fn label_rects(ticks: &[Tick]) -> Vec<Rect> {
    ticks
        .iter()
        .filter_map(|t| t.label.as_ref())
        .map(|l| l.rect)
        .collect()
}

/// Whether boxes in a row (`horizontal`) or column keep at least `gap` between neighbours.
fn apart(boxes: &[Rect], gap: f32, horizontal: bool) -> bool {
    boxes.windows(2).all(|pair| {
        let (a, b) = (pair[0], pair[1]);
        if horizontal {
            b.left() - a.right() >= gap
        } else {
            (a.top() - b.bottom()).max(b.top() - a.bottom()) >= gap
        }
    })
}

fn inside(boxes: &[Rect], outer: Rect) -> bool {
    boxes.iter().all(|b| outer.expand(0.5).contains_rect(*b))
}
