//! The workshop's kaders and each lot's answers to them in a workshop file (since format
//! version 6), and the built-in NMD 2023 set (`assets/kaders-nmd-2023.ron`).

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use super::clean::cleaned;
use super::error::{ProblemKind, Report};
use super::path::FieldPath;
use super::schema::is_false;
use crate::model::kader::{Kader, KaderAnswer, KaderAnswers, KaderId, KaderKind};
use crate::model::text::TextKind;

/// The set a new workshop starts with: the guiding principles and kaders of NMD 2023, chapter 2.
pub const BUILT_IN_KADERS: &str = include_str!("../../assets/kaders-nmd-2023.ron");

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
        let kind = KaderKind::from_code(&file.kind).unwrap_or_else(|| {
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

/// The built-in set (NMD 2023). The embedded file is checked by the tests; should it not
/// parse, a new workshop starts without kaders and the log says why.
pub fn built_in_kaders() -> Vec<Kader> {
    parse_kaders(BUILT_IN_KADERS).unwrap_or_else(|error| {
        log::error!("the built-in kaders do not parse: {error}");
        Vec::new()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_set_has_six_principles_and_fourteen_kaders() {
        let kaders = parse_kaders(BUILT_IN_KADERS).expect("parses");
        let count = |kind| kaders.iter().filter(|k| k.kind == kind).count();
        assert_eq!(count(KaderKind::Principle), 6);
        assert_eq!(count(KaderKind::Frame), 14);
        assert!(
            kaders
                .iter()
                .all(|k| !k.title.is_empty() && !k.text.is_empty())
        );
        assert_eq!(built_in_kaders(), kaders);
    }

    #[test]
    fn a_duplicate_id_is_refused() {
        let twice =
            "[(id: 1, kind: \"frame\", title: \"a\"), (id: 1, kind: \"frame\", title: \"b\")]";
        assert!(parse_kaders(twice).is_err());
    }
}
