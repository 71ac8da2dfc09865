//! The command-line interface: `table`, `export`, `import`, `import-csv`, `read-copy`, `check`
//! and the others below.
//!
//! Bad input anywhere ends with exit code 2 and one clear sentence on standard error.

mod contracts;
mod import;
mod new;
mod plan;
mod read_copy;
mod sheet_choice;
mod table;

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::format::{self, LoadError, Severity, read_limited};
use crate::interchange;
use crate::locale::Lang;
use crate::locale::cli::CliMessage;
use crate::locale::number::format_euro;
use crate::report;

pub use table::portfolio_table;

/// Exit code for bad input of any kind.
pub const EXIT_BAD_INPUT: u8 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "kraljic-workshop",
    version,
    about = "Kraljic matrix and lot strategy workshops for Dutch social-domain procurement",
    long_about = None
)]
struct Cli {
    /// Open this workshop file in the window (without a command and without a file, the window
    /// opens the last file used, or the built-in NMD example).
    file: Option<PathBuf>,

    /// Language of the output: nl (Dutch, default) or en (English).
    #[arg(long, value_enum, global = true, default_value_t = LangArg::Nl)]
    lang: LangArg,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum LangArg {
    Nl,
    En,
}

impl From<LangArg> for Lang {
    fn from(arg: LangArg) -> Lang {
        match arg {
            LangArg::Nl => Lang::Dutch,
            LangArg::En => Lang::English,
        }
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the portfolio table, ranked by spend, with totals.
    Table {
        /// The workshop file (.kraljic.ron).
        file: PathBuf,
        /// Print each lot's strategy instead (regime, procedure, contract form, funding, end,
        /// contract value and threshold); the CSV export has every strategy column.
        #[arg(long)]
        strategy: bool,
    },
    /// Export the portfolio table for other programs.
    Export(ExportArgs),
    /// Build a workshop file from a CSV of lots (name, spend_eur, impact, scarcity, switching, law).
    ImportCsv {
        /// The CSV file; Dutch Excel's semicolons, decimal commas and thousands dots are fine.
        input: PathBuf,
        /// The workshop file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Title of the new workshop (default: the CSV file's name).
        #[arg(long)]
        title: Option<String>,
        /// Overwrite the output file if it exists (the old one is kept as .bak).
        #[arg(long)]
        force: bool,
    },
    /// Read lots from a spreadsheet (.xlsx, .ods, .csv) into a new workshop or merge them into
    /// an existing one; the header row and columns are found, or given with --header-row and
    /// --column.
    Import(import::ImportArgs),
    /// Read the register of current contracts (NMD 2023, appendix 1) from a spreadsheet or CSV
    /// into a workshop file, each contract matched to the lots by name.
    ImportContracts(contracts::ContractArgs),
    /// Write a new workshop file from a region's template (leeg, nmd-2023, rivierenland-2019,
    /// twente) or with the setup of another workshop file; `new --list` lists the templates.
    New(new::NewArgs),
    /// Write a practice workshop of made-up lots (to try the app, or its speed, at the size
    /// of a whole province).
    Generate {
        /// How many lots (1 to 100 000).
        #[arg(value_parser = clap::value_parser!(u32).range(1..=100_000))]
        lots: u32,
        /// The workshop file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Overwrite the output file if it exists (the old one is kept as .bak).
        #[arg(long)]
        force: bool,
    },
    /// Print the tender calendar: each tender's contract start, the start of each of its seven
    /// phases, and what to look at (against the workshop's reference date, or today).
    Plan {
        /// The workshop file (.kraljic.ron).
        file: PathBuf,
    },
    /// Read a participant's copy back into a workshop file: only the scores that participant
    /// changed in the copy (a plain copy: only lots without any score). Prints what changes;
    /// a conflict stops it and changes nothing.
    ReadCopy(read_copy::ReadCopyArgs),
    /// Check a workshop file and list its problems; exit code 0 only if it is sound.
    Check {
        /// The workshop file (.kraljic.ron).
        file: PathBuf,
    },
    /// Say which renderer the window would draw with here, trying them in order off screen
    /// (for support: a window that stays black).
    Renderer,
}

#[derive(Args, Debug)]
#[group(required = true, multiple = false, id = "kind")]
struct ExportKind {
    /// The portfolio table as CSV (comma-separated, dot decimals).
    #[arg(long)]
    csv: bool,
    /// The matrix as a PNG picture (1920x1080; with --print, A4 at 300 dpi).
    #[arg(long)]
    png: bool,
    /// The matrix as an SVG drawing.
    #[arg(long)]
    svg: bool,
    /// The strategy report as PDF (in the language of --lang).
    #[arg(long)]
    pdf: bool,
    /// The portfolio, checklist answers and decisions as an Excel workbook.
    #[arg(long)]
    xlsx: bool,
    /// The tender calendar as an agenda file (iCalendar, for Outlook): every phase start and
    /// every contract end.
    #[arg(long)]
    ics: bool,
}

impl ExportKind {
    /// The export these flags ask for (clap lets exactly one kind through).
    fn chosen(&self, gantt: bool, print: bool, raw: bool) -> report::ExportKind {
        use report::ExportKind as K;
        match (self.csv, self.svg, self.png, self.ics, self.pdf) {
            (true, ..) => K::Csv { raw },
            (_, true, ..) if gantt => K::GanttSvg,
            (_, true, ..) => K::Svg,
            (_, _, true, ..) if gantt && print => K::GanttPngPrint,
            (_, _, true, ..) if gantt => K::GanttPng,
            (_, _, true, ..) if print => K::PngPrint,
            (_, _, true, ..) => K::Png,
            (.., true, _) => K::Ics,
            (.., true) => K::Report,
            _ => K::Xlsx,
        }
    }
}

#[derive(Args, Debug)]
struct ExportArgs {
    /// The workshop file (.kraljic.ron).
    file: PathBuf,
    #[command(flatten)]
    kind: ExportKind,
    /// Where to write (default: standard output, for CSV and SVG only).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// With --png: print size (A4 landscape at 300 dpi, 3508x2480) instead of 1920x1080.
    #[arg(long, requires = "png")]
    print: bool,
    /// With --png or --svg: the tender calendar (Gantt chart) instead of the matrix.
    #[arg(long)]
    gantt: bool,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    force: bool,
    /// With --csv: write every text exactly as it is. By default a text a spreadsheet would run
    /// as a formula (starting with =, +, -, @) gets a leading apostrophe.
    #[arg(long, requires = "csv")]
    raw: bool,
    /// With --pdf: which lots get a page of their own (default: all).
    #[arg(long, value_enum)]
    lots: Option<LotPagesArg>,
}

/// The lot pages of the report, as the command line names them.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum LotPagesArg {
    /// Every lot.
    All,
    /// The strategic and bottleneck lots.
    Strategic,
    /// The lots with a strategy written down.
    WithStrategy,
}

impl LotPagesArg {
    fn pages(self) -> report::pdf::LotPages {
        match self {
            LotPagesArg::All => report::pdf::LotPages::All,
            LotPagesArg::Strategic => report::pdf::LotPages::StrategicAndBottleneck,
            LotPagesArg::WithStrategy => report::pdf::LotPages::WithStrategy,
        }
    }
}

/// A failure that ends the command: one sentence for standard error.
struct Failure(String);

/// Runs the command line and returns the process exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version go to standard output with code 0; usage errors exit with 2.
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(EXIT_BAD_INPUT));
        }
    };
    let lang = Lang::from(cli.lang);
    let result = match cli.command {
        None => open_window(cli.file, lang),
        Some(Command::Table { file, strategy }) => load(&file, lang).and_then(|w| {
            let table = if strategy {
                table::strategy_table(&w, lang)
            } else {
                portfolio_table(&w, lang)
            };
            write_stdout(&table)
        }),
        Some(Command::Export(args)) => export(&args, lang),
        Some(Command::Plan { file }) => {
            load(&file, lang).and_then(|w| write_stdout(&plan::plan_table(&w, lang)))
        }
        Some(Command::ImportCsv {
            input,
            output,
            title,
            force,
        }) => import_csv(&input, &output, title, force, lang),
        Some(Command::Import(args)) => import::run(&args, lang),
        Some(Command::New(args)) => new::run(&args, lang),
        Some(Command::ImportContracts(args)) => contracts::run(&args, lang),
        Some(Command::Generate {
            lots,
            output,
            force,
        }) => generate(lots as usize, &output, force, lang),
        Some(Command::Check { file }) => check(&file, lang),
        Some(Command::ReadCopy(args)) => read_copy::run(&args, lang),
        Some(Command::Renderer) => renderer(lang),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("{message}");
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

/// Tries the window's renderers in order off screen and says which one would draw it.
fn renderer(lang: Lang) -> Result<(), Failure> {
    use crate::ui::renderer::{Renderer, probe};
    use crate::ui::renderer_memory::{Plan, Store, plan};
    let remembered = Store::beside_preferences().and_then(|store| store.read());
    let message = match &remembered {
        Some(last) => CliMessage::RendererRemembered {
            code: &last.renderer,
            adapter: &last.adapter,
            probe: match plan(remembered.as_ref(), env!("CARGO_PKG_VERSION")) {
                Plan::Use(_) => None,
                Plan::Probe(reason) => Some(reason.text(lang)),
            },
        },
        None => CliMessage::NothingRemembered,
    };
    write_stdout(&format!("{}\n", message.text(lang)))?;
    for renderer in Renderer::ORDER {
        match probe(renderer) {
            Ok(proven) => {
                let message = CliMessage::RendererChosen {
                    code: renderer.code(),
                    adapter: &proven.adapter,
                };
                return write_stdout(&format!("{}\n", message.text(lang)));
            }
            Err(reason) => {
                let message = CliMessage::RendererPassedOver {
                    code: renderer.code(),
                    reason: &reason,
                };
                write_stdout(&format!("{}\n", message.text(lang)))?;
            }
        }
    }
    Err(Failure(CliMessage::NoRenderer.text(lang)))
}

/// Opens the window; a file that does not exist is refused here, before any window opens.
fn open_window(file: Option<PathBuf>, lang: Lang) -> Result<(), Failure> {
    if let Some(path) = &file
        && !path.exists()
    {
        return Err(Failure(CliMessage::NoSuchFile(path).text(lang)));
    }
    crate::ui::run_window(file)
        .map_err(|error| Failure(CliMessage::WindowFailed(&error.to_string()).text(lang)))
}

/// Writes to standard output; a closed pipe (e.g. `| head`) is not an error.
fn write_stdout(text: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure(e.to_string())),
        _ => Ok(()),
    }
}

