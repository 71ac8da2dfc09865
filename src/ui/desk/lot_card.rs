//! The card of the selected lot (right): name, law, spend, the three scores as large buttons,
//! the live risk, class and quadrant with what it means, notes and the record of
//! decisions; the checklist and the strategy in tabs of their own.

use egui::RichText;

use crate::chart::style::WARNING;

use crate::locale::number::{format_decimal, format_percent, parse_amount};
use crate::model::text::TextKind;
use crate::model::{Criterion, Law, Level, Lot, ValueClass};
use crate::ui::dialogs::tour::Spot;
use crate::ui::widgets::{self, text_field};
use crate::ui::{CardTab, Command, Edit, Output, Shared, View, desk::checklist, theme};

/// Shows the card panel: beside the matrix at the desk (resizable, folds into a strip), or as
/// the compact scoring panel of presentation mode.
pub fn show(ui: &mut egui::Ui, shared: &Shared<'_>, view: &mut View, out: &mut Output) {
    let window = ui.ctx().content_rect().width();
    if shared.presenting {
        egui::Panel::right("lot-card-room")
            .resizable(false)
            .exact_size(window * crate::ui::layout::ROOM_CARD_SHARE)
            .show(ui, |ui| card(ui, shared, view, out));
        return;
    }
    let width = crate::ui::layout::desk(window).card;
    let expanded = egui::Panel::right("lot-card")
        .resizable(true)
        .default_size(width.default)
        .size_range(width.min..=width.max);
    let collapsed = egui::Panel::right("lot-card-strip")
        .resizable(false)
        .exact_size(crate::ui::layout::STRIP_WIDTH);
    let mut open = view.card_open;
    egui::Panel::show_switched(ui, &mut open, collapsed, expanded, |ui, expanded| {
        if expanded {
            card(ui, shared, view, out);
        } else {
            ui.add_space(6.0);
            ui.vertical_centered(|ui| {
                widgets::panel_toggle(ui, shared.lang, out, Command::ToggleCard, "\u{2190}")
            });
        }
    });
    let edge = crate::locale::access::texts(shared.lang).card_edge;
    widgets::name_resize_edge(ui, "lot-card", edge);
    if open != view.card_open {
        out.run(Command::ToggleCard);
    }
}

fn card(ui: &mut egui::Ui, shared: &Shared<'_>, view: &mut View, out: &mut Output) {
    view.anchors.set(Spot::Card, ui.max_rect());
    let t = shared.t();
    let Some(lot) = view.selected.and_then(|id| shared.workshop.lot(id)) else {
        ui.add_space(12.0);
        if shared.workshop.lots.is_empty() {
            empty_workshop(ui, shared, out);
        } else {
            ui.label(t.no_selection);
        }
        return;
    };
    ui.add_space(6.0);
    let tabs = ui.horizontal(|ui| {
        let answered = shared.catalogue.answered_count(lot);
        let checklist_tab = format!(
            "{} ({answered}/{})",
            t.tab_checklist,
            shared.catalogue.len()
        );
        let tabs = [
            (CardTab::Scores, t.tab_scores.to_string()),
            (CardTab::Checklist, checklist_tab),
            (
                CardTab::Strategy,
                crate::locale::strategy::texts(shared.lang).tab.to_string(),
            ),
        ];
        // The Strategy tab stays on the desk: the room sees the lot, its scores and result.
        let shown = if shared.presenting {
            &tabs[..2]
        } else {
            &tabs[..]
        };
        widgets::tab_list(ui);
        for (tab, label) in shown.iter().cloned() {
            let active = view.tab == tab
                || (shared.presenting && tab == CardTab::Scores && view.tab == CardTab::Strategy);
            let response = ui.add(egui::Button::selectable(active, label));
            widgets::tab(ui, &response, active);
            if response.clicked() {
                view.tab = tab;
            }
        }
        if !shared.presenting {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                widgets::panel_toggle(ui, shared.lang, out, Command::ToggleCard, "\u{2192}");
            });
        }
        // The room's way out, beside the tabs when they leave room for it.
        let beside = shared.presenting && crate::ui::room::leave::fits(ui, shared);
        if beside {
            crate::ui::room::leave::button(ui, shared, out);
        }
        beside
    });
    if shared.presenting && !tabs.inner {
        ui.horizontal(|ui| crate::ui::room::leave::button(ui, shared, out));
    }
    view.anchors.set(Spot::Tabs, tabs.response.rect);
    crate::ui::desk::record::time_box(ui, shared, view, lot.id);
    if view.tab != CardTab::Scores && !shared.presenting {
        // Every tab names its lot at its top (the Scores tab has the name field).
        ui.label(RichText::new(&lot.name).font(theme::bold(shared.sizes.body + 2.0)));
    }
    ui.separator();
    // Each tab keeps its own scroll position. Solid scroll bars: text never runs under one.
    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    egui::ScrollArea::vertical()
        .id_salt(("card-tab", view.tab))
        .auto_shrink([false, false])
        .show(ui, |ui| match (view.tab, shared.presenting) {
            (CardTab::Scores, false) => scores_tab(ui, shared, view, lot, out),
            (CardTab::Scores, true) => room_scores(ui, shared, view, lot, out),
            (CardTab::Checklist, false) => checklist::show(ui, shared, lot, view, out),
            (CardTab::Checklist, true) => checklist::show_one(ui, shared, lot, view, out),
            (CardTab::Strategy, false) => {
                crate::ui::desk::strategy_tab::show(ui, shared, view, lot, out)
            }
            // The Strategy tab stays on the desk; the room sees the scoring panel.
            (CardTab::Strategy, true) => room_scores(ui, shared, view, lot, out),
        });
}

