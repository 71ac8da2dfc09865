//! A lot's strategy in a workshop file (since format version 5) and its conversion to and from
//! the model. Choices are written as their stable codes; a code this version does not know (a
//! newer program's, or a typo) is skipped with a warning instead of refusing the file.

use serde::{Deserialize, Serialize};

use super::clean::cleaned;
use super::error::ProblemKind;
use super::path::FieldPath;
use super::schema::is_false;
use crate::model::contract::{Nature, Term};
use crate::model::strategy::{
    Access, ContractForm, Funding, FundingSetting, Instrument, Procedure, Regime, Strategy,
    SupplierManagement,
};
use crate::model::text::TextKind;
use crate::model::{Quadrant, WorkshopDate};

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct StrategyFile {
    #[serde(skip_serializing_if = "InstrumentFile::is_empty")]
    access: InstrumentFile<String>,
    #[serde(skip_serializing_if = "InstrumentFile::is_empty")]
    supplier_management: InstrumentFile<String>,
    #[serde(skip_serializing_if = "InstrumentFile::is_empty")]
    contract_form: InstrumentFile<String>,
    #[serde(skip_serializing_if = "InstrumentFile::is_empty")]
    funding: InstrumentFile<FundingFile>,
    #[serde(skip_serializing_if = "Option::is_none")]
    regime: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    procedure: Option<String>,
    #[serde(skip_serializing_if = "TermFile::is_empty")]
    term: TermFile,
    #[serde(skip_serializing_if = "Option::is_none")]
    nature: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target_quadrant: Option<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    levers: String,
    /// Since format version 6.
    #[serde(skip_serializing_if = "is_false")]
    continuity_clause: bool,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(default)]
struct InstrumentFile<T> {
    #[serde(skip_serializing_if = "Option::is_none")]
    current: Option<T>,
    #[serde(skip_serializing_if = "Option::is_none")]
    proposed: Option<T>,
    #[serde(skip_serializing_if = "String::is_empty")]
    note: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    rationale: String,
}

impl<T> Default for InstrumentFile<T> {
    fn default() -> Self {
        InstrumentFile {
            current: None,
            proposed: None,
            note: String::new(),
            rationale: String::new(),
        }
    }
}

