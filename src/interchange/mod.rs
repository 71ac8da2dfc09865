//! Exchange with other programs: CSV export of the portfolio table, CSV import of lots, and
//! import from spreadsheets with a column mapping and a merge into an open workshop.

mod csv_export;
pub mod csv_guard;
mod csv_import;
mod csv_messages;
pub mod register;
pub mod register_sheet;
pub mod sheet;
pub mod sheet_messages;

pub use csv_export::{CSV_HEADER, CsvCells, csv_header, export_csv};
pub use csv_import::{ImportError, ImportNote, Imported, import_csv};
