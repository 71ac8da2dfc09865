//! Keys that always count: several key presses in one frame are applied one by one, in the
//! order pressed, and what they score is what is saved.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kraljic_workshop::format;
use kraljic_workshop::model::{Level, LotId};
use kraljic_workshop::ui::document::Origin;
use kraljic_workshop::ui::{KraljicApp, ToolWindow};

use super::harness::{ctrl, keys_in_one_frame, list_order, nmd, plain_keys_in_one_frame};

/// Saves with Ctrl+S (the file was opened by path, so no dialog) and reads the lot's scores
/// back from the file on disk.
fn saved_scores(harness: &mut Harness<'static, KraljicApp>, lot: LotId) -> [Option<Level>; 3] {
    ctrl(harness, Key::S);
    assert!(!harness.state().document().is_dirty(), "saved");
    let Origin::File(path) = harness.state().document().origin().clone() else {
        panic!("the example was opened from a file");
    };
    let saved = format::load_path(&path)
        .expect("the saved file loads")
        .workshop;
    let lot = saved.lot(lot).expect("the lot is saved");
    lot.scores.levels()
}

fn selected(harness: &Harness<'static, KraljicApp>) -> LotId {
    harness.state().view.selected.expect("a lot is selected")
}

const FIRST_UNSCORED: &str = "Landelijk transitiearrangement (J)";

#[test]
fn n_3_2_1_in_one_frame_scores_3_2_1() {
    let mut harness = nmd();
    plain_keys_in_one_frame(&mut harness, &[Key::N, Key::Num3, Key::Num2, Key::Num1]);
    let lot = selected(&harness);
    assert_eq!(
        harness.state().workshop().lot(lot).map(|l| l.name.as_str()),
        Some(FIRST_UNSCORED),
        "N selected the first unscored lot before the digits scored"
    );
    assert_eq!(
        saved_scores(&mut harness, lot),
        [Some(Level::High), Some(Level::Medium), Some(Level::Low)]
    );
}

#[test]
fn n_2_2_2_in_one_frame_scores_every_criterion_2() {
    let mut harness = nmd();
    plain_keys_in_one_frame(&mut harness, &[Key::N, Key::Num2, Key::Num2, Key::Num2]);
    let lot = selected(&harness);
    assert_eq!(saved_scores(&mut harness, lot), [Some(Level::Medium); 3]);
}

#[test]
fn the_second_n_scores_the_next_lot_and_the_first_keeps_its_open_question() {
    let mut harness = nmd();
    plain_keys_in_one_frame(
        &mut harness,
        &[
            Key::N,
            Key::Num0,
            Key::Num3,
            Key::N,
            Key::Num1,
            Key::Num1,
            Key::Num1,
        ],
    );
    let workshop = harness.state().workshop().clone();
    let first = workshop
        .lots
        .iter()
        .find(|l| l.name == FIRST_UNSCORED)
        .expect("first unscored lot")
        .id;
    let second = selected(&harness);
    assert_ne!(first, second, "the second N moved on");
    assert_eq!(
        saved_scores(&mut harness, second),
        [Some(Level::Low); 3],
        "the second lot got 1, 1, 1"
    );
    assert_eq!(
        saved_scores(&mut harness, first),
        [Some(Level::None), Some(Level::High), None],
        "the first lot kept 0, 3 and its third score is still open"
    );
}

#[test]
fn two_arrow_presses_in_one_frame_move_two_lots() {
    let mut harness = nmd();
    let order = list_order(&harness);
    assert_eq!(harness.state().view.selected, Some(order[0]));
    plain_keys_in_one_frame(&mut harness, &[Key::ArrowDown, Key::ArrowDown]);
    assert_eq!(harness.state().view.selected, Some(order[2]));
    plain_keys_in_one_frame(&mut harness, &[Key::ArrowUp, Key::PageDown, Key::PageDown]);
    assert_eq!(harness.state().view.selected, Some(order[3]));
}

