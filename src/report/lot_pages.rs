//! Which lots get a page of their own in the strategy report: a report of ten thousand lots is
//! ten thousand pages, so above [`ASK_ABOVE_LOTS`] the window asks (and the command line takes
//! `--lots`).

use crate::model::{Portfolio, Workshop};

/// Which lots get a page of their own (every other part of the report is always there).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum LotPages {
    /// Every lot.
    #[default]
    All,
    /// The strategic and bottleneck lots.
    StrategicAndBottleneck,
    /// The lots with a strategy written down.
    WithStrategy,
    /// These lots (the list as it is filtered).
    These(std::collections::HashSet<crate::model::LotId>),
}

/// Above this many lots, exporting the report asks which lot pages to include.
pub const ASK_ABOVE_LOTS: usize = 100;

impl LotPages {
    /// Whether `lot` (ranked as `ranked`) gets a page.
    pub fn includes(&self, lot: &crate::model::Lot, ranked: &crate::model::RankedLot) -> bool {
        use crate::model::Quadrant;
        match self {
            LotPages::All => true,
            LotPages::StrategicAndBottleneck => matches!(
                ranked.quadrant,
                Some(Quadrant::Strategic | Quadrant::Bottleneck)
            ),
            LotPages::WithStrategy => !lot.strategy.is_empty(),
            LotPages::These(ids) => ids.contains(&lot.id),
        }
    }

    /// How many lots get a page.
    pub fn count(&self, workshop: &Workshop, portfolio: &Portfolio) -> usize {
        (portfolio.ranked.iter())
            .filter(|r| {
                workshop
                    .lots
                    .get(r.index)
                    .is_some_and(|l| self.includes(l, r))
            })
            .count()
    }
}
