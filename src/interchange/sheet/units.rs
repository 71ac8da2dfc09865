//! The unit of the amounts: finance staff often write spend in thousands or millions of euros
//! ("Uitgaven (x € 1.000)", "bedragen in duizenden euro", "k€", "x € 1 mln") in the header of
//! the amount column or in a title row above the table. Found, applied and shown, never guessed
//! silently: without a stated unit and with every lot under € 10.000 the user is asked to check.

use rust_decimal::Decimal;

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

/// The unit of the amount column: stated in its header, else in a row above the header.
pub fn find_unit(sheet: &Sheet, header_row: usize, spend_column: usize) -> Option<SpendUnit> {
    unit_in(&sheet.cell(header_row, spend_column).text()).or_else(|| {
        (0..header_row)
            .flat_map(|r| sheet.rows[r].iter().map(|c| c.text()))
            .find_map(|text| unit_in(&text))
    })
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
        for text in ["Uitgaven 2023", "EUR", "Uitgaven (€)", "Totaal 1.000"] {
            assert_eq!(unit_in(text), None, "{text}");
        }
    }
}