fn load(path: &Path, lang: Lang) -> Result<crate::model::Workshop, Failure> {
    let loaded = format::load_path(path).map_err(|e| Failure(e.describe(lang)))?;
    for warning in &loaded.warnings {
        eprintln!("{}", warning.describe(lang));
    }
    Ok(loaded.workshop)
}

fn refuse_existing(path: &Path, force: bool, lang: Lang) -> Result<(), Failure> {
    if !force && fs::symlink_metadata(path).is_ok() {
        return Err(Failure(CliMessage::Exists(path).text(lang)));
    }
    Ok(())
}

fn export(args: &ExportArgs, lang: Lang) -> Result<(), Failure> {
    let workshop = load(&args.file, lang)?;
    let kind = &args.kind;
    let failed = |detail: String| {
        let target = args.output.as_deref().unwrap_or(Path::new("-"));
        Failure(
            CliMessage::ExportFailed {
                path: target,
                detail: &detail,
            }
            .text(lang),
        )
    };
    let export = kind.chosen(args.gantt, args.print, args.raw);
    if args.lots.is_some() && export != report::ExportKind::Report {
        return Err(Failure(CliMessage::LotsNeedsPdf.text(lang)));
    }
    let catalogue = format::catalogue_of(&workshop);
    let bytes = match export {
        report::ExportKind::Report => {
            let pages = args.lots.unwrap_or(LotPagesArg::All).pages();
            report::pdf::to_pdf_with(&workshop, &catalogue, lang, &pages, &|_, _| true)
                .map_err(|e| failed(e.to_string()))?
        }
        _ => export
            .make(&workshop, &catalogue, lang, &|_, _| {})
            .map_err(|e| failed(e.to_string()))?,
    };
    let binary = !export.is_text();
    let lots = report::unprintable_lots(&workshop);
    if export.draws_text() && !lots.is_empty() {
        eprintln!("{}", CliMessage::Unprintable(&lots.join(", ")).text(lang));
    }
    match &args.output {
        None if binary => Err(Failure(CliMessage::NeedsOutput.text(lang))),
        None => write_stdout(&String::from_utf8_lossy(&bytes)),
        Some(path) => {
            refuse_existing(path, args.force, lang)?;
            format::write_atomically(path, &bytes).map_err(|source| {
                Failure(
                    format::SaveError::Write {
                        path: path.clone(),
                        source,
                    }
                    .describe(lang),
                )
            })
        }
    }
}

