//! The tender calendar as a drawing (a Gantt chart), shared by the report, the PNG and SVG
//! exports and, later, the window: one row per tender with its seven phases as numbered bars,
//! months across, a line for the reference day, a mark for each contract end, flags as symbols,
//! and under it the capacity row: how many tenders are busy each month, with the months over the
//! maximum marked by a sign as well as a colour.

use egui::{Color32, Pos2, Rect, Vec2, pos2, vec2};

use super::fonts::text_width;
use super::scene::{Anchor, Outline, Scene, Shape};
use super::style::{CONTRACT_END, OVER_MAXIMUM, WARNING};
use super::style::{PHASE_COLOURS, phase_text_is_white};
use crate::locale::Lang;
use crate::locale::planning::{PlanningTexts, phase_name, texts};
use crate::model::planning::{Calendar, Phase, Tender};
use crate::model::{Workshop, WorkshopDate};

const INK: Color32 = Color32::from_rgb(0x1A, 0x1A, 0x1A);
const GRID: Color32 = Color32::from_rgb(0xD0, 0xD0, 0xD0);
const YEAR_LINE: Color32 = Color32::from_rgb(0x80, 0x80, 0x80);
/// What asks for attention: the reference day, a flagged tender's name, a month over the
/// maximum and the maximum's line.
const MARKER: Color32 = Color32::from_rgb(0xB0, 0x00, 0x20);
/// Fill of a month's bar in the capacity row while it stays within the maximum.
const BAR: Color32 = Color32::from_rgb(0x6B, 0x6B, 0x6B);

/// The capacity row is this many tender rows high: a bar per month, so that the busy months
/// read from across the room even where the numbers are too small.
const CAPACITY_ROWS: f32 = 2.0;

/// What the drawing shows beside the plan.
#[derive(Clone, Copy, Debug, Default)]
pub struct GanttOptions<'a> {
    /// A title above the chart (the report's page).
    pub title: Option<&'a str>,
    /// Leave the tenders' names out (the window draws them as buttons over the drawing).
    pub without_names: bool,
    /// The text size (the window's); by default it follows the drawing's height.
    pub text_size: Option<f32>,
}

/// Where the chart's parts go: the months across, the rows down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GanttLayout {
    /// The first and last month shown ([`WorkshopDate::month_index`]).
    pub months: (i32, i32),
    /// Left edge of the first month; the names stand left of it.
    pub left: f32,
    /// Right edge of the last month.
    pub right: f32,
    /// Width of one month.
    pub month_width: f32,
    /// Top of the first tender's row.
    pub top: f32,
    /// Height of a row (the capacity row has the same).
    pub row_height: f32,
    /// Text size.
    pub text_size: f32,
    /// Outer margin.
    pub margin: f32,
}

impl GanttLayout {
    /// The chart's layout at `size`, or `None` while there are no tenders.
    pub fn new(
        workshop: &Workshop,
        lang: Lang,
        size: Vec2,
        options: &GanttOptions<'_>,
    ) -> Option<GanttLayout> {
        let plan = &workshop.planning;
        let months = plan.months_spanned()?;
        let (first, last) = (*months.start(), *months.end());
        let text_size = options
            .text_size
            .unwrap_or((size.y / 60.0).clamp(11.0, 22.0));
        let title = options.title.is_some();
        let margin = text_size;
        let label_width = plan
            .tenders
            .iter()
            .map(|t| text_width(&format!("{WARNING} {}", t.name), text_size, false))
            .fold(text_width(texts(lang).capacity, text_size, true), f32::max)
            + margin * 2.0;
        let left = margin + label_width;
        let right = size.x - margin;
        let title_height = if title { text_size * 2.6 } else { 0.0 };
        let header = text_size * 3.2 + title_height;
        // Room for the legend on two lines.
        let legend_height = text_size * 3.6;
        let rows = plan.tenders.len() as f32 + CAPACITY_ROWS;
        let row_height =
            ((size.y - header - legend_height - 2.0 * margin) / rows).min(text_size * 2.6);
        Some(GanttLayout {
            months: (first, last),
            left,
            right,
            month_width: (right - left) / (last - first + 1) as f32,
            top: margin + header,
            row_height,
            text_size,
            margin,
        })
    }

    /// The x of the start of `date`.
    pub fn x_of(&self, date: WorkshopDate) -> f32 {
        let month = date.month_index() - self.months.0;
        let days = f32::from(WorkshopDate::days_in_month(date.year, date.month));
        self.left + (month as f32 + f32::from(date.day - 1) / days) * self.month_width
    }

