//! The header of a lot table. Usually one row; finance staff often use two: merged parent cells
//! ("Uitgaven", "Scores") over a row of years or criteria. Each column then gets one name that
//! joins both ("Uitgaven 2023"), so every rule that reads a header (which field, which year,
//! which unit) reads a two-row header the same way as a one-row header.
//!
//! Only cells are read here, never a file: a sheet of a workbook, a CSV file or a block of
//! pasted cells all give a [`Sheet`].

use std::collections::HashSet;

use super::columns::{Field, field_for_header};
use super::read::Sheet;

/// How many rows from the top are searched for the header.
const HEADER_SEARCH: usize = 30;

/// The rows that make up the header, as indices into the sheet's rows; data starts below
/// `bottom`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct HeaderRows {
    /// The first header row (the parent row of a two-row header).
    pub top: usize,
    /// The last header row.
    pub bottom: usize,
}

impl HeaderRows {
    /// A header of one row.
    pub fn one(row: usize) -> HeaderRows {
        HeaderRows {
            top: row,
            bottom: row,
        }
    }

    /// A header of two rows, starting at `top`.
    pub fn two(top: usize) -> HeaderRows {
        HeaderRows {
            top,
            bottom: top + 1,
        }
    }

    /// Whether the header spans two rows.
    pub fn is_two_rows(self) -> bool {
        self.bottom > self.top
    }

    /// The name of a column: its header cell, or for two rows the parent and the child joined
    /// ("Uitgaven 2023"). A parent merged over several columns is stored in its first cell
    /// only; it carries to the right over the empty parent cells that have a child below.
    pub fn name(self, sheet: &Sheet, column: usize) -> String {
        let child = sheet.cell(self.bottom, column).text();
        if !self.is_two_rows() {
            return child;
        }
        let parent = parent_of(sheet, self, column);
        format!("{parent} {child}").trim().to_string()
    }

    /// The fields the header's column names name (each once).
    fn fields(self, sheet: &Sheet) -> HashSet<Field> {
        (0..sheet.width())
            .filter_map(|c| field_for_header(&self.name(sheet, c)))
            .collect()
    }
}

fn parent_of(sheet: &Sheet, header: HeaderRows, column: usize) -> String {
    let mut at = column;
    loop {
        let parent = sheet.cell(header.top, at);
        if !parent.is_blank() {
            return parent.text();
        }
        if at == 0 || sheet.cell(header.bottom, at).is_blank() {
            return String::new();
        }
        at -= 1;
    }
}

/// A year as a header states it (1900 to 2200), the latest when there are several.
pub fn year_in(text: &str) -> Option<u32> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| w.parse::<u32>().ok())
        .filter(|y| (1900..=2200).contains(y))
        .max()
}

/// Whether the row below `top` can be the lower row of a two-row header: something in it,
/// every cell either states a year or names a field, and no cell names another field than
/// the cell right above it (so a row of lots never is: "Cliëntondersteuning" under "Perceel").
fn is_child_row(sheet: &Sheet, top: usize) -> bool {
    let row = top + 1;
    let width = sheet.rows.get(row).map_or(0, Vec::len);
    let mut filled = (0..width)
        .filter(|c| !sheet.cell(row, *c).is_blank())
        .peekable();
    filled.peek().is_some()
        && filled.all(|c| {
            let text = sheet.cell(row, c).text();
            let field = field_for_header(&text);
            let above = field_for_header(&sheet.cell(top, c).text());
            (year_in(&text).is_some() || field.is_some())
                && (field.is_none() || above.is_none() || field == above)
        })
}

/// The two-row header starting at `top`, when the row below it is a row of years or criteria
/// that needs the parents to name its fields: joined, the two rows name more fields than the
/// lower row alone, and no fewer than the upper row alone.
fn two_rows_at(sheet: &Sheet, top: usize) -> Option<(HeaderRows, usize)> {
    if top + 1 >= sheet.rows.len() || !is_child_row(sheet, top) {
        return None;
    }
    let joined = HeaderRows::two(top).fields(sheet).len();
    let upper = HeaderRows::one(top).fields(sheet).len();
    let lower = HeaderRows::one(top + 1).fields(sheet).len();
    (joined > lower && joined >= upper).then_some((HeaderRows::two(top), joined))
}

