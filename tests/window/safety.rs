//! The user's file is never overwritten behind a colleague's back: changed on disk, and open
//! elsewhere (a live lock, and a stale one left by a crash).

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use kraljic_workshop::format::lock::{LockInfo, LockState, lock_path, lock_state};
use kraljic_workshop::format::{load_path, save_path};
use kraljic_workshop::ui::Edit;
use kraljic_workshop::ui::dialogs::Modal;
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;

use super::harness::{NMD, app, ctrl};

fn copy_of_nmd(dir: &Path) -> PathBuf {
    let path = dir.join("nmd.kraljic.ron");
    std::fs::copy(NMD, &path).expect("copy");
    path
}

/// A colleague saves the file with another title.
fn colleague_saves(path: &Path, title: &str) -> kraljic_workshop::model::Workshop {
    let mut theirs = load_path(path).expect("loads").workshop;
    theirs.title = title.into();
    save_path(&theirs, path).expect("save");
    theirs
}

#[test]
fn saving_over_a_colleagues_save_asks_first_and_each_answer_does_what_it_says() {
    let dir = tempfile::tempdir().expect("dir");
    let path = copy_of_nmd(dir.path());
    let copy = dir.path().join("mijn-kopie.kraljic.ron");
    let mut harness = app(
        Some(path.clone()),
        ScriptedDialogs {
            open: vec![],
            save: vec![Some(copy.clone())],
        },
    );
    harness
        .state_mut()
        .apply_edit(Edit::Title("Mijn versie".into()), None);
    let theirs = colleague_saves(&path, "Versie van de collega");

    // Save: asked, nothing written.
    ctrl(&mut harness, egui::Key::S);
    assert!(matches!(harness.state().modal(), Some(Modal::ChangedOnDisk(p)) if *p == path));
    assert_eq!(load_path(&path).expect("loads").workshop, theirs);
    // Save as a copy: the copy has ours, the file keeps theirs.
    harness.get_by_label("Opslaan als kopie\u{2026}").click();
    harness.run();
    assert_eq!(
        load_path(&copy).expect("loads").workshop.title,
        "Mijn versie"
    );
    assert_eq!(load_path(&path).expect("loads").workshop, theirs);
    assert_eq!(harness.state().document().path(), Some(copy.as_path()));
}

#[test]
fn overwrite_and_reload_after_a_colleagues_save() {
    let dir = tempfile::tempdir().expect("dir");
    let path = copy_of_nmd(dir.path());
    let mut harness = app(Some(path.clone()), ScriptedDialogs::default());
    harness
        .state_mut()
        .apply_edit(Edit::Title("Mijn versie".into()), None);
    let theirs = colleague_saves(&path, "Versie van de collega");
    ctrl(&mut harness, egui::Key::S);
    harness
        .get_by_label("Opnieuw openen (uw wijzigingen vervallen)")
        .click();
    harness.run();
    assert_eq!(harness.state().workshop(), &theirs);
    assert!(!harness.state().document().is_dirty());

    harness
        .state_mut()
        .apply_edit(Edit::Title("Mijn tweede versie".into()), None);
    colleague_saves(&path, "Tweede versie van de collega");
    ctrl(&mut harness, egui::Key::S);
    harness.get_by_label("Toch overschrijven").click();
    harness.run();
    assert_eq!(
        load_path(&path).expect("loads").workshop.title,
        "Mijn tweede versie"
    );
    // Saved by us: the next save does not ask.
    harness
        .state_mut()
        .apply_edit(Edit::Title("Derde".into()), None);
    ctrl(&mut harness, egui::Key::S);
    assert!(harness.state().modal().is_none());
    assert_eq!(load_path(&path).expect("loads").workshop.title, "Derde");
}

#[test]
fn a_file_open_elsewhere_opens_read_only_and_saving_asks_for_another_file() {
    let dir = tempfile::tempdir().expect("dir");
    let path = copy_of_nmd(dir.path());
    let mut other = std::process::Command::new("sleep")
        .arg("60")
        .spawn()
        .expect("sleep runs");
    let holder = LockInfo {
        user: "els".into(),
        pid: other.id(),
        ..LockInfo::ours()
    };
    std::fs::write(lock_path(&path), holder.to_text()).expect("lock");
    let copy = dir.path().join("kopie.kraljic.ron");
    let mut harness = app(
        Some(path.clone()),
        ScriptedDialogs {
            open: vec![],
            save: vec![Some(copy.clone())],
        },
    );
    assert!(
        matches!(harness.state().modal(), Some(Modal::Locked { holder: h, .. }) if h.user == "els")
    );
    harness.get_by_label_contains("is geopend door els");
    harness.get_by_label("Alleen lezen").click();
    harness.run();
    assert!(harness.state().document().is_read_only());
    assert!(harness.state().window_title().contains("(alleen lezen)"));
    let original = std::fs::read(&path).expect("read");
    harness
        .state_mut()
        .apply_edit(Edit::Title("Kopie".into()), None);
    ctrl(&mut harness, egui::Key::S);
    assert_eq!(
        std::fs::read(&path).expect("read"),
        original,
        "the locked file is untouched"
    );
    assert_eq!(load_path(&copy).expect("loads").workshop.title, "Kopie");
    assert_eq!(
        lock_state(&path),
        LockState::Held(holder),
        "their lock stays"
    );
    other.kill().expect("kill");
    other.wait().expect("wait");
}

