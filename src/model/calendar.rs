//! Whole-day date arithmetic for plans and terms: the day before and after; going months
//! forward or back, where a day the shorter month lacks becomes its last day (31 March minus
//! one month is 28 or 29 February); a contract's end moved by its extensions, where the end of
//! a month stays the end of a month; a start's anniversary for a term in years; and the Dutch
//! calendar day at a moment in UTC.

use super::WorkshopDate;

impl WorkshopDate {
    /// The number of days in `month` of `year` (28-31), or 0 for a month that does not exist.
    pub fn days_in_month(year: u16, month: u8) -> u8 {
        (28..=31)
            .rev()
            .find(|&day| WorkshopDate::new(year, month, day).is_some())
            .unwrap_or(0)
    }

    /// The day before.
    pub fn day_before(self) -> WorkshopDate {
        if self.day > 1 {
            return WorkshopDate {
                day: self.day - 1,
                ..self
            };
        }
        let (year, month) = if self.month == 1 {
            (self.year.saturating_sub(1), 12)
        } else {
            (self.year, self.month - 1)
        };
        WorkshopDate {
            year,
            month,
            day: WorkshopDate::days_in_month(year, month),
        }
    }

    /// The day after.
    pub fn day_after(self) -> WorkshopDate {
        if self.day < WorkshopDate::days_in_month(self.year, self.month) {
            return WorkshopDate {
                day: self.day + 1,
                ..self
            };
        }
        let (year, month) = if self.month == 12 {
            (self.year.saturating_add(1), 1)
        } else {
            (self.year, self.month + 1)
        };
        WorkshopDate {
            year,
            month,
            day: 1,
        }
    }

    /// The same day `months` months later (earlier when negative); a day the month lacks
    /// becomes its last day.
    pub fn add_months(self, months: i32) -> WorkshopDate {
        let index = self.month_index() + months;
        let year = u16::try_from(index.div_euclid(12)).unwrap_or(0);
        let month = u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1);
        let day = self.day.min(WorkshopDate::days_in_month(year, month));
        WorkshopDate { year, month, day }
    }

    /// The last day of a contract that ends on this day and is extended by `months` months:
    /// the last day of a month stays the last day of its month (28-02-2023 plus a year is
    /// 29-02-2024); any other day moves as [`Self::add_months`] moves it.
    pub fn extended_end(self, months: i32) -> WorkshopDate {
        let moved = self.add_months(months);
        if self.day == WorkshopDate::days_in_month(self.year, self.month) {
            let day = WorkshopDate::days_in_month(moved.year, moved.month);
            WorkshopDate { day, ..moved }
        } else {
            moved
        }
    }

    /// The same day `years` later, as a term counts from its start: 29 February becomes
    /// 1 March in a year without it (so the term ends on 28 February).
    pub fn anniversary(self, years: u32) -> WorkshopDate {
        let year = u16::try_from(u32::from(self.year) + years).unwrap_or(u16::MAX);
        WorkshopDate::new(year, self.month, self.day)
            .or_else(|| WorkshopDate::new(year, 3, 1))
            .unwrap_or(self)
    }

    /// Months since the start of year 0 (January of year 0 is 0): consecutive months differ
    /// by one, for counting by month.
    pub fn month_index(self) -> i32 {
        i32::from(self.year) * 12 + i32::from(self.month) - 1
    }

    /// The date `days` days after 1 January 1970 (the Unix epoch; negative is before).
    pub fn from_unix_days(days: i64) -> WorkshopDate {
        // Howard Hinnant's days-to-civil, in whole days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        WorkshopDate {
            year: u16::try_from(year).unwrap_or(0),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }

    /// Days since 1 January 1970 (the inverse of [`Self::from_unix_days`]).
    pub fn unix_days(self) -> i64 {
        // Howard Hinnant's days-from-civil.
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let mp = (month + 9) % 12;
        let doy = (153 * mp + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The calendar day in the Netherlands (Europe/Amsterdam) at `unix_seconds` after
    /// 1970-01-01 00:00 UTC: CET (UTC+1), or CEST (UTC+2) from the last Sunday of March to the
    /// last Sunday of October, at 01:00 UTC each (the EU rule; no time zone database needed).
    pub fn dutch_day_at(unix_seconds: i64) -> WorkshopDate {
        let local = unix_seconds + dutch_utc_offset(unix_seconds);
        WorkshopDate::from_unix_days(local.div_euclid(86_400))
    }

    /// The first day of the month with this [`Self::month_index`].
    pub fn first_of_month(index: i32) -> WorkshopDate {
        WorkshopDate {
            year: u16::try_from(index.div_euclid(12)).unwrap_or(0),
            month: u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1),
            day: 1,
        }
    }
}

