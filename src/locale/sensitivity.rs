//! The texts of the sensitivity analysis: the window *Gevoeligheid* with its what-if, the marks
//! on the matrix, the status line's share of spend per risk class, and the report's sections.

use rust_decimal::Decimal;

use super::Lang;
use super::number::{format_decimal, format_percent};
use super::ui::CommandText;
use crate::model::sensitivity::{NearSplit, OneStep, Sensitivity, Step};

/// The sensitivity texts of one language.
#[derive(Debug)]
pub struct SensitivityTexts {
    /// Command: the window.
    pub window: CommandText,
    /// Command: the marks on the matrix, on or off.
    pub marks: CommandText,
    /// What the window and the report's section explain first.
    pub intro: &'static str,
    /// Heading: the lots one step from another quadrant.
    pub one_step: &'static str,
    /// No lot is one step from another quadrant.
    pub one_step_none: &'static str,
    /// Heading: the lots close to the value split; "{margin}" the margin in points.
    pub near_split: &'static str,
    /// No lot is close to the value split.
    pub near_split_none: &'static str,
    /// A lot close to the split: "{share}" the share above it, "{distance}" points away.
    pub near_split_line: &'static str,
    /// Joins the steps of one lot: "of".
    pub or: &'static str,
    /// A lot one step away: "{from}", "{to}", "{steps}".
    pub one_step_line: &'static str,
    /// Heading: the share of spend per risk class.
    pub by_class: &'static str,
    /// A class's row: "{class}", "{lots}", "{share}".
    pub class_line: &'static str,
    /// The status line: "{low}" is the share of spend of low risk (Geen and Laag).
    pub status: &'static str,
    /// The same where the line has no room.
    pub status_short: &'static str,
    /// Heading of the what-if.
    pub what_if: &'static str,
    /// What the what-if does.
    pub what_if_hint: &'static str,
    /// The risk threshold's slider.
    pub risk_threshold: &'static str,
    /// The value split's slider.
    pub value_split: &'static str,
    /// The margin around the split.
    pub margin: &'static str,
    /// Under the margin in the settings: what it does ("{default}", "{max}").
    pub margin_hint: &'static str,
    /// "{count}" lots change quadrant.
    pub what_if_count: &'static str,
    /// No lot changes quadrant.
    pub what_if_none: &'static str,
    /// A lot that changes: "{name}", "{from}", "{to}".
    pub what_if_line: &'static str,
    /// Button: apply the tried thresholds.
    pub apply: &'static str,
    /// Button: back to the workshop's thresholds.
    pub reset: &'static str,
    /// Marks legend on the matrix: dashed ring.
    pub legend: &'static str,
    /// What a screen reader hears of a lot with a ring.
    pub spoken_ring: &'static str,
    /// The status note after applying: "{count}" lots moved.
    pub applied: &'static str,
    /// Under a list cut short: "{count}" more lots.
    pub more: &'static str,
    /// The report's one-page summary.
    pub summary: SummaryTexts,
}

/// The report's summary page and sensitivity section.
#[derive(Debug)]
pub struct SummaryTexts {
    /// The page's heading.
    pub heading: &'static str,
    /// Under it: who it is for.
    pub intro: &'static str,
    /// Heading: lots and spend per quadrant.
    pub per_quadrant: &'static str,
    /// A quadrant: "{quadrant}", "{lots}", "{spend}", "{share}".
    pub quadrant_line: &'static str,
    /// The lots not in the matrix: "{lots}", "{spend}", "{share}".
    pub unplaced_line: &'static str,
    /// Heading: the lots the participants differ on.
    pub to_discuss: &'static str,
    /// An empty list.
    pub none: &'static str,
    /// Open work: "{open}" checklist questions, "{hints}" strategy hints.
    pub open_work: &'static str,
    /// Heading: tenders that start late.
    pub late: &'static str,
    /// The thresholds differ from the defaults: "{risk}" and "{value}" are the workshop's,
    /// "{usual_risk}" and "{usual_value}" the defaults, "{count}" the lots they would move.
    pub defaults_effect: &'static str,
    /// The thresholds are the defaults ("{risk}", "{value}").
    pub defaults_same: &'static str,
    /// A lot page: heading over the evidence behind the scarcity score.
    pub evidence: &'static str,
    /// No market figures for the lot.
    pub evidence_none: &'static str,
}

