//! The workshop file (`.kraljic.ron`): reading with clear errors, writing atomically.
//!
//! Reading never writes. It refuses files over [`MAX_FILE_BYTES`] before parsing, limits
//! nesting to [`MAX_NESTING`] levels, refuses files from newer versions, migrates older
//! ones, and reports every bad value with its line and column.

mod answer_file;
mod atomic;
mod catalogue;
mod clean;
mod decimal_text;
mod error;
mod kader_file;
mod legacy_checklist;
pub mod lock;
pub mod messages;
mod path;
mod planning_file;
mod process;
pub mod progress;
pub mod recovery;
pub mod scale_file;
mod schema;
mod source_map;
pub mod stamp;
mod strategy_file;
mod template_file;

use std::fs::File;
use std::io::Read;
use std::path::Path;

use ron::extensions::Extensions;
use serde::Deserialize;

pub use atomic::{backup_path, write_atomically, write_atomically_without_backup};
pub use catalogue::{
    BUILT_IN_CATALOGUE, CATALOGUES, GENERAL_CATALOGUE, NMD_CATALOGUE, built_in_catalogue,
    catalogue_of, is_catalogue, parse_catalogue,
};
pub use error::{
    LoadError, Problem, ProblemKind, SaveError, ScaleProblem, Severity, SyntaxProblem,
};
pub use kader_file::parse_kaders;
pub use path::{FieldPath, Position, Segment};
pub use template_file::{TEMPLATES, built_in_kaders, parse_template, template, templates};

use crate::model::Workshop;
use schema::WorkshopFile;
use source_map::SourceMap;

/// The format version this app writes, and the newest it reads.
///
/// History (each older version is migrated on load):
/// - 1: the first version.
/// - 2: lots gained `checklist`, the answers by question id. A version-1 file reads as a
///   version-2 file whose checklists are empty.
/// - 3: participants and their scores, the session record, the time box.
/// - 4: `highest_lot_id`, the highest lot id ever given, so that a deleted lot's id is never
///   given again. Older files take the highest id of their lots.
/// - 5: each lot's `strategy`.
/// - 6: the checklist's procedure and funding answers moved into the strategy
///   ([`legacy_checklist`]); yes/no answers (older text answers to those questions move into
///   the note) and "does not apply"; the workshop's kaders and each lot's answers to them.
/// - 7: the workshop's `identity`; `copy_for` in a copy made for one participant (who, the
///   workshop it came from and that participant's scores then); the settings
///   `blind_scoring` and `place_partial`; `checklist`, the catalogue the lots answer (older
///   files were made with NMD 2023's). Older files have no identity (one is given before
///   the first participant's copy), no blind scoring, and place partly scored lots.
/// - 8: the workshop's own `scale` (what levels 0-3 of each criterion mean, in Dutch and
///   English, and the thresholds of the scarcity suggestion) and the settings
///   `split_margin_pct` and `weights`. Older files get the built-in scale, a margin of 5
///   points and equal weights.
pub const FORMAT_VERSION: u32 = 8;

/// The largest file the loader reads: 32 MiB (a workshop of 10 000 lots is about 3 MiB).
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// The deepest nesting of brackets the loader accepts (a workshop file needs 5).
pub const MAX_NESTING: usize = 64;

/// The file name extension of workshop files.
pub const FILE_EXTENSION: &str = "kraljic.ron";

/// A workshop read from a file, with what the reader noticed along the way.
#[derive(Debug)]
pub struct Loaded {
    /// The workshop.
    pub workshop: Workshop,
    /// Things that did not stop reading but deserve a look (e.g. skipped fields).
    pub warnings: Vec<Problem>,
    /// The format version the file had, when it was older and has been migrated.
    pub migrated_from: Option<u32>,
}

/// Reads a workshop file from disk.
pub fn load_path(path: &Path) -> Result<Loaded, LoadError> {
    let read_error = |source| LoadError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = File::open(path).map_err(read_error)?;
    let size = file.metadata().map_err(read_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    drop(file);
    // A file that grew past the limit since, or a device, is as large as a file can be.
    let bytes = read_limited(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::FileTooLarge => LoadError::TooLarge {
            size: MAX_FILE_BYTES + 1,
            limit: MAX_FILE_BYTES,
        },
        _ => read_error(source),
    })?;
    load_bytes(&bytes)
}

