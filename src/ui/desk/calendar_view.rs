//! The Calendar view, a tab beside the matrix: the tender calendar drawn as the report draws it
//! (chart/gantt.rs), the tenders' names as buttons, and a tender's start moved a month at a time
//! with ← and → or by dragging its row; one key press, or one whole drag, is one undo step, and
//! the plan and the capacity row follow in the same frame.

use std::borrow::Cow;

use egui::{Key, Modifiers, Rect, RichText, Sense, StrokeKind, pos2};

use crate::chart::gantt::{GanttLayout, GanttOptions, gantt_scene};
use crate::chart::style::WARNING;
use crate::locale::number::format_date;
use crate::locale::planning::{flag_text, phase_name, texts};
use crate::model::Workshop;
use crate::model::planning::{Flag, TenderId};
use crate::ui::desk::scene_painter::paint_scene;
use crate::ui::{Edit, Output, Shared, View};

/// Which tender is selected, and the drag under way.
#[derive(Clone, Debug, Default)]
pub struct CalendarState {
    /// The selected tender (← and → move it).
    pub selected: Option<TenderId>,
    /// The tender being dragged and how far, in pixels.
    drag: Option<(TenderId, f32)>,
}

/// Shows the calendar in the central panel.
pub fn show(ui: &mut egui::Ui, shared: &Shared<'_>, view: &mut View, out: &mut Output) {
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    let workshop = shared.workshop;
    let lang = shared.lang;
    let options = GanttOptions {
        title: None,
        without_names: true,
        text_size: Some(shared.sizes.small),
    };
    let Some(layout) = GanttLayout::new(workshop, lang, rect.size(), &options) else {
        // What to do next, with the button that does it.
        let x = texts(lang);
        ui.scope_builder(egui::UiBuilder::new().max_rect(rect.shrink(24.0)), |ui| {
            ui.label(egui::RichText::new(x.no_tenders).strong());
            ui.add_space(8.0);
            if ui.button(x.add_tender_first).clicked() {
                out.run(crate::ui::Command::Tenders);
            }
        });
        return;
    };
    let state = &mut view.calendar;
    let row_at = |y: f32| {
        let index = ((y - rect.min.y - layout.top) / layout.row_height).floor();
        (index >= 0.0)
            .then_some(index as usize)
            .and_then(|i| workshop.planning.tenders.get(i))
            .map(|t| t.id)
    };
    if response.drag_started()
        && let Some(id) = response.interact_pointer_pos().and_then(|p| row_at(p.y))
    {
        state.drag = Some((id, 0.0));
        state.selected = Some(id);
    }
    if let Some((_, dx)) = &mut state.drag {
        *dx += response.drag_delta().x;
    }
    let moved = state
        .drag
        .map(|(id, dx)| (id, (dx / layout.month_width).round() as i32));
    if response.drag_stopped()
        && let Some((id, months)) = moved
    {
        state.drag = None;
        move_tender(workshop, id, months, out);
    }
    if response.clicked()
        && let Some(id) = response.interact_pointer_pos().and_then(|p| row_at(p.y))
    {
        state.selected = Some(id);
    }
    keys(ui, workshop, state, out);

    // While a drag is under way the plan shows where it would go.
    let preview: Cow<'_, Workshop> = match moved.filter(|(_, m)| *m != 0) {
        Some((id, months)) => {
            let mut moved = workshop.clone();
            if let Some(t) = moved.planning.tenders.iter_mut().find(|t| t.id == id) {
                t.start = t.start.add_months(months);
            }
            Cow::Owned(moved)
        }
        None => Cow::Borrowed(workshop),
    };
    let today = crate::report::today();
    let scene = gantt_scene(&preview, lang, rect.size(), today, options);
    paint_scene(ui.painter(), &scene, rect.min);
    names(ui, shared, &preview, &layout, rect, state);
    capacity_months(ui, shared, &preview, &layout, rect);
}

