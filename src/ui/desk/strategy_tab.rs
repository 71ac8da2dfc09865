//! The Strategy tab of the lot card: the four steering instruments (now and proposed, with the
//! change of course and why), regime and procedure, the term with its end date, the estimated
//! contract value beside the threshold rule it triggers, and the target quadrant with its levers.
//! Every choice is one edit (one undo step); typing in a text is one step.

use egui::RichText;

use crate::chart::style::WARNING;
use crate::locale::number::format_euro;
use crate::locale::strategy::{ChoiceName, StrategyTexts, texts};
use crate::locale::threshold::threshold_rule;
use crate::model::contract::{Nature, lot_value_and_threshold};
use crate::model::strategy::ProcurementLaw;
use crate::model::strategy::{
    Access, ContractForm, Funding, FundingSetting, Instrument, Procedure, Regime, Strategy,
    SupplierManagement,
};
use crate::model::text::TextKind;
use crate::model::{Lot, Quadrant};
use crate::ui::{Edit, Output, Shared, View, theme, widgets};

/// Shows the tab for a lot.
pub fn show(ui: &mut egui::Ui, shared: &Shared<'_>, view: &mut View, lot: &Lot, out: &mut Output) {
    let x = texts(shared.lang);
    let edit = |out: &mut Output, strategy: Strategy| {
        out.edit(Edit::Strategy(lot.id, Box::new(strategy)));
    };
    let s = &lot.strategy;
    ui.label(RichText::new(x.instruments).strong());
    instrument(
        ui,
        shared,
        out,
        lot,
        InstrumentRow {
            name: x.access,
            all: Access::ALL,
            instrument: &s.access,
            field: |s| &mut s.access,
        },
    );
    instrument(
        ui,
        shared,
        out,
        lot,
        InstrumentRow {
            name: x.supplier_management,
            all: SupplierManagement::ALL,
            instrument: &s.supplier_management,
            field: |s| &mut s.supplier_management,
        },
    );
    instrument(
        ui,
        shared,
        out,
        lot,
        InstrumentRow {
            name: x.contract_form,
            all: ContractForm::ALL,
            instrument: &s.contract_form,
            field: |s| &mut s.contract_form,
        },
    );
    let mut clause = s.continuity_clause;
    if ui.checkbox(&mut clause, x.continuity_clause).changed() {
        let mut next = s.clone();
        next.continuity_clause = clause;
        edit(out, next);
    }
    funding(ui, shared, out, lot);
    ui.separator();
    let mut next = s.clone();
    if let Some(regime) = choice(
        ui,
        shared,
        x.regime,
        ("regime", lot.id.0),
        s.regime,
        Regime::ALL,
    ) {
        next.regime = regime;
        edit(out, next.clone());
    }
    if s.regime.is_none_or(Regime::has_procedures) {
        let id = ("procedure", lot.id.0);
        let fitting: Vec<Procedure> = Procedure::ALL
            .iter()
            .copied()
            .filter(|p| p.fits(s.regime))
            .collect();
        let current = s.effective_procedure();
        if let Some(procedure) = choice(ui, shared, x.procedure, id, current, &fitting) {
            next.procedure = procedure;
            edit(out, next.clone());
        }
    } else {
        ui.label(RichText::new(x.no_procedure).small());
    }
    ui.separator();
    term(ui, shared, view, out, lot, x);
    ui.separator();
    let id = ("target", lot.id.0);
    let target = choice(
        ui,
        shared,
        x.target_quadrant,
        id,
        s.target_quadrant,
        &Quadrant::ALL,
    );
    if let Some(target) = target {
        next.target_quadrant = target;
        edit(out, next.clone());
    }
    widgets::text_field(ui, shared, x.levers, &s.levers, true, out, |levers| {
        let mut strategy = lot.strategy.clone();
        strategy.levers = levers;
        Edit::Strategy(lot.id, Box::new(strategy))
    });
    hints(ui, shared, lot, x);
    crate::ui::desk::kader_answers::show(ui, shared, lot, out);
}

/// The consistency hints that fire on the lot: why, and where the rule comes from.
fn hints(ui: &mut egui::Ui, shared: &Shared<'_>, lot: &Lot, x: &StrategyTexts) {
    let input = crate::model::hints::HintInput {
        lot,
        quadrant: shared.portfolio.get(lot.id).and_then(|r| r.quadrant),
        workshop: shared.workshop,
    };
    let fired = crate::model::hints::hints(&input);
    if fired.is_empty() {
        return;
    }
    ui.separator();
    ui.label(RichText::new(format!("{WARNING} {}", x.hints)).strong());
    for hint in fired {
        let (why, source) = crate::locale::strategy::hint(hint, shared.lang);
        ui.add(egui::Label::new(format!("\u{2022} {why}")).wrap());
        ui.label(RichText::new(source).small());
    }
}

