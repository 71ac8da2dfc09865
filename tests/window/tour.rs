//! The tour for a first start: five steps, each outlining its part of the window with the
//! callout beside it, walked by mouse and by keys.

use egui_kittest::kittest::Queryable;
use kraljic_workshop::ui::CardTab;
use kraljic_workshop::ui::dialogs::tour::{STEPS, Spot};
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;

use super::harness::{NMD, app, app_at};

#[test]
fn the_welcome_card_starts_the_tour_and_each_step_stands_beside_its_part() {
    let mut harness = app(None, ScriptedDialogs::default());
    harness.state_mut().view.tab = CardTab::Strategy;
    harness.run();
    harness.get_by_label("Rondleiding (5 stappen)").click();
    harness.run();
    for (at, spot) in STEPS.iter().enumerate() {
        let counter = format!("Stap {} van 5", at + 1);
        let callout = harness.get_by_label(&counter).rect();
        let part = harness
            .state()
            .view
            .anchors
            .get(*spot)
            .unwrap_or_else(|| panic!("step {at}: {spot:?} drawn"));
        if *spot != Spot::Matrix {
            assert!(
                !callout.intersects(part),
                "step {at}: the callout {callout:?} covers {spot:?} {part:?}"
            );
        }
        match spot {
            Spot::Card => assert_eq!(harness.state().view.tab, CardTab::Scores, "scoring"),
            Spot::Tabs => assert_eq!(harness.state().view.tab, CardTab::Checklist, "tabs"),
            _ => {}
        }
        let next = if at + 1 == STEPS.len() {
            "Klaar".to_string()
        } else {
            "Volgende \u{2192}".to_string()
        };
        harness.get_by_label(&next).click();
        harness.run();
    }
    assert_eq!(harness.state().view.tour, None, "Klaar ends it");
    assert!(harness.query_by_label_contains("van 5").is_none());
}

#[test]
fn the_tour_walks_by_keys_from_the_help_menu_at_1366x768() {
    let mut harness = app_at(NMD, egui::vec2(1366.0, 768.0), 1.0);
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("Rondleiding (5 stappen)").click();
    harness.run();
    harness.get_by_label("Stap 1 van 5");
    let selected = harness.state().view.selected;
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    harness.get_by_label("Stap 2 van 5");
    // A presenter's remote walks it too, and the lot list does not move with it.
    harness.key_press(egui::Key::PageDown);
    harness.run();
    harness.get_by_label("Stap 3 van 5");
    assert_eq!(harness.state().view.selected, selected);
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    harness.get_by_label("Stap 2 van 5");
    harness.get_by_label_contains("N kiest het volgende perceel");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().view.tour, None);
    assert!(harness.query_by_label_contains("van 5").is_none());
}
