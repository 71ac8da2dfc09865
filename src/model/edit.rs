//! Every change to the workshop as a value: the window's panels push edits during the frame and
//! the app applies them once at its end, with one undo step per click or per typed text; the
//! ranges they keep to are in [`super::limits`].

use rust_decimal::Decimal;

use super::limits;
use super::text::TextKind;
use super::{
    Aggregation, Answer, Criterion, Law, Level, Lot, LotId, MarketFigures, Participant,
    ParticipantId, RecordItem, Workshop, WorkshopDate,
};

/// One score set or cleared, as read from a copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScoreChange {
    /// The lot.
    pub lot: LotId,
    /// Which criterion.
    pub criterion: Criterion,
    /// The new level; `None` clears it.
    pub level: Option<Level>,
}

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
    /// Change a lot's market figures.
    Market(LotId, Option<MarketFigures>),
    /// Change a lot's strategy (one choice or one typed text at a time).
    Strategy(LotId, Box<super::strategy::Strategy>),
    /// Replace the workshop's kaders (edited in their window, or taken over from a file); lots'
    /// answers to a kader that is gone are removed with it (one undo step brings both back).
    Kaders(Vec<super::kader::Kader>),
    /// The plan's settings: the reference date, the most tenders at once, the phase durations.
    PlanSettings {
        /// The day the plan is read against (`None`: today).
        reference_date: Option<WorkshopDate>,
        /// The most tenders at once (`None`: no maximum).
        max_parallel: Option<u32>,
        /// The workshop's phase durations.
        months: super::planning::PhaseMonths,
    },
    /// Replace the tenders (added, renamed, given lots or deleted in their window).
    Tenders(Vec<super::planning::Tender>),
    /// Replace the register of current contracts (an import: one undo step).
    Contracts(Vec<super::planning::CurrentContract>),
    /// Move a tender's contract start (its plan follows).
    TenderStart(super::planning::TenderId, WorkshopDate),
    /// How a lot meets one kader.
    KaderAnswer {
        /// The lot.
        lot: LotId,
        /// The kader.
        kader: super::kader::KaderId,
        /// The answer; a blank one is removed.
        answer: super::kader::KaderAnswer,
    },
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
    /// Replace the whole workshop (a merged import: one undo step).
    Replace(Box<Workshop>),
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
    /// How much each criterion weighs in the risk mean (all three at once).
    Weights(super::risk::Weights),
    /// Both thresholds and the margin around the value split at once (a what-if applied):
    /// all three or none.
    Thresholds {
        /// The risk threshold (0-3).
        risk: Decimal,
        /// The value split, percent of spend.
        value_pct: Decimal,
        /// The margin around the value split, percentage points.
        margin_pct: Decimal,
    },
    /// How participants' scores are combined.
    Aggregation(Aggregation),
    /// Add a participant (scorer).
    AddParticipant(Participant),
    /// Rename a participant.
    RenameParticipant(ParticipantId, String),
    /// Remove a participant and all their scores.
    RemoveParticipant(ParticipantId),
    /// Set or clear one participant's score for a lot.
    ParticipantScore {
        /// The lot.
        lot: LotId,
        /// Who.
        participant: ParticipantId,
        /// Which criterion.
        criterion: Criterion,
        /// The level; `None` clears it.
        level: Option<Level>,
    },
    /// Start (true) or end a blind round for a lot; ending it reveals all scores at once.
    Blind(LotId, bool),
    /// Add an item to the session record.
    AddRecord(RecordItem),
    /// Replace the record item at this position.
    UpdateRecord(usize, RecordItem),
    /// Remove the record item at this position.
    RemoveRecord(usize),
    /// Minutes per lot for the countdown (`None`: no time box).
    TimeBox(Option<u32>),
    /// Scores read from a copy (one undo step): a participant's (added when the workshop does
    /// not have them yet), or with no participant the lots' own. Nothing else changes.
    TakeScores {
        /// Whose scores (`None`: the lots' own scores).
        participant: Option<Participant>,
        /// The scores set or cleared.
        scores: Vec<ScoreChange>,
    },
    /// Several participants at once (one undo step), e.g. one for each municipality.
    AddParticipants(Vec<Participant>),
    /// Move a participant to another place in the list.
    MoveParticipant(ParticipantId, usize),
    /// Blind scoring for the whole session: new lots inherit it; turning it on makes every
    /// lot that nobody scored yet blind (lots already revealed stay as they are).
    BlindScoring(bool),
    /// Place a lot that not every participant has scored (true) or wait for everyone.
    PlacePartial(bool),
    /// Give the workshop its identity (before a copy is made for a participant).
    Identity(super::copy::WorkshopId),
}

