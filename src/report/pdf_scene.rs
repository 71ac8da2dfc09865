//! Painting a chart scene onto a PDF page, with the report's fills, strokes and fonts.

use krilla::color::rgb;
use krilla::geom::PathBuilder;
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;

use super::pdf_text::{Ink, PdfFonts, draw_text};
use crate::chart::scene::{Outline, Paint, Rgba, Scene, TextRun};

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
    scene.paint(&mut Page { surface, fonts });
}

/// A PDF page's surface and the report's fonts, to paint a scene on.
struct Page<'a, 'b> {
    surface: &'a mut Surface<'b>,
    fonts: &'a mut PdfFonts,
}

impl Page<'_, '_> {
    fn path(&mut self, pb: PathBuilder, f: Option<Rgba>, o: Option<Outline>) {
        if let Some(path) = pb.finish() {
            self.surface.set_fill(f.map(fill));
            self.surface.set_stroke(o.map(stroke));
            self.surface.draw_path(&path);
        }
    }
}

impl Paint for Page<'_, '_> {
    fn background(&mut self, size: egui::Vec2, colour: Rgba) {
        let mut background = PathBuilder::new();
        if let Some(rect) = krilla::geom::Rect::from_xywh(0.0, 0.0, size.x, size.y) {
            background.push_rect(rect);
        }
        self.path(background, Some(colour), None);
    }

    fn rect(&mut self, rect: egui::Rect, f: Option<Rgba>, outline: Option<Outline>) {
        let mut pb = PathBuilder::new();
        if let Some(r) =
            krilla::geom::Rect::from_xywh(rect.left(), rect.top(), rect.width(), rect.height())
        {
            pb.push_rect(r);
        }
        self.path(pb, f, outline);
    }

    fn polygon(&mut self, points: &[egui::Pos2], f: Option<Rgba>, outline: Option<Outline>) {
        self.path(polyline(points, true), f, outline);
    }

    fn circle(&mut self, centre: egui::Pos2, r: f32, f: Option<Rgba>, outline: Option<Outline>) {
        // Four cubic arcs.
        let (cx, cy) = (centre.x, centre.y);
        let k = 0.552_284_8 * r;
        let mut pb = PathBuilder::new();
        pb.move_to(cx + r, cy);
        pb.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        pb.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        pb.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        pb.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        pb.close();
        self.path(pb, f, outline);
    }

    fn line(&mut self, points: &[egui::Pos2], outline: Outline) {
        self.path(polyline(points, false), None, Some(outline));
    }

    fn text(&mut self, text: TextRun<'_>) {
        let ink = Ink {
            size: text.size,
            bold: text.bold,
            colour: text.colour,
        };
        let at = (text.origin.x, text.origin.y);
        draw_text(self.surface, self.fonts, at, ink, text.text);
    }
}
