//! The lot list on the left: quadrant chip, name, spend, risk class and checklist progress per
//! lot; sorting, filters and search; buttons to add, duplicate and delete.

use egui::text::{LayoutJob, TextWrapping};
use egui::{FontId, Rect, RichText, Sense, Stroke, StrokeKind, vec2};

use crate::chart::style::WARNING;
use crate::locale::Lang;
use crate::locale::number::format_euro;
use crate::model::{Catalogue, Law, Lot, LotId, Portfolio, Quadrant, RankedLot, Workshop};
use crate::ui::dialogs::tour::Spot;
use crate::ui::{Command, Output, Shared, View, desk::menu, theme, widgets};

mod controls;

/// What the list is sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Largest spend first (the Pareto order).
    #[default]
    Spend,
    /// Alphabetical.
    Name,
    /// Highest risk first; unscored lots last.
    Risk,
    /// By quadrant; unscored lots last.
    Quadrant,
    /// Fewest answered checklist questions first.
    Progress,
    /// Lots where participants differ most first.
    Discuss,
}

impl SortKey {
    /// All keys, in the order of the sort menu.
    pub const ALL: [SortKey; 6] = [
        SortKey::Spend,
        SortKey::Name,
        SortKey::Risk,
        SortKey::Quadrant,
        SortKey::Progress,
        SortKey::Discuss,
    ];
}

/// Which quadrant the list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum QuadrantFilter {
    /// Every lot.
    #[default]
    All,
    /// Lots in one quadrant.
    In(Quadrant),
    /// Lots not yet scored.
    Unscored,
}

/// Sorting, filters and search text of the list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListState {
    /// Sort order.
    pub sort: SortKey,
    /// Only lots under this law.
    pub law: Option<Law>,
    /// Only lots in this quadrant.
    pub quadrant: QuadrantFilter,
    /// Only lots whose name contains this (case-insensitive).
    pub search: String,
    /// A lot row had the keyboard focus in the last frame: the focus follows the selection
    /// when the arrows move it.
    pub row_focused: bool,
}

impl ListState {
    /// Shows every lot again.
    pub fn clear_filters(&mut self) {
        self.law = None;
        self.quadrant = QuadrantFilter::All;
        self.search.clear();
    }
}

/// The ids of the lots the list shows, in its order.
pub fn visible_order(
    workshop: &Workshop,
    portfolio: &Portfolio,
    catalogue: &Catalogue,
    list: &ListState,
    _lang: Lang,
) -> Vec<LotId> {
    let needle = list.search.trim().to_lowercase();
    let mut rows: Vec<_> = portfolio
        .ranked
        .iter()
        .filter_map(|ranked| workshop.lots.get(ranked.index).map(|lot| (ranked, lot)))
        .filter(|(_, lot)| list.law.is_none_or(|law| lot.law == law))
        .filter(|(ranked, _)| match list.quadrant {
            QuadrantFilter::All => true,
            QuadrantFilter::In(q) => ranked.quadrant == Some(q),
            QuadrantFilter::Unscored => ranked.quadrant.is_none(),
        })
        .filter(|(_, lot)| needle.is_empty() || lot.name.to_lowercase().contains(&needle))
        .collect();
    // `ranked` is already in spend order; sorts below are stable, so ties keep that order.
    match list.sort {
        SortKey::Spend => {}
        SortKey::Name => rows.sort_by_cached_key(|(_, lot)| lot.name.to_lowercase()),
        SortKey::Risk => {
            rows.sort_by_key(|(ranked, _)| std::cmp::Reverse(ranked.risk.map(|r| r.mean)))
        }
        SortKey::Quadrant => rows.sort_by_key(|(ranked, _)| {
            ranked
                .quadrant
                .and_then(|q| Quadrant::ALL.iter().position(|&a| a == q))
                .unwrap_or(Quadrant::ALL.len())
        }),
        SortKey::Progress => rows.sort_by_key(|(_, lot)| catalogue.answered_count(lot)),
        SortKey::Discuss => rows.sort_by_key(|(_, lot)| !lot.round.to_discuss() || lot.round.blind),
    }
    rows.into_iter().map(|(_, lot)| lot.id).collect()
}

