//! The matrix as a list of plain shapes in pixels, drawn like the window's plot: the same
//! quadrant colours, tints, marker shapes, threshold lines, spend scale and label layout. The
//! SVG, PNG and PDF writers only paint these shapes.

use egui::{Color32, Pos2, Rect, Vec2, pos2, vec2};
use rust_decimal::prelude::ToPrimitive;

use super::fonts::{text_width, vertical_metrics};
use super::layout::{self, LabelText, MarkerIn};
use super::style::{self as theme, Marker, Sizes};
use super::{log_spend, quadrant_area, spend_range, spend_tick, spend_ticks, value_threshold};
use crate::locale::Lang;
use crate::locale::number::format_euro;
use crate::model::{Portfolio, Quadrant, Workshop, analyse};

/// A colour without premultiplied alpha: red, green, blue, alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgba(pub [u8; 4]);

impl From<Color32> for Rgba {
    fn from(c: Color32) -> Rgba {
        Rgba(c.to_srgba_unmultiplied())
    }
}

impl Rgba {
    /// `#rrggbb` for SVG.
    pub fn hex(self) -> String {
        let [r, g, b, _] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// The opacity, 0-1.
    pub fn opacity(self) -> f32 {
        f32::from(self.0[3]) / 255.0
    }
}

/// An outline: width and colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outline {
    /// Line width in pixels.
    pub width: f32,
    /// Colour.
    pub colour: Rgba,
}

/// One shape of the drawing.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A rectangle.
    Rect {
        /// Where.
        rect: Rect,
        /// Fill, if any.
        fill: Option<Rgba>,
        /// Outline, if any.
        outline: Option<Outline>,
    },
    /// A closed polygon.
    Polygon {
        /// Corners.
        points: Vec<Pos2>,
        /// Fill, if any.
        fill: Option<Rgba>,
        /// Outline, if any.
        outline: Option<Outline>,
    },
    /// A circle.
    Circle {
        /// Centre.
        centre: Pos2,
        /// Radius.
        radius: f32,
        /// Fill, if any.
        fill: Option<Rgba>,
        /// Outline, if any.
        outline: Option<Outline>,
    },
    /// An open line through points.
    Line {
        /// The points.
        points: Vec<Pos2>,
        /// Width and colour.
        outline: Outline,
    },
    /// One line of text, starting at `origin` on its baseline.
    Text {
        /// Left end of the baseline.
        origin: Pos2,
        /// Em size in pixels.
        size: f32,
        /// Semibold.
        bold: bool,
        /// Colour.
        colour: Rgba,
        /// The text.
        text: String,
    },
}

/// A drawing: its size, background and shapes, painted in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// Width and height in pixels.
    pub size: Vec2,
    /// The background.
    pub background: Rgba,
    /// The shapes, back to front.
    pub shapes: Vec<Shape>,
}

/// Horizontal anchor of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The point is the text's left end.
    Left,
    /// The point is the text's middle.
    Centre,
    /// The point is the text's right end.
    Right,
}

impl Scene {
    fn new(size: Vec2) -> Scene {
        Scene {
            size,
            background: Color32::WHITE.into(),
            shapes: Vec::new(),
        }
    }

    /// Adds a text whose box has its vertical middle at `at.y`, anchored horizontally.
    fn text(
        &mut self,
        at: Pos2,
        anchor: Anchor,
        size: f32,
        bold: bool,
        colour: Color32,
        text: &str,
    ) {
        let width = text_width(text, size, bold);
        let x = match anchor {
            Anchor::Left => at.x,
            Anchor::Centre => at.x - width / 2.0,
            Anchor::Right => at.x - width,
        };
        let (ascent, descent) = vertical_metrics(size);
        self.shapes.push(Shape::Text {
            origin: pos2(x, at.y + (ascent + descent) / 2.0),
            size,
            bold,
            colour: colour.into(),
            text: text.to_string(),
        });
    }