#[test]
fn two_undos_in_one_frame_undo_two_steps_and_two_redos_redo_them() {
    let mut harness = nmd();
    let lot = selected(&harness);
    let original = harness.state().workshop().clone();
    harness.get_by_label("Impact: 0 Geen").click();
    harness.run();
    harness.get_by_label("Schaarste: 0 Geen").click();
    harness.run();
    let edited = harness.state().workshop().clone();
    assert_ne!(edited, original);

    keys_in_one_frame(
        &mut harness,
        &[(Modifiers::COMMAND, Key::Z), (Modifiers::COMMAND, Key::Z)],
    );
    assert_eq!(harness.state().workshop(), &original, "both steps undone");
    assert!(!harness.state().document().is_dirty());

    let redo = Modifiers::COMMAND.plus(Modifiers::SHIFT);
    keys_in_one_frame(&mut harness, &[(redo, Key::Z), (redo, Key::Z)]);
    assert_eq!(harness.state().workshop(), &edited, "both steps redone");
    assert_eq!(
        saved_scores(&mut harness, lot)[..2],
        [Some(Level::None), Some(Level::None)]
    );
}

#[test]
fn ctrl_shift_z_with_nothing_to_redo_does_not_undo() {
    let mut harness = nmd();
    harness.get_by_label("Impact: 0 Geen").click();
    harness.run();
    let edited = harness.state().workshop().clone();
    keys_in_one_frame(
        &mut harness,
        &[(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z)],
    );
    assert_eq!(harness.state().workshop(), &edited);
}

#[test]
fn a_text_field_keeps_plain_keys_typed_in_the_same_frame() {
    let mut harness = nmd();
    let lot = selected(&harness);
    let before = harness.state().workshop().clone();
    harness.get_by_label("Zoek een perceel").focus();
    harness.run();
    plain_keys_in_one_frame(&mut harness, &[Key::N, Key::Num3, Key::Num2]);
    assert_eq!(harness.state().view.selected, Some(lot), "N did not move");
    assert_eq!(harness.state().workshop(), &before, "no digit scored");
    assert_eq!(harness.state().view.list.search, "n32");
}

#[test]
fn esc_closes_the_window_on_top_then_leaves_presentation() {
    let mut harness = nmd();
    let windows = |h: &Harness<'static, KraljicApp>| {
        [ToolWindow::Shortcuts, ToolWindow::Settings].map(|w| h.state().view.windows.is_open(w))
    };
    // F1, then settings (Ctrl+,), then Esc in one frame: settings was opened last.
    keys_in_one_frame(
        &mut harness,
        &[
            (Modifiers::NONE, Key::F1),
            (Modifiers::COMMAND, Key::Comma),
            (Modifiers::NONE, Key::Escape),
        ],
    );
    assert_eq!(windows(&harness), [true, false]);
    // F1's list shows what Esc does.
    harness.get_by_label("Venster sluiten of presentatie verlaten");
    plain_keys_in_one_frame(&mut harness, &[Key::Escape]);
    assert_eq!(windows(&harness), [false, false], "Esc closed F1's list");

    // Two windows shown in turn: the one opened later is on top and closes first.
    ctrl(&mut harness, Key::Comma);
    plain_keys_in_one_frame(&mut harness, &[Key::F1]);
    assert_eq!(
        harness.state().view.windows.top(&harness.ctx),
        Some(ToolWindow::Shortcuts)
    );
    plain_keys_in_one_frame(&mut harness, &[Key::Escape]);
    assert_eq!(windows(&harness), [false, true]);
    plain_keys_in_one_frame(&mut harness, &[Key::Escape]);
    assert_eq!(windows(&harness), [false, false]);

    // In presentation mode Esc closes the window first, then leaves presentation.
    plain_keys_in_one_frame(&mut harness, &[Key::F5, Key::F1]);
    assert!(harness.state().view.presenting);
    plain_keys_in_one_frame(&mut harness, &[Key::Escape]);
    assert!(harness.state().view.presenting, "the first Esc closed F1");
    assert_eq!(windows(&harness), [false, false]);
    plain_keys_in_one_frame(&mut harness, &[Key::Escape]);
    assert!(!harness.state().view.presenting);
}