impl Edit {
    /// The edit with its texts cleaned by the one rule for texts ([`super::text`]): names,
    /// title, organisation, municipalities and participants as one line, notes and decisions
    /// keeping their lines.
    pub fn cleaned(self) -> Edit {
        let line = |text: String| TextKind::Line.clean(&text).text;
        let lines = |text: String| TextKind::Lines.clean(&text).text;
        match self {
            Edit::Name(lot, name) => Edit::Name(lot, TextKind::Name.clean(&name).text),
            Edit::Notes(lot, text) => Edit::Notes(lot, lines(text)),
            Edit::Kaders(mut kaders) => {
                for kader in &mut kaders {
                    kader.title = line(std::mem::take(&mut kader.title));
                    kader.text = lines(std::mem::take(&mut kader.text));
                }
                Edit::Kaders(kaders)
            }
            Edit::KaderAnswer {
                lot,
                kader,
                mut answer,
            } => {
                answer.how = lines(answer.how);
                Edit::KaderAnswer { lot, kader, answer }
            }
            Edit::Strategy(lot, mut strategy) => {
                for text in [
                    &mut strategy.access.note,
                    &mut strategy.access.rationale,
                    &mut strategy.supplier_management.note,
                    &mut strategy.supplier_management.rationale,
                    &mut strategy.contract_form.note,
                    &mut strategy.contract_form.rationale,
                    &mut strategy.funding.note,
                    &mut strategy.funding.rationale,
                    &mut strategy.levers,
                ] {
                    *text = lines(std::mem::take(text));
                }
                Edit::Strategy(lot, strategy)
            }
            Edit::Title(text) => Edit::Title(line(text)),
            Edit::Organisation(text) => Edit::Organisation(line(text)),
            Edit::Municipalities(list) => Edit::Municipalities(
                list.into_iter()
                    .map(line)
                    .filter(|m| !m.is_empty())
                    .collect(),
            ),
            Edit::RenameParticipant(id, name) => Edit::RenameParticipant(id, line(name)),
            Edit::InsertLot(index, mut lot) => {
                lot.name = TextKind::Name.clean(&lot.name).text;
                Edit::InsertLot(index, lot)
            }
            Edit::AddParticipant(mut participant) => {
                participant.name = line(participant.name);
                Edit::AddParticipant(participant)
            }
            Edit::AddParticipants(list) => Edit::AddParticipants(
                list.into_iter()
                    .map(|mut p| {
                        p.name = line(p.name);
                        p
                    })
                    .collect(),
            ),
            other => other,
        }
    }

    /// Applies the edit. Returns false when it changed nothing (e.g. the lot is gone). Each part
    /// of the workshop has its own function: one lot, the list of lots and the record, the
    /// plan, the settings, and scoring ([`super::edit_scoring`]).
    pub fn apply(self, workshop: &mut Workshop) -> bool {
        let edit = self.cleaned();
        let changed = match edit {
            Edit::Score { .. }
            | Edit::AddParticipant(_)
            | Edit::AddParticipants(_)
            | Edit::RenameParticipant(..)
            | Edit::RemoveParticipant(_)
            | Edit::MoveParticipant(..)
            | Edit::ParticipantScore { .. }
            | Edit::Blind(..)
            | Edit::BlindScoring(_)
            | Edit::PlacePartial(_)
            | Edit::TakeScores { .. }
            | Edit::Identity(_) => super::edit_scoring::apply(edit, workshop),
            Edit::Name(..)
            | Edit::Law(..)
            | Edit::Spend(..)
            | Edit::Notes(..)
            | Edit::Market(..)
            | Edit::Strategy(..)
            | Edit::KaderAnswer { .. }
            | Edit::Answer { .. } => apply_to_lot(edit, workshop),
            Edit::Kaders(_)
            | Edit::InsertLot(..)
            | Edit::Replace(_)
            | Edit::DeleteLot(_)
            | Edit::AddRecord(_)
            | Edit::UpdateRecord(..)
            | Edit::RemoveRecord(_) => apply_to_lots_and_record(edit, workshop),
            Edit::PlanSettings { .. }
            | Edit::Tenders(_)
            | Edit::Contracts(_)
            | Edit::TenderStart(..) => apply_to_plan(edit, workshop),
            Edit::TimeBox(_)
            | Edit::Title(_)
            | Edit::Organisation(_)
            | Edit::Date(_)
            | Edit::Municipalities(_)
            | Edit::ValueThreshold(_)
            | Edit::RiskThreshold(_)
            | Edit::Thresholds { .. }
            | Edit::Weights(_)
            | Edit::Aggregation(_) => apply_to_settings(edit, workshop),
        };
        let changed = changed.unwrap_or(false);
        if changed {
            // Lots scored by participants follow their combined scores.
            workshop.apply_rounds();
        }
        changed
    }
}

