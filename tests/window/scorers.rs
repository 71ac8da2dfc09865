//! Several scorers in the real window: median and "to discuss", blind rounds, and merging
//! participants' own copies.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kraljic_workshop::format::{load_path, save_path};
use kraljic_workshop::model::copy::WorkshopId;
use kraljic_workshop::model::{
    Criterion, Edit, Level, Lot, LotId, Participant, ParticipantId, Scores, Workshop,
};
use kraljic_workshop::ui::KraljicApp;
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;
use rust_decimal::Decimal;

use crate::harness::{NMD, app};

fn nmd() -> Workshop {
    load_path(Path::new(NMD)).expect("example").workshop
}

/// The NMD example with three participants, saved in `dir`.
pub fn with_participants(dir: &Path) -> PathBuf {
    with_these_participants(dir, &["Assen", "Tynaarlo", "Noordenveld"])
}

/// The NMD example with these participants, saved in `dir`.
fn with_these_participants(dir: &Path, names: &[&str]) -> PathBuf {
    let mut workshop = nmd();
    workshop.participants = names
        .iter()
        .enumerate()
        .map(|(i, name)| Participant {
            id: ParticipantId(i as u32 + 1),
            name: (*name).into(),
        })
        .collect();
    let path = dir.join("deelnemers.kraljic.ron");
    save_path(&workshop, &path).expect("save");
    path
}

/// Scrolls the control into view, as a user would, and clicks it.
fn click(harness: &mut Harness<'static, KraljicApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

#[test]
fn participants_scores_give_the_median_the_spread_and_the_discussion_flag() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = app(
        Some(with_participants(dir.path())),
        ScriptedDialogs::default(),
    );
    let id = harness.state().view.selected.expect("selected");
    for (who, impact, scarcity, switching) in [
        ("Assen", 1, 2, 1),
        ("Tynaarlo", 3, 2, 1),
        ("Noordenveld", 2, 3, 1),
    ] {
        click(&mut harness, &format!("{who}: Impact {impact}"));
        click(&mut harness, &format!("{who}: Schaarste {scarcity}"));
        click(&mut harness, &format!("{who}: Omschakeling {switching}"));
    }
    let lot = harness.state().workshop().lot(id).cloned().expect("lot");
    assert_eq!(
        lot.scores,
        Scores::new(Level::Medium, Level::Medium, Level::Low)
    );
    let (low, high) = lot
        .round
        .risk_spread(&kraljic_workshop::model::Weights::EQUAL)
        .expect("spread");
    assert!(low < high);
    assert!(lot.round.to_discuss(), "impact 1 against 3");
    harness.get_by_label_contains("Bespreken: deelnemers verschillen");
    // The lot's own score buttons follow the participants and cannot be clicked.
    assert!(
        harness
            .get_by_label("Impact: 0 Geen")
            .accesskit_node()
            .is_disabled()
    );

    // Mean instead of median.
    harness.state_mut().apply_edit(
        kraljic_workshop::ui::Edit::Aggregation(kraljic_workshop::model::Aggregation::Mean),
        None,
    );
    harness.run();
    let lot = harness.state().workshop().lot(id).cloned().expect("lot");
    assert_eq!(
        lot.scores.get(Criterion::Scarcity),
        Some(Level::Medium),
        "(2+2+3)/3 = 2,3"
    );
}

#[test]
fn a_blind_round_shows_nothing_until_revealed() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = app(
        Some(with_participants(dir.path())),
        ScriptedDialogs::default(),
    );
    let id = harness.state().view.selected.expect("selected");
    let before = harness.state().workshop().lot(id).expect("lot").scores;
    click(&mut harness, "Blinde ronde");
    for who in ["Assen", "Tynaarlo", "Noordenveld"] {
        for criterion in ["Impact", "Schaarste", "Omschakeling"] {
            click(&mut harness, &format!("{who}: {criterion} 3"));
        }
    }
    assert_eq!(
        harness.state().workshop().lot(id).expect("lot").scores,
        before
    );
    let node = harness.get_by_label("Assen: Impact 3");
    assert_ne!(
        node.accesskit_node().is_selected(),
        Some(true),
        "the choice is not shown"
    );
    assert!(harness.query_by_label_contains("Bespreken").is_none());
    harness.get_by_label_contains("Assen \u{2713} ingevuld");

    click(&mut harness, "Onthullen");
    let lot = harness.state().workshop().lot(id).cloned().expect("lot");
    assert_eq!(
        lot.scores,
        Scores::new(Level::High, Level::High, Level::High)
    );
    assert!(!lot.round.blind);
}

