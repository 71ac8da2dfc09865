//! The checklist's procedure and funding answers of files before format version 6. They mixed
//! regimes, procedures and contract forms in one list; since version 6 the Strategy tab holds
//! these choices as three separate answers, and an old answer is taken over into the lot's
//! strategy on load ([`ROUTES`] is the mapping, one row per old value).

use serde::{Deserialize, Serialize};

use crate::model::strategy::{ContractForm, Funding, FundingSetting, Procedure, Regime, Strategy};

/// The old checklist's procedures, as written in files up to version 5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum LegacyProcedure {
    OpenHouse,
    PublicTender,
    Restricted,
    SocialServicesRegime,
    BelowThreshold,
    Subsidy,
    InHouse,
    FrameworkSingle,
    FrameworkMultiple,
    Consortium,
}

/// The old checklist's funding models, as written in files up to version 5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum LegacyFunding {
    Effort,
    Output,
    Task,
}

/// An old answer that belongs on the Strategy tab now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LegacyChoice {
    /// The old procedure answer.
    Procedure(LegacyProcedure),
    /// The old funding answer.
    Funding(LegacyFunding),
}

impl LegacyChoice {
    /// The old value as the file wrote it, e.g. `PublicTender`.
    pub(crate) fn as_written(self) -> String {
        match self {
            LegacyChoice::Procedure(p) => format!("{p:?}"),
            LegacyChoice::Funding(f) => format!("{f:?}"),
        }
    }
}

/// What an old procedure means in the strategy's three answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Route {
    pub regime: Option<Regime>,
    pub procedure: Option<Procedure>,
    pub contract_form: Option<ContractForm>,
}

const fn route(
    regime: Option<Regime>,
    procedure: Option<Procedure>,
    contract_form: Option<ContractForm>,
) -> Route {
    Route {
        regime,
        procedure,
        contract_form,
    }
}

/// Every old procedure and what it becomes. A below-threshold procedure was national or
/// single-quote: it becomes the national procedure without a regime; a framework agreement with
/// several providers becomes one with a few selected providers.
pub(crate) const ROUTES: [(LegacyProcedure, Route); 10] = {
    use LegacyProcedure as L;
    [
        (L::OpenHouse, route(Some(Regime::OpenHouse), None, None)),
        (
            L::PublicTender,
            route(Some(Regime::European), Some(Procedure::Open), None),
        ),
        (
            L::Restricted,
            route(Some(Regime::European), Some(Procedure::Restricted), None),
        ),
        (
            L::SocialServicesRegime,
            route(Some(Regime::SocialServices), None, None),
        ),
        (
            L::BelowThreshold,
            route(None, Some(Procedure::National), None),
        ),
        (L::Subsidy, route(Some(Regime::Subsidy), None, None)),
        (L::InHouse, route(Some(Regime::InHouse), None, None)),
        (
            L::FrameworkSingle,
            route(None, None, Some(ContractForm::FrameworkOne)),
        ),
        (
            L::FrameworkMultiple,
            route(None, None, Some(ContractForm::FrameworkFew)),
        ),
        (
            L::Consortium,
            route(None, None, Some(ContractForm::Consortium)),
        ),
    ]
};

/// The route of an old procedure.
pub(crate) fn route_of(old: LegacyProcedure) -> Route {
    ROUTES
        .iter()
        .find(|(o, _)| *o == old)
        .map_or(route(None, None, None), |(_, r)| *r)
}

/// The funding variant of an old funding model.
pub(crate) fn funding_of(old: LegacyFunding) -> Funding {
    match old {
        LegacyFunding::Effort => Funding::Effort,
        LegacyFunding::Output => Funding::Output,
        LegacyFunding::Task => Funding::Task,
    }
}

