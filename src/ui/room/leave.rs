//! The way out of presentation mode, in view for whoever meets it first: a button beside the
//! card's tabs (on a line of its own where the tabs leave no room), besides Esc and F5.

use crate::ui::{Command, Output, Shared};

/// What the button shows ("Sluiten (Esc)") and how wide it is here.
fn caption(ui: &egui::Ui, shared: &Shared<'_>) -> (String, f32) {
    let keys = (Command::Back.shortcuts().first())
        .map(|shortcut| crate::locale::keys::shortcut(shortcut, shared.lang))
        .unwrap_or_default();
    let text = format!("{} ({keys})", shared.t().close);
    let width = crate::ui::widgets::text_width(ui, &text, egui::TextStyle::Button)
        + 2.0 * ui.spacing().button_padding.x
        + ui.spacing().item_spacing.x;
    (text, width)
}

/// Whether the button fits in what is left of the current row.
pub fn fits(ui: &egui::Ui, shared: &Shared<'_>) -> bool {
    ui.available_width() >= caption(ui, shared).1
}

/// The button, at the right of the current row. A screen reader hears "Presentatie sluiten"
/// with the key in the description, as the menus name their commands.
pub fn button(ui: &mut egui::Ui, shared: &Shared<'_>, out: &mut Output) {
    let (text, _) = caption(ui, shared);
    let leave = &shared.t().leave_room;
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        let response = ui.button(text.as_str()).on_hover_text(leave.tooltip);
        let name = leave.label.to_string();
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_label(name.clone());
            node.set_description(text.clone());
        });
        if response.clicked() {
            out.run(Command::Present);
        }
    });
}
