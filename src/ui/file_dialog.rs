//! The file pickers, behind a trait so tests can answer them without a desktop.

use std::path::PathBuf;

use crate::format::FILE_EXTENSION;

/// Asks the user for a file to open or a place to save.
pub trait FileDialogs {
    /// A workshop file to open, or `None` when the user cancelled.
    fn pick_open(&mut self) -> Option<PathBuf>;
    /// Where to save, or `None` when the user cancelled. `suggested` is a file name.
    fn pick_save(&mut self, suggested: &str) -> Option<PathBuf>;
    /// Asks for a spreadsheet to import (`.xlsx`, `.ods`, `.xls`, `.csv`).
    fn pick_import(&mut self) -> Option<PathBuf>;
    /// Asks where to write an export with this extension (without the dot).
    fn pick_export(&mut self, suggested: &str, extension: &str) -> Option<PathBuf>;
}

/// The system's file dialogs (through the desktop portal).
#[derive(Debug, Default)]
pub struct SystemDialogs;

fn dialog() -> rfd::FileDialog {
    rfd::FileDialog::new()
        .add_filter("Kraljic Workshop (.kraljic.ron)", &["ron"])
        .add_filter("*", &["*"])
}

impl FileDialogs for SystemDialogs {
    fn pick_import(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter(
                "Spreadsheet (.xlsx, .ods, .csv)",
                &["xlsx", "xlsm", "xls", "ods", "csv", "txt"],
            )
            .add_filter("*", &["*"])
            .pick_file()
    }

    fn pick_export(&mut self, suggested: &str, extension: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter(extension.to_uppercase(), &[extension])
            .set_file_name(suggested)
            .save_file()
            .map(|path| {
                if path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case(extension))
                {
                    path
                } else {
                    PathBuf::from(format!("{}.{extension}", path.to_string_lossy()))
                }
            })
    }

    fn pick_open(&mut self) -> Option<PathBuf> {
        dialog().pick_file()
    }

    fn pick_save(&mut self, suggested: &str) -> Option<PathBuf> {
        dialog().set_file_name(suggested).save_file().map(|path| {
            let name = path.to_string_lossy();
            if name.ends_with(&format!(".{FILE_EXTENSION}")) {
                path
            } else if name.ends_with(".ron") {
                path.with_extension(FILE_EXTENSION)
            } else {
                PathBuf::from(format!("{name}.{FILE_EXTENSION}"))
            }
        })
    }
}

/// Answers given in advance, for tests: each call takes the next answer.
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    /// Answers to `pick_open`, first first.
    pub open: Vec<Option<PathBuf>>,
    /// Answers to `pick_save`, first first.
    pub save: Vec<Option<PathBuf>>,
}

impl FileDialogs for ScriptedDialogs {
    fn pick_import(&mut self) -> Option<PathBuf> {
        self.pick_open()
    }

    fn pick_export(&mut self, suggested: &str, _extension: &str) -> Option<PathBuf> {
        self.pick_save(suggested)
    }

    fn pick_open(&mut self) -> Option<PathBuf> {
        (!self.open.is_empty())
            .then(|| self.open.remove(0))
            .flatten()
    }

    fn pick_save(&mut self, _suggested: &str) -> Option<PathBuf> {
        (!self.save.is_empty())
            .then(|| self.save.remove(0))
            .flatten()
    }
}
