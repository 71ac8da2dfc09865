//! The Kraljic matrix: supply risk (x, 0-3) against annual spend (y, logarithmic), the two
//! thresholds, the four quadrants, and one marker per scored lot.
//!
//! Where everything goes comes from [`crate::chart::geometry`], the same geometry the exports
//! draw: egui_plot draws the quadrant tints, grid and threshold lines in its frame; tick labels,
//! axis titles, quadrant names and the legend are painted in the geometry's boxes; markers and
//! labels ([`crate::ui::desk::plot_lots`]) are painted on top, where [`crate::chart::layout`] keeps them
//! apart.

use egui::{Align2, Color32, FontId, RichText, Stroke};
use egui_plot::{GridInput, GridMark, HLine, Plot, PlotBounds, PlotPoints, Polygon, VLine};

use crate::chart::geometry::{MatrixGeometry, Measure, TextBox};
use crate::chart::layout::LabelText;
use crate::chart::{legend, quadrant_area};
use crate::locale::number::{format_decimal, format_euro};
use crate::model::{Criterion, LotId, Quadrant};
use crate::ui::{Output, Shared, View, theme};

/// A lot as drawn on the plot (kept in the view for tests and for hit testing).
#[derive(Clone, Debug, PartialEq)]
pub struct PlottedLot {
    /// The lot.
    pub id: LotId,
    /// Its place in plot coordinates: (risk mean, log10 of spend).
    pub point: [f64; 2],
    /// Where its marker was drawn, in screen points.
    pub screen: egui::Pos2,
    /// Marker radius.
    pub radius: f32,
}

/// The matrix as drawn in the last frame, and what its drawing keeps between frames (the
/// view's caches, apart from the user's state).
#[derive(Debug, Default)]
pub struct Drawn {
    /// The lots as drawn on the plot in the last frame.
    pub plotted: Vec<PlottedLot>,
    /// The current lots drawn with an arrow from their earlier place, in the last frame.
    pub arrows: Vec<LotId>,
    /// The plot's marker and label layout, kept while nothing it depends on changes.
    pub plot_cache: super::plot_marks::PlotCache,
    /// The matrix geometry drawn in the last frame.
    pub matrix: Option<crate::chart::geometry::MatrixGeometry>,
    /// Lines of room kept under the matrix for the legend of rank numbers.
    pub legend_lines: usize,
    /// What the legend's room was found for: workshop revision, matrix area, text size, language.
    pub legend_key: Option<(u64, [f32; 4], f32, crate::locale::Lang)>,
    /// The legend drawn in the last frame.
    pub legend: Vec<crate::chart::geometry::TextBox>,
    /// The matrix had the pointer or the keyboard focus in the last frame (Ctrl+C copies it).
    pub hot: bool,
    /// The matrix's widget id (the arrows are its own while it has the focus).
    pub matrix_id: Option<egui::Id>,
}

/// Measures text with egui's fonts, as the window draws it.
pub struct EguiMeasure<'a>(pub &'a egui::Context);

impl Measure for EguiMeasure<'_> {
    fn text_size(&self, text: &str, size: f32, bold: bool) -> egui::Vec2 {
        let font = if bold {
            theme::bold(size)
        } else {
            FontId::proportional(size)
        };
        self.0
            .fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font, Color32::WHITE))
            .size()
    }
}

fn spend_grid(input: GridInput) -> Vec<GridMark> {
    crate::chart::spend_ticks(input.bounds.0, input.bounds.1)
        .into_iter()
        .map(|(value, decade)| GridMark {
            value,
            step_size: if decade { 1.0 } else { 0.3 },
        })
        .collect()
}

fn risk_grid(input: GridInput) -> Vec<GridMark> {
    (0..=6)
        .map(|i| f64::from(i) * 0.5)
        .filter(|v| *v >= input.bounds.0 && *v <= input.bounds.1)
        .map(|value| GridMark {
            value,
            step_size: if value.fract() == 0.0 { 1.0 } else { 0.5 },
        })
        .collect()
}

