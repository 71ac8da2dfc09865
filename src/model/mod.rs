//! The domain model: lots, scores, risk, Pareto analysis and quadrants. No UI, no files.

mod calendar;
mod checklist;
mod compare;
pub mod contract;
pub mod copy;
mod edit;
mod edit_scoring;
pub mod hints;
pub mod history;
pub mod kader;
mod level;
pub mod limits;
mod lot;
pub mod planning;
mod portfolio;
mod record;
mod risk;
pub mod scale;
mod scoring;
pub mod sensitivity;
pub mod strategy;
pub mod template;
pub mod text;
mod workshop;

pub use checklist::{
    Answer, AnswerValue, Bilingual, Catalogue, Checklist, Obligation, ProviderCount, Question,
    QuestionGroup, QuestionKind, move_texts_of_yes_no_questions,
};
pub use compare::{LotMatches, match_by_name, name_key, set_match};
pub use edit::{Edit, ScoreChange};
pub use level::{Criterion, Level};
pub use lot::{Law, Lot, LotId, MarketFigures, Scores};
pub use portfolio::{
    AbcBand, Portfolio, Quadrant, RankedLot, ValueClass, analyse, analyse_lots, classify_values,
    pareto_order,
};
pub use record::{RecordItem, RecordKind, format_countdown};
pub use risk::{Risk, Weights, risk_class};
pub use scoring::{
    Aggregation, DISCUSS_SPREAD, Participant, ParticipantId, RoundProgress, ScoringRound, combine,
};
pub use workshop::{Settings, Workshop, WorkshopDate};
