//! The sensitivity on the matrix: what the dashed rings of borderline lots mean (a line above the
//! matrix while they show), and the what-if while the sensitivity window tries other
//! thresholds: the tried lines dashed beside the real ones, the count in the corner, and around
//! each lot that would change quadrant an outline in the new quadrant's shape and colour.
//! Nothing of the workshop changes.

use egui::{Align2, FontId, Stroke};
use rust_decimal::prelude::ToPrimitive;

use crate::chart::geometry::MatrixGeometry;
use crate::ui::desk::plot::PlottedLot;
use crate::ui::{Shared, View, theme};

/// Draws the preview of the tried thresholds, if any differ from the workshop's.
pub fn show(
    ui: &egui::Ui,
    shared: &Shared<'_>,
    view: &View,
    geometry: &MatrixGeometry,
    drawn: &[PlottedLot],
) {
    let Some(draft) = &view.what_if else {
        return;
    };
    if !draft.differs(shared) {
        return;
    }
    let painter = ui.painter_at(geometry.frame.expand(2.0));
    let stroke = Stroke::new(theme::LINE_WIDTH, theme::threshold_colour(shared.dark));
    let frame = geometry.frame;
    let (_, y_mid) = geometry.spend_range;
    let tried = draft.values()[0].to_f64().unwrap_or_default();
    let x = geometry.to_screen(tried, y_mid).x;
    let vertical = [egui::pos2(x, frame.top()), egui::pos2(x, frame.bottom())];
    painter.extend(egui::Shape::dashed_line(
        &vertical,
        stroke,
        theme::DASH.0,
        theme::DASH.1,
    ));
    if let Some(line) = draft.value_line {
        let y = geometry.to_screen(geometry.risk_range.0, line).y;
        let horizontal = [egui::pos2(frame.left(), y), egui::pos2(frame.right(), y)];
        painter.extend(egui::Shape::dashed_line(
            &horizontal,
            stroke,
            theme::DASH.0,
            theme::DASH.1,
        ));
    }
    // The count at the top of the matrix (the window covers its right), so the room reads it.
    let t = crate::locale::sensitivity::texts(shared.lang);
    let moves = &draft.result.moves;
    let count = if moves.is_empty() {
        t.what_if_none.to_string()
    } else {
        t.what_if_count.replace("{count}", &moves.len().to_string())
    };
    let corner = frame.center_top() + egui::vec2(0.0, 8.0);
    let font = FontId::proportional(shared.sizes.plot_label);
    let galley = painter.layout_no_wrap(count, font, ui.visuals().text_color());
    let rect = Align2::CENTER_TOP
        .anchor_size(corner, galley.size())
        .expand(4.0);
    painter.rect_filled(rect, 3.0, theme::halo(shared.dark));
    painter.galley(
        rect.min + egui::vec2(4.0, 4.0),
        galley,
        ui.visuals().text_color(),
    );
    // A lot found by its place in the drawn list, not searched for per move.
    let at: std::collections::HashMap<_, _> = drawn.iter().map(|p| (p.id, p)).collect();
    for (id, _, to) in moves {
        let Some(lot) = at.get(id) else { continue };
        // The new quadrant's shape around the marker: the shape says where it goes, not only
        // the colour.
        theme::paint_marker(
            &painter,
            lot.screen,
            lot.radius + theme::BORDERLINE_GAP + 6.0,
            theme::quadrant_marker(*to),
            egui::Color32::TRANSPARENT,
            Stroke::new(theme::LINE_WIDTH * 1.5, theme::quadrant_colour(*to)),
        );
    }
}

/// While the rings show and some lot has one: a ring and what it means, right-aligned on the
/// line of the spend axis's title.
pub fn ring_legend(ui: &egui::Ui, shared: &Shared<'_>, view: &View, geometry: &MatrixGeometry) {
    let s = shared.sensitivity;
    if !view.borderline || (s.one_step.is_empty() && s.near_split.is_empty()) {
        return;
    }
    let painter = ui.painter_at(geometry.outer);
    let ink = ui.visuals().text_color();
    let title = &geometry.spend_title.rect;
    let font = FontId::proportional(shared.sizes.small);
    let text = crate::locale::sensitivity::texts(shared.lang).legend;
    let galley = painter.layout_no_wrap(text.to_string(), font, ink);
    let right = geometry.frame.right();
    let height = galley.size().y;
    let text_left = right - galley.size().x;
    // Only where it fits beside the axis title.
    if text_left - height * 1.5 < title.right() {
        return;
    }
    let top = title.center().y - height / 2.0;
    painter.galley(egui::pos2(text_left, top), galley, ink);
    let stroke = Stroke::new(theme::LINE_WIDTH, theme::threshold_colour(shared.dark));
    let centre = egui::pos2(text_left - height * 0.8, top + height / 2.0);
    painter.extend(theme::dashed_ring(centre, height * 0.45, stroke));
}
