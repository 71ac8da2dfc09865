//! The real app driven through egui_kittest, with the accessibility check on: scoring, the plot,
//! the lot list and card, undo and redo, keyboard scoring and presentation mode. Files are in
//! `files.rs`, several scorers in `scorers.rs`, image snapshots in `snapshots.rs`.

mod access;
mod calendar;
mod checklist;
mod chooser;
mod clipboard;
#[path = "../common/mod.rs"]
mod common;
mod compare;
mod copies;
mod exchange;
mod files;
mod harness;
mod kaders;
mod keys;
mod large;
mod levels;
mod names;
mod phone;
mod reading;
mod record;
mod recovery;
mod report;
mod safety;
mod scorers;
mod screens;
mod sensitivity;
mod snapshots;
mod strategy;
mod tour;
mod weights;

use egui_kittest::kittest::{NodeT, Queryable};
use harness::{ctrl, ctrl_shift, list_order, lot_id, nmd};
use kraljic_workshop::model::{Level, Quadrant};

#[test]
fn scoring_a_lot_changes_its_risk_class_quadrant_and_place_on_the_plot() {
    let mut harness = nmd();
    let id = lot_id(harness.state().workshop(), "Huishoudelijke hulp");
    assert_eq!(
        harness.state().view.selected,
        Some(id),
        "the largest lot is selected first"
    );
    let before = harness
        .state()
        .document()
        .portfolio()
        .get(id)
        .cloned()
        .expect("ranked");
    assert_eq!(before.quadrant, Some(Quadrant::Leverage));
    let plotted_before = harness
        .state()
        .view
        .drawn
        .plotted
        .iter()
        .find(|p| p.id == id)
        .cloned()
        .expect("plotted");

    harness.get_by_label("Impact: 3 Hoog").click();
    harness.run();

    let after = harness
        .state()
        .document()
        .portfolio()
        .get(id)
        .cloned()
        .expect("ranked");
    let risk = after.risk.expect("scored");
    assert_eq!(risk.mean, rust_decimal::Decimal::from(2));
    assert_eq!(risk.class, Level::Medium);
    assert_eq!(after.quadrant, Some(Quadrant::Strategic));
    let plotted = harness
        .state()
        .view
        .drawn
        .plotted
        .iter()
        .find(|p| p.id == id)
        .cloned()
        .expect("plotted");
    assert!((plotted.point[0] - 2.0).abs() < 1e-9, "{plotted:?}");
    assert!((plotted_before.point[0] - 4.0 / 3.0).abs() < 1e-9);
    assert!(
        plotted.screen.x > plotted_before.screen.x + 50.0,
        "the point moved right"
    );
    assert_eq!(
        plotted.point[1], plotted_before.point[1],
        "spend did not change"
    );
    harness.get_by_label_contains("Kwadrant: Strategisch");

    // Clearing a score takes the lot off the plot and lists it beside it.
    harness.get_by_label("Impact: Wissen").click();
    harness.run();
    assert!(
        harness
            .state()
            .view
            .drawn
            .plotted
            .iter()
            .all(|p| p.id != id)
    );
    harness.get_by_label("? Huishoudelijke hulp");
    assert!(harness.state().document().is_dirty());
    assert!(harness.state().window_title().contains("Niet opgeslagen"));
}

#[test]
fn clicking_a_point_or_an_unscored_lot_selects_it() {
    let mut harness = nmd();
    let target = harness
        .state()
        .view
        .drawn
        .plotted
        .iter()
        .find(|p| {
            harness
                .state()
                .workshop()
                .lot(p.id)
                .is_some_and(|l| l.name == "Beschermd wonen")
        })
        .cloned()
        .expect("plotted");
    harness.hover_at(target.screen);
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos: target.screen,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: target.screen,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
    assert_eq!(harness.state().view.selected, Some(target.id));

    harness.get_by_label("? Overig: Time-out").click();
    harness.run();
    let id = lot_id(harness.state().workshop(), "Overig: Time-out");
    assert_eq!(harness.state().view.selected, Some(id));
    harness.get_by_label_contains("Scoor alle drie");
}

