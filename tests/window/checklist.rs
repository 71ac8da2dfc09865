//! The checklist's structured answers in the window: the scale (the workshop's municipalities
//! ticked, others typed, supra-regional), social return (a percentage and an obligation) and
//! the number of providers (with a cap), each one undo step.

use std::path::PathBuf;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use kraljic_workshop::model::{AnswerValue, LotId, Obligation, ProviderCount};
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;
use rust_decimal::Decimal;

use super::harness::{NMD, app, click_first, ctrl, lot_id};

type App = egui_kittest::Harness<'static, kraljic_workshop::ui::KraljicApp>;

/// The answer of `question` for the lot.
fn value(harness: &App, lot: LotId, question: &str) -> AnswerValue {
    let workshop = harness.state().workshop();
    let answer = workshop.lot(lot).and_then(|l| l.checklist.get(question));
    answer.map_or(AnswerValue::Empty, |a| a.value.clone())
}

/// Opens the combo box labelled `label` and picks `choice`.
fn pick(harness: &mut App, label: &str, choice: &str) {
    let combo = harness.get_by_role_and_label(Role::ComboBox, label);
    combo.scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(Role::ComboBox, label).click();
    harness.run();
    harness.get_by_label(choice).click();
    harness.run();
}

/// Types `text` into the field labelled `label` and leaves it.
fn type_into(harness: &mut App, label: &str, text: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
}

#[test]
fn the_scale_social_return_and_providers_are_answered_and_undone_step_by_step() {
    let mut harness = app(Some(PathBuf::from(NMD)), ScriptedDialogs::default());
    // The first lot in the list is Huishoudelijke hulp; its checklist has no answers on these.
    let lot = lot_id(harness.state().workshop(), "Huishoudelijke hulp");
    harness.get_by_label_contains("Checklist (").click();
    harness.run();

    // The scale: two of the workshop's municipalities, one from outside, supra-regional.
    click_first(&mut harness, "Assen");
    click_first(&mut harness, "Aa en Hunze");
    type_into(
        &mut harness,
        "Gemeenten buiten deze werksessie (met komma's)",
        "Emmen",
    );
    click_first(&mut harness, "Bovenregionaal");
    let scale = AnswerValue::Scale {
        municipalities: vec!["Aa en Hunze".into(), "Assen".into(), "Emmen".into()],
        supra_regional: true,
    };
    assert_eq!(
        value(&harness, lot, "scale"),
        scale,
        "the workshop's order, then others"
    );

    // Social return: 5 percent as a result obligation.
    type_into(&mut harness, "Percentage (0-100)", "5");
    pick(&mut harness, "Verplichting", "Resultaatverplichting");
    let social_return = AnswerValue::SocialReturn {
        percent: Some(Decimal::from(5)),
        obligation: Obligation::Result,
    };
    assert_eq!(value(&harness, lot, "social_return"), social_return);

    // Providers: at most a number, then the cap raised to 4.
    pick(
        &mut harness,
        "Hoeveel aanbieders hebben we nodig?",
        "Een maximum aantal",
    );
    let capped = |n| AnswerValue::Providers(ProviderCount::Capped(n));
    assert_eq!(value(&harness, lot, "provider_count"), capped(3));
    harness.get_by_label("Maximum").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Maximum").type_text("4");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(value(&harness, lot, "provider_count"), capped(4));

    // Undo takes each back in turn.
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(value(&harness, lot, "provider_count"), capped(3));
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(value(&harness, lot, "provider_count"), AnswerValue::Empty);
    ctrl(&mut harness, egui::Key::Z);
    let percent_only = AnswerValue::SocialReturn {
        percent: Some(Decimal::from(5)),
        obligation: Obligation::None,
    };
    assert_eq!(value(&harness, lot, "social_return"), percent_only);
    ctrl(&mut harness, egui::Key::Z);
    assert_eq!(value(&harness, lot, "social_return"), AnswerValue::Empty);
    ctrl(&mut harness, egui::Key::Z);
    let AnswerValue::Scale { supra_regional, .. } = value(&harness, lot, "scale") else {
        panic!("still a scale");
    };
    assert!(!supra_regional);
}

#[test]
fn a_written_answer_counts_as_answered() {
    let mut harness = app(Some(PathBuf::from(NMD)), ScriptedDialogs::default());
    let lot = lot_id(harness.state().workshop(), "Huishoudelijke hulp");
    harness.get_by_label_contains("Checklist (2/34)").click();
    harness.run();
    // The card names the lot once above the tab, not twice.
    let card = harness.get_by_label("Scores").rect().left();
    let names = harness
        .get_all_by_label("Huishoudelijke hulp")
        .filter(|n| n.rect().left() >= card - 40.0)
        .count();
    assert_eq!(names, 1);
    // The first question is the first consideration, answered in writing.
    let field = harness
        .get_all_by_label_contains("Antwoord \u{2014} ")
        .next()
        .expect("a text answer");
    field.scroll_to_me();
    harness.run();
    harness
        .get_all_by_label_contains("Antwoord \u{2014} ")
        .next()
        .expect("field")
        .focus();
    harness.run();
    harness
        .get_all_by_label_contains("Antwoord \u{2014} ")
        .next()
        .expect("field")
        .type_text("Per perceel een eigen benadering.");
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert_eq!(
        value(&harness, lot, "consider_tailoring"),
        AnswerValue::Text("Per perceel een eigen benadering.".into())
    );
    harness.get_by_label_contains("Checklist (3/34)");
    // The "answered" box agrees: ticked, and greyed out while the text is there.
    let boxed = harness
        .get_all_by_label("Beantwoord")
        .next()
        .expect("the box under the answer");
    assert_eq!(
        boxed.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    assert!(boxed.accesskit_node().is_disabled());
}

/// Where every note field of the checklist is, measured from the "Assen" box (so that a
/// scroll of the tab does not count as a move).
fn note_fields(harness: &App) -> Vec<egui::Rect> {
    let assen = harness.get_by_label("Assen").rect().min.to_vec2();
    harness
        .get_all_by_label_contains("Notitie \u{2014} ")
        .map(|node| node.rect().translate(-assen))
        .collect()
}

#[test]
fn ticking_a_municipality_or_not_applicable_moves_no_field_below_it() {
    let mut harness = app(Some(PathBuf::from(NMD)), ScriptedDialogs::default());
    harness.get_by_label_contains("Checklist (").click();
    harness.run();
    harness.get_by_label("Assen").scroll_to_me();
    harness.run();
    let before = note_fields(&harness);
    assert!(before.len() > 10, "{before:?}");
    harness.get_by_label("Assen").click();
    harness.run();
    assert_eq!(note_fields(&harness), before, "the first municipality");
    // The scale question's own "not applicable" box: the last one above its municipalities.
    let assen = harness.get_by_label("Assen").rect();
    let not_applicable = harness
        .get_all_by_label_contains("n.v.t. \u{2014} ")
        .filter(|node| node.rect().top() < assen.top())
        .max_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
        .expect("the scale's box");
    not_applicable.click();
    harness.run();
    // This question's note, where the pointer goes next, and every field above it stay put
    // (the request for a reason comes below that note).
    let up_to_its_note = before.iter().filter(|r| r.top() <= 0.0).count() + 1;
    assert_eq!(
        note_fields(&harness)[..up_to_its_note],
        before[..up_to_its_note],
        "not applicable"
    );
    // The answer is greyed out, not gone, and the reason is asked for below the note.
    harness.get_by_label("Assen");
    assert!(harness.get_by_label("Assen").accesskit_node().is_disabled());
    harness.get_by_label_contains("waarom deze vraag niet van toepassing");
}
