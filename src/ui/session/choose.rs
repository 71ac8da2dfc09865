//! Asking for a file: the system's dialog when it can appear and the user wants it, else the
//! built-in chooser ([`crate::ui::dialogs::file_chooser`]). What the file was asked for waits in a
//! [`FilePurpose`] until it is chosen (at once with the system's dialog, frames later with the
//! built-in one), so "save your changes? → save → then open" goes on after the chooser closes
//! and stops cleanly when it is cancelled. A system dialog that fails is never silent.

use std::path::PathBuf;

use crate::locale::Lang;
use crate::ui::app::KraljicApp;
use crate::ui::dialogs::Pending;
use crate::ui::dialogs::file_chooser::{ChooserMode, ChooserOutcome, FileChooser};
use crate::ui::session::export::ExportKind;
use crate::ui::session::file_dialog::{ChooserPreference, FileKind};

/// What a file is asked for; it goes on once the file is chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilePurpose {
    /// Open a workshop.
    Open,
    /// Save the workshop there, then go on with `then`.
    Save {
        /// What waited for the save (e.g. opening another file).
        then: Option<Pending>,
    },
    /// Import a spreadsheet.
    Import,
    /// Write an export.
    Export(ExportKind),
    /// Read a participant's copy.
    MergeCopy,
    /// Write a copy for this participant.
    CopyFor(crate::model::ParticipantId),
    /// The workshop a new one starts from.
    TemplateFrom,
    /// Open an earlier round to compare with.
    Baseline,
    /// Take the kaders of another workshop over.
    TakeOverKaders,
    /// Read a register of current contracts.
    ImportContracts,
}

impl FilePurpose {
    /// The kind of file asked for.
    pub fn kind(&self) -> FileKind {
        match self {
            FilePurpose::Import | FilePurpose::ImportContracts => FileKind::Spreadsheet,
            FilePurpose::Export(kind) => FileKind::Export(kind.extension()),
            FilePurpose::Open
            | FilePurpose::Save { .. }
            | FilePurpose::CopyFor(_)
            | FilePurpose::TemplateFrom
            | FilePurpose::MergeCopy
            | FilePurpose::TakeOverKaders
            | FilePurpose::Baseline => FileKind::Workshop,
        }
    }

    /// An existing file, or a place to save.
    pub fn mode(&self) -> ChooserMode {
        match self {
            FilePurpose::Save { .. } | FilePurpose::Export(_) | FilePurpose::CopyFor(_) => {
                ChooserMode::Save
            }
            FilePurpose::Open
            | FilePurpose::Import
            | FilePurpose::MergeCopy
            | FilePurpose::TemplateFrom
            | FilePurpose::TakeOverKaders
            | FilePurpose::ImportContracts
            | FilePurpose::Baseline => ChooserMode::Open,
        }
    }

    fn title(&self, lang: Lang) -> String {
        let t = lang.files();
        match self {
            FilePurpose::Open => t.open_title.into(),
            FilePurpose::Save { .. } => t.save_title.into(),
            FilePurpose::Import => t.import_title.into(),
            FilePurpose::Export(kind) => format!("{} .{}", t.export_title, kind.extension()),
            FilePurpose::MergeCopy => t.copy_title.into(),
            FilePurpose::CopyFor(_) => crate::locale::room::texts(lang).copy_title.into(),
            FilePurpose::TemplateFrom => t.template_title.into(),
            FilePurpose::Baseline => t.baseline_title.into(),
            FilePurpose::ImportContracts => crate::locale::planning::texts(lang)
                .import_register
                .label
                .into(),
            FilePurpose::TakeOverKaders => {
                crate::locale::kaders::texts(lang).take_over.label.into()
            }
        }
    }
}

