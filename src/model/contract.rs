//! A lot's contract in numbers: its term (start, initial years, extension options), the end date
//! with every extension, the estimated contract value, and the European threshold that value is
//! tested against.
//!
//! The estimated value of a contract is its annual value times its full term including every
//! extension option, excluding VAT (Aanbestedingswet 2012, art. 2.15 and 2.17; directive
//! 2014/24/EU art. 5). Social and other specific services (Annex XIV) have a fixed threshold of
//! € 750.000: at or above it the light regime applies, with European publication. Supplies (Wmo
//! aids, *hulpmiddelen*) and other services have the thresholds the Commission revises every two
//! years; they are kept in one table, [`THRESHOLDS`], with the date each applies from. The value
//! counts on the day the call for competition is sent (directive 2014/24/EU art. 5(4)): the
//! threshold is the one in force that day ([`ThresholdDay`]).

use rust_decimal::Decimal;

use super::{Lot, Workshop, WorkshopDate};

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
/// (2020-2021: € 214.000 for supplies and services of sub-central authorities; 2022-2023:
/// € 215.000; 2024-2025: € 221.000, Delegated Regulation (EU) 2023/2497; 2026-2027: € 216.000, as
/// published for 1 January 2026). Add a row when the next revision is published (for 1 January
/// 2028).
pub const THRESHOLDS: [Thresholds; 4] = [
    thresholds(2020, 214_000),
    thresholds(2022, 215_000),
    thresholds(2024, 221_000),
    thresholds(2026, 216_000),
];

/// A row of [`THRESHOLDS`]: from 1 January of `year`, with this supplies threshold.
const fn thresholds(year: u16, supplies: u32) -> Thresholds {
    Thresholds {
        from: WorkshopDate {
            year,
            month: 1,
            day: 1,
        },
        social_services: 750_000,
        supplies,
    }
}

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

/// The day a lot's threshold is taken from, and why that day. The estimated value counts on the
/// day the call for competition is sent (directive 2014/24/EU art. 5(4)).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThresholdDay {
    /// The first day of the procurement phase (phase 6) of the lot's planned tender.
    TenderPhase(WorkshopDate),
    /// The contract's start: no tender planned for the lot.
    ContractStart(WorkshopDate),
    /// The workshop's date: no tender planned and no contract start.
    WorkshopDate(WorkshopDate),
    /// None of these: the first day of the latest row of [`THRESHOLDS`].
    Latest(WorkshopDate),
}

impl ThresholdDay {
    /// Where the day comes from, as a stable code (CSV): `tender_phase`, `contract_start`,
    /// `workshop_date` or `latest_period`.
    pub fn code(self) -> &'static str {
        match self {
            ThresholdDay::TenderPhase(_) => "tender_phase",
            ThresholdDay::ContractStart(_) => "contract_start",
            ThresholdDay::WorkshopDate(_) => "workshop_date",
            ThresholdDay::Latest(_) => "latest_period",
        }
    }

    /// The day itself.
    pub fn date(self) -> WorkshopDate {
        match self {
            ThresholdDay::TenderPhase(d)
            | ThresholdDay::ContractStart(d)
            | ThresholdDay::WorkshopDate(d)
            | ThresholdDay::Latest(d) => d,
        }
    }
}

/// The day a lot's threshold is taken from: the start of its tender's procurement phase when a
/// tender is planned (`call_for_competition`), else the contract's start, else the workshop's
/// date, else the latest row of [`THRESHOLDS`].
pub fn threshold_day(
    term: Term,
    call_for_competition: Option<WorkshopDate>,
    workshop_date: Option<WorkshopDate>,
) -> ThresholdDay {
    let latest = THRESHOLDS[THRESHOLDS.len() - 1].from;
    call_for_competition
        .map(ThresholdDay::TenderPhase)
        .or(term.start.map(ThresholdDay::ContractStart))
        .or(workshop_date.map(ThresholdDay::WorkshopDate))
        .unwrap_or(ThresholdDay::Latest(latest))
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
    /// The day the threshold was taken from.
    pub day: ThresholdDay,
}

/// Tests an estimated value against the threshold in force on `day` for what the lot buys.
/// Exactly the threshold counts as reaching it.
pub fn threshold_test(value: Decimal, nature: Nature, day: ThresholdDay) -> ThresholdTest {
    let row = thresholds_on(day.date());
    let threshold = Decimal::from(match nature {
        Nature::SocialServices => row.social_services,
        Nature::Supplies => row.supplies,
    });
    ThresholdTest {
        threshold,
        at_or_above: value >= threshold,
        nature,
        day,
    }
}

/// An estimated contract value and what it means under the threshold in force on `day`, once
/// the term is known.
pub fn value_and_threshold(
    annual_spend: Decimal,
    term: Term,
    nature: Nature,
    day: ThresholdDay,
) -> Option<(Decimal, ThresholdTest)> {
    let value = contract_value(annual_spend, term)?;
    Some((value, threshold_test(value, nature, day)))
}

