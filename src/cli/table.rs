//! The portfolio table as text for a terminal.

use crate::locale::number::{format_decimal, format_euro, format_percent};
use crate::locale::{Lang, messages};
use crate::model::{Workshop, analyse};

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
}

/// The portfolio table of a workshop, ranked by spend, with a totals line.
pub fn portfolio_table(workshop: &Workshop, lang: Lang) -> String {
    let t = lang.texts();
    let h = &t.table_headers;
    let portfolio = analyse(workshop);
    let columns = [
        (h.rank, Align::Right),
        (h.lot, Align::Left),
        (h.spend, Align::Right),
        (h.cumulative, Align::Right),
        (h.abc, Align::Left),
        (h.risk, Align::Right),
        (h.risk_class, Align::Left),
        (h.value, Align::Left),
        (h.quadrant, Align::Left),
    ];
    let rows: Vec<Vec<String>> = portfolio
        .ranked
        .iter()
        .map(|row| {
            let lot = &workshop.lots[row.index];
            vec![
                row.rank.to_string(),
                lot.name.clone(),
                format_euro(lot.spend),
                format_percent(row.cumulative_share_pct, 1),
                row.abc_band.letter().to_string(),
                row.risk
                    .map_or("-".to_string(), |r| format_decimal(r.mean, 1)),
                row.risk
                    .map_or(t.not_scored.to_string(), |r| t.level(r.class).to_string()),
                t.value_class(row.value_class).to_string(),
                row.quadrant
                    .map_or("-".to_string(), |q| t.quadrant(q).to_string()),
            ]
        })
        .collect();
    let lot_count = workshop.lots.len();
    let scored = portfolio.scored_count();
    let totals_label = crate::locale::cli::CliMessage::TableTotal {
        total: h.total,
        lots: lot_count,
        scored,
    }
    .text(lang);
    let full_share = if portfolio.total.is_zero() {
        "-".to_string()
    } else {
        format_percent(100.into(), 1)
    };
    let totals = vec![
        String::new(),
        totals_label,
        format_euro(portfolio.total),
        full_share,
    ];

    let widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, (header, _))| {
            rows.iter()
                .chain([&totals])
                .filter_map(|r| r.get(i))
                .map(|c| c.chars().count())
                .chain([header.chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: Vec<&str>| -> String {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let (_, align) = columns[i];
            let pad = widths[i].saturating_sub(cell.chars().count());
            if i > 0 {
                out.push_str("  ");
            }
            match align {
                Align::Left => {
                    out.push_str(cell);
                    out.push_str(&" ".repeat(pad));
                }
                Align::Right => {
                    out.push_str(&" ".repeat(pad));
                    out.push_str(cell);
                }
            }
        }
        out.trim_end().to_string()
    };

    let mut out = String::new();
    let heading: Vec<&str> = [workshop.title.as_str(), workshop.organisation.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
    if !heading.is_empty() {
        out.push_str(&heading.join(" - "));
        out.push_str("\n\n");
    }
    out.push_str(&line(columns.iter().map(|(h, _)| *h).collect()));
    out.push('\n');
    let total_width = widths.iter().sum::<usize>() + 2 * (widths.len() - 1);
    out.push_str(&"-".repeat(total_width));
    out.push('\n');
    for row in &rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
        out.push('\n');
    }
    out.push_str(&"-".repeat(total_width));
    out.push('\n');
    out.push_str(&line(totals.iter().map(String::as_str).collect()));
    out.push('\n');
    if let Some(note) = reported_total_note(workshop, lang) {
        out.push('\n');
        out.push_str(&note);
        out.push('\n');
    }
    out
}

/// The note on a gap between the reported total and the sum of the lots, if there is one.
pub fn reported_total_note(workshop: &Workshop, lang: Lang) -> Option<String> {
    let reported = workshop.reported_total?;
    workshop.reported_total_gap()?;
    Some(messages::reported_total_gap(
        reported,
        workshop.total_spend(),
        lang,
    ))
}
