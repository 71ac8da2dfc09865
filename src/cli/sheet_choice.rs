//! The choices both spreadsheet imports of the command line share: a sheet by name, the header
//! row as the spreadsheet numbers it, and a column per field as `field=LETTER`.

use clap::Args;

use super::Failure;
use crate::interchange::sheet::{Sheet, Workbook, column_letter};
use crate::locale::Lang;
use crate::locale::cli::CliMessage;

/// Where in the spreadsheet to read: the sheet and the header row (both found when not given).
#[derive(Args, Debug)]
pub(super) struct SheetArgs {
    /// The sheet to read (default: the one that best holds what is imported).
    #[arg(long)]
    pub sheet: Option<String>,
    /// The row with the column headers, as numbered in the spreadsheet (default: found); for
    /// lots a row of years or criteria below it is taken as the header's second row.
    #[arg(long)]
    pub header_row: Option<u32>,
}

/// A usage error: what is wrong, and where to read more.
pub(super) fn usage(lang: Lang, what: &str) -> Failure {
    Failure(CliMessage::Usage(what).text(lang))
}

/// The index of the sheet called `name`, or an error naming the sheets there are.
pub(super) fn sheet_named(book: &Workbook, name: &str, lang: Lang) -> Result<usize, Failure> {
    book.sheets
        .iter()
        .position(|s| s.name == name)
        .ok_or_else(|| {
            let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
            let message = CliMessage::NoSuchSheet {
                name,
                sheets: &names,
            };
            usage(lang, &message.text(lang))
        })
}

/// The index into the sheet's rows of the row the spreadsheet numbers `row`.
pub(super) fn row_index(sheet: &Sheet, row: u32, lang: Lang) -> Result<usize, Failure> {
    row.checked_sub(sheet.first_row + 1)
        .map(|r| r as usize)
        .filter(|r| *r < sheet.rows.len())
        .ok_or_else(|| usage(lang, &CliMessage::NoSuchRow(row).text(lang)))
}

/// A column choice `field=LETTER` (or `field=-` for none): the field's code and the column as
/// an index into the sheet's rows.
pub(super) fn column_choice<'a>(
    sheet: &Sheet,
    spec: &'a str,
    lang: Lang,
) -> Result<(&'a str, Option<usize>), Failure> {
    let bad = || usage(lang, &CliMessage::BadColumnChoice(spec).text(lang));
    let (field, letter) = spec.split_once('=').ok_or_else(bad)?;
    let column = match letter.trim() {
        "-" => None,
        letter => Some(
            letter_index(letter)
                .and_then(|c| c.checked_sub(sheet.first_column as usize))
                .ok_or_else(bad)?,
        ),
    };
    if let Some(c) = column {
        debug_assert_eq!(
            sheet.column_letter(c),
            column_letter(c + sheet.first_column as usize)
        );
    }
    Ok((field.trim(), column))
}

/// A column's letters as an index from A (`AA` is 26).
fn letter_index(letters: &str) -> Option<usize> {
    let mut n = 0usize;
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    for c in letters.chars() {
        let c = c.to_ascii_uppercase();
        if !c.is_ascii_uppercase() {
            return None;
        }
        n = n * 26 + (c as usize - 'A' as usize + 1);
    }
    Some(n - 1)
}

#[cfg(test)]
mod tests {
    use super::letter_index;

    #[test]
    fn letters_are_columns() {
        assert_eq!(letter_index("A"), Some(0));
        assert_eq!(letter_index("c"), Some(2));
        assert_eq!(letter_index("AA"), Some(26));
        assert_eq!(letter_index(""), None);
        assert_eq!(letter_index("A1"), None);
    }
}
