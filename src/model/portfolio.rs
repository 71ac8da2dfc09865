//! The portfolio analysis: Pareto ranking by spend, value class, ABC band and quadrant.
//!
//! Everything is computed in exact decimals; round only to display.

use rust_decimal::Decimal;
use rust_decimal::dec;

use super::lot::{Lot, LotId};
use super::risk::Risk;
use super::workshop::{Settings, Workshop};

/// Whether a lot belongs to the lots that together hold the first part of spend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueClass {
    /// Among the lots holding the first `value_threshold_pct` of spend (upper half of the matrix).
    High,
    /// The rest (lower half).
    Low,
}

impl ValueClass {
    /// Stable machine name: `high` or `low`.
    pub fn code(self) -> &'static str {
        match self {
            ValueClass::High => "high",
            ValueClass::Low => "low",
        }
    }
}

/// The band of an ABC (Pareto) analysis, by cumulative share of spend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AbcBand {
    /// The lots that make up the first 50% of spend.
    A,
    /// Up to 80%.
    B,
    /// Up to 95%.
    C,
    /// The rest, up to 100%.
    D,
}

impl AbcBand {
    /// All bands, with the cumulative share (percent) each one ends at.
    pub const BOUNDS: [(AbcBand, Decimal); 4] = [
        (AbcBand::A, dec!(50)),
        (AbcBand::B, dec!(80)),
        (AbcBand::C, dec!(95)),
        (AbcBand::D, dec!(100)),
    ];

    /// The band of a lot whose higher-ranked lots hold `share_above_pct` of spend.
    ///
    /// Same crossing convention as the value class: the lot that crosses a bound
    /// still belongs to the band below it.
    pub fn for_share_above(share_above_pct: Decimal) -> AbcBand {
        AbcBand::BOUNDS
            .iter()
            .find(|(_, bound)| share_above_pct < *bound)
            .map_or(AbcBand::D, |(band, _)| *band)
    }

    /// The band's letter.
    pub fn letter(self) -> &'static str {
        match self {
            AbcBand::A => "A",
            AbcBand::B => "B",
            AbcBand::C => "C",
            AbcBand::D => "D",
        }
    }
}

/// The four quadrants of the Kraljic matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// High value, low risk (Hefboom): use competition.
    Leverage,
    /// High value, high risk (Strategisch): build partnerships.
    Strategic,
    /// Low value, low risk (Routine): keep it simple.
    Routine,
    /// Low value, high risk (Knelpunt): secure supply.
    Bottleneck,
}

impl Quadrant {
    /// All quadrants, in reading order of the matrix (top left, top right, bottom left, bottom right).
    pub const ALL: [Quadrant; 4] = [
        Quadrant::Leverage,
        Quadrant::Strategic,
        Quadrant::Routine,
        Quadrant::Bottleneck,
    ];

    /// The quadrant for a value class and whether the risk is high.
    pub fn new(value: ValueClass, high_risk: bool) -> Quadrant {
        match (value, high_risk) {
            (ValueClass::High, false) => Quadrant::Leverage,
            (ValueClass::High, true) => Quadrant::Strategic,
            (ValueClass::Low, false) => Quadrant::Routine,
            (ValueClass::Low, true) => Quadrant::Bottleneck,
        }
    }

    /// Stable machine name: `leverage`, `strategic`, `routine`, `bottleneck`.
    pub fn code(self) -> &'static str {
        match self {
            Quadrant::Leverage => "leverage",
            Quadrant::Strategic => "strategic",
            Quadrant::Routine => "routine",
            Quadrant::Bottleneck => "bottleneck",
        }
    }

    /// The quadrant with this code.
    pub fn from_code(code: &str) -> Option<Quadrant> {
        Quadrant::ALL.into_iter().find(|q| q.code() == code)
    }
}

/// One lot's place in the analysis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankedLot {
    /// Index of the lot in `Workshop::lots`.
    pub index: usize,
    /// The lot's id.
    pub id: LotId,
    /// Rank by spend, 1 for the largest.
    pub rank: usize,
    /// This lot's share of total spend, percent.
    pub share_pct: Decimal,
    /// Cumulative share of this lot and all ranked above it, percent.
    pub cumulative_share_pct: Decimal,
    /// Cumulative share of the lots ranked above it only, percent.
    pub share_above_pct: Decimal,
    /// ABC band.
    pub abc_band: AbcBand,
    /// Value class.
    pub value_class: ValueClass,
    /// Supply risk, when scored.
    pub risk: Option<Risk>,
    /// Quadrant, when scored.
    pub quadrant: Option<Quadrant>,
}

