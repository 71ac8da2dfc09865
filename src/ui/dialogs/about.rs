//! The About window.

use super::Shared;

/// Shows the About window while `open`.
pub fn show(ctx: &egui::Context, shared: &Shared<'_>, open: &mut bool) {
    let t = shared.t();
    crate::ui::ToolWindow::About
        .window(ctx, t.about.label)
        .open(open)
        .collapsible(false)
        .resizable(false)
        .default_width(560.0)
        .show(ctx, |ui| {
            ui.heading(format!("Kraljic Workshop {}", env!("CARGO_PKG_VERSION")));
            ui.add_space(6.0);
            ui.label(t.about_text);
            if let Some(running) = crate::ui::renderer::running() {
                ui.add_space(6.0);
                let how = match running.probed {
                    None => t.about_remembered.to_string(),
                    Some(reason) => t.about_probed.replace("{reason}", reason.text(shared.lang)),
                };
                let text = format!(
                    "{} {} ({}); {how}",
                    t.about_renderer,
                    running.renderer.code(),
                    running.adapter
                );
                ui.label(egui::RichText::new(text).small());
            }
        });
}
