//! Kaders: the guiding principles (*uitgangspunten*) and frames (*kaders*) a region sets for all
//! its procurements, and per lot how the lot meets each one, or that it does not apply.
//!
//! The kaders belong to the workshop (each region has its own); a new workshop starts with its
//! template's (`assets/templates/`), and a set can be taken over from another workshop file
//! ([`take_over`]).

use std::collections::BTreeMap;

/// A kader's stable id within its workshop (lots' answers refer to it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KaderId(pub u32);

/// Whether a kader is a guiding principle, a purchasing goal or a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum KaderKind {
    /// A guiding principle (*uitgangspunt*).
    Principle,
    /// A purchasing goal (*inkoopdoel*, as Rivierenland has).
    Goal,
    /// A frame the procurements keep to (*kader*).
    #[default]
    Frame,
}

impl KaderKind {
    /// Every kind, in the order the notes list them.
    pub const ALL: [KaderKind; 3] = [KaderKind::Principle, KaderKind::Goal, KaderKind::Frame];

    /// The code in files.
    pub fn code(self) -> &'static str {
        match self {
            KaderKind::Principle => "principle",
            KaderKind::Goal => "goal",
            KaderKind::Frame => "frame",
        }
    }

    /// The kind with this code.
    pub fn from_code(code: &str) -> Option<KaderKind> {
        KaderKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// One kader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kader {
    /// Stable id.
    pub id: KaderId,
    /// Principle or frame.
    pub kind: KaderKind,
    /// Short title, e.g. "We werken samen in NMD-verband".
    pub title: String,
    /// What it asks of a procurement.
    pub text: String,
}

/// A kader's number as its note numbers it: its place among the kaders of its kind, from 1
/// ("Kader 6" is the sixth frame, whatever stands before it). `None` for an id not in the list.
pub fn number_of(kaders: &[Kader], id: KaderId) -> Option<usize> {
    let kader = kaders.iter().find(|k| k.id == id)?;
    let before = (kaders.iter())
        .take_while(|k| k.id != id)
        .filter(|k| k.kind == kader.kind)
        .count();
    Some(before + 1)
}

/// How a lot meets a kader.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct KaderAnswer {
    /// The kader does not apply to this lot (*n.v.t.*); `how` says why.
    pub not_applicable: bool,
    /// How this lot meets it (or, when it does not apply, why not).
    pub how: String,
}

impl KaderAnswer {
    /// Whether the lot has answered: how it meets the kader, or n.v.t. with a reason.
    pub fn is_answered(&self) -> bool {
        !self.how.trim().is_empty()
    }

    /// True when there is nothing in it (not written to the file).
    pub fn is_blank(&self) -> bool {
        *self == KaderAnswer::default()
    }
}

/// A lot's answers, by kader.
pub type KaderAnswers = BTreeMap<KaderId, KaderAnswer>;

/// Where a lot stands on a kader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KaderStatus {
    /// Says how it meets it.
    Met,
    /// Does not apply (with a reason).
    NotApplicable,
    /// Not answered yet.
    Open,
}

/// Where `answers` stand on `kader`.
pub fn kader_status(answers: &KaderAnswers, kader: KaderId) -> KaderStatus {
    match answers.get(&kader) {
        Some(a) if a.is_answered() && a.not_applicable => KaderStatus::NotApplicable,
        Some(a) if a.is_answered() => KaderStatus::Met,
        _ => KaderStatus::Open,
    }
}

/// The next free kader id.
pub fn next_kader_id(kaders: &[Kader]) -> KaderId {
    KaderId(kaders.iter().map(|k| k.id.0).max().unwrap_or(0) + 1)
}

fn same_title(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Takes `incoming` kaders over into `current`: each kader whose title the workshop does not
/// have yet is added with a new id; nothing is removed or changed (so no lot's answer is lost).
/// Returns how many were added.
pub fn take_over(current: &mut Vec<Kader>, incoming: &[Kader]) -> usize {
    let mut added = 0;
    for kader in incoming {
        if current.iter().any(|k| same_title(&k.title, &kader.title)) {
            continue;
        }
        let id = next_kader_id(current);
        current.push(Kader {
            id,
            ..kader.clone()
        });
        added += 1;
    }
    added
}

/// How many of the lot's answers are given, of all kaders.
pub fn answered_count(kaders: &[Kader], answers: &KaderAnswers) -> usize {
    kaders
        .iter()
        .filter(|k| kader_status(answers, k.id) != KaderStatus::Open)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kader(id: u32, title: &str) -> Kader {
        Kader {
            id: KaderId(id),
            kind: KaderKind::Frame,
            title: title.into(),
            text: String::new(),
        }
    }

    #[test]
    fn an_answer_counts_with_a_text_and_n_v_t_needs_a_reason() {
        let mut answers = KaderAnswers::new();
        let id = KaderId(1);
        assert_eq!(kader_status(&answers, id), KaderStatus::Open);
        answers.insert(
            id,
            KaderAnswer {
                not_applicable: true,
                how: " ".into(),
            },
        );
        assert_eq!(kader_status(&answers, id), KaderStatus::Open, "no reason");
        answers.insert(
            id,
            KaderAnswer {
                not_applicable: true,
                how: "Landelijk ingekocht".into(),
            },
        );
        assert_eq!(kader_status(&answers, id), KaderStatus::NotApplicable);
        answers.insert(
            id,
            KaderAnswer {
                not_applicable: false,
                how: "Vijf gemeenten samen".into(),
            },
        );
        assert_eq!(kader_status(&answers, id), KaderStatus::Met);
        assert_eq!(answered_count(&[kader(1, "a"), kader(2, "b")], &answers), 1);
    }

    #[test]
    fn taking_over_adds_only_new_titles_with_new_ids() {
        let mut current = vec![kader(1, "Samen in NMD-verband"), kader(4, "Kostenbewust")];
        let incoming = vec![
            kader(1, "samen in NMD-verband "),
            kader(2, "Maatwerk mogelijk"),
            kader(3, "Innovatie"),
        ];
        assert_eq!(take_over(&mut current, &incoming), 2);
        let ids: Vec<u32> = current.iter().map(|k| k.id.0).collect();
        assert_eq!(ids, [1, 4, 5, 6]);
        assert_eq!(current[2].title, "Maatwerk mogelijk");
        assert_eq!(take_over(&mut current, &incoming), 0, "nothing twice");
        assert_eq!(next_kader_id(&[]), KaderId(1));
    }

    #[test]
    fn kinds_read_back_from_their_codes() {
        for kind in KaderKind::ALL {
            assert_eq!(KaderKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(KaderKind::from_code("x"), None);
    }
}
