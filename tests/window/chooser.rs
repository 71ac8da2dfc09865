//! Saving is never silent: on a desktop where no system file dialog can appear, every file
//! question goes through the built-in chooser, flows go on after it closes, an existing file is
//! never replaced without asking, and a system dialog that fails says so.

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kraljic_workshop::format;
use kraljic_workshop::model::Level;
use kraljic_workshop::ui::KraljicApp;
use kraljic_workshop::ui::dialogs::file_chooser::ChooserMode;
use kraljic_workshop::ui::dialogs::{Modal, Pending};
use kraljic_workshop::ui::document::Origin;
use kraljic_workshop::ui::file_dialog::{FileDialogs, FileKind};

use super::harness::{app_with_dialogs, app_without_system_dialog, ctrl, plain_keys_in_one_frame};

/// Types `path` into the chooser's path field (replacing what is there) and presses Enter.
fn choose(harness: &mut Harness<'static, KraljicApp>, path: &Path) {
    let field = harness.get_by_label("Bestand:");
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_label("Bestand:")
        .type_text(&path.display().to_string());
    harness.run();
    harness.key_press(Key::Enter);
    // An export started by the choice ticks until it is done: a few frames, not "until idle".
    harness.run_steps(3);
    // A file read on a worker (a spreadsheet, a copy, an earlier round): until it is there.
    while harness.state().sheet_read().is_some() {
        std::thread::sleep(std::time::Duration::from_millis(5));
        harness.step();
    }
}

fn chooser(harness: &Harness<'static, KraljicApp>) -> Option<(ChooserMode, FileKind)> {
    harness.state().file_chooser().map(|c| (c.mode(), c.kind()))
}

#[test]
fn ctrl_s_on_the_example_asks_in_the_built_in_chooser_and_saves_where_typed() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = app_without_system_dialog(None);
    assert_eq!(harness.state().document().origin(), &Origin::Example);
    plain_keys_in_one_frame(&mut harness, &[Key::N, Key::Num3, Key::Num3, Key::Num3]);
    let lot = harness.state().view.selected.expect("selected");
    ctrl(&mut harness, Key::S);
    assert_eq!(
        chooser(&harness),
        Some((ChooserMode::Save, FileKind::Workshop))
    );
    // The name is typed without its extension; the chooser adds it.
    let path = dir.path().join("mijn-sessie");
    choose(&mut harness, &path);
    let saved = dir.path().join("mijn-sessie.kraljic.ron");
    assert!(chooser(&harness).is_none(), "the chooser closed");
    let workshop = format::load_path(&saved).expect("saved").workshop;
    let scores = workshop.lot(lot).expect("lot").scores;
    assert_eq!(scores.levels(), [Some(Level::High); 3]);
    assert!(
        harness
            .state()
            .window_title()
            .starts_with("mijn-sessie.kraljic.ron"),
        "{}",
        harness.state().window_title()
    );
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn open_import_and_export_go_through_the_same_chooser_with_their_kinds() {
    let dir = tempfile::tempdir().expect("dir");
    let other = dir.path().join("rivierenland.kraljic.ron");
    std::fs::copy("workshops/rivierenland-2019.kraljic.ron", &other).expect("copy");
    let mut harness = app_without_system_dialog(None);

    ctrl(&mut harness, Key::O);
    assert_eq!(
        chooser(&harness),
        Some((ChooserMode::Open, FileKind::Workshop))
    );
    choose(&mut harness, &other);
    assert_eq!(
        harness.state().document().origin(),
        &Origin::File(other.clone())
    );

    ctrl(&mut harness, Key::I);
    assert_eq!(
        chooser(&harness),
        Some((ChooserMode::Open, FileKind::Spreadsheet))
    );
    harness.get_by_label("Annuleren").click();
    harness.run();
    assert!(chooser(&harness).is_none(), "cancelled");

    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run(&ctx, kraljic_workshop::ui::Command::ExportCsv);
    harness.run();
    assert_eq!(
        chooser(&harness),
        Some((ChooserMode::Save, FileKind::Export("csv")))
    );
    let csv = dir.path().join("portfolio");
    choose(&mut harness, &csv);
    let csv = dir.path().join("portfolio.csv");
    for _ in 0..50 {
        if harness.state().modal().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.run_steps(2);
    }
    let text = std::fs::read_to_string(&csv).expect("exported");
    assert!(text.starts_with("rank,lot"), "{text}");
}

