//! Cells copied in a spreadsheet program and pasted here. Excel and LibreOffice put a selection
//! on the clipboard as tab-separated text and usually as an HTML table beside it; either gives
//! a [`Sheet`] for the import window, which then reads it as it reads a file.
//!
//! The HTML table is preferred: it keeps a number as a number (Excel's `x:num`, LibreOffice's
//! `sdval`) where the text holds only what the cell showed. A selection without a header row
//! gets one made from its contents: the column of names and the column of amounts.

use rust_decimal::Decimal;
use thiserror::Error;

use super::columns::{Field, fits};
use super::header::{HeaderRows, find_header};
use super::read::{Cell, MAX_CELLS, Sheet};
use crate::locale::Lang;
use crate::locale::number::parse_amount;

/// The most bytes of clipboard text or HTML read (a selection of a few thousand lots is far
/// less).
pub const MAX_PASTED_BYTES: usize = 32 * 1024 * 1024;

/// Why the clipboard gave no table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum PasteError {
    /// Nothing on the clipboard, or only spaces.
    #[error("the clipboard is empty")]
    Empty,
    /// Text without columns: no tab, and no HTML table.
    #[error("the clipboard holds text, not a table")]
    NotATable,
    /// More than [`MAX_PASTED_BYTES`] or [`MAX_CELLS`].
    #[error("the clipboard holds too large a table")]
    TooLarge,
}

/// A table read from the clipboard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pasted {
    /// Its cells, as one sheet named for the clipboard.
    pub sheet: Sheet,
    /// The cells had no header row; the first row was made from their contents.
    pub header_made: bool,
}

/// The table on the clipboard: its HTML table when it has one with cells in it, else its text
/// when the text has columns (tabs). The sheet is named for the clipboard in `lang`.
pub fn pasted_sheet(
    text: Option<&str>,
    html: Option<&str>,
    lang: Lang,
) -> Result<Pasted, PasteError> {
    let too_large = |s: &Option<&str>| s.is_some_and(|s| s.len() > MAX_PASTED_BYTES);
    if too_large(&text) || too_large(&html) {
        return Err(PasteError::TooLarge);
    }
    let rows = match html.and_then(html_table) {
        Some(rows) => rows,
        None => {
            let text = text.unwrap_or_default();
            if text.trim().is_empty() {
                return Err(PasteError::Empty);
            }
            tab_separated(text).ok_or(PasteError::NotATable)?
        }
    };
    if rows.iter().map(Vec::len).sum::<usize>() > MAX_CELLS {
        return Err(PasteError::TooLarge);
    }
    if rows.iter().flatten().all(Cell::is_blank) {
        return Err(PasteError::Empty);
    }
    let mut sheet = Sheet {
        name: crate::locale::clipboard::texts(lang).clipboard.to_string(),
        rows,
        first_row: 0,
        first_column: 0,
    };
    let header_made = !has_header(&sheet);
    if header_made {
        add_header_from_contents(&mut sheet, lang);
    }
    Ok(Pasted { sheet, header_made })
}

/// Rows of tab-separated text, as Excel writes a selection (a cell with a line break or tab in
/// it between double quotes); `None` when no line has a tab.
fn tab_separated(text: &str) -> Option<Vec<Vec<Cell>>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.contains('\t') {
        return None;
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let rows = reader
        .records()
        .map_while(Result::ok)
        .map(|record| record.iter().map(text_cell).collect())
        .collect();
    Some(rows)
}

fn text_cell(text: &str) -> Cell {
    let text = text.replace('\u{a0}', " ");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(text)
    }
}

/// Whether a row at the top names a field: a header found (two fields or more), or a first
/// row that names the lot or the amount.
fn has_header(sheet: &Sheet) -> bool {
    let header = find_header(sheet);
    let named = |h: HeaderRows| {
        (0..sheet.width())
            .filter_map(|c| super::columns::field_for_header(&h.name(sheet, c)))
            .count()
    };
    named(header) >= 2
        || (0..sheet.width()).any(|c| {
            matches!(
                super::columns::field_for_header(&sheet.cell(0, c).text()),
                Some(Field::Name | Field::Spend)
            )
        })
}

/// Puts a header row above the cells: the column whose cells read best as names is the lot,
/// the column whose cells read best as amounts (the rightmost of equals: the latest year) is
/// the spend. The other columns get no name.
fn add_header_from_contents(sheet: &mut Sheet, lang: Lang) {
    let fitting = |field: Field, column: usize| {
        (0..sheet.rows.len())
            .filter(|r| fits(field, sheet.cell(*r, column)))
            .count()
    };
    let width = sheet.width();
    let name = (0..width)
        .map(|c| (c, fitting(Field::Name, c)))
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(c, n)| (*n, std::cmp::Reverse(*c)))
        .map(|(c, _)| c);
    let spend = (0..width)
        .filter(|c| Some(*c) != name)
        .map(|c| (c, fitting(Field::Spend, c)))
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(c, n)| (*n, *c))
        .map(|(c, _)| c);
    let words = crate::locale::clipboard::texts(lang);
    let mut header = vec![Cell::Empty; width];
    if let Some(c) = name {
        header[c] = Cell::Text(words.pasted_name_column.to_string());
    }
    if let Some(c) = spend {
        header[c] = Cell::Text(words.pasted_spend_column.to_string());
    }
    sheet.rows.insert(0, header);
}

