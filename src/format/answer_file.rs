//! The checklist answers in a workshop file and their conversion to and from the model.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::decimal_text::DecimalText;
use super::error::ProblemKind;
use super::legacy_checklist::{LegacyChoice, LegacyFunding, LegacyProcedure};
use super::schema::is_false;
use crate::model::{Answer, AnswerValue, Obligation, ProviderCount};

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct AnswerFile {
    #[serde(default)]
    pub value: AnswerValueFile,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub answered: bool,
    /// Since format version 6: the question does not apply to the lot (the note says why).
    #[serde(default, skip_serializing_if = "is_false")]
    pub not_applicable: bool,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) enum AnswerValueFile {
    #[default]
    Empty,
    Scale {
        #[serde(default)]
        municipalities: Vec<String>,
        #[serde(default)]
        supra_regional: bool,
    },
    /// Up to version 5 only: now the strategy's regime, procedure and contract form.
    Procedure(LegacyProcedure),
    /// Up to version 5 only: now the strategy's funding.
    Funding(LegacyFunding),
    /// Since version 6.
    YesNo(bool),
    SocialReturn {
        #[serde(default)]
        percent: Option<DecimalText>,
        obligation: Obligation,
    },
    Providers(ProviderCount),
    Text(String),
}

impl AnswerFile {
    pub(crate) fn from_model(answer: &Answer) -> AnswerFile {
        let value = match &answer.value {
            AnswerValue::Empty => AnswerValueFile::Empty,
            AnswerValue::Scale {
                municipalities,
                supra_regional,
            } => AnswerValueFile::Scale {
                municipalities: municipalities.clone(),
                supra_regional: *supra_regional,
            },
            AnswerValue::YesNo(yes) => AnswerValueFile::YesNo(*yes),
            AnswerValue::SocialReturn {
                percent,
                obligation,
            } => AnswerValueFile::SocialReturn {
                percent: percent.map(DecimalText),
                obligation: *obligation,
            },
            AnswerValue::Providers(p) => AnswerValueFile::Providers(*p),
            AnswerValue::Text(t) => AnswerValueFile::Text(t.clone()),
        };
        AnswerFile {
            value,
            note: answer.note.clone(),
            answered: answer.marked_answered,
            not_applicable: answer.not_applicable,
        }
    }

    /// The answer, reporting values out of range; an old procedure or funding answer comes back
    /// beside it, for the lot's strategy.
    pub(crate) fn into_model(
        self,
        mut report: impl FnMut(&str, ProblemKind),
    ) -> (Answer, Option<LegacyChoice>) {
        let mut legacy = None;
        let value = match self.value {
            AnswerValueFile::Empty => AnswerValue::Empty,
            AnswerValueFile::Scale {
                municipalities,
                supra_regional,
            } => AnswerValue::Scale {
                municipalities,
                supra_regional,
            },
            AnswerValueFile::Procedure(p) => {
                legacy = Some(LegacyChoice::Procedure(p));
                AnswerValue::Empty
            }
            AnswerValueFile::Funding(f) => {
                legacy = Some(LegacyChoice::Funding(f));
                AnswerValue::Empty
            }
            AnswerValueFile::YesNo(yes) => AnswerValue::YesNo(yes),
            AnswerValueFile::SocialReturn {
                percent,
                obligation,
            } => {
                let percent = percent.map(|p| p.0);
                if let Some(value) =
                    percent.filter(|p| *p < Decimal::ZERO || *p > Decimal::ONE_HUNDRED)
                {
                    report("value", ProblemKind::PercentOutOfRange { value });
                }
                AnswerValue::SocialReturn {
                    percent,
                    obligation,
                }
            }
            AnswerValueFile::Providers(ProviderCount::Capped(0)) => {
                report("value", ProblemKind::ZeroProviders);
                AnswerValue::Providers(ProviderCount::Capped(0))
            }
            AnswerValueFile::Providers(p) => AnswerValue::Providers(p),
            AnswerValueFile::Text(t) => AnswerValue::Text(t),
        };
        let answer = Answer {
            value,
            note: self.note,
            marked_answered: self.answered,
            not_applicable: self.not_applicable,
        };
        (answer, legacy)
    }
}
