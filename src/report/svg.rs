//! A scene as SVG text.

use std::fmt::Write as _;

use crate::chart::fonts::SVG_FAMILY;
use crate::chart::scene::{Outline, Paint, Rgba, Scene, TextRun};

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn paint(fill: Option<Rgba>, outline: Option<Outline>) -> String {
    let mut out = String::new();
    match fill {
        Some(c) => {
            let _ = write!(out, " fill=\"{}\"", c.hex());
            if c.0[3] < 255 {
                let _ = write!(out, " fill-opacity=\"{:.3}\"", c.opacity());
            }
        }
        None => out.push_str(" fill=\"none\""),
    }
    if let Some(o) = outline {
        let _ = write!(
            out,
            " stroke=\"{}\" stroke-width=\"{:.2}\"",
            o.colour.hex(),
            o.width
        );
        if o.colour.0[3] < 255 {
            let _ = write!(out, " stroke-opacity=\"{:.3}\"", o.colour.opacity());
        }
    }
    out
}

fn points(points: &[egui::Pos2]) -> String {
    points
        .iter()
        .map(|p| format!("{:.2},{:.2}", p.x, p.y))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The scene as a standalone SVG document, `title` as its title.
pub fn to_svg(scene: &Scene, title: &str) -> String {
    let (w, h) = (scene.size.x, scene.size.y);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{h:.0}\" viewBox=\"0 0 {w:.0} {h:.0}\" font-family=\"{SVG_FAMILY}\">"
    );
    let _ = writeln!(out, "<title>{}</title>", escape(title));
    scene.paint(&mut Svg(&mut out));
    out.push_str("</svg>\n");
    out
}

/// SVG elements, one a line, written to a string.
struct Svg<'a>(&'a mut String);

impl Paint for Svg<'_> {
    fn background(&mut self, _size: egui::Vec2, colour: Rgba) {
        let _ = writeln!(
            self.0,
            "<rect width=\"100%\" height=\"100%\"{}/>",
            paint(Some(colour), None)
        );
    }

    fn rect(&mut self, rect: egui::Rect, fill: Option<Rgba>, outline: Option<Outline>) {
        let _ = writeln!(
            self.0,
            "<rect x=\"{:.2}\" y=\"{:.2}\" width=\"{:.2}\" height=\"{:.2}\"{}/>",
            rect.left(),
            rect.top(),
            rect.width(),
            rect.height(),
            paint(fill, outline)
        );
    }

    fn polygon(&mut self, p: &[egui::Pos2], fill: Option<Rgba>, outline: Option<Outline>) {
        let _ = writeln!(
            self.0,
            "<polygon points=\"{}\"{}/>",
            points(p),
            paint(fill, outline)
        );
    }

    fn circle(&mut self, centre: egui::Pos2, r: f32, fill: Option<Rgba>, outline: Option<Outline>) {
        let _ = writeln!(
            self.0,
            "<circle cx=\"{:.2}\" cy=\"{:.2}\" r=\"{:.2}\"{}/>",
            centre.x,
            centre.y,
            r,
            paint(fill, outline)
        );
    }

    fn line(&mut self, p: &[egui::Pos2], outline: Outline) {
        let _ = writeln!(
            self.0,
            "<polyline points=\"{}\"{} stroke-linecap=\"round\"/>",
            points(p),
            paint(None, Some(outline))
        );
    }

    fn text(&mut self, text: TextRun<'_>) {
        let _ = writeln!(
            self.0,
            "<text x=\"{:.2}\" y=\"{:.2}\" font-size=\"{:.2}\"{}{}>{}</text>",
            text.origin.x,
            text.origin.y,
            text.size,
            if text.bold {
                " font-weight=\"600\""
            } else {
                ""
            },
            paint(Some(text.colour), None),
            escape(text.text)
        );
    }
}
