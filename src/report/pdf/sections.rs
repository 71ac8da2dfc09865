//! Sections of the report beyond the matrix and the lot pages: the kaders against the lots,
//! and the tenders with their phase dates.

use super::{A4, BODY, H2, Layout, MARGIN, Op, SMALL, wrap};
use crate::chart::fonts::text_width;
use crate::chart::style::WARNING;
use crate::locale::Lang;
use crate::locale::number::{format_date, format_decimal, format_euro, format_percent};
use crate::locale::planning::{flag_text, phase_months_note, phase_name, texts as plan_texts};
use crate::model::{Portfolio, Workshop};

/// Each kader with how many lots meet it, do not need it and are still open, then what each lot
/// that answered says (lots in rank order).
pub(super) fn kader_table(
    layout: &mut Layout,
    workshop: &Workshop,
    portfolio: &Portfolio,
    lang: Lang,
) {
    use crate::locale::kaders::{status_mark, texts};
    use crate::model::kader::{KaderStatus, kader_status};
    let k = texts(lang);
    layout.heading(k.heading, H2);
    layout.paragraph(k.legend, SMALL, false, 0.0);
    let ranked: Vec<&crate::model::Lot> = portfolio
        .ranked
        .iter()
        .filter_map(|r| workshop.lots.get(r.index))
        .collect();
    for (index, kader) in workshop.kaders.iter().enumerate() {
        layout.room(BODY * 5.0);
        layout.y += 6.0;
        let title = crate::locale::kaders::numbered(&workshop.kaders, index, lang);
        layout.paragraph(&title, BODY, true, 0.0);
        let count = |status| {
            ranked
                .iter()
                .filter(|l| kader_status(&l.kaders, kader.id) == status)
                .count()
        };
        let counts = crate::locale::kaders::counts(
            count(KaderStatus::Met),
            count(KaderStatus::NotApplicable),
            count(KaderStatus::Open),
            lang,
        );
        layout.paragraph(&counts, SMALL, false, 10.0);
        for lot in &ranked {
            let status = kader_status(&lot.kaders, kader.id);
            if let (Some(answer), false) = (lot.kaders.get(&kader.id), status == KaderStatus::Open)
            {
                let line = format!(
                    "{} {}: {}",
                    status_mark(status, lang),
                    lot.name,
                    answer.how.trim()
                );
                layout.paragraph(&line, SMALL, false, 10.0);
            }
        }
    }
}

/// Type size of the dates table: small enough for eight dates and a name on a portrait page.
const DATES_SIZE: f32 = SMALL - 1.5;

/// Space between two dates of the dates table.
const DATE_GAP: f32 = 5.0;

/// The tenders as a table: name, contract start and the start of each of the seven phases
/// (numbered, with a line naming the numbers), then what to look at and the plan's notes.
pub(super) fn tender_dates(layout: &mut Layout, workshop: &Workshop, lang: Lang) {
    use crate::model::planning::Phase;
    let x = plan_texts(lang);
    let plan = &workshop.planning;
    layout.heading(x.heading, H2);
    let names: Vec<String> = Phase::ALL
        .iter()
        .map(|p| format!("{} {}", p.index() + 1, phase_name(*p, lang)))
        .collect();
    layout.paragraph(&names.join(" \u{2022} "), SMALL, false, 0.0);
    layout.paragraph(&phase_months_note(plan, lang), SMALL, false, 0.0);
    layout.paragraph(x.table_note, SMALL, false, 0.0);
    layout.y += 4.0;
    // Each date column as wide as the widest date and a gap; the tender's name has the rest.
    let size = DATES_SIZE;
    let column = text_width("00-00-0000", size, false) + DATE_GAP;
    let tender_width = A4.0 - 2.0 * MARGIN - 8.0 * column;
    let row = |layout: &mut Layout, cells: Vec<String>, bold: bool| {
        let name_lines = wrap(&cells[0], size, bold, tender_width - DATE_GAP);
        let height = size * 1.4 * name_lines.len() as f32;
        layout.room(height + 4.0);
        let top = layout.y;
        for (k, line) in name_lines.into_iter().enumerate() {
            let y = top + size * 1.4 * (k as f32 + 1.0);
            push_text(layout, MARGIN, y, size, bold, line);
        }
        for (i, cell) in cells.into_iter().enumerate().skip(1) {
            let x = MARGIN + tender_width + column * (i - 1) as f32;
            push_text(layout, x, top + size * 1.4, size, bold, cell);
        }
        layout.y = top + height + 2.0;
    };
    let mut header = vec![x.tender.to_string(), x.start_short.to_string()];
    header.extend((1..=7).map(|n| n.to_string()));
    row(layout, header, true);
    layout.rule();
    for tender in &plan.tenders {
        let mut cells = vec![tender.name.clone(), format_date(tender.start)];
        cells.extend(plan.plan(tender).iter().map(|s| format_date(s.start)));
        row(layout, cells, false);
    }
    layout.rule();
    let lot_name = |id| {
        workshop
            .lot(id)
            .map_or_else(String::new, |l| l.name.clone())
    };
    let flags = plan.flags(super::super::today());
    if !flags.is_empty() {
        layout.room(BODY * 4.0);
        layout.y += 8.0;
        layout.paragraph(x.flags, BODY, true, 0.0);
        for flag in &flags {
            let text = format!("{WARNING} {}", flag_text(flag, plan, &lot_name, lang));
            layout.paragraph(&text, SMALL, false, 10.0);
        }
    }
    if !plan.notes.trim().is_empty() {
        layout.y += 8.0;
        layout.paragraph(plan.notes.trim(), SMALL, false, 0.0);
    }
}

