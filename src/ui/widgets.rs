//! Small widgets shared by the panels: text fields that become edits, fields whose text may be
//! invalid while typed, and drop-downs over a fixed vocabulary.

use egui::{RichText, TextEdit};

use super::{Edit, Output, Shared, View, theme};
use crate::chart::style::WARNING;
use crate::locale::number::{date_text, optional_date};
use crate::model::WorkshopDate;
use crate::model::text::{TextChanges, TextKind};

/// A text field that keeps to the one rule for texts ([`TextKind`]): while it has focus it
/// shows the text as typed (cleaned, but a space at the end stays for the next word), the
/// workshop gets the cleaned text (one undo step for the typing), and when cleaning changed
/// more than spaces a remark says what (see [`cleaning_remark`]). `add` builds the field.
pub fn cleaned_field(
    ui: &mut egui::Ui,
    id: egui::Id,
    value: &str,
    kind: TextKind,
    out: &mut Output,
    make: impl FnOnce(String) -> Edit,
    add: impl FnOnce(&mut egui::Ui, &mut String) -> egui::Response,
) -> egui::Response {
    let draft_id = id.with("draft");
    let focused = ui.memory(|m| m.has_focus(id));
    let draft = focused.then(|| ui.data(|d| d.get_temp::<String>(draft_id)));
    let mut text = draft.flatten().unwrap_or_else(|| value.to_owned());
    let response = add(ui, &mut text);
    if response.changed() {
        let typing = kind.clean_typing(&text);
        let stored = kind.clean(&text);
        let changes = typing.changes;
        if changes.worth_saying() {
            let remark = (stored.text.clone(), changes);
            ui.data_mut(|d| d.insert_temp(id.with("remark"), remark));
        }
        ui.data_mut(|d| d.insert_temp(draft_id, typing.text));
        out.typed(id, make(stored.text));
    }
    if response.lost_focus() {
        ui.data_mut(|d| d.remove::<String>(draft_id));
        out.end_typing = true;
    }
    response
}

/// What cleaning changed in the text of field `id`, said under it in the error colour, for as
/// long as the field holds the text it was said about.
pub fn cleaning_remark(ui: &mut egui::Ui, id: egui::Id, value: &str, shared: &Shared<'_>) {
    let remark = ui.data(|d| d.get_temp::<(String, TextChanges)>(id.with("remark")));
    if let Some((_, changes)) = remark.filter(|(text, _)| text == value) {
        let said = crate::locale::cleaning::remark(changes, shared.lang);
        let colour = theme::error_colour(shared.dark);
        ui.add(egui::Label::new(RichText::new(said).color(colour)).wrap());
    }
}

/// A combo box's current choice, said with its name: the AT-SPI bridge passes a value on for
/// text fields and labels only, so the choice goes into the description too.
pub fn say_choice(ui: &egui::Ui, response: &egui::Response, choice: &str) {
    let choice = choice.to_string();
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_description(choice));
}

/// Names a control for a screen reader with its own words and the question it belongs to
/// ("n.v.t. — Welke kwaliteitseisen…"), where the screen shows the question once above several.
pub fn name_with_question(ui: &egui::Ui, response: &egui::Response, own: &str, question: &str) {
    let name = format!("{own} \u{2014} {question}");
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(name));
}

/// Names the edge that resizes the panel `panel` (its id salt) shown in `ui`, in the window's
/// language: egui names every such edge "Resize panel", in English.
pub fn name_resize_edge(ui: &egui::Ui, panel: &str, name: &str) {
    let edge = ui.scope_id().with(panel).with("__resize");
    if ui.ctx().has_accesskit_node(edge) {
        let name = name.to_string();
        ui.ctx()
            .accesskit_node_builder(edge, |node| node.set_label(name));
    }
}

/// Marks the current `Ui` as a row of tabs (its buttons are marked with [`tab`]).
pub fn tab_list(ui: &egui::Ui) {
    ui.ctx()
        .accesskit_node_builder(ui.unique_id(), |node| node.set_role(egui::Role::TabList));
}

/// A button that is a tab: the role, and "selected" set directly (egui's own flag reads as
/// "pressed").
pub fn tab(ui: &egui::Ui, response: &egui::Response, selected: bool) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::Role::Tab);
        node.clear_toggled();
        node.set_selected(selected);
    });
}

