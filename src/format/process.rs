//! Whether a process of this machine still runs. A lock, a recovery file or a temporary file
//! names the process that made it; when that process has ended (a crash), the lock may be taken
//! over, the work is offered back, and the temporary file is cleared.

/// `Some(true)` when a process with this id runs here, `Some(false)` when none does, `None`
/// where this platform cannot tell.
pub fn runs(pid: u32) -> Option<bool> {
    if pid == std::process::id() {
        return Some(true);
    }
    platform_runs(pid)
}

#[cfg(target_os = "linux")]
fn platform_runs(pid: u32) -> Option<bool> {
    Some(std::path::Path::new(&format!("/proc/{pid}")).exists())
}

/// Windows has no `/proc`: ask the system for this one process (sysinfo, which calls the
/// Windows API; this crate forbids the `unsafe` that calling it directly would need).
#[cfg(windows)]
fn platform_runs(pid: u32) -> Option<bool> {
    use sysinfo::{Pid, ProcessRefreshKind, ProcessesToUpdate, System};
    let mut system = System::new().ok()?;
    let pid = Pid::from_u32(pid);
    system.refresh_processes_specifics(
        ProcessesToUpdate::Some(&[pid]),
        true,
        ProcessRefreshKind::nothing(),
    );
    Some(system.process(pid).is_some())
}

#[cfg(not(any(target_os = "linux", windows)))]
fn platform_runs(_pid: u32) -> Option<bool> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_runs_and_a_finished_child_does_not() {
        assert_eq!(runs(std::process::id()), Some(true));
        let child = std::process::Command::new(std::env::current_exe().expect("test binary"))
            .arg("--list")
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("a child process");
        let pid = child.id();
        let mut child = child;
        child.wait().expect("it ends");
        if cfg!(any(target_os = "linux", windows)) {
            assert_eq!(runs(pid), Some(false));
        }
    }
}
