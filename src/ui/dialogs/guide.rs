//! The Dutch guide (`docs/handleiding.md`) inside the window, so that it is at hand offline on
//! every computer: its headings, paragraphs, lists and tables as text; a picture is named.

use egui::RichText;

use super::Shared;
use crate::ui::{ToolWindow, theme};

/// The guide as it is kept in the repository.
const GUIDE: &str = include_str!("../../../docs/handleiding.md");

/// One block of the guide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading of level 1-3.
    Heading(u8, String),
    /// A paragraph.
    Text(String),
    /// An item of a list.
    Item(String),
    /// A picture, by its description.
    Picture(String),
}

/// The guide's blocks: markdown read just far enough for a window (emphasis, code marks and
/// links as plain text, comments left out).
pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<String> = Vec::new();
    let mut in_comment = false;
    let flush = |paragraph: &mut Vec<String>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Text(paragraph.join(" ")));
            paragraph.clear();
        }
    };
    for line in markdown.lines() {
        let line = line.trim_end();
        if in_comment || line.trim_start().starts_with("<!--") {
            in_comment = !line.contains("-->");
            continue;
        }
        let trimmed = line.trim_start();
        let hashes = trimmed.chars().take_while(|c| *c == '#').count();
        if (1..=3).contains(&hashes) && trimmed[hashes..].starts_with(' ') {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block::Heading(hashes as u8, plain(&trimmed[hashes + 1..])));
        } else if let Some(alt) = trimmed.strip_prefix("![") {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block::Picture(
                alt.split(']').next().unwrap_or("").to_string(),
            ));
        } else if let Some(item) = trimmed.strip_prefix("- ") {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block::Item(plain(item)));
        } else if trimmed.starts_with('|') {
            flush(&mut paragraph, &mut blocks);
            let cells: Vec<String> = (trimmed.trim_matches('|').split('|'))
                .map(plain)
                .filter(|c| !c.is_empty() && !c.chars().all(|ch| ch == '-' || ch == ':'))
                .collect();
            if !cells.is_empty() {
                blocks.push(Block::Item(cells.join(" \u{2013} ")));
            }
        } else if trimmed.is_empty() || trimmed.starts_with("```") {
            flush(&mut paragraph, &mut blocks);
        } else if line.starts_with("  ")
            && paragraph.is_empty()
            && let Some(Block::Item(last)) = blocks.last_mut()
        {
            // A list item's continued line.
            last.push(' ');
            last.push_str(&plain(trimmed));
        } else {
            paragraph.push(plain(trimmed));
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks
}

/// A line without markdown's marks: `**`, `*`, backticks, and links reduced to their text.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('[') {
        let (before, after) = rest.split_at(start);
        out.push_str(before);
        match after.find("](").zip(after.find(')')) {
            Some((middle, end)) if middle < end => {
                out.push_str(&after[1..middle]);
                rest = &after[end + 1..];
            }
            _ => {
                out.push('[');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out.replace(['`', '*'], "").trim().to_string()
}

/// Shows the guide's window while `open`.
pub fn show(ctx: &egui::Context, shared: &Shared<'_>, open: &mut bool) {
    let t = shared.t();
    let body = shared.sizes.body;
    ToolWindow::Guide
        .window(ctx, t.guide.label)
        .open(open)
        .default_width(760.0)
        .default_height(640.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                for block in blocks(GUIDE) {
                    match block {
                        Block::Heading(level, text) => {
                            ui.add_space(8.0);
                            let size = body + 8.0 - 2.0 * f32::from(level);
                            ui.label(RichText::new(text).font(theme::bold(size)));
                        }
                        Block::Text(text) => {
                            ui.label(text);
                            ui.add_space(4.0);
                        }
                        Block::Item(text) => {
                            ui.label(format!("\u{2022} {text}"));
                        }
                        Block::Picture(text) => {
                            ui.label(RichText::new(format!("[{}: {text}]", t.picture)).italics());
                        }
                    }
                }
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guide_reads_as_headings_paragraphs_and_lists_without_markdown_marks() {
        let blocks = blocks(GUIDE);
        let headings = blocks
            .iter()
            .filter(|b| matches!(b, Block::Heading(2, _)))
            .count();
        assert!(headings >= 10, "{headings} sections");
        for block in &blocks {
            let (Block::Heading(_, text) | Block::Text(text) | Block::Item(text)) = block else {
                continue;
            };
            assert!(!text.contains("**") && !text.contains("<!--"), "{text}");
            assert!(!text.contains("]("), "{text}");
        }
    }

    #[test]
    fn links_keep_their_text_and_comments_are_left_out() {
        let text = "# Titel\n\nZie [de kaders](#kaders) en **Ctrl+S**.\n<!-- screenshot: x -->\n- een\n  twee\n";
        assert_eq!(
            blocks(text),
            [
                Block::Heading(1, "Titel".into()),
                Block::Text("Zie de kaders en Ctrl+S.".into()),
                Block::Item("een twee".into()),
            ]
        );
    }
}