const DUTCH: SensitivityTexts = SensitivityTexts {
    window: CommandText {
        label: "Gevoeligheid…",
        tooltip: "Welke percelen met één andere score of een iets andere grens in een ander kwadrant vallen, en wat andere grenzen zouden doen",
    },
    marks: CommandText {
        label: "Twijfelgevallen op de matrix",
        tooltip: "Een gestippelde ring om de percelen die één scorestap of een paar procentpunt van een ander kwadrant af liggen",
    },
    intro: "Een plaats in de matrix is zo stevig als de scores eronder. Deze percelen liggen vlak bij een grens: bespreek ze voordat de matrix naar de raden gaat.",
    one_step: "Eén scorestap van een ander kwadrant",
    one_step_none: "Geen perceel wisselt van kwadrant door één score één stap te veranderen.",
    near_split: "Dicht bij de waardegrens (binnen {margin} procentpunt)",
    near_split_none: "Geen perceel ligt zo dicht bij de waardegrens.",
    near_split_line: "{from} → {to}: de percelen erboven hebben {share} van de uitgaven, {distance} procentpunt van de grens",
    or: "of",
    one_step_line: "{from} → {to} met één stap: {steps}",
    by_class: "Uitgaven per risicoklasse",
    class_line: "{class}: {lots} percelen, {share} van de uitgaven",
    status: "Risicoklasse geen of laag: {low} van de uitgaven",
    status_short: "Geen/laag {low}",
    what_if: "Wat als de grenzen anders liggen?",
    what_if_hint: "Schuif de grenzen: de matrix laat gestippeld zien waar ze dan liggen en omcirkelt de percelen die wisselen. De werksessie verandert pas bij Toepassen (één stap voor Ctrl+Z).",
    risk_threshold: "Risicogrens (gemiddelde score)",
    value_split: "Waardegrens (aandeel van de uitgaven, %)",
    margin: "Dicht bij de waardegrens: binnen (procentpunt)",
    margin_hint: "Percelen zo dicht bij de waardegrens krijgen een gestippelde ring (Beeld > Gevoeligheid); standaard {default}, van 0 tot {max}.",
    what_if_count: "{count} percelen wisselen van kwadrant",
    what_if_none: "Geen perceel wisselt van kwadrant.",
    what_if_line: "{name}: {from} → {to}",
    apply: "Toepassen",
    reset: "Terug naar de huidige grenzen",
    legend: "Gestippelde ring: dicht bij een ander kwadrant",
    spoken_ring: "dicht bij een ander kwadrant",
    applied: "Nieuwe grenzen toegepast: {count} percelen in een ander kwadrant (Ctrl+Z zet ze terug)",
    more: "… en nog {count} percelen",
    summary: SummaryTexts {
        heading: "Samenvatting",
        intro: "De uitkomst van de werksessie op één pagina; de rest van het rapport onderbouwt haar.",
        per_quadrant: "Percelen en uitgaven per kwadrant",
        quadrant_line: "{quadrant}: {lots} percelen, {spend} ({share})",
        unplaced_line: "Nog niet in de matrix: {lots} percelen, {spend} ({share})",
        to_discuss: "Te bespreken: de deelnemers scoren 2 of meer uiteen",
        none: "Geen.",
        open_work: "Nog open: {open} checklistvragen en {hints} aandachtspunten bij de strategieën.",
        late: "Aanbestedingen die te laat beginnen",
        defaults_effect: "Deze matrix gebruikt andere grenzen dan gebruikelijk: risico vanaf {risk} en hoge waarde tot {value} van de uitgaven. Met de gebruikelijke grenzen ({usual_risk} en {usual_value}) lagen {count} percelen in een ander kwadrant:",
        defaults_same: "De grenzen zijn de gebruikelijke: risico vanaf {risk} en hoge waarde tot {value} van de uitgaven.",
        evidence: "Onderbouwing van de schaarste",
        evidence_none: "Er zijn geen marktgegevens bij dit perceel.",
    },
};

