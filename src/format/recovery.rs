//! The recovery file: the unsaved work of a running window, written a moment after every change
//! to the user's data folder (never next to the user's file), so a crash or a kill loses at most
//! the last two seconds. Each running window has its own file (`recovery-PID.kraljic.ron`); a
//! clean exit removes it, so a file of a process that no longer runs is work to offer back.
//!
//! The file is an ordinary workshop file with one comment line on top saying when it was
//! written and which file the work belongs to.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::{LoadError, load_str, to_text, write_atomically_without_backup};
use crate::model::Workshop;

const PREFIX: &str = "recovery-";
const SUFFIX: &str = ".kraljic.ron";
const HEADER: &str = "// Kraljic Workshop recovery:";

/// Unsaved work found in the data folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovered {
    /// The recovery file.
    pub path: PathBuf,
    /// The work.
    pub workshop: Workshop,
    /// When it was written (seconds since 1970).
    pub saved_at: u64,
    /// The user's file the work belongs to, if it had one.
    pub origin: Option<PathBuf>,
}

/// A recovery file that could not be read: it is kept aside and reported.
#[derive(Debug)]
pub struct BrokenRecovery {
    /// Where it was moved to.
    pub path: PathBuf,
    /// Why it could not be read.
    pub error: LoadError,
}

/// The recovery files of one data folder.
#[derive(Clone, Debug)]
pub struct RecoveryStore {
    dir: PathBuf,
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn pid_of(name: &str) -> Option<u32> {
    name.strip_prefix(PREFIX)?
        .strip_suffix(SUFFIX)?
        .parse()
        .ok()
}

fn process_runs(pid: u32) -> bool {
    // Where it cannot be told, only this process counts as running.
    super::process::runs(pid).unwrap_or(false)
}

impl RecoveryStore {
    /// The store in a folder (created when first written).
    pub fn new(dir: PathBuf) -> RecoveryStore {
        RecoveryStore { dir }
    }

    /// This process's recovery file.
    pub fn own_file(&self) -> PathBuf {
        self.dir
            .join(format!("{PREFIX}{}{SUFFIX}", std::process::id()))
    }

    /// Writes the unsaved work of this process atomically.
    pub fn write(&self, workshop: &Workshop, origin: Option<&Path>) -> io::Result<()> {
        fs::create_dir_all(&self.dir)?;
        let text = to_text(workshop).map_err(|e| io::Error::other(e.to_string()))?;
        let origin = origin.map_or(String::new(), |p| p.to_string_lossy().replace('\n', " "));
        let body = format!("{HEADER} saved={} origin={origin}\n{text}", now());
        write_atomically_without_backup(&self.own_file(), body.as_bytes())
    }

    /// Removes this process's recovery file (after a save or a clean exit).
    pub fn clear(&self) -> io::Result<()> {
        match fs::remove_file(self.own_file()) {
            Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
            _ => Ok(()),
        }
    }

    /// The work left by windows that no longer run, newest first. Files that cannot be read
    /// are renamed to `.broken` (so they are not offered again) and returned separately.
    pub fn left_behind(&self) -> (Vec<Recovered>, Vec<BrokenRecovery>) {
        let mut found = Vec::new();
        let mut broken = Vec::new();
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return (found, broken);
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(pid) = pid_of(&name) else { continue };
            if process_runs(pid) {
                continue;
            }
            let path = entry.path();
            match read_recovery(&path) {
                Ok(recovered) => found.push(recovered),
                Err(error) => {
                    let aside = path.with_extension("broken");
                    if let Err(e) = fs::rename(&path, &aside) {
                        log::warn!("could not move {} aside: {e}", path.display());
                    }
                    broken.push(BrokenRecovery { path: aside, error });
                }
            }
        }
        found.sort_by_key(|r| std::cmp::Reverse(r.saved_at));
        (found, broken)
    }
}

fn read_recovery(path: &Path) -> Result<Recovered, LoadError> {
    let text = fs::read_to_string(path).map_err(|source| LoadError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let header = text.lines().next().unwrap_or_default();
    let mut saved_at = 0;
    let mut origin = None;
    if let Some(rest) = header.strip_prefix(HEADER) {
        let rest = rest.trim();
        if let Some((saved, o)) = rest.split_once(" origin=") {
            saved_at = saved.trim_start_matches("saved=").parse().unwrap_or(0);
            origin = Some(o).filter(|o| !o.is_empty()).map(PathBuf::from);
        }
    }
    let loaded = load_str(&text)?;
    Ok(Recovered {
        path: path.to_path_buf(),
        workshop: loaded.workshop,
        saved_at,
        origin,
    })
}

/// Removes a recovery file the user has dealt with (restored or thrown away).
pub fn discard(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::default_workshop;

    #[test]
    fn own_work_is_not_offered_but_a_dead_process_work_is() {
        let dir = tempfile::tempdir().expect("dir");
        let store = RecoveryStore::new(dir.path().join("data"));
        let mut workshop = default_workshop().expect("example").workshop;
        workshop.title = "Werk in uitvoering".into();
        store
            .write(&workshop, Some(Path::new("/share/nmd.kraljic.ron")))
            .expect("writes");
        assert!(store.left_behind().0.is_empty(), "this process still runs");

        // The same file under the pid of a process that has ended.
        let mut ended = std::process::Command::new("true").spawn().expect("runs");
        ended.wait().expect("ends");
        let dead = dir
            .path()
            .join("data")
            .join(format!("{PREFIX}{}{SUFFIX}", ended.id()));
        fs::rename(store.own_file(), &dead).expect("rename");
        let (found, broken) = store.left_behind();
        assert!(broken.is_empty());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].workshop, workshop);
        assert_eq!(
            found[0].origin.as_deref(),
            Some(Path::new("/share/nmd.kraljic.ron"))
        );
        assert!(now() - found[0].saved_at < 60);
        discard(&found[0].path).expect("discard");
        assert!(store.left_behind().0.is_empty());
    }

    #[test]
    fn a_broken_recovery_file_is_put_aside_and_reported() {
        let dir = tempfile::tempdir().expect("dir");
        let store = RecoveryStore::new(dir.path().to_path_buf());
        let mut ended = std::process::Command::new("true").spawn().expect("runs");
        ended.wait().expect("ends");
        let dead = dir.path().join(format!("{PREFIX}{}{SUFFIX}", ended.id()));
        fs::write(
            &dead,
            "// Kraljic Workshop recovery: saved=1 origin=\n(format_version: 3, title: ",
        )
        .expect("write");
        let (found, broken) = store.left_behind();
        assert!(found.is_empty());
        assert_eq!(broken.len(), 1);
        assert!(broken[0].path.to_string_lossy().ends_with(".broken"));
        assert!(store.left_behind().1.is_empty(), "reported once");
    }
}
