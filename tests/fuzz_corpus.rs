//! Replays the committed fuzz corpus (`fuzz/corpus/`) through the same checks the fuzz targets
//! run, so every input the fuzzers found interesting, and every crash fixed, stays covered in
//! the normal tests.

use std::path::Path;

use kraljic_workshop::fuzzing::{check_sheet_bytes, check_workshop_bytes};

fn replay(folder: &str, check: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(folder);
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("read");
        let outcome = std::panic::catch_unwind(|| check(&bytes));
        assert!(outcome.is_ok(), "{} breaks a property", path.display());
        count += 1;
    }
    count
}

#[test]
fn the_loader_corpus_replays_cleanly() {
    assert!(replay("corpus/load_workshop", check_workshop_bytes) >= 5);
}

#[test]
fn the_importer_corpus_replays_cleanly() {
    assert!(replay("corpus/import_sheet", check_sheet_bytes) >= 5);
}

#[test]
fn fixed_crashes_stay_fixed() {
    replay("regressions/load_workshop", check_workshop_bytes);
    replay("regressions/import_sheet", check_sheet_bytes);
}
