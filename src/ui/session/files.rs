//! New, open and save, with the unsaved-changes question before the current work is replaced.

use std::path::{Path, PathBuf};

use crate::format;
use crate::format::lock::{FileLock, LockState, lock_state};
use crate::format::recovery::Recovered;
use crate::format::stamp::DiskStamp;
use crate::locale::Lang;
use crate::locale::cli::CliMessage;
use crate::model::Workshop;
use crate::ui::Edit;
use crate::ui::app::KraljicApp;
use crate::ui::desk::baseline::Baseline;
use crate::ui::dialogs::{Modal, ModalAnswer, Pending};
use crate::ui::session::choose::FilePurpose;
use crate::ui::session::document::{Document, Origin};

impl KraljicApp {
    /// Opens the built-in example.
    pub(in crate::ui) fn open_example(&mut self) {
        match crate::examples::default_workshop() {
            Ok(loaded) => self.set_document(Document::new(loaded.workshop, Origin::Example)),
            Err(error) => {
                // Only possible in a broken build; say so rather than start blank silently.
                log::error!("the built-in example does not load: {error}");
                self.show_error(true, error.describe(self.lang()));
            }
        }
    }

    /// Asks before `pending` replaces unsaved work; runs it at once when there is none.
    pub(in crate::ui) fn request(&mut self, pending: Pending) {
        // Whatever takes the workshop's place (another file, a new one, quitting), a running
        // phone round ends first: its last votes land in this workshop, before the question
        // whether to save it.
        self.close_phone_round();
        if self.session.doc().is_dirty() {
            self.ask(Modal::Unsaved(pending));
        } else {
            self.proceed(pending);
        }
    }

    /// The user answered a dialog.
    pub(in crate::ui) fn answer_modal(&mut self, _ctx: &egui::Context, answer: ModalAnswer) {
        let Some(modal) = self.files.modals.pop_front() else {
            return;
        };
        match (modal, answer) {
            (Modal::Unsaved(pending), ModalAnswer::Save) => self.save_then(Some(pending)),
            (Modal::Unsaved(pending), ModalAnswer::Discard) => self.proceed(pending),
            (Modal::Recover(recovered), ModalAnswer::Restore) => self.restore_recovered(*recovered),
            (Modal::Recover(recovered), ModalAnswer::Discard) => {
                self.forget_recovery_file(&recovered.path);
            }
            (Modal::ChangedOnDisk(path), ModalAnswer::Reload) => self.open_path(path),
            (Modal::ChangedOnDisk(_), ModalAnswer::SaveCopy) => self.save_as(),
            (Modal::ChangedOnDisk(path), ModalAnswer::Overwrite) => {
                self.write_to(path);
            }
            (Modal::Locked { path, restore, .. }, ModalAnswer::ReadOnly) => {
                self.open_then_restore(LockChecked::answered(path, true), restore);
            }
            (Modal::Locked { path, restore, .. }, ModalAnswer::OpenAnyway) => {
                self.open_then_restore(LockChecked::answered(path, false), restore);
            }
            (
                Modal::Unsaved(_)
                | Modal::ChangedOnDisk(_)
                | Modal::Locked { .. }
                | Modal::Recover(_),
                _,
            )
            | (Modal::Message { .. }, _) => {}
        }
    }

    pub(in crate::ui) fn proceed(&mut self, pending: Pending) {
        match pending {
            Pending::Open(Some(path)) => self.open_path(path),
            Pending::Open(None) => self.ask_file(FilePurpose::Open),
            Pending::Quit => self.closing = true,
            Pending::Adopt { workshop, unsaved } => {
                let mut doc = Document::new(*workshop, Origin::New);
                if unsaved {
                    doc.mark_unsaved();
                }
                self.set_document(doc);
            }
        }
    }

    /// Opens a file. On failure the open workshop stays as it is and the loader's message is
    /// shown.
    pub fn open_path(&mut self, path: PathBuf) {
        self.open_path_then(path, None);
    }

    /// Opens a file after its lock check (asking when a colleague has it open), then puts
    /// recovered work in as unsaved changes when there is any.
    pub(in crate::ui) fn open_path_then(&mut self, path: PathBuf, restore: Option<Box<Recovered>>) {
        match LockChecked::check(path) {
            Ok(checked) => self.open_then_restore(checked, restore),
            Err((path, holder)) => self.ask(Modal::Locked {
                path,
                holder,
                restore,
            }),
        }
    }

