//! A lock file next to an open workshop file, so a second copy of the program (on this machine
//! or a colleague's, through a shared drive) knows the file is being edited.
//!
//! The lock is `.NAME.lock` in the same folder and says who, where and since when. A lock of a
//! process on this machine that no longer runs is stale (a crash) and is taken over. A lock of
//! another machine cannot be checked: the user decides, with its age shown.

use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// Who holds a lock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockInfo {
    /// User name.
    pub user: String,
    /// Machine name.
    pub host: String,
    /// Process id on that machine.
    pub pid: u32,
    /// Seconds since 1970 when the lock was taken.
    pub since: u64,
}

impl LockInfo {
    /// This process, now.
    pub fn ours() -> LockInfo {
        LockInfo {
            user: user_name(),
            host: host_name(),
            pid: std::process::id(),
            since: now(),
        }
    }

    /// The lock file's text.
    pub fn to_text(&self) -> String {
        format!(
            "kraljic-workshop lock\nuser={}\nhost={}\npid={}\nsince={}\n",
            one_line(&self.user),
            one_line(&self.host),
            self.pid,
            self.since
        )
    }

    fn parse(text: &str) -> Option<LockInfo> {
        let mut lines = text.lines();
        if lines.next()? != "kraljic-workshop lock" {
            return None;
        }
        let mut info = LockInfo {
            user: String::new(),
            host: String::new(),
            pid: 0,
            since: 0,
        };
        for line in lines {
            match line.split_once('=')? {
                ("user", v) => info.user = v.to_string(),
                ("host", v) => info.host = v.to_string(),
                ("pid", v) => info.pid = v.parse().ok()?,
                ("since", v) => info.since = v.parse().ok()?,
                _ => {}
            }
        }
        Some(info)
    }

    /// Seconds since the lock was taken.
    pub fn age_seconds(&self) -> u64 {
        now().saturating_sub(self.since)
    }
}

fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn user_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "?".to_string())
}

fn host_name() -> String {
    fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| fs::read_to_string("/etc/hostname"))
        .map(|s| s.trim().to_string())
        .ok()
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "?".to_string())
}

/// True when a process with this id runs on this machine (always true where that cannot be
/// told, so a lock is never wrongly taken over).
fn process_runs(pid: u32) -> bool {
    super::process::runs(pid).unwrap_or(true)
}

/// The lock file of a workshop file.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".lock");
    path.with_file_name(name)
}

/// What the lock of a file says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockState {
    /// Nobody holds it.
    Free,
    /// This process holds it.
    Ours,
    /// Another running program holds it (or one on another machine, which cannot be checked).
    Held(LockInfo),
    /// A program on this machine that no longer runs held it: left by a crash.
    Stale(LockInfo),
}

/// Reads the lock of a workshop file. An unreadable lock file counts as held by an unknown
/// program, so it is never silently overridden.
pub fn lock_state(path: &Path) -> LockState {
    let text = match fs::read_to_string(lock_path(path)) {
        Ok(text) => text,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return LockState::Free,
        Err(_) => String::new(),
    };
    let Some(info) = LockInfo::parse(&text) else {
        return LockState::Held(LockInfo {
            user: "?".into(),
            host: "?".into(),
            pid: 0,
            since: 0,
        });
    };
    let here = host_name();
    if info.host == here && info.pid == std::process::id() {
        LockState::Ours
    } else if info.host == here && !process_runs(info.pid) {
        LockState::Stale(info)
    } else {
        LockState::Held(info)
    }
}

/// A lock held by this process; dropping it removes the lock file if it is still ours.
#[derive(Debug)]
pub struct FileLock {
    path: PathBuf,
}

impl FileLock {
    /// Takes the lock of a workshop file (replacing whatever lock is there: the caller has
    /// checked [`lock_state`] and asked the user).
    pub fn take(path: &Path) -> io::Result<FileLock> {
        let lock = lock_path(path);
        super::write_atomically_without_backup(&lock, LockInfo::ours().to_text().as_bytes())?;
        Ok(FileLock { path: lock })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let ours = fs::read_to_string(&self.path)
            .ok()
            .and_then(|t| LockInfo::parse(&t))
            .is_some_and(|i| i.pid == std::process::id() && i.host == host_name());
        if ours && let Err(error) = fs::remove_file(&self.path) {
            log::warn!("could not remove the lock {}: {error}", self.path.display());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_is_ours_until_dropped() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("w.kraljic.ron");
        assert_eq!(lock_state(&file), LockState::Free);
        let lock = FileLock::take(&file).expect("locks");
        assert_eq!(lock.path(), dir.path().join(".w.kraljic.ron.lock"));
        assert_eq!(lock_state(&file), LockState::Ours);
        drop(lock);
        assert_eq!(lock_state(&file), LockState::Free);
    }

    #[test]
    fn a_lock_of_a_running_process_is_held_and_of_an_ended_one_stale() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("w.kraljic.ron");
        let mut child = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .expect("sleep runs");
        let info = LockInfo {
            pid: child.id(),
            ..LockInfo::ours()
        };
        fs::write(lock_path(&file), info.to_text()).expect("write");
        assert_eq!(lock_state(&file), LockState::Held(info.clone()));
        child.kill().expect("kill");
        child.wait().expect("wait");
        assert_eq!(lock_state(&file), LockState::Stale(info));
        // Another machine's lock cannot be checked: held.
        let far = LockInfo {
            host: "elders".into(),
            pid: 1,
            ..LockInfo::ours()
        };
        fs::write(lock_path(&file), far.to_text()).expect("write");
        assert_eq!(lock_state(&file), LockState::Held(far));
        fs::write(lock_path(&file), "rubbish").expect("write");
        assert!(matches!(lock_state(&file), LockState::Held(_)));
    }

    #[test]
    fn lock_text_round_trips_and_keeps_to_one_line_per_field() {
        let info = LockInfo {
            user: "an\nna".into(),
            host: "pc-7".into(),
            pid: 42,
            since: 1_700_000_000,
        };
        let parsed = LockInfo::parse(&info.to_text()).expect("parses");
        assert_eq!(parsed.user, "an na");
        assert_eq!((parsed.pid, parsed.since), (42, 1_700_000_000));
    }
}
