//! The window to edit the workshop's kaders: kind, title and text of each, their order, adding
//! and deleting (a deleted kader takes the lots' answers to it along; one undo brings both back),
//! the built-in NMD 2023 set, and taking kaders over from another workshop file.

use egui::RichText;

use super::Shared;
use crate::locale::kaders::{kind_name, texts};
use crate::model::kader::{Kader, KaderKind, next_kader_id, take_over};
use crate::ui::widgets;
use crate::ui::{Command, Edit, Output, ToolWindow};

/// Shows the kaders window while `open`.
pub fn show(ctx: &egui::Context, shared: &Shared<'_>, open: &mut bool, out: &mut Output) {
    let x = texts(shared.lang);
    ToolWindow::Kaders
        .window(ctx, x.edit.label)
        .open(open)
        .default_width(640.0)
        .default_height(600.0)
        .show(ctx, |ui| {
            let kaders = &shared.workshop.kaders;
            ui.horizontal_wrapped(|ui| {
                if ui.button(x.add).clicked() {
                    let mut next = kaders.clone();
                    next.push(Kader {
                        id: next_kader_id(kaders),
                        kind: KaderKind::Frame,
                        title: x.new_title.to_string(),
                        text: String::new(),
                    });
                    out.edit(Edit::Kaders(next));
                }
                if ui.button(x.insert_built_in).clicked() {
                    let mut next = kaders.clone();
                    if take_over(&mut next, &crate::format::built_in_kaders()) > 0 {
                        out.edit(Edit::Kaders(next));
                    }
                }
                let take = ui.button(x.take_over.label);
                if take.on_hover_text(x.take_over.tooltip).clicked() {
                    out.run(Command::TakeOverKaders);
                }
            });
            ui.separator();
            if kaders.is_empty() {
                ui.label(x.none_yet);
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                for (index, kader) in kaders.iter().enumerate() {
                    ui.push_id(("kader", kader.id.0), |ui| {
                        kader_block(ui, shared, kaders, index, out);
                    });
                    ui.separator();
                }
            });
        });
}

/// One kader: number and kind, order and delete buttons, title and text.
fn kader_block(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    kaders: &[Kader],
    index: usize,
    out: &mut Output,
) {
    let x = texts(shared.lang);
    let kader = &kaders[index];
    let with = |change: &dyn Fn(&mut Kader)| {
        let mut next = kaders.to_vec();
        change(&mut next[index]);
        Edit::Kaders(next)
    };
    ui.horizontal_wrapped(|ui| {
        let number = crate::model::kader::number_of(kaders, kader.id).unwrap_or(index + 1);
        ui.label(RichText::new(format!("{number}.")).strong());
        for kind in KaderKind::ALL {
            let chosen = kader.kind == kind;
            let name = kind_name(kind, shared.lang);
            let text = if chosen {
                RichText::new(format!("\u{2713} {name}")).strong()
            } else {
                RichText::new(name)
            };
            let button = egui::Button::selectable(chosen, text).frame_when_inactive(true);
            if ui.add(button).clicked() && !chosen {
                out.edit(with(&|k| k.kind = kind));
            }
        }
        let moved = |from: usize, to: usize| {
            let mut next = kaders.to_vec();
            next.swap(from, to);
            Edit::Kaders(next)
        };
        if ui.add_enabled(index > 0, egui::Button::new(x.up)).clicked() {
            out.edit(moved(index, index - 1));
        }
        let last = index + 1 == kaders.len();
        if ui.add_enabled(!last, egui::Button::new(x.down)).clicked() {
            out.edit(moved(index, index + 1));
        }
        if ui.button(x.delete).clicked() {
            let mut next = kaders.to_vec();
            next.remove(index);
            out.edit(Edit::Kaders(next));
        }
    });
    widgets::text_field(ui, shared, x.title, &kader.title, false, out, |title| {
        with(&move |k| k.title.clone_from(&title))
    });
    widgets::text_field(ui, shared, x.text, &kader.text, true, out, |text| {
        with(&move |k| k.text.clone_from(&text))
    });
}