    /// Reads the file on a worker (at start-up, before the window shows, at once) and then
    /// opens it; recovered work goes onto it when it opened.
    fn open_then_restore(&mut self, checked: LockChecked, restore: Option<Box<Recovered>>) {
        if self.read_in_background {
            let path = checked.path.clone();
            self.start_sheet_read(path, super::reading::SheetPurpose::Open);
            self.opening = Some((checked, restore));
        } else {
            let loaded = format::load_path(&checked.path);
            self.finish_open(checked, loaded, restore);
        }
    }

    /// Opens what the worker read for `checked`, then puts `restore` onto it.
    pub(in crate::ui) fn finish_open(
        &mut self,
        checked: LockChecked,
        loaded: Result<format::Loaded, format::LoadError>,
        restore: Option<Box<Recovered>>,
    ) {
        let path = checked.path.clone();
        self.open_checked(checked, loaded);
        // Only onto the file it belongs to: when that did not open, the work stays kept.
        if let Some(recovered) = restore
            && self.session.doc().path() == Some(path.as_path())
        {
            self.finish_restore(*recovered);
        }
    }

    /// Opens a file whose lock was checked (or that the user chose to open anyway, or read
    /// only), as read. A file opened for editing gets our lock; a crashed session's lock is
    /// cleared.
    fn open_checked(
        &mut self,
        checked: LockChecked,
        loaded: Result<format::Loaded, format::LoadError>,
    ) {
        let LockChecked { path, read_only } = checked;
        let lang = self.lang();
        let stale = match lock_state(&path) {
            LockState::Stale(info) => Some(info),
            _ => None,
        };
        match loaded {
            Ok(loaded) if is_bundled_example(&path) => {
                // An example is a template: its content as a new workshop, saved elsewhere.
                log::info!("opened the example {} as a template", path.display());
                self.set_document(Document::new(loaded.workshop, Origin::Example));
            }
            Ok(loaded) => {
                log::info!("opened {}", path.display());
                self.prefs.remember(&path);
                let mut doc = Document::new(loaded.workshop, Origin::File(path.clone()));
                doc.set_disk(DiskStamp::read(&path).ok().flatten());
                doc.set_read_only(read_only);
                self.set_document(doc);
                // Where the user left off in this file.
                let last = self.prefs.last_selected.clone();
                if let Some((_, lot)) = last.filter(|(file, _)| *file == path)
                    && self
                        .session
                        .doc()
                        .workshop()
                        .lot(crate::model::LotId(lot))
                        .is_some()
                {
                    self.view.selected = Some(crate::model::LotId(lot));
                }
                if !read_only {
                    self.take_lock(&path);
                }
                let mut remarks: Vec<String> =
                    loaded.warnings.iter().map(|w| w.describe(lang)).collect();
                if let Some(info) = stale.filter(|_| !read_only) {
                    remarks.push(format!(
                        "{} {} ({}), {} {}.",
                        lang.safety().stale_cleared,
                        crate::locale::safety::lock_holder(&info.user, lang),
                        info.host,
                        lang.safety().since,
                        crate::locale::safety::format_moment(info.since)
                    ));
                }
                if let Some(version) = loaded.migrated_from {
                    remarks.insert(0, migrated_note(version, lang));
                }
                if !remarks.is_empty() {
                    self.show_message(
                        lang.ui().opened_with_warnings,
                        format!("{}\n\n{}", path.display(), remarks.join("\n")),
                        false,
                    );
                }
            }
            Err(error) => {
                log::warn!("could not open {}: {error}", path.display());
                if !path.exists() {
                    self.prefs.forget(&path);
                }
                self.show_error(true, error.describe(lang));
            }
        }
    }

    /// Saves to the current file, or asks where when there is none (an example, a new
    /// workshop, a file opened read-only); `then` goes on once saved.
    pub(in crate::ui) fn save_then(&mut self, then: Option<Pending>) {
        let path = self
            .session
            .doc()
            .path()
            .filter(|_| !self.session.doc().is_read_only());
        match path.map(Path::to_path_buf) {
            Some(path) => {
                if self.save_to(path)
                    && let Some(pending) = then
                {
                    self.proceed(pending);
                }
            }
            None => self.ask_file(FilePurpose::Save { then }),
        }
    }

