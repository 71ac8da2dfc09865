//! The *Strategie* block of a lot's page in the report, as lines of label and value: the
//! instruments now → proposed, regime and procedure, the term, the estimated contract value with
//! the threshold rule in words, the target quadrant, and the consistency hints with their
//! sources. Empty when nothing of the strategy is filled in.

use crate::locale::Lang;
use crate::locale::number::{format_date, format_euro};
use crate::locale::strategy::{ChoiceName, funding_name, hint, texts};
use crate::locale::threshold::threshold_rule;
use crate::model::contract::lot_value_and_threshold;
use crate::model::hints::{HintInput, hints};
use crate::model::strategy::{FundingSetting, Instrument, ProcurementLaw};
use crate::model::{Lot, Quadrant, Workshop};

/// One instrument as "now → proposed (why)".
fn instrument_line(now: Option<String>, proposed: Option<String>, why: &str, none: &str) -> String {
    let mut text = format!(
        "{} \u{2192} {}",
        now.as_deref().unwrap_or(none),
        proposed.as_deref().unwrap_or(none)
    );
    if !why.trim().is_empty() {
        text.push_str(&format!(" ({})", why.trim()));
    }
    text
}

fn names<T: ChoiceName>(i: &Instrument<T>, lang: Lang) -> (Option<String>, Option<String>) {
    let name = |v: T| v.name(lang).to_string();
    (i.current.map(name), i.proposed.map(name))
}

/// The block's lines, label and text: the choices, the hints, then the kaders the lot answered.
/// Empty when nothing is filled in.
pub fn strategy_lines(
    workshop: &Workshop,
    lot: &Lot,
    quadrant: Option<Quadrant>,
    lang: Lang,
) -> Vec<(String, String)> {
    let s = &lot.strategy;
    let mut lines = if s.is_empty() {
        Vec::new()
    } else {
        choice_lines(workshop, lot, quadrant, lang)
    };
    lines.extend(kader_lines(workshop, lot, lang));
    lines
}

/// How the lot meets each kader it answered, numbered as its note numbers it ("Kader 6").
fn kader_lines(workshop: &Workshop, lot: &Lot, lang: Lang) -> Vec<(String, String)> {
    use crate::locale::kaders::{status_mark, texts as kader_texts};
    use crate::model::kader::{KaderStatus, kader_status};
    let label = kader_texts(lang).heading;
    workshop
        .kaders
        .iter()
        .enumerate()
        .filter_map(|(index, kader)| {
            let status = kader_status(&lot.kaders, kader.id);
            let answer = lot.kaders.get(&kader.id)?;
            (status != KaderStatus::Open).then(|| {
                let text = format!(
                    "{} {}: {}",
                    crate::locale::kaders::numbered(&workshop.kaders, index, lang),
                    status_mark(status, lang),
                    answer.how.trim()
                );
                (label.to_string(), text)
            })
        })
        .collect()
}

/// The strategy's choices, term, value, target and hints.
fn choice_lines(
    workshop: &Workshop,
    lot: &Lot,
    quadrant: Option<Quadrant>,
    lang: Lang,
) -> Vec<(String, String)> {
    let s = &lot.strategy;
    let x = texts(lang);
    let mut lines: Vec<(String, String)> = Vec::new();
    let mut push = |label: &str, text: String| lines.push((label.to_string(), text));
    for (label, (now, proposed), why) in [
        (x.access, names(&s.access, lang), &s.access.rationale),
        (
            x.supplier_management,
            names(&s.supplier_management, lang),
            &s.supplier_management.rationale,
        ),
        (
            x.contract_form,
            names(&s.contract_form, lang),
            &s.contract_form.rationale,
        ),
    ] {
        push(label, instrument_line(now, proposed, why, x.none));
    }
    if s.continuity_clause {
        push(x.contract_form, x.continuity_clause.to_string());
    }
    let funding = |f: Option<FundingSetting>| f.map(|f| funding_name(f, lang));
    let (now, proposed) = (funding(s.funding.current), funding(s.funding.proposed));
    push(
        x.funding,
        instrument_line(now, proposed, &s.funding.rationale, x.none),
    );
    push(
        x.regime,
        s.regime.map_or(x.none, |r| r.name(lang)).to_string(),
    );
    if let Some(procedure) = s.effective_procedure() {
        push(x.procedure, procedure.name(lang).to_string());
    }
    if let Some(end) = s.term.end_with_extensions() {
        let t = s.term;
        let end = format!("{}: {}", x.end, format_date(end));
        push(
            x.term,
            format!(
                "{} + {} \u{00D7} {} ({end})",
                t.initial_years, t.extensions, t.extension_years
            ),
        );
    }
    if let Some((value, test)) = lot_value_and_threshold(workshop, lot) {
        let mut text = format!(
            "{}. {}",
            format_euro(value),
            threshold_rule(s.regime, test, lang)
        );
        if s.procurement_law() != ProcurementLaw::DoesNotApply {
            text.push(' ');
            text.push_str(x.per_lot);
        }
        push(x.value, text);
    }
    if let Some(target) = s.target_quadrant {
        let levers = s.levers.trim();
        let text = if levers.is_empty() {
            target.name(lang).to_string()
        } else {
            format!("{}: {levers}", target.name(lang))
        };
        push(x.target_quadrant, text);
    }
    for fired in hints(&HintInput {
        lot,
        quadrant,
        workshop,
    }) {
        let (why, source) = hint(fired, lang);
        push(x.hints, format!("{why} ({source})"));
    }
    lines
}