fn import_csv(
    input: &Path,
    output: &Path,
    title: Option<String>,
    force: bool,
    lang: Lang,
) -> Result<(), Failure> {
    refuse_existing(output, force, lang)?;
    let bytes = format::read_limited(input).map_err(|source| {
        Failure(
            LoadError::Read {
                path: input.to_path_buf(),
                source,
            }
            .describe(lang),
        )
    })?;
    let title = title.unwrap_or_else(|| {
        input
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    });
    let imported =
        interchange::import_csv(&bytes, &title).map_err(|e| Failure(e.describe(lang)))?;
    for note in &imported.notes {
        eprintln!("{}", note.describe(lang));
    }
    format::save_path(&imported.workshop, output).map_err(|e| Failure(e.describe(lang)))?;
    let count = imported.workshop.lots.len();
    let total = format_euro(imported.workshop.total_spend());
    let message = CliMessage::LotsWritten {
        count,
        total: &total,
        path: output,
    };
    eprintln!("{}", message.text(lang));
    Ok(())
}

fn generate(lots: usize, output: &Path, force: bool, lang: Lang) -> Result<(), Failure> {
    refuse_existing(output, force, lang)?;
    let workshop = crate::examples::generated(lots);
    format::save_path(&workshop, output).map_err(|e| Failure(e.describe(lang)))?;
    let message = CliMessage::Generated {
        count: lots,
        path: output,
    };
    eprintln!("{}", message.text(lang));
    Ok(())
}

fn check(path: &Path, lang: Lang) -> Result<(), Failure> {
    let loaded = format::load_path(path).map_err(|e| Failure(e.describe(lang)))?;
    let warnings: Vec<_> = loaded
        .warnings
        .iter()
        .filter(|p| p.severity() == Severity::Warning)
        .collect();
    let workshop = &loaded.workshop;
    if let Some(note) = table::reported_total_note(workshop, lang) {
        write_stdout(&format!("{note}\n"))?;
    }
    if warnings.is_empty() {
        let lots = workshop.lots.len();
        let scored = workshop.scored_count();
        let sound = CliMessage::Sound { path, lots, scored };
        return write_stdout(&format!("{}\n", sound.text(lang)));
    }
    let mut message = CliMessage::NotSound(path).text(lang);
    for warning in warnings {
        message.push_str("\n- ");
        message.push_str(&warning.describe(lang));
    }
    Err(Failure(message))
}

/// What both programs run (`kraljic-workshop` and, on Windows, `kraljic-workshop-cli`): the
/// logger, the command line or the window, and the peak memory when asked for.
pub fn main() -> ExitCode {
    crate::logging::init();
    let code = run(std::env::args_os());
    crate::logging::report_peak_memory();
    code
}
