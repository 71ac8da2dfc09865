//! The kaders section of the Strategy tab: for each of the workshop's kaders, how this lot meets
//! it, or "n.v.t." with the reason why not.

use egui::RichText;

use crate::locale::kaders::texts;
use crate::model::Lot;
use crate::model::kader::{KaderAnswer, answered_count};
use crate::ui::{Edit, Output, Shared, widgets};

/// Shows the lot's answers to every kader.
pub fn show(ui: &mut egui::Ui, shared: &Shared<'_>, lot: &Lot, out: &mut Output) {
    let x = texts(shared.lang);
    let kaders = &shared.workshop.kaders;
    ui.separator();
    let count = answered_count(kaders, &lot.kaders);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(x.heading).strong());
        ui.label(format!("{count}/{} {}", kaders.len(), x.answered));
    });
    if kaders.is_empty() {
        ui.label(RichText::new(x.none_yet).small());
        return;
    }
    for (index, kader) in kaders.iter().enumerate() {
        let answer = lot.kaders.get(&kader.id).cloned().unwrap_or_default();
        ui.push_id(("kader-answer", lot.id.0, kader.id.0), |ui| {
            ui.horizontal_wrapped(|ui| {
                let title = crate::locale::kaders::numbered(kaders, index, shared.lang);
                ui.label(RichText::new(title).strong())
                    .on_hover_text(&kader.text);
                let mut not_applicable = answer.not_applicable;
                if ui.checkbox(&mut not_applicable, x.not_applicable).changed() {
                    out.edit(Edit::KaderAnswer {
                        lot: lot.id,
                        kader: kader.id,
                        answer: KaderAnswer {
                            not_applicable,
                            ..answer.clone()
                        },
                    });
                }
            });
            let label = if answer.not_applicable {
                x.why_not
            } else {
                x.how
            };
            let (id, kader_id, base) = (lot.id, kader.id, answer.clone());
            // One line each: twenty kaders stay within a few screens.
            widgets::text_field(ui, shared, label, &answer.how, false, out, |how| {
                Edit::KaderAnswer {
                    lot: id,
                    kader: kader_id,
                    answer: KaderAnswer { how, ..base },
                }
            });
        });
    }
}
