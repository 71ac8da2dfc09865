//! The portfolio table, and on request the strategy table, as text for a terminal.

use crate::interchange::sheet_messages;
use crate::locale::Lang;
use crate::locale::number::{format_date, format_decimal, format_euro, format_percent};
use crate::locale::strategy::{ChoiceName, yes_no};
use crate::model::{Workshop, analyse};
use crate::report::strategy_table::{StrategyCell, StrategyColumn, strategy_row};

#[derive(Clone, Copy)]
pub(super) enum Align {
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

    let mut out = heading(workshop);
    out.push_str(&render(&columns, &rows, Some(&totals)));
    if let Some(note) = reported_total_note(workshop, lang) {
        out.push('\n');
        out.push_str(&note);
        out.push('\n');
    }
    out
}

/// The strategy of every lot that has one, ranked by spend: the columns of
/// [`StrategyColumn::TERMINAL`] (the CSV and the workbook have all of them).
pub fn strategy_table(workshop: &Workshop, lang: Lang) -> String {
    let t = lang.texts();
    let portfolio = analyse(workshop);
    let mut columns = vec![(t.table_headers.lot, Align::Left)];
    let euro_column = |c: StrategyColumn| matches!(c, StrategyColumn::ContractValue);
    columns.extend(StrategyColumn::TERMINAL.iter().map(|c| {
        let align = if euro_column(*c) {
            Align::Right
        } else {
            Align::Left
        };
        (c.name(lang), align)
    }));
    let all = StrategyColumn::ALL;
    let rows: Vec<Vec<String>> = portfolio
        .ranked
        .iter()
        .filter_map(|row| {
            let lot = &workshop.lots[row.index];
            if lot.strategy.is_empty() {
                return None;
            }
            let cells = strategy_row(workshop, lot, row.quadrant, lang, false);
            let mut line = vec![lot.name.clone()];
            for column in StrategyColumn::TERMINAL {
                let at = all.iter().position(|c| *c == column).unwrap_or(0);
                line.push(cell_text(cells[at].clone(), lang));
            }
            Some(line)
        })
        .collect();
    let mut out = heading(workshop);
    if rows.is_empty() {
        out.push_str(
            crate::locale::cli::CliMessage::NoStrategies
                .text(lang)
                .as_str(),
        );
        out.push('\n');
    } else {
        out.push_str(&render(&columns, &rows, None));
    }
    out
}

/// A strategy cell as the terminal shows it.
fn cell_text(cell: StrategyCell, lang: Lang) -> String {
    match cell {
        StrategyCell::Empty => "-".to_string(),
        StrategyCell::Choice { name, .. } => name.to_string(),
        StrategyCell::YesNo(value) => yes_no(value, lang).to_string(),
        StrategyCell::Whole(n) => n.to_string(),
        StrategyCell::Euro(amount) => format_euro(amount),
        StrategyCell::Date(day) => format_date(day),
        StrategyCell::Text(text) => text.replace('\n', "; "),
    }
}

/// The title and organisation as a heading, when there are any.
pub(super) fn heading(workshop: &Workshop) -> String {
    let heading: Vec<&str> = [workshop.title.as_str(), workshop.organisation.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
    if heading.is_empty() {
        String::new()
    } else {
        format!("{}\n\n", heading.join(" - "))
    }
}

/// Columns padded to their widest cell, a rule under the header, and an optional totals line
/// under a second rule.
pub(super) fn render(
    columns: &[(&str, Align)],
    rows: &[Vec<String>],
    totals: Option<&Vec<String>>,
) -> String {
    let widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, (header, _))| {
            rows.iter()
                .chain(totals)
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
    let total_width = widths.iter().sum::<usize>() + 2 * (widths.len() - 1);
    let rule = "-".repeat(total_width);
    let mut out = line(columns.iter().map(|(h, _)| *h).collect());
    out.push('\n');
    out.push_str(&rule);
    out.push('\n');
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
        out.push('\n');
    }
    if let Some(totals) = totals {
        out.push_str(&rule);
        out.push('\n');
        out.push_str(&line(totals.iter().map(String::as_str).collect()));
        out.push('\n');
    }
    out
}

/// The note on a gap between the reported total and the sum of the lots, if there is one.
pub fn reported_total_note(workshop: &Workshop, lang: Lang) -> Option<String> {
    let reported = workshop.reported_total?;
    workshop.reported_total_gap()?;
    Some(sheet_messages::reported_total_gap(
        reported,
        workshop.total_spend(),
        lang,
    ))
}
