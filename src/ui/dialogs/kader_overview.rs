//! Every lot against every kader: a grid of symbols (answered, does not apply, open), the
//! kaders' numbers explained under it, and a button per lot to its Strategy tab.

use egui::RichText;

use super::Shared;
use crate::locale::kaders::{status_mark, texts};
use crate::model::kader::{answered_count, kader_status};
use crate::ui::{CardTab, Output, ToolWindow};

/// Shows the overview while `open`.
pub fn show(ctx: &egui::Context, shared: &Shared<'_>, open: &mut bool, out: &mut Output) {
    let x = texts(shared.lang);
    let kaders = &shared.workshop.kaders;
    let mut go_to = None;
    ToolWindow::KaderOverview
        .window(ctx, x.overview.label)
        .open(open)
        .default_width(900.0)
        .default_height(600.0)
        .show(ctx, |ui| {
            if kaders.is_empty() {
                ui.label(x.none_yet);
                return;
            }
            ui.label(x.legend);
            egui::ScrollArea::both().show(ui, |ui| {
                egui::Grid::new("kader-overview")
                    .striped(true)
                    .spacing([14.0, 6.0])
                    .show(ui, |ui| {
                        ui.label(RichText::new(x.lot).strong());
                        ui.label(RichText::new(x.answered).strong());
                        for (i, kader) in kaders.iter().enumerate() {
                            let mark = crate::locale::kaders::short(kaders, i, shared.lang);
                            ui.label(RichText::new(mark).strong())
                                .on_hover_text(&kader.title);
                        }
                        ui.end_row();
                        for lot in &shared.workshop.lots {
                            let button = ui.button(&lot.name);
                            if button.clicked() {
                                go_to = Some(lot.id);
                            }
                            let count = answered_count(kaders, &lot.kaders);
                            ui.label(format!("{count}/{}", kaders.len()));
                            for kader in kaders {
                                let status = kader_status(&lot.kaders, kader.id);
                                ui.label(status_mark(status, shared.lang))
                                    .on_hover_text(&kader.title);
                            }
                            ui.end_row();
                        }
                    });
                ui.add_space(10.0);
                for i in 0..kaders.len() {
                    let mark = crate::locale::kaders::short(kaders, i, shared.lang);
                    let name = crate::locale::kaders::numbered(kaders, i, shared.lang);
                    ui.label(format!("{mark}  {name}"));
                }
            });
        });
    if let Some(id) = go_to {
        out.select = Some(id);
        out.tab = Some(CardTab::Strategy);
    }
}
