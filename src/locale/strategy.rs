//! The texts of a lot's strategy, in both languages: the names of every choice and the labels
//! and sentences of the Strategy tab.

use super::Lang;
use super::number::format_euro;
use crate::model::Quadrant;
use crate::model::contract::{Nature, ThresholdTest};
use crate::model::strategy::{
    Access, ContractForm, Funding, Procedure, Regime, SupplierManagement,
};

/// The name of a choice in a language.
pub trait ChoiceName: Copy {
    /// Dutch and English.
    fn names(self) -> (&'static str, &'static str);

    /// The name in `lang`.
    fn name(self, lang: Lang) -> &'static str {
        let (nl, en) = self.names();
        if lang == Lang::Dutch { nl } else { en }
    }
}

impl ChoiceName for Access {
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Access::MunicipalTeam => ("Gemeentelijk team", "Municipal team"),
            Access::OtherReferrers => ("Ook andere verwijzers", "Other referrers too"),
            Access::ProvidersTakePart => ("Aanbieders doen mee", "Providers take part"),
            Access::FreeAccess => ("Vrij toegankelijk", "Free access"),
        }
    }
}

impl ChoiceName for SupplierManagement {
    fn names(self) -> (&'static str, &'static str) {
        match self {
            SupplierManagement::Monitoring => ("Monitoren", "Monitoring"),
            SupplierManagement::ContractManagement => ("Contractmanagement", "Contract management"),
            SupplierManagement::Partnership => ("Partnerschap", "Partnership"),
        }
    }
}

impl ChoiceName for ContractForm {
    fn names(self) -> (&'static str, &'static str) {
        match self {
            ContractForm::FrameworkMany => (
                "Raamovereenkomst, veel aanbieders",
                "Framework, many providers",
            ),
            ContractForm::FrameworkFew => (
                "Raamovereenkomst, enkele aanbieders",
                "Framework, a few providers",
            ),
            ContractForm::FrameworkOne => ("Eén aanbieder", "One provider"),
            ContractForm::MainAndSubcontractors => {
                ("Hoofd- en onderaannemers", "Main and subcontractors")
            }
            ContractForm::Consortium => ("Consortium", "Consortium"),
        }
    }
}

impl ChoiceName for Funding {
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Funding::Effort => ("Inspanningsgericht", "Effort-based"),
            Funding::Output => ("Outputgericht", "Output-based"),
            Funding::Task => ("Taakgericht", "Task-based"),
        }
    }
}

impl ChoiceName for Regime {
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Regime::European => ("Europees (volledig regime)", "European (full regime)"),
            Regime::SocialServices => (
                "Sociale en andere specifieke diensten",
                "Social and other specific services",
            ),
            Regime::OpenHouse => ("Open house", "Open house"),
            Regime::SemiOpenHouse => ("Semi-open house", "Semi-open house"),
            Regime::Subsidy => ("Subsidie", "Subsidy"),
            Regime::InHouse => ("Inbesteden", "In-house"),
        }
    }
}

impl ChoiceName for Procedure {
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Procedure::Open => ("Openbaar", "Open"),
            Procedure::Restricted => ("Niet-openbaar", "Restricted"),
            Procedure::CompetitiveNegotiation => (
                "Mededingingsprocedure met onderhandeling",
                "Competitive procedure with negotiation",
            ),
            Procedure::CompetitiveDialogue => {
                ("Concurrentiegerichte dialoog", "Competitive dialogue")
            }
            Procedure::PrivateSingle => ("Enkelvoudig onderhands", "Single private"),
            Procedure::PrivateMultiple => ("Meervoudig onderhands", "Multiple private"),
            Procedure::National => ("Nationaal", "National"),
        }
    }
}

impl ChoiceName for Nature {
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Nature::SocialServices => ("Sociale diensten", "Social services"),
            Nature::Supplies => ("Leveringen (bijv. hulpmiddelen)", "Supplies (e.g. aids)"),
        }
    }
}

