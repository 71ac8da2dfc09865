//! A template for a new workshop: a region's content (its organisation, municipalities, kaders
//! and checklist) without lots; or the same taken from another workshop.

use super::kader::{Kader, KaderId, KaderKind};
use super::{Bilingual, Workshop};

/// A region's content to start a workshop with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    /// Its name, as the command line knows it (`nmd-2023`).
    pub name: String,
    /// Its name in the window ("NMD 2023").
    pub title: Bilingual,
    /// One sentence on what it holds.
    pub about: Bilingual,
    /// The collaboration.
    pub organisation: Bilingual,
    /// The municipalities.
    pub municipalities: Vec<String>,
    /// The name of its checklist catalogue.
    pub checklist: String,
    /// Its guiding principles, goals and frames.
    pub kaders: Vec<TemplateKader>,
    /// What the levels mean, and when market figures suggest a scarcity level.
    pub scale: super::scale::Scale,
}

/// A kader of a template, in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateKader {
    /// Its id (lots' answers in files made from the template refer to it).
    pub id: KaderId,
    /// Principle, goal or frame.
    pub kind: KaderKind,
    /// Its title.
    pub title: Bilingual,
    /// What it asks.
    pub text: Bilingual,
}

impl Template {
    /// The template's kaders in one language (`pick` chooses it).
    pub fn kaders(&self, pick: impl Fn(&Bilingual) -> &str) -> Vec<Kader> {
        (self.kaders.iter())
            .map(|k| Kader {
                id: k.id,
                kind: k.kind,
                title: pick(&k.title).to_string(),
                text: pick(&k.text).to_string(),
            })
            .collect()
    }

    /// A new workshop with this content and no lots, its texts in one language.
    pub fn workshop(&self, title: &str, pick: impl Fn(&Bilingual) -> &str) -> Workshop {
        Workshop {
            title: title.to_string(),
            organisation: pick(&self.organisation).to_string(),
            municipalities: self.municipalities.clone(),
            kaders: self.kaders(&pick),
            checklist: self.checklist.clone(),
            scale: self.scale.clone(),
            ..Workshop::default()
        }
    }
}

impl Workshop {
    /// A new workshop that starts where this one stands: its organisation, settings,
    /// municipalities, participants, kaders and checklist; no lots, no scores, no record and no
    /// plan, and an identity of its own (given later).
    pub fn as_template(&self, title: &str) -> Workshop {
        Workshop {
            title: title.to_string(),
            organisation: self.organisation.clone(),
            municipalities: self.municipalities.clone(),
            participants: self.participants.clone(),
            settings: self.settings,
            kaders: self.kaders.clone(),
            checklist: self.checklist.clone(),
            scale: self.scale.clone(),
            planning: super::planning::Calendar {
                months: self.planning.months,
                max_parallel: self.planning.max_parallel,
                ..super::planning::Calendar::default()
            },
            ..Workshop::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::*;
    use crate::model::{Lot, LotId, Participant, ParticipantId};

    fn both(nl: &str, en: &str) -> Bilingual {
        Bilingual {
            nl: nl.into(),
            en: en.into(),
        }
    }

    #[test]
    fn a_template_gives_a_workshop_in_one_language_without_lots() {
        let template = Template {
            name: "x".into(),
            title: both("X", "X"),
            about: both("over", "about"),
            organisation: both("Regio", "Region"),
            municipalities: vec!["Tiel".into()],
            checklist: "algemeen".into(),
            kaders: vec![TemplateKader {
                id: KaderId(3),
                kind: KaderKind::Goal,
                title: both("Doel", "Goal"),
                text: both("tekst", "text"),
            }],
            scale: crate::model::scale::Scale::default(),
        };
        let english = template.workshop("New", |b| &b.en);
        assert_eq!(english.organisation, "Region");
        assert_eq!(english.kaders[0].title, "Goal");
        assert_eq!(english.kaders[0].id, KaderId(3));
        assert_eq!(english.checklist, "algemeen");
        assert!(english.lots.is_empty());
        assert_eq!(
            template.workshop("Nieuw", |b| &b.nl).kaders[0].text,
            "tekst"
        );
    }

    #[test]
    fn another_workshop_as_template_keeps_its_setup_and_drops_lots_and_scores() {
        let mut other = Workshop {
            title: "Oud".into(),
            municipalities: vec!["Tiel".into()],
            participants: vec![Participant {
                id: ParticipantId(1),
                name: "Tiel".into(),
            }],
            checklist: "algemeen".into(),
            ..Workshop::default()
        };
        other.settings.blind_scoring = true;
        other.lots.push(Lot::new(LotId(1), "A", Decimal::ONE));
        other.identity = Some(crate::model::copy::WorkshopId("oud".into()));
        let new = other.as_template("Nieuw");
        assert!(new.lots.is_empty() && new.record.is_empty() && new.identity.is_none());
        assert_eq!(new.participants, other.participants);
        assert!(new.settings.blind_scoring);
        assert_eq!(
            (new.title.as_str(), new.checklist.as_str()),
            ("Nieuw", "algemeen")
        );
    }
}
