//! What the levels mean, where the team scores: on hover, under the buttons, in the window `?`
//! opens (in presentation too), in both languages; and the market figures with the suggested
//! scarcity level beside the scarcity buttons.

use std::path::PathBuf;

use egui_kittest::kittest::Queryable;
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;

use crate::harness::{app, ctrl_shift, lot_id, nmd};

#[test]
fn question_mark_shows_the_four_levels_of_the_criterion_in_both_languages() {
    let mut harness = nmd();
    harness.key_press(egui::Key::Questionmark);
    harness.run();
    harness.get_by_label("Impact: wat betekenen 0 tot 3?");
    // Huishoudelijke hulp is selected: impact 1, marked.
    harness.get_by_label("\u{2713} 1 Laag");
    harness.get_by_label_contains(
        "Een onderbreking brengt de veiligheid of gezondheid van inwoners direct in gevaar.",
    );
    harness.get_by_label_contains("Bijvoorbeeld: Een crisisplek voor een jeugdige");
    // The other language, from the workshop's own copy of the scale.
    ctrl_shift(&mut harness, egui::Key::L);
    harness.get_by_label("Impact: what do 0 to 3 mean?");
    harness.get_by_label_contains("A break puts residents' safety or health at risk at once.");
    // ? again closes it.
    harness.key_press(egui::Key::Questionmark);
    harness.run();
    assert!(
        harness
            .query_by_label("Impact: what do 0 to 3 mean?")
            .is_none()
    );
}

#[test]
fn in_presentation_question_mark_follows_the_criterion_being_scored() {
    let mut harness = nmd();
    harness.key_press(egui::Key::F5);
    harness.run();
    // S: the digits score scarcity.
    harness.key_press(egui::Key::S);
    harness.run();
    harness.key_press(egui::Key::Questionmark);
    harness.run();
    harness.get_by_label("Schaarste: wat betekenen 0 tot 3?");
    harness.get_by_label_contains("Eén of een handvol aanbieders");
    // Esc closes the window, not the presentation.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness
            .query_by_label("Schaarste: wat betekenen 0 tot 3?")
            .is_none()
    );
    assert!(harness.state().view.presenting);
}

#[test]
fn a_button_tells_its_level_on_hover_and_the_question_mark_by_a_name_opens_the_window() {
    let mut harness = nmd();
    harness.get_by_label("Schaarste: 3 Hoog").hover();
    harness.run();
    harness.get_by_label_contains("Eén of een handvol aanbieders");
    // The small "?" after a criterion's name: that criterion's four levels.
    harness
        .get_by_label("Uitleg van de niveaus van Omschakeling (?)")
        .click();
    harness.run();
    harness.get_by_label_contains("Overstappen kan snel en zonder gevolgen voor inwoners.");
    assert_eq!(
        harness.state().view.criterion,
        kraljic_workshop::model::Criterion::Switching
    );
}

#[test]
fn the_scarcity_buttons_show_the_market_figures_and_the_suggested_level() {
    let mut harness = app(
        Some(PathBuf::from("workshops/rivierenland-2019.kraljic.ron")),
        ScriptedDialogs::default(),
    );
    let id = lot_id(harness.state().workshop(), "Individuele begeleiding (Wmo)");
    harness.state_mut().view.selected = Some(id);
    harness.run();
    harness.get_by_label_contains("Ingeschreven aanbieders 130");
    harness.get_by_label_contains(
        "Suggestie uit de marktgegevens: Laag (130 aanbieders, de drie grootste doen 32,5%)",
    );
    // A hint only: nothing is scored.
    let lot = harness.state().workshop().lot(id).expect("lot").clone();
    assert_eq!(lot.scores.scarcity, None);
}

#[test]
fn snapshots_of_the_level_window_in_the_room_and_the_scarcity_evidence() {
    let mut results = egui_kittest::SnapshotResults::new();
    let mut harness = crate::harness::app_at(
        "workshops/rivierenland-2019.kraljic.ron",
        egui::vec2(1366.0, 768.0),
        1.0,
    );
    let id = lot_id(harness.state().workshop(), "Individuele begeleiding (Wmo)");
    harness.state_mut().view.selected = Some(id);
    harness.key_press(egui::Key::S);
    harness.run();
    harness.snapshot("levels_scarcity_evidence_1366x768");
    results.extend(harness.take_snapshot_results());
    let mut harness = crate::harness::app_at(crate::harness::NMD, egui::vec2(1280.0, 720.0), 1.0);
    harness.key_press(egui::Key::F5);
    harness.run();
    harness.key_press(egui::Key::Questionmark);
    harness.run();
    harness.snapshot("levels_window_presentation_1280x720");
    results.extend(harness.take_snapshot_results());
}
