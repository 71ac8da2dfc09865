//! Files in the real window: save and open, the unsaved-changes question, bad files, and the
//! preferences kept for the next session.

use std::path::PathBuf;

use egui_kittest::kittest::Queryable;
use kraljic_workshop::format;
use kraljic_workshop::model::AnswerValue;
use kraljic_workshop::ui::dialogs::{Modal, Pending};
use kraljic_workshop::ui::document::Origin;
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;

use crate::harness::{self, app, click_first, click_first_starting, ctrl, ctrl_shift, lot_id, nmd};
fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn a_checklist_answer_and_a_decision_survive_save_and_open() {
    let dir = temp_dir();
    let path = dir.path().join("sessie.kraljic.ron");
    let mut harness = app(
        Some(PathBuf::from(harness::NMD)),
        ScriptedDialogs {
            save: vec![Some(path.clone())],
            ..ScriptedDialogs::default()
        },
    );
    let id = lot_id(harness.state().workshop(), "Huishoudelijke hulp");

    // The lot's decisions have one place: the record on its card (no free text box).
    assert!(harness.query_by_label("Besluit").is_none());
    harness.get_by_label("+ Besluit").scroll_to_me();
    harness.run();
    harness.get_by_label("+ Besluit").click();
    harness.run();
    harness
        .get_by_label("Besluit 1")
        .type_text("Open house, contract voor vier jaar");
    harness.run();

    harness.get_by_label_contains("Checklist (").click();
    harness.run();
    // A yes/no question (the first is price differentiation) and "does not apply" (the first
    // question of NMD's checklist is its first consideration, tailoring).
    click_first_starting(&mut harness, "Ja \u{2014} ");
    click_first_starting(&mut harness, "n.v.t. \u{2014} ");
    // The procedure question shows what the Strategy tab says, and leads there.
    assert_eq!(
        harness
            .get_all_by_label("Dit antwoord staat op het tabblad Strategie:")
            .count(),
        2,
        "procedure and funding"
    );
    harness.get_by_label_contains(
        "Licht regime: sociale en andere specifieke diensten (SAS), Openbaar",
    );
    click_first(&mut harness, "Naar Strategie \u{2192}");
    assert_eq!(
        harness.state().view.tab,
        kraljic_workshop::ui::CardTab::Strategy
    );

    ctrl_shift(&mut harness, egui::Key::S);
    assert_eq!(
        harness.state().document().origin(),
        &Origin::File(path.clone())
    );
    assert!(!harness.state().document().is_dirty());

    let reopened = app(Some(path.clone()), ScriptedDialogs::default());
    let lot = reopened.state().workshop().lot(id).cloned().expect("lot");
    let decisions: Vec<_> = reopened
        .state()
        .workshop()
        .record
        .iter()
        .filter(|r| r.lot == Some(id))
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(decisions, ["Open house, contract voor vier jaar"]);
    assert_eq!(
        lot.checklist
            .get("price_differentiation")
            .map(|a| a.value.clone()),
        Some(AnswerValue::YesNo(true))
    );
    assert!(
        lot.checklist
            .get("consider_tailoring")
            .is_some_and(|a| a.not_applicable)
    );
    let on_disk = format::load_path(&path).expect("loads").workshop;
    assert_eq!(&on_disk, reopened.state().workshop());
}

#[test]
fn undo_and_redo_restore_exactly() {
    let mut harness = nmd();
    let original = harness.state().workshop().clone();
    assert!(harness.state().view.selected.is_some());

    harness.get_by_label("Schaarste: 0 Geen").click();
    harness.run();
    harness.get_by_label("Notities").focus();
    harness.run();
    harness
        .get_by_label("Notities")
        .type_text("Twee aanbieders vallen weg");
    harness.run();
    ctrl_shift(&mut harness, egui::Key::N); // a new lot
    let edited = harness.state().workshop().clone();
    assert_eq!(edited.lots.len(), original.lots.len() + 1);

    // Three steps: the typed note is one step, not one per letter.
    for _ in 0..3 {
        ctrl(&mut harness, egui::Key::Z);
    }
    assert_eq!(harness.state().workshop(), &original);
    assert!(
        !harness.state().document().is_dirty(),
        "back to the saved state"
    );
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(
        harness.state().workshop(),
        &original,
        "nothing more to undo"
    );

    ctrl_shift(&mut harness, egui::Key::Z);
    ctrl(&mut harness, egui::Key::Y);
    ctrl(&mut harness, egui::Key::Y);
    assert_eq!(harness.state().workshop(), &edited);
}

