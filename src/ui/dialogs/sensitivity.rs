//! The window *Gevoeligheid* (Ctrl+G): a what-if for the two thresholds (previewed on the
//! matrix, applied as one undo step), the lots one score step from another quadrant, the lots
//! close to the value split, and the share of spend per risk class. Everything it lists is
//! computed once per change of the workshop ([`crate::model::sensitivity`]); the what-if once
//! per move of a slider.

use egui::RichText;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::{Decimal, RoundingStrategy};

use super::Shared;
use crate::locale::number::format_decimal;
use crate::locale::sensitivity::{self as words, texts};
use crate::model::limits;
use crate::model::sensitivity::{WhatIf, what_if};
use crate::model::{Edit, LotId};
use crate::ui::{Output, StatusNote, ToolWindow, View};

/// The thresholds tried, and what they would do (made again only when they change). Made anew
/// when the workshop changes (another edit, another file, the what-if applied).
#[derive(Debug, Default)]
pub struct WhatIfDraft {
    /// The risk threshold tried (0-3, one decimal).
    pub risk: f64,
    /// The value split tried (percent of spend, whole).
    pub value_pct: f64,
    /// The margin around the split (percentage points, whole).
    pub margin_pct: f64,
    /// What the tried thresholds do.
    pub result: WhatIf,
    /// Where the tried value split's line goes (log10 of spend), if lots lie on both sides.
    pub value_line: Option<f64>,
    /// The workshop's own values, exactly, and as the sliders started: a slider not moved
    /// keeps the exact value (a threshold of 1,25 is not tried as 1,2).
    start: [Decimal; 3],
    start_sliders: [f64; 3],
    /// The workshop's revision the draft was made for.
    revision: u64,
    made_for: Option<[Decimal; 3]>,
}

impl WhatIfDraft {
    /// A draft at the workshop's own thresholds.
    fn new(shared: &Shared<'_>) -> WhatIfDraft {
        let s = &shared.workshop.settings;
        let start = [s.risk_threshold, s.value_threshold_pct, s.split_margin_pct];
        let start_sliders = start.map(|d| d.to_f64().unwrap_or_default());
        let [risk, value_pct, margin_pct] = start_sliders;
        WhatIfDraft {
            risk,
            value_pct,
            margin_pct,
            start,
            start_sliders,
            revision: shared.revision,
            ..WhatIfDraft::default()
        }
    }

    /// The tried values as decimals: risk (one decimal), split and margin (whole points); a
    /// slider not moved gives the workshop's own value.
    pub fn values(&self) -> [Decimal; 3] {
        let sliders = [self.risk, self.value_pct, self.margin_pct];
        let places = [1, 0, 0];
        let decimal = |v: f64, i: usize| {
            Decimal::from_f64(v)
                .unwrap_or_default()
                .round_dp_with_strategy(places[i], RoundingStrategy::MidpointAwayFromZero)
        };
        std::array::from_fn(|i| {
            // The slider rounds a value it shows to its step: that is no move.
            if decimal(sliders[i], i) == decimal(self.start_sliders[i], i) {
                self.start[i]
            } else {
                decimal(sliders[i], i)
            }
        })
    }

    /// Whether the tried thresholds differ from the workshop's (the matrix shows the preview);
    /// never for a draft made for another state of the workshop.
    pub fn differs(&self, shared: &Shared<'_>) -> bool {
        let s = &shared.workshop.settings;
        let [risk, value, _] = self.values();
        self.revision == shared.revision
            && (risk != s.risk_threshold || value != s.value_threshold_pct)
    }

    /// Works the what-if out again when the values changed.
    fn update(&mut self, shared: &Shared<'_>) {
        let values = self.values();
        if self.made_for == Some(values) {
            return;
        }
        let [risk, value, _] = values;
        self.result = what_if(shared.workshop, shared.portfolio, risk, value);
        self.value_line = crate::chart::value_threshold(shared.workshop, &self.result.portfolio);
        self.made_for = Some(values);
    }
}

