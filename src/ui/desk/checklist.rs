//! The checklist tab of the lot card: every question of the catalogue, grouped, with a
//! structured answer where the method has a vocabulary and a text answer elsewhere.

use egui::RichText;

use crate::ui::widgets::{self, choose};
use crate::ui::{Edit, Output, Shared, View, theme};

use crate::locale::number::{format_decimal, optional, parse_amount};
use crate::model::{
    Answer, AnswerValue, Catalogue, Lot, Obligation, ProviderCount, Question, QuestionKind, limits,
};
use crate::ui::CardTab;

/// Shows the checklist of `lot`.
pub fn show(ui: &mut egui::Ui, shared: &Shared<'_>, lot: &Lot, view: &mut View, out: &mut Output) {
    let t = shared.t();
    let answered = shared.catalogue.answered_count(lot);
    let total = shared.catalogue.len();
    // The card names the lot above every tab.
    let mut bar = egui::ProgressBar::new(if total == 0 {
        1.0
    } else {
        answered as f32 / total as f32
    })
    .corner_radius(theme::PROGRESS_RADIUS)
    .text(format!("{answered}/{total} {}", t.answered_count));
    if answered == 0 && total > 0 {
        bar = bar.fill(egui::Color32::TRANSPARENT);
    }
    ui.add(bar);
    for group in &shared.catalogue.groups {
        ui.add_space(8.0);
        // The group's title wraps (a collapsing header's own text does not, and a long title
        // would widen the card past the window on a laptop screen).
        let id = ui.make_persistent_id(("group", &group.id));
        egui::collapsing_header::CollapsingState::load_with_default_open(ui.ctx(), id, true)
            .show_header(ui, |ui| {
                let title = RichText::new(shared.lang.pick(&group.title))
                    .font(theme::bold(shared.sizes.heading - 2.0));
                ui.add(egui::Label::new(title).wrap());
            })
            .body(|ui| {
                for question in &group.questions {
                    question_block(ui, shared, lot, question, view, out);
                    ui.separator();
                }
            });
    }
}

/// Presentation mode's checklist: one question at a time, large, with its answer, and buttons
/// to the previous and next question.
pub fn show_one(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    lot: &Lot,
    view: &mut View,
    out: &mut Output,
) {
    let t = shared.t();
    let total = shared.catalogue.len();
    if total == 0 {
        return;
    }
    let index = view.room_question.min(total - 1);
    let Some((group, question)) = shared
        .catalogue
        .groups
        .iter()
        .flat_map(|g| g.questions.iter().map(move |q| (g, q)))
        .nth(index)
    else {
        return;
    };
    ui.label(RichText::new(&lot.name).font(theme::bold(shared.sizes.heading)));
    // Wraps rather than widening the card past the screen's edge.
    ui.horizontal_wrapped(|ui| {
        let previous = ui.add_enabled(
            index > 0,
            egui::Button::new(format!("\u{2190} {}", t.previous_question)),
        );
        if previous.clicked() {
            view.room_question = index - 1;
        }
        ui.label(format!("{} {} / {total}", t.question, index + 1));
        let next = ui.add_enabled(
            index + 1 < total,
            egui::Button::new(format!("{} \u{2192}", t.next_question)),
        );
        if next.clicked() {
            view.room_question = index + 1;
        }
    });
    ui.label(RichText::new(shared.lang.pick(&group.title)).small());
    ui.add_space(6.0);
    let answer = question_block(ui, shared, lot, question, view, out);
    // Enter gave the answer field the keyboard; Esc in it gives the keys back (egui's text
    // field lets go of them), and the next Esc ends the presentation.
    if std::mem::take(&mut view.focus_room_answer) {
        answer.request_focus();
        answer.scroll_to_me(None);
    }
}

/// The question being answered: the lot, the question, and its answer so far.
struct Asked<'a> {
    shared: &'a Shared<'a>,
    lot: &'a Lot,
    question: &'a Question,
    answer: Answer,
}

