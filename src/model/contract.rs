//! A lot's contract in numbers: its term (start, initial years, extension options), the end date
//! with every extension, the estimated contract value, and the European threshold that value is
//! tested against.
//!
//! The estimated value of a contract is its annual value times its full term including every
//! extension option, excluding VAT (Aanbestedingswet 2012, art. 2.15 and 2.17; directive
//! 2014/24/EU art. 5). Social and other specific services (Annex XIV) have a fixed threshold of
//! € 750.000: at or above it the light regime applies, with European publication. Supplies (Wmo
//! aids, *hulpmiddelen*) and other services have the thresholds the Commission revises every two
//! years; they are kept in one table, [`THRESHOLDS`], with the date each applies from.

use rust_decimal::Decimal;

use super::WorkshopDate;

/// What a lot buys: the threshold depends on it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Nature {
    /// Social and other specific services (youth care, Wmo support).
    #[default]
    SocialServices,
    /// Supplies, e.g. Wmo aids (*hulpmiddelen*).
    Supplies,
}

impl Nature {
    /// Both, in the order a choice lists them.
    pub const ALL: [Nature; 2] = [Nature::SocialServices, Nature::Supplies];

    /// Stable code for files.
    pub fn code(self) -> &'static str {
        match self {
            Nature::SocialServices => "social_services",
            Nature::Supplies => "supplies",
        }
    }

    /// The value with this code.
    pub fn from_code(code: &str) -> Option<Nature> {
        Nature::ALL.into_iter().find(|n| n.code() == code)
    }
}

/// The European thresholds for a municipality (a sub-central contracting authority) over a
/// period, excluding VAT.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Thresholds {
    /// The first day these apply.
    pub from: WorkshopDate,
    /// Social and other specific services (fixed in the directive).
    pub social_services: u32,
    /// Supplies and other services of sub-central authorities (revised every two years).
    pub supplies: u32,
}

/// The thresholds by period, oldest first, as the Commission's biennial revisions set them
/// (2024-2025: Delegated Regulation (EU) 2023/2497; 2026-2027: € 216.000 for supplies and
/// services of sub-central authorities, as published for 1 January 2026). Add a row when the
/// next revision is published (for 1 January 2028).
pub const THRESHOLDS: [Thresholds; 3] = [
    Thresholds {
        from: WorkshopDate {
            year: 2022,
            month: 1,
            day: 1,
        },
        social_services: 750_000,
        supplies: 215_000,
    },
    Thresholds {
        from: WorkshopDate {
            year: 2024,
            month: 1,
            day: 1,
        },
        social_services: 750_000,
        supplies: 221_000,
    },
    Thresholds {
        from: WorkshopDate {
            year: 2026,
            month: 1,
            day: 1,
        },
        social_services: 750_000,
        supplies: 216_000,
    },
];

/// The thresholds that apply on a date (the oldest row before the table starts).
pub fn thresholds_on(date: WorkshopDate) -> Thresholds {
    THRESHOLDS
        .iter()
        .rev()
        .find(|t| t.from <= date)
        .copied()
        .unwrap_or(THRESHOLDS[0])
}

/// A contract's term: when it starts, its initial years, and its extension options (e.g.
/// 2 × 1 year).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Term {
    /// The first day of the contract.
    pub start: Option<WorkshopDate>,
    /// Initial term in whole years.
    pub initial_years: u8,
    /// How many extension options.
    pub extensions: u8,
    /// Years per extension option.
    pub extension_years: u8,
}

impl Term {
    /// The full term in years, every extension included.
    pub fn total_years(self) -> u32 {
        u32::from(self.initial_years) + u32::from(self.extensions) * u32::from(self.extension_years)
    }

    /// The last day of the contract with every extension used: the day before the start's
    /// anniversary after the full term.
    pub fn end_with_extensions(self) -> Option<WorkshopDate> {
        let start = self.start?;
        (self.total_years() > 0).then(|| start.anniversary(self.total_years()).day_before())
    }

    /// The last day of the initial term.
    pub fn end_of_initial_term(self) -> Option<WorkshopDate> {
        let start = self.start?;
        (self.initial_years > 0).then(|| {
            start
                .anniversary(u32::from(self.initial_years))
                .day_before()
        })
    }
}

/// The estimated contract value: annual spend × the full term with every extension, excluding
/// VAT. `None` until the term is known.
pub fn contract_value(annual_spend: Decimal, term: Term) -> Option<Decimal> {
    let years = term.total_years();
    (years > 0).then(|| annual_spend * Decimal::from(years))
}