/// The analysis of a whole workshop, in rank order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Portfolio {
    /// All lots, ranked by spend.
    pub ranked: Vec<RankedLot>,
    /// Exact sum of spend.
    pub total: Decimal,
    /// Each lot's place in `ranked`, so a lot is found at once (a frame asks per lot).
    places: std::collections::HashMap<LotId, usize>,
}

impl Portfolio {
    /// The workshop's lots by spend (the ranking's order), each with its ranking.
    pub fn lots<'w>(
        &'w self,
        workshop: &'w Workshop,
    ) -> impl Iterator<Item = (&'w RankedLot, &'w Lot)> {
        (self.ranked.iter()).filter_map(|ranked| Some((ranked, workshop.lots.get(ranked.index)?)))
    }

    /// The analysis of the lot with this id.
    pub fn get(&self, id: LotId) -> Option<&RankedLot> {
        let place = *self.places.get(&id)?;
        self.ranked.get(place).filter(|r| r.id == id)
    }

    /// The number of lots with all three scores.
    pub fn scored_count(&self) -> usize {
        self.ranked.iter().filter(|r| r.risk.is_some()).count()
    }

    /// How many scored lots fall in a quadrant.
    pub fn count_in(&self, quadrant: Quadrant) -> usize {
        self.ranked
            .iter()
            .filter(|r| r.quadrant == Some(quadrant))
            .count()
    }
}

/// The order of lots by spend, largest first; equal spend is ordered by name, then id.
/// Returns indices into `lots`.
pub fn pareto_order(lots: &[Lot]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..lots.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&lots[a], &lots[b]);
        b.spend
            .cmp(&a.spend)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
    order
}

/// Value classes for spends already sorted largest first.
///
/// A lot is high value when the lots ranked above it hold less than `threshold_pct` of the
/// total, so the lot that crosses the threshold is still high value. With no spend at all,
/// no lot is high value.
pub fn classify_values(sorted_spend: &[Decimal], threshold_pct: Decimal) -> Vec<ValueClass> {
    let total: Decimal = sorted_spend.iter().sum();
    let mut above = Decimal::ZERO;
    sorted_spend
        .iter()
        .map(|spend| {
            let class = if total > Decimal::ZERO && percent(above, total) < threshold_pct {
                ValueClass::High
            } else {
                ValueClass::Low
            };
            above += *spend;
            class
        })
        .collect()
}

/// `part` as a percentage of `whole` (0 when the whole is 0).
fn percent(part: Decimal, whole: Decimal) -> Decimal {
    if whole.is_zero() {
        Decimal::ZERO
    } else {
        part * Decimal::ONE_HUNDRED / whole
    }
}

/// The full analysis of a workshop with its settings. A lot in a blind round that is not
/// revealed yet has no place (see [`Workshop::hides_place`]).
pub fn analyse(workshop: &Workshop) -> Portfolio {
    let mut portfolio = analyse_lots(&workshop.lots, &workshop.settings);
    for ranked in &mut portfolio.ranked {
        if workshop
            .lots
            .get(ranked.index)
            .is_some_and(|lot| workshop.hides_place(lot))
        {
            ranked.risk = None;
            ranked.quadrant = None;
        }
    }
    portfolio
}

