//! How far a read on a worker thread has come, and whether the user still waits for it: the
//! reader counts sheets and rows as it goes and stops at the next check once cancelled; the
//! window shows the counts and offers *Annuleren*.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// The progress of one read, shared between the worker and the window.
#[derive(Debug, Default)]
pub struct ReadProgress {
    sheets_done: AtomicUsize,
    sheets_total: AtomicUsize,
    rows: AtomicUsize,
    cancelled: AtomicBool,
}

/// The counts at one moment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadCounts {
    /// Sheets read so far.
    pub sheets_done: usize,
    /// Sheets in the file (0 while unknown).
    pub sheets_total: usize,
    /// Rows read so far.
    pub rows: usize,
}

impl ReadProgress {
    /// The file has this many sheets.
    pub fn set_sheets(&self, total: usize) {
        self.sheets_total.store(total, Ordering::Relaxed);
    }

    /// One more sheet is read.
    pub fn sheet_done(&self) {
        self.sheets_done.fetch_add(1, Ordering::Relaxed);
    }

    /// `rows` more rows are read.
    pub fn add_rows(&self, rows: usize) {
        self.rows.fetch_add(rows, Ordering::Relaxed);
    }

    /// The user no longer waits: the reader stops at its next check.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// Whether the read was cancelled.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// The counts now.
    pub fn counts(&self) -> ReadCounts {
        ReadCounts {
            sheets_done: self.sheets_done.load(Ordering::Relaxed),
            sheets_total: self.sheets_total.load(Ordering::Relaxed),
            rows: self.rows.load(Ordering::Relaxed),
        }
    }
}
