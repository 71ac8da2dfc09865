//! The room's voices in the real window: participants from the municipalities, a blind round
//! for the whole session, partial scores, presentation's blind-round state, and a participant's
//! offline copy written and read back through the preview.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kraljic_workshop::model::{Criterion, Level, LotId, ParticipantId, Scores, Workshop};
use kraljic_workshop::ui::dialogs::Modal;
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;
use kraljic_workshop::ui::{Command, Edit, KraljicApp};

use crate::harness::{app, ctrl};

const RIVIERENLAND: &str = "workshops/rivierenland-2019.kraljic.ron";
const FOUR: [&str; 4] = ["Tiel", "Culemborg", "Buren", "West Betuwe"];

/// The Rivierenland example as a file of its own in `dir`.
fn rivierenland_in(dir: &Path) -> PathBuf {
    let path = dir.join("rivierenland.kraljic.ron");
    std::fs::copy(RIVIERENLAND, &path).expect("copy of the example");
    path
}

fn run(harness: &mut Harness<'static, KraljicApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().run(&ctx, command);
    harness.run();
    super::harness::wait_for_read(harness);
}

fn click(harness: &mut Harness<'static, KraljicApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// The four municipalities as the workshop's, and a participant made of each in one click.
fn four_participants(harness: &mut Harness<'static, KraljicApp>) {
    let municipalities = FOUR.iter().map(|m| (*m).to_string()).collect();
    harness
        .state_mut()
        .apply_edit(Edit::Municipalities(municipalities), None);
    run(harness, Command::Participants);
    click(harness, "Deelnemers uit de gemeenten");
    harness.key_press(egui::Key::Escape);
    harness.run();
}

/// The Rivierenland example in `dir` with the four participants, blind for the whole
/// session when `blind`.
fn room(dir: &Path, blind: bool) -> Harness<'static, KraljicApp> {
    let mut harness = app(Some(rivierenland_in(dir)), ScriptedDialogs::default());
    four_participants(&mut harness);
    if blind {
        harness
            .state_mut()
            .apply_edit(Edit::BlindScoring(true), None);
        harness.run();
    }
    harness
}

fn own(workshop: &Workshop, lot: LotId, who: &str) -> Scores {
    let id = participant(workshop, who);
    workshop
        .lot(lot)
        .and_then(|l| l.round.scores.get(&id).copied())
        .unwrap_or_default()
}

fn participant(workshop: &Workshop, name: &str) -> ParticipantId {
    workshop
        .participants
        .iter()
        .find(|p| p.name == name)
        .map(|p| p.id)
        .expect(name)
}

fn select(harness: &mut Harness<'static, KraljicApp>, lot: LotId) {
    harness.state_mut().view.selected = Some(lot);
    harness.run();
}

/// Every participant scores the selected lot on the card; while Tiel has two of three in,
/// the blind grid says "2/3" and nothing of the values.
fn everyone_scores(harness: &mut Harness<'static, KraljicApp>, base: u8) {
    for (i, who) in FOUR.iter().enumerate() {
        for (c, criterion) in ["Impact", "Schaarste", "Omschakeling"].iter().enumerate() {
            let level = (base + (i + c) as u8) % 4;
            click(harness, &format!("{who}: {criterion} {level}"));
            if i == 0 && c == 1 {
                harness.get_by_label_contains("Tiel 2/3");
            }
        }
    }
}

