//! Checklist answers and record items as plain text, for the workbook and the report.

use crate::locale::Lang;
use crate::locale::number::format_decimal;
use crate::locale::strategy::{ChoiceName, funding_name};
use crate::model::{
    AnswerValue, Catalogue, Lot, ProviderCount, Question, QuestionKind, RecordKind,
};

/// What a lot answered to a question, as text and note; `None` while it is open and has no note.
/// The Strategy tab's questions read the strategy; "does not apply" reads *n.v.t.*.
pub fn lot_answer(lot: &Lot, question: &Question, lang: Lang) -> Option<(String, String)> {
    let t = lang.ui();
    let answer = lot.checklist.get(&question.id).cloned().unwrap_or_default();
    let note = answer.note.trim().to_string();
    if !Catalogue::is_answered(question, lot) && note.is_empty() {
        return None;
    }
    let s = &lot.strategy;
    let text = if answer.not_applicable {
        t.not_applicable.to_string()
    } else {
        match question.kind {
            QuestionKind::StrategyRoute => [
                s.regime.map(|r| r.name(lang)),
                s.effective_procedure().map(|p| p.name(lang)),
                s.contract_form.proposed.map(|c| c.name(lang)),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", "),
            QuestionKind::StrategyFunding => s
                .funding
                .proposed
                .map(|f| funding_name(f, lang))
                .unwrap_or_default(),
            _ => answer_text(&answer.value, lang),
        }
    };
    Some((text, note))
}

/// An answer's value as one line of text; empty when nothing is chosen.
pub fn answer_text(value: &AnswerValue, lang: Lang) -> String {
    let t = lang.ui();
    match value {
        AnswerValue::Empty => String::new(),
        AnswerValue::Scale {
            municipalities,
            supra_regional,
        } => {
            let mut parts = municipalities.clone();
            if *supra_regional {
                parts.push(t.supra_regional.to_string());
            }
            parts.join(", ")
        }
        AnswerValue::YesNo(yes) => if *yes { t.yes } else { t.no }.to_string(),
        AnswerValue::SocialReturn {
            percent,
            obligation,
        } => {
            let obligation = t.obligations.of(*obligation);
            match percent {
                Some(p) => format!("{}% ({obligation})", format_decimal(*p, 1)),
                None => obligation.to_string(),
            }
        }
        AnswerValue::Providers(count) => match count {
            ProviderCount::Capped(n) => format!("{}: {n}", t.provider_counts.of(*count)),
            other => t.provider_counts.of(*other).to_string(),
        },
        AnswerValue::Text(text) => text.trim().to_string(),
    }
}

/// One record item as a line: kind, text, who and when.
pub fn record_line(item: &crate::model::RecordItem, lang: Lang) -> String {
    let mut line = format!("{}: {}", record_kind(item.kind, lang), item.text.trim());
    if !item.who.trim().is_empty() {
        line.push_str(&format!(" ({})", item.who.trim()));
    }
    if let Some(due) = item.due {
        line.push_str(&format!(", {due}"));
    }
    line
}

/// The name of a record kind.
pub fn record_kind(kind: RecordKind, lang: Lang) -> &'static str {
    lang.ui().record_kinds.of(kind)
}
