//! The texts of the kaders: the Strategy tab's section, the edit window, the overview and the
//! report's table, in both languages.

use super::Lang;
use super::ui::CommandText;
use crate::model::kader::{KaderKind, KaderStatus};

/// Labels and sentences about kaders.
#[derive(Debug)]
pub struct KaderTexts {
    /// Command: the edit window.
    pub edit: CommandText,
    /// Command: the kader × lot overview.
    pub overview: CommandText,
    /// Command: take kaders over from another workshop file.
    pub take_over: CommandText,
    /// Heading of the section on the Strategy tab and of the report's table.
    pub heading: &'static str,
    /// Field: how this lot meets the kader.
    pub how: &'static str,
    /// Field when the kader does not apply: why not.
    pub why_not: &'static str,
    /// The kader does not apply.
    pub not_applicable: &'static str,
    /// The workshop has no kaders yet.
    pub none_yet: &'static str,
    /// Edit window: title of a kader.
    pub title: &'static str,
    /// Edit window: what it asks.
    pub text: &'static str,
    /// Edit window: add a kader.
    pub add: &'static str,
    /// Edit window: delete a kader (its answers go with it).
    pub delete: &'static str,
    /// Edit window: move up.
    pub up: &'static str,
    /// Edit window: move down.
    pub down: &'static str,
    /// Edit window: add the built-in NMD 2023 set (titles not there yet).
    pub insert_built_in: &'static str,
    /// A new kader's title.
    pub new_title: &'static str,
    /// Overview: lot column.
    pub lot: &'static str,
    /// Workbook: kind column.
    pub kind: &'static str,
    /// Workbook: status column.
    pub status: &'static str,
    /// Overview: the legend of the symbols.
    pub legend: &'static str,
    /// Message title after a take-over.
    pub taken_over_title: &'static str,
    /// Answered count on the Strategy tab ("{n}/{m} kaders beantwoord").
    pub answered: &'static str,
    /// Overview: the heading of the column of answered counts.
    pub answered_column: &'static str,
}

const DUTCH: KaderTexts = KaderTexts {
    edit: CommandText {
        label: "Kaders…",
        tooltip: "De uitgangspunten en kaders van de regio bekijken en bewerken",
    },
    overview: CommandText {
        label: "Kaders per perceel…",
        tooltip: "Per perceel en kader: beantwoord, niet van toepassing of nog open",
    },
    take_over: CommandText {
        label: "Kaders overnemen uit bestand…",
        tooltip: "De kaders van een andere werksessie toevoegen (bestaande blijven staan)",
    },
    heading: "Kaders",
    how: "Hoe voldoet dit perceel eraan?",
    why_not: "Waarom niet van toepassing?",
    not_applicable: "n.v.t.",
    none_yet: "Deze werksessie heeft nog geen kaders. Voeg ze toe via Perceel > Kaders.",
    title: "Titel",
    text: "Wat het vraagt",
    add: "Kader toevoegen",
    delete: "Verwijderen",
    up: "Omhoog",
    down: "Omlaag",
    insert_built_in: "Kaders NMD 2023 toevoegen",
    new_title: "Nieuw kader",
    lot: "Perceel",
    kind: "Soort",
    status: "Stand",
    legend: "\u{2713} beantwoord \u{2022} n.v.t. niet van toepassing \u{2022} \u{2013} nog open",
    taken_over_title: "Kaders overgenomen",
    answered: "kaders beantwoord",
    answered_column: "Beantwoord",
};

const ENGLISH: KaderTexts = KaderTexts {
    edit: CommandText {
        label: "Kaders…",
        tooltip: "View and edit the region's guiding principles and frames",
    },
    overview: CommandText {
        label: "Kaders by lot…",
        tooltip: "For each lot and kader: answered, does not apply, or still open",
    },
    take_over: CommandText {
        label: "Take kaders over from a file…",
        tooltip: "Add the kaders of another workshop (the ones here stay)",
    },
    heading: "Kaders",
    how: "How does this lot meet it?",
    why_not: "Why does it not apply?",
    not_applicable: "n/a",
    none_yet: "This workshop has no kaders yet. Add them with Lot > Kaders.",
    title: "Title",
    text: "What it asks",
    add: "Add a kader",
    delete: "Delete",
    up: "Up",
    down: "Down",
    insert_built_in: "Add the NMD 2023 kaders",
    new_title: "New kader",
    lot: "Lot",
    kind: "Kind",
    status: "Status",
    legend: "\u{2713} answered \u{2022} n/a does not apply \u{2022} \u{2013} still open",
    taken_over_title: "Kaders taken over",
    answered: "kaders answered",
    answered_column: "Answered",
};

/// The kader texts in a language.
pub fn texts(lang: Lang) -> &'static KaderTexts {
    match lang {
        Lang::Dutch => &DUTCH,
        Lang::English => &ENGLISH,
    }
}

/// The name of a kind.
pub fn kind_name(kind: KaderKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (KaderKind::Principle, Lang::Dutch) => "Uitgangspunt",
        (KaderKind::Goal, Lang::Dutch) => "Inkoopdoel",
        (KaderKind::Frame, Lang::Dutch) => "Kader",
        (KaderKind::Principle, Lang::English) => "Guiding principle",
        (KaderKind::Goal, Lang::English) => "Purchasing goal",
        (KaderKind::Frame, Lang::English) => "Frame",
    }
}

/// A kader's short mark in a table's heading: the kind's letter and its number ("K6").
pub fn short(kaders: &[crate::model::kader::Kader], index: usize, lang: Lang) -> String {
    let kader = &kaders[index];
    let number = crate::model::kader::number_of(kaders, kader.id).unwrap_or(index + 1);
    let letter: String = kind_name(kader.kind, lang).chars().take(1).collect();
    format!("{letter}{number}")
}

/// A kader as its note cites it: "Kader 6: We investeren in strategisch partnerschap", numbered
/// among the kaders of its kind ([`crate::model::kader::number_of`]).
pub fn numbered(kaders: &[crate::model::kader::Kader], index: usize, lang: Lang) -> String {
    let kader = &kaders[index];
    let number = crate::model::kader::number_of(kaders, kader.id).unwrap_or(index + 1);
    format!("{} {number}: {}", kind_name(kader.kind, lang), kader.title)
}

/// The symbol of a lot's status on a kader (never colour alone).
pub fn status_mark(status: KaderStatus, lang: Lang) -> &'static str {
    match status {
        KaderStatus::Met => "\u{2713}",
        KaderStatus::NotApplicable => texts(lang).not_applicable,
        KaderStatus::Open => "\u{2013}",
    }
}

/// How many lots stand where on a kader, in words: "beantwoord 3 • n.v.t. 1 • open 25".
pub fn counts(met: usize, not_applicable: usize, open: usize, lang: Lang) -> String {
    match lang {
        Lang::Dutch => {
            format!("beantwoord {met} \u{2022} n.v.t. {not_applicable} \u{2022} open {open}")
        }
        Lang::English => {
            format!("answered {met} \u{2022} n/a {not_applicable} \u{2022} open {open}")
        }
    }
}

/// The message after a take-over.
pub fn taken_over(added: usize, file: &str, lang: Lang) -> String {
    match lang {
        Lang::Dutch if added == 0 => {
            format!("{file} heeft geen kaders die deze werksessie nog niet heeft.")
        }
        Lang::Dutch => format!("{added} kaders overgenomen uit {file}."),
        Lang::English if added == 0 => {
            format!("{file} has no kaders this workshop does not have yet.")
        }
        Lang::English => format!("Took {added} kaders over from {file}."),
    }
}