#[test]
fn a_lock_left_by_a_crash_is_cleared_with_a_note() {
    let dir = tempfile::tempdir().expect("dir");
    let path = copy_of_nmd(dir.path());
    let mut ended = std::process::Command::new("true").spawn().expect("runs");
    ended.wait().expect("ends");
    let crashed = LockInfo {
        user: "piet".into(),
        pid: ended.id(),
        ..LockInfo::ours()
    };
    std::fs::write(lock_path(&path), crashed.to_text()).expect("lock");
    let harness = app(Some(path.clone()), ScriptedDialogs::default());
    match harness.state().modal() {
        Some(Modal::Message {
            text,
            is_error: false,
            ..
        }) => {
            assert!(text.contains("niet netjes is afgesloten"), "{text}");
            assert!(text.contains("piet"), "{text}");
        }
        other => panic!("expected a note, got {other:?}"),
    }
    assert_eq!(lock_state(&path), LockState::Ours);
    drop(harness);
    assert_eq!(
        lock_state(&path),
        LockState::Free,
        "closing releases the lock"
    );
}

/// A running process's lock on `path` (a `sleep` stands in for the colleague's program).
fn colleague_locks(path: &Path) -> (std::process::Child, LockInfo) {
    let other = std::process::Command::new("sleep")
        .arg("60")
        .spawn()
        .expect("sleep runs");
    let holder = LockInfo {
        user: "els".into(),
        pid: other.id(),
        ..LockInfo::ours()
    };
    std::fs::write(lock_path(path), holder.to_text()).expect("lock");
    (other, holder)
}

/// Work on `path` left in `data` by a window whose process has ended.
fn left_behind_work(data: &Path, path: &Path) -> kraljic_workshop::model::Workshop {
    let mut workshop = load_path(path).expect("loads").workshop;
    workshop.title = "Herstelde titel".into();
    let store = kraljic_workshop::format::recovery::RecoveryStore::new(data.to_path_buf());
    store.write(&workshop, Some(path)).expect("kept");
    let mut ended = std::process::Command::new("true").spawn().expect("runs");
    let pid = ended.id();
    ended.wait().expect("ended");
    let file = data.join(format!("recovery-{pid}.kraljic.ron"));
    std::fs::rename(store.own_file(), &file).expect("as the ended window's");
    workshop
}

#[test]
fn a_lock_and_recovered_work_at_start_up_are_both_asked_in_turn() {
    let dir = tempfile::tempdir().expect("dir");
    let path = copy_of_nmd(dir.path());
    let data = dir.path().join("data");
    let recovered = left_behind_work(&data, &path);
    let (mut other, holder) = colleague_locks(&path);
    let mut harness = super::harness::app_with_recovery(
        Some(path.clone()),
        ScriptedDialogs::default(),
        Some(data),
    );
    // First the lock question, then (not instead) the recovered work.
    assert!(matches!(
        harness.state().modal(),
        Some(Modal::Locked { restore: None, .. })
    ));
    harness.get_by_label("Alleen lezen").click();
    harness.run();
    assert!(matches!(harness.state().modal(), Some(Modal::Recover(_))));
    assert!(harness.state().document().is_read_only());
    // Restoring asks about the lock again: their lock is not taken.
    harness.get_by_label("Herstellen").click();
    harness.run();
    assert!(matches!(
        harness.state().modal(),
        Some(Modal::Locked {
            restore: Some(_),
            ..
        })
    ));
    harness.get_by_label("Alleen lezen").click();
    harness.run();
    assert_eq!(harness.state().modal(), None);
    assert_eq!(harness.state().workshop(), &recovered);
    assert!(harness.state().document().is_dirty());
    assert!(
        harness.state().document().is_read_only(),
        "saving asks for another file"
    );
    assert_eq!(
        lock_state(&path),
        LockState::Held(holder),
        "their lock stays"
    );
    other.kill().expect("kill");
    other.wait().expect("wait");
}

#[test]
fn restoring_over_a_live_lock_asks_and_cancel_keeps_the_work_for_later() {
    let dir = tempfile::tempdir().expect("dir");
    let path = copy_of_nmd(dir.path());
    let data = dir.path().join("data");
    left_behind_work(&data, &path);
    let mut harness =
        super::harness::app_with_recovery(None, ScriptedDialogs::default(), Some(data.clone()));
    assert!(matches!(harness.state().modal(), Some(Modal::Recover(_))));
    // The colleague opened the file since the crash.
    let (mut other, holder) = colleague_locks(&path);
    harness.get_by_label("Herstellen").click();
    harness.run();
    assert!(
        matches!(harness.state().modal(), Some(Modal::Locked { holder: h, restore: Some(_), .. }) if h.user == "els")
    );
    harness.get_by_label("Annuleren").click();
    harness.run();
    assert_eq!(harness.state().modal(), None);
    assert_eq!(
        lock_state(&path),
        LockState::Held(holder),
        "their lock stays"
    );
    let store = kraljic_workshop::format::recovery::RecoveryStore::new(data);
    assert_eq!(
        store.left_behind().0.len(),
        1,
        "the work is kept for the next start"
    );
    other.kill().expect("kill");
    other.wait().expect("wait");
}
