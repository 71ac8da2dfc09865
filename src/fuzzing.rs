//! The checks the fuzz targets (`fuzz/`) run on arbitrary bytes, here so the normal tests can
//! replay the committed corpus through exactly the same code.
//!
//! Each check panics only when a property breaks; refusing the input is fine.

use crate::format::{load_bytes, load_str, to_text};
use crate::interchange::sheet::{
    ManualMatches, apply_merge, guess_mapping, new_workshop, plan_merge, read_rows, read_workbook,
};
use crate::model::Workshop;
use crate::model::text::{NAME_MAX, TextKind, char_count};

/// Every text of a workshop keeps to the one rule for texts: cleaning it again changes
/// nothing (so no control character, no direction override, no name over the limit).
fn assert_texts_clean(workshop: &Workshop) {
    let settled = |text: &str, kind: TextKind| {
        let again = kind.clean(text);
        assert!(
            again.text == text && !again.changes.any(),
            "not clean: {text:?}"
        );
    };
    for lot in &workshop.lots {
        settled(&lot.name, TextKind::Name);
        assert!(char_count(&lot.name) <= NAME_MAX);
        settled(&lot.notes, TextKind::Lines);
    }
    settled(&workshop.title, TextKind::Line);
    settled(&workshop.organisation, TextKind::Line);
    for text in workshop
        .municipalities
        .iter()
        .chain(workshop.participants.iter().map(|p| &p.name))
    {
        settled(text, TextKind::Line);
    }
}

/// The loader never panics, what it accepts saves and loads again to the same workshop, and
/// its texts are clean.
pub fn check_workshop_bytes(data: &[u8]) {
    let Ok(loaded) = load_bytes(data) else {
        return;
    };
    assert_texts_clean(&loaded.workshop);
    let text = match to_text(&loaded.workshop) {
        Ok(text) => text,
        Err(error) => panic!("an accepted workshop does not save: {error}"),
    };
    match load_str(&text) {
        Ok(again) => assert_eq!(again.workshop, loaded.workshop, "save and load change it"),
        Err(error) => panic!("a saved workshop does not load: {error}\n{text}"),
    }
}

/// The importer never panics, as CSV or as a spreadsheet; a sheet it reads builds a workshop
/// with clean names that saves and loads again, and merging it into that workshop keeps every lot.
pub fn check_sheet_bytes(data: &[u8]) {
    for name in ["fuzz.csv", "fuzz.xlsx"] {
        let Ok(book) = read_workbook(data, name) else {
            continue;
        };
        for sheet in &book.sheets {
            let mapping = guess_mapping(sheet);
            let Ok(rows) = read_rows(sheet, &mapping) else {
                continue;
            };
            let workshop = new_workshop(&rows, "fuzz");
            assert_texts_clean(&workshop);
            let plan = plan_merge(&workshop, &rows, &ManualMatches::new());
            let merged = apply_merge(&workshop, &rows, &plan);
            assert_eq!(
                merged.lots.len(),
                workshop.lots.len() + plan.counts().added,
                "a merge drops no lot"
            );
            let text = match to_text(&workshop) {
                Ok(text) => text,
                Err(error) => panic!("an imported workshop does not save: {error}"),
            };
            if let Err(error) = load_str(&text) {
                panic!("an imported workshop does not load again: {error}\n{text}");
            }
        }
    }
}
