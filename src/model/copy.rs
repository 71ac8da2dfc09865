//! A participant's offline copy of a workshop: made for one participant, scored by them on
//! their own laptop, and read back so that only what they changed is taken, never replacing a
//! score silently and never turning the group's combined scores into one person's.

use std::collections::BTreeMap;
use std::fmt;

use super::edit::{Edit, ScoreChange};
use super::{Criterion, Level, LotId, Participant, ParticipantId, Scores, Workshop};

/// A workshop's identity: the same in every copy of it, different for every other workshop.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct WorkshopId(pub String);

impl WorkshopId {
    /// A new identity: sixteen hexadecimal digits from the clock and the process's random
    /// hasher seed (no two workshops made anywhere are expected to share one).
    pub fn generate() -> WorkshopId {
        use std::hash::{BuildHasher, Hasher};
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        hasher.write_u128(now);
        hasher.write_u32(std::process::id());
        WorkshopId(format!("{:016x}", hasher.finish()))
    }
}

impl fmt::Display for WorkshopId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What makes a workshop one participant's copy: for whom, and what it was made from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParticipantCopy {
    /// The participant who scores in this copy.
    pub participant: Participant,
    /// The identity of the workshop it was made from.
    pub workshop: Option<WorkshopId>,
    /// The participant's scores per lot when the copy was made (lots without any left out).
    pub base: BTreeMap<LotId, Scores>,
    /// The highest lot id given when the copy was made: a lot up to it is the same lot here
    /// and there (ids are never given twice); a higher one was added since, on either side,
    /// and must match by name too.
    pub lots_up_to: u32,
}

impl Workshop {
    /// This workshop as a copy for `participant` (who must take part), or `None`. The
    /// workshop needs an identity first ([`Edit::Identity`]).
    pub fn copy_for(&self, participant: ParticipantId) -> Option<Workshop> {
        let who = self.participant(participant)?.clone();
        let base = (self.lots.iter())
            .filter_map(|lot| {
                let scores = lot.round.scores.get(&participant)?;
                (scores.count_scored() > 0).then_some((lot.id, *scores))
            })
            .collect();
        let mut copy = self.clone();
        // Only their own scores travel: nobody else's, blind or revealed, is in their file.
        for lot in &mut copy.lots {
            lot.round.scores.retain(|id, _| *id == participant);
            lot.scores = Default::default();
        }
        copy.copy_of = Some(ParticipantCopy {
            participant: who,
            workshop: self.identity.clone(),
            base,
            lots_up_to: self.highest_lot_id_given(),
        });
        copy.apply_rounds();
        Some(copy)
    }
}

/// One score whose value differs here and in the copy, each changed since the copy was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The criterion.
    pub criterion: Criterion,
    /// The score when the copy was made.
    pub base: Option<Level>,
    /// The score in the open workshop now.
    pub here: Option<Level>,
    /// The score in the copy.
    pub copy: Option<Level>,
}

/// Which value a conflict keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// The open workshop's value.
    Here,
    /// The copy's value.
    Copy,
}

/// What reading a copy would change on one lot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LotRead {
    /// The lot.
    pub lot: LotId,
    /// Its name (in the open workshop).
    pub name: String,
    /// Scores taken from the copy: old value here, new value from the copy.
    pub changes: Vec<Change>,
    /// Scores changed both here and in the copy: nothing is taken until the user chooses.
    pub conflicts: Vec<Conflict>,
}

/// One score that reading the copy changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    /// The criterion.
    pub criterion: Criterion,
    /// The value here (replaced when it is a score).
    pub old: Option<Level>,
    /// The value from the copy (`None`: cleared in the copy).
    pub new: Option<Level>,
}

/// Whose scores the copy gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A copy made for this participant; `added` when the open workshop no longer has them.
    Participant {
        /// Who.
        participant: Participant,
        /// They are added back to the open workshop.
        added: bool,
    },
    /// A plain copy of the workshop: only lots without any score here are taken, as the lot's
    /// scores, or as `as_participant`'s when one was named.
    Plain {
        /// Whose scores they become (`None`: the lots' own scores).
        as_participant: Option<(Participant, bool)>,
    },
}

