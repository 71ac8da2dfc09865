//! Reading a spreadsheet (`.xlsx`, `.ods`, `.xls`, `.csv`) into plain grids of cells, before any
//! meaning is given to them.

use crate::format::progress::ReadProgress;
use std::io::Cursor;

use calamine::{Data, Reader};
use rust_decimal::Decimal;
use thiserror::Error;

use crate::interchange::csv_import::detect_separator;
use crate::locale::Lang;
use crate::model::WorkshopDate;

/// The most cells read from one file; a larger sheet is refused rather than filling memory.
pub const MAX_CELLS: usize = 2_000_000;

/// One cell, as the spreadsheet holds it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Cell {
    /// Nothing in it.
    #[default]
    Empty,
    /// Text (every CSV cell is text).
    Text(String),
    /// A number, converted exactly from the sheet's value (rounded to 6 decimals).
    Number(Decimal),
    /// A date (a date cell of Excel or OpenDocument; any time of day is dropped).
    Date(WorkshopDate),
}

impl Cell {
    /// The cell as text, the way a person reads it (`17163920`, `Middel`).
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.trim().to_string(),
            Cell::Number(number) => number.normalize().to_string(),
            Cell::Date(date) => date.to_string(),
        }
    }

    /// True when the cell holds nothing but spaces.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            Cell::Number(_) | Cell::Date(_) => false,
        }
    }
}

/// One sheet: its rows of cells, with where they start in the spreadsheet.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Sheet {
    /// The sheet's name (the file name for a CSV file).
    pub name: String,
    /// The rows; short rows are not padded.
    pub rows: Vec<Vec<Cell>>,
    /// The spreadsheet's row index (0-based) of `rows[0]`.
    pub first_row: u32,
    /// The spreadsheet's column index (0-based) of the first cell of each row.
    pub first_column: u32,
}

impl Sheet {
    /// The row number a person sees in the spreadsheet (1-based) of `rows[index]`.
    pub fn row_number(&self, index: usize) -> u32 {
        self.first_row
            .saturating_add(u32::try_from(index).unwrap_or(u32::MAX))
            .saturating_add(1)
    }

    /// The column letter a person sees (`A`, `B`, … `AA`) of column `index` of the rows.
    pub fn column_letter(&self, index: usize) -> String {
        column_letter(self.first_column as usize + index)
    }

    /// The cell at a row and column index; missing cells are empty.
    pub fn cell(&self, row: usize, column: usize) -> &Cell {
        static EMPTY: Cell = Cell::Empty;
        self.rows
            .get(row)
            .and_then(|r| r.get(column))
            .unwrap_or(&EMPTY)
    }

    /// The number of columns of the widest row.
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// The spreadsheet column name of a 0-based index: 0 is `A`, 26 is `AA`.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// All sheets of a file.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Workbook {
    /// The sheets, in the file's order.
    pub sheets: Vec<Sheet>,
    /// The text encoding a CSV file was read in, when it was not UTF-8.
    pub encoding: Option<&'static str>,
}

/// Why a spreadsheet could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", self.describe(Lang::English))]
pub enum SheetError {
    /// The file is neither a spreadsheet nor text.
    NotASpreadsheet {
        /// The reader's words.
        reason: String,
    },
    /// A sheet could not be read.
    BadSheet {
        /// The sheet's name.
        sheet: String,
        /// The reader's words.
        reason: String,
    },
    /// The CSV reader stopped at a line.
    BadCsv {
        /// The line.
        line: u64,
        /// The reader's words.
        reason: String,
    },
    /// More cells than [`MAX_CELLS`].
    TooLarge,
    /// A part of a zipped workbook inflates beyond [`super::bounds::MAX_PART_BYTES`] (or all
    /// parts beyond [`super::bounds::MAX_TOTAL_BYTES`]).
    InflatesTooFar {
        /// The part's name inside the zip.
        part: String,
    },
    /// No sheet of the workbook holds a lot table.
    NoLotTable {
        /// Every sheet's name.
        sheets: Vec<String>,
        /// The sheet that came closest.
        best: String,
        /// What it lacks.
        missing: super::MappingError,
    },
    /// A zipped workbook has more than [`super::bounds::MAX_PARTS`] parts.
    TooManyParts {
        /// How many.
        parts: usize,
    },
    /// The file has no sheet with anything in it.
    Empty,
    /// The user cancelled the read (its result is never shown).
    Cancelled,
}