/// Shows the list panel: the whole list, or a narrow strip of quadrant chips when collapsed
/// (the user's choice, or a narrow window).
pub fn show(ui: &mut egui::Ui, shared: &Shared<'_>, view: &mut View, out: &mut Output) {
    let width = crate::ui::layout::desk(ui.ctx().content_rect().width()).list;
    let expanded = egui::Panel::left("lot-list")
        .resizable(true)
        .default_size(width.default)
        .size_range(width.min..=width.max);
    let collapsed = egui::Panel::left("lot-list-strip")
        .resizable(false)
        .exact_size(crate::ui::layout::STRIP_WIDTH);
    let mut open = view.list_open;
    let order = visible_order(
        shared.workshop,
        shared.portfolio,
        shared.catalogue,
        &view.list,
        shared.lang,
    );
    egui::Panel::show_switched(ui, &mut open, collapsed, expanded, |ui, expanded| {
        view.anchors.set(Spot::List, ui.max_rect());
        if expanded {
            full_list(ui, shared, view, &order, out);
        } else {
            strip(ui, shared, view, &order, out);
        }
    });
    widgets::name_resize_edge(
        ui,
        "lot-list",
        crate::locale::access::texts(shared.lang).list_edge,
    );
    if open != view.list_open {
        out.run(Command::ToggleList);
    }
}

fn full_list(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    order: &[LotId],
    out: &mut Output,
) {
    let t = shared.t();
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        widgets::panel_toggle(ui, shared.lang, out, Command::ToggleList, "\u{2190}");
        // The heading gives way (cut with an ellipsis) in a narrow list.
        // "Percelen (29)", or under a filter "Percelen (4 van 29)"; the count in body type, so
        // a filtered count fits a laptop's narrow list. One label, so it is read as one.
        let (shown, all) = (order.len(), shared.workshop.lots.len());
        let count = if shown == all {
            format!(" ({all})")
        } else {
            format!(" ({shown} {} {all})", t.of)
        };
        let mut heading = egui::text::LayoutJob::default();
        for part in [
            RichText::new(capitalised(t.lots)).heading(),
            RichText::new(count),
        ] {
            part.append_to(
                &mut heading,
                ui.style(),
                egui::FontSelection::Default,
                egui::Align::Center,
            );
        }
        ui.add(egui::Label::new(heading).truncate());
    });
    controls::show(ui, shared, view);
    ui.horizontal_wrapped(|ui| {
        for command in [Command::AddLot, Command::DuplicateLot, Command::DeleteLot] {
            let text = command.text(shared.lang);
            let response = ui
                .add_enabled(shared.is_enabled(command), egui::Button::new(text.label))
                .on_hover_text(text.tooltip);
            if response.clicked() {
                out.run(command);
            }
        }
    });
    ui.separator();
    if shared.workshop.lots.is_empty() {
        ui.label(t.no_lots);
        menu::command(ui, shared, out, Command::AddLot);
    }
    let mut focused = false;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // A list, with its size: a screen reader says "3 van 29" of a row, although only
            // the rows in view are widgets.
            name_list(ui, shared, order.len());
            // One pass to find each lot and its analysis, not a search per row.
            let by_id = lots_by_id(shared);
            for (at, &id) in order.iter().enumerate() {
                let Some(&(lot, ranked)) = by_id.get(&id) else {
                    continue;
                };
                let place = Place {
                    at: at + 1,
                    of: order.len(),
                };
                let (clicked, has_focus) = row(ui, shared, view, lot, ranked, place);
                focused |= has_focus;
                if clicked {
                    out.select = Some(id);
                }
            }
        });
    view.list.row_focused = focused;
    view.scroll_to_selected = false;
}

fn lots_by_id<'a>(
    shared: &Shared<'a>,
) -> std::collections::HashMap<LotId, (&'a Lot, &'a RankedLot)> {
    shared
        .portfolio
        .ranked
        .iter()
        .filter_map(|r| shared.workshop.lots.get(r.index).map(|l| (l.id, (l, r))))
        .collect()
}

/// The collapsed list: a button to open it, then each lot's quadrant chip and rank number.
fn strip(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    order: &[LotId],
    out: &mut Output,
) {
    ui.add_space(6.0);
    ui.vertical_centered(|ui| {
        widgets::panel_toggle(ui, shared.lang, out, Command::ToggleList, "\u{2192}");
    });
    ui.separator();
    let by_id = lots_by_id(shared);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // Folded to chips, the list is still the list of lots, with its size.
            name_list(ui, shared, order.len());
            for (at, &id) in order.iter().enumerate() {
                let Some(&(lot, ranked)) = by_id.get(&id) else {
                    continue;
                };
                let place = Place {
                    at: at + 1,
                    of: order.len(),
                };
                if strip_chip(ui, shared, view, lot, ranked, place) {
                    out.select = Some(id);
                }
            }
        });
    view.scroll_to_selected = false;
}

