//! A lot's strategy as one row of typed cells: the *Strategie* sheet of the workbook, the
//! strategy columns at the end of the CSV, and `table --strategy` on the command line all read
//! this one table, so a column means the same everywhere.

use rust_decimal::Decimal;

use crate::locale::Lang;
use crate::locale::strategy::ChoiceName;
use crate::model::contract::lot_value_and_threshold;
use crate::model::hints::{HintInput, hints};
use crate::model::strategy::{FundingSetting, Instrument, ProcurementLaw};
use crate::model::{Lot, Quadrant, Workshop, WorkshopDate};

/// One cell, typed so that the workbook writes numbers as numbers and dates as dates.
#[derive(Clone, Debug, PartialEq)]
pub enum StrategyCell {
    /// Nothing filled in.
    Empty,
    /// A choice: its stable code (CSV) and its name in the table's language.
    Choice {
        /// The code, e.g. `social_services`.
        code: &'static str,
        /// The name, e.g. "Licht regime (SAS)".
        name: &'static str,
    },
    /// Yes or no.
    YesNo(bool),
    /// A whole number (years, counts).
    Whole(u32),
    /// An amount in euros.
    Euro(Decimal),
    /// A date.
    Date(WorkshopDate),
    /// Free text, or several names joined.
    Text(String),
}

/// The columns of the strategy table, in order. Their keys are part of the CSV interface:
/// keep them stable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrategyColumn {
    /// Access now.
    AccessCurrent,
    /// Access proposed.
    AccessProposed,
    /// Supplier management now.
    SupplierManagementCurrent,
    /// Supplier management proposed.
    SupplierManagementProposed,
    /// Contract form now.
    ContractFormCurrent,
    /// Contract form proposed.
    ContractFormProposed,
    /// The contract has a continuity clause.
    ContinuityClause,
    /// Funding now.
    FundingCurrent,
    /// Funding proposed.
    FundingProposed,
    /// The proposed funding has a budget ceiling.
    BudgetCeiling,
    /// The proposed funding starts as a pilot.
    Pilot,
    /// The funding variant changes (a change of course).
    ChangeOfCourse,
    /// The regime.
    Regime,
    /// The procedure within it.
    Procedure,
    /// Services or supplies.
    Nature,
    /// The contract's start.
    Start,
    /// The initial term in years.
    InitialYears,
    /// The number of extension options.
    Extensions,
    /// Years per extension.
    ExtensionYears,
    /// The end with every extension.
    End,
    /// The estimated contract value.
    ContractValue,
    /// The threshold it is tested against.
    Threshold,
    /// At or above the threshold.
    AtOrAboveThreshold,
    /// The target quadrant.
    TargetQuadrant,
    /// The levers.
    Levers,
    /// The consistency hints that fire.
    Hints,
    /// The day the threshold was taken from.
    ThresholdDate,
    /// Where that day comes from: the tender's phase 6, the contract's start, ...
    ThresholdDateBasis,
}

impl StrategyColumn {
    /// Every column, in order.
    pub const ALL: [StrategyColumn; 28] = [
        StrategyColumn::AccessCurrent,
        StrategyColumn::AccessProposed,
        StrategyColumn::SupplierManagementCurrent,
        StrategyColumn::SupplierManagementProposed,
        StrategyColumn::ContractFormCurrent,
        StrategyColumn::ContractFormProposed,
        StrategyColumn::ContinuityClause,
        StrategyColumn::FundingCurrent,
        StrategyColumn::FundingProposed,
        StrategyColumn::BudgetCeiling,
        StrategyColumn::Pilot,
        StrategyColumn::ChangeOfCourse,
        StrategyColumn::Regime,
        StrategyColumn::Procedure,
        StrategyColumn::Nature,
        StrategyColumn::Start,
        StrategyColumn::InitialYears,
        StrategyColumn::Extensions,
        StrategyColumn::ExtensionYears,
        StrategyColumn::End,
        StrategyColumn::ContractValue,
        StrategyColumn::Threshold,
        StrategyColumn::AtOrAboveThreshold,
        StrategyColumn::TargetQuadrant,
        StrategyColumn::Levers,
        StrategyColumn::Hints,
        StrategyColumn::ThresholdDate,
        StrategyColumn::ThresholdDateBasis,
    ];

    /// The columns a terminal table shows (the rest is in the CSV and the workbook).
    pub const TERMINAL: [StrategyColumn; 7] = [
        StrategyColumn::Regime,
        StrategyColumn::Procedure,
        StrategyColumn::ContractFormProposed,
        StrategyColumn::FundingProposed,
        StrategyColumn::End,
        StrategyColumn::ContractValue,
        StrategyColumn::AtOrAboveThreshold,
    ];

