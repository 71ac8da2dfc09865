//! The tender calendar (NMD 2023, chapter 3): every procurement passes through seven phases,
//! "gemiddeld 18 maanden" together (the split per phase is this program's assumption), planned
//! back from the day the new contract starts; the current
//! contracts that must last until then; and the flags a planner needs: a tender that should
//! have started, a contract that ends too early and cannot bridge the gap, a lot under contract
//! without a tender.

use super::{LotId, WorkshopDate, limits};

/// The seven phases of a procurement, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    /// Evaluation of the current contract.
    Evaluation,
    /// Vision and policy.
    VisionAndPolicy,
    /// The strategy for the lot.
    Strategy,
    /// The programme of requirements.
    Requirements,
    /// The cost-price study.
    CostPrice,
    /// Buying or tendering (*inkoop/aanbesteding*): buying is broader than tendering, it
    /// includes (semi-)open house and in-house provision (NMD 2023, section 3.1).
    Procurement,
    /// Implementation of the new contract.
    Implementation,
}

impl Phase {
    /// Every phase, in order.
    pub const ALL: [Phase; 7] = [
        Phase::Evaluation,
        Phase::VisionAndPolicy,
        Phase::Strategy,
        Phase::Requirements,
        Phase::CostPrice,
        Phase::Procurement,
        Phase::Implementation,
    ];

    /// The phase's place, 0-6.
    pub fn index(self) -> usize {
        Phase::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }
}

/// How many months each phase takes, in [`Phase::ALL`] order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseMonths(pub [u8; 7]);

impl PhaseMonths {
    /// The default: 2, 3, 2, 3, 2, 4 and 2 months, 18 in all. The split is this program's
    /// assumption, adjustable: NMD 2023 (chapter 3) gives only "gemiddeld 18 maanden" in all.
    pub const DEFAULT: PhaseMonths = PhaseMonths([2, 3, 2, 3, 2, 4, 2]);

    /// The months of one phase.
    pub fn of(self, phase: Phase) -> u8 {
        self.0[phase.index()]
    }

    /// All months together.
    pub fn total(self) -> u32 {
        self.0.iter().map(|m| u32::from(*m)).sum()
    }
}

impl PhaseMonths {
    /// Seven whole numbers separated by commas, semicolons or spaces ("2, 3, 2, 3, 2, 4, 2"),
    /// each within [`limits::PHASE_MONTHS`] and not all zero; `None` otherwise.
    pub fn parse(text: &str) -> Option<PhaseMonths> {
        let numbers: Vec<u8> = text
            .split([',', ';', ' '])
            .filter(|t| !t.trim().is_empty())
            .map(|t| t.trim().parse::<u8>().ok())
            .collect::<Option<_>>()?;
        let months: [u8; 7] = numbers.try_into().ok()?;
        let fits = months.iter().all(|m| limits::PHASE_MONTHS.contains(m));
        (fits && months.iter().any(|m| *m > 0)).then_some(PhaseMonths(months))
    }
}

impl std::fmt::Display for PhaseMonths {
    /// The months as [`PhaseMonths::parse`] reads them: "2, 3, 2, 3, 2, 4, 2".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.map(|m| m.to_string()).join(", "))
    }
}

impl Default for PhaseMonths {
    fn default() -> PhaseMonths {
        PhaseMonths::DEFAULT
    }
}

/// A tender's stable id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TenderId(pub u32);

/// A tender: one or more lots bought together, with the new contract's start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tender {
    /// Stable id.
    pub id: TenderId,
    /// Name, e.g. "Jeugdhulp met verblijf".
    pub name: String,
    /// The lots it holds (a lot belongs to at most one tender).
    pub lots: Vec<LotId>,
    /// The first day of the new contract.
    pub start: WorkshopDate,
    /// Durations for this tender, when they differ from the workshop's.
    pub months: Option<PhaseMonths>,
    /// Free notes.
    pub notes: String,
}

/// One phase of a tender's plan: its first and last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseSpan {
    /// Which phase.
    pub phase: Phase,
    /// Its first day.
    pub start: WorkshopDate,
    /// Its last day.
    pub end: WorkshopDate,
}

impl PhaseSpan {
    /// Whether any day of the phase falls in the month with this index
    /// ([`WorkshopDate::month_index`]).
    pub fn touches_month(&self, month: i32) -> bool {
        self.start.month_index() <= month && month <= self.end.month_index()
    }
}

