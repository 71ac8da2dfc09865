//! Exports read back: the PDF report (pages and text, through pdftotext), the SVG (parses),
//! the Excel workbook (same numbers, through calamine) and the CSV (re-imported, same lots).

mod common;
use common::pdf_text;

use calamine::{Data, Reader};
use kraljic_workshop::examples::default_workshop;
use kraljic_workshop::format::built_in_catalogue;
use kraljic_workshop::interchange::import_csv;
use kraljic_workshop::locale::Lang;
use kraljic_workshop::model::{AnswerValue, Criterion, Workshop, analyse};
use kraljic_workshop::report;
use kraljic_workshop::report::export_csv;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

fn example() -> Workshop {
    let mut workshop = default_workshop().expect("example").workshop;
    let lot = &mut workshop.lots[1];
    let decision = kraljic_workshop::model::RecordItem {
        text: "Partnerschap met twee aanbieders, looptijd vier jaar".into(),
        ..kraljic_workshop::model::RecordItem::new(
            kraljic_workshop::model::RecordKind::Decision,
            Some(lot.id),
        )
    };
    lot.checklist.entry("coverage".into()).or_default().value = AnswerValue::YesNo(true);
    workshop.record.push(decision);
    workshop
}

#[test]
fn the_report_has_a_page_per_lot_and_says_what_the_workshop_decided() {
    let workshop = example();
    let pages = std::cell::Cell::new(0);
    let bytes = report::pdf::to_pdf(
        &workshop,
        &built_in_catalogue(),
        Lang::Dutch,
        &|done, total| {
            assert!(done <= total);
            pages.set(total);
        },
    )
    .expect("pdf");
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdf_text(&bytes);
    // Title, matrix, portfolio and the kaders, then a page per lot; the four lots with a
    // filled-in strategy take two.
    let with_strategy = workshop
        .lots
        .iter()
        .filter(|l| !l.strategy.is_empty())
        .count();
    assert_eq!(with_strategy, 4);
    let expected = pages.get();
    assert!(
        expected > 3 + workshop.lots.len() + with_strategy,
        "{expected}: and the kaders"
    );
    assert_eq!(
        text.matches('\u{c}').count(),
        expected,
        "form feeds end the pages"
    );
    assert!(text.contains(&format!("Pagina {expected} van {expected}")));
    assert!(
        !text.contains("Pagina 1 van"),
        "the title page has no number"
    );
    for needle in [
        "Strategierapport",
        "Kraljic-analyse inkoop 2022",
        "Aa en Hunze",
        "Portfolio",
        "€ 99.320.035",
        "Wat dit betekent",
        "Partnerschap met twee aanbieders, looptijd vier jaar",
        "Mededingingsprocedure met onderhandeling",
        "Hefboom",
        "Knelpunt",
    ] {
        assert!(text.contains(needle), "{needle} in the report");
    }
    for lot in &workshop.lots {
        assert!(
            text.contains(lot.name.as_str()),
            "{} in the report",
            lot.name
        );
    }
}

#[test]
fn the_report_speaks_english_when_asked() {
    let text = pdf_text(
        &report::pdf::to_pdf(&example(), &built_in_catalogue(), Lang::English, &|_, _| {})
            .expect("pdf"),
    );
    for needle in [
        "Strategy report",
        "What this means",
        "Page 2 of",
        "Leverage",
        "Still open",
    ] {
        assert!(text.contains(needle), "{needle}");
    }
}

#[test]
fn the_svg_parses_and_names_every_scored_lot() {
    let workshop = example();
    let svg = report::matrix_svg(&workshop, Lang::Dutch);
    let document = roxmltree::Document::parse(&svg).expect("valid XML");
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(root.attribute("width"), Some("1920"));
    let texts: Vec<&str> = document
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    assert!(texts.contains(&"Huishoudelijke hulp"));
    assert!(texts.iter().any(|t| t.ends_with("Strategisch")));
    let markers = document
        .descendants()
        .filter(|n| n.has_tag_name("polygon") || n.has_tag_name("circle"))
        .count();
    // Squares are rects; diamonds, triangles and circles are counted here.
    assert!(markers >= 10);
}

#[test]
fn the_print_png_has_the_print_size() {
    let bytes =
        report::matrix_png(&example(), Lang::Dutch, report::PictureSize::Print).expect("png");
    let decoder = png::Decoder::new(std::io::Cursor::new(&bytes));
    let reader = decoder.read_info().expect("header");
    assert_eq!((reader.info().width, reader.info().height), (3508, 2480));
}

