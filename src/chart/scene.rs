//! The matrix as a list of plain shapes in pixels, drawn like the window's plot: the same
//! quadrant colours, tints, marker shapes, threshold lines, spend scale and label layout. The
//! SVG, PNG and PDF writers only paint these shapes.

use egui::{Color32, Pos2, Rect, Vec2, pos2, vec2};

use super::fonts::{text_width, vertical_metrics};
use super::geometry::{MatrixGeometry, MatrixOptions, Measure, TextBox, label_padding};
use super::layout::LabelText;
use super::legend;
use super::style::{self as theme, Marker, Sizes};
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

/// One line of text as a painter gets it: the left end of its baseline, size, weight, colour.
#[derive(Clone, Copy, Debug)]
pub struct TextRun<'a> {
    /// Left end of the baseline.
    pub origin: Pos2,
    /// Em size in pixels.
    pub size: f32,
    /// Semibold.
    pub bold: bool,
    /// Colour.
    pub colour: Rgba,
    /// The text.
    pub text: &'a str,
}

/// What paints a scene onto something (the window, SVG, pixels, a PDF page): a method per kind
/// of shape. [`Scene::paint`] holds the one match over the shapes.
pub trait Paint {
    /// The whole drawing's background, before any shape.
    fn background(&mut self, size: Vec2, colour: Rgba);
    /// A rectangle.
    fn rect(&mut self, rect: Rect, fill: Option<Rgba>, outline: Option<Outline>);
    /// A closed polygon.
    fn polygon(&mut self, points: &[Pos2], fill: Option<Rgba>, outline: Option<Outline>);
    /// A circle.
    fn circle(&mut self, centre: Pos2, radius: f32, fill: Option<Rgba>, outline: Option<Outline>);
    /// An open line through points.
    fn line(&mut self, points: &[Pos2], outline: Outline);
    /// One line of text.
    fn text(&mut self, text: TextRun<'_>);
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
    /// Paints the background, then every shape back to front, with `painter`.
    pub fn paint(&self, painter: &mut impl Paint) {
        painter.background(self.size, self.background);
        for shape in &self.shapes {
            match shape {
                Shape::Rect {
                    rect,
                    fill,
                    outline,
                } => painter.rect(*rect, *fill, *outline),
                Shape::Polygon {
                    points,
                    fill,
                    outline,
                } => painter.polygon(points, *fill, *outline),
                Shape::Circle {
                    centre,
                    radius,
                    fill,
                    outline,
                } => painter.circle(*centre, *radius, *fill, *outline),
                Shape::Line { points, outline } => painter.line(points, *outline),
                Shape::Text {
                    origin,
                    size,
                    bold,
                    colour,
                    text,
                } => painter.text(TextRun {
                    origin: *origin,
                    size: *size,
                    bold: *bold,
                    colour: *colour,
                    text,
                }),
            }
        }
    }

    pub(crate) fn new(size: Vec2) -> Scene {
        Scene {
            size,
            background: Color32::WHITE.into(),
            shapes: Vec::new(),
        }
    }

    /// Adds a text whose box has its vertical middle at `at.y`, anchored horizontally.
    pub(crate) fn text(
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

    pub(crate) fn line(&mut self, points: Vec<Pos2>, width: f32, colour: Color32) {
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
    let t = lang.ui();
    let ink = Color32::BLACK;
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
    let unscored: Vec<&str> = portfolio
        .ranked
        .iter()
        .filter(|r| r.risk.is_none())
        .filter_map(|r| workshop.lots.get(r.index))
        .map(|l| l.name.as_str())
        .collect();
    let bottom = if unscored.is_empty() { 24.0 } else { 64.0 };
    let outer = Rect::from_min_max(
        pos2(24.0 * s, 70.0 * s),
        pos2(size.x - 30.0 * s, size.y - bottom * s),
    );
    let options = MatrixOptions {
        lang,
        sizes,
        scale: s,
        hide_amounts: false,
        legend: true,
    };
    let matrix = legend::lay_out(outer, workshop, portfolio, &options, &FontMeasure);
    scene.axes(&matrix.geometry);
    scene.lots(&matrix, &options);
    for entry in &matrix.legend {
        scene.text_box(entry, ink);
    }
    if !unscored.is_empty() {
        scene.unscored_line(&unscored, t.not_on_plot, sizes.small * s, s);
    }
    scene
}

/// Measures text with the embedded Inter, as the exports draw it.
pub struct FontMeasure;

impl Measure for FontMeasure {
    fn text_size(&self, text: &str, size: f32, bold: bool) -> Vec2 {
        let (ascent, descent) = vertical_metrics(size);
        vec2(text_width(text, size, bold), (ascent - descent) * 1.1)
    }
}

impl Scene {
    /// A text drawn in its box.
    fn text_box(&mut self, text: &TextBox, colour: Color32) {
        self.text(
            text.rect.left_center(),
            Anchor::Left,
            text.size,
            text.bold,
            colour,
            &text.text,
        );
    }

    /// Quadrant tints, grid, frame, tick labels, axis titles, quadrant names, thresholds.
    fn axes(&mut self, g: &MatrixGeometry) {
        let s = g.scale;
        for quadrant in Quadrant::ALL {
            self.shapes.push(Shape::Rect {
                rect: g.quadrant_rect(quadrant),
                fill: Some(theme::quadrant_tint(quadrant, false).into()),
                outline: None,
            });
        }
        let grid = Color32::from_gray(200);
        for tick in &g.risk_ticks {
            self.line(
                vec![
                    pos2(tick.at, g.frame.top()),
                    pos2(tick.at, g.frame.bottom()),
                ],
                s,
                grid,
            );
        }
        for tick in &g.spend_ticks {
            self.line(
                vec![
                    pos2(g.frame.left(), tick.at),
                    pos2(g.frame.right(), tick.at),
                ],
                s,
                grid,
            );
        }
        self.shapes.push(Shape::Rect {
            rect: g.frame,
            fill: None,
            outline: Some(Outline {
                width: s,
                colour: Color32::from_gray(120).into(),
            }),
        });
        for text in g.axis_texts() {
            self.text_box(text, Color32::BLACK);
        }
        for (quadrant, name) in &g.quadrant_names {
            self.text_box(name, theme::quadrant_text_colour(*quadrant, false));
        }
        let threshold = theme::threshold_colour(false);
        let width = theme::LINE_WIDTH * s;
        let x = g.to_screen(g.risk_threshold, 0.0).x;
        self.line(
            vec![pos2(x, g.frame.top()), pos2(x, g.frame.bottom())],
            width,
            threshold,
        );
        if let Some(y) = g.value_line {
            let y = g.to_screen(0.0, y).y;
            self.line(
                vec![pos2(g.frame.left(), y), pos2(g.frame.right(), y)],
                width,
                threshold,
            );
        }
    }

    /// Markers, then labels (with leader lines and halos), laid out as in the window.
    fn lots(&mut self, matrix: &legend::MatrixLayout, options: &MatrixOptions) {
        let s = options.scale;
        let width = theme::LINE_WIDTH * s;
        for (lot, place) in matrix.lots.iter().zip(&matrix.placed) {
            let paint = theme::marker_paint(lot.quadrant, lot.partial, Color32::WHITE);
            self.marker(
                place.centre,
                lot.marker.radius,
                theme::quadrant_marker(lot.quadrant),
                paint.fill,
                Outline {
                    width: paint.width * s,
                    colour: paint.outline.into(),
                },
            );
        }
        let leader = theme::threshold_colour(false).gamma_multiply(0.7);
        let padding = label_padding(s);
        for (lot, place) in matrix.lots.iter().zip(&matrix.placed) {
            let Some(spot) = place.label else { continue };
            if spot.leader {
                self.line(vec![place.centre, spot.rect.center()], width, leader);
            }
            self.shapes.push(Shape::Rect {
                rect: spot.rect,
                fill: Some(theme::halo(false).into()),
                outline: None,
            });
            let text = match spot.text {
                LabelText::Full => &lot.name,
                LabelText::Short => &lot.rank,
            };
            self.text(
                pos2(spot.rect.left() + padding.x / 2.0, spot.rect.center().y),
                Anchor::Left,
                options.sizes.plot_label * s,
                false,
                Color32::BLACK,
                text,
            );
        }
    }

    /// The lots not yet on the matrix, named under it on one line ("(+3)" for the rest).
    fn unscored_line(&mut self, unscored: &[&str], heading: &str, size: f32, s: f32) {
        let mut line = format!("{heading} ");
        let limit = self.size.x - 48.0 * s;
        for (i, name) in unscored.iter().enumerate() {
            let next = if i == 0 {
                format!("{line}{name}")
            } else {
                format!("{line}, {name}")
            };
            if text_width(&next, size, false) > limit {
                line.push_str(&format!(" (+{})", unscored.len() - i));
                break;
            }
            line = next;
        }
        let y = self.size.y - 30.0 * s;
        self.text(
            pos2(24.0 * s, y),
            Anchor::Left,
            size,
            false,
            Color32::BLACK,
            &line,
        );
    }
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
