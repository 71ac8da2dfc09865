//! Consistency hints: short, non-blocking remarks when a lot's strategy choices do not fit each
//! other or the lot's place on the matrix. One table of rules ([`Hint::ALL`]); each rule says
//! when it fires, and the texts (`locale::strategy`) say why and where the rule comes from.

use super::contract::{Nature, lot_value_and_threshold};
use super::strategy::{Access, ContractForm, Funding, Regime};
use super::{Lot, Quadrant, Workshop};

/// A rule that can fire on a lot's strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hint {
    /// The light regime for social services chosen for supplies (aids are supplies).
    SocialRegimeForSupplies,
    /// A private or national procedure while the estimated value reaches the threshold.
    BelowThresholdProcedureAboveIt,
    /// A strategic lot with a full term under four years, under a regime that allows longer.
    ShortTermForStrategicLot,
    /// A change of the funding variant without a pilot to grow into it.
    ChangeOfCourseWithoutPilot,
    /// Open house while the proposed contract form limits the number of providers.
    OpenHouseWithFewProviders,
    /// (Semi-)open house with task-based funding, which fits almost only a public contract.
    OpenHouseWithTaskFunding,
    /// A subsidy for individual provisions (access by a decision, not free access).
    SubsidyForIndividualProvisions,
    /// A bottleneck lot with one provider and no continuity clause.
    BottleneckWithoutContinuity,
}

/// What a rule looks at: the lot, its quadrant, and its workshop (the thresholds are taken
/// from the lot's planned tender, its contract's start or the workshop's date:
/// [`super::contract::lot_value_and_threshold`]).
pub struct HintInput<'a> {
    /// The lot.
    pub lot: &'a Lot,
    /// Its quadrant, when it is fully scored.
    pub quadrant: Option<Quadrant>,
    /// The workshop the lot is in.
    pub workshop: &'a Workshop,
}

impl Hint {
    /// Every rule, in the order the card lists them.
    pub const ALL: [Hint; 8] = [
        Hint::SocialRegimeForSupplies,
        Hint::BelowThresholdProcedureAboveIt,
        Hint::ShortTermForStrategicLot,
        Hint::ChangeOfCourseWithoutPilot,
        Hint::OpenHouseWithFewProviders,
        Hint::OpenHouseWithTaskFunding,
        Hint::SubsidyForIndividualProvisions,
        Hint::BottleneckWithoutContinuity,
    ];

    /// The stable code (CSV, command line).
    pub fn code(self) -> &'static str {
        match self {
            Hint::SocialRegimeForSupplies => "social_regime_for_supplies",
            Hint::BelowThresholdProcedureAboveIt => "below_threshold_procedure_above_it",
            Hint::ShortTermForStrategicLot => "short_term_for_strategic_lot",
            Hint::ChangeOfCourseWithoutPilot => "change_of_course_without_pilot",
            Hint::OpenHouseWithFewProviders => "open_house_with_few_providers",
            Hint::OpenHouseWithTaskFunding => "open_house_with_task_funding",
            Hint::SubsidyForIndividualProvisions => "subsidy_for_individual_provisions",
            Hint::BottleneckWithoutContinuity => "bottleneck_without_continuity",
        }
    }

    /// Whether the rule fires.
    pub fn fires(self, input: &HintInput<'_>) -> bool {
        let s = &input.lot.strategy;
        let open_house = matches!(s.regime, Some(Regime::OpenHouse | Regime::SemiOpenHouse));
        match self {
            Hint::SocialRegimeForSupplies => {
                s.nature == Nature::Supplies && s.regime == Some(Regime::SocialServices)
            }
            Hint::BelowThresholdProcedureAboveIt => {
                let below_only = s
                    .effective_procedure()
                    .is_some_and(|p| p.below_threshold_only());
                let reaches = lot_value_and_threshold(input.workshop, input.lot)
                    .is_some_and(|(_, test)| test.at_or_above);
                below_only && reaches
            }
            Hint::ShortTermForStrategicLot => {
                let years = s.term.total_years();
                input.quadrant == Some(Quadrant::Strategic)
                    && (1..4).contains(&years)
                    && s.regime.is_some_and(Regime::allows_long_terms)
            }
            Hint::ChangeOfCourseWithoutPilot => {
                s.changes_course() && !s.funding.proposed.is_some_and(|f| f.pilot)
            }
            Hint::BottleneckWithoutContinuity => {
                let form = s.contract_form.proposed.or(s.contract_form.current);
                input.quadrant == Some(Quadrant::Bottleneck)
                    && form == Some(ContractForm::FrameworkOne)
                    && !s.continuity_clause
            }
            Hint::OpenHouseWithFewProviders => {
                open_house
                    && matches!(
                        s.contract_form.proposed,
                        Some(ContractForm::FrameworkFew | ContractForm::FrameworkOne)
                    )
            }
            Hint::OpenHouseWithTaskFunding => {
                open_house
                    && s.funding_ahead()
                        .is_some_and(|f| f.variant == Funding::Task)
            }
            Hint::SubsidyForIndividualProvisions => {
                // The strategy has no field for "individual provision": access by a decision
                // (any access but free access) is what makes a provision individual.
                s.regime == Some(Regime::Subsidy)
                    && s.access_ahead().is_some_and(|a| a != Access::FreeAccess)
            }
        }
    }
}

