//! One rule for the texts people type, paste and import: lot names and the other one-line
//! fields (title, organisation, municipalities, participants), and the notes.
//!
//! Names come from spreadsheets, from colleagues' copies and from typing, so they may hold line
//! breaks, tabs, invisible characters and direction overrides that draw as boxes, make two equal
//! looking names differ, or turn a label around. The rule makes them plain: breaks and tabs
//! become spaces, runs of spaces one space, control and invisible characters go, the text is
//! normalised to NFC (so "é" typed two ways matches), and a name is at most [`NAME_MAX`]
//! user-perceived characters. The zero-width joiner and non-joiner stay: emoji sequences and
//! Persian script need them.

use icu_normalizer::ComposingNormalizerBorrowed;
use unicode_segmentation::UnicodeSegmentation;

/// The most user-perceived characters (grapheme clusters) a name may have.
pub const NAME_MAX: usize = 200;

/// What cleaning changed, so the user can be told.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextChanges {
    /// Line breaks or tabs became spaces.
    pub breaks: bool,
    /// Control, invisible or direction characters were removed.
    pub hidden: bool,
    /// Spaces at the ends were trimmed, or runs of spaces joined.
    pub spaces: bool,
    /// The name was shortened to [`NAME_MAX`] characters.
    pub shortened: bool,
}

impl TextChanges {
    /// Whether anything was changed that a person could notice.
    pub fn any(self) -> bool {
        self.breaks || self.hidden || self.spaces || self.shortened
    }

    /// Whether the user is told: more changed than spaces (a line break, a hidden character,
    /// the length). Joined or trimmed spaces are taken silently.
    pub fn worth_saying(self) -> bool {
        self.breaks || self.hidden || self.shortened
    }

    /// Both sets of changes.
    pub fn and(self, other: TextChanges) -> TextChanges {
        TextChanges {
            breaks: self.breaks || other.breaks,
            hidden: self.hidden || other.hidden,
            spaces: self.spaces || other.spaces,
            shortened: self.shortened || other.shortened,
        }
    }
}

/// A cleaned text and what cleaning changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cleaned {
    /// The text to keep.
    pub text: String,
    /// What was changed.
    pub changes: TextChanges,
}

/// Whether a character is removed from every text: control characters other than line breaks
/// and tabs, the direction embeddings, overrides and isolates, and the invisible zero-width
/// space, word joiner and byte-order mark.
fn is_removed(c: char) -> bool {
    let control = c.is_control() && !matches!(c, '\n' | '\r' | '\t');
    control
        || matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}'
        )
}

fn nfc(text: &str) -> String {
    ComposingNormalizerBorrowed::new_nfc()
        .normalize(text)
        .into_owned()
}

/// A one-line text (title, organisation, a municipality's or a participant's name): breaks and
/// tabs become spaces, spaces are joined and trimmed, hidden characters go, NFC.
pub fn clean_line(text: &str) -> Cleaned {
    let mut changes = TextChanges::default();
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if is_removed(c) {
            changes.hidden = true;
        } else if matches!(c, '\n' | '\r' | '\t') {
            changes.breaks = true;
            pending_space = true;
        } else if c.is_whitespace() {
            if pending_space || out.is_empty() || c != ' ' {
                changes.spaces = true;
            }
            pending_space = true;
        } else {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        }
    }
    changes.spaces |= pending_space;
    Cleaned {
        text: nfc(&out),
        changes,
    }
}

/// A lot name: a one-line text of at most [`NAME_MAX`] characters.
pub fn clean_name(text: &str) -> Cleaned {
    let Cleaned { text, mut changes } = clean_line(text);
    let (text, shortened) = shorten(&text, NAME_MAX);
    changes.shortened = shortened;
    Cleaned { text, changes }
}

/// Which rule a text follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// A lot name: one line, at most [`NAME_MAX`] characters.
    Name,
    /// Another one-line text (title, organisation, a municipality, a participant).
    Line,
    /// A multi-line text (notes, decisions).
    Lines,
}

impl TextKind {
    /// The text as it is kept.
    pub fn clean(self, text: &str) -> Cleaned {
        match self {
            TextKind::Name => clean_name(text),
            TextKind::Line => clean_line(text),
            TextKind::Lines => clean_multiline(text),
        }
    }

    /// The text while it is being typed: cleaned the same way, but one space at the end of a
    /// one-line text stays (the next word follows); the field trims it when it is left.
    pub fn clean_typing(self, text: &str) -> Cleaned {
        let mut cleaned = self.clean(text);
        let one_line = self != TextKind::Lines;
        let room = self != TextKind::Name || char_count(&cleaned.text) < NAME_MAX;
        if one_line && room && !cleaned.text.is_empty() && text.ends_with(char::is_whitespace) {
            cleaned.text.push(' ');
        }
        cleaned
    }
}

/// A multi-line text (notes, decisions): line breaks stay (as `\n`), tabs stay, hidden
/// characters go, NFC; no length limit.
pub fn clean_multiline(text: &str) -> Cleaned {
    let mut changes = TextChanges::default();
    let joined = text.replace("\r\n", "\n").replace('\r', "\n");
    let kept: String = joined
        .chars()
        .filter(|c| {
            let removed = is_removed(*c);
            changes.hidden |= removed;
            !removed
        })
        .collect();
    Cleaned {
        text: nfc(&kept),
        changes,
    }
}