/// The rows of the first HTML table, or `None` when there is no table with a cell in it.
fn html_table(html: &str) -> Option<Vec<Vec<Cell>>> {
    let lower = html.to_ascii_lowercase();
    let start = lower.find("<table")?;
    let end = lower[start..]
        .find("</table")
        .map_or(html.len(), |e| start + e);
    let mut table = HtmlTable::default();
    let mut at = start;
    while at < end {
        let Some(open) = html[at..end].find('<').map(|o| at + o) else {
            table.text(&html[at..end]);
            break;
        };
        table.text(&html[at..open]);
        if html[open..].starts_with("<!--") {
            at = html[open..].find("-->").map_or(end, |c| open + c + 3);
            continue;
        }
        let close = html[open..end].find('>').map_or(end, |c| open + c);
        table.tag(&html[open + 1..close]);
        at = close + 1;
    }
    table.finish_row();
    let rows = table.rows;
    rows.iter().any(|r| !r.is_empty()).then_some(rows)
}

/// The table being read: rows done, the row and cell under way, and the cells a `rowspan`
/// above still covers (per column, how many rows more).
#[derive(Default)]
struct HtmlTable {
    rows: Vec<Vec<Cell>>,
    row: Option<Vec<Cell>>,
    cell: Option<HtmlCell>,
    covered: Vec<usize>,
}

struct HtmlCell {
    text: String,
    number: Option<String>,
    columns: usize,
    rows: usize,
}

impl HtmlTable {
    fn text(&mut self, text: &str) {
        if let Some(cell) = &mut self.cell {
            cell.text.push_str(text);
        }
    }

    fn tag(&mut self, tag: &str) {
        let name: String = tag
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
            .collect::<String>()
            .to_ascii_lowercase();
        match name.as_str() {
            "tr" => {
                self.finish_row();
                self.row = Some(Vec::new());
            }
            "/tr" => self.finish_row(),
            "td" | "th" => {
                self.finish_cell();
                self.row.get_or_insert_with(Vec::new);
                let number = attribute(tag, "x:num").or_else(|| attribute(tag, "sdval"));
                let span = |name| {
                    attribute(tag, name)
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .map_or(1, |n| n.clamp(1, 256))
                };
                self.cell = Some(HtmlCell {
                    text: String::new(),
                    number,
                    columns: span("colspan"),
                    rows: span("rowspan"),
                });
            }
            "/td" | "/th" => self.finish_cell(),
            "br" | "br/" | "p" | "/p" | "div" | "/div" => self.text(" "),
            _ => {}
        }
    }

    /// Fills the columns a cell of a row above still covers, from the row's current end.
    fn skip_covered(&mut self) {
        let Some(row) = &mut self.row else { return };
        while self.covered.get(row.len()).is_some_and(|n| *n > 0) {
            self.covered[row.len()] -= 1;
            row.push(Cell::Empty);
        }
    }

    fn finish_cell(&mut self) {
        let Some(cell) = self.cell.take() else { return };
        self.skip_covered();
        let Some(row) = &mut self.row else { return };
        let column = row.len();
        row.push(html_cell(&cell));
        row.extend(std::iter::repeat_n(Cell::Empty, cell.columns - 1));
        if cell.rows > 1 {
            if self.covered.len() < column + cell.columns {
                self.covered.resize(column + cell.columns, 0);
            }
            for covered in &mut self.covered[column..column + cell.columns] {
                *covered = cell.rows - 1;
            }
        }
    }

    fn finish_row(&mut self) {
        self.finish_cell();
        self.skip_covered();
        if let Some(mut row) = self.row.take() {
            while row.last().is_some_and(Cell::is_blank) {
                row.pop();
            }
            self.rows.push(row);
        }
    }
}

/// A cell of the table: a number when the program stored one and the cell showed an amount
/// (not a percentage or a date), else the text it showed.
fn html_cell(cell: &HtmlCell) -> Cell {
    let shown = text_cell(&decode_entities(&cell.text));
    let shown_text = shown.text();
    let shows_amount = shown_text.is_empty() || parse_amount(&shown_text).is_ok();
    let number = cell
        .number
        .as_deref()
        .map(|n| decode_entities(n).trim().to_string())
        .map(|n| if n.is_empty() { shown_text.clone() } else { n })
        .and_then(|n| {
            n.parse::<Decimal>()
                .or_else(|_| Decimal::from_scientific(&n))
                .ok()
        });
    match number {
        Some(number) if shows_amount => Cell::Number(number.round_dp(6).normalize()),
        _ => shown,
    }
}

/// The value of an attribute of a tag (`x:num="17163920"`, `colspan=2`, or a bare `x:num`,
/// which gives an empty value).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower[from..].find(name).map(|f| from + f) {
        from = found + name.len();
        let before = lower[..found].chars().next_back();
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let after = &tag[from..];
        if after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == ':' || c == '-')
        {
            continue; // a longer name that starts the same (`x:numfmt`)
        }
        let Some(value) = after.trim_start().strip_prefix('=') else {
            return Some(String::new());
        };
        let value = value.trim_start();
        return Some(match value.chars().next() {
            Some(quote @ ('"' | '\'')) => value[1..].split(quote).next().unwrap_or("").to_string(),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or("")
                .to_string(),
        });
    }
    None
}

/// Text with HTML's character references written out (`&amp;`, `&nbsp;`, `&#233;`, `&#xE9;`).
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|e| *e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let code = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "euro" => Some('€'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .map(|hex| u32::from_str_radix(hex, 16))
                    .or_else(|| name.strip_prefix('#').map(str::parse::<u32>))
                    .and_then(Result::ok)
                    .and_then(char::from_u32),
            };
            code.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
#[path = "pasted_tests.rs"]
mod tests;
