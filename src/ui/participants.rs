//! Several scorers: the participants list in the settings, and each participant's scores for
//! the selected lot on its card (with blind rounds and the "to discuss" flag).

use egui::RichText;

use super::{Edit, Output, Shared, theme, widgets};
use crate::chart::style::WARNING;
use crate::locale::number::format_decimal;
use crate::model::text::TextKind;
use crate::model::{Aggregation, Criterion, Level, Lot, Participant};

/// The participants and how their scores are combined (in the settings window).
pub fn settings_section(ui: &mut egui::Ui, shared: &Shared<'_>, out: &mut Output) {
    let t = shared.t();
    let w = shared.workshop;
    ui.label(RichText::new(t.participants).strong());
    ui.label(RichText::new(t.participants_hint).small());
    for participant in &w.participants {
        ui.horizontal(|ui| {
            let id = participant.id;
            let field = ui.make_persistent_id(("participant-name", id.0));
            let accessible = format!("{} {}", t.participants, id.0);
            let rename = |name| Edit::RenameParticipant(id, name);
            super::widgets::cleaned_field(
                ui,
                field,
                &participant.name,
                TextKind::Line,
                out,
                rename,
                |ui, name| {
                    let response = ui
                        .add(
                            egui::TextEdit::singleline(name)
                                .id(field)
                                .desired_width(260.0),
                        )
                        .on_hover_text(t.participants);
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::TextInput, true, accessible.clone())
                    });
                    response
                },
            );
            let remove = ui.button(t.remove_participant);
            let label = format!("{}: {}", t.remove_participant, participant.name);
            remove
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
            if remove.clicked() {
                out.edit(Edit::RemoveParticipant(id));
            }
        });
    }
    if ui.button(t.add_participant).clicked() {
        let id = w.next_participant_id();
        out.edit(Edit::AddParticipant(Participant {
            id,
            name: format!("{} {}", t.new_participant_name, id.0),
        }));
    }
    ui.horizontal(|ui| {
        let label = ui.label(t.aggregation);
        let all = [Aggregation::Median, Aggregation::Mean];
        let current = Some(w.settings.aggregation);
        if let Some(Some(how)) = widgets::choose(
            ui,
            "aggregation",
            current,
            &all,
            &t.aggregations,
            t.aggregations[0],
            label.id,
        ) {
            out.edit(Edit::Aggregation(how));
        }
    });
}

/// Each participant's scores for `lot`, with the blind-round switch (on the card).
pub fn card_section(ui: &mut egui::Ui, shared: &Shared<'_>, lot: &Lot, out: &mut Output) {
    let t = shared.t();
    let w = shared.workshop;
    if w.participants.is_empty() {
        return;
    }
    let round = &lot.round;
    ui.label(RichText::new(t.scores_per_participant).font(theme::bold(shared.sizes.body + 2.0)));
    ui.horizontal_wrapped(|ui| {
        let mut blind = round.blind;
        if ui
            .checkbox(&mut blind, t.blind_round)
            .on_hover_text(t.blind_hint)
            .changed()
        {
            out.edit(Edit::Blind(lot.id, blind));
        }
        if round.blind && ui.button(RichText::new(t.reveal).strong()).clicked() {
            out.edit(Edit::Blind(lot.id, false));
        }
    });
    if round.blind {
        ui.label(RichText::new(t.blind_hint).small());
    }
    // A name on its line, then the three criteria side by side, each with its initial: narrow
    // enough for the card at laptop widths.
    for participant in &w.participants {
        let scores = round
            .scores
            .get(&participant.id)
            .copied()
            .unwrap_or_default();
        let mut name = participant.name.clone();
        if round.blind && scores.count_scored() > 0 {
            name.push_str(&format!(" \u{2713} {}", t.entered));
        }
        ui.label(RichText::new(name).strong());
        ui.horizontal_wrapped(|ui| {
            for criterion in Criterion::ALL {
                participant_criterion(ui, shared, lot, participant, criterion, &scores, out);
                ui.add_space(8.0);
            }
        });
    }
    if round.blind || round.is_empty() {
        return;
    }
    if let Some((low, high)) = round.risk_spread() {
        ui.label(format!(
            "{}: {} \u{2013} {}",
            t.spread,
            format_decimal(low, 1),
            format_decimal(high, 1)
        ));
    }
    if round.to_discuss() {
        ui.label(
            RichText::new(format!("{WARNING} {}", t.to_discuss))
                .strong()
                .color(theme::error_colour(shared.dark)),
        );
    }
}

/// One participant's buttons for one criterion, after the criterion's initial.
fn participant_criterion(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    lot: &Lot,
    participant: &Participant,
    criterion: Criterion,
    scores: &crate::model::Scores,
    out: &mut Output,
) {
    let texts = shared.lang.texts();
    let round = &lot.round;
    let current = scores.get(criterion);
    let name = texts.criterion(criterion);
    let initial: String = name.chars().take(1).collect();
    ui.label(RichText::new(initial).small().strong())
        .on_hover_text(name);
    ui.spacing_mut().item_spacing.x = 3.0;
    for level in Level::ALL {
        // In a blind round nobody sees what was chosen.
        let selected = !round.blind && current == Some(level);
        let button =
            egui::Button::selectable(selected, RichText::new(level.number().to_string()).small())
                .frame_when_inactive(true);
        let response = ui.add(button);
        let label = format!("{}: {name} {}", participant.name, level.number());
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::Button, true, selected, label.clone())
        });
        if response.clicked() {
            let level = (current != Some(level)).then_some(level);
            out.edit(Edit::ParticipantScore {
                lot: lot.id,
                participant: participant.id,
                criterion,
                level,
            });
        }
    }
}
