//! The shape of a workshop file (the current format version) and its conversion to and from
//! the model.
//!
//! Values are read as loosely as their type allows (a score is any whole number) so that
//! [`WorkshopFile::into_model`] can report every bad value with its place, instead of the
//! reader stopping at the first one.

use std::collections::{BTreeMap, HashMap};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::answer_file::AnswerFile;
use super::clean::cleaned;
use super::decimal_text::DecimalText;
use super::error::{Problem, ProblemKind};
use super::kader_file::{
    KaderAnswerFile, KaderFile, answers_from_file, answers_to_file, kaders_from_file,
    kaders_to_file,
};
use super::legacy_checklist::take_over;
use super::path::FieldPath;
use super::planning_file::PlanningFile;
use super::strategy_file::StrategyFile;
use crate::model::copy::{ParticipantCopy, WorkshopId};
use crate::model::limits;
use crate::model::text::TextKind;
use crate::model::{
    Aggregation, Checklist, Criterion, Law, Level, Lot, LotId, MarketFigures, Participant,
    ParticipantId, RecordItem, RecordKind, Scores, ScoringRound, Settings, Workshop, WorkshopDate,
    move_texts_of_yes_no_questions,
};

mod read;
mod write;

/// The whole file.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct WorkshopFile {
    pub format_version: u32,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub municipalities: Vec<String>,
    /// Since format version 3.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<ParticipantFile>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub settings: SettingsFile,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_total_eur: Option<DecimalText>,
    #[serde(default)]
    pub lots: Vec<LotFile>,
    /// Since format version 3: the session record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub record: Vec<RecordItemFile>,
    /// Since format version 4: the highest lot id ever given (deleted lots included). Older
    /// files take the highest id of their lots.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highest_lot_id: Option<u32>,
    /// Since format version 6: the region's guiding principles and frames.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kaders: Vec<KaderFile>,
    /// Since format version 6: the tender calendar.
    #[serde(default, skip_serializing_if = "PlanningFile::is_empty")]
    pub planning: PlanningFile,
    /// Since format version 7: the workshop's identity, the same in every copy of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// Since format version 7: in a copy made for one participant, for whom and from what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_for: Option<CopyFile>,
    /// Since format version 7: the checklist catalogue the lots answer; older files have none
    /// and were made with NMD 2023's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub checklist: String,
    /// Since format version 8: what the levels mean and when market figures suggest a
    /// scarcity level; older files get the built-in scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<super::scale_file::ScaleFile>,
}

