//! The phone round's two windows: the start window (which lots, this laptop's address, the
//! room's Wi-Fi) and, while the round runs, the panel for the projector: the lot voted on, a
//! large QR code of the join address, the address and code to type, and how many have voted.
//! The panel never shows a value; it has no close box, only F7 closes the round.

use egui::{Color32, RichText};

use super::phone_round::{PhoneSession, RoundLots, RoundSetup, TROUBLE_AFTER};
use crate::interchange::phone::qr::QrGrid;
use crate::locale::phone::texts;
use crate::model::ParticipantId;
use crate::ui::{Shared, ToolWindow, theme};

/// What the user asked of a phone round's window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundAction {
    /// Start the round.
    Start,
    /// Close it and reveal the votes.
    Close,
    /// Free this participant's name for another phone.
    Release(ParticipantId),
    /// Open the participants window.
    Participants,
}

/// The start window.
pub fn show_setup(
    ctx: &egui::Context,
    shared: &Shared<'_>,
    selected: Option<crate::model::LotId>,
    setup: &mut RoundSetup,
    open: &mut bool,
) -> Option<RoundAction> {
    let t = texts(shared.lang);
    let mut action = None;
    ToolWindow::PhoneRound
        .window(ctx, t.command.label)
        .open(open)
        .default_width(560.0)
        .show(ctx, |ui| {
            if shared.workshop.participants.is_empty() {
                ui.add(egui::Label::new(RichText::new(t.no_participants).strong()).wrap());
                if ui.button(t.participants_button).clicked() {
                    action = Some(RoundAction::Participants);
                }
                return;
            }
            ui.label(RichText::new(t.which_question).strong());
            for (choice, name) in RoundLots::ALL.into_iter().zip(t.which) {
                let count = choice.lots(shared.workshop, selected).len();
                let label = format!("{name} ({count})");
                ui.radio_value(&mut setup.lots, choice, label);
            }
            ui.add_space(8.0);
            let label = ui.label(RichText::new(t.address).strong());
            ui.add(egui::TextEdit::singleline(&mut setup.address).hint_text(setup.found.as_str()))
                .labelled_by(label.id);
            ui.add(egui::Label::new(RichText::new(t.address_hint).small()).wrap());
            ui.add_space(8.0);
            egui::Grid::new("room-wifi").num_columns(2).show(ui, |ui| {
                let label = ui.label(t.wifi_name);
                ui.text_edit_singleline(&mut setup.wifi_name)
                    .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(t.wifi_password);
                ui.add(egui::TextEdit::singleline(&mut setup.wifi_password).password(true))
                    .labelled_by(label.id);
                ui.end_row();
            });
            ui.add(egui::Label::new(RichText::new(t.wifi_hint).small()).wrap());
            if cfg!(windows) {
                ui.add_space(6.0);
                ui.add(egui::Label::new(RichText::new(t.windows_firewall).strong()).wrap());
            }
            if let Some(failed) = &setup.failed {
                let colour = theme::error_colour(shared.dark);
                ui.add(egui::Label::new(RichText::new(failed).color(colour).strong()).wrap());
            }
            ui.add_space(8.0);
            if ui.button(RichText::new(t.start).strong()).clicked() {
                action = Some(RoundAction::Start);
            }
        });
    action
}

/// What the panel shows of the round, read under its lock once a frame.
struct Seen {
    lot: Option<crate::model::LotId>,
    voted: usize,
    devices: usize,
    code: String,
    taken: Vec<ParticipantId>,
}

/// The running round's panel, at the right of the screen over the card.
pub fn show_running(
    ctx: &egui::Context,
    shared: &Shared<'_>,
    session: &PhoneSession,
) -> Option<RoundAction> {
    let t = texts(shared.lang);
    let mut action = None;
    let seen = {
        let round = session.server.round();
        let lot = round.current();
        Seen {
            lot,
            voted: lot.map_or(0, |l| round.voted(l)),
            devices: round.devices(),
            code: round.code().to_string(),
            taken: (shared.workshop.participants.iter())
                .map(|p| p.id)
                .filter(|p| round.taken(*p))
                .collect(),
        }
    };
    let big = shared.sizes.heading * 1.2;
    let screen = ctx.content_rect();
    let width = (screen.width() * 0.34).clamp(320.0, 520.0);
    // Below the menu bar at the desk; in presentation there is none.
    let top = if shared.presenting { 6.0 } else { 40.0 };
    egui::Window::new(t.title)
        .id(egui::Id::unique("phone-round-panel"))
        .anchor(egui::Align2::RIGHT_TOP, [-10.0, top])
        .max_height(screen.height() - top - 10.0)
        .collapsible(false)
        .resizable(false)
        .default_width(width)
        .show(ctx, |ui| {
            ui.set_width(width);
            let trouble = seen.devices == 0 && session.started.elapsed() >= TROUBLE_AFTER;
            heading(ui, shared, session, &seen, big);
            ui.separator();
            // Everything in view without scrolling: the QR code takes the height from where it
            // starts to the screen's foot, less what goes below it (address, code, remark, the
            // names picked, the button, and the checklist when it shows).
            let (body, small) = (shared.sizes.body, shared.sizes.small);
            let below = body * 1.6
                + big * 1.5
                + small * 2.6
                + body * 4.0
                + 30.0
                + if trouble { body * 1.5 * 7.0 } else { 0.0 };
            let top_of_code = ui.cursor().top() + body * 1.6;
            let room = (screen.bottom() - 16.0 - top_of_code - below).max(140.0);
            join_codes(ui, shared, session, width, room);
            ui.label(format!("{} {}", t.or_type, session.server.page_url()));
            ui.label(RichText::new(spaced(&seen.code)).font(theme::bold(big)));
            if trouble {
                ui.separator();
                ui.label(RichText::new(t.trouble_title).strong());
                for point in t.trouble {
                    ui.add(egui::Label::new(format!("\u{2022} {point}")).wrap());
                }
            }
            ui.separator();
            ui.add(egui::Label::new(RichText::new(t.hidden).small()).wrap());
            action = names_picked(ui, shared, &seen.taken);
            if ui.button(RichText::new(t.close).strong()).clicked() {
                action = Some(RoundAction::Close);
            }
        });
    action
}

