//! A report of many lots: the window asks which lot pages it takes, and the export can be
//! stopped from the status line, leaving no file.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use kraljic_workshop::ui::dialogs::Modal;
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;

use super::harness::app;

type App = egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>;

/// A generated workshop of `lots` lots, in a file of its own, with the report going to
/// `report`.
fn large(dir: &std::path::Path, lots: usize, report: PathBuf) -> App {
    let file = dir.join("groot.kraljic.ron");
    let workshop = kraljic_workshop::examples::generated(lots);
    kraljic_workshop::format::save_path(&workshop, &file).expect("saved");
    app(
        Some(file),
        ScriptedDialogs {
            open: vec![],
            save: vec![Some(report)],
        },
    )
}

fn wait_for_export(harness: &mut App) {
    let start = Instant::now();
    while harness.state().modal().is_none() {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "the export ends"
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
}

#[test]
fn a_report_of_many_lots_asks_which_lot_pages_it_takes() {
    let dir = tempfile::tempdir().expect("dir");
    let pdf = dir.path().join("rapport.pdf");
    let mut harness = large(dir.path(), 150, pdf.clone());
    let strategic = {
        let state = harness.state();
        kraljic_workshop::report::pdf::LotPages::StrategicAndBottleneck
            .count(state.workshop(), state.document().portfolio())
    };
    assert!(strategic > 0 && strategic < 150, "{strategic}");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    harness.run();
    harness.get_by_label("Rapport: welke percelen?");
    harness.get_by_label("Alle percelen (150 perceelpagina's)");
    let choice = format!("Strategische percelen en knelpunten ({strategic} perceelpagina's)");
    harness.get_by_label(&choice).click();
    harness.run();
    harness.get_by_label("Verder").click();
    harness.step();
    wait_for_export(&mut harness);
    assert!(matches!(
        harness.state().modal(),
        Some(Modal::Message {
            is_error: false,
            ..
        })
    ));
    // The lot pages of the strategic and bottleneck lots only, with the report's other pages.
    let text = crate::common::pdf_text(&std::fs::read(&pdf).expect("written"));
    let pages = text.matches('\u{c}').count();
    assert!(pages < 150, "{pages} pages");
    assert!(pages > strategic, "{pages} pages");
}

#[test]
fn cancel_in_the_status_line_stops_the_report_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let pdf = dir.path().join("rapport.pdf");
    let mut harness = large(dir.path(), 600, pdf.clone());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    harness.run();
    harness.get_by_label("Verder").click();
    harness.step();
    // Once pages are being drawn, the status line has Annuleren and the time left.
    let start = Instant::now();
    while harness.query_by_label_contains("nog ongeveer").is_none() {
        assert!(start.elapsed() < Duration::from_secs(60), "pages are drawn");
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    harness.get_by_label("Annuleren").click();
    harness.step();
    for _ in 0..50 {
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    assert!(!pdf.exists(), "no file, not even a part");
    assert_eq!(harness.state().modal(), None, "nothing to say");
}
