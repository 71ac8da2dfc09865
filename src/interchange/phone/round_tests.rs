//! Tests of a phone round's rules.

use super::*;

fn round() -> PhoneRound {
    let lots = vec![
        Named {
            id: LotId(5),
            name: "Dyslexie".into(),
        },
        Named {
            id: LotId(6),
            name: "Vervoer".into(),
        },
    ];
    let participants = (1..=3)
        .map(|i| Named {
            id: ParticipantId(i),
            name: format!("Gemeente {i}"),
        })
        .collect();
    PhoneRound::new(lots, participants).expect("randomness")
}

fn vote(participant: u32, lot: u32, scores: [i64; 3]) -> VoteRequest {
    VoteRequest {
        participant,
        lot,
        scores,
    }
}

#[test]
fn secrets_are_random_and_of_the_right_size() {
    let (a, b) = (round(), round());
    assert_eq!(a.token().len(), 32, "128 bits as hex");
    assert_ne!(a.token(), b.token());
    assert_eq!(a.code().len(), 6);
    assert!(a.code().bytes().all(|c| c.is_ascii_digit()));
}

#[test]
fn joining_needs_the_token_or_the_code_and_wrong_codes_are_capped() {
    let mut round = round();
    assert_eq!(round.join("00", None), Err(Refusal::BadToken));
    let token = round.token().to_string();
    let cookie = round.join(&token, None).expect("joined");
    assert_eq!(
        round.join(&token, Some(&cookie)),
        Ok(cookie.clone()),
        "rejoins as itself"
    );
    let code = round.code().to_string();
    let wrong = if code == "000000" { "000001" } else { "000000" };
    let guesser: IpAddr = [10, 0, 0, 9].into();
    for _ in 0..MAX_CODE_MISSES_PER_ADDRESS {
        assert_eq!(round.join_with_code(wrong, guesser), Err(Refusal::BadCode));
    }
    assert_eq!(
        round.join_with_code(&code, guesser),
        Err(Refusal::CodeClosed)
    );
    // Another phone still joins with the code; the round's own cap holds for all together.
    let phone: IpAddr = [10, 0, 0, 10].into();
    round.join_with_code(&code, phone).expect("another address");
    for i in 0..MAX_CODE_MISSES {
        let _ = round.join_with_code(wrong, IpAddr::from([10, 0, 1, (i % 250) as u8]));
    }
    assert_eq!(
        round.join_with_code(&code, [10, 0, 2, 1].into()),
        Err(Refusal::CodeClosed)
    );
    assert_eq!(round.devices(), 2);
}

#[test]
fn a_device_is_one_participant_and_a_taken_name_is_refused_until_released() {
    let mut round = round();
    let token = round.token().to_string();
    let first = round.join(&token, None).expect("first");
    let second = round.join(&token, None).expect("second");
    assert_eq!(round.pick(Some(&first), 9), Err(Refusal::NoParticipant));
    round.pick(Some(&first), 1).expect("picked");
    assert_eq!(round.pick(Some(&second), 1), Err(Refusal::Taken));
    assert_eq!(
        round.vote(Some(&second), vote(1, 5, [1, 2, 3])),
        Err(Refusal::NotYou),
        "a vote for another participant"
    );
    // A device keeps its name: it cannot go on to vote as the next free one.
    assert_eq!(round.pick(Some(&first), 2), Err(Refusal::NotYou));
    round.release(ParticipantId(1));
    round.pick(Some(&second), 1).expect("free again");
    round
        .pick(Some(&first), 2)
        .expect("released, it may pick again");
    assert_eq!(round.pick(None, 2), Err(Refusal::NotJoined));
}

#[test]
fn votes_are_checked_kept_last_one_wins_and_only_your_own_are_shown() {
    let mut round = round();
    let token = round.token().to_string();
    let a = round.join(&token, None).expect("a");
    let b = round.join(&token, None).expect("b");
    round.pick(Some(&a), 1).expect("a is 1");
    round.pick(Some(&b), 2).expect("b is 2");
    assert_eq!(
        round.vote(Some(&a), vote(1, 99, [1, 1, 1])),
        Err(Refusal::NoLot)
    );
    assert_eq!(
        round.vote(Some(&a), vote(1, 5, [1, 4, 1])),
        Err(Refusal::BadScore)
    );
    assert_eq!(
        round.vote(Some(&a), vote(1, 5, [-1, 1, 1])),
        Err(Refusal::BadScore)
    );
    round.vote(Some(&a), vote(1, 5, [1, 1, 1])).expect("first");
    round
        .vote(Some(&a), vote(1, 5, [3, 2, 1]))
        .expect("changed");
    round.vote(Some(&b), vote(2, 5, [0, 0, 0])).expect("b's");
    assert_eq!(round.voted(LotId(5)), 2);
    assert_eq!(
        round.take_votes().len(),
        3,
        "each vote goes to the workshop"
    );
    assert!(round.take_votes().is_empty());
    let view = round.view(Some(&a)).expect("joined");
    assert_eq!(view.me, Some(ParticipantId(1)));
    assert_eq!(view.votes.len(), 1, "only a's own vote");
    assert_eq!(
        view.votes[0].scores.impact,
        Some(Level::from_number(3).expect("3"))
    );
    assert!(
        view.participants
            .iter()
            .any(|(p, taken)| p.id == ParticipantId(2) && *taken)
    );
    assert!(round.view(Some("someone")).is_none());
    round.close();
    assert_eq!(
        round.vote(Some(&a), vote(1, 5, [1, 1, 1])),
        Err(Refusal::Closed)
    );
    assert!(!round.view(Some(&a)).expect("still known").open);
}

#[test]
fn the_current_lot_follows_the_facilitator_within_the_round() {
    let mut round = round();
    assert_eq!(round.current(), Some(LotId(5)));
    assert!(round.set_current(LotId(6)));
    assert!(!round.set_current(LotId(7)), "not in the round");
    assert_eq!(round.current(), Some(LotId(6)));
}

#[test]
fn the_device_cap_and_the_rate_limit() {
    let mut round = round();
    let token = round.token().to_string();
    for _ in 0..MAX_DEVICES {
        round.join(&token, None).expect("room");
    }
    assert_eq!(round.join(&token, None), Err(Refusal::Full));
    let now = Instant::now();
    let phone: IpAddr = [127, 0, 0, 1].into();
    for _ in 0..MAX_REQUESTS_PER_SECOND {
        assert!(round.allow(phone, now));
    }
    assert!(!round.allow(phone, now));
    assert!(round.allow([127, 0, 0, 2].into(), now), "another address");
    assert!(
        round.allow(phone, now + Duration::from_secs(1)),
        "a second later"
    );
}