fn strip_chip(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &View,
    lot: &Lot,
    ranked: &RankedLot,
    place: Place,
) -> bool {
    let selected = view.selected == Some(lot.id);
    let size = egui::vec2(ui.available_width(), 54.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    if selected {
        ui.painter()
            .rect_filled(rect, 6.0, ui.visuals().selection.bg_fill);
        if view.scroll_to_selected {
            response.scroll_to_me(Some(egui::Align::Center));
        }
    }
    let chip =
        egui::Rect::from_center_size(rect.center() - egui::vec2(0.0, 8.0), egui::vec2(32.0, 32.0));
    theme::paint_chip(
        ui.painter(),
        chip,
        ranked.quadrant,
        shared.lang,
        shared.dark,
    );
    ui.painter().text(
        egui::pos2(rect.center().x, chip.bottom() + 2.0),
        egui::Align2::CENTER_TOP,
        format!("#{}", ranked.rank),
        egui::FontId::proportional(shared.sizes.small),
        ui.visuals().text_color(),
    );
    say_row(ui, &response, shared, (lot, ranked), place, selected);
    let clicked = response.clicked();
    response.on_hover_text(&lot.name);
    clicked
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Makes the current `Ui` (the scrolled inside of the list or its strip) the list of lots.
fn name_list(ui: &egui::Ui, shared: &Shared<'_>, size: usize) {
    let name = capitalised(shared.t().lots);
    ui.ctx().accesskit_node_builder(ui.unique_id(), |n| {
        n.set_role(egui::Role::List);
        n.set_label(name);
        n.set_size_of_set(size);
    });
}

/// What a screen reader hears of a row or chip: its words (made only when one listens), its
/// place in the list, and whether it is the selected one ("selected", as a list says it;
/// egui's own flag reads as "pressed"). AccessKit counts places from 0; the bridges say them
/// from 1.
fn say_row(
    ui: &egui::Ui,
    response: &egui::Response,
    shared: &Shared<'_>,
    (lot, ranked): (&Lot, &RankedLot),
    place: Place,
    selected: bool,
) {
    response.widget_info(|| {
        let name = row_name(shared, lot, ranked);
        egui::WidgetInfo::selected(egui::Role::Button, true, selected, name)
    });
    ui.ctx().accesskit_node_builder(response.id, |n| {
        n.set_position_in_set(place.at - 1);
        n.set_size_of_set(place.of);
        n.set_selected(selected);
    });
}

/// A row's place in the list as shown (1-based), for screen readers.
#[derive(Clone, Copy)]
struct Place {
    at: usize,
    of: usize,
}

/// What a screen reader reads of a row: all the row shows, and its checklist progress.
fn row_name(shared: &Shared<'_>, lot: &Lot, ranked: &RankedLot) -> String {
    let texts = shared.lang.texts();
    let status = risk_status(shared, ranked);
    let spend = if shared.hide_amounts {
        texts.abc_band(ranked.abc_band).to_string()
    } else {
        format_euro(lot.spend)
    };
    let quadrant = ranked
        .quadrant
        .map_or(texts.not_scored, |q| texts.quadrant(q));
    crate::locale::access::texts(shared.lang)
        .row
        .replace("{name}", &lot.name)
        .replace("{quadrant}", quadrant)
        .replace("{rank}", &ranked.rank.to_string())
        .replace("{spend}", &spend)
        .replace("{risk}", &status)
        .replace(
            "{answered}",
            &shared.catalogue.answered_count(lot).to_string(),
        )
        .replace("{total}", &shared.catalogue.len().to_string())
}

/// "Risico laag", or "nog niet gescoord".
fn risk_status(shared: &Shared<'_>, ranked: &RankedLot) -> String {
    let texts = shared.lang.texts();
    match ranked.risk {
        Some(risk) => format!(
            "{} {}",
            shared.t().risk,
            texts.level(risk.class).to_lowercase()
        ),
        None => texts.not_scored.to_string(),
    }
}

/// One lot's row; returns whether it was clicked and whether it has the focus.
fn row(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &View,
    lot: &Lot,
    ranked: &RankedLot,
    place: Place,
) -> (bool, bool) {
    let t = shared.t();
    let id = lot.id;
    let selected = view.selected == Some(id);
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let small = ui.text_style_height(&egui::TextStyle::Small);
    let height = line + small + 16.0;
    let size = vec2(ui.available_width(), height);
    // A row more than a row's height out of view is only space, not a widget: a list of
    // thousands of lots then costs what the visible rows cost. The rows just outside stay
    // widgets, so Tab reaches the next row and scrolls it into view.
    let space = egui::Rect::from_min_size(ui.cursor().min, size);
    let needed = ui.is_rect_visible(space.expand(height)) || (selected && view.scroll_to_selected);
    if !needed {
        ui.advance_cursor_after_rect(space);
        return (false, false);
    }
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    // A name cut short in the row is read whole in its tooltip.
    let response = response.on_hover_text(&lot.name);
    // The focus moves with the selection (the arrows walk the lots), and a row the focus
    // reaches by Tab scrolls into view.
    if selected && view.scroll_to_selected && view.list.row_focused {
        response.request_focus();
    }
    if (selected && view.scroll_to_selected) || response.gained_focus() {
        response.scroll_to_me(None);
    }
    say_row(ui, &response, shared, (lot, ranked), place, selected);
    let focus = response.has_focus();
    if !ui.is_rect_visible(rect) {
        return (response.clicked(), focus);
    }
    let status = risk_status(shared, ranked);
    let answered = shared.catalogue.answered_count(lot);
    let total = shared.catalogue.len();
    let visuals = ui.visuals();
    let painter = ui.painter();
    if selected {
        painter.rect_filled(rect, 4.0, visuals.selection.bg_fill);
        painter.rect_stroke(rect, 4.0, visuals.selection.stroke, StrokeKind::Inside);
    } else if response.hovered() {
        painter.rect_filled(rect, 4.0, visuals.widgets.hovered.weak_bg_fill);
    }
    if response.has_focus() {
        painter.rect_stroke(
            rect,
            4.0,
            Stroke::new(theme::LINE_WIDTH, theme::selection_colour(shared.dark)),
            StrokeKind::Inside,
        );
    }
    let text_colour = visuals.strong_text_color();
    let weak_colour = visuals.text_color();
    let chip = Rect::from_min_size(rect.min + vec2(6.0, 8.0), vec2(34.0, 34.0));
    theme::paint_chip(painter, chip, ranked.quadrant, shared.lang, shared.dark);

    let text_left = chip.right() + 10.0;
    let progress = format!("{answered}/{total}");
    let progress_galley = painter.layout_no_wrap(
        progress,
        FontId::proportional(shared.sizes.small),
        weak_colour,
    );
    let right = rect.right() - 8.0;
    let name_width = (right - text_left - progress_galley.size().x - 12.0).max(40.0);
    let mut job = LayoutJob::simple_singleline(
        lot.name.clone(),
        theme::bold(shared.sizes.body),
        text_colour,
    );
    job.wrap = TextWrapping::truncate_at_width(name_width);
    let name_galley = painter.layout_job(job);
    painter.galley(
        egui::pos2(text_left, rect.top() + 6.0),
        name_galley,
        text_colour,
    );
    painter.galley(
        egui::pos2(right - progress_galley.size().x, rect.top() + 8.0),
        progress_galley,
        weak_colour,
    );
    let flag = if lot.round.to_discuss() && !lot.round.blind {
        format!(
            "  \u{00B7}  {WARNING} {}",
            t.to_discuss.split(':').next().unwrap_or_default()
        )
    } else {
        String::new()
    };
    let detail = format!(
        "#{}  \u{00B7}  {}  \u{00B7}  {}{flag}",
        ranked.rank,
        if shared.hide_amounts {
            format!("{} {}", t.band, ranked.abc_band.letter())
        } else {
            format_euro(lot.spend)
        },
        status
    );
    let colour = if ranked.risk.is_some() {
        weak_colour
    } else {
        theme::error_colour(shared.dark)
    };
    let mut job =
        LayoutJob::simple_singleline(detail, FontId::proportional(shared.sizes.small), colour);
    job.wrap = TextWrapping::truncate_at_width((right - text_left).max(40.0));
    painter.galley(
        egui::pos2(text_left, rect.top() + 10.0 + line),
        painter.layout_job(job),
        colour,
    );
    (response.clicked(), focus)
}
