//! Every range a value of the workshop must lie in, in one place: edits, the workshop file's
//! loader, the window's fields and the command line all check against these.

use std::ops::RangeInclusive;

use rust_decimal::Decimal;

/// The value threshold: a share of total spend, in percent, above 0 and at most 100.
pub fn value_threshold_allowed(pct: Decimal) -> bool {
    pct > Decimal::ZERO && pct <= Decimal::ONE_HUNDRED
}

/// The highest score, and so the highest risk threshold.
pub const RISK_MAX: u8 = 3;
/// The widest margin around the value split, percentage points.
pub const SPLIT_MARGIN_MAX: u8 = 50;
/// The heaviest weight of a criterion.
pub const WEIGHT_MAX: u8 = 10;

/// The risk threshold: a mean score, 0-3.
pub fn risk_threshold_allowed(risk: Decimal) -> bool {
    (Decimal::ZERO..=Decimal::from(RISK_MAX)).contains(&risk)
}

/// The margin around the value split, in percentage points: 0-50.
pub fn split_margin_allowed(pct: Decimal) -> bool {
    (Decimal::ZERO..=Decimal::from(SPLIT_MARGIN_MAX)).contains(&pct)
}

/// A criterion's weight in the risk mean: 0-10, and not all three 0.
pub fn weights_allowed(weights: &[Decimal; 3]) -> bool {
    let each = weights
        .iter()
        .all(|w| (Decimal::ZERO..=Decimal::from(WEIGHT_MAX)).contains(w));
    each && weights.iter().any(|w| *w > Decimal::ZERO)
}

/// Minutes per lot of the time box.
pub const TIME_BOX_MINUTES: RangeInclusive<u32> = 1..=240;

/// A percentage answer (e.g. social return), 0-100.
pub fn percentage_allowed(pct: Decimal) -> bool {
    (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&pct)
}

/// A capped number of providers.
pub const PROVIDER_CAP: RangeInclusive<u32> = 1..=999;

/// The most tenders a team carries at once (the calendar's maximum).
pub const MAX_PARALLEL: RangeInclusive<u32> = 1..=999;

/// Months a phase of a procurement may take (0: the phase is skipped).
pub const PHASE_MONTHS: RangeInclusive<u8> = 0..=36;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_edges_are_where_the_method_puts_them() {
        assert!(!value_threshold_allowed(Decimal::ZERO));
        assert!(value_threshold_allowed(Decimal::ONE_HUNDRED));
        assert!(risk_threshold_allowed(Decimal::ZERO));
        assert!(!risk_threshold_allowed(Decimal::from(4)));
        assert!(TIME_BOX_MINUTES.contains(&240) && !TIME_BOX_MINUTES.contains(&0));
        assert!(percentage_allowed(Decimal::ONE_HUNDRED));
    }
}