/// The bytes of a file of at most [`MAX_FILE_BYTES`] (a workshop, a spreadsheet, a register):
/// at most one byte past the limit is read, since the file may grow or be a device, and a
/// larger file is an error of kind `FileTooLarge`.
pub fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    File::open(path)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            format!("more than {MAX_FILE_BYTES} bytes"),
        ));
    }
    Ok(bytes)
}

/// Reads a workshop from the bytes of a file.
pub fn load_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
    let size = bytes.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::NotText {
        position: Position::of_byte(bytes, e.valid_up_to()),
    })?;
    load_str(text)
}

/// Reads a workshop from the text of a file.
pub fn load_str(text: &str) -> Result<Loaded, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size: text.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    let version = probe_version(text)?;
    match version {
        0 => Err(LoadError::UnknownVersion { found: 0 }),
        // Versions 1-5 lack only what later versions added with defaults (2: checklist,
        // 3: participants and their scores, 4: the highest lot id, 5: each lot's strategy,
        // 6: kaders, 7: identity, copies and session settings, 8: the scale and the split's
        // margin), and version 5's checklist procedure and funding answers are taken into the
        // strategy while reading: read them as they are.
        1..=7 => read_current(text, Some(version as u32)),
        8 => read_current(text, None),
        v if v > u64::from(FORMAT_VERSION) => Err(LoadError::NewerVersion {
            found: v,
            supported: FORMAT_VERSION,
        }),
        v => Err(LoadError::UnknownVersion { found: v }),
    }
}

/// The version from a head as this program writes it: line comments, `#![enable(…)]`
/// attributes, `(`, and `format_version: N,` as the first field. `None` for any other shape,
/// which the full reader then looks at (a 10 000-lot file is not parsed twice).
fn version_in_head(text: &str) -> Option<u64> {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if rest.starts_with("//") || rest.starts_with("#![") {
            rest = rest.split_once('\n')?.1;
        } else {
            break;
        }
    }
    let rest = rest.strip_prefix('(')?.trim_start();
    let rest = rest.strip_prefix("format_version")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = rest[digits..].trim_start();
    (digits > 0 && (after.starts_with(',') || after.starts_with(')')))
        .then(|| rest[..digits].parse().ok())
        .flatten()
}

/// The RON reader settings for workshop files.
fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING)
}

/// Finds the file's `format_version` without reading the rest of its shape: from the head of
/// a file as this program writes it, else by reading the whole text for that one field.
fn probe_version(text: &str) -> Result<u64, LoadError> {
    if let Some(version) = version_in_head(text) {
        return Ok(version);
    }
    #[derive(Deserialize)]
    struct Probe {
        format_version: Option<u64>,
    }
    match ron_options().from_str::<Probe>(text) {
        Ok(Probe {
            format_version: Some(version),
        }) => Ok(version),
        Ok(Probe {
            format_version: None,
        }) => Err(LoadError::NotAWorkshop),
        Err(error)
            if !text.contains("format_version")
                && error.code != ron::Error::ExceededRecursionLimit =>
        {
            Err(LoadError::NotAWorkshop)
        }
        Err(error) => Err(syntax_error(error, text)),
    }
}

