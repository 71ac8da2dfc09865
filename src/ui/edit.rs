//! Every change to the workshop as a value: panels push edits during the frame, the app applies
//! them once at its end, with one undo step per click or per typed text.

use rust_decimal::Decimal;

use crate::model::{
    Answer, Criterion, Law, Level, Lot, LotId, MarketFigures, Workshop, WorkshopDate,
};

/// One change to the workshop.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Set or clear one score of a lot.
    Score {
        /// The lot.
        lot: LotId,
        /// Which criterion.
        criterion: Criterion,
        /// The new level; `None` clears it.
        level: Option<Level>,
    },
    /// Rename a lot.
    Name(LotId, String),
    /// Change a lot's law.
    Law(LotId, Law),
    /// Change a lot's annual spend (never negative).
    Spend(LotId, Decimal),
    /// Change a lot's notes.
    Notes(LotId, String),
    /// Change a lot's decision.
    Decision(LotId, String),
    /// Change a lot's market figures.
    Market(LotId, Option<MarketFigures>),
    /// Set the answer to one checklist question.
    Answer {
        /// The lot.
        lot: LotId,
        /// The question id.
        question: String,
        /// The new answer; a blank answer is removed from the file.
        answer: Answer,
    },
    /// Insert a lot at a position of the list.
    InsertLot(usize, Box<Lot>),
    /// Delete a lot.
    DeleteLot(LotId),
    /// Workshop title.
    Title(String),
    /// Organisation.
    Organisation(String),
    /// Date of the workshop.
    Date(Option<WorkshopDate>),
    /// Participating municipalities.
    Municipalities(Vec<String>),
    /// Value threshold in percent (0-100).
    ValueThreshold(Decimal),
    /// Risk threshold (0-3).
    RiskThreshold(Decimal),
}

impl Edit {
    /// Applies the edit. Returns false when it changed nothing (e.g. the lot is gone).
    pub fn apply(self, workshop: &mut Workshop) -> bool {
        let before_len = workshop.lots.len();
        let changed_lot = |workshop: &mut Workshop, id: LotId, f: &mut dyn FnMut(&mut Lot)| {
            workshop.lot_mut(id).map(|lot| {
                let before = lot.clone();
                f(lot);
                *lot != before
            })
        };
        let changed = match self {
            Edit::Score {
                lot,
                criterion,
                level,
            } => changed_lot(workshop, lot, &mut |l| l.scores.set(criterion, level)),
            Edit::Name(lot, name) => changed_lot(workshop, lot, &mut |l| l.name.clone_from(&name)),
            Edit::Law(lot, law) => changed_lot(workshop, lot, &mut |l| l.law = law),
            Edit::Spend(lot, spend) if !spend.is_sign_negative() => {
                changed_lot(workshop, lot, &mut |l| l.spend = spend)
            }
            Edit::Spend(..) => None,
            Edit::Notes(lot, text) => {
                changed_lot(workshop, lot, &mut |l| l.notes.clone_from(&text))
            }
            Edit::Decision(lot, text) => {
                changed_lot(workshop, lot, &mut |l| l.decision.clone_from(&text))
            }
            Edit::Market(lot, market) => {
                changed_lot(workshop, lot, &mut |l| l.market.clone_from(&market))
            }
            Edit::Answer {
                lot,
                question,
                answer,
            } => changed_lot(workshop, lot, &mut |l| {
                if answer.is_blank() {
                    l.checklist.remove(&question);
                } else {
                    l.checklist.insert(question.clone(), answer.clone());
                }
            }),
            Edit::InsertLot(index, lot) => {
                if workshop.lot(lot.id).is_some() {
                    None
                } else {
                    workshop.lots.insert(index.min(before_len), *lot);
                    Some(true)
                }
            }
            Edit::DeleteLot(id) => {
                workshop.lots.retain(|lot| lot.id != id);
                Some(workshop.lots.len() != before_len)
            }
            Edit::Title(text) => Some(replace(&mut workshop.title, text)),
            Edit::Organisation(text) => Some(replace(&mut workshop.organisation, text)),
            Edit::Date(date) => Some(replace(&mut workshop.date, date)),
            Edit::Municipalities(list) => Some(replace(&mut workshop.municipalities, list)),
            Edit::ValueThreshold(pct) if (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&pct) => {
                Some(replace(&mut workshop.settings.value_threshold_pct, pct))
            }
            Edit::RiskThreshold(risk) if (Decimal::ZERO..=Decimal::from(3)).contains(&risk) => {
                Some(replace(&mut workshop.settings.risk_threshold, risk))
            }
            Edit::ValueThreshold(_) | Edit::RiskThreshold(_) => None,
        };
        changed.unwrap_or(false)
    }
}

fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;

    fn workshop() -> Workshop {
        Workshop {
            lots: vec![
                Lot::new(LotId(1), "A", dec!(10)),
                Lot::new(LotId(2), "B", dec!(5)),
            ],
            ..Workshop::default()
        }
    }

    #[test]
    fn edits_report_whether_they_changed_anything() {
        let mut w = workshop();
        assert!(Edit::Name(LotId(1), "Z".into()).apply(&mut w));
        assert!(!Edit::Name(LotId(1), "Z".into()).apply(&mut w));
        assert!(!Edit::Name(LotId(9), "Z".into()).apply(&mut w));
        assert_eq!(w.lots[0].name, "Z");
    }

    #[test]
    fn invalid_values_are_never_stored() {
        let mut w = workshop();
        assert!(!Edit::Spend(LotId(1), dec!(-1)).apply(&mut w));
        assert!(!Edit::ValueThreshold(dec!(101)).apply(&mut w));
        assert!(!Edit::RiskThreshold(dec!(3.1)).apply(&mut w));
        assert_eq!(w, workshop());
    }

    #[test]
    fn insert_and_delete_lots() {
        let mut w = workshop();
        let lot = Lot::new(LotId(3), "C", dec!(1));
        assert!(Edit::InsertLot(1, Box::new(lot.clone())).apply(&mut w));
        assert_eq!(w.lots[1].name, "C");
        assert!(
            !Edit::InsertLot(0, Box::new(lot)).apply(&mut w),
            "duplicate id"
        );
        assert!(Edit::DeleteLot(LotId(1)).apply(&mut w));
        assert!(!Edit::DeleteLot(LotId(1)).apply(&mut w));
        assert_eq!(w.lots.len(), 2);
    }

    #[test]
    fn blank_answers_are_removed() {
        let mut w = workshop();
        let answer = Answer {
            note: "x".into(),
            ..Answer::default()
        };
        let set = |answer| Edit::Answer {
            lot: LotId(1),
            question: "q".into(),
            answer,
        };
        assert!(set(answer).apply(&mut w));
        assert_eq!(w.lots[0].checklist.len(), 1);
        assert!(set(Answer::default()).apply(&mut w));
        assert!(w.lots[0].checklist.is_empty());
    }
}