/// Everything reading a copy would do, for a preview before anything changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopyRead {
    /// Whose scores.
    pub source: Source,
    /// The copy was made from another workshop (or from a version of this one that was never
    /// saved): lots are matched by number and name.
    pub other_workshop: bool,
    /// Per lot, what changes and what conflicts (lots with neither are left out).
    pub lots: Vec<LotRead>,
    /// Lots of the copy that are not in the open workshop ("name (id N)").
    pub unmatched: Vec<String>,
    /// Lots with the same number but another name: (in the copy, here).
    pub renamed: Vec<(String, String)>,
    /// A plain copy's scored lots that already have a score here (not taken).
    pub already_scored: Vec<String>,
}

/// Why a copy cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CopyRefused {
    /// The copy was made for someone else than the name asked for.
    #[error("the copy was made for {made_for}, not for {asked}")]
    OtherParticipant {
        /// For whom the copy was made.
        made_for: String,
        /// The name asked for.
        asked: String,
    },
    /// The open workshop is itself a participant's copy.
    #[error("the open workshop is itself a participant's copy")]
    IntoACopy,
}

/// The conflicts still waiting for a choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0} conflicts still need a choice")]
pub struct Undecided(pub usize);

impl CopyRead {
    /// What reading `copy` into `open` would change. `as_name` names the participant a plain
    /// copy's scores belong to (and must match a participant's copy).
    pub fn plan(
        open: &Workshop,
        copy: &Workshop,
        as_name: Option<&str>,
    ) -> Result<CopyRead, CopyRefused> {
        if open.copy_of.is_some() {
            return Err(CopyRefused::IntoACopy);
        }
        let mut read = CopyRead {
            source: Source::Plain {
                as_participant: None,
            },
            other_workshop: false,
            lots: Vec::new(),
            unmatched: Vec::new(),
            renamed: Vec::new(),
            already_scored: Vec::new(),
        };
        match &copy.copy_of {
            Some(made) => {
                if let Some(asked) = as_name.filter(|a| !same_name(a, &made.participant.name)) {
                    return Err(CopyRefused::OtherParticipant {
                        made_for: made.participant.name.clone(),
                        asked: asked.to_string(),
                    });
                }
                read.other_workshop = made.workshop.is_none() || made.workshop != open.identity;
                read.read_participant_copy(open, copy, made);
            }
            None => {
                let as_participant = as_name.map(|name| participant_named(open, name));
                read.source = Source::Plain { as_participant };
                read.read_plain_copy(open, copy);
            }
        }
        Ok(read)
    }

    fn read_participant_copy(&mut self, open: &Workshop, copy: &Workshop, made: &ParticipantCopy) {
        let who = &made.participant;
        let here_participant = open.participant(who.id).filter(|p| {
            // Another workshop may give the number to someone else: the name must match too.
            !self.other_workshop || same_name(&p.name, &who.name)
        });
        let (participant, added) = match here_participant {
            Some(p) => (p.clone(), false),
            None => participant_named(open, &who.name),
        };
        for lot in &copy.lots {
            let trust_id = !self.other_workshop && lot.id.0 <= made.lots_up_to;
            let Some(here) = self.matching_lot(open, lot.id, &lot.name, trust_id) else {
                continue;
            };
            let base = made.base.get(&lot.id).copied().unwrap_or_default();
            let theirs = lot.round.scores.get(&who.id).copied().unwrap_or_default();
            let now = here
                .round
                .scores
                .get(&participant.id)
                .copied()
                .unwrap_or_default();
            let mut lot_read = LotRead {
                lot: here.id,
                name: here.name.clone(),
                changes: Vec::new(),
                conflicts: Vec::new(),
            };
            for criterion in Criterion::ALL {
                let (base, theirs, now) = (
                    base.get(criterion),
                    theirs.get(criterion),
                    now.get(criterion),
                );
                if theirs == base || theirs == now {
                    continue;
                }
                if now == base {
                    lot_read.changes.push(Change {
                        criterion,
                        old: now,
                        new: theirs,
                    });
                } else {
                    lot_read.conflicts.push(Conflict {
                        criterion,
                        base,
                        here: now,
                        copy: theirs,
                    });
                }
            }
            if !lot_read.changes.is_empty() || !lot_read.conflicts.is_empty() {
                self.lots.push(lot_read);
            }
        }
        self.source = Source::Participant { participant, added };
    }