impl SheetError {
    /// The message for people: what is wrong and what to do.
    pub fn describe(&self, lang: Lang) -> String {
        crate::interchange::sheet_messages::sheet_error(self, lang)
    }
}

/// How to read a file, from its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetKind {
    /// Text with separators.
    Csv,
    /// Excel or OpenDocument.
    Spreadsheet,
}

impl SheetKind {
    /// The kind of a file, by its extension, or by its first bytes when the extension says
    /// nothing (a zip or OLE file is a spreadsheet, anything else is read as text).
    pub fn of(file_name: &str, bytes: &[u8]) -> SheetKind {
        let lower = file_name.to_lowercase();
        if [".csv", ".txt", ".tsv"].iter().any(|e| lower.ends_with(e)) {
            SheetKind::Csv
        } else if [".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"]
            .iter()
            .any(|e| lower.ends_with(e))
            || bytes.starts_with(b"PK\x03\x04")
            || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
        {
            SheetKind::Spreadsheet
        } else {
            SheetKind::Csv
        }
    }
}

/// Reads every sheet of a file. `file_name` decides the kind and names a CSV file's one sheet.
pub fn read_workbook(bytes: &[u8], file_name: &str) -> Result<Workbook, SheetError> {
    read_workbook_with(bytes, file_name, &ReadProgress::default())
}

/// [`read_workbook`], counting sheets and rows in `progress` as it goes and stopping with
/// [`SheetError::Cancelled`] once `progress` is cancelled (between sheets and every few
/// thousand rows).
pub fn read_workbook_with(
    bytes: &[u8],
    file_name: &str,
    progress: &ReadProgress,
) -> Result<Workbook, SheetError> {
    let workbook = match SheetKind::of(file_name, bytes) {
        SheetKind::Csv => {
            progress.set_sheets(1);
            let workbook = read_csv(bytes, file_name)?;
            progress.add_rows(workbook.sheets.iter().map(|s| s.rows.len()).sum());
            progress.sheet_done();
            workbook
        }
        SheetKind::Spreadsheet => read_spreadsheet(bytes, progress)?,
    };
    if progress.is_cancelled() {
        return Err(SheetError::Cancelled);
    }
    if workbook
        .sheets
        .iter()
        .all(|s| s.rows.iter().flatten().all(Cell::is_blank))
    {
        return Err(SheetError::Empty);
    }
    Ok(workbook)
}

/// Rows converted between two looks at whether the read was cancelled.
const ROWS_PER_CHECK: usize = 4096;

