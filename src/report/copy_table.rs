//! Tables for the clipboard: the portfolio and a lot's strategy, each written twice, as
//! tab-separated text with Dutch amounts (for any program) and as an HTML table with amounts
//! as numbers (a real table in Word, cells with numbers in Excel and LibreOffice).

use std::fmt::Write as _;

use rust_decimal::Decimal;

use crate::locale::Lang;
use crate::locale::number::{format_decimal, format_euro, format_percent, round};
use crate::model::{Criterion, Lot, Workshop, analyse};

/// One cell of a copied table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyCell {
    /// Text.
    Text(String),
    /// An amount in euros.
    Euro(Decimal),
    /// A percentage (17.3 is 17,3%), with one decimal.
    Percent(Decimal),
    /// A number with this many decimals (a rank, a score, a mean).
    Number(Decimal, u32),
    /// Nothing.
    Empty,
}

impl CopyCell {
    /// The cell as people read it: Dutch amounts (`€ 17.163.920`), `17,3%`.
    fn shown(&self) -> String {
        match self {
            CopyCell::Text(text) => text.clone(),
            CopyCell::Euro(amount) => format_euro(*amount),
            CopyCell::Percent(pct) => format_percent(round(*pct, 1), 1),
            CopyCell::Number(n, places) => format_decimal(round(*n, *places), *places),
            CopyCell::Empty => String::new(),
        }
    }

    /// The value a spreadsheet stores, plain with a dot (`17163920`, `0.173` for 17,3%), for
    /// a number; `None` for text.
    fn value(&self) -> Option<String> {
        match self {
            CopyCell::Euro(amount) => Some(round(*amount, 2).normalize().to_string()),
            CopyCell::Percent(pct) => Some(
                (round(*pct, 1) / Decimal::ONE_HUNDRED)
                    .normalize()
                    .to_string(),
            ),
            CopyCell::Number(n, places) => Some(round(*n, *places).normalize().to_string()),
            CopyCell::Text(_) | CopyCell::Empty => None,
        }
    }

    /// How Excel shows the stored value (its `mso-number-format`).
    fn excel_format(&self) -> &'static str {
        match self {
            CopyCell::Euro(_) => r"'\#\,\#\#0'",
            CopyCell::Percent(_) => "'0.0%'",
            CopyCell::Number(_, 0) => "'0'",
            CopyCell::Number(..) => "'0.0'",
            CopyCell::Text(_) | CopyCell::Empty => r"'\@'",
        }
    }
}

/// A table to copy: a heading row and rows of cells.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CopyTable {
    /// The column headings.
    pub headings: Vec<String>,
    /// The rows.
    pub rows: Vec<Vec<CopyCell>>,
}

impl CopyTable {
    /// Tab-separated, one line per row, Dutch amounts. Tabs and line breaks inside a cell
    /// become spaces, and text that a spreadsheet would run as a formula gets an apostrophe.
    pub fn tab_separated(&self) -> String {
        let clean = |text: &str| {
            let flat = text.replace(['\t', '\r', '\n'], " ");
            crate::interchange::csv_guard::guard(&flat).into_owned()
        };
        let mut out = String::new();
        let line = |cells: Vec<String>| cells.join("\t") + "\r\n";
        out.push_str(&line(self.headings.iter().map(|h| clean(h)).collect()));
        for row in &self.rows {
            let cells = row.iter().map(|cell| match cell {
                CopyCell::Text(text) => clean(text),
                other => other.shown(),
            });
            out.push_str(&line(cells.collect()));
        }
        out
    }

