//! Reading a participant's copy: only their own changes, never the group's scores as one
//! person's, conflicts until chosen, one undo step.
use rust_decimal::Decimal;

use super::*;
use crate::model::history::{History, Part};
use crate::model::{Level, Lot};
use Level::{High, Low, Medium};

const TIEL: ParticipantId = ParticipantId(1);
const BUREN: ParticipantId = ParticipantId(2);

/// Four lots, two participants; Tiel and Buren scored lot 1 and 2 in a revealed round.
fn workshop() -> Workshop {
    let mut w = Workshop {
        identity: Some(WorkshopId("rivierenland".into())),
        participants: vec![
            Participant {
                id: TIEL,
                name: "Tiel".into(),
            },
            Participant {
                id: BUREN,
                name: "Buren".into(),
            },
        ],
        ..Workshop::default()
    };
    for (id, name) in [
        (1, "Persoonlijke verzorging"),
        (2, "Dagbesteding"),
        (3, "Vervoer"),
        (4, "Dyslexie"),
    ] {
        w.lots.push(Lot::new(LotId(id), name, Decimal::ONE));
    }
    for (who, lot, scores) in [
        (TIEL, 1, Scores::new(Low, Low, Medium)),
        (BUREN, 1, Scores::new(High, High, Medium)),
        (TIEL, 2, Scores::new(Medium, Low, Low)),
        (BUREN, 2, Scores::new(Medium, Medium, Low)),
    ] {
        w.lot_mut(LotId(lot))
            .expect("lot")
            .round
            .scores
            .insert(who, scores);
    }
    w.apply_rounds();
    w
}

fn score(copy: &mut Workshop, lot: u32, criterion: Criterion, level: Option<Level>) {
    assert!(
        Edit::Score {
            lot: LotId(lot),
            criterion,
            level,
        }
        .apply(copy)
    );
}

fn own(w: &Workshop, lot: u32, who: ParticipantId) -> Scores {
    w.lot(LotId(lot))
        .and_then(|l| l.round.scores.get(&who).copied())
        .unwrap_or_default()
}

fn no_choices() -> BTreeMap<(LotId, Criterion), Choice> {
    BTreeMap::new()
}

#[test]
fn a_copy_scores_as_its_participant_and_shows_their_own_scores() {
    let open = workshop();
    let mut copy = open.copy_for(TIEL).expect("copy");
    assert_eq!(
        copy.lot(LotId(1)).expect("lot").scores,
        Scores::new(Low, Low, Medium)
    );
    for criterion in Criterion::ALL {
        score(&mut copy, 3, criterion, Some(High));
    }
    assert_eq!(own(&copy, 3, TIEL), Scores::new(High, High, High));
    assert_eq!(own(&copy, 3, BUREN), Scores::default(), "nobody else's");
    for lot in [1, 2] {
        assert_eq!(
            own(&copy, lot, BUREN),
            Scores::default(),
            "not even revealed ones"
        );
    }
    assert!(copy.lot(LotId(3)).expect("lot").is_scored());
}

#[test]
fn a_copy_gives_exactly_its_participants_changed_scores() {
    let mut open = workshop();
    let mut copy = open.copy_for(TIEL).expect("copy");
    for criterion in Criterion::ALL {
        score(&mut copy, 3, criterion, Some(Medium));
    }
    let read = CopyRead::plan(&open, &copy, None).expect("plan");
    assert!(!read.other_workshop);
    assert_eq!(read.lots.len(), 1, "only lot 3 changed: {read:?}");
    assert_eq!(read.lots[0].lot, LotId(3));
    assert_eq!(read.change_count(), 3);
    let edit = read.edit(&no_choices()).expect("no conflicts");
    let before = open.clone();
    assert!(edit.apply(&mut open));
    assert_eq!(own(&open, 3, TIEL), Scores::new(Medium, Medium, Medium));
    for lot in [1, 2] {
        assert_eq!(
            own(&open, lot, TIEL),
            own(&before, lot, TIEL),
            "earlier scores kept"
        );
        assert_eq!(own(&open, lot, BUREN), own(&before, lot, BUREN));
    }
    assert_eq!(own(&open, 3, BUREN), Scores::default());
}

#[test]
fn a_plain_copy_never_turns_the_combined_scores_into_a_persons() {
    let mut open = workshop();
    let mut copy = open.clone();
    // The plain copy was scored by the team on lot 4, which is unscored here.
    copy.lot_mut(LotId(4)).expect("lot").scores = Scores::new(Low, Low, Low);
    let read = CopyRead::plan(&open, &copy, None).expect("plan");
    assert!(matches!(
        read.source,
        Source::Plain {
            as_participant: None
        }
    ));
    assert_eq!(read.lots.len(), 1, "only the lot without any score here");
    assert_eq!(read.lots[0].lot, LotId(4));
    assert_eq!(
        read.already_scored,
        ["Persoonlijke verzorging", "Dagbesteding"]
    );
    let edit = read.edit(&no_choices()).expect("edit");
    let before = open.clone();
    assert!(edit.apply(&mut open));
    for lot in [1, 2] {
        assert_eq!(own(&open, lot, TIEL), own(&before, lot, TIEL));
        assert_eq!(own(&open, lot, BUREN), own(&before, lot, BUREN));
    }
    assert_eq!(
        open.lot(LotId(4)).expect("lot").scores,
        Scores::new(Low, Low, Low)
    );
    assert!(
        open.lot(LotId(4)).expect("lot").round.is_empty(),
        "nobody's own score"
    );
}

