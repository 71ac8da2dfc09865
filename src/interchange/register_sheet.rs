//! A register of current contracts read from a sheet: the columns found by their headers, each
//! row read into a contract (terms, dates and extension texts by [`super::register`]), and
//! each contract matched to the workshop's lots by name.

use super::register::{date_of_cell, parse_extension, parse_term};
use super::sheet::{Cell, Sheet};
use crate::model::planning::CurrentContract;
use crate::model::{Lot, LotId};

/// Where the register's fields are (column indexes of the sheet's rows).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RegisterColumns {
    /// The contract's name (`contract`, `inkoop`, `naam`).
    pub name: Option<usize>,
    /// The term as one text (`looptijd`, `term`).
    pub term: Option<usize>,
    /// The first day (`ingang`, `start`, `begin`).
    pub start: Option<usize>,
    /// The last day (`einde`, `eind`, `end`).
    pub end: Option<usize>,
    /// Whether and how long it can be extended (`verlengbaar`, `verlenging`, `extendable`).
    pub extension: Option<usize>,
    /// The scale (`schaal`, `scale`).
    pub scale: Option<usize>,
}

/// Where a field's column is kept.
type Slot = fn(&mut RegisterColumns) -> &mut Option<usize>;

/// The words a header cell is recognised by, per field.
const HEADERS: [(&[&str], Slot); 6] = [
    (&["contract", "inkoop", "naam", "name"], |c| &mut c.name),
    (&["looptijd", "term", "periode"], |c| &mut c.term),
    (&["ingang", "start", "begin"], |c| &mut c.start),
    (&["einde", "eind", "end"], |c| &mut c.end),
    (&["verleng", "extend", "extension"], |c| &mut c.extension),
    (&["schaal", "scale"], |c| &mut c.scale),
];

impl RegisterColumns {
    /// The columns of `header` (one row of cells): the first column whose text starts with
    /// one of a field's words.
    pub fn find(header: &[Cell]) -> RegisterColumns {
        let mut columns = RegisterColumns::default();
        for (index, cell) in header.iter().enumerate() {
            let text = cell.text().trim().to_lowercase();
            for (words, field) in HEADERS {
                let slot = field(&mut columns);
                if slot.is_none() && words.iter().any(|w| text.starts_with(w)) {
                    *slot = Some(index);
                    break;
                }
            }
        }
        columns
    }

    /// Whether a contract can be read: a name, and a term or an end.
    pub fn is_enough(&self) -> bool {
        self.name.is_some() && (self.term.is_some() || self.end.is_some())
    }
}

/// One row of the register as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegisterRow {
    /// A contract (its lots not matched yet).
    Contract(CurrentContract),
    /// A row that names a contract whose dates or extension could not be read.
    Unreadable {
        /// The row number as the spreadsheet shows it.
        row: u32,
        /// The contract's name.
        name: String,
        /// The cell that could not be read.
        text: String,
    },
}

/// Reads the register from `sheet`: the first row where the columns are found is the header,
/// every row below it with a name is a contract. `None` when no header is found.
pub fn read_register(sheet: &Sheet) -> Option<Vec<RegisterRow>> {
    let (header, columns) = sheet
        .rows
        .iter()
        .enumerate()
        .take(20)
        .map(|(i, row)| (i, RegisterColumns::find(row)))
        .find(|(_, c)| c.is_enough())?;
    let text = |row: usize, column: Option<usize>| {
        column.map_or_else(String::new, |c| {
            sheet.cell(row, c).text().trim().to_string()
        })
    };
    let mut out = Vec::new();
    for index in header + 1..sheet.rows.len() {
        let name = text(index, columns.name);
        if name.is_empty() {
            continue;
        }
        let unreadable = |what: String| RegisterRow::Unreadable {
            row: sheet.row_number(index),
            name: name.clone(),
            text: what,
        };
        let cell = |column: Option<usize>| column.map(|c| sheet.cell(index, c).clone());
        let term = columns
            .term
            .and_then(|_| parse_term(&text(index, columns.term)));
        let start = term
            .map(|t| t.0)
            .or_else(|| cell(columns.start).as_ref().and_then(date_of_cell));
        let end = term
            .map(|t| t.1)
            .or_else(|| cell(columns.end).as_ref().and_then(date_of_cell));
        let (Some(start), Some(end)) = (start, end) else {
            let shown = text(index, columns.term.or(columns.end));
            out.push(unreadable(shown));
            continue;
        };
        let extension_text = text(index, columns.extension);
        let Some(extension) = parse_extension(&extension_text) else {
            out.push(unreadable(extension_text));
            continue;
        };
        out.push(RegisterRow::Contract(CurrentContract {
            name,
            start,
            end,
            extendable_until: extension.until(end),
            scale: text(index, columns.scale),
            lots: Vec::new(),
        }));
    }
    Some(out)
}

/// The words of a name for matching: lower case, `+` as `plus`, hyphens and punctuation as
/// spaces; words in brackets are optional; a category before a colon (`Overig:`) is dropped.
fn words(name: &str) -> (Vec<String>, Vec<String>) {
    let name = name.rsplit_once(':').map_or(name, |(_, rest)| rest);
    let name = name.to_lowercase().replace('+', " plus ");
    let mut base = Vec::new();
    let mut optional = Vec::new();
    let mut depth = 0;
    let mut word = String::new();
    let mut flush = |word: &mut String, depth: i32| {
        if !word.is_empty() {
            let target = if depth > 0 { &mut optional } else { &mut base };
            target.push(std::mem::take(word));
        }
    };
    for c in name.chars() {
        match c {
            '(' => {
                flush(&mut word, depth);
                depth += 1;
            }
            ')' => {
                flush(&mut word, depth);
                depth -= 1;
            }
            c if c.is_alphanumeric() => word.push(c),
            _ => flush(&mut word, depth),
        }
    }
    flush(&mut word, depth);
    (base, optional)
}

/// Two words are the same, or one a form of the other (`beschermd`, `beschermde`;
/// `kinderdagcentrum`, `kinderdagcentra`).
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    common >= 6 && common + 2 >= shorter
}

/// Whether every word of `needed` is among `have`.
fn covered(needed: &[String], have: &[&String]) -> bool {
    needed.iter().all(|w| have.iter().any(|h| same_word(w, h)))
}

/// Whether a lot's name and a name in the register (or a part of it joined by "en") mean the
/// same: each one's words are found in the other's, brackets optional.
fn names_match(register: &str, lot: &str) -> bool {
    let (lot_base, lot_optional) = words(lot);
    if lot_base.is_empty() {
        return false;
    }
    let lot_all: Vec<&String> = lot_base.iter().chain(&lot_optional).collect();
    let whole = std::iter::once(register.to_string());
    let parts = register.split(" en ").map(str::to_string);
    whole.chain(parts).any(|part| {
        let (base, optional) = words(&part);
        let all: Vec<&String> = base.iter().chain(&optional).collect();
        !base.is_empty() && covered(&lot_base, &all) && covered(&base, &lot_all)
    })
}

/// The lots a contract of the register covers, matched by name.
pub fn match_lots(contract: &str, lots: &[Lot]) -> Vec<LotId> {
    lots.iter()
        .filter(|lot| names_match(contract, &lot.name))
        .map(|lot| lot.id)
        .collect()
}

#[cfg(test)]
mod tests;
