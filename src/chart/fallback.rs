//! Fonts for the letters Inter lacks (Arabic, Japanese, emoji, …), found the way the window
//! finds them: first the fonts egui bundles after Inter (Ubuntu, egui's icons),
//! then the system's own fallback for the script, through the same provider eframe installs
//! in the window (`egui_system_font_provider`, fontique: fontconfig, DirectWrite, CoreText).
//! So the PNG and the PDF draw letters where the window draws letters.
//!
//! Text is cut into runs of one font each ([`runs`]); a character no font has becomes the
//! replacement mark [`REPLACEMENT`], and [`unprintable`] lets an export say which texts lost
//! characters.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use ab_glyph::{Font as _, FontRef};
use egui::epaint::text::{FallbackRequest, FontFamily, FontProvider};
use egui_system_font_provider::SystemFontProvider;
use unicode_segmentation::UnicodeSegmentation;

/// The bytes of a font file, shared (a system font is memory-mapped, not copied).
pub type FontBytes = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// What a character no font has is drawn as: a white square, the usual mark of a missing
/// letter, in Inter (which has no U+FFFD).
pub const REPLACEMENT: char = '\u{25A1}';

/// One face of a font file.
pub struct Face {
    /// The file's bytes.
    pub bytes: FontBytes,
    /// The face in the file (a `.ttc` holds several).
    pub index: u32,
    /// The font's name, for the log.
    pub name: String,
}

impl Face {
    /// The face parsed for measuring and drawing.
    pub fn font(&self) -> Option<FontRef<'_>> {
        FontRef::try_from_slice_and_index((*self.bytes).as_ref(), self.index).ok()
    }

    fn has(&self, c: char) -> bool {
        self.font().is_some_and(|f| f.glyph_id(c).0 != 0)
    }
}

/// The font of a run of text.
#[derive(Clone)]
pub enum RunFont {
    /// Inter (regular or bold, as asked).
    Inter,
    /// A fallback face.
    Fallback(Arc<Face>),
}

impl RunFont {
    /// The font parsed for measuring and drawing (Inter in the weight asked).
    pub fn parsed(&self, bold: bool) -> Option<FontRef<'_>> {
        match self {
            RunFont::Inter => super::fonts::font(bold),
            RunFont::Fallback(face) => face.font(),
        }
    }
}

/// A piece of text drawn in one font.
#[derive(Clone)]
pub struct Run {
    /// The font.
    pub font: RunFont,
    /// The text (with [`REPLACEMENT`] for characters no font has).
    pub text: String,
}

struct Fallbacks {
    bundled: Vec<Arc<Face>>,
    found: HashMap<char, Option<Arc<Face>>>,
}

/// The system's fonts, enumerated (about 25 ms of fontconfig on Linux, on a thread of its own)
/// only when a letter first needs one: the window's start does not pay for it, and the window
/// and the exports share one enumeration.
fn system_fonts() -> &'static SystemFontProvider {
    static SYSTEM: OnceLock<SystemFontProvider> = OnceLock::new();
    SYSTEM.get_or_init(SystemFontProvider::new)
}

/// The window's fallback to the system's fonts ([`system_fonts`]), installed instead of the one
/// eframe starts at once.
#[derive(Debug, Default)]
pub struct LazySystemFonts;

impl FontProvider for LazySystemFonts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<egui::epaint::text::FontInsert> {
        system_fonts().font_for(request)
    }
}

fn fallbacks() -> &'static Mutex<Fallbacks> {
    static FALLBACKS: OnceLock<Mutex<Fallbacks>> = OnceLock::new();
    FALLBACKS.get_or_init(|| {
        let bundled = [
            ("Ubuntu-Light", epaint_default_fonts::UBUNTU_LIGHT),
            ("egui-icons", epaint_default_fonts::EGUI_ICONS),
        ]
        .into_iter()
        .map(|(name, bytes)| {
            Arc::new(Face {
                bytes: Arc::new(bytes),
                index: 0,
                name: name.to_string(),
            })
        })
        .collect();
        Mutex::new(Fallbacks {
            bundled,
            found: HashMap::new(),
        })
    })
}

/// The face that draws `c` when Inter cannot, or `None` when no font here has it.
pub fn face_for(c: char) -> Option<Arc<Face>> {
    let Ok(mut fallbacks) = fallbacks().lock() else {
        return None;
    };
    if let Some(found) = fallbacks.found.get(&c) {
        return found.clone();
    }
    let found = fallbacks
        .bundled
        .iter()
        .find(|face| face.has(c))
        .cloned()
        .or_else(|| {
            let mut buffer = [0u8; 4];
            let request = FallbackRequest {
                cluster: c.encode_utf8(&mut buffer),
                family: &FontFamily::Proportional,
            };
            let insert = system_fonts().font_for(&request)?;
            let face = Face {
                bytes: insert.data.font,
                index: insert.data.index,
                name: insert.name,
            };
            face.has(c).then(|| Arc::new(face))
        });
    if let Some(face) = &found {
        log::debug!("exports draw {c:?} with {}", face.name);
    }
    fallbacks.found.insert(c, found.clone());
    found
}

