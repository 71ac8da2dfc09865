//! The fonts of the exports (Inter, the same as in the window) and text measuring, so the SVG,
//! PNG and PDF writers place text alike.

use std::sync::OnceLock;

use ab_glyph::{Font as _, FontRef, ScaleFont as _};

/// Inter Regular, as embedded in the window.
pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
/// Inter SemiBold.
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");
/// The family name written into SVG files (with fallbacks for viewers without Inter).
pub const SVG_FAMILY: &str = "Inter, 'Segoe UI', Arial, sans-serif";

/// A parsed font for measuring and rasterising (parsed once).
pub fn font(bold: bool) -> Option<FontRef<'static>> {
    static REGULAR_FONT: OnceLock<Option<FontRef<'static>>> = OnceLock::new();
    static BOLD_FONT: OnceLock<Option<FontRef<'static>>> = OnceLock::new();
    let (cell, bytes) = if bold {
        (&BOLD_FONT, BOLD)
    } else {
        (&REGULAR_FONT, REGULAR)
    };
    cell.get_or_init(|| FontRef::try_from_slice(bytes).ok())
        .clone()
}

/// The ab_glyph scale of an em size (ab_glyph scales by ascent minus descent).
pub fn px_scale(font: &FontRef<'_>, size: f32) -> ab_glyph::PxScale {
    let upm = font.units_per_em().unwrap_or(1000.0);
    ab_glyph::PxScale::from(size * font.height_unscaled() / upm)
}

/// The width of a line of text at an em size, with kerning, in the fonts it is drawn in
/// (Inter, and the window's fallbacks for letters Inter lacks: [`super::fallback`]).
pub fn text_width(text: &str, size: f32, bold: bool) -> f32 {
    if super::fallback::inter_covers(text, bold) {
        return run_width(text, size, font(bold));
    }
    super::fallback::runs(text, bold)
        .iter()
        .map(|run| run_width(&run.text, size, run.font.parsed(bold)))
        .sum()
}

/// The width of text in one font, with kerning.
pub fn run_width(text: &str, size: f32, font: Option<FontRef<'_>>) -> f32 {
    let Some(font) = font else {
        return text.chars().count() as f32 * size * 0.55;
    };
    let scaled = font.as_scaled(px_scale(&font, size));
    let mut width = 0.0;
    let mut previous = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = previous {
            width += scaled.kern(p, id);
        }
        width += scaled.h_advance(id);
        previous = Some(id);
    }
    width
}

/// Ascent and descent (negative) of the font at an em size.
pub fn vertical_metrics(size: f32) -> (f32, f32) {
    match font(false) {
        Some(font) => {
            let scaled = font.as_scaled(px_scale(&font, size));
            (scaled.ascent(), scaled.descent())
        }
        None => (size * 0.97, -size * 0.24),
    }
}

/// Breaks text into lines no wider than `width`, at word boundaries; a word wider than a line
/// (a long token, or Japanese, which has no spaces) is broken between its characters. Line
/// breaks in the text are kept.
pub fn wrap(text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if text_width(&candidate, size, bold) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut pieces = break_word(word, size, bold, width);
            line = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
        }
        lines.push(line);
    }
    lines
}

/// A word cut into pieces no wider than `width` (at least one character each).
fn break_word(word: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
    use unicode_segmentation::UnicodeSegmentation;
    let mut pieces = vec![String::new()];
    for cluster in word.graphemes(true) {
        let Some(piece) = pieces.last_mut() else {
            break;
        };
        let longer = format!("{piece}{cluster}");
        if piece.is_empty() || text_width(&longer, size, bold) <= width {
            *piece = longer;
        } else {
            pieces.push(cluster.to_string());
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fonts_parse_and_measure() {
        assert!(font(false).is_some() && font(true).is_some());
        let narrow = text_width("iii", 20.0, false);
        let wide = text_width("WWW", 20.0, false);
        assert!(narrow > 0.0 && wide > narrow * 2.0);
        assert!(
            (text_width("Hallo", 40.0, false) / text_width("Hallo", 20.0, false) - 2.0).abs()
                < 0.01
        );
        let (ascent, descent) = vertical_metrics(20.0);
        assert!(ascent > 14.0 && ascent < 22.0 && descent < 0.0);
    }

    #[test]
    fn wrapping_keeps_every_word_within_the_width() {
        let text = "Het perceel wordt meervoudig onderhands aanbesteed met een looptijd van vier jaar.\nTweede alinea.";
        let lines = wrap(text, 12.0, false, 150.0);
        assert!(lines.len() >= 4);
        assert!(lines.iter().all(|l| text_width(l, 12.0, false) <= 150.0));
        assert_eq!(lines.last().map(String::as_str), Some("Tweede alinea."));
        assert_eq!(lines.join(" ").replace("  ", " "), text.replace('\n', " "));
    }

    #[test]
    fn a_word_wider_than_the_line_is_broken_between_its_letters() {
        let word = "Jeugdhulpaanbiedersovereenkomst".repeat(4);
        let lines = wrap(&format!("Een {word} hier"), 9.0, false, 120.0);
        assert!(lines.len() >= 4, "{lines:?}");
        assert!(lines.iter().all(|l| text_width(l, 9.0, false) <= 120.0));
        assert_eq!(lines.concat().replace(' ', ""), format!("Een{word}hier"));
    }
}
