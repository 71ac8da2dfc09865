//! The session and its files: the open document, opening and saving, autosave and recovery,
//! the file pickers, imports, exports and a participant's copy.

pub(crate) mod autosave;
pub(crate) mod choose;
pub(crate) mod copies;
pub mod document;
pub(crate) mod exchange;
pub mod export;
pub mod file_dialog;
pub(crate) mod files;
