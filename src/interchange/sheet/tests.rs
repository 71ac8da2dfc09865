//! Tests of the spreadsheet import on sheets shaped like the ones teams really have.

use rust_decimal::dec;

use super::*;
use crate::format::progress::ReadProgress;
use crate::model::{Criterion, Law, Level, Lot, LotId, Scores, Workshop};

const SEED_SHEET: &str = include_str!("../../../tests/data/nmd-2022-kraljic-sheet.tsv");

fn first_sheet(bytes: &[u8], name: &str) -> Sheet {
    read_workbook(bytes, name).expect("reads").sheets.remove(0)
}

/// The same table as an Excel file, with the numbers that are plain numbers stored as numbers.
fn as_xlsx(tsv: &str) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Kraljic").expect("name");
    for (r, line) in tsv.lines().enumerate() {
        for (c, cell) in line.split('\t').enumerate() {
            let (r, c) = (r as u32, c as u16);
            if cell.is_empty() {
                continue;
            }
            match cell.parse::<f64>() {
                Ok(n) => sheet.write_number(r, c, n).map(|_| ()),
                Err(_) => sheet.write_string(r, c, cell).map(|_| ()),
            }
            .expect("write");
        }
    }
    book.save_to_buffer().expect("xlsx")
}

fn check_seed_sheet(sheet: &Sheet) {
    let mapping = guess_mapping(sheet);
    assert_eq!(
        sheet.row_number(mapping.header.bottom),
        3,
        "header on row 3"
    );
    let letter = |f: Field| mapping.get(f).map(|c| sheet.column_letter(c));
    assert_eq!(letter(Field::Name).as_deref(), Some("B"));
    // "EUR of %" holds the amounts; the column headed "EUR" holds percentages.
    assert_eq!(letter(Field::Spend).as_deref(), Some("C"));
    assert_eq!(
        letter(Field::Score(Criterion::Impact)).as_deref(),
        Some("F")
    );
    assert_eq!(
        letter(Field::Score(Criterion::Scarcity)).as_deref(),
        Some("G")
    );
    assert_eq!(
        letter(Field::Score(Criterion::Switching)).as_deref(),
        Some("H")
    );
    assert_eq!(mapping.get(Field::Law), None);

    let rows = read_rows(sheet, &mapping).expect("rows");
    assert_eq!(rows.lots.len(), 29);
    let first = &rows.lots[0];
    assert_eq!(first.name, "Huishoudelijke Hulp");
    assert_eq!(first.row, 6);
    assert_eq!(first.spend, dec!(17163920));
    assert_eq!(
        first.scores,
        Scores::new(Level::Low, Level::Medium, Level::Low)
    );
    let seventh = &rows.lots[6];
    assert_eq!(
        seventh.scores,
        Scores::new(Level::High, Level::Medium, Level::Medium)
    );
    // The four rows without scores come in unscored.
    assert_eq!(
        rows.lots
            .iter()
            .filter(|l| l.scores == Scores::default())
            .count(),
        4
    );
    let sum: rust_decimal::Decimal = rows.lots.iter().map(|l| l.spend).sum();
    assert_eq!(sum, dec!(99320035));
    assert_eq!(rows.total, Some(dec!(99120033)));
    assert_eq!(
        rows.notes,
        [
            RowNote::Explanation {
                row: 4,
                text: "50% 80% 95% 100%".into()
            },
            RowNote::Explanation {
                row: 5,
                text: "Deze niet invullen".into()
            },
            RowNote::Total {
                row: 35,
                name: "Totaal bedrag".into()
            },
        ]
    );
}

#[test]
fn the_seed_table_reads_as_text() {
    check_seed_sheet(&first_sheet(SEED_SHEET.as_bytes(), "kraljic.tsv"));
}

#[test]
fn the_seed_table_reads_as_excel() {
    let bytes = as_xlsx(SEED_SHEET);
    let book = read_workbook(&bytes, "kraljic.xlsx").expect("reads");
    assert_eq!(book.sheets.len(), 1);
    assert_eq!(book.sheets[0].name, "Kraljic");
    check_seed_sheet(&book.sheets[0]);
}

