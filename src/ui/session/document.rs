//! The open workshop: its contents, where it lives on disk and whether it has unsaved changes.

use std::path::{Path, PathBuf};

use crate::format::stamp::DiskStamp;
use crate::model::sensitivity::{Sensitivity, analyse_sensitivity};
use crate::model::{Portfolio, Workshop, analyse};

/// Where the open workshop came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The example built into the program (saving asks for a file).
    Example,
    /// A new, empty workshop (saving asks for a file).
    New,
    /// A file on disk.
    File(PathBuf),
}

/// The workshop being edited, with derived data cached until it changes.
#[derive(Debug)]
pub struct Document {
    workshop: Workshop,
    origin: Origin,
    /// The contents as last saved or opened.
    saved: Workshop,
    dirty: bool,
    portfolio: Portfolio,
    sensitivity: Sensitivity,
    /// The file's content as last read or written, to notice someone else saving it.
    disk: Option<DiskStamp>,
    /// Opened read-only (the file is open elsewhere): saving asks for another file.
    read_only: bool,
    /// Changes with every change to the workshop, and differs between documents (for the
    /// autosave and the drawing caches).
    revision: u64,
}

impl Document {
    /// A document for a workshop just opened or created.
    pub fn new(workshop: Workshop, origin: Origin) -> Document {
        let portfolio = analyse(&workshop);
        let sensitivity = analyse_sensitivity(&workshop, &portfolio);
        Document {
            saved: workshop.clone(),
            workshop,
            origin,
            dirty: false,
            portfolio,
            sensitivity,
            disk: None,
            read_only: false,
            revision: next_revision(),
        }
    }

    /// A number that changes with every change to the workshop.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The file's content as last read or written.
    pub fn disk(&self) -> Option<DiskStamp> {
        self.disk
    }

    /// Records what the file looked like when read or written.
    pub fn set_disk(&mut self, stamp: Option<DiskStamp>) {
        self.disk = stamp;
    }

    /// True when opened read-only.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Opens the document read-only (or not).
    pub fn set_read_only(&mut self, read_only: bool) {
        self.read_only = read_only;
    }

    /// The workshop.
    pub fn workshop(&self) -> &Workshop {
        &self.workshop
    }

    /// The analysis of the workshop (ranking, classes, quadrants), kept up to date.
    pub fn portfolio(&self) -> &Portfolio {
        &self.portfolio
    }

    /// How firmly the lots sit in their quadrants, kept up to date.
    pub fn sensitivity(&self) -> &Sensitivity {
        &self.sensitivity
    }

    /// Where it came from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// The file, if it has one.
    pub fn path(&self) -> Option<&Path> {
        match &self.origin {
            Origin::File(path) => Some(path),
            Origin::Example | Origin::New => None,
        }
    }

    /// True when the workshop differs from what was last saved or opened.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Changes the workshop through `change`; derived data is refreshed when it returns true.
    pub fn change(&mut self, change: impl FnOnce(&mut Workshop) -> bool) -> bool {
        let changed = change(&mut self.workshop);
        if changed {
            self.refresh();
        }
        changed
    }

    /// Replaces the whole workshop (undo, redo).
    pub fn replace(&mut self, workshop: Workshop) {
        self.workshop = workshop;
        self.refresh();
    }

    /// Marks the workshop as work no file holds yet (made by an import): unsaved until saved.
    pub fn mark_unsaved(&mut self) {
        self.saved = Workshop::default();
        self.dirty = self.workshop != self.saved;
    }

    /// Records that the workshop was saved to `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.saved = self.workshop.clone();
        self.origin = Origin::File(path);
        self.dirty = false;
        self.read_only = false;
    }

    fn refresh(&mut self) {
        self.revision = next_revision();
        self.portfolio = analyse(&self.workshop);
        self.sensitivity = analyse_sensitivity(&self.workshop, &self.portfolio);
        self.dirty = self.workshop != self.saved;
    }
}

/// A number never handed out before in this run: a new document never shares a revision with
/// the one it replaces, so no cache keyed by revision shows the old workshop's drawing.
fn next_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}