/// Changes one lot through `f`; `None` when the lot is gone, else whether it changed.
pub(super) fn changed_lot(
    workshop: &mut Workshop,
    id: LotId,
    f: impl FnOnce(&mut Lot),
) -> Option<bool> {
    workshop.lot_mut(id).map(|lot| {
        let before = lot.clone();
        f(lot);
        *lot != before
    })
}

/// An edit of one lot's own fields.
fn apply_to_lot(edit: Edit, workshop: &mut Workshop) -> Option<bool> {
    match edit {
        Edit::Name(lot, name) => changed_lot(workshop, lot, |l| l.name = name),
        Edit::Law(lot, law) => changed_lot(workshop, lot, |l| l.law = law),
        Edit::Spend(lot, spend) if !spend.is_sign_negative() => {
            changed_lot(workshop, lot, |l| l.spend = spend)
        }
        Edit::Notes(lot, text) => changed_lot(workshop, lot, |l| l.notes = text),
        Edit::Market(lot, market) => changed_lot(workshop, lot, |l| l.market = market),
        Edit::Strategy(lot, strategy) => changed_lot(workshop, lot, |l| l.strategy = *strategy),
        Edit::KaderAnswer { lot, kader, answer } => changed_lot(workshop, lot, |l| {
            if answer.is_blank() {
                l.kaders.remove(&kader);
            } else {
                l.kaders.insert(kader, answer);
            }
        }),
        Edit::Answer {
            lot,
            question,
            answer,
        } => changed_lot(workshop, lot, |l| {
            if answer.is_blank() {
                l.checklist.remove(&question);
            } else {
                l.checklist.insert(question, answer);
            }
        }),
        _ => None,
    }
}

/// An edit of the list of lots (added, deleted, replaced), the kaders every lot answers, or
/// the session record.
fn apply_to_lots_and_record(edit: Edit, workshop: &mut Workshop) -> Option<bool> {
    let before_len = workshop.lots.len();
    match edit {
        Edit::Kaders(kaders) => {
            let changed = workshop.kaders != kaders;
            for lot in &mut workshop.lots {
                lot.kaders
                    .retain(|id, _| kaders.iter().any(|k| k.id == *id));
            }
            workshop.kaders = kaders;
            Some(changed)
        }
        Edit::InsertLot(_, lot) if workshop.lot(lot.id).is_some() => None,
        Edit::InsertLot(index, mut lot) => {
            // A new lot follows the session's blind scoring.
            if lot.round.is_empty() {
                lot.round.blind = workshop.settings.blind_scoring;
            }
            workshop.lots.insert(index.min(before_len), *lot);
            Some(true)
        }
        Edit::Replace(new) => {
            let changed = *workshop != *new;
            *workshop = *new;
            Some(changed)
        }
        Edit::DeleteLot(id) => {
            let name = workshop.lot(id).map(|l| l.name.clone()).unwrap_or_default();
            workshop.remove_lot(id);
            // Record items about the lot stay, for the whole workshop, naming the lot.
            for item in workshop.record.iter_mut().filter(|i| i.lot == Some(id)) {
                item.lot = None;
                item.text = format!("[{name}] {}", item.text);
            }
            Some(workshop.lots.len() != before_len)
        }
        Edit::AddRecord(item) => {
            workshop.record.push(item);
            Some(true)
        }
        Edit::UpdateRecord(index, item) => workshop
            .record
            .get_mut(index)
            .map(|slot| replace(slot, item)),
        Edit::RemoveRecord(index) => (index < workshop.record.len()).then(|| {
            workshop.record.remove(index);
            true
        }),
        _ => None,
    }
}

/// An edit of the tender calendar.
fn apply_to_plan(edit: Edit, workshop: &mut Workshop) -> Option<bool> {
    let plan = &mut workshop.planning;
    match edit {
        Edit::PlanSettings {
            reference_date,
            max_parallel,
            months,
        } => {
            let before = (plan.reference_date, plan.max_parallel, plan.months);
            plan.reference_date = reference_date;
            plan.max_parallel = max_parallel.filter(|m| limits::MAX_PARALLEL.contains(m));
            plan.months = months;
            Some(before != (plan.reference_date, plan.max_parallel, plan.months))
        }
        Edit::Tenders(tenders) => Some(replace(&mut plan.tenders, tenders)),
        Edit::Contracts(contracts) => Some(replace(&mut plan.contracts, contracts)),
        Edit::TenderStart(id, start) => (plan.tenders.iter_mut())
            .find(|t| t.id == id)
            .map(|t| replace(&mut t.start, start)),
        _ => None,
    }
}