/// A workshop without lots: what to do next, with the buttons that do it.
fn empty_workshop(ui: &mut egui::Ui, shared: &Shared<'_>, out: &mut Output) {
    let x = crate::locale::room::texts(shared.lang);
    ui.label(RichText::new(x.empty_workshop).strong());
    ui.add_space(8.0);
    for command in [Command::Import, Command::AddLot] {
        let text = command.text(shared.lang);
        let keys = command.shortcuts().first();
        let key = keys.map(|k| crate::locale::keys::shortcut(k, shared.lang));
        let label = format!(
            "{} ({})",
            text.label.trim_end_matches('\u{2026}'),
            key.unwrap_or_default()
        );
        if ui.button(label).on_hover_text(text.tooltip).clicked() {
            out.run(command);
        }
    }
}

/// An amount as it is shown for editing: `17.163.920` or `17.163.920,50`.
pub fn amount_text(value: rust_decimal::Decimal) -> String {
    let places = if value.fract().is_zero() { 0 } else { 2 };
    format_decimal(value, places)
}

fn scores_tab(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    lot: &Lot,
    out: &mut Output,
) {
    let t = shared.t();
    let texts = shared.lang.texts();
    let id = lot.id;
    let name_field = ui
        .horizontal(|ui| {
            let label = ui.label(RichText::new(t.name).strong());
            let width = ui.available_width();
            widgets::inline_text_field(
                ui,
                label.id,
                &lot.name,
                width,
                TextKind::Name,
                out,
                |name| Edit::Name(id, name),
            )
            .id
        })
        .inner;
    widgets::cleaning_remark(ui, name_field, &lot.name, shared);

    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(t.law).strong());
        let combo = egui::ComboBox::from_id_salt(("law", id.0))
            .selected_text(texts.law(lot.law))
            .show_ui(ui, |ui| {
                for law in Law::ALL {
                    if ui
                        .selectable_label(lot.law == law, texts.law(law))
                        .clicked()
                        && lot.law != law
                    {
                        out.edit(Edit::Law(id, law));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        widgets::say_choice(ui, &combo, texts.law(lot.law));
    });
    ui.add_space(4.0);
    if shared.hide_amounts {
        let band = shared
            .portfolio
            .get(lot.id)
            .map_or("-", |r| r.abc_band.letter());
        ui.label(
            RichText::new(format!(
                "{}: {} {band} ({})",
                t.spend.trim_end_matches(" (€)"),
                t.band,
                t.amounts_hidden
            ))
            .strong(),
        );
    } else {
        spend_field(ui, shared, view, lot, out);
    }
    ui.separator();

    let w = shared.workshop;
    if let Some(copy) = &w.copy_of {
        let text = crate::locale::room::scoring_as(&copy.participant.name, shared.lang);
        let colour = theme::selection_colour(shared.dark);
        egui::Frame::new()
            .stroke(egui::Stroke::new(2.0, colour))
            .inner_margin(6.0)
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.label(RichText::new(text).font(theme::bold(shared.sizes.body + 4.0)));
            });
    } else if w.scored_by_participants(lot) {
        ui.label(RichText::new(shared.t().scores_from_participants).small());
    }
    criteria(ui, shared, view, lot, out);
    crate::ui::room::participants::card_section(ui, shared, lot, view.participant_mark, out);
    if let Some(baseline) = view.baseline.as_mut() {
        ui.separator();
        crate::ui::desk::baseline::card_section(ui, shared, baseline, lot);
    }
    ui.separator();
    outcome(ui, shared, lot);
    ui.separator();
    notes(ui, shared, lot, out);
    ui.separator();
    crate::ui::desk::record::card_section(ui, shared, view, id, out);
}