    /// The capacity row under `tenders` rows of tenders, full width.
    pub fn capacity_row(&self, tenders: usize) -> Rect {
        let y = self.top + tenders as f32 * self.row_height;
        Rect::from_min_max(
            pos2(self.margin, y),
            pos2(self.right, y + CAPACITY_ROWS * self.row_height),
        )
    }

    /// The row of the tender at `index` (names included), full width.
    pub fn row(&self, index: usize) -> Rect {
        let y = self.top + index as f32 * self.row_height;
        Rect::from_min_max(pos2(self.margin, y), pos2(self.right, y + self.row_height))
    }
}

/// The calendar of `workshop` drawn at `size`, read against `today` unless the workshop has a
/// reference date.
pub fn gantt_scene(
    workshop: &Workshop,
    lang: Lang,
    size: Vec2,
    today: WorkshopDate,
    options: GanttOptions<'_>,
) -> Scene {
    let plan = &workshop.planning;
    let x = texts(lang);
    let mut scene = Scene::new(size);
    let Some(layout) = GanttLayout::new(workshop, lang, size, &options) else {
        scene.text(
            pos2(24.0, 40.0),
            Anchor::Left,
            24.0,
            false,
            INK,
            x.no_tenders,
        );
        return scene;
    };
    if let Some(title) = options.title {
        let at = pos2(layout.margin, layout.margin + layout.text_size);
        scene.text(at, Anchor::Left, layout.text_size * 1.6, true, INK, title);
    }
    let rows = plan.tenders.len() as f32 + CAPACITY_ROWS;
    let bottom = layout.top + rows * layout.row_height;
    month_grid(&mut scene, &layout, bottom);
    if !options.without_names {
        let at = pos2(layout.margin, layout.top - layout.text_size * 0.6);
        scene.text(at, Anchor::Left, layout.text_size, true, INK, x.tender);
    }
    let flags = plan.flags(today);
    for (row, tender) in plan.tenders.iter().enumerate() {
        let flagged = flags.iter().any(|f| f.tender() == Some(tender.id));
        let name = (!options.without_names).then_some(tender.name.as_str());
        tender_row(&mut scene, plan, &layout, row, tender, name, flagged);
    }
    let today_shown = day_lines(&mut scene, &layout, plan.reference_date, today, bottom);
    let capacity_row = layout.capacity_row(plan.tenders.len());
    capacity_bars(&mut scene, plan, &layout, capacity_row, x);
    // The legend, under the capacity row: each phase's number and colour with its name, the
    // reference day and the contract end mark.
    let legend_height = layout.text_size * 3.6;
    let below = (capacity_row.bottom() + layout.text_size * 1.2)
        .min(size.y - layout.margin - legend_height + layout.text_size * 0.8);
    let at = pos2(layout.margin, below);
    legend(&mut scene, lang, at, layout.text_size, today_shown);
    scene
}

/// Months across, down to `bottom`: a line per month, the month's number where it fits, the
/// year at each January (and at the first month).
fn month_grid(scene: &mut Scene, layout: &GanttLayout, bottom: f32) {
    let (first, last) = layout.months;
    let (top, text_size, month_width) = (layout.top, layout.text_size, layout.month_width);
    for i in 0..=(last - first + 1) {
        let month = WorkshopDate::first_of_month(first + i);
        let xp = layout.left + i as f32 * month_width;
        let new_year = month.month == 1 || i == 0;
        let colour = if new_year { YEAR_LINE } else { GRID };
        scene.line(
            vec![pos2(xp, top - text_size), pos2(xp, bottom)],
            1.0,
            colour,
        );
        if i > last - first {
            continue;
        }
        if month_width > text_size * 0.9 {
            let centre = pos2(xp + month_width / 2.0, top - text_size * 0.6);
            let m = month.month.to_string();
            scene.text(centre, Anchor::Centre, text_size * 0.8, false, INK, &m);
        }
        // The first month's year only where it fits before the next January's ("2026" in
        // December ran into "2027").
        let year = month.year.to_string();
        let room = if month.month == 1 {
            f32::INFINITY
        } else {
            f32::from(13 - month.month) * month_width
        };
        if new_year && text_width(&year, text_size, true) + 6.0 <= room {
            let at = pos2(xp + 3.0, top - text_size * 2.0);
            scene.text(at, Anchor::Left, text_size, true, INK, &year);
        }
    }
}