#[test]
fn lots_can_be_added_renamed_duplicated_and_deleted() {
    let mut harness = nmd();
    let count = harness.state().workshop().lots.len();
    harness.get_by_label("Nieuw perceel").click();
    harness.run();
    assert_eq!(harness.state().workshop().lots.len(), count + 1);
    let new_id = harness
        .state()
        .view
        .selected
        .expect("the new lot is selected");
    harness.get_by_label("Naam").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label("Naam").type_text("Jeugdbescherming");
    harness.run();
    assert_eq!(
        harness.state().workshop().lot(new_id).expect("lot").name,
        "Jeugdbescherming"
    );

    harness.get_by_label("Perceel dupliceren").click();
    harness.run();
    assert_eq!(harness.state().workshop().lots.len(), count + 2);
    assert!(
        harness
            .state()
            .workshop()
            .lots
            .iter()
            .any(|l| l.name == "Jeugdbescherming (kopie)")
    );

    harness.get_by_label("Perceel verwijderen").click();
    harness.run();
    assert_eq!(harness.state().workshop().lots.len(), count + 1);
    assert!(
        harness
            .state()
            .workshop()
            .lots
            .iter()
            .all(|l| l.name != "Jeugdbescherming (kopie)")
    );
}

#[test]
fn an_invalid_amount_is_shown_and_never_stored() {
    let mut harness = nmd();
    let id = harness.state().view.selected.expect("selected");
    let spend = harness.state().workshop().lot(id).expect("lot").spend;
    harness.get_by_label("Uitgaven per jaar (€)").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Uitgaven per jaar (€)")
        .type_text("12,3,4");
    harness.run();
    harness.get_by_label_contains("geen geldig bedrag");
    assert_eq!(
        harness.state().workshop().lot(id).expect("lot").spend,
        spend
    );

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Uitgaven per jaar (€)")
        .type_text("17.163.920,50");
    harness.run();
    assert_eq!(
        harness
            .state()
            .workshop()
            .lot(id)
            .expect("lot")
            .spend
            .to_string(),
        "17163920.50"
    );
}

#[test]
fn the_language_switches_at_runtime_and_menus_follow() {
    let mut harness = nmd();
    harness.get_by_label("Bestand");
    ctrl_shift(&mut harness, egui::Key::L);
    harness.get_by_label("File");
    harness.get_by_label("Impact: 1 Low");
    harness.get_by_label_contains("Quadrant: Leverage");
}

#[test]
fn the_shortcut_help_lists_what_the_menus_show() {
    let mut harness = nmd();
    harness.key_press(egui::Key::F1);
    harness.run();
    assert!(
        harness.query_all_by_label("Sneltoetsen").count() >= 2,
        "window title and F1 row"
    );
    for label in [
        "Opslaan als…",
        "Ongedaan maken",
        "Perceel dupliceren",
        "Open vragen…",
    ] {
        assert!(harness.query_all_by_label(label).count() >= 1, "{label}");
    }
}

#[test]
fn the_open_questions_view_leads_to_the_lot() {
    let mut harness = nmd();
    ctrl_shift(&mut harness, egui::Key::O);
    let target = lot_id(harness.state().workshop(), "Beschermd wonen");
    harness
        .get_by_label("Ga naar perceel: Beschermd wonen")
        .click();
    harness.run();
    assert_eq!(harness.state().view.selected, Some(target));
    assert_eq!(
        harness.state().view.tab,
        kraljic_workshop::ui::CardTab::Checklist
    );
}

