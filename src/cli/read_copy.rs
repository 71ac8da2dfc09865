//! `read-copy COPY --into FILE [--as NAME] [--dry-run]`: a participant's copy read back into
//! the workshop as the window reads it: only what that participant changed in the copy; a plain
//! copy only for lots without any score; a conflict stops it and changes nothing.

use std::path::PathBuf;

use clap::Args;

use super::{Failure, load, write_stdout};
use crate::format;
use crate::locale::Lang;
use crate::locale::cli::CliMessage;
use crate::locale::room;
use crate::model::copy::{CopyRead, CopyRefused, Source};

/// Arguments of `read-copy`.
#[derive(Args, Debug)]
pub(super) struct ReadCopyArgs {
    /// The participant's copy (.kraljic.ron).
    copy: PathBuf,
    /// The workshop file to take the scores into.
    #[arg(long)]
    into: PathBuf,
    /// Whose scores a plain copy holds (a copy made for a participant knows; if given, it
    /// must name the same participant).
    #[arg(long = "as", value_name = "NAME")]
    as_name: Option<String>,
    /// Only print what would change; write nothing.
    #[arg(long)]
    dry_run: bool,
}

/// Runs `read-copy`.
pub(super) fn run(args: &ReadCopyArgs, lang: Lang) -> Result<(), Failure> {
    let x = room::texts(lang);
    let same = match (args.copy.canonicalize(), args.into.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => args.copy == args.into,
    };
    if same {
        return Err(Failure(x.same_file.to_string()));
    }
    let copy = load(&args.copy, lang)?;
    let mut workshop = load(&args.into, lang)?;
    let read = CopyRead::plan(&workshop, &copy, args.as_name.as_deref()).map_err(|e| {
        Failure(match e {
            CopyRefused::IntoACopy => x.into_a_copy.to_string(),
            CopyRefused::OtherParticipant { made_for, asked } => {
                room::other_participant(&made_for, &asked, lang)
            }
        })
    })?;
    write_stdout(&preview(&read, &args.copy.to_string_lossy(), lang))?;
    let conflicts = read.conflict_count();
    if conflicts > 0 {
        let lines: Vec<String> = (read.lots.iter())
            .flat_map(|l| {
                (l.conflicts.iter())
                    .map(|c| format!("{}: {}", l.name, room::conflict_line(c, lang)))
            })
            .collect();
        return Err(Failure(format!(
            "{}\n{}",
            lines.join("\n"),
            room::conflicts_stop(conflicts, lang)
        )));
    }
    if args.dry_run || read.is_empty() {
        return Ok(());
    }
    let edit = read
        .edit(&std::collections::BTreeMap::new())
        .map_err(|e| Failure(e.to_string()))?;
    edit.apply(&mut workshop);
    format::save_path(&workshop, &args.into).map_err(|e| Failure(e.describe(lang)))
}

/// What the read changes, a line per score, and what it leaves out.
fn preview(read: &CopyRead, file: &str, lang: Lang) -> String {
    let x = room::texts(lang);
    let (name, added) = match &read.source {
        Source::Participant { participant, added } => (Some(participant.name.as_str()), *added),
        Source::Plain { as_participant } => (
            as_participant.as_ref().map(|(p, _)| p.name.as_str()),
            as_participant.as_ref().is_some_and(|(_, added)| *added),
        ),
    };
    let mut lines = vec![room::read_from(name, file, added, lang)];
    if matches!(read.source, Source::Plain { .. }) {
        lines.push(x.plain_copy.to_string());
    }
    if read.other_workshop {
        lines.push(x.other_workshop.to_string());
    }
    for lot in &read.lots {
        for change in &lot.changes {
            lines.push(format!("{}: {}", lot.name, room::change_line(change, lang)));
        }
    }
    let (mut new, mut replaced, mut cleared) = (0, 0, 0);
    for change in read.lots.iter().flat_map(|l| &l.changes) {
        match (change.old, change.new) {
            (Some(_), Some(_)) => replaced += 1,
            (Some(_), None) => cleared += 1,
            _ => new += 1,
        }
    }
    let conflicts = read.conflict_count();
    lines.push(room::read_summary(new, replaced, cleared, conflicts, lang));
    if read.is_empty() {
        lines.push(x.nothing.to_string());
    }
    if !read.unmatched.is_empty() {
        lines.push(CliMessage::CopyUnmatched(&read.unmatched.join(", ")).text(lang));
    }
    for (there, here) in &read.renamed {
        lines.push(CliMessage::CopyNameDiffers { there, here }.text(lang));
    }
    if !read.already_scored.is_empty() {
        lines.push(format!(
            "{}: {}",
            x.already_scored,
            read.already_scored.join(", ")
        ));
    }
    lines.push(String::new());
    lines.join("\n")
}
