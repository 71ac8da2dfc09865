//! Workbooks as municipal staff make them, built here with the project's own writer: the sheet
//! with the lots is found wherever it is, and a workbook without one says which sheets it has.

use std::path::Path;

use assert_cmd::Command;
use kraljic_workshop::format::load_path;
use rust_decimal::Decimal;

/// A workbook: a cover page with a few lines of text, then `lots` as a sheet "Percelen" (when
/// given), then an explanation sheet.
fn workbook(path: &Path, lots: Option<&[(&str, f64)]>) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let cover = book.add_worksheet().set_name("Voorblad").expect("name");
    cover
        .write(0, 0, "Inkoopanalyse sociaal domein")
        .expect("cell");
    cover
        .write(2, 0, "Opgesteld door de afdeling inkoop")
        .expect("cell");
    cover.write(3, 0, "Versie 2, concept").expect("cell");
    if let Some(lots) = lots {
        let sheet = book.add_worksheet().set_name("Percelen").expect("name");
        // The table starts at B3, with a title above it.
        sheet.write(0, 1, "Uitgaven per perceel").expect("cell");
        sheet.write(2, 1, "Perceel").expect("cell");
        sheet.write(2, 2, "Uitgaven 2023").expect("cell");
        for (i, (name, spend)) in lots.iter().enumerate() {
            let row = 3 + i as u32;
            sheet.write(row, 1, *name).expect("cell");
            sheet.write(row, 2, *spend).expect("cell");
        }
    }
    let notes = book.add_worksheet().set_name("Toelichting").expect("name");
    notes
        .write(0, 0, "Bedragen zijn uitgaven van 2023 in euro.")
        .expect("cell");
    book.save(path).expect("saved");
}

fn import(input: &Path, output: &Path) -> assert_cmd::assert::Assert {
    Command::cargo_bin("kraljic-workshop")
        .expect("binary")
        .arg("import")
        .arg(input)
        .arg("-o")
        .arg(output)
        .assert()
}

#[test]
fn a_cover_page_in_front_does_not_hide_the_lots() {
    let dir = tempfile::tempdir().expect("dir");
    let input = dir.path().join("inkoop.xlsx");
    workbook(
        &input,
        Some(&[
            ("Huishoudelijke hulp", 17_163_920.0),
            ("Dyslexie", 985_628.0),
        ]),
    );
    let output = dir.path().join("uit.kraljic.ron");
    let assert = import(&input, &output).success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("Blad 'Percelen' gelezen"), "{stderr}");
    let workshop = load_path(&output).expect("written").workshop;
    let spends: Vec<(String, Decimal)> = workshop
        .lots
        .iter()
        .map(|l| (l.name.clone(), l.spend))
        .collect();
    assert_eq!(
        spends,
        [
            ("Huishoudelijke hulp".to_string(), Decimal::from(17_163_920)),
            ("Dyslexie".to_string(), Decimal::from(985_628)),
        ]
    );
}

#[test]
fn a_workbook_without_a_lot_table_names_its_sheets() {
    let dir = tempfile::tempdir().expect("dir");
    let input = dir.path().join("geen-percelen.xlsx");
    workbook(&input, None);
    let output = dir.path().join("uit.kraljic.ron");
    let assert = import(&input, &output).failure().code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains("Voorblad") && stderr.contains("Toelichting"),
        "{stderr}"
    );
    assert!(stderr.contains("Geen van de bladen"), "{stderr}");
    assert!(!output.exists());
}