/// An edit of the workshop's own fields and settings; a value out of its range changes nothing.
fn apply_to_settings(edit: Edit, workshop: &mut Workshop) -> Option<bool> {
    let settings = &mut workshop.settings;
    match edit {
        Edit::TimeBox(minutes) => Some(replace(
            &mut settings.time_box_minutes,
            minutes.filter(|m| limits::TIME_BOX_MINUTES.contains(m)),
        )),
        Edit::Title(text) => Some(replace(&mut workshop.title, text)),
        Edit::Organisation(text) => Some(replace(&mut workshop.organisation, text)),
        Edit::Date(date) => Some(replace(&mut workshop.date, date)),
        Edit::Municipalities(list) => Some(replace(&mut workshop.municipalities, list)),
        Edit::ValueThreshold(pct) if limits::value_threshold_allowed(pct) => {
            Some(replace(&mut settings.value_threshold_pct, pct))
        }
        Edit::RiskThreshold(risk) if limits::risk_threshold_allowed(risk) => {
            Some(replace(&mut settings.risk_threshold, risk))
        }
        Edit::Thresholds {
            risk,
            value_pct,
            margin_pct,
        } if limits::risk_threshold_allowed(risk)
            && limits::value_threshold_allowed(value_pct)
            && limits::split_margin_allowed(margin_pct) =>
        {
            let risk = replace(&mut settings.risk_threshold, risk);
            let value = replace(&mut settings.value_threshold_pct, value_pct);
            Some(replace(&mut settings.split_margin_pct, margin_pct) | risk | value)
        }
        Edit::Weights(weights) if limits::weights_allowed(&weights.0) => {
            Some(replace(&mut settings.weights, weights))
        }
        Edit::Aggregation(how) => Some(replace(&mut settings.aggregation, how)),
        _ => None,
    }
}

/// Puts `value` in `slot`; true when it differed.
pub(super) fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
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
    use crate::model::Scores;

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
        // The thresholds together: one out of range, none is taken.
        let thresholds = |risk, value_pct, margin_pct| Edit::Thresholds {
            risk,
            value_pct,
            margin_pct,
        };
        assert!(!thresholds(dec!(1.3), dec!(80), dec!(60)).apply(&mut w));
        assert!(!thresholds(dec!(1.3), dec!(0), dec!(5)).apply(&mut w));
        assert_eq!(w, workshop());
        assert!(thresholds(dec!(1.3), dec!(70), dec!(2)).apply(&mut w));
        assert_eq!(
            (w.settings.risk_threshold, w.settings.value_threshold_pct),
            (dec!(1.3), dec!(70))
        );
        assert_eq!(w.settings.split_margin_pct, dec!(2));
        assert!(!thresholds(dec!(1.3), dec!(70), dec!(2)).apply(&mut w));
        w = workshop();
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
    fn participants_scores_drive_the_lot_unless_the_round_is_blind() {
        let mut w = workshop();
        let p = |id| Participant {
            id: ParticipantId(id),
            name: format!("P{id}"),
        };
        assert!(Edit::AddParticipant(p(1)).apply(&mut w));
        assert!(Edit::AddParticipant(p(2)).apply(&mut w));
        assert!(Edit::Blind(LotId(1), true).apply(&mut w));
        let all = |level| Scores::new(level, level, level);
        let take = |who: u32, level| Edit::TakeScores {
            participant: Some(p(who)),
            scores: Criterion::ALL
                .into_iter()
                .map(|criterion| ScoreChange {
                    lot: LotId(1),
                    criterion,
                    level: Some(level),
                })
                .collect(),
        };
        assert!(take(1, Level::Low).apply(&mut w));
        assert!(take(2, Level::High).apply(&mut w));
        assert!(!w.lots[0].is_scored(), "hidden until revealed");
        assert!(Edit::Blind(LotId(1), false).apply(&mut w));
        assert_eq!(w.lots[0].scores, all(Level::Medium), "median of 1 and 3");
        assert!(Edit::RemoveParticipant(ParticipantId(2)).apply(&mut w));
        assert_eq!(
            w.lots[0].scores,
            all(Level::Low),
            "only participant 1 is left"
        );
        assert_eq!(w.participants.len(), 1);
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
