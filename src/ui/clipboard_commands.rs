//! The clipboard's commands: lots pasted from a spreadsheet open the import window, and the
//! matrix, the portfolio table and a lot's strategy are copied out for Word, PowerPoint and
//! Excel. A clipboard that cannot be reached, or holds no table, gets a message and changes
//! nothing.

use super::app::KraljicApp;
use super::clipboard::ClipboardImage;
use crate::interchange::sheet::pasted::{PasteError, pasted_sheet};
use crate::locale::clipboard::texts;
use crate::report::copy_table::{CopyTable, portfolio_table, strategy_table};

impl KraljicApp {
    /// Reads the clipboard and opens the import window on the table it holds.
    pub(super) fn paste_lots(&mut self) {
        let lang = self.lang();
        let t = texts(lang);
        let held = match self.clipboard.read() {
            Ok(held) => held,
            Err(error) => return self.clipboard_failed(&error.to_string()),
        };
        match pasted_sheet(held.text.as_deref(), held.html.as_deref(), lang) {
            Ok(pasted) => {
                let dialog = super::dialogs::import::ImportDialog::pasted(pasted);
                self.open_import_window(dialog);
            }
            Err(error) => {
                let text = match error {
                    PasteError::Empty => t.empty,
                    PasteError::NotATable => t.not_a_table,
                    PasteError::TooLarge => t.too_large,
                };
                self.show_message(t.title, text.to_string(), false);
            }
        }
    }

    /// Puts the matrix on the clipboard as a picture, drawn as the PNG export draws it.
    pub(super) fn copy_matrix(&mut self) {
        let lang = self.lang();
        let size = crate::report::PictureSize::Screen;
        let drawn = crate::report::matrix_rgba(self.workshop(), lang, size);
        let written = match drawn {
            Ok((width, height, rgba)) => {
                let image = ClipboardImage {
                    width,
                    height,
                    rgba,
                };
                self.clipboard
                    .write_image(&image)
                    .map_err(|e| e.to_string())
            }
            Err(error) => Err(error.to_string()),
        };
        match written {
            Ok(()) => {
                let note = texts(lang).matrix_copied.to_string();
                self.view.status_note = Some(super::StatusNote::done(note));
            }
            Err(reason) => self.clipboard_failed(&reason),
        }
    }

    /// Puts the portfolio table on the clipboard, as text and as HTML.
    pub(super) fn copy_portfolio(&mut self) {
        let lang = self.lang();
        let table = portfolio_table(self.workshop(), lang);
        let note = texts(lang)
            .portfolio_copied
            .replace("{n}", &table.rows.len().to_string());
        self.copy_table(&table, note);
    }

    /// Puts the selected lot's strategy on the clipboard, as text and as HTML.
    pub(super) fn copy_strategy(&mut self) {
        let lang = self.lang();
        let workshop = self.workshop();
        let Some(lot) = self.view.selected.and_then(|id| workshop.lot(id)) else {
            return;
        };
        let table = strategy_table(workshop, lot, lang);
        let note = texts(lang).strategy_copied.replace("{lot}", &lot.name);
        self.copy_table(&table, note);
    }

    fn copy_table(&mut self, table: &CopyTable, note: String) {
        match (self.clipboard).write_table(&table.tab_separated(), &table.html()) {
            Ok(()) => self.view.status_note = Some(super::StatusNote::done(note)),
            Err(error) => self.clipboard_failed(&error.to_string()),
        }
    }

    fn clipboard_failed(&mut self, reason: &str) {
        let t = texts(self.lang());
        self.show_message(t.title, t.unavailable.replace("{reason}", reason), true);
    }
}
