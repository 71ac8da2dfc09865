//! The Calendar view: a tender's start moved a month by keyboard, the plan and the capacity
//! row following in the same frame, and one undo step per key press.

use std::path::PathBuf;

use egui_kittest::kittest::{NodeT, Queryable};
use kraljic_workshop::model::WorkshopDate;
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;

use super::harness::{NMD, app, ctrl, replace_text};

#[test]
fn a_tender_moves_a_month_per_key_press_and_undo_takes_each_back() {
    let mut harness = app(Some(PathBuf::from(NMD)), ScriptedDialogs::default());
    harness.get_by_label("Kalender").click();
    harness.run();
    assert!(harness.state().view.calendar_shown);
    let start = |h: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>| {
        let plan = &h.state().workshop().planning;
        let tender = plan
            .tenders
            .iter()
            .find(|t| t.name == "Ambulante begeleiding")
            .expect("the tender");
        tender.start.to_string()
    };
    let july_2024 = WorkshopDate::new(2024, 7, 1).expect("date").month_index();
    let busy = |h: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>| {
        h.state().workshop().planning.capacity(july_2024).tenders
    };
    let before = busy(&harness);
    harness.get_by_label(&format!("07-2024: {before} aanbestedingen tegelijk"));
    harness
        .get_by_label("Aanbesteding: Ambulante begeleiding")
        .click();
    harness.run();
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(start(&harness), "2026-02-01");
    // Its evaluation now begins in August 2024: July has one tender fewer, in the plan and in
    // the capacity row the window shows.
    assert_eq!(busy(&harness), before - 1);
    harness.get_by_label(&format!("07-2024: {} aanbestedingen tegelijk", before - 1));
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(start(&harness), "2026-03-01");
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(start(&harness), "2026-02-01", "one undo step per key press");
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(start(&harness), "2026-01-01");
    assert_eq!(busy(&harness), before);
    harness.get_by_label(&format!("07-2024: {before} aanbestedingen tegelijk"));
    // Ctrl+K goes back to the matrix.
    ctrl(&mut harness, egui::Key::K);
    assert!(!harness.state().view.calendar_shown);
}

#[test]
fn a_whole_drag_is_one_undo_step() {
    let mut harness = app(Some(PathBuf::from(NMD)), ScriptedDialogs::default());
    ctrl(&mut harness, egui::Key::K);
    let row = harness
        .get_by_label("Aanbesteding: Ambulante begeleiding")
        .rect();
    let from = egui::pos2(row.right() + 250.0, row.center().y);
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=8 {
        harness.hover_at(from + egui::vec2(25.0 * step as f32, 0.0));
        harness.run();
    }
    harness.drop_at(from + egui::vec2(200.0, 0.0));
    harness.run();
    let start = |h: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>| {
        h.state()
            .workshop()
            .planning
            .tenders
            .iter()
            .find(|t| t.name == "Ambulante begeleiding")
            .map(|t| t.start)
            .expect("the tender")
    };
    let moved = start(&harness);
    let january_2026 = WorkshopDate::new(2026, 1, 1).expect("date");
    assert!(moved > january_2026, "dragged later: {moved}");
    assert_eq!(moved.day, 1, "whole months");
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(
        start(&harness),
        january_2026,
        "one undo step for the whole drag"
    );
}

