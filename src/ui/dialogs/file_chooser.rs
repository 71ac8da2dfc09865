//! The built-in file chooser: used when the system's file dialog cannot appear (no desktop
//! portal and no zenity on Linux), or when the user prefers it. A window over the workshop with
//! a path field to type or paste into, the folders and the files of the asked kind, the recent
//! files, and a question before overwriting.
//!
//! It stays open over several frames; [`FileChooser::show`] returns the outcome once the user
//! has chosen or cancelled.

use std::path::{Path, PathBuf};

use egui::RichText;

use crate::locale::Lang;
use crate::ui::session::file_dialog::FileKind;

/// Open an existing file, or choose where to save one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChooserMode {
    /// An existing file.
    Open,
    /// A place to save (asks before overwriting).
    Save,
}

/// How the chooser ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChooserOutcome {
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user cancelled.
    Cancelled,
}

/// One line of the folder listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The file or folder name.
    pub name: String,
    /// A folder (shown first, with a slash).
    pub is_dir: bool,
}

/// The folders and the files of `kind` in `dir`, folders first, each group by name (hidden
/// files left out). An unreadable folder is an error in plain words.
pub fn list(dir: &Path, kind: FileKind) -> std::io::Result<Vec<Entry>> {
    let mut entries: Vec<Entry> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let is_dir = entry.path().is_dir();
            let shown = !name.starts_with('.') && (is_dir || kind.matches(Path::new(&name)));
            shown.then_some(Entry { name, is_dir })
        })
        .collect();
    entries.sort_by_key(|e| (!e.is_dir, e.name.to_lowercase()));
    Ok(entries)
}

/// The file a typed text stands for: an absolute path as it is, anything else inside `dir`;
/// `~` is the home folder.
pub fn resolve(dir: &Path, typed: &str) -> PathBuf {
    let typed = typed.trim();
    if let Some(rest) = typed.strip_prefix("~/")
        && let Some(home) = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"))
    {
        return PathBuf::from(home).join(rest);
    }
    let path = PathBuf::from(typed);
    if path.is_absolute() {
        path
    } else {
        dir.join(path)
    }
}

/// The built-in chooser's state while it is open.
#[derive(Debug)]
pub struct FileChooser {
    mode: ChooserMode,
    kind: FileKind,
    title: String,
    dir: PathBuf,
    /// What is in the path field.
    typed: String,
    entries: std::io::Result<Vec<Entry>>,
    /// Why the last confirmation was refused.
    problem: Option<String>,
    /// A save over an existing file, waiting for "overwrite?".
    confirm: Option<PathBuf>,
    focus_field: bool,
}

impl FileChooser {
    /// A chooser in `dir` (the folder of the open file, else the home folder), with the path
    /// field holding `suggested` (a file name to save under).
    pub fn new(
        mode: ChooserMode,
        kind: FileKind,
        title: &str,
        dir: PathBuf,
        suggested: &str,
    ) -> Self {
        let entries = list(&dir, kind);
        FileChooser {
            mode,
            kind,
            title: title.to_string(),
            dir,
            typed: suggested.to_string(),
            entries,
            problem: None,
            confirm: None,
            focus_field: true,
        }
    }

    /// The folder shown.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether it opens or saves.
    pub fn mode(&self) -> ChooserMode {
        self.mode
    }

    /// The kind of file asked for.
    pub fn kind(&self) -> FileKind {
        self.kind
    }

    fn enter(&mut self, dir: PathBuf) {
        self.entries = list(&dir, self.kind);
        self.dir = dir;
        self.problem = None;
    }

    /// Checks the typed path and ends the chooser when it is a good answer.
    fn confirm(&mut self, lang: Lang) -> Option<ChooserOutcome> {
        let t = lang.files();
        let typed = self.typed.trim();
        if typed.is_empty() {
            self.problem = Some(t.type_a_name.to_string());
            return None;
        }
        let path = resolve(&self.dir, typed);
        if path.is_dir() {
            self.enter(path);
            self.typed.clear();
            return None;
        }
        match self.mode {
            ChooserMode::Open if !path.is_file() => {
                self.problem = Some(format!("{} {}", t.does_not_exist, path.display()));
                None
            }
            ChooserMode::Open => Some(ChooserOutcome::Chosen(path)),
            ChooserMode::Save => {
                let path = self.kind.with_extension(path);
                match path.parent() {
                    Some(parent) if !parent.as_os_str().is_empty() && !parent.is_dir() => {
                        self.problem = Some(format!("{} {}", t.no_such_folder, parent.display()));
                        None
                    }
                    _ if path.exists() => {
                        self.confirm = Some(path);
                        None
                    }
                    _ => Some(ChooserOutcome::Chosen(path)),
                }
            }
        }
    }

