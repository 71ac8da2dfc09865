//! Import from a spreadsheet and export from the window, through the menus and dialogs.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use kraljic_workshop::locale::number::format_euro;
use kraljic_workshop::ui::dialogs::Modal;
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;
use rust_decimal::Decimal;

use super::harness::{NMD, app, ctrl};

/// The NMD example with the seed sheet read into the import window (Ctrl+I).
fn nmd_importing_the_seed_sheet() -> egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>
{
    nmd_importing(PathBuf::from("tests/data/nmd-2022-kraljic-sheet.tsv"))
}

/// The NMD example with `sheet` read into the import window (Ctrl+I).
fn nmd_importing(
    sheet: PathBuf,
) -> egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp> {
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(sheet)],
            save: vec![],
        },
    );
    ctrl(&mut harness, egui::Key::I);
    harness
}

#[test]
fn a_spend_table_merges_into_the_open_workshop_keeping_scores_and_undoes_in_one_step() {
    let dir = tempfile::tempdir().expect("dir");
    let before = kraljic_workshop::format::load_path(std::path::Path::new(NMD))
        .expect("loads")
        .workshop;
    // A sheet with a title line, the workshop's names in other case and new amounts.
    let mut csv = String::from("Uitgaven 2023\n\nPerceel;Bedrag 2023\n");
    for lot in &before.lots {
        csv.push_str(&format!(
            "{};\"{}\"\n",
            lot.name.to_uppercase(),
            format_euro(lot.spend + Decimal::TEN)
        ));
    }
    csv.push_str("Totaal;\"€ 1\"\n");
    let sheet = dir.path().join("uitgaven-2023.csv");
    std::fs::write(&sheet, csv).expect("write");
    let mut harness = nmd_importing(sheet);
    // The window shows the header it found and a preview of the rows.
    harness.get_by_label("Importeren uit spreadsheet: uitgaven-2023.csv");
    harness.get_by_label("Wat er gebeurt");
    harness.get_by_label_contains("29 bedragen bijgewerkt");
    harness.get_by_label("Toepassen").scroll_to_me();
    harness.run();
    harness.get_by_label("Toepassen").click();
    harness.run();
    let after = harness.state().workshop().clone();
    assert_eq!(after.lots.len(), before.lots.len());
    for (old, new) in before.lots.iter().zip(&after.lots) {
        assert_eq!(new.spend, old.spend + Decimal::TEN, "{}", old.name);
        assert_eq!(
            (new.scores, &new.checklist, &new.notes),
            (old.scores, &old.checklist, &old.notes)
        );
    }
    assert!(matches!(
        harness.state().modal(),
        Some(Modal::Message {
            is_error: false,
            ..
        })
    ));
    harness.get_by_label("OK").click();
    harness.run();
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(harness.state().workshop(), &before, "one undo step");
}

#[test]
fn a_file_that_is_no_spreadsheet_says_so_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let bad = dir.path().join("kapot.xlsx");
    std::fs::write(&bad, b"PK\x03\x04 dit is geen werkmap").expect("write");
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(bad)],
            save: vec![],
        },
    );
    let before = harness.state().workshop().clone();
    ctrl(&mut harness, egui::Key::I);
    match harness.state().modal() {
        Some(Modal::Message {
            title,
            text,
            is_error: true,
        }) => {
            assert_eq!(title, "Importeren lukt niet");
            assert!(text.contains("geen leesbaar Excel"), "{text}");
        }
        other => panic!("expected an error message, got {other:?}"),
    }
    assert_eq!(harness.state().workshop(), &before);
}

/// Starts an export with Ctrl and `key` and waits for the thread to finish; the message then
/// shown, which must not be an error.
fn export_message(
    harness: &mut egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>,
    key: egui::Key,
) -> String {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
    harness.step();
    let start = Instant::now();
    while harness.state().modal().is_none() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the export finishes"
        );
        std::thread::sleep(Duration::from_millis(50));
        harness.step();
    }
    match harness.state().modal() {
        Some(Modal::Message {
            text,
            is_error: false,
            ..
        }) => text.clone(),
        other => panic!("expected a message, got {other:?}"),
    }
}