fn dirty_nmd(
    dialogs: ScriptedDialogs,
) -> egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp> {
    let mut harness = app(Some(PathBuf::from(harness::NMD)), dialogs);
    harness.get_by_label("Omschakeling: 3 Hoog").click();
    harness.run();
    assert!(harness.state().document().is_dirty());
    harness
}

#[test]
fn unsaved_changes_cancel_keeps_everything() {
    let mut harness = dirty_nmd(ScriptedDialogs::default());
    let edited = harness.state().workshop().clone();
    ctrl(&mut harness, egui::Key::N);
    harness.get_by_label("Beginnen").click();
    harness.run();
    assert!(matches!(
        harness.state().modal(),
        Some(Modal::Unsaved(Pending::Adopt { .. }))
    ));
    harness.get_by_label("Annuleren").click();
    harness.run();
    assert_eq!(harness.state().modal(), None);
    assert_eq!(harness.state().workshop(), &edited);
}

#[test]
fn unsaved_changes_discard_goes_on_without_saving() {
    let mut harness = dirty_nmd(ScriptedDialogs::default());
    let Origin::File(path) = harness.state().document().origin().clone() else {
        panic!("opened from a file");
    };
    let on_disk = std::fs::read(&path).expect("read");
    ctrl(&mut harness, egui::Key::N);
    harness.get_by_label("Beginnen").click();
    harness.run();
    harness.get_by_label("Niet opslaan").click();
    harness.run();
    assert_eq!(harness.state().modal(), None);
    assert!(
        harness.state().workshop().lots.is_empty(),
        "a new, empty workshop"
    );
    assert_eq!(harness.state().document().origin(), &Origin::New);
    assert_eq!(
        std::fs::read(&path).expect("read"),
        on_disk,
        "file untouched"
    );
}

#[test]
fn unsaved_changes_save_saves_then_opens() {
    let dir = temp_dir();
    let saved = dir.path().join("bewaard.kraljic.ron");
    // A copy: a file in the program's own workshops/ folder opens as a template instead.
    let other = dir.path().join("rivierenland.kraljic.ron");
    std::fs::copy("workshops/rivierenland-2019.kraljic.ron", &other).expect("copy");
    let mut harness = app(
        None,
        ScriptedDialogs {
            open: vec![Some(other.clone())],
            save: vec![Some(saved.clone())],
        },
    );
    assert_eq!(harness.state().document().origin(), &Origin::Example);
    harness.get_by_label("Omschakeling: 3 Hoog").click();
    harness.run();
    let edited = harness.state().workshop().clone();
    ctrl(&mut harness, egui::Key::O);
    assert_eq!(
        harness.state().modal(),
        Some(&Modal::Unsaved(Pending::Open(None)))
    );
    harness.get_by_label("Opslaan").click();
    harness.run();
    assert_eq!(format::load_path(&saved).expect("saved").workshop, edited);
    assert_eq!(harness.state().document().origin(), &Origin::File(other));
    assert_eq!(
        harness.state().workshop().lots.len(),
        13,
        "the Rivierenland example"
    );
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let mut harness = dirty_nmd(ScriptedDialogs::default());
    let close = |harness: &mut egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>| {
        harness
            .input_mut()
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .events
            .push(egui::ViewportEvent::Close);
        harness.run();
    };
    close(&mut harness);
    assert_eq!(
        harness.state().modal(),
        Some(&Modal::Unsaved(Pending::Quit))
    );
    assert!(!harness.state().is_closing());
    harness.get_by_label("Annuleren").click();
    harness.run();
    assert!(!harness.state().is_closing());

    close(&mut harness);
    harness.get_by_label("Niet opslaan").click();
    harness.run();
    assert!(harness.state().is_closing());
}

#[test]
fn opening_a_corrupt_file_shows_the_error_and_keeps_the_open_workshop() {
    let dir = temp_dir();
    let corrupt = dir.path().join("kapot.kraljic.ron");
    let text = std::fs::read_to_string(harness::NMD).expect("read");
    std::fs::write(&corrupt, text.replacen("impact: 1,", "impact: 7,", 1)).expect("write");
    let mut harness = dirty_nmd(ScriptedDialogs {
        open: vec![Some(corrupt.clone())],
        ..ScriptedDialogs::default()
    });
    let edited = harness.state().workshop().clone();
    ctrl(&mut harness, egui::Key::O);
    harness.get_by_label("Niet opslaan").click();
    harness.run();
    // The file is read on a worker: wait for it, as the window does, however busy the machine.
    harness::wait_for_read(&mut harness);
    let Some(Modal::Message { text, is_error, .. }) = harness.state().modal().cloned() else {
        panic!(
            "expected an error message, got {:?}",
            harness.state().modal()
        );
    };
    assert!(is_error);
    assert!(text.contains("regel") && text.contains('7'), "{text}");
    harness.get_by_label_contains("Openen mislukt");
    assert_eq!(
        harness.state().workshop(),
        &edited,
        "the open workshop stays"
    );
    assert!(harness.state().document().is_dirty());
    harness.get_by_label("OK").click();
    harness.run();
    assert_eq!(harness.state().modal(), None);
}