impl ChoiceName for Quadrant {
    /// The matrix's own names (one place for them: the window's texts).
    fn names(self) -> (&'static str, &'static str) {
        (
            Lang::Dutch.texts().quadrant(self),
            Lang::English.texts().quadrant(self),
        )
    }
}

/// A funding setting in words: the variant, then "met budgetplafond" and "eerst als pilot"
/// where they apply.
pub fn funding_name(setting: crate::model::strategy::FundingSetting, lang: Lang) -> String {
    let x = texts(lang);
    let mut name = setting.variant.name(lang).to_string();
    for (on, words) in [
        (setting.budget_ceiling, x.budget_ceiling),
        (setting.pilot, x.pilot),
    ] {
        if on {
            name.push_str(", ");
            name.push_str(words);
        }
    }
    name
}

/// "ja" or "nee".
pub fn yes_no(value: bool, lang: Lang) -> &'static str {
    match (value, lang) {
        (true, Lang::Dutch) => "ja",
        (false, Lang::Dutch) => "nee",
        (true, Lang::English) => "yes",
        (false, Lang::English) => "no",
    }
}

/// Labels of the Strategy tab.
pub struct StrategyTexts {
    /// The tab.
    pub tab: &'static str,
    /// Heading of the instruments.
    pub instruments: &'static str,
    /// Column: now.
    pub current: &'static str,
    /// Column: proposed.
    pub proposed: &'static str,
    /// Instrument names.
    pub access: &'static str,
    /// Supplier management.
    pub supplier_management: &'static str,
    /// Contract form.
    pub contract_form: &'static str,
    /// Funding.
    pub funding: &'static str,
    /// Budget ceiling.
    pub budget_ceiling: &'static str,
    /// Pilot.
    pub pilot: &'static str,
    /// Change of course flag.
    pub change_of_course: &'static str,
    /// Rationale.
    pub rationale: &'static str,
    /// Regime.
    pub regime: &'static str,
    /// Procedure.
    pub procedure: &'static str,
    /// When the regime has no procedures.
    pub no_procedure: &'static str,
    /// Nothing chosen.
    pub none: &'static str,
    /// Heading: term and value.
    pub term: &'static str,
    /// Start date.
    pub start: &'static str,
    /// Initial years.
    pub initial_years: &'static str,
    /// Extension options.
    pub extensions: &'static str,
    /// Years per extension.
    pub extension_years: &'static str,
    /// End with every extension.
    pub end: &'static str,
    /// What the lot buys.
    pub nature: &'static str,
    /// Estimated contract value.
    pub value: &'static str,
    /// Target quadrant.
    pub target_quadrant: &'static str,
    /// Levers.
    pub levers: &'static str,
    /// Per lot until lots are grouped into tenders.
    pub per_lot: &'static str,
    /// Heading of the hints.
    pub hints: &'static str,
    /// The contract has a continuity clause.
    pub continuity_clause: &'static str,
    /// Command: every lot's hints in one window.
    pub hints_overview: super::ui::CommandText,
    /// Hints window: no lot has a hint.
    pub no_hints: &'static str,
}

const DUTCH: StrategyTexts = StrategyTexts {
    tab: "Strategie",
    instruments: "Sturingsinstrumenten",
    current: "Nu",
    proposed: "Voorstel",
    access: "Toegang",
    supplier_management: "Leveranciersmanagement",
    contract_form: "Contractvorm",
    funding: "Bekostiging",
    budget_ceiling: "met budgetplafond",
    pilot: "eerst als pilot",
    change_of_course: "Koerswijziging: aanbieders hebben ongeveer twee jaar nodig om om te schakelen.",
    rationale: "Waarom",
    regime: "Regime",
    procedure: "Procedure",
    no_procedure: "Dit regime kent geen procedurekeuze.",
    none: "(niet gekozen)",
    term: "Looptijd en waarde",
    start: "Ingangsdatum",
    initial_years: "Looptijd (jaren)",
    extensions: "Verlengingen",
    extension_years: "jaar per verlenging",
    end: "Einde met alle verlengingen",
    nature: "Soort opdracht",
    value: "Geraamde opdrachtwaarde",
    target_quadrant: "Doelkwadrant",
    levers: "Hefbomen om daar te komen",
    per_lot: "Getoetst per perceel: percelen die samen worden aanbesteed, tellen op.",
    hints: "Let op",
    continuity_clause: "Met continuïteitsclausule (afspraken als de aanbieder stopt of failliet gaat)",
    hints_overview: super::ui::CommandText {
        label: "Signalen strategie…",
        tooltip: "Alle opmerkingen over de samenhang van de strategie, per perceel",
    },
    no_hints: "Geen signalen: de gekozen strategieën passen bij elkaar en bij de matrix.",
};

