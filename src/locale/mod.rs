//! The language, the texts people read in Dutch (default) and English, and Dutch number
//! formatting. Layer 2: it imports only the model (`docs/architecture.md`); the texts of a
//! higher layer's errors sit beside their types there (e.g. `format::messages`).
//!
//! Fixed texts live in one [`Texts`] table per language, so a text missing in one language is a
//! compile error. Texts with values in them are functions in the module of their subject.

pub mod access;
pub mod cleaning;
pub mod cli;
pub mod clipboard;
pub mod exchange;
pub mod files;
pub mod kaders;
pub mod keys;
pub mod number;
pub mod phone;
pub mod planning;
pub mod room;
pub mod safety;
pub mod scale;
pub mod sensitivity;
pub mod strategy;
pub mod threshold;
pub mod tour;
pub mod ui;

use crate::model::{AbcBand, Criterion, Law, Level, Quadrant, ValueClass};

/// The language of the texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Dutch,
    /// English.
    English,
}

impl Lang {
    /// Both languages.
    pub const ALL: [Lang; 2] = [Lang::Dutch, Lang::English];

    /// The ISO 639-1 code: `nl` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Dutch => "nl",
            Lang::English => "en",
        }
    }

    /// The language for a code (`nl`, `en`, case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The text of a bilingual catalogue entry in this language.
    pub fn pick(self, text: &crate::model::Bilingual) -> &str {
        match self {
            Lang::Dutch => &text.nl,
            Lang::English => &text.en,
        }
    }

    /// The fixed texts of this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Dutch => &DUTCH,
            Lang::English => &ENGLISH,
        }
    }
}