#[test]
fn the_report_is_written_in_the_background_and_the_path_is_shown() {
    let dir = tempfile::tempdir().expect("dir");
    let target = dir.path().join("rapport.pdf");
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![],
            save: vec![Some(target.clone())],
        },
    );
    let text = export_message(&mut harness, egui::Key::P);
    assert!(text.contains("rapport.pdf"), "{text}");
    let bytes = std::fs::read(&target).expect("written");
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn a_sheet_read_while_the_example_is_open_makes_a_new_workshop_unless_asked_to_merge() {
    let sheet = PathBuf::from("tests/data/nmd-2022-kraljic-sheet.tsv");
    // No file: the built-in example is open, unchanged.
    let mut harness = app(
        None,
        ScriptedDialogs {
            open: vec![Some(sheet)],
            save: vec![],
        },
    );
    ctrl(&mut harness, egui::Key::I);
    // The new workshop's summary, not a merge into the example.
    harness.get_by_label_contains("percelen met samen");
    assert!(
        harness
            .query_by_label_contains("bedragen bijgewerkt")
            .is_none()
    );
    // Merging stays one click away.
    harness
        .get_by_label("Samenvoegen met de open werksessie")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_label("Samenvoegen met de open werksessie")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("percelen met samen")
            .is_none()
    );
}

#[test]
fn the_import_window_reads_the_seed_sheet_as_it_is() {
    let mut harness = nmd_importing_the_seed_sheet();
    // Header on row 3; the explanation rows under it are skipped with a reason.
    harness.get_by_label_contains("Rij 4 heeft geen naam");
    harness.get_by_label_contains("Rij 35 ('Totaal bedrag') is een totaalregel");
    harness.get_by_label("Huishoudelijke Hulp");
    harness.snapshot("import_window_seed_sheet");
}

#[test]
fn the_import_window_opens_on_the_sheet_that_holds_the_lots() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("met-voorblad.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let cover = book.add_worksheet().set_name("Voorblad").expect("name");
    cover.write(0, 0, "Inkoopanalyse").expect("cell");
    let lots = book.add_worksheet().set_name("Percelen").expect("name");
    lots.write(0, 0, "Perceel").expect("cell");
    lots.write(0, 1, "Uitgaven").expect("cell");
    lots.write(1, 0, "Dyslexie").expect("cell");
    lots.write(1, 1, 985_628.0).expect("cell");
    book.save(&path).expect("saved");
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(path)],
            ..ScriptedDialogs::default()
        },
    );
    ctrl(&mut harness, egui::Key::I);
    let dialog = harness.state().import_dialog().expect("import window");
    assert_eq!(dialog.sheet, 1, "the lots' sheet, not the cover page");
    // Still the user's choice: the sheet chooser is there to change it.
    harness.get_by_label_contains(kraljic_workshop::locale::Lang::Dutch.exchange().sheet);
    // Esc closes the window without importing.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().import_dialog().is_none());
    assert_eq!(harness.state().workshop().lots.len(), 29);
}

#[test]
fn the_import_window_shows_the_sheet_and_the_unit_and_both_can_be_changed() {
    let fixture = PathBuf::from("tests/data/sheets/inkoop-excel.xlsx");
    let mut harness = app(
        Some(PathBuf::from(NMD)),
        ScriptedDialogs {
            open: vec![Some(fixture)],
            ..ScriptedDialogs::default()
        },
    );
    ctrl(&mut harness, egui::Key::I);
    // Found: the sheet after the cover page, the unit in the title, the header's two rows.
    let value = |harness: &egui_kittest::Harness<'_, kraljic_workshop::ui::KraljicApp>,
                 label: &str| harness.get_by_label(label).value();
    assert_eq!(value(&harness, "Blad").as_deref(), Some("Percelen"));
    assert_eq!(
        value(&harness, "Eenheid van de bedragen:").as_deref(),
        Some("× € 1.000")
    );
    harness.get_by_label_contains("met daaronder jaren of criteria in rij 5");
    harness.get_by_label("€ 17.163.920");
    harness.get_by_label("Huishoudelijke hulp");
    harness.snapshot("import_window_two_row_header_in_thousands");

    // The unit, changed to euros: the amounts follow, and the stated total no longer agrees.
    harness.get_by_label("Eenheid van de bedragen:").click();
    harness.run();
    harness.get_by_label("€").click();
    harness.run();
    let dialog = harness.state().import_dialog().expect("import window");
    assert_eq!(
        dialog.mapping.spend_unit,
        kraljic_workshop::interchange::sheet::SpendUnit::Euro
    );
    harness.get_by_label("€ 17.163,92");
    harness.get_by_label_contains("Rij 2 noemt een totaal");

    // The sheet, changed to the cover page: no lots there, and it says so.
    harness.get_by_label("Blad").click();
    harness.run();
    harness.get_by_label("Voorblad").click();
    harness.run();
    assert_eq!(harness.state().import_dialog().expect("window").sheet, 0);
    assert!(harness.query_by_label("Huishoudelijke hulp").is_none());
}

