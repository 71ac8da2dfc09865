//! The commands that act on lots: add, duplicate, delete, walk the list, and score by keyboard.

use super::app::KraljicApp;
use super::{CardTab, Command, Edit};
use crate::model::{Criterion, Level, Lot};

impl KraljicApp {
    /// Runs a command that acts on lots (see [`KraljicApp::run`]).
    pub(super) fn run_lot_command(&mut self, command: Command) {
        let lang = self.lang();
        match command {
            Command::AddLot => {
                let workshop = self.session.doc().workshop();
                let lot = Lot::new(
                    workshop.next_lot_id(),
                    lang.ui().new_lot_name,
                    rust_decimal::Decimal::ZERO,
                );
                self.insert_lot(lot);
            }
            Command::DuplicateLot => {
                let workshop = self.session.doc().workshop();
                if let Some(original) = self.view.selected.and_then(|id| workshop.lot(id)) {
                    let mut copy = original.clone();
                    copy.id = workshop.next_lot_id();
                    copy.name = format!("{} {}", original.name, lang.ui().copy_suffix);
                    self.insert_lot(copy);
                }
            }
            Command::DeleteLot => {
                if let Some(id) = self.view.selected {
                    let order = self.list_order();
                    let position = order.iter().position(|&l| l == id);
                    self.session.apply(Edit::DeleteLot(id), None);
                    let next = position.and_then(|p| {
                        order
                            .get(p + 1)
                            .or_else(|| p.checked_sub(1).and_then(|q| order.get(q)))
                            .copied()
                    });
                    self.select(next);
                }
            }
            Command::ScoreNone | Command::ScoreLow | Command::ScoreMedium | Command::ScoreHigh => {
                let level = match command {
                    Command::ScoreNone => Level::None,
                    Command::ScoreLow => Level::Low,
                    Command::ScoreMedium => Level::Medium,
                    _ => Level::High,
                };
                if self.view.participant_mark.is_some() {
                    self.score_participant(level);
                    return;
                }
                if let Some(lot) = self.view.selected {
                    let workshop = self.session.doc().workshop();
                    let by_participants = workshop.copy_of.is_none()
                        && workshop
                            .lot(lot)
                            .is_some_and(|l| workshop.scored_by_participants(l));
                    if by_participants {
                        // The digit is not dropped silently, and the mark stays.
                        let note = crate::locale::room::texts(lang).digit_on_round;
                        self.view.status_note = Some(super::StatusNote::warning(note));
                        return;
                    }
                    self.view.status_note = None;
                    let criterion = self.view.criterion;
                    self.session.apply(
                        Edit::Score {
                            lot,
                            criterion,
                            level: Some(level),
                        },
                        None,
                    );
                    self.view.criterion = criterion.next();
                    self.announce_lot(lot);
                }
            }
            Command::ScoreParticipants
            | Command::NextParticipant
            | Command::PreviousParticipant
            | Command::ParticipantScoreBack => self.run_participant_command(command),
            Command::ScoreImpact => self.view.criterion = Criterion::Impact,
            Command::ScoreScarcity => self.view.criterion = Criterion::Scarcity,
            Command::ScoreSwitching => self.view.criterion = Criterion::Switching,
            Command::NextCriterion => self.view.criterion = self.view.criterion.next(),
            Command::NextUnscored => {
                let order = self.list_order();
                let workshop = self.session.doc().workshop();
                let start = self
                    .view
                    .selected
                    .and_then(|id| order.iter().position(|&l| l == id))
                    .map_or(0, |p| p + 1);
                let unscored = (0..order.len())
                    .map(|k| order[(start + k) % order.len()])
                    .find(|&id| workshop.lot(id).is_some_and(|lot| !lot.is_scored()));
                if let Some(id) = unscored {
                    let first_open = workshop.lot(id).and_then(|lot| {
                        Criterion::ALL
                            .into_iter()
                            .find(|&c| lot.scores.get(c).is_none())
                    });
                    self.select(Some(id));
                    self.view.criterion = first_open.unwrap_or_default();
                }
            }
            // In the room, on the Checklist tab, a presenter's remote walks the questions, and
            // after the last one the next lot's first.
            Command::NextLot | Command::PreviousLot
                if self.view.presenting && self.view.tab == CardTab::Checklist =>
            {
                self.walk_questions(command == Command::NextLot);
            }
            Command::NextLot | Command::PreviousLot => {
                self.run_lot_step(command == Command::NextLot);
            }
            _ => {}
        }
    }

