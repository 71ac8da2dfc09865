//! Autosave and recovery: the app process is killed after edits (SIGKILL, no chance to clean
//! up), and the next start offers the work back with every edit in it, while the user's own
//! file was never written.
//!
//! The killed app is this test binary itself, running the ignored test `recovery_child`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use kraljic_workshop::format::recovery::RecoveryStore;
use kraljic_workshop::format::{load_path, load_str, save_path};
use kraljic_workshop::model::{Answer, AnswerValue, Criterion, Level};
use kraljic_workshop::ui::Edit;
use kraljic_workshop::ui::dialogs::Modal;
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;

use super::harness::{NMD, app_with_recovery};

const CHILD_ENV: &str = "KRALJIC_RECOVERY_CHILD_DIR";

fn wait_for(path: &Path, what: &str) {
    let start = Instant::now();
    while !path.exists() {
        assert!(start.elapsed() < Duration::from_secs(90), "{what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Opens the workshop, edits it in several ways, waits for the autosave, tells the parent what
/// it expects back, then waits to be killed.
#[test]
#[ignore = "run as a child process by killing_the_app_after_edits_loses_no_edit"]
fn recovery_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV).map(PathBuf::from) else {
        return;
    };
    let file = dir.join("nmd.kraljic.ron");
    let data = dir.join("data");
    let mut harness = app_with_recovery(Some(file), ScriptedDialogs::default(), Some(data.clone()));
    // Keyboard scoring of the selected lot, then edits of name, notes, decision and an answer.
    harness.key_press(egui::Key::Num3);
    harness.run();
    let lot = harness.state().workshop().lots[0].id;
    let app = harness.state_mut();
    app.apply_edit(
        Edit::Name(lot, "Huishoudelijke hulp (herzien)".into()),
        None,
    );
    app.apply_edit(
        Edit::Notes(lot, "Twee aanbieders stoppen in 2027".into()),
        None,
    );
    app.apply_edit(
        Edit::AddRecord(kraljic_workshop::model::RecordItem {
            text: "Europese aanbesteding".into(),
            ..kraljic_workshop::model::RecordItem::new(
                kraljic_workshop::model::RecordKind::Decision,
                Some(lot),
            )
        }),
        None,
    );
    app.apply_edit(
        Edit::Answer {
            lot,
            question: "coverage".into(),
            answer: Answer {
                value: AnswerValue::YesNo(true),
                ..Answer::default()
            },
        },
        None,
    );
    let expected = harness.state().workshop().clone();
    assert_eq!(
        expected.lots[0].scores.get(Criterion::Impact),
        Some(Level::High)
    );
    // Frames go on (as in the real window) until the recovery file holds every edit.
    let own = RecoveryStore::new(data).own_file();
    let start = Instant::now();
    loop {
        harness.step();
        let recovered = std::fs::read_to_string(&own)
            .ok()
            .and_then(|t| load_str(&t).ok())
            .map(|l| l.workshop);
        if recovered.as_ref() == Some(&expected) {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the autosave comes"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    save_path(&expected, &dir.join("expected.kraljic.ron")).expect("expected");
    std::fs::write(dir.join("ready"), b"1").expect("ready");
    loop {
        std::thread::sleep(Duration::from_secs(1));
    }
}

#[test]
fn killing_the_app_after_edits_loses_no_edit() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("nmd.kraljic.ron");
    std::fs::copy(NMD, &file).expect("copy");
    let original = std::fs::read(&file).expect("read");
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "recovery::recovery_child",
            "--exact",
            "--ignored",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("child starts");
    wait_for(&dir.path().join("ready"), "the child edits and autosaves");
    child.kill().expect("kill");
    child.wait().expect("reaped");
    assert_eq!(
        std::fs::read(&file).expect("read"),
        original,
        "the user's file was never written"
    );

    let expected = load_path(&dir.path().join("expected.kraljic.ron"))
        .expect("loads")
        .workshop;
    let mut harness = app_with_recovery(
        Some(file.clone()),
        ScriptedDialogs::default(),
        Some(dir.path().join("data")),
    );
    // The killed window's lock is cleared first, with a note; the offer comes after it.
    assert!(
        matches!(harness.state().modal(), Some(Modal::Message { text, .. }) if text.contains("vergrendeling")),
        "{:?}",
        harness.state().modal()
    );
    harness.get_by_label("OK").click();
    harness.run();
    assert!(
        matches!(harness.state().modal(), Some(Modal::Recover(r)) if r.origin.as_deref() == Some(file.as_path()))
    );
    harness.get_by_label_contains("niet netjes afgesloten");
    harness.get_by_label("Herstellen").click();
    harness.run();
    assert_eq!(harness.state().workshop(), &expected, "every edit is back");
    assert!(
        harness.state().document().is_dirty(),
        "restored work is unsaved"
    );
    assert_eq!(harness.state().document().path(), Some(file.as_path()));
    assert_eq!(
        std::fs::read(&file).expect("read"),
        original,
        "still not written"
    );
    // Offered once: the next start finds nothing left behind by the killed window.
    let (left, broken) = RecoveryStore::new(dir.path().join("data")).left_behind();
    assert!(left.is_empty() && broken.is_empty());
}

#[test]
fn the_autosave_comes_within_two_seconds_then_the_window_is_quiet_and_saving_removes_it() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("nmd.kraljic.ron");
    std::fs::copy(NMD, &file).expect("copy");
    let data = dir.path().join("data");
    let mut harness = app_with_recovery(
        Some(file.clone()),
        ScriptedDialogs::default(),
        Some(data.clone()),
    );
    let own = RecoveryStore::new(data).own_file();
    let delay = |h: &egui_kittest::Harness<'_, kraljic_workshop::ui::KraljicApp>| {
        h.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay
    };
    assert_eq!(delay(&harness), Duration::MAX, "nothing to save: quiet");
    let lot = harness.state().workshop().lots[0].id;
    harness
        .state_mut()
        .apply_edit(Edit::Notes(lot, "eerste notitie".into()), None);
    harness.step();
    assert!(
        delay(&harness) <= Duration::from_secs(1),
        "a wake-up is asked for the autosave"
    );
    assert!(!own.exists());
    let edited = Instant::now();
    while !own.exists() {
        assert!(
            edited.elapsed() < Duration::from_secs(2),
            "written within two seconds"
        );
        std::thread::sleep(Duration::from_millis(50));
        harness.step();
    }
    harness.run();
    assert_eq!(delay(&harness), Duration::MAX, "quiet again once written");
    super::harness::ctrl(&mut harness, egui::Key::S);
    harness.run();
    assert!(!own.exists(), "saved work needs no recovery");
}
