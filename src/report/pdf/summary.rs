//! The report's *Samenvatting* (one page at the front, for a council member who reads only that
//! page), its *Gevoeligheid* section, and the evidence behind a lot's scarcity score.

use super::{BODY, H2, H3, Layout, SMALL};
use crate::locale::Lang;
use crate::locale::number::{format_decimal, format_euro, format_percent};
use crate::locale::sensitivity::{self as words, percent, texts};
use crate::model::sensitivity::{Sensitivity, what_if};
use crate::model::{Catalogue, Lot, LotId, Portfolio, Quadrant, Settings, Workshop};

/// At most this many names in one line of the summary (the rest counted), so it stays a page.
const MAX_NAMES: usize = 12;

/// The names of `ids`, at most [`MAX_NAMES`], the rest counted; "Geen." for none.
fn names(workshop: &Workshop, ids: &[LotId], lang: Lang) -> String {
    let t = texts(lang);
    if ids.is_empty() {
        return t.summary.none.to_string();
    }
    let mut shown: Vec<String> = (ids.iter().take(MAX_NAMES))
        .filter_map(|id| workshop.lot(*id).map(|l| l.name.clone()))
        .collect();
    if ids.len() > MAX_NAMES {
        shown.push(
            t.more
                .replace("{count}", &(ids.len() - MAX_NAMES).to_string()),
        );
    }
    shown.join(", ")
}

/// The summary page.
pub(super) fn summary_page(
    layout: &mut Layout,
    workshop: &Workshop,
    portfolio: &Portfolio,
    sensitivity: &Sensitivity,
    catalogue: &Catalogue,
    lang: Lang,
) {
    let t = texts(lang);
    let s = &t.summary;
    let quadrant_words = lang.texts();
    layout.heading(s.heading, H2);
    layout.paragraph(s.intro, SMALL, false, 0.0);
    layout.heading(s.per_quadrant, H3);
    let share = |spend| {
        if portfolio.total.is_zero() {
            format_percent(rust_decimal::Decimal::ZERO, 1)
        } else {
            percent(spend * rust_decimal::Decimal::ONE_HUNDRED / portfolio.total)
        }
    };
    for quadrant in Quadrant::ALL {
        let lots: Vec<&Lot> = (portfolio.lots(workshop))
            .filter(|(r, _)| r.quadrant == Some(quadrant))
            .map(|(_, l)| l)
            .collect();
        let spend = lots.iter().map(|l| l.spend).sum();
        let line = s
            .quadrant_line
            .replace("{quadrant}", quadrant_words.quadrant(quadrant))
            .replace("{lots}", &lots.len().to_string())
            .replace("{spend}", &format_euro(spend))
            .replace("{share}", &share(spend));
        layout.paragraph(&line, BODY, false, 10.0);
    }
    let unplaced: Vec<&Lot> = (portfolio.lots(workshop))
        .filter(|(r, _)| r.quadrant.is_none())
        .map(|(_, l)| l)
        .collect();
    if !unplaced.is_empty() {
        let spend = unplaced.iter().map(|l| l.spend).sum();
        let line = s
            .unplaced_line
            .replace("{lots}", &unplaced.len().to_string())
            .replace("{spend}", &format_euro(spend))
            .replace("{share}", &share(spend));
        layout.paragraph(&line, BODY, false, 10.0);
    }
    if let Some(weighted) = crate::locale::scale::weighted(&workshop.settings.weights, lang) {
        layout.paragraph(
            &format!("{}: {weighted}", lang.ui().risk),
            SMALL,
            false,
            0.0,
        );
    }
    layout.heading(t.by_class, H3);
    for line in words::class_lines(lang, sensitivity) {
        layout.paragraph(&line, BODY, false, 10.0);
    }
    let discuss: Vec<LotId> = (portfolio.lots(workshop))
        .filter(|(_, l)| !workshop.participants.is_empty() && l.round.to_discuss())
        .map(|(_, l)| l.id)
        .collect();
    layout.heading(s.to_discuss, H3);
    layout.paragraph(&names(workshop, &discuss, lang), BODY, false, 10.0);
    layout.heading(t.one_step, H3);
    let one_step: Vec<LotId> = sensitivity.one_step.iter().map(|o| o.lot).collect();
    layout.paragraph(&names(workshop, &one_step, lang), BODY, false, 10.0);
    open_work(layout, workshop, portfolio, catalogue, lang);
}

/// The open checklist questions and strategy hints, and the tenders that start late.
fn open_work(
    layout: &mut Layout,
    workshop: &Workshop,
    portfolio: &Portfolio,
    catalogue: &Catalogue,
    lang: Lang,
) {
    let s = &texts(lang).summary;
    let open: usize = (workshop.lots.iter())
        .map(|l| catalogue.open_questions(l).count())
        .sum();
    let hints: usize = (portfolio.lots(workshop))
        .map(|(r, lot)| {
            crate::model::hints::hints(&crate::model::hints::HintInput {
                lot,
                quadrant: r.quadrant,
                workshop,
            })
            .len()
        })
        .sum();
    layout.y += 6.0;
    let line = s
        .open_work
        .replace("{open}", &open.to_string())
        .replace("{hints}", &hints.to_string());
    layout.paragraph(&line, BODY, false, 0.0);
    let late: Vec<String> = (workshop.planning.flags(crate::report::today()).iter())
        .filter(|f| matches!(f, crate::model::planning::Flag::LateStart { .. }))
        .map(|f| {
            let lot_name = |id| {
                workshop
                    .lot(id)
                    .map_or_else(String::new, |l| l.name.clone())
            };
            crate::locale::planning::flag_text(f, &workshop.planning, &lot_name, lang)
        })
        .collect();
    layout.heading(s.late, H3);
    if late.is_empty() {
        layout.paragraph(s.none, BODY, false, 10.0);
    }
    for line in late.iter().take(MAX_NAMES) {
        layout.paragraph(line, BODY, false, 10.0);
    }
}