/// eframe's storage, in memory.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn language_theme_zoom_and_recent_files_are_stored_for_the_next_session() {
    use kraljic_workshop::ui::prefs::{Prefs, STORAGE_KEY};
    let dir = temp_dir();
    let path = dir.path().join("bewaard.kraljic.ron");
    let mut harness = app(
        None,
        ScriptedDialogs {
            save: vec![Some(path.clone())],
            ..ScriptedDialogs::default()
        },
    );
    ctrl_shift(&mut harness, egui::Key::L);
    ctrl_shift(&mut harness, egui::Key::T);
    ctrl(&mut harness, egui::Key::Plus);
    ctrl(&mut harness, egui::Key::S); // the example has no file: Save asks where
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let prefs: Prefs = eframe::get_value(&storage, STORAGE_KEY).expect("stored");
    assert_eq!(prefs.lang(), kraljic_workshop::locale::Lang::English);
    assert!(prefs.dark);
    assert!(prefs.zoom() > 1.0, "{}", prefs.zoom);
    assert_eq!(prefs.last_file(), Some(path.as_path()));
}

#[test]
fn an_old_format_file_opens_with_a_note_and_saves_in_the_new_format() {
    let dir = temp_dir();
    let saved = dir.path().join("omgezet.kraljic.ron");
    let mut harness = app(
        Some(PathBuf::from("tests/data/nmd-2022-format-v2.kraljic.ron")),
        ScriptedDialogs {
            save: vec![Some(saved.clone())],
            ..ScriptedDialogs::default()
        },
    );
    let Some(Modal::Message { text, is_error, .. }) = harness.state().modal().cloned() else {
        panic!("expected a note about the conversion");
    };
    assert!(!is_error);
    assert!(text.contains("bestandsversie 2"), "{text}");
    harness.get_by_label("OK").click();
    harness.run();
    assert_eq!(harness.state().workshop().lots.len(), 29);
    ctrl_shift(&mut harness, egui::Key::S);
    let written = std::fs::read_to_string(&saved).expect("saved");
    assert!(written.contains("format_version: 8,"));
    assert_eq!(
        format::load_path(&saved).expect("loads").migrated_from,
        None
    );
}

#[test]
fn reopening_a_file_selects_the_lot_last_selected_in_it() {
    let dir = temp_dir();
    let nmd = dir.path().join("nmd.kraljic.ron");
    let other = dir.path().join("rivierenland.kraljic.ron");
    std::fs::copy(harness::NMD, &nmd).expect("copy");
    std::fs::copy("workshops/rivierenland-2019.kraljic.ron", &other).expect("copy");
    let mut harness = app(Some(nmd.clone()), ScriptedDialogs::default());
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    let chosen = harness.state().view.selected.expect("selected");
    harness.state_mut().open_path(other);
    harness.run();
    assert_ne!(harness.state().view.selected, Some(chosen));
    harness.state_mut().open_path(nmd);
    harness.run();
    assert_eq!(harness.state().view.selected, Some(chosen));
}

#[test]
fn a_file_opened_over_the_example_is_drawn_with_its_own_lots() {
    // The example, unchanged, and then another workshop: its matrix, not the example's.
    let mut harness = app(
        None,
        ScriptedDialogs {
            open: vec![Some(PathBuf::from(
                "workshops/rivierenland-2019.kraljic.ron",
            ))],
            ..ScriptedDialogs::default()
        },
    );
    assert!(!harness.state().view.drawn.plotted.is_empty());
    ctrl(&mut harness, egui::Key::O);
    assert_eq!(harness.state().workshop().lots.len(), 13);
    // Rivierenland is not scored yet: nothing on the matrix, no markers kept from before.
    assert!(harness.state().view.drawn.plotted.is_empty());
    assert!(
        harness
            .state()
            .view
            .drawn
            .plot_cache
            .label_spots()
            .iter()
            .all(Option::is_none),
        "no labels of the example's lots"
    );
    // The welcome names this example, not NMD's.
    harness.get_by_label_contains(
        "Dit is een voorbeeld: Segmenten en markt 2019 (Regio Rivierenland)",
    );
}