const ENGLISH: StrategyTexts = StrategyTexts {
    tab: "Strategy",
    instruments: "Steering instruments",
    current: "Now",
    proposed: "Proposed",
    access: "Access",
    supplier_management: "Supplier management",
    contract_form: "Contract form",
    funding: "Funding",
    budget_ceiling: "with a budget ceiling",
    pilot: "first as a pilot",
    change_of_course: "Change of course: providers need about two years to adapt.",
    rationale: "Why",
    regime: "Regime",
    procedure: "Procedure",
    no_procedure: "This regime has no choice of procedure.",
    none: "(not chosen)",
    term: "Term and value",
    start: "Start date",
    initial_years: "Term (years)",
    extensions: "Extensions",
    extension_years: "years per extension",
    end: "End with every extension",
    nature: "Kind of contract",
    value: "Estimated contract value",
    target_quadrant: "Target quadrant",
    levers: "Levers to get there",
    per_lot: "Tested per lot: lots tendered together add up.",
    hints: "Note",
    continuity_clause: "With a continuity clause (what happens when the provider stops or fails)",
    hints_overview: super::ui::CommandText {
        label: "Strategy hints…",
        tooltip: "Every remark on how the strategy hangs together, by lot",
    },
    no_hints: "No hints: the chosen strategies fit each other and the matrix.",
};

/// The Strategy tab's labels in a language.
pub fn texts(lang: Lang) -> &'static StrategyTexts {
    match lang {
        Lang::Dutch => &DUTCH,
        Lang::English => &ENGLISH,
    }
}

/// Why a hint fires, and where its rule comes from.
pub fn hint(hint: crate::model::hints::Hint, lang: Lang) -> (&'static str, &'static str) {
    use crate::model::hints::Hint as H;
    let dutch = lang == Lang::Dutch;
    match hint {
        H::SocialRegimeForSupplies => {
            if dutch {
                (
                    "Het lichte regime geldt voor sociale en andere specifieke diensten, niet voor leveringen zoals hulpmiddelen.",
                    "Aanbestedingswet 2012, art. 2.38; richtlijn 2014/24/EU, bijlage XIV",
                )
            } else {
                (
                    "The light regime is for social and other specific services, not for supplies such as aids.",
                    "Aanbestedingswet 2012, art. 2.38; directive 2014/24/EU, annex XIV",
                )
            }
        }
        H::BelowThresholdProcedureAboveIt => {
            if dutch {
                (
                    "Een onderhandse of nationale procedure terwijl de geraamde waarde de Europese drempel haalt.",
                    "Aanbestedingswet 2012, art. 2.1 en 2.38",
                )
            } else {
                (
                    "A private or national procedure while the estimated value reaches the European threshold.",
                    "Aanbestedingswet 2012, art. 2.1 and 2.38",
                )
            }
        }
        H::ShortTermForStrategicLot => {
            if dutch {
                (
                    "Een strategisch perceel met een looptijd onder vier jaar, terwijl dit regime langer toestaat: vier jaar of langer geeft ruimte voor innovatie.",
                    "Rivierenland 2019, hoofdstuk 5",
                )
            } else {
                (
                    "A strategic lot with a term under four years, while this regime allows longer: four years or more gives room for innovation.",
                    "Rivierenland 2019, chapter 5",
                )
            }
        }
        H::ChangeOfCourseWithoutPilot => {
            if dutch {
                (
                    "Een koerswijziging zonder pilot: aanbieders hebben ongeveer twee jaar nodig om om te schakelen.",
                    "NMD 2023, bijlage 3; Rivierenland 2019, paragraaf 5.5",
                )
            } else {
                (
                    "A change of course without a pilot: providers need about two years to adapt.",
                    "NMD 2023, appendix 3; Rivierenland 2019, section 5.5",
                )
            }
        }
        H::BottleneckWithoutContinuity => {
            if dutch {
                (
                    "Een knelpuntperceel met één aanbieder en geen continuïteitsclausule: stopt die aanbieder, dan staat de zorg stil.",
                    "NMD 2023, bijlage 4 (knelpuntproducten) en hoofdstuk 2 (continuïteit van zorg)",
                )
            } else {
                (
                    "A bottleneck lot with one provider and no continuity clause: if that provider stops, the care stops.",
                    "NMD 2023, appendix 4 (bottleneck products) and chapter 2 (continuity of care)",
                )
            }
        }
        H::OpenHouseWithFewProviders => {
            if dutch {
                (
                    "Open house laat iedere aanbieder toe die aan de eisen voldoet; het past niet bij een contractvorm met weinig aanbieders.",
                    "NMD 2023, bijlage 3",
                )
            } else {
                (
                    "Open house admits every provider that meets the requirements; it does not fit a contract form with few providers.",
                    "NMD 2023, appendix 3",
                )
            }
        }
    }
}

