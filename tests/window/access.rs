//! The window for a screen reader and the keyboard alone: the matrix told in words, lot by
//! lot, walked with the arrows.

use egui::accesskit::Role;
use egui_kittest::kittest::{AccessKitNode, NodeT, Queryable};

use crate::harness::nmd;

#[test]
fn the_matrix_is_a_described_figure_with_every_scored_lot_in_words() {
    let mut harness = nmd();
    let figure = harness.get_by_role_and_label(Role::Figure, "Kraljic-matrix");
    let description = figure
        .accesskit_node()
        .description()
        .unwrap_or_default()
        .to_string();
    assert!(description.contains("toeleveringsrisico"), "{description}");
    assert!(description.contains("Knelpunt"), "{description}");
    let list = figure
        .accesskit_node()
        .children()
        .find(|c| c.role() == Role::List)
        .expect("the figure holds a list of its lots");
    assert_eq!(list.label().as_deref(), Some("Percelen in de matrix"));
    let lots: Vec<String> = list
        .children()
        .filter(|c| c.role() == Role::ListItem)
        .filter_map(|c| c.label())
        .collect();
    let scored = harness
        .state()
        .workshop()
        .lots
        .iter()
        .filter(|l| l.is_scored())
        .count();
    assert_eq!(lots.len(), scored, "{lots:#?}");
    assert!(
        lots.iter()
            .any(|l| l.starts_with("Dyslexie: Routine, risico")),
        "{lots:#?}"
    );
    // Reading order: the Hefboom lots first, the Knelpunt lots last.
    assert!(lots[0].contains("Hefboom"), "{}", lots[0]);
    assert!(
        lots[lots.len() - 1].contains("Knelpunt"),
        "{}",
        lots[lots.len() - 1]
    );
    let _ = &mut harness;
}

#[test]
fn the_arrows_walk_the_matrix_and_enter_selects_the_lot() {
    let mut harness = nmd();
    let id = harness.state().view.drawn.matrix_id.expect("the matrix");
    harness.ctx.memory_mut(|m| m.request_focus(id));
    harness.run();
    let selected = harness.state().view.selected;
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    let cursor = harness.state().view.matrix_cursor.expect("a cursor");
    assert_eq!(
        harness.state().view.selected,
        selected,
        "the arrows do not select"
    );
    assert!(
        harness.ctx.memory(|m| m.has_focus(id)),
        "the matrix keeps the focus"
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().view.selected, Some(cursor), "Enter selects");
}

#[test]
fn the_lot_list_says_where_each_row_is_and_the_focus_follows_the_arrows() {
    let mut harness = nmd();
    let list = harness.get_by_role_and_label(Role::List, "Percelen");
    assert_eq!(list.accesskit_node().size_of_set(), Some(29));
    let first = harness.get_by_label_contains("Huishoudelijke hulp, Hefboom, nummer 1");
    // AccessKit counts from 0; a screen reader hears "1 van 29".
    assert_eq!(first.accesskit_node().position_in_set(), Some(0));
    assert!(
        first
            .accesskit_node()
            .label()
            .unwrap_or_default()
            .contains("checklist"),
        "the row reads what it shows"
    );
    first.focus();
    harness.run();
    let rows_walked = 14;
    for _ in 0..rows_walked {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
    }
    // The focus went down with the selection, past the rows first in view.
    let node = harness
        .get_all_by_role(Role::Button)
        .find(|n| n.accesskit_node().is_focused())
        .expect("a focused row");
    assert_eq!(node.accesskit_node().position_in_set(), Some(rows_walked));
    assert!(node.accesskit_node().is_selected().unwrap_or(false));
}

#[test]
fn keyboard_scoring_speaks_the_lots_new_quadrant_and_undo_speaks_too() {
    let mut harness = nmd();
    for key in [
        egui::Key::N,
        egui::Key::Num2,
        egui::Key::Num2,
        egui::Key::Num2,
    ] {
        harness.key_press(key);
        harness.run();
    }
    let id = harness.state().view.selected.expect("a lot");
    let name = harness
        .state()
        .workshop()
        .lot(id)
        .expect("lot")
        .name
        .clone();
    let said = format!("{name}: risico 2,0");
    let spoken = harness.get_by_label_contains(&said);
    assert_eq!(
        spoken.accesskit_node().live(),
        egui::accesskit::Live::Polite,
        "a live region"
    );
    let quadrant = (harness.state().document().portfolio().get(id))
        .and_then(|r| r.quadrant)
        .expect("placed");
    let quadrant = kraljic_workshop::locale::Lang::Dutch
        .texts()
        .quadrant(quadrant);
    let words = format!("{:?}", spoken.accesskit_node());
    assert!(words.contains(&format!("kwadrant {quadrant}")), "{words}");
    super::harness::ctrl(&mut harness, egui::Key::Z);
    harness.get_by_label_contains("Ongedaan gemaakt;");
}

