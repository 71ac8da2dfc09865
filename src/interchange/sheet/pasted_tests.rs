//! Tests of reading cells pasted from a spreadsheet program, shaped as Excel and LibreOffice
//! put them on the clipboard.

use rust_decimal::dec;

use super::*;
use crate::interchange::sheet::{Field, RowNote, guess_mapping, read_rows};

fn lots(sheet: &Sheet) -> Vec<(String, Decimal)> {
    let mapping = guess_mapping(sheet);
    let rows = read_rows(sheet, &mapping).expect("lots");
    rows.lots
        .iter()
        .map(|l| (l.name.clone(), l.spend))
        .collect()
}

#[test]
fn tab_separated_with_a_header_and_dutch_amounts() {
    let text = "Perceel\tUitgaven 2023\r\nDyslexie\t€ 985.628\r\nJeugdhulp met verblijf\t17.163.920,50\r\n";
    let sheet = pasted_sheet(Some(text), None, Lang::Dutch)
        .expect("a table")
        .sheet;
    assert_eq!(sheet.name, "Klembord");
    assert_eq!(sheet.rows.len(), 3, "no header added above a header");
    assert_eq!(
        lots(&sheet),
        [
            ("Dyslexie".to_string(), dec!(985628)),
            ("Jeugdhulp met verblijf".to_string(), dec!(17163920.50)),
        ]
    );
}

#[test]
fn tab_separated_without_a_header_is_read_by_its_contents() {
    // The amount column is not the second one, and a column of counts sits beside it.
    let text = "Dyslexie\t12\t985.628\nBegeleiding\t40\t2.400.000\nVervoer\t7\t310.000\n";
    let pasted = pasted_sheet(Some(text), None, Lang::Dutch).expect("a table");
    assert!(pasted.header_made);
    let sheet = pasted.sheet;
    assert_eq!(sheet.rows.len(), 4, "a header row made from the contents");
    assert_eq!(sheet.cell(0, 0).text(), "Perceel");
    assert_eq!(sheet.cell(0, 2).text(), "Uitgaven");
    let mapping = guess_mapping(&sheet);
    assert_eq!(mapping.get(Field::Name), Some(0));
    assert_eq!(mapping.get(Field::Spend), Some(2));
    assert_eq!(lots(&sheet).len(), 3);
    assert_eq!(lots(&sheet)[1], ("Begeleiding".to_string(), dec!(2400000)));
}

#[test]
fn the_made_header_is_in_the_language_of_the_window() {
    let sheet = pasted_sheet(Some("Dyslexie\t985628\n"), None, Lang::English)
        .expect("a table")
        .sheet;
    assert_eq!(sheet.name, "Clipboard");
    assert_eq!(sheet.cell(0, 0).text(), "Lot");
    assert_eq!(sheet.cell(0, 1).text(), "Spend");
    assert_eq!(lots(&sheet), [("Dyslexie".to_string(), dec!(985628))]);
}

#[test]
fn a_quoted_cell_with_a_line_break_stays_one_cell() {
    let text = "Perceel\tBedrag\n\"Begeleiding\nindividueel\"\t1.000\n";
    let sheet = pasted_sheet(Some(text), None, Lang::Dutch)
        .expect("a table")
        .sheet;
    assert_eq!(
        lots(&sheet),
        [("Begeleiding individueel".to_string(), dec!(1000))]
    );
}

#[test]
fn a_total_row_is_kept_apart_and_ragged_rows_are_read() {
    let text = "Perceel\tUitgaven\tOpmerking\n\
                Dyslexie\t985.628\n\
                Vervoer\t310.000\tloopt tot 2027\textra\n\
                \n\
                Totaal\t1.295.628\n";
    let sheet = pasted_sheet(Some(text), None, Lang::Dutch)
        .expect("a table")
        .sheet;
    let mapping = guess_mapping(&sheet);
    let rows = read_rows(&sheet, &mapping).expect("lots");
    assert_eq!(rows.lots.len(), 2);
    assert_eq!(rows.sum(), dec!(1295628));
    assert!(
        rows.notes
            .iter()
            .any(|n| matches!(n, RowNote::Total { name, .. } if name == "Totaal")),
        "{:?}",
        rows.notes
    );
    assert!(rows.stated_total_gap().is_none(), "the total matches");
}