impl Asked<'_> {
    /// The edit that gives the question this answer.
    fn edit(&self, answer: Answer) -> Edit {
        Edit::Answer {
            lot: self.lot.id,
            question: self.question.id.clone(),
            answer,
        }
    }

    /// The edit that gives the answer this value, its note and marks kept.
    fn with_value(&self, value: AnswerValue) -> Edit {
        self.edit(Answer {
            value,
            ..self.answer.clone()
        })
    }
}

/// One question with its answer and note; returns the field the keyboard types the answer
/// in (a written answer's field, else the note).
fn question_block(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    lot: &Lot,
    question: &Question,
    view: &mut View,
    out: &mut Output,
) -> egui::Response {
    let t = shared.t();
    let q = Asked {
        shared,
        lot,
        question,
        answer: lot.checklist.get(&question.id).cloned().unwrap_or_default(),
    };
    // The mark's words, and the sign that shows them at a glance (not read out).
    let (sign, words) = if Catalogue::is_answered(question, lot) && q.answer.not_applicable {
        ("\u{2713}", t.not_applicable)
    } else if Catalogue::is_answered(question, lot) {
        ("\u{2713}", t.answered)
    } else {
        ("\u{25CB}", t.still_open)
    };
    let asked = shared.lang.pick(&question.text);
    let label = ui
        .horizontal_wrapped(|ui| {
            let label = ui.label(RichText::new(asked).strong());
            let mark = ui.label(RichText::new(format!("{sign} {words}")).small());
            ui.ctx()
                .accesskit_node_builder(mark.id, |node| node.set_label(words.to_string()));
            let mut not_applicable = q.answer.not_applicable;
            let checkbox = ui.checkbox(&mut not_applicable, t.not_applicable);
            widgets::name_with_question(ui, &checkbox, t.not_applicable, asked);
            if checkbox.changed() {
                out.edit(q.edit(Answer {
                    not_applicable,
                    ..q.answer.clone()
                }));
            }
            label
        })
        .inner;
    // "Not applicable" greys the answer out but keeps its room, so the note field below does
    // not jump up under the pointer on its way there.
    let written = ui
        .add_enabled_ui(!q.answer.not_applicable, |ui| match question.kind {
            QuestionKind::Scale => {
                scale(ui, &q, out);
                None
            }
            QuestionKind::StrategyRoute | QuestionKind::StrategyFunding => {
                on_strategy_tab(ui, &q, view);
                None
            }
            QuestionKind::YesNo => {
                yes_no(ui, &q, out);
                None
            }
            QuestionKind::SocialReturn => {
                social_return(ui, &q, view, out);
                None
            }
            QuestionKind::ProviderCount => {
                providers(ui, &q, label.id, out);
                None
            }
            QuestionKind::Text => Some(text_answer(ui, &q, out)),
        })
        .inner
        .filter(|_| !q.answer.not_applicable);
    let note = widgets::text_field(ui, shared, t.note, &q.answer.note, false, out, |note| {
        q.edit(Answer {
            note,
            ..q.answer.clone()
        })
    });
    widgets::name_with_question(ui, &note, t.note, asked);
    // Below the note it asks for, never above it.
    if q.answer.not_applicable && q.answer.note.trim().is_empty() {
        widgets::invalid_note(ui, t.not_applicable_reason, shared.dark);
    }
    written.unwrap_or(note)
}

/// A question the Strategy tab answers: what the strategy says, and a way there.
fn on_strategy_tab(ui: &mut egui::Ui, q: &Asked<'_>, view: &mut View) {
    let t = q.shared.t();
    let text = crate::report::answers::lot_answer(q.lot, q.question, q.shared.lang)
        .map(|(text, _)| text)
        .filter(|text| !text.is_empty())
        .unwrap_or_else(|| t.not_chosen.to_string());
    ui.horizontal_wrapped(|ui| {
        ui.label(t.on_strategy_tab);
        ui.label(RichText::new(text).strong());
        if ui
            .button(format!("{} \u{2192}", t.to_strategy_tab))
            .clicked()
        {
            view.tab = CardTab::Strategy;
        }
    });
}

