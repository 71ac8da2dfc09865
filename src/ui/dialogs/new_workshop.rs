//! File > New: how to start: an empty workshop, a region's template (NMD 2023, Rivierenland
//! 2019, Twente), or the setup of another workshop file without its lots.

use egui::RichText;

use super::Shared;
use crate::model::template::Template;
use crate::ui::{Output, ToolWindow, View};

/// How a new workshop starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NewStart {
    /// From the built-in template of this name.
    Template(String),
    /// From another workshop file (asked for next).
    FromFile,
}

/// The choice that stands for "from another workshop file" in [`View::new_start`].
const FROM_FILE: &str = "";

/// Shows the window while `open`; the templates are the built-in ones, in order.
pub fn show(
    ctx: &egui::Context,
    shared: &Shared<'_>,
    view: &mut View,
    templates: &[Template],
    open: &mut bool,
    out: &mut Output,
) {
    let x = shared.lang.files();
    let lang = shared.lang;
    let chosen = view.new_start.clone().unwrap_or_else(|| {
        templates
            .first()
            .map(|t| t.name.clone())
            .unwrap_or_default()
    });
    ToolWindow::NewWorkshop
        .window(ctx, shared.t().new.label)
        .open(open)
        .collapsible(false)
        .default_width(620.0)
        .show(ctx, |ui| {
            ui.label(RichText::new(x.new_how).strong());
            ui.add_space(6.0);
            for template in templates {
                let title = lang.pick(&template.title);
                choice(
                    ui,
                    view,
                    &chosen,
                    &template.name,
                    title,
                    lang.pick(&template.about),
                );
            }
            choice(
                ui,
                view,
                &chosen,
                FROM_FILE,
                x.new_from_file,
                x.new_from_file_hint,
            );
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(RichText::new(x.new_start).strong()).clicked() {
                    out.new_workshop = Some(if chosen == FROM_FILE {
                        NewStart::FromFile
                    } else {
                        NewStart::Template(chosen.clone())
                    });
                }
                if ui.button(x.cancel).clicked() {
                    view.windows.close(ToolWindow::NewWorkshop);
                }
            });
        });
}

/// One way to start: a radio button with its name, and what it holds under it.
fn choice(ui: &mut egui::Ui, view: &mut View, chosen: &str, value: &str, name: &str, about: &str) {
    if ui
        .radio(chosen == value, RichText::new(name).strong())
        .clicked()
    {
        view.new_start = Some(value.to_string());
    }
    ui.indent(("new-start", value), |ui| {
        ui.label(RichText::new(about).small());
    });
    ui.add_space(4.0);
}
