//! The per-lot checklist: a catalogue of questions (data, adaptable per region) and the
//! team's answers, stored against stable question ids.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A text in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Bilingual {
    /// Dutch.
    pub nl: String,
    /// English.
    pub en: String,
}

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuestionKind {
    /// Which of the workshop's municipalities take part, or supra-regional.
    Scale,
    /// A procurement procedure.
    Procedure,
    /// A funding model.
    FundingModel,
    /// Social return: a percentage and an obligation.
    SocialReturn,
    /// How many providers.
    ProviderCount,
    /// A free text answer with an explicit "answered" mark.
    Text,
}

/// One question of the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id under which answers are stored, e.g. `procedure`.
    pub id: String,
    /// The question.
    pub text: Bilingual,
    /// The kind of answer.
    pub kind: QuestionKind,
}

/// A group of questions, e.g. "Providers".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionGroup {
    /// Stable id.
    pub id: String,
    /// Title of the group.
    pub title: Bilingual,
    /// The questions, in order.
    pub questions: Vec<Question>,
}

/// The whole question catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Catalogue {
    /// The groups, in order.
    pub groups: Vec<QuestionGroup>,
}

impl Catalogue {
    /// All questions, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.groups.iter().flat_map(|g| g.questions.iter())
    }

    /// The number of questions.
    pub fn len(&self) -> usize {
        self.questions().count()
    }

    /// True when there are no questions.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }

    /// How many questions of the catalogue are answered in `answers`.
    pub fn answered_count(&self, answers: &Checklist) -> usize {
        self.questions()
            .filter(|q| answers.get(&q.id).is_some_and(|a| a.is_answered(q.kind)))
            .count()
    }

    /// The questions not yet answered in `answers`, in order.
    pub fn open_questions<'a>(
        &'a self,
        answers: &'a Checklist,
    ) -> impl Iterator<Item = &'a Question> {
        self.questions()
            .filter(move |q| !answers.get(&q.id).is_some_and(|a| a.is_answered(q.kind)))
    }
}

/// Procurement procedures. The variant names are written in workshop files: do not rename.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Procedure {
    /// Admission of every provider that qualifies, no selection.
    OpenHouse,
    /// Open (European) tender.
    PublicTender,
    /// Restricted procedure.
    Restricted,
    /// The light regime for social and other specific services.
    SocialServicesRegime,
    /// National or single-quote procedure below the thresholds.
    BelowThreshold,
    /// Subsidy instead of a contract.
    Subsidy,
    /// Done by the municipalities themselves (inbesteden).
    InHouse,
    /// Framework agreement with one provider.
    FrameworkSingle,
    /// Framework agreement with several providers.
    FrameworkMultiple,
    /// A consortium of providers.
    Consortium,
}

impl Procedure {
    /// All procedures, in the order offered.
    pub const ALL: [Procedure; 10] = [
        Procedure::OpenHouse,
        Procedure::PublicTender,
        Procedure::Restricted,
        Procedure::SocialServicesRegime,
        Procedure::BelowThreshold,
        Procedure::Subsidy,
        Procedure::InHouse,
        Procedure::FrameworkSingle,
        Procedure::FrameworkMultiple,
        Procedure::Consortium,
    ];
}

/// Funding models (the three execution variants of i-Sociaal Domein). Variant names are
/// written in workshop files: do not rename.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FundingModel {
    /// Price times quantity per time unit (inspanningsgericht).
    Effort,
    /// Fixed price per result or trajectory (outputgericht).
    Output,
    /// Lump sum for a task or population (taakgericht).
    Task,
}

impl FundingModel {
    /// All funding models.
    pub const ALL: [FundingModel; 3] = [
        FundingModel::Effort,
        FundingModel::Output,
        FundingModel::Task,
    ];
}

/// How binding social return is. Variant names are written in workshop files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Obligation {
    /// No social return.
    None,
    /// A best-effort obligation.
    BestEffort,
    /// A result obligation.
    Result,
}

impl Obligation {
    /// All obligations.
    pub const ALL: [Obligation; 3] = [Obligation::None, Obligation::BestEffort, Obligation::Result];
}