#[test]
fn the_register_is_imported_through_the_window_with_a_manual_match_and_undone_in_one_step() {
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(PathBuf::from("tests/data/nmd-current-contracts.csv"))],
            ..ScriptedDialogs::default()
        },
    );
    let before = harness.state().workshop().planning.contracts.clone();
    open_register_import(&mut harness);
    // "Huishoudelijke Ondersteuning" has no lot of that name: match it to Huishoudelijke hulp.
    let combo = "Percelen: Huishoudelijke Ondersteuning";
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, combo)
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, combo)
        .click();
    harness.run();
    harness.get_by_label("Huishoudelijke hulp").scroll_to_me();
    harness.run();
    harness.get_by_label("Huishoudelijke hulp").click();
    harness.run();
    harness.get_by_label("Overnemen").click();
    harness.run();
    let contracts = harness.state().workshop().planning.contracts.clone();
    assert_eq!(contracts.len(), 25);
    let workshop = harness.state().workshop().clone();
    let lots_of = |name: &str| -> Vec<String> {
        contracts
            .iter()
            .find(|c| c.name == name)
            .expect("contract")
            .lots
            .iter()
            .filter_map(|id| workshop.lot(*id).map(|l| l.name.clone()))
            .collect()
    };
    assert_eq!(
        lots_of("Huishoudelijke Ondersteuning"),
        ["Huishoudelijke hulp"]
    );
    assert_eq!(
        lots_of("Dagbesteding"),
        ["Dagbesteding (Wmo)", "Dagbesteding (J)"]
    );
    harness.get_by_label_contains("25 contracten overgenomen");
    harness.key_press(egui::Key::Escape);
    harness.run();
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(
        harness.state().workshop().planning.contracts,
        before,
        "one undo step"
    );
}

#[test]
fn esc_closes_the_register_window_without_a_change_but_first_closes_an_open_list() {
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(PathBuf::from("tests/data/nmd-current-contracts.csv"))],
            ..ScriptedDialogs::default()
        },
    );
    let before = harness.state().workshop().planning.contracts.clone();
    open_register_import(&mut harness);
    assert!(harness.state().register_dialog_open());
    let role = egui::accesskit::Role::ComboBox;
    harness
        .get_by_role_and_label(role, "Naam van het contract")
        .click();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.state().register_dialog_open(),
        "Esc closed the list only"
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().register_dialog_open());
    assert_eq!(harness.state().workshop().planning.contracts, before);
}

#[test]
fn a_register_whose_headers_are_not_recognised_is_mapped_by_hand_in_the_window() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("register.csv");
    let text = "Omschrijving;Van;Tot en met;Optie\n\
                Dagbesteding;1-1-2022;31-12-2025;Nee\n\
                Pleegzorg;1-1-2023;31-12-2026;Ja, 1 jaar\n";
    std::fs::write(&file, text).expect("csv");
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(file)],
            ..ScriptedDialogs::default()
        },
    );
    open_register_import(&mut harness);
    harness.get_by_label_contains("De kolommen van dit register zijn niet herkend");
    assert!(
        harness
            .get_by_label("Overnemen")
            .accesskit_node()
            .is_disabled(),
        "nothing to take over yet"
    );
    for (field, column) in [
        ("Naam van het contract", "A: Omschrijving"),
        ("Ingangsdatum", "B: Van"),
        ("Einddatum", "C: Tot en met"),
        ("Verlenging", "D: Optie"),
    ] {
        let role = egui::accesskit::Role::ComboBox;
        harness.get_by_role_and_label(role, field).click();
        harness.run();
        harness.get_by_label(column).click();
        harness.run();
    }
    assert!(
        !harness
            .get_by_label("Overnemen")
            .accesskit_node()
            .is_disabled()
    );
    harness.get_by_label("Overnemen").click();
    harness.run();
    let workshop = harness.state().workshop().clone();
    let contracts = &workshop.planning.contracts;
    assert_eq!(contracts.len(), 2);
    let pleegzorg = &contracts[1];
    assert_eq!(pleegzorg.end.to_string(), "2026-12-31");
    assert_eq!(
        pleegzorg.extendable_until.map(|d| d.to_string()).as_deref(),
        Some("2027-12-31")
    );
    let lots: Vec<&str> = contracts[0]
        .lots
        .iter()
        .filter_map(|id| workshop.lot(*id).map(|l| l.name.as_str()))
        .collect();
    assert_eq!(lots, ["Dagbesteding (Wmo)", "Dagbesteding (J)"]);
}