/// What Excel puts on the clipboard as HTML (shortened): a style block, conditional comments,
/// `x:num` beside the shown text, a `&nbsp;` and an entity in a name.
const EXCEL_HTML: &str = r##"Version:1.0
StartHTML:000000197
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><style><!--table {mso-displayed-decimal-separator:"\,";} .xl65 {mso-number-format:"\#\,\#\#0";}--></style></head>
<body link="#0563C1">
<table border=0 cellpadding=0 cellspacing=0 width=300>
<!--StartFragment-->
 <col width=200>
 <tr height=20>
  <td height=20 width=200>Perceel</td>
  <td class=xl65 width=100>Uitgaven</td>
 </tr>
 <tr height=20>
  <td height=20>Hulp bij het huishouden &amp; begeleiding</td>
  <td class=xl65 align=right x:num="17163920.5">17.163.921</td>
 </tr>
 <tr height=20>
  <td height=20>Dyslexie</td>
  <td class=xl65 align=right x:num>985628</td>
 </tr>
 <tr height=20>
  <td height=20>Vervoer&nbsp;Wmo</td>
  <td class=xl66 align=right x:num="0.25">25%</td>
 </tr>
<!--EndFragment-->
</table>
</body>
</html>"##;

#[test]
fn excels_html_keeps_numbers_as_numbers() {
    // The text beside it would round the first amount to whole euros.
    let text = "Perceel\tUitgaven\nHulp bij het huishouden & begeleiding\t17.163.921\n";
    let sheet = pasted_sheet(Some(text), Some(EXCEL_HTML), Lang::Dutch)
        .expect("a table")
        .sheet;
    assert_eq!(sheet.rows.len(), 4, "read from the HTML");
    assert_eq!(sheet.cell(1, 1), &Cell::Number(dec!(17163920.5)));
    assert_eq!(sheet.cell(2, 1), &Cell::Number(dec!(985628)));
    assert_eq!(
        sheet.cell(3, 1),
        &Cell::Text("25%".into()),
        "a percentage stays as shown"
    );
    assert_eq!(sheet.cell(3, 0).text(), "Vervoer Wmo");
    let lots = lots(&sheet);
    assert_eq!(
        lots[0],
        (
            "Hulp bij het huishouden & begeleiding".to_string(),
            dec!(17163920.5)
        )
    );
}

#[test]
fn libreoffice_html_with_sdval_and_merged_cells() {
    let html = r#"<table><tr><td colspan=2 rowspan=1>Inkoop 2023</td></tr>
        <tr><td>Perceel</td><td>Bedrag</td><td>Wet</td></tr>
        <tr><td rowspan=2>Jeugd</td><td sdval="1200" sdnum="1043;">1.200</td><td>Jeugdwet</td></tr>
        <tr><td sdval="800">800</td><td>Jeugdwet</td></tr></table>"#;
    let sheet = pasted_sheet(None, Some(html), Lang::Dutch)
        .expect("a table")
        .sheet;
    assert_eq!(
        sheet.rows[0].len(),
        1,
        "trailing empty cells of a span dropped"
    );
    assert_eq!(
        sheet.cell(3, 0),
        &Cell::Empty,
        "covered by the rowspan above"
    );
    assert_eq!(sheet.cell(3, 1), &Cell::Number(dec!(800)));
    assert_eq!(sheet.cell(3, 2).text(), "Jeugdwet");
    assert_eq!(guess_mapping(&sheet).header.top, 1);
}

#[test]
fn text_that_is_not_a_table_is_refused() {
    let note = "Besluit: de raad wordt in maart geïnformeerd.\nActie: Anna stuurt de notitie rond.";
    assert_eq!(
        pasted_sheet(Some(note), None, Lang::Dutch),
        Err(PasteError::NotATable)
    );
    assert_eq!(
        pasted_sheet(Some(note), Some("<p>Besluit</p>"), Lang::Dutch),
        Err(PasteError::NotATable),
        "HTML without a table"
    );
    assert_eq!(
        pasted_sheet(Some("  \n"), None, Lang::Dutch),
        Err(PasteError::Empty)
    );
    assert_eq!(
        pasted_sheet(None, None, Lang::Dutch),
        Err(PasteError::Empty)
    );
    assert_eq!(
        pasted_sheet(Some("\t\n\t\t\n"), None, Lang::Dutch),
        Err(PasteError::Empty)
    );
}

#[test]
fn a_table_of_text_only_opens_but_gives_no_lots() {
    // Columns, but no amounts: the import window says which column is missing.
    let sheet = pasted_sheet(Some("Naam\tOmschrijving\nA\tB\n"), None, Lang::Dutch)
        .expect("a table")
        .sheet;
    assert!(read_rows(&sheet, &guess_mapping(&sheet)).is_err());
}

#[test]
fn entities_and_attributes() {
    assert_eq!(
        decode_entities("a &amp; b &#233; &#xE9; &bogus; &"),
        "a & b é é &bogus; &"
    );
    assert_eq!(
        attribute(r#"td x:num="12" class=x"#, "x:num").as_deref(),
        Some("12")
    );
    assert_eq!(
        attribute("td class=xl65 x:num", "x:num").as_deref(),
        Some("")
    );
    assert_eq!(attribute("td x:numfmt=3", "x:num"), None);
    assert_eq!(attribute("td colspan='3'", "colspan").as_deref(), Some("3"));
}
