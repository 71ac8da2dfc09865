//! The participants window (add, one for each municipality, rename, reorder, remove with a
//! question when they have scores) and the window that writes a copy for one participant.

use egui::RichText;

use crate::locale::room::texts;
use crate::model::text::TextKind;
use crate::model::{Participant, ParticipantId, Workshop};
use crate::ui::Shared;
use crate::ui::{Command, Edit, Output, ToolWindow, View, widgets};

/// Shows the participants window while `open`.
pub fn show(
    ctx: &egui::Context,
    shared: &Shared<'_>,
    view: &mut View,
    open: &mut bool,
    out: &mut Output,
) {
    let x = texts(shared.lang);
    ToolWindow::Participants
        .window(ctx, x.participants.label)
        .open(open)
        .default_width(560.0)
        .default_height(520.0)
        .show(ctx, |ui| {
            let w = shared.workshop;
            ui.horizontal_wrapped(|ui| {
                let missing = from_municipalities(w);
                let button = ui.add_enabled(
                    !missing.is_empty(),
                    egui::Button::new(RichText::new(x.from_municipalities).strong()),
                );
                if button.clicked() {
                    out.edit(Edit::AddParticipants(missing));
                }
                if ui.button(x.add).clicked() {
                    let id = w.next_participant_id();
                    out.edit(Edit::AddParticipant(Participant {
                        id,
                        name: format!("{} {}", shared.t().new_participant_name, id.0),
                    }));
                }
            });
            if w.municipalities.is_empty() {
                ui.label(RichText::new(x.no_municipalities).small());
            }
            ui.separator();
            if w.participants.is_empty() {
                ui.label(x.none_yet);
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                for index in 0..w.participants.len() {
                    ui.push_id(("participant", w.participants[index].id.0), |ui| {
                        row(ui, shared, view, index, out);
                    });
                }
            });
        });
}

/// A participant for each of the workshop's municipalities that has none of its name yet.
pub fn from_municipalities(workshop: &Workshop) -> Vec<Participant> {
    let mut next = workshop.next_participant_id().0;
    let mut list = Vec::new();
    for municipality in &workshop.municipalities {
        let taken = (workshop.participants.iter().chain(&list))
            .any(|p: &Participant| p.name.trim().eq_ignore_ascii_case(municipality.trim()));
        if !taken {
            list.push(Participant {
                id: ParticipantId(next),
                name: municipality.clone(),
            });
            next += 1;
        }
    }
    list
}

/// One participant: number, name, up, down, remove (asking first when they scored).
fn row(ui: &mut egui::Ui, shared: &Shared<'_>, view: &mut View, index: usize, out: &mut Output) {
    let x = texts(shared.lang);
    let w = shared.workshop;
    let participant = &w.participants[index];
    let id = participant.id;
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("{}.", index + 1)).strong());
        let field = ui.make_persistent_id(("participant-name", id.0));
        let accessible = format!("{} {}", shared.t().participants, index + 1);
        widgets::cleaned_field(
            ui,
            field,
            &participant.name,
            TextKind::Line,
            out,
            |name| Edit::RenameParticipant(id, name),
            |ui, name| {
                let response = ui.add(
                    egui::TextEdit::singleline(name)
                        .id(field)
                        .desired_width(240.0),
                );
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, accessible.clone())
                });
                response
            },
        );
        let name = &participant.name;
        let last = w.participants.len() - 1;
        for (label, enabled, to) in [
            (x.up, index > 0, index.saturating_sub(1)),
            (x.down, index < last, index + 1),
        ] {
            let button = ui.add_enabled(enabled, egui::Button::new(label));
            let accessible = format!("{label}: {name}");
            button.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, enabled, accessible.clone())
            });
            if button.clicked() {
                out.edit(Edit::MoveParticipant(id, to));
            }
        }
        let remove = ui.button(x.remove);
        let accessible = format!("{}: {name}", x.remove);
        remove.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, true, accessible.clone())
        });
        if remove.clicked() {
            let scored = w.lots.iter().any(|l| l.round.scores.contains_key(&id));
            if scored {
                view.remove_participant = Some(id);
            } else {
                out.edit(Edit::RemoveParticipant(id));
            }
        }
    });
    if view.remove_participant == Some(id) {
        ui.label(RichText::new(x.remove_question).strong());
        ui.horizontal(|ui| {
            let t = shared.t();
            let confirm = format!("{}: {}", x.remove, participant.name);
            if ui.button(RichText::new(confirm).strong()).clicked() {
                out.edit(Edit::RemoveParticipant(id));
                view.remove_participant = None;
            }
            if ui.button(t.cancel_button).clicked() {
                view.remove_participant = None;
            }
        });
    }
}

/// Shows the window that writes a copy for one participant while `open`.
pub fn show_copy_for(
    ctx: &egui::Context,
    shared: &Shared<'_>,
    view: &mut View,
    open: &mut bool,
    out: &mut Output,
) {
    let x = texts(shared.lang);
    ToolWindow::CopyFor
        .window(ctx, x.copy_title)
        .open(open)
        .default_width(520.0)
        .show(ctx, |ui| {
            let w = shared.workshop;
            ui.label(x.copy_hint);
            ui.separator();
            if w.participants.is_empty() {
                ui.label(x.copy_needs_participants);
                if ui.button(x.participants.label).clicked() {
                    out.run(Command::Participants);
                }
                return;
            }
            ui.label(RichText::new(x.copy_who).strong());
            let chosen = view
                .copy_participant
                .filter(|id| w.participant(*id).is_some())
                .unwrap_or(w.participants[0].id);
            ui.horizontal_wrapped(|ui| {
                for participant in &w.participants {
                    let selected = chosen == participant.id;
                    let response = ui.selectable_label(selected, &participant.name);
                    let name = format!("{}: {}", x.copy_who, participant.name);
                    response.widget_info(|| {
                        egui::WidgetInfo::selected(egui::Role::Button, true, selected, name.clone())
                    });
                    if response.clicked() {
                        view.copy_participant = Some(participant.id);
                    }
                }
            });
            ui.add_space(8.0);
            if ui.button(RichText::new(x.copy_write).strong()).clicked() {
                out.copy_for = Some(chosen);
            }
        });
}
