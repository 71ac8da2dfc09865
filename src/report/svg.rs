//! A scene as SVG text.

use std::fmt::Write as _;

use crate::chart::fonts::SVG_FAMILY;
use crate::chart::scene::{Outline, Rgba, Scene, Shape};

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
    let _ = writeln!(
        out,
        "<rect width=\"100%\" height=\"100%\"{}/>",
        paint(Some(scene.background), None)
    );
    for shape in &scene.shapes {
        let _ = match shape {
            Shape::Rect {
                rect,
                fill,
                outline,
            } => writeln!(
                out,
                "<rect x=\"{:.2}\" y=\"{:.2}\" width=\"{:.2}\" height=\"{:.2}\"{}/>",
                rect.left(),
                rect.top(),
                rect.width(),
                rect.height(),
                paint(*fill, *outline)
            ),
            Shape::Polygon {
                points: p,
                fill,
                outline,
            } => writeln!(
                out,
                "<polygon points=\"{}\"{}/>",
                points(p),
                paint(*fill, *outline)
            ),
            Shape::Circle {
                centre,
                radius,
                fill,
                outline,
            } => writeln!(
                out,
                "<circle cx=\"{:.2}\" cy=\"{:.2}\" r=\"{:.2}\"{}/>",
                centre.x,
                centre.y,
                radius,
                paint(*fill, *outline)
            ),
            Shape::Line { points: p, outline } => writeln!(
                out,
                "<polyline points=\"{}\"{} stroke-linecap=\"round\"/>",
                points(p),
                paint(None, Some(*outline))
            ),
            Shape::Text {
                origin,
                size,
                bold,
                colour,
                text,
            } => writeln!(
                out,
                "<text x=\"{:.2}\" y=\"{:.2}\" font-size=\"{:.2}\"{}{}>{}</text>",
                origin.x,
                origin.y,
                size,
                if *bold { " font-weight=\"600\"" } else { "" },
                paint(Some(*colour), None),
                escape(text)
            ),
        };
    }
    out.push_str("</svg>\n");
    out
}