    /// The CSV column name.
    pub fn key(self) -> &'static str {
        use StrategyColumn as C;
        match self {
            C::AccessCurrent => "access_current",
            C::AccessProposed => "access_proposed",
            C::SupplierManagementCurrent => "supplier_management_current",
            C::SupplierManagementProposed => "supplier_management_proposed",
            C::ContractFormCurrent => "contract_form_current",
            C::ContractFormProposed => "contract_form_proposed",
            C::ContinuityClause => "continuity_clause",
            C::FundingCurrent => "funding_current",
            C::FundingProposed => "funding_proposed",
            C::BudgetCeiling => "budget_ceiling",
            C::Pilot => "pilot",
            C::ChangeOfCourse => "change_of_course",
            C::Regime => "regime",
            C::Procedure => "procedure",
            C::Nature => "nature",
            C::Start => "start",
            C::InitialYears => "initial_years",
            C::Extensions => "extensions",
            C::ExtensionYears => "extension_years",
            C::End => "end_with_extensions",
            C::ContractValue => "contract_value_eur",
            C::Threshold => "threshold_eur",
            C::AtOrAboveThreshold => "at_or_above_threshold",
            C::TargetQuadrant => "target_quadrant",
            C::Levers => "levers",
            C::Hints => "hints",
            C::ThresholdDate => "threshold_date",
            C::ThresholdDateBasis => "threshold_date_basis",
        }
    }
}

impl ChoiceName for StrategyColumn {
    /// Column headings of the strategy table (workbook, command line).
    fn names(self) -> (&'static str, &'static str) {
        use StrategyColumn as C;
        match self {
            C::AccessCurrent => ("Toegang nu", "Access now"),
            C::AccessProposed => ("Toegang voorstel", "Access proposed"),
            C::SupplierManagementCurrent => {
                ("Leveranciersmanagement nu", "Supplier management now")
            }
            C::SupplierManagementProposed => (
                "Leveranciersmanagement voorstel",
                "Supplier management proposed",
            ),
            C::ContractFormCurrent => ("Contractvorm nu", "Contract form now"),
            C::ContractFormProposed => ("Contractvorm voorstel", "Contract form proposed"),
            C::ContinuityClause => ("Continuïteitsclausule", "Continuity clause"),
            C::FundingCurrent => ("Bekostiging nu", "Funding now"),
            C::FundingProposed => ("Bekostiging voorstel", "Funding proposed"),
            C::BudgetCeiling => ("Budgetplafond", "Budget ceiling"),
            C::Pilot => ("Eerst als pilot", "First as a pilot"),
            C::ChangeOfCourse => ("Koerswijziging", "Change of course"),
            C::Regime => ("Regime", "Regime"),
            C::Procedure => ("Procedure", "Procedure"),
            C::Nature => ("Soort opdracht", "Kind of contract"),
            C::Start => ("Ingangsdatum", "Start date"),
            C::InitialYears => (
                "Looptijd zonder verlengingen (jaren)",
                "Term without extensions (years)",
            ),
            C::Extensions => ("Verlengingen", "Extensions"),
            C::ExtensionYears => ("Jaar per verlenging", "Years per extension"),
            C::End => ("Einde met verlengingen", "End with extensions"),
            C::ContractValue => ("Geraamde opdrachtwaarde", "Estimated contract value"),
            C::Threshold => ("Drempel", "Threshold"),
            C::AtOrAboveThreshold => ("Op of boven drempel", "At or above threshold"),
            C::TargetQuadrant => ("Doelkwadrant", "Target quadrant"),
            C::Levers => ("Acties", "Actions"),
            C::Hints => ("Let op", "Note"),
            C::ThresholdDate => ("Drempel per datum", "Threshold as of"),
            C::ThresholdDateBasis => ("Drempel per datum: waarom", "Threshold as of: why"),
        }
    }
}

fn choice<T: ChoiceName>(
    value: Option<T>,
    code: fn(T) -> &'static str,
    lang: Lang,
) -> StrategyCell {
    value.map_or(StrategyCell::Empty, |v| StrategyCell::Choice {
        code: code(v),
        name: v.name(lang),
    })
}

fn funding(setting: Option<FundingSetting>, lang: Lang) -> StrategyCell {
    choice(setting.map(|f| f.variant), |v| v.code(), lang)
}

fn text(s: &str) -> StrategyCell {
    let s = s.trim();
    if s.is_empty() {
        StrategyCell::Empty
    } else {
        StrategyCell::Text(s.to_string())
    }
}

fn pair<T: ChoiceName>(
    instrument: &Instrument<T>,
    code: fn(T) -> &'static str,
    lang: Lang,
) -> [StrategyCell; 2] {
    [
        choice(instrument.current, code, lang),
        choice(instrument.proposed, code, lang),
    ]
}

