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
use crate::model::limits;
use crate::model::text::TextKind;
use crate::model::{
    Aggregation, Checklist, Criterion, Law, Level, Lot, LotId, MarketFigures, Participant,
    ParticipantId, RecordItem, RecordKind, Scores, ScoringRound, Settings, Workshop, WorkshopDate,
    move_texts_of_yes_no_questions,
};

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

impl Default for SettingsFile {
    fn default() -> SettingsFile {
        let settings = Settings::default();
        SettingsFile {
            value_threshold_pct: DecimalText(settings.value_threshold_pct),
            risk_threshold: DecimalText(settings.risk_threshold),
            aggregation: AggregationFile::Median,
            time_box_minutes: None,
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

impl WorkshopFile {
    /// The workshop in this file, or every problem that stands in the way (warnings are
    /// added to `problems` either way).
    pub fn into_model(self, problems: &mut Vec<Problem>) -> Workshop {
        // Before version 6 the checklist had no yes/no questions: text answers to questions
        // that are yes/no now move into the note.
        let yes_no_catalogue = (self.format_version < 6).then(super::built_in_catalogue);
        let mut report = |path: FieldPath, lot: Option<&str>, kind: ProblemKind| {
            problems.push(Problem {
                position: None,
                path,
                lot: lot.map(str::to_string),
                kind,
            });
        };

        let date = self.date.and_then(|text| {
            let parsed = text.parse::<WorkshopDate>().ok();
            if parsed.is_none() {
                report(
                    FieldPath::field("date"),
                    None,
                    ProblemKind::InvalidDate { text },
                );
            }
            parsed
        });

        let settings_path = FieldPath::field("settings");
        let value_threshold_pct = self.settings.value_threshold_pct.0;
        if !limits::value_threshold_allowed(value_threshold_pct) {
            report(
                settings_path.then("value_threshold_pct"),
                None,
                ProblemKind::ValueThresholdOutOfRange {
                    value: value_threshold_pct,
                },
            );
        }
        let risk_threshold = self.settings.risk_threshold.0;
        if !limits::risk_threshold_allowed(risk_threshold) {
            report(
                settings_path.then("risk_threshold"),
                None,
                ProblemKind::RiskThresholdOutOfRange {
                    value: risk_threshold,
                },
            );
        }
        if let Some(total) = self.reported_total_eur.filter(|t| t.0.is_sign_negative()) {
            report(
                FieldPath::field("reported_total_eur"),
                None,
                ProblemKind::NegativeTotal { value: total.0 },
            );
        }

        let aggregation = match self.settings.aggregation {
            AggregationFile::Median => Aggregation::Median,
            AggregationFile::Mean => Aggregation::Mean,
        };
        let mut participants: Vec<Participant> = Vec::with_capacity(self.participants.len());
        for (index, participant) in self.participants.into_iter().enumerate() {
            let path = FieldPath::field("participants").at(index);
            if participants.iter().any(|p| p.id.0 == participant.id) {
                report(
                    path.then("id"),
                    None,
                    ProblemKind::DuplicateParticipant { id: participant.id },
                );
            }
            participants.push(Participant {
                id: ParticipantId(participant.id),
                name: cleaned(
                    &participant.name,
                    TextKind::Line,
                    path.then("name"),
                    None,
                    &mut report,
                ),
            });
        }

        let mut first_with_id: HashMap<u32, String> = HashMap::new();
        let mut first_with_name: HashMap<String, usize> = HashMap::new();
        let kaders = kaders_from_file(self.kaders, &mut report);
        let mut lots = Vec::with_capacity(self.lots.len());
        for (index, lot) in self.lots.into_iter().enumerate() {
            let path = FieldPath::lot(index);
            let name = &cleaned(
                &lot.name,
                TextKind::Name,
                path.then("name"),
                None,
                &mut report,
            );
            let label = (!name.is_empty()).then_some(name.as_str());
            if name.is_empty() {
                report(path.then("name"), None, ProblemKind::EmptyName);
            } else if first_with_name.insert(name.to_lowercase(), index).is_some() {
                report(path.then("name"), label, ProblemKind::DuplicateName);
            }
            match first_with_id.get(&lot.id) {
                Some(first_lot) => report(
                    path.then("id"),
                    label,
                    ProblemKind::DuplicateId {
                        id: lot.id,
                        first_lot: first_lot.clone(),
                    },
                ),
                None => {
                    first_with_id.insert(lot.id, name.to_string());
                }
            }
            if lot.spend_eur.0.is_sign_negative() && !lot.spend_eur.0.is_zero() {
                report(
                    path.then("spend_eur"),
                    label,
                    ProblemKind::NegativeSpend {
                        spend: lot.spend_eur.0,
                    },
                );
            }
            let scores = lot.scores.into_model(|criterion, value| {
                report(
                    path.then("scores").then(criterion.code()),
                    label,
                    ProblemKind::ScoreOutOfRange { criterion, value },
                );
            });
            let mut round = ScoringRound {
                blind: lot.round.blind,
                ..ScoringRound::default()
            };
            for (id, participant_scores) in lot.round.scores {
                let score_path = path.then("round").then("scores").then(&id.to_string());
                if !participants.iter().any(|p| p.id.0 == id) {
                    report(
                        score_path.clone(),
                        label,
                        ProblemKind::UnknownParticipant { id },
                    );
                }
                let scores = participant_scores.into_model(|criterion, value| {
                    report(
                        score_path.then(criterion.code()),
                        label,
                        ProblemKind::ScoreOutOfRange { criterion, value },
                    );
                });
                round.scores.insert(ParticipantId(id), scores);
            }
            let market = lot.market.map(|m| {
                let mut share = |field: &str, value: Option<DecimalText>| {
                    let value = value?.0;
                    if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
                        report(
                            path.then("market").then(field),
                            label,
                            ProblemKind::PercentOutOfRange { value },
                        );
                    }
                    Some(value)
                };
                MarketFigures {
                    registered_providers: m.registered_providers,
                    clients: m.clients,
                    top3_share_pct: share("top3_share_pct", m.top3_share_pct),
                    top10_share_pct: share("top10_share_pct", m.top10_share_pct),
                }
            });
            let mut strategy = lot
                .strategy
                .into_model(&path.then("strategy"), &mut |at, kind| {
                    report(at, label, kind);
                });
            let mut checklist = Checklist::new();
            for (id, answer) in lot.checklist {
                let answer_path = path.then("checklist").then(&id);
                let (answer, legacy) = answer.into_model(|field, kind| {
                    report(answer_path.then(field), label, kind);
                });
                if let Some(choice) = legacy
                    && !take_over(&mut strategy, choice)
                {
                    let old = choice.as_written();
                    report(
                        answer_path.then("value"),
                        label,
                        ProblemKind::ChecklistChoiceNotTaken { old },
                    );
                }
                if !answer.is_blank() {
                    checklist.insert(id, answer);
                }
            }
            if let Some(catalogue) = &yes_no_catalogue {
                move_texts_of_yes_no_questions(catalogue, &mut checklist);
            }
            lots.push(Lot {
                id: LotId(lot.id),
                name: name.to_string(),
                law: lot.law.into(),
                spend: lot.spend_eur.0,
                scores,
                market: market.filter(|m| !m.is_empty()),
                notes: cleaned(
                    &lot.notes,
                    TextKind::Lines,
                    path.then("notes"),
                    label,
                    &mut report,
                ),
                decision: cleaned(
                    &lot.decision,
                    TextKind::Lines,
                    path.then("decision"),
                    label,
                    &mut report,
                ),
                checklist,
                round,
                strategy,
                kaders: answers_from_file(
                    lot.kaders,
                    &kaders,
                    &path.then("kaders"),
                    label,
                    &mut report,
                ),
            });
        }

        for lot in &mut lots {
            lot.apply_round(aggregation);
        }
        let lot_ids: Vec<LotId> = lots.iter().map(|l| l.id).collect();
        let planning = self.planning.into_model(&lot_ids, &mut report);
        let mut record = Vec::with_capacity(self.record.len());
        for (index, item) in self.record.into_iter().enumerate() {
            let path = FieldPath::field("record").at(index);
            let known = |id: &u32| lots.iter().any(|l| l.id.0 == *id);
            if let Some(id) = item.lot.filter(|id| !known(id)) {
                report(path.then("lot"), None, ProblemKind::UnknownLot { id });
            }
            let due = item.due.and_then(|text| {
                let parsed = text.parse::<WorkshopDate>().ok();
                if parsed.is_none() {
                    report(path.then("due"), None, ProblemKind::InvalidDate { text });
                }
                parsed
            });
            record.push(RecordItem {
                kind: match item.kind {
                    RecordKindFile::Decision => RecordKind::Decision,
                    RecordKindFile::OpenIssue => RecordKind::OpenIssue,
                    RecordKindFile::Action => RecordKind::Action,
                },
                text: item.text,
                lot: item.lot.filter(known).map(LotId),
                who: item.who,
                due,
                done: item.done,
            });
        }
        let title = cleaned(
            &self.title,
            TextKind::Line,
            FieldPath::field("title"),
            None,
            &mut report,
        );
        let organisation = FieldPath::field("organisation");
        let organisation = cleaned(
            &self.organisation,
            TextKind::Line,
            organisation,
            None,
            &mut report,
        );
        let municipalities = self
            .municipalities
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let path = FieldPath::field("municipalities").at(i);
                cleaned(m, TextKind::Line, path, None, &mut report)
            })
            .filter(|m| !m.is_empty())
            .collect();
        Workshop {
            title,
            organisation,
            municipalities,
            participants,
            date,
            settings: Settings {
                value_threshold_pct,
                risk_threshold,
                aggregation,
                time_box_minutes: self
                    .settings
                    .time_box_minutes
                    .filter(|m| limits::TIME_BOX_MINUTES.contains(m)),
            },
            reported_total: self.reported_total_eur.map(|t| t.0),
            lots,
            record,
            highest_lot_id: self.highest_lot_id.unwrap_or(0),
            kaders,
            planning,
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
