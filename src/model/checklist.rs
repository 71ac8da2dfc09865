//! The per-lot checklist: a catalogue of questions (data, adaptable per region) and the
//! team's answers, stored against stable question ids.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::Lot;
use super::strategy::Strategy;

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
    /// Which of the workshop's municipalities take part, others outside it, or supra-regional.
    Scale,
    /// Regime, procedure and contract form: answered on the Strategy tab (one source of truth).
    StrategyRoute,
    /// The funding model: answered on the Strategy tab.
    StrategyFunding,
    /// Yes or no, with a note.
    YesNo,
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

    /// Whether `lot` has answered `question` (in its checklist, or on its Strategy tab).
    pub fn is_answered(question: &Question, lot: &Lot) -> bool {
        let blank = Answer::default();
        let answer = lot.checklist.get(&question.id).unwrap_or(&blank);
        answer.is_answered(question.kind, &lot.strategy)
    }

    /// How many questions of the catalogue `lot` has answered.
    pub fn answered_count(&self, lot: &Lot) -> usize {
        self.questions()
            .filter(|q| Catalogue::is_answered(q, lot))
            .count()
    }

    /// The questions `lot` has not answered yet, in order.
    pub fn open_questions<'a>(&'a self, lot: &'a Lot) -> impl Iterator<Item = &'a Question> {
        self.questions()
            .filter(move |q| !Catalogue::is_answered(q, lot))
    }
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
    /// Yes or no.
    YesNo(bool),
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
    /// Does not apply to this lot (*n.v.t.*); the note says why.
    pub not_applicable: bool,
}