fn read_spreadsheet(bytes: &[u8], progress: &ReadProgress) -> Result<Workbook, SheetError> {
    super::bounds::check_inflated_size(bytes)?;
    let mut sheets = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
        SheetError::NotASpreadsheet {
            reason: e.to_string(),
        }
    })?;
    let mut cells = 0usize;
    let mut out = Vec::new();
    let names = sheets.sheet_names();
    progress.set_sheets(names.len());
    for name in names {
        if progress.is_cancelled() {
            return Err(SheetError::Cancelled);
        }
        let bad_sheet = |reason: String| SheetError::BadSheet {
            sheet: name.clone(),
            reason,
        };
        // An .xlsx sheet is streamed, so the rows count up and a cancel is heard while
        // calamine parses it (most of a read's time); the other kinds arrive whole.
        let (range, counted) = match &mut sheets {
            calamine::Sheets::Xlsx(xlsx) => (streamed_range(xlsx, &name, progress)?, true),
            other => (
                other
                    .worksheet_range(&name)
                    .map_err(|e| bad_sheet(e.to_string()))?,
                false,
            ),
        };
        let (height, width) = range.get_size();
        cells = cells.saturating_add(height.saturating_mul(width));
        if cells > MAX_CELLS {
            return Err(SheetError::TooLarge);
        }
        let (first_row, first_column) = range.start().unwrap_or((0, 0));
        let mut rows = Vec::with_capacity(height);
        for (i, row) in range.rows().enumerate() {
            rows.push(row.iter().map(cell_of).collect());
            if (i + 1) % ROWS_PER_CHECK == 0 {
                if !counted {
                    progress.add_rows(ROWS_PER_CHECK);
                }
                if progress.is_cancelled() {
                    return Err(SheetError::Cancelled);
                }
            }
        }
        if !counted {
            progress.add_rows(height % ROWS_PER_CHECK);
        }
        progress.sheet_done();
        out.push(Sheet {
            name,
            rows,
            first_row,
            first_column,
        });
    }
    Ok(Workbook {
        sheets: out,
        encoding: None,
    })
}

/// One .xlsx sheet, cell by cell as calamine's own `worksheet_range` reads it (empty cells
/// left out, a chart sheet empty), counting its rows in `progress` and stopping once cancelled
/// or once it holds more than [`MAX_CELLS`] cells.
pub(super) fn streamed_range<RS: std::io::Read + std::io::Seek>(
    xlsx: &mut calamine::Xlsx<RS>,
    name: &str,
    progress: &ReadProgress,
) -> Result<calamine::Range<Data>, SheetError> {
    let bad_sheet = |e: calamine::XlsxError| SheetError::BadSheet {
        sheet: name.to_string(),
        reason: e.to_string(),
    };
    let mut reader = match xlsx.worksheet_cells_reader(name) {
        Ok(reader) => reader,
        Err(calamine::XlsxError::NotAWorksheet(_)) => return Ok(calamine::Range::default()),
        Err(e) => return Err(bad_sheet(e)),
    };
    let mut cells = Vec::new();
    // Rows counted so far: the row after the highest one seen.
    let mut rows_seen = 0usize;
    let mut since_check = 0usize;
    // The corners of the cells with something in them: the grid calamine makes of them spans
    // these, so two far-apart cells would ask for billions of empty ones.
    let (mut low, mut high) = ((u32::MAX, u32::MAX), (0u32, 0u32));
    while let Some(cell) = reader.next_cell().map_err(bad_sheet)? {
        let (row, column) = cell.get_position();
        let value = Data::from(cell.get_value().clone());
        if value != Data::Empty {
            cells.push(calamine::Cell::new((row, column), value));
            low = (low.0.min(row), low.1.min(column));
            high = (high.0.max(row), high.1.max(column));
            let spanned = (u64::from(high.0 - low.0) + 1) * (u64::from(high.1 - low.1) + 1);
            if cells.len() > MAX_CELLS || spanned > MAX_CELLS as u64 {
                return Err(SheetError::TooLarge);
            }
        }
        since_check += 1;
        if since_check == ROWS_PER_CHECK {
            since_check = 0;
            let now = usize::try_from(row).unwrap_or(usize::MAX).saturating_add(1);
            progress.add_rows(now.saturating_sub(rows_seen));
            rows_seen = rows_seen.max(now);
            if progress.is_cancelled() {
                return Err(SheetError::Cancelled);
            }
        }
    }
    let range = calamine::Range::from_sparse(cells);
    let height = range.start().map_or(0, |(first, _)| first as usize) + range.height();
    progress.add_rows(height.saturating_sub(rows_seen));
    Ok(range)
}

