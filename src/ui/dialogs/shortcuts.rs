//! The keyboard shortcut help (F1), read from the command table like the menus.

use egui::RichText;

use super::Shared;
use crate::ui::Command;

/// Shows the shortcut window while `open`.
pub fn show(ctx: &egui::Context, shared: &Shared<'_>, open: &mut bool) {
    let t = shared.t();
    crate::ui::ToolWindow::Shortcuts
        .window(ctx, t.shortcuts.label)
        .open(open)
        .collapsible(false)
        .default_width(620.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height(600.0)
                .show(ui, |ui| {
                    egui::Grid::new("shortcut-grid")
                        .striped(true)
                        .num_columns(2)
                        .spacing([24.0, 6.0])
                        .show(ui, |ui| {
                            ui.label(RichText::new(t.shortcut).strong());
                            ui.label(RichText::new(t.action).strong());
                            ui.end_row();
                            for (keys, label) in shortcut_rows(shared) {
                                ui.label(RichText::new(keys).monospace());
                                ui.label(label);
                                ui.end_row();
                            }
                        });
                });
            ui.add_space(6.0);
            ui.label(t.shortcuts_note);
        });
}

/// Every command that has a shortcut: (keys, label), in menu order.
pub fn shortcut_rows(shared: &Shared<'_>) -> Vec<(String, &'static str)> {
    Command::ALL
        .into_iter()
        .filter(|c| !c.shortcuts().is_empty())
        .map(|c| {
            let keys: Vec<String> = c
                .shortcuts()
                .iter()
                .map(|s| crate::locale::keys::shortcut(s, shared.lang))
                .collect();
            (keys.join(" / "), c.text(shared.lang).label)
        })
        .collect()
}
