//! Exchange with other programs: CSV export of the portfolio table and CSV import of lots.

mod csv_export;
mod csv_import;

pub use csv_export::{CSV_HEADER, export_csv};
pub use csv_import::{ImportError, ImportNote, Imported, import_csv};
