//! The texts of a lot's strategy, in both languages: the names of every choice and the labels
//! and sentences of the Strategy tab.

use super::Lang;
use crate::model::Quadrant;
use crate::model::contract::Nature;
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
            Access::MunicipalTeam => ("Gemeentelijke (lokale) toegang", "Municipal (local) access"),
            Access::OtherReferrers => ("Ook andere verwijzers", "Other referrers too"),
            Access::ProvidersTakePart => ("Aanbieders doen mee", "Providers take part"),
            Access::FreeAccess => (
                "Vrij toegankelijk (algemene voorziening)",
                "Free access (general provision)",
            ),
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
            Funding::Output => (
                "Outputgericht (resultaatgericht)",
                "Output-based (result-based)",
            ),
            Funding::Task => ("Taakgericht", "Task-based"),
        }
    }
}

impl ChoiceName for Regime {
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Regime::European => ("Europees (volledig regime)", "European (full regime)"),
            Regime::SocialServices => (
                "Licht regime: sociale en andere specifieke diensten (SAS)",
                "Light regime: social and other specific services (SAS)",
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
            Procedure::SasOwnDesign => (
                "SAS-procedure (eigen inrichting)",
                "SAS procedure (own design)",
            ),
            Procedure::PrivateSingle => ("Enkelvoudig onderhands", "Single private"),
            Procedure::PrivateMultiple => ("Meervoudig onderhands", "Multiple private"),
            Procedure::National => ("Nationale openbare procedure", "National open procedure"),
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
    /// Change of course flag (the funding variant changes).
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
    /// The actions to get there.
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
    change_of_course: "Koerswijziging: een andere uitvoeringsvariant kost aanbieders gemiddeld twee jaar om over te stappen (NMD 2023, bijlage 3).",
    rationale: "Waarom",
    regime: "Regime",
    procedure: "Procedure",
    no_procedure: "Dit regime kent geen procedurekeuze.",
    none: "(niet gekozen)",
    term: "Looptijd en waarde",
    start: "Ingangsdatum",
    initial_years: "Looptijd zonder verlengingen (jaren)",
    extensions: "Verlengingen",
    extension_years: "jaar per verlenging",
    end: "Einde met alle verlengingen",
    nature: "Soort opdracht",
    value: "Geraamde opdrachtwaarde",
    target_quadrant: "Doelkwadrant",
    levers: "Acties om daar te komen",
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
    change_of_course: "Change of course: another funding variant takes providers about two years to adapt (NMD 2023, appendix 3).",
    rationale: "Why",
    regime: "Regime",
    procedure: "Procedure",
    no_procedure: "This regime has no choice of procedure.",
    none: "(not chosen)",
    term: "Term and value",
    start: "Start date",
    initial_years: "Term without extensions (years)",
    extensions: "Extensions",
    extension_years: "years per extension",
    end: "End with every extension",
    nature: "Kind of contract",
    value: "Estimated contract value",
    target_quadrant: "Target quadrant",
    levers: "Actions to get there",
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
                    "Het lichte regime geldt voor sociale en andere specifieke diensten, niet voor leveringen zoals hulpmiddelen. Wat te doen: kies voor leveringen het Europese regime, of onder de drempel voor leveringen een nationale procedure.",
                    "Aanbestedingswet 2012, art. 2.38; richtlijn 2014/24/EU, bijlage XIV",
                )
            } else {
                (
                    "The light regime is for social and other specific services, not for supplies such as aids. What to do: for supplies choose the European regime, or below the supplies threshold a national procedure.",
                    "Aanbestedingswet 2012, art. 2.38; directive 2014/24/EU, annex XIV",
                )
            }
        }
        H::BelowThresholdProcedureAboveIt => {
            if dutch {
                (
                    "Een onderhandse of nationale procedure terwijl de geraamde waarde de Europese drempel haalt. Wat te doen: kies een procedure met Europese bekendmaking (het lichte regime of een Europese procedure), of controleer de geraamde waarde en de looptijd met verlengingen.",
                    "Aanbestedingswet 2012, art. 2.1 en 2.38",
                )
            } else {
                (
                    "A private or national procedure while the estimated value reaches the European threshold. What to do: choose a procedure with European publication (the light regime or a European procedure), or check the estimated value and the term with its extensions.",
                    "Aanbestedingswet 2012, art. 2.1 and 2.38",
                )
            }
        }
        H::ShortTermForStrategicLot => {
            if dutch {
                (
                    "Een strategisch perceel met een looptijd onder vier jaar, terwijl dit regime langer toestaat: vier jaar of langer geeft ruimte voor innovatie. Wat te doen: overweeg een looptijd van vier jaar of meer, eventueel met verlengingen.",
                    "Rivierenland 2019, hoofdstuk 5",
                )
            } else {
                (
                    "A strategic lot with a term under four years, while this regime allows longer: four years or more gives room for innovation. What to do: consider a term of four years or more, with extensions if needed.",
                    "Rivierenland 2019, chapter 5",
                )
            }
        }
        H::ChangeOfCourseWithoutPilot => {
            if dutch {
                (
                    "Een andere uitvoeringsvariant van de bekostiging, zonder pilot: zo'n koerswijziging kost aanbieders gemiddeld twee jaar om anders te gaan werken. Wat te doen: begin met een pilot, of plan de overstap ruim en bespreek haar vroeg met de aanbieders.",
                    "NMD 2023, bijlage 3 (Koerswijzigingen); Rivierenland 2019, paragraaf 5.5",
                )
            } else {
                (
                    "Another funding variant, without a pilot: such a change of course takes providers about two years to learn to work differently. What to do: start with a pilot, or plan the change well ahead and discuss it early with the providers.",
                    "NMD 2023, appendix 3 (Koerswijzigingen); Rivierenland 2019, section 5.5",
                )
            }
        }
        H::BottleneckWithoutContinuity => {
            if dutch {
                (
                    "Een knelpuntperceel met één aanbieder en geen continuïteitsclausule: stopt die aanbieder, dan staat de zorg stil. Wat te doen: neem een continuïteitsclausule op (bij Contractvorm) en verken een tweede aanbieder of een alternatief.",
                    "NMD 2023, bijlage 4 (knelpuntproducten) en bijlage 3 (de continuïteit borgen); Rivierenland 2019, paragraaf 6.2",
                )
            } else {
                (
                    "A bottleneck lot with one provider and no continuity clause: if that provider stops, the care stops. What to do: add a continuity clause (under Contract form) and explore a second provider or an alternative.",
                    "NMD 2023, appendix 4 (bottleneck products) and appendix 3 (securing continuity); Rivierenland 2019, section 6.2",
                )
            }
        }
        H::OpenHouseWithFewProviders => {
            if dutch {
                (
                    "Open house laat iedere aanbieder toe die aan de eisen voldoet; het past niet bij een contractvorm met weinig aanbieders. Wat te doen: kies bij open house een contractvorm met veel aanbieders, of kies een aanbesteding als u met weinig aanbieders wilt werken.",
                    "Rivierenland 2019, paragraaf 6.1",
                )
            } else {
                (
                    "Open house admits every provider that meets the requirements; it does not fit a contract form with few providers. What to do: with open house choose a contract form with many providers, or choose a tender if you want to work with few.",
                    "Rivierenland 2019, section 6.1",
                )
            }
        }
        H::OpenHouseWithTaskFunding => {
            if dutch {
                (
                    "(Semi-)open house met taakgerichte bekostiging: taakgericht (populatiebekostiging) past volgens het overzicht van bekostigingsvormen \u{201c}vrijwel alleen\u{201d} bij een overheidsopdracht. Wat te doen: kies bij taakgerichte bekostiging een overheidsopdracht (aanbesteding), of houd bij open house inspannings- of outputgerichte bekostiging.",
                    "Rivierenland 2019, paragraaf 5.3 (figuur 8)",
                )
            } else {
                (
                    "(Semi-)open house with task-based funding: by the overview of funding forms, task-based funding (population funding) fits \u{201c}almost only\u{201d} a public contract. What to do: with task-based funding choose a public contract (a tender), or keep effort- or output-based funding with open house.",
                    "Rivierenland 2019, section 5.3 (figure 8)",
                )
            }
        }
        H::SubsidyForIndividualProvisions => {
            if dutch {
                (
                    "Subsidie terwijl de toegang via een beschikking of verwijzing loopt (een maatwerkvoorziening): subsidie voor maatwerkvoorzieningen in de Wmo en de Jeugdwet is niet mogelijk, omdat het in strijd lijkt met de marktwerking bij zorg en ondersteuning. Wat te doen: koop maatwerkvoorzieningen in met een overheidsopdracht of open house; houd subsidie voor algemene voorzieningen.",
                    "Rivierenland 2019, paragraaf 6.1",
                )
            } else {
                (
                    "A subsidy while access goes through a decision or referral (an individual provision): a subsidy for individual provisions under the Wmo and the Jeugdwet is not possible, as it seems to conflict with the market for care and support. What to do: buy individual provisions with a public contract or open house; keep subsidies for general provisions.",
                    "Rivierenland 2019, section 6.1",
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::hints::Hint;

    #[test]
    fn every_choice_and_hint_is_named_in_both_languages() {
        for access in Access::ALL {
            assert_ne!(access.name(Lang::Dutch), "");
            assert_ne!(access.name(Lang::English), "");
        }
        for hint in Hint::ALL {
            for lang in Lang::ALL {
                let (why, source) = super::hint(hint, lang);
                assert!(!why.is_empty() && !source.is_empty(), "{hint:?}");
            }
        }
    }

    #[test]
    fn every_hint_says_what_to_do() {
        for hint in Hint::ALL {
            assert!(
                super::hint(hint, Lang::Dutch).0.contains("Wat te doen:"),
                "{hint:?}"
            );
            assert!(
                super::hint(hint, Lang::English).0.contains("What to do:"),
                "{hint:?}"
            );
        }
    }

    #[test]
    fn the_hints_cite_where_the_notes_really_say_it() {
        let source = |hint| super::hint(hint, Lang::Dutch).1;
        let bottleneck = source(Hint::BottleneckWithoutContinuity);
        assert!(bottleneck.contains("bijlage 3") && bottleneck.contains("paragraaf 6.2"));
        assert!(!bottleneck.contains("hoofdstuk 2"), "{bottleneck}");
        assert_eq!(
            source(Hint::OpenHouseWithFewProviders),
            "Rivierenland 2019, paragraaf 6.1"
        );
        assert!(source(Hint::OpenHouseWithTaskFunding).contains("figuur 8"));
        assert!(source(Hint::ChangeOfCourseWithoutPilot).contains("bijlage 3"));
        assert!(source(Hint::SubsidyForIndividualProvisions).contains("6.1"));
    }

    #[test]
    fn the_sas_procedure_is_named() {
        assert_eq!(
            Procedure::SasOwnDesign.name(Lang::Dutch),
            "SAS-procedure (eigen inrichting)"
        );
        assert_eq!(
            Procedure::SasOwnDesign.name(Lang::English),
            "SAS procedure (own design)"
        );
    }

    #[test]
    fn the_words_say_what_they_mean_in_both_languages() {
        assert_eq!(
            Access::MunicipalTeam.names(),
            ("Gemeentelijke (lokale) toegang", "Municipal (local) access")
        );
        assert_eq!(
            Access::FreeAccess.name(Lang::Dutch),
            "Vrij toegankelijk (algemene voorziening)"
        );
        assert_eq!(
            Funding::Output.name(Lang::Dutch),
            "Outputgericht (resultaatgericht)"
        );
        assert_eq!(
            Regime::SocialServices.name(Lang::Dutch),
            "Licht regime: sociale en andere specifieke diensten (SAS)"
        );
        assert_eq!(
            Procedure::National.name(Lang::Dutch),
            "Nationale openbare procedure"
        );
        for lang in Lang::ALL {
            let x = texts(lang);
            assert!(!x.levers.contains("Hefbom") && !x.levers.contains("Lever"));
        }
        assert_eq!(texts(Lang::Dutch).levers, "Acties om daar te komen");
        assert_eq!(
            texts(Lang::Dutch).initial_years,
            "Looptijd zonder verlengingen (jaren)"
        );
        assert_eq!(
            texts(Lang::English).initial_years,
            "Term without extensions (years)"
        );
    }
}
