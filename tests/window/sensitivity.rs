//! Sensitivity: the lots one score step or a few points from another quadrant, the share of
//! spend per risk class, and a what-if for the thresholds that changes nothing until applied.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use kraljic_workshop::model::{Quadrant, Settings};
use rust_decimal::dec;

use crate::harness::{ctrl, lot_id, nmd};

type App = egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>;

/// Moves the slider labelled `label` to `value`, as a screen reader (or a test) asks it to.
fn set_slider(harness: &mut App, label: &str, value: f64) {
    harness
        .query_all_by_label(label)
        .find(|n| n.accesskit_node().role() == Role::Slider)
        .expect("the slider")
        .set_value_accesskit(value);
    harness.run();
}

#[test]
fn the_status_line_shows_the_share_of_spend_with_a_low_risk() {
    let harness = nmd();
    // Seed 003 writes 53 %; its own rows give 51,6 %.
    harness.get_by_label_contains("geen of laag");
    assert!(
        harness.query_by_label_contains("51,6%").is_some(),
        "the computed share"
    );
}

#[test]
fn ctrl_g_lists_the_lots_one_step_from_another_quadrant() {
    let mut harness = nmd();
    ctrl(&mut harness, egui::Key::G);
    harness.get_by_label_contains("Eén scorestap van een ander kwadrant");
    // Huishoudelijke hulp (1, 2, 1): strategic with one step up on any criterion.
    harness.get_by_label_contains(
        "Huishoudelijke hulp: Hefboom → Strategisch met één stap: impact 1 → 2 of schaarste 2 → 3 of omschakeling 1 → 2",
    );
    harness.get_by_label_contains("Uitgaven per risicoklasse");
    assert!(harness.state().view.borderline, "the ring on the matrix");
}

#[test]
fn the_what_if_changes_nothing_until_applied_and_then_is_one_undo_step() {
    let mut harness = nmd();
    ctrl(&mut harness, egui::Key::G);
    let before = harness.state().workshop().clone();
    let hulp = lot_id(&before, "Huishoudelijke hulp");
    let quadrant = |h: &App| {
        h.state()
            .document()
            .portfolio()
            .get(hulp)
            .and_then(|r| r.quadrant)
    };
    assert_eq!(quadrant(&harness), Some(Quadrant::Leverage));
    set_slider(&mut harness, "Risicogrens (gemiddelde score)", 1.3);
    // Previewed: counted in the window, nothing changed.
    harness.get_by_label_contains("percelen wisselen van kwadrant");
    harness.get_by_label("Huishoudelijke hulp: Hefboom → Strategisch");
    assert_eq!(harness.state().workshop(), &before);
    assert_eq!(quadrant(&harness), Some(Quadrant::Leverage));
    harness.get_by_label("Toepassen").click();
    harness.run();
    assert_eq!(
        harness.state().workshop().settings.risk_threshold,
        dec!(1.3)
    );
    assert_eq!(quadrant(&harness), Some(Quadrant::Strategic));
    harness.get_by_label_contains("Nieuwe grenzen toegepast");
    // One step back.
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(
        harness.state().workshop().settings.risk_threshold,
        Settings::DEFAULT_RISK_THRESHOLD
    );
    assert_eq!(harness.state().workshop(), &before);
}

#[test]
fn closing_the_window_ends_the_preview() {
    let mut harness = nmd();
    ctrl(&mut harness, egui::Key::G);
    set_slider(
        &mut harness,
        "Waardegrens (aandeel van de uitgaven, %)",
        60.0,
    );
    assert!(harness.state().view.what_if.is_some());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.state().view.what_if.is_none(),
        "no preview after closing"
    );
}

#[test]
fn snapshots_of_the_borderline_lots_and_a_what_if() {
    let mut harness = crate::harness::app_at(crate::harness::NMD, egui::vec2(1366.0, 768.0), 1.0);
    ctrl(&mut harness, egui::Key::G);
    set_slider(&mut harness, "Risicogrens (gemiddelde score)", 1.3);
    harness.snapshot("sensitivity_what_if_1366x768");
    // The room: the window closed, the rings stay.
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.key_press(egui::Key::F5);
    harness.run();
    harness.snapshot("sensitivity_rings_presentation_1366x768");
    // The window in the room, at a projector's 1280x720.
    let mut results = egui_kittest::SnapshotResults::new();
    results.extend(harness.take_snapshot_results());
    let mut room = crate::harness::app_at(crate::harness::NMD, egui::vec2(1280.0, 720.0), 1.0);
    room.key_press(egui::Key::F5);
    room.run();
    ctrl(&mut room, egui::Key::G);
    set_slider(&mut room, "Risicogrens (gemiddelde score)", 1.3);
    room.snapshot("sensitivity_what_if_presentation_1280x720");
    results.extend(room.take_snapshot_results());
}

#[test]
fn the_sliders_take_the_arrow_keys_while_they_have_the_focus() {
    let mut harness = nmd();
    ctrl(&mut harness, egui::Key::G);
    let selected = harness.state().view.selected;
    harness
        .query_all_by_label("Risicogrens (gemiddelde score)")
        .find(|n| n.accesskit_node().role() == Role::Slider)
        .expect("the slider")
        .focus();
    harness.run();
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    let draft = harness.state().view.what_if.as_ref().expect("a draft");
    assert_eq!(draft.values()[0], dec!(1.3));
    // The arrows did not walk the lots.
    assert_eq!(harness.state().view.selected, selected);
}

#[test]
fn a_threshold_the_sliders_cannot_show_is_not_tried_until_a_slider_moves() {
    let mut harness = nmd();
    harness.state_mut().apply_edit(
        kraljic_workshop::model::Edit::RiskThreshold(dec!(1.25)),
        None,
    );
    harness.run();
    ctrl(&mut harness, egui::Key::G);
    let draft = harness.state().view.what_if.as_ref().expect("a draft");
    assert_eq!(draft.values()[0], dec!(1.25));
    harness.get_by_label("Geen perceel wisselt van kwadrant.");
    assert!(
        harness
            .get_by_label("Toepassen")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn a_screen_reader_hears_which_lots_are_close_to_another_quadrant() {
    let harness = nmd();
    let figure = harness.get_by_role_and_label(Role::Figure, "Kraljic-matrix");
    let list = figure
        .accesskit_node()
        .children()
        .find(|c| c.role() == Role::List)
        .expect("the figure's list of lots");
    let said: Vec<String> = list.children().filter_map(|c| c.label()).collect();
    let of = |name: &str| {
        said.iter()
            .find(|s| s.starts_with(&format!("{name}:")))
            .cloned()
            .unwrap_or_default()
    };
    assert!(
        of("Huishoudelijke hulp").ends_with("; dicht bij een ander kwadrant"),
        "{said:#?}"
    );
    assert!(!of("Vaktherapie").contains("dicht bij"), "{said:#?}");
}
