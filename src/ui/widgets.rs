//! Small widgets shared by the panels: text fields that become edits, fields whose text may be
//! invalid while typed, and drop-downs over a fixed vocabulary.

use egui::{RichText, TextEdit};

use super::{Edit, Output, View, theme};

/// A labelled text field whose changes become edits (typing in it is one undo step).
pub fn text_field(
    ui: &mut egui::Ui,
    label: &str,
    value: &str,
    multiline: bool,
    out: &mut Output,
    make: impl FnOnce(String) -> Edit,
) -> egui::Response {
    let label = ui.label(RichText::new(label).strong());
    let mut text = value.to_owned();
    let edit = if multiline {
        TextEdit::multiline(&mut text).desired_rows(3)
    } else {
        TextEdit::singleline(&mut text)
    };
    let response = ui
        .add(edit.desired_width(f32::INFINITY))
        .labelled_by(label.id);
    if response.changed() {
        out.typed(response.id, make(text));
    }
    if response.lost_focus() {
        out.end_typing = true;
    }
    response
}

/// A single-line text field next to an existing label, whose changes become edits (typing in
/// it is one undo step). Returns its response.
pub fn inline_text_field(
    ui: &mut egui::Ui,
    label: egui::Id,
    value: &str,
    width: f32,
    out: &mut Output,
    make: impl FnOnce(String) -> Edit,
) -> egui::Response {
    let mut text = value.to_owned();
    let response = ui
        .add(TextEdit::singleline(&mut text).desired_width(width))
        .labelled_by(label);
    if response.changed() {
        out.typed(response.id, make(text));
    }
    if response.lost_focus() {
        out.end_typing = true;
    }
    response
}

/// A field for a value that must be read from text (an amount, a date, a percentage).
///
/// While the text cannot be read it stays visible, drawn in the error colour, and nothing is
/// stored; `parse` turns readable text into the edit to make. Returns true when the text shown
/// is invalid, so the caller can say why next to it.
#[allow(clippy::too_many_arguments)]
pub fn draft_field(
    ui: &mut egui::Ui,
    view: &mut View,
    out: &mut Output,
    field: egui::Id,
    label: egui::Id,
    stored: &str,
    width: f32,
    dark: bool,
    parse: impl Fn(&str) -> Option<Edit>,
) -> bool {
    let draft = view.drafts.get(&field).cloned();
    let mut text = draft.clone().unwrap_or_else(|| stored.to_owned());
    let invalid = draft.as_deref().is_some_and(|d| parse(d).is_none());
    let mut edit = TextEdit::singleline(&mut text)
        .id(field)
        .desired_width(width);
    if invalid {
        edit = edit.text_color(theme::error_colour(dark));
    }
    let response = ui.add(edit).labelled_by(label);
    if response.changed() {
        if let Some(edit) = parse(&text) {
            out.typed(field, edit);
        }
        view.drafts.insert(field, text.clone());
    }
    if response.lost_focus() {
        out.end_typing = true;
        if parse(&text).is_some() {
            view.drafts.remove(&field);
        }
    }
    invalid
}

/// The warning shown under a field whose text cannot be read.
pub fn invalid_note(ui: &mut egui::Ui, text: &str, dark: bool) {
    ui.label(RichText::new(format!("\u{26A0} {text}")).color(theme::error_colour(dark)));
}

/// A drop-down over `all` (named by `names`, same order) with a "not chosen" entry. Returns the
/// new choice when the user changed it.
pub fn choose<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<T>,
    all: &[T],
    names: &[&str],
    not_chosen: &str,
    label: egui::Id,
) -> Option<Option<T>> {
    let name = |value: T| {
        all.iter()
            .position(|&a| a == value)
            .and_then(|i| names.get(i).copied())
            .unwrap_or(not_chosen)
    };
    let mut changed = None;
    egui::ComboBox::from_id_salt(salt)
        .selected_text(current.map_or(not_chosen, name))
        .width(ui.available_width().min(480.0))
        .height(480.0)
        .show_ui(ui, |ui| {
            if ui.selectable_label(current.is_none(), not_chosen).clicked() && current.is_some() {
                changed = Some(None);
            }
            for &value in all {
                if ui
                    .selectable_label(current == Some(value), name(value))
                    .clicked()
                    && current != Some(value)
                {
                    changed = Some(Some(value));
                }
            }
        })
        .response
        .labelled_by(label);
    changed
}

/// The small button that folds a side panel away or opens it again: an arrow, with the
/// command's label for screen readers and its label and tooltip on hover.
pub fn panel_toggle(
    ui: &mut egui::Ui,
    lang: crate::locale::Lang,
    out: &mut Output,
    command: super::Command,
    arrow: &str,
) {
    let text = command.text(lang);
    let response = ui
        .add(egui::Button::new(RichText::new(arrow).strong()))
        .on_hover_text(format!("{} ({})", text.label, text.tooltip));
    let label = text.label;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    if response.clicked() {
        out.run(command);
    }
}
