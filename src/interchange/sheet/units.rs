//! The unit of the amounts: finance staff often write spend in thousands or millions of euros
//! ("Uitgaven (x € 1.000)", "bedragen in duizenden euro", "k€", "x € 1 mln") in the header of
//! the amount column or in a title row above the table. Found, applied and shown, never guessed
//! silently: without a stated unit and with every lot under € 10.000 the user is asked to check.

use rust_decimal::Decimal;

use super::header::HeaderRows;
use super::read::Sheet;

/// What one amount in the sheet stands for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SpendUnit {
    /// Euros.
    #[default]
    Euro,
    /// Thousands of euros.
    Thousands,
    /// Millions of euros.
    Millions,
}

impl SpendUnit {
    /// Every unit, smallest first.
    pub const ALL: [SpendUnit; 3] = [SpendUnit::Euro, SpendUnit::Thousands, SpendUnit::Millions];

    /// What an amount is multiplied by to give euros.
    pub fn factor(self) -> Decimal {
        match self {
            SpendUnit::Euro => Decimal::ONE,
            SpendUnit::Thousands => Decimal::from(1_000),
            SpendUnit::Millions => Decimal::from(1_000_000),
        }
    }

    /// `× 1.000`, as a header or choice shows it (the same in both languages).
    pub fn label(self) -> &'static str {
        match self {
            SpendUnit::Euro => "€",
            SpendUnit::Thousands => "× € 1.000",
            SpendUnit::Millions => "× € 1.000.000",
        }
    }
}

/// The unit a text states, if any.
pub fn unit_in(text: &str) -> Option<SpendUnit> {
    let lower = text.to_lowercase();
    // Without spaces and thousands dots: "x € 1.000" -> "x€1000".
    let compact: String = lower
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect();
    let millions = [
        "x€1mln",
        "x1mln",
        "x€1miljoen",
        "x1miljoen",
        "inmiljoenen",
        "miljoeneneuro",
        "(mln€)",
        "mln€)",
    ];
    let thousands = [
        "x€1000",
        "x1000",
        "(k€)",
        "k€",
        "keur",
        "induizenden",
        "duizendeneuro",
        "(x€1k)",
    ];
    if millions.iter().any(|m| compact.contains(m)) {
        Some(SpendUnit::Millions)
    } else if thousands.iter().any(|k| compact.contains(k)) {
        Some(SpendUnit::Thousands)
    } else {
        None
    }
}

/// The unit of the amount column: stated in its header (or its parent header), else in a
/// row above the header.
pub fn find_unit(sheet: &Sheet, header: HeaderRows, spend_column: usize) -> Option<SpendUnit> {
    unit_in(&header.name(sheet, spend_column)).or_else(|| {
        (0..header.top)
            .flat_map(|r| sheet.rows[r].iter().map(|c| c.text()))
            .find_map(|text| unit_in(&text))
    })
}

/// A total stated in words above the table ("Totaal € 37,4 mln"), in euros, with how exactly
/// it is stated: it is compared with the sum of the lots to catch a unit read wrongly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatedTotal {
    /// The row it is in, as the spreadsheet numbers it.
    pub row: u32,
    /// The cell's text, as written.
    pub text: String,
    /// The total in euros.
    pub amount: Decimal,
    /// The step of its last digit in euros (€ 100.000 for "37,4 mln").
    pub precision: Decimal,
}

impl StatedTotal {
    /// Whether a sum of lots (in euros) differs from it by more than its rounding.
    pub fn disagrees_with(&self, sum: Decimal) -> bool {
        (sum - self.amount).abs() > self.precision / Decimal::TWO
    }
}

/// The first total stated in a text cell above the header.
pub fn stated_total(sheet: &Sheet, header: HeaderRows) -> Option<StatedTotal> {
    (0..header.top).find_map(|r| {
        sheet.rows[r].iter().find_map(|cell| match cell {
            super::read::Cell::Text(text) => {
                total_in(text).map(|(amount, precision)| StatedTotal {
                    row: sheet.row_number(r),
                    text: text.trim().to_string(),
                    amount,
                    precision,
                })
            }
            _ => None,
        })
    })
}

/// The amount (in euros) and its precision stated after "totaal" in a text.
fn total_in(text: &str) -> Option<(Decimal, Decimal)> {
    let lower = text.to_lowercase();
    let at = ["totaal", "total"].iter().find_map(|w| lower.find(w))?;
    let rest = &lower[at..];
    let start = rest.find(|c: char| c.is_ascii_digit())?;
    let number: String = rest[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        .collect();
    let number = number.trim_end_matches(['.', ',']);
    let value = crate::locale::number::parse_amount(number).ok()?;
    let after: Vec<&str> = rest[start + number.len()..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(2)
        .collect();
    let factor = match after.first().copied() {
        Some("mld" | "miljard" | "bn" | "billion") => Decimal::from(1_000_000_000),
        Some("mln" | "miljoen" | "mio" | "m" | "million") => Decimal::from(1_000_000),
        Some("k" | "duizend" | "thousand") => Decimal::from(1_000),
        // Or stated before the number: "Totaal k€ 850".
        _ => unit_in(&rest[..start]).unwrap_or_default().factor(),
    };
    let step = Decimal::new(1, value.scale());
    Some((value * factor, step * factor))
}

/// Every lot is under this many euros: when no unit is stated, the user is asked to check it.
pub const SUSPICIOUSLY_SMALL: u32 = 10_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ways_finance_staff_write_a_unit_are_read() {
        for text in [
            "Uitgaven (x € 1.000)",
            "Uitgaven x 1000",
            "Bedrag (k€)",
            "bedragen in duizenden euro",
            "Lasten x €1.000",
        ] {
            assert_eq!(unit_in(text), Some(SpendUnit::Thousands), "{text}");
        }
        for text in [
            "Uitgaven (x € 1 mln)",
            "in miljoenen euro",
            "Budget x 1 miljoen",
        ] {
            assert_eq!(unit_in(text), Some(SpendUnit::Millions), "{text}");
        }
        for text in [
            "Uitgaven 2023",
            "EUR",
            "Uitgaven (€)",
            "Totaal 1.000",
            "Totaal € 37,4 mln",
        ] {
            assert_eq!(unit_in(text), None, "{text}");
        }
    }

    #[test]
    fn a_total_in_words_is_read_with_its_precision() {
        let d = |s: &str| s.parse::<Decimal>().expect("decimal");
        assert_eq!(
            total_in("Totaal € 37,4 mln"),
            Some((d("37400000"), d("100000")))
        );
        assert_eq!(
            total_in("Totale uitgaven: € 37.430.000."),
            Some((d("37430000"), d("1")))
        );
        assert_eq!(
            total_in("totaal 2,5 miljard euro"),
            Some((d("2500000000"), d("100000000")))
        );
        assert_eq!(total_in("Totaal k€ 850"), Some((d("850000"), d("1000"))));
        assert_eq!(total_in("Bedragen x € 1.000"), None);
        assert_eq!(total_in("Totaal"), None);
        let total = StatedTotal {
            row: 1,
            text: String::new(),
            amount: d("37400000"),
            precision: d("100000"),
        };
        assert!(!total.disagrees_with(d("37430000")));
        assert!(!total.disagrees_with(d("37350000")));
        assert!(total.disagrees_with(d("37430")));
        assert!(total.disagrees_with(d("37460000")));
    }
}
