//! The checklist catalogue file (`assets/checklist.ron`), embedded in the program.

use std::collections::HashSet;

use serde::Deserialize;

use crate::model::{Bilingual, Catalogue, Question, QuestionGroup, QuestionKind};

/// The catalogue that ships with the program.
pub const BUILT_IN_CATALOGUE: &str = include_str!("../../assets/checklist.ron");

#[derive(Deserialize)]
struct CatalogueFile {
    groups: Vec<GroupFile>,
}

#[derive(Deserialize)]
struct GroupFile {
    id: String,
    title: TextFile,
    questions: Vec<QuestionFile>,
}

#[derive(Deserialize)]
struct TextFile {
    nl: String,
    en: String,
}

#[derive(Deserialize)]
struct QuestionFile {
    id: String,
    kind: KindFile,
    nl: String,
    en: String,
}

#[derive(Deserialize)]
enum KindFile {
    Scale,
    StrategyRoute,
    StrategyFunding,
    YesNo,
    SocialReturn,
    ProviderCount,
    Text,
}

/// Reads a catalogue; question ids must be unique and every text given in both languages.
pub fn parse_catalogue(text: &str) -> Result<Catalogue, String> {
    let file: CatalogueFile = ron::Options::default()
        .with_recursion_limit(super::MAX_NESTING)
        .from_str(text)
        .map_err(|e| e.to_string())?;
    let mut seen = HashSet::new();
    let mut groups = Vec::with_capacity(file.groups.len());
    for group in file.groups {
        let mut questions = Vec::with_capacity(group.questions.len());
        for q in group.questions {
            if !seen.insert(q.id.clone()) {
                return Err(format!("question id '{}' is used twice", q.id));
            }
            if q.id.trim().is_empty() || q.nl.trim().is_empty() || q.en.trim().is_empty() {
                return Err(format!(
                    "question '{}' needs an id and a Dutch and English text",
                    q.id
                ));
            }
            questions.push(Question {
                id: q.id,
                text: Bilingual { nl: q.nl, en: q.en },
                kind: match q.kind {
                    KindFile::Scale => QuestionKind::Scale,
                    KindFile::StrategyRoute => QuestionKind::StrategyRoute,
                    KindFile::StrategyFunding => QuestionKind::StrategyFunding,
                    KindFile::YesNo => QuestionKind::YesNo,
                    KindFile::SocialReturn => QuestionKind::SocialReturn,
                    KindFile::ProviderCount => QuestionKind::ProviderCount,
                    KindFile::Text => QuestionKind::Text,
                },
            });
        }
        groups.push(QuestionGroup {
            id: group.id,
            title: Bilingual {
                nl: group.title.nl,
                en: group.title.en,
            },
            questions,
        });
    }
    Ok(Catalogue { groups })
}

/// The built-in catalogue.
///
/// The embedded file is checked by the tests, so it always parses; should it not, the
/// program still runs with an empty checklist and logs why.
pub fn built_in_catalogue() -> Catalogue {
    parse_catalogue(BUILT_IN_CATALOGUE).unwrap_or_else(|error| {
        log::error!("the built-in checklist catalogue does not parse: {error}");
        Catalogue::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_catalogue_has_25_questions_in_three_groups() {
        let catalogue = parse_catalogue(BUILT_IN_CATALOGUE).expect("parses");
        assert_eq!(catalogue.groups.len(), 3);
        assert_eq!(catalogue.len(), 25);
        let structured = catalogue
            .questions()
            .filter(|q| q.kind != QuestionKind::Text)
            .count();
        assert_eq!(structured, 12);
        let kind = |id: &str| catalogue.question(id).map(|q| q.kind);
        assert_eq!(kind("procedure"), Some(QuestionKind::StrategyRoute));
        assert_eq!(kind("funding_model"), Some(QuestionKind::StrategyFunding));
        assert_eq!(kind("coverage"), Some(QuestionKind::YesNo));
        assert_eq!(built_in_catalogue(), catalogue);
    }

    #[test]
    fn duplicate_ids_and_missing_translations_are_refused() {
        let twice = "(groups: [(id: \"g\", title: (nl: \"a\", en: \"b\"), questions: [\
            (id: \"q\", kind: Text, nl: \"x\", en: \"y\"), (id: \"q\", kind: Text, nl: \"x\", en: \"y\")])])";
        assert!(parse_catalogue(twice).expect_err("twice").contains("twice"));
        let untranslated = "(groups: [(id: \"g\", title: (nl: \"a\", en: \"b\"), questions: [\
            (id: \"q\", kind: Text, nl: \"x\", en: \" \")])])";
        assert!(parse_catalogue(untranslated).is_err());
    }
}
