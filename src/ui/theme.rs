//! Design tokens of the window: fonts, text styles, visuals and how markers and chips are
//! painted with egui. The chart's own tokens (quadrant palette, marker shapes, line widths, size
//! sets) live in [`crate::chart::style`] and are re-exported here.

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, Stroke, TextStyle, Visuals};

pub use crate::chart::style::{
    LINE_WIDTH, Marker, Sizes, UNSCORED, halo, marker_outline, marker_paint, quadrant_colour,
    quadrant_letter, quadrant_marker, quadrant_text_colour, quadrant_tint, selection_colour,
    threshold_colour,
};
use crate::model::Quadrant;

/// The family name of the bold font.
pub const BOLD: &str = "bold";

/// Colour that marks invalid input (with a text, never alone).
pub fn error_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xFF, 0x8A, 0x80)
    } else {
        Color32::from_rgb(0xB0, 0x00, 0x20)
    }
}
/// The keyboard focus: a 3 px outline, apart from hover (which only tints) and at least 3:1
/// against every background it sits on (white, the light greys of buttons and panels, the
/// quadrant tints; in the dark theme the dark greys).
pub fn focus_stroke(dark: bool) -> Stroke {
    let colour = if dark {
        Color32::from_rgb(0xFF, 0xC1, 0x07)
    } else {
        Color32::from_rgb(0x00, 0x3D, 0x99)
    };
    Stroke::new(3.0, colour)
}

/// Draws the focus outline around the control that has the keyboard focus, on its own layer
/// and over it, so a focused button no longer only looks pressed.
pub fn paint_focus(ctx: &egui::Context, dark: bool) {
    let Some(response) = ctx
        .memory(|m| m.focused())
        .and_then(|id| ctx.read_response(id))
    else {
        return;
    };
    let rect = response.rect.expand(2.0);
    let painter = ctx.layer_painter(response.layer_id);
    painter.rect_stroke(rect, 3.0, focus_stroke(dark), egui::StrokeKind::Outside);
}

/// A stroke of the standard width.
pub fn stroke(colour: Color32) -> Stroke {
    Stroke::new(LINE_WIDTH, colour)
}

/// Installs the fonts (Inter, embedded) and the desk sizes.
pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "Inter".into(),
        std::sync::Arc::new(FontData::from_static(include_bytes!(
            "../../assets/fonts/Inter-Regular.otf"
        ))),
    );
    fonts.font_data.insert(
        "Inter-SemiBold".into(),
        std::sync::Arc::new(FontData::from_static(include_bytes!(
            "../../assets/fonts/Inter-SemiBold.otf"
        ))),
    );
    if let Some(family) = fonts.families.get_mut(&FontFamily::Proportional) {
        family.insert(0, "Inter".into());
    }
    let mut bold = vec!["Inter-SemiBold".to_string()];
    bold.extend(
        fonts
            .families
            .get(&FontFamily::Proportional)
            .cloned()
            .unwrap_or_default(),
    );
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    ctx.set_fonts(fonts);

    apply_sizes(ctx, &Sizes::DESK);
}

