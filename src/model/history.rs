//! Undo and redo without copying the whole workshop at every step: before an edit is applied,
//! only what it can change is kept (one lot, or everything but the lots, or, for the few edits
//! that reach across lots, the whole workshop). Undoing puts that part back and keeps the
//! part as it was for redo.

use super::{Edit, Lot, LotId, Workshop};

/// The most steps kept; older ones are forgotten.
pub const MAX_STEPS: usize = 200;

/// What an edit can change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reach {
    /// One lot, and nothing else.
    Lot(LotId),
    /// Everything but the lots (title, settings, participants, record).
    Header,
    /// Anything (lots added, deleted or changed together).
    Whole,
}

impl Edit {
    fn reach(&self) -> Reach {
        match self {
            Edit::Score { lot, .. }
            | Edit::Answer { lot, .. }
            | Edit::ParticipantScore { lot, .. }
            | Edit::Name(lot, _)
            | Edit::Law(lot, _)
            | Edit::Spend(lot, _)
            | Edit::Notes(lot, _)
            | Edit::Market(lot, _)
            | Edit::Strategy(lot, _)
            | Edit::KaderAnswer { lot, .. }
            | Edit::Blind(lot, _) => Reach::Lot(*lot),
            Edit::Title(_)
            | Edit::Organisation(_)
            | Edit::Date(_)
            | Edit::Municipalities(_)
            | Edit::ValueThreshold(_)
            | Edit::Thresholds { .. }
            | Edit::Weights(_)
            | Edit::RiskThreshold(_)
            | Edit::Aggregation(_)
            | Edit::AddParticipant(_)
            | Edit::AddParticipants(_)
            | Edit::MoveParticipant(..)
            | Edit::PlacePartial(_)
            | Edit::Identity(_)
            | Edit::RenameParticipant(..)
            | Edit::AddRecord(_)
            | Edit::UpdateRecord(..)
            | Edit::RemoveRecord(_)
            | Edit::TimeBox(_)
            | Edit::TenderStart(..)
            | Edit::Contracts(_)
            | Edit::Tenders(_)
            | Edit::PlanSettings { .. } => Reach::Header,
            Edit::InsertLot(..)
            | Edit::DeleteLot(_)
            | Edit::Replace(_)
            | Edit::RemoveParticipant(_)
            | Edit::Kaders(_)
            | Edit::BlindScoring(_)
            | Edit::TakeScores { .. } => Reach::Whole,
        }
    }
}

/// A part of the workshop as it was.
#[derive(Clone, Debug)]
pub enum Part {
    /// One lot, at its place in the list.
    Lot(usize, Box<Lot>),
    /// Everything but the lots (a workshop whose lot list is left empty).
    Header(Box<Workshop>),
    /// The whole workshop.
    Whole(Box<Workshop>),
}

impl Part {
    /// What `edit` can change in `workshop`, as it is now.
    pub fn before(workshop: &Workshop, edit: &Edit) -> Part {
        match edit.reach() {
            Reach::Lot(id) => match workshop.lots.iter().position(|l| l.id == id) {
                Some(index) => Part::Lot(index, Box::new(workshop.lots[index].clone())),
                None => Part::Whole(Box::new(workshop.clone())),
            },
            Reach::Header => Part::Header(Box::new(header(workshop))),
            Reach::Whole => Part::Whole(Box::new(workshop.clone())),
        }
    }

    /// The same part of `workshop` as it is now (kept to go the other way).
    fn counterpart(&self, workshop: &Workshop) -> Part {
        match self {
            Part::Lot(index, _) => match workshop.lots.get(*index) {
                Some(lot) => Part::Lot(*index, Box::new(lot.clone())),
                None => Part::Whole(Box::new(workshop.clone())),
            },
            Part::Header(_) => Part::Header(Box::new(header(workshop))),
            Part::Whole(_) => Part::Whole(Box::new(workshop.clone())),
        }
    }

