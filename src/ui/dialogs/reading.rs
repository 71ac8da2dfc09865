//! The small window shown while a file is read on a worker: the file, for a spreadsheet the
//! sheets and rows read so far, the time, and *Annuleren* (Esc too). The rest of the window
//! keeps working.

use egui::RichText;

use super::Shared;
use crate::locale::number::format_decimal;
use crate::ui::session::reading::SheetRead;

/// Shows the reading window; returns true when the user cancels the read.
pub fn show(ctx: &egui::Context, shared: &Shared<'_>, job: &SheetRead) -> bool {
    let x = shared.lang.exchange();
    let counts = job.counts();
    let mut cancel = super::escape_pressed(ctx);
    let sheet = job.purpose.is_sheet();
    let (title, hint) = if sheet {
        (x.reading, x.reading_hint)
    } else {
        (x.reading_file, x.reading_file_hint)
    };
    egui::Window::new(title)
        .id(egui::Id::unique("kraljic-sheet-read"))
        .collapsible(false)
        .resizable(false)
        .pivot(egui::Align2::CENTER_TOP)
        .default_pos(ctx.content_rect().center_top() + egui::vec2(0.0, 80.0))
        .default_width(480.0)
        .show(ctx, |ui| {
            // No spinner: it would ask for a frame every frame; the counts show the progress.
            ui.label(RichText::new(job.file_name()).strong());
            let mut parts = Vec::new();
            if sheet && counts.sheets_total > 1 {
                parts.push(
                    x.reading_sheets
                        .replace("{done}", &counts.sheets_done.to_string())
                        .replace("{total}", &counts.sheets_total.to_string()),
                );
            }
            if sheet {
                let rows = format_decimal(rust_decimal::Decimal::from(counts.rows), 0);
                parts.push(x.reading_rows.replace("{rows}", &rows));
            }
            let seconds = job.elapsed().as_secs_f32();
            parts.push(format!("{seconds:.0} s"));
            ui.label(parts.join(" \u{00B7} "));
            ui.label(RichText::new(hint).small());
            if ui.button(x.cancel).clicked() {
                cancel = true;
            }
        });
    cancel
}
