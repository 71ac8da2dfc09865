//! Consistency hints: short, non-blocking remarks when a lot's strategy choices do not fit each
//! other or the lot's place on the matrix. One table of rules ([`Hint::ALL`]); each rule says
//! when it fires, and the texts (`locale::strategy`) say why and where the rule comes from.

use super::contract::{Nature, value_and_threshold};
use super::strategy::{ContractForm, Regime};
use super::{Lot, Quadrant, WorkshopDate};

/// A rule that can fire on a lot's strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hint {
    /// The light regime for social services chosen for supplies (aids are supplies).
    SocialRegimeForSupplies,
    /// A private or national procedure while the estimated value reaches the threshold.
    BelowThresholdProcedureAboveIt,
    /// A strategic lot with a full term under four years, under a regime that allows longer.
    ShortTermForStrategicLot,
    /// A change of course without a pilot to grow into it.
    ChangeOfCourseWithoutPilot,
    /// Open house while the proposed contract form limits the number of providers.
    OpenHouseWithFewProviders,
    /// A bottleneck lot with one provider and no continuity clause.
    BottleneckWithoutContinuity,
}

/// What a rule looks at: the lot, its quadrant, and the workshop's date (the thresholds are
/// taken from the contract's start, else from it: [`super::contract::threshold_day`]).
pub struct HintInput<'a> {
    /// The lot.
    pub lot: &'a Lot,
    /// Its quadrant, when it is fully scored.
    pub quadrant: Option<Quadrant>,
    /// The workshop's date.
    pub workshop_date: Option<WorkshopDate>,
}

impl Hint {
    /// Every rule, in the order the card lists them.
    pub const ALL: [Hint; 6] = [
        Hint::SocialRegimeForSupplies,
        Hint::BelowThresholdProcedureAboveIt,
        Hint::ShortTermForStrategicLot,
        Hint::ChangeOfCourseWithoutPilot,
        Hint::OpenHouseWithFewProviders,
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
            Hint::BottleneckWithoutContinuity => "bottleneck_without_continuity",
        }
    }

    /// Whether the rule fires.
    pub fn fires(self, input: &HintInput<'_>) -> bool {
        let s = &input.lot.strategy;
        match self {
            Hint::SocialRegimeForSupplies => {
                s.nature == Nature::Supplies && s.regime == Some(Regime::SocialServices)
            }
            Hint::BelowThresholdProcedureAboveIt => {
                let below_only = s
                    .effective_procedure()
                    .is_some_and(|p| p.below_threshold_only());
                let reaches =
                    value_and_threshold(input.lot.spend, s.term, s.nature, input.workshop_date)
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
                matches!(s.regime, Some(Regime::OpenHouse | Regime::SemiOpenHouse))
                    && matches!(
                        s.contract_form.proposed,
                        Some(ContractForm::FrameworkFew | ContractForm::FrameworkOne)
                    )
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
    use crate::model::strategy::{
        Access, Funding, FundingSetting, Instrument, Procedure, Strategy,
    };
    use crate::model::{LotId, WorkshopDate};
    use rust_decimal::{Decimal, dec};

    fn lot(spend: Decimal, strategy: Strategy) -> Lot {
        let mut lot = Lot::new(LotId(1), "Perceel", spend);
        lot.strategy = strategy;
        lot
    }

    fn fires(hint: Hint, lot: &Lot, quadrant: Option<Quadrant>) -> bool {
        hint.fires(&HintInput {
            lot,
            quadrant,
            workshop_date: WorkshopDate::new(2026, 6, 1),
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

    #[test]
    fn a_change_of_course_without_a_pilot_is_hinted() {
        let rule = Hint::ChangeOfCourseWithoutPilot;
        let mut strategy = Strategy {
            access: Instrument {
                current: Some(Access::MunicipalTeam),
                proposed: Some(Access::ProvidersTakePart),
                ..Instrument::default()
            },
            ..Strategy::default()
        };
        assert!(fires(rule, &lot(dec!(1), strategy.clone()), None));
        strategy.funding.proposed = Some(FundingSetting {
            variant: Funding::Task,
            budget_ceiling: false,
            pilot: true,
        });
        assert!(!fires(rule, &lot(dec!(1), strategy), None));
        assert!(!fires(rule, &lot(dec!(1), Strategy::default()), None));
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