/// A labelled choice among `all` or none; the new choice when the user changed it. The label
/// is shown as `label`; screen readers and tests know the choice by `name`. The choice wraps
/// under its label when the card is narrow, so it never widens the card.
fn labelled_choice<T: ChoiceName + PartialEq>(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    label: &str,
    name: &str,
    salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<T>,
    all: &[T],
) -> Option<Option<T>> {
    let none = texts(shared.lang).none;
    let mut chosen = current;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(label).strong());
        // Room for the arrow and the padding, so the choice stays beside its label.
        let width = (ui.available_width() - 32.0).clamp(120.0, 340.0);
        let response = egui::ComboBox::from_id_salt(salt)
            .width(width)
            .selected_text(chosen.map_or(none, |c| c.name(shared.lang)))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, none);
                for value in all {
                    ui.selectable_value(&mut chosen, Some(*value), value.name(shared.lang));
                }
            })
            .response;
        let name = name.to_string();
        response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
    });
    (chosen != current).then_some(chosen)
}

/// A choice whose label is also its name.
fn choice<T: ChoiceName + PartialEq>(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    label: &str,
    salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<T>,
    all: &[T],
) -> Option<Option<T>> {
    labelled_choice(ui, shared, label, label, salt, current, all)
}

/// One of a lot's steering instruments, as the Strategy tab shows it: its name, its choices,
/// the lot's settings of it, and where those live in a strategy.
struct InstrumentRow<'a, T: 'static> {
    name: &'a str,
    all: &'a [T],
    instrument: &'a Instrument<T>,
    field: fn(&mut Strategy) -> &mut Instrument<T>,
}

/// One instrument: now and proposed, the change of course, and why.
fn instrument<T: ChoiceName + PartialEq + 'static>(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    out: &mut Output,
    lot: &Lot,
    row: InstrumentRow<'_, T>,
) {
    let InstrumentRow {
        name,
        all,
        instrument,
        field,
    } = row;
    let x = texts(shared.lang);
    ui.add_space(4.0);
    ui.label(RichText::new(name).strong());
    ui.indent((name, lot.id.0), |ui| {
        let pairs = [
            (x.current, instrument.current, true),
            (x.proposed, instrument.proposed, false),
        ];
        for (shown, value, is_current) in pairs {
            let label = format!("{name}: {shown}");
            let salt = (&label, lot.id.0);
            if let Some(value) = labelled_choice(ui, shared, shown, &label, salt, value, all) {
                let mut strategy = lot.strategy.clone();
                let target = field(&mut strategy);
                if is_current {
                    target.current = value;
                } else {
                    target.proposed = value;
                }
                out.edit(Edit::Strategy(lot.id, Box::new(strategy)));
            }
        }
        rationale(ui, shared, out, lot, name, &instrument.rationale, field);
    });
}

fn change_of_course(ui: &mut egui::Ui, shared: &Shared<'_>, changes: bool) {
    if changes {
        let colour = theme::error_colour(shared.dark);
        let text = format!("{WARNING} {}", texts(shared.lang).change_of_course);
        ui.add(egui::Label::new(RichText::new(text).color(colour)).wrap());
    }
}

fn rationale<T: 'static>(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    out: &mut Output,
    lot: &Lot,
    name: &str,
    text: &str,
    field: fn(&mut Strategy) -> &mut Instrument<T>,
) {
    let x = texts(shared.lang);
    ui.horizontal(|ui| {
        let label = ui.label(format!("{}:", x.rationale));
        let id = label.id.with(name);
        let response = widgets::inline_text_field(
            ui,
            id,
            text,
            ui.available_width(),
            TextKind::Line,
            out,
            |typed| {
                let mut strategy = lot.strategy.clone();
                field(&mut strategy).rationale = typed;
                Edit::Strategy(lot.id, Box::new(strategy))
            },
        );
        let accessible = format!("{name}: {}", x.rationale);
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, accessible.clone())
        });
    });
}

