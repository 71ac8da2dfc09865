//! The strategy rules as the PDF report prints them, read back with pdftotext: the bottleneck
//! hint with the source where the notes say it, the day each threshold was taken from, a
//! threshold sentence that follows the chosen route (no light regime for open house), the
//! calendar's phases with their split labelled an assumption, and what the session recorded
//! for no single lot.

mod common;

use kraljic_workshop::examples::default_workshop;
use kraljic_workshop::format::built_in_catalogue;
use kraljic_workshop::locale::Lang;
use kraljic_workshop::model::contract::Term;
use kraljic_workshop::model::strategy::{Access, Funding, FundingSetting, Instrument, Regime};
use kraljic_workshop::model::{Lot, LotId, Workshop};
use kraljic_workshop::report;
use rust_decimal::Decimal;

/// The report's text in `lang`, its whitespace folded to single spaces.
fn report_text(workshop: &Workshop, lang: Lang) -> String {
    let bytes =
        report::pdf::to_pdf(workshop, &built_in_catalogue(), lang, &|_, _| {}).expect("pdf");
    let text = common::pdf_text(&bytes);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_nmd_report_cites_the_bottleneck_hint_where_the_notes_say_it() {
    let workshop = default_workshop().expect("example").workshop;
    let text = report_text(&workshop, Lang::Dutch);
    // Jeugdhulp+: a bottleneck lot with one provider and no continuity clause.
    assert!(
        text.contains(
            "Een knelpuntperceel met één aanbieder en geen continuïteitsclausule: stopt die \
             aanbieder, dan staat de zorg stil. Wat te doen: neem een continuïteitsclausule op (bij \
             Contractvorm) en verken een tweede aanbieder of een alternatief. (NMD 2023, bijlage 4 \
             (knelpuntproducten) en bijlage 3 (de continuïteit borgen); Rivierenland 2019, \
             paragraaf 6.2)"
        ),
        "{text}"
    );
    assert!(
        !text.contains("hoofdstuk 2 (continuïteit van zorg)"),
        "{text}"
    );
    // Every lot with a strategy is in a planned tender: its threshold is the one in force when
    // phase 6 starts, and the report says so.
    assert_eq!(
        text.matches("het begin van fase 6 (Inkoop/aanbesteding) van de geplande aanbesteding")
            .count(),
        4,
        "{text}"
    );
    // The calendar page: the phases as NMD 2023 names them, and their split an assumption.
    for expected in [
        "5 Kostprijsonderzoek • 6 Inkoop/aanbesteding • 7 Implementatie",
        "Duur van de fasen: 2, 3, 2, 3, 2, 4, 2 maanden, samen 18 (aanname, aan te passen in de \
         instellingen; de Startnotitie NMD 2023 noemt alleen gemiddeld 18 maanden voor het hele \
         proces).",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
    let english = report_text(&workshop, Lang::English);
    assert!(
        english.contains("(an assumption, adjustable in the settings;"),
        "{english}"
    );
    assert!(
        english.contains("appendix 3 (securing continuity); Rivierenland 2019, section 6.2"),
        "{english}"
    );
}

/// A lot of € 900.000 a year under `regime`, four years from 1 January 2026, with access by the
/// municipality and `funding` proposed.
fn lot(id: u32, name: &str, regime: Regime, funding: Funding) -> Lot {
    let mut lot = Lot::new(LotId(id), name, Decimal::from(900_000));
    let s = &mut lot.strategy;
    s.regime = Some(regime);
    s.access = Instrument {
        current: Some(Access::MunicipalTeam),
        proposed: Some(Access::MunicipalTeam),
        ..Instrument::default()
    };
    s.funding.proposed = Some(FundingSetting {
        variant: funding,
        budget_ceiling: false,
        pilot: false,
    });
    s.term = Term {
        start: "2026-01-01".parse().ok(),
        initial_years: 4,
        extensions: 0,
        extension_years: 0,
    };
    lot
}

#[test]
fn a_lot_with_open_house_has_no_light_regime_sentence_but_what_applies_instead() {
    const LIGHT_REGIME: &str = "het lichte regime voor sociale en andere specifieke diensten geldt, met Europese bekendmaking";
    let mut workshop = Workshop {
        title: "Routes buiten de aanbestedingsplicht".into(),
        lots: vec![
            lot(1, "Dagbesteding", Regime::OpenHouse, Funding::Task),
            lot(2, "Inloop GGZ", Regime::InHouse, Funding::Task),
            lot(3, "Vervoer", Regime::SemiOpenHouse, Funding::Output),
            lot(4, "Maatschappelijk werk", Regime::Subsidy, Funding::Task),
        ],
        highest_lot_id: 4,
        ..Workshop::default()
    };
    let text = report_text(&workshop, Lang::Dutch);
    // € 900.000 × 4 years is far above € 750.000, yet no route here is a public contract.
    assert!(!text.contains(LIGHT_REGIME), "{text}");
    assert!(!text.contains("Europese bekendmaking"), "{text}");
    for instead in [
        "Geraamde opdrachtwaarde € 3.600.000. Open house is geen aanbesteding en valt niet onder \
         de Aanbestedingswet (Rivierenland 2019, paragraaf 6.1): de drempel speelt geen rol. Wel \
         gelden vooraf bekendgemaakte toelatingseisen",
        "Inbesteden is inkoop, geen aanbesteding (NMD 2023, paragraaf 3.1)",
        "Semi-open house is inkoop, geen aanbesteding (NMD 2023, paragraaf 3.1)",
        // A subsidy may still be a public contract (Twente).
        "Subsidie: ook dan kan de Aanbestedingswet gelden",
        "haalt de drempel van € 750.000, dus dan moet worden aanbesteed (Koersdocument Twente, \
         Kaders inkoop). Drempel van 01-01-2026, de ingangsdatum van het contract",
        // The new hints, each with its source.
        "of houd bij open house inspannings- of outputgerichte bekostiging. (Rivierenland 2019, \
         paragraaf 5.3 (figuur 8))",
        "subsidie voor maatwerkvoorzieningen in de Wmo en de Jeugdwet is niet mogelijk",
    ] {
        assert!(text.contains(instead), "{instead}\n{text}");
    }
    assert_eq!(
        text.matches("Getoetst per perceel").count(),
        1,
        "the subsidy only"
    );
    // The same lot under the light regime: the sentence is there.
    workshop.lots[0].strategy.regime = Some(Regime::SocialServices);
    let text = report_text(&workshop, Lang::Dutch);
    assert_eq!(text.matches(LIGHT_REGIME).count(), 1, "{text}");
}

#[test]
fn the_report_prints_what_the_session_recorded_for_no_single_lot() {
    use kraljic_workshop::model::{RecordItem, RecordKind};
    let mut workshop = default_workshop().expect("example").workshop;
    let mut item = RecordItem::new(RecordKind::Action, None);
    item.text = "Planning voorleggen aan de portefeuillehouders".into();
    item.who = "Tiel".into();
    workshop.record.push(item);
    let mut own = RecordItem::new(RecordKind::Decision, Some(workshop.lots[0].id));
    own.text = "Eerst de marktconsultatie".into();
    workshop.record.push(own);
    let text = report_text(&workshop, Lang::Dutch);
    let session = text
        .find("Vastgelegd voor de hele sessie")
        .expect("the session's own section");
    let action = text
        .find("Planning voorleggen aan de portefeuillehouders (Tiel)")
        .expect("the session's action");
    assert!(session < action, "{text}");
    // A lot's own item stays on its lot's page, not in the session's section.
    assert_eq!(
        text.matches("Eerst de marktconsultatie").count(),
        1,
        "{text}"
    );
}
