//! Texts of import, export and the strategy report, in both languages.

use super::Lang;

/// The texts of import, export and the report.
#[derive(Debug)]
pub struct ExchangeTexts {
    /// "Total" before an amount.
    pub total: &'static str,
    /// Report: title of the document when the workshop has none.
    pub report_title: &'static str,
    /// Report: "Strategy report".
    pub report_kind: &'static str,
    /// Report: organisation label.
    pub organisation: &'static str,
    /// Report: date label.
    pub date: &'static str,
    /// Report: municipalities label.
    pub municipalities: &'static str,
    /// Report: participants label.
    pub participants: &'static str,
    /// Report: lots label.
    pub lots: &'static str,
    /// Report: heading of the matrix page.
    pub matrix: &'static str,
    /// Report: heading of the portfolio table.
    pub portfolio: &'static str,
    /// Report/sheet column headings: rank, lot, law, spend, share, cumulative, band, impact,
    /// scarcity, switching, risk, risk class, value, quadrant.
    pub columns: [&'static str; 14],
    /// Report: heading of a lot's scores.
    pub scores: &'static str,
    /// Report: "what it means" heading.
    pub meaning: &'static str,
    /// Report: checklist heading.
    pub checklist: &'static str,
    /// Report: notes heading.
    pub notes: &'static str,
    /// Report: decision heading.
    pub decision: &'static str,
    /// Report: record (decisions, issues, actions) heading.
    pub record: &'static str,
    /// Report: shown for an empty answer.
    pub not_answered: &'static str,
    /// Report: heading of the questions not answered yet.
    pub open: &'static str,
    /// Report: "not yet scored".
    pub not_scored: &'static str,
    /// Report: page footer "page {n} of {m}" parts.
    pub page: &'static str,
    /// Report: "of" in the page footer.
    pub of: &'static str,
    /// Report: made with (footer of the title page).
    pub made_with: &'static str,
    /// Sheet names: portfolio, checklist answers, decisions.
    pub sheet_names: [&'static str; 3],
    /// Checklist sheet headings: lot, topic, question, answer, note.
    pub checklist_columns: [&'static str; 5],
    /// Decisions sheet headings: lot, kind, text, who, by when, done.
    pub record_columns: [&'static str; 6],
}

/// Dutch.
pub const DUTCH: ExchangeTexts = ExchangeTexts {
    total: "Totaal",
    report_title: "Inkoopstrategie",
    report_kind: "Strategierapport",
    organisation: "Samenwerking",
    date: "Datum",
    municipalities: "Gemeenten",
    participants: "Deelnemers",
    lots: "Percelen",
    matrix: "Kraljic-matrix",
    portfolio: "Portfolio",
    columns: [
        "Nr",
        "Perceel",
        "Wet",
        "Uitgaven",
        "Aandeel",
        "Cumulatief",
        "ABC",
        "Impact",
        "Schaarste",
        "Omschakeling",
        "Risico",
        "Risicoklasse",
        "Waarde",
        "Kwadrant",
    ],
    scores: "Scores",
    meaning: "Wat dit betekent",
    checklist: "Checklist",
    notes: "Aantekeningen",
    decision: "Besluit",
    record: "Vastgelegd in de sessie",
    not_answered: "(nog niet beantwoord)",
    open: "Nog open",
    not_scored: "nog niet gescoord",
    page: "Pagina",
    of: "van",
    made_with: "Gemaakt met Kraljic Workshop",
    sheet_names: ["Portfolio", "Checklist", "Besluiten"],
    checklist_columns: ["Perceel", "Onderwerp", "Vraag", "Antwoord", "Toelichting"],
    record_columns: ["Perceel", "Soort", "Tekst", "Wie", "Uiterlijk", "Gedaan"],
};

/// English.
pub const ENGLISH: ExchangeTexts = ExchangeTexts {
    total: "Total",
    report_title: "Procurement strategy",
    report_kind: "Strategy report",
    organisation: "Collaboration",
    date: "Date",
    municipalities: "Municipalities",
    participants: "Participants",
    lots: "Lots",
    matrix: "Kraljic matrix",
    portfolio: "Portfolio",
    columns: [
        "No",
        "Lot",
        "Law",
        "Spend",
        "Share",
        "Cumulative",
        "ABC",
        "Impact",
        "Scarcity",
        "Switching",
        "Risk",
        "Risk class",
        "Value",
        "Quadrant",
    ],
    scores: "Scores",
    meaning: "What this means",
    checklist: "Checklist",
    notes: "Notes",
    decision: "Decision",
    record: "Recorded in the session",
    not_answered: "(not answered yet)",
    open: "Still open",
    not_scored: "not scored yet",
    page: "Page",
    of: "of",
    made_with: "Made with Kraljic Workshop",
    sheet_names: ["Portfolio", "Checklist", "Decisions"],
    checklist_columns: ["Lot", "Topic", "Question", "Answer", "Note"],
    record_columns: ["Lot", "Kind", "Text", "Who", "By", "Done"],
};

impl Lang {
    /// The texts of import, export and the report.
    pub fn exchange(self) -> &'static ExchangeTexts {
        match self {
            Lang::Dutch => &DUTCH,
            Lang::English => &ENGLISH,
        }
    }
}