/// A lot's estimated contract value and its threshold test in its workshop, the day taken from
/// the lot's planned tender ([`super::planning::Calendar::call_for_competition`]) or its term
/// (the card, the hints and the report all read it here).
pub fn lot_value_and_threshold(workshop: &Workshop, lot: &Lot) -> Option<(Decimal, ThresholdTest)> {
    let s = &lot.strategy;
    let call = workshop.planning.call_for_competition(lot.id);
    let day = threshold_day(s.term, call, workshop.date);
    value_and_threshold(lot.spend, s.term, s.nature, day)
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
        let on = ThresholdDay::ContractStart(date("2026-01-01"));
        let test = |value, nature| threshold_test(value, nature, on).at_or_above;
        assert!(!test(dec!(749999.99), Nature::SocialServices));
        assert!(test(dec!(750000), Nature::SocialServices));
        assert!(test(dec!(750000.01), Nature::SocialServices));
        assert!(!test(dec!(215999), Nature::Supplies));
        assert!(test(dec!(216000), Nature::Supplies));
        assert!(test(dec!(500000), Nature::Supplies));
        assert_eq!(thresholds_on(date("2023-12-31")).supplies, 215_000);
        assert_eq!(thresholds_on(date("2019-06-01")), THRESHOLDS[0]);
        assert!(
            THRESHOLDS.windows(2).all(|w| w[0].from < w[1].from),
            "oldest first"
        );
    }

    #[test]
    fn the_supplies_threshold_is_the_one_in_force_on_the_day_on_both_sides_of_a_new_period() {
        let supplies = |value, day: &str| {
            threshold_test(
                value,
                Nature::Supplies,
                ThresholdDay::TenderPhase(date(day)),
            )
        };
        // 2020-2021: € 214.000; 2022-2023: € 215.000.
        let last_day = supplies(dec!(214500), "2021-12-31");
        assert_eq!(last_day.threshold, dec!(214000));
        assert!(last_day.at_or_above);
        let first_day = supplies(dec!(214500), "2022-01-01");
        assert_eq!(first_day.threshold, dec!(215000));
        assert!(!first_day.at_or_above);
        // 2024-2025: € 221.000; 2026-2027: € 216.000 (lower: a value can cross it upward).
        assert!(!supplies(dec!(218000), "2025-12-31").at_or_above);
        assert!(supplies(dec!(218000), "2026-01-01").at_or_above);
        // Social services keep € 750.000 in every period.
        for row in THRESHOLDS {
            assert_eq!(row.social_services, 750_000);
        }
    }

    /// A workshop with one lot of supplies worth € 218.000 over four years from 1 July 2026,
    /// and, when `tender_start` is given, a tender for it starting then.
    fn supplies_workshop(tender_start: Option<&str>) -> Workshop {
        use super::super::planning::{Tender, TenderId};
        use super::super::{Lot, LotId};
        let mut lot = Lot::new(LotId(1), "Hulpmiddelen", dec!(54500));
        lot.strategy.nature = Nature::Supplies;
        lot.strategy.term = term("2026-07-01", 4, 0, 0);
        let mut workshop = Workshop {
            lots: vec![lot],
            date: Some(date("2024-03-01")),
            ..Workshop::default()
        };
        if let Some(start) = tender_start {
            workshop.planning.tenders.push(Tender {
                id: TenderId(1),
                name: "Hulpmiddelen".into(),
                lots: vec![LotId(1)],
                start: date(start),
                months: None,
                notes: String::new(),
            });
        }
        workshop
    }

    #[test]
    fn a_planned_tender_takes_the_threshold_from_its_procurement_phase_else_the_contract_start() {
        let test = |workshop: &Workshop| {
            let (value, test) =
                lot_value_and_threshold(workshop, &workshop.lots[0]).expect("a term");
            assert_eq!(value, dec!(218000));
            test
        };
        // No tender: the contract's start, 1 July 2026: € 216.000, reached.
        let without = test(&supplies_workshop(None));
        assert_eq!(without.day, ThresholdDay::ContractStart(date("2026-07-01")));
        assert!(without.at_or_above);
        // A tender starting 1 July 2026: phase 6 (four months) starts six months earlier, on
        // 1 January 2026: € 216.000, reached.
        let on_the_day = test(&supplies_workshop(Some("2026-07-01")));
        assert_eq!(
            on_the_day.day,
            ThresholdDay::TenderPhase(date("2026-01-01"))
        );
        assert!(on_the_day.at_or_above);
        // A month earlier, phase 6 starts on 1 December 2025: € 221.000, not reached.
        let earlier = test(&supplies_workshop(Some("2026-06-01")));
        assert_eq!(earlier.day, ThresholdDay::TenderPhase(date("2025-12-01")));
        assert_eq!(earlier.threshold, dec!(221000));
        assert!(!earlier.at_or_above);
    }

    #[test]
    fn without_a_tender_or_a_start_the_workshop_date_and_then_the_latest_row_count() {
        let no_start = Term {
            start: None,
            ..term("2026-01-01", 4, 0, 0)
        };
        let workshop_day = date("2024-03-01");
        assert_eq!(
            threshold_day(no_start, None, Some(workshop_day)),
            ThresholdDay::WorkshopDate(workshop_day)
        );
        let latest = threshold_day(no_start, None, None);
        assert_eq!(latest, ThresholdDay::Latest(THRESHOLDS[3].from));
        assert_eq!(latest.date(), date("2026-01-01"));
        let tender = date("2025-07-01");
        assert_eq!(
            threshold_day(
                term("2026-01-01", 4, 0, 0),
                Some(tender),
                Some(workshop_day)
            ),
            ThresholdDay::TenderPhase(tender),
            "a planned tender comes first"
        );
    }
}
