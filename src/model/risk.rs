//! Supply risk: the mean of the three scores and its class.

use rust_decimal::{Decimal, RoundingStrategy};

use super::level::Level;

/// The supply risk of a scored lot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Risk {
    /// The exact mean of the scores (e.g. 4/3 to 28 digits); round only to display it.
    pub mean: Decimal,
    /// The mean rounded half up to a whole level.
    pub class: Level,
    /// Decimals to show it with: one for the plain mean (always k/3), two for a weighted mean,
    /// whose one-decimal rounding could land on the other side of a threshold (1,45 as "1,5").
    pub places: u32,
}

impl Risk {
    /// The risk of a set of scores (normally the three criteria of one lot).
    ///
    /// Panics never: an empty slice has mean 0.
    pub fn from_levels(levels: &[Level]) -> Risk {
        let mean = if levels.is_empty() {
            Decimal::ZERO
        } else {
            let sum: u32 = levels.iter().map(|l| u32::from(l.number())).sum();
            Decimal::from(sum) / Decimal::from(levels.len())
        };
        Risk::from_mean(mean)
    }

    /// The risk for a given mean on the 0-3 scale (values outside are clamped).
    pub fn from_mean(mean: Decimal) -> Risk {
        let mean = mean.clamp(Decimal::ZERO, Decimal::from(3));
        Risk {
            mean,
            class: risk_class(mean),
            places: 1,
        }
    }

    /// The mean rounded half up to [`Risk::places`] decimals, as shown to people (`1,3`).
    pub fn mean_for_display(&self) -> Decimal {
        self.mean
            .round_dp_with_strategy(self.places, RoundingStrategy::MidpointAwayFromZero)
    }

    /// True when the mean reaches the threshold (the right-hand half of the matrix).
    pub fn is_high(&self, threshold: Decimal) -> bool {
        self.mean >= threshold
    }
}

/// How much each criterion (impact, scarcity, switching, in that order) weighs in the risk
/// mean. Equal weights give the plain mean of the seeds exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Weights(pub [Decimal; 3]);

impl Weights {
    /// Every criterion weighs the same: the plain mean.
    pub const EQUAL: Weights = Weights([Decimal::ONE, Decimal::ONE, Decimal::ONE]);

    /// True when all three weigh the same (whatever the number): the plain mean.
    pub fn are_equal(&self) -> bool {
        let [a, b, c] = self.0;
        a == b && b == c
    }

    /// The weight of one criterion.
    pub fn of(&self, criterion: super::level::Criterion) -> Decimal {
        let at = super::level::Criterion::ALL
            .iter()
            .position(|c| *c == criterion)
            .unwrap_or(0);
        self.0[at]
    }

    /// The risk of three scores (impact, scarcity, switching): the weighted mean, or with equal
    /// weights exactly [`Risk::from_levels`].
    pub fn risk(&self, levels: [Level; 3]) -> Risk {
        let total: Decimal = self.0.iter().sum();
        if self.are_equal() || total <= Decimal::ZERO {
            return Risk::from_levels(&levels);
        }
        let sum: Decimal = (levels.iter().zip(self.0))
            .map(|(l, w)| Decimal::from(l.number()) * w)
            .sum();
        Risk {
            places: 2,
            ..Risk::from_mean(sum / total)
        }
    }
}

impl Default for Weights {
    fn default() -> Weights {
        Weights::EQUAL
    }
}