/// Reads a file of the current format version.
fn read_current(text: &str, migrated_from: Option<u32>) -> Result<Loaded, LoadError> {
    let mut ignored = Vec::new();
    let file: WorkshopFile = {
        let options = ron_options();
        let mut deserializer = ron::Deserializer::from_str_with_options(text, &options)
            .map_err(|e| syntax_error(e, text))?;
        let file = serde_ignored::deserialize(&mut deserializer, |path| {
            ignored.push(FieldPath::from_ignored(&path));
        })
        .map_err(|e| syntax_error(deserializer.span_error(e), text))?;
        deserializer
            .end()
            .map_err(|e| syntax_error(deserializer.span_error(e), text))?;
        file
    };

    let mut problems: Vec<Problem> = ignored
        .into_iter()
        .map(|path| Problem {
            position: None,
            lot: None,
            kind: ProblemKind::UnknownField {
                field: path.last_field().unwrap_or_default().to_string(),
            },
            path,
        })
        .collect();
    let lot_names: Vec<String> = file
        .lots
        .iter()
        .map(|l| l.name.trim().to_string())
        .collect();
    let workshop = file.into_model(&mut problems);

    if !problems.is_empty() {
        let map = SourceMap::scan(text);
        for problem in &mut problems {
            problem.position = map.position(&problem.path);
            if problem.lot.is_none() {
                problem.lot = problem
                    .path
                    .lot_index()
                    .and_then(|i| lot_names.get(i))
                    .filter(|name| !name.is_empty())
                    .cloned();
            }
        }
        problems.sort_by_key(|p| p.position);
    }
    if problems.iter().any(|p| p.severity() == Severity::Error) {
        return Err(LoadError::Invalid { problems });
    }
    Ok(Loaded {
        workshop,
        warnings: problems,
        migrated_from,
    })
}

/// Turns the RON reader's error into ours. An error at the very end of the text means the
/// text stops in the middle of a value: a truncated file.
fn syntax_error(error: ron::error::SpannedError, text: &str) -> LoadError {
    use ron::Error as E;
    let position = Position::from(error.span.start);
    let at_end = Position::from(error.span.end) >= Position::end_of(text.trim_end());
    let problem = match error.code {
        E::ExceededRecursionLimit => SyntaxProblem::TooDeep,
        E::Eof | E::UnclosedBlockComment | E::ExpectedStringEnd => SyntaxProblem::UnexpectedEnd,
        _ if at_end => SyntaxProblem::UnexpectedEnd,
        E::MissingStructField { field, .. } => SyntaxProblem::MissingField(field.to_string()),
        E::DuplicateStructField { field, .. } => SyntaxProblem::DuplicateField(field.to_string()),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => SyntaxProblem::UnknownChoice {
            found,
            expected: expected.iter().map(|s| s.to_string()).collect(),
        },
        E::InvalidValueForType { expected, .. } => SyntaxProblem::WrongKind { expected },
        other => SyntaxProblem::Other(other.to_string()),
    };
    LoadError::Syntax { position, problem }
}

/// The text of a workshop file for `workshop`.
pub fn to_text(workshop: &Workshop) -> Result<String, SaveError> {
    let file = WorkshopFile::from_model(workshop, FORMAT_VERSION);
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .extensions(Extensions::IMPLICIT_SOME);
    let body = ron::ser::to_string_pretty(&file, config)
        .map_err(|e| SaveError::Serialize(e.to_string()))?;
    Ok(format!(
        "// Kraljic Workshop file, format version {FORMAT_VERSION}. Amounts are euros, written as text.\n{body}\n"
    ))
}

/// Saves a workshop atomically, keeping the previous file as a backup (see [`write_atomically`]).
pub fn save_path(workshop: &Workshop, path: &Path) -> Result<(), SaveError> {
    let text = to_text(workshop)?;
    write_atomically(path, text.as_bytes()).map_err(|source| SaveError::Write {
        path: path.to_path_buf(),
        source,
    })
}

#[cfg(test)]
mod head_tests {
    use super::version_in_head;

    #[test]
    fn the_version_is_read_from_the_head_this_program_writes() {
        let head = "// Kraljic Workshop file, format version 7.\n#![enable(implicit_some)]\n(\n    format_version: 7,\n    title: \"x\",\n)";
        assert_eq!(version_in_head(head), Some(7));
        assert_eq!(version_in_head("(format_version: 3)"), Some(3));
        // Any other shape is left to the full reader.
        assert_eq!(version_in_head("(title: \"x\", format_version: 7)"), None);
        assert_eq!(version_in_head("/* x */ (format_version: 7)"), None);
        assert_eq!(version_in_head("(format_version: 7x)"), None);
        assert_eq!(version_in_head("(format_version: )"), None);
        assert_eq!(version_in_head("format_version: 7"), None);
    }
}