/// The funding instrument: the variant now and proposed, each with a budget ceiling and pilot.
fn funding(ui: &mut egui::Ui, shared: &Shared<'_>, out: &mut Output, lot: &Lot) {
    let x = texts(shared.lang);
    let instrument = &lot.strategy.funding;
    ui.add_space(4.0);
    ui.label(RichText::new(x.funding).strong());
    ui.indent(("funding", lot.id.0), |ui| {
        for is_current in [true, false] {
            let which = if is_current { x.current } else { x.proposed };
            let label = format!("{}: {which}", x.funding);
            let setting = if is_current {
                instrument.current
            } else {
                instrument.proposed
            };
            let mut next = setting;
            let variant = setting.map(|s| s.variant);
            let salt = (&label, lot.id.0);
            let changed = labelled_choice(ui, shared, which, &label, salt, variant, Funding::ALL);
            if let Some(variant) = changed {
                next = variant.map(|variant| FundingSetting {
                    variant,
                    budget_ceiling: setting.is_some_and(|s| s.budget_ceiling),
                    pilot: setting.is_some_and(|s| s.pilot),
                });
            }
            if let Some(mut s) = next {
                ui.horizontal(|ui| {
                    ui.checkbox(&mut s.budget_ceiling, x.budget_ceiling);
                    ui.checkbox(&mut s.pilot, x.pilot);
                });
                next = Some(s);
            }
            if next != setting {
                let mut strategy = lot.strategy.clone();
                if is_current {
                    strategy.funding.current = next;
                } else {
                    strategy.funding.proposed = next;
                }
                out.edit(Edit::Strategy(lot.id, Box::new(strategy)));
            }
        }
        change_of_course(ui, shared, instrument.changes_variant());
        rationale(
            ui,
            shared,
            out,
            lot,
            x.funding,
            &instrument.rationale,
            |s| &mut s.funding,
        );
    });
}

/// Start, years and extensions; the end date, what the lot buys, the value and its rule.
fn term(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    out: &mut Output,
    lot: &Lot,
    x: &StrategyTexts,
) {
    let s = &lot.strategy;
    ui.label(RichText::new(x.term).strong());
    let with_term = |term| {
        let mut strategy = lot.strategy.clone();
        strategy.term = term;
        Edit::Strategy(lot.id, Box::new(strategy))
    };
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(x.start).strong());
        let field = ui.make_persistent_id(("strategy-start", lot.id.0));
        let stored = s.term.start;
        let invalid = widgets::DraftField::new(field, label.id, shared.dark).show_date(
            ui,
            view,
            out,
            stored,
            |start| Some(with_term(crate::model::contract::Term { start, ..s.term })),
        );
        if invalid {
            widgets::invalid_note(ui, shared.lang.ui().invalid_date, shared.dark);
        }
    });
    let mut term = s.term;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(RichText::new(x.initial_years).strong());
        ui.add(egui::DragValue::new(&mut term.initial_years).range(0..=20))
            .labelled_by(label.id);
        let label = ui.label(RichText::new(x.extensions).strong());
        ui.add(egui::DragValue::new(&mut term.extensions).range(0..=5))
            .labelled_by(label.id);
        ui.label("\u{00D7}");
        let label = ui.label(x.extension_years);
        ui.add(egui::DragValue::new(&mut term.extension_years).range(0..=5))
            .labelled_by(label.id);
    });
    if term != s.term {
        out.edit(with_term(term));
    }
    let id = ("nature", lot.id.0);
    if let Some(Some(nature)) = choice(ui, shared, x.nature, id, Some(s.nature), &Nature::ALL) {
        let mut strategy = lot.strategy.clone();
        strategy.nature = nature;
        out.edit(Edit::Strategy(lot.id, Box::new(strategy)));
    }
    if let Some(end) = s.term.end_with_extensions() {
        ui.label(format!(
            "{}: {}",
            x.end,
            crate::locale::number::format_date(end)
        ));
    }
    value(ui, shared, lot, x);
}

fn value(ui: &mut egui::Ui, shared: &Shared<'_>, lot: &Lot, x: &StrategyTexts) {
    let s = &lot.strategy;
    let Some((value, test)) = lot_value_and_threshold(shared.workshop, lot) else {
        return;
    };
    ui.label(RichText::new(format!("{}: {}", x.value, format_euro(value))).strong());
    ui.add(egui::Label::new(threshold_rule(s.regime, test, shared.lang)).wrap());
    if s.procurement_law() != ProcurementLaw::DoesNotApply {
        ui.label(RichText::new(x.per_lot).small());
    }
}
