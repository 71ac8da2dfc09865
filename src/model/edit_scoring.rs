//! The edits of scoring: the lot's own scores, the participants, their scores and blind rounds,
//! and scores read from a copy. [`super::Edit::apply`] hands these here.

use super::edit::{Edit, ScoreChange, changed_lot, replace};
use super::{Criterion, Level, Lot, LotId, Participant, ParticipantId, Workshop};

/// Applies a scoring edit; `None` when its lot or participant is gone, else whether it
/// changed anything.
pub(super) fn apply(edit: Edit, workshop: &mut Workshop) -> Option<bool> {
    match edit {
        Edit::Score {
            lot,
            criterion,
            level,
        } => score(workshop, lot, criterion, level),
        Edit::AddParticipant(participant) => Some(add(workshop, participant)),
        Edit::AddParticipants(list) => {
            let mut changed = false;
            for participant in list {
                changed |= add(workshop, participant);
            }
            Some(changed)
        }
        Edit::RenameParticipant(id, name) => workshop
            .participants
            .iter_mut()
            .find(|p| p.id == id)
            .map(|p| replace(&mut p.name, name)),
        Edit::RemoveParticipant(id) => {
            let before = workshop.clone();
            workshop.participants.retain(|p| p.id != id);
            for lot in &mut workshop.lots {
                lot.round.scores.remove(&id);
            }
            Some(*workshop != before)
        }
        Edit::MoveParticipant(id, to) => {
            let from = workshop.participants.iter().position(|p| p.id == id)?;
            let to = to.min(workshop.participants.len() - 1);
            let participant = workshop.participants.remove(from);
            workshop.participants.insert(to, participant);
            Some(from != to)
        }
        Edit::ParticipantScore {
            lot,
            participant,
            criterion,
            level,
        } => changed_lot(workshop, lot, |l| {
            set_participant_score(l, participant, criterion, level);
        }),
        Edit::Blind(lot, blind) => changed_lot(workshop, lot, |l| l.round.blind = blind),
        Edit::BlindScoring(blind) => Some(blind_scoring(workshop, blind)),
        Edit::PlacePartial(place) => Some(replace(&mut workshop.settings.place_partial, place)),
        Edit::TakeScores {
            participant,
            scores,
        } => Some(take_scores(workshop, participant, scores)),
        Edit::Identity(id) => Some(replace(&mut workshop.identity, Some(id))),
        _ => None,
    }
}

/// A score typed or clicked for the lot: in a participant's copy it is that participant's; a
/// lot scored by participants takes its scores from them only.
fn score(
    workshop: &mut Workshop,
    lot: LotId,
    criterion: Criterion,
    level: Option<Level>,
) -> Option<bool> {
    if let Some(own) = workshop.copy_of.as_ref().map(|c| c.participant.id) {
        return changed_lot(workshop, lot, |l| {
            set_participant_score(l, own, criterion, level);
        });
    }
    let by_participants = workshop
        .lot(lot)
        .is_some_and(|l| workshop.scored_by_participants(l));
    changed_lot(workshop, lot, |l| {
        if !by_participants {
            l.scores.set(criterion, level);
        }
    })
}

fn add(workshop: &mut Workshop, participant: Participant) -> bool {
    let new = workshop.participant(participant.id).is_none();
    if new {
        workshop.participants.push(participant);
    }
    new
}

fn set_participant_score(
    lot: &mut Lot,
    participant: ParticipantId,
    criterion: Criterion,
    level: Option<Level>,
) {
    let scores = lot.round.scores.entry(participant).or_default();
    scores.set(criterion, level);
    if scores.count_scored() == 0 {
        lot.round.scores.remove(&participant);
    }
}

fn blind_scoring(workshop: &mut Workshop, blind: bool) -> bool {
    let mut changed = replace(&mut workshop.settings.blind_scoring, blind);
    if blind {
        // Lots already revealed (scored and shown) stay as they are.
        for lot in workshop.lots.iter_mut().filter(|l| l.round.is_empty()) {
            changed |= replace(&mut lot.round.blind, true);
        }
    }
    changed
}