/// Whether Inter alone draws the whole text (the usual case, checked first and fast).
pub fn inter_covers(text: &str, bold: bool) -> bool {
    text.is_ascii()
        || super::fonts::font(bold)
            .is_some_and(|f| text.chars().all(|c| is_blank(c) || f.glyph_id(c).0 != 0))
}

fn inter_has(c: char, bold: bool) -> bool {
    super::fonts::font(bold).is_some_and(|f| f.glyph_id(c).0 != 0)
}

/// Whether a character draws nothing and needs no font (spaces, joiners, marks that ride
/// along with the letter before them are kept in that letter's cluster).
fn is_blank(c: char) -> bool {
    c.is_whitespace() || c.is_control()
}

/// The text cut into runs of one font each: Inter where it has the letter, else the first
/// fallback that has it, else [`REPLACEMENT`] in Inter. A cluster (a letter with its marks,
/// an emoji sequence) stays in one run; spaces join the run around them only when the fonts
/// before and after them are the same (so a right-to-left run does not take the space that
/// follows it to its other side).
pub fn runs(text: &str, bold: bool) -> Vec<Run> {
    if inter_covers(text, bold) {
        return vec![Run {
            font: RunFont::Inter,
            text: text.to_string(),
        }];
    }
    let pieces: Vec<(Option<RunFont>, String)> = text
        .graphemes(true)
        .filter_map(|cluster| {
            let first = cluster.chars().next()?;
            Some(if is_blank(first) {
                (None, cluster.to_string())
            } else if inter_has(first, bold) {
                (Some(RunFont::Inter), cluster.to_string())
            } else if let Some(face) = face_for(first) {
                (Some(RunFont::Fallback(face)), cluster.to_string())
            } else {
                (Some(RunFont::Inter), REPLACEMENT.to_string())
            })
        })
        .collect();
    let mut runs: Vec<Run> = Vec::new();
    for (i, (font, piece)) in pieces.iter().enumerate() {
        let font = font.clone().unwrap_or_else(|| {
            let before = pieces[..i].iter().rev().find_map(|(f, _)| f.as_ref());
            let after = pieces[i + 1..].iter().find_map(|(f, _)| f.as_ref());
            match (before, after) {
                (Some(b), Some(a)) if same(a, b) => b.clone(),
                _ => RunFont::Inter,
            }
        });
        match runs.last_mut() {
            Some(last) if same(&last.font, &font) => last.text.push_str(piece),
            _ => runs.push(Run {
                font,
                text: piece.clone(),
            }),
        }
    }
    runs
}

/// Whether a run is written right to left (Hebrew, Arabic and the scripts written with it):
/// its first letter decides.
pub fn is_right_to_left(text: &str) -> bool {
    text.chars().find(|c| c.is_alphabetic()).is_some_and(|c| {
        matches!(c,
            '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    })
}

fn same(a: &RunFont, b: &RunFont) -> bool {
    match (a, b) {
        (RunFont::Inter, RunFont::Inter) => true,
        (RunFont::Fallback(x), RunFont::Fallback(y)) => Arc::ptr_eq(x, y),
        _ => false,
    }
}

/// The letters (clusters: an emoji sequence is one) of a text that no font here can draw,
/// each once, in order.
pub fn unprintable(text: &str) -> Vec<&str> {
    let mut missing = Vec::new();
    for cluster in text.graphemes(true) {
        let Some(first) = cluster.chars().next() else {
            continue;
        };
        let drawn = is_blank(first) || inter_has(first, false) || face_for(first).is_some();
        if !drawn && !missing.contains(&cluster) {
            missing.push(cluster);
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_stays_in_inter_and_what_no_font_has_is_replaced() {
        let cut = runs("Dagbesteding \u{10FFFD} € 1", false);
        assert_eq!(cut.len(), 1, "one Inter run");
        assert!(matches!(cut[0].font, RunFont::Inter));
        assert_eq!(cut[0].text, "Dagbesteding \u{25A1} € 1");
        assert!(inter_has(REPLACEMENT, false) && inter_has(REPLACEMENT, true));
        assert_eq!(unprintable("Dagbesteding \u{10FFFD} €"), ["\u{10FFFD}"]);
    }
}