/// Each month of the capacity row as a hover area named for screen readers ("07-2024: 13
/// aanbestedingen tegelijk"), its tooltip the count per phase (where the months are too narrow
/// for numbers, the bars alone show them).
fn capacity_months(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    workshop: &Workshop,
    layout: &GanttLayout,
    rect: Rect,
) {
    let plan = &workshop.planning;
    let row = layout.capacity_row(plan.tenders.len());
    let heading = texts(shared.lang).capacity.to_lowercase();
    for (i, month) in (layout.months.0..=layout.months.1).enumerate() {
        let left = rect.min.x + layout.left + i as f32 * layout.month_width;
        let cell = Rect::from_min_max(
            pos2(left, rect.min.y + row.min.y),
            pos2(left + layout.month_width, rect.min.y + row.max.y),
        );
        let capacity = plan.capacity(month);
        let day = crate::model::WorkshopDate::first_of_month(month);
        let name = format!(
            "{:02}-{}: {} {heading}",
            day.month, day.year, capacity.tenders
        );
        let mut lines = vec![name.clone()];
        for phase in crate::model::planning::Phase::ALL {
            let n = capacity.per_phase[phase.index()];
            if n > 0 {
                lines.push(format!("{}: {n}", phase_name(phase, shared.lang)));
            }
        }
        let id = ui.scope_id().with(("capacity-month", month));
        let response = ui.interact(cell, id, Sense::hover());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
        response.on_hover_text(lines.join("\n"));
    }
}

/// ← and → move the selected tender a month (while no text field has the keyboard).
fn keys(ui: &mut egui::Ui, workshop: &Workshop, state: &CalendarState, out: &mut Output) {
    let Some(id) = state.selected else {
        return;
    };
    if ui.ctx().egui_wants_keyboard_input() {
        return;
    }
    for (key, months) in [(Key::ArrowLeft, -1), (Key::ArrowRight, 1)] {
        while ui.input_mut(|i| i.consume_key(Modifiers::NONE, key)) {
            move_tender(workshop, id, months, out);
        }
    }
}

fn move_tender(workshop: &Workshop, id: TenderId, months: i32, out: &mut Output) {
    let tender = workshop.planning.tenders.iter().find(|t| t.id == id);
    if let Some(tender) = tender.filter(|_| months != 0) {
        // Several presses in one frame add up: each is its own undo step.
        let start = out
            .edits
            .iter()
            .rev()
            .find_map(|(e, _)| match e {
                Edit::TenderStart(t, start) if *t == id => Some(*start),
                _ => None,
            })
            .unwrap_or(tender.start);
        out.edit(Edit::TenderStart(id, start.add_months(months)));
    }
}

/// The tenders' names as buttons left of their rows (select a tender; the tooltip gives its
/// phases and what to look at), and the selected row framed.
fn names(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    workshop: &Workshop,
    layout: &GanttLayout,
    rect: Rect,
    state: &mut CalendarState,
) {
    let lang = shared.lang;
    let plan = &workshop.planning;
    let flags = plan.flags(crate::report::today());
    let lot_name = |id| {
        workshop
            .lot(id)
            .map_or_else(String::new, |l| l.name.clone())
    };
    for (index, tender) in plan.tenders.iter().enumerate() {
        let row = layout.row(index).translate(rect.min.to_vec2());
        let own: Vec<&Flag> = flags
            .iter()
            .filter(|f| f.tender() == Some(tender.id))
            .collect();
        let selected = state.selected == Some(tender.id);
        let mut text = RichText::new(if own.is_empty() {
            tender.name.clone()
        } else {
            format!("{WARNING} {}", tender.name)
        })
        .size(layout.text_size);
        if selected {
            text = text.strong();
        }
        let name_rect = Rect::from_min_max(
            row.min,
            pos2(rect.min.x + layout.left - layout.margin * 0.5, row.max.y),
        );
        let left = egui::Layout::left_to_right(egui::Align::Center);
        let builder = egui::UiBuilder::new().max_rect(name_rect).layout(left);
        let button = ui
            .scope_builder(builder, |ui| {
                ui.add(egui::Button::selectable(selected, text).truncate())
            })
            .inner;
        let plan_text = plan
            .plan(tender)
            .iter()
            .map(|s| {
                let name = phase_name(s.phase, lang);
                format!(
                    "{name}: {} \u{2013} {}",
                    format_date(s.start),
                    format_date(s.end)
                )
            })
            .chain(
                own.iter()
                    .map(|f| format!("{WARNING} {}", flag_text(f, plan, &lot_name, lang))),
            )
            .collect::<Vec<_>>()
            .join("\n");
        let name = format!("{}: {}", texts(lang).tender, tender.name);
        button.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::Button, true, selected, name.clone())
        });
        if button.on_hover_text(plan_text).clicked() {
            state.selected = Some(tender.id);
        }
        if selected {
            let stroke = ui.visuals().selection.stroke;
            ui.painter()
                .rect_stroke(row, 2.0, stroke, StrokeKind::Outside);
        }
    }
}
