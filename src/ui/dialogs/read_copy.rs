//! Reading a participant's copy: a preview of what changes per lot, every score replaced named
//! with its old and new value, a choice for each conflict, then *Apply* (one undo step) or
//! *Cancel* (nothing changes).

use std::collections::BTreeMap;

use egui::RichText;

use super::Shared;
use crate::chart::style::WARNING;
use crate::locale::Lang;
use crate::locale::room::{self, texts};
use crate::model::copy::{Choice, CopyRead, Source};
use crate::model::{Criterion, Edit, LotId};
use crate::ui::theme;

/// The read window's state: the plan and the choices made so far.
#[derive(Debug)]
pub struct ReadCopyDialog {
    /// What reading the copy would do.
    pub read: CopyRead,
    /// The copy's file name.
    pub file: String,
    /// The choice per conflict, by lot and criterion.
    pub choices: BTreeMap<(LotId, Criterion), Choice>,
}

/// What the user decided.
#[derive(Debug)]
pub enum ReadCopyAction {
    /// Apply this edit.
    Apply(Edit),
    /// Close without a change.
    Cancel,
}

impl ReadCopyDialog {
    /// A window for this plan.
    pub fn new(read: CopyRead, file: String) -> ReadCopyDialog {
        ReadCopyDialog {
            read,
            file,
            choices: BTreeMap::new(),
        }
    }

    /// Shows the window; returns the decision once made (Esc cancels).
    pub fn show(&mut self, ctx: &egui::Context, shared: &Shared<'_>) -> Option<ReadCopyAction> {
        let lang = shared.lang;
        let x = texts(lang);
        let mut action = None;
        egui::Modal::new(egui::Id::unique("kraljic-read-copy")).show(ctx, |ui| {
            ui.set_max_width(720.0);
            ui.heading(x.read_title);
            ui.add_space(6.0);
            self.header(ui, shared);
            ui.separator();
            let height = (ctx.content_rect().height() * 0.5).max(160.0);
            egui::ScrollArea::vertical()
                .max_height(height)
                .show(ui, |ui| self.lots(ui, shared));
            self.left_out(ui, lang);
            ui.separator();
            action = self.buttons(ui, lang);
        });
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            action = Some(ReadCopyAction::Cancel);
        }
        action
    }

    fn header(&self, ui: &mut egui::Ui, shared: &Shared<'_>) {
        let lang = shared.lang;
        let x = texts(lang);
        let (name, added) = match &self.read.source {
            Source::Participant { participant, added } => (Some(participant.name.as_str()), *added),
            Source::Plain { as_participant } => (
                as_participant.as_ref().map(|(p, _)| p.name.as_str()),
                as_participant.as_ref().is_some_and(|(_, added)| *added),
            ),
        };
        ui.label(room::read_from(name, &self.file, added, lang));
        if matches!(self.read.source, Source::Plain { .. }) {
            ui.label(x.plain_copy);
        }
        if self.read.other_workshop {
            ui.label(
                RichText::new(format!("{WARNING} {}", x.other_workshop))
                    .color(theme::error_colour(shared.dark)),
            );
        }
        let changes = self.read.lots.iter().flat_map(|l| &l.changes);
        let (mut new, mut replaced, mut cleared) = (0, 0, 0);
        for change in changes {
            match (change.old, change.new) {
                (Some(_), Some(_)) => replaced += 1,
                (Some(_), None) => cleared += 1,
                _ => new += 1,
            }
        }
        let conflicts = self.read.conflict_count();
        ui.label(
            RichText::new(room::read_summary(new, replaced, cleared, conflicts, lang)).strong(),
        );
        if self.read.is_empty() {
            ui.label(x.nothing);
        }
    }

    fn lots(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>) {
        let lang = shared.lang;
        let texts = lang.texts();
        for lot in &self.read.lots {
            ui.label(RichText::new(&lot.name).strong());
            for change in &lot.changes {
                ui.label(format!("  {}", room::change_line(change, lang)));
            }
            for conflict in &lot.conflicts {
                let name = texts.criterion(conflict.criterion);
                let (here, copy) = (
                    room::level_text(conflict.here, lang),
                    room::level_text(conflict.copy, lang),
                );
                ui.label(
                    RichText::new(format!(
                        "  {WARNING} {}",
                        room::conflict_line(conflict, lang)
                    ))
                    .color(theme::error_colour(shared.dark)),
                );
                ui.horizontal(|ui| {
                    ui.add_space(24.0);
                    let key = (lot.lot, conflict.criterion);
                    for (choice, value) in [(Choice::Here, &here), (Choice::Copy, &copy)] {
                        let chosen = self.choices.get(&key) == Some(&choice);
                        let label = room::keep(value, choice == Choice::Here, lang);
                        let button =
                            egui::Button::selectable(chosen, &label).frame_when_inactive(true);
                        let response = ui.add(button);
                        let accessible = format!("{}, {name}: {label}", lot.name);
                        response.widget_info(|| {
                            egui::WidgetInfo::selected(
                                egui::Role::Button,
                                true,
                                chosen,
                                accessible.clone(),
                            )
                        });
                        if response.clicked() {
                            self.choices.insert(key, choice);
                        }
                    }
                });
            }
            ui.add_space(4.0);
        }
    }

    fn left_out(&self, ui: &mut egui::Ui, lang: Lang) {
        let x = texts(lang);
        let renamed: Vec<String> = (self.read.renamed.iter())
            .map(|(there, here)| format!("'{there}' / '{here}'"))
            .collect();
        for (heading, list) in [
            (x.unmatched, &self.read.unmatched),
            (x.renamed, &renamed),
            (x.already_scored, &self.read.already_scored),
        ] {
            if !list.is_empty() {
                ui.label(RichText::new(format!("{heading}: {}", list.join(", "))).small());
            }
        }
    }

    fn buttons(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<ReadCopyAction> {
        let x = texts(lang);
        let mut action = None;
        if self.read.conflict_count() > 0 {
            ui.horizontal_wrapped(|ui| {
                for (choice, label) in [(Choice::Here, x.all_here), (Choice::Copy, x.all_copy)] {
                    if ui.button(label).clicked() {
                        for lot in &self.read.lots {
                            for conflict in &lot.conflicts {
                                self.choices.insert((lot.lot, conflict.criterion), choice);
                            }
                        }
                    }
                }
            });
        }
        let edit = self.read.edit(&self.choices);
        if edit.is_err() {
            ui.label(RichText::new(x.choose_first).strong());
        }
        ui.horizontal(|ui| {
            let can_apply = edit.is_ok() && !self.read.is_empty();
            let apply = ui.add_enabled(
                can_apply,
                egui::Button::new(RichText::new(x.apply).strong()),
            );
            if apply.clicked()
                && let Ok(edit) = edit
            {
                action = Some(ReadCopyAction::Apply(edit));
            }
            if ui.button(x.cancel).clicked() {
                action = Some(ReadCopyAction::Cancel);
            }
        });
        action
    }
}
