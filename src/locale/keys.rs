//! Key names as the user's keyboard and language call them: "Ctrl+Komma", "Pijl omlaag" in
//! Dutch; "Ctrl+Comma", "Down" in English (Cmd on a Mac).

use egui::{Key, KeyboardShortcut, Modifiers};

use super::Lang;

/// A shortcut in words: the modifiers, then the key, joined by "+".
pub fn shortcut(shortcut: &KeyboardShortcut, lang: Lang) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let Modifiers {
        alt,
        ctrl,
        shift,
        mac_cmd,
        command,
    } = shortcut.modifiers;
    if ctrl || (command && !cfg!(target_os = "macos")) {
        parts.push("Ctrl");
    }
    if mac_cmd || (command && cfg!(target_os = "macos")) {
        parts.push("Cmd");
    }
    if alt {
        parts.push("Alt");
    }
    if shift {
        parts.push("Shift");
    }
    let key = key_name(shortcut.logical_key, lang);
    parts.push(&key);
    parts.join("+")
}

/// One key's name.
pub fn key_name(key: Key, lang: Lang) -> String {
    let dutch = lang == Lang::Dutch;
    let word = match key {
        Key::ArrowDown => {
            if dutch {
                "Pijl omlaag"
            } else {
                "Down"
            }
        }
        Key::ArrowUp => {
            if dutch {
                "Pijl omhoog"
            } else {
                "Up"
            }
        }
        Key::ArrowLeft => {
            if dutch {
                "Pijl links"
            } else {
                "Left"
            }
        }
        Key::ArrowRight => {
            if dutch {
                "Pijl rechts"
            } else {
                "Right"
            }
        }
        Key::PageDown => "Page Down",
        Key::PageUp => "Page Up",
        Key::Escape => "Esc",
        Key::Delete => "Delete",
        Key::Comma => {
            if dutch {
                "Komma"
            } else {
                "Comma"
            }
        }
        Key::Plus | Key::Equals => {
            if dutch {
                "Plusteken"
            } else {
                "Plus"
            }
        }
        Key::Minus => {
            if dutch {
                "Minteken"
            } else {
                "Minus"
            }
        }
        Key::Space => {
            if dutch {
                "Spatiebalk"
            } else {
                "Space"
            }
        }
        Key::Enter => "Enter",
        Key::Tab => "Tab",
        other => return other.symbol_or_name().to_string(),
    };
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_named_the_dutch_way_in_dutch() {
        let ctrl_comma = KeyboardShortcut::new(Modifiers::CTRL, Key::Comma);
        assert_eq!(shortcut(&ctrl_comma, Lang::Dutch), "Ctrl+Komma");
        assert_eq!(shortcut(&ctrl_comma, Lang::English), "Ctrl+Comma");
        let down = KeyboardShortcut::new(Modifiers::NONE, Key::ArrowDown);
        assert_eq!(shortcut(&down, Lang::Dutch), "Pijl omlaag");
        let redo = KeyboardShortcut::new(Modifiers::CTRL.plus(Modifiers::SHIFT), Key::Z);
        assert_eq!(shortcut(&redo, Lang::Dutch), "Ctrl+Shift+Z");
        assert_eq!(key_name(Key::F8, Lang::Dutch), "F8");
        assert_eq!(key_name(Key::Num3, Lang::Dutch), "3");
    }
}
