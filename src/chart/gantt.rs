//! The tender calendar as a drawing (a Gantt chart), shared by the report, the PNG and SVG
//! exports and, later, the window: one row per tender with its seven phases as numbered bars,
//! months across, a line for the reference day, a mark for each contract end, flags as symbols,
//! and under it the capacity row: how many tenders are busy each month, with the months over the
//! maximum marked by a sign as well as a colour.

use egui::{Color32, Pos2, Rect, Vec2, pos2, vec2};

use super::fonts::text_width;
use super::scene::{Anchor, Outline, Scene, Shape};
use super::style::{PHASE_COLOURS, phase_text_is_white};
use crate::locale::Lang;
use crate::locale::planning::{phase_name, texts};
use crate::model::planning::{Flag, Phase};
use crate::model::{Workshop, WorkshopDate};

const INK: Color32 = Color32::from_rgb(0x1A, 0x1A, 0x1A);
const GRID: Color32 = Color32::from_rgb(0xD0, 0xD0, 0xD0);
const YEAR_LINE: Color32 = Color32::from_rgb(0x80, 0x80, 0x80);
const OVER: Color32 = Color32::from_rgb(0xD5, 0x5E, 0x00);
const MARKER: Color32 = Color32::from_rgb(0xB0, 0x00, 0x20);

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
            .map(|t| text_width(&format!("\u{26A0} {}", t.name), text_size, false))
            .fold(text_width(texts(lang).capacity, text_size, true), f32::max)
            + margin * 2.0;
        let left = margin + label_width;
        let right = size.x - margin;
        let title_height = if title { text_size * 2.6 } else { 0.0 };
        let header = text_size * 3.2 + title_height;
        // Room for the legend on two lines.
        let legend_height = text_size * 3.6;
        let rows = plan.tenders.len() as f32 + 1.0;
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
    let GanttLayout {
        months: (first, last),
        left,
        right,
        month_width,
        top,
        row_height,
        text_size,
        margin,
    } = layout;
    if let Some(title) = options.title {
        let at = pos2(margin, margin + text_size);
        scene.text(at, Anchor::Left, text_size * 1.6, true, INK, title);
    }
    let reference = plan.reference_date.unwrap_or(today);
    let flags = plan.flags(today);
    let rows = plan.tenders.len() as f32 + 1.0;
    let legend_height = text_size * 3.6;
    let x_of = |date: WorkshopDate| layout.x_of(date);

    // Months across: a line per month, the year at each January (and at the first month).
    for i in 0..=(last - first + 1) {
        let month = WorkshopDate::first_of_month(first + i);
        let xp = left + i as f32 * month_width;
        let new_year = month.month == 1 || i == 0;
        let colour = if new_year { YEAR_LINE } else { GRID };
        scene.line(
            vec![pos2(xp, top - text_size), pos2(xp, top + rows * row_height)],
            1.0,
            colour,
        );
        if i <= last - first {
            let centre = pos2(xp + month_width / 2.0, top - text_size * 0.6);
            if month_width > text_size * 0.9 {
                let m = month.month.to_string();
                scene.text(centre, Anchor::Centre, text_size * 0.8, false, INK, &m);
            }
            if new_year {
                let at = pos2(xp + 3.0, top - text_size * 2.0);
                let year = month.year.to_string();
                scene.text(at, Anchor::Left, text_size, true, INK, &year);
            }
        }
    }
    if !options.without_names {
        let at = pos2(margin, top - text_size * 0.6);
        scene.text(at, Anchor::Left, text_size, true, INK, x.tender);
    }

    // One row per tender: its name (with a sign when it should have begun), its seven phases,
    // and the ends of the contracts of its lots.
    for (row, tender) in plan.tenders.iter().enumerate() {
        let y = top + row as f32 * row_height;
        let middle = y + row_height / 2.0;
        let late = flags
            .iter()
            .any(|f| matches!(f, Flag::LateStart { tender: t, .. } if *t == tender.id));
        let gap = flags
            .iter()
            .any(|f| matches!(f, Flag::ContractGap { tender: t, .. } if *t == tender.id));
        let mut name = tender.name.clone();
        if late || gap {
            name = format!("\u{26A0} {name}");
        }
        let colour = if late || gap { MARKER } else { INK };
        if !options.without_names {
            let at = pos2(margin, middle);
            scene.text(at, Anchor::Left, text_size, late || gap, colour, &name);
        }
        for span in plan.plan(tender) {
            let i = span.phase.index();
            let bar = Rect::from_min_max(
                pos2(x_of(span.start), y + row_height * 0.15),
                pos2(x_of(span.end.day_after()), y + row_height * 0.85),
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
            if bar.width() > text_width(&number, text_size * 0.85, true) + 2.0 {
                let ink = if phase_text_is_white(i) {
                    Color32::WHITE
                } else {
                    INK
                };
                scene.text(
                    bar.center(),
                    Anchor::Centre,
                    text_size * 0.85,
                    true,
                    ink,
                    &number,
                );
            }
        }
        for contract in plan
            .contracts
            .iter()
            .filter(|c| c.lots.iter().any(|l| tender.lots.contains(l)))
        {
            if (first..=last).contains(&contract.end.month_index()) {
                let at = pos2(x_of(contract.end.day_after()), middle);
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
    }

    // The reference day, and today when the plan is read against another day: today as a
    // thin dark line (named in the legend), so the two differ by more than colour.
    let bottom = top + rows * row_height;
    if (first..=last).contains(&reference.month_index()) {
        let xr = x_of(reference);
        let line = vec![pos2(xr, top - text_size * 0.2), pos2(xr, bottom)];
        scene.line(line, 2.5, MARKER);
    }
    let today_shown = reference != today && (first..=last).contains(&today.month_index());
    if today_shown {
        let xt = x_of(today);
        scene.line(
            vec![pos2(xt, top - text_size * 0.2), pos2(xt, bottom)],
            1.5,
            INK,
        );
    }

    // The capacity row.
    let y = top + plan.tenders.len() as f32 * row_height;
    scene.line(vec![pos2(margin, y), pos2(right, y)], 1.5, INK);
    let label = format!(
        "{} ({})",
        x.capacity,
        plan.max_parallel.map_or("-".into(), |m| format!("max {m}"))
    );
    scene.text(
        pos2(margin, y + row_height / 2.0),
        Anchor::Left,
        text_size,
        true,
        INK,
        &label,
    );
    for i in 0..=(last - first) {
        let capacity = plan.capacity(first + i);
        let xp = left + i as f32 * month_width;
        let cell = Rect::from_min_size(pos2(xp, y), vec2(month_width, row_height));
        if capacity.over {
            scene.shapes.push(Shape::Rect {
                rect: cell.shrink(1.0),
                fill: Some(OVER.gamma_multiply(0.25).into()),
                outline: Some(Outline {
                    width: 2.0,
                    colour: OVER.into(),
                }),
            });
        }
        let text = if capacity.over {
            format!("{}!", capacity.tenders)
        } else {
            capacity.tenders.to_string()
        };
        // Narrow months get smaller numbers, so "13!" stays inside its month.
        let size = (month_width / 1.9).clamp(7.0, text_size * 0.85);
        scene.text(
            cell.center(),
            Anchor::Centre,
            size,
            capacity.over,
            INK,
            &text,
        );
    }

    // The legend, under the capacity row: each phase's number and colour with its name, the
    // reference day and the contract end mark.
    let below =
        (y + row_height + text_size * 1.2).min(size.y - margin - legend_height + text_size * 0.8);
    legend(
        &mut scene,
        lang,
        pos2(margin, below),
        text_size,
        today_shown,
    );
    scene
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
    room(
        &mut cursor,
        size * 1.4 + text_width(x.reference, small, false),
    );
    let (top, bottom) = (cursor.y - size * 0.6, cursor.y + size * 0.6);
    scene.line(
        vec![pos2(cursor.x, top), pos2(cursor.x, bottom)],
        2.5,
        MARKER,
    );
    scene.text(
        cursor + vec2(size * 0.4, 0.0),
        Anchor::Left,
        small,
        false,
        INK,
        x.reference,
    );
    cursor.x += size * 1.4 + text_width(x.reference, small, false);
    // Today's thin dark line, named in the legend (a word at the line would run into the years).
    if today {
        room(&mut cursor, size * 1.4 + text_width(x.today, small, false));
        let (top, bottom) = (cursor.y - size * 0.6, cursor.y + size * 0.6);
        scene.line(vec![pos2(cursor.x, top), pos2(cursor.x, bottom)], 1.5, INK);
        scene.text(
            cursor + vec2(size * 0.4, 0.0),
            Anchor::Left,
            small,
            false,
            INK,
            x.today,
        );
        cursor.x += size * 1.4 + text_width(x.today, small, false);
    }
    room(&mut cursor, text_width(x.contract_end_mark, small, false));
    scene.text(cursor, Anchor::Left, small, false, INK, x.contract_end_mark);
}