/// Shows the window while `open`; closing it ends the preview.
pub fn show(
    ctx: &egui::Context,
    shared: &Shared<'_>,
    view: &mut View,
    open: &mut bool,
    out: &mut Output,
) {
    if !*open {
        view.what_if = None;
        view.sliders.clear();
        return;
    }
    let t = texts(shared.lang);
    let mut draft = (view.what_if.take())
        .filter(|d| d.revision == shared.revision)
        .unwrap_or_else(|| WhatIfDraft::new(shared));
    // Over the card, at the right: the matrix stays in view for the preview.
    let screen = ctx.content_rect();
    ToolWindow::Sensitivity
        .window(ctx, t.window.label)
        .pivot(egui::Align2::RIGHT_TOP)
        .default_pos(screen.right_top() + egui::vec2(-12.0, 48.0))
        .open(open)
        // About the card's width (the room's card is a share of the screen): the matrix stays
        // in view beside it.
        .default_width(
            (shared.sizes.body * 24.0).min(screen.width() * crate::ui::layout::ROOM_CARD_SHARE),
        )
        .default_height(screen.height() * 0.8)
        .show(ctx, |ui| {
            ui.label(t.intro);
            egui::ScrollArea::vertical().show(ui, |ui| {
                what_if_part(ui, shared, view, &mut draft, out);
                ui.separator();
                lists(ui, shared, view, out);
            });
        });
    if *open {
        view.what_if = Some(draft);
    } else {
        view.sliders.clear();
    }
}

/// The sliders, the count and the lots that change, Apply and Reset.
fn what_if_part(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    draft: &mut WhatIfDraft,
    out: &mut Output,
) {
    let t = texts(shared.lang);
    ui.heading(t.what_if);
    ui.label(RichText::new(t.what_if_hint).small());
    let comma = |places: usize| {
        move |v: f64, _: std::ops::RangeInclusive<usize>| {
            format_decimal(Decimal::from_f64(v).unwrap_or_default(), places as u32)
        }
    };
    let parse = |text: &str| text.trim().replace(',', ".").parse::<f64>().ok();
    view.sliders.clear();
    // Each slider under its label, as wide as the window: long enough to aim at one decimal
    // of the risk with the mouse, in a window no wider than the card.
    ui.spacing_mut().slider_width = (shared.sizes.body * 16.0).min(ui.available_width() * 0.7);
    let rows = [
        (
            t.risk_threshold,
            &mut draft.risk,
            0.0..=f64::from(limits::RISK_MAX),
            0.1,
            1,
        ),
        (t.value_split, &mut draft.value_pct, 1.0..=100.0, 1.0, 0),
        (
            t.margin,
            &mut draft.margin_pct,
            0.0..=f64::from(limits::SPLIT_MARGIN_MAX),
            1.0,
            0,
        ),
    ];
    for (label, value, range, step, places) in rows {
        let label = ui.label(label);
        let slider = egui::Slider::new(value, range)
            .step_by(step)
            .custom_formatter(comma(places))
            .custom_parser(parse);
        let response = ui.add(slider).labelled_by(label.id);
        view.sliders.push(response.id);
        ui.add_space(shared.sizes.spacing * 0.5);
    }
    draft.update(shared);
    let moves = &draft.result.moves;
    let count = if moves.is_empty() {
        t.what_if_none.to_string()
    } else {
        t.what_if_count.replace("{count}", &moves.len().to_string())
    };
    let moved = moves.len();
    // The buttons before the list, so they stay where they are while the list grows.
    apply_buttons(ui, shared, view, draft, out, moved);
    ui.label(RichText::new(count).strong());
    let words_ = shared.lang.texts();
    for (id, from, to) in draft.result.moves.iter().take(MAX_ROWS) {
        let Some(lot) = lot_of(shared, *id) else {
            continue;
        };
        let line = t
            .what_if_line
            .replace("{name}", &lot.name)
            .replace("{from}", words_.quadrant(*from))
            .replace("{to}", words_.quadrant(*to));
        lot_row(ui, view, out, *id, &line);
    }
    more(ui, shared, moved);
}