#[test]
fn workshop_settings_change_the_thresholds_and_refuse_nonsense() {
    let mut harness = nmd();
    ctrl(&mut harness, egui::Key::Comma);
    let high_before = harness
        .state()
        .document()
        .portfolio()
        .ranked
        .iter()
        .filter(|r| r.value_class == kraljic_workshop::model::ValueClass::High)
        .count();
    harness.get_by_label("Waardegrens (%)").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Waardegrens (%)").type_text("150");
    harness.run();
    harness.get_by_label_contains("Buiten het toegestane bereik");
    assert_eq!(
        harness.state().workshop().settings.value_threshold_pct,
        rust_decimal::Decimal::from(80)
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Waardegrens (%)").type_text("50");
    harness.run();
    assert_eq!(
        harness.state().workshop().settings.value_threshold_pct,
        rust_decimal::Decimal::from(50)
    );
    let high_after = harness
        .state()
        .document()
        .portfolio()
        .ranked
        .iter()
        .filter(|r| r.value_class == kraljic_workshop::model::ValueClass::High)
        .count();
    assert!(high_after < high_before, "{high_after} < {high_before}");
}

#[test]
fn the_list_filters_sorts_and_searches() {
    let mut harness = nmd();
    assert_eq!(list_order(&harness).len(), 29);
    harness.get_by_label("Zoek een perceel").focus();
    harness.run();
    harness
        .get_by_label("Zoek een perceel")
        .type_text("begeleiding");
    harness.run();
    let found = list_order(&harness);
    assert!(found.len() >= 3 && found.len() < 29, "{}", found.len());
    harness.get_by_label_contains("Percelen (");

    harness.state_mut().view.list.clear_filters();
    harness.state_mut().view.list.quadrant =
        kraljic_workshop::ui::lot_list::QuadrantFilter::Unscored;
    harness.run();
    assert_eq!(list_order(&harness).len(), 4);
    harness.get_by_label_contains("Percelen (4 van 29)");

    // Down and Up walk the visible list when no text field has the keyboard.
    harness.key_press(egui::Key::Escape);
    harness.state_mut().view.list.clear_filters();
    harness.run();
    let all = list_order(&harness);
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().view.selected, Some(all[1]));
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().view.selected, Some(all[0]));
}

#[test]
fn undo_is_disabled_until_there_is_something_to_undo() {
    let mut harness = nmd();
    harness.get_by_label("Bewerken").click();
    harness.run();
    assert!(
        harness
            .get_by_label_contains("Ongedaan maken")
            .accesskit_node()
            .is_disabled()
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.get_by_label("Impact: 2 Middel").click();
    harness.run();
    harness.get_by_label("Bewerken").click();
    harness.run();
    assert!(
        !harness
            .get_by_label_contains("Ongedaan maken")
            .accesskit_node()
            .is_disabled()
    );
    harness.get_by_label_contains("Ongedaan maken").click();
    harness.run();
    assert!(!harness.state().document().is_dirty());
}

/// A score clicked on the card moves the number keys on, as a digit does: a digit pressed
/// after the click scores the next criterion, never the one just clicked.
#[test]
fn a_digit_after_a_clicked_score_scores_the_next_criterion() {
    let mut harness = nmd();
    harness.key_press(egui::Key::N); // the first unscored lot: nothing scored yet
    harness.run();
    harness.key_press(egui::Key::Num2); // impact; the keys go on to scarcity
    harness.run();
    harness.get_by_label("Schaarste: 3 Hoog").click();
    harness.run();
    harness.key_press(egui::Key::Num1);
    harness.run();
    let id = harness.state().view.selected.expect("selected");
    let lot = harness.state().workshop().lot(id).cloned().expect("lot");
    assert_eq!(
        lot.scores.levels(),
        [Some(Level::Medium), Some(Level::High), Some(Level::Low)]
    );
}

#[test]
fn a_lot_is_scored_with_four_key_presses() {
    let mut harness = nmd();
    for key in [
        egui::Key::N,
        egui::Key::Num2,
        egui::Key::Num1,
        egui::Key::Num3,
    ] {
        harness.key_press(key);
        harness.run();
    }
    let id = harness.state().view.selected.expect("selected");
    let lot = harness.state().workshop().lot(id).cloned().expect("lot");
    assert_eq!(
        lot.name, "Landelijk transitiearrangement (J)",
        "the first unscored lot by spend"
    );
    assert_eq!(
        lot.scores.levels(),
        [Some(Level::Medium), Some(Level::Low), Some(Level::High)]
    );
    assert!(
        harness
            .state()
            .view
            .drawn
            .plotted
            .iter()
            .any(|p| p.id == id),
        "now on the plot"
    );

    // S picks scarcity; the digit changes only that, and the mark goes on to switching. Tab
    // has one job, moving the focus: it leaves the mark where it is.
    harness.key_press(egui::Key::S);
    harness.key_press(egui::Key::Num0);
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert_eq!(
        harness.state().view.criterion,
        kraljic_workshop::model::Criterion::Switching
    );
    harness.key_press(egui::Key::W);
    harness.key_press(egui::Key::Num2);
    harness.run();
    let lot = harness.state().workshop().lot(id).cloned().expect("lot");
    assert_eq!(
        lot.scores.get(kraljic_workshop::model::Criterion::Scarcity),
        Some(Level::None)
    );
    assert_eq!(
        lot.scores.get(kraljic_workshop::model::Criterion::Impact),
        Some(Level::Medium)
    );
    assert_eq!(
        harness.state().view.criterion,
        kraljic_workshop::model::Criterion::Impact
    );
}

#[test]
fn presentation_mode_shows_only_plot_and_card_in_large_type() {
    let mut harness = nmd();
    let body = |harness: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>| {
        harness.ctx.global_style().text_styles[&egui::TextStyle::Body].size
    };
    assert!(body(&harness) < 32.0);
    harness.key_press(egui::Key::F5);
    harness.run();
    assert!(harness.state().view.presenting);
    // 32 px at 1080 points high, scaled with the window's height (1000 here).
    assert!(body(&harness) >= 30.0, "body text {} px", body(&harness));
    assert!(harness.query_by_label("Bestand").is_none(), "no menu bar");
    assert!(
        harness.query_by_label_contains("Percelen (").is_none(),
        "no lot list"
    );
    harness.get_by_label("Impact: 3 Hoog");
    harness.get_by_label_contains("Kwadrant: Hefboom");

    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().view.presenting);
    assert!(body(&harness) < 32.0);
    harness.get_by_label("Bestand");
}

