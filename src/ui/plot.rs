//! The Kraljic matrix: supply risk (x, 0-3) against annual spend (y, logarithmic), the two
//! thresholds, the four quadrants, and one marker per scored lot.
//!
//! egui_plot draws the axes, grid, quadrant tints, names and threshold lines. Markers and labels
//! are painted on top in screen space, where [`crate::chart::layout`] keeps them apart.

use egui::{Align2, Color32, FontId, RichText, Stroke, pos2};
use egui_plot::{
    GridInput, GridMark, HLine, Plot, PlotBounds, PlotPoint, PlotPoints, Polygon, Text, VLine,
};
use rust_decimal::prelude::ToPrimitive;

use super::plot_marks::{self, Mark, MarkersKey};
use super::{Output, Shared, View, theme};
use crate::chart::layout::{self as plot_layout, LabelText, MarkerIn};
use crate::chart::{log_spend, quadrant_area, spend_range, spend_tick, value_threshold};
use crate::locale::number::{format_decimal, format_euro};
use crate::model::{Criterion, LotId, Quadrant};

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

/// Where the value threshold line goes (see [`value_threshold`]).
pub fn value_threshold_y(shared: &Shared<'_>) -> Option<f64> {
    value_threshold(shared.workshop, shared.portfolio)
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
    let t = shared.t();
    let texts = shared.lang.texts();
    unscored_strip(ui, shared, view, out);

    let settings = &shared.workshop.settings;
    let risk_threshold = settings.risk_threshold.to_f64().unwrap_or(1.5);
    let (y_min, y_max) = spend_range(shared.workshop);
    // Room for the end labels of the risk axis (`3 Hoog`), larger in presentation mode.
    let (x_min, x_max) = if shared.presenting {
        (-0.2, 3.3)
    } else {
        (-0.15, 3.15)
    };
    let value_line = value_threshold_y(shared);
    let split_y = value_line.unwrap_or(y_min);
    let million = t.million;
    let hide_amounts = shared.hide_amounts;
    let spend_axis = if hide_amounts {
        format!("{} ({})", t.axis_spend, t.amounts_hidden)
    } else {
        t.axis_spend.to_string()
    };
    let levels = texts.levels;

    let plot = Plot::new("kraljic-matrix")
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .show_crosshair(false)
        .x_axis_label(RichText::new(t.axis_risk).size(shared.sizes.body))
        .y_axis_label(RichText::new(spend_axis).size(shared.sizes.body))
        .x_grid_spacer(risk_grid)
        .y_grid_spacer(spend_grid)
        .x_axis_formatter(move |mark, _| {
            let v = mark.value;
            if v.fract() == 0.0 && (0.0..=3.0).contains(&v) {
                format!("{} {}", v as usize, levels[v as usize])
            } else {
                format!("{v:.1}").replace('.', ",")
            }
        })
        .y_axis_formatter(move |mark, _| {
            if hide_amounts {
                String::new()
            } else {
                spend_tick(mark.value, million)
            }
        })
        .y_axis_min_width(110.0)
        // In the room no line may be thinner than 2 px: the thin grid goes, the thresholds stay.
        .show_grid(!shared.presenting);

    let dark = shared.dark;
    let response = plot.show(ui, |plot_ui| {
        plot_ui.set_plot_bounds(PlotBounds::from_min_max([x_min, y_min], [x_max, y_max]));
        // Quadrant tints and names.
        for quadrant in Quadrant::ALL {
            let ((x0, x1), (y0, y1)) = quadrant_area(
                quadrant,
                (x_min, x_max),
                (y_min, y_max),
                risk_threshold,
                split_y,
            );
            let name = texts.quadrant(quadrant);
            plot_ui.polygon(
                Polygon::new(
                    name,
                    PlotPoints::from(vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1]]),
                )
                .fill_color(theme::quadrant_tint(quadrant, dark))
                .stroke(Stroke::NONE)
                .allow_hover(false),
            );
            let (anchor, at) = match quadrant {
                Quadrant::Leverage => (Align2::LEFT_TOP, [x0, y1]),
                Quadrant::Strategic => (Align2::RIGHT_TOP, [x1, y1]),
                Quadrant::Routine => (Align2::LEFT_BOTTOM, [x0, y0]),
                Quadrant::Bottleneck => (Align2::RIGHT_BOTTOM, [x1, y0]),
            };
            let label = format!("{} {}", theme::quadrant_letter(quadrant, shared.lang), name);
            plot_ui.text(
                Text::new(
                    name,
                    PlotPoint::new(at[0], at[1]),
                    RichText::new(label)
                        .font(theme::bold(shared.sizes.quadrant_name))
                        .color(theme::quadrant_text_colour(quadrant, dark)),
                )
                .anchor(anchor)
                .allow_hover(false),
            );
        }
        let line_colour = theme::threshold_colour(dark);
        plot_ui.vline(
            VLine::new(t.risk_threshold, risk_threshold)
                .color(line_colour)
                .width(theme::LINE_WIDTH),
        );
        if let Some(y) = value_line {
            plot_ui.hline(
                HLine::new(t.value_threshold, y)
                    .color(line_colour)
                    .width(theme::LINE_WIDTH),
            );
        }
    });

    let transform = response.transform;
    let frame = *transform.frame();
    let painter = ui.painter_at(frame);
    let font = FontId::proportional(shared.sizes.plot_label);
    let label_colour = plot_marks::label_colour(dark);

    // Markers: one per scored lot, area growing with spend.
    let max_spend = shared
        .workshop
        .lots
        .iter()
        .map(|l| l.spend)
        .max()
        .and_then(|d| d.to_f64())
        .unwrap_or(1.0)
        .max(1.0);
    // The markers depend only on these (the labels also on the selection); while they stay
    // the same, the last frame's are reused.
    let spread_limit = plot_layout::SpreadLimit::for_plot(
        transform.position_from_point_x(1.0) - transform.position_from_point_x(0.0),
        transform.position_from_point_x(risk_threshold),
    );
    let key = MarkersKey {
        spread_limit,
        revision: shared.revision,
        frame,
        pixels_per_point: ui.ctx().pixels_per_point(),
        label_size: shared.sizes.plot_label,
        marker_radius: shared.sizes.marker_radius,
        dark,
    };
    let kept_galleys = view.plot_cache.galleys_for(&key);
    let mut marks = Vec::new();
    let mut points = Vec::new();
    let mut whisker_lots = Vec::new();
    let mut inputs = Vec::new();
    for ranked in &shared.portfolio.ranked {
        let (Some(risk), Some(quadrant), Some(lot)) = (
            ranked.risk,
            ranked.quadrant,
            shared.workshop.lots.get(ranked.index),
        ) else {
            continue;
        };
        let x = risk.mean.to_f64().unwrap_or(0.0);
        let y = log_spend(lot.spend);
        let share = (lot.spend.to_f64().unwrap_or(0.0) / max_spend).clamp(0.0, 1.0);
        let (r_min, r_max) = shared.sizes.marker_radius;
        let radius = r_min + (r_max - r_min) * share.sqrt() as f32;
        // Only lots that may get a label need their text laid out (the layout tries the
        // selected lot and then the largest, up to its limit).
        let selected = view.selected == Some(lot.id);
        let may_be_labelled = marks.len() < plot_layout::MAX_LABELS || selected;
        let galleys = match kept_galleys.and_then(|g| g.get(marks.len())) {
            Some(galleys) if galleys.0.is_some() || !may_be_labelled => galleys.clone(),
            _ if may_be_labelled => (
                Some(painter.layout_no_wrap(lot.name.clone(), font.clone(), label_colour)),
                Some(painter.layout_no_wrap(ranked.rank.to_string(), font.clone(), label_colour)),
            ),
            _ => (None, None),
        };
        let size = |g: &Option<std::sync::Arc<egui::Galley>>| {
            g.as_ref()
                .map_or(egui::Vec2::ZERO, |g| g.size() + egui::vec2(8.0, 2.0))
        };
        inputs.push(MarkerIn {
            centre: transform.position_from_point(&PlotPoint::new(x, y)),
            radius,
            label: size(&galleys.0),
            short_label: size(&galleys.1),
        });
        marks.push(Mark {
            id: lot.id,
            quadrant,
            galleys,
        });
        points.push([x, y]);
        whisker_lots.push(lot);
    }
    view.plot_cache
        .update(ui.ctx(), key, view.selected, &marks, &inputs);
    let centres = &view.plot_cache.centres;

    // Whiskers: the spread of the participants' risk, behind the markers.
    let whisker = Stroke::new(theme::LINE_WIDTH, theme::threshold_colour(dark));
    for (lot, centre) in whisker_lots.iter().zip(centres) {
        if lot.round.blind {
            continue;
        }
        if let Some((low, high)) = lot.round.risk_spread()
            && low < high
        {
            let x0 = transform.position_from_point_x(low.to_f64().unwrap_or(0.0));
            let x1 = transform.position_from_point_x(high.to_f64().unwrap_or(0.0));
            let y = centre.y;
            painter.line_segment([pos2(x0, y), pos2(x1, y)], whisker);
            for x in [x0, x1] {
                painter.line_segment([pos2(x, y - 7.0), pos2(x, y + 7.0)], whisker);
            }
        }
    }
    // Before and after: a ghost where the lot stood in the earlier round, with an arrow to now.
    let mut arrows = Vec::new();
    if let Some(baseline) = &view.baseline {
        for (i, (mark, centre)) in marks.iter().zip(centres).enumerate() {
            let Some((before, ranked)) = baseline.earlier(mark.id) else {
                continue;
            };
            let (Some(risk), Some(quadrant)) = (ranked.risk, ranked.quadrant) else {
                continue;
            };
            let ghost = transform.position_from_point(&PlotPoint::new(
                risk.mean.to_f64().unwrap_or(0.0),
                log_spend(before.spend),
            ));
            if ghost.distance(*centre) < 4.0 {
                continue;
            }
            let colour = theme::quadrant_colour(quadrant);
            theme::paint_marker(
                &painter,
                ghost,
                shared.sizes.marker_radius.0 + 2.0,
                theme::quadrant_marker(quadrant),
                Color32::TRANSPARENT,
                Stroke::new(theme::LINE_WIDTH, colour.gamma_multiply(0.8)),
            );
            let towards = *centre - ghost;
            // Stop the arrow at the edge of the current marker.
            let gap = inputs[i].radius + 4.0;
            let shortened = towards * (1.0 - gap / towards.length().max(1.0)).max(0.0);
            painter.arrow(
                ghost,
                shortened,
                Stroke::new(theme::LINE_WIDTH, theme::threshold_colour(dark)),
            );
            arrows.push(mark.id);
        }
    }
    view.arrows = arrows;
    // The kept markers; the selection ring; the kept label backgrounds; the label texts.
    let [markers, label_backgrounds] = view.plot_cache.layers();
    painter.add(markers);
    let mut plotted = Vec::with_capacity(marks.len());
    for ((mark, point), (centre, input)) in
        marks.iter().zip(points).zip(centres.iter().zip(&inputs))
    {
        if view.selected == Some(mark.id) {
            painter.circle_stroke(
                *centre,
                input.radius + 6.0,
                Stroke::new(3.0, theme::selection_colour(dark)),
            );
        }
        plotted.push(PlottedLot {
            id: mark.id,
            point,
            screen: *centre,
            radius: input.radius,
        });
    }
    painter.add(label_backgrounds);
    for (mark, spot) in marks.into_iter().zip(&view.plot_cache.labels) {
        let Some(spot) = spot else { continue };
        let galley = match spot.text {
            LabelText::Full => mark.galleys.0,
            LabelText::Short => mark.galleys.1,
        };
        if let Some(galley) = galley {
            painter.galley(spot.rect.min + egui::vec2(4.0, 1.0), galley, label_colour);
        }
    }

    // Hover and click: the nearest marker under the pointer.
    let hit = |pos: egui::Pos2| {
        plotted
            .iter()
            .filter(|p| p.screen.distance(pos) <= p.radius + 6.0)
            .min_by(|a, b| a.screen.distance(pos).total_cmp(&b.screen.distance(pos)))
            .map(|p| p.id)
    };
    let plot_response = response.response;
    plot_response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, t.plot_label));
    let hovered = plot_response.hover_pos().and_then(hit);
    if plot_response.clicked()
        && let Some(id) = plot_response.interact_pointer_pos().and_then(hit)
    {
        out.select = Some(id);
    }
    if let Some(id) = hovered {
        plot_response.on_hover_ui_at_pointer(|ui| tooltip(ui, shared, id));
    }
    view.plotted = plotted;
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
            format_decimal(risk.mean_for_display(), 1),
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
        let text = match selected {
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
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(shared.t().not_on_plot).strong());
        // A long list would push the matrix off the screen: the first ones (and the selected
        // one), then how many more; the lot list names them all.
        let shown: Vec<_> = unscored
            .iter()
            .enumerate()
            .filter(|(i, lot)| *i < MAX_UNSCORED_SHOWN || view.selected == Some(lot.id))
            .map(|(_, lot)| *lot)
            .collect();
        let hidden = unscored.len() - shown.len();
        for lot in shown {
            let selected = view.selected == Some(lot.id);
            if ui
                .add(egui::Button::selectable(
                    selected,
                    format!("? {}", lot.name),
                ))
                .clicked()
            {
                out.select = Some(lot.id);
            }
        }
        if hidden > 0 {
            ui.label(format!("+{hidden} {}", shared.t().more_in_list));
        }
    });
    ui.add_space(4.0);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spend_grid_has_one_two_five_marks() {
        let marks = spend_grid(GridInput {
            bounds: (5.9, 7.1),
            base_step_size: 0.01,
        });
        let values: Vec<String> = marks.iter().map(|m| spend_tick(m.value, "mln")).collect();
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
