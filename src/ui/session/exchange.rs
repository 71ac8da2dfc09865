//! Import and export from the window: the import window's outcome applied as one undo step,
//! and exports started on their own thread with the outcome shown when done.

use crate::format;
use crate::ui::Edit;
use crate::ui::app::KraljicApp;
use crate::ui::dialogs::{Modal, Pending};
use crate::ui::session::export::{ExportJob, ExportKind};

impl KraljicApp {
    /// Starts reading a spreadsheet on a worker; the window it is read for opens when the
    /// result is there ([`Self::poll_sheet_read`]). A read still running is cancelled.
    pub(in crate::ui) fn start_sheet_read(
        &mut self,
        path: std::path::PathBuf,
        purpose: super::reading::SheetPurpose,
    ) {
        self.reading = Some(super::reading::SheetRead::start(path, purpose, &self.ctx));
    }

    /// Opens the import window for a spreadsheet (read on a worker first).
    pub(in crate::ui) fn import_from(&mut self, path: std::path::PathBuf) {
        self.start_sheet_read(path, super::reading::SheetPurpose::Lots);
    }

    /// Reads a register of current contracts (on a worker) and opens the window to match and
    /// take it over.
    pub(in crate::ui) fn import_contracts_from(&mut self, path: std::path::PathBuf) {
        self.start_sheet_read(path, super::reading::SheetPurpose::Register);
    }

    /// Takes the worker's result when it is there: opens the window it was read for, or says
    /// why it could not be read. A cancelled read says nothing.
    pub(in crate::ui) fn poll_sheet_read(&mut self) {
        use super::reading::{ReadFailure, ReadResult, SheetPurpose};
        let Some(result) = self.reading.as_ref().and_then(|job| job.finished()) else {
            return;
        };
        let Some(job) = self.reading.take() else {
            return;
        };
        let lang = self.lang();
        let x = lang.exchange();
        let path = job.path.clone();
        match result {
            Ok(ReadResult::Import(dialog)) => self.open_import_window(*dialog),
            Ok(ReadResult::Workbook(workbook)) => self.open_register_window(&path, workbook),
            Ok(ReadResult::Workshop(loaded)) => match job.purpose {
                SheetPurpose::Baseline => self.compare_with(path, loaded.workshop),
                SheetPurpose::Open => self.finish_opening(Ok(*loaded)),
                _ => self.preview_copy(&path, &loaded.workshop),
            },
            Err(ReadFailure::Workshop(error)) if job.purpose == SheetPurpose::Open => {
                self.finish_opening(Err(error));
            }
            Err(ReadFailure::Workshop(error)) => self.show_error(true, error.describe(lang)),
            Err(ReadFailure::Sheet(crate::interchange::sheet::SheetError::Cancelled)) => {}
            Err(ReadFailure::Stopped) => {
                let file = crate::ui::shown_name(&path);
                let text = lang.files().read_stopped.replace("{file}", &file);
                log::error!("the read of {} stopped without a result", path.display());
                self.opening = None;
                self.show_message(x.reading_file, text, true);
            }
            Err(ReadFailure::File(source)) => {
                let text = format::LoadError::Read { path, source }.describe(lang);
                self.show_message(x.import_failed, text, true);
            }
            Err(ReadFailure::Sheet(error)) => {
                log::warn!("import of {} refused: {error}", path.display());
                self.show_message(x.import_failed, error.describe(lang), true);
            }
        }
    }

    /// Opens the workshop the worker read, for the open that waits for it.
    fn finish_opening(&mut self, loaded: Result<format::Loaded, format::LoadError>) {
        if let Some((checked, restore)) = self.opening.take() {
            self.finish_open(checked, loaded, restore);
        }
    }

