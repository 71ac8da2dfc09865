//! Writes the workbook the import tests read as it comes from Excel: a cover page, then a lot
//! table at B4 under a title that states the unit and the total, with a two-row header (merged
//! "Uitgaven" over the years 2022 and 2023, merged "Scores" over the criteria), a date column
//! and a "Totaal" row with a formula and its cached value.
//!
//! `scripts/make-sheet-fixtures.sh` runs it and lets LibreOffice save the same workbook as
//! `.xlsx`, `.xls` and `.ods`; the results are committed in `tests/data/sheets/`, so the tests
//! need neither this program nor LibreOffice.
//!
//! Usage: `cargo run --example sheet_fixtures -- OUTPUT.xlsx`

use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Formula, Workbook, XlsxError};

/// Name, law, spend 2022 and 2023 (x € 1.000), impact, scarcity, switching, contract start.
type Lot = (
    &'static str,
    &'static str,
    f64,
    f64,
    u8,
    u8,
    u8,
    (u16, u8, u8),
);

const LOTS: [Lot; 4] = [
    (
        "Huishoudelijke hulp",
        "Wmo",
        16_902.4,
        17_163.92,
        3,
        2,
        2,
        (2024, 1, 1),
    ),
    (
        "Dyslexiezorg",
        "Jeugdwet",
        912.3,
        985.628,
        1,
        2,
        1,
        (2023, 7, 1),
    ),
    (
        "Jeugdhulp met verblijf",
        "Jeugdwet",
        12_000.0,
        13_280.452,
        3,
        3,
        3,
        (2025, 1, 1),
    ),
    (
        "Begeleiding",
        "Wmo",
        5_800.5,
        6_000.0,
        2,
        1,
        2,
        (2024, 1, 1),
    ),
];

fn main() -> Result<(), XlsxError> {
    let Some(output) = std::env::args().nth(1) else {
        eprintln!("usage: sheet_fixtures OUTPUT.xlsx");
        std::process::exit(2);
    };
    let mut book = Workbook::new();
    book.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_creation_datetime(&ExcelDateTime::from_ymd(2026, 12, 1)?),
    );
    let cover = book.add_worksheet().set_name("Voorblad")?;
    cover.write(0, 0, "Inkoopanalyse sociaal domein")?;
    cover.write(2, 0, "Regio Voorbeeld, afdeling inkoop")?;
    cover.write(3, 0, "Concept, versie 2")?;

    let sheet = book.add_worksheet().set_name("Percelen")?;
    let bold = Format::new().set_bold();
    let merged = Format::new().set_bold().set_align(FormatAlign::Center);
    let date = Format::new().set_num_format("dd-mm-yyyy");
    sheet.write_with_format(0, 1, "Uitgaven per perceel", &bold)?;
    sheet.write(1, 1, "Bedragen x € 1.000; totaal € 37,4 mln")?;
    // The header: rows 4 and 5, starting in column B.
    sheet.merge_range(3, 1, 4, 1, "Perceel", &merged)?;
    sheet.merge_range(3, 2, 4, 2, "Wet", &merged)?;
    sheet.merge_range(3, 3, 3, 4, "Uitgaven", &merged)?;
    sheet.merge_range(3, 5, 3, 7, "Scores", &merged)?;
    sheet.merge_range(3, 8, 4, 8, "Ingangsdatum contract", &merged)?;
    sheet.write_with_format(4, 3, 2022, &bold)?;
    sheet.write_with_format(4, 4, 2023, &bold)?;
    for (column, criterion) in [(5, "Impact"), (6, "Schaarste"), (7, "Omschakelbaarheid")] {
        sheet.write_with_format(4, column, criterion, &bold)?;
    }
    for (i, (name, law, spend_2022, spend_2023, impact, scarcity, switching, start)) in
        LOTS.iter().enumerate()
    {
        let row = 5 + i as u32;
        sheet.write(row, 1, *name)?;
        sheet.write(row, 2, *law)?;
        sheet.write(row, 3, *spend_2022)?;
        sheet.write(row, 4, *spend_2023)?;
        sheet.write(row, 5, *impact)?;
        sheet.write(row, 6, *scarcity)?;
        sheet.write(row, 7, *switching)?;
        let (year, month, day) = *start;
        sheet.write_datetime_with_format(
            row,
            8,
            ExcelDateTime::from_ymd(year, month, day)?,
            &date,
        )?;
    }
    let total_row = 5 + LOTS.len() as u32;
    let sum_2023: f64 = LOTS.iter().map(|lot| lot.3).sum();
    sheet.write_with_format(total_row, 1, "Totaal", &bold)?;
    sheet.write_formula(
        total_row,
        4,
        Formula::new("=SUM(E6:E9)").set_result(format!("{sum_2023}")),
    )?;
    sheet.set_column_width(1, 26)?;
    sheet.set_column_width(8, 22)?;
    book.save(&output)?;
    Ok(())
}
