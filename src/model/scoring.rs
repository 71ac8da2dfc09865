//! Several scorers: each participant's scores for a lot, combined into the lot's scores (median
//! or mean), the spread between them, and blind rounds.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::level::{Criterion, Level};
use super::lot::Scores;

/// Stable identifier of a participant within a workshop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ParticipantId(pub u32);

/// Someone who scores: a municipality or a named person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    /// Stable id, used in files.
    pub id: ParticipantId,
    /// Name as the team uses it.
    pub name: String,
}

/// How participants' scores are combined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Aggregation {
    /// The middle value (with an even number, the mean of the two middle values).
    #[default]
    Median,
    /// The mean.
    Mean,
}

/// Difference on one criterion from which a lot is flagged "to discuss".
pub const DISCUSS_SPREAD: u8 = 2;

/// How far one lot's round is: how many participants have all three scores in, of how many.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoundProgress {
    /// Participants with all three scores in.
    pub done: usize,
    /// All participants.
    pub total: usize,
}

impl RoundProgress {
    /// True when every participant has all three scores in.
    pub fn is_complete(self) -> bool {
        self.done >= self.total
    }
}

/// The participants' scores for one lot.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ScoringRound {
    /// Each participant's scores.
    pub scores: BTreeMap<ParticipantId, Scores>,
    /// A blind round: the scores stay hidden, and do not count, until revealed.
    pub blind: bool,
}

impl ScoringRound {
    /// True when no participant has scored anything.
    pub fn is_empty(&self) -> bool {
        self.scores.values().all(|s| s.count_scored() == 0)
    }

    /// How many of `participants` have all three scores in.
    pub fn progress(&self, participants: &[Participant]) -> RoundProgress {
        let done = (participants.iter())
            .filter(|p| {
                self.scores
                    .get(&p.id)
                    .is_some_and(|s| s.complete().is_some())
            })
            .count();
        RoundProgress {
            done,
            total: participants.len(),
        }
    }

    /// The lot's scores: per criterion the combination of the participants who scored it.
    /// The result is a level, rounded half up (median of 1 and 2 is 2).
    pub fn combined(&self, how: Aggregation) -> Scores {
        let mut combined = Scores::default();
        for criterion in Criterion::ALL {
            let values: Vec<Level> = self
                .scores
                .values()
                .filter_map(|s| s.get(criterion))
                .collect();
            combined.set(criterion, combine(&values, how));
        }
        combined
    }

    /// The lowest and highest risk mean (weighed with `weights`) among participants who
    /// scored all three criteria.
    pub fn risk_spread(&self, weights: &super::risk::Weights) -> Option<(Decimal, Decimal)> {
        let means: Vec<Decimal> = self
            .scores
            .values()
            .filter_map(Scores::complete)
            .map(|levels| weights.risk(levels).mean)
            .collect();
        let low = means.iter().min()?;
        let high = means.iter().max()?;
        Some((*low, *high))
    }

    /// True when participants differ by [`DISCUSS_SPREAD`] or more on any criterion.
    pub fn to_discuss(&self) -> bool {
        Criterion::ALL.into_iter().any(|criterion| {
            let values = self.scores.values().filter_map(|s| s.get(criterion));
            let (mut low, mut high) = (u8::MAX, 0);
            for level in values {
                low = low.min(level.number());
                high = high.max(level.number());
            }
            high >= low && high - low >= DISCUSS_SPREAD
        })
    }
}

/// Combines levels; `None` when there are none.
pub fn combine(values: &[Level], how: Aggregation) -> Option<Level> {
    if values.is_empty() {
        return None;
    }
    let mut numbers: Vec<u32> = values.iter().map(|l| u32::from(l.number())).collect();
    numbers.sort_unstable();
    let n = numbers.len() as u32;
    // Twice the combined value, so halves stay whole numbers; then round half up.
    let doubled = match how {
        Aggregation::Median => {
            let mid = numbers.len() / 2;
            if numbers.len() % 2 == 1 {
                2 * numbers[mid]
            } else {
                numbers[mid - 1] + numbers[mid]
            }
        }
        Aggregation::Mean => {
            let sum: u32 = numbers.iter().sum();
            // round(2 * sum / n) would lose the half; keep it exact with integer division.
            return Level::from_number(i64::from((2 * sum + n) / (2 * n)));
        }
    };
    Level::from_number(i64::from(doubled.div_ceil(2)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Level::{High, Low, Medium, None as Zero};

    #[test]
    fn median_and_mean_round_half_up() {
        assert_eq!(combine(&[], Aggregation::Median), None);
        assert_eq!(combine(&[Low], Aggregation::Median), Some(Low));
        assert_eq!(
            combine(&[Low, High, Medium], Aggregation::Median),
            Some(Medium)
        );
        assert_eq!(combine(&[Low, Medium], Aggregation::Median), Some(Medium));
        assert_eq!(
            combine(&[Zero, Zero, High, High], Aggregation::Median),
            Some(Medium)
        );
        assert_eq!(
            combine(&[Zero, Zero, Zero, High], Aggregation::Median),
            Some(Zero)
        );
        assert_eq!(combine(&[Zero, Zero, High], Aggregation::Mean), Some(Low));
        assert_eq!(combine(&[Low, Medium], Aggregation::Mean), Some(Medium));
        assert_eq!(combine(&[Zero, Low, Low], Aggregation::Mean), Some(Low));
        assert_eq!(combine(&[Zero, Zero, Low], Aggregation::Mean), Some(Zero));
    }

    fn round(scores: &[(u32, Scores)]) -> ScoringRound {
        ScoringRound {
            scores: scores
                .iter()
                .map(|(id, s)| (ParticipantId(*id), *s))
                .collect(),
            blind: false,
        }
    }

    #[test]
    fn combined_scores_spread_and_discussion_flag() {
        let r = round(&[
            (1, Scores::new(Low, Medium, Low)),
            (2, Scores::new(Medium, Medium, Low)),
            (3, Scores::new(High, Medium, Medium)),
        ]);
        assert_eq!(
            r.combined(Aggregation::Median),
            Scores::new(Medium, Medium, Low)
        );
        let (low, high) = r
            .risk_spread(&crate::model::Weights::EQUAL)
            .expect("spread");
        assert_eq!(low.round_dp(2).to_string(), "1.33");
        assert_eq!(high.round_dp(2).to_string(), "2.33");
        assert!(r.to_discuss(), "impact 1 against 3");

        let calm = round(&[
            (1, Scores::new(Low, Medium, Low)),
            (2, Scores::new(Medium, Medium, Low)),
        ]);
        assert!(!calm.to_discuss());
    }

    #[test]
    fn partial_scores_count_per_criterion() {
        let mut partial = Scores::default();
        partial.set(Criterion::Impact, Some(High));
        let r = round(&[(1, partial), (2, Scores::new(Low, Low, Low))]);
        let combined = r.combined(Aggregation::Median);
        assert_eq!(combined.get(Criterion::Impact), Some(Medium));
        assert_eq!(combined.get(Criterion::Scarcity), Some(Low));
        let (low, high) = r
            .risk_spread(&crate::model::Weights::EQUAL)
            .expect("one complete");
        assert_eq!(low, high);
        assert!(r.to_discuss(), "impact 1 against 3");
        assert!(ScoringRound::default().is_empty());
    }
}
