//! The Strategy tab: instruments, regime and procedure, term and value are filled in by mouse
//! and keyboard, each choice is one undo step, and a saved file opens with the same strategy.

use std::path::PathBuf;

use egui_kittest::kittest::Queryable;
use kraljic_workshop::model::strategy::{Access, Procedure, Regime};
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;

use super::harness::{NMD, app, ctrl, ctrl_shift, lot_id};

fn pick(
    harness: &mut egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>,
    combo: &str,
    option: &str,
) {
    let role = egui::accesskit::Role::ComboBox;
    harness.get_by_role_and_label(role, combo).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, combo).click();
    harness.run();
    harness.get_by_label(option).click();
    harness.run();
}

/// The strategy of lot `id` as the harness's workshop holds it.
fn strategy_of(
    harness: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>,
    id: kraljic_workshop::model::LotId,
) -> kraljic_workshop::model::strategy::Strategy {
    harness
        .state()
        .workshop()
        .lot(id)
        .expect("lot")
        .strategy
        .clone()
}

#[test]
fn the_strategy_tab_is_filled_in_undone_step_by_step_and_saved() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("strategie.kraljic.ron");
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            save: vec![Some(path.clone())],
            ..ScriptedDialogs::default()
        },
    );
    // The third lot by spend has no strategy yet in the example.
    let id = lot_id(harness.state().workshop(), "Ambulante begeleiding (Wmo)");
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert!(strategy_of(&harness, id).is_empty());
    harness.get_by_label("Strategie").click();
    harness.run();

    pick(
        &mut harness,
        "Toegang: Nu",
        "Gemeentelijke (lokale) toegang",
    );
    pick(&mut harness, "Toegang: Voorstel", "Aanbieders doen mee");
    // Another access is no change of course; another funding variant is.
    let course = "Koerswijziging: een andere uitvoeringsvariant";
    assert!(harness.query_by_label_contains(course).is_none());
    pick(
        &mut harness,
        "Bekostiging: Nu",
        "Outputgericht (resultaatgericht)",
    );
    pick(&mut harness, "Bekostiging: Voorstel", "Taakgericht");
    harness.get_by_label_contains(course);
    pick(
        &mut harness,
        "Regime",
        "Licht regime: sociale en andere specifieke diensten (SAS)",
    );
    pick(&mut harness, "Procedure", "Niet-openbaar");

    // The keyboard: a typed start date and years.
    harness.get_by_label("Ingangsdatum").scroll_to_me();
    harness.run();
    harness.get_by_label("Ingangsdatum").focus();
    harness.run();
    harness.get_by_label("Ingangsdatum").type_text("2026-01-01");
    harness.run();
    let term = "Looptijd zonder verlengingen (jaren)";
    for years in ["3", "4"] {
        harness.get_by_label(term).focus();
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness.run();
        harness.get_by_label(term).type_text(years);
        harness.key_press(egui::Key::Enter);
        harness.run();
    }
    let strategy = strategy_of(&harness, id);
    assert_eq!(strategy.access.current, Some(Access::MunicipalTeam));
    assert_eq!(strategy.access.proposed, Some(Access::ProvidersTakePart));
    assert_eq!(strategy.regime, Some(Regime::SocialServices));
    assert_eq!(strategy.procedure, Some(Procedure::Restricted));
    assert_eq!(
        strategy.term.start.map(|d| d.to_string()).as_deref(),
        Some("2026-01-01")
    );
    assert_eq!(strategy.term.initial_years, 4);
    // € 12.121.608 a year for four years, and the rule it triggers, in words.
    harness.get_by_label("Geraamde opdrachtwaarde: € 48.486.432");
    harness.get_by_label_contains("Op of boven de drempel van € 750.000");
    harness.get_by_label_contains("Einde met alle verlengingen: 31-12-2029");
    // A change of course without a pilot: a hint with its reason.
    harness.get_by_label_contains("Een andere uitvoeringsvariant van de bekostiging, zonder pilot");

    // One undo step per edit: undo takes back the last typed years, redo brings them back.
    harness.key_press(egui::Key::Escape);
    harness.run();
    ctrl(&mut harness, egui::Key::Z);
    let years = |h: &_| strategy_of(h, id).term.initial_years;
    assert_eq!(years(&harness), 3);
    ctrl_shift(&mut harness, egui::Key::Z);
    assert_eq!(years(&harness), 4);

    ctrl_shift(&mut harness, egui::Key::S);
    let reopened = app(Some(path.clone()), ScriptedDialogs::default());
    let again = strategy_of(&reopened, id);
    let saved = strategy_of(&harness, id);
    assert_eq!(again, saved);
    assert_eq!(again.term.initial_years, 4);
}

#[test]
fn the_hints_window_lists_each_lot_with_its_hints_and_leads_to_the_lot() {
    let mut harness = app(Some(PathBuf::from(NMD)), ScriptedDialogs::default());
    harness.get_by_label("Perceel").click();
    harness.run();
    harness.get_by_label_contains("Signalen strategie").click();
    harness.run();
    // Jeugdhulp+ is a bottleneck lot with one provider and no continuity clause.
    harness.get_by_label_contains("Een knelpuntperceel met één aanbieder");
    harness.get_by_label("Jeugdhulp+").click();
    harness.run();
    let id = lot_id(harness.state().workshop(), "Jeugdhulp+");
    assert_eq!(harness.state().view.selected, Some(id));
    assert_eq!(
        harness.state().view.tab,
        kraljic_workshop::ui::CardTab::Strategy
    );
    // A continuity clause takes the hint away.
    harness
        .get_by_label_contains("Met continuïteitsclausule")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_label_contains("Met continuïteitsclausule")
        .click();
    harness.run();
    assert!(strategy_of(&harness, id).continuity_clause);
    assert!(
        harness
            .query_by_label_contains("Een knelpuntperceel met één aanbieder")
            .is_none()
    );
}
