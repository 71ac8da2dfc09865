//! The threshold rule in words, in both languages: what a lot's estimated contract value means
//! for its route (a public contract, a subsidy, or a route outside procurement law), and the day
//! the threshold was taken from.

use super::Lang;
use super::number::{format_date, format_euro};
use super::strategy::ChoiceName;
use crate::model::contract::{Nature, ThresholdDay, ThresholdTest};
use crate::model::strategy::{ProcurementLaw, Regime};

impl ChoiceName for ThresholdDay {
    /// Where the day comes from (the date itself is in the sentence).
    fn names(self) -> (&'static str, &'static str) {
        match self {
            ThresholdDay::TenderPhase(_) => (
                "start fase 6 (Inkoop/aanbesteding)",
                "start of phase 6 (procurement/tender)",
            ),
            ThresholdDay::ContractStart(_) => ("ingangsdatum contract", "contract start"),
            ThresholdDay::WorkshopDate(_) => ("datum werksessie", "workshop date"),
            ThresholdDay::Latest(_) => ("nieuwste periode", "latest period"),
        }
    }
}

/// What the estimated value means for the route, with the day its threshold was taken from;
/// for a route outside procurement law, what applies instead.
pub fn threshold_rule(regime: Option<Regime>, test: ThresholdTest, lang: Lang) -> String {
    match (regime, regime.map(Regime::procurement_law)) {
        (Some(regime), Some(ProcurementLaw::DoesNotApply)) => outside_law(regime, lang).into(),
        (_, Some(ProcurementLaw::MayApply)) => {
            format!("{} {}", subsidy(test, lang), day_sentence(test.day, lang))
        }
        _ => format!(
            "{} {}",
            public_contract(test, lang),
            day_sentence(test.day, lang)
        ),
    }
}

/// The day the threshold was taken from, and why that day.
pub fn day_sentence(day: ThresholdDay, lang: Lang) -> String {
    let date = format_date(day.date());
    match (day, lang) {
        (ThresholdDay::TenderPhase(_), Lang::Dutch) => format!(
            "Drempel van {date}: het begin van fase 6 (Inkoop/aanbesteding) van de geplande aanbesteding, als de oproep tot mededinging uitgaat (richtlijn 2014/24/EU, art. 5 lid 4)."
        ),
        (ThresholdDay::ContractStart(_), Lang::Dutch) => format!(
            "Drempel van {date}, de ingangsdatum van het contract: er is nog geen aanbesteding gepland (de waarde telt als de oproep tot mededinging uitgaat, richtlijn 2014/24/EU, art. 5 lid 4)."
        ),
        (ThresholdDay::WorkshopDate(_), Lang::Dutch) => format!(
            "Drempel van {date}, de datum van de werksessie: er is nog geen aanbesteding gepland en geen ingangsdatum."
        ),
        (ThresholdDay::Latest(_), Lang::Dutch) => format!(
            "Drempel van de nieuwste periode (vanaf {date}): er is nog geen aanbesteding gepland, geen ingangsdatum en geen datum van de werksessie."
        ),
        (ThresholdDay::TenderPhase(_), Lang::English) => format!(
            "Threshold as of {date}: the start of phase 6 (procurement/tender) of the planned tender, when the call for competition goes out (directive 2014/24/EU, art. 5(4))."
        ),
        (ThresholdDay::ContractStart(_), Lang::English) => format!(
            "Threshold as of {date}, the contract's start: no tender is planned yet (the value counts when the call for competition goes out, directive 2014/24/EU, art. 5(4))."
        ),
        (ThresholdDay::WorkshopDate(_), Lang::English) => format!(
            "Threshold as of {date}, the workshop's date: no tender is planned and there is no start date yet."
        ),
        (ThresholdDay::Latest(_), Lang::English) => format!(
            "Threshold of the latest period (from {date}): no tender is planned and there is no start date or workshop date yet."
        ),
    }
}

