//! Files read on a worker thread, so a large one never holds the window: spreadsheets (counting
//! their sheets and rows), a participant's copy and an earlier round. A read can be cancelled,
//! and its result is taken only while the user still waits for it (a cancelled read, or one
//! replaced by a newer one, is dropped with its channel).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use crate::format::progress::{ReadCounts, ReadProgress};
use crate::interchange::sheet::{SheetError, Workbook};

/// What the file is read for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetPurpose {
    /// Lots and their spend (the import window).
    Lots,
    /// The register of current contracts.
    Register,
    /// A participant's copy, to read their scores from.
    Copy,
    /// An earlier round, to compare with.
    Baseline,
    /// A workshop to open.
    Open,
}

impl SheetPurpose {
    /// Whether the file is a spreadsheet (else a workshop file).
    pub fn is_sheet(self) -> bool {
        matches!(self, SheetPurpose::Lots | SheetPurpose::Register)
    }
}

/// What a read gives.
pub enum ReadResult {
    /// A spreadsheet of lots, with the import window's sheet, header and columns worked out
    /// (on the worker too: for a large sheet that takes longer than a frame).
    Import(Box<crate::ui::dialogs::import::ImportDialog>),
    /// A spreadsheet.
    Workbook(Workbook),
    /// A workshop file.
    Workshop(Box<crate::format::Loaded>),
}

/// Why a read gave nothing.
#[derive(Debug)]
pub enum ReadFailure {
    /// The file could not be read.
    File(std::io::Error),
    /// The file is no usable spreadsheet.
    Sheet(SheetError),
    /// The file is no usable workshop file.
    Workshop(crate::format::LoadError),
    /// The worker stopped without a result (it failed on something unforeseen).
    Stopped,
}

/// A spreadsheet being read on a worker thread.
pub struct SheetRead {
    /// The file.
    pub path: PathBuf,
    /// What it is read for.
    pub purpose: SheetPurpose,
    progress: Arc<ReadProgress>,
    result: Receiver<Result<ReadResult, ReadFailure>>,
    started: Instant,
}

/// The longest the window goes without a frame while a read reports progress.
const REPAINT_EVERY: Duration = Duration::from_millis(100);

impl SheetRead {
    /// Starts reading `path` on its own thread; the window is asked for a frame when the result
    /// is there and, at most ten times a second, while the counts grow.
    pub fn start(path: PathBuf, purpose: SheetPurpose, ctx: &egui::Context) -> SheetRead {
        let progress = Arc::new(ReadProgress::default());
        let (send, result) = std::sync::mpsc::channel();
        let (file, shared, ctx) = (path.clone(), progress.clone(), ctx.clone());
        std::thread::spawn(move || {
            let ticker = Ticker::start(shared.clone(), ctx.clone());
            let read = read(&file, purpose, &shared);
            ticker.stop();
            // The window may have dropped the read: then nobody listens, and that is fine.
            let _ = send.send(read);
            ctx.request_repaint();
        });
        SheetRead {
            path,
            purpose,
            progress,
            result,
            started: Instant::now(),
        }
    }

    /// The result, once the worker is done.
    pub fn finished(&self) -> Option<Result<ReadResult, ReadFailure>> {
        match self.result.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(ReadFailure::Stopped)),
        }
    }

    /// Tells the worker to stop; its result, if it comes, is never taken.
    pub fn cancel(&self) {
        self.progress.cancel();
    }

    /// Sheets and rows read so far.
    pub fn counts(&self) -> ReadCounts {
        self.progress.counts()
    }

    /// How long it has been reading.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// The file's name, for the window.
    pub fn file_name(&self) -> String {
        crate::ui::shown_name(&self.path)
    }
}

impl Drop for SheetRead {
    fn drop(&mut self) {
        // Replaced or closed: the worker need not finish.
        self.progress.cancel();
    }
}

fn read(
    path: &Path,
    purpose: SheetPurpose,
    progress: &ReadProgress,
) -> Result<ReadResult, ReadFailure> {
    if !purpose.is_sheet() {
        return crate::format::load_path(path)
            .map(|loaded| ReadResult::Workshop(Box::new(loaded)))
            .map_err(ReadFailure::Workshop);
    }
    let bytes = crate::format::read_limited(path).map_err(ReadFailure::File)?;
    let name = path.to_string_lossy();
    let workbook = crate::interchange::sheet::read_workbook_with(&bytes, &name, progress)
        .map_err(ReadFailure::Sheet)?;
    Ok(match purpose {
        SheetPurpose::Lots => {
            let dialog =
                crate::ui::dialogs::import::ImportDialog::new(path.to_path_buf(), workbook);
            ReadResult::Import(Box::new(dialog))
        }
        _ => ReadResult::Workbook(workbook),
    })
}

/// Asks the window for a frame while the counts grow, at most every [`REPAINT_EVERY`]; none
/// while nothing changes.
struct Ticker {
    done: Arc<std::sync::atomic::AtomicBool>,
}

impl Ticker {
    fn start(progress: Arc<ReadProgress>, ctx: egui::Context) -> Ticker {
        let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stop = done.clone();
        std::thread::spawn(move || {
            let mut shown = progress.counts();
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                std::thread::sleep(REPAINT_EVERY);
                let now = progress.counts();
                if now != shown {
                    shown = now;
                    ctx.request_repaint();
                }
            }
        });
        Ticker { done }
    }

    fn stop(self) {
        drop(self);
    }
}

impl Drop for Ticker {
    /// Also when the read panicked: the ticking thread never outlives it.
    fn drop(&mut self) {
        self.done.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}
