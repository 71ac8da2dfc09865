//! What the levels mean, where the team scores: each button's meaning on hover, a small "?"
//! after each criterion's name, the market figures and the suggested level beside the scarcity
//! buttons, and the window with all four levels (the key `?` too, also in presentation).

use egui::RichText;

use crate::locale::scale::{self as words, texts};
use crate::model::scale::suggest_scarcity;
use crate::model::{Criterion, Level, Lot};
use crate::ui::{Output, Shared, ToolWindow, View, theme};

/// What a level of a criterion means, with its example (a button's hover text).
pub fn hover(shared: &Shared<'_>, criterion: Criterion, level: Level) -> String {
    words::level_line(shared.scale.text(criterion, level), shared.lang)
}

/// A small "?" after a criterion's name: the window with what its four levels mean.
pub fn help_button(ui: &mut egui::Ui, shared: &Shared<'_>, criterion: Criterion, out: &mut Output) {
    let name = texts(shared.lang)
        .button
        .replace("{criterion}", shared.lang.texts().criterion(criterion));
    let button = ui.add(egui::Button::new("?").small()).on_hover_text(&name);
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    if button.clicked() {
        out.level_help = Some(criterion);
    }
}

/// Beside the scarcity buttons: the lot's market figures and the level they suggest, with its
/// reason; never applied by itself.
pub fn market_evidence(ui: &mut egui::Ui, shared: &Shared<'_>, lot: &Lot) {
    let Some(market) = lot.market.as_ref().filter(|m| !m.is_empty()) else {
        return;
    };
    let rows = words::market_rows(market, shared.lang);
    let line = rows
        .iter()
        .map(|(label, value)| format!("{label} {value}"))
        .collect::<Vec<_>>()
        .join(" \u{00B7} ");
    ui.label(RichText::new(line).small());
    if let Some(suggestion) = suggest_scarcity(market, &shared.scale.suggestion) {
        let text = words::suggestion_line(&suggestion, shared.lang);
        ui.label(RichText::new(format!("\u{2192} {text}")).strong())
            .on_hover_text(texts(shared.lang).only_a_hint);
    }
}

/// The window with the four levels of the criterion being scored, the selected lot's level
/// marked; `?` opens and closes it, Esc closes it.
pub fn window(ctx: &egui::Context, shared: &Shared<'_>, view: &View, open: &mut bool) {
    let criterion = view.criterion;
    let current = view
        .selected
        .and_then(|id| shared.workshop.lot(id))
        .and_then(|lot| lot.scores.get(criterion));
    let size = shared.sizes.body;
    ToolWindow::LevelHelp
        .window(ctx, &words::title(criterion, shared.lang))
        .open(open)
        .collapsible(false)
        .default_width(if shared.presenting { 900.0 } else { 620.0 })
        .show(ctx, |ui| {
            ui.label(RichText::new(shared.lang.texts().criterion_question(criterion)).size(size));
            ui.add_space(size * 0.4);
            egui::Grid::new("level-guide")
                .num_columns(2)
                .spacing([size, size * 0.6])
                .show(ui, |ui| {
                    for level in Level::ALL {
                        let mut caption = words::caption(level, shared.lang);
                        if current == Some(level) {
                            caption = format!("\u{2713} {caption}");
                        }
                        ui.label(RichText::new(caption).font(theme::bold(size)));
                        let text = hover(shared, criterion, level);
                        ui.add(egui::Label::new(RichText::new(text).size(size)).wrap());
                        ui.end_row();
                    }
                });
            ui.add_space(size * 0.4);
            ui.label(RichText::new(texts(shared.lang).close_hint).small());
        });
}
