//! The checklist answers in a workshop file and their conversion to and from the model.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::decimal_text::DecimalText;
use super::error::ProblemKind;
use super::schema::is_false;
use crate::model::{Answer, AnswerValue, FundingModel, Obligation, Procedure, ProviderCount};

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct AnswerFile {
    #[serde(default)]
    pub value: AnswerValueFile,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub answered: bool,
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
    Procedure(Procedure),
    Funding(FundingModel),
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
            AnswerValue::Procedure(p) => AnswerValueFile::Procedure(*p),
            AnswerValue::Funding(f) => AnswerValueFile::Funding(*f),
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
        }
    }

    /// The answer, reporting values out of range.
    pub(crate) fn into_model(self, mut report: impl FnMut(&str, ProblemKind)) -> Answer {
        let value = match self.value {
            AnswerValueFile::Empty => AnswerValue::Empty,
            AnswerValueFile::Scale {
                municipalities,
                supra_regional,
            } => AnswerValue::Scale {
                municipalities,
                supra_regional,
            },
            AnswerValueFile::Procedure(p) => AnswerValue::Procedure(p),
            AnswerValueFile::Funding(f) => AnswerValue::Funding(f),
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
        Answer {
            value,
            note: self.note,
            marked_answered: self.answered,
        }
    }
}
