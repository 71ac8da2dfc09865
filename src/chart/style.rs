//! The chart's design tokens, shared by the window and the exports: the quadrant palette, the
//! marker shapes, line widths and the size sets for the desk, the room and exported pictures.
//!
//! Colours of the quadrants are safe for colour-blind viewers (Okabe-Ito, no red/green pair), and
//! every quadrant also has its own marker shape and letter, so colour is never the only signal.

use egui::Color32;

use crate::locale::Lang;
use crate::model::Quadrant;

/// The sizes of one way of working: at the desk, or projected in the room.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    /// Body text, in points at zoom 1.
    pub body: f32,
    /// Headings.
    pub heading: f32,
    /// Small print (hints, axis ticks).
    pub small: f32,
    /// Lot labels on the plot.
    pub plot_label: f32,
    /// Quadrant names on the plot.
    pub quadrant_name: f32,
    /// Smallest and largest marker radius on the plot.
    pub marker_radius: (f32, f32),
    /// A score button.
    pub score_button: egui::Vec2,
    /// Height of a row of the lot list, beyond its two lines of text.
    pub spacing: f32,
}

impl Default for Sizes {
    fn default() -> Sizes {
        Sizes::DESK
    }
}

impl Sizes {
    /// At the desk (and on a shared screen close by).
    pub const DESK: Sizes = Sizes {
        body: 17.0,
        heading: 24.0,
        small: 14.0,
        plot_label: 15.0,
        quadrant_name: 22.0,
        marker_radius: (6.0, 22.0),
        score_button: egui::vec2(72.0, 44.0),
        spacing: 8.0,
    };

    /// Presentation mode: read from the back of a meeting room on a 1920x1080 projector
    /// (body 32 px = 24 pt, plot labels 24 px).
    pub const ROOM: Sizes = Sizes {
        body: 32.0,
        heading: 40.0,
        small: 26.0,
        plot_label: 24.0,
        quadrant_name: 36.0,
        marker_radius: (10.0, 34.0),
        score_button: egui::vec2(118.0, 80.0),
        spacing: 12.0,
    };

    /// The smallest lot label the room reads from the back on a 720-line screen; where a
    /// label of this size does not fit, the legend's number stands in for it.
    pub const ROOM_LABEL_MIN: f32 = 18.0;

    /// Every size multiplied by `factor` (presentation mode follows the screen's height); the
    /// room's lot labels never below [`Sizes::ROOM_LABEL_MIN`].
    pub fn scaled(self, factor: f32) -> Sizes {
        Sizes {
            body: self.body * factor,
            heading: self.heading * factor,
            small: self.small * factor,
            plot_label: (self.plot_label * factor).max(Sizes::ROOM_LABEL_MIN),
            quadrant_name: self.quadrant_name * factor,
            marker_radius: (self.marker_radius.0 * factor, self.marker_radius.1 * factor),
            score_button: self.score_button * factor,
            spacing: self.spacing * factor,
        }
    }

    /// Exported pictures and the report's matrix, at 1080 pixels high (scaled with the height).
    pub const EXPORT: Sizes = Sizes {
        body: 24.0,
        heading: 34.0,
        small: 20.0,
        plot_label: 20.0,
        quadrant_name: 30.0,
        marker_radius: (9.0, 30.0),
        score_button: egui::vec2(0.0, 0.0),
        spacing: 10.0,
    };
}

/// Width of every line we draw (never thinner than 2 points).
pub const LINE_WIDTH: f32 = 2.0;

/// How a lot's marker is painted: its fill, its edge and the edge's width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MarkerPaint {
    /// Inside the shape.
    pub fill: Color32,
    /// The edge.
    pub outline: Color32,
    /// The edge's width (at scale 1).
    pub width: f32,
}

/// The opaque colour inside an open marker: the plot's own background.
pub fn plot_background(dark: bool) -> Color32 {
    if dark { Color32::BLACK } else { Color32::WHITE }
}

/// A scored lot is filled in its quadrant's colour with an edge of the background; a lot not
/// every participant has scored is open: the background inside and a thick edge in the
/// quadrant's colour (told by its shape and its label too, never by colour alone).
pub fn marker_paint(quadrant: Quadrant, partial: bool, background: Color32) -> MarkerPaint {
    if partial {
        MarkerPaint {
            fill: background,
            outline: quadrant_colour(quadrant),
            width: 2.0 * LINE_WIDTH,
        }
    } else {
        MarkerPaint {
            fill: quadrant_colour(quadrant),
            outline: background,
            width: LINE_WIDTH,
        }
    }
}

/// The sign before anything that needs attention (a flag, a hint, an error), so that it is
/// never told by colour alone.
pub const WARNING: &str = "\u{26A0}";

/// The sign after a month's number in the calendar's capacity row when more tenders run than
/// the maximum.
pub const OVER_MAXIMUM: &str = "!";

/// The sign of a current contract's end in the calendar's legend (drawn as the same diamond
/// in the chart).
pub const CONTRACT_END: &str = "\u{25C7}";