impl Answer {
    /// Whether this counts as answered for a question of `kind`: "does not apply" with a
    /// reason; structured answers once something is chosen; text answers when written (or
    /// marked answered without text); the Strategy tab's questions when the strategy has the choice.
    pub fn is_answered(&self, kind: QuestionKind, strategy: &Strategy) -> bool {
        if self.not_applicable {
            return !self.note.trim().is_empty();
        }
        match (kind, &self.value) {
            // A written answer counts; the mark is for "answered, nothing to write".
            (QuestionKind::Text, AnswerValue::Text(text)) if !text.trim().is_empty() => true,
            (QuestionKind::Text, _) => self.marked_answered,
            (QuestionKind::StrategyRoute, _) => {
                strategy.regime.is_some() || strategy.effective_procedure().is_some()
            }
            (QuestionKind::StrategyFunding, _) => strategy.funding.proposed.is_some(),
            (
                QuestionKind::Scale,
                AnswerValue::Scale {
                    municipalities,
                    supra_regional,
                },
            ) => !municipalities.is_empty() || *supra_regional,
            (QuestionKind::YesNo, AnswerValue::YesNo(_))
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

/// Answers written before yes/no questions existed: a text answer to a question that is now
/// yes/no moves into the note (nothing is lost) and the yes or no is left to the team.
pub fn move_texts_of_yes_no_questions(catalogue: &Catalogue, checklist: &mut Checklist) -> usize {
    let mut moved = 0;
    for question in catalogue.questions() {
        if question.kind != QuestionKind::YesNo {
            continue;
        }
        let Some(answer) = checklist.get_mut(&question.id) else {
            continue;
        };
        if let AnswerValue::Text(text) = std::mem::take(&mut answer.value) {
            answer.note = [text.trim(), answer.note.trim()]
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join("\n");
            answer.marked_answered = false;
            moved += 1;
        }
    }
    moved
}

/// A lot's answers, by question id. Answers to ids the catalogue does not have are kept.
pub type Checklist = BTreeMap<String, Answer>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LotId;
    use crate::model::strategy::{FundingSetting, Regime};

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
                    q("procedure", QuestionKind::StrategyRoute),
                    q("funding_model", QuestionKind::StrategyFunding),
                    q("near_residents", QuestionKind::YesNo),
                    q("quality", QuestionKind::Text),
                    q("innovation", QuestionKind::Text),
                ],
            }],
        }
    }

    fn lot() -> Lot {
        Lot::new(LotId(1), "Dagbesteding", Decimal::ONE)
    }

    #[test]
    fn progress_counts_choices_marked_texts_and_the_strategy() {
        let catalogue = catalogue();
        let mut lot = lot();
        assert_eq!(catalogue.answered_count(&lot), 0);
        lot.checklist.insert(
            "near_residents".into(),
            Answer {
                value: AnswerValue::YesNo(false),
                ..Answer::default()
            },
        );
        lot.checklist.insert(
            "quality".into(),
            Answer {
                value: AnswerValue::Text("HKZ-certificaat".into()),
                ..Answer::default()
            },
        );
        assert_eq!(catalogue.answered_count(&lot), 2, "a written answer counts");
        lot.checklist.insert(
            "innovation".into(),
            Answer {
                value: AnswerValue::Text("   ".into()),
                ..Answer::default()
            },
        );
        assert_eq!(catalogue.answered_count(&lot), 2, "blanks do not count");
        lot.checklist
            .get_mut("innovation")
            .expect("answer")
            .marked_answered = true;
        assert_eq!(
            catalogue.answered_count(&lot),
            3,
            "answered with nothing to write"
        );
        lot.checklist.remove("innovation");
        // The procedure and funding questions are answered on the Strategy tab.
        lot.strategy.regime = Some(Regime::OpenHouse);
        lot.strategy.funding.proposed = Some(FundingSetting {
            variant: crate::model::strategy::Funding::Task,
            budget_ceiling: false,
            pilot: false,
        });
        assert_eq!(catalogue.answered_count(&lot), 4);
        let open: Vec<&str> = catalogue
            .open_questions(&lot)
            .map(|q| q.id.as_str())
            .collect();
        assert_eq!(open, ["scale", "innovation"]);
    }

    #[test]
    fn does_not_apply_counts_only_with_a_reason() {
        let catalogue = catalogue();
        let mut lot = lot();
        let mut answer = Answer {
            not_applicable: true,
            ..Answer::default()
        };
        lot.checklist.insert("scale".into(), answer.clone());
        assert_eq!(catalogue.answered_count(&lot), 0, "no reason yet");
        answer.note = "Landelijk ingekocht".into();
        lot.checklist.insert("scale".into(), answer);
        assert_eq!(catalogue.answered_count(&lot), 1);
    }

    #[test]
    fn an_empty_scale_or_a_wrong_kind_is_not_an_answer() {
        let empty = Answer {
            value: AnswerValue::Scale {
                municipalities: vec![],
                supra_regional: false,
            },
            ..Answer::default()
        };
        let strategy = Strategy::default();
        assert!(!empty.is_answered(QuestionKind::Scale, &strategy));
        let wrong_kind = Answer {
            value: AnswerValue::Text("ja".into()),
            marked_answered: true,
            ..Answer::default()
        };
        assert!(!wrong_kind.is_answered(QuestionKind::YesNo, &strategy));
        assert!(Answer::default().is_blank());
    }

    #[test]
    fn text_answers_to_yes_no_questions_move_into_the_note() {
        let catalogue = catalogue();
        let mut checklist = Checklist::new();
        checklist.insert(
            "near_residents".into(),
            Answer {
                value: AnswerValue::Text("Ja, binnen 15 minuten fietsen".into()),
                note: "Navragen bij Assen".into(),
                marked_answered: true,
                not_applicable: false,
            },
        );
        checklist.insert(
            "quality".into(),
            Answer {
                value: AnswerValue::Text("HKZ".into()),
                ..Answer::default()
            },
        );
        assert_eq!(
            move_texts_of_yes_no_questions(&catalogue, &mut checklist),
            1
        );
        let moved = &checklist["near_residents"];
        assert_eq!(moved.value, AnswerValue::Empty);
        assert_eq!(
            moved.note,
            "Ja, binnen 15 minuten fietsen\nNavragen bij Assen"
        );
        assert!(!moved.marked_answered);
        assert_eq!(checklist["quality"].value, AnswerValue::Text("HKZ".into()));
    }
}