fn spend_field(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    lot: &Lot,
    out: &mut Output,
) {
    let t = shared.t();
    let field = ui.make_persistent_id(("spend", lot.id.0));
    let id = lot.id;
    let invalid = ui
        .horizontal(|ui| {
            let label = ui.label(RichText::new(t.spend).strong());
            widgets::DraftField::new(field, label.id, shared.dark).show(
                ui,
                view,
                out,
                &amount_text(lot.spend),
                |text| {
                    parse_amount(text)
                        .ok()
                        .filter(|v| !v.is_sign_negative())
                        .map(|v| Edit::Spend(id, v))
                },
            )
        })
        .inner;
    if invalid {
        widgets::invalid_note(ui, t.invalid_amount, shared.dark);
    } else if ui.memory(|m| m.has_focus(field)) {
        // How to type an amount, while one is typed.
        ui.label(RichText::new(t.spend_hint).small());
    }
}

/// The three criteria, the one the number keys score framed.
fn criteria(ui: &mut egui::Ui, shared: &Shared<'_>, view: &View, lot: &Lot, out: &mut Output) {
    let w = shared.workshop;
    // Digits do not score a lot the participants score: no frame promises they do.
    let takes_digits = w.copy_of.is_some() || !w.scored_by_participants(lot);
    if takes_digits {
        digit_target(ui, shared, view.criterion);
    }
    for criterion in Criterion::ALL {
        let active = takes_digits && view.criterion == criterion;
        let stroke = if active {
            egui::Stroke::new(theme::LINE_WIDTH, theme::selection_colour(shared.dark))
        } else {
            egui::Stroke::new(theme::LINE_WIDTH, egui::Color32::TRANSPARENT)
        };
        egui::Frame::new()
            .stroke(stroke)
            .corner_radius(6.0)
            .inner_margin(4.0)
            .show(ui, |ui| score_row(ui, shared, lot, criterion, out));
        ui.add_space(2.0);
    }
}

/// Above the criteria: which criterion the number keys score, and at the desk its question,
/// in a space as high as the longest question needs at this width. So the buttons never move
/// when the keys go on to the next criterion (a click on a score does that too).
fn digit_target(ui: &mut egui::Ui, shared: &Shared<'_>, criterion: Criterion) {
    let texts = shared.lang.texts();
    let keys = shared.t().keyboard_target;
    let keys: String = keys
        .chars()
        .take(1)
        .flat_map(char::to_uppercase)
        .chain(keys.chars().skip(1))
        .collect();
    let target = format!("{keys} 0-3 \u{2192} {}", texts.criterion(criterion));
    ui.label(RichText::new(target).small());
    if shared.presenting {
        return;
    }
    let question = |c| RichText::new(texts.criterion_question(c)).small();
    let width = ui.available_width();
    let height = Criterion::ALL
        .map(|c| {
            egui::WidgetText::from(question(c))
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Wrap),
                    width,
                    egui::TextStyle::Small,
                )
                .size()
                .y
        })
        .into_iter()
        .fold(0.0, f32::max);
    let layout = egui::Layout::top_down(egui::Align::Min);
    ui.allocate_ui_with_layout(egui::vec2(width, height), layout, |ui| {
        ui.set_min_height(height);
        ui.add(egui::Label::new(question(criterion)).wrap());
    });
}

