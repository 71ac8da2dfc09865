//! Names typed and pasted into the lot card keep to the one rule for texts: a line break
//! becomes a space, a name longer than 200 characters is cut, and a remark says so.

use egui_kittest::kittest::Queryable;

use super::harness::nmd;

fn selected_name(
    harness: &egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>,
) -> String {
    let id = harness.state().view.selected.expect("a lot is selected");
    harness
        .state()
        .workshop()
        .lot(id)
        .expect("lot")
        .name
        .clone()
}

fn clear_name_field(
    harness: &mut egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>,
) {
    harness.get_by_label("Naam").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
}

#[test]
fn a_line_break_typed_into_a_name_becomes_a_space_with_a_remark() {
    let mut harness = nmd();
    clear_name_field(&mut harness);
    harness
        .get_by_label("Naam")
        .type_text("Jeugdhulp\nmet\tverblijf");
    harness.run();
    assert_eq!(selected_name(&harness), "Jeugdhulp met verblijf");
    harness.get_by_label_contains("Regeleinden en tabs zijn spaties geworden");
    // Typing on: a space at the end stays in the field for the next word.
    harness.get_by_label("Naam").type_text(" ");
    harness.run();
    assert_eq!(selected_name(&harness), "Jeugdhulp met verblijf");
    harness.get_by_label("Naam").type_text("(kort)");
    harness.run();
    assert_eq!(selected_name(&harness), "Jeugdhulp met verblijf (kort)");
    // Another lot: its own name, no remark.
    harness.key_press(egui::Key::Escape);
    harness.run();
    // The lot's row in the list (the matrix names it too, for a screen reader).
    harness
        .get_all_by_label_contains("Beschermd wonen")
        .find(|n| {
            egui_kittest::kittest::NodeT::accesskit_node(n).role() == egui::accesskit::Role::Button
        })
        .expect("the row")
        .click();
    harness.run();
    assert!(harness.query_by_label_contains("Regeleinden").is_none());
}

#[test]
fn a_pasted_name_of_300_characters_is_cut_to_200_and_said_so() {
    let mut harness = nmd();
    clear_name_field(&mut harness);
    let long = "Ambulante begeleiding ".repeat(14); // 308 characters
    harness.event(egui::Event::Paste(long.clone()));
    harness.run();
    let name = selected_name(&harness);
    assert_eq!(name.chars().count(), 200);
    assert!(long.starts_with(&name));
    harness.get_by_label_contains("Een naam heeft hoogstens 200 tekens");
    // At the limit the field takes no more.
    harness.get_by_label("Naam").type_text("xyz");
    harness.run();
    assert_eq!(selected_name(&harness), name);
}
