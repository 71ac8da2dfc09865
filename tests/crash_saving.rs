//! Saving survives being killed at any moment: a child process saves two workshops in turn, in a
//! loop, and is killed (SIGKILL) at random moments, many times. After every kill the file on
//! disk is a whole, valid workshop: the previous one or the next one, never a mix or a stub.
//!
//! The child is this test binary itself, running the ignored test `save_loop_child`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kraljic_workshop::examples::{NMD_2022, RIVIERENLAND_2019};
use kraljic_workshop::format::{backup_path, load_path, load_str, save_path};

const CHILD_ENV: &str = "KRALJIC_SAVE_LOOP_FILE";

/// Saves the two examples in turn into the file named by the environment, until killed.
#[test]
#[ignore = "run by kills_during_saving_never_leave_a_broken_file as a child process"]
fn save_loop_child() {
    let Some(path) = std::env::var_os(CHILD_ENV).map(PathBuf::from) else {
        return;
    };
    let a = load_str(NMD_2022).expect("loads").workshop;
    let b = load_str(RIVIERENLAND_2019).expect("loads").workshop;
    let ready = path.with_extension("ready");
    let mut n = 0u64;
    loop {
        save_path(if n.is_multiple_of(2) { &a } else { &b }, &path).expect("save");
        if n == 1 {
            std::fs::write(&ready, b"1").expect("ready");
        }
        n += 1;
    }
}

/// A small, dependency-free pseudo-random sequence (xorshift), seeded from the clock.
struct Random(u64);

impl Random {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

fn wait_for(path: &Path) {
    let start = Instant::now();
    while !path.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the child starts saving"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn kills_during_saving_never_leave_a_broken_file() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("loop.kraljic.ron");
    let a = load_str(NMD_2022).expect("loads").workshop;
    let b = load_str(RIVIERENLAND_2019).expect("loads").workshop;
    save_path(&a, &path).expect("first save");
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        | 1;
    let mut random = Random(seed);
    let runs = 40;
    for run in 0..runs {
        let ready = path.with_extension("ready");
        let _ = std::fs::remove_file(&ready);
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "save_loop_child",
                "--exact",
                "--ignored",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("child starts");
        wait_for(&ready);
        // Somewhere in the middle of a save (one save takes about a millisecond).
        std::thread::sleep(Duration::from_micros(random.next(20_000)));
        child.kill().expect("kill");
        child.wait().expect("reaped");
        let loaded = load_path(&path)
            .unwrap_or_else(|e| panic!("run {run} (seed {seed}): the file does not load: {e}"))
            .workshop;
        assert!(
            loaded == a || loaded == b,
            "run {run} (seed {seed}): the file is neither workshop"
        );
        let backup = load_path(&backup_path(&path))
            .unwrap_or_else(|e| panic!("run {run} (seed {seed}): the backup does not load: {e}"))
            .workshop;
        assert!(backup == a || backup == b, "run {run}: the backup is whole");
    }
    // The next save clears what the killed saves left behind.
    let _ = std::fs::remove_file(path.with_extension("ready"));
    save_path(&b, &path).expect("last save");
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["loop.kraljic.ron", "loop.kraljic.ron.bak"]);
}