/// The full analysis of a list of lots.
pub fn analyse_lots(lots: &[Lot], settings: &Settings) -> Portfolio {
    let order = pareto_order(lots);
    let sorted_spend: Vec<Decimal> = order.iter().map(|&i| lots[i].spend).collect();
    let values = classify_values(&sorted_spend, settings.value_threshold_pct);
    let total: Decimal = sorted_spend.iter().sum();

    let mut above = Decimal::ZERO;
    let ranked: Vec<RankedLot> = order
        .iter()
        .zip(values)
        .enumerate()
        .map(|(position, (&index, value_class))| {
            let lot = &lots[index];
            let share_above_pct = percent(above, total);
            above += lot.spend;
            let risk = super::sensitivity::risk_of(&lot.scores, settings);
            RankedLot {
                index,
                id: lot.id,
                rank: position + 1,
                share_pct: percent(lot.spend, total),
                cumulative_share_pct: percent(above, total),
                share_above_pct,
                abc_band: if total.is_zero() {
                    AbcBand::D
                } else {
                    AbcBand::for_share_above(share_above_pct)
                },
                value_class,
                risk,
                quadrant: risk
                    .map(|risk| Quadrant::new(value_class, risk.is_high(settings.risk_threshold))),
            }
        })
        .collect();
    let places = (ranked.iter().enumerate())
        .map(|(place, r): (usize, &RankedLot)| (r.id, place))
        .collect();
    Portfolio {
        ranked,
        total,
        places,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::level::Level;
    use crate::model::lot::Scores;

    fn lot(id: u32, name: &str, spend: Decimal) -> Lot {
        Lot::new(LotId(id), name, spend)
    }

    #[test]
    fn the_lot_that_crosses_the_threshold_is_high_value() {
        // 50 + 30 = 80 exactly: the second lot reaches 80%, the third is low.
        let classes = classify_values(&[dec!(50), dec!(30), dec!(20)], dec!(80));
        assert_eq!(
            classes,
            [ValueClass::High, ValueClass::High, ValueClass::Low]
        );
        // 50 + 29 = 79 < 80: the third lot crosses the line and is still high value.
        let classes = classify_values(&[dec!(50), dec!(29), dec!(21)], dec!(80));
        assert_eq!(
            classes,
            [ValueClass::High, ValueClass::High, ValueClass::High]
        );
    }

    #[test]
    fn no_spend_means_no_high_value() {
        assert_eq!(
            classify_values(&[Decimal::ZERO; 2], dec!(80)),
            [ValueClass::Low; 2]
        );
        assert!(classify_values(&[], dec!(80)).is_empty());
    }

    #[test]
    fn one_lot_is_always_high_value() {
        assert_eq!(classify_values(&[dec!(5)], dec!(80)), [ValueClass::High]);
    }

    #[test]
    fn bands_follow_the_crossing_convention() {
        assert_eq!(AbcBand::for_share_above(dec!(0)), AbcBand::A);
        assert_eq!(AbcBand::for_share_above(dec!(49.99)), AbcBand::A);
        assert_eq!(AbcBand::for_share_above(dec!(50)), AbcBand::B);
        assert_eq!(AbcBand::for_share_above(dec!(94.9)), AbcBand::C);
        assert_eq!(AbcBand::for_share_above(dec!(95)), AbcBand::D);
        assert_eq!(AbcBand::for_share_above(dec!(100)), AbcBand::D);
    }

    #[test]
    fn ranking_is_by_spend_then_name() {
        let lots = vec![
            lot(1, "Zeta", dec!(10)),
            lot(2, "Alfa", dec!(10)),
            lot(3, "Groot", dec!(99)),
        ];
        assert_eq!(pareto_order(&lots), [2, 1, 0]);
        let portfolio = analyse_lots(&lots, &Settings::default());
        let ranks: Vec<(u32, usize)> = portfolio.ranked.iter().map(|r| (r.id.0, r.rank)).collect();
        assert_eq!(ranks, [(3, 1), (2, 2), (1, 3)]);
        assert_eq!(portfolio.total, dec!(119));
        let last = portfolio.ranked.last().expect("three lots");
        assert_eq!(last.cumulative_share_pct, dec!(100));
    }

    #[test]
    fn quadrants_from_value_and_risk() {
        let mut big = lot(1, "Groot", dec!(90));
        let mut small = lot(2, "Klein", dec!(10));
        big.scores = Scores::new(Level::Low, Level::Low, Level::Low);
        small.scores = Scores::new(Level::High, Level::Medium, Level::Medium);
        let unscored = lot(3, "Nog niet", dec!(1));
        let portfolio = analyse_lots(&[big, small, unscored], &Settings::default());
        assert_eq!(
            portfolio.get(LotId(1)).and_then(|r| r.quadrant),
            Some(Quadrant::Leverage)
        );
        assert_eq!(
            portfolio.get(LotId(2)).and_then(|r| r.quadrant),
            Some(Quadrant::Bottleneck)
        );
        assert_eq!(portfolio.get(LotId(3)).and_then(|r| r.quadrant), None);
        assert_eq!(portfolio.scored_count(), 2);
        assert_eq!(portfolio.count_in(Quadrant::Leverage), 1);
        assert_eq!(Quadrant::new(ValueClass::High, true), Quadrant::Strategic);
        assert_eq!(Quadrant::new(ValueClass::Low, false), Quadrant::Routine);
    }

    #[test]
    fn the_risk_threshold_is_a_setting() {
        let mut only = lot(1, "Enige", dec!(1));
        only.scores = Scores::new(Level::Low, Level::Low, Level::Medium); // mean 1,33
        let mut settings = Settings::default();
        let quadrant =
            |s: &Settings| analyse_lots(std::slice::from_ref(&only), s).ranked[0].quadrant;
        assert_eq!(quadrant(&settings), Some(Quadrant::Leverage));
        settings.risk_threshold = dec!(1.3);
        assert_eq!(quadrant(&settings), Some(Quadrant::Strategic));
    }
}