    /// Opens the import window on a workbook that has been read.
    pub(in crate::ui) fn open_import_window(
        &mut self,
        mut dialog: crate::ui::dialogs::import::ImportDialog,
    ) {
        // Nobody means to add their spend to the built-in example: there the sheet makes a
        // new workshop unless the user picks otherwise. An empty workshop (just started from
        // a template) takes the lots, and keeps its municipalities, checklist and kaders.
        let doc = self.session.doc();
        let example = *doc.origin() == super::document::Origin::Example && !doc.is_dirty();
        if example {
            dialog.mode = crate::ui::dialogs::import::ImportMode::New;
        }
        self.import = Some(dialog);
    }

    /// Opens the register window on a workbook that has been read.
    fn open_register_window(
        &mut self,
        path: &std::path::Path,
        workbook: crate::interchange::sheet::Workbook,
    ) {
        let file = crate::ui::shown_name(path);
        let lots = &self.session.doc().workshop().lots;
        let dialog = crate::ui::dialogs::register::RegisterDialog::new(file, workbook, lots);
        self.register = Some(dialog);
    }

    /// Applies what the register window decided.
    pub(in crate::ui) fn finish_register(
        &mut self,
        action: crate::ui::dialogs::register::RegisterAction,
    ) {
        use crate::ui::dialogs::register::RegisterAction;
        self.register = None;
        if let RegisterAction::Take(contracts) = action {
            let lang = self.lang();
            let x = crate::locale::planning::texts(lang);
            let text = format!("{} {}.", contracts.len(), x.register_done);
            self.apply_edit(Edit::Contracts(contracts), None);
            self.show_message(x.register_title, text, false);
        }
    }

    /// Applies what the import window decided.
    pub(in crate::ui) fn finish_import(
        &mut self,
        action: crate::ui::dialogs::import::ImportAction,
    ) {
        use crate::ui::dialogs::import::ImportAction;
        let title = self.lang().exchange().imported_title;
        self.import = None;
        match action {
            ImportAction::Cancel => {}
            ImportAction::Merge(workshop, summary) => {
                self.apply_edit(Edit::Replace(workshop), None);
                self.show_message(title, summary, false);
            }
            ImportAction::New(workshop, summary) => {
                self.request(Pending::Adopt {
                    workshop,
                    unsaved: true,
                });
                if self.files.modals.is_empty() {
                    self.show_message(title, summary, false);
                }
            }
        }
    }

    /// Starts an export to `path` on its own thread.
    pub(in crate::ui) fn export_to(&mut self, kind: ExportKind, path: std::path::PathBuf) {
        let lang = self.lang();
        let workshop = self.session.doc().workshop().clone();
        let path_for_message = path.clone();
        let catalogue = self.catalogue.clone();
        // The lot pages chosen for this report (above the threshold), then asked again next time.
        let pages = self.view.report_pages.take().unwrap_or_default();
        match ExportJob::start(
            kind,
            path,
            workshop,
            catalogue,
            lang,
            self.ctx.clone(),
            pages,
        ) {
            Ok(job) => self.export = Some(job),
            Err(error) => {
                let x = lang.exchange();
                let failed = crate::locale::cli::CliMessage::ExportFailed {
                    path: &path_for_message,
                    detail: &error.to_string(),
                };
                self.show_message(x.export_failed, failed.text(lang), true);
            }
        }
    }

    /// Shows the outcome of a finished export; keeps the window ticking while one runs.
    pub(in crate::ui) fn poll_export(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.export else {
            return;
        };
        let Some(outcome) = job.finished() else {
            ctx.request_repaint_after(std::time::Duration::from_millis(200));
            return;
        };
        let x = self.lang().exchange();
        let path = job.path.display().to_string();
        self.export = None;
        match outcome {
            Ok(remark) => {
                let mut text = format!("{} {path}", x.exported_to);
                if let Some(remark) = remark {
                    text.push_str("\n\n");
                    text.push_str(&remark);
                }
                self.show_message(x.exported_title, text, false)
            }
            Err(text) => self.show_message(x.export_failed, text, true),
        }
    }

    pub(in crate::ui) fn show_message(&mut self, title: &str, text: String, is_error: bool) {
        if is_error {
            log::error!("{title}: {text}");
        }
        self.ask(Modal::Message {
            title: title.to_string(),
            text,
            is_error,
        });
    }
}
