//! The matrix for those who do not see it: a figure described in words (its axes, thresholds
//! and how many lots each quadrant holds), each lot a child node that says its name, quadrant,
//! risk, spend and rank, in reading order by quadrant. While the matrix has the focus the
//! arrows move a cursor from lot to lot (the figure's active descendant, ringed on screen) and
//! Enter selects the lot under it.

use egui::{Key, Sense, UiBuilder};

use super::plot::PlottedLot;
use crate::locale::access::texts;
use crate::locale::number::{format_decimal, format_euro, format_percent};
use crate::model::{LotId, Quadrant};
use crate::ui::{Output, Shared, View, theme};

/// The matrix's lots in reading order: the quadrants as they lie on the screen (Hefboom top
/// left, Strategisch top right, Routine, Knelpunt), in each from the highest spend down.
pub fn reading_order(shared: &Shared<'_>, plotted: &[PlottedLot]) -> Vec<LotId> {
    reading_order_of(shared, plotted)
        .into_iter()
        .map(|i| plotted[i].id)
        .collect()
}

/// [`reading_order`] as places in `plotted`.
fn reading_order_of(shared: &Shared<'_>, plotted: &[PlottedLot]) -> Vec<usize> {
    let mut lots: Vec<(usize, f64, usize)> = plotted
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let quadrant = shared.portfolio.get(p.id)?.quadrant?;
            let at = Quadrant::ALL.iter().position(|q| *q == quadrant)?;
            Some((at, p.point[1], i))
        })
        .collect();
    lots.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    lots.into_iter().map(|(_, _, i)| i).collect()
}

/// What a lot's node says: "Dyslexie: Routine, risico 0,3 (laag), € 985.628, nummer 22 van 29
/// naar uitgaven" (its ABC band instead of the amount while amounts are hidden).
pub fn lot_sentence(shared: &Shared<'_>, id: LotId) -> Option<String> {
    let lot = shared.workshop.lot(id)?;
    let ranked = shared.portfolio.get(id)?;
    let words = shared.lang.texts();
    let quadrant = words.quadrant(ranked.quadrant?);
    let risk = ranked.risk?;
    let spend = if shared.hide_amounts {
        words.abc_band(ranked.abc_band).to_string()
    } else {
        format_euro(lot.spend)
    };
    let sentence = texts(shared.lang)
        .lot
        .replace("{name}", &lot.name)
        .replace("{quadrant}", quadrant)
        .replace(
            "{risk}",
            &format_decimal(risk.mean_for_display(), risk.places),
        )
        .replace("{class}", &words.level(risk.class).to_lowercase())
        .replace("{spend}", &spend)
        .replace("{rank}", &ranked.rank.to_string())
        .replace("{total}", &shared.portfolio.ranked.len().to_string());
    // What the dashed ring says on the screen.
    if shared.sensitivity.is_marked(id) {
        let legend = crate::locale::sensitivity::texts(shared.lang).spoken_ring;
        return Some(format!("{sentence}; {legend}"));
    }
    Some(sentence)
}

/// The figure's description: axes, thresholds, and the lots per quadrant.
pub fn description(shared: &Shared<'_>, lots: &[LotId]) -> String {
    let t = texts(shared.lang);
    if lots.is_empty() {
        return t.matrix_empty.to_string();
    }
    let words = shared.lang.texts();
    let counts: Vec<String> = Quadrant::ALL
        .iter()
        .map(|q| {
            let n = (lots.iter())
                .filter(|id| shared.portfolio.get(**id).and_then(|r| r.quadrant) == Some(*q))
                .count();
            format!("{n} {}", words.quadrant(*q))
        })
        .collect();
    let settings = &shared.workshop.settings;
    let mut said = t
        .matrix
        .replace("{risk}", &format_decimal(settings.risk_threshold, 1))
        .replace("{value}", &format_percent(settings.value_threshold_pct, 0))
        .replace("{counts}", &counts.join(", "));
    // A weighted mean is not the plain mean the description speaks of.
    if let Some(weighted) = crate::locale::scale::weighted(&settings.weights, shared.lang) {
        said.push_str(&format!(" {}: {weighted}.", shared.t().risk));
    }
    said
}