#[test]
fn an_export_names_the_lots_with_letters_no_font_has() {
    let dir = tempfile::tempdir().expect("dir");
    let mut workshop = kraljic_workshop::format::load_path(std::path::Path::new(NMD))
        .expect("example")
        .workshop;
    // A private-use character: no font anywhere has it.
    workshop.lots[0].name = "Huishoudelijke hulp \u{10FFFD}".into();
    let file = dir.path().join("tekens.kraljic.ron");
    kraljic_workshop::format::save_path(&workshop, &file).expect("saved");
    let target = dir.path().join("matrix.png");
    let mut harness = super::harness::app_drawing_tofu(
        file,
        ScriptedDialogs {
            open: vec![],
            save: vec![Some(target.clone())],
        },
    );
    let text = export_message(&mut harness, egui::Key::E);
    assert!(text.contains("matrix.png"), "{text}");
    let said = "Geen lettertype op deze computer heeft alle tekens van: Huishoudelijke hulp";
    assert!(text.contains(said), "{text}");
    assert!(target.exists());
}

#[test]
fn a_sheet_read_into_a_fresh_template_keeps_it_and_a_new_workshop_from_a_sheet_is_unsaved() {
    let sheet = PathBuf::from("tests/data/nmd-2022-kraljic-sheet.tsv");
    let mut harness = app(
        None,
        ScriptedDialogs {
            open: vec![Some(sheet.clone()), Some(sheet)],
            save: vec![],
        },
    );
    // From the example: a new workshop from the sheet holds work no file has.
    ctrl(&mut harness, egui::Key::I);
    harness.get_by_label("Toepassen").scroll_to_me();
    harness.run();
    harness.get_by_label("Toepassen").click();
    harness.run();
    harness.get_by_label("OK").click();
    harness.run();
    assert_eq!(harness.state().workshop().lots.len(), 29);
    assert!(
        harness.state().document().is_dirty(),
        "unsaved, not 'saved'"
    );
    // So starting another one asks first.
    ctrl(&mut harness, egui::Key::N);
    harness.get_by_label("NMD 2023").click();
    harness.run();
    harness.get_by_label("Beginnen").click();
    harness.run();
    assert!(matches!(
        harness.state().modal(),
        Some(Modal::Unsaved(
            kraljic_workshop::ui::dialogs::Pending::Adopt { .. }
        ))
    ));
    harness.get_by_label("Niet opslaan").click();
    harness.run();
    let template = harness.state().workshop().clone();
    assert!(template.lots.is_empty() && !template.municipalities.is_empty());
    // Read into the fresh template, the lots come in and the template stays.
    ctrl(&mut harness, egui::Key::I);
    harness.get_by_label("Toepassen").scroll_to_me();
    harness.run();
    harness.get_by_label("Toepassen").click();
    harness.run();
    let merged = harness.state().workshop();
    assert_eq!(merged.lots.len(), 29);
    assert_eq!(merged.municipalities, template.municipalities);
    assert_eq!(merged.checklist, template.checklist);
    assert_eq!(merged.kaders, template.kaders);
}

#[test]
fn the_import_windows_apply_button_stays_in_view_on_a_laptop() {
    let sheet = PathBuf::from("tests/data/nmd-2022-kraljic-sheet.tsv");
    let mut harness = super::harness::app_at(NMD, egui::vec2(1366.0, 768.0), 1.0);
    harness
        .state_mut()
        .set_file_dialogs(Box::new(ScriptedDialogs {
            open: vec![Some(sheet)],
            save: vec![],
        }));
    ctrl(&mut harness, egui::Key::I);
    for step in ["as opened", "merging"] {
        let apply = harness.get_by_label("Toepassen").rect();
        assert!(apply.bottom() <= 768.0, "{step}: {apply:?}");
        let ctx = harness.ctx.clone();
        assert_eq!(
            ctx.layer_id_at(apply.center()).map(|l| l.order),
            Some(egui::Order::Middle),
            "{step}: the button is on the import window, not under it"
        );
        if let Some(merge) = harness.query_by_label("Samenvoegen met de open werksessie") {
            merge.click();
            harness.run();
        }
    }
}

#[test]
fn the_import_window_works_out_its_plan_once_per_change_not_per_frame() {
    let mut harness = nmd_importing_the_seed_sheet();
    let made = || harness.state().import_dialog().expect("open").plans_made();
    assert_eq!(made(), 1);
    for step in 0..10 {
        harness.hover_at(egui::pos2(400.0 + step as f32 * 10.0, 300.0));
        harness.step();
    }
    assert_eq!(
        harness.state().import_dialog().expect("open").plans_made(),
        1,
        "not again in every frame"
    );
}
