//! Kaders in the window: a lot's answer on the Strategy tab (one undo step), the edit window
//! (add and delete, each one undo step), taking kaders over from another file, and the overview.

use std::path::PathBuf;

use egui_kittest::kittest::Queryable;
use kraljic_workshop::model::kader::{KaderStatus, kader_status};
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;

use super::harness::{NMD, app, ctrl, lot_id};

fn menu(
    harness: &mut egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>,
    item: &str,
) {
    harness.get_by_label("Perceel").click();
    harness.run();
    harness.get_by_label_contains(item).click();
    harness.run();
}

#[test]
fn a_lot_answers_a_kader_on_the_strategy_tab_and_undo_takes_it_back() {
    let mut harness = app(Some(PathBuf::from(NMD)), ScriptedDialogs::default());
    let id = lot_id(harness.state().workshop(), "Huishoudelijke hulp");
    let kader = harness.state().workshop().kaders[0].id;
    harness.get_by_label("Strategie").click();
    harness.run();
    let field = "Hoe voldoet dit perceel eraan?";
    harness
        .get_all_by_label(field)
        .next()
        .expect("field")
        .scroll_to_me();
    harness.run();
    harness
        .get_all_by_label(field)
        .next()
        .expect("field")
        .focus();
    harness.run();
    harness
        .get_all_by_label(field)
        .next()
        .expect("field")
        .type_text("Keuzevrijheid voor de inwoner");
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    let status = |h: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>| {
        let lot = h.state().workshop().lot(id).expect("lot").clone();
        kader_status(&lot.kaders, kader)
    };
    assert_eq!(status(&harness), KaderStatus::Met);
    harness.get_by_label_contains("3/20 kaders beantwoord");
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(status(&harness), KaderStatus::Open, "one undo step");
}

#[test]
fn kaders_are_added_deleted_and_taken_over_in_their_window() {
    let dir = tempfile::tempdir().expect("dir");
    let other = dir.path().join("andere-regio.kraljic.ron");
    let mut region = kraljic_workshop::examples::default_workshop()
        .expect("example")
        .workshop;
    region.kaders.truncate(1);
    region.kaders[0].title = "Inkoop dicht bij huis".into();
    for lot in &mut region.lots {
        lot.kaders.clear();
    }
    std::fs::write(
        &other,
        kraljic_workshop::format::to_text(&region).expect("text"),
    )
    .expect("write");
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(other)],
            ..ScriptedDialogs::default()
        },
    );
    let count = |h: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>| {
        h.state().workshop().kaders.len()
    };
    assert_eq!(count(&harness), 20);
    menu(&mut harness, "Kaders…");
    harness.get_by_label("Kader toevoegen").click();
    harness.run();
    assert_eq!(count(&harness), 21);
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(count(&harness), 20, "adding is one undo step");
    // Deleting a kader takes the lots' answers to it along; undo brings both back.
    let before = harness.state().workshop().clone();
    harness
        .get_all_by_label("Verwijderen")
        .next()
        .expect("delete")
        .click();
    harness.run();
    assert_eq!(count(&harness), 19);
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(harness.state().workshop(), &before);
    // Taking over adds the other region's kader that this workshop does not have.
    harness
        .get_by_label("Kaders overnemen uit bestand…")
        .click();
    harness.run();
    for _ in 0..5 {
        harness.run();
    }
    assert_eq!(count(&harness), 21);
    harness.get_by_label_contains("1 kaders overgenomen uit andere-regio.kraljic.ron");
    harness.key_press(egui::Key::Escape);
    harness.run();
    // The overview shows every lot against every kader, with symbols.
    menu(&mut harness, "Kaders per perceel…");
    harness.get_by_label_contains("beantwoord \u{2022} n.v.t. niet van toepassing");
}

#[test]
fn the_overview_shows_all_twenty_kaders_beside_the_lots_on_a_laptop() {
    let mut harness = super::harness::app_at(NMD, egui::vec2(1366.0, 768.0), 1.0);
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run(&ctx, kraljic_workshop::ui::Command::KaderOverview);
    harness.run();
    let id = kraljic_workshop::ui::ToolWindow::KaderOverview.id();
    let window = ctx.memory(|m| m.area_rect(id)).expect("the window");
    assert_eq!(harness.state().workshop().kaders.len(), 20);
    for column in ["U1", "K14", "Beantwoord"] {
        let rect = harness.get_by_label(column).rect();
        assert!(
            window.contains_rect(rect),
            "{column} {rect:?} outside {window:?}"
        );
    }
}
