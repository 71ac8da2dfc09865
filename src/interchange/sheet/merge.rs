//! Bringing the lots of a sheet into a workshop: a new workshop, or a merge into the open one
//! that updates spend and adds lots, and never drops a score, an answer or a note.
//!
//! A merge is planned first (every change listed, so the user sees it before applying) and then
//! applied to a copy of the workshop.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::columns::{SheetLot, SheetRows};
use crate::model::{Criterion, Law, Level, Lot, LotId, Workshop, name_key};

/// What one sheet row does to the workshop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// The row matches an existing lot.
    Update {
        /// The sheet row number.
        row: u32,
        /// The lot it matches.
        lot: LotId,
        /// The lot's name.
        name: String,
        /// Spend before and after, when it changes.
        spend: Option<(Decimal, Decimal)>,
        /// Criteria the lot had no score for and the sheet fills in.
        filled: Vec<(Criterion, Level)>,
        /// Criteria where the sheet differs from the lot's score: the lot's score is kept.
        kept: Vec<(Criterion, Level, Level)>,
        /// Law before and after, when the lot's law was not known and the sheet gives one.
        law: Option<(Law, Law)>,
        /// True when the sheet gives market figures that differ from the lot's.
        market: bool,
    },
    /// The row becomes a new lot.
    Add {
        /// The sheet row number.
        row: u32,
        /// The new lot's name.
        name: String,
        /// Its spend.
        spend: Decimal,
        /// The sheet gives it at least one score.
        scored: bool,
    },
}

impl Change {
    /// True when applying this change alters the workshop.
    pub fn alters(&self) -> bool {
        match self {
            Change::Add { .. } => true,
            Change::Update {
                spend,
                filled,
                law,
                market,
                ..
            } => spend.is_some() || !filled.is_empty() || law.is_some() || *market,
        }
    }
}

/// Every change a merge makes, and the lots it leaves alone.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MergePlan {
    /// One change per sheet lot, in the sheet's order.
    pub changes: Vec<Change>,
    /// Lots of the workshop that no sheet row matches (kept as they are).
    pub not_in_sheet: Vec<LotId>,
}

/// Counts for the summary line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct MergeCounts {
    /// Lots whose spend changes.
    pub spend_updated: usize,
    /// Lots that get scores they did not have.
    pub scores_filled: usize,
    /// Lots whose own scores differ from the sheet (kept).
    pub scores_kept: usize,
    /// New lots.
    pub added: usize,
    /// New lots that come with scores.
    pub added_scored: usize,
    /// Matched lots that do not change.
    pub unchanged: usize,
    /// Workshop lots not in the sheet.
    pub not_in_sheet: usize,
}

impl MergePlan {
    /// The counts of each kind of change.
    pub fn counts(&self) -> MergeCounts {
        let mut counts = MergeCounts {
            not_in_sheet: self.not_in_sheet.len(),
            ..MergeCounts::default()
        };
        for change in &self.changes {
            match change {
                Change::Add { scored, .. } => {
                    counts.added += 1;
                    counts.added_scored += usize::from(*scored);
                }
                Change::Update {
                    spend,
                    filled,
                    kept,
                    ..
                } => {
                    counts.spend_updated += usize::from(spend.is_some());
                    counts.scores_filled += usize::from(!filled.is_empty());
                    counts.scores_kept += usize::from(!kept.is_empty());
                    counts.unchanged += usize::from(!change.alters());
                }
            }
        }
        counts
    }
}

/// Rows matched by hand: sheet row number to a lot, or `None` for "add as a new lot".
pub type ManualMatches = BTreeMap<u32, Option<LotId>>;