/// The threshold rule in plain words, for the value it was tested with.
pub fn threshold_rule(test: ThresholdTest, lang: Lang) -> String {
    let threshold = format_euro(test.threshold);
    match (test.nature, test.at_or_above, lang) {
        (Nature::SocialServices, true, Lang::Dutch) => format!(
            "Op of boven de drempel van {threshold}: het lichte regime voor sociale en andere specifieke diensten geldt, met Europese bekendmaking."
        ),
        (Nature::SocialServices, false, Lang::Dutch) => format!(
            "Onder de drempel van {threshold}: geen Europese bekendmaking; de procedure is vrij binnen de beginselen van het aanbestedingsrecht."
        ),
        (Nature::Supplies, true, Lang::Dutch) => {
            format!("Op of boven de drempel voor leveringen van {threshold}: Europees aanbesteden.")
        }
        (Nature::Supplies, false, Lang::Dutch) => format!(
            "Onder de drempel voor leveringen van {threshold}: nationaal of onderhands, binnen de beginselen van het aanbestedingsrecht."
        ),
        (Nature::SocialServices, true, Lang::English) => format!(
            "At or above the threshold of {threshold}: the light regime for social and other specific services applies, with European publication."
        ),
        (Nature::SocialServices, false, Lang::English) => format!(
            "Below the threshold of {threshold}: no European publication; the procedure is free within the principles of procurement law."
        ),
        (Nature::Supplies, true, Lang::English) => {
            format!("At or above the supplies threshold of {threshold}: a European procedure.")
        }
        (Nature::Supplies, false, Lang::English) => format!(
            "Below the supplies threshold of {threshold}: national or private, within the principles of procurement law."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn the_rule_counts_exactly_the_threshold_and_is_said_in_both_languages() {
        let on: crate::model::WorkshopDate = "2026-01-01".parse().expect("date");
        let test =
            |value| crate::model::contract::threshold_test(value, Nature::SocialServices, on);
        assert!(
            threshold_rule(test(dec!(750000)), Lang::Dutch)
                .starts_with("Op of boven de drempel van € 750.000")
        );
        assert!(
            threshold_rule(test(dec!(749999)), Lang::English)
                .starts_with("Below the threshold of € 750.000")
        );
        for access in Access::ALL {
            assert_ne!(access.name(Lang::Dutch), "");
            assert_ne!(access.name(Lang::English), "");
        }
    }
}
