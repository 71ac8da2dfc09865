//! Above [`crate::report::pdf::ASK_ABOVE_LOTS`] lots, *Export report* first asks which lots get
//! a page of their own: every lot, the strategic and bottleneck lots, the lots with a strategy,
//! or the lots the list shows under its filter, each with its count. *Verder* goes on to the
//! file; Esc or the cross closes it without an export.

use egui::RichText;

use super::Shared;
use crate::report::pdf::LotPages;
use crate::ui::{Command, Output, ToolWindow, View};

/// The four choices, in the window's order.
fn choices(shared: &Shared<'_>, view: &View) -> [LotPages; 4] {
    let shown = crate::ui::desk::lot_list::visible_order(
        shared.workshop,
        shared.portfolio,
        shared.catalogue,
        &view.list,
        shared.lang,
    );
    [
        LotPages::All,
        LotPages::StrategicAndBottleneck,
        LotPages::WithStrategy,
        LotPages::These(shown.into_iter().collect()),
    ]
}

/// Shows the window while `open`.
pub fn show(
    ctx: &egui::Context,
    shared: &Shared<'_>,
    view: &mut View,
    open: &mut bool,
    out: &mut Output,
) {
    if !*open {
        return;
    }
    let x = shared.lang.exchange();
    let choices = choices(shared, view);
    let mut go = false;
    ToolWindow::ReportPages
        .window(ctx, x.pages_title)
        .open(open)
        .collapsible(false)
        .resizable(false)
        .default_width(560.0)
        .show(ctx, |ui| {
            ui.label(x.pages_question);
            ui.add_space(6.0);
            for (i, (pages, label)) in choices.iter().zip(x.pages_options).enumerate() {
                let count = pages.count(shared.workshop, shared.portfolio);
                let counted = if count == 1 {
                    x.pages_count_one.to_string()
                } else {
                    x.pages_count.replace("{n}", &count.to_string())
                };
                let text = format!("{label} ({counted})");
                ui.radio_value(&mut view.report_pages_choice, i, text);
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let verder = ui.button(RichText::new(x.pages_continue).strong());
                let nothing_focused = ui.memory(|m| m.focused().is_none());
                go = verder.clicked()
                    || (nothing_focused && ui.input(|i| i.key_pressed(egui::Key::Enter)));
            });
        });
    if go {
        let chosen = view.report_pages_choice.min(choices.len() - 1);
        view.report_pages = choices.into_iter().nth(chosen);
        view.report_pages_chosen = true;
        *open = false;
        out.run(Command::ExportReport);
    }
}
