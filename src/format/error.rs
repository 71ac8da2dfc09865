//! What can go wrong when reading or writing a workshop file.

use std::io;
use std::path::PathBuf;

use rust_decimal::Decimal;
use thiserror::Error;

use super::messages;
use super::path::{FieldPath, Position};
use crate::locale::Lang;
use crate::model::Criterion;

/// Where the readers of a file's parts report a problem: its place, the lot it concerns (by
/// name), and what is wrong.
pub(crate) type Report<'a> = dyn FnMut(FieldPath, Option<&str>, ProblemKind) + 'a;

/// How serious a problem in a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The file cannot be used until this is fixed.
    Error,
    /// The file can be used; something was skipped or looks wrong.
    Warning,
}

/// What is wrong with a file's description of the levels (its scale).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScaleProblem {
    /// A criterion has another number of levels than four (0-3).
    LevelCount {
        /// The criterion.
        criterion: Criterion,
        /// How many levels the file gives it.
        count: usize,
    },
    /// A level has no meaning in Dutch or in English.
    NoMeaning {
        /// The criterion.
        criterion: Criterion,
        /// The level, 0-3.
        level: usize,
    },
    /// A share of the scarcity suggestion lies outside 0-100.
    ShareOutOfRange {
        /// The field, as the file names it.
        field: &'static str,
    },
}

/// What is wrong with one value of a file that could be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A score outside 0-3.
    ScoreOutOfRange {
        /// Which criterion.
        criterion: Criterion,
        /// The number found.
        value: i64,
    },
    /// A negative annual spend.
    NegativeSpend {
        /// The amount found.
        spend: Decimal,
    },
    /// Two lots with the same id.
    DuplicateId {
        /// The id.
        id: u32,
        /// The name of the first lot with this id.
        first_lot: String,
    },
    /// Two lots with the same name (allowed, but confusing when matching later).
    DuplicateName,
    /// A lot without a name.
    EmptyName,
    /// The value threshold is not above 0 and at most 100.
    ValueThresholdOutOfRange {
        /// The number found.
        value: Decimal,
    },
    /// The risk threshold is not within 0-3.
    RiskThresholdOutOfRange {
        /// The number found.
        value: Decimal,
    },
    /// A percentage outside 0-100 (market shares).
    PercentOutOfRange {
        /// The number found.
        value: Decimal,
    },
    /// A provider cap of zero.
    ZeroProviders,
    /// Two participants with the same id.
    DuplicateParticipant {
        /// The id.
        id: u32,
    },
    /// Two kaders with the same id.
    DuplicateKader {
        /// The id.
        id: u32,
    },
    /// A lot's answer to a kader the workshop does not have: left out.
    UnknownKader {
        /// The kader id.
        id: u32,
    },
    /// Two tenders with the same id.
    DuplicateTender {
        /// The id.
        id: u32,
    },
    /// A tender or contract names a lot the workshop does not have: left out.
    UnknownLotInPlan {
        /// The lot id.
        id: u32,
    },
    /// A lot named by a second tender (a lot belongs to at most one): left out there.
    LotInTwoTenders {
        /// The lot id.
        id: u32,
    },
    /// A current contract that ends before it starts, or can be extended only to a day before
    /// its end: kept as written, to be put right.
    ContractDatesOutOfOrder {
        /// The contract's name.
        name: String,
    },
    /// A maximum of tenders at once outside 1-999: left out, so no month is marked over it.
    MaxParallelOutOfRange {
        /// What the file says.
        value: u32,
    },
    /// A time box per lot outside 1-240 minutes: left out, so no countdown runs.
    TimeBoxOutOfRange {
        /// What the file says.
        value: u32,
    },
    /// The scale is incomplete (not four levels per criterion, a level without a meaning, a
    /// share outside 0-100): the built-in scale is used.
    BadScale {
        /// What is wrong.
        reason: ScaleProblem,
    },
    /// Weights outside 0-10, or all three 0: equal weights are used.
    WeightsOutOfRange {
        /// What the file says (impact, scarcity, switching).
        weights: [Decimal; 3],
    },
    /// A margin around the value split outside 0-50 points: the default is used.
    SplitMarginOutOfRange {
        /// What the file says.
        value: Decimal,
    },
    /// Phase durations that are not seven whole months of 0-36 each.
    PhaseMonthsOutOfRange {
        /// What the file says.
        found: Vec<i64>,
    },
    /// A record item about a lot the workshop does not have.
    UnknownLot {
        /// The lot id.
        id: u32,
    },
    /// Scores of a participant the workshop does not list.
    UnknownParticipant {
        /// The id.
        id: u32,
    },
    /// A negative reported total.
    NegativeTotal {
        /// The amount found.
        value: Decimal,
    },
    /// A date that is not `YYYY-MM-DD`.
    InvalidDate {
        /// The text found.
        text: String,
    },
    /// A choice this version does not know (a newer program's, or a typo): left out.
    UnknownChoice {
        /// The code found.
        text: String,
    },
    /// An old checklist answer (procedure or funding) that the lot's strategy contradicts: the
    /// strategy is kept.
    ChecklistChoiceNotTaken {
        /// The old answer, as written in the file.
        old: String,
    },
    /// A text with line breaks, hidden characters, or a name too long: read cleaned.
    TextCleaned {
        /// What was changed.
        changes: crate::model::text::TextChanges,
    },
    /// A field this version does not know; it was skipped and will not be saved.
    UnknownField {
        /// The field name.
        field: String,
    },
    /// A checklist catalogue this version does not have; NMD 2023's is used.
    UnknownChecklist {
        /// The name in the file.
        name: String,
    },
}

