//! The NMD register read from its CSV, and its contracts matched to the example's lots.

use super::*;
use crate::examples::default_workshop;

fn sheet() -> Sheet {
    let csv = include_str!("../../../tests/data/nmd-current-contracts.csv");
    let book =
        crate::interchange::sheet::read_workbook(csv.as_bytes(), "contracten.csv").expect("reads");
    book.sheets.into_iter().next().expect("a sheet")
}

#[test]
fn the_columns_are_found_by_their_headers() {
    let sheet = sheet();
    let mapping = RegisterMapping::guess(&sheet).expect("a header");
    assert_eq!(mapping.header, 0);
    assert_eq!(mapping.get(RegisterField::Name), Some(1));
    assert_eq!(mapping.get(RegisterField::Term), Some(2));
    assert_eq!(mapping.get(RegisterField::Scale), Some(3));
    assert_eq!(mapping.get(RegisterField::Extension), Some(4));
    assert_eq!(mapping.get(RegisterField::End), None);
    assert!(mapping.is_enough());
}

#[test]
fn every_row_of_the_nmd_register_is_a_contract() {
    let sheet = sheet();
    let rows = read_register(&sheet, &RegisterMapping::guess(&sheet).expect("a header"));
    assert_eq!(rows.len(), 25);
    let contracts: Vec<&CurrentContract> = rows
        .iter()
        .filter_map(|r| match r {
            RegisterRow::Contract(c) => Some(c),
            RegisterRow::Unreadable { .. } => None,
        })
        .collect();
    assert_eq!(contracts.len(), 25);
    let find = |name: &str| {
        contracts
            .iter()
            .find(|c| c.name.starts_with(name))
            .unwrap_or_else(|| panic!("{name}"))
    };
    let hulpmiddelen = find("Hulpmiddelen");
    assert_eq!(hulpmiddelen.end.to_string(), "2026-12-31");
    assert_eq!(
        hulpmiddelen
            .extendable_until
            .map(|d| d.to_string())
            .as_deref(),
        Some("2028-12-31")
    );
    let respijt = find("Spoedrespijtzorg");
    assert_eq!(
        (respijt.start.to_string(), respijt.end.to_string()),
        ("2022-07-01".into(), "2023-07-31".into())
    );
    let kamer = find("Begeleid Kamer Wonen");
    assert_eq!(
        kamer.extendable_until.map(|d| d.to_string()).as_deref(),
        Some("2024-08-31")
    );
}

#[test]
fn contracts_match_the_lots_they_cover_by_name() {
    let workshop = default_workshop().expect("example").workshop;
    let names = |contract: &str| -> Vec<String> {
        match_lots(contract, &workshop.lots)
            .into_iter()
            .filter_map(|id| workshop.lot(id).map(|l| l.name.clone()))
            .collect()
    };
    assert_eq!(
        names("Dagbesteding"),
        ["Dagbesteding (Wmo)", "Dagbesteding (J)"]
    );
    assert_eq!(
        names("Beschermde Wonen en Thuiswonen+"),
        ["Beschermd wonen", "Thuiswonen+"]
    );
    assert_eq!(names("Hulpmiddelen (Wmo)"), ["Wmo-hulpmiddelen"]);
    assert_eq!(names("Jeugdhulp Plus"), ["Jeugdhulp+"]);
    assert_eq!(names("Kinderdagcentra (KDC)"), ["Kinderdagcentrum"]);
    assert_eq!(names("Time Out"), ["Overig: Time-out"]);
    assert_eq!(
        names("Ambulante intensieve gezinsbehandeling (IAG)"),
        ["Intensieve ambulante gezinsbehandeling"]
    );
    assert_eq!(
        names("Ambulante gezinsbehandeling"),
        ["Ambulante gezinsbehandeling"]
    );
    assert_eq!(
        names("Verblijf met intensieve begeleiding"),
        ["Verblijf met intensieve begeleiding"]
    );
    assert_eq!(
        names("Basis- en specialistische GGZ"),
        ["Basis- en specialistische GGZ"]
    );
    // Names the register says otherwise are left for a person to match.
    assert!(names("Huishoudelijke Ondersteuning").is_empty());
    assert!(names("Spoedrespijtzorg (pilot)").is_empty());
}