    /// One question on (or back) in the room's checklist; past the last question the next lot's
    /// first, before the first the previous lot's last.
    fn walk_questions(&mut self, forward: bool) {
        let total = self.catalogue.len().max(1);
        let at = self.view.room_question.min(total - 1);
        match (forward, at) {
            (true, at) if at + 1 < total => self.view.room_question = at + 1,
            (false, at) if at > 0 => self.view.room_question = at - 1,
            (true, _) => {
                let before = self.view.selected;
                self.run_lot_step(true);
                if self.view.selected != before {
                    self.view.room_question = 0;
                }
            }
            (false, _) => {
                let before = self.view.selected;
                self.run_lot_step(false);
                if self.view.selected != before {
                    self.view.room_question = total - 1;
                }
            }
        }
    }

    /// The next (or previous) lot of the list.
    fn run_lot_step(&mut self, forward: bool) {
        // During a phone round the keys walk the round's lots, and the phones follow.
        let order = match &self.phone {
            Some(round) if round.lots.len() > 1 => round.lots.clone(),
            _ => self.list_order(),
        };
        let position = self
            .view
            .selected
            .and_then(|id| order.iter().position(|&l| l == id));
        let next = match (forward, position) {
            (true, Some(p)) => order.get(p + 1).or(order.last()),
            (false, Some(p)) => order.get(p.saturating_sub(1)),
            (_, None) => order.first(),
        };
        self.select(next.copied());
    }

    /// A digit in the participant grid: the marked participant's score for the marked
    /// criterion (one undo step, like a click), then the mark moves on: the next criterion,
    /// after the third the next participant.
    fn score_participant(&mut self, level: Level) {
        let (Some(lot), Some((at, criterion))) = (self.view.selected, self.view.participant_mark)
        else {
            return;
        };
        let workshop = self.session.doc().workshop();
        let Some(participant) = workshop.participants.get(at).map(|p| p.id) else {
            return;
        };
        let count = workshop.participants.len();
        self.session.apply(
            Edit::ParticipantScore {
                lot,
                participant,
                criterion,
                level: Some(level),
            },
            None,
        );
        self.view.participant_mark = Some(match criterion {
            Criterion::Switching => ((at + 1).min(count - 1), Criterion::Impact),
            other => (at, other.next()),
        });
    }

    /// The keys of the participant grid: P puts the mark on the first participant, the arrows
    /// move it between participants, Backspace one score back.
    fn run_participant_command(&mut self, command: Command) {
        match command {
            Command::ScoreParticipants => {
                self.view.participant_mark = Some((0, Criterion::Impact));
            }
            Command::NextParticipant | Command::PreviousParticipant => {
                let count = self.session.doc().workshop().participants.len().max(1);
                if let Some((at, criterion)) = self.view.participant_mark {
                    let at = if command == Command::NextParticipant {
                        (at + 1).min(count - 1)
                    } else {
                        at.saturating_sub(1)
                    };
                    self.view.participant_mark = Some((at, criterion));
                }
            }
            Command::ParticipantScoreBack => {
                if let Some((at, criterion)) = self.view.participant_mark {
                    self.view.participant_mark = Some(match criterion {
                        Criterion::Impact if at > 0 => (at - 1, Criterion::Switching),
                        Criterion::Impact => (0, Criterion::Impact),
                        Criterion::Scarcity => (at, Criterion::Impact),
                        Criterion::Switching => (at, Criterion::Scarcity),
                    });
                }
            }
            _ => {}
        }
    }
}