/// One tender's row: its name (when drawn here, with a sign when flagged), its seven phases as
/// numbered bars, and the ends of the contracts of its lots as diamonds.
fn tender_row(
    scene: &mut Scene,
    plan: &Calendar,
    layout: &GanttLayout,
    row: usize,
    tender: &Tender,
    name: Option<&str>,
    flagged: bool,
) {
    let (row_height, text_size) = (layout.row_height, layout.text_size);
    let y = layout.top + row as f32 * row_height;
    let middle = y + row_height / 2.0;
    if let Some(name) = name {
        let (text, colour) = if flagged {
            (format!("{WARNING} {name}"), MARKER)
        } else {
            (name.to_string(), INK)
        };
        let at = pos2(layout.margin, middle);
        scene.text(at, Anchor::Left, text_size, flagged, colour, &text);
    }
    for span in plan.plan(tender) {
        let i = span.phase.index();
        let bar = Rect::from_min_max(
            pos2(layout.x_of(span.start), y + row_height * 0.15),
            pos2(layout.x_of(span.end.day_after()), y + row_height * 0.85),
        );
        scene.shapes.push(Shape::Rect {
            rect: bar,
            fill: Some(PHASE_COLOURS[i].into()),
            outline: Some(Outline {
                width: 1.0,
                colour: Color32::WHITE.into(),
            }),
        });
        let number = (i + 1).to_string();
        let size = text_size * 0.85;
        if bar.width() > text_width(&number, size, true) + 2.0 {
            let ink = if phase_text_is_white(i) {
                Color32::WHITE
            } else {
                INK
            };
            scene.text(bar.center(), Anchor::Centre, size, true, ink, &number);
        }
    }
    let (first, last) = layout.months;
    let ends = plan
        .contracts
        .iter()
        .filter(|c| c.lots.iter().any(|l| tender.lots.contains(l)))
        .map(|c| c.end)
        .filter(|end| (first..=last).contains(&end.month_index()));
    for end in ends {
        let at = pos2(layout.x_of(end.day_after()), middle);
        let r = row_height * 0.3;
        scene.shapes.push(Shape::Polygon {
            points: vec![
                pos2(at.x, at.y - r),
                pos2(at.x + r * 0.6, at.y),
                pos2(at.x, at.y + r),
                pos2(at.x - r * 0.6, at.y),
            ],
            fill: Some(Color32::WHITE.into()),
            outline: Some(Outline {
                width: 2.0,
                colour: INK.into(),
            }),
        });
    }
}

/// The reference day's line down to `bottom`, and today's when the plan is read against
/// another day (a thin dark line, named in the legend, so the two differ by more than colour);
/// whether today's was drawn.
fn day_lines(
    scene: &mut Scene,
    layout: &GanttLayout,
    reference: Option<WorkshopDate>,
    today: WorkshopDate,
    bottom: f32,
) -> bool {
    let (first, last) = layout.months;
    let shown = |day: WorkshopDate| (first..=last).contains(&day.month_index());
    let top = layout.top - layout.text_size * 0.2;
    let reference = reference.unwrap_or(today);
    if shown(reference) {
        let xr = layout.x_of(reference);
        scene.line(vec![pos2(xr, top), pos2(xr, bottom)], 2.5, MARKER);
    }
    let today_shown = reference != today && shown(today);
    if today_shown {
        let xt = layout.x_of(today);
        scene.line(vec![pos2(xt, top), pos2(xt, bottom)], 1.5, INK);
    }
    today_shown
}

