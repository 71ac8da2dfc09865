//! A workshop: the portfolio of lots of one collaboration, with its settings.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use rust_decimal::dec;

use super::copy::{ParticipantCopy, WorkshopId};
use super::lot::{Lot, LotId};
use super::record::RecordItem;
use super::scoring::{Aggregation, Participant, ParticipantId, RoundProgress};

/// The settings that decide where the matrix is split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Cumulative share of spend (percent, 0-100) that counts as high value; default 80.
    pub value_threshold_pct: Decimal,
    /// Risk mean from which a lot is high risk (0-3); default 1,5.
    pub risk_threshold: Decimal,
    /// How participants' scores are combined into a lot's scores.
    pub aggregation: Aggregation,
    /// Minutes the team means to spend on one lot (a countdown on the card), if any.
    pub time_box_minutes: Option<u32>,
    /// Blind scoring for the whole session: new lots start blind (a lot can still differ).
    pub blind_scoring: bool,
    /// Place a lot that not every participant has scored yet (marked as partial); when false
    /// it waits until everyone has.
    pub place_partial: bool,
    /// Percentage points around the value split within which a lot counts as close to it
    /// (marked on the matrix); default 5.
    pub split_margin_pct: Decimal,
    /// How much each criterion weighs in the risk mean; equal by default (the seeds' mean).
    pub weights: super::risk::Weights,
}

impl Settings {
    /// The default value threshold: 80 percent of spend.
    pub const DEFAULT_VALUE_THRESHOLD_PCT: Decimal = dec!(80);
    /// The default risk threshold: a mean of 1,5 (class Middel or Hoog).
    pub const DEFAULT_RISK_THRESHOLD: Decimal = dec!(1.5);
    /// The default margin around the value split: 5 percentage points.
    pub const DEFAULT_SPLIT_MARGIN_PCT: Decimal = dec!(5);
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            value_threshold_pct: Settings::DEFAULT_VALUE_THRESHOLD_PCT,
            risk_threshold: Settings::DEFAULT_RISK_THRESHOLD,
            aggregation: Aggregation::default(),
            time_box_minutes: None,
            blind_scoring: false,
            place_partial: true,
            split_margin_pct: Settings::DEFAULT_SPLIT_MARGIN_PCT,
            weights: super::risk::Weights::EQUAL,
        }
    }
}

/// A calendar date (year, month, day), written `2026-11-22` in files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WorkshopDate {
    /// Year, e.g. 2026.
    pub year: u16,
    /// Month, 1-12.
    pub month: u8,
    /// Day of the month, 1-31 (checked against the month).
    pub day: u8,
}

impl WorkshopDate {
    /// A date, when it exists in the calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<WorkshopDate> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days_in_month)
            .contains(&day)
            .then_some(WorkshopDate { year, month, day })
    }
}

impl fmt::Display for WorkshopDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for WorkshopDate {
    type Err = ();

    /// Reads `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<WorkshopDate, ()> {
        let mut parts = s.trim().split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(());
        }
        let number = |p: &str| -> Result<u16, ()> {
            if p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| ())
            } else {
                Err(())
            }
        };
        let month = u8::try_from(number(m)?).map_err(|_| ())?;
        let day = u8::try_from(number(d)?).map_err(|_| ())?;
        WorkshopDate::new(number(y)?, month, day).ok_or(())
    }
}

/// A procurement strategy workshop: who takes part, the settings and the lots.
#[derive(Clone, Debug, Default)]
pub struct Workshop {
    /// Title, e.g. "Inkoopstrategie 2026".
    pub title: String,
    /// The collaboration, e.g. "NMD-samenwerking".
    pub organisation: String,
    /// The participating municipalities.
    pub municipalities: Vec<String>,
    /// Who scores, when lots are scored by several people (empty: the team scores together).
    pub participants: Vec<Participant>,
    /// The date of the workshop, if set.
    pub date: Option<WorkshopDate>,
    /// Where the matrix is split.
    pub settings: Settings,
    /// A total as printed in the source document, kept to show gaps with the sum of the lots.
    pub reported_total: Option<Decimal>,
    /// The lots, in the order the team keeps them.
    pub lots: Vec<Lot>,
    /// Decisions, open issues and actions recorded during the meeting.
    pub record: Vec<RecordItem>,
    /// The highest lot id ever given in this workshop, deleted lots included: a new lot never
    /// gets the id of a deleted one (copies of the file match lots by id).
    pub highest_lot_id: u32,
    /// The region's guiding principles and frames, which every lot's strategy answers to.
    pub kaders: Vec<super::kader::Kader>,
    /// The tender calendar: tenders, current contracts and the plan's settings.
    pub planning: super::planning::Calendar,
    /// The same in every copy of this workshop (given before the first copy for a participant
    /// is made; older files have none).
    pub identity: Option<WorkshopId>,
    /// Set in a copy made for one participant: every score typed in it is theirs.
    pub copy_of: Option<ParticipantCopy>,
    /// The name of the checklist catalogue the lots answer (empty: the one older files were
    /// made with, NMD 2023's).
    pub checklist: String,
    /// What the levels of each criterion mean, and when market figures suggest a scarcity
    /// level (the file's own copy).
    pub scale: super::scale::Scale,
}

