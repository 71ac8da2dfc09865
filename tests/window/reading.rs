//! Spreadsheets are read on a worker: the window shows the progress and keeps painting, Cancel
//! leaves the workshop as it was, and a read the user has left behind is dropped.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;

use super::harness::{NMD, app, wait_for_read};

type App = egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>;

/// An honest workbook within the import limits: a lot table of `rows` rows and 20 columns.
fn large_workbook(dir: &Path, rows: u32) -> PathBuf {
    let path = dir.join("groot.xlsx");
    std::fs::write(&path, kraljic_workshop::examples::large_lot_workbook(rows)).expect("save");
    path
}

/// The NMD example, with the file dialog answering a large workbook in `dir`.
fn reading_large(dir: &Path) -> App {
    let big = large_workbook(dir, 20_000);
    app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(big)],
            save: vec![],
        },
    )
}

/// Presses Ctrl+I and runs one frame, without waiting for the read.
fn start_import(harness: &mut App) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::I);
    harness.step();
    harness.step();
}

#[test]
fn the_read_keeps_the_window_painting_and_opens_the_import_window_when_done() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = reading_large(dir.path());
    start_import(&mut harness);
    assert!(harness.state().sheet_read().is_some(), "read on a worker");
    // The window keeps painting while the worker reads: frames stay short.
    let mut longest = Duration::ZERO;
    let mut frames = 0;
    let start = Instant::now();
    while harness.state().sheet_read().is_some() {
        assert!(start.elapsed() < Duration::from_secs(60), "the read ends");
        let frame = Instant::now();
        harness.step();
        longest = longest.max(frame.elapsed());
        frames += 1;
        std::thread::sleep(Duration::from_millis(5));
    }
    // The figure (under 16 ms; about 12 ms in a debug build here) is printed for the speed
    // table; the test only proves that the read never holds a frame (a read on the window's
    // thread takes seconds here).
    eprintln!("{frames} frames while reading, the longest {longest:?}");
    assert!(frames > 3, "{frames} frames");
    assert!(
        longest < Duration::from_millis(500),
        "a frame of {longest:?}"
    );
    harness.run();
    harness.get_by_label("Importeren uit spreadsheet: groot.xlsx");
}

#[test]
fn the_read_shows_its_window_and_cancel_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = reading_large(dir.path());
    let before = harness.state().workshop().clone();
    start_import(&mut harness);
    harness.get_by_label("Spreadsheet lezen");
    harness.get_by_label_contains("groot.xlsx");
    harness.get_by_label_contains("rijen gelezen");
    // Cancelled at once: whatever the worker still does, its result never arrives.
    harness.get_by_label("Annuleren").click();
    harness.run();
    assert!(harness.state().sheet_read().is_none());
    for _ in 0..50 {
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    assert!(harness.state().import_dialog().is_none());
    assert_eq!(harness.state().modal(), None);
    assert_eq!(harness.state().workshop(), &before);
}

#[test]
fn a_read_the_user_has_left_behind_is_dropped() {
    let dir = tempfile::tempdir().expect("dir");
    let big = large_workbook(dir.path(), 20_000);
    let small = PathBuf::from("tests/data/nmd-2022-kraljic-sheet.tsv");
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(big), Some(small)],
            save: vec![],
        },
    );
    start_import(&mut harness);
    assert!(harness.state().sheet_read().is_some());
    // The user picks another file while the first is read: only the second opens.
    start_import(&mut harness);
    wait_for_read(&mut harness);
    harness.get_by_label("Importeren uit spreadsheet: nmd-2022-kraljic-sheet.tsv");
    for _ in 0..20 {
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    assert!(harness.query_by_label_contains("groot.xlsx").is_none());
    assert_eq!(harness.state().modal(), None);
}

#[test]
fn an_earlier_round_is_read_on_the_worker_too() {
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(PathBuf::from(NMD))],
            save: vec![],
        },
    );
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run(&ctx, kraljic_workshop::ui::Command::CompareWith);
    // The scripted dialog answered at once: the file is being read, not yet compared.
    let purpose = harness.state().sheet_read().map(|r| r.purpose);
    assert_eq!(
        purpose,
        Some(kraljic_workshop::ui::session::reading::SheetPurpose::Baseline)
    );
    assert!(harness.state().view.baseline.is_none());
    wait_for_read(&mut harness);
    assert!(
        harness.state().view.baseline.is_some(),
        "compared once read"
    );
}

#[test]
fn another_column_of_a_large_sheet_is_read_again_on_a_worker() {
    use egui::accesskit::Role;
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = reading_large(dir.path());
    start_import(&mut harness);
    wait_for_read(&mut harness);
    harness.get_by_label("Importeren uit spreadsheet: groot.xlsx");
    // The providers from another column: the 20 000 rows are read again, not in this frame.
    harness
        .get_by_role_and_label(Role::ComboBox, "Aantal aanbieders")
        .click();
    harness.run();
    harness.get_by_label("C: Kolom 2").click();
    let frame = Instant::now();
    harness.step();
    let first = frame.elapsed();
    let dialog = |h: &App| {
        h.state()
            .import_dialog()
            .map(|d| d.reading_rows())
            .expect("open")
    };
    assert!(dialog(&harness), "read again on a worker");
    harness.get_by_label_contains("opnieuw gelezen");
    let start = Instant::now();
    let mut longest = first;
    while dialog(&harness) {
        assert!(start.elapsed() < Duration::from_secs(60), "the rows come");
        let frame = Instant::now();
        harness.step();
        longest = longest.max(frame.elapsed());
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(
        longest < Duration::from_millis(500),
        "a frame of {longest:?}"
    );
    harness.run();
    assert!(harness.query_by_label_contains("opnieuw gelezen").is_none());
}