/// Puts an old answer into the strategy where the strategy has nothing yet. Returns false when
/// the strategy already says something else there (the strategy wins; the caller warns).
pub(crate) fn take_over(strategy: &mut Strategy, choice: LegacyChoice) -> bool {
    fn fill<T: PartialEq + Copy>(slot: &mut Option<T>, value: Option<T>) -> bool {
        match (*slot, value) {
            (_, None) => true,
            (None, Some(v)) => {
                *slot = Some(v);
                true
            }
            (Some(have), Some(v)) => have == v,
        }
    }
    match choice {
        LegacyChoice::Procedure(old) => {
            let r = route_of(old);
            // All three checked first, so a conflict changes nothing.
            fn fits<T: PartialEq>(slot: Option<T>, v: Option<T>) -> bool {
                slot.is_none() || v.is_none() || slot == v
            }
            let form = strategy.contract_form.proposed;
            if !(fits(strategy.regime, r.regime)
                && fits(strategy.procedure, r.procedure)
                && fits(form, r.contract_form))
            {
                return false;
            }
            fill(&mut strategy.regime, r.regime)
                && fill(&mut strategy.procedure, r.procedure)
                && fill(&mut strategy.contract_form.proposed, r.contract_form)
        }
        LegacyChoice::Funding(old) => {
            let setting = FundingSetting {
                variant: funding_of(old),
                budget_ceiling: false,
                pilot: false,
            };
            match strategy.funding.proposed {
                None => {
                    strategy.funding.proposed = Some(setting);
                    true
                }
                Some(have) => have.variant == setting.variant,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_old_procedure_has_a_route_that_fits_the_regime() {
        for (old, r) in ROUTES {
            assert!(
                r.regime.is_some() || r.procedure.is_some() || r.contract_form.is_some(),
                "{old:?} maps to something"
            );
            let mut strategy = Strategy::default();
            assert!(take_over(&mut strategy, LegacyChoice::Procedure(old)));
            assert_eq!(
                (
                    strategy.regime,
                    strategy.procedure,
                    strategy.contract_form.proposed
                ),
                (r.regime, r.procedure, r.contract_form)
            );
            // A procedure is only taken where the regime has procedures.
            assert_eq!(strategy.effective_procedure(), r.procedure, "{old:?}");
        }
        let count = |old| ROUTES.iter().filter(|(o, _)| *o == old).count();
        for old in ROUTES.map(|(o, _)| o) {
            assert_eq!(count(old), 1, "{old:?} once");
        }
    }

    #[test]
    fn the_mapping_reads_as_the_issue_asks() {
        use LegacyProcedure as L;
        assert_eq!(
            route_of(L::PublicTender),
            route(Some(Regime::European), Some(Procedure::Open), None)
        );
        assert_eq!(
            route_of(L::FrameworkSingle).contract_form,
            Some(ContractForm::FrameworkOne)
        );
        assert_eq!(
            route_of(L::SocialServicesRegime).regime,
            Some(Regime::SocialServices)
        );
        assert_eq!(
            route_of(L::BelowThreshold).procedure,
            Some(Procedure::National)
        );
        assert_eq!(funding_of(LegacyFunding::Task), Funding::Task);
    }

    #[test]
    fn an_old_answer_fills_only_empty_places_and_a_conflict_changes_nothing() {
        let mut strategy = Strategy {
            regime: Some(Regime::SocialServices),
            ..Strategy::default()
        };
        // A framework agreement adds the contract form beside the regime.
        assert!(take_over(
            &mut strategy,
            LegacyChoice::Procedure(LegacyProcedure::FrameworkSingle)
        ));
        assert_eq!(
            strategy.contract_form.proposed,
            Some(ContractForm::FrameworkOne)
        );
        // An open house contradicts the regime: nothing changes.
        let before = strategy.clone();
        assert!(!take_over(
            &mut strategy,
            LegacyChoice::Procedure(LegacyProcedure::OpenHouse)
        ));
        assert_eq!(strategy, before);
        // Funding: taken when empty, a different variant is a conflict.
        assert!(take_over(
            &mut strategy,
            LegacyChoice::Funding(LegacyFunding::Output)
        ));
        assert_eq!(
            strategy.funding.proposed.map(|f| f.variant),
            Some(Funding::Output)
        );
        assert!(!take_over(
            &mut strategy,
            LegacyChoice::Funding(LegacyFunding::Task)
        ));
        assert!(take_over(
            &mut strategy,
            LegacyChoice::Funding(LegacyFunding::Output)
        ));
    }
}