    fn read_plain_copy(&mut self, open: &Workshop, copy: &Workshop) {
        for lot in copy.lots.iter().filter(|l| l.scores.count_scored() > 0) {
            let Some(here) = self.matching_lot(open, lot.id, &lot.name, false) else {
                continue;
            };
            if here.scores.count_scored() > 0 || !here.round.is_empty() {
                self.already_scored.push(here.name.clone());
                continue;
            }
            let changes: Vec<Change> = (Criterion::ALL.into_iter())
                .filter_map(|criterion| {
                    let new = lot.scores.get(criterion)?;
                    Some(Change {
                        criterion,
                        old: None,
                        new: Some(new),
                    })
                })
                .collect();
            self.lots.push(LotRead {
                lot: here.id,
                name: here.name.clone(),
                changes,
                conflicts: Vec::new(),
            });
        }
    }

    /// The open workshop's lot for a lot of the copy: the same number, and the same name
    /// unless the id can be trusted (a lot that existed when a participant's copy of this
    /// very workshop was made: renamed since, it is still that lot).
    fn matching_lot<'a>(
        &mut self,
        open: &'a Workshop,
        id: LotId,
        name: &str,
        trust_id: bool,
    ) -> Option<&'a super::Lot> {
        match open.lot(id) {
            Some(here) if trust_id || same_name(&here.name, name) => Some(here),
            Some(here) => {
                self.renamed.push((name.to_string(), here.name.clone()));
                None
            }
            None => {
                self.unmatched.push(format!("{name} (id {})", id.0));
                None
            }
        }
    }

    /// The number of conflicts.
    pub fn conflict_count(&self) -> usize {
        self.lots.iter().map(|l| l.conflicts.len()).sum()
    }

    /// The number of scores taken without a conflict.
    pub fn change_count(&self) -> usize {
        self.lots.iter().map(|l| l.changes.len()).sum()
    }

    /// The scores of the participant (or lot) that are replaced: a score here becomes another.
    pub fn replaced(&self) -> impl Iterator<Item = (&LotRead, &Change)> {
        (self.lots.iter())
            .flat_map(|l| l.changes.iter().map(move |c| (l, c)))
            .filter(|(_, c)| c.old.is_some() && c.new.is_some())
    }

    /// True when reading the copy would change nothing, whatever is chosen.
    pub fn is_empty(&self) -> bool {
        self.lots.is_empty()
    }

    /// The one edit that takes the copy, with a choice for every conflict (by lot and
    /// criterion); [`Undecided`] while a conflict has none.
    pub fn edit(&self, choices: &BTreeMap<(LotId, Criterion), Choice>) -> Result<Edit, Undecided> {
        let undecided = (self.lots.iter())
            .flat_map(|l| l.conflicts.iter().map(move |c| (l.lot, c.criterion)))
            .filter(|key| !choices.contains_key(key))
            .count();
        if undecided > 0 {
            return Err(Undecided(undecided));
        }
        let mut scores = Vec::new();
        for lot in &self.lots {
            for change in &lot.changes {
                scores.push(ScoreChange {
                    lot: lot.lot,
                    criterion: change.criterion,
                    level: change.new,
                });
            }
            for conflict in &lot.conflicts {
                if choices.get(&(lot.lot, conflict.criterion)) == Some(&Choice::Copy) {
                    scores.push(ScoreChange {
                        lot: lot.lot,
                        criterion: conflict.criterion,
                        level: conflict.copy,
                    });
                }
            }
        }
        let participant = match &self.source {
            Source::Participant { participant, .. } => Some(participant.clone()),
            Source::Plain { as_participant } => as_participant.as_ref().map(|(p, _)| p.clone()),
        };
        Ok(Edit::TakeScores {
            participant,
            scores,
        })
    }
}

/// The open workshop's participant of this name, or a new one (`true`: to be added).
fn participant_named(open: &Workshop, name: &str) -> (Participant, bool) {
    match open.participants.iter().find(|p| same_name(&p.name, name)) {
        Some(p) => (p.clone(), false),
        None => (
            Participant {
                id: open.next_participant_id(),
                name: name.trim().to_string(),
            },
            true,
        ),
    }
}

/// Names match whatever their case and surrounding spaces.
fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

#[cfg(test)]
mod tests;
