use proptest::prelude::*;
use rust_decimal::dec;

use super::*;
use crate::model::{Lot, analyse};

fn scores(a: u8, b: u8, c: u8) -> Scores {
    let level = |n: u8| Level::from_number(i64::from(n));
    let mut scores = Scores::default();
    for (criterion, n) in Criterion::ALL.into_iter().zip([a, b, c]) {
        scores.set(criterion, level(n));
    }
    scores
}

/// A lot to make: id, spend and scores (none: unscored).
type Planned = (u32, i64, Option<(u8, u8, u8)>);

fn workshop(lots: &[Planned]) -> Workshop {
    let mut workshop = Workshop::default();
    for &(id, spend, scored) in lots {
        let mut lot = Lot::new(LotId(id), format!("Perceel {id}"), Decimal::from(spend));
        if let Some((a, b, c)) = scored {
            lot.scores = scores(a, b, c);
        }
        workshop.lots.push(lot);
    }
    workshop
}

fn sensitivity(workshop: &Workshop) -> Sensitivity {
    analyse_sensitivity(workshop, &analyse(workshop))
}

#[test]
fn huishoudelijke_hulp_becomes_strategic_with_one_step_up_on_any_criterion() {
    // Large spend (high value), scores 1, 2, 1: mean 1,3, just left of the line.
    let w = workshop(&[(1, 90, Some((1, 2, 1))), (2, 10, Some((0, 0, 0)))]);
    let s = sensitivity(&w);
    let moved = s.one_step_of(LotId(1)).expect("one step from strategic");
    assert_eq!(
        (moved.from, moved.to),
        (Quadrant::Leverage, Quadrant::Strategic)
    );
    assert_eq!(moved.steps.len(), 3, "{:?}", moved.steps);
    assert!(moved.steps.iter().all(Step::is_up));
    assert_eq!(moved.steps[1].from, Level::Medium);
    assert_eq!(moved.steps[1].to, Level::High);
    // 0, 0, 0: a step never reaches 1,5.
    assert!(s.one_step_of(LotId(2)).is_none());
}

#[test]
fn a_lot_just_right_of_the_line_moves_back_with_a_step_down() {
    // 2, 2, 1: mean 1,67; a step down on any criterion gives 1,33.
    let w = workshop(&[(1, 10, Some((2, 2, 1)))]);
    let moved = sensitivity(&w).one_step.remove(0);
    assert_eq!(
        (moved.from, moved.to),
        (Quadrant::Strategic, Quadrant::Leverage)
    );
    assert_eq!(moved.steps.len(), 3);
    assert!(moved.steps.iter().all(|s| !s.is_up()));
}

#[test]
fn lots_near_the_value_split_are_listed_with_their_distance() {
    // Shares above: 0, 50, 78, 84, 95 (spend 50, 28, 6, 11, 5).
    let w = workshop(&[
        (1, 50, Some((1, 1, 1))),
        (2, 28, Some((1, 1, 1))),
        (3, 6, Some((3, 3, 3))),
        (4, 11, Some((1, 1, 1))),
        (5, 5, None),
    ]);
    let s = sensitivity(&w);
    let near: Vec<(LotId, Decimal)> = s
        .near_split
        .iter()
        .map(|n| (n.lot, n.distance_pct))
        .collect();
    // Lot 4 (share above 78) is 2 points under the split, lot 3 (share above 89) 9 points over;
    // lot 2 (share above 50) is far. The unscored lot has no place.
    assert_eq!(near, [(LotId(4), dec!(2))]);
    assert_eq!(s.near_split[0].from, Quadrant::Leverage);
    assert_eq!(s.near_split[0].to, Quadrant::Routine);
    assert!(s.is_marked(LotId(4)) && !s.is_marked(LotId(1)));
}

