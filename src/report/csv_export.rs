//! The portfolio table as CSV, with a stable header, for spreadsheets and scripts; each lot's
//! strategy follows in columns at the end ([`StrategyColumn::ALL`], keys prefixed
//! `strategy_`), so readers of the earlier columns keep working.

use std::io::Write;

use rust_decimal::Decimal;

use crate::locale::Lang;
use crate::locale::number::round;
use crate::model::{Level, Workshop, analyse};
use crate::report::strategy_table::{StrategyCell, StrategyColumn, strategy_row};

/// The first columns of the CSV export. They are part of the public interface: keep them
/// stable; new columns only ever come after them.
pub const CSV_HEADER: [&str; 13] = [
    "rank",
    "lot",
    "law",
    "spend_eur",
    "cumulative_share_pct",
    "abc_band",
    "impact",
    "scarcity",
    "switching",
    "risk_mean",
    "risk_class",
    "value_class",
    "quadrant",
];

/// The columns of [`CSV_HEADER`] that hold text (the others hold numbers, which are never
/// guarded: a negative number is no formula).
const TEXT_COLUMNS: [usize; 6] = [1, 2, 5, 10, 11, 12];

/// Whether text cells are guarded against being run as formulas ([`crate::interchange::csv_guard`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvCells {
    /// Text that a spreadsheet would run as a formula gets a leading apostrophe (the default).
    Guarded,
    /// Every text exactly as it is (`--raw`, for programs that need it).
    Raw,
}

/// The whole header: [`CSV_HEADER`], then the strategy columns.
pub fn csv_header() -> Vec<String> {
    CSV_HEADER
        .iter()
        .map(|h| h.to_string())
        .chain(
            StrategyColumn::ALL
                .iter()
                .map(|c| format!("strategy_{}", c.key())),
        )
        .collect()
}

/// A strategy cell for scripts: codes, `true`/`false`, ISO dates, dot decimals.
fn strategy_text(cell: StrategyCell, cells: CsvCells) -> String {
    match cell {
        StrategyCell::Empty => String::new(),
        StrategyCell::Choice { code, .. } => code.to_string(),
        StrategyCell::YesNo(value) => value.to_string(),
        StrategyCell::Whole(n) => n.to_string(),
        StrategyCell::Euro(amount) => money(amount),
        StrategyCell::Date(day) => day.to_string(),
        StrategyCell::Text(text) => match cells {
            CsvCells::Guarded => crate::interchange::csv_guard::guard(&text).into_owned(),
            CsvCells::Raw => text,
        },
    }
}

/// Writes the portfolio table of `workshop` as CSV: comma-separated, dot decimals, one row
/// per lot in rank order. Scores that are not given, and the risk and quadrant of a lot that
/// is not fully scored, are empty cells; so is every strategy cell not filled in.
pub fn export_csv(workshop: &Workshop, cells: CsvCells, out: impl Write) -> csv::Result<()> {
    let portfolio = analyse(workshop);
    let mut writer = csv::WriterBuilder::new().from_writer(out);
    writer.write_record(csv_header())?;
    let score = |level: Option<Level>| level.map(|l| l.number().to_string()).unwrap_or_default();
    for row in &portfolio.ranked {
        let lot = &workshop.lots[row.index];
        let mut record = [
            row.rank.to_string(),
            lot.name.clone(),
            lot.law.code().to_string(),
            money(lot.spend),
            format!("{:.2}", round(row.cumulative_share_pct, 2)),
            row.abc_band.letter().to_string(),
            score(lot.scores.impact),
            score(lot.scores.scarcity),
            score(lot.scores.switching),
            row.risk
                .map(|r| format!("{:.2}", round(r.mean, 2)))
                .unwrap_or_default(),
            row.risk
                .map(|r| r.class.code().to_string())
                .unwrap_or_default(),
            row.value_class.code().to_string(),
            row.quadrant
                .map(|q| q.code().to_string())
                .unwrap_or_default(),
        ];
        if cells == CsvCells::Guarded {
            for at in TEXT_COLUMNS {
                if let std::borrow::Cow::Owned(guarded) =
                    crate::interchange::csv_guard::guard(&record[at])
                {
                    record[at] = guarded;
                }
            }
        }
        let strategy = strategy_row(workshop, lot, row.quadrant, Lang::English, true)
            .into_iter()
            .map(|cell| strategy_text(cell, cells));
        writer.write_record(record.into_iter().chain(strategy))?;
    }
    writer.flush()?;
    Ok(())
}

/// An amount with a dot decimal: whole euros as `17163920`, otherwise at least two decimals.
fn money(value: Decimal) -> String {
    let value = value.normalize();
    if value.scale() == 0 {
        value.to_string()
    } else if value.scale() <= 2 {
        format!("{value:.2}")
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn money_is_exact() {
        assert_eq!(money(dec!(17163920)), "17163920");
        assert_eq!(money(dec!(17163920.00)), "17163920");
        assert_eq!(money(dec!(17163920.5)), "17163920.50");
        assert_eq!(money(dec!(0.125)), "0.125");
    }
}