/// Shows the matrix and, above it, the lots that are not on it yet.
pub fn show(ui: &mut egui::Ui, shared: &Shared<'_>, view: &mut View, out: &mut Output) {
    // The matrix takes the panel's width as it is before anything is laid out in it: a line
    // above it that runs long is clipped, never widens the matrix under the card.
    if shared.is_example && !shared.presenting {
        welcome(ui, shared, out);
    }
    let full = ui.available_rect_before_wrap();
    let clip = ui.clip_rect();
    ui.set_clip_rect(full.intersect(clip));
    unscored_strip(ui, shared, view, out);
    ui.set_clip_rect(clip);
    let top = ui.available_rect_before_wrap().top();
    let outer = egui::Rect::from_min_max(egui::pos2(full.left(), top), full.max);
    ui.allocate_rect(outer, egui::Sense::hover());
    let options = shared.matrix_options(view.legend_wanted(shared));
    let measure = EguiMeasure(ui.ctx());
    let geometry = MatrixGeometry::new(
        outer,
        shared.workshop,
        shared.portfolio,
        &options,
        &measure,
        view.drawn.legend_lines,
    );
    let response = ui
        .scope_builder(egui::UiBuilder::new().max_rect(geometry.frame), |ui| {
            plot_area(ui, shared, &geometry)
        })
        .inner;
    paint_axes(ui, shared, &geometry);
    let drawn = crate::ui::desk::plot_lots::show(ui, shared, view, &geometry, &response.transform);
    super::plot_what_if::show(ui, shared, view, &geometry, &drawn);
    super::plot_what_if::ring_legend(ui, shared, view, &geometry);
    legend(ui, shared, view, &geometry, &drawn);
    super::plot_access::show(ui, shared, view, &response.response, &drawn, out);
    interaction(shared, view, out, response.response, drawn);
    view.anchors
        .set(crate::ui::dialogs::tour::Spot::Matrix, geometry.frame);
    view.drawn.matrix = Some(geometry);
}

/// The plot area: quadrant tints, grid and threshold lines, drawn by egui_plot in exactly the
/// geometry's frame (its own axes are off: the geometry's ticks are painted instead).
fn plot_area(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    geometry: &MatrixGeometry,
) -> egui_plot::PlotResponse<()> {
    let t = shared.t();
    let texts = shared.lang.texts();
    let dark = shared.dark;
    let (x_min, x_max) = geometry.risk_range;
    let (y_min, y_max) = geometry.spend_range;
    Plot::new("kraljic-matrix")
        .width(geometry.frame.width())
        .height(geometry.frame.height())
        .show_axes(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .show_crosshair(false)
        .x_grid_spacer(risk_grid)
        .y_grid_spacer(spend_grid)
        // In the room no line may be thinner than 2 px: the thin grid goes, the thresholds stay.
        .show_grid(!shared.presenting)
        .show(ui, |plot_ui| {
            plot_ui.set_plot_bounds(PlotBounds::from_min_max([x_min, y_min], [x_max, y_max]));
            for quadrant in Quadrant::ALL {
                let ((x0, x1), (y0, y1)) = quadrant_area(
                    quadrant,
                    geometry.risk_range,
                    geometry.spend_range,
                    geometry.risk_threshold,
                    geometry.value_line.unwrap_or(y_min),
                );
                plot_ui.polygon(
                    Polygon::new(
                        texts.quadrant(quadrant),
                        PlotPoints::from(vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1]]),
                    )
                    .fill_color(theme::quadrant_tint(quadrant, dark))
                    .stroke(Stroke::NONE)
                    .allow_hover(false),
                );
            }
            let line_colour = theme::threshold_colour(dark);
            plot_ui.vline(
                VLine::new(t.risk_threshold, geometry.risk_threshold)
                    .color(line_colour)
                    .width(theme::LINE_WIDTH),
            );
            if let Some(y) = geometry.value_line {
                plot_ui.hline(
                    HLine::new(t.value_threshold, y)
                        .color(line_colour)
                        .width(theme::LINE_WIDTH),
                );
            }
        })
}