/// The capacity row: its name and maximum at the left; per month a bar as high as the number of
/// tenders at work, a line at the maximum, and the months over it filled in the marker colour,
/// outlined, and numbered with a sign where the numbers fit.
fn capacity_bars(
    scene: &mut Scene,
    plan: &Calendar,
    layout: &GanttLayout,
    row: Rect,
    x: &PlanningTexts,
) {
    let (first, last) = layout.months;
    let text_size = layout.text_size;
    scene.line(vec![row.left_top(), row.right_top()], 1.5, INK);
    // "(max 3)" only when a maximum is set; no bare "(-)".
    let label = plan.max_parallel.map_or_else(
        || x.capacity.to_string(),
        |m| format!("{} (max {m})", x.capacity),
    );
    let at = pos2(row.left(), row.center().y);
    scene.text(at, Anchor::Left, text_size, true, INK, &label);
    let counts: Vec<_> = (first..=last).map(|m| plan.capacity(m)).collect();
    let peak = counts.iter().map(|c| c.tenders).max().unwrap_or(0);
    let scale = peak.max(plan.max_parallel.unwrap_or(0)).max(1) as f32;
    let number_size = text_size * 0.75;
    let numbers = layout.month_width >= text_width("13!", number_size, true) + 2.0;
    let floor = row.bottom() - 2.0;
    let room = floor - row.top() - if numbers { number_size * 1.8 } else { 4.0 };
    let height_of = |n: u32| room * n as f32 / scale;
    // The maximum behind the bars: a bar over it stands out above the line.
    if let Some(max) = plan.max_parallel {
        let y = floor - height_of(max);
        scene.line(
            vec![pos2(layout.left, y), pos2(layout.right, y)],
            2.0,
            MARKER,
        );
    }
    for (i, capacity) in counts.iter().enumerate() {
        let xp = layout.left + i as f32 * layout.month_width;
        let centre = xp + layout.month_width / 2.0;
        let half = (layout.month_width * 0.36).max(1.0);
        let top = floor - height_of(capacity.tenders);
        if capacity.tenders > 0 {
            let (fill, outline) = if capacity.over {
                (
                    MARKER,
                    Some(Outline {
                        width: 1.5,
                        colour: INK.into(),
                    }),
                )
            } else {
                (BAR, None)
            };
            scene.shapes.push(Shape::Rect {
                rect: Rect::from_min_max(pos2(centre - half, top), pos2(centre + half, floor)),
                fill: Some(fill.into()),
                outline,
            });
        }
        if numbers {
            let sign = if capacity.over { OVER_MAXIMUM } else { "" };
            let text = format!("{}{sign}", capacity.tenders);
            let at = pos2(centre, top - number_size * 0.7);
            scene.text(at, Anchor::Centre, number_size, capacity.over, INK, &text);
        }
    }
}