#[test]
fn esc_closes_the_review_and_open_questions_windows() {
    let mut harness = nmd();
    for window in [
        ToolWindow::Review,
        ToolWindow::OpenQuestions,
        ToolWindow::About,
    ] {
        harness.state_mut().view.windows.open(window);
        harness.run();
        assert!(harness.state().view.windows.is_open(window));
        plain_keys_in_one_frame(&mut harness, &[Key::Escape]);
        assert!(!harness.state().view.windows.is_open(window), "{window:?}");
    }
}

#[test]
fn a_window_clicked_to_the_front_is_the_one_esc_closes() {
    let mut harness = nmd();
    plain_keys_in_one_frame(&mut harness, &[Key::F1]);
    ctrl(&mut harness, Key::Comma);
    let windows = &harness.state().view.windows;
    assert_eq!(windows.top(&harness.ctx), Some(ToolWindow::Settings));
    // F1's list is wider than the settings window in front of it: click its visible edge.
    let list = harness
        .ctx
        .memory(|m| m.area_rect(ToolWindow::Shortcuts.id()))
        .expect("F1's list is shown");
    let settings = harness
        .ctx
        .memory(|m| m.area_rect(ToolWindow::Settings.id()))
        .expect("the settings are shown");
    let at = egui::pos2(list.left() + 12.0, list.center().y);
    assert!(!settings.contains(at), "{list:?} {settings:?}");
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
    assert_eq!(
        harness.state().view.windows.top(&harness.ctx),
        Some(ToolWindow::Shortcuts)
    );
    plain_keys_in_one_frame(&mut harness, &[Key::Escape]);
    let windows = &harness.state().view.windows;
    assert!(!windows.is_open(ToolWindow::Shortcuts));
    assert!(windows.is_open(ToolWindow::Settings));
}

#[test]
fn ctrl_1_2_3_choose_the_card_tabs_and_the_remote_walks_the_rooms_checklist() {
    use kraljic_workshop::ui::CardTab;
    let mut harness = super::harness::nmd();
    super::harness::ctrl(&mut harness, egui::Key::Num2);
    assert_eq!(harness.state().view.tab, CardTab::Checklist);
    super::harness::ctrl(&mut harness, egui::Key::Num3);
    assert_eq!(harness.state().view.tab, CardTab::Strategy);
    super::harness::ctrl(&mut harness, egui::Key::Num1);
    assert_eq!(harness.state().view.tab, CardTab::Scores);
    // In the room, on the Checklist tab, Page Down and Page Up walk the questions.
    harness.key_press(egui::Key::F5);
    harness.run();
    super::harness::ctrl(&mut harness, egui::Key::Num2);
    let lot = harness.state().view.selected;
    for _ in 0..3 {
        harness.key_press(egui::Key::PageDown);
        harness.run();
    }
    assert_eq!(harness.state().view.room_question, 3);
    assert_eq!(harness.state().view.selected, lot, "the same lot");
    harness.get_by_label_contains("Vraag 4 / 34");
    // Past the last question: the next lot's first; back again: that lot's last.
    harness.state_mut().view.room_question = 33;
    harness.key_press(egui::Key::PageDown);
    harness.run();
    assert_ne!(harness.state().view.selected, lot);
    assert_eq!(harness.state().view.room_question, 0);
    harness.key_press(egui::Key::PageUp);
    harness.run();
    assert_eq!(harness.state().view.selected, lot);
    assert_eq!(harness.state().view.room_question, 33);
    // On the Scores tab the remote walks the lots, as before.
    super::harness::ctrl(&mut harness, egui::Key::Num1);
    harness.key_press(egui::Key::PageDown);
    harness.run();
    assert_ne!(harness.state().view.selected, lot);
}

