//! A lot (perceel): one part of what the collaboration buys.

use rust_decimal::Decimal;

use super::checklist::Checklist;
use super::level::{Criterion, Level};
use super::risk::Risk;
use super::scoring::ScoringRound;

/// Stable identifier of a lot within a workshop; never reused after deletion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LotId(pub u32);

/// The law under which a lot is bought.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Law {
    /// Youth care (Jeugdwet).
    Jeugdwet,
    /// Social support (Wmo 2015).
    Wmo,
    /// Bought under both laws.
    Both,
    /// Another law, or not known.
    #[default]
    Other,
}

impl Law {
    /// All laws, in the order they are offered.
    pub const ALL: [Law; 4] = [Law::Jeugdwet, Law::Wmo, Law::Both, Law::Other];

    /// Stable machine name used in CSV files: `jeugdwet`, `wmo`, `both`, `other`.
    pub fn code(self) -> &'static str {
        match self {
            Law::Jeugdwet => "jeugdwet",
            Law::Wmo => "wmo",
            Law::Both => "both",
            Law::Other => "other",
        }
    }
}

/// The three scores of a lot; each is `None` until the team has scored it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Scores {
    /// Impact of a disruption of supply.
    pub impact: Option<Level>,
    /// Scarcity of alternatives.
    pub scarcity: Option<Level>,
    /// Effort of switching to an alternative.
    pub switching: Option<Level>,
}

impl Scores {
    /// Scores with all three criteria set.
    pub fn new(impact: Level, scarcity: Level, switching: Level) -> Scores {
        Scores {
            impact: Some(impact),
            scarcity: Some(scarcity),
            switching: Some(switching),
        }
    }

    /// The score of one criterion.
    pub fn get(&self, criterion: Criterion) -> Option<Level> {
        match criterion {
            Criterion::Impact => self.impact,
            Criterion::Scarcity => self.scarcity,
            Criterion::Switching => self.switching,
        }
    }

    /// Sets (or clears) the score of one criterion.
    pub fn set(&mut self, criterion: Criterion, level: Option<Level>) {
        match criterion {
            Criterion::Impact => self.impact = level,
            Criterion::Scarcity => self.scarcity = level,
            Criterion::Switching => self.switching = level,
        }
    }

    /// The three levels, in the order of [`Criterion::ALL`].
    pub fn levels(&self) -> [Option<Level>; 3] {
        [self.impact, self.scarcity, self.switching]
    }

    /// All three scores, or `None` when at least one is missing ("not yet scored").
    pub fn complete(&self) -> Option<[Level; 3]> {
        Some([self.impact?, self.scarcity?, self.switching?])
    }

    /// How many of the three criteria have a score.
    pub fn count_scored(&self) -> usize {
        Criterion::ALL
            .iter()
            .filter(|c| self.get(**c).is_some())
            .count()
    }

    /// The supply risk as the plain mean, when all three criteria are scored. What the matrix
    /// shows also weighs the criteria: [`crate::model::sensitivity::risk_of`].
    pub fn risk(&self) -> Option<Risk> {
        self.complete().map(|levels| Risk::from_levels(&levels))
    }
}

/// Market figures of a segment, kept as evidence for scoring scarcity.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MarketFigures {
    /// Number of registered (contracted) providers.
    pub registered_providers: Option<u32>,
    /// Number of clients served.
    pub clients: Option<u32>,
    /// Share of spend of the three largest providers, in percent.
    pub top3_share_pct: Option<Decimal>,
    /// Share of spend of the ten largest providers, in percent.
    pub top10_share_pct: Option<Decimal>,
}

impl MarketFigures {
    /// True when no figure is filled in.
    pub fn is_empty(&self) -> bool {
        *self == MarketFigures::default()
    }
}

/// One lot of the portfolio.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lot {
    /// Stable identifier.
    pub id: LotId,
    /// Name as the team uses it, e.g. "Dagbesteding (Wmo)".
    pub name: String,
    /// The law it is bought under.
    pub law: Law,
    /// Annual spend in euros; never negative.
    pub spend: Decimal,
    /// The team's scores.
    pub scores: Scores,
    /// Optional market figures.
    pub market: Option<MarketFigures>,
    /// Free notes from the discussion.
    pub notes: String,
    /// The answers to the checklist questions.
    pub checklist: Checklist,
    /// Participants' own scores, when the workshop has several scorers.
    pub round: ScoringRound,
    /// The lot's strategy: instruments, regime, procedure, term.
    pub strategy: super::strategy::Strategy,
    /// How the lot meets each of the workshop's kaders.
    pub kaders: super::kader::KaderAnswers,
}

impl Lot {
    /// A new, unscored lot with the given id, name and spend.
    pub fn new(id: LotId, name: impl Into<String>, spend: Decimal) -> Lot {
        Lot {
            id,
            name: name.into(),
            law: Law::default(),
            spend,
            scores: Scores::default(),
            market: None,
            notes: String::new(),
            checklist: Checklist::new(),
            round: ScoringRound::default(),
            strategy: super::strategy::Strategy::default(),
            kaders: super::kader::KaderAnswers::new(),
        }
    }

    /// True when all three criteria are scored.
    pub fn is_scored(&self) -> bool {
        self.scores.complete().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_levels_come_in_the_order_of_the_criteria() {
        let mut scores = Scores::default();
        scores.set(Criterion::Scarcity, Some(Level::High));
        scores.set(Criterion::Switching, Some(Level::None));
        for (criterion, level) in Criterion::ALL.into_iter().zip(scores.levels()) {
            assert_eq!(scores.get(criterion), level);
        }
        assert_eq!(scores.levels()[0], None);
    }

    #[test]
    fn a_lot_with_a_missing_score_has_no_risk() {
        let mut scores = Scores::new(Level::Low, Level::Medium, Level::Low);
        assert!(scores.risk().is_some());
        scores.set(Criterion::Scarcity, None);
        assert_eq!(scores.risk(), None);
        assert_eq!(scores.count_scored(), 2);
        assert_eq!(scores.complete(), None);
    }

    #[test]
    fn set_and_get_address_the_same_criterion() {
        let mut scores = Scores::default();
        for (i, criterion) in Criterion::ALL.into_iter().enumerate() {
            let level = Level::ALL[i + 1];
            scores.set(criterion, Some(level));
            assert_eq!(scores.get(criterion), Some(level));
        }
        assert_eq!(scores, Scores::new(Level::Low, Level::Medium, Level::High));
    }

    #[test]
    fn new_lot_is_not_scored() {
        let lot = Lot::new(LotId(1), "Dyslexie", Decimal::from(985_628));
        assert!(!lot.is_scored());
        assert_eq!(lot.law, Law::Other);
    }
}