/// A lot's strategy as cells in [`StrategyColumn::ALL`] order; `csv` gives the hints as codes
/// instead of sentences.
pub fn strategy_row(
    workshop: &Workshop,
    lot: &Lot,
    quadrant: Option<Quadrant>,
    lang: Lang,
    csv: bool,
) -> Vec<StrategyCell> {
    use StrategyCell as Cell;
    let s = &lot.strategy;
    if s.is_empty() {
        return vec![Cell::Empty; StrategyColumn::ALL.len()];
    }
    let proposed_funding = s.funding.proposed;
    let value = lot_value_and_threshold(workshop, lot);
    // A route outside procurement law has a value but no threshold test.
    let test = value
        .map(|(_, t)| t)
        .filter(|_| s.procurement_law() != ProcurementLaw::DoesNotApply);
    let whole = |n: u8| {
        if n == 0 {
            Cell::Empty
        } else {
            Cell::Whole(u32::from(n))
        }
    };
    let fired: Vec<&str> = hints(&HintInput {
        lot,
        quadrant,
        workshop,
    })
    .into_iter()
    .map(|h| {
        if csv {
            h.code()
        } else {
            crate::locale::strategy::hint(h, lang).0
        }
    })
    .collect();
    let mut row = Vec::with_capacity(StrategyColumn::ALL.len());
    row.extend(pair(&s.access, |v| v.code(), lang));
    row.extend(pair(&s.supplier_management, |v| v.code(), lang));
    row.extend(pair(&s.contract_form, |v| v.code(), lang));
    row.push(Cell::YesNo(s.continuity_clause));
    row.push(funding(s.funding.current, lang));
    row.push(funding(proposed_funding, lang));
    row.push(proposed_funding.map_or(Cell::Empty, |f| Cell::YesNo(f.budget_ceiling)));
    row.push(proposed_funding.map_or(Cell::Empty, |f| Cell::YesNo(f.pilot)));
    row.push(Cell::YesNo(s.changes_course()));
    row.push(choice(s.regime, |v| v.code(), lang));
    row.push(choice(s.effective_procedure(), |v| v.code(), lang));
    row.push(choice(Some(s.nature), |v| v.code(), lang));
    row.push(s.term.start.map_or(Cell::Empty, Cell::Date));
    row.push(whole(s.term.initial_years));
    row.push(whole(s.term.extensions));
    row.push(whole(s.term.extension_years));
    row.push(s.term.end_with_extensions().map_or(Cell::Empty, Cell::Date));
    row.push(value.map_or(Cell::Empty, |(v, _)| Cell::Euro(v)));
    row.push(test.map_or(Cell::Empty, |t| Cell::Euro(t.threshold)));
    row.push(test.map_or(Cell::Empty, |t| Cell::YesNo(t.at_or_above)));
    row.push(choice(s.target_quadrant, |q| q.code(), lang));
    row.push(text(&s.levers));
    row.push(if fired.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(fired.join(if csv { ";" } else { "\n" }))
    });
    row.push(test.map_or(Cell::Empty, |t| Cell::Date(t.day.date())));
    row.push(choice(test.map(|t| t.day), |d| d.code(), lang));
    row
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::contract::{Nature, Term};
    use crate::model::strategy::{Funding, Procedure, Regime};
    use rust_decimal::dec;

    #[test]
    fn every_column_has_a_cell_and_a_unique_key() {
        let mut keys: Vec<&str> = StrategyColumn::ALL.iter().map(|c| c.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), StrategyColumn::ALL.len());

        let mut lot = Lot::new(crate::model::LotId(1), "Hulpmiddelen", dec!(400000));
        lot.strategy.regime = Some(Regime::SocialServices);
        lot.strategy.procedure = Some(Procedure::National);
        lot.strategy.nature = Nature::Supplies;
        lot.strategy.funding.proposed = Some(FundingSetting {
            variant: Funding::Output,
            budget_ceiling: true,
            pilot: false,
        });
        lot.strategy.term = Term {
            start: WorkshopDate::new(2026, 1, 1),
            initial_years: 4,
            extensions: 2,
            extension_years: 1,
        };
        let workshop = Workshop::default();
        let row = strategy_row(&workshop, &lot, None, Lang::Dutch, true);
        assert_eq!(row.len(), StrategyColumn::ALL.len());
        let at = |c: StrategyColumn| {
            let i = StrategyColumn::ALL
                .iter()
                .position(|x| *x == c)
                .expect("column");
            row[i].clone()
        };
        assert_eq!(
            at(StrategyColumn::ContractValue),
            StrategyCell::Euro(dec!(2400000))
        );
        assert_eq!(
            at(StrategyColumn::AtOrAboveThreshold),
            StrategyCell::YesNo(true)
        );
        assert_eq!(
            at(StrategyColumn::End),
            StrategyCell::Date(WorkshopDate::new(2031, 12, 31).expect("date"))
        );
        assert_eq!(at(StrategyColumn::BudgetCeiling), StrategyCell::YesNo(true));
        assert_eq!(
            at(StrategyColumn::Hints),
            StrategyCell::Text(
                "social_regime_for_supplies;below_threshold_procedure_above_it".into()
            )
        );
        assert!(
            strategy_row(
                &workshop,
                &Lot::new(crate::model::LotId(2), "Leeg", dec!(1)),
                None,
                Lang::Dutch,
                false
            )
            .iter()
            .all(|c| *c == StrategyCell::Empty)
        );
    }
}