/// The lots' nodes under the figure, its description, and the keyboard cursor.
pub fn show(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    figure: &egui::Response,
    plotted: &[PlottedLot],
    out: &mut Output,
) {
    view.drawn.matrix_id = Some(figure.id);
    let ctx = ui.ctx().clone();
    // The words are made only for a screen reader (egui builds no tree without one), the
    // order also while the arrows walk the matrix.
    let speaking = ctx.accesskit_node_builder(figure.id, |_| ()).is_some();
    if !speaking && !figure.has_focus() {
        return;
    }
    let order = reading_order_of(shared, plotted);
    let nodes: Vec<egui::Id> = (order.iter())
        .map(|i| figure.id.with(("lot", plotted[*i].id.0)))
        .collect();
    if speaking {
        lot_nodes(ui, shared, figure, plotted, &order, &nodes);
    }
    if !figure.has_focus() || order.is_empty() {
        return;
    }
    let at = view
        .matrix_cursor
        .or(view.selected)
        .and_then(|c| order.iter().position(|i| plotted[*i].id == c))
        .unwrap_or(0);
    let (forward, back) = ui.input(|i| {
        (
            i.key_pressed(Key::ArrowDown) || i.key_pressed(Key::ArrowRight),
            i.key_pressed(Key::ArrowUp) || i.key_pressed(Key::ArrowLeft),
        )
    });
    let at = match (forward, back) {
        (true, false) => (at + 1).min(order.len() - 1),
        (false, true) => at.saturating_sub(1),
        _ => at,
    };
    let cursor = &plotted[order[at]];
    view.matrix_cursor = Some(cursor.id);
    if ui.input(|i| i.key_pressed(Key::Enter)) {
        out.select = Some(cursor.id);
    }
    ctx.accesskit_node_builder(figure.id, |node| {
        node.set_active_descendant(nodes[at].accesskit_id());
    });
    // The cursor on screen: a thick ring of the focus colour around its marker.
    let stroke = theme::focus_stroke(shared.dark);
    ui.painter()
        .circle_stroke(cursor.screen, cursor.radius + 6.0, stroke);
}

/// The figure's description, and under it the list of its lots, each a node that says it.
fn lot_nodes(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    figure: &egui::Response,
    plotted: &[PlottedLot],
    order: &[usize],
    nodes: &[egui::Id],
) {
    let ctx = ui.ctx().clone();
    let ids: Vec<LotId> = order.iter().map(|i| plotted[*i].id).collect();
    let described = description(shared, &ids);
    ctx.accesskit_node_builder(figure.id, |node| node.set_description(described));
    ui.scope_builder(
        UiBuilder::new()
            .max_rect(figure.rect)
            .accessibility_parent(figure.id),
        |ui| {
            // The figure holds one list: its lots, in reading order.
            let list_name = texts(shared.lang).lots_in_matrix;
            ctx.accesskit_node_builder(ui.unique_id(), |n| {
                n.set_role(egui::Role::List);
                n.set_label(list_name);
                n.set_size_of_set(order.len());
            });
            for (at, (i, node)) in order.iter().zip(nodes).enumerate() {
                let drawn = &plotted[*i];
                // A point, not the marker's area: the node names the lot without taking the
                // pointer from the matrix under it.
                let rect = egui::Rect::from_center_size(drawn.screen, egui::Vec2::splat(1.0));
                let response = ui.interact(rect, *node, Sense::hover());
                response.widget_info(|| {
                    let sentence = lot_sentence(shared, drawn.id).unwrap_or_default();
                    egui::WidgetInfo::labeled(egui::Role::ListItem, true, sentence)
                });
                ctx.accesskit_node_builder(*node, |n| {
                    // Counted from 0 (the bridges say "1 van 25").
                    n.set_position_in_set(at);
                    n.set_size_of_set(order.len());
                });
            }
        },
    );
}
