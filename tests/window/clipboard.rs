//! The clipboard in the real window: lots pasted from a spreadsheet go through the import
//! window, text that is no table changes nothing, and the matrix and the tables are copied out.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kraljic_workshop::ui::clipboard::MemoryClipboard;
use kraljic_workshop::ui::dialogs::Modal;
use kraljic_workshop::ui::dialogs::import::{ImportMode, ImportSource};
use kraljic_workshop::ui::{Command, KraljicApp};
use rust_decimal::Decimal;

use crate::harness::{ctrl, ctrl_shift, nmd};

/// The NMD example with a clipboard the test can see.
fn with_clipboard() -> (Harness<'static, KraljicApp>, MemoryClipboard) {
    clipboard_for(nmd())
}

/// The app with a clipboard the test can see.
fn clipboard_for(
    mut harness: Harness<'static, KraljicApp>,
) -> (Harness<'static, KraljicApp>, MemoryClipboard) {
    let clipboard = MemoryClipboard::default();
    harness
        .state_mut()
        .set_clipboard(Box::new(clipboard.clone()));
    (harness, clipboard)
}

/// Ctrl+V as the window delivers it: a paste event with the clipboard's text.
fn paste(harness: &mut Harness<'static, KraljicApp>, clipboard: &MemoryClipboard) {
    let text = clipboard.held().text.text.unwrap_or_default();
    harness.event(egui::Event::Paste(text));
    harness.run();
}

fn run(harness: &mut Harness<'static, KraljicApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().run(&ctx, command);
    harness.run();
}

fn press(harness: &mut Harness<'static, KraljicApp>, key: egui::Key) {
    harness.key_press(key);
    harness.run();
}

#[test]
fn a_pasted_table_is_previewed_and_merged_in_one_undo_step() {
    let (mut harness, clipboard) = with_clipboard();
    let before = harness.state().workshop().clone();
    let known = before.lots[0].name.clone();
    // Two rows: one lot of the workshop with a new amount, and a new lot.
    let text =
        format!("Perceel\tUitgaven 2024\n{known}\t€ 1.234.567\nNieuw perceel uit Excel\t45.000\n");
    clipboard.put(Some(&text), None);
    paste(&mut harness, &clipboard);
    let dialog = harness.state().import_dialog().expect("the import window");
    assert_eq!(
        dialog.source,
        ImportSource::Clipboard { header_made: false }
    );
    assert_eq!(dialog.rows().expect("rows").lots.len(), 2);
    assert_eq!(
        harness.state().workshop(),
        &before,
        "a preview changes nothing"
    );
    harness.get_by_label("Nieuw perceel uit Excel");
    // Enter applies, as the Apply button does.
    press(&mut harness, egui::Key::Enter);
    assert!(harness.state().import_dialog().is_none());
    let workshop = harness.state().workshop();
    assert_eq!(workshop.lots.len(), before.lots.len() + 1);
    let merged = workshop
        .lots
        .iter()
        .find(|l| l.name == known)
        .expect("kept");
    assert_eq!(merged.spend, Decimal::from(1_234_567));
    assert_eq!(merged.scores, before.lots[0].scores, "its scores stay");
    if harness.state().modal().is_some() {
        harness.get_by_label("OK").click();
        harness.run();
    }
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(harness.state().workshop(), &before, "one undo step");
}

#[test]
fn excel_html_without_a_header_is_read_by_its_contents_and_esc_closes_it() {
    // The built-in example, untouched.
    let (mut harness, clipboard) = clipboard_for(crate::harness::app(None, Default::default()));
    let before = harness.state().workshop().clone();
    let html = "<table><tr><td>Logeerzorg</td><td x:num=\"250000\">€ 250.000</td></tr>\
                <tr><td>Vervoer naar dagbesteding</td><td x:num=\"1200000.5\">€ 1.200.001</td></tr></table>";
    clipboard.put(
        Some("Logeerzorg\t€ 250.000\nVervoer naar dagbesteding\t€ 1.200.001\n"),
        Some(html),
    );
    // Edit > Paste lots reads the clipboard as Ctrl+V does.
    run(&mut harness, Command::PasteLots);
    let dialog = harness.state().import_dialog().expect("the import window");
    assert_eq!(dialog.source, ImportSource::Clipboard { header_made: true });
    assert_eq!(
        dialog.mode,
        ImportMode::New,
        "on the untouched example, as for a file"
    );
    let rows = dialog.rows().expect("rows");
    assert_eq!(
        rows.lots[1].spend,
        "1200000.5".parse::<Decimal>().expect("amount")
    );
    harness.get_by_label_contains("herkend aan wat erin staat");
    press(&mut harness, egui::Key::Escape);
    assert!(harness.state().import_dialog().is_none());
    assert_eq!(harness.state().workshop(), &before);
}

