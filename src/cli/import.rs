//! `kraljic-workshop import`: lots from a spreadsheet into a new workshop file, or merged into
//! an existing one.

use std::path::{Path, PathBuf};

use clap::Args;

use super::{Failure, load, read_limited, refuse_existing};
use crate::format::{self, LoadError};
use crate::interchange::sheet::{
    self, Field, ManualMatches, Mapping, column_letter, guess_columns, guess_mapping, read_rows,
};
use crate::locale::Lang;
use crate::locale::cli::CliMessage;
use crate::locale::sheet_messages::{
    mapping_error, merge_summary, new_summary, row_note, stated_total_gap,
};

#[derive(Args, Debug)]
#[group(id = "target", required = true, multiple = false)]
struct Target {
    /// Write a new workshop file with the lots.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Merge into this workshop file: update spend, add lots; scores, answers and notes stay.
    #[arg(long)]
    into: Option<PathBuf>,
}

/// Arguments of `import`.
#[derive(Args, Debug)]
pub(super) struct ImportArgs {
    /// The spreadsheet: .xlsx, .ods, .xls or .csv.
    input: PathBuf,
    #[command(flatten)]
    target: Target,
    /// The sheet to read (default: the one that best holds a lot table).
    #[arg(long)]
    sheet: Option<String>,
    /// The row with the column headers, as numbered in the spreadsheet (default: found); a row
    /// of years or criteria below it is taken as the header's second row.
    #[arg(long)]
    header_row: Option<u32>,
    /// A column for a field, e.g. `spend=C` (fields: name, spend, law, impact, scarcity,
    /// switching, providers, clients, top3, top10; `spend=-` leaves a field out).
    #[arg(long = "column", value_name = "FIELD=LETTER")]
    columns: Vec<String>,
    /// Title of a new workshop (default: the spreadsheet's file name).
    #[arg(long)]
    title: Option<String>,
    /// Only report what would change; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Overwrite the output file if it exists (the old one is kept as .bak).
    #[arg(long)]
    force: bool,
}

fn letter_index(letters: &str) -> Option<usize> {
    let mut n = 0usize;
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    for c in letters.chars() {
        let c = c.to_ascii_uppercase();
        if !c.is_ascii_uppercase() {
            return None;
        }
        n = n * 26 + (c as usize - 'A' as usize + 1);
    }
    Some(n - 1)
}

fn usage(lang: Lang, what: &str) -> Failure {
    Failure(CliMessage::Usage(what).text(lang))
}