fn cell_of(data: &Data) -> Cell {
    let number = |value: f64| match Decimal::from_f64_retain(value) {
        Some(d) if value.is_finite() => Cell::Number(d.round_dp(6).normalize()),
        _ => Cell::Text(value.to_string()),
    };
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(Decimal::from(*i)),
        Data::Float(f) => number(*f),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(d) if d.is_datetime() => {
            let (year, month, day, ..) = d.to_ymd_hms_milli();
            WorkshopDate::new(year, month, day).map_or_else(|| number(d.as_f64()), Cell::Date)
        }
        Data::DateTime(d) => number(d.as_f64()),
        // OpenDocument writes dates as text: `2024-01-01` or `2024-01-01T00:00:00`.
        Data::DateTimeIso(s) => s
            .get(..10)
            .and_then(|day| day.parse().ok())
            .map_or_else(|| Cell::Text(s.clone()), Cell::Date),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Text(format!("#{e}")),
    }
}

fn read_csv(bytes: &[u8], file_name: &str) -> Result<Workbook, SheetError> {
    let (text, encoding) = match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), None),
        Err(_) => {
            // Dutch Excel on Windows writes CSV in Windows-1252 unless told otherwise.
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), Some("Windows-1252"))
        }
    };
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(&text)
        .replace("\r\n", "\n");
    // The header may sit under a title line, so look past the first line for the separator.
    let sample: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(10)
        .collect::<Vec<_>>()
        .join("\n");
    let separator = [b';', b',', b'\t']
        .into_iter()
        .max_by_key(|sep| sample.bytes().filter(|b| b == sep).count())
        .unwrap_or_else(|| detect_separator(&text));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut cells = 0usize;
    for record in reader.records() {
        let record = record.map_err(|e| SheetError::BadCsv {
            line: e.position().map_or(1, |p| p.line()),
            reason: e.to_string(),
        })?;
        cells += record.len();
        if cells > MAX_CELLS {
            return Err(SheetError::TooLarge);
        }
        // The reader skips blank lines; keep them as empty rows so row numbers are line numbers.
        // Its position is where the reader started looking, before the blank lines it skipped.
        let line = record.position().map_or(0, |p| {
            let skipped = text
                .as_bytes()
                .get(p.byte() as usize..)
                .unwrap_or_default()
                .iter()
                .take_while(|b| **b == b'\n')
                .count();
            p.line() as usize + skipped
        });
        while rows.len() + 1 < line {
            rows.push(Vec::new());
        }
        rows.push(
            record
                .iter()
                .map(|c| {
                    if c.trim().is_empty() {
                        Cell::Empty
                    } else {
                        // The apostrophe the CSV export puts before a formula sign goes.
                        Cell::Text(crate::interchange::csv_guard::unguard(c).to_string())
                    }
                })
                .collect(),
        );
    }
    let name = std::path::Path::new(file_name).file_stem().map_or_else(
        || file_name.to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    Ok(Workbook {
        sheets: vec![Sheet {
            name,
            rows,
            first_row: 0,
            first_column: 0,
        }],
        encoding,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_run_like_a_spreadsheet() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn a_csv_in_windows_1252_with_a_title_line() {
        let bytes = b"Uitgaven per perceel\nNaam;Bedrag\nCli\xebntondersteuning;1.000\n";
        let book = read_workbook(bytes, "x.csv").expect("reads");
        assert_eq!(book.encoding, Some("Windows-1252"));
        let sheet = &book.sheets[0];
        assert_eq!(sheet.name, "x");
        assert_eq!(sheet.rows.len(), 3);
        assert_eq!(
            sheet.cell(2, 0),
            &Cell::Text("Cli\u{eb}ntondersteuning".into())
        );
        assert_eq!(sheet.cell(2, 1).text(), "1.000");
        assert_eq!(sheet.row_number(2), 3);
    }

    #[test]
    fn garbage_is_not_a_spreadsheet() {
        let error = read_workbook(b"PK\x03\x04 not really a zip", "x.xlsx").expect_err("refused");
        assert!(matches!(error, SheetError::NotASpreadsheet { .. }));
        assert_eq!(read_workbook(b" ; ;\n", "x.csv"), Err(SheetError::Empty));
    }
}