    /// Asks where to save, then saves.
    pub(in crate::ui) fn save_as(&mut self) {
        self.ask_file(FilePurpose::Save { then: None });
    }

    pub(in crate::ui) fn save_to(&mut self, path: PathBuf) -> bool {
        // Someone else saved the file since we read it: never overwrite silently.
        if self.session.doc().path() == Some(path.as_path())
            && let Some(ours) = self.session.doc().disk()
            && let Ok(Some(now)) = DiskStamp::read(&path)
            && now != ours
        {
            log::warn!("{} changed on disk since it was opened", path.display());
            self.ask(Modal::ChangedOnDisk(path));
            return false;
        }
        self.write_to(path)
    }

    /// Writes the workshop to `path` (no questions asked). True when saved.
    pub(in crate::ui) fn write_to(&mut self, path: PathBuf) -> bool {
        match format::save_path(self.session.doc().workshop(), &path) {
            Ok(()) => {
                log::info!("saved {}", path.display());
                self.prefs.remember(&path);
                if self.session.doc().path() != Some(path.as_path()) {
                    self.take_lock(&path);
                }
                self.session.doc_mut().mark_saved(path.clone());
                self.session
                    .doc_mut()
                    .set_disk(DiskStamp::read(&path).ok().flatten());
                true
            }
            Err(error) => {
                log::warn!("could not save {}: {error}", path.display());
                self.show_error(false, error.describe(self.lang()));
                false
            }
        }
    }

    /// Adds the kaders of the workshop at `path` that this one does not have yet (one undo
    /// step), and says how many.
    pub(in crate::ui) fn take_over_kaders_from(&mut self, path: PathBuf) {
        let lang = self.lang();
        let incoming = match format::load_path(&path) {
            Ok(loaded) => loaded.workshop.kaders,
            Err(error) => {
                self.show_error(false, error.describe(lang));
                return;
            }
        };
        let mut kaders = self.session.doc().workshop().kaders.clone();
        let added = crate::model::kader::take_over(&mut kaders, &incoming);
        if added > 0 {
            self.apply_edit(Edit::Kaders(kaders), None);
        }
        let file = crate::ui::shown_name(&path);
        let texts = crate::locale::kaders::texts(lang);
        let text = crate::locale::kaders::taken_over(added, &file, lang);
        self.show_message(texts.taken_over_title, text, false);
    }

    /// Starts a new workshop from a template, or asks for the workshop file to start from; the
    /// unsaved-changes question comes first when the open one has changes.
    pub(in crate::ui) fn start_new(&mut self, start: crate::ui::dialogs::new_workshop::NewStart) {
        use crate::ui::dialogs::new_workshop::NewStart;
        self.view.windows.close(crate::ui::ToolWindow::NewWorkshop);
        let lang = self.lang();
        let title = lang.ui().new_workshop_title;
        match start {
            NewStart::Template(name) => {
                let Some(template) = self.templates.iter().find(|t| t.name == name) else {
                    return;
                };
                let workshop = template.workshop(title, |text| lang.pick(text));
                self.request(Pending::Adopt {
                    workshop: Box::new(workshop),
                    unsaved: false,
                });
            }
            NewStart::FromFile => self.ask_file(FilePurpose::TemplateFrom),
        }
    }

    /// Starts a new workshop with the setup of the workshop file at `path` (no lots, no scores).
    pub(in crate::ui) fn start_from_file(&mut self, path: PathBuf) {
        let lang = self.lang();
        match format::load_path(&path) {
            Ok(loaded) => {
                let workshop = loaded.workshop.as_template(lang.ui().new_workshop_title);
                self.request(Pending::Adopt {
                    workshop: Box::new(workshop),
                    unsaved: false,
                });
            }
            Err(error) => self.show_error(true, error.describe(lang)),
        }
    }

    /// Opens an earlier analysis to compare with; the open workshop is not touched.
    pub(in crate::ui) fn open_baseline_from(&mut self, path: PathBuf) {
        // Read on a worker; the comparison starts when it is there.
        self.start_sheet_read(path, super::reading::SheetPurpose::Baseline);
    }

