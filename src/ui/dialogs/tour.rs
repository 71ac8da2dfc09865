//! The short tour for a first start (Help > Tour, or the example's welcome card): five steps,
//! each outlining the part of the window it names, with a callout beside it. The arrow keys
//! (and a presenter's remote: Page Down and Page Up) walk it; Esc ends it.

use egui::{Key, Modifiers, Rect, RichText};

use crate::locale::tour::texts;
use crate::ui::{CardTab, Command, Shared, View, theme};

/// A part of the window a step points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spot {
    /// The lot list (or its strip).
    List,
    /// The lot card.
    Card,
    /// The matrix's frame.
    Matrix,
    /// The card's tabs.
    Tabs,
    /// The File menu.
    FileMenu,
}

/// The parts, in the order of the steps.
pub const STEPS: [Spot; 5] = [
    Spot::List,
    Spot::Card,
    Spot::Matrix,
    Spot::Tabs,
    Spot::FileMenu,
];

/// Where each part was drawn in this frame (set by the panels as they draw; empty for a part
/// not shown).
#[derive(Clone, Debug, Default)]
pub struct Anchors {
    rects: [Option<Rect>; 5],
}

impl Anchors {
    /// Records where a part was drawn.
    pub fn set(&mut self, spot: Spot, rect: Rect) {
        self.rects[spot as usize] = Some(rect);
    }

    /// Where a part was drawn this frame.
    pub fn get(&self, spot: Spot) -> Option<Rect> {
        self.rects[spot as usize]
    }
}

/// The callout's width, fixed so it never changes with its text.
const WIDTH: f32 = 380.0;
/// The room kept between the outlined part and the callout.
const GAP: f32 = 14.0;
/// A callout's height as reckoned for placing it (the longest step at desk size).
const HEIGHT: f32 = 260.0;

/// A move through the tour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Move {
    Next,
    Previous,
    Close,
}

/// Starts the tour at its first step, on the matrix view at the desk.
pub fn start(view: &mut View) {
    view.tour = Some(0);
    view.calendar_shown = false;
}

/// Takes the tour's keys out of this frame's input before the command table sees them:
/// right arrow, Page Down and Enter go on; left arrow and Page Up go back; Esc ends it.
/// Plain keys are left to a text field that has the keyboard.
pub fn take_keys(ctx: &egui::Context, view: &mut View) {
    // A menu or another dialog on top keeps its keys (Esc closes that first).
    if view.tour.is_none() || egui::Popup::is_any_open(ctx) {
        return;
    }
    let free = !ctx.egui_wants_keyboard_input();
    let pressed = ctx.input_mut(|i| {
        let mut take = |key| i.consume_key(Modifiers::NONE, key);
        if take(Key::Escape) {
            Some(Move::Close)
        } else if !free {
            None
        } else if take(Key::ArrowRight) || take(Key::PageDown) || take(Key::Enter) {
            Some(Move::Next)
        } else if take(Key::ArrowLeft) || take(Key::PageUp) {
            Some(Move::Previous)
        } else {
            None
        }
    });
    if let Some(step) = pressed {
        walk(view, step);
    }
}

fn walk(view: &mut View, step: Move) {
    let Some(at) = view.tour else { return };
    view.tour = match step {
        Move::Next => (at + 1 < STEPS.len()).then_some(at + 1),
        Move::Previous => Some(at.saturating_sub(1)),
        Move::Close => None,
    };
    // The scoring step shows the card's Scores tab, the step on the tabs the Checklist.
    match view.tour.map(|at| STEPS[at]) {
        Some(Spot::Card) => view.tab = CardTab::Scores,
        Some(Spot::Tabs) => view.tab = CardTab::Checklist,
        _ => {}
    }
}

/// A step's text with the keys of the commands it names filled in from the command table.
pub fn body(step: usize, lang: crate::locale::Lang) -> String {
    let mut text = texts(lang).steps[step].body.to_string();
    for command in [
        Command::Import,
        Command::Save,
        Command::ExportReport,
        Command::Present,
        Command::NextUnscored,
        Command::ToggleList,
    ] {
        let key = command
            .shortcuts()
            .first()
            .map(|k| crate::locale::keys::shortcut(k, lang))
            .unwrap_or_default();
        text = text.replace(&format!("{{{command:?}}}"), &key);
    }
    text
}

/// Where the callout goes: beside the part (right, left, below, above) where there is room,
/// else over the part's top.
pub fn callout_place(part: Rect, screen: Rect) -> egui::Pos2 {
    let width = WIDTH.min(screen.width() - 2.0 * GAP);
    let top = (part.top() + GAP).clamp(screen.top(), (screen.bottom() - HEIGHT).max(screen.top()));
    let left = part.center().x - width / 2.0;
    let left = left.clamp(screen.left() + GAP, screen.right() - width - GAP);
    if part.right() + GAP + width <= screen.right() {
        egui::pos2(part.right() + GAP, top)
    } else if part.left() - GAP - width >= screen.left() {
        egui::pos2(part.left() - GAP - width, top)
    } else if part.bottom() + GAP + HEIGHT <= screen.bottom() {
        egui::pos2(left, part.bottom() + GAP)
    } else if part.top() - GAP - HEIGHT >= screen.top() {
        egui::pos2(left, part.top() - GAP - HEIGHT)
    } else {
        egui::pos2(left, part.top() + 2.0 * GAP)
    }
}