fn push_text(layout: &mut Layout, x: f32, y: f32, size: f32, bold: bool, text: String) {
    layout.push(Op::Text {
        x,
        y,
        size,
        bold,
        grey: false,
        text,
    });
}

/// Columns of the portfolio table (rank, lot, spend, cumulative, risk, quadrant): the x of
/// each column's left edge or, for right-aligned columns, its right edge.
const TABLE: [(f32, bool); 6] = [
    (16.0, true),
    (24.0, false),
    (305.0, true),
    (360.0, true),
    (395.0, true),
    (410.0, false),
];
/// Width of the lot name column.
const NAME_WIDTH: f32 = 200.0;

pub(super) fn portfolio_table(
    layout: &mut Layout,
    workshop: &Workshop,
    portfolio: &Portfolio,
    lang: Lang,
) {
    let x = lang.exchange();
    let texts = lang.texts();
    let header = [
        x.columns.rank,
        x.columns.lot,
        x.columns.spend,
        x.columns.cumulative,
        x.columns.risk,
        x.columns.quadrant,
    ];
    let row = |layout: &mut Layout, cells: [String; 6], bold: bool| {
        let name_lines = wrap(&cells[1], SMALL, bold, NAME_WIDTH);
        let height = SMALL * 1.4 * name_lines.len() as f32;
        layout.room(height + 4.0);
        let top = layout.y;
        for (i, (cell, (edge, right_aligned))) in cells.iter().zip(TABLE).enumerate() {
            let lines = if i == 1 {
                name_lines.clone()
            } else {
                vec![cell.clone()]
            };
            for (k, line) in lines.into_iter().enumerate() {
                let width = text_width(&line, SMALL, bold);
                let x = if right_aligned {
                    MARGIN + edge - width
                } else {
                    MARGIN + edge
                };
                layout.push(Op::Text {
                    x,
                    y: top + SMALL * 1.4 * (k as f32 + 1.0),
                    size: SMALL,
                    bold,
                    grey: false,
                    text: line,
                });
            }
        }
        layout.y = top + height + 2.0;
    };
    row(layout, header.map(str::to_string), true);
    layout.rule();
    for (ranked, lot) in portfolio.lots(workshop) {
        let (risk, quadrant) = match (ranked.risk, ranked.quadrant) {
            (Some(r), Some(q)) => (
                format_decimal(r.mean_for_display(), r.places),
                texts.quadrant(q).to_string(),
            ),
            _ => ("-".into(), x.not_scored.to_string()),
        };
        row(
            layout,
            [
                ranked.rank.to_string(),
                lot.name.clone(),
                format_euro(lot.spend),
                format_percent(ranked.cumulative_share_pct, 0),
                risk,
                quadrant,
            ],
            false,
        );
    }
    layout.rule();
    row(
        layout,
        [
            String::new(),
            x.total.to_string(),
            format_euro(portfolio.total),
            String::new(),
            String::new(),
            String::new(),
        ],
        true,
    );
}