/// Sets the text styles and spacing for `sizes`.
pub fn apply_sizes(ctx: &egui::Context, sizes: &Sizes) {
    let sizes = *sizes;
    ctx.all_styles_mut(move |style| {
        style.text_styles = [
            (TextStyle::Heading, bold(sizes.heading)),
            (TextStyle::Body, FontId::proportional(sizes.body)),
            (TextStyle::Button, FontId::proportional(sizes.body)),
            (TextStyle::Monospace, FontId::monospace(sizes.body - 1.0)),
            (TextStyle::Small, FontId::proportional(sizes.small)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(sizes.spacing + 2.0, sizes.spacing);
        style.spacing.button_padding = egui::vec2(sizes.spacing + 2.0, sizes.spacing * 0.6);
        style.spacing.interact_size.y = sizes.body + 13.0;
        style.spacing.icon_width = sizes.body * 0.85;
        style.spacing.icon_width_inner = sizes.body * 0.5;
        // A drop-down shows ten choices before it scrolls (egui's 200 points showed five of
        // the six sort orders, the sixth cut in half).
        style.spacing.combo_height = 10.0 * (style.spacing.interact_size.y + sizes.spacing);
    });
}

/// The projector theme: dark on white, thick outlines, nothing thin or grey on grey.
pub fn projector_visuals() -> Visuals {
    let mut visuals = visuals(false);
    visuals.override_text_color = Some(Color32::BLACK);
    visuals.panel_fill = Color32::WHITE;
    visuals.window_fill = Color32::WHITE;
    visuals.extreme_bg_color = Color32::WHITE;
    visuals.widgets.inactive.bg_stroke = Stroke::new(LINE_WIDTH, Color32::from_gray(40));
    visuals.widgets.noninteractive.bg_stroke = Stroke::new(LINE_WIDTH, Color32::from_gray(60));
    visuals.widgets.hovered.bg_stroke = Stroke::new(3.0, Color32::BLACK);
    visuals.selection.stroke = Stroke::new(3.0, Color32::BLACK);
    visuals
}

/// Visuals with strong contrast for the chosen theme.
pub fn visuals(dark: bool) -> Visuals {
    let mut visuals = if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    if dark {
        visuals.override_text_color = Some(Color32::from_gray(235));
    } else {
        visuals.override_text_color = Some(Color32::from_gray(15));
        visuals.panel_fill = Color32::from_gray(250);
        visuals.window_fill = Color32::WHITE;
    }
    // Every control gets a visible outline: a washed-out projector loses light fills.
    let outline = if dark {
        Color32::from_gray(150)
    } else {
        Color32::from_gray(105)
    };
    visuals.widgets.inactive.bg_stroke = Stroke::new(1.5, outline);
    visuals.widgets.hovered.bg_stroke = Stroke::new(LINE_WIDTH, selection_colour(dark));
    if !dark {
        visuals.widgets.inactive.weak_bg_fill = Color32::from_gray(232);
        visuals.widgets.inactive.bg_fill = Color32::from_gray(238);
        visuals.extreme_bg_color = Color32::WHITE;
    }
    visuals.widgets.noninteractive.bg_stroke.width = 1.5;
    visuals.selection.stroke.width = LINE_WIDTH;
    visuals
}

/// A bold font of the given size.
pub fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(BOLD.into()))
}

/// Paints a quadrant chip: the quadrant colour with its letter, or a grey "?" for a lot that is
/// not yet scored.
pub fn paint_chip(
    painter: &egui::Painter,
    rect: egui::Rect,
    quadrant: Option<Quadrant>,
    lang: crate::locale::Lang,
    dark: bool,
) {
    let (fill, letter, ink) = match quadrant {
        Some(q) => (quadrant_colour(q), quadrant_letter(q, lang), Color32::WHITE),
        None => (UNSCORED, "?".to_string(), Color32::BLACK),
    };
    painter.rect_filled(rect, 6.0, fill);
    painter.rect_stroke(
        rect,
        6.0,
        Stroke::new(1.0, halo(dark)),
        egui::StrokeKind::Inside,
    );
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        letter,
        bold(rect.height() * 0.5),
        ink,
    );
}

/// Paints a marker of the given shape.
pub fn paint_marker(
    painter: &egui::Painter,
    centre: egui::Pos2,
    radius: f32,
    marker: Marker,
    fill: Color32,
    outline: Stroke,
) {
    painter.add(marker_shape(centre, radius, marker, fill, outline));
}

/// A marker of the given shape, to paint now or to tessellate once and keep.
///
/// A filled marker is two filled polygons, the outline colour grown by the outline's width
/// under the fill: the same look as a stroked shape with a third of the triangles, which
/// matters with thousands of lots. Circles get as many corners as keep the edge within a
/// quarter pixel of a true circle. An unfilled marker (a ghost) is a stroked outline.
pub fn marker_shape(
    centre: egui::Pos2,
    radius: f32,
    marker: Marker,
    fill: Color32,
    outline: Stroke,
) -> egui::Shape {
    use egui::Shape;
    let points = marker_outline(centre, radius, marker);
    if fill == Color32::TRANSPARENT {
        return Shape::convex_polygon(points, fill, outline);
    }
    if outline.is_empty() {
        return Shape::convex_polygon(points, fill, Stroke::NONE);
    }
    let halo = grow_convex(&points, outline.width);
    Shape::Vec(vec![
        Shape::convex_polygon(halo, outline.color, Stroke::NONE),
        Shape::convex_polygon(points, fill, Stroke::NONE),
    ])
}