/// Yes or no; choosing the chosen one again clears it.
fn yes_no(ui: &mut egui::Ui, q: &Asked<'_>, out: &mut Output) {
    let t = q.shared.t();
    let current = match q.answer.value {
        AnswerValue::YesNo(yes) => Some(yes),
        _ => None,
    };
    ui.horizontal(|ui| {
        for (value, name) in [(true, t.yes), (false, t.no)] {
            let chosen = current == Some(value);
            let text = if chosen {
                RichText::new(format!("\u{2713} {name}")).strong()
            } else {
                RichText::new(name)
            };
            let button = egui::Button::selectable(chosen, text)
                .frame_when_inactive(true)
                .min_size(q.shared.sizes.score_button);
            let response = ui.add(button);
            response
                .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, chosen, name));
            widgets::name_with_question(ui, &response, name, q.shared.lang.pick(&q.question.text));
            if response.clicked() {
                out.edit(q.with_value(if chosen {
                    AnswerValue::Empty
                } else {
                    AnswerValue::YesNo(value)
                }));
            }
        }
    });
}

/// A free text answer with its "answered" mark.
fn text_answer(ui: &mut egui::Ui, q: &Asked<'_>, out: &mut Output) -> egui::Response {
    let t = q.shared.t();
    let text = match &q.answer.value {
        AnswerValue::Text(text) => text.clone(),
        _ => String::new(),
    };
    let asked = q.shared.lang.pick(&q.question.text);
    let field = widgets::text_field(ui, q.shared, t.answer, &text, true, out, |text| {
        q.with_value(if text.is_empty() {
            AnswerValue::Empty
        } else {
            AnswerValue::Text(text)
        })
    });
    widgets::name_with_question(ui, &field, t.answer, asked);
    // A written answer counts by itself: the box then shows it ticked and cannot be unticked;
    // without text it marks an answer given aloud.
    let written = !text.trim().is_empty();
    let mut marked = q.answer.marked_answered || written;
    let response = ui.add_enabled(!written, egui::Checkbox::new(&mut marked, t.answered));
    if written {
        response.on_disabled_hover_text(t.answered_by_text);
    } else if response.changed() {
        out.edit(q.edit(Answer {
            marked_answered: marked,
            ..q.answer.clone()
        }));
    }
    field
}

/// The municipalities that buy together: the workshop's as boxes, others typed on one line,
/// and whether it is bought supra-regionally.
fn scale(ui: &mut egui::Ui, q: &Asked<'_>, out: &mut Output) {
    let (shared, t) = (q.shared, q.shared.t());
    let (chosen, supra) = match &q.answer.value {
        AnswerValue::Scale {
            municipalities,
            supra_regional,
        } => (municipalities.clone(), *supra_regional),
        _ => (Vec::new(), false),
    };
    let with = |municipalities: Vec<String>, supra_regional: bool| {
        q.with_value(if municipalities.is_empty() && !supra_regional {
            AnswerValue::Empty
        } else {
            AnswerValue::Scale {
                municipalities,
                supra_regional,
            }
        })
    };
    if shared.workshop.municipalities.is_empty() {
        ui.label(RichText::new(t.no_municipalities).small());
    }
    let own = &shared.workshop.municipalities;
    ui.horizontal_wrapped(|ui| {
        for name in own {
            let mut on = chosen.contains(name);
            if ui.checkbox(&mut on, name.as_str()).changed() {
                // Keep the workshop's order of municipalities.
                let mut next: Vec<String> = own
                    .iter()
                    .filter(|m| if *m == name { on } else { chosen.contains(m) })
                    .cloned()
                    .collect();
                next.extend(chosen.iter().filter(|m| !own.contains(m)).cloned());
                out.edit(with(next, supra));
            }
        }
        let mut supra_on = supra;
        if ui.checkbox(&mut supra_on, t.supra_regional).changed() {
            out.edit(with(chosen.clone(), supra_on));
        }
    });
    // Municipalities outside the workshop (a lot bought with 9 or 12), typed as one line.
    let others: Vec<String> = chosen
        .iter()
        .filter(|m| !own.contains(m))
        .cloned()
        .collect();
    let with_others = |text: String| {
        let mut next: Vec<String> = chosen.iter().filter(|m| own.contains(m)).cloned().collect();
        for name in text.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            if !next.iter().any(|m| m == name) {
                next.push(name.to_string());
            }
        }
        with(next, supra)
    };
    let field_id = ui.make_persistent_id(("scale-others", q.lot.id.0));
    ui.push_id(field_id, |ui| {
        let text = others.join(", ");
        let label = t.add_other_municipalities;
        widgets::text_field(ui, shared, label, &text, false, out, with_others);
    });
    // Always shown (also "0 gemeenten"): ticking the first box adds no line under the pointer.
    ui.label(RichText::new(format!("{} {}", chosen.len(), t.municipality_count)).small());
}