/// Seconds the Dutch clock is ahead of UTC at `unix_seconds`: 7200 from the last Sunday of
/// March 01:00 UTC until the last Sunday of October 01:00 UTC, else 3600.
fn dutch_utc_offset(unix_seconds: i64) -> i64 {
    let year = WorkshopDate::from_unix_days(unix_seconds.div_euclid(86_400)).year;
    let switch = |month| last_sunday(year, month).unix_days() * 86_400 + 3_600;
    if (switch(3)..switch(10)).contains(&unix_seconds) {
        7_200
    } else {
        3_600
    }
}

/// The last Sunday of `month` in `year`.
fn last_sunday(year: u16, month: u8) -> WorkshopDate {
    let last = WorkshopDate {
        year,
        month,
        day: WorkshopDate::days_in_month(year, month),
    };
    // 1 January 1970 was a Thursday: day 0 is weekday 4 when Sunday is 0.
    let weekday = u8::try_from((last.unix_days() + 4).rem_euclid(7)).unwrap_or(0);
    WorkshopDate {
        day: last.day - weekday,
        ..last
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> WorkshopDate {
        text.parse().expect("a date")
    }

    #[test]
    fn going_back_a_month_from_the_31st_gives_the_last_day_of_the_shorter_month() {
        assert_eq!(date("2026-03-31").add_months(-1), date("2026-02-28"));
        assert_eq!(date("2024-03-31").add_months(-1), date("2024-02-29"));
        assert_eq!(date("2026-01-31").add_months(-2), date("2025-11-30"));
        assert_eq!(date("2026-01-01").add_months(-18), date("2024-07-01"));
        assert_eq!(date("2025-12-15").add_months(1), date("2026-01-15"));
        assert_eq!(date("2026-03-31").add_months(0), date("2026-03-31"));
    }

    #[test]
    fn an_anniversary_of_a_leap_day_falls_on_the_first_of_march() {
        assert_eq!(date("2024-02-29").anniversary(1), date("2025-03-01"));
        assert_eq!(date("2024-02-29").anniversary(4), date("2028-02-29"));
        assert_eq!(date("2026-01-01").anniversary(3), date("2029-01-01"));
        assert_eq!(
            date("2024-02-29").anniversary(1).day_before(),
            date("2025-02-28")
        );
    }

    #[test]
    fn an_end_on_the_last_of_february_stays_at_the_end_of_february() {
        // Into a leap year: the end of the month is kept.
        assert_eq!(date("2023-02-28").extended_end(12), date("2024-02-29"));
        // Out of a leap year: the 29th does not exist, the 28th is the month's end.
        assert_eq!(date("2024-02-29").extended_end(12), date("2025-02-28"));
        // Two extensions of a year, and four years from leap day to leap day.
        assert_eq!(date("2022-02-28").extended_end(24), date("2024-02-29"));
        assert_eq!(date("2024-02-29").extended_end(48), date("2028-02-29"));
        // 28 February in a leap year is not the month's end: it stays the 28th.
        assert_eq!(date("2024-02-28").extended_end(12), date("2025-02-28"));
        assert_eq!(date("2028-02-28").extended_end(12), date("2029-02-28"));
        // Other month ends, and other days.
        assert_eq!(date("2025-04-30").extended_end(1), date("2025-05-31"));
        assert_eq!(date("2025-12-31").extended_end(48), date("2029-12-31"));
        assert_eq!(date("2025-06-15").extended_end(12), date("2026-06-15"));
        // The same end as a term counted from its start: 1 March 2023 plus a year.
        assert_eq!(
            date("2023-02-28").extended_end(12),
            date("2023-03-01").anniversary(1).day_before()
        );
    }

    #[test]
    fn the_day_before_and_after_cross_months_years_and_leap_days() {
        assert_eq!(date("2026-01-01").day_before(), date("2025-12-31"));
        assert_eq!(date("2024-03-01").day_before(), date("2024-02-29"));
        assert_eq!(date("2023-03-01").day_before(), date("2023-02-28"));
        assert_eq!(date("2024-02-28").day_after(), date("2024-02-29"));
        assert_eq!(date("2025-12-31").day_after(), date("2026-01-01"));
        assert_eq!(WorkshopDate::days_in_month(2100, 2), 28);
        assert_eq!(WorkshopDate::days_in_month(2000, 2), 29);
    }

    #[test]
    fn days_since_1970_give_the_calendar_date() {
        assert_eq!(WorkshopDate::from_unix_days(0), date("1970-01-01"));
        assert_eq!(WorkshopDate::from_unix_days(11_016), date("2000-02-29"));
        assert_eq!(WorkshopDate::from_unix_days(20_793), date("2026-12-06"));
        assert_eq!(WorkshopDate::from_unix_days(-1), date("1969-12-31"));
    }

    #[test]
    fn days_since_1970_go_both_ways() {
        for d in [
            "1970-01-01",
            "1969-12-31",
            "2000-02-29",
            "2024-03-01",
            "2026-12-06",
        ] {
            assert_eq!(WorkshopDate::from_unix_days(date(d).unix_days()), date(d));
        }
        assert_eq!(date("2026-12-06").unix_days(), 20_793);
        assert_eq!(date("1969-12-31").unix_days(), -1);
    }

    #[test]
    fn summer_time_runs_from_the_last_sunday_of_march_to_the_last_sunday_of_october() {
        assert_eq!(last_sunday(2026, 3), date("2026-03-29"));
        assert_eq!(last_sunday(2026, 10), date("2026-10-25"));
        assert_eq!(last_sunday(2025, 3), date("2025-03-30"));
        assert_eq!(last_sunday(2025, 10), date("2025-10-26"));
        // 2027: 31 March and 31 October are Sundays themselves.
        assert_eq!(last_sunday(2027, 3), date("2027-03-28"));
        assert_eq!(last_sunday(2021, 10), date("2021-10-31"));
        // 29 March 2026: 00:59:59 UTC is still winter time, 01:00:00 UTC summer time.
        assert_eq!(dutch_utc_offset(1_774_745_999), 3_600);
        assert_eq!(dutch_utc_offset(1_774_746_000), 7_200);
        // 25 October 2026: 00:59:59 UTC is still summer time, 01:00:00 UTC winter time.
        assert_eq!(dutch_utc_offset(1_792_889_999), 7_200);
        assert_eq!(dutch_utc_offset(1_792_890_000), 3_600);
    }

    #[test]
    fn the_dutch_day_turns_at_midnight_in_the_netherlands_not_in_utc() {
        let day = WorkshopDate::dutch_day_at;
        // Winter (UTC+1): 15 January 2026, 22:59:59 and 23:00:00 UTC.
        assert_eq!(day(1_768_517_999), date("2026-01-15"));
        assert_eq!(day(1_768_518_000), date("2026-01-16"));
        // Summer (UTC+2): 15 July 2026, 21:59:59 and 22:00:00 UTC.
        assert_eq!(day(1_784_152_799), date("2026-07-15"));
        assert_eq!(day(1_784_152_800), date("2026-07-16"));
        // New Year: 31 December 2025 at 23:00 UTC is already 2026.
        assert_eq!(day(1_767_221_999), date("2025-12-31"));
        assert_eq!(day(1_767_222_000), date("2026-01-01"));
        // The spring switch day, 29 March 2026: it begins at 23:00 UTC (winter time) and ends
        // at 22:00 UTC (summer time).
        assert_eq!(day(1_774_738_799), date("2026-03-28"));
        assert_eq!(day(1_774_738_800), date("2026-03-29"));
        assert_eq!(day(1_774_821_599), date("2026-03-29"));
        assert_eq!(day(1_774_821_600), date("2026-03-30"));
        // The autumn switch day, 25 October 2026: it begins at 22:00 UTC (summer time) and ends
        // at 23:00 UTC (winter time).
        assert_eq!(day(1_792_879_199), date("2026-10-24"));
        assert_eq!(day(1_792_879_200), date("2026-10-25"));
        assert_eq!(day(1_792_969_199), date("2026-10-25"));
        assert_eq!(day(1_792_969_200), date("2026-10-26"));
        // A leap day begins at 23:00 UTC the day before.
        assert_eq!(day(1_709_161_200), date("2024-02-29"));
    }

    #[test]
    fn month_indexes_count_months_and_give_their_first_day_back() {
        let d = date("2025-11-20");
        assert_eq!(d.add_months(3).month_index() - d.month_index(), 3);
        assert_eq!(
            WorkshopDate::first_of_month(d.month_index()),
            date("2025-11-01")
        );
    }
}
