//! Painting a chart scene onto a PDF page, with the report's fills, strokes and fonts.

use krilla::color::rgb;
use krilla::geom::PathBuilder;
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;

use super::pdf_text::{Ink, PdfFonts, draw_text};
use crate::chart::scene::{Outline, Rgba, Scene, Shape};

pub(super) fn fill(c: Rgba) -> Fill {
    let [r, g, b, a] = c.0;
    Fill {
        paint: rgb::Color::new(r, g, b).into(),
        opacity: NormalizedF32::new(f32::from(a) / 255.0).unwrap_or(NormalizedF32::ONE),
        ..Fill::default()
    }
}

pub(super) fn stroke(o: Outline) -> Stroke {
    let [r, g, b, a] = o.colour.0;
    Stroke {
        paint: rgb::Color::new(r, g, b).into(),
        width: o.width,
        opacity: NormalizedF32::new(f32::from(a) / 255.0).unwrap_or(NormalizedF32::ONE),
        ..Stroke::default()
    }
}

fn polyline(points: &[egui::Pos2], closed: bool) -> PathBuilder {
    let mut pb = PathBuilder::new();
    for (i, p) in points.iter().enumerate() {
        if i == 0 {
            pb.move_to(p.x, p.y);
        } else {
            pb.line_to(p.x, p.y);
        }
    }
    if closed {
        pb.close();
    }
    pb
}

/// Paints the scene with its top left at the origin, one unit per point.
pub(super) fn draw_scene(surface: &mut Surface<'_>, scene: &Scene, fonts: &mut PdfFonts) {
    let paint_path =
        |surface: &mut Surface<'_>, pb: PathBuilder, f: Option<Rgba>, o: Option<Outline>| {
            if let Some(path) = pb.finish() {
                surface.set_fill(f.map(fill));
                surface.set_stroke(o.map(stroke));
                surface.draw_path(&path);
            }
        };
    let mut background = PathBuilder::new();
    if let Some(rect) = krilla::geom::Rect::from_xywh(0.0, 0.0, scene.size.x, scene.size.y) {
        background.push_rect(rect);
    }
    paint_path(surface, background, Some(scene.background), None);
    for shape in &scene.shapes {
        match shape {
            Shape::Rect {
                rect,
                fill: f,
                outline,
            } => {
                let mut pb = PathBuilder::new();
                if let Some(r) = krilla::geom::Rect::from_xywh(
                    rect.left(),
                    rect.top(),
                    rect.width(),
                    rect.height(),
                ) {
                    pb.push_rect(r);
                }
                paint_path(surface, pb, *f, *outline);
            }
            Shape::Polygon {
                points,
                fill: f,
                outline,
            } => {
                paint_path(surface, polyline(points, true), *f, *outline);
            }
            Shape::Circle {
                centre,
                radius,
                fill: f,
                outline,
            } => {
                // Four cubic arcs.
                let (cx, cy, r) = (centre.x, centre.y, *radius);
                let k = 0.552_284_8 * r;
                let mut pb = PathBuilder::new();
                pb.move_to(cx + r, cy);
                pb.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
                pb.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
                pb.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
                pb.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
                pb.close();
                paint_path(surface, pb, *f, *outline);
            }
            Shape::Line { points, outline } => {
                paint_path(surface, polyline(points, false), None, Some(*outline));
            }
            Shape::Text {
                origin,
                size,
                bold,
                colour,
                text,
            } => {
                let ink = Ink {
                    size: *size,
                    bold: *bold,
                    colour: *colour,
                };
                draw_text(surface, fonts, (origin.x, origin.y), ink, text);
            }
        }
    }
}