/// The seven phases planned back from `start`: the last ends the day before the contract
/// starts, and each starts the day after the one before it ends. Phase starts are counted in
/// whole months back from `start` (so a 31st gives the last day of a shorter month).
pub fn plan_back(start: WorkshopDate, months: PhaseMonths) -> [PhaseSpan; 7] {
    let mut back = 0i32;
    let mut starts = [start; 7];
    for phase in Phase::ALL.into_iter().rev() {
        back += i32::from(months.of(phase));
        starts[phase.index()] = start.add_months(-back);
    }
    Phase::ALL.map(|phase| {
        let i = phase.index();
        let next = if i + 1 < 7 { starts[i + 1] } else { start };
        PhaseSpan {
            phase,
            start: starts[i],
            end: next.day_before(),
        }
    })
}

/// A contract that runs now (NMD 2023, appendix 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrentContract {
    /// Name, e.g. "Hulpmiddelen (Wmo)".
    pub name: String,
    /// Its first day.
    pub start: WorkshopDate,
    /// Its last day without extensions.
    pub end: WorkshopDate,
    /// The last day it can be extended to, if it can be extended.
    pub extendable_until: Option<WorkshopDate>,
    /// The scale it was bought at, e.g. "NMD-samenwerking".
    pub scale: String,
    /// The lots it covers.
    pub lots: Vec<LotId>,
}

impl CurrentContract {
    /// Whether its dates are in order: the end not before the start, and an extension (if
    /// any) after the end.
    pub fn dates_in_order(&self) -> bool {
        self.start <= self.end && self.extendable_until.is_none_or(|until| until > self.end)
    }

    /// The last day it can run: its end, or the last day it can be extended to.
    pub fn lasts_until(&self) -> WorkshopDate {
        self.extendable_until.unwrap_or(self.end).max(self.end)
    }
}

/// Something a planner must look at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Flag {
    /// The tender's first phase should have started before the reference date.
    LateStart {
        /// The tender.
        tender: TenderId,
        /// When its first phase should have started.
        should_have_started: WorkshopDate,
    },
    /// A lot's last contract ends before its successor starts and cannot be extended to bridge
    /// the gap.
    ContractGap {
        /// The contract's place in the register.
        contract: usize,
        /// The tender that succeeds it.
        tender: TenderId,
    },
    /// A lot has a current contract but no tender.
    LotWithoutTender {
        /// The lot.
        lot: LotId,
    },
}

impl Flag {
    /// The tender the flag is about, if it is about one.
    pub fn tender(&self) -> Option<TenderId> {
        match self {
            Flag::LateStart { tender, .. } | Flag::ContractGap { tender, .. } => Some(*tender),
            Flag::LotWithoutTender { .. } => None,
        }
    }

    /// The contract (its place in the register) the flag is about, if it is about one.
    pub fn contract(&self) -> Option<usize> {
        match self {
            Flag::ContractGap { contract, .. } => Some(*contract),
            Flag::LateStart { .. } | Flag::LotWithoutTender { .. } => None,
        }
    }
}

/// The tenders, the current contracts and the settings of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Calendar {
    /// The tenders.
    pub tenders: Vec<Tender>,
    /// The register of current contracts.
    pub contracts: Vec<CurrentContract>,
    /// The workshop's phase durations (a tender may have its own).
    pub months: PhaseMonths,
    /// The day the plan is read against (`None`: today).
    pub reference_date: Option<WorkshopDate>,
    /// The most tenders the team can carry at once, if set.
    pub max_parallel: Option<u32>,
    /// Notes on the plan (e.g. which choices are illustrative).
    pub notes: String,
}

/// How far ahead a new tender's contract starts when none of its lots says: the whole route of
/// seven phases takes about 18 months (NMD 2023, chapter 3), so a tender begun today is on time.
pub const NEW_TENDER_MONTHS_AHEAD: i32 = 18;

impl Tender {
    /// The lots whose strategy starts the new contract on another day than this tender, with
    /// that day (a difference to put right in one place or the other).
    pub fn start_differences(&self, lots: &[super::Lot]) -> Vec<(LotId, WorkshopDate)> {
        (lots.iter())
            .filter(|lot| self.lots.contains(&lot.id))
            .filter_map(|lot| {
                let start = lot.strategy.term.start?;
                (start != self.start).then_some((lot.id, start))
            })
            .collect()
    }
}

impl Calendar {
    /// The start of a new tender's contract: the first of a month at least
    /// [`NEW_TENDER_MONTHS_AHEAD`] months after `today`, and late enough that the first of the
    /// phases (`months`) does not begin before `today`: never late the moment it is made.
    pub fn new_tender_start(today: WorkshopDate, months: PhaseMonths) -> WorkshopDate {
        let route = i32::try_from(months.total()).unwrap_or(i32::MAX);
        let ahead = today.add_months(NEW_TENDER_MONTHS_AHEAD.max(route));
        let first = WorkshopDate::new(ahead.year, ahead.month, 1).unwrap_or(ahead);
        if today.day > 1 {
            first.add_months(1)
        } else {
            first
        }
    }