#[test]
fn the_workbook_reads_back_with_the_same_numbers() {
    let workshop = example();
    let bytes =
        report::workbook::to_xlsx(&workshop, &built_in_catalogue(), Lang::Dutch).expect("xlsx");
    let mut book =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).expect("opens");
    assert_eq!(
        book.sheet_names(),
        [
            "Portfolio",
            "Checklist",
            "Besluiten",
            "Strategie",
            "Kaders",
            "Planning",
            "Contracten"
        ]
    );
    let range = book.worksheet_range("Portfolio").expect("sheet");
    let portfolio = analyse(&workshop);
    let number = |d: &Data| match d {
        Data::Float(f) => Some(*f),
        Data::Int(i) => Some(*i as f64),
        _ => None,
    };
    for (row, ranked) in portfolio.ranked.iter().enumerate() {
        let lot = &workshop.lots[ranked.index];
        let cells: Vec<&Data> = range.rows().nth(row + 1).expect("row").iter().collect();
        assert_eq!(cells[1], &Data::String(lot.name.clone()));
        let spend = number(cells[3]).expect("spend is a number, not text");
        assert_eq!(
            Decimal::from_f64_retain(spend).map(|d| d.round_dp(2)),
            Some(lot.spend)
        );
        for (i, criterion) in Criterion::ALL.into_iter().enumerate() {
            assert_eq!(
                number(cells[7 + i]),
                lot.scores.get(criterion).map(|l| f64::from(l.number())),
                "{} {criterion:?}",
                lot.name
            );
        }
        let share = number(cells[4]).expect("share");
        assert!((share * 100.0 - ranked.share_pct.to_f64().unwrap_or(0.0)).abs() < 1e-9);
    }
    let checklist = book.worksheet_range("Checklist").expect("sheet");
    let row_of = |question: &str| {
        checklist
            .rows()
            .find(|r| {
                r[0] == Data::String("Beschermd wonen".into())
                    && matches!(&r[2], Data::String(q) if q.starts_with(question))
            })
            .map(|r| r.to_vec())
            .expect("the question's row")
    };
    assert_eq!(row_of("Dragen de vragen")[3], Data::String("Ja".into()));
    // The procedure question reads the Strategy tab's answers.
    assert_eq!(
        row_of("Welke inkoopprocedure")[3],
        Data::String(
            "Licht regime: sociale en andere specifieke diensten (SAS), Mededingingsprocedure met onderhandeling, Raamovereenkomst, enkele aanbieders".into()
        )
    );
    let decisions = book.worksheet_range("Besluiten").expect("sheet");
    assert!(decisions.rows().any(|r| {
        r.iter()
            .any(|c| matches!(c, Data::String(s) if s.starts_with("Partnerschap")))
    }));
}

#[test]
fn a_csv_export_imports_as_the_same_lots() {
    let workshop = example();
    let mut bytes = Vec::new();
    export_csv(
        &workshop,
        kraljic_workshop::report::CsvCells::Guarded,
        &mut bytes,
    )
    .expect("csv");
    let imported = import_csv(&bytes, &workshop.title)
        .expect("imports")
        .workshop;
    assert_eq!(imported.lots.len(), workshop.lots.len());
    let portfolio = analyse(&workshop);
    for (ranked, again) in portfolio.ranked.iter().zip(&imported.lots) {
        let lot = &workshop.lots[ranked.index];
        assert_eq!(
            (&again.name, again.spend, again.scores, again.law),
            (&lot.name, lot.spend, lot.scores, lot.law)
        );
    }
}

#[test]
fn a_lot_page_has_its_strategy_with_the_contract_value_and_the_threshold_in_words() {
    use kraljic_workshop::model::contract::Term;
    use kraljic_workshop::model::strategy::{
        Access, Funding, FundingSetting, Instrument, Procedure, Regime,
    };
    let mut workshop = example();
    let lot = &mut workshop.lots[0];
    lot.strategy.access = Instrument {
        current: Some(Access::MunicipalTeam),
        proposed: Some(Access::ProvidersTakePart),
        ..Instrument::default()
    };
    lot.strategy.funding.proposed = Some(FundingSetting {
        variant: Funding::Task,
        budget_ceiling: false,
        pilot: false,
    });
    lot.strategy.regime = Some(Regime::SocialServices);
    lot.strategy.procedure = Some(Procedure::PrivateMultiple);
    lot.strategy.term = Term {
        start: "2026-01-01".parse().ok(),
        initial_years: 4,
        extensions: 2,
        extension_years: 1,
    };
    let spend = lot.spend;
    let bytes = report::pdf::to_pdf(&workshop, &built_in_catalogue(), Lang::Dutch, &|_, _| {})
        .expect("pdf");
    let text = pdf_text(&bytes);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Strategie Toegang Gemeentelijke (lokale) toegang → Aanbieders doen mee"),
        "{flat}"
    );
    let value = kraljic_workshop::locale::number::format_euro(spend * Decimal::from(6));
    assert!(
        flat.contains(&format!(
            "Geraamde opdrachtwaarde {value}. Op of boven de drempel van € 750.000"
        )),
        "{flat}"
    );
    assert!(
        flat.contains("Einde met alle verlengingen: 31-12-2031"),
        "{flat}"
    );
    // A private procedure above the threshold and a change of course without a pilot: hinted.
    assert!(
        flat.contains("Een onderhandse of nationale procedure terwijl"),
        "{flat}"
    );
    assert!(
        flat.contains("Een andere uitvoeringsvariant van de bekostiging, zonder pilot"),
        "{flat}"
    );
    // The example's other filled-in lots have theirs; lots without a strategy have no block.
    assert_eq!(flat.matches("Geraamde opdrachtwaarde").count(), 4);
}