/// Social return: a percentage and whether it is an effort or a result.
fn social_return(ui: &mut egui::Ui, q: &Asked<'_>, view: &mut View, out: &mut Output) {
    let (shared, t) = (q.shared, q.shared.t());
    let (percent, obligation) = match &q.answer.value {
        AnswerValue::SocialReturn {
            percent,
            obligation,
        } => (*percent, Some(*obligation)),
        _ => (None, None),
    };
    let with = |percent, obligation: Option<Obligation>| {
        q.with_value(match (percent, obligation) {
            (None, None) => AnswerValue::Empty,
            (percent, obligation) => AnswerValue::SocialReturn {
                percent,
                obligation: obligation.unwrap_or(Obligation::None),
            },
        })
    };
    let key = (q.lot.id.0, &q.question.id);
    ui.horizontal(|ui| {
        let label = ui.label(format!("{} (0-100)", t.percentage));
        let field = ui.make_persistent_id(("social-return", key));
        let stored = percent
            .map(|p| format_decimal(p, p.normalize().scale()))
            .unwrap_or_default();
        let invalid = widgets::DraftField::new(field, label.id, shared.dark)
            .width(90.0)
            .show(ui, view, out, &stored, |text| {
                let read = |t: &str| parse_amount(t).ok();
                let value = optional(text, |t| read(t).filter(|p| limits::percentage_allowed(*p)))?;
                Some(with(value, obligation))
            });
        if invalid {
            widgets::invalid_note(ui, t.invalid_threshold, shared.dark);
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(t.obligation);
        let names = t.obligations.in_order();
        let id = ("obligation", key);
        let choice = choose(
            ui,
            id,
            obligation,
            &Obligation::ALL,
            &names,
            t.not_chosen,
            label.id,
        );
        if let Some(choice) = choice {
            out.edit(with(percent, choice));
        }
    });
}

/// How many providers: one, a few, at most a number, or open; with the cap when capped.
fn providers(ui: &mut egui::Ui, q: &Asked<'_>, label: egui::Id, out: &mut Output) {
    let t = q.shared.t();
    let current = match q.answer.value {
        AnswerValue::Providers(count) => Some(count),
        _ => None,
    };
    let index = current.map(|c| match c {
        ProviderCount::One => 0,
        ProviderCount::Few => 1,
        ProviderCount::Capped(_) => 2,
        ProviderCount::Open => 3,
    });
    ui.horizontal(|ui| {
        let names = t.provider_counts.in_order();
        let id = (&q.question.id, q.lot.id.0);
        let choices = [0_usize, 1, 2, 3];
        if let Some(choice) = choose(ui, id, index, &choices, &names, t.not_chosen, label) {
            out.edit(q.with_value(match choice {
                None => AnswerValue::Empty,
                Some(0) => AnswerValue::Providers(ProviderCount::One),
                Some(1) => AnswerValue::Providers(ProviderCount::Few),
                Some(2) => AnswerValue::Providers(ProviderCount::Capped(3)),
                Some(_) => AnswerValue::Providers(ProviderCount::Open),
            }));
        }
        if let Some(ProviderCount::Capped(n)) = current {
            let cap_label = ui.label(t.provider_cap);
            let mut cap = n;
            let response = ui
                .add(egui::DragValue::new(&mut cap).range(limits::PROVIDER_CAP))
                .labelled_by(cap_label.id);
            if response.changed() && cap != n {
                out.edit(q.with_value(AnswerValue::Providers(ProviderCount::Capped(cap))));
            }
        }
    });
}