    /// Compares with the earlier round read from `path`.
    pub(in crate::ui) fn compare_with(&mut self, path: PathBuf, earlier: crate::model::Workshop) {
        // An earlier round without scores draws nothing: say why.
        if earlier.scored_count() == 0 {
            let t = self.lang().files();
            self.show_message(t.baseline_title, t.baseline_unscored.into(), false);
        }
        let baseline = Baseline::new(path, earlier, self.session.doc().workshop());
        self.view.baseline = Some(baseline);
    }

    /// Takes the lock of a file we edit (a folder where no lock can be written only logs).
    fn take_lock(&mut self, path: &Path) {
        self.files.lock = None;
        match FileLock::take(path) {
            Ok(lock) => self.files.lock = Some(lock),
            Err(error) => log::warn!("could not lock {}: {error}", path.display()),
        }
    }

    pub(in crate::ui) fn show_error(&mut self, opening: bool, text: String) {
        let t = self.lang().ui();
        let title = if opening {
            t.open_failed
        } else {
            t.save_failed
        };
        self.show_message(title, text, true);
    }
}

fn migrated_note(version: u32, lang: Lang) -> String {
    CliMessage::Migrated {
        from: version,
        to: format::FORMAT_VERSION,
    }
    .text(lang)
}

/// A file name from the workshop title: `inkoopstrategie-2026.kraljic.ron`.
/// A file whose lock was looked at: free, left by a crashed session, or held by someone else and
/// the user chose read-only or to edit anyway. Only [`LockChecked::check`] and the answer to
/// the lock question make one, so no path opens a file past a colleague's lock unasked.
pub(in crate::ui) struct LockChecked {
    path: PathBuf,
    read_only: bool,
}

impl LockChecked {
    /// The file's lock allows opening it for editing; else the file and who holds it.
    fn check(path: PathBuf) -> Result<LockChecked, (PathBuf, crate::format::lock::LockInfo)> {
        match lock_state(&path) {
            LockState::Held(holder) if path.exists() => Err((path, holder)),
            _ => Ok(LockChecked {
                path,
                read_only: false,
            }),
        }
    }

    /// The user answered the lock question.
    fn answered(path: PathBuf, read_only: bool) -> LockChecked {
        LockChecked { path, read_only }
    }
}

/// Whether `path` is one of the examples that come with the program (in the `workshops/` folder
/// beside the program, or of the source it was built from): those are never written to.
pub fn is_bundled_example(path: &Path) -> bool {
    let Some(folder) = path.parent().and_then(|p| p.canonicalize().ok()) else {
        return false;
    };
    let exe_dir = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_path_buf));
    let candidates = [
        exe_dir.as_ref().map(|d| d.join("workshops")),
        // `cargo run`: target/release/ in the checkout.
        exe_dir.as_ref().map(|d| d.join("../../workshops")),
        Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("workshops")),
    ];
    candidates
        .into_iter()
        .flatten()
        .filter_map(|c| c.canonicalize().ok())
        .any(|c| c == folder)
}

pub(in crate::ui) fn suggested_file_name(workshop: &Workshop, current: Option<&Path>) -> String {
    if let Some(name) = current.and_then(Path::file_name) {
        return name.to_string_lossy().into();
    }
    let mut stem = String::new();
    for ch in workshop.title.chars() {
        if ch.is_alphanumeric() {
            stem.extend(ch.to_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    let stem = if stem.is_empty() { "werksessie" } else { stem };
    format!("{stem}.{}", format::FILE_EXTENSION)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggested_names_come_from_the_title() {
        let w = Workshop {
            title: "Inkoopstrategie NMD 2026!".into(),
            ..Workshop::default()
        };
        assert_eq!(
            suggested_file_name(&w, None),
            "inkoopstrategie-nmd-2026.kraljic.ron"
        );
        assert_eq!(
            suggested_file_name(&Workshop::default(), None),
            "werksessie.kraljic.ron"
        );
        assert_eq!(
            suggested_file_name(&w, Some(Path::new("/a/b.kraljic.ron"))),
            "b.kraljic.ron"
        );
    }
}
