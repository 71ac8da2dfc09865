//! Dialogs: the modal questions (unsaved changes, errors) and the help windows, one module each.

mod about;
mod contracts;
pub mod file_chooser;
pub mod guide;
mod hints;
pub mod import;
mod kader_overview;
mod kaders;
pub mod matrix_table;
pub mod new_workshop;
mod open_questions;
pub mod read_copy;
pub mod reading;
pub mod register;
mod report_pages;
pub mod sensitivity;
pub mod settings;
mod sheet_columns;
mod shortcuts;
mod tenders;
pub mod tour;

use std::path::PathBuf;

use egui::{Key, RichText};

use super::{Output, Shared, ToolWindow, View, theme};
use crate::chart::style::WARNING;
use crate::locale::Lang;

/// What waits for the answer to the unsaved-changes question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Open a file (`None`: ask which).
    Open(Option<PathBuf>),
    /// Close the window.
    Quit,
    /// Replace the document with a new, unsaved workshop (made from a template, or by an
    /// import).
    Adopt {
        /// The workshop.
        workshop: Box<crate::model::Workshop>,
        /// It holds work no file has (lots read from a sheet): unsaved from the start, so that
        /// closing it asks first. A workshop fresh from a template is not.
        unsaved: bool,
    },
}

/// A dialog that blocks the window until answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Modal {
    /// "Save your changes?" before `Pending` replaces them.
    Unsaved(Pending),
    /// A message (an error when `is_error`), closed with OK.
    Message {
        /// Title.
        title: String,
        /// The message, in plain words.
        text: String,
        /// An error rather than a remark.
        is_error: bool,
    },
    /// The file was saved by someone else since it was opened: reload, save a copy or
    /// overwrite.
    ChangedOnDisk(PathBuf),
    /// Unsaved work of a window that did not close properly: restore, throw away or later.
    Recover(Box<crate::format::recovery::Recovered>),
    /// The file is open elsewhere: read-only, edit anyway or cancel.
    Locked {
        /// The file.
        path: PathBuf,
        /// Who holds it.
        holder: crate::format::lock::LockInfo,
        /// Recovered work to put in once it is open (restoring goes through this question too).
        restore: Option<Box<crate::format::recovery::Recovered>>,
    },
}

/// The button the user chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModalAnswer {
    /// Restore recovered work.
    Restore,
    /// Open the file again from disk.
    Reload,
    /// Save under another name.
    SaveCopy,
    /// Overwrite the file changed by someone else.
    Overwrite,
    /// Open a locked file read-only.
    ReadOnly,
    /// Open a locked file for editing anyway.
    OpenAnyway,
    /// Save first.
    Save,
    /// Go on without saving.
    Discard,
    /// Do nothing (also Esc and OK).
    Cancel,
}

/// Shows the modal dialog; returns the answer once given.
pub fn show_modal(ctx: &egui::Context, modal: &Modal, lang: Lang) -> Option<ModalAnswer> {
    let mut answer = None;
    let response = egui::Modal::new(egui::Id::unique("kraljic-modal")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        answer = match modal {
            Modal::Unsaved(_) => unsaved(ui, lang),
            Modal::ChangedOnDisk(path) => changed_on_disk(ui, path, lang),
            Modal::Recover(recovered) => recover(ui, recovered, lang),
            Modal::Locked { path, holder, .. } => locked(ui, path, holder, lang),
            Modal::Message {
                title,
                text,
                is_error,
            } => message(ui, title, text, *is_error, lang),
        };
    });
    if response.should_close() && answer.is_none() {
        answer = Some(ModalAnswer::Cancel);
    }
    answer
}

/// A question's buttons in a row: the first one strong, and with the keyboard until the user
/// moves it.
fn choices(ui: &mut egui::Ui, buttons: &[(&str, ModalAnswer)]) -> Option<ModalAnswer> {
    let mut answer = None;
    ui.add_space(12.0);
    ui.horizontal_wrapped(|ui| {
        for (index, (label, choice)) in buttons.iter().enumerate() {
            let text = if index == 0 {
                RichText::new(*label).strong()
            } else {
                RichText::new(*label)
            };
            let button = ui.button(text);
            if button.clicked() {
                answer = Some(*choice);
            }
            if index == 0 && !ui.memory(|m| m.focused().is_some()) {
                button.request_focus();
            }
        }
    });
    answer
}

/// "Save your changes?"
fn unsaved(ui: &mut egui::Ui, lang: Lang) -> Option<ModalAnswer> {
    let t = lang.ui();
    ui.heading(t.unsaved_title);
    ui.add_space(8.0);
    ui.label(t.unsaved_question);
    choices(
        ui,
        &[
            (t.save_button, ModalAnswer::Save),
            (t.discard_button, ModalAnswer::Discard),
            (t.cancel_button, ModalAnswer::Cancel),
        ],
    )
}

/// Someone else saved the file since it was opened.
fn changed_on_disk(ui: &mut egui::Ui, path: &std::path::Path, lang: Lang) -> Option<ModalAnswer> {
    let s = lang.safety();
    ui.heading(RichText::new(format!("{WARNING} {}", s.changed_title)));
    ui.add_space(8.0);
    ui.label(format!("{} {}", path.display(), s.changed_text));
    choices(
        ui,
        &[
            (s.save_copy, ModalAnswer::SaveCopy),
            (s.reload, ModalAnswer::Reload),
            (s.overwrite, ModalAnswer::Overwrite),
            (s.cancel, ModalAnswer::Cancel),
        ],
    )
}