#[test]
fn of_two_spend_columns_the_latest_year_wins_and_the_total_is_skipped() {
    let csv = include_str!("../../../tests/data/nmd-spend-by-lot-2021-2022.csv");
    let sheet = first_sheet(csv.as_bytes(), "spend.csv");
    let mapping = guess_mapping(&sheet);
    assert_eq!(
        mapping.header,
        crate::interchange::sheet::HeaderRows::one(0)
    );
    assert_eq!(mapping.get(Field::Name), Some(0));
    assert_eq!(mapping.get(Field::Spend), Some(3), "spend_2022_eur");
    let rows = read_rows(&sheet, &mapping).expect("rows");
    assert_eq!(rows.lots.len(), 29);
    assert_eq!(rows.lots[1].name, "Beschermd wonen");
    assert_eq!(rows.lots[1].spend, dec!(14350237));
    assert_eq!(rows.total, Some(dec!(109490141)));
    assert!(matches!(
        rows.notes.as_slice(),
        [RowNote::Total { row: 31, .. }]
    ));
}

#[test]
fn bad_cells_are_reported_not_guessed() {
    let csv =
        "naam;uitgaven;impact;wet\nA;1.000;2;Wmo\nB;veel;1;\nC;;1;\nD;2.000;7;jeugd\nE;5%;1;\n";
    let sheet = first_sheet(csv.as_bytes(), "x.csv");
    let mapping = guess_mapping(&sheet);
    let rows = read_rows(&sheet, &mapping).expect("rows");
    assert_eq!(rows.lots.len(), 2);
    assert_eq!(rows.lots[0].law, Some(Law::Wmo));
    assert_eq!(rows.lots[1].name, "D");
    assert_eq!(rows.lots[1].scores.get(Criterion::Impact), None);
    assert_eq!(rows.lots[1].law, Some(Law::Jeugdwet));
    assert_eq!(
        rows.notes,
        [
            RowNote::BadAmount {
                row: 3,
                name: "B".into(),
                text: "veel".into()
            },
            RowNote::NoAmount {
                row: 4,
                name: "C".into()
            },
            RowNote::BadCell {
                row: 5,
                name: "D".into(),
                field: Field::Score(Criterion::Impact),
                text: "7".into()
            },
            RowNote::BadAmount {
                row: 6,
                name: "E".into(),
                text: "5%".into()
            },
        ]
    );
    let mut none = mapping.clone();
    none.set(Field::Spend, None);
    assert_eq!(read_rows(&sheet, &none), Err(MappingError::NoSpendColumn));
}

fn scored(id: u32, name: &str, spend: rust_decimal::Decimal, scores: Scores) -> Lot {
    let mut lot = Lot::new(LotId(id), name, spend);
    lot.scores = scores;
    lot
}

#[test]
fn a_merge_updates_spend_adds_lots_and_keeps_every_score_and_note() {
    let mut workshop = Workshop {
        lots: vec![
            scored(
                1,
                "Dagbesteding Wmo",
                dec!(100),
                Scores::new(Level::Low, Level::Low, Level::Low),
            ),
            scored(2, "Pleegzorg", dec!(200), Scores::default()),
            scored(
                3,
                "Dyslexie",
                dec!(300),
                Scores::new(Level::None, Level::None, Level::None),
            ),
        ],
        ..Workshop::default()
    };
    workshop.lots[0].notes = "besproken".into();
    let csv = "perceel;bedrag;impact;schaarste;omschakeling\n\
               dagbesteding  WMO;150;3;3;3\n\
               Pleegzorg;200;2;;1\n\
               Gezinshuis;400;;;\n";
    let sheet = first_sheet(csv.as_bytes(), "x.csv");
    let rows = read_rows(&sheet, &guess_mapping(&sheet)).expect("rows");
    let plan = plan_merge(&workshop, &rows, &ManualMatches::new());
    let counts = plan.counts();
    assert_eq!(counts.spend_updated, 1);
    assert_eq!(counts.scores_filled, 1);
    assert_eq!(counts.scores_kept, 1);
    assert_eq!(counts.added, 1);
    assert_eq!(counts.added_scored, 0, "Gezinshuis comes without scores");
    assert_eq!(counts.not_in_sheet, 1);
    assert_eq!(plan.not_in_sheet, [LotId(3)]);
    // A new lot that comes with scores is counted as one: the message never says "0 with
    // scores" for lots that brought theirs.
    let with = "perceel;bedrag;impact;schaarste;omschakeling\nNieuw;100;1;2;3\n";
    let scored_sheet = first_sheet(with.as_bytes(), "y.csv");
    let scored_rows = read_rows(&scored_sheet, &guess_mapping(&scored_sheet)).expect("rows");
    let scored = plan_merge(&workshop, &scored_rows, &ManualMatches::new()).counts();
    assert_eq!((scored.added, scored.added_scored), (1, 1));

    let merged = apply_merge(&workshop, &rows, &plan);
    assert_eq!(merged.lots.len(), 4);
    let day = &merged.lots[0];
    assert_eq!(day.spend, dec!(150));
    assert_eq!(day.scores, workshop.lots[0].scores, "own scores kept");
    assert_eq!(day.notes, "besproken");
    assert_eq!(
        merged.lots[1].scores.get(Criterion::Impact),
        Some(Level::Medium)
    );
    assert_eq!(merged.lots[1].scores.get(Criterion::Scarcity), None);
    assert_eq!(merged.lots[2], workshop.lots[2]);
    assert_eq!(merged.lots[3].name, "Gezinshuis");
    assert_eq!(merged.lots[3].id, LotId(4));

    // By hand: Gezinshuis is Dyslexie (nonsense, but the user decides).
    let mut manual = ManualMatches::new();
    manual.insert(4, Some(LotId(3)));
    let plan = plan_merge(&workshop, &rows, &manual);
    assert!(plan.not_in_sheet.is_empty());
    assert_eq!(plan.counts().added, 0);
}