/// The legend, wrapping onto a second line where the drawing is narrow.
fn legend(scene: &mut Scene, lang: Lang, at: Pos2, size: f32, today: bool) {
    let x = texts(lang);
    let right = scene.size.x - at.x;
    let small = size * 0.85;
    let mut cursor = at;
    let room = |cursor: &mut Pos2, width: f32| {
        if cursor.x + width > right && cursor.x > at.x {
            *cursor = pos2(at.x, cursor.y + size * 1.6);
        }
    };
    for phase in Phase::ALL {
        let i = phase.index();
        let name = phase_name(phase, lang);
        room(&mut cursor, size * 2.2 + text_width(name, small, false));
        let swatch =
            Rect::from_center_size(cursor + vec2(size * 0.6, 0.0), Vec2::splat(size * 1.2));
        scene.shapes.push(Shape::Rect {
            rect: swatch,
            fill: Some(PHASE_COLOURS[i].into()),
            outline: None,
        });
        let ink = if phase_text_is_white(i) {
            Color32::WHITE
        } else {
            INK
        };
        scene.text(
            swatch.center(),
            Anchor::Centre,
            size * 0.8,
            true,
            ink,
            &(i + 1).to_string(),
        );
        scene.text(
            cursor + vec2(size * 1.5, 0.0),
            Anchor::Left,
            small,
            false,
            INK,
            name,
        );
        cursor.x += size * 2.2 + text_width(name, small, false);
    }
    // A day's line and its name: the reference day thick and red, today (when the plan is
    // read against another day) thin and dark; named here, as a word at the line would run
    // into the years.
    let mut day_entry = |cursor: &mut Pos2, width: f32, colour: Color32, name: &str| {
        room(cursor, size * 1.4 + text_width(name, small, false));
        let (top, bottom) = (cursor.y - size * 0.6, cursor.y + size * 0.6);
        scene.line(
            vec![pos2(cursor.x, top), pos2(cursor.x, bottom)],
            width,
            colour,
        );
        let at = *cursor + vec2(size * 0.4, 0.0);
        scene.text(at, Anchor::Left, small, false, INK, name);
        cursor.x += size * 1.4 + text_width(name, small, false);
    };
    day_entry(&mut cursor, 2.5, MARKER, x.reference);
    if today {
        day_entry(&mut cursor, 1.5, INK, x.today);
    }
    let marks = format!(
        "{CONTRACT_END} {}   {WARNING} {}   {OVER_MAXIMUM} {}",
        x.contract_end_mark, x.flag_mark, x.over_mark
    );
    room(&mut cursor, text_width(&marks, small, false));
    scene.text(cursor, Anchor::Left, small, false, INK, &marks);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::default_workshop;

    fn nmd() -> Workshop {
        default_workshop().expect("example").workshop
    }

    fn day(text: &str) -> WorkshopDate {
        text.parse().expect("date")
    }

    fn texts_of(scene: &Scene) -> Vec<(Pos2, String)> {
        scene
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { origin, text, .. } => Some((*origin, text.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_text_stands_inside_the_drawing_at_the_sizes_people_have() {
        let workshop = nmd();
        for (w, h) in [(860.0, 640.0), (1280.0, 720.0), (1920.0, 1080.0)] {
            let size = vec2(w, h);
            let options = GanttOptions::default();
            let scene = gantt_scene(&workshop, Lang::Dutch, size, day("2026-12-06"), options);
            for (origin, text) in texts_of(&scene) {
                assert!(
                    origin.x >= 0.0 && origin.y > 0.0 && origin.y <= h,
                    "{w}x{h}: '{text}' at {origin:?}"
                );
            }
            let legend = texts_of(&scene);
            assert!(
                legend.iter().any(|(_, t)| t.contains("boven maximum")),
                "{w}x{h}"
            );
        }
    }

    #[test]
    fn year_labels_never_run_into_each_other() {
        // One tender whose first phase begins in December: "2026" has one month of room.
        let mut workshop = nmd();
        let mut tender = workshop.planning.tenders[0].clone();
        tender.start = day("2028-06-01");
        tender.months = None;
        workshop.planning.months = crate::model::planning::PhaseMonths::DEFAULT;
        workshop.planning.tenders = vec![tender];
        for (w, h) in [(860.0, 640.0), (1366.0, 700.0), (1920.0, 1080.0)] {
            let scene = gantt_scene(
                &workshop,
                Lang::Dutch,
                vec2(w, h),
                day("2026-12-07"),
                GanttOptions::default(),
            );
            let layout =
                GanttLayout::new(&workshop, Lang::Dutch, vec2(w, h), &GanttOptions::default())
                    .expect("a layout");
            let mut years: Vec<(f32, f32)> = texts_of(&scene)
                .into_iter()
                .filter(|(_, t)| t.len() == 4 && t.starts_with("20"))
                .map(|(o, t)| (o.x, o.x + text_width(&t, layout.text_size, true)))
                .collect();
            years.sort_by(|a, b| a.0.total_cmp(&b.0));
            assert!(years.len() >= 2, "{w}: {years:?}");
            for pair in years.windows(2) {
                assert!(pair[0].1 < pair[1].0, "{w}: {years:?}");
            }
        }
    }

    #[test]
    fn the_months_over_the_maximum_are_the_red_outlined_bars() {
        let workshop = nmd();
        let plan = &workshop.planning;
        let (first, last) = plan
            .months_spanned()
            .map(|m| (*m.start(), *m.end()))
            .expect("months");
        let over = (first..=last).filter(|m| plan.capacity(*m).over).count();
        assert!(
            over > 0,
            "the example's plan is over its maximum in some months"
        );
        let options = GanttOptions::default();
        // At print size, where the months (July 2022 to December 2029) are wide enough for
        // their numbers.
        let scene = gantt_scene(
            &workshop,
            Lang::Dutch,
            vec2(3508.0, 2480.0),
            day("2024-01-01"),
            options,
        );
        let red = scene
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Rect { fill: Some(f), outline: Some(_), .. } if *f == MARKER.into()))
            .count();
        assert_eq!(red, over);
        let marked = texts_of(&scene)
            .iter()
            .filter(|(_, t)| t.ends_with(OVER_MAXIMUM) && t.len() > 1)
            .count();
        assert_eq!(
            marked, over,
            "each numbered with the sign where the months are wide"
        );
    }

    #[test]
    fn the_capacity_row_lies_under_the_tenders_and_above_the_legend() {
        let workshop = nmd();
        let layout = GanttLayout::new(
            &workshop,
            Lang::Dutch,
            vec2(1366.0, 700.0),
            &GanttOptions::default(),
        )
        .expect("a layout");
        let tenders = workshop.planning.tenders.len();
        let row = layout.capacity_row(tenders);
        assert!((row.top() - layout.row(tenders - 1).bottom()).abs() < 0.01);
        assert!((row.height() - CAPACITY_ROWS * layout.row_height).abs() < 0.01);
        assert!(
            row.bottom() < 700.0 - layout.text_size * 2.0,
            "room for the legend"
        );
    }
}
