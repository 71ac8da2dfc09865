//! Frame statistics for the speed measurements (`scripts/bench-window.sh`): with
//! `KRALJIC_FRAME_STATS=1` in the environment, every frame the window draws writes one line to
//! standard error, `frame N ms=M epoch_ms=E`, where M counts from the start of `main` and E is
//! the wall clock. Off by default; costs nothing then.

use std::time::{SystemTime, UNIX_EPOCH};

/// Counts frames and reports each one.
#[derive(Debug, Default)]
pub struct FrameStats {
    frames: u64,
}

impl FrameStats {
    /// Statistics when `KRALJIC_FRAME_STATS` is set.
    pub fn from_env() -> Option<FrameStats> {
        std::env::var_os("KRALJIC_FRAME_STATS").map(|_| FrameStats::default())
    }

    /// Reports one frame.
    pub fn frame(&mut self) {
        self.frames += 1;
        let since_start = crate::logging::started().elapsed().as_secs_f64() * 1000.0;
        let epoch = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        eprintln!("frame {} ms={since_start:.1} epoch_ms={epoch}", self.frames);
    }
}