    /// A tender's plan, with its own durations or the workshop's.
    pub fn plan(&self, tender: &Tender) -> [PhaseSpan; 7] {
        plan_back(tender.start, tender.months.unwrap_or(self.months))
    }

    /// The tender holding `lot`, if any.
    pub fn tender_of(&self, lot: LotId) -> Option<&Tender> {
        self.tenders.iter().find(|t| t.lots.contains(&lot))
    }

    /// The day the call for competition for `lot` goes out: the first day of the procurement
    /// phase (phase 6) of its tender, when the lot's tender is planned.
    pub fn call_for_competition(&self, lot: LotId) -> Option<WorkshopDate> {
        let tender = self.tender_of(lot)?;
        Some(self.plan(tender)[Phase::Procurement.index()].start)
    }

    /// Every flag, against `today` unless a reference date is set: late tenders first, then
    /// contract gaps, then lots under contract without a tender.
    pub fn flags(&self, today: WorkshopDate) -> Vec<Flag> {
        let reference = self.reference_date.unwrap_or(today);
        let mut flags = Vec::new();
        for tender in &self.tenders {
            let first = self.plan(tender)[0].start;
            if first < reference {
                flags.push(Flag::LateStart {
                    tender: tender.id,
                    should_have_started: first,
                });
            }
        }
        // A lot is covered until the last day any of its contracts can run to (a contract
        // followed by another one for the same lot leaves no gap).
        for tender in &self.tenders {
            for lot in &tender.lots {
                let last = self
                    .contracts
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.lots.contains(lot))
                    .map(|(i, c)| (c.lasts_until(), i))
                    .max();
                if let Some((until, contract)) = last {
                    let flag = Flag::ContractGap {
                        contract,
                        tender: tender.id,
                    };
                    if until.day_after() < tender.start && !flags.contains(&flag) {
                        flags.push(flag);
                    }
                }
            }
        }
        let mut without: Vec<LotId> = Vec::new();
        for lot in self.contracts.iter().flat_map(|c| c.lots.iter()) {
            if self.tender_of(*lot).is_none() && !without.contains(lot) {
                without.push(*lot);
            }
        }
        flags.extend(
            without
                .into_iter()
                .map(|lot| Flag::LotWithoutTender { lot }),
        );
        flags
    }

    /// The months any tender's plan touches, first to last (month indexes).
    pub fn months_spanned(&self) -> Option<std::ops::RangeInclusive<i32>> {
        let spans = self.tenders.iter().map(|t| self.plan(t));
        let (mut first, mut last) = (i32::MAX, i32::MIN);
        for plan in spans {
            first = first.min(plan[0].start.month_index());
            last = last.max(plan[6].end.month_index());
        }
        (first <= last).then_some(first..=last)
    }

    /// For the month with this index: how many tenders are in each phase (a tender counts
    /// when any day of the phase falls in the month), and how many tenders are busy at all.
    pub fn capacity(&self, month: i32) -> Capacity {
        let mut per_phase = [0u32; 7];
        let mut busy = 0;
        for tender in &self.tenders {
            let plan = self.plan(tender);
            let mut any = false;
            for span in plan.iter().filter(|s| s.touches_month(month)) {
                per_phase[span.phase.index()] += 1;
                any = true;
            }
            busy += u32::from(any);
        }
        Capacity {
            per_phase,
            tenders: busy,
            over: self.max_parallel.is_some_and(|max| busy > max),
        }
    }

    /// Lots that two tenders both hold (a lot belongs to at most one tender).
    pub fn lots_in_two_tenders(&self) -> Vec<LotId> {
        let mut seen: Vec<LotId> = Vec::new();
        let mut twice = Vec::new();
        for lot in self.tenders.iter().flat_map(|t| t.lots.iter()) {
            if seen.contains(lot) {
                if !twice.contains(lot) {
                    twice.push(*lot);
                }
            } else {
                seen.push(*lot);
            }
        }
        twice
    }
}

/// The load of one month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capacity {
    /// Tenders per phase, in [`Phase::ALL`] order.
    pub per_phase: [u32; 7],
    /// Tenders busy in the month (in any phase).
    pub tenders: u32,
    /// More than the maximum number of parallel tenders.
    pub over: bool,
}

#[cfg(test)]
mod tests;
