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
            if let Some(renderer) = crate::ui::renderer::running() {
                ui.add_space(6.0);
                ui.label(egui::RichText::new(format!("{} {renderer}", t.about_renderer)).small());
            }
        });
}