/// The class of a risk mean: the mean rounded to the nearest whole level, half up.
pub fn risk_class(mean: Decimal) -> Level {
    let rounded = mean.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    if rounded <= Decimal::ZERO {
        Level::None
    } else if rounded == Decimal::ONE {
        Level::Low
    } else if rounded == Decimal::TWO {
        Level::Medium
    } else {
        Level::High
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn risk(a: u8, b: u8, c: u8) -> Risk {
        let levels: Vec<Level> = [a, b, c]
            .iter()
            .map(|n| Level::from_number(i64::from(*n)).expect("test level"))
            .collect();
        Risk::from_levels(&levels)
    }

    #[test]
    fn means_of_three_whole_scores() {
        assert_eq!(risk(1, 2, 1).mean_for_display(), dec!(1.3));
        assert_eq!(risk(2, 1, 2).mean_for_display(), dec!(1.7));
        assert_eq!(risk(1, 0, 0).mean_for_display(), dec!(0.3));
        assert_eq!(risk(3, 3, 3).mean_for_display(), dec!(3.0));
        assert_eq!(risk(0, 0, 0).mean, Decimal::ZERO);
    }

    #[test]
    fn classes_follow_the_seed_examples() {
        assert_eq!(risk(1, 0, 0).class, Level::None); // 0,3
        assert_eq!(risk(1, 1, 0).class, Level::Low); // 0,7
        assert_eq!(risk(1, 2, 1).class, Level::Low); // 1,3
        assert_eq!(risk(2, 1, 2).class, Level::Medium); // 1,7
        assert_eq!(risk(3, 2, 2).class, Level::Medium); // 2,3
        assert_eq!(risk(3, 3, 2).class, Level::High); // 2,7
    }

    #[test]
    fn half_rounds_up() {
        assert_eq!(risk_class(dec!(0.5)), Level::Low);
        assert_eq!(risk_class(dec!(1.5)), Level::Medium);
        assert_eq!(risk_class(dec!(2.5)), Level::High);
        assert_eq!(risk_class(dec!(1.49)), Level::Low);
    }

    #[test]
    fn high_risk_starts_at_the_threshold() {
        assert!(!risk(1, 2, 1).is_high(dec!(1.5)));
        assert!(risk(2, 1, 2).is_high(dec!(1.5)));
        assert!(Risk::from_mean(dec!(1.5)).is_high(dec!(1.5)));
    }

    #[test]
    fn means_are_clamped_to_the_scale() {
        assert_eq!(Risk::from_mean(dec!(-1)).mean, Decimal::ZERO);
        assert_eq!(Risk::from_mean(dec!(9)).class, Level::High);
        assert_eq!(Risk::from_levels(&[]).class, Level::None);
    }

    #[test]
    fn equal_weights_give_the_plain_mean_exactly_and_others_weigh() {
        for a in Level::ALL {
            for b in Level::ALL {
                for c in Level::ALL {
                    let plain = Risk::from_levels(&[a, b, c]);
                    assert_eq!(Weights::EQUAL.risk([a, b, c]), plain);
                    // Any equal weights are the plain mean.
                    assert_eq!(Weights([dec!(2.5); 3]).risk([a, b, c]), plain);
                }
            }
        }
        // Impact counts double: 3, 0, 0 gives 6/4 = 1,5 instead of 1.
        let double = Weights([dec!(2), dec!(1), dec!(1)]);
        let risk = double.risk([Level::High, Level::None, Level::None]);
        assert_eq!(risk.mean, dec!(1.5));
        assert_eq!(risk.class, Level::Medium);
        assert!(!double.are_equal() && Weights::EQUAL.are_equal());
        // A criterion weighed 0 does not count.
        let without = Weights([dec!(0), dec!(1), dec!(1)]);
        assert_eq!(
            without.risk([Level::High, Level::Low, Level::Low]).mean,
            dec!(1)
        );
        // A weighted mean shows two decimals: 1,45 is not "1,5", on the other side of 1,5.
        let near = Weights([dec!(9), dec!(1), dec!(10)]);
        let risk = near.risk([Level::Low, Level::None, Level::Medium]);
        assert_eq!(risk.mean, dec!(29) / dec!(20));
        assert_eq!(risk.mean_for_display(), dec!(1.45));
        assert_eq!(risk.places, 2);
        assert_eq!(
            Weights::EQUAL
                .risk([Level::High, Level::Low, Level::High])
                .places,
            1
        );
    }
}
