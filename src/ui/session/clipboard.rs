//! The system clipboard, behind a small port: reading a table pasted from a spreadsheet (its
//! text and its HTML), and writing a table (text and HTML) or a picture. egui's own clipboard
//! holds text only; the window's one [`SystemClipboard`] stays alive while the app runs, so
//! what it put there can still be pasted after the menu closes (on X11 the program that copied
//! serves the clipboard).

use std::sync::{Arc, Mutex};

/// What the clipboard holds as text and as HTML.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClipboardText {
    /// Plain text (tab-separated cells from a spreadsheet).
    pub text: Option<String>,
    /// HTML (the table a spreadsheet puts beside the text).
    pub html: Option<String>,
}

/// A picture for the clipboard: straight RGBA, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClipboardImage {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The pixels.
    pub rgba: Vec<u8>,
}

/// The clipboard could not be reached; the words are the system's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ClipboardError(pub String);

/// Reading and writing the clipboard.
pub trait Clipboard {
    /// Its text and HTML (either may be missing).
    fn read(&mut self) -> Result<ClipboardText, ClipboardError>;
    /// Puts a table there: as text and as HTML.
    fn write_table(&mut self, text: &str, html: &str) -> Result<(), ClipboardError>;
    /// Puts a picture there.
    fn write_image(&mut self, image: &ClipboardImage) -> Result<(), ClipboardError>;
}

/// The desktop's clipboard (arboard), opened on first use and kept open.
#[derive(Default)]
pub struct SystemClipboard {
    board: Option<arboard::Clipboard>,
}

impl SystemClipboard {
    fn board(&mut self) -> Result<&mut arboard::Clipboard, ClipboardError> {
        if self.board.is_none() {
            let board = arboard::Clipboard::new().map_err(|e| ClipboardError(e.to_string()))?;
            self.board = Some(board);
        }
        self.board
            .as_mut()
            .ok_or_else(|| ClipboardError("no clipboard".into()))
    }
}

impl Clipboard for SystemClipboard {
    fn read(&mut self) -> Result<ClipboardText, ClipboardError> {
        let board = self.board()?;
        // Either may be missing: a program that copied text only, or a picture.
        let html = board.get().html().ok();
        let text = board.get_text().ok();
        Ok(ClipboardText { text, html })
    }

    fn write_table(&mut self, text: &str, html: &str) -> Result<(), ClipboardError> {
        self.board()?
            .set_html(html, Some(text))
            .map_err(|e| ClipboardError(e.to_string()))
    }

    fn write_image(&mut self, image: &ClipboardImage) -> Result<(), ClipboardError> {
        let data = arboard::ImageData {
            width: image.width as usize,
            height: image.height as usize,
            bytes: std::borrow::Cow::Borrowed(&image.rgba),
        };
        self.board()?
            .set_image(data)
            .map_err(|e| ClipboardError(e.to_string()))
    }
}

/// What a [`MemoryClipboard`] holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Held {
    /// Text and HTML.
    pub text: ClipboardText,
    /// The last picture put there (a picture replaces the text, and text the picture).
    pub image: Option<ClipboardImage>,
}

/// A clipboard in memory, for tests: clones share their contents, so a test keeps one and
/// gives the app another.
#[derive(Clone, Debug, Default)]
pub struct MemoryClipboard {
    held: Arc<Mutex<Held>>,
    /// When set, every call fails with these words (a desktop without a clipboard).
    pub broken: Option<String>,
}

impl MemoryClipboard {
    /// What it holds now.
    pub fn held(&self) -> Held {
        self.held.lock().map(|h| h.clone()).unwrap_or_default()
    }

    /// Puts text and HTML there, as a spreadsheet program does.
    pub fn put(&self, text: Option<&str>, html: Option<&str>) {
        if let Ok(mut held) = self.held.lock() {
            held.text = ClipboardText {
                text: text.map(str::to_string),
                html: html.map(str::to_string),
            };
            held.image = None;
        }
    }

    fn check(&self) -> Result<(), ClipboardError> {
        self.broken
            .clone()
            .map_or(Ok(()), |e| Err(ClipboardError(e)))
    }
}

impl Clipboard for MemoryClipboard {
    fn read(&mut self) -> Result<ClipboardText, ClipboardError> {
        self.check()?;
        Ok(self.held().text)
    }

    fn write_table(&mut self, text: &str, html: &str) -> Result<(), ClipboardError> {
        self.check()?;
        self.put(Some(text), Some(html));
        Ok(())
    }

    fn write_image(&mut self, image: &ClipboardImage) -> Result<(), ClipboardError> {
        self.check()?;
        if let Ok(mut held) = self.held.lock() {
            held.text = ClipboardText::default();
            held.image = Some(image.clone());
        }
        Ok(())
    }
}