/// The text cut to at most `max` user-perceived characters; true when it was cut.
pub fn shorten(text: &str, max: usize) -> (String, bool) {
    match text.grapheme_indices(true).nth(max) {
        Some((at, _)) => (text[..at].trim_end().to_string(), true),
        None => (text.to_string(), false),
    }
}

/// The number of user-perceived characters of a text.
pub fn char_count(text: &str) -> usize {
    text.graphemes(true).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The ten unusual but possible names the integration tests import too.
    fn ten_names() -> Vec<String> {
        let csv = include_str!("../../tests/data/ten-names.csv");
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(csv.as_bytes());
        reader
            .records()
            .map(|r| r.expect("record")[0].to_string())
            .collect()
    }

    #[test]
    fn the_ten_names_come_out_plain() {
        let cleaned: Vec<Cleaned> = ten_names().iter().map(|n| clean_name(n)).collect();
        // Cut at 200, then the space the cut ended on is trimmed.
        assert_eq!(char_count(&cleaned[0].text), NAME_MAX - 1);
        assert!(cleaned[0].changes.shortened && !cleaned[0].text.ends_with(' '));
        assert_eq!(cleaned[1].text, "Jeugdhulp met verblijf");
        assert!(cleaned[1].changes.breaks);
        assert_eq!(cleaned[2].text, "Wmo begeleiding");
        assert_eq!(cleaned[3].text, "رعاية الشباب");
        assert!(!cleaned[3].changes.any());
        assert_eq!(cleaned[4].text, "青少年ケア");
        // The joiners of the emoji family stay.
        assert_eq!(cleaned[5].text, ten_names()[5]);
        assert_eq!(
            cleaned[6].text,
            ten_names()[6],
            "formulas are the CSV's business"
        );
        assert_eq!(cleaned[7].text, "Huislijke hulp");
        assert!(cleaned[7].changes.hidden);
        assert_eq!(cleaned[8].text, "Dagbesteding");
        assert_eq!(cleaned[9].text, ten_names()[9]);
    }

    #[test]
    fn spaces_are_joined_and_trimmed_and_accents_compare_equal() {
        let cleaned = clean_name("  Hulp   bij \u{a0} het huishouden  ");
        assert_eq!(cleaned.text, "Hulp bij het huishouden");
        assert!(cleaned.changes.spaces && !cleaned.changes.breaks);
        // "é" as one character and as "e" with a combining accent.
        assert_eq!(clean_name("Caf\u{e9}").text, clean_name("Cafe\u{301}").text);
        assert!(!clean_name("Hulp bij het huishouden").changes.any());
    }

    #[test]
    fn typing_keeps_one_space_at_the_end_until_the_field_is_left() {
        let typing = |text: &str| TextKind::Name.clean_typing(text);
        assert_eq!(typing("Hulp ").text, "Hulp ");
        assert_eq!(typing("Hulp\n").text, "Hulp ");
        assert!(typing("Hulp\n").changes.breaks);
        assert_eq!(typing(" ").text, "");
        assert_eq!(TextKind::Name.clean("Hulp ").text, "Hulp");
        assert_eq!(TextKind::Lines.clean_typing("Regel\n").text, "Regel\n");
        let full = "x".repeat(NAME_MAX);
        assert_eq!(
            typing(&format!("{full} ")).text,
            full,
            "no room for the space"
        );
    }

    #[test]
    fn notes_keep_their_lines_but_lose_hidden_characters() {
        let cleaned = clean_multiline("Eerste regel\r\nTweede\u{200B} regel\n\tingesprongen\u{7}");
        assert_eq!(cleaned.text, "Eerste regel\nTweede regel\n\tingesprongen");
        assert!(cleaned.changes.hidden && !cleaned.changes.breaks);
    }

    #[test]
    fn shortening_counts_what_a_person_sees() {
        let family = "👨\u{200D}👩\u{200D}👧";
        let (short, cut) = shorten(&family.repeat(3), 2);
        assert_eq!((short, cut), (family.repeat(2), true));
        assert_eq!(shorten("abc", 3), ("abc".to_string(), false));
    }

    fn has_hidden(text: &str) -> bool {
        text.chars()
            .any(|c| c.is_control() || is_removed(c) || c == '\u{a0}')
    }

    proptest! {
        #[test]
        fn cleaning_is_settled_after_once(text in any::<String>()) {
            let once = clean_name(&text);
            let twice = clean_name(&once.text);
            prop_assert_eq!(&twice.text, &once.text);
            prop_assert!(!twice.changes.any());
            prop_assert!(!has_hidden(&once.text));
            prop_assert!(char_count(&once.text) <= NAME_MAX);
            prop_assert_eq!(once.text.trim(), once.text.as_str());
            let note = clean_multiline(&text);
            prop_assert_eq!(&clean_multiline(&note.text).text, &note.text);
        }

        #[test]
        fn long_mixed_names_fit_the_limit(
            parts in proptest::collection::vec("[a-z\u{e9}\u{301} \n\t\u{200B}\u{202E}👨\u{200D}]{0,40}", 0..20)
        ) {
            let text = parts.concat();
            let once = clean_name(&text);
            prop_assert!(char_count(&once.text) <= NAME_MAX);
            prop_assert_eq!(clean_name(&once.text), Cleaned { text: once.text.clone(), changes: TextChanges::default() });
        }
    }
}