#[test]
fn a_register_with_excel_date_cells_reads_them_as_dates() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("dd-mm-yyyy");
    for (column, heading) in ["Contract", "Ingang", "Einde", "Verlengbaar"]
        .iter()
        .enumerate()
    {
        sheet
            .write_string(0, column as u16, *heading)
            .expect("heading");
    }
    let day = |y, m, d| ExcelDateTime::from_ymd(y, m, d).expect("date");
    sheet.write_string(1, 0, "Dyslexie").expect("name");
    sheet
        .write_datetime_with_format(1, 1, day(2023, 1, 1), &date)
        .expect("start");
    sheet
        .write_datetime_with_format(1, 2, day(2026, 12, 31), &date)
        .expect("end");
    sheet
        .write_string(1, 3, "Ja, 2x 1 jaar")
        .expect("extension");
    // A Dutch date written as text reads too.
    sheet.write_string(2, 0, "Pleegzorg").expect("name");
    sheet.write_string(2, 1, "1-1-2022").expect("start");
    sheet.write_string(2, 2, "31-12-2025").expect("end");
    sheet.write_string(2, 3, "Nee").expect("extension");
    let bytes = book.save_to_buffer().expect("xlsx");
    let workbook =
        crate::interchange::sheet::read_workbook(&bytes, "register.xlsx").expect("reads");
    let (index, mapping) = find_register(&workbook).expect("a register");
    let rows = read_register(&workbook.sheets[index], &mapping);
    let [
        RegisterRow::Contract(dyslexie),
        RegisterRow::Contract(pleegzorg),
    ] = rows.as_slice()
    else {
        panic!("two contracts: {rows:?}");
    };
    assert_eq!(dyslexie.start.to_string(), "2023-01-01");
    assert_eq!(dyslexie.end.to_string(), "2026-12-31");
    assert_eq!(
        dyslexie.extendable_until.map(|d| d.to_string()).as_deref(),
        Some("2028-12-31")
    );
    assert_eq!(pleegzorg.end.to_string(), "2025-12-31");
    assert_eq!(pleegzorg.extendable_until, None);
}

/// A sheet of text cells from CSV lines.
fn csv_sheet(text: &str) -> Sheet {
    let book = crate::interchange::sheet::read_workbook(text.as_bytes(), "r.csv").expect("reads");
    book.sheets.into_iter().next().expect("a sheet")
}

#[test]
fn a_header_below_title_rows_is_found() {
    let sheet = csv_sheet(
        "Contractregister regio;;;\n;;;\nInkoop;Ingangsdatum;Einddatum;Verlengbaar\nPleegzorg;1-1-2022;31-12-2025;Nee\n",
    );
    let mapping = RegisterMapping::guess(&sheet).expect("a header");
    assert_eq!(mapping.header, 2);
    assert_eq!(mapping.get(RegisterField::End), Some(2));
    assert_eq!(read_register(&sheet, &mapping).len(), 1);
}

#[test]
fn a_register_whose_headers_are_not_recognised_is_read_by_a_mapping_made_by_hand() {
    let sheet = csv_sheet(
        "Omschrijving;Van;Tot en met;Optie;Regio\n\
         Pleegzorg;1-1-2022;31-12-2025;Ja, 1 jaar;Regionaal\n\
         Dyslexie;1-1-2022;;Nee;Regionaal\n\
         ;;;;\n",
    );
    assert_eq!(RegisterMapping::guess(&sheet), None);
    let mut mapping = RegisterMapping::at(&sheet, 0);
    assert!(!mapping.is_enough());
    mapping.set(RegisterField::Name, Some(0));
    mapping.set(RegisterField::End, Some(2));
    assert!(!mapping.is_enough(), "an end without a start is not a term");
    mapping.set(RegisterField::Start, Some(1));
    assert!(mapping.is_enough());
    mapping.set(RegisterField::Extension, Some(3));
    mapping.set(RegisterField::Scale, Some(4));
    let rows = read_register(&sheet, &mapping);
    let [
        RegisterRow::Contract(pleegzorg),
        RegisterRow::Unreadable { row, name, .. },
    ] = rows.as_slice()
    else {
        panic!("a contract and an unreadable row: {rows:?}");
    };
    assert_eq!(pleegzorg.start.to_string(), "2022-01-01");
    assert_eq!(pleegzorg.end.to_string(), "2025-12-31");
    assert_eq!(
        pleegzorg.extendable_until.map(|d| d.to_string()).as_deref(),
        Some("2026-12-31")
    );
    assert_eq!(pleegzorg.scale, "Regionaal");
    assert_eq!((*row, name.as_str()), (3, "Dyslexie"));
    // Without the extension column every contract is taken as not extendable.
    mapping.set(RegisterField::Extension, None);
    let RegisterRow::Contract(plain) = &read_register(&sheet, &mapping)[0] else {
        panic!("a contract");
    };
    assert_eq!(plain.extendable_until, None);
}

#[test]
fn fields_have_stable_codes() {
    for field in RegisterField::ALL {
        assert_eq!(RegisterField::from_code(field.code()), Some(field));
    }
    assert_eq!(RegisterField::from_code("spend"), None);
}

#[test]
fn a_contract_that_ends_before_it_starts_is_named_as_unreadable() {
    let sheet = csv_sheet(
        "Contract;Ingang;Einde;Verlengbaar\n\
         Pleegzorg;1-1-2026;31-12-2025;Nee\n\
         Dyslexie;1-1-2023;31-12-2026;Ja, 1 jaar\n",
    );
    let mapping = RegisterMapping::guess(&sheet).expect("a header");
    let rows = read_register(&sheet, &mapping);
    let [
        RegisterRow::Unreadable { row, name, text },
        RegisterRow::Contract(dyslexie),
    ] = rows.as_slice()
    else {
        panic!("an unreadable row and a contract: {rows:?}");
    };
    assert_eq!((*row, name.as_str()), (2, "Pleegzorg"));
    assert_eq!(text, "1-1-2026 \u{2013} 31-12-2025");
    assert!(dyslexie.dates_in_order());
}
