//! Weights per criterion: typed in the settings, one undo step; the matrix's axis and the card
//! say the risk is a weighted mean, and equal weights change nothing.

use std::path::PathBuf;

use egui_kittest::kittest::Queryable;
use kraljic_workshop::model::{Quadrant, Weights};
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;
use rust_decimal::dec;

use crate::harness::{NMD, app, ctrl, lot_id, replace_text};

#[test]
fn a_weight_typed_in_the_settings_weighs_the_risk_and_the_matrix_says_so() {
    let mut harness = app(Some(PathBuf::from(NMD)), ScriptedDialogs::default());
    let before = harness.state().workshop().clone();
    let hulp = lot_id(&before, "Huishoudelijke hulp");
    ctrl(&mut harness, egui::Key::Comma);
    let field = "Gewicht van schaarste";
    replace_text(&mut harness, field, "3");
    let weights = harness.state().workshop().settings.weights;
    assert_eq!(weights, Weights([dec!(1), dec!(3), dec!(1)]));
    // Huishoudelijke hulp (1, 2, 1): (1 + 6 + 1) / 5 = 1,6, strategic now.
    let ranked = harness
        .state()
        .document()
        .portfolio()
        .get(hulp)
        .cloned()
        .expect("ranked");
    assert_eq!(ranked.risk.map(|r| r.mean), Some(dec!(1.6)));
    assert_eq!(ranked.quadrant, Some(Quadrant::Strategic));
    harness.key_press(egui::Key::Escape);
    harness.run();
    let title = (harness.state().view.drawn.matrix.as_ref())
        .map(|g| g.risk_title.text.clone())
        .unwrap_or_default();
    assert!(title.starts_with("Toeleveringsrisico (gewogen"), "{title}");
    harness.get_by_label_contains("gewogen gemiddelde: impact 1 · schaarste 3 · omschakeling 1");
    // Typing in the field is one step back.
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(harness.state().workshop(), &before);
    assert!(
        harness
            .query_by_label_contains("gewogen gemiddelde")
            .is_none()
    );
}

#[test]
fn the_margin_around_the_value_split_is_a_setting_too() {
    let mut harness = app(Some(PathBuf::from(NMD)), ScriptedDialogs::default());
    let near = |h: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>| {
        h.state().document().sensitivity().near_split.len()
    };
    let before = near(&harness);
    ctrl(&mut harness, egui::Key::Comma);
    let field = "Dicht bij de waardegrens: binnen (procentpunt)";
    replace_text(&mut harness, field, "30");
    assert_eq!(
        harness.state().workshop().settings.split_margin_pct,
        dec!(30)
    );
    assert!(near(&harness) > before, "{before} -> {}", near(&harness));
    // Out of range: not taken, and said.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(field).type_text("80");
    harness.run();
    assert_eq!(
        harness.state().workshop().settings.split_margin_pct,
        dec!(30)
    );
}
