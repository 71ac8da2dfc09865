//! The menu bar. Every entry is a [`Command`]: label, tooltip, shortcut and enabled state all
//! come from the command table.

use egui::Button;

use super::prefs::Prefs;
use super::{Command, Output, Shared};

/// Shows the menu bar at the top of the window.
pub fn show(ui: &mut egui::Ui, shared: &Shared<'_>, prefs: &Prefs, out: &mut Output) {
    let t = shared.t();
    egui::Panel::top("menu-bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(t.menu_file, |ui| {
                command(ui, shared, out, Command::New);
                command(ui, shared, out, Command::Open);
                ui.menu_button(t.recent_files, |ui| {
                    if prefs.recent.is_empty() {
                        ui.label(t.no_recent_files);
                    }
                    for path in &prefs.recent {
                        let name = path.file_name().map_or_else(
                            || path.display().to_string(),
                            |n| n.to_string_lossy().into(),
                        );
                        if ui
                            .button(name)
                            .on_hover_text(path.display().to_string())
                            .clicked()
                        {
                            out.open_recent = Some(path.clone());
                            ui.close();
                        }
                    }
                });
                command(ui, shared, out, Command::MergeCopy);
                command(ui, shared, out, Command::CompareWith);
                command(ui, shared, out, Command::StopComparing);
                ui.separator();
                command(ui, shared, out, Command::Import);
                ui.menu_button(shared.lang.exchange().menu_export, |ui| {
                    command(ui, shared, out, Command::ExportReport);
                    ui.separator();
                    command(ui, shared, out, Command::ExportPng);
                    command(ui, shared, out, Command::ExportPngPrint);
                    command(ui, shared, out, Command::ExportSvg);
                    ui.separator();
                    command(ui, shared, out, Command::ExportXlsx);
                    command(ui, shared, out, Command::ExportCsv);
                });
                ui.separator();
                command(ui, shared, out, Command::Save);
                command(ui, shared, out, Command::SaveAs);
                ui.separator();
                command(ui, shared, out, Command::Settings);
                ui.separator();
                command(ui, shared, out, Command::Quit);
            });
            ui.menu_button(t.menu_edit, |ui| {
                command(ui, shared, out, Command::Undo);
                command(ui, shared, out, Command::Redo);
            });
            ui.menu_button(t.menu_lot, |ui| {
                command(ui, shared, out, Command::AddLot);
                command(ui, shared, out, Command::DuplicateLot);
                command(ui, shared, out, Command::DeleteLot);
                ui.separator();
                command(ui, shared, out, Command::PreviousLot);
                command(ui, shared, out, Command::NextLot);
                command(ui, shared, out, Command::NextUnscored);
                ui.menu_button(t.menu_scoring, |ui| {
                    for c in Command::ALL.into_iter().filter(|c| c.is_keyboard_scoring()) {
                        command(ui, shared, out, c);
                    }
                });
                ui.separator();
                command(ui, shared, out, Command::OpenQuestions);
                command(ui, shared, out, Command::Review);
            });
            ui.menu_button(t.menu_view, |ui| {
                command(ui, shared, out, Command::ZoomIn);
                command(ui, shared, out, Command::ZoomOut);
                command(ui, shared, out, Command::ZoomReset);
                ui.separator();
                command(ui, shared, out, Command::ToggleTheme);
                command(ui, shared, out, Command::ToggleLanguage);
                ui.separator();
                command(ui, shared, out, Command::Present);
                command(ui, shared, out, Command::Back);
                command(ui, shared, out, Command::HideAmounts);
                ui.separator();
                command(ui, shared, out, Command::ToggleList);
                command(ui, shared, out, Command::ToggleCard);
            });
            ui.menu_button(t.menu_help, |ui| {
                command(ui, shared, out, Command::Shortcuts);
                command(ui, shared, out, Command::About);
            });
        });
    });
}

/// A menu entry for a command.
pub fn command(ui: &mut egui::Ui, shared: &Shared<'_>, out: &mut Output, command: Command) {
    let text = command.text(shared.lang);
    let mut button = Button::new(text.label);
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    let response = ui
        .add_enabled(shared.is_enabled(command), button)
        .on_hover_text(text.tooltip);
    if response.clicked() {
        out.run(command);
        ui.close();
    }
}