#[test]
fn save_then_open_goes_on_after_the_chooser_and_stops_when_it_is_cancelled() {
    let dir = tempfile::tempdir().expect("dir");
    let other = dir.path().join("rivierenland.kraljic.ron");
    std::fs::copy("workshops/rivierenland-2019.kraljic.ron", &other).expect("copy");
    let mut harness = app_without_system_dialog(None);
    harness.get_by_label("Omschakeling: 3 Hoog").click();
    harness.run();
    let edited = harness.state().workshop().clone();

    // Cancelled at the save: nothing saved, nothing opened, the work is still there.
    ctrl(&mut harness, Key::O);
    assert_eq!(
        harness.state().modal(),
        Some(&Modal::Unsaved(Pending::Open(None)))
    );
    harness.get_by_label("Opslaan").click();
    harness.run();
    assert_eq!(
        chooser(&harness),
        Some((ChooserMode::Save, FileKind::Workshop))
    );
    harness.get_by_label("Annuleren").click();
    harness.run();
    assert!(chooser(&harness).is_none());
    assert_eq!(harness.state().workshop(), &edited);
    assert!(harness.state().document().is_dirty());

    // Saved: then the open goes on, in a chooser of its own.
    ctrl(&mut harness, Key::O);
    harness.get_by_label("Opslaan").click();
    harness.run();
    let saved = dir.path().join("bewaard.kraljic.ron");
    choose(&mut harness, &saved);
    assert_eq!(format::load_path(&saved).expect("saved").workshop, edited);
    assert_eq!(
        chooser(&harness),
        Some((ChooserMode::Open, FileKind::Workshop))
    );
    choose(&mut harness, &other);
    assert_eq!(harness.state().document().origin(), &Origin::File(other));
}

#[test]
fn an_existing_file_is_replaced_only_after_asking() {
    let dir = tempfile::tempdir().expect("dir");
    let existing = dir.path().join("bestaand.kraljic.ron");
    std::fs::write(&existing, "niet overschrijven").expect("file");
    let mut harness = app_without_system_dialog(None);
    ctrl(&mut harness, Key::S);
    choose(&mut harness, &existing);
    harness.get_by_label_contains("Dit bestand bestaat al");
    harness.get_by_label("Andere naam kiezen").click();
    harness.run();
    assert_eq!(
        std::fs::read_to_string(&existing).expect("read"),
        "niet overschrijven"
    );
    assert!(chooser(&harness).is_some(), "back to choosing");
    choose(&mut harness, &existing);
    harness.get_by_label("Vervangen").click();
    harness.run();
    assert!(chooser(&harness).is_none());
    format::load_path(&existing).expect("a workshop now");
}

/// A system dialog that can appear but then fails (as rfd does without portal or zenity).
struct FailingDialogs;

impl FileDialogs for FailingDialogs {
    fn pick_open(&mut self, _kind: FileKind) -> Option<PathBuf> {
        None
    }

    fn pick_save(&mut self, _kind: FileKind, _suggested: &str) -> Option<PathBuf> {
        None
    }

    fn failed(&mut self) -> bool {
        true
    }
}

#[test]
fn a_failing_system_dialog_says_so_and_the_built_in_chooser_takes_over() {
    let mut harness = app_with_dialogs(Box::new(FailingDialogs));
    ctrl(&mut harness, Key::S);
    let Some(Modal::Message {
        title, is_error, ..
    }) = harness.state().modal().cloned()
    else {
        panic!("no message: {:?}", harness.state().modal());
    };
    assert!(is_error);
    assert!(title.contains("bestandsvenster"), "{title}");
    assert_eq!(
        chooser(&harness),
        Some((ChooserMode::Save, FileKind::Workshop))
    );
}

#[test]
fn an_example_from_the_program_s_folder_opens_as_a_template() {
    let mut harness = app_without_system_dialog(None);
    let example = std::fs::canonicalize("workshops/rivierenland-2019.kraljic.ron").expect("path");
    let before = std::fs::read(&example).expect("read");
    harness.state_mut().open_path(example.clone());
    harness.run();
    assert_eq!(harness.state().document().origin(), &Origin::Example);
    assert_eq!(harness.state().workshop().lots.len(), 13);
    harness.get_by_label("Omschakeling: 3 Hoog").click();
    harness.run();
    ctrl(&mut harness, Key::S);
    assert_eq!(
        chooser(&harness),
        Some((ChooserMode::Save, FileKind::Workshop)),
        "saving asks for a new file"
    );
    assert_ne!(
        harness
            .state()
            .file_chooser()
            .map(|c| c.dir().to_path_buf()),
        example.parent().map(Path::to_path_buf),
        "not in the program's folder"
    );
    assert_eq!(std::fs::read(&example).expect("read"), before);
}

#[test]
fn the_enter_that_chooses_a_file_does_not_also_close_the_message_that_follows() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("nmd.kraljic.ron");
    std::fs::copy("workshops/nmd-2022.kraljic.ron", &path).expect("copy");
    let mut harness = app_without_system_dialog(Some(path.clone()));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run(&ctx, kraljic_workshop::ui::Command::MergeCopy);
    harness.run();
    // The open file itself: refused in one sentence, which stays until it is read.
    choose(&mut harness, &path);
    harness.run();
    let Some(Modal::Message { text, .. }) = harness.state().modal().cloned() else {
        panic!("the refusal is shown");
    };
    assert!(text.contains("al open"), "{text}");
}

#[test]
fn a_click_beside_the_chooser_does_not_throw_the_choice_away() {
    let mut harness = app_without_system_dialog(None);
    harness.get_by_label("Omschakeling: 3 Hoog").click();
    harness.run();
    ctrl(&mut harness, Key::S);
    assert!(chooser(&harness).is_some());
    let beside = egui::pos2(5.0, 700.0);
    harness.hover_at(beside);
    harness.event(egui::Event::PointerButton {
        pos: beside,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: beside,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    assert!(chooser(&harness).is_some(), "still open");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(chooser(&harness).is_none(), "Esc closes it");
}
