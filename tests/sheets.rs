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

/// One sheet "Percelen": an optional title row, then a header and the lots.
fn table(path: &Path, title: Option<&str>, spend_header: &str, lots: &[(&str, f64)]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("Percelen").expect("name");
    let top = u32::from(title.is_some()) * 2;
    if let Some(title) = title {
        sheet.write(0, 0, title).expect("cell");
    }
    sheet.write(top, 0, "Perceel").expect("cell");
    sheet.write(top, 1, spend_header).expect("cell");
    for (i, (name, spend)) in lots.iter().enumerate() {
        let row = top + 1 + i as u32;
        sheet.write(row, 0, *name).expect("cell");
        sheet.write(row, 1, *spend).expect("cell");
    }
    book.save(path).expect("saved");
}

fn imported(title: Option<&str>, header: &str, lots: &[(&str, f64)]) -> (Vec<Decimal>, String) {
    let dir = tempfile::tempdir().expect("dir");
    let input = dir.path().join("tabel.xlsx");
    table(&input, title, header, lots);
    let output = dir.path().join("uit.kraljic.ron");
    let assert = import(&input, &output).success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let workshop = load_path(&output).expect("written").workshop;
    (workshop.lots.iter().map(|l| l.spend).collect(), stderr)
}

#[test]
fn amounts_in_thousands_stated_in_the_header_become_euros() {
    let (spends, stderr) = imported(
        None,
        "Uitgaven (x € 1.000)",
        &[("Huishoudelijke hulp", 17_163.92), ("Dyslexie", 985.628)],
    );
    assert_eq!(spends, [Decimal::from(17_163_920), Decimal::from(985_628)]);
    assert!(stderr.contains("omgerekend naar euro"), "{stderr}");
    assert!(!stderr.contains("Controleer de eenheid"), "{stderr}");
}

#[test]
fn a_unit_stated_in_a_title_row_above_the_table_is_applied() {
    let (spends, _) = imported(
        Some("Uitgaven sociaal domein, bedragen x € 1.000"),
        "Uitgaven",
        &[("Pleegzorg", 2_200.902)],
    );
    assert_eq!(spends, [Decimal::from(2_200_902)]);
    let (spends, _) = imported(None, "Budget (x € 1 mln)", &[("Jeugdhulp", 1.5)]);
    assert_eq!(spends, [Decimal::from(1_500_000)]);
}

#[test]
fn small_amounts_without_a_unit_ask_for_a_check_and_large_ones_do_not() {
    let (spends, stderr) = imported(None, "Uitgaven", &[("A", 9_876.5), ("B", 1_234.0)]);
    assert_eq!(spends, [Decimal::new(987_650, 2), Decimal::from(1_234)]);
    assert!(stderr.contains("Controleer de eenheid"), "{stderr}");
    let (_, stderr) = imported(None, "Uitgaven", &[("A", 9_876.5), ("B", 123_456.0)]);
    assert!(!stderr.contains("Controleer de eenheid"), "{stderr}");
}

#[test]
fn a_total_in_other_words_that_the_lots_do_not_reach_is_reported() {
    let lots = [("Huishoudelijke hulp", 17_163.92), ("Dyslexie", 985.628)];
    // The unit is not stated with the amounts, only the total in millions: the gap shows.
    let (_, stderr) = imported(Some("Totaal € 18,1 mln"), "Uitgaven", &lots);
    assert!(stderr.contains("Rij 1 noemt een totaal"), "{stderr}");
    assert!(stderr.contains("€ 18.149,55"), "{stderr}");
    // With the unit stated, the lots add up to the total and nothing is said.
    let (spends, stderr) = imported(Some("Totaal € 18,1 mln"), "Uitgaven (x € 1.000)", &lots);
    assert_eq!(spends, [Decimal::from(17_163_920), Decimal::from(985_628)]);
    assert!(!stderr.contains("noemt een totaal"), "{stderr}");
    assert!(!stderr.contains("Controleer de eenheid"), "{stderr}");
}
