//! Workbooks as other programs save them: one lot table (a cover page in front, a title that
//! states the unit and the total, a two-row header with merged years and criteria starting at
//! B4, a date column and a "Totaal" formula), written by the project's own writer as Excel
//! does and saved again by LibreOffice as `.xlsx`, `.xls` and `.ods`
//! (`scripts/make-sheet-fixtures.sh`). Every one imports alike, without any option.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use kraljic_workshop::format::load_path;
use kraljic_workshop::interchange::sheet::{Cell, choose_sheet, read_workbook};
use kraljic_workshop::model::{Criterion, Law, WorkshopDate};
use rust_decimal::Decimal;

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sheets");
    [
        "inkoop-excel.xlsx",
        "inkoop-libreoffice.xlsx",
        "inkoop-libreoffice.xls",
        "inkoop-libreoffice.ods",
    ]
    .iter()
    .map(|name| dir.join(name))
    .collect()
}

/// Name, spend in euros (the 2023 column, x € 1.000), law and the three scores.
const EXPECTED: [(&str, i64, Law, [u8; 3]); 4] = [
    ("Huishoudelijke hulp", 17_163_920, Law::Wmo, [3, 2, 2]),
    ("Dyslexiezorg", 985_628, Law::Jeugdwet, [1, 2, 1]),
    (
        "Jeugdhulp met verblijf",
        13_280_452,
        Law::Jeugdwet,
        [3, 3, 3],
    ),
    ("Begeleiding", 6_000_000, Law::Wmo, [2, 1, 2]),
];

#[test]
fn every_program_s_file_imports_alike_without_options() {
    for input in fixtures() {
        let dir = tempfile::tempdir().expect("dir");
        let output = dir.path().join("uit.kraljic.ron");
        let assert = Command::cargo_bin("kraljic-workshop")
            .expect("binary")
            .arg("import")
            .arg(&input)
            .arg("-o")
            .arg(&output)
            .assert()
            .success();
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
        let file = input.display();
        for said in [
            "Blad 'Percelen' gelezen",
            "De kop loopt over rij 4 en 5",
            "De bedragen staan in × € 1.000",
            "Rij 10 ('Totaal') is een totaalregel",
        ] {
            assert!(stderr.contains(said), "{file}: {stderr}");
        }
        // The year row is header, not a skipped row; the stated total agrees.
        assert!(!stderr.contains("Rij 5"), "{file}: {stderr}");
        assert!(!stderr.contains("noemt een totaal"), "{file}: {stderr}");
        let workshop = load_path(&output).expect("written").workshop;
        let read: Vec<_> = workshop
            .lots
            .iter()
            .map(|lot| {
                let scores = Criterion::ALL.map(|c| lot.scores.get(c).map_or(9, |l| l.number()));
                (lot.name.as_str(), lot.spend, lot.law, scores)
            })
            .collect();
        let expected: Vec<_> = EXPECTED
            .iter()
            .map(|(name, spend, law, scores)| (*name, Decimal::from(*spend), *law, *scores))
            .collect();
        assert_eq!(read, expected, "{file}");
        assert_eq!(workshop.reported_total, Some(Decimal::from(37_430_000)));
    }
}

#[test]
fn date_cells_are_read_as_dates_from_every_program_s_file() {
    for input in fixtures() {
        let bytes = std::fs::read(&input).expect("fixture");
        let name = input.file_name().expect("name").to_string_lossy();
        let book = read_workbook(&bytes, &name).expect("reads");
        let choice = choose_sheet(&book);
        let sheet = &book.sheets[choice.index];
        assert_eq!(sheet.name, "Percelen");
        let column = (0..sheet.width())
            .find(|c| sheet.cell(3, *c).text() == "Ingangsdatum contract")
            .expect("date column");
        let dates: Vec<&Cell> = (5..9).map(|r| sheet.cell(r, column)).collect();
        let date = |y, m, d| Cell::Date(WorkshopDate::new(y, m, d).expect("date"));
        assert_eq!(
            dates,
            [
                &date(2024, 1, 1),
                &date(2023, 7, 1),
                &date(2025, 1, 1),
                &date(2024, 1, 1)
            ],
            "{name}"
        );
    }
}