const ENGLISH: SensitivityTexts = SensitivityTexts {
    window: CommandText {
        label: "Sensitivity…",
        tooltip: "Which lots one other score or a slightly different threshold would put in another quadrant, and what other thresholds would do",
    },
    marks: CommandText {
        label: "Borderline lots on the matrix",
        tooltip: "A dashed ring around the lots one score step or a few percentage points from another quadrant",
    },
    intro: "A place in the matrix is as firm as the scores beneath it. These lots lie close to a line: discuss them before the matrix goes to the councils.",
    one_step: "One score step from another quadrant",
    one_step_none: "No lot changes quadrant when one score moves one step.",
    near_split: "Close to the value split (within {margin} percentage points)",
    near_split_none: "No lot lies that close to the value split.",
    near_split_line: "{from} → {to}: the lots above it hold {share} of the spend, {distance} percentage points from the split",
    or: "or",
    one_step_line: "{from} → {to} with one step: {steps}",
    by_class: "Spend per risk class",
    class_line: "{class}: {lots} lots, {share} of the spend",
    status: "Risk class none or low: {low} of the spend",
    status_short: "None/low {low}",
    what_if: "What if the thresholds were elsewhere?",
    what_if_hint: "Move the thresholds: the matrix shows them dashed and circles the lots that change quadrant. The workshop changes only with Apply (one step for Ctrl+Z).",
    risk_threshold: "Risk threshold (mean score)",
    value_split: "Value split (share of spend, %)",
    margin: "Close to the value split: within (percentage points)",
    margin_hint: "Lots this close to the value split get a dashed ring (View > Sensitivity); {default} by default, from 0 to {max}.",
    what_if_count: "{count} lots change quadrant",
    what_if_none: "No lot changes quadrant.",
    what_if_line: "{name}: {from} → {to}",
    apply: "Apply",
    reset: "Back to the current thresholds",
    legend: "Dashed ring: close to another quadrant",
    spoken_ring: "close to another quadrant",
    applied: "New thresholds applied: {count} lots in another quadrant (Ctrl+Z puts them back)",
    more: "… and {count} more lots",
    summary: SummaryTexts {
        heading: "Summary",
        intro: "The outcome of the workshop on one page; the rest of the report supports it.",
        per_quadrant: "Lots and spend per quadrant",
        quadrant_line: "{quadrant}: {lots} lots, {spend} ({share})",
        unplaced_line: "Not in the matrix yet: {lots} lots, {spend} ({share})",
        to_discuss: "To discuss: the participants' scores differ by 2 or more",
        none: "None.",
        open_work: "Still open: {open} checklist questions and {hints} strategy hints.",
        late: "Tenders that start late",
        defaults_effect: "This matrix uses other thresholds than usual: risk from {risk} and high value up to {value} of the spend. With the usual thresholds ({usual_risk} and {usual_value}) {count} lots would sit in another quadrant:",
        defaults_same: "The thresholds are the usual ones: risk from {risk} and high value up to {value} of the spend.",
        evidence: "Evidence behind the scarcity score",
        evidence_none: "This lot has no market figures.",
    },
};

/// The sensitivity texts in a language.
pub fn texts(lang: Lang) -> &'static SensitivityTexts {
    match lang {
        Lang::Dutch => &DUTCH,
        Lang::English => &ENGLISH,
    }
}

/// A share with one decimal, as every percentage of the app: `51,6%`.
pub fn percent(value: Decimal) -> String {
    format_percent(value.round_dp(1), 1)
}

/// One step: "impact 1 → 2".
pub fn step(lang: Lang, step: &Step) -> String {
    format!(
        "{} {} → {}",
        lang.texts().criterion(step.criterion).to_lowercase(),
        step.from.number(),
        step.to.number()
    )
}

/// A lot one step away: "Hefboom → Strategisch met één stap: impact 1 → 2 of …".
pub fn one_step_line(lang: Lang, moved: &OneStep) -> String {
    let t = texts(lang);
    let words = lang.texts();
    let steps: Vec<String> = moved.steps.iter().map(|s| step(lang, s)).collect();
    t.one_step_line
        .replace("{from}", words.quadrant(moved.from))
        .replace("{to}", words.quadrant(moved.to))
        .replace("{steps}", &steps.join(&format!(" {} ", t.or)))
}

/// A lot close to the value split.
pub fn near_split_line(lang: Lang, near: &NearSplit) -> String {
    let words = lang.texts();
    texts(lang)
        .near_split_line
        .replace("{from}", words.quadrant(near.from))
        .replace("{to}", words.quadrant(near.to))
        .replace("{share}", &percent(near.share_above_pct))
        .replace(
            "{distance}",
            &format_decimal(near.distance_pct.round_dp(1), 1),
        )
}

/// The status line's share of spend of low risk, long and short.
pub fn status(lang: Lang, sensitivity: &Sensitivity) -> (String, String) {
    let (low, _) = sensitivity.low_and_high_share();
    let t = texts(lang);
    (
        t.status.replace("{low}", &percent(low)),
        t.status_short.replace("{low}", &percent(low)),
    )
}

/// The share of spend of each risk class, a line each (the report, the window, a tooltip).
pub fn class_lines(lang: Lang, sensitivity: &Sensitivity) -> Vec<String> {
    let words = lang.texts();
    (sensitivity.by_class.iter())
        .map(|c| {
            texts(lang)
                .class_line
                .replace("{class}", words.level(c.class))
                .replace("{lots}", &c.lots.to_string())
                .replace("{share}", &percent(c.share_pct))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Criterion, Level};

    #[test]
    fn a_step_reads_with_the_criterion_and_both_levels() {
        let s = Step {
            criterion: Criterion::Scarcity,
            from: Level::Medium,
            to: Level::High,
        };
        assert_eq!(step(Lang::Dutch, &s), "schaarste 2 → 3");
        assert_eq!(step(Lang::English, &s), "scarcity 2 → 3");
        assert_eq!(percent(rust_decimal::dec!(51.5964)), "51,6%");
    }
}
