//! Numbers the Dutch way: `€ 17.163.920`, `1,3`, `17,3%`; and reading amounts as people type them.

use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use thiserror::Error;

/// Rounds half away from zero to `places` decimals.
pub fn round(value: Decimal, places: u32) -> Decimal {
    value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
}

/// Formats with exactly `places` decimals, a decimal comma and thousands dots: `1.234,50`.
pub fn format_decimal(value: Decimal, places: u32) -> String {
    let rounded = round(value, places);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let plain = format!("{:.*}", places as usize, rounded.abs());
    let (int_part, frac_part) = match plain.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (plain.as_str(), None),
    };
    let mut out = String::with_capacity(plain.len() + 4);
    if negative {
        out.push('-');
    }
    out.push_str(&group_thousands(int_part));
    if let Some(frac) = frac_part {
        out.push(',');
        out.push_str(frac);
    }
    out
}

/// Inserts a dot between every three digits, from the right.
fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(ch);
    }
    out
}

/// A date the Dutch way, day and month in two digits: `01-07-2031` (the day first in English
/// too).
pub fn format_date(date: crate::model::WorkshopDate) -> String {
    format!("{:02}-{:02}-{}", date.day, date.month, date.year)
}

/// A date as people write it: the Dutch way (`31-12-2025`, `1-1-2026`, `31/12/2025`,
/// `31.12.2025`) or as in the file (`2025-12-31`).
pub fn parse_date(text: &str) -> Option<crate::model::WorkshopDate> {
    let text = text.trim();
    if let Ok(date) = text.parse::<crate::model::WorkshopDate>() {
        return Some(date);
    }
    let parts: Vec<&str> = text.split(['-', '/', '.']).map(str::trim).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let number = |t: &str| t.parse::<u16>().ok();
    let year = number(y).filter(|y| y.to_string().len() == 4)?;
    let month = u8::try_from(number(m)?).ok()?;
    let day = u8::try_from(number(d)?).ok()?;
    crate::model::WorkshopDate::new(year, month, day)
}

/// The text of an optional date field: the date the Dutch way, or nothing.
pub fn date_text(date: Option<crate::model::WorkshopDate>) -> String {
    date.map(format_date).unwrap_or_default()
}

/// What a field that may be left empty says: `Some(None)` when it is empty, `Some(value)` when
/// `read` reads it, `None` when it cannot be read.
pub fn optional<T>(text: &str, read: impl FnOnce(&str) -> Option<T>) -> Option<Option<T>> {
    if text.trim().is_empty() {
        Some(None)
    } else {
        read(text).map(Some)
    }
}

/// What an optional date field says (see [`optional`] and [`parse_date`]).
pub fn optional_date(text: &str) -> Option<Option<crate::model::WorkshopDate>> {
    optional(text, parse_date)
}

/// A euro amount: whole euros when there are no cents (`€ 17.163.920`), else with cents
/// (`€ 1.234,50`); negative amounts as `-€ 200.002`.
pub fn format_euro(value: Decimal) -> String {
    let cents = round(value, 2);
    let places = if cents.fract().is_zero() { 0 } else { 2 };
    let body = format_decimal(cents.abs(), places);
    if cents.is_sign_negative() && !cents.is_zero() {
        format!("-€ {body}")
    } else {
        format!("€ {body}")
    }
}

/// A percentage with `places` decimals: `17,3%`.
pub fn format_percent(value: Decimal, places: u32) -> String {
    format!("{}%", format_decimal(value, places))
}

/// Why a typed amount could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AmountError {
    /// Nothing was typed.
    #[error("no amount given")]
    Empty,
    /// The text is not a number in any accepted form.
    #[error("'{0}' is not an amount")]
    NotANumber(String),
}