/// The rules that fire on a lot, in table order.
pub fn hints(input: &HintInput<'_>) -> Vec<Hint> {
    Hint::ALL.into_iter().filter(|h| h.fires(input)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::contract::Term;
    use crate::model::strategy::{FundingSetting, Instrument, Procedure, Strategy};
    use crate::model::{LotId, WorkshopDate};
    use rust_decimal::{Decimal, dec};

    fn lot(spend: Decimal, strategy: Strategy) -> Lot {
        let mut lot = Lot::new(LotId(1), "Perceel", spend);
        lot.strategy = strategy;
        lot
    }

    fn fires(hint: Hint, lot: &Lot, quadrant: Option<Quadrant>) -> bool {
        let workshop = Workshop {
            date: WorkshopDate::new(2026, 6, 1),
            ..Workshop::default()
        };
        hint.fires(&HintInput {
            lot,
            quadrant,
            workshop: &workshop,
        })
    }

    fn term(years: u8) -> Term {
        Term {
            start: WorkshopDate::new(2026, 1, 1),
            initial_years: years,
            ..Term::default()
        }
    }

    #[test]
    fn the_social_regime_for_supplies_is_hinted() {
        let mut strategy = Strategy {
            regime: Some(Regime::SocialServices),
            nature: Nature::Supplies,
            ..Strategy::default()
        };
        assert!(fires(
            Hint::SocialRegimeForSupplies,
            &lot(dec!(1), strategy.clone()),
            None
        ));
        strategy.nature = Nature::SocialServices;
        assert!(!fires(
            Hint::SocialRegimeForSupplies,
            &lot(dec!(1), strategy),
            None
        ));
    }

    #[test]
    fn a_private_procedure_is_hinted_only_at_or_above_the_threshold() {
        let strategy = Strategy {
            regime: Some(Regime::SocialServices),
            procedure: Some(Procedure::PrivateMultiple),
            term: term(4),
            ..Strategy::default()
        };
        let rule = Hint::BelowThresholdProcedureAboveIt;
        // € 187.500 a year for four years is exactly € 750.000.
        assert!(fires(rule, &lot(dec!(187500), strategy.clone()), None));
        assert!(!fires(rule, &lot(dec!(187499.99), strategy.clone()), None));
        let open = Strategy {
            procedure: Some(Procedure::Open),
            ..strategy
        };
        assert!(!fires(rule, &lot(dec!(10000000), open), None));
    }

    #[test]
    fn a_national_procedure_for_supplies_is_tested_on_the_day_the_tender_phase_starts() {
        use crate::model::planning::{Tender, TenderId};
        let strategy = Strategy {
            regime: Some(Regime::European),
            procedure: Some(Procedure::National),
            nature: Nature::Supplies,
            term: term(4),
            ..Strategy::default()
        };
        // € 54.500 a year for four years: € 218.000, from 1 January 2026.
        let lot = lot(dec!(54500), strategy);
        let with_tender = |start: Option<&str>| {
            let mut workshop = Workshop::default();
            if let Some(start) = start {
                workshop.planning.tenders.push(Tender {
                    id: TenderId(1),
                    name: "Hulpmiddelen".into(),
                    lots: vec![lot.id],
                    start: start.parse().expect("date"),
                    months: None,
                    notes: String::new(),
                });
            }
            Hint::BelowThresholdProcedureAboveIt.fires(&HintInput {
                lot: &lot,
                quadrant: None,
                workshop: &workshop,
            })
        };
        // No tender: the contract's start, 2026: € 216.000, reached.
        assert!(with_tender(None));
        // Phase 6 of a tender for 1 January 2026 starts on 1 July 2025: € 221.000, not reached.
        assert!(!with_tender(Some("2026-01-01")));
        // ... of a tender for 1 July 2026, on 1 January 2026: reached.
        assert!(with_tender(Some("2026-07-01")));
        // The SAS procedure is no below-threshold procedure.
        let mut sas = lot.clone();
        sas.strategy.regime = Some(Regime::SocialServices);
        sas.strategy.nature = Nature::SocialServices;
        sas.strategy.procedure = Some(Procedure::SasOwnDesign);
        sas.spend = dec!(1000000);
        assert!(!fires(Hint::BelowThresholdProcedureAboveIt, &sas, None));
    }

    #[test]
    fn a_short_term_is_hinted_for_strategic_lots_where_longer_is_allowed() {
        let rule = Hint::ShortTermForStrategicLot;
        let short = |regime| Strategy {
            regime: Some(regime),
            term: term(3),
            ..Strategy::default()
        };
        let strategic = Some(Quadrant::Strategic);
        assert!(fires(
            rule,
            &lot(dec!(1), short(Regime::SocialServices)),
            strategic
        ));
        assert!(fires(
            rule,
            &lot(dec!(1), short(Regime::OpenHouse)),
            strategic
        ));
        // The full European regime limits framework agreements to four years: no hint there.
        assert!(!fires(
            rule,
            &lot(dec!(1), short(Regime::European)),
            strategic
        ));
        assert!(!fires(
            rule,
            &lot(dec!(1), short(Regime::SocialServices)),
            Some(Quadrant::Leverage)
        ));
        let four = Strategy {
            term: term(4),
            ..short(Regime::SocialServices)
        };
        assert!(!fires(rule, &lot(dec!(1), four), strategic));
    }

    fn funding(variant: Funding, budget_ceiling: bool, pilot: bool) -> Option<FundingSetting> {
        Some(FundingSetting {
            variant,
            budget_ceiling,
            pilot,
        })
    }

    #[test]
    fn a_change_of_the_funding_variant_without_a_pilot_is_hinted() {
        let rule = Hint::ChangeOfCourseWithoutPilot;
        let mut strategy = Strategy::default();
        strategy.funding.current = funding(Funding::Output, false, false);
        strategy.funding.proposed = funding(Funding::Task, false, false);
        assert!(fires(rule, &lot(dec!(1), strategy.clone()), None));
        strategy.funding.proposed = funding(Funding::Task, true, true);
        assert!(
            !fires(rule, &lot(dec!(1), strategy.clone()), None),
            "a pilot"
        );
        strategy.funding.proposed = funding(Funding::Task, true, false);
        assert!(
            fires(rule, &lot(dec!(1), strategy), None),
            "a ceiling is no pilot"
        );
        assert!(!fires(rule, &lot(dec!(1), Strategy::default()), None));
    }

    #[test]
    fn no_change_of_course_when_only_a_ceiling_or_a_pilot_or_another_instrument_changes() {
        let rule = Hint::ChangeOfCourseWithoutPilot;
        let mut strategy = Strategy::default();
        strategy.funding.current = funding(Funding::Output, false, false);
        strategy.funding.proposed = funding(Funding::Output, true, false);
        assert!(
            !fires(rule, &lot(dec!(1), strategy.clone()), None),
            "ceiling"
        );
        strategy.funding.proposed = funding(Funding::Output, false, true);
        assert!(!fires(rule, &lot(dec!(1), strategy.clone()), None), "pilot");
        strategy.funding.proposed = funding(Funding::Output, false, false);
        strategy.access = Instrument {
            current: Some(Access::MunicipalTeam),
            proposed: Some(Access::ProvidersTakePart),
            ..Instrument::default()
        };
        strategy.contract_form = Instrument {
            current: Some(ContractForm::FrameworkMany),
            proposed: Some(ContractForm::FrameworkFew),
            ..Instrument::default()
        };
        assert!(
            !fires(rule, &lot(dec!(1), strategy), None),
            "access and contract form"
        );
    }

    #[test]
    fn open_house_with_task_based_funding_is_hinted() {
        let rule = Hint::OpenHouseWithTaskFunding;
        let strategy = |regime, variant| {
            let mut s = Strategy {
                regime: Some(regime),
                ..Strategy::default()
            };
            s.funding.proposed = funding(variant, false, false);
            s
        };
        assert!(fires(
            rule,
            &lot(dec!(1), strategy(Regime::OpenHouse, Funding::Task)),
            None
        ));
        assert!(fires(
            rule,
            &lot(dec!(1), strategy(Regime::SemiOpenHouse, Funding::Task)),
            None
        ));
        assert!(!fires(
            rule,
            &lot(dec!(1), strategy(Regime::OpenHouse, Funding::Output)),
            None
        ));
        assert!(!fires(
            rule,
            &lot(dec!(1), strategy(Regime::SocialServices, Funding::Task)),
            None
        ));
        // No proposal: the current funding goes on.
        let mut current = strategy(Regime::OpenHouse, Funding::Effort);
        current.funding.current = current.funding.proposed.take();
        assert!(!fires(rule, &lot(dec!(1), current.clone()), None));
        current.funding.current = funding(Funding::Task, false, false);
        assert!(fires(rule, &lot(dec!(1), current), None));
    }

    #[test]
    fn a_subsidy_for_individual_provisions_is_hinted_not_for_free_access() {
        let rule = Hint::SubsidyForIndividualProvisions;
        let strategy = |regime, access| Strategy {
            regime: Some(regime),
            access: Instrument {
                proposed: access,
                ..Instrument::default()
            },
            ..Strategy::default()
        };
        for access in [
            Access::MunicipalTeam,
            Access::OtherReferrers,
            Access::ProvidersTakePart,
        ] {
            let subsidy = strategy(Regime::Subsidy, Some(access));
            assert!(fires(rule, &lot(dec!(1), subsidy), None), "{access:?}");
        }
        let free = strategy(Regime::Subsidy, Some(Access::FreeAccess));
        assert!(
            !fires(rule, &lot(dec!(1), free), None),
            "a general provision"
        );
        let unknown = strategy(Regime::Subsidy, None);
        assert!(
            !fires(rule, &lot(dec!(1), unknown), None),
            "access not chosen"
        );
        let tender = strategy(Regime::SocialServices, Some(Access::MunicipalTeam));
        assert!(!fires(rule, &lot(dec!(1), tender), None), "not a subsidy");
        let mut current = strategy(Regime::Subsidy, None);
        current.access.current = Some(Access::MunicipalTeam);
        assert!(
            fires(rule, &lot(dec!(1), current), None),
            "the current access goes on"
        );
    }

    #[test]
    fn open_house_with_few_providers_is_hinted() {
        let rule = Hint::OpenHouseWithFewProviders;
        let strategy = |regime, form| Strategy {
            regime: Some(regime),
            contract_form: Instrument {
                proposed: Some(form),
                ..Instrument::default()
            },
            ..Strategy::default()
        };
        let few = strategy(Regime::OpenHouse, ContractForm::FrameworkFew);
        assert!(fires(rule, &lot(dec!(1), few), None));
        let many = strategy(Regime::OpenHouse, ContractForm::FrameworkMany);
        assert!(!fires(rule, &lot(dec!(1), many), None));
        let tender = strategy(Regime::SocialServices, ContractForm::FrameworkOne);
        assert!(!fires(rule, &lot(dec!(1), tender), None));
    }

    #[test]
    fn a_bottleneck_lot_with_one_provider_needs_a_continuity_clause() {
        let rule = Hint::BottleneckWithoutContinuity;
        let one = |clause| Strategy {
            contract_form: Instrument {
                current: Some(ContractForm::FrameworkOne),
                ..Instrument::default()
            },
            continuity_clause: clause,
            ..Strategy::default()
        };
        let bottleneck = Some(Quadrant::Bottleneck);
        assert!(fires(rule, &lot(dec!(1), one(false)), bottleneck));
        assert!(
            !fires(rule, &lot(dec!(1), one(true)), bottleneck),
            "a clause"
        );
        assert!(
            !fires(rule, &lot(dec!(1), one(false)), Some(Quadrant::Routine)),
            "not a bottleneck"
        );
        let mut few = one(false);
        few.contract_form.proposed = Some(ContractForm::FrameworkFew);
        assert!(
            !fires(rule, &lot(dec!(1), few), bottleneck),
            "more providers"
        );
    }
}
