//! Saving is atomic, keeps a backup, and leaves the original untouched when it fails.

use std::fs;

use kraljic_workshop::examples::{NMD_2022, RIVIERENLAND_2019};
use kraljic_workshop::format::{backup_path, load_path, load_str, save_path};
use kraljic_workshop::locale::Lang;
use kraljic_workshop::model::{Level, LotId};

fn list(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn save_then_open_gives_the_same_workshop_and_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("nmd.kraljic.ron");
    let mut workshop = load_str(NMD_2022).expect("loads").workshop;
    save_path(&workshop, &path).expect("first save");
    assert_eq!(fs::read_to_string(&path).expect("read"), NMD_2022);
    assert!(
        !backup_path(&path).exists(),
        "no backup of a file that did not exist"
    );

    let lot = workshop.lot_mut(LotId(26)).expect("Time-out");
    lot.scores.impact = Some(Level::High);
    lot.notes = "Meenemen in de aanbesteding \"Verblijf\"; besluit 12-03.".into();
    save_path(&workshop, &path).expect("second save");
    assert_eq!(load_path(&path).expect("reopens").workshop, workshop);
    assert_eq!(
        fs::read_to_string(backup_path(&path)).expect("backup"),
        NMD_2022
    );
    assert_eq!(list(dir.path()), ["nmd.kraljic.ron", "nmd.kraljic.ron.bak"]);
}

#[test]
fn a_failed_save_leaves_the_original_and_no_debris() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("nmd.kraljic.ron");
    fs::write(&path, NMD_2022).expect("original");
    // A folder where the backup must go makes the save fail half-way, even for root.
    fs::create_dir(backup_path(&path)).expect("blocking folder");
    fs::write(backup_path(&path).join("keep"), b"x").expect("non-empty");

    let other = load_str(RIVIERENLAND_2019).expect("loads").workshop;
    let error = save_path(&other, &path).expect_err("save must fail");
    assert_eq!(fs::read_to_string(&path).expect("read"), NMD_2022);
    assert_eq!(list(dir.path()), ["nmd.kraljic.ron", "nmd.kraljic.ron.bak"]);
    let message = error.describe(Lang::Dutch);
    assert!(message.contains("niet gewijzigd"), "{message}");
}

#[test]
fn saving_into_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("no-such-folder").join("w.kraljic.ron");
    let workshop = load_str(NMD_2022).expect("loads").workshop;
    let error = save_path(&workshop, &path).expect_err("no folder");
    assert!(
        error.describe(Lang::English).contains("does not exist"),
        "{error}"
    );
    assert!(list(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_keeps_the_original() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("nmd.kraljic.ron");
    fs::write(&path, NMD_2022).expect("original");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).expect("chmod");
    let workshop = load_str(RIVIERENLAND_2019).expect("loads").workshop;
    let result = save_path(&workshop, &path);
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod back");
    // Root may write anyway; whatever happened, the file holds one whole version.
    let now = fs::read_to_string(&path).expect("read");
    match result {
        Err(_) => assert_eq!(now, NMD_2022),
        Ok(()) => assert_eq!(load_str(&now).expect("valid").workshop, workshop),
    }
}