    /// Shows the chooser; returns the outcome once the user chose or cancelled.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        lang: Lang,
        recent: &[PathBuf],
    ) -> Option<ChooserOutcome> {
        let mut outcome = None;
        // Read before the path field can take the key for itself.
        let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
        let modal = egui::Modal::new(egui::Id::unique("kraljic-file-chooser")).show(ctx, |ui| {
            ui.set_width((ctx.content_rect().width() * 0.6).clamp(320.0, 760.0));
            ui.heading(&self.title);
            if let Some(path) = self.confirm.clone() {
                outcome = self.overwrite_question(ui, lang, path);
                return;
            }
            outcome = self.browser(ui, lang, recent);
        });
        // Only Esc (or Annuleren) closes it: a click beside it, meant for a button that moved,
        // never throws the choice away.
        let escape =
            escape || (modal.should_close() && ctx.input(|i| i.key_pressed(egui::Key::Escape)));
        if outcome.is_none() && escape {
            // Esc closes an open question first.
            if self.confirm.take().is_none() {
                outcome = Some(ChooserOutcome::Cancelled);
            }
        }
        outcome
    }

    fn overwrite_question(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        path: PathBuf,
    ) -> Option<ChooserOutcome> {
        let t = lang.files();
        ui.label(format!("{} {}", t.exists_already, path.display()));
        ui.label(t.overwrite_question);
        let mut outcome = None;
        ui.horizontal(|ui| {
            let overwrite = ui.button(RichText::new(t.overwrite).strong());
            if overwrite.clicked() {
                outcome = Some(ChooserOutcome::Chosen(path.clone()));
            }
            if ui.button(t.choose_other).clicked() {
                self.confirm = None;
            }
        });
        outcome
    }

    fn browser(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        recent: &[PathBuf],
    ) -> Option<ChooserOutcome> {
        let t = lang.files();
        let mut outcome = None;
        ui.horizontal_wrapped(|ui| {
            let up = ui.add_enabled(self.dir.parent().is_some(), egui::Button::new(t.up));
            if up.clicked()
                && let Some(parent) = self.dir.parent().map(Path::to_path_buf)
            {
                self.enter(parent);
            }
            ui.label(RichText::new(format!("{} {}", t.folder, self.dir.display())).strong());
        });
        ui.label(RichText::new(self.kind.describe(lang)).small());
        self.listing(ui, lang);
        if self.mode == ChooserMode::Open && !recent.is_empty() {
            ui.label(RichText::new(t.recent).strong());
            for path in recent.iter().filter(|p| self.kind.matches(p)).take(5) {
                if ui.button(path.display().to_string()).clicked() {
                    self.typed = path.display().to_string();
                }
            }
        }
        ui.separator();
        let field = ui
            .horizontal(|ui| {
                let label = ui.label(RichText::new(t.path_field).strong());
                ui.add(egui::TextEdit::singleline(&mut self.typed).desired_width(f32::INFINITY))
                    .labelled_by(label.id)
            })
            .inner;
        if std::mem::take(&mut self.focus_field) {
            field.request_focus();
        }
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if let Some(problem) = &self.problem {
            ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
        }
        ui.horizontal(|ui| {
            let confirm_label = match self.mode {
                ChooserMode::Open => t.open,
                ChooserMode::Save => t.save,
            };
            if ui.button(RichText::new(confirm_label).strong()).clicked() || entered {
                outcome = self.confirm(lang);
            }
            if ui.button(t.cancel).clicked() {
                outcome = Some(ChooserOutcome::Cancelled);
            }
        });
        outcome
    }

    /// The folders and files: a folder opens with a click, a file fills the path field.
    fn listing(&mut self, ui: &mut egui::Ui, lang: Lang) {
        let t = lang.files();
        let mut clicked = None;
        egui::ScrollArea::vertical()
            .max_height((ui.ctx().content_rect().height() * 0.4).max(120.0))
            .auto_shrink([false, true])
            .show(ui, |ui| match &self.entries {
                Ok(entries) if entries.is_empty() => {
                    ui.label(t.empty_folder);
                }
                Ok(entries) => {
                    for entry in entries {
                        let text = if entry.is_dir {
                            format!("{}/", entry.name)
                        } else {
                            entry.name.clone()
                        };
                        let selected = !entry.is_dir && self.typed == entry.name;
                        if ui.selectable_label(selected, text).clicked() {
                            clicked = Some(entry.clone());
                        }
                    }
                }
                Err(error) => {
                    ui.label(format!("{} ({error})", t.unreadable_folder));
                }
            });
        match clicked {
            Some(entry) if entry.is_dir => self.enter(self.dir.join(entry.name)),
            Some(entry) => self.typed = entry.name,
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_listing_shows_folders_first_then_files_of_the_kind() {
        let dir = tempfile::tempdir().expect("dir");
        for name in [
            "b.kraljic.ron",
            "A.kraljic.ron",
            "notes.txt",
            ".hidden.kraljic.ron",
        ] {
            std::fs::write(dir.path().join(name), "x").expect("file");
        }
        std::fs::create_dir(dir.path().join("zeta")).expect("folder");
        let names: Vec<String> = list(dir.path(), FileKind::Workshop)
            .expect("listed")
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(names, ["zeta", "A.kraljic.ron", "b.kraljic.ron"]);
        let sheets: Vec<String> = list(dir.path(), FileKind::Spreadsheet)
            .expect("listed")
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(sheets, ["zeta", "notes.txt"], "a CSV may be saved as .txt");
    }

    #[test]
    fn a_typed_name_is_inside_the_folder_and_a_full_path_is_itself() {
        let dir = Path::new("/data/inkoop");
        assert_eq!(resolve(dir, "nmd.kraljic.ron"), dir.join("nmd.kraljic.ron"));
        assert_eq!(resolve(dir, " /tmp/x.csv "), PathBuf::from("/tmp/x.csv"));
    }
}