#[test]
fn hidden_amounts_show_abc_bands_instead_of_euros() {
    let mut harness = nmd();
    assert!(harness.query_all_by_label_contains("99.320.035").count() > 0);
    ctrl_shift(&mut harness, egui::Key::H);
    assert_eq!(harness.query_all_by_label_contains("17.163.920").count(), 0);
    assert_eq!(harness.query_all_by_label_contains("99.320.035").count(), 0);
    harness.get_by_label_contains("klasse A (bedragen verborgen)");
}

/// Laptops run on battery through long meetings: once the window has settled, nothing may ask
/// for another frame, not even the plot or a hover.
#[test]
fn the_settled_window_requests_no_repaint() {
    let mut harness = nmd();
    harness.run();
    harness.step();
    let output = harness.output();
    let root = output
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .expect("root viewport");
    assert_eq!(
        root.repaint_delay,
        std::time::Duration::MAX,
        "the idle window asked to be repainted"
    );

    // The check does see a repaint request: a running time box ticks once a second.
    harness
        .state_mut()
        .apply_edit(kraljic_workshop::ui::Edit::TimeBox(Some(5)), None);
    harness.run();
    harness.get_by_label("Tijd starten (5 min)").click();
    harness.step();
    harness.step();
    let delay = harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    assert!(delay <= std::time::Duration::from_secs(1), "{delay:?}");
}

/// The first frame of a start is painted as it is built: nothing on the opening screen makes egui
/// build it twice and throw the first away (as a new `Grid` does), which cost the start about
/// 8 ms (`docs/measurements.md`). Checked on a file and on a start without one.
#[test]
fn no_pass_of_the_opening_screen_is_thrown_away() {
    for harness in [nmd(), harness::app_without_system_dialog(None)] {
        let ctx = harness.ctx.clone();
        assert_eq!(ctx.cumulative_pass_nr(), ctx.cumulative_frame_nr());
    }
}

/// The app sets its theme and text sizes when it is made, so its first frame is built in them:
/// set during that frame they took effect only in the next, which laid out and rasterised every
/// letter a second time (about 10 ms of the start; the first frame had egui's own theme).
#[test]
fn the_first_frame_is_built_in_the_apps_own_style() {
    let ctx = egui::Context::default();
    let cc = eframe::CreationContext::_new_kittest(ctx.clone());
    let mut app = kraljic_workshop::ui::KraljicApp::new(
        &cc,
        kraljic_workshop::ui::StartOptions {
            file: None,
            reopen_last: false,
            dialogs: Box::new(kraljic_workshop::ui::file_dialog::NoSystemDialog),
            recovery_dir: None,
            on_first_frame: None,
            clipboard: Box::new(kraljic_workshop::ui::clipboard::MemoryClipboard::default()),
        },
    );
    let before = (ctx.theme(), ctx.global_style());
    let mut frame = eframe::Frame::_new_kittest();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1366.0, 768.0));
    for _ in 0..3 {
        let input = egui::RawInput {
            screen_rect: Some(screen),
            ..egui::RawInput::default()
        };
        let mut output = ctx.run_ui(input, |ui| eframe::App::ui(&mut app, ui, &mut frame));
        output.textures_delta.clear();
    }
    assert_eq!(before.0, ctx.theme());
    assert!(
        *before.1 == *ctx.global_style(),
        "the style changed after the first frame"
    );
}

