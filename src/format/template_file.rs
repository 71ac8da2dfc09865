//! The templates for a new workshop (`assets/templates/`), built into the program: one file per
//! region, in both languages. A region without one starts from another workshop file instead
//! ([`crate::model::Workshop::as_template`]).

use serde::Deserialize;

use super::kader_file::kind_from_code;
use crate::model::Bilingual;
use crate::model::kader::Kader;
use crate::model::kader::KaderId;
use crate::model::template::{Template, TemplateKader};

/// Every built-in template, by name: the empty one first.
pub const TEMPLATES: [(&str, &str); 4] = [
    ("leeg", include_str!("../../assets/templates/leeg.ron")),
    (
        "nmd-2023",
        include_str!("../../assets/templates/nmd-2023.ron"),
    ),
    (
        "rivierenland-2019",
        include_str!("../../assets/templates/rivierenland-2019.ron"),
    ),
    ("twente", include_str!("../../assets/templates/twente.ron")),
];

#[derive(Deserialize)]
struct TemplateFile {
    name: String,
    title: TextFile,
    about: TextFile,
    organisation: TextFile,
    municipalities: Vec<String>,
    checklist: String,
    kaders: Vec<KaderFile>,
    /// The scale's name (`assets/templates/scales/`); the standard one when left out.
    #[serde(default = "standard_scale")]
    scale: String,
}

fn standard_scale() -> String {
    STANDARD_SCALE.to_string()
}

/// The name of the built-in scale.
pub const STANDARD_SCALE: &str = "standaard";

#[derive(Deserialize)]
struct TextFile {
    nl: String,
    en: String,
}

#[derive(Deserialize)]
struct KaderFile {
    id: u32,
    kind: String,
    title: TextFile,
    text: TextFile,
}

impl From<TextFile> for Bilingual {
    fn from(text: TextFile) -> Bilingual {
        Bilingual {
            nl: text.nl,
            en: text.en,
        }
    }
}

/// Reads a template; what is wrong with it, in one sentence, when it cannot be used.
pub fn parse_template(text: &str) -> Result<Template, String> {
    let file: TemplateFile = ron::Options::default()
        .with_recursion_limit(super::MAX_NESTING)
        .from_str(text)
        .map_err(|e| e.to_string())?;
    if !super::is_catalogue(&file.checklist) {
        return Err(format!("no checklist named '{}'", file.checklist));
    }
    if file.scale != STANDARD_SCALE {
        return Err(format!("no scale named '{}'", file.scale));
    }
    let mut kaders = Vec::with_capacity(file.kaders.len());
    for kader in file.kaders {
        let kind = kind_from_code(&kader.kind).ok_or(format!("no kind '{}'", kader.kind))?;
        if kaders.iter().any(|k: &TemplateKader| k.id.0 == kader.id) {
            return Err(format!("kader id {} is used twice", kader.id));
        }
        kaders.push(TemplateKader {
            id: KaderId(kader.id),
            kind,
            title: kader.title.into(),
            text: kader.text.into(),
        });
    }
    Ok(Template {
        name: file.name,
        title: file.title.into(),
        about: file.about.into(),
        organisation: file.organisation.into(),
        municipalities: file.municipalities,
        checklist: file.checklist,
        kaders,
        scale: super::scale_file::built_in_scale(),
    })
}

/// Every built-in template, in order (one that does not parse is left out, and logged; the tests
/// read them all).
pub fn templates() -> Vec<Template> {
    (TEMPLATES.iter())
        .filter_map(|(name, text)| match parse_template(text) {
            Ok(template) => Some(template),
            Err(error) => {
                log::error!("the template {name} does not parse: {error}");
                None
            }
        })
        .collect()
}

/// The built-in template of this name.
pub fn template(name: &str) -> Option<Template> {
    templates().into_iter().find(|t| t.name == name)
}

/// NMD 2023's principles and frames (in Dutch): the set the kaders window can add.
pub fn built_in_kaders() -> Vec<Kader> {
    template("nmd-2023").map_or_else(Vec::new, |t| t.kaders(|b| &b.nl))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::kader::KaderKind;

    #[test]
    fn every_template_reads_and_is_named_as_its_file() {
        let all = templates();
        assert_eq!(all.len(), TEMPLATES.len());
        for (template, (name, _)) in all.iter().zip(TEMPLATES) {
            assert_eq!(template.name, name);
            for text in [&template.title, &template.about] {
                assert!(!text.nl.trim().is_empty() && !text.en.trim().is_empty());
            }
            for kader in &template.kaders {
                let texts = [
                    &kader.title.nl,
                    &kader.title.en,
                    &kader.text.nl,
                    &kader.text.en,
                ];
                assert!(
                    texts.iter().all(|t| !t.trim().is_empty()),
                    "{}",
                    template.name
                );
            }
        }
    }

    #[test]
    fn the_empty_template_names_no_region() {
        let empty = template("leeg").expect("leeg");
        assert!(empty.kaders.is_empty() && empty.municipalities.is_empty());
        assert_eq!(empty.checklist, super::super::GENERAL_CATALOGUE);
        for text in [&empty.title, &empty.about, &empty.organisation] {
            for part in [&text.nl, &text.en] {
                for region in ["NMD", "Drenthe", "5, 9 of 12"] {
                    assert!(!part.contains(region), "{part}");
                }
            }
        }
    }

    #[test]
    fn the_regions_have_their_municipalities_and_kaders() {
        let count = |name: &str, kind| {
            let t = template(name).expect(name);
            t.kaders.iter().filter(|k| k.kind == kind).count()
        };
        assert_eq!(count("nmd-2023", KaderKind::Principle), 6);
        assert_eq!(count("nmd-2023", KaderKind::Frame), 14);
        assert_eq!(count("rivierenland-2019", KaderKind::Principle), 8);
        assert_eq!(count("rivierenland-2019", KaderKind::Goal), 2);
        assert_eq!(count("twente", KaderKind::Principle), 6);
        let municipalities = |name: &str| template(name).expect(name).municipalities.len();
        assert_eq!(municipalities("nmd-2023"), 5);
        assert_eq!(municipalities("rivierenland-2019"), 6);
        assert_eq!(municipalities("twente"), 14);
        let rivierenland = template("rivierenland-2019")
            .expect("template")
            .municipalities;
        assert!(
            !rivierenland
                .iter()
                .any(|m| m == "Zaltbommel" || m == "Maasdriel")
        );
    }

    #[test]
    fn kader_six_of_nmd_is_strategic_partnership_and_kader_one_lets_each_municipality_choose() {
        let kaders = built_in_kaders();
        let sixth = kaders.iter().filter(|k| k.kind == KaderKind::Frame).nth(5);
        assert_eq!(
            sixth.map(|k| k.title.as_str()),
            Some("We investeren in strategisch partnerschap")
        );
        assert_eq!(
            sixth.map(|k| k.id),
            Some(KaderId(12)),
            "ids stay as they were"
        );
        let first = &kaders[6];
        assert!(first.text.contains("streeft naar") && first.text.contains("kiest"));
    }
}
