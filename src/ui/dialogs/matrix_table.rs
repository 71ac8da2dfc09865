//! The matrix as a table (*Beeld > Matrix als tabel*): per quadrant, in the matrix's reading
//! order, each lot with its risk, class, spend and rank; a lot's name selects it. The same as
//! the figure tells a screen reader, for anyone who prefers rows to a picture, and to print.

use egui::RichText;

use super::Shared;
use crate::locale::access::texts;
use crate::locale::number::{format_decimal, format_euro};
use crate::ui::desk::plot_access::reading_order;
use crate::ui::{Output, ToolWindow, View};

/// Shows the table while `open`.
pub fn show(
    ctx: &egui::Context,
    shared: &Shared<'_>,
    view: &View,
    open: &mut bool,
    out: &mut Output,
) {
    if !*open {
        return;
    }
    let t = texts(shared.lang);
    let words = shared.lang.texts();
    let order = reading_order(shared, &view.drawn.plotted);
    ToolWindow::MatrixTable
        .window(ctx, t.table.label)
        .open(open)
        .default_width(760.0)
        .default_height(560.0)
        .show(ctx, |ui| {
            if order.is_empty() {
                ui.label(t.matrix_empty);
                return;
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                egui::Grid::new("matrix-table")
                    .num_columns(6)
                    .striped(true)
                    .spacing([16.0, 6.0])
                    .show(ui, |ui| {
                        for heading in t.table_columns {
                            ui.label(RichText::new(heading).strong());
                        }
                        ui.end_row();
                        for id in &order {
                            let (Some(lot), Some(ranked)) =
                                (shared.workshop.lot(*id), shared.portfolio.get(*id))
                            else {
                                continue;
                            };
                            let (Some(quadrant), Some(risk)) = (ranked.quadrant, ranked.risk)
                            else {
                                continue;
                            };
                            ui.label(words.quadrant(quadrant));
                            let selected = view.selected == Some(*id);
                            if ui.selectable_label(selected, &lot.name).clicked() {
                                out.select = Some(*id);
                            }
                            ui.label(format_decimal(risk.mean_for_display(), risk.places));
                            ui.label(words.level(risk.class));
                            ui.label(if shared.hide_amounts {
                                words.abc_band(ranked.abc_band).to_string()
                            } else {
                                format_euro(lot.spend)
                            });
                            ui.label(ranked.rank.to_string());
                            ui.end_row();
                        }
                    });
            });
        });
}
