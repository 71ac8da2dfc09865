//! `import-contracts SHEET --into FILE`: the register of current contracts from a spreadsheet
//! or CSV into a workshop file, each contract matched to the lots by name; what could not be
//! matched or read is said, so it can be finished in the window.

use std::path::PathBuf;

use clap::Args;

use super::{Failure, load, read_limited};
use crate::format::{self, LoadError};
use crate::interchange::register_sheet::{RegisterRow, match_lots, read_register};
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
    let rows = book
        .sheets
        .iter()
        .find_map(read_register)
        .ok_or_else(|| Failure(CliMessage::NoRegister.text(lang)))?;
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