/// A participant's copy: for whom, the workshop it was made from, and that participant's
/// scores per lot at that moment.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct CopyFile {
    pub participant: ParticipantFile,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workshop: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub base: BTreeMap<u32, ScoresFile>,
    #[serde(default)]
    pub lots_up_to: u32,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub(crate) enum RecordKindFile {
    Decision,
    OpenIssue,
    Action,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct RecordItemFile {
    pub kind: RecordKindFile,
    #[serde(default)]
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lot: Option<u32>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub who: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub done: bool,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct SettingsFile {
    pub value_threshold_pct: DecimalText,
    pub risk_threshold: DecimalText,
    /// Since format version 3.
    #[serde(skip_serializing_if = "AggregationFile::is_median")]
    pub aggregation: AggregationFile,
    /// Since format version 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_box_minutes: Option<u32>,
    /// Since format version 7: blind scoring for the whole session.
    #[serde(skip_serializing_if = "is_false")]
    pub blind_scoring: bool,
    /// Since format version 7: place lots not every participant has scored.
    #[serde(skip_serializing_if = "is_true")]
    pub place_partial: bool,
    /// Since format version 8: the margin around the value split, percentage points.
    #[serde(skip_serializing_if = "DecimalText::is_default_split_margin")]
    pub split_margin_pct: DecimalText,
    /// Since format version 8: each criterion's weight in the risk mean (left out when equal).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weights: Option<WeightsFile>,
}

/// The criteria's weights.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct WeightsFile {
    pub impact: DecimalText,
    pub scarcity: DecimalText,
    pub switching: DecimalText,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub(crate) enum AggregationFile {
    #[default]
    Median,
    Mean,
}

impl AggregationFile {
    fn is_median(&self) -> bool {
        *self == AggregationFile::Median
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ParticipantFile {
    pub id: u32,
    pub name: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct RoundFile {
    #[serde(skip_serializing_if = "is_false")]
    pub blind: bool,
    pub scores: BTreeMap<u32, ScoresFile>,
}

impl RoundFile {
    fn is_empty(&self) -> bool {
        !self.blind && self.scores.is_empty()
    }
}

impl DecimalText {
    /// True for the default margin around the value split (left out of files).
    fn is_default_split_margin(&self) -> bool {
        self.0 == Settings::DEFAULT_SPLIT_MARGIN_PCT
    }
}

impl Default for SettingsFile {
    fn default() -> SettingsFile {
        let settings = Settings::default();
        SettingsFile {
            value_threshold_pct: DecimalText(settings.value_threshold_pct),
            risk_threshold: DecimalText(settings.risk_threshold),
            aggregation: AggregationFile::Median,
            time_box_minutes: None,
            blind_scoring: settings.blind_scoring,
            place_partial: settings.place_partial,
            split_margin_pct: DecimalText(settings.split_margin_pct),
            weights: None,
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct LotFile {
    pub id: u32,
    pub name: String,
    #[serde(default)]
    pub law: LawFile,
    pub spend_eur: DecimalText,
    #[serde(default)]
    pub scores: ScoresFile,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub market: Option<MarketFile>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Written by earlier releases: the lot's decision, read into the record as decisions about
    /// the lot (never written now).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decision: String,
    /// Since format version 2.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub checklist: BTreeMap<String, AnswerFile>,
    /// Since format version 3: participants' own scores.
    #[serde(default, skip_serializing_if = "RoundFile::is_empty")]
    pub round: RoundFile,
    /// Since format version 5: the lot's strategy.
    #[serde(default, skip_serializing_if = "StrategyFile::is_empty")]
    pub strategy: StrategyFile,
    /// Since format version 6: how the lot meets each kader.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub kaders: BTreeMap<u32, KaderAnswerFile>,
}

#[derive(Debug, Default, Clone, Copy, Serialize, Deserialize)]
pub(crate) enum LawFile {
    Jeugdwet,
    Wmo,
    Both,
    #[default]
    Other,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct ScoresFile {
    pub impact: Option<i64>,
    pub scarcity: Option<i64>,
    pub switching: Option<i64>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct MarketFile {
    pub registered_providers: Option<u32>,
    pub clients: Option<u32>,
    pub top3_share_pct: Option<DecimalText>,
    pub top10_share_pct: Option<DecimalText>,
}

impl From<Law> for LawFile {
    fn from(law: Law) -> LawFile {
        match law {
            Law::Jeugdwet => LawFile::Jeugdwet,
            Law::Wmo => LawFile::Wmo,
            Law::Both => LawFile::Both,
            Law::Other => LawFile::Other,
        }
    }
}

impl From<LawFile> for Law {
    fn from(law: LawFile) -> Law {
        match law {
            LawFile::Jeugdwet => Law::Jeugdwet,
            LawFile::Wmo => Law::Wmo,
            LawFile::Both => Law::Both,
            LawFile::Other => Law::Other,
        }
    }
}

impl ScoresFile {
    fn from_model(scores: &Scores) -> ScoresFile {
        let number = |level: Option<Level>| level.map(|l| i64::from(l.number()));
        ScoresFile {
            impact: number(scores.impact),
            scarcity: number(scores.scarcity),
            switching: number(scores.switching),
        }
    }

    /// The scores, reporting numbers out of range.
    fn into_model(self, mut report: impl FnMut(Criterion, i64)) -> Scores {
        let mut scores = Scores::default();
        for criterion in Criterion::ALL {
            let raw = match criterion {
                Criterion::Impact => self.impact,
                Criterion::Scarcity => self.scarcity,
                Criterion::Switching => self.switching,
            };
            let Some(value) = raw else { continue };
            match Level::from_number(value) {
                Some(level) => scores.set(criterion, Some(level)),
                None => report(criterion, value),
            }
        }
        scores
    }
}

/// For `skip_serializing_if`.
pub(crate) fn is_false(b: &bool) -> bool {
    !*b
}

/// For `skip_serializing_if`.
pub(crate) fn is_true(b: &bool) -> bool {
    *b
}