impl<T> InstrumentFile<T> {
    fn is_empty(&self) -> bool {
        self.current.is_none()
            && self.proposed.is_none()
            && self.note.is_empty()
            && self.rationale.is_empty()
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct FundingFile {
    variant: String,
    #[serde(skip_serializing_if = "is_false")]
    budget_ceiling: bool,
    #[serde(skip_serializing_if = "is_false")]
    pilot: bool,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct TermFile {
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<String>,
    #[serde(skip_serializing_if = "is_zero")]
    initial_years: u8,
    #[serde(skip_serializing_if = "is_zero")]
    extensions: u8,
    #[serde(skip_serializing_if = "is_zero")]
    extension_years: u8,
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}

impl TermFile {
    fn is_empty(&self) -> bool {
        self.start.is_none()
            && self.initial_years == 0
            && self.extensions == 0
            && self.extension_years == 0
    }
}

impl StrategyFile {
    /// Whether nothing is filled in (not written).
    pub fn is_empty(&self) -> bool {
        self.access.is_empty()
            && self.supplier_management.is_empty()
            && self.contract_form.is_empty()
            && self.funding.is_empty()
            && self.regime.is_none()
            && self.procedure.is_none()
            && self.term.is_empty()
            && self.nature.is_none()
            && self.target_quadrant.is_none()
            && self.levers.is_empty()
            && !self.continuity_clause
    }

    /// The file form of a lot's strategy.
    pub fn from_model(strategy: &Strategy) -> StrategyFile {
        let code = |c: &'static str| c.to_string();
        StrategyFile {
            access: instrument_file(&strategy.access, |a| code(a.code())),
            supplier_management: instrument_file(&strategy.supplier_management, |s| code(s.code())),
            contract_form: instrument_file(&strategy.contract_form, |c| code(c.code())),
            funding: instrument_file(&strategy.funding, |f| FundingFile {
                variant: code(f.variant.code()),
                budget_ceiling: f.budget_ceiling,
                pilot: f.pilot,
            }),
            regime: strategy.regime.map(|r| code(r.code())),
            procedure: strategy.procedure.map(|p| code(p.code())),
            term: TermFile {
                start: strategy.term.start.map(|d| d.to_string()),
                initial_years: strategy.term.initial_years,
                extensions: strategy.term.extensions,
                extension_years: strategy.term.extension_years,
            },
            nature: (strategy.nature != Nature::default()).then(|| code(strategy.nature.code())),
            target_quadrant: strategy.target_quadrant.map(|q| code(q.code())),
            levers: strategy.levers.clone(),
            continuity_clause: strategy.continuity_clause,
        }
    }

    /// The model's strategy; a value this version does not know is left out and reported.
    pub fn into_model(
        self,
        path: &FieldPath,
        report: &mut dyn FnMut(FieldPath, ProblemKind),
    ) -> Strategy {
        let access = read_instrument(self.access, "access", path, report, Access::from_code);
        let supplier_management = read_instrument(
            self.supplier_management,
            "supplier_management",
            path,
            report,
            SupplierManagement::from_code,
        );
        let contract_form = read_instrument(
            self.contract_form,
            "contract_form",
            path,
            report,
            ContractForm::from_code,
        );
        let funding = read_funding(self.funding, path, report);
        let regime = read_code(self.regime, "regime", path, report, Regime::from_code);
        let procedure = read_code(
            self.procedure,
            "procedure",
            path,
            report,
            Procedure::from_code,
        );
        let nature = read_code(self.nature, "nature", path, report, Nature::from_code);
        let target_quadrant = read_code(
            self.target_quadrant,
            "target_quadrant",
            path,
            report,
            Quadrant::from_code,
        );
        let start = self.term.start.and_then(|text| {
            let date = text.parse::<WorkshopDate>().ok();
            if date.is_none() {
                report(
                    path.then("term").then("start"),
                    ProblemKind::InvalidDate { text },
                );
            }
            date
        });
        let mut strategy = Strategy {
            access,
            supplier_management,
            contract_form,
            funding,
            regime,
            procedure,
            term: Term {
                start,
                initial_years: self.term.initial_years,
                extensions: self.term.extensions,
                extension_years: self.term.extension_years,
            },
            nature: nature.unwrap_or_default(),
            target_quadrant,
            levers: self.levers,
            continuity_clause: self.continuity_clause,
        };
        clean_texts(&mut strategy, path, report);
        strategy
    }
}

/// Cleans the strategy's free texts by the one rule for texts, saying where it changed them.
fn clean_texts(
    strategy: &mut Strategy,
    path: &FieldPath,
    report: &mut dyn FnMut(FieldPath, ProblemKind),
) {
    let s = strategy;
    let texts: [(&str, &str, &mut String); 9] = [
        ("access", "note", &mut s.access.note),
        ("access", "rationale", &mut s.access.rationale),
        (
            "supplier_management",
            "note",
            &mut s.supplier_management.note,
        ),
        (
            "supplier_management",
            "rationale",
            &mut s.supplier_management.rationale,
        ),
        ("contract_form", "note", &mut s.contract_form.note),
        ("contract_form", "rationale", &mut s.contract_form.rationale),
        ("funding", "note", &mut s.funding.note),
        ("funding", "rationale", &mut s.funding.rationale),
        ("levers", "", &mut s.levers),
    ];
    let mut say = |at: FieldPath, _: Option<&str>, kind: ProblemKind| report(at, kind);
    for (field, inner, text) in texts {
        let mut at = path.then(field);
        if !inner.is_empty() {
            at = at.then(inner);
        }
        *text = cleaned(text, TextKind::Lines, at, None, &mut say);
    }
}

fn instrument_file<T: Copy, F>(
    instrument: &Instrument<T>,
    to_file: impl Fn(T) -> F,
) -> InstrumentFile<F> {
    InstrumentFile {
        current: instrument.current.map(&to_file),
        proposed: instrument.proposed.map(&to_file),
        note: instrument.note.clone(),
        rationale: instrument.rationale.clone(),
    }
}

/// A choice by its code; an unknown code is reported and left out.
fn read_code<T>(
    text: Option<String>,
    field: &str,
    path: &FieldPath,
    report: &mut dyn FnMut(FieldPath, ProblemKind),
    parse: fn(&str) -> Option<T>,
) -> Option<T> {
    let text = text?;
    let value = parse(&text);
    if value.is_none() {
        report(path.then(field), ProblemKind::UnknownChoice { text });
    }
    value
}

fn read_instrument<T>(
    file: InstrumentFile<String>,
    field: &str,
    path: &FieldPath,
    report: &mut dyn FnMut(FieldPath, ProblemKind),
    parse: fn(&str) -> Option<T>,
) -> Instrument<T> {
    let at = path.then(field);
    Instrument {
        current: read_code(file.current, "current", &at, report, parse),
        proposed: read_code(file.proposed, "proposed", &at, report, parse),
        note: file.note,
        rationale: file.rationale,
    }
}

fn read_funding(
    file: InstrumentFile<FundingFile>,
    path: &FieldPath,
    report: &mut dyn FnMut(FieldPath, ProblemKind),
) -> Instrument<FundingSetting> {
    let at = path.then("funding");
    let mut setting = |which: &str, funding: Option<FundingFile>| {
        let funding = funding?;
        let here = at.then(which);
        let variant = read_code(
            Some(funding.variant),
            "variant",
            &here,
            report,
            Funding::from_code,
        )?;
        Some(FundingSetting {
            variant,
            budget_ceiling: funding.budget_ceiling,
            pilot: funding.pilot,
        })
    };
    Instrument {
        current: setting("current", file.current),
        proposed: setting("proposed", file.proposed),
        note: file.note,
        rationale: file.rationale,
    }
}

#[cfg(test)]
mod tests {
    use crate::model::strategy::{Procedure, Regime};
    use crate::model::{Lot, LotId, Workshop};
    use rust_decimal::dec;

    #[test]
    fn the_sas_procedure_is_written_by_its_code_and_read_back() {
        let mut lot = Lot::new(LotId(1), "Dagbesteding", dec!(900000));
        lot.strategy.regime = Some(Regime::SocialServices);
        lot.strategy.procedure = Some(Procedure::SasOwnDesign);
        let workshop = Workshop {
            lots: vec![lot],
            highest_lot_id: 1,
            ..Workshop::default()
        };
        let text = super::super::to_text(&workshop).expect("writes");
        assert!(text.contains("procedure: \"sas_own_design\""), "{text}");
        let loaded = super::super::load_str(&text).expect("reads");
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        assert_eq!(loaded.workshop, workshop);
    }
}