/// The lot voted on, where it is in the round, and how many have voted.
fn heading(ui: &mut egui::Ui, shared: &Shared<'_>, session: &PhoneSession, seen: &Seen, big: f32) {
    let t = texts(shared.lang);
    if let Some(lot) = seen.lot.and_then(|id| shared.workshop.lot(id)) {
        ui.label(RichText::new(t.voting_on).strong());
        ui.label(RichText::new(&lot.name).font(theme::bold(big)));
        let at = session.lots.iter().position(|l| *l == lot.id).unwrap_or(0);
        let of = (t.lot_of.replace("{n}", &(at + 1).to_string()))
            .replace("{total}", &session.lots.len().to_string());
        ui.label(of);
    }
    let total = shared.workshop.participants.len();
    let count =
        (t.voted.replace("{n}", &seen.voted.to_string())).replace("{total}", &total.to_string());
    ui.label(RichText::new(count).font(theme::bold(big)));
    ui.label(if seen.devices == 1 {
        t.devices_one.to_string()
    } else {
        t.devices.replace("{n}", &seen.devices.to_string())
    });
}

/// The join address's QR code, as large as `room` allows, with the Wi-Fi's beside it.
fn join_codes(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    session: &PhoneSession,
    width: f32,
    room: f32,
) {
    let t = texts(shared.lang);
    let name = format!("QR-code {}", session.server.page_url());
    match &session.wifi_qr {
        None => {
            ui.label(RichText::new(t.scan).strong());
            qr_code(ui, &session.qr, (width - 8.0).min(room), &name);
        }
        Some(wifi) => {
            let side = ((width - 24.0) * 0.62).min(room);
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.label(RichText::new(t.scan).strong());
                    qr_code(ui, &session.qr, side, &name);
                });
                ui.vertical(|ui| {
                    ui.label(RichText::new(t.scan_wifi).strong());
                    let wifi_name = format!("QR-code {}", t.scan_wifi);
                    qr_code(ui, wifi, side * 0.55, &wifi_name);
                });
            });
        }
    }
}

/// The names phones have picked, folded to one line, each with a button to free it.
fn names_picked(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    taken: &[ParticipantId],
) -> Option<RoundAction> {
    let t = texts(shared.lang);
    let mut action = None;
    if taken.is_empty() {
        return None;
    }
    let title = t.names_picked.replace("{n}", &taken.len().to_string());
    egui::CollapsingHeader::new(title)
        .id_salt("phone-round-names")
        .show(ui, |ui| {
            for participant in taken {
                let name = (shared.workshop.participants.iter())
                    .find(|p| p.id == *participant)
                    .map_or("", |p| p.name.as_str());
                ui.horizontal(|ui| {
                    ui.label(format!("\u{2713} {name}"));
                    if ui.small_button(t.release).clicked() {
                        action = Some(RoundAction::Release(*participant));
                    }
                });
            }
        });
    action
}

/// The code in two groups of three, easier to read out and type: `482 913`.
fn spaced(code: &str) -> String {
    let (a, b) = code.split_at(code.len() / 2);
    format!("{a} {b}")
}

/// A QR code, black on white with its quiet zone, `side` points wide; named for screen readers.
fn qr_code(ui: &mut egui::Ui, grid: &QrGrid, side: f32, name: &str) {
    let modules = grid.size + 8;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, name));
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    if grid.size == 0 {
        return;
    }
    let module = side / modules as f32;
    for y in 0..grid.size {
        for x in 0..grid.size {
            if grid.is_dark(x, y) {
                let min = rect.min + egui::vec2((x + 4) as f32, (y + 4) as f32) * module;
                let cell = egui::Rect::from_min_size(min, egui::vec2(module, module));
                // A hair larger, so neighbours meet without seams.
                painter.rect_filled(cell.expand(0.25), 0.0, Color32::BLACK);
            }
        }
    }
}
