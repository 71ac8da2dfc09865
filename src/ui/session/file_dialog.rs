//! Choosing files: the kinds of file, the system's dialog (rfd, through the desktop portal or
//! zenity on Linux) behind a trait so tests can answer it without a desktop, whether that dialog
//! can appear at all, and the user's preference between it and the built-in chooser
//! ([`crate::ui::dialogs::file_chooser`]).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::format::FILE_EXTENSION;
use crate::locale::Lang;

/// What kind of file is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A workshop file (`.kraljic.ron`).
    Workshop,
    /// A spreadsheet to import.
    Spreadsheet,
    /// An export with this extension (without the dot).
    Export(&'static str),
}

/// The extensions a spreadsheet may have.
const SPREADSHEET_EXTENSIONS: [&str; 6] = ["xlsx", "xlsm", "xls", "ods", "csv", "txt"];

impl FileKind {
    /// Whether a file name is of this kind.
    pub fn matches(self, path: &Path) -> bool {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match self {
            FileKind::Workshop => name.ends_with(&format!(".{FILE_EXTENSION}")),
            FileKind::Spreadsheet => SPREADSHEET_EXTENSIONS
                .iter()
                .any(|e| name.ends_with(&format!(".{e}"))),
            FileKind::Export(extension) => name.ends_with(&format!(".{extension}")),
        }
    }

    /// A path to save to, with the kind's extension added when it is missing.
    pub fn with_extension(self, path: PathBuf) -> PathBuf {
        if self.matches(&path) {
            return path;
        }
        let name = path.to_string_lossy();
        match self {
            FileKind::Workshop if name.ends_with(".ron") => path.with_extension(FILE_EXTENSION),
            FileKind::Workshop => PathBuf::from(format!("{name}.{FILE_EXTENSION}")),
            FileKind::Spreadsheet => path,
            FileKind::Export(extension) => PathBuf::from(format!("{name}.{extension}")),
        }
    }

    /// What the chooser lists, in words.
    pub fn describe(self, lang: Lang) -> String {
        let t = lang.files();
        match self {
            FileKind::Workshop => t.kind_workshop.to_string(),
            FileKind::Spreadsheet => t.kind_spreadsheet.to_string(),
            FileKind::Export(extension) => format!("{} (.{extension})", t.kind_export),
        }
    }

    fn system_dialog(self) -> rfd::FileDialog {
        let dialog = rfd::FileDialog::new();
        let dialog = match self {
            FileKind::Workshop => dialog.add_filter("Kraljic Workshop (.kraljic.ron)", &["ron"]),
            FileKind::Spreadsheet => {
                dialog.add_filter("Spreadsheet (.xlsx, .ods, .csv)", &SPREADSHEET_EXTENSIONS)
            }
            FileKind::Export(extension) => {
                dialog.add_filter(extension.to_uppercase(), &[extension])
            }
        };
        dialog.add_filter("*", &["*"])
    }
}

/// Asks the user for a file to open or a place to save.
pub trait FileDialogs {
    /// Whether this dialog can appear at all; when not, the built-in chooser is used.
    fn available(&mut self) -> bool {
        true
    }
    /// Starts finding out whether the dialog can appear, so the first question does not wait.
    fn prepare(&mut self) {}
    /// A file of `kind` to open, or `None` when the user cancelled (or the dialog failed).
    fn pick_open(&mut self, kind: FileKind) -> Option<PathBuf>;
    /// Where to save a file of `kind`, or `None`. `suggested` is a file name.
    fn pick_save(&mut self, kind: FileKind, suggested: &str) -> Option<PathBuf>;
    /// Whether the last pick returned nothing because the dialog failed, not because the user
    /// cancelled.
    fn failed(&mut self) -> bool {
        false
    }
}

/// The system's file dialogs (through the desktop portal, or zenity).
#[derive(Debug, Default)]
pub struct SystemDialogs {
    errors_before: usize,
}

impl SystemDialogs {
    fn start(&mut self) {
        self.errors_before = crate::logging::dialog_errors();
    }
}

impl FileDialogs for SystemDialogs {
    fn available(&mut self) -> bool {
        system_dialog_can_appear()
    }

    fn prepare(&mut self) {
        // The portal check can take up to two seconds on a desktop without one.
        let spawned = std::thread::Builder::new()
            .name("file-dialog-check".into())
            .spawn(|| {
                system_dialog_can_appear();
            });
        if let Err(error) = spawned {
            log::warn!("could not check the file dialog in the background: {error}");
        }
    }

    fn pick_open(&mut self, kind: FileKind) -> Option<PathBuf> {
        self.start();
        kind.system_dialog().pick_file()
    }