/// The geometry's tick labels, axis titles and quadrant names, in exactly its boxes.
fn paint_axes(ui: &egui::Ui, shared: &Shared<'_>, geometry: &MatrixGeometry) {
    let painter = ui.painter_at(geometry.outer);
    let ink = ui.visuals().text_color();
    for text in geometry.axis_texts() {
        paint_text(&painter, text, ink);
    }
    for (quadrant, name) in &geometry.quadrant_names {
        paint_text(
            &painter,
            name,
            theme::quadrant_text_colour(*quadrant, shared.dark),
        );
    }
}

fn paint_text(painter: &egui::Painter, text: &TextBox, colour: Color32) {
    let font = if text.bold {
        theme::bold(text.size)
    } else {
        FontId::proportional(text.size)
    };
    painter.text(text.rect.min, Align2::LEFT_TOP, &text.text, font, colour);
}

/// The legend of rank numbers under the matrix, when one is wanted. The room for it follows
/// the lines the entries need, one frame later (with a repaint asked for); while the workshop,
/// the size and the language stay the same it only grows, so the matrix settles (a smaller
/// matrix may need more numbers, a larger legend fewer).
fn legend(
    ui: &egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    geometry: &MatrixGeometry,
    drawn: &[PlottedLot],
) {
    if !view.legend_wanted(shared) {
        view.drawn.legend_lines = 0;
        return;
    }
    let key = (
        shared.revision,
        [
            geometry.outer.min.x,
            geometry.outer.min.y,
            geometry.outer.max.x,
            geometry.outer.max.y,
        ],
        shared.sizes.small,
        shared.lang,
    );
    let fresh = view.drawn.legend_key != Some(key);
    view.drawn.legend_key = Some(key);
    let t = shared.t();
    let entries: Vec<String> = drawn
        .iter()
        .zip(&view.drawn.plot_cache.labels)
        .filter(|(_, spot)| matches!(spot, Some(s) if s.text == LabelText::Short))
        .filter_map(|(p, _)| {
            let lot = shared.workshop.lot(p.id)?;
            let rank = shared.portfolio.get(p.id)?.rank;
            Some(legend::entry(rank, &lot.name))
        })
        .collect();
    let size = shared.sizes.small;
    let measure = EguiMeasure(ui.ctx());
    let width = geometry.outer.width();
    let needed = legend::lines_needed(t.legend_title, &entries, width, size, &measure)
        .min(legend::MAX_LINES);
    let lines = if fresh {
        needed
    } else {
        needed.max(view.drawn.legend_lines)
    };
    if lines != view.drawn.legend_lines {
        view.drawn.legend_lines = lines;
        ui.ctx().request_repaint();
    }
    let boxes = legend::place(
        t.legend_title,
        t.legend_more,
        &entries,
        geometry.legend_area,
        size,
        &measure,
    );
    let painter = ui.painter_at(geometry.outer);
    let ink = ui.visuals().text_color();
    for text in &boxes {
        paint_text(&painter, text, ink);
    }
    view.drawn.legend = boxes;
}

/// Hover and click: the nearest marker under the pointer.
fn interaction(
    shared: &Shared<'_>,
    view: &mut View,
    out: &mut Output,
    plot_response: egui::Response,
    plotted: Vec<PlottedLot>,
) {
    let hit = |pos: egui::Pos2| {
        plotted
            .iter()
            .filter(|p| p.screen.distance(pos) <= p.radius + 6.0)
            .min_by(|a, b| a.screen.distance(pos).total_cmp(&b.screen.distance(pos)))
            .map(|p| p.id)
    };
    let t = shared.t();
    plot_response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Figure, true, t.plot_label));
    let hovered = plot_response.hover_pos().and_then(hit);
    view.drawn.hot = plot_response.contains_pointer() || plot_response.has_focus();
    if plot_response.clicked()
        && let Some(id) = plot_response.interact_pointer_pos().and_then(hit)
    {
        out.select = Some(id);
    }
    if let Some(id) = hovered {
        plot_response.on_hover_ui_at_pointer(|ui| tooltip(ui, shared, id));
    }
    view.drawn.plotted = plotted;
}

