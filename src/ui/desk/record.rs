//! The session record on the card (items about the selected lot, and the time box) and the
//! review window that reads everything back at the end of the meeting.

use egui::RichText;

use crate::model::text::TextKind;
use crate::model::{LotId, RecordItem, RecordKind, format_countdown};
use crate::ui::{Edit, Output, Shared, View, theme, widgets};

/// A running time box for one lot.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timer {
    /// The lot being discussed.
    pub lot: LotId,
    /// When the time is up, in egui's clock (seconds).
    pub ends_at: f64,
}

fn kind_name(shared: &Shared<'_>, kind: RecordKind) -> &'static str {
    let names = shared.t().record_kinds.in_order();
    match kind {
        RecordKind::Decision => names[0],
        RecordKind::OpenIssue => names[1],
        RecordKind::Action => names[2],
    }
}

/// The countdown of the time box, with start and stop, on the card of `lot`.
pub fn time_box(ui: &mut egui::Ui, shared: &Shared<'_>, view: &mut View, lot: LotId) {
    let t = shared.t();
    let Some(minutes) = shared.workshop.settings.time_box_minutes else {
        return;
    };
    let now = ui.input(|i| i.time);
    ui.horizontal(|ui| match view.timer.filter(|timer| timer.lot == lot) {
        Some(timer) => {
            let left = timer.ends_at - now;
            // Read from the back of the room: the heading's size.
            let size = shared.sizes.heading;
            let text = if left > 0.0 {
                RichText::new(format!("{}: {}", t.time_left, format_countdown(left)))
                    .font(theme::bold(size))
            } else {
                RichText::new(format!("{} ({})", t.time_up, format_countdown(left)))
                    .font(theme::bold(size))
                    .color(theme::error_colour(shared.dark))
            };
            ui.label(text);
            if ui.button(t.stop_timer).clicked() {
                view.timer = None;
            }
            // Tick once a second while the time box runs; nothing repaints otherwise.
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(
                    left.rem_euclid(1.0).max(0.05),
                ));
        }
        None => {
            if ui
                .button(format!("{} ({minutes} min)", t.start_timer))
                .clicked()
            {
                view.timer = Some(Timer {
                    lot,
                    ends_at: now + f64::from(minutes) * 60.0,
                });
            }
        }
    });
}

/// The record items about `lot`, with buttons to add one of each kind.
pub fn card_section(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    lot: LotId,
    out: &mut Output,
) {
    let t = shared.t();
    ui.label(RichText::new(t.record_heading).font(theme::bold(shared.sizes.body + 2.0)));
    for (index, item) in shared.workshop.record.iter().enumerate() {
        if item.lot == Some(lot) {
            item_editor(ui, shared, view, index, item, out);
        }
    }
    add_buttons(ui, shared, Some(lot), out);
}

fn add_buttons(ui: &mut egui::Ui, shared: &Shared<'_>, lot: Option<LotId>, out: &mut Output) {
    ui.horizontal_wrapped(|ui| {
        for kind in RecordKind::ALL {
            let label = format!("+ {}", kind_name(shared, kind));
            if ui.button(label).clicked() {
                out.edit(Edit::AddRecord(RecordItem::new(kind, lot)));
            }
        }
    });
}

/// One item: its text, for actions who and by when, done, and remove.
fn item_editor(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    index: usize,
    item: &RecordItem,
    out: &mut Output,
) {
    let t = shared.t();
    let kind = kind_name(shared, item.kind);
    // Numbered within its kind across the session: "Besluit 2" is the second decision, on the
    // card and in the review alike.
    let number = shared.workshop.record[..=index]
        .iter()
        .filter(|other| other.kind == item.kind)
        .count();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            let label = ui.label(RichText::new(format!("{kind} {number}")).strong());
            let base = item.clone();
            let response = widgets::inline_text_field(
                ui,
                label.id,
                &item.text,
                f32::INFINITY,
                TextKind::Line,
                out,
                |text| Edit::UpdateRecord(index, RecordItem { text, ..base }),
            );
            if view.focus_record == Some(index) {
                response.request_focus();
                response.scroll_to_me(None);
                view.focus_record = None;
            }
        });
        ui.horizontal_wrapped(|ui| {
            if item.kind == RecordKind::Action {
                let who_label = ui.label(t.who);
                let base = item.clone();
                widgets::inline_text_field(
                    ui,
                    who_label.id,
                    &item.who,
                    160.0,
                    TextKind::Line,
                    out,
                    |who| Edit::UpdateRecord(index, RecordItem { who, ..base }),
                );
                let due_label = ui.label(t.due);
                let field = ui.make_persistent_id(("record-due", index));
                let base = item.clone();
                let invalid = widgets::DraftField::new(field, due_label.id, shared.dark).show_date(
                    ui,
                    view,
                    out,
                    item.due,
                    |due| {
                        Some(Edit::UpdateRecord(
                            index,
                            RecordItem {
                                due,
                                ..base.clone()
                            },
                        ))
                    },
                );
                if invalid {
                    widgets::invalid_note(ui, t.invalid_date, shared.dark);
                }
            }
            let mut done = item.done;
            if ui.checkbox(&mut done, t.done).changed() {
                let updated = RecordItem {
                    done,
                    ..item.clone()
                };
                out.edit(Edit::UpdateRecord(index, updated));
            }
            let remove = ui.button(t.remove_participant);
            let label = format!("{}: {kind} {number}", t.remove_participant);
            remove
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
            if remove.clicked() {
                out.edit(Edit::RemoveRecord(index));
            }
        });
    });
}

/// The review window: every decision, open issue and action, with the lot it is about.
pub fn review_window(ctx: &egui::Context, shared: &Shared<'_>, view: &mut View, out: &mut Output) {
    let t = shared.t();
    let mut open = view.windows.is_open(crate::ui::ToolWindow::Review);
    crate::ui::ToolWindow::Review
        .window(ctx, t.review.label)
        .open(&mut open)
        .default_width(720.0)
        .default_height(640.0)
        .vscroll(true)
        .show(ctx, |ui| {
            if shared.workshop.record.is_empty() {
                ui.label(t.review_empty);
            }
            for kind in RecordKind::ALL {
                let items: Vec<_> = shared
                    .workshop
                    .record
                    .iter()
                    .enumerate()
                    .filter(|(_, item)| item.kind == kind)
                    .collect();
                if items.is_empty() {
                    continue;
                }
                ui.heading(format!("{} ({})", t.record_plural.of(kind), items.len()));
                for (index, item) in items {
                    let about = item
                        .lot
                        .and_then(|id| shared.workshop.lot(id))
                        .map_or(t.whole_workshop, |lot| lot.name.as_str());
                    ui.label(RichText::new(about).small().strong());
                    item_editor(ui, shared, view, index, item, out);
                }
                ui.add_space(8.0);
            }
            ui.separator();
            ui.label(RichText::new(t.whole_workshop).strong());
            add_buttons(ui, shared, None, out);
        });
    view.windows.set(crate::ui::ToolWindow::Review, open);
}