/// Presentation mode's scoring panel: the lot's name, the three criteria and the result, all
/// in view at once; notes and the record below.
fn room_scores(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    lot: &Lot,
    out: &mut Output,
) {
    ui.label(RichText::new(&lot.name).font(theme::bold(shared.sizes.heading)));
    crate::ui::room::participants::blind_banner(ui, shared, lot, out);
    if shared.workshop.copy_of.is_none() && shared.workshop.scored_by_participants(lot) {
        // The room follows the participants' rows; the lot's own buttons only show the result.
        crate::ui::room::participants::card_section(ui, shared, lot, view.participant_mark, out);
        ui.separator();
        criteria(ui, shared, view, lot, out);
    } else {
        criteria(ui, shared, view, lot, out);
        crate::ui::room::participants::card_section(ui, shared, lot, view.participant_mark, out);
    }
    ui.separator();
    outcome(ui, shared, lot);
    ui.separator();
    notes(ui, shared, lot, out);
}

/// The lot's notes (its decisions are items of the record, below).
fn notes(ui: &mut egui::Ui, shared: &Shared<'_>, lot: &Lot, out: &mut Output) {
    let t = shared.t();
    let id = lot.id;
    text_field(ui, shared, t.notes, &lot.notes, true, out, |text| {
        Edit::Notes(id, text)
    });
}

/// The slot after a criterion's name: "(not scored)" until it is, then the button that clears
/// it. Its width is the wider of the two, so the row wraps the same way before and after a
/// score, and the buttons below do not jump under the pointer.
fn clear_or_not_scored(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    lot: &Lot,
    criterion: Criterion,
    from_round: bool,
    out: &mut Output,
) {
    let t = shared.t();
    let texts = shared.lang.texts();
    let name = texts.criterion(criterion);
    let not_scored =
        RichText::new(format!("({})", texts.not_scored)).color(theme::error_colour(shared.dark));
    let width = |text: egui::WidgetText, style: egui::TextStyle| {
        text.into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, style)
            .size()
            .x
    };
    let button =
        width(t.clear_score.into(), egui::TextStyle::Small) + 2.0 * ui.spacing().button_padding.x;
    let slot = width(not_scored.clone().into(), egui::TextStyle::Body).max(button);
    let size = egui::vec2(slot, ui.spacing().interact_size.y);
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(size, layout, |ui| {
        ui.set_min_width(slot);
        let Some(_) = lot.scores.get(criterion) else {
            ui.label(not_scored);
            return;
        };
        let clear_label = format!("{}: {}", name, t.clear_score);
        let clear = ui
            .add_enabled(!from_round, egui::Button::new(t.clear_score).small())
            .on_hover_text(&clear_label);
        clear.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &clear_label));
        if clear.clicked() {
            out.edit(Edit::Score {
                lot: lot.id,
                criterion,
                level: None,
            });
        }
    });
}

fn score_row(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    lot: &Lot,
    criterion: Criterion,
    out: &mut Output,
) {
    let texts = shared.lang.texts();
    let current = lot.scores.get(criterion);
    let name = texts.criterion(criterion);
    let w = shared.workshop;
    let from_round = w.copy_of.is_none() && w.scored_by_participants(lot);
    // Wraps rather than widening the card: name, the keyboard mark, and "not scored" or clear.
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(name).font(theme::bold(shared.sizes.body + 2.0)));
        super::level_guide::help_button(ui, shared, criterion, out);
        clear_or_not_scored(ui, shared, lot, criterion, from_round, out);
    });
    ui.horizontal_wrapped(|ui| {
        // A named group of four, its question as the description: a screen reader says which
        // question the buttons answer.
        let question = texts.criterion_question(criterion).to_string();
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_role(egui::Role::RadioGroup);
            node.set_label(name);
            node.set_description(question);
        });
        // Four buttons side by side in a card at its narrowest.
        ui.spacing_mut().item_spacing.x = shared.sizes.spacing * 0.75;
        for level in Level::ALL {
            let selected = current == Some(level);
            let caption = format!("{} {}", level.number(), texts.level(level));
            let text = if selected {
                RichText::new(format!("\u{2713} {caption}")).strong()
            } else {
                RichText::new(caption.as_str())
            };
            let button = egui::Button::selectable(selected, text)
                .frame_when_inactive(true)
                .min_size(shared.sizes.score_button);
            let response = ui.add_enabled(!from_round, button);
            let accessible = format!("{name}: {caption}");
            response.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::Role::RadioButton,
                    true,
                    selected,
                    accessible.clone(),
                )
            });
            let response =
                response.on_hover_text(super::level_guide::hover(shared, criterion, level));
            if response.clicked() && !selected {
                out.edit(Edit::Score {
                    lot: lot.id,
                    criterion,
                    level: Some(level),
                });
            }
        }
    });
    if criterion == Criterion::Scarcity {
        super::level_guide::market_evidence(ui, shared, lot);
    }
}

