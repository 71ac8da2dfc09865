//! Text on a PDF page in the fonts the window would use: Inter, and for letters Inter lacks the
//! window's fallbacks ([`crate::chart::fallback`]), each embedded (subset) as it is first needed.
//! krilla shapes every run, so Arabic is joined and runs right to left.

use std::collections::HashMap;
use std::sync::Arc;

use krilla::geom::Point;
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use super::pdf::ReportError;
use super::pdf_scene::fill;
use crate::chart::fallback::{self, Face, RunFont};
use crate::chart::fonts::{self, run_width};
use crate::chart::scene::Rgba;

/// The fonts of one PDF document.
pub(super) struct PdfFonts {
    regular: Font,
    bold: Font,
    fallbacks: HashMap<usize, Option<Font>>,
}

impl PdfFonts {
    /// Inter regular and bold; fallbacks are added as text needs them.
    pub(super) fn new() -> Result<PdfFonts, ReportError> {
        let inter = |bytes: &'static [u8], weight: &str| {
            Font::new(bytes.into(), 0)
                .ok_or_else(|| ReportError::Pdf(format!("the {weight} font cannot be read")))
        };
        Ok(PdfFonts {
            regular: inter(fonts::REGULAR, "regular")?,
            bold: inter(fonts::BOLD, "bold")?,
            fallbacks: HashMap::new(),
        })
    }

    fn font(&mut self, run: &RunFont, bold: bool) -> Option<Font> {
        match run {
            RunFont::Inter if bold => Some(self.bold.clone()),
            RunFont::Inter => Some(self.regular.clone()),
            RunFont::Fallback(face) => self
                .fallbacks
                .entry(Arc::as_ptr(face) as usize)
                .or_insert_with(|| embed(face))
                .clone(),
        }
    }
}

fn embed(face: &Face) -> Option<Font> {
    let font = Font::new(face.bytes.clone().into(), face.index);
    if font.is_none() {
        log::warn!("the font {} cannot be embedded in the PDF", face.name);
    }
    font
}

/// How a line of text is set: its size, weight and colour.
#[derive(Clone, Copy, Debug)]
pub(super) struct Ink {
    /// The size in points.
    pub size: f32,
    /// Bold or regular.
    pub bold: bool,
    /// The colour.
    pub colour: Rgba,
}

/// Draws a line of text with its baseline at `y`, starting at `x`.
pub(super) fn draw_text(
    surface: &mut Surface<'_>,
    fonts: &mut PdfFonts,
    (x, y): (f32, f32),
    ink: Ink,
    text: &str,
) {
    let Ink { size, bold, colour } = ink;
    surface.set_stroke(None);
    surface.set_fill(Some(fill(colour)));
    let mut x = x;
    for run in fallback::runs(text, bold) {
        if let Some(font) = fonts.font(&run.font, bold) {
            let at = Point::from_xy(x, y);
            surface.draw_text(at, font, size, &run.text, false, TextDirection::Auto);
        }
        x += run_width(&run.text, size, run.font.parsed(bold));
    }
}
