//! A scene painted into pixels (tiny-skia for shapes, ab_glyph for text) and written as PNG.

use ab_glyph::{Font as _, FontRef, ScaleFont as _, point};
use tiny_skia::{
    FillRule, LineCap, Paint, PathBuilder, Pixmap, PremultipliedColorU8, Stroke, Transform,
};

use crate::chart::fallback;
use crate::chart::fonts;
use crate::chart::scene::{Outline, Paint as ScenePaint, Rgba, Scene, TextRun};

/// The most pixels of one picture (a 8K by 8K image), so a typo in a size cannot fill memory.
pub const MAX_PIXELS: u64 = 8192 * 8192;

/// Why a picture could not be made.
#[derive(Debug, thiserror::Error)]
pub enum RasterError {
    /// The size is zero or too large.
    #[error("a picture of {0} by {1} pixels cannot be made")]
    BadSize(u32, u32),
    /// The PNG encoder failed.
    #[error("the PNG could not be written: {0}")]
    Png(#[from] png::EncodingError),
}

fn colour(c: Rgba) -> tiny_skia::Color {
    let [r, g, b, a] = c.0;
    tiny_skia::Color::from_rgba8(r, g, b, a)
}

fn fill_and_stroke(
    pixmap: &mut Pixmap,
    path: &tiny_skia::Path,
    fill: Option<Rgba>,
    outline: Option<Outline>,
) {
    let mut paint = Paint {
        anti_alias: true,
        ..Paint::default()
    };
    if let Some(fill) = fill {
        paint.set_color(colour(fill));
        pixmap.fill_path(path, &paint, FillRule::Winding, Transform::identity(), None);
    }
    if let Some(o) = outline {
        paint.set_color(colour(o.colour));
        let stroke = Stroke {
            width: o.width,
            line_cap: LineCap::Round,
            ..Stroke::default()
        };
        pixmap.stroke_path(path, &paint, &stroke, Transform::identity(), None);
    }
}

fn polyline(points: &[egui::Pos2], closed: bool) -> Option<tiny_skia::Path> {
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
    pb.finish()
}

/// Paints a scene into a new pixmap of its size.
pub fn paint(scene: &Scene) -> Result<Pixmap, RasterError> {
    let (w, h) = (scene.size.x.round() as u32, scene.size.y.round() as u32);
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(RasterError::BadSize(w, h));
    }
    let mut pixmap = Pixmap::new(w, h).ok_or(RasterError::BadSize(w, h))?;
    scene.paint(&mut Pixels(&mut pixmap));
    Ok(pixmap)
}

/// A pixmap to paint a scene into.
struct Pixels<'a>(&'a mut Pixmap);

impl ScenePaint for Pixels<'_> {
    fn background(&mut self, _size: egui::Vec2, c: Rgba) {
        self.0.fill(colour(c));
    }

    fn rect(&mut self, rect: egui::Rect, fill: Option<Rgba>, outline: Option<Outline>) {
        if let Some(r) =
            tiny_skia::Rect::from_xywh(rect.left(), rect.top(), rect.width(), rect.height())
        {
            fill_and_stroke(self.0, &PathBuilder::from_rect(r), fill, outline);
        }
    }

    fn polygon(&mut self, points: &[egui::Pos2], fill: Option<Rgba>, outline: Option<Outline>) {
        if let Some(path) = polyline(points, true) {
            fill_and_stroke(self.0, &path, fill, outline);
        }
    }

    fn circle(&mut self, c: egui::Pos2, radius: f32, fill: Option<Rgba>, outline: Option<Outline>) {
        if let Some(path) = PathBuilder::from_circle(c.x, c.y, radius) {
            fill_and_stroke(self.0, &path, fill, outline);
        }
    }

    fn line(&mut self, points: &[egui::Pos2], outline: Outline) {
        if let Some(path) = polyline(points, false) {
            fill_and_stroke(self.0, &path, None, Some(outline));
        }
    }

    fn text(&mut self, t: TextRun<'_>) {
        draw_text(self.0, t.origin, t.size, t.bold, t.colour, t.text);
    }
}

/// Draws a line of text, in runs of one font each: Inter, and the window's fallbacks for the
/// letters Inter lacks (letters of a joined script are drawn one by one, unjoined).
fn draw_text(pixmap: &mut Pixmap, origin: egui::Pos2, size: f32, bold: bool, c: Rgba, text: &str) {
    let mut x = origin.x;
    for run in fallback::runs(text, bold) {
        let font = run.font.parsed(bold);
        if let Some(font) = &font {
            // Unshaped, a right-to-left run is at least put in reading order.
            let text = if fallback::is_right_to_left(&run.text) {
                run.text.chars().rev().collect()
            } else {
                run.text.clone()
            };
            draw_run(pixmap, font, point(x, origin.y), size, c, &text);
        }
        x += fonts::run_width(&run.text, size, font);
    }
}

fn draw_run(
    pixmap: &mut Pixmap,
    font: &FontRef<'_>,
    origin: ab_glyph::Point,
    size: f32,
    c: Rgba,
    text: &str,
) {
    let scale = fonts::px_scale(font, size);
    let scaled = font.as_scaled(scale);
    let (width, height) = (pixmap.width() as i32, pixmap.height() as i32);
    let [r, g, b, a] = c.0;
    let pixels = pixmap.pixels_mut();
    let mut x = origin.x;
    let mut previous = None;
    for ch in text.chars() {
        let id = scaled.glyph_id(ch);
        if let Some(p) = previous {
            x += scaled.kern(p, id);
        }
        let glyph = id.with_scale_and_position(scale, point(x, origin.y));
        x += scaled.h_advance(id);
        previous = Some(id);
        let Some(outlined) = font.outline_glyph(glyph) else {
            continue;
        };
        let bounds = outlined.px_bounds();
        outlined.draw(|gx, gy, coverage| {
            let px = bounds.min.x as i32 + gx as i32;
            let py = bounds.min.y as i32 + gy as i32;
            if px < 0 || py < 0 || px >= width || py >= height {
                return;
            }
            let alpha = coverage.clamp(0.0, 1.0) * f32::from(a) / 255.0;
            let index = (py * width + px) as usize;
            let Some(dst) = pixels.get_mut(index) else {
                return;
            };
            let blend =
                |s: u8, d: u8| (f32::from(s) * alpha + f32::from(d) * (1.0 - alpha)).round() as u8;
            let out_a = (alpha * 255.0 + f32::from(dst.alpha()) * (1.0 - alpha)).round() as u8;
            let (sr, sg, sb) = (r, g, b);
            if let Some(p) = PremultipliedColorU8::from_rgba(
                blend(sr, dst.red()).min(out_a),
                blend(sg, dst.green()).min(out_a),
                blend(sb, dst.blue()).min(out_a),
                out_a,
            ) {
                *dst = p;
            }
        });
    }
}

/// The scene as straight (not premultiplied) RGBA pixels, row by row: width, height, bytes.
pub fn to_rgba(scene: &Scene) -> Result<(u32, u32, Vec<u8>), RasterError> {
    let pixmap = paint(scene)?;
    let data = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    Ok((pixmap.width(), pixmap.height(), data))
}

/// The scene as PNG bytes.
pub fn to_png(scene: &Scene) -> Result<Vec<u8>, RasterError> {
    let (width, height, data) = to_rgba(scene)?;
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, width, height);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header()?;
        // PNG stores straight alpha.
        writer.write_image_data(&data)?;
    }
    Ok(bytes)
}