#[test]
fn a_deleted_lot_s_id_is_never_given_again_and_a_copy_s_scores_never_reach_another_lot() {
    let dir = tempfile::tempdir().expect("dir");
    let mut original = nmd();
    original.identity = Some(WorkshopId("nmd".into()));
    original.participants = vec![Participant {
        id: ParticipantId(1),
        name: "Assen".into(),
    }];
    let open_path = dir.path().join("nmd.kraljic.ron");
    save_path(&original, &open_path).expect("save");
    let last = original
        .lots
        .iter()
        .max_by_key(|l| l.id.0)
        .expect("lots")
        .clone();
    // Assen's copy, made before the deletion: every lot scored, the last one included, and a
    // new lot of their own that got the id the workshop will give next.
    let mut copy = original.copy_for(ParticipantId(1)).expect("copy");
    let theirs = Lot::new(
        LotId(last.id.0 + 1),
        "Hun eigen nieuwe perceel",
        Decimal::ONE,
    );
    Edit::InsertLot(0, Box::new(theirs)).apply(&mut copy);
    let ids: Vec<LotId> = copy.lots.iter().map(|l| l.id).collect();
    for id in ids {
        for criterion in Criterion::ALL {
            let score = Edit::Score {
                lot: id,
                criterion,
                level: Some(Level::High),
            };
            score.apply(&mut copy);
        }
    }
    let copy_path = dir.path().join("assen.kraljic.ron");
    save_path(&copy, &copy_path).expect("copy");

    let mut harness = app(
        Some(open_path),
        ScriptedDialogs {
            open: vec![Some(copy_path)],
            ..ScriptedDialogs::default()
        },
    );
    let ctx = harness.ctx.clone();
    harness.state_mut().view.selected = Some(last.id);
    harness
        .state_mut()
        .run(&ctx, kraljic_workshop::ui::Command::DeleteLot);
    harness
        .state_mut()
        .run(&ctx, kraljic_workshop::ui::Command::AddLot);
    harness.run();
    let new_id = harness.state().view.selected.expect("the new lot");
    assert!(
        new_id.0 > last.id.0,
        "{new_id:?} reuses the deleted {:?}",
        last.id
    );

    // The deleted lot is reported; the copy's own new lot has the new lot's id but another
    // name: reported, not taken.
    harness
        .state_mut()
        .run(&ctx, kraljic_workshop::ui::Command::MergeCopy);
    harness.run();
    super::harness::wait_for_read(&mut harness);
    harness.get_by_label_contains(&format!("{} (id {})", last.name, last.id.0));
    harness.get_by_label_contains("Hun eigen nieuwe perceel");
    click(&mut harness, "Toepassen");
    let new_lot = harness
        .state()
        .workshop()
        .lot(new_id)
        .cloned()
        .expect("new lot");
    assert!(new_lot.round.is_empty(), "no scores for the new lot");
    let taken = harness
        .state()
        .workshop()
        .lots
        .iter()
        .filter(|l| !l.round.is_empty())
        .count();
    assert_eq!(
        taken,
        original.lots.len() - 1,
        "every other lot got Assen's scores"
    );

    // The id survives saving and opening again.
    let saved = dir.path().join("na.kraljic.ron");
    kraljic_workshop::format::save_path(harness.state().workshop(), &saved).expect("save");
    let mut reopened = load_path(&saved).expect("loads").workshop;
    let deleted_again = reopened.remove_lot(new_id).is_some();
    assert!(deleted_again);
    assert!(reopened.next_lot_id().0 > new_id.0);
}

#[test]
fn five_participants_score_a_lot_by_keyboard_and_give_the_median() {
    use egui::Key::{Escape, Num0, Num1, Num2, Num3, P};
    let dir = tempfile::tempdir().expect("dir");
    let names = ["Assen", "Tynaarlo", "Noordenveld", "Aa en Hunze", "Emmen"];
    let path = with_these_participants(dir.path(), &names);
    let mut harness = app(Some(path), ScriptedDialogs::default());
    let lot = harness.state().view.selected.expect("selected");
    // P puts the number keys on the first participant; each digit fills the next score.
    let digits = [
        Num1, Num2, Num3, // Assen
        Num2, Num2, Num2, // Tynaarlo
        Num3, Num1, Num0, // Noordenveld
        Num2, Num3, Num1, // Aa en Hunze
        Num0, Num2, Num2, // Emmen
    ];
    let mut keys = vec![P];
    keys.extend(digits);
    crate::harness::plain_keys_in_one_frame(&mut harness, &keys);
    let workshop = harness.state().workshop().clone();
    let scored = workshop.lot(lot).expect("lot");
    assert_eq!(scored.round.scores.len(), 5);
    let emmen = scored.round.scores[&ParticipantId(5)];
    assert_eq!(
        (emmen.impact, emmen.scarcity, emmen.switching),
        (Some(Level::None), Some(Level::Medium), Some(Level::Medium))
    );
    // The lot's own scores are the medians of the five.
    assert_eq!(
        (
            scored.scores.impact,
            scored.scores.scarcity,
            scored.scores.switching
        ),
        (
            Some(Level::Medium),
            Some(Level::Medium),
            Some(Level::Medium)
        )
    );
    // Each digit was one undo step; Esc leaves the grid (and then the digits score the lot).
    harness.key_press(Escape);
    harness.run();
    assert_eq!(harness.state().view.participant_mark, None);
}

#[test]
fn a_blind_round_typed_by_keyboard_shows_no_values_until_revealed() {
    use egui::Key::{Num1, Num2, Num3, P};
    let dir = tempfile::tempdir().expect("dir");
    let path = with_these_participants(dir.path(), &["Assen", "Tynaarlo"]);
    let mut harness = app(Some(path), ScriptedDialogs::default());
    let lot = harness.state().view.selected.expect("selected");
    harness.state_mut().apply_edit(Edit::Blind(lot, true), None);
    harness.run();
    crate::harness::plain_keys_in_one_frame(&mut harness, &[P, Num3, Num2, Num1]);
    let round = harness
        .state()
        .workshop()
        .lot(lot)
        .expect("lot")
        .round
        .clone();
    assert_eq!(round.scores.len(), 1, "Assen scored");
    // The grid says Assen is done, and no button shows what was chosen.
    harness.get_by_label_contains("Assen \u{2713}");
    assert!(harness.get_all_by_label("Assen: Impact 3").count() > 0);
    let chosen = harness
        .get_all_by_label("Assen: Impact 3")
        .filter(|n| n.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True))
        .count();
    assert_eq!(chosen, 0, "blind: no value shown");
}