/// Reads an amount as people type it or as Dutch spreadsheets write it.
///
/// Accepted: `17163920`, `17.163.920`, `17163920,50`, `17.163.920,50`, `€ 17.163.920`,
/// `17163920.50`, `17,163,920.50`, `-12`. Rules: when both `.` and `,` occur, the last one is the
/// decimal separator; a single `,` is a decimal comma; a single `.` followed by exactly three
/// digits is a thousands separator, otherwise a decimal point; thousands groups must have three
/// digits.
pub fn parse_amount(text: &str) -> Result<Decimal, AmountError> {
    let cleaned: String = text
        .trim()
        .trim_start_matches('\u{feff}')
        .replace("EUR", "")
        .replace("eur", "")
        .chars()
        .filter(|c| !matches!(c, '€' | ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if cleaned.is_empty() {
        return Err(AmountError::Empty);
    }
    let not_a_number = || AmountError::NotANumber(text.trim().to_string());
    let (negative, body) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    let last_dot = body.rfind('.');
    let last_comma = body.rfind(',');
    let (thousands, decimal) = match (last_dot, last_comma) {
        (Some(d), Some(c)) if d > c => (Some(','), Some('.')),
        (Some(_), Some(_)) => (Some('.'), Some(',')),
        (None, Some(_)) if body.matches(',').count() > 1 => (Some(','), None),
        (None, Some(_)) => (None, Some(',')),
        (Some(d), None) if body.matches('.').count() > 1 || body.len() - d - 1 == 3 => {
            (Some('.'), None)
        }
        (Some(_), None) => (None, Some('.')),
        (None, None) => (None, None),
    };
    let (int_part, frac_part) = match decimal.and_then(|sep| body.rsplit_once(sep)) {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let int_digits = match thousands {
        Some(sep) => {
            let groups: Vec<&str> = int_part.split(sep).collect();
            let first_ok = groups.first().is_some_and(|g| (1..=3).contains(&g.len()));
            if !first_ok || groups.iter().skip(1).any(|g| g.len() != 3) {
                return Err(not_a_number());
            }
            groups.concat()
        }
        None => int_part.to_string(),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int_digits.is_empty() && frac_part.is_none_or(str::is_empty) {
        return Err(not_a_number());
    }
    if !all_digits(&int_digits) || !frac_part.is_none_or(|f| !f.is_empty() && all_digits(f)) {
        return Err(not_a_number());
    }
    let canonical = match frac_part {
        Some(frac) => format!(
            "{}.{frac}",
            if int_digits.is_empty() {
                "0"
            } else {
                &int_digits
            }
        ),
        None => int_digits,
    };
    let value = Decimal::from_str(&canonical).map_err(|_| not_a_number())?;
    Ok(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn euros_the_dutch_way() {
        assert_eq!(format_euro(dec!(17163920)), "€ 17.163.920");
        assert_eq!(format_euro(dec!(99320035)), "€ 99.320.035");
        assert_eq!(format_euro(dec!(17163920.5)), "€ 17.163.920,50");
        assert_eq!(format_euro(dec!(999)), "€ 999");
        assert_eq!(format_euro(dec!(1000)), "€ 1.000");
        assert_eq!(format_euro(dec!(0)), "€ 0");
        assert_eq!(format_euro(dec!(-200002)), "-€ 200.002");
        assert_eq!(format_euro(dec!(0.004)), "€ 0");
    }

    #[test]
    fn decimals_and_percentages() {
        assert_eq!(format_decimal(dec!(1.3333333), 1), "1,3");
        assert_eq!(format_decimal(dec!(1.25), 1), "1,3");
        assert_eq!(format_decimal(dec!(2), 1), "2,0");
        assert_eq!(format_decimal(dec!(1234567.891), 2), "1.234.567,89");
        assert_eq!(format_decimal(dec!(-0.01), 1), "0,0");
        assert_eq!(format_percent(dec!(17.281), 1), "17,3%");
        assert_eq!(format_percent(dec!(100), 0), "100%");
    }

    #[test]
    fn amounts_as_people_type_them() {
        let cases = [
            ("17163920", dec!(17163920)),
            ("17.163.920", dec!(17163920)),
            ("17163920,50", dec!(17163920.50)),
            ("17.163.920,50", dec!(17163920.50)),
            ("€ 17.163.920", dec!(17163920)),
            ("17163920.50", dec!(17163920.50)),
            ("17,163,920.50", dec!(17163920.50)),
            ("1.500", dec!(1500)),
            ("1.5", dec!(1.5)),
            ("1,5", dec!(1.5)),
            ("0,75", dec!(0.75)),
            (",5", dec!(0.5)),
            ("-12", dec!(-12)),
            ("  42 ", dec!(42)),
            ("\u{feff}7", dec!(7)),
            ("1 234 567", dec!(1234567)),
            ("EUR 12", dec!(12)),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_amount(text), Ok(expected), "reading {text:?}");
        }
    }

    #[test]
    fn nonsense_is_refused() {
        assert_eq!(parse_amount("  "), Err(AmountError::Empty));
        for text in [
            "abc", "1.23.4", "12,34,5", "1..2", "1,2.3,4", "€", "-", "12a", "1.2,3.4", "€17,-",
        ] {
            assert!(parse_amount(text).is_err(), "{text:?} should be refused");
        }
    }

    #[test]
    fn a_date_field_shows_the_dutch_date_and_reads_both_ways() {
        let date = |t: &str| t.parse::<crate::model::WorkshopDate>().expect("date");
        assert_eq!(date_text(Some(date("2026-03-15"))), "15-03-2026");
        assert_eq!(date_text(None), "");
        for text in [
            "15-03-2026",
            "15-3-2026",
            " 2026-03-15 ",
            "15/03/2026",
            "15.03.2026",
        ] {
            assert_eq!(
                optional_date(text),
                Some(Some(date("2026-03-15"))),
                "{text}"
            );
        }
        assert_eq!(optional_date("  "), Some(None));
        let number = |t: &str| t.trim().parse::<u32>().ok();
        assert_eq!(optional(" 8 ", number), Some(Some(8)));
        assert_eq!(optional("", number), Some(None));
        assert_eq!(optional("acht", number), None);
        for bad in ["31-02-2026", "03-15-2026", "15-03-26", "morgen"] {
            assert_eq!(optional_date(bad), None, "{bad}");
        }
        // What the field shows reads back as the same date.
        let leap = date("2028-02-29");
        assert_eq!(optional_date(&date_text(Some(leap))), Some(Some(leap)));
    }
}