/// A convex polygon (clockwise on screen) with every edge moved `by` outwards.
fn grow_convex(points: &[egui::Pos2], by: f32) -> Vec<egui::Pos2> {
    let n = points.len();
    // Outward normal of the edge from a to b, for clockwise corners with y pointing down.
    let normal = |a: egui::Pos2, b: egui::Pos2| {
        let d = (b - a).normalized();
        egui::vec2(d.y, -d.x)
    };
    (0..n)
        .map(|i| {
            let prev = points[(i + n - 1) % n];
            let here = points[i];
            let next = points[(i + 1) % n];
            let (n1, n2) = (normal(prev, here), normal(here, next));
            // The corner moves along the bisector, far enough for both edges to move `by`.
            let bisector = n1 + n2;
            let scale = by / (1.0 + n1.dot(n2)).max(0.1);
            here + bisector * scale
        })
        .collect()
}

/// The corner radius of a progress bar: small, so that a bar with little done shows a sliver
/// and not a round blob over the first letters of its text (egui's default is half the height).
pub const PROGRESS_RADIUS: u8 = 3;

/// A borderline lot's ring and a tried threshold's line are dashed: this long, with gaps this
/// long (points), so they read as "maybe" without colour.
pub const DASH: (f32, f32) = (7.0, 5.0);

/// The gap between a marker's edge and a borderline lot's dashed ring: outside the selection
/// ring (6 points out, 3 wide), so a selected lot shows both.
pub const BORDERLINE_GAP: f32 = 10.0;

/// A dashed ring around `centre` (a borderline lot, a lot a what-if moves).
pub fn dashed_ring(centre: egui::Pos2, radius: f32, stroke: Stroke) -> Vec<egui::Shape> {
    // Enough corners that the ring looks round at any marker size.
    let corners = ((radius * 1.5) as usize).clamp(24, 96);
    let points: Vec<egui::Pos2> = (0..=corners)
        .map(|i| {
            let angle = std::f32::consts::TAU * i as f32 / corners as f32;
            centre + radius * egui::vec2(angle.cos(), angle.sin())
        })
        .collect();
    egui::Shape::dashed_line(&points, stroke, DASH.0, DASH.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grown_square_is_larger_by_the_width_on_every_side() {
        let square = marker_outline(egui::pos2(0.0, 0.0), 10.0, Marker::Square);
        let grown = grow_convex(&square, 2.0);
        let bounds = |p: &[egui::Pos2]| egui::Rect::from_points(p);
        let (inner, outer) = (bounds(&square), bounds(&grown));
        assert!((outer.width() - inner.width() - 4.0).abs() < 1e-4);
        assert!((outer.height() - inner.height() - 4.0).abs() < 1e-4);
        assert_eq!(outer.center(), inner.center());
    }

    #[test]
    fn grown_edges_lie_at_the_width_from_the_old_edges() {
        for marker in [Marker::Circle, Marker::Diamond, Marker::Triangle] {
            let shape = marker_outline(egui::pos2(5.0, 7.0), 12.0, marker);
            let grown = grow_convex(&shape, 3.0);
            for i in 0..shape.len() {
                let (a, b) = (shape[i], shape[(i + 1) % shape.len()]);
                let d = (b - a).normalized();
                let outward = egui::vec2(d.y, -d.x);
                let distance = (grown[i] - a).dot(outward);
                assert!(
                    (distance - 3.0).abs() < 1e-3,
                    "{marker:?} edge {i}: {distance}"
                );
            }
        }
    }

    #[test]
    fn circles_get_more_corners_as_they_grow_and_stay_round() {
        let small = marker_outline(egui::pos2(0.0, 0.0), 6.0, Marker::Circle);
        let large = marker_outline(egui::pos2(0.0, 0.0), 34.0, Marker::Circle);
        assert!(small.len() >= 8 && small.len() < large.len() && large.len() <= 64);
        for circle in [&small, &large] {
            let r = circle[0].distance(egui::Pos2::ZERO);
            let mid = circle[0].lerp(circle[1], 0.5).distance(egui::Pos2::ZERO);
            assert!(r - mid <= 0.25, "sagitta {}", r - mid);
        }
    }
}
