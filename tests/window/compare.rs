//! Before and after: an earlier round opened beside the current one.

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use kraljic_workshop::format::{load_path, save_path};
use kraljic_workshop::model::{Level, LotId, Scores};
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;

use crate::harness::{NMD, app};

#[test]
fn a_baseline_draws_arrows_for_matched_lots_and_a_manual_match_adds_one() {
    let dir = tempfile::tempdir().expect("dir");
    let mut earlier = load_path(Path::new(NMD)).expect("example").workshop;
    for lot in earlier.lots.iter_mut().take(3) {
        lot.scores = Scores::new(Level::High, Level::High, Level::High);
    }
    earlier.lots[2].name = "Ambulante begeleiding Wmo (oud)".into();
    let path = dir.path().join("ronde-2021.kraljic.ron");
    save_path(&earlier, &path).expect("save");

    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(path)],
            ..ScriptedDialogs::default()
        },
    );
    let before = harness.state().workshop().clone();
    harness.get_by_label("Bestand").click();
    harness.run();
    harness
        .get_by_label_contains("Vergelijken met vorige ronde")
        .click();
    harness.run();
    super::harness::wait_for_read(&mut harness);
    let arrows = harness.state().view.drawn.arrows.clone();
    assert!(
        arrows.contains(&LotId(1)) && arrows.contains(&LotId(2)),
        "{arrows:?}"
    );
    assert!(
        !arrows.contains(&LotId(3)),
        "renamed, so not matched by name"
    );
    harness.get_by_label_contains("Vorige ronde (ronde-2021.kraljic.ron)");
    harness.get_by_label_contains("Kwadrant: Strategisch \u{2192} Hefboom");

    // Match the renamed lot by hand.
    harness.get_by_label("? Overig: Time-out"); // the list of unscored lots is there too
    harness.state_mut().view.selected = Some(LotId(3));
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Komt overeen met")
        .click();
    harness.run();
    harness
        .get_by_label("Ambulante begeleiding Wmo (oud)")
        .click();
    harness.run();
    assert!(harness.state().view.drawn.arrows.contains(&LotId(3)));
    assert_eq!(
        harness.state().workshop(),
        &before,
        "comparing changes nothing"
    );

    harness.get_by_label("Bestand").click();
    harness.run();
    harness.get_by_label_contains("Vergelijken stoppen").click();
    harness.run();
    assert!(harness.state().view.drawn.arrows.is_empty());
}

#[test]
fn an_earlier_round_without_scores_says_why_nothing_is_drawn() {
    let dir = tempfile::tempdir().expect("dir");
    let mut earlier = load_path(Path::new(NMD)).expect("example").workshop;
    for lot in &mut earlier.lots {
        lot.scores = Scores::default();
    }
    let path = dir.path().join("zonder-scores.kraljic.ron");
    save_path(&earlier, &path).expect("save");
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(path)],
            ..ScriptedDialogs::default()
        },
    );
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run(&ctx, kraljic_workshop::ui::Command::CompareWith);
    harness.run();
    super::harness::wait_for_read(&mut harness);
    harness.get_by_label_contains("geen gescoorde percelen");
    assert!(harness.state().view.drawn.arrows.is_empty());
}