#[test]
fn a_new_workshop_keeps_the_reported_total() {
    let sheet = first_sheet(SEED_SHEET.as_bytes(), "kraljic.tsv");
    let rows = read_rows(&sheet, &guess_mapping(&sheet)).expect("rows");
    let workshop = new_workshop(&rows, "NMD");
    assert_eq!(workshop.lots.len(), 29);
    assert_eq!(workshop.reported_total, Some(dec!(99120033)));
    assert_eq!(workshop.reported_total_gap(), Some(dec!(200002)));
}

#[test]
fn header_words_name_the_fields() {
    let cases = [
        ("Top 25 Inkoop Categorieën", Some(Field::Name)),
        ("EUR of %", Some(Field::Spend)),
        ("Impact proces", Some(Field::Score(Criterion::Impact))),
        ("spend_2022_eur", Some(Field::Spend)),
        ("lot", Some(Field::Name)),
        ("Aandeel top 3", Some(Field::Top3)),
        ("Aantal cliënten", Some(Field::Clients)),
        ("Geregistreerde aanbieders", Some(Field::Providers)),
        ("Wet", Some(Field::Law)),
        ("Risico", None),
        ("Nr", None),
    ];
    for (header, field) in cases {
        assert_eq!(columns::field_for_header(header), field, "{header}");
    }
}

/// The seed table as a minimal OpenDocument spreadsheet (text cells, as a paste gives them).
fn as_ods(tsv: &str) -> Vec<u8> {
    use std::io::Write;
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut rows = String::new();
    for line in tsv.lines() {
        rows.push_str("<table:table-row>");
        for cell in line.split('\t') {
            if cell.is_empty() {
                rows.push_str("<table:table-cell/>");
            } else {
                rows.push_str(&format!(
                    "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                    escape(cell)
                ));
            }
        }
        rows.push_str("</table:table-row>");
    }
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
<office:body><office:spreadsheet><table:table table:name=\"Kraljic\">{rows}</table:table>\
</office:spreadsheet></office:body></office:document-content>"
    );
    let mut bytes = Vec::new();
    {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).expect("mimetype");
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .expect("write");
        zip.start_file("content.xml", stored).expect("content");
        zip.write_all(content.as_bytes()).expect("write");
        zip.start_file("META-INF/manifest.xml", stored)
            .expect("manifest");
        zip.write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>").expect("write");
        zip.finish().expect("zip");
    }
    bytes
}

#[test]
fn the_seed_table_reads_as_opendocument() {
    let bytes = as_ods(SEED_SHEET);
    let book = read_workbook(&bytes, "kraljic.ods").expect("reads");
    assert_eq!(book.sheets[0].name, "Kraljic");
    check_seed_sheet(&book.sheets[0]);
}

#[test]
fn the_real_spend_table_merged_into_the_example_keeps_every_score() {
    let workshop = crate::examples::default_workshop()
        .expect("example")
        .workshop;
    let csv = include_str!("../../../tests/data/nmd-spend-by-lot-2021-2022.csv");
    let sheet = first_sheet(csv.as_bytes(), "spend.csv");
    let rows = read_rows(&sheet, &guess_mapping(&sheet)).expect("rows");
    let plan = plan_merge(&workshop, &rows, &ManualMatches::new());
    let merged = apply_merge(&workshop, &rows, &plan);
    for lot in &workshop.lots {
        let after = merged.lot(lot.id).expect("no lot is dropped");
        assert_eq!(after.scores, lot.scores, "{}", lot.name);
        assert_eq!(after.checklist, lot.checklist);
        assert_eq!(after.name, lot.name);
    }
    // Lots whose names match take the 2022 spend.
    let counts = plan.counts();
    assert!(counts.spend_updated > 0);
    let wonen = merged
        .lots
        .iter()
        .find(|l| l.name == "Beschermd wonen")
        .expect("matched");
    assert_eq!(wonen.spend, dec!(14350237));
    assert_eq!(merged.lots.len(), workshop.lots.len() + counts.added);
}

