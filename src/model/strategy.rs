//! A lot's strategy: the choices that carry a lot from its place on the matrix to a contract.
//!
//! - Four **steering instruments** (Rivierenland 2019, chapter 5): access, supplier management,
//!   contract form and funding, each with a current and a proposed setting. A proposed funding
//!   *variant* other than the current one is a *change of course*, which costs providers about
//!   two years (NMD 2023, appendix 3, *Koerswijzigingen*); a budget ceiling or a pilot alone is
//!   none, nor is a change of another instrument.
//! - **Regime**, **procedure** and **contract form** as three separate answers: which law or
//!   route, which procedure within it (where the regime has procedures), and how many providers
//!   are contracted how. Whether procurement law applies follows from the regime
//!   ([`ProcurementLaw`]).
//! - The contract's **term** and what the lot buys ([`super::contract`]), from which the
//!   estimated contract value and its threshold follow.
//! - An optional **target quadrant** with the levers the team means to use.

use super::Quadrant;
use super::contract::{Nature, Term};

/// Declares a choice with a stable code per value (for files and the command line), `ALL` in
/// the order a list shows them, and the lookup by code.
macro_rules! coded {
    ($(#[$meta:meta])* pub enum $name:ident {
        $($(#[$vmeta:meta])* $variant:ident = $code:literal,)+
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in the order a list shows them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable code (files, command line).
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            /// The value with this code.
            pub fn from_code(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
}

coded! {
    /// Who decides that a resident gets this care (*toegang*).
    pub enum Access {
        /// The municipal (youth or Wmo) team decides.
        MunicipalTeam = "municipal_team",
        /// Other referrers too: GPs, youth doctors, certified institutions.
        OtherReferrers = "other_referrers",
        /// Providers take part in access (they decide within a frame).
        ProvidersTakePart = "providers_take_part",
        /// Freely accessible, without a decision (*vrij toegankelijk*).
        FreeAccess = "free_access",
    }
}

coded! {
    /// How the municipalities manage their providers (*leveranciersmanagement*).
    pub enum SupplierManagement {
        /// Monitoring many providers on the contract's figures.
        Monitoring = "monitoring",
        /// Contract management: regular talks on results and quality.
        ContractManagement = "contract_management",
        /// Close partnership with a few providers.
        Partnership = "partnership",
    }
}

coded! {
    /// How providers are contracted (*contractvorm*).
    pub enum ContractForm {
        /// A framework agreement with every provider that qualifies (many).
        FrameworkMany = "framework_many",
        /// A framework agreement with a few selected providers.
        FrameworkFew = "framework_few",
        /// An agreement with one provider.
        FrameworkOne = "framework_one",
        /// A main contractor with subcontractors.
        MainAndSubcontractors = "main_and_subcontractors",
        /// A consortium of providers.
        Consortium = "consortium",
    }
}

coded! {
    /// How providers are paid (*bekostiging*, the three variants of i-Sociaal Domein).
    pub enum Funding {
        /// Effort-based: price × quantity per unit of time (*inspanningsgericht*).
        Effort = "effort",
        /// Output-based: a price per result or trajectory (*outputgericht*).
        Output = "output",
        /// Task-based: a fixed sum for a population or task (*taakgericht*).
        Task = "task",
    }
}

/// The funding instrument's setting: the variant, with or without a budget ceiling, and
/// whether it starts as a pilot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FundingSetting {
    /// The variant.
    pub variant: Funding,
    /// With a budget ceiling (*budgetplafond*).
    pub budget_ceiling: bool,
    /// First as a pilot (the growth model of Rivierenland 2019, section 5.5).
    pub pilot: bool,
}

coded! {
    /// The route of the procurement (*regime*).
    pub enum Regime {
        /// A European procedure under the full regime of the Aanbestedingswet 2012.
        European = "european",
        /// The light regime for social and other specific services (SAS).
        SocialServices = "social_services",
        /// Open house: every provider that meets the requirements may join, no selection.
        OpenHouse = "open_house",
        /// Semi-open house: open house with moments of entry and some selection.
        SemiOpenHouse = "semi_open_house",
        /// A subsidy instead of a contract.
        Subsidy = "subsidy",
        /// Done by the municipalities themselves (*inbesteden*).
        InHouse = "in_house",
    }
}

/// Whether the Aanbestedingswet's procedures, and so the threshold, apply to a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProcurementLaw {
    /// A public contract: the estimated value is tested against the threshold.
    Applies,
    /// Not a public contract: open house (Rivierenland 2019, section 6.1), semi-open house and
    /// in-house provision (NMD 2023, section 3.1: buying, not tendering).
    DoesNotApply,
    /// A subsidy: procurement law applies still when it is in fact a public contract (Twente).
    MayApply,
}

impl Regime {
    /// Whether procurement law applies to this route.
    pub fn procurement_law(self) -> ProcurementLaw {
        match self {
            Regime::European | Regime::SocialServices => ProcurementLaw::Applies,
            Regime::OpenHouse | Regime::SemiOpenHouse | Regime::InHouse => {
                ProcurementLaw::DoesNotApply
            }
            Regime::Subsidy => ProcurementLaw::MayApply,
        }
    }

    /// Whether a procedure is chosen within this regime.
    pub fn has_procedures(self) -> bool {
        matches!(self, Regime::European | Regime::SocialServices)
    }

    /// Whether the regime allows contracts longer than four years (the full European regime
    /// limits framework agreements to four).
    pub fn allows_long_terms(self) -> bool {
        !matches!(self, Regime::European)
    }
}

coded! {
    /// The procedure within a regime.
    pub enum Procedure {
        /// Open procedure (*openbaar*).
        Open = "open",
        /// Restricted procedure, with selection first (*niet-openbaar*).
        Restricted = "restricted",
        /// Competitive procedure with negotiation.
        CompetitiveNegotiation = "competitive_negotiation",
        /// Competitive dialogue.
        CompetitiveDialogue = "competitive_dialogue",
        /// The light regime's own procedure, designed by the municipalities themselves
        /// (*SAS-procedure*; Rivierenland 2019, glossary).
        SasOwnDesign = "sas_own_design",
        /// One provider invited (*enkelvoudig onderhands*).
        PrivateSingle = "private_single",
        /// Several providers invited (*meervoudig onderhands*).
        PrivateMultiple = "private_multiple",
        /// A national procedure (below the European threshold).
        National = "national",
    }
}

impl Procedure {
    /// Whether the procedure can be chosen under `regime` (any, while no regime is chosen):
    /// the SAS procedure only under the light regime.
    pub fn fits(self, regime: Option<Regime>) -> bool {
        match regime {
            None => true,
            Some(regime) if !regime.has_procedures() => false,
            Some(regime) => self != Procedure::SasOwnDesign || regime == Regime::SocialServices,
        }
    }

    /// Whether the procedure is meant for values below the European threshold.
    pub fn below_threshold_only(self) -> bool {
        matches!(
            self,
            Procedure::PrivateSingle | Procedure::PrivateMultiple | Procedure::National
        )
    }
}

/// One steering instrument: where it stands and where the team wants it, with why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instrument<T> {
    /// The current setting.
    pub current: Option<T>,
    /// The proposed setting.
    pub proposed: Option<T>,
    /// A free note.
    pub note: String,
    /// Why the proposed setting.
    pub rationale: String,
}

impl<T> Default for Instrument<T> {
    fn default() -> Self {
        Instrument {
            current: None,
            proposed: None,
            note: String::new(),
            rationale: String::new(),
        }
    }
}

impl Instrument<FundingSetting> {
    /// A change of course: both variants known and different (a budget ceiling or a pilot
    /// alone changes no variant).
    pub fn changes_variant(&self) -> bool {
        matches!((self.current, self.proposed), (Some(c), Some(p)) if c.variant != p.variant)
    }
}

impl<T> Instrument<T> {
    /// Whether nothing is filled in.
    pub fn is_empty(&self) -> bool {
        self.current.is_none()
            && self.proposed.is_none()
            && self.note.trim().is_empty()
            && self.rationale.trim().is_empty()
    }
}

/// A lot's strategy.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Strategy {
    /// Who decides on access.
    pub access: Instrument<Access>,
    /// How providers are managed.
    pub supplier_management: Instrument<SupplierManagement>,
    /// How providers are contracted (the proposed setting is the lot's contract form).
    pub contract_form: Instrument<ContractForm>,
    /// How providers are paid.
    pub funding: Instrument<FundingSetting>,
    /// The route of the procurement.
    pub regime: Option<Regime>,
    /// The procedure within it (only where the regime has procedures).
    pub procedure: Option<Procedure>,
    /// The contract's term.
    pub term: Term,
    /// What the lot buys.
    pub nature: Nature,
    /// Where the team wants the lot to move on the matrix.
    pub target_quadrant: Option<Quadrant>,
    /// The levers the team means to use to get there.
    pub levers: String,
    /// The contract has a continuity clause: what happens when a provider stops or fails.
    pub continuity_clause: bool,
}

impl Strategy {
    /// Whether nothing is filled in (such a strategy is not written to the file).
    pub fn is_empty(&self) -> bool {
        *self == Strategy::default()
    }

    /// A change of course: the funding variant changes (NMD 2023, appendix 3); another
    /// instrument's change, or only a budget ceiling or a pilot, is none.
    pub fn changes_course(&self) -> bool {
        self.funding.changes_variant()
    }

    /// The procedure, only where it fits the regime (a procedure left over from an earlier
    /// regime does not count).
    pub fn effective_procedure(&self) -> Option<Procedure> {
        self.procedure.filter(|p| p.fits(self.regime))
    }

    /// Whether procurement law applies to the lot's route: as to a public contract while no
    /// regime is chosen.
    pub fn procurement_law(&self) -> ProcurementLaw {
        self.regime
            .map_or(ProcurementLaw::Applies, Regime::procurement_law)
    }

    /// The funding the lot will have: the proposed setting, else the current one.
    pub fn funding_ahead(&self) -> Option<FundingSetting> {
        self.funding.proposed.or(self.funding.current)
    }

    /// Who will decide on access: the proposed setting, else the current one.
    pub fn access_ahead(&self) -> Option<Access> {
        self.access.proposed.or(self.access.current)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_has_a_unique_code_that_reads_back() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            code: fn(T) -> &'static str,
            from: fn(&str) -> Option<T>,
        ) {
            for value in all {
                assert_eq!(from(code(*value)), Some(*value));
            }
            let mut codes: Vec<&str> = all.iter().map(|v| code(*v)).collect();
            codes.dedup();
            assert_eq!(codes.len(), all.len());
        }
        check(Access::ALL, Access::code, Access::from_code);
        check(
            SupplierManagement::ALL,
            SupplierManagement::code,
            SupplierManagement::from_code,
        );
        check(
            ContractForm::ALL,
            ContractForm::code,
            ContractForm::from_code,
        );
        check(Funding::ALL, Funding::code, Funding::from_code);
        check(Regime::ALL, Regime::code, Regime::from_code);
        check(Procedure::ALL, Procedure::code, Procedure::from_code);
        assert_eq!(Regime::from_code("nonsense"), None);
    }

    fn funding(variant: Funding, budget_ceiling: bool, pilot: bool) -> Option<FundingSetting> {
        Some(FundingSetting {
            variant,
            budget_ceiling,
            pilot,
        })
    }

    #[test]
    fn a_change_of_course_is_a_change_of_the_funding_variant_only() {
        let mut strategy = Strategy::default();
        assert!(!strategy.changes_course() && strategy.is_empty());
        strategy.funding.current = funding(Funding::Output, false, false);
        assert!(!strategy.changes_course(), "only where it stands");
        strategy.funding.proposed = funding(Funding::Output, false, false);
        assert!(!strategy.changes_course(), "stays the same");
        strategy.funding.proposed = funding(Funding::Output, true, true);
        assert!(
            !strategy.changes_course(),
            "a budget ceiling and a pilot change no variant"
        );
        strategy.funding.proposed = funding(Funding::Task, false, false);
        assert!(strategy.changes_course(), "output to task");
        strategy.funding.current = None;
        assert!(!strategy.changes_course(), "the current variant unknown");
    }

    #[test]
    fn another_instrument_changing_is_no_change_of_course() {
        let strategy = Strategy {
            access: Instrument {
                current: Some(Access::MunicipalTeam),
                proposed: Some(Access::ProvidersTakePart),
                ..Instrument::default()
            },
            supplier_management: Instrument {
                current: Some(SupplierManagement::Monitoring),
                proposed: Some(SupplierManagement::Partnership),
                ..Instrument::default()
            },
            contract_form: Instrument {
                current: Some(ContractForm::FrameworkMany),
                proposed: Some(ContractForm::FrameworkOne),
                ..Instrument::default()
            },
            ..Strategy::default()
        };
        assert!(!strategy.changes_course() && !strategy.is_empty());
    }

    #[test]
    fn an_empty_strategy_is_empty_and_supplies_are_something() {
        assert!(Strategy::default().is_empty());
        let supplies = Strategy {
            nature: Nature::Supplies,
            ..Strategy::default()
        };
        assert!(!supplies.is_empty());
    }

    #[test]
    fn a_procedure_counts_only_under_a_regime_with_procedures() {
        let mut strategy = Strategy {
            regime: Some(Regime::SocialServices),
            procedure: Some(Procedure::PrivateMultiple),
            ..Strategy::default()
        };
        assert_eq!(
            strategy.effective_procedure(),
            Some(Procedure::PrivateMultiple)
        );
        strategy.regime = Some(Regime::OpenHouse);
        assert_eq!(strategy.effective_procedure(), None);
        strategy.regime = None;
        assert_eq!(
            strategy.effective_procedure(),
            Some(Procedure::PrivateMultiple),
            "no regime yet"
        );
        assert!(Regime::European.has_procedures() && !Regime::Subsidy.has_procedures());
        assert!(!Regime::European.allows_long_terms() && Regime::OpenHouse.allows_long_terms());
        assert!(
            Procedure::National.below_threshold_only() && !Procedure::Open.below_threshold_only()
        );
    }

    #[test]
    fn the_sas_procedure_fits_only_the_light_regime() {
        let sas = Procedure::SasOwnDesign;
        assert!(sas.fits(Some(Regime::SocialServices)));
        assert!(sas.fits(None), "no regime chosen yet");
        assert!(!sas.fits(Some(Regime::European)));
        assert!(!sas.fits(Some(Regime::OpenHouse)));
        assert!(!sas.below_threshold_only());
        assert!(Procedure::Open.fits(Some(Regime::European)));
        assert!(!Procedure::Open.fits(Some(Regime::Subsidy)));
        let mut strategy = Strategy {
            regime: Some(Regime::SocialServices),
            procedure: Some(sas),
            ..Strategy::default()
        };
        assert_eq!(strategy.effective_procedure(), Some(sas));
        strategy.regime = Some(Regime::European);
        assert_eq!(strategy.effective_procedure(), None, "left over");
    }

    #[test]
    fn procurement_law_applies_to_public_contracts_only() {
        use ProcurementLaw as Law;
        let law = |r: Regime| r.procurement_law();
        assert_eq!(law(Regime::European), Law::Applies);
        assert_eq!(law(Regime::SocialServices), Law::Applies);
        assert_eq!(law(Regime::OpenHouse), Law::DoesNotApply);
        assert_eq!(law(Regime::SemiOpenHouse), Law::DoesNotApply);
        assert_eq!(law(Regime::InHouse), Law::DoesNotApply);
        assert_eq!(law(Regime::Subsidy), Law::MayApply);
    }
}