#[test]
fn pasting_text_that_is_no_table_changes_nothing() {
    let (mut harness, clipboard) = with_clipboard();
    let before = harness.state().workshop().clone();
    clipboard.put(Some("Afspraak: de raad hoort het in maart."), None);
    paste(&mut harness, &clipboard);
    assert!(harness.state().import_dialog().is_none());
    match harness.state().modal() {
        Some(Modal::Message { text, .. }) => {
            assert!(text.contains("geen tabel"), "{text}");
        }
        other => panic!("expected a message, got {other:?}"),
    }
    assert_eq!(harness.state().workshop(), &before);
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn ctrl_v_in_a_text_field_pastes_there_and_not_as_lots() {
    let (mut harness, clipboard) = with_clipboard();
    clipboard.put(Some("A\t1\nB\t2\n"), None);
    // The list's search field has the keyboard.
    harness.get_by_label("Zoek een perceel").focus();
    harness.run();
    paste(&mut harness, &clipboard);
    assert!(harness.state().import_dialog().is_none());
    assert!(
        harness.state().view.list.search.starts_with("A\t1"),
        "pasted into the field"
    );
}

#[test]
fn ctrl_c_over_the_matrix_copies_it_as_a_picture() {
    let (mut harness, clipboard) = with_clipboard();
    // The pointer elsewhere (over the menu bar): Ctrl+C copies nothing.
    harness.event(egui::Event::PointerMoved(egui::pos2(5.0, 5.0)));
    harness.run();
    harness.event(egui::Event::Copy);
    harness.run();
    assert!(clipboard.held().image.is_none());
    let matrix = harness.get_by_label("Kraljic-matrix").rect().center();
    harness.event(egui::Event::PointerMoved(matrix));
    harness.run();
    harness.event(egui::Event::Copy);
    harness.run();
    let image = clipboard.held().image.expect("a picture");
    assert_eq!((image.width, image.height), (1920, 1080));
    assert_eq!(image.rgba.len(), 1920 * 1080 * 4);
    let first = &image.rgba[..4];
    assert!(
        image.rgba.chunks(4).any(|p| p != first),
        "the picture is not one colour"
    );
    assert!(
        (harness.state().view.status_note.as_ref()).is_some_and(|note| note.done),
        "the status line says so"
    );
    harness.get_by_label_contains("Matrix gekopieerd");
}

#[test]
fn the_portfolio_table_goes_out_as_text_and_html() {
    let (mut harness, clipboard) = with_clipboard();
    ctrl_shift(&mut harness, egui::Key::C);
    let held = clipboard.held().text;
    let text = held.text.expect("text");
    let html = held.html.expect("html");
    let lots = harness.state().workshop().lots.len();
    assert_eq!(text.lines().count(), lots + 1);
    assert!(text.contains("\t€ "), "Dutch amounts");
    assert_eq!(html.matches("<tr>").count(), lots + 1);
    assert!(html.contains("x:num=\""), "numbers for spreadsheets");
    // And the selected lot's strategy.
    run(&mut harness, Command::CopyStrategy);
    let held = clipboard.held().text;
    let selected = harness.state().view.selected.expect("a lot");
    let name = harness
        .state()
        .workshop()
        .lot(selected)
        .expect("lot")
        .name
        .clone();
    assert!(
        held.text
            .expect("text")
            .lines()
            .next()
            .expect("heading")
            .contains(&name)
    );
    assert!(held.html.expect("html").contains("<table"));
}

#[test]
fn a_clipboard_out_of_reach_gets_a_message() {
    let mut harness = nmd();
    let mut clipboard = MemoryClipboard::default();
    clipboard.broken = Some("no display".into());
    harness.state_mut().set_clipboard(Box::new(clipboard));
    ctrl_shift(&mut harness, egui::Key::C);
    match harness.state().modal() {
        Some(Modal::Message { text, is_error, .. }) => {
            assert!(*is_error);
            assert!(text.contains("no display"), "{text}");
        }
        other => panic!("expected a message, got {other:?}"),
    }
}