proptest::proptest! {
    #[test]
    fn no_bytes_make_the_importer_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400)) {
        for name in ["x.csv", "x.xlsx", "x.ods"] {
            if let Ok(book) = read_workbook(&bytes, name) {
                for sheet in &book.sheets {
                    let mapping = guess_mapping(sheet);
                    let _ = read_rows(sheet, &mapping);
                }
            }
        }
    }

    #[test]
    fn no_text_table_makes_the_importer_panic(text in "([a-z€%;,.\\- 0-9]{0,12}[;\\n]){0,60}") {
        if let Ok(book) = read_workbook(text.as_bytes(), "x.csv") {
            let sheet = &book.sheets[0];
            let mapping = guess_mapping(sheet);
            if let Ok(rows) = read_rows(sheet, &mapping) {
                let workshop = new_workshop(&rows, "t");
                let plan = plan_merge(&workshop, &rows, &ManualMatches::new());
                let merged = apply_merge(&workshop, &rows, &plan);
                proptest::prop_assert_eq!(merged.lots.len(), workshop.lots.len() + plan.counts().added);
            }
        }
    }
}

#[test]
fn a_pasted_block_with_a_unit_and_two_header_rows_reads_like_a_workbook() {
    // What Excel puts on the clipboard: tab-separated, with Dutch decimal commas.
    let block = "Uitgaven per perceel\tbedragen x € 1.000\n\n\
                 Perceel\tUitgaven\t\n\t2022\t2023\n\
                 Dyslexiezorg\t912,3\t985,628\nBegeleiding\t5.800,5\t6.000\n";
    let sheet = first_sheet(block.as_bytes(), "plakken.tsv");
    let mapping = guess_mapping(&sheet);
    assert_eq!(mapping.header, HeaderRows::two(2));
    assert_eq!(mapping.get(Field::Spend), Some(2), "the latest year");
    assert_eq!(mapping.spend_unit, SpendUnit::Thousands);
    let rows = read_rows(&sheet, &mapping).expect("lots");
    let spends: Vec<_> = rows.lots.iter().map(|l| l.spend).collect();
    assert_eq!(spends, [dec!(985628), dec!(6000000)]);
    assert!(rows.notes.is_empty(), "{:?}", rows.notes);
}

/// A workbook of `rows` rows × 5 numbers, starting in C3, with an empty row in the middle.
fn numbers_xlsx(rows: u32) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for row in 2..rows + 2 {
        if row == rows / 2 {
            continue;
        }
        for column in 2..7u16 {
            sheet
                .write_number(row, column, f64::from(row) + f64::from(column) / 10.0)
                .expect("write");
        }
    }
    book.save_to_buffer().expect("save")
}

fn opened(bytes: &[u8]) -> calamine::Xlsx<std::io::Cursor<&[u8]>> {
    calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("opens")
}

#[test]
fn an_xlsx_sheet_streamed_is_the_range_calamine_reads_and_counts_its_rows() {
    use calamine::Reader as _;
    let bytes = numbers_xlsx(9000);
    let whole = opened(&bytes).worksheet_range("Sheet1").expect("range");
    let progress = ReadProgress::default();
    let streamed = read::streamed_range(&mut opened(&bytes), "Sheet1", &progress).expect("reads");
    assert_eq!(streamed, whole);
    assert_eq!(streamed.start(), Some((2, 2)));
    // The rows up to the last one, counted while the sheet was parsed.
    assert_eq!(progress.counts().rows, 9002);
}

#[test]
fn a_cancel_is_heard_while_an_xlsx_sheet_is_parsed() {
    let bytes = numbers_xlsx(9000);
    let progress = ReadProgress::default();
    progress.cancel();
    let read = read::streamed_range(&mut opened(&bytes), "Sheet1", &progress);
    assert!(matches!(read, Err(SheetError::Cancelled)), "{read:?}");
    // Stopped at the first look, after a few thousand of the 45 000 cells.
    assert!(progress.counts().rows < 2000, "{:?}", progress.counts());
}

#[test]
fn two_cells_far_apart_are_refused_before_the_grid_between_them_is_made() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Perceel").expect("cell");
    sheet.write_number(1_048_575, 16_383, 1.0).expect("cell");
    let bytes = book.save_to_buffer().expect("save");
    let read = read::streamed_range(&mut opened(&bytes), "Sheet1", &ReadProgress::default());
    assert!(matches!(read, Err(SheetError::TooLarge)), "{read:?}");
}