#[test]
fn the_example_report_shows_the_filled_in_strategies() {
    let workshop = default_workshop().expect("example").workshop;
    let bytes = report::pdf::to_pdf(&workshop, &built_in_catalogue(), Lang::Dutch, &|_, _| {})
        .expect("pdf");
    let flat = pdf_text(&bytes)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // Four lots carry a strategy, each with a contract value and the threshold in words.
    assert_eq!(flat.matches("Geraamde opdrachtwaarde").count(), 4, "{flat}");
    for expected in [
        // Beschermd wonen: 14.483.631 a year over 4 + 2 x 2 years.
        "Geraamde opdrachtwaarde € 115.869.048. Op of boven de drempel van € 750.000",
        "Leveranciersmanagement Contractmanagement → Partnerschap",
        // Wmo-hulpmiddelen are supplies: the supplies threshold.
        "Geraamde opdrachtwaarde € 15.585.972. Op of boven de drempel voor leveringen",
        // Jeugdhulp+: 1.000.000 a year over 4 + 2 x 1 years.
        "Geraamde opdrachtwaarde € 6.000.000.",
        "Getoetst per perceel",
        // The kaders: a table of all of them, and each lot's answers on its page.
        "Kader 6: We investeren in strategisch partnerschap beantwoord 1 • n.v.t. 1 • open 27",
        "✓ Beschermd wonen: Partnerschap met enkele aanbieders en een looptijd tot acht jaar.",
        "Kaders Kader 6: We investeren in strategisch partnerschap ✓: Partnerschap met enkele aanbieders",
        // The tender calendar: a landscape page, then each tender's phase dates.
        "Aanbestedingskalender",
        "Huishoudelijke hulp 01-01-2030 01-07-2028 01-09-2028 01-12-2028 01-02-2029 01-05-2029 01-07-2029 01-11-2029",
        "1 Evaluatie • 2 Visie- en beleidsvorming",
        "Jeugdhulp+: de evaluatie had op 01-07-2022 moeten beginnen",
    ] {
        assert!(flat.contains(expected), "{expected}\n{flat}");
    }
}

#[test]
fn the_workbook_has_a_strategy_sheet_with_numbers_and_dates() {
    let workshop = default_workshop().expect("example").workshop;
    let bytes =
        report::workbook::to_xlsx(&workshop, &built_in_catalogue(), Lang::Dutch).expect("xlsx");
    let mut book =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).expect("opens");
    let range = book.worksheet_range("Strategie").expect("sheet");
    let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
    let header = &rows[0];
    let column = |name: &str| {
        header
            .iter()
            .position(|c| c == &Data::String(name.into()))
            .unwrap_or_else(|| panic!("column {name} in {header:?}"))
    };
    let (value, end, regime, threshold) = (
        column("Geraamde opdrachtwaarde"),
        column("Einde met verlengingen"),
        column("Regime"),
        column("Drempel"),
    );
    // One row per lot, in rank order: Beschermd wonen is second.
    assert_eq!(rows.len(), 1 + workshop.lots.len());
    let lot = &rows[2];
    assert_eq!(lot[0], Data::String("Beschermd wonen".into()));
    assert_eq!(lot[value], Data::Float(115_869_048.0), "a number, not text");
    assert_eq!(lot[threshold], Data::Float(750_000.0));
    assert_eq!(
        lot[regime],
        Data::String("Licht regime: sociale en andere specifieke diensten (SAS)".into())
    );
    match &lot[end] {
        // 31 December 2033 is day 48.944 of Excel's calendar (from 30 December 1899).
        Data::DateTime(day) => assert_eq!(day.as_f64(), 48_944.0),
        other => panic!("the end is a date, not {other:?}"),
    }
    // The kaders sheet: every lot against every kader, with what it says.
    let kaders = book.worksheet_range("Kaders").expect("sheet");
    let row = kaders
        .rows()
        .find(|r| {
            r[0] == Data::String("Beschermd wonen".into())
                && r[1] == Data::String("Kader 6: We investeren in strategisch partnerschap".into())
        })
        .expect("a row");
    assert_eq!(row[3], Data::String("\u{2713}".into()));
    assert!(matches!(&row[4], Data::String(s) if s.starts_with("Partnerschap met enkele")));
    assert_eq!(kaders.rows().count(), 1 + 29 * 20);
    // A lot without a strategy has only its name.
    let empty = rows
        .iter()
        .find(|r| r[0] == Data::String("Dyslexie".into()))
        .expect("Dyslexie");
    assert!(empty[1..].iter().all(|c| *c == Data::Empty), "{empty:?}");
}