    /// Puts this part back into `workshop`.
    fn restore(self, workshop: &mut Workshop) {
        match self {
            Part::Lot(index, lot) => match workshop.lots.get_mut(index) {
                Some(place) => *place = *lot,
                None => workshop.lots.push(*lot),
            },
            Part::Header(mut kept) => {
                kept.lots = std::mem::take(&mut workshop.lots);
                *workshop = *kept;
                // The settings decide how lots follow their participants' scores.
                workshop.apply_rounds();
            }
            Part::Whole(kept) => *workshop = *kept,
        }
    }
}

/// Everything of a workshop but its lots.
fn header(workshop: &Workshop) -> Workshop {
    // Every field by name: a field added later must be kept here too.
    let Workshop {
        title,
        organisation,
        municipalities,
        participants,
        date,
        settings,
        reported_total,
        lots: _,
        record,
        highest_lot_id,
        kaders,
        planning,
        identity,
        copy_of,
        checklist,
        scale,
    } = workshop;
    Workshop {
        title: title.clone(),
        organisation: organisation.clone(),
        municipalities: municipalities.clone(),
        participants: participants.clone(),
        date: *date,
        settings: *settings,
        reported_total: *reported_total,
        lots: Vec::new(),
        record: record.clone(),
        highest_lot_id: *highest_lot_id,
        kaders: kaders.clone(),
        planning: planning.clone(),
        identity: identity.clone(),
        copy_of: copy_of.clone(),
        checklist: checklist.clone(),
        scale: scale.clone(),
    }
}

/// The undo and redo steps of a document.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Part>,
    redo: Vec<Part>,
}

impl History {
    /// Records a step: `before` is what the edit just applied could change, as it was.
    pub fn push(&mut self, before: Part) {
        self.undo.push(before);
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undoes the last step. False when there was none.
    pub fn undo(&mut self, workshop: &mut Workshop) -> bool {
        Self::step(&mut self.undo, &mut self.redo, workshop)
    }

    /// Redoes the last undone step. False when there was none.
    pub fn redo(&mut self, workshop: &mut Workshop) -> bool {
        Self::step(&mut self.redo, &mut self.undo, workshop)
    }

    fn step(from: &mut Vec<Part>, to: &mut Vec<Part>, workshop: &mut Workshop) -> bool {
        let Some(part) = from.pop() else {
            return false;
        };
        to.push(part.counterpart(workshop));
        part.restore(workshop);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Criterion, Level};
    use rust_decimal::Decimal;

    fn workshop() -> Workshop {
        let mut w = Workshop::default();
        for i in 1..=3 {
            w.lots
                .push(Lot::new(LotId(i), format!("L{i}"), Decimal::from(i)));
        }
        w
    }

    fn apply(history: &mut History, w: &mut Workshop, edit: Edit) {
        let before = Part::before(w, &edit);
        assert!(edit.apply(w));
        history.push(before);
    }

    #[test]
    fn every_kind_of_step_undoes_and_redoes_exactly() {
        let mut w = workshop();
        let mut history = History::default();
        let mut states = vec![w.clone()];
        let edits = [
            Edit::Score {
                lot: LotId(2),
                criterion: Criterion::Impact,
                level: Some(Level::High),
            },
            Edit::Title("Ronde 2".into()),
            Edit::DeleteLot(LotId(1)),
            Edit::Name(LotId(3), "Nieuw".into()),
            Edit::RiskThreshold(Decimal::ONE),
        ];
        for edit in edits {
            apply(&mut history, &mut w, edit);
            states.push(w.clone());
        }
        for expected in states.iter().rev().skip(1) {
            assert!(history.undo(&mut w));
            assert_eq!(&w, expected);
        }
        assert!(!history.undo(&mut w));
        for expected in states.iter().skip(1) {
            assert!(history.redo(&mut w));
            assert_eq!(&w, expected);
        }
        assert!(!history.can_redo());
    }

    #[test]
    fn a_new_edit_after_undo_drops_the_redo_steps() {
        let mut w = workshop();
        let mut history = History::default();
        apply(&mut history, &mut w, Edit::Title("A".into()));
        history.undo(&mut w);
        assert!(history.can_redo());
        apply(&mut history, &mut w, Edit::Title("B".into()));
        assert!(!history.can_redo());
    }
}
