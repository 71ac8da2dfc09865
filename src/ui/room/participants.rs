//! Several scorers: the participants list in the settings, and each participant's scores for
//! the selected lot on its card (with blind rounds and the "to discuss" flag).

use egui::RichText;

use crate::chart::style::WARNING;
use crate::locale::number::format_decimal;
use crate::locale::room;
use crate::model::{Aggregation, Criterion, Level, Lot, Participant};
use crate::ui::{Edit, Output, Shared, theme, widgets};

/// The participants and how their scores are combined (in the settings window): the list
/// has its own window; blind scoring and partial placing are the session's settings.
pub fn settings_section(ui: &mut egui::Ui, shared: &Shared<'_>, out: &mut Output) {
    let t = shared.t();
    let x = room::texts(shared.lang);
    let w = shared.workshop;
    ui.label(RichText::new(t.participants).strong());
    ui.label(RichText::new(t.participants_hint).small());
    ui.horizontal_wrapped(|ui| {
        let names: Vec<&str> = w.participants.iter().map(|p| p.name.as_str()).collect();
        ui.label(if names.is_empty() {
            x.none_yet.to_string()
        } else {
            names.join(", ")
        });
        if ui.button(x.participants.label).clicked() {
            out.run(crate::ui::Command::Participants);
        }
    });
    let mut blind = w.settings.blind_scoring;
    if ui
        .checkbox(&mut blind, x.blind_scoring)
        .on_hover_text(x.blind_scoring_hint)
        .changed()
    {
        out.edit(Edit::BlindScoring(blind));
    }
    ui.label(RichText::new(x.blind_scoring_hint).small());
    let mut place = w.settings.place_partial;
    if ui
        .checkbox(&mut place, x.place_partial)
        .on_hover_text(x.place_partial_hint)
        .changed()
    {
        out.edit(Edit::PlacePartial(place));
    }
    ui.label(RichText::new(x.place_partial_hint).small());
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

/// Each participant's scores for `lot`, with the blind-round switch and how many are done
/// (on the card).
pub fn card_section(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    lot: &Lot,
    mark: Option<(usize, Criterion)>,
    out: &mut Output,
) {
    let t = shared.t();
    let x = room::texts(shared.lang);
    let w = shared.workshop;
    if w.participants.is_empty() || w.copy_of.is_some() {
        return;
    }
    let round = &lot.round;
    ui.horizontal_wrapped(|ui| {
        let heading =
            RichText::new(t.scores_per_participant).font(theme::bold(shared.sizes.body + 2.0));
        ui.label(heading);
        let progress = round.progress(&w.participants);
        ui.label(RichText::new(room::done_of(progress.done, progress.total, shared.lang)).strong());
        if ui.small_button(x.participants.label).clicked() {
            out.run(crate::ui::Command::Participants);
        }
    });
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
    // A name on its line, then the three criteria side by side, each with its short name:
    // narrow enough for the card at laptop widths.
    for (index, participant) in w.participants.iter().enumerate() {
        let scores = round
            .scores
            .get(&participant.id)
            .copied()
            .unwrap_or_default();
        let mut name = participant.name.clone();
        if round.blind {
            // Whether they are done, never what they chose.
            match scores.count_scored() {
                3 => name.push_str(&format!(" \u{2713} {}", t.entered)),
                0 => {}
                n => name.push_str(&format!(" {n}/3")),
            }
        }
        let marked = mark.filter(|(at, _)| *at == index).map(|(_, c)| c);
        ui.horizontal(|ui| {
            ui.label(RichText::new(name).strong());
            if marked.is_some() {
                ui.label(RichText::new(room::texts(shared.lang).participant_keys).small());
            }
        });
        ui.horizontal_wrapped(|ui| {
            for criterion in Criterion::ALL {
                // A criterion's name and its four buttons wrap as one: when they do not fit
                // on the row any more, they start the next.
                let group = ui.spacing().interact_size.y * 6.5;
                if ui.available_size_before_wrap().x < group {
                    ui.end_row();
                }
                // The criterion the next digit fills is framed (not by colour alone).
                let stroke = if marked == Some(criterion) {
                    egui::Stroke::new(2.0, crate::chart::style::selection_colour(shared.dark))
                } else {
                    egui::Stroke::new(2.0, egui::Color32::TRANSPARENT)
                };
                let framed = egui::Frame::new()
                    .stroke(stroke)
                    .inner_margin(2.0)
                    .show(ui, |ui| {
                        participant_criterion(
                            ui,
                            shared,
                            lot,
                            participant,
                            criterion,
                            &scores,
                            out,
                        );
                    });
                if marked == Some(criterion) {
                    scroll_to_a_new_mark(ui, (index, criterion), &framed.response);
                }
                ui.add_space(6.0);
            }
        });
    }
    if round.blind || round.is_empty() {
        return;
    }
    if let Some((low, high)) = round.risk_spread(&shared.workshop.settings.weights) {
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

/// In the room, while the lot's round is blind: "Blinde ronde: 3 van 4 klaar", large, with the
/// button that reveals it (also F8).
pub fn blind_banner(ui: &mut egui::Ui, shared: &Shared<'_>, lot: &Lot, out: &mut Output) {
    let w = shared.workshop;
    if !lot.round.blind || w.participants.is_empty() || w.copy_of.is_some() {
        return;
    }
    let x = room::texts(shared.lang);
    let progress = lot.round.progress(&w.participants);
    let done = room::done_of(progress.done, progress.total, shared.lang);
    ui.horizontal_wrapped(|ui| {
        let text = format!("{}: {done}", x.blind_round);
        ui.label(RichText::new(text).font(theme::bold(shared.sizes.body + 4.0)));
        let command = crate::ui::Command::Reveal;
        let key = command
            .shortcuts()
            .first()
            .map(|s| crate::locale::keys::shortcut(s, shared.lang));
        let label = format!("{} ({})", shared.t().reveal, key.unwrap_or_default());
        if ui.button(RichText::new(label).strong()).clicked() {
            out.run(crate::ui::Command::Reveal);
        }
    });
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
    let short = room::texts(shared.lang).criterion_short(criterion);
    ui.label(RichText::new(short).small().strong())
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

/// Scrolls the card to the box the next digit fills when the mark has moved there (not in
/// every frame: the user may scroll away).
fn scroll_to_a_new_mark(ui: &egui::Ui, mark: (usize, Criterion), boxed: &egui::Response) {
    let id = egui::Id::unique("kraljic-participant-mark");
    let shown = ui.data(|d| d.get_temp::<(usize, Criterion)>(id));
    if shown != Some(mark) {
        boxed.scroll_to_me(Some(egui::Align::Center));
        ui.data_mut(|d| d.insert_temp(id, mark));
    }
}