/// Draws the open step: an outline round its part and the callout with its buttons.
pub fn show(ctx: &egui::Context, shared: &Shared<'_>, view: &mut View) {
    let Some(at) = view.tour else { return };
    let screen = ctx.content_rect();
    let part = view.anchors.get(STEPS[at]);
    if let Some(part) = part {
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("kraljic-tour-outline"),
        ));
        // Round the part, never over it: a small part (a menu, the tabs) stays readable.
        let outline = part.expand(2.0).intersect(screen.shrink(4.0));
        let accent = ctx.global_style().visuals.selection.bg_fill;
        let contrast = crate::chart::style::selection_colour(shared.dark);
        painter.rect_stroke(
            outline,
            4.0,
            egui::Stroke::new(3.0, accent),
            egui::StrokeKind::Outside,
        );
        painter.rect_stroke(
            outline.expand(3.0),
            6.0,
            egui::Stroke::new(3.0, contrast),
            egui::StrokeKind::Outside,
        );
    }
    let place = part.map_or_else(
        || egui::pos2(screen.center().x - WIDTH / 2.0, screen.top() + 80.0),
        |part| callout_place(part, screen),
    );
    let mut step = None;
    egui::Area::new(egui::Id::unique("kraljic-tour"))
        .order(egui::Order::Foreground)
        .fixed_pos(place)
        .constrain(true)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .stroke(egui::Stroke::new(
                    3.0,
                    crate::chart::style::selection_colour(shared.dark),
                ))
                .inner_margin(14.0)
                .show(ui, |ui| {
                    ui.set_width(WIDTH.min(screen.width() - 2.0 * GAP) - 28.0);
                    step = callout(ui, shared, at);
                });
        });
    if let Some(step) = step {
        walk(view, step);
    }
}

fn callout(ui: &mut egui::Ui, shared: &Shared<'_>, at: usize) -> Option<Move> {
    let x = texts(shared.lang);
    let total = STEPS.len();
    let counter = x
        .step_of
        .replace("{n}", &(at + 1).to_string())
        .replace("{total}", &total.to_string());
    ui.label(counter);
    ui.label(RichText::new(x.steps[at].title).font(theme::bold(shared.sizes.body + 4.0)));
    ui.add_space(4.0);
    ui.label(body(at, shared.lang));
    ui.add_space(8.0);
    let mut step = None;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                at > 0,
                egui::Button::new(format!("\u{2190} {}", x.previous)),
            )
            .clicked()
        {
            step = Some(Move::Previous);
        }
        let last = at + 1 == total;
        let next = if last {
            x.done.to_string()
        } else {
            format!("{} \u{2192}", x.next)
        };
        if ui.button(RichText::new(next).strong()).clicked() {
            step = Some(Move::Next);
        }
        if !last && ui.button(x.close).clicked() {
            step = Some(Move::Close);
        }
    });
    ui.label(RichText::new(x.keys_hint).small());
    step
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCREEN: Rect = Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1366.0, 768.0));

    #[test]
    fn the_callout_stands_beside_its_part_and_inside_the_screen() {
        let list = Rect::from_min_max(egui::pos2(0.0, 36.0), egui::pos2(60.0, 730.0));
        let place = callout_place(list, SCREEN);
        assert!(place.x >= list.right(), "right of the list: {place:?}");
        let card = Rect::from_min_max(egui::pos2(956.0, 36.0), egui::pos2(1366.0, 730.0));
        let place = callout_place(card, SCREEN);
        assert!(
            place.x + WIDTH <= card.left(),
            "left of the card: {place:?}"
        );
        let menu = Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(80.0, 34.0));
        assert!(callout_place(menu, SCREEN).x >= menu.right());
        // A part as wide as the screen: the callout goes below it, or over its top.
        let wide = Rect::from_min_max(egui::pos2(0.0, 40.0), egui::pos2(1366.0, 700.0));
        let place = callout_place(wide, SCREEN);
        assert!(
            place.x >= 0.0 && place.x + WIDTH <= SCREEN.right(),
            "{place:?}"
        );
        assert!(place.y >= wide.top(), "{place:?}");
    }

    #[test]
    fn every_step_names_its_keys_from_the_command_table() {
        for lang in [crate::locale::Lang::Dutch, crate::locale::Lang::English] {
            for step in 0..STEPS.len() {
                let text = body(step, lang);
                assert!(!text.contains('{'), "{lang:?} step {step}: {text}");
            }
        }
        assert!(body(4, crate::locale::Lang::Dutch).contains("(Ctrl+I)"));
        assert!(body(1, crate::locale::Lang::Dutch).contains("N kiest"));
    }
}
