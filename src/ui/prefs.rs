//! Settings of the window that outlive a session (language, theme, zoom, recent files), kept in
//! eframe's storage. The workshop itself is never stored there.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::locale::Lang;

/// The key under which the preferences are stored.
pub const STORAGE_KEY: &str = "kraljic-workshop-prefs";

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 8;

/// Preferences of the user, not of the workshop.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Language code (`nl`, `en`).
    pub language: String,
    /// Dark theme.
    pub dark: bool,
    /// Zoom factor (1 = 100%).
    pub zoom: f32,
    /// Recently opened or saved files, newest first.
    pub recent: Vec<PathBuf>,
    /// The lot list is open (`None`: open when the window is wide enough).
    pub list_open: Option<bool>,
    /// The lot card is open (`None`: open).
    pub card_open: Option<bool>,
    /// The system's file dialog or the built-in chooser.
    pub file_chooser: super::session::file_dialog::ChooserPreference,
    /// The lot last selected, and in which file: opening that file again selects it.
    pub last_selected: Option<(PathBuf, u32)>,
    /// The phone round's address and the room's Wi-Fi (never in a workshop file).
    pub room: RoomPrefs,
}

/// What a phone round remembers on this laptop.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoomPrefs {
    /// The address chosen for the server (empty: the default route's).
    pub address: String,
    /// The room's Wi-Fi network.
    pub wifi_name: String,
    /// Its password.
    pub wifi_password: String,
}

impl Default for Prefs {
    fn default() -> Prefs {
        Prefs {
            language: Lang::Dutch.code().into(),
            dark: false,
            zoom: 1.0,
            recent: Vec::new(),
            list_open: None,
            card_open: None,
            file_chooser: super::session::file_dialog::ChooserPreference::default(),
            last_selected: None,
            room: RoomPrefs::default(),
        }
    }
}

impl Prefs {
    /// The language, Dutch if the stored code is unknown.
    pub fn lang(&self) -> Lang {
        Lang::from_code(&self.language).unwrap_or_default()
    }

    /// Sets the language.
    pub fn set_lang(&mut self, lang: Lang) {
        self.language = lang.code().into();
    }

    /// Puts `path` at the top of the recent files.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
    }

    /// Drops `path` from the recent files (e.g. it no longer opens).
    pub fn forget(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
    }

    /// The file used last, if any.
    pub fn last_file(&self) -> Option<&Path> {
        self.recent.first().map(PathBuf::as_path)
    }

    /// A zoom factor within sensible bounds.
    pub fn zoom(&self) -> f32 {
        if self.zoom.is_finite() {
            self.zoom.clamp(0.5, 4.0)
        } else {
            1.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_newest_first_and_bounded() {
        let mut prefs = Prefs::default();
        for i in 0..12 {
            prefs.remember(Path::new(&format!("{i}.kraljic.ron")));
        }
        prefs.remember(Path::new("5.kraljic.ron"));
        assert_eq!(prefs.recent.len(), MAX_RECENT);
        assert_eq!(prefs.last_file(), Some(Path::new("5.kraljic.ron")));
        assert_eq!(
            prefs
                .recent
                .iter()
                .filter(|p| p.ends_with("5.kraljic.ron"))
                .count(),
            1
        );
    }

    #[test]
    fn odd_stored_values_fall_back_to_defaults() {
        let prefs = Prefs {
            language: "de".into(),
            zoom: f32::NAN,
            ..Prefs::default()
        };
        assert_eq!(prefs.lang(), Lang::Dutch);
        assert!((prefs.zoom() - 1.0).abs() < f32::EPSILON);
    }
}