/// How many providers the lot needs. Variant names are written in workshop files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProviderCount {
    /// A single provider.
    One,
    /// A few selected providers.
    Few,
    /// At most this many.
    Capped(u32),
    /// Everyone who meets the requirements.
    Open,
}

/// The value of an answer, by question kind.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum AnswerValue {
    /// Nothing chosen yet (there may be a note).
    #[default]
    Empty,
    /// The municipalities that take part (names from the workshop), or supra-regional.
    Scale {
        /// Participating municipalities.
        municipalities: Vec<String>,
        /// Bought above the region's scale.
        supra_regional: bool,
    },
    /// A procedure.
    Procedure(Procedure),
    /// A funding model.
    Funding(FundingModel),
    /// Social return.
    SocialReturn {
        /// Percentage of the contract value, 0-100.
        percent: Option<Decimal>,
        /// How binding it is.
        obligation: Obligation,
    },
    /// Number of providers.
    Providers(ProviderCount),
    /// A text answer.
    Text(String),
}

/// The team's answer to one question.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Answer {
    /// The answer itself.
    pub value: AnswerValue,
    /// An optional note.
    pub note: String,
    /// For text questions: the team marked it answered.
    pub marked_answered: bool,
}

impl Answer {
    /// Whether this counts as answered for a question of `kind`: structured answers count
    /// once something is chosen; text answers only when marked answered.
    pub fn is_answered(&self, kind: QuestionKind) -> bool {
        match (kind, &self.value) {
            (QuestionKind::Text, _) => self.marked_answered,
            (
                QuestionKind::Scale,
                AnswerValue::Scale {
                    municipalities,
                    supra_regional,
                },
            ) => !municipalities.is_empty() || *supra_regional,
            (QuestionKind::Procedure, AnswerValue::Procedure(_))
            | (QuestionKind::FundingModel, AnswerValue::Funding(_))
            | (QuestionKind::SocialReturn, AnswerValue::SocialReturn { .. })
            | (QuestionKind::ProviderCount, AnswerValue::Providers(_)) => true,
            _ => false,
        }
    }

    /// True when there is nothing in it at all.
    pub fn is_blank(&self) -> bool {
        *self == Answer::default()
    }
}

/// A lot's answers, by question id. Answers to ids the catalogue does not have are kept.
pub type Checklist = BTreeMap<String, Answer>;

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        let q = |id: &str, kind| Question {
            id: id.into(),
            text: Bilingual::default(),
            kind,
        };
        Catalogue {
            groups: vec![QuestionGroup {
                id: "g".into(),
                title: Bilingual::default(),
                questions: vec![
                    q("scale", QuestionKind::Scale),
                    q("procedure", QuestionKind::Procedure),
                    q("quality", QuestionKind::Text),
                ],
            }],
        }
    }

    #[test]
    fn progress_counts_structured_choices_and_marked_texts() {
        let catalogue = catalogue();
        let mut answers = Checklist::new();
        assert_eq!(catalogue.answered_count(&answers), 0);
        answers.insert(
            "procedure".into(),
            Answer {
                value: AnswerValue::Procedure(Procedure::OpenHouse),
                ..Answer::default()
            },
        );
        answers.insert(
            "quality".into(),
            Answer {
                value: AnswerValue::Text("HKZ-certificaat".into()),
                ..Answer::default()
            },
        );
        assert_eq!(catalogue.answered_count(&answers), 1, "text not yet marked");
        answers.get_mut("quality").expect("answer").marked_answered = true;
        assert_eq!(catalogue.answered_count(&answers), 2);
        let open: Vec<&str> = catalogue
            .open_questions(&answers)
            .map(|q| q.id.as_str())
            .collect();
        assert_eq!(open, ["scale"]);
    }

    #[test]
    fn an_empty_scale_is_not_an_answer() {
        let empty = Answer {
            value: AnswerValue::Scale {
                municipalities: vec![],
                supra_regional: false,
            },
            ..Answer::default()
        };
        assert!(!empty.is_answered(QuestionKind::Scale));
        let wrong_kind = Answer {
            value: AnswerValue::Funding(FundingModel::Task),
            ..Answer::default()
        };
        assert!(!wrong_kind.is_answered(QuestionKind::Procedure));
        assert!(Answer::default().is_blank());
    }
}
