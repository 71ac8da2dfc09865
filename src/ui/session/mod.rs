//! The session and its files: the open document, opening and saving, autosave and recovery,
//! the file pickers, imports, exports and a participant's copy.

pub(crate) mod autosave;
pub(crate) mod choose;
pub mod clipboard;
pub(crate) mod copies;
pub mod document;
pub(crate) mod exchange;
pub mod export;
pub mod file_dialog;
pub(crate) mod files;
pub mod reading;

use crate::model::Edit;
use crate::model::history::{History, Part};
use document::Document;

/// The open workshop and its history: applying edits, one undo step per click or per typed
/// text, undo and redo. Every change of the workshop goes through [`Session::apply`].
#[derive(Debug)]
pub struct Session {
    doc: Document,
    history: History,
    /// The text field of the last typed edit; typing on in it adds to the same undo step.
    last_typing: Option<egui::Id>,
}

impl Session {
    /// A session on a document just opened or made, with no history.
    pub fn new(doc: Document) -> Session {
        Session {
            doc,
            history: History::default(),
            last_typing: None,
        }
    }

    /// The document.
    pub fn doc(&self) -> &Document {
        &self.doc
    }

    /// The document, to record where it lives and when it was saved.
    pub fn doc_mut(&mut self) -> &mut Document {
        &mut self.doc
    }

    /// Applies one edit with an undo point before it (typing on in the same field `typing`
    /// adds to the last step). True when it changed the workshop.
    pub fn apply(&mut self, edit: Edit, typing: Option<egui::Id>) -> bool {
        let continues = typing.is_some() && typing == self.last_typing;
        let before = (!continues).then(|| Part::before(self.doc.workshop(), &edit));
        let changed = self.doc.change(|w| edit.apply(w));
        if changed {
            if let Some(before) = before {
                self.history.push(before);
            }
            self.last_typing = typing;
        }
        changed
    }

    /// The next typing starts a new undo step.
    pub fn end_typing(&mut self) {
        self.last_typing = None;
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Undoes the last step; the next typing is a new step.
    pub fn undo(&mut self) -> bool {
        let history = &mut self.history;
        self.last_typing = None;
        self.doc.change(|w| history.undo(w))
    }

    /// Redoes the last undone step.
    pub fn redo(&mut self) -> bool {
        let history = &mut self.history;
        self.last_typing = None;
        self.doc.change(|w| history.redo(w))
    }

    /// Replaces the whole workshop without an undo step (recovered work put back).
    pub fn replace_workshop(&mut self, workshop: crate::model::Workshop) {
        self.doc.replace(workshop);
    }
}

/// Where the open workshop lives on disk and what guards it: the lock, the recovery file and
/// its autosave, the file pickers, and the questions waiting for the user.
pub struct Files {
    /// The questions and messages waiting for the user, shown one at a time (first first).
    pub(in crate::ui) modals: std::collections::VecDeque<crate::ui::dialogs::Modal>,
    /// The system's file pickers (tests answer them in advance).
    pub(in crate::ui) dialogs: Box<dyn file_dialog::FileDialogs>,
    /// The built-in file chooser while it is open, and what the file is for.
    pub(in crate::ui) chooser: Option<(
        crate::ui::dialogs::file_chooser::FileChooser,
        choose::FilePurpose,
    )>,
    /// The system's file dialog failed in this run: the built-in chooser is used instead.
    pub(in crate::ui) system_dialog_failed: bool,
    /// The lock of the file being edited.
    pub(in crate::ui) lock: Option<crate::format::lock::FileLock>,
    /// Unsaved work is written here a moment after each change.
    pub(in crate::ui) recovery: Option<crate::format::recovery::RecoveryStore>,
    /// The revision last written to the recovery file.
    pub(in crate::ui) autosaved: Option<u64>,
    /// When the oldest change not yet in the recovery file was made.
    pub(in crate::ui) autosave_since: Option<std::time::Instant>,
    /// An autosave failure was shown (shown once until an autosave works again).
    pub(in crate::ui) autosave_failed: bool,
}

impl Files {
    /// No file yet: the pickers, and where unsaved work is kept (`None`: no autosave).
    pub fn new(
        dialogs: Box<dyn file_dialog::FileDialogs>,
        recovery: Option<crate::format::recovery::RecoveryStore>,
    ) -> Files {
        Files {
            modals: std::collections::VecDeque::new(),
            dialogs,
            chooser: None,
            system_dialog_failed: false,
            lock: None,
            recovery,
            autosaved: None,
            autosave_since: None,
            autosave_failed: false,
        }
    }
}