/// The fixed texts of one language.
#[derive(Debug)]
pub struct Texts {
    /// Names of the levels 0-3.
    pub levels: [&'static str; 4],
    /// Names of the quadrants, in [`Quadrant::ALL`] order.
    pub quadrants: [&'static str; 4],
    /// What each quadrant means for the strategy, in [`Quadrant::ALL`] order.
    pub quadrant_advice: [&'static str; 4],
    /// Names of the value classes: high, low.
    pub value_classes: [&'static str; 2],
    /// Names of the laws, in [`Law::ALL`] order.
    pub laws: [&'static str; 4],
    /// Names of the criteria, in [`Criterion::ALL`] order.
    pub criteria: [&'static str; 3],
    /// The question each criterion asks, in [`Criterion::ALL`] order.
    pub criterion_questions: [&'static str; 3],
    /// Shown for a lot that has not been scored on all three criteria.
    pub not_scored: &'static str,
    /// Column headers of the portfolio table.
    pub table_headers: TableHeaders,
}

/// Column headers of the portfolio table.
#[derive(Debug)]
pub struct TableHeaders {
    /// Rank.
    pub rank: &'static str,
    /// Lot.
    pub lot: &'static str,
    /// Annual spend.
    pub spend: &'static str,
    /// Cumulative share.
    pub cumulative: &'static str,
    /// ABC band.
    pub abc: &'static str,
    /// Risk mean.
    pub risk: &'static str,
    /// Risk class.
    pub risk_class: &'static str,
    /// Value class.
    pub value: &'static str,
    /// Quadrant.
    pub quadrant: &'static str,
    /// The totals line.
    pub total: &'static str,
}

static DUTCH: Texts = Texts {
    levels: ["Geen", "Laag", "Middel", "Hoog"],
    quadrants: ["Hefboom", "Strategisch", "Routine", "Knelpunt"],
    quadrant_advice: [
        "Veel aanbieders en een groot volume: prijs en voorwaarden zijn te onderhandelen. Zet concurrentie in.",
        "Eén of enkele aanbieders en hoge kosten: werk aan partnerschap en lange, goed doordachte contracten.",
        "Ruim aanbod en weinig geld: houd het proces eenvoudig en de administratieve last laag.",
        "Eén of enkele aanbieders en weinig geld: borg beschikbaarheid en tijdige levering, zoek naar alternatieven.",
    ],
    value_classes: ["Hoog", "Laag"],
    laws: ["Jeugdwet", "Wmo", "Jeugdwet en Wmo", "Anders"],
    criteria: ["Impact", "Schaarste", "Omschakeling"],
    criterion_questions: [
        "Hoe ernstig is het als de levering van deze dienst stokt?",
        "Hoe weinig andere diensten of aanbieders zijn er beschikbaar?",
        "Hoe moeilijk en traag is overstappen op een alternatief?",
    ],
    not_scored: "nog niet gescoord",
    table_headers: TableHeaders {
        rank: "Nr",
        lot: "Perceel",
        spend: "Uitgaven per jaar",
        cumulative: "Cumulatief",
        abc: "ABC",
        risk: "Risico",
        risk_class: "Risicoklasse",
        value: "Waarde",
        quadrant: "Kwadrant",
        total: "Totaal",
    },
};

static ENGLISH: Texts = Texts {
    levels: ["None", "Low", "Medium", "High"],
    quadrants: ["Leverage", "Strategic", "Routine", "Bottleneck"],
    quadrant_advice: [
        "Many providers and a large volume: prices and terms are negotiable. Use competition.",
        "One or a few providers and high cost: work towards partnership and long, well-built contracts.",
        "Plenty of supply and little money: keep the process simple and the paperwork light.",
        "One or a few providers and little money: secure availability and timely delivery, look for alternatives.",
    ],
    value_classes: ["High", "Low"],
    laws: [
        "Youth Act (Jeugdwet)",
        "Social Support Act (Wmo)",
        "Both acts",
        "Other",
    ],
    criteria: ["Impact", "Scarcity", "Switching"],
    criterion_questions: [
        "How bad is it when the supply of this service is disrupted?",
        "How few other services or providers are available?",
        "How hard and slow is it to switch to an alternative?",
    ],
    not_scored: "not yet scored",
    table_headers: TableHeaders {
        rank: "No",
        lot: "Lot",
        spend: "Annual spend",
        cumulative: "Cumulative",
        abc: "ABC",
        risk: "Risk",
        risk_class: "Risk class",
        value: "Value",
        quadrant: "Quadrant",
        total: "Total",
    },
};

impl Texts {
    /// The name of a level.
    pub fn level(&self, level: Level) -> &'static str {
        self.levels[usize::from(level.number())]
    }

    /// The name of a quadrant.
    pub fn quadrant(&self, quadrant: Quadrant) -> &'static str {
        self.quadrants[quadrant_index(quadrant)]
    }

    /// What a quadrant means for the strategy.
    pub fn quadrant_advice(&self, quadrant: Quadrant) -> &'static str {
        self.quadrant_advice[quadrant_index(quadrant)]
    }

    /// The name of a value class.
    pub fn value_class(&self, class: ValueClass) -> &'static str {
        match class {
            ValueClass::High => self.value_classes[0],
            ValueClass::Low => self.value_classes[1],
        }
    }

    /// The name of a law.
    pub fn law(&self, law: Law) -> &'static str {
        self.laws[Law::ALL.iter().position(|l| *l == law).unwrap_or(3)]
    }

    /// The name of a criterion.
    pub fn criterion(&self, criterion: Criterion) -> &'static str {
        self.criteria[criterion_index(criterion)]
    }

    /// The question a criterion asks.
    pub fn criterion_question(&self, criterion: Criterion) -> &'static str {
        self.criterion_questions[criterion_index(criterion)]
    }

    /// The letter of an ABC band (the same in every language).
    pub fn abc_band(&self, band: AbcBand) -> &'static str {
        band.letter()
    }
}

fn quadrant_index(quadrant: Quadrant) -> usize {
    Quadrant::ALL
        .iter()
        .position(|q| *q == quadrant)
        .unwrap_or(0)
}

fn criterion_index(criterion: Criterion) -> usize {
    Criterion::ALL
        .iter()
        .position(|c| *c == criterion)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("EN"), Some(Lang::English));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::default(), Lang::Dutch);
    }

    #[test]
    fn no_text_is_empty_and_names_are_distinct() {
        for lang in Lang::ALL {
            let t = lang.texts();
            let all: Vec<&str> = t
                .levels
                .iter()
                .chain(&t.quadrants)
                .chain(&t.quadrant_advice)
                .chain(&t.value_classes)
                .chain(&t.laws)
                .chain(&t.criteria)
                .chain(&t.criterion_questions)
                .copied()
                .collect();
            assert!(all.iter().all(|s| !s.trim().is_empty()), "{lang:?}");
            let mut quadrants = t.quadrants.to_vec();
            quadrants.dedup();
            assert_eq!(quadrants.len(), 4);
        }
        assert_eq!(Lang::Dutch.texts().quadrant(Quadrant::Leverage), "Hefboom");
        assert_eq!(
            Lang::English.texts().quadrant(Quadrant::Bottleneck),
            "Bottleneck"
        );
        assert_eq!(Lang::Dutch.texts().level(Level::Medium), "Middel");
    }
}
