//! Above [`crate::report::pdf::ASK_ABOVE_LOTS`] lots, *Export report* first asks which lots get
//! a page of their own: every lot, the strategic and bottleneck lots, the lots with a strategy,
//! or the lots the list shows under its filter, each with its count. *Verder* goes on to the
//! file; Esc or the cross closes it without an export.

use egui::RichText;

use super::Shared;
use crate::report::pdf::LotPages;
use crate::ui::{Command, Output, ToolWindow, View};

/// The four choices, in the window's order, each with how many lot pages it gives.
fn choices(shared: &Shared<'_>, view: &View) -> Vec<(LotPages, usize)> {
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
    .into_iter()
    .map(|pages| {
        let count = pages.count(shared.workshop, shared.portfolio);
        (pages, count)
    })
    .collect()
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
        view.report_pages_offer = None;
        return;
    }
    let x = shared.lang.exchange();
    // Worked out when the window opens and when the workshop changes, not in every frame (the
    // list's order and four counts over ten thousand lots).
    if view.report_pages_offer.as_ref().map(|(rev, _)| *rev) != Some(shared.revision) {
        view.report_pages_offer = Some((shared.revision, choices(shared, view)));
    }
    let Some((_, choices)) = view.report_pages_offer.as_ref() else {
        return;
    };
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
            for (i, ((_, count), label)) in choices.iter().zip(x.pages_options).enumerate() {
                let count = *count;
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
        view.report_pages = choices.get(chosen).map(|(pages, _)| pages.clone());
        view.report_pages_chosen = true;
        *open = false;
        out.run(Command::ExportReport);
    }
}
