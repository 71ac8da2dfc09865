//! The scale a workshop scores on: what levels 0-3 of each criterion mean (with an example from
//! youth care or social support), and the documented rule that suggests a scarcity level from a
//! lot's market figures. A workshop carries its own copy, so a file shows the same words on
//! every computer; the built-in one comes from `assets/templates/scales/`.

use rust_decimal::Decimal;

use super::Bilingual;
use super::level::{Criterion, Level};
use super::lot::MarketFigures;

/// What one level of one criterion means.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct LevelText {
    /// What it means, in a sentence.
    pub meaning: Bilingual,
    /// An example from youth care or social support.
    pub example: Bilingual,
}

/// The thresholds of the scarcity suggestion (data in the scale, not fixed in the code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SuggestionRule {
    /// At most this many providers suggests *Hoog*.
    pub high_max_providers: u32,
    /// A top-3 share of at least this (percent) suggests *Hoog*.
    pub high_min_top3_pct: Decimal,
    /// At least this many providers, together with a top-3 share of at most
    /// [`SuggestionRule::low_max_top3_pct`], suggests *Laag*.
    pub low_min_providers: u32,
    /// See [`SuggestionRule::low_min_providers`].
    pub low_max_top3_pct: Decimal,
}

impl Default for SuggestionRule {
    fn default() -> SuggestionRule {
        SuggestionRule {
            high_max_providers: 2,
            high_min_top3_pct: Decimal::from(80),
            low_min_providers: 50,
            low_max_top3_pct: Decimal::from(40),
        }
    }
}

/// The scale: four level texts per criterion (by level number), and the suggestion's rule.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Scale {
    /// Impact, scarcity and switching, each levels 0-3.
    pub levels: [[LevelText; 4]; 3],
    /// When market figures suggest a scarcity level.
    pub suggestion: SuggestionRule,
}

impl Scale {
    /// What `level` of `criterion` means.
    pub fn text(&self, criterion: Criterion, level: Level) -> &LevelText {
        let row = Criterion::ALL
            .iter()
            .position(|c| *c == criterion)
            .unwrap_or(0);
        &self.levels[row][usize::from(level.number())]
    }

    /// True when no level has a meaning (a workshop made before scales existed).
    pub fn is_empty(&self) -> bool {
        self.levels
            .iter()
            .flatten()
            .all(|t| t.meaning.nl.is_empty() && t.meaning.en.is_empty())
    }
}

/// Why the market figures suggest a level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Few providers (at most the rule's number).
    FewProviders(u32),
    /// The three largest providers hold this share (at least the rule's).
    Concentrated(Decimal),
    /// Many providers and a small top-3 share.
    ManyAndSpread(u32, Decimal),
    /// Both figures are known and neither rule applies.
    InBetween(u32, Decimal),
}

/// A scarcity level the market figures suggest; shown as a hint, never applied by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// The level suggested.
    pub level: Level,
    /// Why.
    pub reason: Reason,
}

/// The scarcity level `market` suggests under `rule`, or `None` when the figures say too little:
/// - *Hoog* with at most `high_max_providers` providers, or a top-3 share of at least
///   `high_min_top3_pct` (with three providers or fewer the top 3 hold everything);
/// - *Laag* with at least `low_min_providers` providers and a top-3 share of at most
///   `low_max_top3_pct`;
/// - *Middel* when both figures are known and neither applies;
/// - never *Geen*: no market figure shows that a service has no scarcity at all.
pub fn suggest_scarcity(market: &MarketFigures, rule: &SuggestionRule) -> Option<Suggestion> {
    let providers = market.registered_providers;
    // With three providers or fewer, the three largest hold all the spend.
    let top3 = market
        .top3_share_pct
        .or_else(|| providers.filter(|n| *n <= 3).map(|_| Decimal::ONE_HUNDRED));
    let suggestion = |level, reason| Some(Suggestion { level, reason });
    if let Some(n) = providers.filter(|n| *n <= rule.high_max_providers) {
        return suggestion(Level::High, Reason::FewProviders(n));
    }
    if let Some(share) = top3.filter(|s| *s >= rule.high_min_top3_pct) {
        return suggestion(Level::High, Reason::Concentrated(share));
    }
    let (n, share) = (providers?, top3?);
    if n >= rule.low_min_providers && share <= rule.low_max_top3_pct {
        suggestion(Level::Low, Reason::ManyAndSpread(n, share))
    } else {
        suggestion(Level::Medium, Reason::InBetween(n, share))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn market(providers: Option<u32>, top3: Option<Decimal>) -> MarketFigures {
        MarketFigures {
            registered_providers: providers,
            top3_share_pct: top3,
            ..MarketFigures::default()
        }
    }

    fn level(providers: Option<u32>, top3: Option<Decimal>) -> Option<Level> {
        suggest_scarcity(&market(providers, top3), &SuggestionRule::default()).map(|s| s.level)
    }

    #[test]
    fn the_rule_on_its_boundaries() {
        // Providers: 2 is few, 3 is not (but three hold everything).
        assert_eq!(level(Some(2), None), Some(Level::High));
        assert_eq!(level(Some(3), None), Some(Level::High));
        assert_eq!(level(Some(4), None), None);
        // Top-3 share: 80 % is concentrated, 79,99 % is not.
        assert_eq!(level(Some(30), Some(dec!(80))), Some(Level::High));
        assert_eq!(level(Some(30), Some(dec!(79.99))), Some(Level::Medium));
        assert_eq!(level(None, Some(dec!(80))), Some(Level::High));
        assert_eq!(level(None, Some(dec!(50))), None);
        // Many and spread: 50 providers and 40 % are low; 49 or 40,01 % are not.
        assert_eq!(level(Some(50), Some(dec!(40))), Some(Level::Low));
        assert_eq!(level(Some(49), Some(dec!(40))), Some(Level::Medium));
        assert_eq!(level(Some(50), Some(dec!(40.01))), Some(Level::Medium));
        // Nothing known: no suggestion, and never Geen.
        assert_eq!(level(None, None), None);
    }

    #[test]
    fn the_reason_says_which_figure_decided() {
        let rule = SuggestionRule::default();
        let few = suggest_scarcity(&market(Some(1), Some(dec!(100))), &rule);
        assert_eq!(few.map(|s| s.reason), Some(Reason::FewProviders(1)));
        let spread = suggest_scarcity(&market(Some(130), Some(dec!(32.46))), &rule);
        assert_eq!(
            spread.map(|s| s.reason),
            Some(Reason::ManyAndSpread(130, dec!(32.46)))
        );
    }

    #[test]
    fn the_thresholds_are_data() {
        let strict = SuggestionRule {
            high_max_providers: 5,
            ..SuggestionRule::default()
        };
        let four = suggest_scarcity(&market(Some(4), None), &strict);
        assert_eq!(four.map(|s| s.level), Some(Level::High));
    }
}