/// Two workshops are equal when everything in them is, and they would give a new lot the same
/// id (whether that is kept in `highest_lot_id` or follows from the lots).
impl PartialEq for Workshop {
    fn eq(&self, other: &Workshop) -> bool {
        // Every field by name: a field added later must be added here too.
        let Workshop {
            title,
            organisation,
            municipalities,
            participants,
            date,
            settings,
            reported_total,
            lots,
            record,
            highest_lot_id: _,
            kaders,
            planning,
            identity,
            copy_of,
            checklist,
            scale,
        } = self;
        *title == other.title
            && *organisation == other.organisation
            && *municipalities == other.municipalities
            && *participants == other.participants
            && *date == other.date
            && *settings == other.settings
            && *reported_total == other.reported_total
            && *lots == other.lots
            && *record == other.record
            && *kaders == other.kaders
            && *planning == other.planning
            && *identity == other.identity
            && *copy_of == other.copy_of
            && *checklist == other.checklist
            && *scale == other.scale
            && self.highest_lot_id_given() == other.highest_lot_id_given()
    }
}

impl Eq for Workshop {}

impl Workshop {
    /// The exact sum of the spend of all lots.
    pub fn total_spend(&self) -> Decimal {
        self.lots.iter().map(|lot| lot.spend).sum()
    }

    /// The difference between the reported total and the sum of the lots, if a total was
    /// reported and it differs.
    pub fn reported_total_gap(&self) -> Option<Decimal> {
        let reported = self.reported_total?;
        let gap = self.total_spend() - reported;
        (!gap.is_zero()).then_some(gap)
    }

    /// The lot with this id.
    pub fn lot(&self, id: LotId) -> Option<&Lot> {
        self.lots.iter().find(|lot| lot.id == id)
    }

    /// The names of the lots with these ids, in their order (ids of no lot left out).
    pub fn lot_names(&self, ids: &[LotId]) -> Vec<&str> {
        ids.iter()
            .filter_map(|id| self.lot(*id).map(|l| l.name.as_str()))
            .collect()
    }

    /// The lot with this id, to change it.
    pub fn lot_mut(&mut self, id: LotId) -> Option<&mut Lot> {
        self.lots.iter_mut().find(|lot| lot.id == id)
    }

    /// An id no lot has had: one above the highest ever given (deleted lots included).
    pub fn next_lot_id(&self) -> LotId {
        LotId(self.highest_lot_id_given().saturating_add(1))
    }

    /// The highest lot id given so far: of the lots there are, or of one deleted since.
    pub fn highest_lot_id_given(&self) -> u32 {
        self.lots
            .iter()
            .map(|lot| lot.id.0)
            .fold(self.highest_lot_id, u32::max)
    }

    /// Deletes a lot, remembering its id so it is never given again. Returns it.
    pub fn remove_lot(&mut self, id: LotId) -> Option<Lot> {
        let index = self.lots.iter().position(|lot| lot.id == id)?;
        self.highest_lot_id = self.highest_lot_id_given();
        Some(self.lots.remove(index))
    }

    /// The highest lot id given, when deleted lots took ids above those of the lots there are
    /// (what a file must keep; otherwise it follows from the lots).
    pub fn freed_lot_ids_up_to(&self) -> Option<u32> {
        let in_use = self.lots.iter().map(|lot| lot.id.0).max().unwrap_or(0);
        (self.highest_lot_id > in_use).then_some(self.highest_lot_id)
    }

    /// An id no participant has yet.
    pub fn next_participant_id(&self) -> ParticipantId {
        ParticipantId(
            self.participants
                .iter()
                .map(|p| p.id.0)
                .max()
                .map_or(1, |max| max.saturating_add(1)),
        )
    }

    /// The participant with this id.
    pub fn participant(&self, id: ParticipantId) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    /// True when the lot takes its scores from the participants (who scored it, or are to
    /// score it in a blind round), not from the team's own score buttons.
    pub fn scored_by_participants(&self, lot: &Lot) -> bool {
        self.copy_of.is_some()
            || !lot.round.is_empty()
            || (lot.round.blind && !self.participants.is_empty())
    }