#[test]
fn the_margin_is_a_setting() {
    let mut w = workshop(&[
        (1, 50, Some((1, 1, 1))),
        (2, 28, Some((1, 1, 1))),
        (3, 22, Some((1, 1, 1))),
    ]);
    // Shares above: 0, 50, 78.
    assert_eq!(sensitivity(&w).near_split.len(), 1);
    w.settings.split_margin_pct = dec!(30);
    assert_eq!(sensitivity(&w).near_split.len(), 2);
    w.settings.split_margin_pct = Decimal::ZERO;
    assert!(sensitivity(&w).near_split.is_empty());
}

#[test]
fn spend_per_risk_class_counts_placed_lots_against_all_spend() {
    let w = workshop(&[
        (1, 40, Some((0, 1, 0))), // Geen
        (2, 30, Some((1, 1, 2))), // Laag
        (3, 20, Some((2, 2, 2))), // Middel
        (4, 10, None),            // not placed
    ]);
    let s = sensitivity(&w);
    let shares: Vec<Decimal> = s.by_class.iter().map(|c| c.share_pct).collect();
    assert_eq!(shares, [dec!(40), dec!(30), dec!(20), dec!(0)]);
    assert_eq!(s.low_and_high_share(), (dec!(70), dec!(20)));
    assert_eq!(s.by_class[2].lots, 1);
}

#[test]
fn a_what_if_lists_the_lots_that_change_quadrant_and_changes_nothing() {
    let w = workshop(&[(1, 90, Some((1, 2, 1))), (2, 10, Some((1, 1, 1)))]);
    let before = w.clone();
    let portfolio = analyse(&w);
    let tried = what_if(&w, &portfolio, dec!(1.3), dec!(80));
    assert_eq!(
        tried.moves,
        [(LotId(1), Quadrant::Leverage, Quadrant::Strategic)]
    );
    assert_eq!(w, before);
    assert!(
        what_if(&w, &portfolio, dec!(1.5), dec!(80))
            .moves
            .is_empty()
    );
    let tried = what_if(&w, &portfolio, dec!(1.5), dec!(95));
    assert_eq!(
        tried.moves,
        [(LotId(2), Quadrant::Routine, Quadrant::Leverage)]
    );
}

fn any_scores() -> impl Strategy<Value = (u8, u8, u8)> {
    (0u8..4, 0u8..4, 0u8..4)
}

proptest! {
    /// A lot is listed exactly when some single step changes its quadrant, and each listed step
    /// does; checked against the whole analysis run again with the step taken.
    #[test]
    fn a_lot_is_listed_exactly_when_one_step_moves_it(
        lots in prop::collection::vec((1i64..1000, any_scores()), 1..8),
        threshold in prop::sample::select(vec![dec!(0.5), dec!(1), dec!(1.3), dec!(1.5), dec!(2), dec!(2.5)]),
    ) {
        let plan: Vec<Planned> = lots
            .iter()
            .enumerate()
            .map(|(i, (spend, s))| (u32::try_from(i).unwrap_or(0) + 1, *spend, Some(*s)))
            .collect();
        let mut w = workshop(&plan);
        w.settings.risk_threshold = threshold;
        let portfolio = analyse(&w);
        let s = analyse_sensitivity(&w, &portfolio);
        for lot in &w.lots {
            let now = portfolio.get(lot.id).and_then(|r| r.quadrant);
            let mut moving = Vec::new();
            for criterion in Criterion::ALL {
                let level = lot.scores.get(criterion).map_or(0, Level::number);
                for to in [i64::from(level) - 1, i64::from(level) + 1] {
                    let Some(to) = Level::from_number(to) else { continue };
                    let mut stepped = w.clone();
                    if let Some(l) = stepped.lots.iter_mut().find(|l| l.id == lot.id) {
                        l.scores.set(criterion, Some(to));
                    }
                    let then = analyse(&stepped).get(lot.id).and_then(|r| r.quadrant);
                    if then != now {
                        moving.push(Step { criterion, from: Level::from_number(i64::from(level)).unwrap_or(Level::None), to });
                    }
                }
            }
            let listed = s.one_step_of(lot.id).map(|o| o.steps.clone()).unwrap_or_default();
            prop_assert_eq!(listed, moving, "lot {:?}", lot.id);
        }
    }
}