fn tooltip(ui: &mut egui::Ui, shared: &Shared<'_>, id: LotId) {
    let t = shared.t();
    let texts = shared.lang.texts();
    let (Some(lot), Some(ranked)) = (shared.workshop.lot(id), shared.portfolio.get(id)) else {
        return;
    };
    ui.label(RichText::new(&lot.name).strong());
    if shared.hide_amounts {
        ui.label(format!("{} {}", t.band, ranked.abc_band.letter()));
    } else {
        ui.label(format_euro(lot.spend));
    }
    for criterion in Criterion::ALL {
        let level = lot.scores.get(criterion).map_or("-".to_string(), |l| {
            format!("{} {}", l.number(), texts.level(l))
        });
        ui.label(format!("{}: {level}", texts.criterion(criterion)));
    }
    if let Some(risk) = ranked.risk {
        ui.label(format!(
            "{}: {} ({})",
            t.mean,
            format_decimal(risk.mean_for_display(), risk.places),
            texts.level(risk.class)
        ));
    }
    if let Some(quadrant) = ranked.quadrant {
        ui.label(texts.quadrant(quadrant));
    }
}

/// How many lots not yet scored are named above the matrix.
const MAX_UNSCORED_SHOWN: usize = 12;

fn unscored_strip(ui: &mut egui::Ui, shared: &Shared<'_>, view: &View, out: &mut Output) {
    let unscored: Vec<_> = shared
        .portfolio
        .ranked
        .iter()
        .filter(|r| r.risk.is_none())
        .filter_map(|r| shared.workshop.lots.get(r.index))
        .collect();
    if unscored.is_empty() {
        return;
    }
    if shared.presenting {
        // One line in the room: the count, and the selected lot when it is one of them.
        let selected = unscored.iter().find(|lot| view.selected == Some(lot.id));
        let voting = crate::locale::phone::texts(shared.lang).voting_on;
        let text = match selected {
            Some(lot) if view.voting_on == Some(lot.id) => format!(
                "{} {} \u{2022} {voting}: {}",
                shared.t().not_on_plot,
                unscored.len(),
                lot.name
            ),
            Some(lot) => format!(
                "{} {} \u{2022} ? {}",
                shared.t().not_on_plot,
                unscored.len(),
                lot.name
            ),
            None => format!("{} {}", shared.t().not_on_plot, unscored.len()),
        };
        ui.label(RichText::new(text).small());
        return;
    }
    // One line, so the matrix keeps its height: the first lots that fit (and the selected
    // one), then how many more; the lot list names them all.
    let measure = EguiMeasure(ui.ctx());
    let button_padding = ui.spacing().button_padding.x * 2.0 + ui.spacing().item_spacing.x;
    let heading = RichText::new(shared.t().not_on_plot).strong();
    let heading_width = measure
        .text_size(shared.t().not_on_plot, shared.sizes.body, false)
        .x;
    let more_width = measure
        .text_size(
            &format!("+{} {}", unscored.len(), shared.t().more_in_list),
            shared.sizes.body,
            false,
        )
        .x;
    let mut room = ui.available_width() - heading_width - more_width - button_padding * 2.0;
    let mut shown = Vec::new();
    for (i, lot) in unscored.iter().enumerate() {
        let selected = view.selected == Some(lot.id);
        // Thousands of unscored lots: only the first few (and the selected one) are measured.
        if i >= MAX_UNSCORED_SHOWN && !selected {
            continue;
        }
        let label = if view.voting_on == Some(lot.id) {
            let voting = crate::locale::phone::texts(shared.lang).voting_on;
            format!("{voting}: {}", lot.name)
        } else {
            format!("? {}", lot.name)
        };
        let width = measure.text_size(&label, shared.sizes.body, false).x + button_padding;
        if width <= room {
            room -= width;
            shown.push((*lot, label));
        } else if selected {
            // The selected lot is always named, shortened to the room there is: the row never
            // grows wider than the matrix (which would slide under the card).
            let fit = |text: &str| measure.text_size(text, shared.sizes.body, false).x;
            let short = elided(&label, room.max(0.0) - button_padding, fit);
            room = 0.0;
            shown.push((*lot, short));
        }
    }
    let hidden = unscored.len() - shown.len();
    ui.horizontal(|ui| {
        ui.label(heading);
        for (lot, label) in shown {
            let selected = view.selected == Some(lot.id);
            let button = egui::Button::selectable(selected, label);
            let response = ui.add(button).on_hover_text(&lot.name);
            if response.clicked() {
                out.select = Some(lot.id);
            }
        }
        if hidden > 0 {
            ui.label(format!("+{hidden} {}", shared.t().more_in_list));
        }
    });
    ui.add_space(4.0);
}

