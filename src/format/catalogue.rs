//! The checklist catalogues (`assets/checklists/`), embedded in the program: the general one,
//! and NMD 2023's. A workshop file names the one it uses; files from before that name had
//! none and were made with NMD 2023's.

use std::collections::HashSet;

use serde::Deserialize;

use crate::model::{Bilingual, Catalogue, Question, QuestionGroup, QuestionKind};

/// The NMD 2023 catalogue (appendix 3 of the Startnotitie): what files without a catalogue's
/// name were made with.
pub const BUILT_IN_CATALOGUE: &str = include_str!("../../assets/checklists/nmd-2023.ron");

/// The name of the general catalogue, which names no region.
pub const GENERAL_CATALOGUE: &str = "algemeen";

/// The name of the NMD 2023 catalogue.
pub const NMD_CATALOGUE: &str = "nmd-2023";

/// Every built-in catalogue: its name in files, and its text.
pub const CATALOGUES: [(&str, &str); 2] = [
    (
        GENERAL_CATALOGUE,
        include_str!("../../assets/checklists/algemeen.ron"),
    ),
    (NMD_CATALOGUE, BUILT_IN_CATALOGUE),
];

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

/// Whether a built-in catalogue has this name.
pub fn is_catalogue(name: &str) -> bool {
    CATALOGUES.iter().any(|(known, _)| *known == name)
}

/// The built-in catalogue a workshop uses: the one it names, or NMD 2023's for a file that
/// names none (or one this version does not have; reading such a file warns).
pub fn catalogue_of(workshop: &crate::model::Workshop) -> Catalogue {
    let text = (CATALOGUES.iter())
        .find(|(name, _)| *name == workshop.checklist)
        .map_or(BUILT_IN_CATALOGUE, |(_, text)| *text);
    parse_catalogue(text).unwrap_or_else(|error| {
        log::error!(
            "the checklist catalogue {} does not parse: {error}",
            workshop.checklist
        );
        Catalogue::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nmd_catalogue_has_the_eight_considerations_and_26_questions_in_four_groups() {
        let catalogue = parse_catalogue(BUILT_IN_CATALOGUE).expect("parses");
        assert_eq!(catalogue.groups.len(), 4);
        assert_eq!(catalogue.groups[0].questions.len(), 8, "the considerations");
        assert_eq!(catalogue.len(), 34);
        let structured = catalogue
            .questions()
            .filter(|q| q.kind != QuestionKind::Text)
            .count();
        assert_eq!(structured, 13);
        let kind = |id: &str| catalogue.question(id).map(|q| q.kind);
        assert_eq!(kind("procedure"), Some(QuestionKind::StrategyRoute));
        assert_eq!(kind("funding_model"), Some(QuestionKind::StrategyFunding));
        assert_eq!(kind("coverage"), Some(QuestionKind::YesNo));
        assert_eq!(built_in_catalogue(), catalogue);
    }

    #[test]
    fn the_general_catalogue_names_no_region_and_keeps_the_nmd_questions_ids() {
        let general = parse_catalogue(CATALOGUES[0].1).expect("parses");
        let nmd = built_in_catalogue();
        for question in general.questions() {
            for text in [&question.text.nl, &question.text.en] {
                for region in ["NMD", "Drenthe", "5, 9 of 12", "5, 9 or 12"] {
                    assert!(!text.contains(region), "{text}");
                }
            }
            assert!(nmd.question(&question.id).is_some(), "{}", question.id);
        }
        assert_eq!(general.len(), 26);
        assert!(is_catalogue("algemeen") && is_catalogue("nmd-2023") && !is_catalogue("x"));
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
