//! The QR codes a phone round shows: the join address, and optionally the room's Wi-Fi.

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code as a square of modules, row by row (true is dark).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrGrid {
    /// Modules per side (without the quiet zone around it).
    pub size: usize,
    /// `size * size` modules, row by row.
    pub dark: Vec<bool>,
}

impl QrGrid {
    /// Whether the module at `x`, `y` is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark.get(y * self.size + x).copied().unwrap_or(false)
    }
}

/// The QR code of `text` (medium error correction, readable from across a room); `None` when
/// the text is too long for any QR code.
pub fn qr_grid(text: &str) -> Option<QrGrid> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = usize::try_from(code.size()).ok()?;
    let dark = (0..code.size())
        .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
        .map(|(x, y)| code.get_module(x, y))
        .collect();
    Some(QrGrid { size, dark })
}

/// The text of a Wi-Fi QR code (`WIFI:T:WPA;S:name;P:password;;`), with the characters the
/// format reserves escaped; an open network when the password is empty.
pub fn wifi_text(name: &str, password: &str) -> String {
    let escape = |s: &str| {
        s.chars()
            .flat_map(|c| match c {
                '\\' | ';' | ',' | ':' | '"' => vec!['\\', c],
                _ => vec![c],
            })
            .collect::<String>()
    };
    if password.is_empty() {
        format!("WIFI:T:nopass;S:{};;", escape(name))
    } else {
        format!("WIFI:T:WPA;S:{};P:{};;", escape(name), escape(password))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_fits_a_small_code() {
        let grid = qr_grid("http://192.168.178.23:8765/j/0123456789abcdef0123456789abcdef")
            .expect("a code");
        assert!(grid.size <= 45, "{} modules", grid.size);
        assert_eq!(grid.dark.len(), grid.size * grid.size);
        // The finder pattern's corner is dark.
        assert!(grid.is_dark(0, 0));
    }

    #[test]
    fn wifi_names_and_passwords_are_escaped() {
        assert_eq!(
            wifi_text("Raadzaal;Gast", "ge:heim\\"),
            "WIFI:T:WPA;S:Raadzaal\\;Gast;P:ge\\:heim\\\\;;"
        );
        assert_eq!(wifi_text("Open", ""), "WIFI:T:nopass;S:Open;;");
    }
}