    fn pick_save(&mut self, kind: FileKind, suggested: &str) -> Option<PathBuf> {
        self.start();
        kind.system_dialog()
            .set_file_name(suggested)
            .save_file()
            .map(|path| kind.with_extension(path))
    }

    fn failed(&mut self) -> bool {
        // rfd tells of a failure only in its log ("Failed to save file with zenity: ...").
        crate::logging::dialog_errors() > self.errors_before
    }
}

/// Whether the system's file dialog can appear: always on Windows and macOS; on Linux when the
/// desktop portal's file chooser answers on the session bus, or zenity is installed (the only
/// two ways rfd's portal backend has). Checked once per run.
pub fn system_dialog_can_appear() -> bool {
    static CAN: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *CAN.get_or_init(|| {
        let can = !cfg!(target_os = "linux") || zenity_installed() || portal_answers();
        log::info!("system file dialog available: {can}");
        can
    })
}

fn zenity_installed() -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()))
}

#[cfg(target_os = "linux")]
fn portal_answers() -> bool {
    let (sender, receiver) = std::sync::mpsc::channel();
    // A bus that does not answer must not hold up the window: wait two seconds at most.
    let spawned = std::thread::Builder::new()
        .name("portal-check".into())
        .spawn(move || {
            let version = zbus::block_on(async {
                let connection = zbus::Connection::session().await.ok()?;
                let proxy = zbus::Proxy::new(
                    &connection,
                    "org.freedesktop.portal.Desktop",
                    "/org/freedesktop/portal/desktop",
                    "org.freedesktop.portal.FileChooser",
                )
                .await
                .ok()?;
                proxy.get_property::<u32>("version").await.ok()
            });
            let _ = sender.send(version);
        });
    spawned.is_ok()
        && receiver
            .recv_timeout(std::time::Duration::from_secs(2))
            .ok()
            .flatten()
            .is_some()
}

#[cfg(not(target_os = "linux"))]
fn portal_answers() -> bool {
    true
}

/// Answers given in advance, for tests: each call takes the next answer.
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    /// Answers to opening a file (a workshop or a spreadsheet), first first.
    pub open: Vec<Option<PathBuf>>,
    /// Answers to saving (a workshop or an export), first first.
    pub save: Vec<Option<PathBuf>>,
}

impl FileDialogs for ScriptedDialogs {
    fn pick_open(&mut self, _kind: FileKind) -> Option<PathBuf> {
        (!self.open.is_empty())
            .then(|| self.open.remove(0))
            .flatten()
    }

    fn pick_save(&mut self, _kind: FileKind, _suggested: &str) -> Option<PathBuf> {
        (!self.save.is_empty())
            .then(|| self.save.remove(0))
            .flatten()
    }
}

/// A desktop where no system dialog can appear (no portal, no zenity): the built-in chooser
/// is used. For tests and for checking the built-in chooser by hand.
#[derive(Debug, Default)]
pub struct NoSystemDialog;

impl FileDialogs for NoSystemDialog {
    fn available(&mut self) -> bool {
        false
    }

    fn pick_open(&mut self, _kind: FileKind) -> Option<PathBuf> {
        None
    }

    fn pick_save(&mut self, _kind: FileKind, _suggested: &str) -> Option<PathBuf> {
        None
    }
}

/// Which file chooser the user wants.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChooserPreference {
    /// The system's dialog when it can appear, else the built-in chooser.
    #[default]
    Automatic,
    /// Always the system's dialog.
    System,
    /// Always the built-in chooser.
    BuiltIn,
}

impl ChooserPreference {
    /// Every choice, in the order of the settings.
    pub const ALL: [ChooserPreference; 3] = [
        ChooserPreference::Automatic,
        ChooserPreference::System,
        ChooserPreference::BuiltIn,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saving_adds_the_kind_s_extension_once() {
        let kind = FileKind::Workshop;
        assert_eq!(
            kind.with_extension(PathBuf::from("/a/nmd")),
            PathBuf::from("/a/nmd.kraljic.ron")
        );
        assert_eq!(
            kind.with_extension(PathBuf::from("/a/nmd.ron")),
            PathBuf::from("/a/nmd.kraljic.ron")
        );
        assert_eq!(
            kind.with_extension(PathBuf::from("/a/nmd.kraljic.ron")),
            PathBuf::from("/a/nmd.kraljic.ron")
        );
        let png = FileKind::Export("png");
        assert_eq!(
            png.with_extension(PathBuf::from("m")),
            PathBuf::from("m.png")
        );
        assert!(FileKind::Spreadsheet.matches(Path::new("Inkoop 2023.XLSX")));
        assert!(!FileKind::Spreadsheet.matches(Path::new("nmd.kraljic.ron")));
    }
}