    /// An HTML table. Each number carries its plain value (`x:num` for Excel, `sdval` for
    /// LibreOffice) beside the Dutch text Word shows; text cells are marked as text, so a
    /// spreadsheet never reads them as a formula or a date.
    pub fn html(&self) -> String {
        let mut out = String::from(
            "<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head><meta charset=\"utf-8\"></head><body>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n<tr>",
        );
        for heading in &self.headings {
            let _ = write!(out, "<th>{}</th>", escape(heading));
        }
        out.push_str("</tr>\n");
        for row in &self.rows {
            out.push_str("<tr>");
            for cell in row {
                let style = format!("mso-number-format:{}", cell.excel_format());
                match cell.value() {
                    Some(value) => {
                        let _ = write!(
                            out,
                            "<td align=\"right\" style=\"{}\" x:num=\"{value}\" sdval=\"{value}\">{}</td>",
                            escape(&style),
                            escape(&cell.shown())
                        );
                    }
                    None => {
                        let _ = write!(
                            out,
                            "<td style=\"{}\">{}</td>",
                            escape(&style),
                            escape(&cell.shown())
                        );
                    }
                }
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</table>\n</body></html>");
        out
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The portfolio table, ranked by spend, with the workbook's columns.
pub fn portfolio_table(workshop: &Workshop, lang: Lang) -> CopyTable {
    let x = lang.exchange();
    let texts = lang.texts();
    let portfolio = analyse(workshop);
    let rows = portfolio
        .lots(workshop)
        .map(|(ranked, lot)| {
            let mut row = vec![
                CopyCell::Number(Decimal::from(ranked.rank), 0),
                CopyCell::Text(lot.name.clone()),
                CopyCell::Text(texts.law(lot.law).to_string()),
                CopyCell::Euro(lot.spend),
                CopyCell::Percent(ranked.share_pct),
                CopyCell::Percent(ranked.cumulative_share_pct),
                CopyCell::Text(ranked.abc_band.letter().to_string()),
            ];
            row.extend(Criterion::ALL.into_iter().map(|criterion| {
                lot.scores.get(criterion).map_or(CopyCell::Empty, |level| {
                    CopyCell::Number(Decimal::from(level.number()), 0)
                })
            }));
            match ranked.risk {
                Some(risk) => {
                    row.push(CopyCell::Number(risk.mean_for_display(), risk.places));
                    row.push(CopyCell::Text(texts.level(risk.class).to_string()));
                }
                None => row.extend([CopyCell::Empty, CopyCell::Empty]),
            }
            row.push(CopyCell::Text(
                texts.value_class(ranked.value_class).to_string(),
            ));
            row.push(CopyCell::Text(ranked.quadrant.map_or_else(
                || x.not_scored.to_string(),
                |q| texts.quadrant(q).to_string(),
            )));
            row
        })
        .collect();
    CopyTable {
        headings: x.columns.all().iter().map(|h| h.to_string()).collect(),
        rows,
    }
}

/// A lot's strategy as the report gives it: one row per part (choices, hints, kaders), under
/// a heading of the lot's name and quadrant.
pub fn strategy_table(workshop: &Workshop, lot: &Lot, lang: Lang) -> CopyTable {
    let texts = crate::locale::clipboard::texts(lang);
    let quadrant = analyse(workshop).get(lot.id).and_then(|r| r.quadrant);
    let mut title = lot.name.clone();
    if let Some(q) = quadrant {
        let _ = write!(title, " ({})", lang.texts().quadrant(q));
    }
    let lines = super::strategy_lines::strategy_lines(workshop, lot, quadrant, lang);
    let rows = if lines.is_empty() {
        vec![vec![
            CopyCell::Text(texts.no_strategy.to_string()),
            CopyCell::Empty,
        ]]
    } else {
        lines
            .into_iter()
            .map(|(label, text)| vec![CopyCell::Text(label), CopyCell::Text(text)])
            .collect()
    };
    CopyTable {
        headings: vec![texts.strategy_part.to_string(), title],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Workshop {
        crate::examples::nmd_workshop()
    }

    #[test]
    fn the_portfolio_as_text_has_dutch_amounts_and_one_line_per_lot() {
        let workshop = example();
        let table = portfolio_table(&workshop, Lang::Dutch);
        let text = table.tab_separated();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), workshop.lots.len() + 1);
        assert!(
            lines[0].starts_with("Rang\t") || lines[0].contains("Perceel"),
            "{}",
            lines[0]
        );
        let first: Vec<&str> = lines[1].split('\t').collect();
        assert_eq!(first.len(), 14);
        assert_eq!(first[0], "1");
        assert!(
            first[3].starts_with("€ ") && first[3].contains('.'),
            "{}",
            first[3]
        );
        assert!(
            first[4].ends_with('%') && first[4].contains(','),
            "{}",
            first[4]
        );
    }

    #[test]
    fn the_portfolio_as_html_has_numbers_for_spreadsheets() {
        let workshop = example();
        let html = portfolio_table(&workshop, Lang::Dutch).html();
        let biggest = analyse(&workshop).ranked[0].index;
        let spend = round(workshop.lots[biggest].spend, 2)
            .normalize()
            .to_string();
        assert!(html.contains(&format!("x:num=\"{spend}\"")), "{spend}");
        assert!(html.contains(&format!("sdval=\"{spend}\"")));
        assert_eq!(html.matches("<tr>").count(), workshop.lots.len() + 1);
        // It reads back as the pasted-table reader reads Excel's HTML: numbers stay numbers.
        let sheet = crate::interchange::sheet::pasted::pasted_sheet(None, Some(&html), Lang::Dutch)
            .expect("a table")
            .sheet;
        assert_eq!(
            sheet.cell(1, 3),
            &crate::interchange::sheet::Cell::Number(workshop.lots[biggest].spend.normalize())
        );
    }

    #[test]
    fn text_cells_are_escaped_and_guarded() {
        let table = CopyTable {
            headings: vec!["A & B".into(), "C".into()],
            rows: vec![vec![
                CopyCell::Text("=1+1\tmet tab".into()),
                CopyCell::Text("<b>vet</b>".into()),
            ]],
        };
        assert_eq!(
            table.tab_separated(),
            "A & B\tC\r\n'=1+1 met tab\t<b>vet</b>\r\n"
        );
        let html = table.html();
        assert!(html.contains("<th>A &amp; B</th>"));
        assert!(html.contains("&lt;b&gt;vet&lt;/b&gt;"));
    }

    #[test]
    fn a_lot_without_a_strategy_says_so() {
        let mut workshop = example();
        for lot in &mut workshop.lots {
            lot.strategy = Default::default();
        }
        let lot = (workshop.lots.iter())
            .find(|lot| {
                super::super::strategy_lines::strategy_lines(&workshop, lot, None, Lang::English)
                    .is_empty()
            })
            .expect("a lot without kader answers");
        let table = strategy_table(&workshop, lot, Lang::English);
        assert!(table.headings[1].starts_with(&lot.name));
        assert_eq!(table.rows.len(), 1);
        assert!(table.tab_separated().contains("No strategy recorded yet."));
    }

    #[test]
    fn a_lot_with_a_strategy_gives_a_row_per_part() {
        let workshop = example();
        let lot = (workshop.lots.iter())
            .find(|lot| !lot.strategy.is_empty())
            .expect("a lot with a strategy");
        let table = strategy_table(&workshop, lot, Lang::Dutch);
        assert!(table.rows.len() > 1, "{table:?}");
        assert!(table.rows.iter().all(|row| row.len() == 2));
        assert!(table.html().matches("<tr>").count() == table.rows.len() + 1);
    }
}