/// *Toepassen* (one undo step) and *Terug naar de huidige grenzen*, each only when it would
/// change something.
fn apply_buttons(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    draft: &mut WhatIfDraft,
    out: &mut Output,
    moved: usize,
) {
    let t = texts(shared.lang);
    let [risk, value_pct, margin_pct] = draft.values();
    let settings = &shared.workshop.settings;
    let changed = risk != settings.risk_threshold
        || value_pct != settings.value_threshold_pct
        || margin_pct != settings.split_margin_pct;
    let allowed = limits::risk_threshold_allowed(risk)
        && limits::value_threshold_allowed(value_pct)
        && limits::split_margin_allowed(margin_pct);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(changed && allowed, egui::Button::new(t.apply))
            .clicked()
        {
            out.edit(Edit::Thresholds {
                risk,
                value_pct,
                margin_pct,
            });
            let note = t.applied.replace("{count}", &moved.to_string());
            view.status_note = Some(StatusNote::done(note));
        }
        if ui
            .add_enabled(changed, egui::Button::new(t.reset))
            .clicked()
        {
            *draft = WhatIfDraft::new(shared);
        }
    });
}

/// The most rows a list shows (the rest is counted).
const MAX_ROWS: usize = 200;

/// "… and N more", when a list is cut.
fn more(ui: &mut egui::Ui, shared: &Shared<'_>, len: usize) {
    if len > MAX_ROWS {
        let more = texts(shared.lang)
            .more
            .replace("{count}", &(len - MAX_ROWS).to_string());
        ui.label(RichText::new(more).italics());
    }
}

/// A lot's name (selects it) and what is said of it.
fn lot_row(ui: &mut egui::Ui, view: &View, out: &mut Output, id: LotId, line: &str) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .selectable_label(view.selected == Some(id), RichText::new(line))
            .clicked()
        {
            out.select = Some(id);
        }
    });
}

/// The lots one step from another quadrant, near the split, and the spend per risk class.
fn lists(ui: &mut egui::Ui, shared: &Shared<'_>, view: &View, out: &mut Output) {
    let t = texts(shared.lang);
    let s = shared.sensitivity;
    // Only the rows shown are worded (10 000 lots may have thousands).
    let one_step = (s.one_step.iter().take(MAX_ROWS))
        .map(|o| (o.lot, words::one_step_line(shared.lang, o)))
        .collect();
    let heading = format!("{} ({})", t.one_step, s.one_step.len());
    section(ui, shared, view, out, &heading, t.one_step_none, one_step);
    more(ui, shared, s.one_step.len());
    ui.separator();
    let margin = format_decimal(shared.workshop.settings.split_margin_pct, 0);
    let near = (s.near_split.iter().take(MAX_ROWS))
        .map(|n| (n.lot, words::near_split_line(shared.lang, n)))
        .collect();
    let heading = t.near_split.replace("{margin}", &margin);
    let heading = format!("{heading} ({})", s.near_split.len());
    section(ui, shared, view, out, &heading, t.near_split_none, near);
    more(ui, shared, s.near_split.len());
    ui.separator();
    ui.heading(t.by_class);
    for line in words::class_lines(shared.lang, s) {
        ui.label(line);
    }
}

/// A heading, then each lot's name and line, or what to say when there are none.
fn section(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &View,
    out: &mut Output,
    heading: &str,
    none: &str,
    rows: Vec<(LotId, String)>,
) {
    ui.heading(heading);
    if rows.is_empty() {
        ui.label(none);
    }
    for (id, line) in &rows {
        let name = lot_of(shared, *id).map_or("", |l| l.name.as_str());
        lot_row(ui, view, out, *id, &format!("{name}: {line}"));
    }
}

/// A lot found through its ranking (at once), not by a search of the list.
fn lot_of<'a>(shared: &Shared<'a>, id: LotId) -> Option<&'a crate::model::Lot> {
    shared
        .portfolio
        .get(id)
        .and_then(|r| shared.workshop.lots.get(r.index))
}