/// Over the built-in example: what it is, and the button that starts one's own workshop.
fn welcome(ui: &mut egui::Ui, shared: &Shared<'_>, out: &mut Output) {
    let x = crate::locale::room::texts(shared.lang);
    egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, theme::selection_colour(shared.dark)))
        .inner_margin(8.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                // Names the example it is ("Segmenten en markt 2019 (Rivierenland)").
                let w = shared.workshop;
                let example = match (w.title.trim(), w.organisation.trim()) {
                    (title, "") => title.to_string(),
                    ("", organisation) => organisation.to_string(),
                    (title, organisation) => format!("{title} ({organisation})"),
                };
                let text = x.example_welcome.replace("{example}", &example);
                ui.label(RichText::new(text).strong());
                let new = crate::ui::Command::New.text(shared.lang);
                if ui.button(RichText::new(new.label).strong()).clicked() {
                    out.run(crate::ui::Command::New);
                }
                let tour = crate::ui::Command::Tour.text(shared.lang);
                if ui.button(tour.label).on_hover_text(tour.tooltip).clicked() {
                    out.run(crate::ui::Command::Tour);
                }
            });
        });
    ui.add_space(4.0);
}

/// `text` shortened with an ellipsis to at most `width` as `fit` measures it (at least its first
/// letter and the ellipsis).
fn elided(text: &str, width: f32, fit: impl Fn(&str) -> f32) -> String {
    if fit(text) <= width {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut keep = chars.len();
    while keep > 1 {
        keep -= 1;
        let candidate: String = chars[..keep].iter().collect::<String>() + "\u{2026}";
        if fit(&candidate) <= width {
            return candidate;
        }
    }
    chars[..1].iter().collect::<String>() + "\u{2026}"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_name_is_shortened_to_the_room_with_an_ellipsis() {
        let fit = |t: &str| t.chars().count() as f32 * 10.0;
        assert_eq!(elided("? Kort", 100.0, fit), "? Kort");
        assert_eq!(
            elided("? Een heel lange naam", 80.0, fit),
            "? Een h\u{2026}"
        );
        assert_eq!(elided("? Lang", 5.0, fit), "?\u{2026}");
    }

    #[test]
    fn spend_grid_has_one_two_five_marks() {
        let marks = spend_grid(GridInput {
            bounds: (5.9, 7.1),
            base_step_size: 0.01,
        });
        let values: Vec<String> = marks
            .iter()
            .map(|m| crate::chart::spend_tick(m.value, "mln"))
            .collect();
        assert_eq!(
            values,
            [
                "\u{20AC} 1 mln",
                "\u{20AC} 2 mln",
                "\u{20AC} 5 mln",
                "\u{20AC} 10 mln"
            ]
        );
    }
}