fn take_scores(
    workshop: &mut Workshop,
    participant: Option<Participant>,
    scores: Vec<ScoreChange>,
) -> bool {
    let before = workshop.clone();
    let id = participant.as_ref().map(|p| p.id);
    if let Some(participant) = participant {
        add(workshop, participant);
    }
    for change in scores {
        let Some(lot) = workshop.lot_mut(change.lot) else {
            continue;
        };
        match id {
            Some(id) => set_participant_score(lot, id, change.criterion, change.level),
            None => lot.scores.set(change.criterion, change.level),
        }
    }
    *workshop != before
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::*;
    use crate::model::{Level, Scores};

    fn workshop(participants: u32) -> Workshop {
        Workshop {
            participants: (1..=participants)
                .map(|id| Participant {
                    id: ParticipantId(id),
                    name: format!("P{id}"),
                })
                .collect(),
            lots: vec![
                Lot::new(LotId(1), "A", Decimal::ONE),
                Lot::new(LotId(2), "B", Decimal::ONE),
            ],
            ..Workshop::default()
        }
    }

    fn all(who: u32, lot: u32, level: Level) -> Vec<Edit> {
        Criterion::ALL
            .into_iter()
            .map(|criterion| Edit::ParticipantScore {
                lot: LotId(lot),
                participant: ParticipantId(who),
                criterion,
                level: Some(level),
            })
            .collect()
    }

    #[test]
    fn a_participant_is_done_with_all_three_scores_and_a_partial_lot_is_marked() {
        let mut w = workshop(4);
        let mut edits = all(1, 1, Level::High);
        edits.truncate(2);
        for edit in edits {
            assert!(edit.apply(&mut w));
        }
        let lot = w.lot(LotId(1)).expect("lot");
        assert_eq!(
            lot.round.progress(&w.participants).done,
            0,
            "2 of 3 is not done"
        );
        for edit in all(1, 1, Level::High)
            .into_iter()
            .chain(all(2, 1, Level::Low))
        {
            edit.apply(&mut w);
        }
        let lot = w.lot(LotId(1)).expect("lot");
        let partial = w.partial(lot).expect("2 of 4");
        assert_eq!((partial.done, partial.total), (2, 4));
        assert!(lot.is_scored(), "placed with the mark by default");
        assert!(Edit::PlacePartial(false).apply(&mut w));
        assert!(
            !w.lot(LotId(1)).expect("lot").is_scored(),
            "waits for everyone"
        );
        for edit in all(3, 1, Level::Low)
            .into_iter()
            .chain(all(4, 1, Level::Low))
        {
            edit.apply(&mut w);
        }
        let lot = w.lot(LotId(1)).expect("lot");
        assert!(lot.is_scored() && w.partial(lot).is_none());
    }

    #[test]
    fn session_blind_scoring_reaches_new_and_unscored_lots_but_never_hides_revealed_ones() {
        let mut w = workshop(2);
        for edit in all(1, 1, Level::High) {
            edit.apply(&mut w);
        }
        assert!(Edit::BlindScoring(true).apply(&mut w));
        assert!(
            !w.lot(LotId(1)).expect("lot").round.blind,
            "already revealed"
        );
        assert!(w.lot(LotId(2)).expect("lot").round.blind);
        let new = Lot::new(LotId(3), "C", Decimal::ONE);
        assert!(Edit::InsertLot(2, Box::new(new)).apply(&mut w));
        assert!(
            w.lot(LotId(3)).expect("lot").round.blind,
            "inherits the session's"
        );
        // A lot can still differ.
        assert!(Edit::Blind(LotId(3), false).apply(&mut w));
        assert!(!w.lot(LotId(3)).expect("lot").round.blind);
    }

    #[test]
    fn a_blind_round_hides_the_teams_earlier_place_and_keeps_the_scores() {
        let mut w = workshop(2);
        w.lots[1].scores = Scores::new(Level::High, Level::High, Level::High);
        let quadrant = |w: &Workshop| {
            crate::model::analyse(w)
                .get(LotId(2))
                .and_then(|r| r.quadrant)
        };
        assert!(quadrant(&w).is_some(), "placed by the team's scores");
        assert_eq!(w.scored_count(), 1);
        assert!(Edit::BlindScoring(true).apply(&mut w));
        assert_eq!(quadrant(&w), None, "no place to steer the round");
        assert_eq!(w.scored_count(), 0);
        assert!(w.lots[1].is_scored(), "the team's scores are kept");
        // Ended without anyone scoring: the team's place is back.
        assert!(Edit::Blind(LotId(2), false).apply(&mut w));
        assert!(quadrant(&w).is_some());
        // Without participants a blind lot is the team's own and keeps its place.
        let mut team = workshop(0);
        team.lots[1].scores = Scores::new(Level::High, Level::High, Level::High);
        team.lots[1].round.blind = true;
        assert!(quadrant(&team).is_some());
    }

    #[test]
    fn a_digit_on_a_lot_participants_score_changes_nothing() {
        let mut w = workshop(2);
        assert!(Edit::BlindScoring(true).apply(&mut w));
        let digit = Edit::Score {
            lot: LotId(2),
            criterion: Criterion::Impact,
            level: Some(Level::High),
        };
        assert!(!digit.clone().apply(&mut w));
        // Without participants the team scores a blind lot itself.
        let mut team = workshop(0);
        team.lots[1].round.blind = true;
        assert!(digit.apply(&mut team));
        assert_eq!(team.lots[1].scores.impact, Some(Level::High));
    }

    #[test]
    fn participants_are_added_at_once_moved_and_removed() {
        let mut w = workshop(0);
        let list = ["Tiel", "Buren", "Culemborg"]
            .iter()
            .enumerate()
            .map(|(i, name)| Participant {
                id: ParticipantId(i as u32 + 1),
                name: format!(" {name} "),
            })
            .collect();
        assert!(Edit::AddParticipants(list).apply(&mut w));
        assert_eq!(w.participants[0].name, "Tiel", "names cleaned");
        assert!(Edit::MoveParticipant(ParticipantId(3), 0).apply(&mut w));
        let names: Vec<&str> = w.participants.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Culemborg", "Tiel", "Buren"]);
        assert!(!Edit::MoveParticipant(ParticipantId(3), 0).apply(&mut w));
        assert!(!Edit::MoveParticipant(ParticipantId(9), 0).apply(&mut w));
    }
}
