//! What comes in from other programs: CSV import of lots, import from spreadsheets with a
//! column mapping and a merge into an open workshop, registers of current contracts, and the
//! guard of CSV cells against formulas (which the CSV export in `report` uses as well), and
//! the phone round's server, through which participants' phones send their scores.

pub mod csv_guard;
mod csv_import;
mod csv_messages;
pub mod phone;
pub mod register;
pub mod register_sheet;
pub mod sheet;
pub mod sheet_messages;

pub use csv_import::{ImportError, ImportNote, Imported, import_csv};
