//! How firmly each lot sits in its quadrant: the lots that one score step would move to another
//! quadrant, the lots close to the value split, a preview of other thresholds, and the share of
//! spend per risk class. Computed once per change of the workshop, never in a frame.

use rust_decimal::Decimal;

use super::level::{Criterion, Level};
use super::lot::{LotId, Scores};
use super::portfolio::{Portfolio, Quadrant, ValueClass, analyse_lots};
use super::risk::Risk;
use super::workshop::{Settings, Workshop};

/// One score step: a criterion moved one level up or down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// The criterion.
    pub criterion: Criterion,
    /// Its score now.
    pub from: Level,
    /// Its score after the step.
    pub to: Level,
}

impl Step {
    /// True for a step up.
    pub fn is_up(&self) -> bool {
        self.to > self.from
    }
}

/// A lot that one score step would move to another quadrant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OneStep {
    /// The lot.
    pub lot: LotId,
    /// Its quadrant now.
    pub from: Quadrant,
    /// Its quadrant after any of the steps (a step changes only the risk side).
    pub to: Quadrant,
    /// Every single step that moves it, criterion by criterion.
    pub steps: Vec<Step>,
}

/// A lot whose place in the spend ranking lies close to the value split.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NearSplit {
    /// The lot.
    pub lot: LotId,
    /// The share of spend of the lots ranked above it, percent (what decides its value class).
    pub share_above_pct: Decimal,
    /// How far that lies from the split, percentage points (never negative).
    pub distance_pct: Decimal,
    /// Its quadrant now.
    pub from: Quadrant,
    /// Its quadrant on the other side of the split.
    pub to: Quadrant,
}

/// The share of spend of the placed lots in one risk class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClassSpend {
    /// The risk class.
    pub class: Level,
    /// How many placed lots have it.
    pub lots: usize,
    /// Their spend.
    pub spend: Decimal,
    /// Their share of the workshop's total spend, percent.
    pub share_pct: Decimal,
}

/// The sensitivity of a workshop's placements (see the module documentation).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Sensitivity {
    /// Lots one score step from another quadrant, in rank order.
    pub one_step: Vec<OneStep>,
    /// Lots within the margin of the value split, in rank order.
    pub near_split: Vec<NearSplit>,
    /// Spend per risk class, from Geen to Hoog.
    pub by_class: [ClassSpend; 4],
    /// Each listed lot's place in either list, to look up at once (a frame asks per lot).
    places: std::collections::HashMap<LotId, (Option<usize>, Option<usize>)>,
}

impl Default for ClassSpend {
    fn default() -> ClassSpend {
        ClassSpend {
            class: Level::None,
            lots: 0,
            spend: Decimal::ZERO,
            share_pct: Decimal::ZERO,
        }
    }
}

impl Sensitivity {
    /// Whether a lot is one step from another quadrant, or close to the value split.
    pub fn is_marked(&self, lot: LotId) -> bool {
        self.places.contains_key(&lot)
    }

    /// The steps that move this lot, if any.
    pub fn one_step_of(&self, lot: LotId) -> Option<&OneStep> {
        let (place, _) = self.places.get(&lot)?;
        self.one_step.get((*place)?)
    }

    /// The lot's distance to the value split, when it is within the margin.
    pub fn near_split_of(&self, lot: LotId) -> Option<&NearSplit> {
        let (_, place) = self.places.get(&lot)?;
        self.near_split.get((*place)?)
    }

    /// The share of spend of the placed lots whose risk is low (Geen or Laag) and high (Middel
    /// or Hoog), percent.
    pub fn low_and_high_share(&self) -> (Decimal, Decimal) {
        let share = |classes: &[Level]| -> Decimal {
            (self.by_class.iter())
                .filter(|c| classes.contains(&c.class))
                .map(|c| c.share_pct)
                .sum()
        };
        (
            share(&[Level::None, Level::Low]),
            share(&[Level::Medium, Level::High]),
        )
    }
}

/// The risk of a set of scores under the workshop's settings (the one rule the portfolio and the
/// sensitivity share).
pub fn risk_of(scores: &Scores, settings: &Settings) -> Option<Risk> {
    scores
        .complete()
        .map(|levels| settings.weights.risk(levels))
}