/// The *Gevoeligheid* section: what a placement rests on, the lots one step from another
/// quadrant with the step, the lots near the value split, and what the usual thresholds would
/// change when the workshop's differ from them.
pub(super) fn sensitivity_section(
    layout: &mut Layout,
    workshop: &Workshop,
    portfolio: &Portfolio,
    sensitivity: &Sensitivity,
    lang: Lang,
) {
    let t = texts(lang);
    layout.heading(t.window.label.trim_end_matches('\u{2026}'), H2);
    layout.paragraph(t.intro, BODY, false, 0.0);
    let settings = &workshop.settings;
    let name = |id: LotId| {
        (portfolio.get(id))
            .and_then(|r| workshop.lots.get(r.index))
            .map_or("", |l| l.name.as_str())
    };
    layout.heading(t.one_step, H3);
    if sensitivity.one_step.is_empty() {
        layout.paragraph(t.one_step_none, BODY, false, 10.0);
    }
    for moved in &sensitivity.one_step {
        let line = format!("{}: {}", name(moved.lot), words::one_step_line(lang, moved));
        layout.paragraph(&line, BODY, false, 10.0);
    }
    let margin = format_decimal(settings.split_margin_pct, 0);
    layout.heading(&t.near_split.replace("{margin}", &margin), H3);
    if sensitivity.near_split.is_empty() {
        layout.paragraph(t.near_split_none, BODY, false, 10.0);
    }
    for near in &sensitivity.near_split {
        let line = format!("{}: {}", name(near.lot), words::near_split_line(lang, near));
        layout.paragraph(&line, BODY, false, 10.0);
    }
    layout.heading(t.what_if, H3);
    let risk_text = |r| format_decimal(r, 1);
    let value_text = |v| format_percent(v, 0);
    let (usual_risk, usual_value) = (
        Settings::DEFAULT_RISK_THRESHOLD,
        Settings::DEFAULT_VALUE_THRESHOLD_PCT,
    );
    if settings.risk_threshold == usual_risk && settings.value_threshold_pct == usual_value {
        let line = t
            .summary
            .defaults_same
            .replace("{risk}", &risk_text(usual_risk))
            .replace("{value}", &value_text(usual_value));
        layout.paragraph(&line, BODY, false, 0.0);
        return;
    }
    let usual = what_if(workshop, portfolio, usual_risk, usual_value);
    let line = t
        .summary
        .defaults_effect
        .replace("{risk}", &risk_text(settings.risk_threshold))
        .replace("{value}", &value_text(settings.value_threshold_pct))
        .replace("{usual_risk}", &risk_text(usual_risk))
        .replace("{usual_value}", &value_text(usual_value))
        .replace("{count}", &usual.moves.len().to_string());
    layout.paragraph(&line, BODY, false, 0.0);
    let quadrants = lang.texts();
    for (id, from, to) in &usual.moves {
        let line = t
            .what_if_line
            .replace("{name}", name(*id))
            .replace("{from}", quadrants.quadrant(*from))
            .replace("{to}", quadrants.quadrant(*to));
        layout.paragraph(&line, BODY, false, 10.0);
    }
}

/// On a lot page: the market figures behind its scarcity score with the level they suggest, and
/// whether it is one step from another quadrant or near the value split.
pub(super) fn evidence(
    layout: &mut Layout,
    lot: &Lot,
    (sensitivity, scale): (&Sensitivity, &crate::model::scale::Scale),
    lang: Lang,
) {
    let t = texts(lang);
    layout.heading(t.summary.evidence, H3);
    match lot.market.as_ref().filter(|m| !m.is_empty()) {
        Some(market) => {
            for (label, value) in crate::locale::scale::market_rows(market, lang) {
                layout.field(label, &value, 150.0);
            }
            let suggested = crate::model::scale::suggest_scarcity(market, &scale.suggestion);
            if let Some(suggestion) = suggested {
                let line = crate::locale::scale::suggestion_line(&suggestion, lang);
                layout.paragraph(&line, BODY, false, 0.0);
            }
        }
        None => layout.paragraph(t.summary.evidence_none, BODY, false, 0.0),
    }
    let lines = (sensitivity
        .one_step_of(lot.id)
        .map(|o| words::one_step_line(lang, o)))
    .into_iter()
    .chain(
        sensitivity
            .near_split_of(lot.id)
            .map(|n| words::near_split_line(lang, n)),
    );
    for line in lines {
        layout.paragraph(&format!("\u{25CB} {line}"), BODY, false, 0.0);
    }
}