/// What the estimated value means under the threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThresholdTest {
    /// The threshold that applies.
    pub threshold: Decimal,
    /// At or above it: European publication (the light regime for social services).
    pub at_or_above: bool,
    /// What the lot buys.
    pub nature: Nature,
}

/// Tests an estimated value against the threshold that applies on `date` (the contract's start,
/// or today) for what the lot buys. Exactly the threshold counts as reaching it.
pub fn threshold_test(value: Decimal, nature: Nature, date: WorkshopDate) -> ThresholdTest {
    let row = thresholds_on(date);
    let threshold = Decimal::from(match nature {
        Nature::SocialServices => row.social_services,
        Nature::Supplies => row.supplies,
    });
    ThresholdTest {
        threshold,
        at_or_above: value >= threshold,
        nature,
    }
}

/// The day a lot's thresholds are taken from: the contract's start, else the workshop's date,
/// else the first day of the latest row of [`THRESHOLDS`].
pub fn threshold_day(term: Term, workshop_date: Option<WorkshopDate>) -> WorkshopDate {
    let latest = THRESHOLDS[THRESHOLDS.len() - 1].from;
    term.start.or(workshop_date).unwrap_or(latest)
}

/// A lot's estimated contract value and what it means under the threshold, once its term is
/// known (the card, the hints and the report all read it here).
pub fn value_and_threshold(
    annual_spend: Decimal,
    term: Term,
    nature: Nature,
    workshop_date: Option<WorkshopDate>,
) -> Option<(Decimal, ThresholdTest)> {
    let value = contract_value(annual_spend, term)?;
    let day = threshold_day(term, workshop_date);
    Some((value, threshold_test(value, nature, day)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn date(text: &str) -> WorkshopDate {
        text.parse().expect("date")
    }

    fn term(start: &str, initial: u8, extensions: u8, years: u8) -> Term {
        Term {
            start: Some(date(start)),
            initial_years: initial,
            extensions,
            extension_years: years,
        }
    }

    #[test]
    fn the_end_date_counts_every_extension() {
        let four_plus_two = term("2026-01-01", 4, 2, 1);
        assert_eq!(four_plus_two.total_years(), 6);
        assert_eq!(
            four_plus_two.end_of_initial_term(),
            Some(date("2029-12-31"))
        );
        assert_eq!(
            four_plus_two.end_with_extensions(),
            Some(date("2031-12-31"))
        );
        // A start mid-month ends the day before; 29 February in a year without it.
        assert_eq!(
            term("2025-07-15", 3, 0, 0).end_with_extensions(),
            Some(date("2028-07-14"))
        );
        assert_eq!(
            term("2024-02-29", 1, 0, 0).end_with_extensions(),
            Some(date("2025-02-28"))
        );
        assert_eq!(
            term("2024-03-01", 4, 0, 0).end_with_extensions(),
            Some(date("2028-02-29"))
        );
        assert_eq!(Term::default().end_with_extensions(), None);
    }

    #[test]
    fn the_contract_value_is_annual_spend_times_the_full_term() {
        let value = contract_value(dec!(17163920), term("2026-01-01", 4, 2, 1));
        assert_eq!(value, Some(dec!(102983520)));
        assert_eq!(contract_value(dec!(1000), Term::default()), None);
    }

    #[test]
    fn the_threshold_is_reached_at_exactly_its_amount() {
        let on = date("2026-01-01");
        let test = |value, nature| threshold_test(value, nature, on).at_or_above;
        assert!(!test(dec!(749999.99), Nature::SocialServices));
        assert!(test(dec!(750000), Nature::SocialServices));
        assert!(test(dec!(750000.01), Nature::SocialServices));
        assert!(!test(dec!(215999), Nature::Supplies));
        assert!(test(dec!(216000), Nature::Supplies));
        assert!(test(dec!(500000), Nature::Supplies));
        // The table by date: 2025 still had the higher supplies threshold.
        let in_2025 = threshold_test(dec!(218000), Nature::Supplies, date("2025-06-01"));
        assert_eq!(in_2025.threshold, dec!(221000));
        assert!(!in_2025.at_or_above);
        assert_eq!(thresholds_on(date("2023-12-31")).supplies, 215_000);
        assert_eq!(thresholds_on(date("2020-01-01")), THRESHOLDS[0]);
        assert!(
            THRESHOLDS.windows(2).all(|w| w[0].from < w[1].from),
            "oldest first"
        );
    }
}