#[test]
fn the_agenda_file_reads_back_with_a_real_parser_and_keeps_its_uids() {
    use kraljic_workshop::report::ics::{UtcStamp, to_ics};
    let workshop = default_workshop().expect("example").workshop;
    let stamp = UtcStamp {
        date: "2026-12-06".parse().expect("date"),
        seconds: 3600,
    };
    let text = to_ics(&workshop, Lang::Dutch, stamp);
    // CRLF line ends, and no line longer than 75 octets.
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'));
    assert!(text.split("\r\n").all(|line| line.len() <= 75));

    let reader = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendars: Vec<_> = reader.map(|c| c.expect("parses")).collect();
    assert_eq!(calendars.len(), 1);
    let calendar = &calendars[0];
    let property = |props: &[ical::property::Property], name: &str| {
        props
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    assert_eq!(property(&calendar.properties, "VERSION"), "2.0");
    assert!(property(&calendar.properties, "PRODID").contains("Kraljic Workshop"));
    // Seven phase starts for each of the 16 tenders, and the 25 contract ends.
    assert_eq!(calendar.events.len(), 16 * 7 + 25);
    for event in &calendar.events {
        assert_eq!(property(&event.properties, "DTSTAMP"), "20261206T010000Z");
        let start = event
            .properties
            .iter()
            .find(|p| p.name == "DTSTART")
            .expect("DTSTART");
        assert_eq!(
            start.params.clone().unwrap_or_default(),
            [("VALUE".to_string(), vec!["DATE".to_string()])]
        );
    }
    // Huishoudelijke hulp starts on 1 January 2030, after both extensions of its contract: its
    // evaluation begins on 1 July 2028.
    let evaluation = calendar
        .events
        .iter()
        .find(|e| property(&e.properties, "SUMMARY") == "Huishoudelijke hulp: Evaluatie begint")
        .expect("the event");
    assert_eq!(property(&evaluation.properties, "DTSTART"), "20280701");
    let hulpmiddelen = calendar
        .events
        .iter()
        .find(|e| property(&e.properties, "SUMMARY") == "Einde contract: Hulpmiddelen (Wmo)")
        .expect("the contract end");
    assert_eq!(property(&hulpmiddelen.properties, "DTSTART"), "20261231");
    // Unique UIDs, the same in a later export of the same plan.
    let uids = |text: &str| -> Vec<String> {
        text.lines()
            .filter_map(|l| l.strip_prefix("UID:"))
            .map(|l| l.trim_end().to_string())
            .collect()
    };
    let first = uids(&text);
    let mut unique = first.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), first.len());
    let later = UtcStamp {
        date: "2027-01-15".parse().expect("date"),
        seconds: 0,
    };
    assert_eq!(uids(&to_ics(&workshop, Lang::Dutch, later)), first);
}

#[test]
fn the_gantt_chart_exports_as_png_and_svg() {
    let workshop = default_workshop().expect("example").workshop;
    let bytes =
        report::gantt_png(&workshop, Lang::Dutch, report::PictureSize::Screen).expect("png");
    let decoder = png::Decoder::new(std::io::Cursor::new(&bytes));
    let reader = decoder.read_info().expect("header");
    assert_eq!((reader.info().width, reader.info().height), (1920, 1080));
    let svg = report::gantt_svg(&workshop, Lang::English);
    let document = roxmltree::Document::parse(&svg).expect("the SVG parses");
    let texts: Vec<&str> = document
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    for expected in [
        "Huishoudelijke hulp",
        "Evaluation",
        "Implementation",
        "2025",
    ] {
        assert!(
            texts.iter().any(|t| t.contains(expected)),
            "{expected} in {texts:?}"
        );
    }
    // One bar per phase of each tender, each numbered.
    let numbered = texts.iter().filter(|t| **t == "7").count();
    assert!(numbered >= 16, "{numbered}");
}

