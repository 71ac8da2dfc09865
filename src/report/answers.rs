//! Checklist answers and record items as plain text, for the workbook and the report.

use crate::locale::Lang;
use crate::locale::number::format_decimal;
use crate::model::{AnswerValue, FundingModel, Obligation, Procedure, ProviderCount, RecordKind};

fn index<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|x| x == value).unwrap_or(0)
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
        AnswerValue::Procedure(p) => t.procedures[index(&Procedure::ALL, p)].to_string(),
        AnswerValue::Funding(f) => t.funding_models[index(&FundingModel::ALL, f)].to_string(),
        AnswerValue::SocialReturn {
            percent,
            obligation,
        } => {
            let obligation = t.obligations[index(&Obligation::ALL, obligation)];
            match percent {
                Some(p) => format!("{}% ({obligation})", format_decimal(*p, 1)),
                None => obligation.to_string(),
            }
        }
        AnswerValue::Providers(count) => match count {
            ProviderCount::One => t.provider_counts[0].to_string(),
            ProviderCount::Few => t.provider_counts[1].to_string(),
            ProviderCount::Capped(n) => format!("{}: {n}", t.provider_counts[2]),
            ProviderCount::Open => t.provider_counts[3].to_string(),
        },
        AnswerValue::Text(text) => text.trim().to_string(),
    }
}

/// The name of a record kind.
pub fn record_kind(kind: RecordKind, lang: Lang) -> &'static str {
    let i = RecordKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
    lang.ui().record_kinds[i]
}
