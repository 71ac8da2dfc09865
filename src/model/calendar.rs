//! Whole-day date arithmetic for plans and terms: the day before and after; going months
//! forward or back, where a day the shorter month lacks becomes its last day (31 March minus
//! one month is 28 or 29 February); a contract's end moved by its extensions, where the end of
//! a month stays the end of a month; and a start's anniversary for a term in years.

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

    /// The first day of the month with this [`Self::month_index`].
    pub fn first_of_month(index: i32) -> WorkshopDate {
        WorkshopDate {
            year: u16::try_from(index.div_euclid(12)).unwrap_or(0),
            month: u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1),
            day: 1,
        }
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
    fn month_indexes_count_months_and_give_their_first_day_back() {
        let d = date("2025-11-20");
        assert_eq!(d.add_months(3).month_index() - d.month_index(), 3);
        assert_eq!(
            WorkshopDate::first_of_month(d.month_index()),
            date("2025-11-01")
        );
    }
}
