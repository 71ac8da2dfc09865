//! Every screen: the window at the sizes people have (laptops at 100 % and 150 %, projectors),
//! at the desk and in presentation mode, with the NMD and Rivierenland examples and a generated
//! 200-lot workshop. The checks run on the text boxes of the shared matrix geometry, which the
//! window paints as they are (and the exports too): nothing overlaps, nothing is cut off, and
//! what the room must see is in view. Image snapshots of the whole window at each size.

use egui::{Rect, Vec2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kraljic_workshop::chart::geometry::{MatrixGeometry, MatrixOptions, TextBox};
use kraljic_workshop::chart::layout::{LabelSpot, LabelText};
use kraljic_workshop::chart::legend;
use kraljic_workshop::chart::scene::FontMeasure;
use kraljic_workshop::chart::style::Sizes;
use kraljic_workshop::locale::Lang;
use kraljic_workshop::model::analyse;
use kraljic_workshop::ui::KraljicApp;

use super::harness::{NMD, app_at};

const RIVIERENLAND: &str = "workshops/rivierenland-2019.kraljic.ron";

/// Laptops (1366x768, 1920x1080 at 150 % = 1280x720 points), projectors (1280x720, 1920x1080)
/// and a large monitor.
const SIZES: [(f32, f32); 4] = [
    (1280.0, 720.0),
    (1366.0, 768.0),
    (1920.0, 1080.0),
    (2560.0, 1440.0),
];

/// Two boxes overlap by more than a hair.
fn overlap(a: Rect, b: Rect) -> bool {
    a.shrink(0.5).intersects(b.shrink(0.5))
}

fn assert_apart(what: &str, boxes: &[(String, Rect)]) {
    for (i, (a, ra)) in boxes.iter().enumerate() {
        for (b, rb) in &boxes[i + 1..] {
            assert!(
                !overlap(*ra, *rb),
                "{what}: '{a}' {ra:?} overlaps '{b}' {rb:?}"
            );
        }
    }
}

/// The checks on one laid-out matrix: axis texts, quadrant names, lot labels and legend are
/// inside their areas and never on top of each other.
fn check_matrix(
    what: &str,
    geometry: &MatrixGeometry,
    labels: &[Option<LabelSpot>],
    legend: &[TextBox],
) {
    let outer = geometry.outer.expand(0.5);
    let mut texts: Vec<(String, Rect)> =
        geometry.texts().map(|t| (t.text.clone(), t.rect)).collect();
    for (text, rect) in &texts {
        assert!(
            outer.contains_rect(*rect),
            "{what}: '{text}' {rect:?} is cut off"
        );
    }
    for (quadrant, name) in &geometry.quadrant_names {
        assert!(
            geometry
                .quadrant_rect(*quadrant)
                .expand(0.5)
                .contains_rect(name.rect),
            "{what}: the name '{}' leaves its quadrant",
            name.text
        );
    }
    for entry in legend {
        assert!(
            outer.contains_rect(entry.rect),
            "{what}: legend '{}' is cut off",
            entry.text
        );
        assert!(
            !overlap(entry.rect, geometry.frame),
            "{what}: legend on the matrix"
        );
        texts.push((entry.text.clone(), entry.rect));
    }
    for (i, spot) in labels.iter().enumerate() {
        let Some(spot) = spot else { continue };
        assert!(
            geometry.frame.expand(0.5).contains_rect(spot.rect),
            "{what}: label {i} {:?} is cut off by the plot edge",
            spot.rect
        );
        texts.push((format!("label {i}"), spot.rect));
    }
    assert_apart(what, &texts);
    // At least the levels are named on the risk axis.
    let risk_labels = geometry
        .risk_ticks
        .iter()
        .filter(|t| t.label.is_some())
        .count();
    assert!(risk_labels >= 4, "{what}: {risk_labels} risk tick labels");
}

fn check_window(what: &str, harness: &Harness<'static, KraljicApp>) {
    let view = &harness.state().view;
    let geometry = view.drawn.matrix.as_ref().expect("the matrix was drawn");
    check_matrix(
        what,
        geometry,
        view.drawn.plot_cache.label_spots(),
        &view.drawn.legend,
    );
    // The window draws the markers where the shared geometry puts them (spreading moves
    // markers sideways only).
    for lot in &view.drawn.plotted {
        let at = geometry.to_screen(lot.point[0], lot.point[1]);
        assert!(
            (at.y - lot.screen.y).abs() < 0.5,
            "{what}: marker off the geometry"
        );
    }
    // The window's plot area is the geometry's frame.
    let plot = harness.get_by_label(kraljic_workshop::locale::Lang::Dutch.ui().plot_label);
    let rect = plot.rect();
    assert!(
        (rect.min - geometry.frame.min).length() < 1.0
            && (rect.max - geometry.frame.max).length() < 1.0,
        "{what}: plot {rect:?} is not the frame {:?}",
        geometry.frame
    );
}

/// The selected lot's three chosen scores and its quadrant are on screen, inside `area`.
fn assert_result_in_view(what: &str, harness: &Harness<'static, KraljicApp>, area: Rect) {
    let app = harness.state();
    let id = app.view.selected.expect("selected");
    let lot = app.workshop().lot(id).expect("lot");
    let texts = Lang::Dutch.texts();
    let mut wanted: Vec<String> = kraljic_workshop::model::Criterion::ALL
        .iter()
        .filter_map(|&c| {
            let level = lot.scores.get(c)?;
            Some(format!(
                "{}: {} {}",
                texts.criterion(c),
                level.number(),
                texts.level(level)
            ))
        })
        .collect();
    assert_eq!(wanted.len(), 3, "{what}: the selected lot is scored");
    let quadrant = app.document().portfolio().get(id).and_then(|r| r.quadrant);
    wanted.push(format!(
        "Kwadrant: {}",
        texts.quadrant(quadrant.expect("scored"))
    ));
    for label in wanted {
        let node = harness.get_by_label_contains(&label);
        let rect = node.rect();
        assert!(
            area.contains_rect(rect),
            "{what}: '{label}' at {rect:?} is not in view ({area:?})"
        );
    }
}

fn names_share(harness: &Harness<'static, KraljicApp>) -> f32 {
    let view = &harness.state().view;
    let spots = view.drawn.plot_cache.label_spots();
    let named = spots
        .iter()
        .filter(|s| matches!(s, Some(s) if s.text == LabelText::Full))
        .count();
    named as f32 / spots.len().max(1) as f32
}

fn generated_file(dir: &std::path::Path) -> String {
    let path = dir.join("generated-200.kraljic.ron");
    kraljic_workshop::format::save_path(&kraljic_workshop::examples::generated(200), &path)
        .expect("saved");
    path.display().to_string()
}

#[test]
fn every_size_at_the_desk_and_in_the_room_keeps_texts_apart_and_in_view() {
    let dir = tempfile::tempdir().expect("dir");
    let generated = generated_file(dir.path());
    for file in [NMD, RIVIERENLAND, generated.as_str()] {
        let sizes = SIZES.iter().map(|&(w, h)| (vec2(w, h), 1.0));
        // 1920x1080 at 150 %.
        for (size, zoom) in sizes.chain([(vec2(1280.0, 720.0), 1.5)]) {
            let mut harness = app_at(file, size, zoom);
            let what = format!("{file} {size:?} x{zoom}");
            check_window(&format!("{what} desk"), &harness);
            harness.key_press(egui::Key::F5);
            harness.run();
            check_window(&format!("{what} room"), &harness);
        }
    }
}

#[test]
fn a_laptop_shows_most_lots_by_name_and_the_selected_lots_result() {
    let size = vec2(1366.0, 768.0);
    let harness = app_at(NMD, size, 1.0);
    let share = names_share(&harness);
    assert!(
        share >= 2.0 / 3.0,
        "{:.0} % of the lots named",
        share * 100.0
    );
    // Above the status line.
    let area = Rect::from_min_size(egui::Pos2::ZERO, size - vec2(0.0, 40.0));
    assert_result_in_view("1366x768 desk", &harness, area);
}

#[test]
fn the_room_shows_the_scores_and_the_quadrant_without_scrolling() {
    for (w, h) in SIZES {
        let mut harness = app_at(NMD, vec2(w, h), 1.0);
        harness.key_press(egui::Key::F5);
        harness.run();
        let panel = w * kraljic_workshop::ui::layout::ROOM_CARD_SHARE;
        let area = Rect::from_min_max(egui::pos2(w - panel, 0.0), egui::pos2(w, h));
        assert_result_in_view(&format!("{w}x{h} room"), &harness, area);
        let geometry = harness.state().view.drawn.matrix.clone().expect("matrix");
        assert!(
            geometry.outer.width() >= w * 0.6,
            "{w}x{h}: the matrix is narrow"
        );
        // A lot being scored (its third criterion still open) fits the panel just as well.
        super::harness::plain_keys_in_one_frame(
            &mut harness,
            &[egui::Key::N, egui::Key::Num2, egui::Key::Num3],
        );
        for label in [
            "Impact: 0 Geen",
            "Schaarste: 3 Hoog",
            "Omschakeling: 0 Geen",
        ] {
            let rect = harness.get_by_label(label).rect();
            assert!(
                area.contains_rect(rect),
                "{w}x{h} room: '{label}' at {rect:?}"
            );
        }
    }
}

/// Presentation mode shows its way out: a button beside the card's tabs, or below them where a
/// squarer projector leaves no room, never over them; a screen reader hears its name without
/// the key.
#[test]
fn the_room_has_a_button_back_to_the_normal_window() {
    for (w, h) in [(1280.0, 720.0), (1280.0, 800.0), (1024.0, 768.0)] {
        let mut harness = app_at(NMD, vec2(w, h), 1.0);
        harness.key_press(egui::Key::F5);
        harness.run();
        assert!(harness.state().view.presenting);
        let button = harness.get_by_label("Presentatie sluiten");
        assert_eq!(
            button.accesskit_node().description().as_deref(),
            Some("Sluiten (Esc)")
        );
        let rect = button.rect();
        assert!(
            Rect::from_min_size(egui::Pos2::ZERO, vec2(w, h)).contains_rect(rect),
            "{w}x{h}: in view"
        );
        for tab in ["Scores", "Checklist (2/34)"] {
            let tab = harness.get_by_label(tab).rect();
            assert!(!tab.intersects(rect), "{w}x{h}: over the tab {tab:?}");
        }
        button.click();
        harness.run();
        assert!(!harness.state().view.presenting, "{w}x{h}");
        assert!(
            harness.query_by_label("Presentatie sluiten").is_none(),
            "only in the room"
        );
    }
}

#[test]
fn the_room_checklist_shows_one_question_at_a_time() {
    let mut harness = app_at(NMD, vec2(1280.0, 720.0), 1.0);
    harness.key_press(egui::Key::F5);
    harness.run();
    harness.get_by_label_contains("Checklist (").click();
    harness.run();
    harness.get_by_label("Vraag 1 / 34");
    // The whole card stays on the screen: the next-question button too.
    let next = harness.get_by_label_contains("Volgende vraag").rect();
    assert!(
        next.right() <= 1280.0,
        "the card runs off the screen: {next:?}"
    );
    harness.get_by_label_contains("Volgende vraag").click();
    harness.run();
    harness.get_by_label("Vraag 2 / 34");
    assert!(harness.query_by_label("Vraag 1 / 34").is_none());
}

#[test]
fn a_narrow_window_keeps_everything_reachable_with_the_panels_folded() {
    let mut harness = app_at(NMD, vec2(1024.0, 640.0), 1.0);
    check_window("1024x640 desk", &harness);
    assert!(!harness.state().view.list_open, "the list starts folded");
    // The strip still selects lots; the list opens with its button.
    harness
        .get_by_label_contains("Beschermd wonen, Strategisch, nummer 2")
        .click();
    harness.run();
    let id = harness.state().view.selected.expect("selected");
    assert_eq!(
        harness.state().workshop().lot(id).map(|l| l.name.as_str()),
        Some("Beschermd wonen")
    );
    harness
        .get_by_label(Lang::Dutch.ui().toggle_list.label)
        .click();
    harness.run();
    assert!(harness.state().view.list_open);
    harness.get_by_label_contains("Percelen (");
}

#[test]
fn the_exported_matrix_keeps_texts_apart_with_a_legend_for_every_number() {
    let dir = tempfile::tempdir().expect("dir");
    let generated = kraljic_workshop::examples::generated(200);
    let _ = dir;
    let nmd = kraljic_workshop::format::load_path(std::path::Path::new(NMD))
        .expect("nmd")
        .workshop;
    let rivierenland = kraljic_workshop::format::load_path(std::path::Path::new(RIVIERENLAND))
        .expect("rivierenland")
        .workshop;
    for (name, workshop) in [
        ("nmd", &nmd),
        ("rivierenland", &rivierenland),
        ("200", &generated),
    ] {
        let portfolio = analyse(workshop);
        for size in [
            vec2(1920.0, 1080.0),
            vec2(3508.0, 2480.0),
            vec2(1280.0, 720.0),
        ] {
            let options = MatrixOptions {
                lang: Lang::Dutch,
                sizes: Sizes::EXPORT,
                scale: size.y / 1080.0,
                hide_amounts: false,
                legend: true,
            };
            let outer = Rect::from_min_size(egui::Pos2::ZERO, size - Vec2::splat(40.0));
            let matrix = legend::lay_out(outer, workshop, &portfolio, &options, &FontMeasure);
            let labels: Vec<_> = matrix.placed.iter().map(|p| p.label).collect();
            let what = format!("export {name} {size:?}");
            check_matrix(&what, &matrix.geometry, &labels, &matrix.legend);
            // Every number on the matrix is explained, or the legend says how many more.
            let numbers = labels
                .iter()
                .filter(|l| matches!(l, Some(s) if s.text == LabelText::Short))
                .count();
            let explained = matrix.legend.len().saturating_sub(1);
            assert!(
                numbers == 0 || explained > 0,
                "{what}: {numbers} numbers without a legend"
            );
            if numbers > 0 && explained < numbers {
                let last = matrix.legend.last().expect("legend");
                assert!(last.text.starts_with('+'), "{what}: '{}'", last.text);
            }
        }
    }
}

/// Whole-window snapshots at the desk and in the room at every size, and at the desk on a
/// 150 % laptop.
#[test]
fn snapshots_of_every_screen() {
    let mut results = egui_kittest::SnapshotResults::new();
    for (w, h) in SIZES {
        let mut harness = app_at(NMD, vec2(w, h), 1.0);
        harness.snapshot(format!("desk_{w}x{h}"));
        harness.key_press(egui::Key::F5);
        harness.run();
        harness.snapshot(format!("presentation_{w}x{h}"));
        results.extend(harness.take_snapshot_results());
    }
    let mut harness = app_at(NMD, vec2(1280.0, 720.0), 1.5);
    harness.snapshot("desk_1920x1080_zoom_1.5");
    results.extend(harness.take_snapshot_results());
}

#[test]
fn a_resize_in_the_room_is_right_in_the_first_frame_after_it() {
    let mut harness = app_at(NMD, vec2(1920.0, 1080.0), 1.0);
    harness.key_press(egui::Key::F5);
    harness.run();
    harness.set_size(vec2(1280.0, 720.0));
    // One frame, as a projector's resize gives, with no mouse move after it.
    harness.step();
    let panel = 1280.0 * kraljic_workshop::ui::layout::ROOM_CARD_SHARE;
    let area = Rect::from_min_max(egui::pos2(1280.0 - panel, 0.0), egui::pos2(1280.0, 720.0));
    assert_result_in_view("1920x1080 -> 1280x720 room", &harness, area);
}

#[test]
fn the_room_labels_every_lot_at_18_px_or_more_with_numbers_in_the_legend() {
    for (w, h) in [(1280.0, 720.0), (1366.0, 768.0)] {
        for file in [NMD, RIVIERENLAND] {
            let mut harness = app_at(file, vec2(w, h), 1.0);
            harness.key_press(egui::Key::F5);
            harness.run();
            let what = format!("{file} {w}x{h} room");
            let view = &harness.state().view;
            assert!(view.sizes.plot_label >= 18.0, "{what}: {:?}", view.sizes);
            let spots = view.drawn.plot_cache.label_spots();
            assert_eq!(spots.len(), view.drawn.plotted.len(), "{what}");
            let unlabelled = spots.iter().filter(|s| s.is_none()).count();
            assert_eq!(unlabelled, 0, "{what}: lots with neither name nor number");
            let numbers = spots
                .iter()
                .filter(|s| matches!(s, Some(s) if s.text == LabelText::Short))
                .count();
            // The legend's heading and one entry per number.
            assert!(
                numbers == 0 || view.drawn.legend.len() > numbers,
                "{what}: {numbers} numbers, legend {:?}",
                view.drawn
                    .legend
                    .iter()
                    .map(|t| &t.text)
                    .collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn a_menu_uses_the_windows_height_before_it_scrolls() {
    let mut harness = app_at(NMD, vec2(1366.0, 768.0), 1.0);
    harness.get_by_label("Bestand").click();
    harness.run();
    // The last entry is inside the menu's own layer, not only laid out below its edge.
    let first = harness.get_by_label_contains("Nieuwe werksessie").rect();
    let last = harness.get_by_label_contains("Afsluiten").rect();
    let menu = harness.ctx.layer_id_at(first.center());
    assert_eq!(harness.ctx.layer_id_at(last.center()), menu, "{last:?}");
    assert!(last.bottom() <= 768.0, "{last:?}");
}

#[test]
fn a_long_menu_scrolls_on_a_low_window_and_leaves_its_bar_free() {
    // A 1366x768 laptop at 150 %: 910x512 points.
    let mut harness = app_at(NMD, vec2(910.0, 512.0), 1.5);
    harness.get_by_label("Bestand").click();
    harness.run();
    let bar = harness.get_by_label("Bestand").rect();
    let first = harness.get_by_label_contains("Nieuwe werksessie").rect();
    assert!(
        first.top() >= bar.bottom(),
        "{first:?} covers the bar {bar:?}"
    );
    // The last entry is reachable: the menu scrolls under the wheel, and it is inside the window.
    harness.hover_at(first.center());
    harness.run();
    for _ in 0..20 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: vec2(0.0, -60.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        harness.run();
    }
    let last = harness.get_by_label_contains("Afsluiten").rect();
    assert!(
        last.bottom() <= 512.0 && last.top() >= bar.bottom(),
        "{last:?}"
    );
}

#[test]
fn the_status_line_stays_one_line_on_a_laptop_at_150_percent() {
    let harness = app_at(NMD, vec2(910.0, 512.0), 1.5);
    // Letters only, the names on hover: "R 5", never "R" on one line and "Routine 5" below.
    let routine = harness.get_by_label_contains("R 5").rect();
    let name = harness.get_by_label_contains("nmd-2022.kraljic.ron").rect();
    assert!(
        (routine.center().y - name.center().y).abs() < 2.0,
        "{routine:?} {name:?}"
    );
    // With room, the names are there.
    let wide = app_at(NMD, vec2(1920.0, 1080.0), 1.0);
    wide.get_by_label("R Routine 5");
}