#[test]
fn the_workbook_has_the_plan_and_the_register_with_dates_as_dates() {
    let workshop = default_workshop().expect("example").workshop;
    let bytes =
        report::workbook::to_xlsx(&workshop, &built_in_catalogue(), Lang::Dutch).expect("xlsx");
    let mut book =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).expect("opens");
    let excel_day = |d: &Data| match d {
        Data::DateTime(day) => Some(day.as_f64()),
        _ => None,
    };
    // Excel counts days from 30 December 1899: 1 January 2030 is day 47.484, 1 July 2028 is
    // day 46.935.
    let planning = book.worksheet_range("Planning").expect("sheet");
    let rows: Vec<Vec<Data>> = planning.rows().map(|r| r.to_vec()).collect();
    assert_eq!(rows.len(), 1 + 16);
    assert_eq!(rows[0][3], Data::String("Evaluatie van".into()));
    let row = rows
        .iter()
        .find(|r| r[0] == Data::String("Huishoudelijke hulp".into()))
        .expect("the tender");
    assert_eq!(excel_day(&row[2]), Some(47_484.0), "{:?}", row[2]);
    assert_eq!(excel_day(&row[3]), Some(46_935.0), "{:?}", row[3]);
    let contracts = book.worksheet_range("Contracten").expect("sheet");
    assert_eq!(contracts.rows().count(), 1 + 25);
    let hulpmiddelen = contracts
        .rows()
        .find(|r| r[0] == Data::String("Hulpmiddelen (Wmo)".into()))
        .expect("the contract");
    // Extendable until 31 December 2028: day 47.118.
    assert_eq!(excel_day(&hulpmiddelen[3]), Some(47_118.0));
}

/// The text of the page that starts with `heading` (up to the next form feed).
fn page_with<'t>(text: &'t str, heading: &str) -> &'t str {
    text.split('\u{c}')
        .find(|page| page.trim_start().starts_with(heading))
        .unwrap_or_else(|| panic!("a page that starts with {heading}"))
}

#[test]
fn the_report_opens_with_a_summary_and_has_a_sensitivity_section_naming_the_right_lots() {
    let workshop = default_workshop().expect("example").workshop;
    let bytes = report::pdf::to_pdf(&workshop, &built_in_catalogue(), Lang::Dutch, &|_, _| {})
        .expect("pdf");
    let text = pdf_text(&bytes);
    // The summary is the second page, right after the title page.
    let second = text.split('\u{c}').nth(1).expect("a second page");
    assert!(second.trim_start().starts_with("Samenvatting"), "{second}");
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let summary = flat(second);
    for needle in [
        "Percelen en uitgaven per kwadrant",
        "Hefboom: 6 percelen",
        "Uitgaven per risicoklasse",
        "Eén scorestap van een ander kwadrant",
        "Huishoudelijke hulp",
        "checklistvragen",
        "Aanbestedingen die te laat beginnen",
    ] {
        assert!(summary.contains(needle), "{needle} in: {summary}");
    }
    // The section names exactly the lots the analysis finds, each with its step.
    let portfolio = analyse(&workshop);
    let sensitivity =
        kraljic_workshop::model::sensitivity::analyse_sensitivity(&workshop, &portfolio);
    let section = flat(page_with(&text, "Gevoeligheid"));
    assert!(!sensitivity.one_step.is_empty());
    for moved in &sensitivity.one_step {
        let name = &workshop.lot(moved.lot).expect("lot").name;
        assert!(
            section.contains(&format!("{name}: ")),
            "{name} in: {section}"
        );
    }
    assert!(
        section.contains(
            "Huishoudelijke hulp: Hefboom → Strategisch met één stap: impact 1 → 2 of schaarste 2 → 3 of omschakeling 1 → 2"
        ),
        "{section}"
    );
    for lot in &workshop.lots {
        let listed = section.contains(&format!("{}: ", lot.name));
        assert_eq!(
            listed,
            sensitivity.is_marked(lot.id),
            "{} listed: {listed}",
            lot.name
        );
    }
    assert!(
        section.contains("De grenzen zijn de gebruikelijke"),
        "{section}"
    );
    // A lot page shows the evidence behind its scarcity score.
    assert!(text.contains("Onderbouwing van de schaarste"));
}
