//! The four-step scale used for scores and risk classes, and the three scoring criteria.

use std::fmt;

/// A step on the 0-3 scale: a criterion's score, or the class of a risk mean.
///
/// The Dutch names are Geen, Laag, Middel and Hoog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// 0: no risk (Geen).
    None,
    /// 1: low (Laag).
    Low,
    /// 2: medium (Middel).
    Medium,
    /// 3: high (Hoog).
    High,
}

impl Level {
    /// All levels from 0 to 3.
    pub const ALL: [Level; 4] = [Level::None, Level::Low, Level::Medium, Level::High];

    /// The level for a number 0-3, or `None` when out of range.
    pub fn from_number(n: i64) -> Option<Level> {
        match n {
            0 => Some(Level::None),
            1 => Some(Level::Low),
            2 => Some(Level::Medium),
            3 => Some(Level::High),
            _ => None,
        }
    }

    /// The number of this level, 0-3.
    pub fn number(self) -> u8 {
        match self {
            Level::None => 0,
            Level::Low => 1,
            Level::Medium => 2,
            Level::High => 3,
        }
    }

    /// Stable machine name, used in CSV exports: `none`, `low`, `medium`, `high`.
    pub fn code(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Low => "low",
            Level::Medium => "medium",
            Level::High => "high",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number())
    }
}

/// One of the three questions that together give a lot's supply risk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Criterion {
    /// How bad is a disruption of supply (impact proces).
    #[default]
    Impact,
    /// How few alternatives exist (schaarste).
    Scarcity,
    /// How hard and slow is switching to an alternative (omschakeling).
    Switching,
}

impl Criterion {
    /// The three criteria in the order they are scored.
    pub const ALL: [Criterion; 3] = [Criterion::Impact, Criterion::Scarcity, Criterion::Switching];

    /// The criterion scored after this one (after the last: the first again).
    pub fn next(self) -> Criterion {
        match self {
            Criterion::Impact => Criterion::Scarcity,
            Criterion::Scarcity => Criterion::Switching,
            Criterion::Switching => Criterion::Impact,
        }
    }

    /// Stable machine name, as used in files and CSV headers.
    pub fn code(self) -> &'static str {
        match self {
            Criterion::Impact => "impact",
            Criterion::Scarcity => "scarcity",
            Criterion::Switching => "switching",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for level in Level::ALL {
            assert_eq!(Level::from_number(i64::from(level.number())), Some(level));
        }
        assert_eq!(Level::from_number(-1), None);
        assert_eq!(Level::from_number(4), None);
        assert_eq!(Level::from_number(7), None);
    }

    #[test]
    fn levels_are_ordered() {
        assert!(
            Level::None < Level::Low && Level::Low < Level::Medium && Level::Medium < Level::High
        );
    }
}
