//! Paints a chart [`Scene`] (the shapes the exports paint) with egui, at an offset: the window
//! shows the tender calendar with the very drawing the report and the PNG have.

use egui::{Align2, Color32, FontId, Painter, Pos2, Shape as EguiShape, Stroke, StrokeKind, Vec2};

use crate::chart::fonts::vertical_metrics;
use crate::chart::scene::{Outline, Paint, Rgba, Scene, TextRun};
use crate::ui::theme;

fn colour(c: Rgba) -> Color32 {
    let [r, g, b, a] = c.0;
    Color32::from_rgba_unmultiplied(r, g, b, a)
}

fn stroke(outline: Option<Outline>) -> Stroke {
    outline.map_or(Stroke::NONE, |o| Stroke::new(o.width, colour(o.colour)))
}

/// Paints `scene` with its top left corner at `origin`.
pub fn paint_scene(painter: &Painter, scene: &Scene, origin: Pos2) {
    scene.paint(&mut OnScreen { painter, origin });
}

/// The window's painter, with the scene's top left corner at `origin`.
struct OnScreen<'a> {
    painter: &'a Painter,
    origin: Pos2,
}

impl OnScreen<'_> {
    fn at(&self, p: Pos2) -> Pos2 {
        p + self.origin.to_vec2()
    }
}

impl Paint for OnScreen<'_> {
    fn background(&mut self, size: Vec2, c: Rgba) {
        let rect = egui::Rect::from_min_size(self.origin, size);
        self.painter.rect_filled(rect, 0.0, colour(c));
    }

    fn rect(&mut self, rect: egui::Rect, fill: Option<Rgba>, outline: Option<Outline>) {
        let rect = rect.translate(self.origin.to_vec2());
        if let Some(fill) = fill {
            self.painter.rect_filled(rect, 0.0, colour(fill));
        }
        if outline.is_some() {
            (self.painter).rect_stroke(rect, 0.0, stroke(outline), StrokeKind::Inside);
        }
    }

    fn polygon(&mut self, points: &[Pos2], fill: Option<Rgba>, outline: Option<Outline>) {
        let points = points.iter().map(|p| self.at(*p)).collect();
        let fill = fill.map_or(Color32::TRANSPARENT, colour);
        (self.painter).add(EguiShape::convex_polygon(points, fill, stroke(outline)));
    }

    fn circle(&mut self, centre: Pos2, radius: f32, fill: Option<Rgba>, outline: Option<Outline>) {
        let fill = fill.map_or(Color32::TRANSPARENT, colour);
        (self.painter).circle(self.at(centre), radius, fill, stroke(outline));
    }

    fn line(&mut self, points: &[Pos2], outline: Outline) {
        let points = points.iter().map(|p| self.at(*p)).collect();
        (self.painter).add(EguiShape::line(points, stroke(Some(outline))));
    }

    fn text(&mut self, text: TextRun<'_>) {
        // The scene gives the baseline's left end; egui places by the text's middle.
        let (ascent, descent) = vertical_metrics(text.size);
        let middle = self.at(text.origin) - Vec2::new(0.0, (ascent + descent) / 2.0);
        let font = if text.bold {
            theme::bold(text.size)
        } else {
            FontId::proportional(text.size)
        };
        (self.painter).text(
            middle,
            Align2::LEFT_CENTER,
            text.text,
            font,
            colour(text.colour),
        );
    }
}