/// Plans a merge: each sheet lot matches the workshop lot with the same name (case and spaces
/// ignored; each lot at most once) unless `manual` says otherwise.
pub fn plan_merge(workshop: &Workshop, rows: &SheetRows, manual: &ManualMatches) -> MergePlan {
    let mut free: BTreeMap<String, LotId> = BTreeMap::new();
    for lot in workshop.lots.iter().rev() {
        free.insert(name_key(&lot.name), lot.id);
    }
    let taken_by_hand: Vec<LotId> = manual.values().flatten().copied().collect();
    free.retain(|_, id| !taken_by_hand.contains(id));
    let mut matched = Vec::new();
    let mut changes = Vec::new();
    for sheet_lot in &rows.lots {
        let target = match manual.get(&sheet_lot.row) {
            Some(choice) => *choice,
            None => free.remove(&name_key(&sheet_lot.name)),
        };
        match target.and_then(|id| workshop.lot(id)) {
            Some(lot) if !matched.contains(&lot.id) => {
                matched.push(lot.id);
                changes.push(update(lot, sheet_lot));
            }
            _ => changes.push(Change::Add {
                row: sheet_lot.row,
                name: sheet_lot.name.clone(),
                spend: sheet_lot.spend,
                scored: sheet_lot.scores.count_scored() > 0,
            }),
        }
    }
    MergePlan {
        changes,
        not_in_sheet: workshop
            .lots
            .iter()
            .map(|l| l.id)
            .filter(|id| !matched.contains(id))
            .collect(),
    }
}

fn update(lot: &Lot, sheet: &SheetLot) -> Change {
    let mut filled = Vec::new();
    let mut kept = Vec::new();
    for criterion in Criterion::ALL {
        match (lot.scores.get(criterion), sheet.scores.get(criterion)) {
            (None, Some(level)) if lot.round.is_empty() => filled.push((criterion, level)),
            (Some(own), Some(level)) if own != level => kept.push((criterion, own, level)),
            _ => {}
        }
    }
    Change::Update {
        row: sheet.row,
        lot: lot.id,
        name: lot.name.clone(),
        spend: (lot.spend != sheet.spend).then_some((lot.spend, sheet.spend)),
        filled,
        kept,
        law: match sheet.law {
            Some(law) if lot.law == Law::Other && law != Law::Other => Some((lot.law, law)),
            _ => None,
        },
        market: sheet
            .market
            .as_ref()
            .is_some_and(|m| lot.market.as_ref() != Some(m)),
    }
}

/// The workshop after the merge: only what the plan lists changes.
pub fn apply_merge(workshop: &Workshop, rows: &SheetRows, plan: &MergePlan) -> Workshop {
    let mut merged = workshop.clone();
    let by_row: BTreeMap<u32, &SheetLot> = rows.lots.iter().map(|l| (l.row, l)).collect();
    for change in &plan.changes {
        match change {
            Change::Update {
                lot,
                spend,
                filled,
                law,
                market,
                row,
                ..
            } => {
                let Some(target) = merged.lot_mut(*lot) else {
                    continue;
                };
                if let Some((_, to)) = spend {
                    target.spend = *to;
                }
                for (criterion, level) in filled {
                    target.scores.set(*criterion, Some(*level));
                }
                if let Some((_, to)) = law {
                    target.law = *to;
                }
                if *market && let Some(sheet) = by_row.get(row) {
                    target.market.clone_from(&sheet.market);
                }
            }
            Change::Add { row, .. } => {
                if let Some(sheet) = by_row.get(row) {
                    let lot = new_lot(&merged, sheet);
                    merged.lots.push(lot);
                }
            }
        }
    }
    merged
}

fn new_lot(workshop: &Workshop, sheet: &SheetLot) -> Lot {
    let mut lot = Lot::new(workshop.next_lot_id(), sheet.name.clone(), sheet.spend);
    lot.scores = sheet.scores;
    lot.law = sheet.law.unwrap_or_default();
    lot.market.clone_from(&sheet.market);
    lot
}

/// A new workshop with the sheet's lots, titled `title`; a total row's amount is kept as the
/// reported total, so a gap with the sum of the lots shows.
pub fn new_workshop(rows: &SheetRows, title: &str) -> Workshop {
    let mut workshop = Workshop {
        title: crate::model::text::TextKind::Line.clean(title).text,
        reported_total: rows.total,
        // A sheet names no region: the general checklist.
        checklist: crate::format::GENERAL_CATALOGUE.to_string(),
        scale: crate::format::scale_file::built_in_scale(),
        ..Workshop::default()
    };
    for sheet in &rows.lots {
        let lot = new_lot(&workshop, sheet);
        workshop.lots.push(lot);
    }
    workshop
}