#[test]
fn the_plan_settings_change_the_maximum_and_the_durations_and_refuse_nonsense() {
    let mut harness = app(Some(PathBuf::from(NMD)), ScriptedDialogs::default());
    ctrl(&mut harness, egui::Key::Comma);
    let field = "Aanbestedingen tegelijk (maximum)";
    replace_text(&mut harness, field, "12");
    let plan = |h: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>| {
        h.state().workshop().planning.clone()
    };
    assert_eq!(plan(&harness).max_parallel, Some(12));
    let field = "Duur van de zeven fasen (maanden; aanname, aan te passen)";
    replace_text(&mut harness, field, "2, 3, 2");
    harness.get_by_label_contains("Dit is niet te lezen");
    assert_eq!(
        plan(&harness).months,
        kraljic_workshop::model::planning::PhaseMonths::DEFAULT
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(field).type_text("3, 3, 3, 3, 3, 3, 6");
    harness.run();
    assert_eq!(plan(&harness).months.total(), 24);
    // The plan follows: Huishoudelijke hulp (1 January 2030) now begins 24 months earlier.
    let workshop = harness.state().workshop().clone();
    let tender = workshop
        .planning
        .tenders
        .iter()
        .find(|t| t.name == "Huishoudelijke hulp")
        .expect("tender");
    assert_eq!(
        workshop.planning.plan(tender)[0].start.to_string(),
        "2028-01-01"
    );
}

#[test]
fn the_agenda_file_and_the_gantt_chart_are_exported_from_the_menu() {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().expect("dir");
    let ics = dir.path().join("kalender.ics");
    let png = dir.path().join("kalender.png");
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![],
            save: vec![Some(ics.clone()), Some(png.clone())],
        },
    );
    for (item, target) in [
        ("Kalender voor de agenda (.ics)", &ics),
        ("Kalender als afbeelding (PNG)", &png),
    ] {
        harness.get_by_label("Bestand").click();
        harness.run();
        harness.get_by_label_contains("Exporteren").click();
        harness.run();
        harness.get_by_label_contains(item).click();
        harness.step();
        let start = Instant::now();
        while !target.exists() || harness.state().modal().is_none() {
            assert!(start.elapsed() < Duration::from_secs(60), "{item}");
            std::thread::sleep(Duration::from_millis(50));
            harness.step();
        }
        harness.key_press(egui::Key::Escape);
        harness.run();
    }
    let text = std::fs::read_to_string(&ics).expect("ics");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 16 * 7 + 25);
    assert!(std::fs::read(&png).expect("png").starts_with(b"\x89PNG"));
}

#[test]
fn a_tender_is_added_named_given_a_lot_and_undone_step_by_step() {
    let mut harness = app(Some(PathBuf::from(NMD)), ScriptedDialogs::default());
    let count = |h: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>| {
        h.state().workshop().planning.tenders.len()
    };
    assert_eq!(count(&harness), 16);
    add_tender(&mut harness);
    assert_eq!(count(&harness), 17);
    assert_eq!(last_tender(&harness).name, "Nieuwe aanbesteding");
    // Never late the moment it is made: 18 months ahead.
    let ahead = kraljic_workshop::model::planning::Calendar::new_tender_start(
        kraljic_workshop::report::today(),
        harness.state().workshop().planning.months,
    );
    assert_eq!(last_tender(&harness).start, ahead);
    // Its first phase begins no earlier than today: not late the moment it is made.
    let planning = &harness.state().workshop().planning;
    let first_phase = planning.plan(&last_tender(&harness))[0].start;
    assert!(
        first_phase >= kraljic_workshop::report::today(),
        "{first_phase:?}"
    );
    // The lots of the new tender: the landelijke transitiearrangementen had none.
    let id = tick_lot(&mut harness, "Landelijk transitiearrangement (J)");
    assert_eq!(last_tender(&harness).lots, [id]);
    // A lot of another tender cannot be chosen twice: its box names that tender.
    harness.get_by_label("Huishoudelijke hulp (Huishoudelijke hulp)");
    ctrl(&mut harness, egui::Key::Z);
    assert!(
        last_tender(&harness).lots.is_empty(),
        "one undo step per lot"
    );
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(count(&harness), 16, "and one for adding");
}