/// Runs `import`.
pub(super) fn run(args: &ImportArgs, lang: Lang) -> Result<(), Failure> {
    let bytes = read_limited(&args.input).map_err(|source| {
        Failure(
            LoadError::Read {
                path: args.input.clone(),
                source,
            }
            .describe(lang),
        )
    })?;
    let file_name = args.input.to_string_lossy();
    let mut book =
        sheet::read_workbook(&bytes, &file_name).map_err(|e| Failure(e.describe(lang)))?;
    let index = match &args.sheet {
        None => {
            let choice = sheet::choose_sheet(&book);
            if !choice.has_lots() {
                let best = &book.sheets[choice.index];
                let error = sheet::SheetError::NoLotTable {
                    sheets: book.sheets.iter().map(|s| s.name.clone()).collect(),
                    best: best.name.clone(),
                    missing: choice.scores[choice.index]
                        .missing
                        .unwrap_or(sheet::MappingError::NoLots),
                };
                return Err(Failure(error.describe(lang)));
            }
            if book.sheets.len() > 1 {
                eprintln!(
                    "{}",
                    CliMessage::SheetRead(&book.sheets[choice.index].name).text(lang)
                );
            }
            if let Some(other) = choice.close_second {
                eprintln!(
                    "{}",
                    CliMessage::SheetAlsoLikely(&book.sheets[other].name).text(lang)
                );
            }
            choice.index
        }
        Some(name) => book
            .sheets
            .iter()
            .position(|s| &s.name == name)
            .ok_or_else(|| {
                let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
                let message = CliMessage::NoSuchSheet {
                    name,
                    sheets: &names,
                };
                usage(lang, &message.text(lang))
            })?,
    };
    let sheet = book.sheets.swap_remove(index);
    let mut mapping = guess_mapping(&sheet);
    if let Some(row) = args.header_row {
        let at = row
            .checked_sub(sheet.first_row + 1)
            .map(|r| r as usize)
            .filter(|r| *r < sheet.rows.len())
            .ok_or_else(|| usage(lang, &CliMessage::NoSuchRow(row).text(lang)))?;
        mapping = guess_columns(&sheet, sheet::header_at(&sheet, at));
    }
    for spec in &args.columns {
        apply_column(&mut mapping, &sheet, spec, lang)?;
    }
    let rows = read_rows(&sheet, &mapping).map_err(|e| Failure(mapping_error(e, lang)))?;
    if mapping.header.is_two_rows() {
        let (top, bottom) = (mapping.header.top, mapping.header.bottom);
        let (top, bottom) = (sheet.row_number(top), sheet.row_number(bottom));
        eprintln!("{}", CliMessage::HeaderRows { top, bottom }.text(lang));
    }
    if mapping.spend_unit != sheet::SpendUnit::Euro {
        eprintln!(
            "{}",
            CliMessage::UnitApplied(mapping.spend_unit.label()).text(lang)
        );
    }
    if rows.check_unit {
        eprintln!("{}", CliMessage::CheckUnit.text(lang));
    }
    if let Some(total) = rows.stated_total_gap() {
        eprintln!("{}", stated_total_gap(total, rows.sum(), lang));
    }
    for note in &rows.notes {
        eprintln!("{}", row_note(note, lang));
    }
    let (workshop, path, summary) = match (&args.target.output, &args.target.into) {
        (Some(output), _) => {
            refuse_existing(output, args.force || args.dry_run, lang)?;
            let title = args.title.clone().unwrap_or_else(|| stem(&args.input));
            let workshop = sheet::new_workshop(&rows, &title);
            let summary = new_summary(workshop.lots.len(), workshop.total_spend(), lang);
            (workshop, output.clone(), summary)
        }
        (None, Some(into)) => {
            let current = load(into, lang)?;
            let plan = sheet::plan_merge(&current, &rows, &ManualMatches::new());
            let merged = sheet::apply_merge(&current, &rows, &plan);
            (merged, into.clone(), merge_summary(&plan.counts(), lang))
        }
        (None, None) => return Err(usage(lang, "")),
    };
    eprintln!("{summary}");
    if args.dry_run {
        return Ok(());
    }
    format::save_path(&workshop, &path).map_err(|e| Failure(e.describe(lang)))?;
    eprintln!("{}", CliMessage::WrittenTo(&path).text(lang));
    Ok(())
}

fn apply_column(
    mapping: &mut Mapping,
    sheet: &sheet::Sheet,
    spec: &str,
    lang: Lang,
) -> Result<(), Failure> {
    let bad = || usage(lang, &CliMessage::BadColumnChoice(spec).text(lang));
    let (field, letter) = spec.split_once('=').ok_or_else(bad)?;
    let field = Field::from_code(field.trim()).ok_or_else(bad)?;
    let column = match letter.trim() {
        "-" => None,
        letter => Some(
            letter_index(letter)
                .and_then(|c| c.checked_sub(sheet.first_column as usize))
                .ok_or_else(bad)?,
        ),
    };
    if let Some(c) = column {
        debug_assert_eq!(
            sheet.column_letter(c),
            column_letter(c + sheet.first_column as usize)
        );
    }
    mapping.set(field, column);
    Ok(())
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::letter_index;

    #[test]
    fn letters_are_columns() {
        assert_eq!(letter_index("A"), Some(0));
        assert_eq!(letter_index("c"), Some(2));
        assert_eq!(letter_index("AA"), Some(26));
        assert_eq!(letter_index(""), None);
        assert_eq!(letter_index("A1"), None);
    }
}
