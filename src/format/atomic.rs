//! Atomic file replacement with a backup of the previous version.

use std::ffi::OsString;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// Where the previous version of `path` is kept: the same name with `.bak` added.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(OsString::from).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// A fresh temporary name in the same folder as `path`.
fn temporary_path(path: &Path, purpose: &str) -> PathBuf {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut name = OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(format!(".{purpose}-{}-{n}.tmp", std::process::id()));
    path.with_file_name(name)
}

/// Writes `bytes` to a new temporary file next to `path`, flushed and synced to disk.
fn write_temporary(path: &Path, purpose: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    let temporary = temporary_path(path, purpose);
    let result = (|| {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        hide_dot_file(&mut options, path);
        let mut file = options.open(&temporary)?;
        file.write_all(bytes)?;
        file.flush()?;
        file.sync_all()
    })();
    match result {
        Ok(()) => Ok(temporary),
        Err(error) => {
            remove_leftover(&temporary);
            Err(error)
        }
    }
}

/// On Windows a file whose name starts with a dot (the lock `.NAME.lock`, temporary files) is
/// not hidden by its name as on Linux and macOS: give it the hidden attribute, as Office does
/// with its `~$` owner files. The attribute survives the rename over the final name.
#[cfg(windows)]
fn hide_dot_file(options: &mut OpenOptions, path: &Path) {
    use std::os::windows::fs::OpenOptionsExt;
    const FILE_ATTRIBUTE_HIDDEN: u32 = 0x2;
    let dotted = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'));
    if dotted {
        options.attributes(FILE_ATTRIBUTE_HIDDEN);
    }
}

#[cfg(not(windows))]
fn hide_dot_file(_options: &mut OpenOptions, _path: &Path) {}

/// Removes a temporary file after a failure; the failure itself is reported by the caller,
/// a failing clean-up is logged.
fn remove_leftover(path: &Path) {
    if let Err(error) = fs::remove_file(path)
        && error.kind() != io::ErrorKind::NotFound
    {
        log::warn!(
            "could not remove temporary file {}: {error}",
            path.display()
        );
    }
}

/// Renames `from` over `to`, removing `from` if that fails.
fn replace(from: &Path, to: &Path) -> io::Result<()> {
    fs::rename(from, to).inspect_err(|_| remove_leftover(from))
}

/// Replaces the file at `path` with `bytes` so that, whatever happens, `path` holds either the
/// old or the new content in full.
///
/// The new content goes to a temporary file in the same folder, is flushed and synced, and is
/// then renamed over `path`. If `path` existed, its previous content is first copied to
/// [`backup_path`] (also via a temporary file and a rename). A symbolic link is followed, so the
/// file it points to is replaced and the link stays. When anything fails, `path` is unchanged and
/// no temporary file is left behind.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(path)?,
        _ => path.to_path_buf(),
    };
    let previous = match fs::read(&target) {
        Ok(previous) => Some(previous),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(error),
    };
    let permissions = fs::metadata(&target).ok().map(|m| m.permissions());

    let new_file = write_temporary(&target, "new", bytes)?;
    if let Some(permissions) = permissions
        && let Err(error) = fs::set_permissions(&new_file, permissions)
    {
        remove_leftover(&new_file);
        return Err(error);
    }
    if let Some(previous) = previous {
        let backup = backup_path(&target);
        let saved_backup = write_temporary(&target, "backup", &previous)
            .and_then(|temporary| replace(&temporary, &backup));
        if let Err(error) = saved_backup {
            remove_leftover(&new_file);
            return Err(error);
        }
    }
    replace(&new_file, &target)?;
    sync_folder(&target);
    remove_stale_temporaries(&target);
    Ok(())
}

/// Removes temporary files of `path` left by a save that was killed half-way: those of a
/// process that no longer runs (or, where that cannot be told, older than a day).
fn remove_stale_temporaries(path: &Path) {
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file_name
            .strip_prefix(&prefix)
            .and_then(|r| r.strip_suffix(".tmp"))
        else {
            continue;
        };
        // `new-PID-N` or `backup-PID-N`.
        let pid = rest.split('-').nth(1).and_then(|p| p.parse::<u32>().ok());
        // Its process has ended; where that cannot be told, it is a day old.
        let stale = match pid.and_then(super::process::runs) {
            Some(running) => !running,
            None => entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 24 * 3600),
        };
        if stale {
            remove_leftover(&entry.path());
        }
    }
}

/// Replaces the file at `path` with `bytes` atomically, without keeping a backup (for small
/// files of the program's own, such as locks and the recovery file).
pub fn write_atomically_without_backup(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let new_file = write_temporary(path, "new", bytes)?;
    replace(&new_file, path)?;
    sync_folder(path);
    Ok(())
}

/// Makes the rename itself durable where the platform allows it.
fn sync_folder(path: &Path) {
    #[cfg(unix)]
    {
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if let Err(error) = fs::File::open(folder).and_then(|f| f.sync_all()) {
            log::warn!("could not sync folder {}: {error}", folder.display());
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_name_adds_bak() {
        assert_eq!(
            backup_path(Path::new("/a/nmd.kraljic.ron")),
            PathBuf::from("/a/nmd.kraljic.ron.bak")
        );
    }

    #[test]
    fn writes_new_files_and_keeps_a_backup() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("w.kraljic.ron");
        write_atomically(&path, b"one").expect("first save");
        assert_eq!(fs::read(&path).expect("read"), b"one");
        assert!(!backup_path(&path).exists());
        write_atomically(&path, b"two").expect("second save");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        assert_eq!(fs::read(backup_path(&path)).expect("backup"), b"one");
        let names: Vec<_> = fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names.len(), 2, "no temporary files left: {names:?}");
    }

    #[cfg(unix)]
    #[test]
    fn follows_symbolic_links() {
        let dir = tempfile::tempdir().expect("temp dir");
        let real = dir.path().join("real.kraljic.ron");
        let link = dir.path().join("link.kraljic.ron");
        fs::write(&real, b"old").expect("write");
        std::os::unix::fs::symlink(&real, &link).expect("symlink");
        write_atomically(&link, b"new").expect("save through link");
        assert!(
            fs::symlink_metadata(&link)
                .expect("meta")
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).expect("read"), b"new");
    }
}