#[test]
fn a_tender_gets_its_own_durations_and_notes_and_loses_them_again() {
    use kraljic_workshop::model::planning::PhaseMonths;
    let mut harness = app(Some(PathBuf::from(NMD)), ScriptedDialogs::default());
    add_tender(&mut harness);
    let type_into = |h: &mut egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>,
                     label: &str,
                     text: &str| {
        h.query_all_by_label(label)
            .last()
            .expect(label)
            .scroll_to_me();
        h.run();
        h.query_all_by_label(label).last().expect(label).focus();
        h.run();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        if text.is_empty() {
            h.key_press(egui::Key::Backspace);
        } else {
            let field = h.query_all_by_label(label).last().expect(label);
            field.type_text(text);
        }
        h.run();
    };
    let months = "Eigen duur van de fasen (maanden)";
    type_into(&mut harness, months, "1, 1, 1");
    harness.get_by_label_contains("Dit is niet te lezen");
    assert_eq!(
        last_tender(&harness).months,
        None,
        "seven numbers or nothing"
    );
    type_into(&mut harness, months, "1, 1, 1, 1, 1, 1, 6");
    let tender = last_tender(&harness);
    assert_eq!(tender.months, Some(PhaseMonths([1, 1, 1, 1, 1, 1, 6])));
    // The plan follows the tender's own twelve months, not the workshop's eighteen.
    let plan = harness.state().workshop().planning.plan(&tender);
    let twelve_back = tender.start.add_months(-12);
    assert_eq!(plan[0].start, twelve_back);
    harness.get_by_label_contains(&format!(
        "Eerste fase (evaluatie) begint op {}",
        kraljic_workshop::locale::number::format_date(twelve_back)
    ));
    type_into(&mut harness, "Notities", "Samen met de regio Rivierenland.");
    assert_eq!(
        last_tender(&harness).notes,
        "Samen met de regio Rivierenland."
    );
    type_into(&mut harness, months, "");
    assert_eq!(
        last_tender(&harness).months,
        None,
        "empty: the workshop's durations"
    );
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(
        last_tender(&harness).months,
        Some(PhaseMonths([1, 1, 1, 1, 1, 1, 6]))
    );
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(last_tender(&harness).notes, "");
}

#[test]
fn a_contract_gap_is_flagged_as_its_dates_change_and_undone() {
    use kraljic_workshop::model::planning::Flag;
    let mut harness = app(Some(PathBuf::from(NMD)), ScriptedDialogs::default());
    open_contracts(&mut harness);
    // Dyslexie's contract ends a day before its tender's new contract starts, extendable to
    // 2028. Without the extension and ending half a year earlier it leaves a gap: the heading
    // carries the warning sign.
    let dyslexie = "Dyslexie \u{00B7} tot 31-12-2028";
    harness.get_by_label(dyslexie).scroll_to_me();
    harness.run();
    harness.get_by_label(dyslexie).click();
    harness.run();
    type_into(&mut harness, "Verlengbaar tot", "");
    harness.get_by_label("Dyslexie \u{00B7} tot 31-12-2026");
    type_into(&mut harness, "Einde", "30-06-2026");
    let gap = |h: &App| {
        let plan = &h.state().workshop().planning;
        let flags = plan.flags(kraljic_workshop::report::today());
        flags.iter().any(|f| matches!(f, Flag::ContractGap { .. }))
    };
    assert!(gap(&harness));
    harness.get_by_label("\u{26A0} Dyslexie \u{00B7} tot 30-06-2026");
    harness.get_by_label_contains("Dyslexie loopt af voordat Dyslexie begint");
    ctrl(&mut harness, egui::Key::Z);
    ctrl(&mut harness, egui::Key::Z);
    assert!(!gap(&harness), "both changes undone");
    harness.get_by_label(dyslexie);
}