    /// True while a blind round keeps the lot's place to itself: participants are to score it
    /// and nobody has revealed it, so the team's earlier scores (kept, not lost) do not show
    /// and cannot steer anyone.
    pub fn hides_place(&self, lot: &Lot) -> bool {
        self.copy_of.is_none() && lot.round.blind && !self.participants.is_empty()
    }

    /// How far the lot's round is, when participants score it.
    pub fn progress(&self, lot: &Lot) -> Option<RoundProgress> {
        (self.copy_of.is_none()
            && !self.participants.is_empty()
            && self.scored_by_participants(lot))
        .then(|| lot.round.progress(&self.participants))
    }

    /// Some participants have scored the lot, but not all: it is placed with a mark (or not at
    /// all, as the settings say).
    pub fn partial(&self, lot: &Lot) -> Option<RoundProgress> {
        self.progress(lot)
            .filter(|p| !p.is_complete() && !lot.round.is_empty() && !lot.round.blind)
    }

    /// Sets each lot's scores from its participants' (unless the round is blind or empty:
    /// then the lot's own scores stand). In a participant's copy, the lot shows that
    /// participant's own scores.
    pub fn apply_rounds(&mut self) {
        let own = self.copy_of.as_ref().map(|c| c.participant.id);
        let how = self.settings.aggregation;
        let place_partial = self.settings.place_partial;
        let participants = self.participants.clone();
        for lot in &mut self.lots {
            if let Some(own) = own {
                lot.scores = lot.round.scores.get(&own).copied().unwrap_or_default();
            } else if !lot.round.blind && !lot.round.is_empty() {
                let complete = lot.round.progress(&participants).is_complete();
                lot.scores = if place_partial || complete {
                    lot.round.combined(how)
                } else {
                    super::Scores::default()
                };
            }
        }
    }

    /// How many lots have all three scores.
    pub fn scored_count(&self) -> usize {
        self.lots
            .iter()
            .filter(|lot| lot.is_scored() && !self.hides_place(lot))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lot_names_follow_the_ids_and_skip_unknown_ones() {
        let mut workshop = Workshop::default();
        for (id, name) in [(1, "Pleegzorg"), (2, "Dyslexie")] {
            workshop
                .lots
                .push(Lot::new(LotId(id), name, rust_decimal::Decimal::ONE));
        }
        let ids = [LotId(2), LotId(9), LotId(1)];
        assert_eq!(workshop.lot_names(&ids), ["Dyslexie", "Pleegzorg"]);
        assert!(workshop.lot_names(&[]).is_empty());
    }

    #[test]
    fn dates_parse_and_print() {
        let date: WorkshopDate = "2026-11-22".parse().expect("valid date");
        assert_eq!(
            date,
            WorkshopDate {
                year: 2026,
                month: 11,
                day: 22
            }
        );
        assert_eq!(date.to_string(), "2026-11-22");
        assert!("2024-02-29".parse::<WorkshopDate>().is_ok());
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-1-01",
            "22-11-2026",
            "",
            "2026-11-22-1",
            "2026-+1-01",
        ] {
            assert!(
                bad.parse::<WorkshopDate>().is_err(),
                "{bad} should be refused"
            );
        }
    }

    #[test]
    fn totals_are_exact_and_gaps_visible() {
        let mut workshop = Workshop::default();
        workshop.lots.push(Lot::new(LotId(1), "A", dec!(0.10)));
        workshop.lots.push(Lot::new(LotId(2), "B", dec!(0.20)));
        assert_eq!(workshop.total_spend(), dec!(0.30));
        workshop.reported_total = Some(dec!(0.30));
        assert_eq!(workshop.reported_total_gap(), None);
        workshop.reported_total = Some(dec!(0.25));
        assert_eq!(workshop.reported_total_gap(), Some(dec!(0.05)));
    }

    #[test]
    fn next_id_is_above_all_ids() {
        let mut workshop = Workshop::default();
        assert_eq!(workshop.next_lot_id(), LotId(1));
        workshop.lots.push(Lot::new(LotId(7), "A", Decimal::ONE));
        workshop.lots.push(Lot::new(LotId(3), "B", Decimal::ONE));
        assert_eq!(workshop.next_lot_id(), LotId(8));
        assert!(workshop.lot(LotId(3)).is_some());
        assert!(workshop.lot(LotId(4)).is_none());
        // Deleting the highest does not free its id.
        assert!(workshop.remove_lot(LotId(7)).is_some());
        assert_eq!(workshop.next_lot_id(), LotId(8));
        assert!(workshop.remove_lot(LotId(7)).is_none());
    }
}
