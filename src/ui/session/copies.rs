//! A participant's offline copy in the window: writing one for a participant, and reading one
//! back through the preview ([`crate::ui::dialogs::read_copy`]).

use std::path::{Path, PathBuf};

use crate::format;
use crate::locale::room::{self, texts};
use crate::model::copy::{CopyRead, CopyRefused, WorkshopId};
use crate::model::{Edit, ParticipantId};
use crate::ui::app::KraljicApp;
use crate::ui::dialogs::read_copy::{ReadCopyAction, ReadCopyDialog};
use crate::ui::session::choose::FilePurpose;

impl KraljicApp {
    /// Asks where to write a copy for `participant`.
    pub(in crate::ui) fn ask_copy_for(&mut self, participant: ParticipantId) {
        self.view.windows.close(crate::ui::ToolWindow::CopyFor);
        self.ask_file(FilePurpose::CopyFor(participant));
    }

    /// The suggested name of a copy: the workshop's file name with the participant's name.
    pub(in crate::ui) fn copy_file_name(&self, participant: ParticipantId) -> String {
        let workshop = self.session.doc().workshop();
        let name =
            crate::ui::session::files::suggested_file_name(workshop, self.session.doc().path());
        let stem = name
            .strip_suffix(&format!(".{}", format::FILE_EXTENSION))
            .unwrap_or(&name);
        let who = workshop
            .participant(participant)
            .map_or_else(String::new, |p| p.name.clone());
        let who: String = who
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        format!(
            "{stem}-{}.{}",
            who.trim_matches('-'),
            format::FILE_EXTENSION
        )
    }

    /// Writes a copy for `participant` to `path`. The workshop gets its identity first, and
    /// is saved first when it has a file with unsaved changes, so copy and file agree.
    pub(in crate::ui) fn write_copy_for(&mut self, participant: ParticipantId, path: PathBuf) {
        let lang = self.lang();
        if self.session.doc().path() == Some(path.as_path()) {
            self.show_error(false, texts(lang).same_file.into());
            return;
        }
        if self.session.doc().workshop().identity.is_none() {
            self.apply_edit(Edit::Identity(WorkshopId::generate()), None);
        }
        let mut saved_first = false;
        if self.session.doc().is_dirty()
            && !self.session.doc().is_read_only()
            && let Some(own) = self.session.doc().path().map(Path::to_path_buf)
        {
            if !self.save_to(own) {
                return;
            }
            saved_first = true;
        }
        let Some(copy) = self.session.doc().workshop().copy_for(participant) else {
            return;
        };
        let written = format::to_text(&copy).and_then(|text| {
            format::write_atomically_without_backup(&path, text.as_bytes()).map_err(|source| {
                format::SaveError::Write {
                    path: path.clone(),
                    source,
                }
            })
        });
        match written {
            Ok(()) => {
                let who = copy.copy_of.map(|c| c.participant.name).unwrap_or_default();
                let text =
                    room::copy_written(&who, &crate::ui::shown_name(&path), saved_first, lang);
                self.show_message(texts(lang).copy_title, text, false);
            }
            Err(error) => self.show_error(false, error.describe(lang)),
        }
    }

    /// Reads a participant's copy and shows what it would change; nothing changes yet.
    pub(in crate::ui) fn read_copy_from(&mut self, path: PathBuf) {
        let lang = self.lang();
        let x = texts(lang);
        let same = |a: &Path, b: &Path| {
            a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
        };
        if self
            .session
            .doc()
            .path()
            .is_some_and(|own| same(own, &path))
        {
            self.show_message(x.read_title, x.same_file.into(), true);
            return;
        }
        // Read on a worker; the preview opens when it is there.
        self.start_sheet_read(path, super::reading::SheetPurpose::Copy);
    }

    /// Shows what a participant's copy, read from `path`, would change.
    pub(in crate::ui) fn preview_copy(&mut self, path: &Path, copy: &crate::model::Workshop) {
        let x = texts(self.lang());
        match CopyRead::plan(self.session.doc().workshop(), copy, None) {
            Ok(read) => {
                self.read_copy = Some(ReadCopyDialog::new(read, crate::ui::shown_name(path)))
            }
            Err(CopyRefused::IntoACopy) => {
                self.show_message(x.read_title, x.into_a_copy.into(), true)
            }
            Err(other) => self.show_message(x.read_title, other.to_string(), true),
        }
    }

    /// Applies (one undo step) or drops what the read window decided.
    pub(in crate::ui) fn finish_read_copy(&mut self, action: ReadCopyAction) {
        self.read_copy = None;
        if let ReadCopyAction::Apply(edit) = action {
            let count = match &edit {
                Edit::TakeScores { scores, .. } => scores.len(),
                _ => 0,
            };
            self.apply_edit(edit, None);
            let lang = self.lang();
            self.show_message(texts(lang).read_title, room::read_done(count, lang), false);
        }
    }
}
