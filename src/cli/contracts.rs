//! `import-contracts SHEET --into FILE`: the register of current contracts from a spreadsheet
//! or CSV into a workshop file, each contract matched to the lots by name; what could not be
//! matched or read is said, so it can be finished in the window.

use std::path::PathBuf;

use clap::Args;

use super::sheet_choice::{SheetArgs, column_choice, row_index, sheet_named, usage};
use super::{Failure, load, read_limited};
use crate::format::{self, LoadError};
use crate::interchange::register_sheet::{
    RegisterField, RegisterMapping, RegisterRow, find_register, match_lots, read_register,
};
use crate::interchange::sheet;
use crate::locale::Lang;
use crate::locale::cli::CliMessage;

/// Arguments of `import-contracts`.
#[derive(Args, Debug)]
pub(super) struct ContractArgs {
    /// The register: .xlsx, .ods, .xls or .csv, with columns such as contract, looptijd
    /// (or ingang and einde), schaal and verlengbaar.
    input: PathBuf,
    /// The workshop file whose register is replaced by the one read.
    #[arg(long)]
    into: PathBuf,
    #[command(flatten)]
    read: SheetArgs,
    /// A column for a field, e.g. `end=D` (fields: name, term, start, end, extension, scale;
    /// `term=-` leaves a field out). Needed when the headers are not recognised: a name, and
    /// a term or a start and an end.
    #[arg(long = "column", value_name = "FIELD=LETTER")]
    columns: Vec<String>,
    /// Only report what would be read; write nothing.
    #[arg(long)]
    dry_run: bool,
}

/// Runs `import-contracts`.
pub(super) fn run(args: &ContractArgs, lang: Lang) -> Result<(), Failure> {
    let bytes = read_limited(&args.input).map_err(|source| {
        let error = LoadError::Read {
            path: args.input.clone(),
            source,
        };
        Failure(error.describe(lang))
    })?;
    let file_name = args.input.to_string_lossy();
    let book = sheet::read_workbook(&bytes, &file_name).map_err(|e| Failure(e.describe(lang)))?;
    let (sheet, mapping) = register_mapping(args, &book, lang)?;
    let rows = read_register(sheet, &mapping);
    let mut workshop = load(&args.into, lang)?;
    let mut contracts = Vec::new();
    let mut unmatched = Vec::new();
    let mut unreadable = Vec::new();
    for row in rows {
        match row {
            RegisterRow::Contract(mut contract) => {
                contract.lots = match_lots(&contract.name, &workshop.lots);
                if contract.lots.is_empty() {
                    unmatched.push(contract.name.clone());
                }
                contracts.push(contract);
            }
            RegisterRow::Unreadable { row, name, text } => {
                unreadable.push(format!("{row} ({name}: '{text}')"));
            }
        }
    }
    let summary = CliMessage::ContractsRead {
        read: contracts.len(),
        matched: contracts.len() - unmatched.len(),
    };
    println!("{}", summary.text(lang));
    if !unmatched.is_empty() {
        println!(
            "{}",
            CliMessage::ContractsUnmatched(&unmatched.join(", ")).text(lang)
        );
    }
    if !unreadable.is_empty() {
        println!(
            "{}",
            CliMessage::ContractsUnreadable(&unreadable.join("; ")).text(lang)
        );
    }
    if args.dry_run {
        return Ok(());
    }
    workshop.planning.contracts = contracts;
    format::save_path(&workshop, &args.into).map_err(|e| Failure(e.describe(lang)))
}

/// The sheet and the register's mapping: the sheet named or the first with a register, the
/// header row given or found, and the columns given on top; an error when no name column and
/// no term or end column result.
fn register_mapping<'a>(
    args: &ContractArgs,
    book: &'a sheet::Workbook,
    lang: Lang,
) -> Result<(&'a sheet::Sheet, RegisterMapping), Failure> {
    let found = find_register(book);
    let index = match &args.read.sheet {
        Some(name) => sheet_named(book, name, lang)?,
        None => found.map_or(0, |(index, _)| index),
    };
    let sheet = &book.sheets[index];
    let mut mapping = match args.read.header_row {
        Some(row) => RegisterMapping::at(sheet, row_index(sheet, row, lang)?),
        None => RegisterMapping::guess(sheet).unwrap_or_else(|| RegisterMapping::at(sheet, 0)),
    };
    for spec in &args.columns {
        let (code, column) = column_choice(sheet, spec, lang)?;
        let field = RegisterField::from_code(code)
            .ok_or_else(|| usage(lang, &CliMessage::BadColumnChoice(spec).text(lang)))?;
        mapping.set(field, column);
    }
    if !mapping.is_enough() {
        return Err(Failure(CliMessage::NoRegister.text(lang)));
    }
    Ok((sheet, mapping))
}
