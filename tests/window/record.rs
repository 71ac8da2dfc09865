//! The session record and the time box in the real window.

use egui_kittest::kittest::Queryable;
use kraljic_workshop::format::load_path;
use kraljic_workshop::model::{RecordKind, WorkshopDate};
use kraljic_workshop::ui::Edit;
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;

use crate::harness::{NMD, app, ctrl_shift};

#[test]
fn decisions_and_actions_are_recorded_reviewed_and_saved() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("verslag.kraljic.ron");
    let mut harness = app(
        Some(NMD.into()),
        ScriptedDialogs {
            save: vec![Some(path.clone())],
            ..ScriptedDialogs::default()
        },
    );
    let lot = harness.state().view.selected.expect("selected");
    // The record is at the end of the card: scroll to it first.
    harness.get_by_label("+ Besluit").scroll_to_me();
    harness.run();
    harness.get_by_label("+ Besluit").click();
    harness.run();
    harness.get_by_label("Besluit 1").focus();
    harness.run();
    harness
        .get_by_label("Besluit 1")
        .type_text("Open house vanaf 2027");
    harness.run();
    harness.get_by_label("+ Actie").scroll_to_me();
    harness.run();
    harness.get_by_label("+ Actie").click();
    harness.run();
    harness.get_by_label("Actie 1").focus();
    harness
        .get_by_label("Actie 1")
        .type_text("Marktconsultatie voorbereiden");
    harness.run();
    harness.get_by_label("Wie").focus();
    harness.get_by_label("Wie").type_text("Assen");
    harness.run();
    harness.get_by_label("Uiterlijk").focus();
    harness.get_by_label("Uiterlijk").type_text("2027-02-01");
    harness.run();

    let record = harness.state().workshop().record.clone();
    assert_eq!(record.len(), 2);
    assert_eq!(record[0].kind, RecordKind::Decision);
    assert_eq!(record[0].lot, Some(lot));
    assert_eq!(record[1].who, "Assen");
    assert_eq!(record[1].due, WorkshopDate::new(2027, 2, 1));

    ctrl_shift(&mut harness, egui::Key::R);
    harness.get_by_label("Besluiten (1)");
    harness.get_by_label("Acties (1)");
    assert!(
        harness.query_all_by_label("Huishoudelijke hulp").count() >= 2,
        "the lot is named"
    );

    ctrl_shift(&mut harness, egui::Key::S);
    let saved = load_path(&path).expect("saved").workshop;
    assert_eq!(saved.record, record);
}

#[test]
fn the_time_box_counts_down_on_the_card() {
    let mut harness = app(Some(NMD.into()), ScriptedDialogs::default());
    assert!(
        harness.query_by_label_contains("Tijd starten").is_none(),
        "off by default"
    );
    harness
        .state_mut()
        .apply_edit(Edit::TimeBox(Some(10)), None);
    harness.run();
    harness.get_by_label("Tijd starten (10 min)").click();
    // A running countdown repaints every second, so step instead of waiting to settle.
    harness.run_steps(3);
    harness.get_by_label_contains("Nog: 1");
    harness.get_by_label("Stoppen").click();
    harness.run_steps(2);
    harness.run();
    assert!(harness.state().view.timer.is_none());
}
