//! `new FILE --template NAME`, `new FILE --from OTHER` and `new --list`: a new workshop file
//! from a region's template (or the empty one), or with the setup of another workshop.

use std::path::PathBuf;

use clap::Args;

use super::sheet_choice::usage;
use super::{Failure, load, refuse_existing, write_stdout};
use crate::format;
use crate::locale::Lang;
use crate::locale::cli::CliMessage;

/// Arguments of `new`.
#[derive(Args, Debug)]
pub(super) struct NewArgs {
    /// The workshop file to write (.kraljic.ron).
    file: Option<PathBuf>,
    /// The template: leeg (empty, the default), nmd-2023, rivierenland-2019 or twente.
    #[arg(long, conflicts_with = "from")]
    template: Option<String>,
    /// Start from another workshop file instead: its settings, municipalities, participants,
    /// kaders and checklist, without lots and scores.
    #[arg(long, value_name = "FILE")]
    from: Option<PathBuf>,
    /// The new workshop's title.
    #[arg(long)]
    title: Option<String>,
    /// List the templates and write nothing.
    #[arg(long)]
    list: bool,
    /// Overwrite the file if it exists (the old one is kept as .bak).
    #[arg(long)]
    force: bool,
}

/// Runs `new`.
pub(super) fn run(args: &NewArgs, lang: Lang) -> Result<(), Failure> {
    let templates = format::templates();
    if args.list {
        let lines: Vec<String> = (templates.iter())
            .map(|t| format!("{:<20} {}", t.name, lang.pick(&t.about)))
            .collect();
        return write_stdout(&format!("{}\n", lines.join("\n")));
    }
    let Some(path) = &args.file else {
        return Err(usage(lang, &CliMessage::NewNeedsFile.text(lang)));
    };
    refuse_existing(path, args.force, lang)?;
    let title = args
        .title
        .clone()
        .unwrap_or_else(|| lang.ui().new_workshop_title.to_string());
    let (workshop, from) = match &args.from {
        Some(other) => (
            load(other, lang)?.as_template(&title),
            other.display().to_string(),
        ),
        None => {
            let name = args.template.as_deref().unwrap_or("leeg");
            let Some(template) = templates.iter().find(|t| t.name == name) else {
                let names: Vec<&str> = templates.iter().map(|t| t.name.as_str()).collect();
                let names = names.join(", ");
                return Err(Failure(
                    CliMessage::NoTemplate {
                        name,
                        names: &names,
                    }
                    .text(lang),
                ));
            };
            let workshop = template.workshop(&title, |text| lang.pick(text));
            (workshop, lang.pick(&template.title).to_string())
        }
    };
    format::save_path(&workshop, path).map_err(|e| Failure(e.describe(lang)))?;
    let written = CliMessage::NewWritten { path, from: &from };
    eprintln!("{}", written.text(lang));
    Ok(())
}
