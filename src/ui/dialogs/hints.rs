//! Every lot's consistency hints in one window: the lot (a button to its Strategy tab), then
//! each hint with why and where its rule comes from.

use egui::RichText;

use super::Shared;
use crate::chart::style::WARNING;
use crate::locale::strategy::{hint, texts};
use crate::model::hints::{HintInput, hints};
use crate::ui::{CardTab, Output, ToolWindow};

/// Shows the hints window while `open`.
pub fn show(ctx: &egui::Context, shared: &Shared<'_>, open: &mut bool, out: &mut Output) {
    let x = texts(shared.lang);
    let mut go_to = None;
    ToolWindow::Hints
        .window(ctx, x.hints_overview.label)
        .open(open)
        .default_width(640.0)
        .default_height(520.0)
        .show(ctx, |ui| {
            let mut any = false;
            egui::ScrollArea::vertical().show(ui, |ui| {
                for lot in &shared.workshop.lots {
                    let fired = hints(&HintInput {
                        lot,
                        quadrant: shared.portfolio.get(lot.id).and_then(|r| r.quadrant),
                        workshop: shared.workshop,
                    });
                    if fired.is_empty() {
                        continue;
                    }
                    any = true;
                    if ui.button(RichText::new(&lot.name).strong()).clicked() {
                        go_to = Some(lot.id);
                    }
                    for fired in fired {
                        let (why, source) = hint(fired, shared.lang);
                        ui.add(egui::Label::new(format!("{WARNING} {why}")).wrap());
                        ui.label(RichText::new(source).small());
                    }
                    ui.separator();
                }
                if !any {
                    ui.label(x.no_hints);
                }
            });
        });
    if let Some(id) = go_to {
        out.select = Some(id);
        out.tab = Some(CardTab::Strategy);
    }
}
