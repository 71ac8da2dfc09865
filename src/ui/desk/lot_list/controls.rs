//! The list's search field and its filters: sort order, law and quadrant.

use super::{QuadrantFilter, SortKey};
use crate::model::{Law, Quadrant};
use crate::ui::{Shared, View, widgets};

/// A filter's drop-down fills the rest of its row and never widens the list.
fn combo_width(ui: &egui::Ui) -> f32 {
    (ui.max_rect().right() - ui.cursor().left() - 12.0).max(80.0)
}

/// The search field and the filters above the list.
pub(super) fn show(ui: &mut egui::Ui, shared: &Shared<'_>, view: &mut View) {
    let t = shared.t();
    let texts = shared.lang.texts();
    ui.horizontal(|ui| {
        let label = ui.label(t.search_hint);
        ui.add(egui::TextEdit::singleline(&mut view.list.search).desired_width(f32::INFINITY))
            .labelled_by(label.id);
    });
    // One column of labels as wide as the widest, without egui's Grid: a new Grid throws its
    // first frame away to measure itself, and the list shows on the first frame of every start.
    let label_width = [t.sort_by, t.law_filter, t.quadrant_filter]
        .into_iter()
        .map(|text| widgets::text_width(ui, text, egui::TextStyle::Body))
        .fold(0.0, f32::max);
    ui.scope(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(8.0, 6.0);
        filter_row(ui, t.sort_by, label_width, |ui, label| {
            let current = SortKey::ALL
                .iter()
                .position(|&k| k == view.list.sort)
                .unwrap_or(0);
            let combo = egui::ComboBox::from_id_salt("sort-by")
                .width(combo_width(ui))
                .truncate()
                .selected_text(t.sort_options[current])
                .show_ui(ui, |ui| {
                    for (key, label) in SortKey::ALL.iter().zip(t.sort_options) {
                        ui.selectable_value(&mut view.list.sort, *key, label);
                    }
                })
                .response
                .labelled_by(label);
            widgets::say_choice(ui, &combo, t.sort_options[current]);
        });
        filter_row(ui, t.law_filter, label_width, |ui, label| {
            let law_choice = view.list.law.map_or(t.all_laws, |law| texts.law(law));
            let combo = egui::ComboBox::from_id_salt("law-filter")
                .width(combo_width(ui))
                .truncate()
                .selected_text(law_choice)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut view.list.law, None, t.all_laws);
                    for law in Law::ALL {
                        ui.selectable_value(&mut view.list.law, Some(law), texts.law(law));
                    }
                })
                .response
                .labelled_by(label);
            widgets::say_choice(ui, &combo, law_choice);
        });
        filter_row(ui, t.quadrant_filter, label_width, |ui, label| {
            let selected = match view.list.quadrant {
                QuadrantFilter::All => t.all_quadrants,
                QuadrantFilter::In(q) => texts.quadrant(q),
                QuadrantFilter::Unscored => t.unscored_filter,
            };
            let combo = egui::ComboBox::from_id_salt("quadrant-filter")
                .width(combo_width(ui))
                .truncate()
                .selected_text(selected)
                .show_ui(ui, |ui| {
                    ui.selectable_value(
                        &mut view.list.quadrant,
                        QuadrantFilter::All,
                        t.all_quadrants,
                    );
                    for q in Quadrant::ALL {
                        ui.selectable_value(
                            &mut view.list.quadrant,
                            QuadrantFilter::In(q),
                            texts.quadrant(q),
                        );
                    }
                    ui.selectable_value(
                        &mut view.list.quadrant,
                        QuadrantFilter::Unscored,
                        t.unscored_filter,
                    );
                })
                .response
                .labelled_by(label);
            widgets::say_choice(ui, &combo, selected);
        });
    });
}

/// One filter: its label, padded to `label_width`, and its drop-down (given the label's id).
fn filter_row(
    ui: &mut egui::Ui,
    text: &str,
    label_width: f32,
    combo: impl FnOnce(&mut egui::Ui, egui::Id),
) {
    ui.horizontal(|ui| {
        let label = ui.label(text);
        ui.add_space((label_width - label.rect.width()).max(0.0));
        combo(ui, label.id);
    });
}