#[test]
fn a_contract_is_added_dated_given_a_lot_and_undone_step_by_step() {
    let mut harness = app(Some(PathBuf::from(NMD)), ScriptedDialogs::default());
    let contracts = |h: &App| h.state().workshop().planning.contracts.clone();
    assert_eq!(contracts(&harness).len(), 25);
    open_contracts(&mut harness);
    harness.get_by_label("Contract toevoegen").click();
    harness.run();
    let added = |h: &App| contracts(h).last().cloned().expect("a contract");
    let today = kraljic_workshop::report::today();
    assert_eq!(contracts(&harness).len(), 26);
    assert_eq!(added(&harness).start, today);
    // The new contract opens by itself, its fields in view.
    harness.get_by_label(&format!("Nieuw contract \u{00B7} tot 31-12-{}", today.year));
    harness.get_by_label("Ingang");
    let end_before = added(&harness).end;
    type_into(&mut harness, "Einde", &format!("1-1-{}", today.year - 1));
    harness.get_by_label_contains("Deze datum klopt niet");
    let refused = "an end before the start is refused";
    assert_eq!(added(&harness).end, end_before, "{refused}");
    let next_year = today.year + 1;
    type_into(&mut harness, "Einde", &format!("30-6-{next_year}"));
    let end = added(&harness).end.to_string();
    assert_eq!(end, format!("{next_year}-06-30"));
    let until = format!("30-6-{}", next_year + 1);
    type_into(&mut harness, "Verlengbaar tot", &until);
    let until = added(&harness).extendable_until.map(|d| d.to_string());
    assert_eq!(until, Some(format!("{}-06-30", next_year + 1)));
    let id = tick_lot(&mut harness, "Landelijk transitiearrangement (J)");
    assert_eq!(added(&harness).lots, [id]);
    ctrl(&mut harness, egui::Key::Z);
    assert!(added(&harness).lots.is_empty(), "one undo step per lot");
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(added(&harness).extendable_until, None);
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(added(&harness).end, end_before);
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(contracts(&harness).len(), 25, "and one for adding");
}

type App = egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>;

/// Opens the tenders window and adds a tender.
fn add_tender(harness: &mut App) {
    harness.get_by_label("Perceel").click();
    harness.run();
    harness.get_by_label_contains("Aanbestedingen…").click();
    harness.run();
    harness.get_by_label("Aanbesteding toevoegen").click();
    harness.run();
}

/// The workshop's last tender.
fn last_tender(harness: &App) -> kraljic_workshop::model::planning::Tender {
    let plan = &harness.state().workshop().planning;
    plan.tenders.last().cloned().expect("a tender")
}

/// Opens the register import from the menu (the scripted dialog gives the file).
fn open_register_import(harness: &mut App) {
    harness.get_by_label("Bestand").click();
    harness.run();
    harness
        .get_by_label_contains("Contractregister importeren")
        .click();
    for _ in 0..3 {
        harness.run();
    }
    super::harness::wait_for_read(harness);
}

/// Opens the window of the current contracts.
fn open_contracts(harness: &mut App) {
    harness.get_by_label("Perceel").click();
    harness.run();
    harness.get_by_label_contains("Lopende contracten…").click();
    harness.run();
}

/// Types `text` into the last field labelled `label` (empty: clears it) and leaves it.
fn type_into(harness: &mut App, label: &str, text: &str) {
    last_labelled(harness, label).scroll_to_me();
    harness.run();
    last_labelled(harness, label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    if text.is_empty() {
        harness.key_press(egui::Key::Backspace);
    } else {
        last_labelled(harness, label).type_text(text);
    }
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
}

/// The last widget labelled `label` (the window's newest row).
fn last_labelled<'h>(harness: &'h App, label: &'h str) -> egui_kittest::Node<'h> {
    harness.query_all_by_label(label).last().expect(label)
}

/// Opens the newest row's empty list of lots and ticks `lot`; its id.
fn tick_lot(harness: &mut App, lot: &str) -> kraljic_workshop::model::LotId {
    let lots = "Percelen (0)";
    last_labelled(harness, lots).scroll_to_me();
    harness.run();
    last_labelled(harness, lots).click();
    harness.run();
    harness.get_by_label(lot).scroll_to_me();
    harness.run();
    harness.get_by_label(lot).click();
    harness.run();
    super::harness::lot_id(harness.state().workshop(), lot)
}
