//! All unanswered checklist questions, by lot, with a button to go to the lot.

use egui::RichText;

use super::Shared;
use crate::ui::{CardTab, Output};

/// Shows the open-questions window while `open`.
pub fn show(ctx: &egui::Context, shared: &Shared<'_>, open: &mut bool, out: &mut Output) {
    let t = shared.t();
    let mut go_to = None;
    crate::ui::ToolWindow::OpenQuestions
        .window(ctx, t.open_questions.label)
        .open(open)
        .default_width(640.0)
        .default_height(560.0)
        .show(ctx, |ui| {
            let total = shared.catalogue.len();
            let mut any = false;
            egui::ScrollArea::vertical().show(ui, |ui| {
                for lot in &shared.workshop.lots {
                    let open_questions: Vec<_> = shared.catalogue.open_questions(lot).collect();
                    if open_questions.is_empty() {
                        continue;
                    }
                    any = true;
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(&lot.name).strong());
                        ui.label(format!(
                            "{}/{} {}",
                            total - open_questions.len(),
                            total,
                            t.answered_count
                        ));
                        let button = ui.button(t.go_to_lot);
                        let name = format!("{}: {}", t.go_to_lot, lot.name);
                        button.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone())
                        });
                        if button.clicked() {
                            go_to = Some(lot.id);
                        }
                    });
                    egui::CollapsingHeader::new(format!(
                        "{} {}",
                        open_questions.len(),
                        t.open_questions_heading
                    ))
                    .id_salt(("open-questions", lot.id.0))
                    .show(ui, |ui| {
                        for question in open_questions {
                            let text = shared.lang.pick(&question.text);
                            ui.label(format!("\u{2022} {text}"));
                        }
                    });
                    ui.separator();
                }
                if !any {
                    ui.label(t.all_answered);
                }
            });
        });
    if let Some(id) = go_to {
        out.select = Some(id);
        out.tab = Some(CardTab::Checklist);
    }
}