#[test]
fn help_opens_the_dutch_guide_in_the_window() {
    let mut harness = nmd();
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("Handleiding").click();
    harness.run();
    harness.get_by_label_contains("Handleiding Kraljic Workshop");
    // In the contents and as a heading.
    assert!(
        harness
            .query_all_by_label_contains("Stap 4: scoren")
            .count()
            >= 2
    );
}

#[test]
fn file_new_starts_from_a_regions_template_or_empty() {
    let mut harness = nmd();
    ctrl(&mut harness, egui::Key::N);
    harness.get_by_label_contains("Hoe wilt u beginnen?");
    harness.get_by_label("Rivierenland 2019").click();
    harness.run();
    harness.get_by_label("Beginnen").click();
    harness.run();
    let workshop = harness.state().workshop().clone();
    assert!(workshop.lots.is_empty());
    assert_eq!(workshop.municipalities.len(), 6);
    assert_eq!(workshop.kaders.len(), 10);
    assert_eq!(workshop.checklist, "algemeen");
    // The card's checklist follows the workshop's catalogue: 26 questions, no considerations.
    harness.state_mut().apply_edit(
        kraljic_workshop::ui::Edit::InsertLot(
            0,
            Box::new(kraljic_workshop::model::Lot::new(
                kraljic_workshop::model::LotId(1),
                "Dagbesteding",
                rust_decimal::Decimal::ONE,
            )),
        ),
        None,
    );
    harness.state_mut().view.selected = Some(kraljic_workshop::model::LotId(1));
    harness.run();
    harness.get_by_label_contains("Checklist (0/26)");
    // Empty: no kaders at all.
    ctrl(&mut harness, egui::Key::N);
    harness.get_by_label("Leeg").click();
    harness.run();
    harness.get_by_label("Beginnen").click();
    harness.run();
    harness.get_by_label("Niet opslaan").click();
    harness.run();
    assert!(harness.state().workshop().kaders.is_empty());
    assert!(harness.state().workshop().municipalities.is_empty());
}

#[test]
fn the_matrix_keeps_its_full_frame_when_a_lot_with_a_long_name_is_selected() {
    let mut harness = harness::app_at(harness::NMD, egui::vec2(1366.0, 768.0), 1.0);
    let long = "Specialistische jeugdhulp met verblijf en onderwijs op maat NW";
    assert_eq!(long.chars().count(), 62);
    harness.state_mut().apply_edit(
        kraljic_workshop::ui::Edit::InsertLot(
            0,
            Box::new(kraljic_workshop::model::Lot::new(
                kraljic_workshop::model::LotId(99),
                long,
                rust_decimal::Decimal::from(5000),
            )),
        ),
        None,
    );
    harness.run();
    for lang_switch in [false, true] {
        if lang_switch {
            ctrl_shift(&mut harness, egui::Key::L);
        }
        let frame = |harness: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>| {
            harness
                .state()
                .view
                .drawn
                .matrix
                .as_ref()
                .expect("drawn")
                .frame
        };
        let first = harness.state().workshop().lots[1].id;
        harness.state_mut().view.selected = Some(first);
        harness.run();
        let before = frame(&harness);
        harness.state_mut().view.selected = Some(kraljic_workshop::model::LotId(99));
        harness.run();
        harness.run();
        let after = frame(&harness);
        assert!(
            (after.right() - before.right()).abs() < 0.5,
            "{before:?} -> {after:?}"
        );
    }
}

#[test]
fn f1_names_the_keys_the_dutch_way_in_dutch() {
    let mut harness = nmd();
    harness.key_press(egui::Key::F1);
    harness.run();
    harness.get_by_label("Pijl omlaag / Page Down");
    harness.get_by_label("Ctrl+Komma");
    assert!(harness.query_by_label_contains("Ctrl+Comma").is_none());
}