/// A public contract (or no regime chosen yet): the threshold rule as the law has it.
fn public_contract(test: ThresholdTest, lang: Lang) -> String {
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

/// A subsidy: procurement law may still apply (Twente's Koersdocument, *Kaders inkoop*).
fn subsidy(test: ThresholdTest, lang: Lang) -> String {
    let amount = format_euro(test.threshold);
    let supplies = test.nature == Nature::Supplies;
    match (lang, test.at_or_above) {
        (Lang::Dutch, reached) => {
            let threshold = if supplies {
                format!("de drempel voor leveringen van {amount}")
            } else {
                format!("de drempel van {amount}")
            };
            let then = if reached {
                format!("de geraamde waarde haalt {threshold}, dus dan moet worden aanbesteed")
            } else {
                format!("de geraamde waarde blijft onder {threshold}: geen Europese aanbesteding")
            };
            format!(
                "Subsidie: ook dan kan de Aanbestedingswet gelden. Is de subsidie in feite een overheidsopdracht (een schriftelijke overeenkomst onder bezwarende titel), dan telt de drempel: {then} (Koersdocument Twente, Kaders inkoop)."
            )
        }
        (Lang::English, reached) => {
            let threshold = if supplies {
                format!("the supplies threshold of {amount}")
            } else {
                format!("the threshold of {amount}")
            };
            let then = if reached {
                format!("the estimated value reaches {threshold}, so it must then be tendered")
            } else {
                format!("the estimated value stays below {threshold}: no European tender")
            };
            format!(
                "Subsidy: the Aanbestedingswet may apply all the same. If the subsidy is in fact a public contract (a written contract for pecuniary interest), the threshold counts: {then} (Twente's Koersdocument, Kaders inkoop)."
            )
        }
    }
}

/// A route outside procurement law: why, and what applies instead.
fn outside_law(regime: Regime, lang: Lang) -> &'static str {
    let dutch = lang == Lang::Dutch;
    match regime {
        Regime::OpenHouse if dutch => {
            "Open house is geen aanbesteding en valt niet onder de Aanbestedingswet (Rivierenland 2019, paragraaf 6.1): de drempel speelt geen rol. Wel gelden vooraf bekendgemaakte toelatingseisen; iedere aanbieder die eraan voldoet, mag zich inschrijven."
        }
        Regime::OpenHouse => {
            "Open house is not a tender and falls outside the Aanbestedingswet (Rivierenland 2019, section 6.1): the threshold plays no part. Admission requirements announced beforehand apply instead; every provider that meets them may enrol."
        }
        Regime::SemiOpenHouse if dutch => {
            "Semi-open house is inkoop, geen aanbesteding (NMD 2023, paragraaf 3.1): de drempel speelt geen rol. Wel gelden vooraf bekendgemaakte toelatingseisen, met vaste momenten waarop aanbieders kunnen toetreden."
        }
        Regime::SemiOpenHouse => {
            "Semi-open house is buying, not tendering (NMD 2023, section 3.1): the threshold plays no part. Admission requirements announced beforehand apply instead, with set moments at which providers may join."
        }
        _ if dutch => {
            "Inbesteden is inkoop, geen aanbesteding (NMD 2023, paragraaf 3.1): de gemeenten voeren het in eigen beheer uit, zonder opdracht aan de markt, dus de drempel speelt geen rol."
        }
        _ => {
            "In-house provision is buying, not tendering (NMD 2023, section 3.1): the municipalities do it themselves, without a contract on the market, so the threshold plays no part."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::contract::threshold_test;
    use rust_decimal::dec;

    fn test(value: rust_decimal::Decimal, nature: Nature) -> ThresholdTest {
        let day = ThresholdDay::ContractStart("2026-01-01".parse().expect("date"));
        threshold_test(value, nature, day)
    }

    const LIGHT_REGIME_NL: &str = "het lichte regime voor sociale en andere specifieke diensten geldt, met Europese bekendmaking";
    const LIGHT_REGIME_EN: &str = "the light regime for social and other specific services applies, with European publication";

    #[test]
    fn the_rule_counts_exactly_the_threshold_and_is_said_in_both_languages() {
        let regime = Some(Regime::SocialServices);
        let at = threshold_rule(
            regime,
            test(dec!(750000), Nature::SocialServices),
            Lang::Dutch,
        );
        assert!(
            at.starts_with("Op of boven de drempel van € 750.000"),
            "{at}"
        );
        assert!(at.contains(LIGHT_REGIME_NL));
        let below = threshold_rule(
            regime,
            test(dec!(749999), Nature::SocialServices),
            Lang::English,
        );
        assert!(
            below.starts_with("Below the threshold of € 750.000"),
            "{below}"
        );
        // No regime chosen yet, or the full European regime: the same rule.
        for regime in [None, Some(Regime::European)] {
            let text = threshold_rule(
                regime,
                test(dec!(1000000), Nature::SocialServices),
                Lang::English,
            );
            assert!(text.contains(LIGHT_REGIME_EN), "{text}");
        }
    }

    #[test]
    fn routes_outside_procurement_law_have_no_threshold_sentence_but_what_applies_instead() {
        let cases = [
            (
                Regime::OpenHouse,
                "Rivierenland 2019, paragraaf 6.1",
                "toelatingseisen",
            ),
            (
                Regime::SemiOpenHouse,
                "NMD 2023, paragraaf 3.1",
                "toelatingseisen",
            ),
            (
                Regime::InHouse,
                "NMD 2023, paragraaf 3.1",
                "in eigen beheer",
            ),
        ];
        for (regime, source, instead) in cases {
            for nature in Nature::ALL {
                let value = test(dec!(10000000), nature);
                let nl = threshold_rule(Some(regime), value, Lang::Dutch);
                assert!(!nl.contains("Europese bekendmaking"), "{regime:?}: {nl}");
                assert!(!nl.contains("Europees aanbesteden"), "{regime:?}: {nl}");
                assert!(!nl.contains("€"), "no amount: {nl}");
                assert!(nl.contains(source) && nl.contains(instead), "{nl}");
                let en = threshold_rule(Some(regime), value, Lang::English);
                assert!(
                    !en.contains("European publication") && !en.contains("€"),
                    "{en}"
                );
                assert!(en.contains("the threshold plays no part"), "{en}");
            }
        }
    }

    #[test]
    fn a_subsidy_may_still_be_caught_by_procurement_law_on_either_side_of_the_threshold() {
        let subsidy = Some(Regime::Subsidy);
        let above = threshold_rule(
            subsidy,
            test(dec!(750000), Nature::SocialServices),
            Lang::Dutch,
        );
        assert!(above.starts_with("Subsidie: ook dan kan de Aanbestedingswet gelden"));
        assert!(above.contains("haalt de drempel van € 750.000, dus dan moet worden aanbesteed"));
        assert!(above.contains("Koersdocument Twente"));
        assert!(!above.contains(LIGHT_REGIME_NL));
        let below = threshold_rule(
            subsidy,
            test(dec!(749999), Nature::SocialServices),
            Lang::Dutch,
        );
        assert!(
            below.contains("blijft onder de drempel van € 750.000"),
            "{below}"
        );
        let supplies = threshold_rule(subsidy, test(dec!(216000), Nature::Supplies), Lang::English);
        assert!(
            supplies.contains("reaches the supplies threshold of € 216.000"),
            "{supplies}"
        );
        assert!(supplies.contains("Threshold as of 01-01-2026, the contract's start"));
    }

    #[test]
    fn the_sentence_says_which_day_the_threshold_was_taken_from() {
        let on: crate::model::WorkshopDate = "2025-07-01".parse().expect("date");
        let cases = [
            (
                ThresholdDay::TenderPhase(on),
                "het begin van fase 6 (Inkoop/aanbesteding)",
            ),
            (
                ThresholdDay::ContractStart(on),
                "de ingangsdatum van het contract",
            ),
            (ThresholdDay::WorkshopDate(on), "de datum van de werksessie"),
            (
                ThresholdDay::Latest(on),
                "de nieuwste periode (vanaf 01-07-2025)",
            ),
        ];
        for (day, words) in cases {
            let value = threshold_test(dec!(218000), Nature::Supplies, day);
            let text = threshold_rule(Some(Regime::European), value, Lang::Dutch);
            assert!(text.contains(words), "{text}");
            assert!(text.contains("01-07-2025"), "{text}");
            assert!(
                text.contains("drempel voor leveringen van € 221.000"),
                "{text}"
            );
            assert_ne!(day.name(Lang::Dutch), day.name(Lang::English));
        }
    }
}
