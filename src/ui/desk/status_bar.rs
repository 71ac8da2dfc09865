//! The status line: file, unsaved marker, totals and how many lots are scored.

use egui::RichText;

use crate::locale::number::format_euro;
use crate::model::Quadrant;
use crate::ui::{Shared, theme};

/// What the status line shows of the document.
#[derive(Debug)]
pub struct Status {
    /// File name or what stands in for it.
    pub name: String,
    /// Unsaved changes.
    pub dirty: bool,
    /// An export under way: pages done and in all (0 of 0 while not counted), and about how
    /// long it still takes.
    pub export: Option<(usize, usize, Option<std::time::Duration>)>,
    /// Opened read-only.
    pub read_only: bool,
    /// A remark on the last key pressed, if any.
    pub note: Option<crate::ui::StatusNote>,
    /// A new workshop that was never saved to a file.
    pub never_saved: bool,
    /// What a screen reader is told of the last change (a live region, not painted).
    pub announcement: Option<String>,
}

/// A label a screen reader reads out when it appears or its words change (polite: after what
/// it is reading now).
fn live(ui: &egui::Ui, response: &egui::Response) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
}

/// Shows the status line at the bottom of the window; returns true when the user cancels the
/// export under way.
pub fn show(ui: &mut egui::Ui, shared: &Shared<'_>, status: &Status) -> bool {
    let t = shared.t();
    let texts = shared.lang.texts();
    let mut cancel = false;
    egui::Panel::bottom("status-bar").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            // Spoken, not shown: the screen already shows what changed. Always there (empty
            // until the first message), so the widgets after it keep their ids and a screen
            // reader hears no other label change.
            let text = status.announcement.as_deref().unwrap_or_default();
            let spot = egui::Rect::from_min_size(ui.cursor().min, egui::Vec2::ZERO);
            // Its own id and no room in the line: nothing else moves for it.
            let id = egui::Id::unique("status-live-region");
            let response = ui.interact(spot, id, egui::Sense::hover());
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
            live(ui, &response);
            if let Some((done, total, left)) = status.export {
                ui.add(egui::Spinner::new());
                let x = shared.lang.exchange();
                let mut text = if total > 0 {
                    format!("{} {done}/{total}", x.exporting)
                } else {
                    format!("{}\u{2026}", x.exporting)
                };
                if let Some(left) = left {
                    let seconds = left.as_secs().max(1);
                    let time = if seconds < 90 {
                        format!("{seconds} s")
                    } else {
                        format!("{} min", seconds.div_ceil(60))
                    };
                    text.push_str(&format!(
                        " \u{00B7} {}",
                        x.time_left.replace("{time}", &time)
                    ));
                }
                ui.label(RichText::new(text).strong());
                if ui.button(x.cancel).clicked() {
                    cancel = true;
                }
                ui.separator();
            }
            if let Some(note) = &status.note {
                let text = if note.done {
                    RichText::new(format!("\u{2713} {}", note.text))
                } else {
                    RichText::new(&note.text).color(theme::error_colour(shared.dark))
                };
                let response = ui.label(text.strong());
                live(ui, &response);
                ui.separator();
            }
            if let Some(copy) = &shared.workshop.copy_of {
                let name = &copy.participant.name;
                let text = crate::locale::room::scoring_as(name, shared.lang);
                ui.label(RichText::new(text).strong());
                ui.separator();
            }
            ui.label(RichText::new(&status.name).strong());
            if status.read_only {
                ui.label(RichText::new(format!("[{}]", shared.lang.safety().read_only)).strong());
            }
            let saved = if status.dirty {
                ui.label(
                    RichText::new(format!("\u{25CF} {}", t.unsaved))
                        .color(theme::error_colour(shared.dark)),
                )
            } else if status.never_saved {
                // A new workshop or the example has nothing to lose yet, but is in no file either.
                ui.label(format!("\u{25CB} {}", t.not_saved_yet))
            } else {
                ui.label(format!("\u{2713} {}", t.saved))
            };
            // "Opgeslagen" is said when a save has made it so.
            live(ui, &saved);
            ui.separator();
            let lots = shared.workshop.lots.len();
            ui.label(format!(
                "{lots} {} \u{00B7} {} {} \u{00B7} {}",
                if lots == 1 { t.lot } else { t.lots },
                shared.portfolio.scored_count(),
                t.scored,
                if shared.hide_amounts {
                    t.amounts_hidden.to_string()
                } else {
                    format_euro(shared.portfolio.total)
                }
            ));
            ui.separator();
            quadrant_counts(ui, shared, texts);
            risk_share(ui, shared);
        });
    });
    cancel
}

/// The share of spend of the lots with a low risk (the seed's "53 %"), each class's on hover;
/// shortened where the line has no room, and left out where even that would wrap the line (a
/// second line would move the window above it; the sensitivity window has the figure).
fn risk_share(ui: &mut egui::Ui, shared: &Shared<'_>) {
    if shared.portfolio.scored_count() == 0 {
        return;
    }
    let (long, short) = crate::locale::sensitivity::status(shared.lang, shared.sensitivity);
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = |text: &String| {
        ui.fonts_mut(|f| f.layout_no_wrap(text.clone(), font.clone(), egui::Color32::WHITE))
            .size()
            .x
    };
    // The separator before it takes its own room.
    let room = ui.available_size_before_wrap().x - 2.0 * ui.spacing().item_spacing.x - 1.0;
    let text = if width(&long) <= room {
        long
    } else if width(&short) <= room {
        short
    } else {
        return;
    };
    ui.separator();
    let lines = crate::locale::sensitivity::class_lines(shared.lang, shared.sensitivity);
    ui.add(egui::Label::new(text).extend())
        .on_hover_text(lines.join("\n"));
}

/// The lots per quadrant, "H Hefboom 6": with the letters only ("H 6", the name on hover) where
/// the line has no room for the names, and never split over two lines.
fn quadrant_counts(ui: &mut egui::Ui, shared: &Shared<'_>, texts: &crate::locale::Texts) {
    let items = Quadrant::ALL.map(|quadrant| {
        let letter = theme::quadrant_letter(quadrant, shared.lang);
        let count = shared.portfolio.count_in(quadrant);
        let name = texts.quadrant(quadrant);
        (
            quadrant,
            format!("{letter} {name} {count}"),
            format!("{letter} {count}"),
            name,
        )
    });
    let font = egui::TextStyle::Body.resolve(ui.style());
    let spacing = ui.spacing().item_spacing.x;
    let full: f32 = items
        .iter()
        .map(|(_, text, _, _)| {
            ui.fonts_mut(|f| f.layout_no_wrap(text.clone(), font.clone(), egui::Color32::WHITE))
                .size()
                .x
                + spacing
        })
        .sum();
    let short = full > ui.available_size_before_wrap().x;
    for (quadrant, long_text, short_text, name) in items {
        let text = if short { short_text } else { long_text };
        let colour = theme::quadrant_text_colour(quadrant, shared.dark);
        let label = ui.add(egui::Label::new(RichText::new(text).color(colour)).extend());
        if short {
            label.on_hover_text(name);
        }
    }
}
