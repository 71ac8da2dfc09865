//! The workshop's kaders and each lot's answers to them in a workshop file (since format
//! version 6), and a list of kaders read on its own ([`parse_kaders`]).

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use super::clean::cleaned;
use super::error::{ProblemKind, Report};
use super::path::FieldPath;
use super::schema::is_false;
use crate::model::kader::{Kader, KaderAnswer, KaderAnswers, KaderId, KaderKind};
use crate::model::text::TextKind;

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct KaderFile {
    id: u32,
    kind: String,
    title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    text: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct KaderAnswerFile {
    #[serde(skip_serializing_if = "is_false")]
    not_applicable: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    how: String,
}

/// The file form of the workshop's kaders.
pub(crate) fn kaders_to_file(kaders: &[Kader]) -> Vec<KaderFile> {
    kaders
        .iter()
        .map(|k| KaderFile {
            id: k.id.0,
            kind: k.kind.code().to_string(),
            title: k.title.clone(),
            text: k.text.clone(),
        })
        .collect()
}

/// The workshop's kaders: a duplicate id is an error, an unknown kind a warning (read as a
/// frame), and texts are cleaned by the one rule for texts.
pub(crate) fn kaders_from_file(files: Vec<KaderFile>, report: &mut Report<'_>) -> Vec<Kader> {
    let mut seen = HashSet::new();
    let mut kaders = Vec::with_capacity(files.len());
    for (index, file) in files.into_iter().enumerate() {
        let path = FieldPath::field("kaders").at(index);
        if !seen.insert(file.id) {
            report(
                path.then("id"),
                None,
                ProblemKind::DuplicateKader { id: file.id },
            );
            continue;
        }
        let kind = kind_from_code(&file.kind).unwrap_or_else(|| {
            let text = file.kind.clone();
            report(path.then("kind"), None, ProblemKind::UnknownChoice { text });
            KaderKind::default()
        });
        let mut report_text = |p: FieldPath, l: Option<&str>, k: ProblemKind| report(p, l, k);
        kaders.push(Kader {
            id: KaderId(file.id),
            kind,
            title: cleaned(
                &file.title,
                TextKind::Line,
                path.then("title"),
                None,
                &mut report_text,
            ),
            text: cleaned(
                &file.text,
                TextKind::Lines,
                path.then("text"),
                None,
                &mut report_text,
            ),
        });
    }
    kaders
}

/// The file form of a lot's answers.
pub(crate) fn answers_to_file(answers: &KaderAnswers) -> BTreeMap<u32, KaderAnswerFile> {
    answers
        .iter()
        .filter(|(_, a)| !a.is_blank())
        .map(|(id, a)| {
            let file = KaderAnswerFile {
                not_applicable: a.not_applicable,
                how: a.how.clone(),
            };
            (id.0, file)
        })
        .collect()
}

/// A lot's answers; an answer to a kader the workshop does not have is left out with a warning.
pub(crate) fn answers_from_file(
    files: BTreeMap<u32, KaderAnswerFile>,
    kaders: &[Kader],
    path: &FieldPath,
    lot: Option<&str>,
    report: &mut Report<'_>,
) -> KaderAnswers {
    let mut answers = KaderAnswers::new();
    for (id, file) in files {
        let at = path.then(&id.to_string());
        if !kaders.iter().any(|k| k.id.0 == id) {
            report(at, lot, ProblemKind::UnknownKader { id });
            continue;
        }
        let mut report_text = |p: FieldPath, l: Option<&str>, k: ProblemKind| report(p, l, k);
        let how = cleaned(
            &file.how,
            TextKind::Lines,
            at.then("how"),
            lot,
            &mut report_text,
        );
        let answer = KaderAnswer {
            not_applicable: file.not_applicable,
            how,
        };
        if !answer.is_blank() {
            answers.insert(KaderId(id), answer);
        }
    }
    answers
}

/// Reads a list of kaders (the built-in set, or a region's own file of them).
pub fn parse_kaders(text: &str) -> Result<Vec<Kader>, String> {
    let files: Vec<KaderFile> = ron::Options::default()
        .with_recursion_limit(super::MAX_NESTING)
        .from_str(text)
        .map_err(|e| e.to_string())?;
    let mut problems = Vec::new();
    let kaders = kaders_from_file(files, &mut |path, _, kind| {
        problems.push(format!("{path}: {kind:?}"));
    });
    if problems.is_empty() {
        Ok(kaders)
    } else {
        Err(problems.join("; "))
    }
}

/// The kind with this code in a file.
pub(crate) fn kind_from_code(code: &str) -> Option<KaderKind> {
    KaderKind::from_code(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_duplicate_id_is_refused() {
        let twice =
            "[(id: 1, kind: \"frame\", title: \"a\"), (id: 1, kind: \"frame\", title: \"b\")]";
        assert!(parse_kaders(twice).is_err());
    }
}