#[test]
fn the_walk_four_participants_a_blind_round_and_tiels_copy_read_back() {
    let dir = tempfile::tempdir().expect("dir");
    let file = rivierenland_in(dir.path());
    let copy_path = dir.path().join("rivierenland-Tiel.kraljic.ron");
    let mut harness = app(
        Some(file.clone()),
        ScriptedDialogs {
            open: vec![Some(copy_path.clone())],
            save: vec![Some(copy_path.clone())],
        },
    );
    four_participants(&mut harness);
    let names: Vec<String> = (harness.state().workshop().participants.iter())
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(names, FOUR);

    // The blind round for the session, in the settings.
    ctrl(&mut harness, egui::Key::Comma);
    click(&mut harness, "Blind scoren voor de hele sessie");
    harness.key_press(egui::Key::Escape);
    harness.run();
    let lots: Vec<LotId> = harness
        .state()
        .workshop()
        .lots
        .iter()
        .map(|l| l.id)
        .collect();
    let (first, second, third) = (lots[0], lots[1], lots[2]);
    for (lot, base) in [(first, 1), (second, 2)] {
        select(&mut harness, lot);
        assert!(
            harness
                .state()
                .workshop()
                .lot(lot)
                .expect("lot")
                .round
                .blind
        );
        everyone_scores(&mut harness, base);
        harness.get_by_label_contains("4 van 4 klaar");
        // F8 reveals, even while a text field has the keyboard.
        harness.key_press(egui::Key::F8);
        harness.run();
        let lot = harness.state().workshop().lot(lot).cloned().expect("lot");
        assert!(!lot.round.blind && lot.is_scored());
    }
    ctrl(&mut harness, egui::Key::S);
    assert!(!harness.state().document().is_dirty());

    // A copy for Tiel: the workshop gets its identity and is saved first.
    run(&mut harness, Command::CopyForParticipant);
    click(&mut harness, "Voor wie: Tiel");
    click(&mut harness, "Kopie opslaan…");
    let Some(Modal::Message { text, .. }) = harness.state().modal().cloned() else {
        panic!("a message after writing the copy");
    };
    assert!(text.contains("Kopie voor Tiel"), "{text}");
    click(&mut harness, "OK");
    assert!(
        !harness.state().document().is_dirty(),
        "saved with its identity"
    );
    assert!(harness.state().workshop().identity.is_some());
    let before = harness.state().workshop().clone();

    // Tiel scores one more lot offline, by keyboard.
    {
        let mut tiel = app(Some(copy_path.clone()), ScriptedDialogs::default());
        assert!(tiel.query_all_by_label_contains("Scoren als Tiel").count() >= 1);
        select(&mut tiel, third);
        for key in [egui::Key::Num1, egui::Key::Num2, egui::Key::Num3] {
            tiel.key_press(key);
            tiel.run();
        }
        assert_eq!(
            own(tiel.state().workshop(), third, "Tiel"),
            Scores::new(Level::Low, Level::Medium, Level::High)
        );
        ctrl(&mut tiel, egui::Key::S);
        assert!(!tiel.state().document().is_dirty());
    }

    // Back in the room: the preview names what changes; Apply takes only that.
    run(&mut harness, Command::MergeCopy);
    assert!(harness.state().read_copy_dialog().is_some());
    harness.get_by_label_contains("Kopie voor Tiel");
    harness.get_by_label_contains("Scores: 3 nieuw, 0 vervangen, 0 gewist; 0 conflicten");
    assert_eq!(
        *harness.state().workshop(),
        before,
        "nothing changes before Apply"
    );
    click(&mut harness, "Toepassen");
    click(&mut harness, "OK");
    let after = harness.state().workshop().clone();
    assert_eq!(
        own(&after, third, "Tiel"),
        Scores::new(Level::Low, Level::Medium, Level::High)
    );
    for lot in [first, second] {
        for who in FOUR {
            assert_eq!(own(&after, lot, who), own(&before, lot, who), "{who}");
        }
    }
    assert_eq!(own(&after, third, "Buren"), Scores::default());
    // One undo step.
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(
        own(harness.state().workshop(), third, "Tiel"),
        Scores::default()
    );
}