/// Unsaved work of a window that did not close properly.
fn recover(
    ui: &mut egui::Ui,
    recovered: &crate::format::recovery::Recovered,
    lang: Lang,
) -> Option<ModalAnswer> {
    let s = lang.safety();
    ui.heading(s.recovery_title);
    ui.add_space(8.0);
    ui.label(format!(
        "{} {}.",
        s.recovery_text,
        crate::locale::safety::format_moment(recovered.saved_at)
    ));
    let name = match &recovered.origin {
        Some(path) => path.display().to_string(),
        None => recovered.workshop.title.clone(),
    };
    let lots = recovered.workshop.lots.len();
    ui.label(format!(
        "{} {name} ({lots} {})",
        s.recovery_of,
        lang.ui().lots
    ));
    ui.label(s.recovery_keeps_file);
    choices(
        ui,
        &[
            (s.restore, ModalAnswer::Restore),
            (s.discard_recovery, ModalAnswer::Discard),
            (s.cancel, ModalAnswer::Cancel),
        ],
    )
}

/// The file is open elsewhere.
fn locked(
    ui: &mut egui::Ui,
    path: &std::path::Path,
    holder: &crate::format::lock::LockInfo,
    lang: Lang,
) -> Option<ModalAnswer> {
    let s = lang.safety();
    ui.heading(RichText::new(format!("{WARNING} {}", s.locked_title)));
    ui.add_space(8.0);
    ui.label(format!(
        "{} {} {} {} {}, {} {} ({} {}).",
        path.display(),
        s.locked_by,
        crate::locale::safety::lock_holder(&holder.user, lang),
        s.on_machine,
        holder.host,
        s.since,
        crate::locale::safety::format_moment(holder.since),
        holder.age_seconds() / 60,
        s.minutes_ago
    ));
    ui.label(s.locked_risk);
    choices(
        ui,
        &[
            (s.open_read_only, ModalAnswer::ReadOnly),
            (s.open_anyway, ModalAnswer::OpenAnyway),
            (s.cancel, ModalAnswer::Cancel),
        ],
    )
}

/// A message (an error, or a remark), closed with OK or Enter.
fn message(
    ui: &mut egui::Ui,
    title: &str,
    text: &str,
    is_error: bool,
    lang: Lang,
) -> Option<ModalAnswer> {
    let heading = if is_error {
        RichText::new(format!("{WARNING} {title}"))
            .color(theme::error_colour(ui.visuals().dark_mode))
    } else {
        RichText::new(title)
    };
    ui.heading(heading);
    ui.add_space(8.0);
    egui::ScrollArea::vertical()
        .max_height(400.0)
        .show(ui, |ui| ui.label(text));
    ui.add_space(12.0);
    let ok = ui.button(lang.ui().ok);
    let mut answer = None;
    if ok.clicked() || ui.input(|i| i.key_pressed(Key::Enter)) {
        answer = Some(ModalAnswer::Cancel);
    }
    if !ui.memory(|m| m.focused().is_some()) {
        ok.request_focus();
    }
    answer
}

/// Whether Esc was pressed to close a window (not to close a list that is open in it).
pub fn escape_pressed(ctx: &egui::Context) -> bool {
    !egui::Popup::is_any_open(ctx) && ctx.input(|i| i.key_pressed(Key::Escape))
}

/// Shows the open help windows.
pub fn show_windows(ctx: &egui::Context, shared: &Shared<'_>, view: &mut View, out: &mut Output) {
    for window in [
        ToolWindow::Shortcuts,
        ToolWindow::About,
        ToolWindow::OpenQuestions,
        ToolWindow::Kaders,
        ToolWindow::KaderOverview,
        ToolWindow::Hints,
        ToolWindow::Tenders,
        ToolWindow::Contracts,
        ToolWindow::Participants,
        ToolWindow::CopyFor,
        ToolWindow::Guide,
        ToolWindow::ReportPages,
        ToolWindow::MatrixTable,
        ToolWindow::Sensitivity,
        ToolWindow::LevelHelp,
    ] {
        let mut open = view.windows.is_open(window);
        match window {
            ToolWindow::Shortcuts => shortcuts::show(ctx, shared, &mut open),
            ToolWindow::About => about::show(ctx, shared, &mut open),
            ToolWindow::Guide => guide::show(ctx, shared, &mut open),
            ToolWindow::ReportPages => report_pages::show(ctx, shared, view, &mut open, out),
            ToolWindow::MatrixTable => matrix_table::show(ctx, shared, view, &mut open, out),
            ToolWindow::Sensitivity => sensitivity::show(ctx, shared, view, &mut open, out),
            ToolWindow::LevelHelp => {
                crate::ui::desk::level_guide::window(ctx, shared, view, &mut open);
            }
            ToolWindow::OpenQuestions => open_questions::show(ctx, shared, &mut open, out),
            ToolWindow::Kaders => kaders::show(ctx, shared, &mut open, out),
            ToolWindow::KaderOverview => kader_overview::show(ctx, shared, &mut open, out),
            ToolWindow::Hints => hints::show(ctx, shared, &mut open, out),
            ToolWindow::Tenders => tenders::show(ctx, shared, view, &mut open, out),
            ToolWindow::Contracts => contracts::show(ctx, shared, view, &mut open, out),
            ToolWindow::Participants => {
                crate::ui::room::participants_window::show(ctx, shared, view, &mut open, out)
            }
            ToolWindow::CopyFor => crate::ui::room::participants_window::show_copy_for(
                ctx, shared, view, &mut open, out,
            ),
            // Drawn by their own modules.
            ToolWindow::Settings
            | ToolWindow::Review
            | ToolWindow::NewWorkshop
            | ToolWindow::PhoneRound => {}
        }
        view.windows.set(window, open);
    }
}
