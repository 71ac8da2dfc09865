//! Reading a register of current contracts as people write it (NMD 2023, appendix 1): terms
//! such as `2019 - 2023` (1 January 2019 to 31 December 2023) or `07/22 – 07/23` (month to
//! month), Dutch dates such as `31-12-2025`, Excel date cells, and extension texts such as
//! `Ja, 2x 1 jaar`, `Ja, 1 jaar` and `Nee`.

use super::sheet::Cell;
use crate::locale::number::parse_date;
use crate::model::WorkshopDate;

/// Whether and how long a contract can be extended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extension {
    /// It cannot.
    No,
    /// It can, `times` × `years`.
    Yes {
        /// How many extensions.
        times: u8,
        /// Years each.
        years: u8,
    },
}

impl Extension {
    /// The last day the contract can run to when it ends on `end` (`None` when it cannot be
    /// extended); an end on the last day of a month stays on the last day (29 February in a
    /// leap year).
    pub fn until(self, end: WorkshopDate) -> Option<WorkshopDate> {
        match self {
            Extension::No => None,
            Extension::Yes { times, years } => {
                Some(end.extended_end(12 * i32::from(times) * i32::from(years)))
            }
        }
    }
}

/// A date from a cell: an Excel or OpenDocument date cell, or a date written as text.
pub fn date_of_cell(cell: &Cell) -> Option<WorkshopDate> {
    match cell {
        Cell::Date(date) => Some(*date),
        Cell::Text(text) => parse_date(text),
        Cell::Empty | Cell::Number(_) => None,
    }
}

/// A term as first and last day: `2019 - 2023` (whole years), `07/22 – 07/23` (whole months,
/// two-digit years are 20xx), or two dates (`1-1-2020 - 31-12-2025`). Hyphens, en and em
/// dashes and "t/m" all separate.
pub fn parse_term(text: &str) -> Option<(WorkshopDate, WorkshopDate)> {
    let text = text
        .trim()
        .replace(['\u{2013}', '\u{2014}'], " - ")
        .replace("t/m", " - ");
    // Split on a dash with spaces around it, so `31-12-2025` stays whole.
    let (from, to) = text.split_once(" - ")?;
    let (from, to) = (from.trim(), to.trim());
    let first = parse_date(from).or_else(|| start_of(from))?;
    let last = parse_date(to).or_else(|| end_of(to))?;
    (first <= last).then_some((first, last))
}

/// The first day of `2019` or of `07/22`.
fn start_of(text: &str) -> Option<WorkshopDate> {
    match text.split_once('/') {
        None => WorkshopDate::new(year(text)?, 1, 1),
        Some((m, y)) => WorkshopDate::new(year(y)?, m.trim().parse().ok()?, 1),
    }
}

/// The last day of `2023` or of `07/23`.
fn end_of(text: &str) -> Option<WorkshopDate> {
    match text.split_once('/') {
        None => WorkshopDate::new(year(text)?, 12, 31),
        Some((m, y)) => {
            let (year, month) = (year(y)?, m.trim().parse().ok()?);
            WorkshopDate::new(year, month, WorkshopDate::days_in_month(year, month))
        }
    }
}

/// `2023`, or `23` for 2023.
fn year(text: &str) -> Option<u16> {
    let text = text.trim();
    let n: u16 = text.parse().ok()?;
    match text.len() {
        4 if (1900..=2200).contains(&n) => Some(n),
        2 => Some(2000 + n),
        _ => None,
    }
}