#[test]
fn a_replaced_score_is_named_and_cancel_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let file = rivierenland_in(dir.path());
    let copy_path = dir.path().join("tiel.kraljic.ron");
    let mut harness = app(
        Some(file),
        ScriptedDialogs {
            open: vec![Some(copy_path.clone()), Some(file_again(dir.path()))],
            save: vec![],
        },
    );
    four_participants(&mut harness);
    let lot = harness.state().view.selected.expect("selected");
    click(&mut harness, "Tiel: Impact 1");
    let mut workshop = harness.state().workshop().clone();
    workshop.identity = Some(kraljic_workshop::model::copy::WorkshopId("w".into()));
    harness
        .state_mut()
        .apply_edit(Edit::Identity(workshop.identity.clone().expect("id")), None);
    let tiel = participant(&workshop, "Tiel");
    let mut copy = workshop.copy_for(tiel).expect("copy");
    Edit::Score {
        lot,
        criterion: Criterion::Impact,
        level: Some(Level::Medium),
    }
    .apply(&mut copy);
    kraljic_workshop::format::save_path(&copy, &copy_path).expect("save copy");
    let before = harness.state().workshop().clone();
    run(&mut harness, Command::MergeCopy);
    harness.get_by_label_contains("Impact: 1 Laag \u{2192} 2 Middel (vervangen)");
    click(&mut harness, "Annuleren");
    assert!(harness.state().read_copy_dialog().is_none());
    assert_eq!(*harness.state().workshop(), before);
}

/// The path the open file has (the harness opened it from `dir`).
fn file_again(dir: &Path) -> PathBuf {
    dir.join("rivierenland.kraljic.ron")
}

#[test]
fn reading_the_open_file_itself_is_refused_in_one_sentence() {
    let dir = tempfile::tempdir().expect("dir");
    let file = rivierenland_in(dir.path());
    let mut harness = app(
        Some(file.clone()),
        ScriptedDialogs {
            open: vec![Some(file)],
            save: vec![],
        },
    );
    run(&mut harness, Command::MergeCopy);
    let Some(Modal::Message { text, .. }) = harness.state().modal().cloned() else {
        panic!("a refusal");
    };
    assert!(text.contains("al open"), "{text}");
    assert!(harness.state().read_copy_dialog().is_none());
}

#[test]
fn a_plain_copy_offers_only_the_lots_without_any_score() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("nmd.kraljic.ron");
    std::fs::copy(crate::harness::NMD, &file).expect("copy");
    let mut plain = kraljic_workshop::format::load_path(&file)
        .expect("loads")
        .workshop;
    for lot in &mut plain.lots {
        lot.scores = Scores::new(Level::High, Level::High, Level::High);
    }
    let plain_path = dir.path().join("assen.kraljic.ron");
    kraljic_workshop::format::save_path(&plain, &plain_path).expect("save");
    let mut harness = app(
        Some(file),
        ScriptedDialogs {
            open: vec![Some(plain_path)],
            save: vec![],
        },
    );
    let before = harness.state().workshop().clone();
    let unscored: Vec<LotId> = (before.lots.iter())
        .filter(|l| l.scores.count_scored() == 0)
        .map(|l| l.id)
        .collect();
    assert_eq!(unscored.len(), 4);
    run(&mut harness, Command::MergeCopy);
    harness.get_by_label_contains("gewone kopie");
    harness.get_by_label_contains("Hier al gescoord");
    click(&mut harness, "Toepassen");
    click(&mut harness, "OK");
    let after = harness.state().workshop().clone();
    assert!(after.participants.is_empty(), "nobody's own scores");
    for lot in &after.lots {
        let earlier = before.lot(lot.id).expect("lot");
        if unscored.contains(&lot.id) {
            assert_eq!(
                lot.scores,
                Scores::new(Level::High, Level::High, Level::High)
            );
        } else {
            assert_eq!(lot.scores, earlier.scores, "{}", lot.name);
        }
    }
}