/// The header that starts at `row`: two rows when the next row completes it, else one.
pub fn header_at(sheet: &Sheet, row: usize) -> HeaderRows {
    two_rows_at(sheet, row).map_or(HeaderRows::one(row), |(header, _)| header)
}

/// The header among the first rows that names the most fields (a two-row header wins a tie
/// with its own upper row); the first row when none names two.
pub fn find_header(sheet: &Sheet) -> HeaderRows {
    (0..sheet.rows.len().min(HEADER_SEARCH))
        .flat_map(|r| {
            let one = (HeaderRows::one(r), HeaderRows::one(r).fields(sheet).len());
            std::iter::once(one).chain(two_rows_at(sheet, r))
        })
        .filter(|(_, n)| *n >= 2)
        .max_by_key(|(h, n)| (*n, std::cmp::Reverse(h.top), h.is_two_rows()))
        .map_or(HeaderRows::one(0), |(h, _)| h)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::sheet::read::Cell;

    fn sheet(rows: &[&[&str]]) -> Sheet {
        Sheet {
            name: "s".into(),
            rows: rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|t| {
                            if t.is_empty() {
                                Cell::Empty
                            } else {
                                Cell::Text(t.to_string())
                            }
                        })
                        .collect()
                })
                .collect(),
            first_row: 0,
            first_column: 0,
        }
    }

    #[test]
    fn merged_parents_over_years_and_criteria_join_into_one_name_per_column() {
        let s = sheet(&[
            &["Inkoopanalyse"],
            &["Perceel", "Uitgaven", "", "Scores", "", ""],
            &[
                "",
                "2022",
                "2023",
                "Impact",
                "Schaarste",
                "Omschakelbaarheid",
            ],
            &["Dyslexie", "900", "985", "1", "2", "3"],
        ]);
        let header = find_header(&s);
        assert_eq!(header, HeaderRows::two(1));
        let names: Vec<String> = (0..6).map(|c| header.name(&s, c)).collect();
        assert_eq!(
            names,
            [
                "Perceel",
                "Uitgaven 2022",
                "Uitgaven 2023",
                "Scores Impact",
                "Scores Schaarste",
                "Scores Omschakelbaarheid"
            ]
        );
    }

    #[test]
    fn a_year_row_alone_makes_a_two_row_header() {
        let s = sheet(&[
            &["Perceel", "Uitgaven", ""],
            &["", "2022", "2023"],
            &["Dyslexie", "900", "985"],
        ]);
        assert_eq!(find_header(&s), HeaderRows::two(0));
        assert_eq!(header_at(&s, 0), HeaderRows::two(0));
    }

    #[test]
    fn a_title_above_a_one_row_header_is_not_a_parent_row() {
        let s = sheet(&[
            &["Uitgaven per perceel", "", "bedragen x € 1.000"],
            &["Perceel", "Uitgaven 2023", "Impact"],
            &["Dyslexie", "985", "1"],
        ]);
        assert_eq!(find_header(&s), HeaderRows::one(1));
    }

    #[test]
    fn a_row_of_lots_under_a_header_is_never_its_second_row() {
        let s = sheet(&[
            &["Perceel", "Uitgaven"],
            &["Cliëntondersteuning", "2023"],
            &["Dyslexie", "985"],
        ]);
        assert_eq!(find_header(&s), HeaderRows::one(0));
        assert_eq!(header_at(&s, 0), HeaderRows::one(0));
    }

    #[test]
    fn years_are_read_from_header_words() {
        assert_eq!(year_in("Uitgaven 2022-2023"), Some(2023));
        assert_eq!(year_in("spend_2022_eur"), Some(2022));
        assert_eq!(year_in("Uitgaven x 1000"), None);
    }
}