/// Risk mean and class, value class and quadrant with its advice.
fn outcome(ui: &mut egui::Ui, shared: &Shared<'_>, lot: &Lot) {
    let t = shared.t();
    let texts = shared.lang.texts();
    let Some(ranked) = shared.portfolio.get(lot.id) else {
        return;
    };
    let value = match ranked.value_class {
        ValueClass::High => texts.value_classes[0],
        ValueClass::Low => texts.value_classes[1],
    };
    let big = theme::bold(shared.sizes.body + 2.0);
    if let Some(partial) = shared.workshop.partial(lot) {
        // Not every participant has scored: the place is provisional.
        let done = crate::locale::room::done_of(partial.done, partial.total, shared.lang);
        let text = format!("{WARNING} {}: {done}", shared.t().scores_per_participant);
        ui.label(
            RichText::new(text)
                .font(big.clone())
                .color(theme::error_colour(shared.dark)),
        );
    }
    match ranked.risk {
        Some(risk) => {
            ui.label(
                RichText::new(format!(
                    "{}: {} \u{2192} {}",
                    t.risk,
                    format_decimal(risk.mean_for_display(), risk.places),
                    texts.level(risk.class)
                ))
                .font(big.clone()),
            );
            if let Some(weighted) =
                crate::locale::scale::weighted(&shared.workshop.settings.weights, shared.lang)
            {
                ui.label(RichText::new(weighted).small());
            }
        }
        None => {
            ui.label(RichText::new(format!("{}: -", t.risk)).font(big.clone()));
        }
    }
    ui.label(
        RichText::new(format!(
            "{}: {} (#{}, {})",
            t.value,
            value,
            ranked.rank,
            format_percent(ranked.cumulative_share_pct, 1)
        ))
        .font(big.clone()),
    );
    match ranked.quadrant {
        Some(quadrant) => {
            ui.horizontal(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(40.0, 40.0), egui::Sense::hover());
                theme::paint_chip(ui.painter(), rect, Some(quadrant), shared.lang, shared.dark);
                ui.label(
                    RichText::new(format!("{}: {}", t.quadrant, texts.quadrant(quadrant)))
                        .font(theme::bold(shared.sizes.heading))
                        .color(theme::quadrant_text_colour(quadrant, shared.dark)),
                );
            });
            ui.label(texts.quadrant_advice(quadrant));
            // The room reads the ring on the matrix; the panel keeps its room for the scores.
            if !shared.presenting {
                borderline(ui, shared, lot.id);
            }
        }
        None if lot.round.blind && shared.workshop.scored_by_participants(lot) => {
            let text = crate::locale::room::texts(shared.lang).placed_after_reveal;
            ui.label(RichText::new(text).strong());
        }
        None => {
            ui.label(RichText::new(t.score_all_three).color(theme::error_colour(shared.dark)));
        }
    }
}

/// Under the quadrant of a borderline lot: the step that moves it, or how close it lies to the
/// value split (the same words as the sensitivity window).
fn borderline(ui: &mut egui::Ui, shared: &Shared<'_>, id: crate::model::LotId) {
    let s = shared.sensitivity;
    let lines = (s
        .one_step_of(id)
        .map(|o| crate::locale::sensitivity::one_step_line(shared.lang, o)))
    .into_iter()
    .chain(
        s.near_split_of(id)
            .map(|n| crate::locale::sensitivity::near_split_line(shared.lang, n)),
    );
    for line in lines {
        ui.label(RichText::new(format!("\u{25CB} {line}")).strong());
    }
}
