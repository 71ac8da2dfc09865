//! Image snapshots of the plot and the lot card, light and dark, at scale 1 and 2 (the whole
//! window at every screen size is in `screens.rs`). Rendered by
//! wgpu on Mesa's software renderer in CI; refresh with `UPDATE_SNAPSHOTS=1 cargo test`.

use egui_kittest::Harness;
use kraljic_workshop::format::built_in_catalogue;
use kraljic_workshop::model::Catalogue;
use kraljic_workshop::ui::desk::{lot_card, plot};
use kraljic_workshop::ui::document::{Document, Origin};
use kraljic_workshop::ui::{Command, Output, Shared, View, theme};

struct Scene {
    doc: Document,
    catalogue: Catalogue,
    view: View,
    dark: bool,
}

fn scene(dark: bool) -> Scene {
    let workshop = kraljic_workshop::examples::default_workshop()
        .expect("example")
        .workshop;
    let selected = workshop.lots.first().map(|l| l.id);
    let view = View {
        selected,
        list_open: true,
        card_open: true,
        ..View::default()
    };
    Scene {
        doc: Document::new(workshop, Origin::Example),
        catalogue: built_in_catalogue(),
        view,
        dark,
    }
}

fn harness(size: egui::Vec2, scale: f32, dark: bool, show: Show) -> Harness<'static, Scene> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(scale)
        .with_theme(if dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        })
        .with_context_setup(|ctx| {
            theme::install(ctx);
            ctx.set_visuals_of(egui::Theme::Dark, theme::visuals(true));
            ctx.set_visuals_of(egui::Theme::Light, theme::visuals(false));
        })
        .build_ui_state(
            move |ui, scene: &mut Scene| {
                let shared = Shared {
                    workshop: scene.doc.workshop(),
                    portfolio: scene.doc.portfolio(),
                    sensitivity: scene.doc.sensitivity(),
                    scale: kraljic_workshop::format::scale_file::standard_scale(),
                    catalogue: &scene.catalogue,
                    lang: kraljic_workshop::locale::Lang::Dutch,
                    dark: scene.dark,
                    enabled: &Command::ALL,
                    sizes: theme::Sizes::DESK,
                    presenting: false,
                    hide_amounts: false,
                    revision: scene.doc.revision(),
                    file_chooser: Default::default(),
                    is_example: false,
                };
                let mut output = Output::default();
                egui::CentralPanel::default().show(ui, |ui| {
                    show(ui, &shared, &mut scene.view, &mut output);
                });
            },
            scene(dark),
        );
    harness.run();
    harness
}

const PLOT: egui::Vec2 = egui::vec2(960.0, 680.0);
const CARD: egui::Vec2 = egui::vec2(540.0, 1000.0);

type Show = fn(&mut egui::Ui, &Shared<'_>, &mut View, &mut Output);

fn snapshot(name: &str, size: egui::Vec2, scale: f32, dark: bool, show: Show) {
    let mut harness = harness(size, scale, dark, show);
    harness.snapshot(name);
}

#[test]
fn plot_light_1x() {
    snapshot("plot_light_1x", PLOT, 1.0, false, plot::show);
}

#[test]
fn plot_dark_1x() {
    snapshot("plot_dark_1x", PLOT, 1.0, true, plot::show);
}

#[test]
fn plot_light_2x() {
    snapshot("plot_light_2x", PLOT, 2.0, false, plot::show);
}

#[test]
fn card_light_1x() {
    snapshot("card_light_1x", CARD, 1.0, false, lot_card::show);
}

#[test]
fn card_dark_1x() {
    snapshot("card_dark_1x", CARD, 1.0, true, lot_card::show);
}

#[test]
fn card_dark_2x() {
    snapshot("card_dark_2x", CARD, 2.0, true, lot_card::show);
}
