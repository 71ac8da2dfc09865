//! Every lot against every kader: a grid of symbols (answered, does not apply, open), the
//! kaders' numbers explained under it, and a button per lot to its Strategy tab.

use egui::RichText;

use super::Shared;
use crate::locale::kaders::{status_mark, texts};
use crate::model::kader::{answered_count, kader_status};
use crate::ui::{CardTab, Output, ToolWindow};

/// The widest a lot's name is shown (longer names are cut short, whole in the tooltip).
const LOT_COLUMN: f32 = 230.0;
/// The width of a kader's column of marks.
const MARK_COLUMN: f32 = 34.0;
/// The room between columns.
const SPACING: f32 = 10.0;

/// Shows the overview while `open`.
pub fn show(ctx: &egui::Context, shared: &Shared<'_>, open: &mut bool, out: &mut Output) {
    let x = texts(shared.lang);
    let kaders = &shared.workshop.kaders;
    let mut go_to = None;
    // As wide as the table needs, up to most of the screen: on a 1366 px laptop twenty kaders
    // fit beside the lot names; beyond that the table scrolls, with its scroll bar always shown.
    let screen = ctx.content_rect().width();
    let table = LOT_COLUMN + 150.0 + kaders.len() as f32 * (MARK_COLUMN + SPACING);
    ToolWindow::KaderOverview
        .window(ctx, x.overview.label)
        .open(open)
        .default_width(table.min(screen * 0.92))
        .default_height(600.0)
        .show(ctx, |ui| {
            if kaders.is_empty() {
                ui.label(x.none_yet);
                return;
            }
            ui.label(x.legend);
            // Solid scroll bars, always shown: a wide table says that it goes on.
            ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
            egui::ScrollArea::both()
                .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
                .show(ui, |ui| {
                    egui::Grid::new("kader-overview")
                        .striped(true)
                        .spacing([SPACING, 6.0])
                        .min_col_width(MARK_COLUMN)
                        .show(ui, |ui| {
                            ui.label(RichText::new(x.lot).strong());
                            ui.label(RichText::new(x.answered_column).strong());
                            for (i, kader) in kaders.iter().enumerate() {
                                let mark = crate::locale::kaders::short(kaders, i, shared.lang);
                                ui.label(RichText::new(mark).strong())
                                    .on_hover_text(&kader.title);
                            }
                            ui.end_row();
                            for lot in &shared.workshop.lots {
                                // A long name is cut short; the tooltip has it whole.
                                let button = ui
                                    .scope(|ui| {
                                        ui.set_max_width(LOT_COLUMN);
                                        ui.add(egui::Button::new(&lot.name).truncate())
                                    })
                                    .inner
                                    .on_hover_text(&lot.name);
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
