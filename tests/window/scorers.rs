//! Several scorers in the real window: median and "to discuss", blind rounds, and merging
//! participants' own copies.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kraljic_workshop::format::{load_path, save_path};
use kraljic_workshop::model::{
    Criterion, Level, LotId, Participant, ParticipantId, Scores, Workshop,
};
use kraljic_workshop::ui::KraljicApp;
use kraljic_workshop::ui::dialogs::Modal;
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;

use crate::harness::{NMD, app, lot_id};

fn nmd() -> Workshop {
    load_path(Path::new(NMD)).expect("example").workshop
}

/// The NMD example with three participants, saved in `dir`.
fn with_participants(dir: &Path) -> PathBuf {
    let mut workshop = nmd();
    workshop.participants = ["Assen", "Tynaarlo", "Noordenveld"]
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
    let (low, high) = lot.round.risk_spread().expect("spread");
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
fn two_participants_copies_merge_into_one_workshop() {
    let dir = tempfile::tempdir().expect("dir");
    let original = nmd();
    let copy = |name: &str, level: Level| {
        let mut workshop = original.clone();
        for lot in &mut workshop.lots {
            lot.scores = Scores::new(level, level, level);
            lot.notes = format!("notitie van {name}");
        }
        let mut extra = workshop.lots[0].clone();
        extra.id = LotId(99);
        extra.name = "Alleen in de kopie".into();
        workshop.lots.push(extra);
        let path = dir.path().join(format!("{name}.kraljic.ron"));
        save_path(&workshop, &path).expect("save copy");
        path
    };
    let assen = copy("Assen", Level::Low);
    let tynaarlo = copy("Tynaarlo", Level::High);
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(assen), Some(tynaarlo)],
            ..ScriptedDialogs::default()
        },
    );
    for _ in 0..2 {
        harness.get_by_label("Bestand").click();
        harness.run();
        harness
            .get_by_label_contains("Scores van deelnemer inlezen")
            .click();
        harness.run();
        let Some(Modal::Message { text, .. }) = harness.state().modal().cloned() else {
            panic!("expected a report");
        };
        assert!(text.contains("Alleen in de kopie (id 99)"), "{text}");
        click(&mut harness, "OK");
    }
    let merged = harness.state().workshop().clone();
    let names: Vec<_> = merged
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Assen", "Tynaarlo"]);
    let first = lot_id(&merged, "Huishoudelijke hulp");
    let lot = merged.lot(first).expect("lot");
    assert_eq!(lot.round.scores.len(), 2);
    assert_eq!(
        lot.scores,
        Scores::new(Level::Medium, Level::Medium, Level::Medium)
    );
    assert!(
        merged.lot(LotId(99)).is_none(),
        "unmatched lots are not added"
    );
    // Nothing but the scores changed: notes, spend and names are the open workshop's.
    for (a, b) in merged.lots.iter().zip(&original.lots) {
        assert_eq!(
            (a.id, &a.name, a.spend, &a.notes),
            (b.id, &b.name, b.spend, &b.notes)
        );
    }
    // One undo takes the second copy back out.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().workshop().participants.len(), 1);
}

#[test]
fn a_deleted_lot_s_id_is_never_given_again_and_a_copy_s_scores_never_reach_another_lot() {
    let dir = tempfile::tempdir().expect("dir");
    let original = nmd();
    let last = original
        .lots
        .iter()
        .max_by_key(|l| l.id.0)
        .expect("lots")
        .clone();
    // A copy made before the deletion: every lot scored, the last one included.
    let mut old = original.clone();
    for lot in &mut old.lots {
        lot.scores = Scores::new(Level::High, Level::High, Level::High);
    }
    // And a second copy whose own new lot got the id the workshop will give next.
    let mut other = old.clone();
    let mut theirs = other.lots[0].clone();
    theirs.id = LotId(last.id.0 + 1);
    theirs.name = "Hun eigen nieuwe perceel".into();
    other.lots.push(theirs);
    let old_path = dir.path().join("assen.kraljic.ron");
    let other_path = dir.path().join("tynaarlo.kraljic.ron");
    save_path(&old, &old_path).expect("copy");
    save_path(&other, &other_path).expect("copy");

    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(old_path), Some(other_path)],
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

    // The old copy: its deleted lot is reported, the new lot gets nothing.
    harness
        .state_mut()
        .run(&ctx, kraljic_workshop::ui::Command::MergeCopy);
    harness.run();
    let new_lot = harness
        .state()
        .workshop()
        .lot(new_id)
        .cloned()
        .expect("new lot");
    assert!(new_lot.round.is_empty(), "no scores for the new lot");
    let Some(Modal::Message { text, .. }) = harness.state().modal().cloned() else {
        panic!("a report");
    };
    assert!(text.contains(&last.name), "{text}");
    harness.get_by_label("OK").click();
    harness.run();

    // The other copy: same id as the new lot but another name: reported, not taken.
    harness
        .state_mut()
        .run(&ctx, kraljic_workshop::ui::Command::MergeCopy);
    harness.run();
    let new_lot = harness
        .state()
        .workshop()
        .lot(new_id)
        .cloned()
        .expect("new lot");
    assert!(new_lot.round.is_empty(), "still no scores for the new lot");
    let Some(Modal::Message { text, .. }) = harness.state().modal().cloned() else {
        panic!("a report");
    };
    assert!(text.contains("Hun eigen nieuwe perceel"), "{text}");
    assert!(text.contains("andere naam"), "{text}");

    // The id survives saving and opening again.
    let saved = dir.path().join("na.kraljic.ron");
    kraljic_workshop::format::save_path(harness.state().workshop(), &saved).expect("save");
    let mut reopened = load_path(&saved).expect("loads").workshop;
    let deleted_again = reopened.remove_lot(new_id).is_some();
    assert!(deleted_again);
    assert!(reopened.next_lot_id().0 > new_id.0);
}