/// The sensitivity of `workshop`, whose analysis is `portfolio`.
pub fn analyse_sensitivity(workshop: &Workshop, portfolio: &Portfolio) -> Sensitivity {
    let settings = &workshop.settings;
    let mut one_step = Vec::new();
    let mut near_split = Vec::new();
    let mut by_class = Level::ALL.map(|class| ClassSpend {
        class,
        ..ClassSpend::default()
    });
    for (ranked, lot) in portfolio.lots(workshop) {
        let (Some(quadrant), Some(risk)) = (ranked.quadrant, ranked.risk) else {
            continue;
        };
        let class = &mut by_class[usize::from(risk.class.number())];
        class.lots += 1;
        class.spend += lot.spend;
        let high = risk.is_high(settings.risk_threshold);
        let steps = moving_steps(&lot.scores, settings, high);
        if !steps.is_empty() {
            one_step.push(OneStep {
                lot: lot.id,
                from: quadrant,
                to: Quadrant::new(ranked.value_class, !high),
                steps,
            });
        }
        let distance_pct = (ranked.share_above_pct - settings.value_threshold_pct).abs();
        if distance_pct <= settings.split_margin_pct {
            let other = match ranked.value_class {
                ValueClass::High => ValueClass::Low,
                ValueClass::Low => ValueClass::High,
            };
            near_split.push(NearSplit {
                lot: lot.id,
                share_above_pct: ranked.share_above_pct,
                distance_pct,
                from: quadrant,
                to: Quadrant::new(other, high),
            });
        }
    }
    for class in &mut by_class {
        class.share_pct = if portfolio.total.is_zero() {
            Decimal::ZERO
        } else {
            class.spend * Decimal::ONE_HUNDRED / portfolio.total
        };
    }
    let mut places = std::collections::HashMap::new();
    for (at, o) in one_step.iter().enumerate() {
        places.entry(o.lot).or_insert((None, None)).0 = Some(at);
    }
    for (at, n) in near_split.iter().enumerate() {
        places.entry(n.lot).or_insert((None, None)).1 = Some(at);
    }
    Sensitivity {
        one_step,
        near_split,
        by_class,
        places,
    }
}

/// The single steps of `scores` after which the risk is on the other side of the threshold.
fn moving_steps(scores: &Scores, settings: &Settings, high: bool) -> Vec<Step> {
    let mut steps = Vec::new();
    for criterion in Criterion::ALL {
        let Some(from) = scores.get(criterion) else {
            continue;
        };
        let n = i64::from(from.number());
        for to in [n - 1, n + 1].into_iter().filter_map(Level::from_number) {
            let mut stepped = *scores;
            stepped.set(criterion, Some(to));
            let moved = risk_of(&stepped, settings)
                .is_some_and(|r| r.is_high(settings.risk_threshold) != high);
            if moved {
                steps.push(Step {
                    criterion,
                    from,
                    to,
                });
            }
        }
    }
    steps
}

/// What other thresholds would do: the lots that change quadrant, each with its quadrant now
/// and then.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct WhatIf {
    /// The lots that would change quadrant: the lot, its quadrant now, its quadrant then.
    pub moves: Vec<(LotId, Quadrant, Quadrant)>,
    /// The whole analysis with the settings tried (every lot's place shown, blind or not).
    pub portfolio: Portfolio,
}

/// The quadrants `workshop` would have with another risk threshold and value split, without
/// changing it.
pub fn what_if(
    workshop: &Workshop,
    portfolio: &Portfolio,
    risk_threshold: Decimal,
    value_threshold_pct: Decimal,
) -> WhatIf {
    let settings = Settings {
        risk_threshold,
        value_threshold_pct,
        ..workshop.settings
    };
    let then = analyse_lots(&workshop.lots, &settings);
    // Both rank by spend alone, so their rows are the same lots in the same order.
    let moves = (portfolio.ranked.iter().zip(&then.ranked))
        .filter_map(|(now, then)| {
            let from = now.quadrant?;
            let to = then.quadrant.filter(|_| then.id == now.id)?;
            (from != to).then_some((now.id, from, to))
        })
        .collect();
    WhatIf {
        moves,
        portfolio: then,
    }
}

#[cfg(test)]
#[path = "sensitivity_tests.rs"]
mod tests;