/// An extension text: `Nee` (or `No`), `Ja, 2x 1 jaar`, `Ja, 1 jaar`, `Ja 2 x 2 jaar`.
/// `None` when it cannot be read (the import then asks).
pub fn parse_extension(text: &str) -> Option<Extension> {
    let lower = text.trim().to_lowercase();
    if lower.is_empty() || lower.starts_with("nee") || lower == "no" || lower == "n" {
        return Some(Extension::No);
    }
    let rest = lower
        .strip_prefix("ja")
        .or_else(|| lower.strip_prefix("yes"))
        .unwrap_or(&lower);
    let rest = rest.trim_start_matches([',', ':', ' ']);
    let numbers: Vec<u8> = rest
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| !t.is_empty())
        .filter_map(|t| t.parse().ok())
        .collect();
    let mentions_years = rest.contains("jaar") || rest.contains("year");
    match (numbers.as_slice(), mentions_years) {
        ([times, years], true) if rest.contains('x') => Some(Extension::Yes {
            times: *times,
            years: *years,
        }),
        ([years], true) => Some(Extension::Yes {
            times: 1,
            years: *years,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> WorkshopDate {
        text.parse().expect("a date")
    }

    #[test]
    fn every_term_of_the_nmd_register_reads() {
        let csv = include_str!("../../tests/data/nmd-current-contracts.csv");
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let mut rows = 0;
        for row in reader.records() {
            let row = row.expect("row");
            let (term, extension) = (&row[2], &row[4]);
            let (first, last) = parse_term(term).unwrap_or_else(|| panic!("term {term}"));
            assert!(first < last, "{term}");
            assert!(
                parse_extension(extension).is_some(),
                "extension {extension}"
            );
            rows += 1;
        }
        assert_eq!(rows, 25);
    }

    #[test]
    fn terms_in_years_months_and_dates() {
        assert_eq!(
            parse_term("2019 - 2023"),
            Some((date("2019-01-01"), date("2023-12-31")))
        );
        assert_eq!(
            parse_term("07/22 \u{2013} 07/23"),
            Some((date("2022-07-01"), date("2023-07-31")))
        );
        assert_eq!(
            parse_term("09/22 \u{2013} 08/23"),
            Some((date("2022-09-01"), date("2023-08-31")))
        );
        assert_eq!(
            parse_term("02/24 - 02/24"),
            Some((date("2024-02-01"), date("2024-02-29")))
        );
        assert_eq!(
            parse_term("1-1-2020 - 31-12-2025"),
            Some((date("2020-01-01"), date("2025-12-31")))
        );
        assert_eq!(parse_term("2023 - 2019"), None, "backwards");
        assert_eq!(parse_term("doorlopend"), None);
    }

    #[test]
    fn dutch_dates_and_date_cells() {
        assert_eq!(parse_date("31-12-2025"), Some(date("2025-12-31")));
        assert_eq!(parse_date("1-1-2026"), Some(date("2026-01-01")));
        assert_eq!(parse_date("31/12/2025"), Some(date("2025-12-31")));
        assert_eq!(parse_date("2025-12-31"), Some(date("2025-12-31")));
        assert_eq!(parse_date("31-02-2025"), None);
        assert_eq!(parse_date("12-31-25"), None);
        assert_eq!(
            date_of_cell(&Cell::Date(date("2025-12-31"))),
            Some(date("2025-12-31"))
        );
        assert_eq!(
            date_of_cell(&Cell::Text("31-12-2025".into())),
            Some(date("2025-12-31"))
        );
        assert_eq!(date_of_cell(&Cell::Empty), None);
    }

    #[test]
    fn extension_texts_and_how_long_they_reach() {
        assert_eq!(parse_extension("Nee"), Some(Extension::No));
        assert_eq!(
            parse_extension("Ja, 2x 1 jaar"),
            Some(Extension::Yes { times: 2, years: 1 })
        );
        assert_eq!(
            parse_extension("Ja, 1 jaar"),
            Some(Extension::Yes { times: 1, years: 1 })
        );
        assert_eq!(
            parse_extension("Ja, 2x 2 jaar"),
            Some(Extension::Yes { times: 2, years: 2 })
        );
        assert_eq!(
            parse_extension("ja 2 x 1 jaar"),
            Some(Extension::Yes { times: 2, years: 1 })
        );
        assert_eq!(parse_extension("Ja"), None, "how long is not said");
        let end = date("2025-12-31");
        assert_eq!(
            Extension::Yes { times: 2, years: 2 }.until(end),
            Some(date("2029-12-31"))
        );
        assert_eq!(Extension::No.until(end), None);
    }

    #[test]
    fn a_contract_ending_on_the_last_of_february_is_extended_to_the_end_of_february() {
        let (_, end) = parse_term("03/22 - 02/23").expect("a term to the end of February");
        assert_eq!(end, date("2023-02-28"));
        let one_year = parse_extension("Ja, 1 jaar").expect("one year");
        assert_eq!(one_year.until(end), Some(date("2024-02-29")));
        assert_eq!(one_year.until(date("2024-02-29")), Some(date("2025-02-28")));
        let twice = parse_extension("Ja, 2x 1 jaar").expect("twice a year");
        assert_eq!(twice.until(date("2023-02-28")), Some(date("2025-02-28")));
        assert_eq!(twice.until(date("2022-02-28")), Some(date("2024-02-29")));
    }
}
