//! A province's worth of lots: the list only makes widgets for rows near the view, and the
//! plot's kept layout follows every change.

use egui_kittest::kittest::Queryable;
use kraljic_workshop::examples::generated;
use kraljic_workshop::format::save_path;
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;

use crate::harness::{app, list_order};

#[test]
fn a_long_list_makes_widgets_only_near_the_view_and_still_reaches_every_lot() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("provincie.kraljic.ron");
    save_path(&generated(600), &path).expect("save");
    let mut harness = app(Some(path), ScriptedDialogs::default());

    let all = list_order(&harness);
    assert_eq!(all.len(), 600);
    // Above the matrix only the first unscored lots are named, then how many more.
    let unscored = harness
        .state()
        .workshop()
        .lots
        .iter()
        .filter(|l| !l.is_scored())
        .count();
    assert!(unscored > 13, "{unscored}");
    harness.get_by_label_contains("meer in de lijst");
    let name = |harness: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>, id| {
        let lot = harness.state().workshop().lots.iter().find(|l| l.id == id);
        format!("{}, ", lot.expect("lot").name)
    };
    let first = name(&harness, all[0]);
    let last = name(&harness, all[599]);
    // At the top of the list, the first rows are there; the bottom is only space.
    harness.state_mut().view.selected = Some(all[0]);
    harness.state_mut().view.scroll_to_selected = true;
    harness.run();
    assert!(harness.query_by_label_contains(&first).is_some());
    assert!(harness.query_by_label_contains(&last).is_none());

    // Going to the last lot scrolls it into view as a real row, and the top goes.
    harness.state_mut().view.selected = Some(all[599]);
    harness.state_mut().view.scroll_to_selected = true;
    harness.run();
    let row = harness.get_by_label_contains(&last);
    let bounds = row.rect();
    assert!(bounds.max.y <= crate::harness::SIZE.y, "{bounds:?}");
    assert!(harness.query_by_label_contains(&first).is_none());

    // Up from there walks the list as usual.
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().view.selected, Some(all[598]));
    let before = name(&harness, all[598]);
    harness.get_by_label_contains(&before);
}

#[test]
fn the_kept_plot_layout_follows_a_score_change_and_a_resize() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("provincie.kraljic.ron");
    let workshop = generated(1000);
    // A scored lot whose impact can still go up.
    let lot = workshop
        .lots
        .iter()
        .find(|l| {
            l.scores
                .impact
                .is_some_and(|i| i != kraljic_workshop::model::Level::High)
                && l.scores.complete().is_some()
        })
        .expect("a lot to score")
        .id;
    save_path(&workshop, &path).expect("save");
    let mut harness = app(Some(path), ScriptedDialogs::default());
    harness.state_mut().view.selected = Some(lot);
    harness.run();
    let plotted = |harness: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>| {
        harness
            .state()
            .view
            .drawn
            .plotted
            .iter()
            .find(|p| p.id == lot)
            .cloned()
            .expect("plotted")
    };
    let before = plotted(&harness);
    harness.get_by_label("Impact: 3 Hoog").click();
    harness.run();
    let after = plotted(&harness);
    assert!(after.point[0] > before.point[0], "{before:?} -> {after:?}");
    assert!(after.screen.x > before.screen.x, "{before:?} -> {after:?}");

    // A narrower window moves every marker: nothing stays where the old layout had it.
    harness.set_size(egui::vec2(1200.0, 900.0));
    harness.run();
    let resized = plotted(&harness);
    assert_eq!(resized.point, after.point);
    assert_ne!(resized.screen, after.screen);
}

#[test]
fn a_large_workshop_settles_with_the_pointer_resting_on_a_marker() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("provincie.kraljic.ron");
    save_path(&generated(1000), &path).expect("save");
    let mut harness = app(Some(path), ScriptedDialogs::default());
    // The pointer comes to rest on a marker: its tooltip shows, then nothing more is asked.
    let marker = harness.state().view.drawn.plotted[40].clone();
    let spend = harness
        .state()
        .workshop()
        .lot(marker.id)
        .expect("lot")
        .spend;
    harness.hover_at(marker.screen);
    harness.run();
    harness.get_by_label(&kraljic_workshop::locale::number::format_euro(spend));
    harness.step();
    let delay = harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    assert_eq!(delay, std::time::Duration::MAX, "asked to be repainted");
}