/// The colour of a quadrant: Okabe-Ito blue, vermillion and reddish purple, and a neutral dark
/// grey for routine (no red/green pair, which many viewers and most projectors lose).
pub fn quadrant_colour(quadrant: Quadrant) -> Color32 {
    match quadrant {
        Quadrant::Leverage => Color32::from_rgb(0x00, 0x72, 0xB2),
        Quadrant::Strategic => Color32::from_rgb(0xD5, 0x5E, 0x00),
        Quadrant::Routine => Color32::from_rgb(0x59, 0x59, 0x59),
        Quadrant::Bottleneck => Color32::from_rgb(0xCC, 0x79, 0xA7),
    }
}

/// A faint tint of the quadrant colour for the background of its area.
pub fn quadrant_tint(quadrant: Quadrant, dark: bool) -> Color32 {
    quadrant_colour(quadrant).gamma_multiply(if dark { 0.16 } else { 0.10 })
}

/// The marker shape of a quadrant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    /// Square (leverage).
    Square,
    /// Diamond (strategic).
    Diamond,
    /// Circle (routine).
    Circle,
    /// Triangle pointing up (bottleneck).
    Triangle,
}

/// The marker of a quadrant.
pub fn quadrant_marker(quadrant: Quadrant) -> Marker {
    match quadrant {
        Quadrant::Leverage => Marker::Square,
        Quadrant::Strategic => Marker::Diamond,
        Quadrant::Routine => Marker::Circle,
        Quadrant::Bottleneck => Marker::Triangle,
    }
}

/// Colour for lots that are not yet scored.
pub const UNSCORED: Color32 = Color32::from_rgb(0xC8, 0xC8, 0xC8);
/// Highlight ring around the selected lot.
pub fn selection_colour(dark: bool) -> Color32 {
    if dark { Color32::WHITE } else { Color32::BLACK }
}
/// Colour of the threshold lines.
pub fn threshold_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(200)
    } else {
        Color32::from_gray(40)
    }
}
/// Outline around markers and halo behind labels, for contrast on any background.
pub fn halo(dark: bool) -> Color32 {
    if dark {
        Color32::from_black_alpha(200)
    } else {
        Color32::from_white_alpha(220)
    }
}
/// A quadrant's colour for text on the panel background (darker on light, lighter on dark),
/// with enough contrast to read.
pub fn quadrant_text_colour(quadrant: Quadrant, dark: bool) -> Color32 {
    let base = quadrant_colour(quadrant);
    if dark {
        lerp(base, Color32::WHITE, 0.35)
    } else {
        lerp(base, Color32::BLACK, 0.35)
    }
}

fn lerp(a: Color32, b: Color32, t: f32) -> Color32 {
    let mix = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(mix(a.r(), b.r()), mix(a.g(), b.g()), mix(a.b(), b.b()))
}

/// The letter of a quadrant in a language (its name's first letter: H, S, R, K in Dutch).
pub fn quadrant_letter(quadrant: Quadrant, lang: Lang) -> String {
    lang.texts()
        .quadrant(quadrant)
        .chars()
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default()
}

/// The corners of a marker, clockwise on screen (y down); the exports use them too.
pub fn marker_outline(centre: egui::Pos2, radius: f32, marker: Marker) -> Vec<egui::Pos2> {
    use egui::pos2;
    match marker {
        Marker::Circle => {
            // The chord's distance from the arc (the sagitta) stays under a quarter pixel.
            let step = (1.0 - 0.25 / radius.max(0.5)).clamp(-1.0, 1.0).acos();
            let corners = ((std::f32::consts::TAU / step).ceil() as usize).clamp(8, 64);
            (0..corners)
                .map(|i| {
                    let angle = std::f32::consts::TAU * i as f32 / corners as f32;
                    centre + radius * egui::vec2(angle.cos(), angle.sin())
                })
                .collect()
        }
        Marker::Square => {
            let side = radius * 0.9;
            vec![
                pos2(centre.x - side, centre.y - side),
                pos2(centre.x + side, centre.y - side),
                pos2(centre.x + side, centre.y + side),
                pos2(centre.x - side, centre.y + side),
            ]
        }
        Marker::Diamond => {
            let r = radius * 1.15;
            vec![
                pos2(centre.x, centre.y - r),
                pos2(centre.x + r, centre.y),
                pos2(centre.x, centre.y + r),
                pos2(centre.x - r, centre.y),
            ]
        }
        Marker::Triangle => {
            let r = radius * 1.2;
            vec![
                pos2(centre.x, centre.y - r),
                pos2(centre.x + r * 0.95, centre.y + r * 0.6),
                pos2(centre.x - r * 0.95, centre.y + r * 0.6),
            ]
        }
    }
}

/// The colours of the seven phases of a procurement (Okabe-Ito, safe for colour-blind viewers);
/// every bar also carries its phase's number, so colour is never the only signal.
pub const PHASE_COLOURS: [Color32; 7] = [
    Color32::from_rgb(0x56, 0xB4, 0xE9),
    Color32::from_rgb(0x00, 0x72, 0xB2),
    Color32::from_rgb(0x00, 0x9E, 0x73),
    Color32::from_rgb(0xF0, 0xE4, 0x42),
    Color32::from_rgb(0xE6, 0x9F, 0x00),
    Color32::from_rgb(0xD5, 0x5E, 0x00),
    Color32::from_rgb(0xCC, 0x79, 0xA7),
];

/// Whether text on a phase's colour is white (dark fills) or black.
pub fn phase_text_is_white(phase: usize) -> bool {
    matches!(phase, 1 | 5)
}
