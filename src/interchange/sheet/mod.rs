//! Import of lots from spreadsheets: reading the file ([`read`], within [`bounds`]), choosing
//! the sheet ([`choose`]), finding the header ([`header`]) and the columns ([`columns`]), and bringing the
//! lots into a workshop ([`merge`]).

pub mod bounds;
pub mod choose;
pub mod columns;
pub mod header;
pub mod merge;
pub mod pasted;
pub mod read;
pub mod units;

#[cfg(test)]
mod tests;

pub use choose::{SheetChoice, SheetScore, choose_sheet};
pub use columns::{
    Field, Mapping, MappingError, RowNote, RowOutcome, SheetLot, SheetRows, guess_columns,
    guess_mapping, read_rows,
};
pub use header::{HeaderRows, find_header, header_at};
pub use merge::{
    Change, ManualMatches, MergeCounts, MergePlan, apply_merge, new_workshop, plan_merge,
};
pub use read::{
    Cell, Sheet, SheetError, SheetKind, Workbook, column_letter, read_workbook, read_workbook_with,
};
pub use units::SpendUnit;
