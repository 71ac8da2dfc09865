//! Paints a chart [`Scene`] (the shapes the exports paint) with egui, at an offset: the window
//! shows the tender calendar with the very drawing the report and the PNG have.

use egui::{Align2, Color32, FontId, Painter, Pos2, Shape as EguiShape, Stroke, StrokeKind, Vec2};

use super::theme;
use crate::chart::fonts::vertical_metrics;
use crate::chart::scene::{Outline, Rgba, Scene, Shape};

fn colour(c: Rgba) -> Color32 {
    let [r, g, b, a] = c.0;
    Color32::from_rgba_unmultiplied(r, g, b, a)
}

fn stroke(outline: Option<Outline>) -> Stroke {
    outline.map_or(Stroke::NONE, |o| Stroke::new(o.width, colour(o.colour)))
}

/// Paints `scene` with its top left corner at `origin`.
pub fn paint_scene(painter: &Painter, scene: &Scene, origin: Pos2) {
    let at = |p: Pos2| p + origin.to_vec2();
    painter.rect_filled(
        egui::Rect::from_min_size(origin, scene.size),
        0.0,
        colour(scene.background),
    );
    for shape in &scene.shapes {
        match shape {
            Shape::Rect {
                rect,
                fill,
                outline,
            } => {
                let rect = rect.translate(origin.to_vec2());
                if let Some(fill) = fill {
                    painter.rect_filled(rect, 0.0, colour(*fill));
                }
                if outline.is_some() {
                    painter.rect_stroke(rect, 0.0, stroke(*outline), StrokeKind::Inside);
                }
            }
            Shape::Polygon {
                points,
                fill,
                outline,
            } => {
                let points = points.iter().map(|p| at(*p)).collect();
                let fill = fill.map_or(Color32::TRANSPARENT, colour);
                painter.add(EguiShape::convex_polygon(points, fill, stroke(*outline)));
            }
            Shape::Circle {
                centre,
                radius,
                fill,
                outline,
            } => {
                let fill = fill.map_or(Color32::TRANSPARENT, colour);
                painter.circle(at(*centre), *radius, fill, stroke(*outline));
            }
            Shape::Line { points, outline } => {
                let points = points.iter().map(|p| at(*p)).collect();
                painter.add(EguiShape::line(points, stroke(Some(*outline))));
            }
            Shape::Text {
                origin: baseline,
                size,
                bold,
                colour: c,
                text,
            } => {
                // The scene gives the baseline's left end; egui places by the text's middle.
                let (ascent, descent) = vertical_metrics(*size);
                let middle = at(*baseline) - Vec2::new(0.0, (ascent + descent) / 2.0);
                let font = if *bold {
                    theme::bold(*size)
                } else {
                    FontId::proportional(*size)
                };
                painter.text(middle, Align2::LEFT_CENTER, text, font, colour(*c));
            }
        }
    }
}
