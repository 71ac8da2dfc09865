//! `kraljic-workshop import`: lots from a spreadsheet into a new workshop file, or merged into
//! an existing one.

use std::path::{Path, PathBuf};

use clap::Args;

use super::sheet_choice::{SheetArgs, column_choice, row_index, sheet_named, usage};
use super::{Failure, load, read_limited, refuse_existing};
use crate::format::{self, LoadError};
use crate::interchange::sheet::{
    self, Field, ManualMatches, Mapping, guess_columns, guess_mapping, read_rows,
};
use crate::interchange::sheet_messages::{
    mapping_error, merge_summary, new_summary, row_note, stated_total_gap,
};
use crate::locale::Lang;
use crate::locale::cli::CliMessage;

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
    #[command(flatten)]
    read: SheetArgs,
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
    let index = match &args.read.sheet {
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
        Some(name) => sheet_named(&book, name, lang)?,
    };
    let sheet = book.sheets.swap_remove(index);
    let mut mapping = guess_mapping(&sheet);
    if let Some(row) = args.read.header_row {
        let at = row_index(&sheet, row, lang)?;
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
    let (code, column) = column_choice(sheet, spec, lang)?;
    let field = Field::from_code(code)
        .ok_or_else(|| usage(lang, &CliMessage::BadColumnChoice(spec).text(lang)))?;
    mapping.set(field, column);
    Ok(())
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}