#[test]
fn presentation_shows_the_blind_round_and_reveals_it() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = room(dir.path(), true);
    let lot = harness.state().view.selected.expect("selected");
    for criterion in ["Impact", "Schaarste", "Omschakeling"] {
        click(&mut harness, &format!("Tiel: {criterion} 2"));
        click(&mut harness, &format!("Buren: {criterion} 3"));
    }
    click(&mut harness, "Culemborg: Impact 1");
    harness.key_press(egui::Key::F5);
    harness.run();
    assert!(harness.state().view.presenting);
    harness.get_by_label_contains("Blinde ronde: 2 van 4 klaar");
    harness.get_by_label_contains("Culemborg 1/3");
    // F1 lists F8.
    harness.key_press(egui::Key::F1);
    harness.run();
    harness.get_by_label_contains("Blinde ronde onthullen");
    harness.key_press(egui::Key::F1);
    harness.run();
    harness.get_by_label_contains("Onthullen (F8)").click();
    harness.run();
    let revealed = harness.state().workshop().lot(lot).cloned().expect("lot");
    assert!(!revealed.round.blind);
    assert!(harness.query_by_label_contains("Blinde ronde: ").is_none());
    // Two of four scored: placed, with the mark.
    harness.get_by_label_contains("Scores per deelnemer: 2 van 4 klaar");
    assert!(
        harness
            .state()
            .view
            .drawn
            .plotted
            .iter()
            .any(|p| p.id == lot)
    );
}

#[test]
fn a_partly_scored_lot_is_marked_on_the_matrix_and_in_the_exports() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = room(dir.path(), false);
    let lot = harness.state().view.selected.expect("selected");
    for criterion in ["Impact", "Schaarste", "Omschakeling"] {
        click(&mut harness, &format!("Tiel: {criterion} 3"));
        click(&mut harness, &format!("Buren: {criterion} 3"));
    }
    harness.get_by_label_contains("Scores per deelnemer: 2 van 4 klaar");
    assert!(
        harness
            .state()
            .view
            .drawn
            .plotted
            .iter()
            .any(|p| p.id == lot)
    );
    let workshop = harness.state().workshop().clone();
    let svg =
        kraljic_workshop::report::matrix_svg(&workshop, kraljic_workshop::locale::Lang::Dutch);
    assert!(svg.contains("(2/4)"), "the label marks it");

    // Waiting for everyone instead: not placed until the others have scored.
    harness
        .state_mut()
        .apply_edit(Edit::PlacePartial(false), None);
    harness.run();
    assert!(
        harness
            .state()
            .view
            .drawn
            .plotted
            .iter()
            .all(|p| p.id != lot)
    );
}

#[test]
fn a_digit_on_a_lot_participants_score_says_why_and_the_mark_stays() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = room(dir.path(), true);
    let before = harness.state().workshop().clone();
    harness.key_press(egui::Key::Num2);
    harness.run();
    harness.get_by_label_contains("per deelnemer gescoord");
    assert_eq!(
        harness.state().view.criterion,
        Criterion::Impact,
        "the mark stays"
    );
    assert_eq!(*harness.state().workshop(), before);
}

#[test]
fn participants_are_made_from_the_municipalities_and_removed_after_a_question() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = app(
        Some(rivierenland_in(dir.path())),
        ScriptedDialogs::default(),
    );
    run(&mut harness, Command::Participants);
    click(&mut harness, "Deelnemers uit de gemeenten");
    let count = harness.state().workshop().participants.len();
    assert_eq!(count, 6, "one for each municipality of the example");
    assert!(
        harness
            .get_by_label("Deelnemers uit de gemeenten")
            .accesskit_node()
            .is_disabled(),
        "nobody left to add"
    );
    click(&mut harness, "Omlaag: Buren");
    assert_eq!(harness.state().workshop().participants[1].name, "Buren");
    harness.key_press(egui::Key::Escape);
    harness.run();
    click(&mut harness, "Buren: Impact 2");
    run(&mut harness, Command::Participants);
    click(&mut harness, "Verwijderen: Buren");
    assert_eq!(
        harness.state().workshop().participants.len(),
        6,
        "asks first"
    );
    harness.get_by_label_contains("Deze deelnemer heeft scores");
    harness
        .get_all_by_label("Verwijderen: Buren")
        .last()
        .expect("confirm")
        .click();
    harness.run();
    assert_eq!(harness.state().workshop().participants.len(), 5);
}
