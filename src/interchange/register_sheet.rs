//! A register of current contracts read from a sheet: the columns found by their headers, each
//! row read into a contract (terms, dates and extension texts by [`super::register`]), and
//! each contract matched to the workshop's lots by name.

use super::register::{date_of_cell, parse_extension, parse_term};
use super::sheet::{Sheet, Workbook};
use crate::model::planning::CurrentContract;
use crate::model::{Lot, LotId};

/// How many rows from the top are searched for the register's header.
const HEADER_SEARCH: usize = 20;

/// What a column of the register can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegisterField {
    /// The contract's name (required).
    Name,
    /// The term as one text ("2019 - 2023", "07/22 – 07/23").
    Term,
    /// The first day.
    Start,
    /// The last day.
    End,
    /// Whether and how long it can be extended ("Ja, 2x 1 jaar", "Nee").
    Extension,
    /// The scale it was bought at.
    Scale,
}

impl RegisterField {
    /// Every field, in the order the window lists them.
    pub const ALL: [RegisterField; 6] = [
        RegisterField::Name,
        RegisterField::Term,
        RegisterField::Start,
        RegisterField::End,
        RegisterField::Extension,
        RegisterField::Scale,
    ];

    /// Stable machine name, used on the command line (`end=D`).
    pub fn code(self) -> &'static str {
        match self {
            RegisterField::Name => "name",
            RegisterField::Term => "term",
            RegisterField::Start => "start",
            RegisterField::End => "end",
            RegisterField::Extension => "extension",
            RegisterField::Scale => "scale",
        }
    }

    /// The field with this machine name.
    pub fn from_code(code: &str) -> Option<RegisterField> {
        RegisterField::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The words a header cell of this field starts with.
    fn header_words(self) -> &'static [&'static str] {
        match self {
            RegisterField::Name => &["contract", "inkoop", "naam", "name"],
            RegisterField::Term => &["looptijd", "term", "periode"],
            RegisterField::Start => &["ingang", "start", "begin"],
            RegisterField::End => &["einde", "eind", "end"],
            RegisterField::Extension => &["verleng", "extend", "extension"],
            RegisterField::Scale => &["schaal", "scale"],
        }
    }

    fn index(self) -> usize {
        RegisterField::ALL
            .iter()
            .position(|f| *f == self)
            .unwrap_or(0)
    }
}

/// Which row of a sheet is the register's header and which column holds each field (indexes
/// into the sheet's rows and columns); the contracts are the rows below the header.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RegisterMapping {
    /// The header row.
    pub header: usize,
    columns: [Option<usize>; 6],
}

impl RegisterMapping {
    /// The mapping with `header` as the header row: for each field the first column whose
    /// header text starts with one of its words.
    pub fn at(sheet: &Sheet, header: usize) -> RegisterMapping {
        let mut mapping = RegisterMapping {
            header,
            columns: [None; 6],
        };
        for column in 0..sheet.width() {
            let text = sheet.cell(header, column).text().trim().to_lowercase();
            let field = RegisterField::ALL.into_iter().find(|f| {
                mapping.get(*f).is_none() && f.header_words().iter().any(|w| text.starts_with(w))
            });
            if let Some(field) = field {
                mapping.set(field, Some(column));
            }
        }
        mapping
    }

    /// The first header among the top rows whose columns are [enough](Self::is_enough).
    pub fn guess(sheet: &Sheet) -> Option<RegisterMapping> {
        (0..sheet.rows.len().min(HEADER_SEARCH))
            .map(|row| RegisterMapping::at(sheet, row))
            .find(RegisterMapping::is_enough)
    }

    /// The column of a field.
    pub fn get(&self, field: RegisterField) -> Option<usize> {
        self.columns[field.index()]
    }

    /// Sets (or clears) the column of a field.
    pub fn set(&mut self, field: RegisterField, column: Option<usize>) {
        self.columns[field.index()] = column;
    }

    /// Whether a contract can be read: a name, and a term or both a start and an end.
    pub fn is_enough(&self) -> bool {
        let has = |f| self.get(f).is_some();
        let dates = has(RegisterField::Start) && has(RegisterField::End);
        has(RegisterField::Name) && (has(RegisterField::Term) || dates)
    }
}

/// The first sheet of `book` with a register whose header is found, and its mapping.
pub fn find_register(book: &Workbook) -> Option<(usize, RegisterMapping)> {
    book.sheets
        .iter()
        .enumerate()
        .find_map(|(index, sheet)| RegisterMapping::guess(sheet).map(|m| (index, m)))
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

/// Reads the register from `sheet` by `mapping`: every row below the header with a name is a
/// contract, or a row that could not be read. A term column wins over start and end columns
/// where both are read; an empty extension cell means not extendable.
pub fn read_register(sheet: &Sheet, mapping: &RegisterMapping) -> Vec<RegisterRow> {
    (mapping.header + 1..sheet.rows.len())
        .filter_map(|index| read_row(sheet, mapping, index))
        .collect()
}

fn read_row(sheet: &Sheet, mapping: &RegisterMapping, index: usize) -> Option<RegisterRow> {
    let text = |field| {
        mapping.get(field).map_or_else(String::new, |c| {
            sheet.cell(index, c).text().trim().to_string()
        })
    };
    let name = text(RegisterField::Name);
    if name.is_empty() {
        return None;
    }
    let unreadable = |text: String| {
        Some(RegisterRow::Unreadable {
            row: sheet.row_number(index),
            name: name.clone(),
            text,
        })
    };
    let date = |field| {
        mapping
            .get(field)
            .and_then(|c| date_of_cell(sheet.cell(index, c)))
    };
    let term = parse_term(&text(RegisterField::Term));
    let start = term.map(|t| t.0).or_else(|| date(RegisterField::Start));
    let end = term.map(|t| t.1).or_else(|| date(RegisterField::End));
    let (Some(start), Some(end)) = (start, end) else {
        let shown = match mapping.get(RegisterField::Term) {
            Some(_) => text(RegisterField::Term),
            None => text(RegisterField::End),
        };
        return unreadable(shown);
    };
    let extension_text = text(RegisterField::Extension);
    let Some(extension) = parse_extension(&extension_text) else {
        return unreadable(extension_text);
    };
    let contract = CurrentContract {
        name: name.clone(),
        start,
        end,
        extendable_until: extension.until(end),
        scale: text(RegisterField::Scale),
        lots: Vec::new(),
    };
    if !contract.dates_in_order() {
        let shown = [
            RegisterField::Term,
            RegisterField::Start,
            RegisterField::End,
        ]
        .map(text)
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" \u{2013} ");
        return unreadable(shown);
    }
    Some(RegisterRow::Contract(contract))
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