/// A labelled text field whose changes become edits (typing in it is one undo step), cleaned
/// as one line or as lines.
pub fn text_field(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    label: &str,
    value: &str,
    multiline: bool,
    out: &mut Output,
    make: impl FnOnce(String) -> Edit,
) -> egui::Response {
    let label = ui.label(RichText::new(label).strong());
    let id = label.id.with("field");
    let kind = if multiline {
        TextKind::Lines
    } else {
        TextKind::Line
    };
    let response = cleaned_field(ui, id, value, kind, out, make, |ui, text| {
        let edit = if multiline {
            TextEdit::multiline(text).desired_rows(3)
        } else {
            TextEdit::singleline(text)
        };
        ui.add(edit.id(id).desired_width(f32::INFINITY))
            .labelled_by(label.id)
    });
    cleaning_remark(ui, id, value, shared);
    response
}

/// A single-line text field next to an existing label, whose changes become edits (typing in
/// it is one undo step), cleaned by `kind`. Returns its response; the caller shows the
/// [`cleaning_remark`] where there is room.
pub fn inline_text_field(
    ui: &mut egui::Ui,
    label: egui::Id,
    value: &str,
    width: f32,
    kind: TextKind,
    out: &mut Output,
    make: impl FnOnce(String) -> Edit,
) -> egui::Response {
    let id = label.with("field");
    cleaned_field(ui, id, value, kind, out, make, |ui, text| {
        ui.add(TextEdit::singleline(text).id(id).desired_width(width))
            .labelled_by(label)
    })
}

/// A field for a value that must be read from text (an amount, a date, a percentage).
///
/// While the text cannot be read it stays visible, drawn in the error colour, and nothing is
/// stored; the parser turns readable text into the edit to make. [`DraftField::show`] returns
/// true when the text shown is invalid, so the caller can say why next to it.
#[derive(Clone, Copy, Debug)]
pub struct DraftField {
    field: egui::Id,
    label: egui::Id,
    width: f32,
    dark: bool,
}

impl DraftField {
    /// The field `field`, named by the label `label`, as wide as there is room.
    pub fn new(field: egui::Id, label: egui::Id, dark: bool) -> DraftField {
        DraftField {
            field,
            label,
            width: f32::INFINITY,
            dark,
        }
    }

    /// The field's width in points.
    pub fn width(self, width: f32) -> DraftField {
        DraftField { width, ..self }
    }

    /// Shows the field with `stored` (or the text being typed); returns true when that text
    /// cannot be read.
    pub fn show(
        self,
        ui: &mut egui::Ui,
        view: &mut View,
        out: &mut Output,
        stored: &str,
        parse: impl Fn(&str) -> Option<Edit>,
    ) -> bool {
        let field = self.field;
        let draft = view.drafts.get(&field).cloned();
        let mut text = draft.clone().unwrap_or_else(|| stored.to_owned());
        let invalid = draft.as_deref().is_some_and(|d| parse(d).is_none());
        let mut edit = TextEdit::singleline(&mut text)
            .id(field)
            .desired_width(self.width);
        if invalid {
            edit = edit.text_color(theme::error_colour(self.dark));
        }
        let response = ui.add(edit).labelled_by(self.label);
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

    /// A date field: shown the Dutch way, read that way or as in the file, sized for
    /// "31-12-2026" at any text size; `make` turns the date read (`None` when the field is
    /// emptied) into the edit, or refuses it.
    pub fn show_date(
        self,
        ui: &mut egui::Ui,
        view: &mut View,
        out: &mut Output,
        stored: Option<WorkshopDate>,
        make: impl Fn(Option<WorkshopDate>) -> Option<Edit>,
    ) -> bool {
        let width = ui.text_style_height(&egui::TextStyle::Body) * DATE_FIELD_LINES;
        let stored = date_text(stored);
        self.width(width)
            .show(ui, view, out, &stored, |text| make(optional_date(text)?))
    }
}

/// Width of a date field in lines of body text: room for "31-12-2026" at any text size (the
/// presentation mode's is larger).
const DATE_FIELD_LINES: f32 = 6.5;

/// The warning shown under a field whose text cannot be read.
pub fn invalid_note(ui: &mut egui::Ui, text: &str, dark: bool) {
    ui.label(RichText::new(format!("{WARNING} {text}")).color(theme::error_colour(dark)));
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

/// How wide `text` is on one line in `style` (to lay out a row before drawing it).
pub fn text_width(ui: &egui::Ui, text: &str, style: egui::TextStyle) -> f32 {
    egui::WidgetText::from(text)
        .into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, style)
        .size()
        .x
}
