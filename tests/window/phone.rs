//! The phone round in the real window, its server on 127.0.0.1: F7 starts it, phones vote, the
//! votes become participants' scores (hidden until F7 closes the round), one undo step each,
//! the phones follow the facilitator's keys, and closing stops the server.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kraljic_workshop::model::{Criterion, Level, LotId, ParticipantId};
use kraljic_workshop::ui::KraljicApp;
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;
use kraljic_workshop::ui::room::phone_round::RoundLots;

#[path = "../common/http.rs"]
mod http;

use crate::harness::app;
use crate::scorers::with_participants;

fn press(harness: &mut Harness<'static, KraljicApp>, key: egui::Key) {
    harness.key_press(key);
    harness.run();
}

/// Starts a round on 127.0.0.1 for `lots` by F7 and the start window.
fn start(harness: &mut Harness<'static, KraljicApp>, lots: RoundLots) {
    press(harness, egui::Key::F7);
    harness.state_mut().view.round_setup.address = "127.0.0.1".into();
    harness.state_mut().view.round_setup.lots = lots;
    harness.run();
    harness.get_by_label("Stemronde starten").click();
    harness.run();
    let round = harness.state().phone_round().expect("the round runs");
    assert!(round.server.address().ip().is_loopback());
}

#[test]
fn phones_vote_hidden_until_f7_reveals_each_vote_one_undo_step() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = app(
        Some(with_participants(dir.path())),
        ScriptedDialogs::default(),
    );
    let lot = harness.state().view.selected.expect("a lot");
    start(&mut harness, RoundLots::Selected);
    harness.get_by_label_contains("0 van 3 hebben gestemd");
    harness.get_by_label("Scan om mee te stemmen");
    let (address, join) = {
        let round = harness.state().phone_round().expect("round");
        (round.server.address(), round.server.join_url())
    };
    let mut cookies = Vec::new();
    for (participant, scores) in [(1, [3, 1, 2]), (2, [1, 1, 2]), (3, [2, 3, 2])] {
        let cookie = http::join_as(address, &join, participant);
        let body = http::vote_body(participant, lot.0, scores);
        let answer = http::phone(address, "POST", "/api/vote", &cookie, &body);
        assert_eq!(answer.status, 200, "{}", answer.body);
        cookies.push(cookie);
    }
    harness.run();
    harness.get_by_label_contains("3 van 3 hebben gestemd");
    let workshop = harness.state().workshop();
    let round = &workshop.lot(lot).expect("lot").round;
    assert!(round.blind, "hidden while the round runs");
    assert_eq!(round.scores.len(), 3);
    // One undo step per vote: the last phone's vote goes, the others stay.
    super::harness::ctrl(&mut harness, egui::Key::Z);
    let round = &harness.state().workshop().lot(lot).expect("lot").round;
    assert_eq!(
        round
            .scores
            .get(&ParticipantId(3))
            .map(|s| s.count_scored())
            .unwrap_or(0),
        0
    );
    assert_eq!(
        round
            .scores
            .get(&ParticipantId(2))
            .expect("2")
            .count_scored(),
        3
    );
    super::harness::ctrl_shift(&mut harness, egui::Key::Z);
    // A changed mind just before F7 still lands: the close takes the last votes first.
    let body = http::vote_body(1, lot.0, [3, 1, 1]);
    assert_eq!(
        http::phone(address, "POST", "/api/vote", &cookies[0], &body).status,
        200
    );
    // F7 closes the round and reveals: the median of 3, 1, 2 is 2.
    press(&mut harness, egui::Key::F7);
    assert!(harness.state().phone_round().is_none());
    let lot = harness.state().workshop().lot(lot).expect("lot").clone();
    assert!(!lot.round.blind, "revealed");
    assert_eq!(lot.scores.get(Criterion::Impact), Level::from_number(2));
    assert_eq!(lot.scores.get(Criterion::Scarcity), Level::from_number(1));
    assert!(lot.round.to_discuss(), "1 against 3 on scarcity and impact");
    let first = lot.round.scores.get(&ParticipantId(1)).expect("1");
    assert_eq!(
        first.get(Criterion::Switching),
        Level::from_number(1),
        "the late vote"
    );
    // For a few seconds the phones are told the round has closed.
    let late = http::phone(address, "POST", "/api/vote", &cookies[1], &body);
    assert_eq!(late.status, 410, "a closed round says so: {}", late.body);
    // A few seconds later the port closes.
    std::thread::sleep(std::time::Duration::from_millis(5200));
    harness.run();
    assert!(
        std::net::TcpStream::connect(address).is_err(),
        "the port is closed"
    );
}

#[test]
fn the_phones_follow_the_facilitators_keys_through_the_rounds_lots() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = app(
        Some(with_participants(dir.path())),
        ScriptedDialogs::default(),
    );
    start(&mut harness, RoundLots::Unscored);
    let (address, join, lots) = {
        let round = harness.state().phone_round().expect("round");
        (
            round.server.address(),
            round.server.join_url(),
            round.lots.clone(),
        )
    };
    assert!(lots.len() >= 2, "the example has unscored lots");
    assert_eq!(harness.state().view.selected, Some(lots[0]));
    let cookie = http::join_as(address, &join, 1);
    let lot_now = || {
        let state = http::phone(address, "GET", "/api/state", &cookie, "").json();
        LotId(state["lot"]["id"].as_u64().expect("a lot") as u32)
    };
    assert_eq!(lot_now(), lots[0]);
    press(&mut harness, egui::Key::ArrowDown);
    assert_eq!(
        harness.state().view.selected,
        Some(lots[1]),
        "the round's next lot"
    );
    assert_eq!(lot_now(), lots[1], "the phone follows");
    // F7 works even while a text field has the keyboard.
    harness.get_by_label("Zoek een perceel").focus();
    harness.run();
    press(&mut harness, egui::Key::F7);
    assert!(harness.state().phone_round().is_none());
}

#[test]
fn opening_another_workshop_closes_the_round_and_its_votes_stay_in_the_first() {
    let dir = tempfile::tempdir().expect("dir");
    let first = with_participants(dir.path());
    let other = dir.path().join("ander.kraljic.ron");
    std::fs::copy(crate::harness::NMD, &other).expect("another workshop");
    let mut harness = app(
        Some(first.clone()),
        ScriptedDialogs {
            open: vec![Some(other)],
            save: vec![Some(first.clone())],
        },
    );
    let lot = harness.state().view.selected.expect("a lot");
    start(&mut harness, RoundLots::Selected);
    let (address, join) = {
        let round = harness.state().phone_round().expect("round");
        (round.server.address(), round.server.join_url())
    };
    let cookie = http::join_as(address, &join, 2);
    let body = http::vote_body(2, lot.0, [3, 3, 3]);
    assert_eq!(
        http::phone(address, "POST", "/api/vote", &cookie, &body).status,
        200
    );
    // Ctrl+O with unsaved work: the question first; the vote is in the workshop it was cast in.
    super::harness::ctrl(&mut harness, egui::Key::O);
    assert!(
        harness.state().phone_round().is_none(),
        "the round closed first"
    );
    let scores = &harness
        .state()
        .workshop()
        .lot(lot)
        .expect("lot")
        .round
        .scores;
    assert_eq!(
        scores.get(&ParticipantId(2)).map(|s| s.count_scored()),
        Some(3)
    );
    assert!(
        !harness
            .state()
            .workshop()
            .lot(lot)
            .expect("lot")
            .round
            .blind,
        "revealed"
    );
}