    fn line(&mut self, points: Vec<Pos2>, width: f32, colour: Color32) {
        self.shapes.push(Shape::Line {
            points,
            outline: Outline {
                width,
                colour: colour.into(),
            },
        });
    }

    fn marker(
        &mut self,
        centre: Pos2,
        radius: f32,
        marker: Marker,
        fill: Color32,
        outline: Outline,
    ) {
        let (c, fill) = (centre, Some(fill.into()));
        let outline = Some(outline);
        self.shapes.push(match marker {
            Marker::Circle => Shape::Circle {
                centre,
                radius,
                fill,
                outline,
            },
            Marker::Square => Shape::Rect {
                rect: Rect::from_center_size(c, Vec2::splat(radius * 1.8)),
                fill,
                outline,
            },
            // The same corners as the window's markers.
            Marker::Diamond | Marker::Triangle => Shape::Polygon {
                points: theme::marker_outline(c, radius, marker),
                fill,
                outline,
            },
        });
    }
}

/// The matrix of a workshop at a size in pixels, with a title line, in a language.
pub fn matrix_scene(workshop: &Workshop, lang: Lang, size: Vec2) -> Scene {
    let portfolio = analyse(workshop);
    matrix_scene_with(workshop, &portfolio, lang, size)
}

/// [`matrix_scene`] with the analysis already made.
pub fn matrix_scene_with(
    workshop: &Workshop,
    portfolio: &Portfolio,
    lang: Lang,
    size: Vec2,
) -> Scene {
    let mut scene = Scene::new(size);
    let s = size.y / 1080.0;
    let sizes = Sizes::EXPORT;
    let (t, texts) = (lang.ui(), lang.texts());
    let ink = Color32::BLACK;
    let line_width = theme::LINE_WIDTH * s;

    // Title.
    let title = if workshop.title.is_empty() {
        t.plot_label
    } else {
        &workshop.title
    };
    scene.text(
        pos2(24.0 * s, 34.0 * s),
        Anchor::Left,
        sizes.heading * s,
        true,
        ink,
        title,
    );
    let unscored: Vec<&str> = portfolio
        .ranked
        .iter()
        .filter(|r| r.risk.is_none())
        .filter_map(|r| workshop.lots.get(r.index))
        .map(|l| l.name.as_str())
        .collect();

    // The plot frame, with room for tick labels and axis names.
    let bottom_room = if unscored.is_empty() { 110.0 } else { 150.0 };
    let frame = Rect::from_min_max(
        pos2(190.0 * s, 100.0 * s),
        pos2(size.x - 30.0 * s, size.y - bottom_room * s),
    );
    let (y_min, y_max) = spend_range(workshop);
    let (x_min, x_max) = (-0.15, 3.15);
    let to_screen = |x: f64, y: f64| {
        pos2(
            frame.left() + ((x - x_min) / (x_max - x_min)) as f32 * frame.width(),
            frame.bottom() - ((y - y_min) / (y_max - y_min)) as f32 * frame.height(),
        )
    };
    let risk_threshold = workshop.settings.risk_threshold.to_f64().unwrap_or(1.5);
    let value_line = value_threshold(workshop, portfolio);
    let split_y = value_line.unwrap_or(y_min);

    // Quadrant tints.
    for quadrant in Quadrant::ALL {
        let ((x0, x1), (y0, y1)) = quadrant_area(
            quadrant,
            (x_min, x_max),
            (y_min, y_max),
            risk_threshold,
            split_y,
        );
        scene.shapes.push(Shape::Rect {
            rect: Rect::from_two_pos(to_screen(x0, y0), to_screen(x1, y1)),
            fill: Some(theme::quadrant_tint(quadrant, false).into()),
            outline: None,
        });
    }
    // Grid and ticks.
    let grid = Color32::from_gray(200);
    let tick_size = sizes.small * s;
    for i in 0..=6 {
        let x = f64::from(i) * 0.5;
        let top = to_screen(x, y_max);
        scene.line(vec![top, pos2(top.x, frame.bottom())], s, grid);
        if i % 2 == 0 {
            let level = crate::model::Level::ALL[(i / 2) as usize];
            let label = format!("{} {}", i / 2, texts.level(level));
            scene.text(
                pos2(top.x, frame.bottom() + 22.0 * s),
                Anchor::Centre,
                tick_size,
                false,
                ink,
                &label,
            );
        }
    }
    for (y, _) in spend_ticks(y_min, y_max) {
        let left = to_screen(x_min, y);
        scene.line(vec![left, pos2(frame.right(), left.y)], s, grid);
        let label = spend_tick(y, t.million);
        scene.text(
            pos2(frame.left() - 10.0 * s, left.y),
            Anchor::Right,
            tick_size,
            false,
            ink,
            &label,
        );
    }
    scene.shapes.push(Shape::Rect {
        rect: frame,
        fill: None,
        outline: Some(Outline {
            width: s,
            colour: Color32::from_gray(120).into(),
        }),
    });
    // Axis names.
    scene.text(
        pos2(frame.center().x, frame.bottom() + 62.0 * s),
        Anchor::Centre,
        sizes.body * s,
        true,
        ink,
        t.axis_risk,
    );
    scene.text(
        pos2(24.0 * s, frame.top() - 20.0 * s),
        Anchor::Left,
        sizes.small * s,
        true,
        ink,
        t.axis_spend,
    );
    // Quadrant names in their outer corners.
    let pad = 10.0 * s;
    let name_size = sizes.quadrant_name * s;
    for quadrant in Quadrant::ALL {
        let name = format!(
            "{} {}",
            theme::quadrant_letter(quadrant, lang),
            texts.quadrant(quadrant)
        );
        let colour = theme::quadrant_text_colour(quadrant, false);
        let (at, anchor) = match quadrant {
            Quadrant::Leverage => (
                pos2(frame.left() + pad, frame.top() + pad + name_size / 2.0),
                Anchor::Left,
            ),
            Quadrant::Strategic => (
                pos2(frame.right() - pad, frame.top() + pad + name_size / 2.0),
                Anchor::Right,
            ),
            Quadrant::Routine => (
                pos2(frame.left() + pad, frame.bottom() - pad - name_size / 2.0),
                Anchor::Left,
            ),
            Quadrant::Bottleneck => (
                pos2(frame.right() - pad, frame.bottom() - pad - name_size / 2.0),
                Anchor::Right,
            ),
        };
        scene.text(at, anchor, name_size, true, colour, &name);
    }
    // Threshold lines.
    let threshold = theme::threshold_colour(false);
    let x = to_screen(risk_threshold, y_min).x;
    scene.line(
        vec![pos2(x, frame.top()), pos2(x, frame.bottom())],
        line_width,
        threshold,
    );
    if let Some(y) = value_line {
        let y = to_screen(x_min, y).y;
        scene.line(
            vec![pos2(frame.left(), y), pos2(frame.right(), y)],
            line_width,
            threshold,
        );
    }

    // Markers and labels, laid out as in the window.
    let max_spend = workshop
        .lots
        .iter()
        .map(|l| l.spend)
        .max()
        .and_then(|d| d.to_f64())
        .unwrap_or(1.0)
        .max(1.0);
    let label_size = sizes.plot_label * s;
    let (r_min, r_max) = sizes.marker_radius;
    let mut lots = Vec::new();
    let mut inputs = Vec::new();
    for ranked in &portfolio.ranked {
        let (Some(risk), Some(quadrant), Some(lot)) = (
            ranked.risk,
            ranked.quadrant,
            workshop.lots.get(ranked.index),
        ) else {
            continue;
        };
        let centre = to_screen(risk.mean.to_f64().unwrap_or(0.0), log_spend(lot.spend));
        let share = (lot.spend.to_f64().unwrap_or(0.0) / max_spend).clamp(0.0, 1.0);
        let radius = (r_min + (r_max - r_min) * share.sqrt() as f32) * s;
        let short = ranked.rank.to_string();
        let label_box = |text: &str| {
            vec2(
                text_width(text, label_size, false) + 8.0 * s,
                label_size * 1.25,
            )
        };
        inputs.push(MarkerIn {
            centre,
            radius,
            label: label_box(&lot.name),
            short_label: label_box(&short),
        });
        lots.push((quadrant, lot.name.clone(), short));
    }
    let order: Vec<usize> = (0..lots.len()).collect();
    let limit = layout::SpreadLimit::for_plot(
        to_screen(1.0, y_min).x - to_screen(0.0, y_min).x,
        to_screen(risk_threshold, y_min).x,
    );
    let placed = layout::layout(&inputs, &order, frame.shrink(2.0 * s), limit);
    let halo = theme::halo(false);
    for (i, place) in placed.iter().enumerate() {
        let quadrant = lots[i].0;
        scene.marker(
            place.centre,
            inputs[i].radius,
            theme::quadrant_marker(quadrant),
            theme::quadrant_colour(quadrant),
            Outline {
                width: line_width,
                colour: Color32::WHITE.into(),
            },
        );
    }
    for (i, place) in placed.iter().enumerate() {
        let Some(spot) = place.label else { continue };
        if spot.leader {
            scene.line(
                vec![place.centre, spot.rect.center()],
                line_width,
                threshold.gamma_multiply(0.7),
            );
        }
        scene.shapes.push(Shape::Rect {
            rect: spot.rect,
            fill: Some(halo.into()),
            outline: None,
        });
        let text = match spot.text {
            LabelText::Full => &lots[i].1,
            LabelText::Short => &lots[i].2,
        };
        scene.text(
            pos2(spot.rect.left() + 4.0 * s, spot.rect.center().y),
            Anchor::Left,
            label_size,
            false,
            ink,
            text,
        );
    }
    // Lots not yet on the matrix, named under it.
    if !unscored.is_empty() {
        let mut line = format!("{} ", t.not_on_plot);
        let limit = size.x - 48.0 * s;
        for (i, name) in unscored.iter().enumerate() {
            let next = if i == 0 {
                format!("{line}{name}")
            } else {
                format!("{line}, {name}")
            };
            if text_width(&next, tick_size, false) > limit {
                line.push_str(&format!(" (+{})", unscored.len() - i));
                break;
            }
            line = next;
        }
        scene.text(
            pos2(24.0 * s, size.y - 30.0 * s),
            Anchor::Left,
            tick_size,
            false,
            ink,
            &line,
        );
    }
    // The total, so a picture on its own says what it covers.
    let total = format!(
        "{}: {}",
        lang.exchange().total,
        format_euro(workshop.total_spend())
    );
    scene.text(
        pos2(size.x - 30.0 * s, 34.0 * s),
        Anchor::Right,
        sizes.body * s,
        false,
        ink,
        &total,
    );
    scene
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_matrix_has_a_marker_per_scored_lot_and_four_quadrant_names() {
        let workshop = crate::examples::default_workshop()
            .expect("example")
            .workshop;
        let scene = matrix_scene(&workshop, Lang::Dutch, vec2(1920.0, 1080.0));
        let texts: Vec<&str> = scene
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        for name in ["Hefboom", "Strategisch", "Routine", "Knelpunt"] {
            assert!(
                texts.iter().any(|t| t.ends_with(name)),
                "{name} in {texts:?}"
            );
        }
        assert!(texts.contains(&"Huishoudelijke hulp"));
        assert!(texts.contains(&"\u{20AC} 1 mln"));
        let inside = Rect::from_min_size(Pos2::ZERO, scene.size);
        for shape in &scene.shapes {
            if let Shape::Text { origin, .. } = shape {
                assert!(inside.contains(*origin), "{shape:?}");
            }
        }
    }
}
