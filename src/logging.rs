//! A small logger to standard error, so that what the app logs is never lost.
//!
//! The level comes from the `KRALJIC_LOG` environment variable (`error`, `warn`, `info`,
//! `debug`, `trace`); the default is `warn`.

use log::{LevelFilter, Log, Metadata, Record};

struct StderrLogger;

impl Log for StderrLogger {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.level() <= *PRINTED.get().unwrap_or(&LevelFilter::Warn)
    }

    fn log(&self, record: &Record<'_>) {
        // rfd reports a file dialog that could not appear only here.
        if record.target().starts_with("rfd") && record.level() <= log::Level::Warn {
            DIALOG_ERRORS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        // The font provider warns that the locale "C" (a machine without a language set, as
        // in CI) is no language; that is only worth a line when debugging.
        let noise = record.target().starts_with("egui_system_font_provider")
            && record.args().to_string().contains("locale")
            && *PRINTED.get().unwrap_or(&LevelFilter::Warn) < LevelFilter::Debug;
        if self.enabled(record.metadata()) && !noise {
            eprintln!("[{} {}] {}", record.level(), record.target(), record.args());
        }
    }

    fn flush(&self) {}
}

static LOGGER: StderrLogger = StderrLogger;

/// The level printed (the user's choice); records down to warnings still reach the logger.
static PRINTED: std::sync::OnceLock<LevelFilter> = std::sync::OnceLock::new();

static DIALOG_ERRORS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How many errors the system's file dialog (rfd) has logged so far: a dialog that returned no
/// file while this grew failed; it was not cancelled.
pub fn dialog_errors() -> usize {
    DIALOG_ERRORS.load(std::sync::atomic::Ordering::Relaxed)
}

static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// When the program started (when [`init`] was first called, the first thing `main` does).
pub fn started() -> std::time::Instant {
    *STARTED.get_or_init(std::time::Instant::now)
}

/// Installs the logger (once; later calls do nothing) and a panic hook that prints one line
/// instead of a backtrace.
pub fn init() {
    started();
    let level = std::env::var("KRALJIC_LOG")
        .ok()
        .and_then(|v| v.parse::<LevelFilter>().ok())
        .unwrap_or(LevelFilter::Warn);
    let _ = PRINTED.set(level);
    if log::set_logger(&LOGGER).is_ok() {
        // rfd's warnings are counted even when they are not printed.
        log::set_max_level(level.max(LevelFilter::Warn));
    }
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!(" ({}:{})", l.file(), l.line()))
            .unwrap_or_default();
        let payload = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!(
            "Interne fout / internal error{location}: {payload}. Please report this; your files were not changed by it."
        );
    }));
}

/// With `KRALJIC_REPORT_PEAK` set, prints this process's peak resident memory and run time to
/// standard error (`peak-memory-kb 12345`, `run-ms 67`): how tests and benchmarks measure a run
/// of the program from its own accounting (Linux; nothing elsewhere).
pub fn report_peak_memory() {
    if std::env::var_os("KRALJIC_REPORT_PEAK").is_none() {
        return;
    }
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .map(|v| v.trim().trim_end_matches("kB").trim().to_string())
        });
    if let Some(peak) = peak {
        eprintln!("peak-memory-kb {peak}");
    }
    eprintln!("run-ms {}", started().elapsed().as_millis());
}