#[test]
fn enter_gives_the_rooms_question_the_keyboard_and_esc_takes_it_back_then_ends_the_show() {
    use kraljic_workshop::ui::CardTab;
    let mut harness = super::harness::nmd();
    harness.key_press(egui::Key::F5);
    harness.run();
    super::harness::ctrl(&mut harness, egui::Key::Num2);
    assert_eq!(harness.state().view.tab, CardTab::Checklist);
    let lot = harness.state().view.selected.expect("a lot");
    let question = harness.state().view.room_question;
    let before = harness.state().workshop().lot(lot).expect("lot").clone();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(
        harness.ctx.egui_wants_keyboard_input(),
        "a field has the keys"
    );
    // Digits and letters now type, not score or walk.
    harness.event(egui::Event::Text("afgestemd 3".into()));
    harness.run();
    let after = harness.state().workshop().lot(lot).expect("lot").clone();
    assert_eq!(after.scores, before.scores, "the 3 typed, not scored");
    let catalogue = kraljic_workshop::format::built_in_catalogue();
    let mut questions = catalogue.groups.iter().flat_map(|g| g.questions.iter());
    let id = &questions.nth(question).expect("question").id;
    let answer = after.checklist.get(id).expect("an answer");
    let typed = format!("{:?} {}", answer.value, answer.note);
    assert!(typed.contains("afgestemd 3"), "{typed}");
    // Esc gives the keys back and the show goes on; a second Esc ends it.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.ctx.egui_wants_keyboard_input());
    assert!(harness.state().view.presenting);
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().view.presenting);
}

#[test]
fn command_keys_work_with_a_button_focused_and_only_tab_moves_the_focus() {
    let mut harness = super::harness::nmd();
    harness.get_by_label("Nieuw perceel").focus();
    harness.run();
    let focused = harness.ctx.memory(|m| m.focused());
    assert!(focused.is_some());
    for key in [Key::N, Key::Num2, Key::Num2, Key::Num2] {
        harness.key_press(key);
        harness.run();
    }
    let id = harness.state().view.selected.expect("a lot");
    let lot = harness.state().workshop().lot(id).expect("lot").clone();
    assert!(lot.is_scored(), "N and three digits scored {}", lot.name);
    // The arrows walk the lots; the focus stays on the button.
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_ne!(harness.state().view.selected, Some(id));
    assert_eq!(
        harness.ctx.memory(|m| m.focused()),
        focused,
        "not moved by ↓"
    );
    harness.key_press(Key::Tab);
    harness.run();
    assert_ne!(harness.ctx.memory(|m| m.focused()), focused, "moved by Tab");
}

/// An open drop-down owns the plain keys: the arrows move in it and a digit scores nothing, so
/// the lot behind it stays selected and unchanged.
#[test]
fn an_open_drop_down_keeps_the_arrows_and_digits_from_the_lots_behind_it() {
    let mut harness = nmd();
    let selected = harness.state().view.selected;
    let before = harness.state().workshop().clone();
    // The list's filter (the card has a "Wet" of its own, the lot's law).
    harness
        .get_all_by_role_and_label(egui::accesskit::Role::ComboBox, "Wet")
        .next()
        .expect("a drop-down")
        .click();
    harness.run();
    assert!(
        egui::Popup::is_any_open(&harness.ctx),
        "the drop-down is open"
    );
    for key in [Key::ArrowDown, Key::ArrowDown, Key::Num3] {
        harness.key_press(key);
        harness.run();
    }
    assert_eq!(harness.state().view.selected, selected);
    assert_eq!(harness.state().workshop(), &before);
    // Closed, the arrows walk the lots again.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_ne!(harness.state().view.selected, selected);
}