impl ProblemKind {
    /// How serious this kind of problem is.
    pub fn severity(&self) -> Severity {
        match self {
            ProblemKind::DuplicateName
            | ProblemKind::TextCleaned { .. }
            | ProblemKind::UnknownChoice { .. }
            | ProblemKind::ChecklistChoiceNotTaken { .. }
            | ProblemKind::UnknownField { .. }
            | ProblemKind::UnknownChecklist { .. }
            | ProblemKind::UnknownKader { .. }
            | ProblemKind::UnknownLotInPlan { .. }
            | ProblemKind::LotInTwoTenders { .. }
            | ProblemKind::ContractDatesOutOfOrder { .. }
            | ProblemKind::MaxParallelOutOfRange { .. }
            | ProblemKind::TimeBoxOutOfRange { .. }
            | ProblemKind::SplitMarginOutOfRange { .. }
            | ProblemKind::BadScale { .. }
            | ProblemKind::WeightsOutOfRange { .. }
            | ProblemKind::UnknownLot { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// A problem in a file, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Line and column, when known.
    pub position: Option<Position>,
    /// The path of the value, e.g. `lots[3].scores.impact`.
    pub path: FieldPath,
    /// The name of the lot it is in, if any.
    pub lot: Option<String>,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// How serious it is.
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }

    /// One sentence in plain words, starting with the position.
    pub fn describe(&self, lang: Lang) -> String {
        messages::problem(self, lang)
    }
}

/// What the RON reader stumbled over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// The text ends in the middle of a value (a truncated file).
    UnexpectedEnd,
    /// Brackets nested deeper than the loader allows.
    TooDeep,
    /// A required field is missing.
    MissingField(String),
    /// A field appears twice.
    DuplicateField(String),
    /// A value of the wrong kind, e.g. text where a number belongs.
    WrongKind {
        /// What was expected, in the reader's words.
        expected: String,
    },
    /// A name that is not one of the allowed choices (e.g. a law).
    UnknownChoice {
        /// The name found.
        found: String,
        /// The allowed names.
        expected: Vec<String>,
    },
    /// Anything else, in the reader's own (English) words.
    Other(String),
}

/// Why a workshop file could not be opened.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The file could not be read from disk.
    #[error("{}", messages::load_error(self, Lang::English))]
    Read {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: io::Error,
    },
    /// The file is larger than the loader accepts.
    #[error("{}", messages::load_error(self, Lang::English))]
    TooLarge {
        /// Size in bytes (at least).
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file is empty.
    #[error("{}", messages::load_error(self, Lang::English))]
    Empty,
    /// The file is not UTF-8 text.
    #[error("{}", messages::load_error(self, Lang::English))]
    NotText {
        /// Where the first invalid byte is.
        position: Position,
    },
    /// The file is readable text but not a workshop file.
    #[error("{}", messages::load_error(self, Lang::English))]
    NotAWorkshop,
    /// The file was written by a newer version of the app.
    #[error("{}", messages::load_error(self, Lang::English))]
    NewerVersion {
        /// The version in the file.
        found: u64,
        /// The newest version this app reads.
        supported: u32,
    },
    /// The file's format version does not exist.
    #[error("{}", messages::load_error(self, Lang::English))]
    UnknownVersion {
        /// The version in the file.
        found: u64,
    },
    /// The text is not valid RON or does not have the expected shape.
    #[error("{}", messages::load_error(self, Lang::English))]
    Syntax {
        /// Where the reader stopped.
        position: Position,
        /// What it stumbled over.
        problem: SyntaxProblem,
    },
    /// The file could be read, but some values are not allowed.
    #[error("{}", messages::load_error(self, Lang::English))]
    Invalid {
        /// Every problem found (errors and warnings).
        problems: Vec<Problem>,
    },
}

impl LoadError {
    /// The message for people, in plain words: what is wrong, where, and what to do.
    pub fn describe(&self, lang: Lang) -> String {
        messages::load_error(self, lang)
    }
}

/// Why a workshop could not be saved. The file on disk is unchanged in every case.
#[derive(Debug, Error)]
pub enum SaveError {
    /// Writing, syncing or renaming failed.
    #[error("{}", messages::save_error(self, Lang::English))]
    Write {
        /// The file that was to be written.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: io::Error,
    },
    /// The workshop could not be turned into text (should not happen).
    #[error("{}", messages::save_error(self, Lang::English))]
    Serialize(String),
}

impl SaveError {
    /// The message for people, in plain words.
    pub fn describe(&self, lang: Lang) -> String {
        messages::save_error(self, lang)
    }
}