#[test]
fn the_example_says_what_it_is_and_an_empty_workshop_says_what_to_do_next() {
    let mut harness = harness::app(
        None,
        kraljic_workshop::ui::file_dialog::ScriptedDialogs::default(),
    );
    harness.get_by_label_contains("Dit is een voorbeeld");
    // The example is in no file: the status line does not claim it is saved.
    harness.get_by_label_contains("Nog niet in een bestand");
    assert!(harness.query_by_label_contains("Opgeslagen").is_none());
    // A filter of the example does not hide the new workshop's lots.
    harness.state_mut().view.list.law = Some(kraljic_workshop::model::Law::Jeugdwet);
    harness.get_by_label("Nieuwe werksessie").click();
    harness.run();
    harness.get_by_label_contains("Hoe wilt u beginnen?");
    harness.get_by_label("Leeg").click();
    harness.run();
    harness.get_by_label("Beginnen").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Dit is een voorbeeld")
            .is_none()
    );
    harness.get_by_label_contains("nog geen percelen");
    assert_eq!(harness.state().view.list.law, None);
    harness.get_by_label_contains("Importeren uit spreadsheet (Ctrl+I)");
    harness.get_by_label_contains("Nieuw perceel (").click();
    harness.run();
    assert_eq!(harness.state().workshop().lots.len(), 1);
    harness.get_by_label_contains("1 perceel \u{00B7} 0 gescoord");
    // The empty calendar leads to the tenders window.
    ctrl(&mut harness, egui::Key::K);
    harness
        .get_by_label_contains("Aanbesteding toevoegen")
        .click();
    harness.run();
    assert!(
        harness
            .state()
            .view
            .windows
            .is_open(kraljic_workshop::ui::ToolWindow::Tenders)
    );
}

#[test]
fn presentation_shows_the_scoring_panel_while_the_strategy_tab_is_open_on_the_desk() {
    let mut harness = nmd();
    harness.state_mut().view.tab = kraljic_workshop::ui::CardTab::Strategy;
    harness.run();
    harness.key_press(egui::Key::F5);
    harness.run();
    harness.get_by_label("Impact: 1 Laag");
    harness.get_by_label_contains("Kwadrant: Hefboom");
    assert!(
        harness.query_by_label_contains("Regime").is_none(),
        "no strategy form"
    );
    harness.key_press(egui::Key::F5);
    harness.run();
    assert_eq!(
        harness.state().view.tab,
        kraljic_workshop::ui::CardTab::Strategy,
        "the desk's tab"
    );
}

#[test]
fn the_first_frame_hook_runs_once() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    let mut harness =
        egui_kittest::Harness::builder()
            .with_size(harness::SIZE)
            .build_eframe(move |cc| {
                let seen = seen.clone();
                kraljic_workshop::ui::KraljicApp::new(
                    cc,
                    kraljic_workshop::ui::StartOptions {
                        file: None,
                        reopen_last: false,
                        dialogs: Box::new(
                            kraljic_workshop::ui::file_dialog::ScriptedDialogs::default(),
                        ),
                        recovery_dir: None,
                        on_first_frame: Some(Box::new(move || {
                            seen.fetch_add(1, Ordering::SeqCst);
                        })),
                        clipboard: Box::new(
                            kraljic_workshop::ui::clipboard::MemoryClipboard::default(),
                        ),
                    },
                )
            });
    // Building the harness runs the first frames; the hook ran with the second, and only then.
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    harness.step();
    harness.run();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[test]
fn scoring_an_unscored_lot_does_not_move_its_buttons() {
    let mut harness = harness::app_at(harness::NMD, egui::vec2(1366.0, 768.0), 1.0);
    let id = lot_id(
        harness.state().workshop(),
        "Landelijk transitiearrangement (J)",
    );
    harness.state_mut().view.selected = Some(id);
    harness.run();
    let buttons = |h: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>| {
        ["Impact: 0 Geen", "Schaarste: 0 Geen"].map(|b| h.get_by_label(b).rect())
    };
    let before = buttons(&harness);
    harness.get_by_label("Impact: 2 Middel").click();
    harness.run();
    assert_eq!(buttons(&harness), before);
    // Nor do the keys, going on from criterion to criterion (the question above them changes).
    for key in [egui::Key::Num1, egui::Key::Num3] {
        harness.key_press(key);
        harness.run();
        assert_eq!(buttons(&harness), before, "{key:?}");
    }
}