impl KraljicApp {
    /// Asks for a file for `purpose`, and goes on with it once chosen.
    pub(in crate::ui) fn ask_file(&mut self, purpose: FilePurpose) {
        let suggested = self.suggested_name(&purpose);
        if !self.use_system_dialog() {
            self.open_chooser(purpose, &suggested);
            return;
        }
        let kind = purpose.kind();
        let picked = match purpose.mode() {
            ChooserMode::Open => self.files.dialogs.pick_open(kind),
            ChooserMode::Save => self.files.dialogs.pick_save(kind, &suggested),
        };
        match picked {
            Some(path) => self.file_chosen(purpose, path),
            None if self.files.dialogs.failed() => {
                log::warn!("the system's file dialog failed; the built-in chooser takes over");
                self.files.system_dialog_failed = true;
                let t = self.lang().files();
                self.show_message(t.system_failed_title, t.system_failed_text.into(), true);
                self.open_chooser(purpose, &suggested);
            }
            // The user cancelled.
            None => {}
        }
    }

    fn use_system_dialog(&mut self) -> bool {
        match self.prefs.file_chooser {
            ChooserPreference::BuiltIn => false,
            ChooserPreference::System => !self.files.system_dialog_failed,
            ChooserPreference::Automatic => {
                !self.files.system_dialog_failed && self.files.dialogs.available()
            }
        }
    }

    fn open_chooser(&mut self, purpose: FilePurpose, suggested: &str) {
        let dir = self.start_folder();
        let chooser = FileChooser::new(
            purpose.mode(),
            purpose.kind(),
            &purpose.title(self.lang()),
            dir,
            suggested,
        );
        self.files.chooser = Some((chooser, purpose));
    }

    /// The folder a chooser starts in: the open file's, else the home folder.
    fn start_folder(&self) -> PathBuf {
        self.session
            .doc()
            .path()
            .and_then(|p| p.parent())
            .filter(|p| p.is_dir())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(PathBuf::from))
            .or_else(|| std::env::var_os("USERPROFILE").map(PathBuf::from))
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default()
    }

    fn suggested_name(&self, purpose: &FilePurpose) -> String {
        match purpose {
            FilePurpose::Save { .. } => crate::ui::session::files::suggested_file_name(
                self.session.doc().workshop(),
                self.session.doc().path(),
            ),
            FilePurpose::Export(kind) => {
                kind.suggested_name(self.session.doc().workshop(), self.lang())
            }
            FilePurpose::CopyFor(participant) => self.copy_file_name(*participant),
            _ => String::new(),
        }
    }

    /// Shows the built-in chooser while it is open, and goes on when it closes.
    pub(in crate::ui) fn show_chooser(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        let Some((chooser, _)) = self.files.chooser.as_mut() else {
            return;
        };
        let Some(outcome) = chooser.show(ctx, lang, &self.prefs.recent) else {
            return;
        };
        // The Enter that chose the file must not also close the message that may follow.
        ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Enter));
        if let Some((_, purpose)) = self.files.chooser.take()
            && let ChooserOutcome::Chosen(path) = outcome
        {
            self.file_chosen(purpose, path);
        }
    }

    /// Goes on with the chosen file.
    fn file_chosen(&mut self, purpose: FilePurpose, path: PathBuf) {
        match purpose {
            FilePurpose::Open => self.open_path(path),
            FilePurpose::Save { then } => {
                if self.save_to(path)
                    && let Some(pending) = then
                {
                    self.proceed(pending);
                }
            }
            FilePurpose::Import => self.import_from(path),
            FilePurpose::Export(kind) => self.export_to(kind, path),
            FilePurpose::MergeCopy => self.read_copy_from(path),
            FilePurpose::CopyFor(participant) => self.write_copy_for(participant, path),
            FilePurpose::TemplateFrom => self.start_from_file(path),
            FilePurpose::Baseline => self.open_baseline_from(path),
            FilePurpose::TakeOverKaders => self.take_over_kaders_from(path),
            FilePurpose::ImportContracts => self.import_contracts_from(path),
        }
    }

    /// The built-in chooser, while it is open.
    pub fn file_chooser(&self) -> Option<&FileChooser> {
        self.files.chooser.as_ref().map(|(chooser, _)| chooser)
    }
}