#[test]
fn a_replaced_score_is_listed_with_its_old_and_new_value_and_a_cleared_one_too() {
    let open = workshop();
    let mut copy = open.copy_for(TIEL).expect("copy");
    score(&mut copy, 1, Criterion::Impact, Some(Medium));
    score(&mut copy, 2, Criterion::Switching, None);
    let read = CopyRead::plan(&open, &copy, None).expect("plan");
    let replaced: Vec<_> = read.replaced().map(|(l, c)| (l.lot, *c)).collect();
    assert_eq!(
        replaced,
        [(
            LotId(1),
            Change {
                criterion: Criterion::Impact,
                old: Some(Low),
                new: Some(Medium)
            }
        )]
    );
    let cleared = &read.lots[1].changes[0];
    assert_eq!((cleared.old, cleared.new), (Some(Low), None));
}

#[test]
fn a_score_changed_on_both_sides_is_a_conflict_until_chosen() {
    let mut open = workshop();
    let mut copy = open.copy_for(TIEL).expect("copy");
    score(&mut copy, 1, Criterion::Impact, Some(High));
    // Meanwhile, in the room, Tiel's impact was corrected to 2.
    let fix = Edit::ParticipantScore {
        lot: LotId(1),
        participant: TIEL,
        criterion: Criterion::Impact,
        level: Some(Medium),
    };
    assert!(fix.apply(&mut open));
    let read = CopyRead::plan(&open, &copy, None).expect("plan");
    assert_eq!(read.conflict_count(), 1);
    assert_eq!(
        read.lots[0].conflicts[0],
        Conflict {
            criterion: Criterion::Impact,
            base: Some(Low),
            here: Some(Medium),
            copy: Some(High)
        }
    );
    assert_eq!(read.edit(&no_choices()), Err(Undecided(1)));
    let mut choices = no_choices();
    choices.insert((LotId(1), Criterion::Impact), Choice::Here);
    let keep = read.edit(&choices).expect("decided");
    assert!(
        !keep.apply(&mut open.clone()),
        "keeping here changes nothing"
    );
    choices.insert((LotId(1), Criterion::Impact), Choice::Copy);
    assert!(read.edit(&choices).expect("decided").apply(&mut open));
    assert_eq!(own(&open, 1, TIEL).impact, Some(High));
}

#[test]
fn planning_changes_nothing_and_one_undo_restores_every_score() {
    let mut open = workshop();
    let before = open.clone();
    let mut copy = open.copy_for(TIEL).expect("copy");
    score(&mut copy, 1, Criterion::Impact, Some(High));
    score(&mut copy, 4, Criterion::Scarcity, Some(Low));
    let read = CopyRead::plan(&open, &copy, None).expect("plan");
    assert_eq!(open, before, "a preview (and cancel) changes nothing");
    let edit = read.edit(&no_choices()).expect("edit");
    let mut history = History::default();
    history.push(Part::before(&open, &edit));
    assert!(edit.apply(&mut open));
    assert_ne!(open, before);
    assert!(history.undo(&mut open));
    assert_eq!(open, before);
}

#[test]
fn a_copy_of_another_workshop_matches_lots_by_number_and_name() {
    let open = workshop();
    let mut other = workshop();
    other.identity = Some(WorkshopId("elders".into()));
    other.lot_mut(LotId(3)).expect("lot").name = "Iets anders".into();
    let mut copy = other.copy_for(TIEL).expect("copy");
    score(&mut copy, 3, Criterion::Impact, Some(High));
    score(&mut copy, 4, Criterion::Impact, Some(High));
    let read = CopyRead::plan(&open, &copy, None).expect("plan");
    assert!(read.other_workshop);
    assert_eq!(read.lots.len(), 1);
    assert_eq!(read.lots[0].lot, LotId(4));
    assert_eq!(
        read.renamed,
        [("Iets anders".to_string(), "Vervoer".to_string())]
    );
}

#[test]
fn a_copy_is_refused_into_a_copy_and_for_someone_else() {
    let open = workshop();
    let copy = open.copy_for(TIEL).expect("copy");
    assert_eq!(
        CopyRead::plan(&copy, &copy, None),
        Err(CopyRefused::IntoACopy)
    );
    assert!(matches!(
        CopyRead::plan(&open, &copy, Some("Buren")),
        Err(CopyRefused::OtherParticipant { .. })
    ));
    assert!(CopyRead::plan(&open, &copy, Some(" tiel ")).is_ok());
    assert!(open.copy_for(ParticipantId(9)).is_none());
}

#[test]
fn a_lot_added_on_both_sides_with_the_same_number_is_not_taken() {
    let mut open = workshop();
    let mut copy = open.copy_for(TIEL).expect("copy");
    let next = open.next_lot_id();
    let added = |name: &str| Edit::InsertLot(9, Box::new(Lot::new(next, name, Decimal::ONE)));
    assert!(added("Nieuw hier").apply(&mut open));
    assert!(added("Nieuw in de kopie").apply(&mut copy));
    score(&mut copy, next.0, Criterion::Impact, Some(High));
    // A lot renamed in the room since the copy is still the same lot.
    assert!(Edit::Name(LotId(3), "Vervoer (Wmo)".into()).apply(&mut open));
    score(&mut copy, 3, Criterion::Impact, Some(Low));
    let read = CopyRead::plan(&open, &copy, None).expect("plan");
    let lots: Vec<LotId> = read.lots.iter().map(|l| l.lot).collect();
    assert_eq!(lots, [LotId(3)]);
    assert_eq!(read.renamed.len(), 1, "{read:?}");
}

#[test]
fn identities_differ() {
    let a = WorkshopId::generate();
    assert_eq!(a.0.len(), 16);
    assert_ne!(a, WorkshopId::generate());
}