/// Every node under `node`, depth first.
fn walk<'t>(node: AccessKitNode<'t>, out: &mut Vec<AccessKitNode<'t>>) {
    for child in node.children() {
        out.push(child);
        walk(child, out);
    }
}

/// egui's own English names, which must not be read out in the Dutch window.
const ENGLISH_DEFAULTS: [&str; 4] = ["Resize panel", "Close window", "Color", "Toggle"];

#[test]
fn every_control_of_the_main_view_has_a_dutch_name_and_the_right_role() {
    let harness = nmd();
    let mut nodes = Vec::new();
    walk(harness.root().accesskit_node(), &mut nodes);
    let focusable: Vec<&AccessKitNode<'_>> = nodes
        .iter()
        .filter(|n| n.data().supports_action(egui::accesskit::Action::Focus))
        .collect();
    assert!(focusable.len() > 40, "{} focusable", focusable.len());
    for node in &focusable {
        let name = node.label().unwrap_or_default();
        assert!(
            !name.trim().is_empty(),
            "a focusable {:?} without a name",
            node.role()
        );
        assert!(
            !ENGLISH_DEFAULTS.iter().any(|d| name == *d),
            "egui's English name {name:?}"
        );
        assert_ne!(node.role(), Role::Unknown, "{name}: no role");
    }
    let named = |role: Role, name: &str| {
        nodes
            .iter()
            .find(|n| n.role() == role && n.label().is_some_and(|l| l.starts_with(name)))
            .copied()
            .unwrap_or_else(|| panic!("no {role:?} named {name}"))
    };
    // The card's tabs are tabs, the chosen one selected.
    let scores = named(Role::Tab, "Scores");
    assert_eq!(scores.is_selected(), Some(true));
    assert_eq!(named(Role::Tab, "Strategie").is_selected(), Some(false));
    // A score group is a named group with its question as the description.
    let impact = named(Role::RadioGroup, "Impact");
    assert!(
        impact
            .description()
            .is_some_and(|d| d.starts_with("Hoe ernstig")),
        "{:?}",
        impact.description()
    );
    // A combo box says its choice; a menu entry is named without its keys.
    let law = named(Role::ComboBox, "Wet");
    assert!(law.description().is_some(), "the chosen law");
    let _ = named(Role::Splitter, "Breedte van de perceellijst");
    drop(nodes);
    let mut harness = harness;
    harness.get_by_label("Bestand").click();
    harness.run();
    let save = harness.get_by_role_and_label(Role::Button, "Opslaan");
    assert_eq!(
        save.accesskit_node().data().keyboard_shortcut(),
        Some("Ctrl+S")
    );
    assert_eq!(
        save.accesskit_node().description().as_deref(),
        Some("Opslaan (Ctrl+S)")
    );
}

#[test]
fn tab_walks_the_main_view_in_reading_order() {
    let mut harness = nmd();
    let mut seen: Vec<String> = Vec::new();
    for _ in 0..160 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        // The matrix reports its cursor's lot as the focus (its active descendant).
        let matrix = harness.state().view.drawn.matrix_id;
        let on_matrix = matrix.is_some_and(|id| harness.ctx.memory(|m| m.has_focus(id)));
        let node = harness
            .root()
            .accesskit_node()
            .tree_state
            .focus()
            .map(|n| n.label().unwrap_or_default());
        let node = if on_matrix {
            Some("Kraljic-matrix".to_string())
        } else {
            node
        };
        if let Some(name) = node
            && seen.last() != Some(&name)
        {
            seen.push(name);
        }
        if seen
            .iter()
            .filter(|n| n.as_str() == "Kraljic-matrix")
            .count()
            > 0
        {
            break;
        }
    }
    let at = |part: &str| {
        seen.iter()
            .position(|n| n.starts_with(part))
            .unwrap_or_else(|| panic!("Tab never reached {part}: {seen:#?}"))
    };
    let order = [
        at("Bestand"),
        at("Matrix"),
        at("Zoek een perceel"),
        at("Huishoudelijke hulp, Hefboom"),
        at("Scores"),
        at("Naam"),
        at("Impact: 0 Geen"),
        at("Schaarste: 0 Geen"),
        at("Omschakeling: 0 Geen"),
        at("+ Besluit"),
        at("Kraljic-matrix"),
    ];
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "{order:?} in {seen:#?}"
    );
}
