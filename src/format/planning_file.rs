//! The tender calendar in a workshop file (since format version 6): the tenders, the register
//! of current contracts, the phase durations, the reference date and the most tenders at once.

use serde::{Deserialize, Serialize};

use super::clean::cleaned;
use super::error::{ProblemKind, Report};
use super::path::FieldPath;
use crate::model::planning::{Calendar, CurrentContract, PhaseMonths, Tender, TenderId};
use crate::model::text::TextKind;
use crate::model::{LotId, WorkshopDate, limits};

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct PlanningFile {
    #[serde(skip_serializing_if = "Option::is_none")]
    reference_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    phase_months: Option<Vec<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_parallel: Option<u32>,
    #[serde(skip_serializing_if = "String::is_empty")]
    notes: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tenders: Vec<TenderFile>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    contracts: Vec<ContractFile>,
}

#[derive(Debug, Serialize, Deserialize)]
struct TenderFile {
    id: u32,
    name: String,
    #[serde(default)]
    lots: Vec<u32>,
    start: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    phase_months: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    notes: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct ContractFile {
    name: String,
    start: String,
    end: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    extendable_until: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    scale: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    lots: Vec<u32>,
}

impl PlanningFile {
    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.reference_date.is_none()
            && self.phase_months.is_none()
            && self.max_parallel.is_none()
            && self.notes.is_empty()
            && self.tenders.is_empty()
            && self.contracts.is_empty()
    }

    /// The file form of the calendar.
    pub fn from_model(calendar: &Calendar) -> PlanningFile {
        let months = |m: PhaseMonths| m.0.iter().map(|n| i64::from(*n)).collect();
        let ids = |lots: &[LotId]| lots.iter().map(|l| l.0).collect();
        PlanningFile {
            reference_date: calendar.reference_date.map(|d| d.to_string()),
            phase_months: (calendar.months != PhaseMonths::DEFAULT)
                .then(|| months(calendar.months)),
            max_parallel: calendar.max_parallel,
            notes: calendar.notes.clone(),
            tenders: calendar
                .tenders
                .iter()
                .map(|t| TenderFile {
                    id: t.id.0,
                    name: t.name.clone(),
                    lots: ids(&t.lots),
                    start: t.start.to_string(),
                    phase_months: t.months.map(months),
                    notes: t.notes.clone(),
                })
                .collect(),
            contracts: calendar
                .contracts
                .iter()
                .map(|c| ContractFile {
                    name: c.name.clone(),
                    start: c.start.to_string(),
                    end: c.end.to_string(),
                    extendable_until: c.extendable_until.map(|d| d.to_string()),
                    scale: c.scale.clone(),
                    lots: ids(&c.lots),
                })
                .collect(),
        }
    }

    /// The calendar: bad dates and durations are errors; a lot the workshop does not have,
    /// or a lot already in another tender, is left out with a warning.
    pub fn into_model(self, lots: &[LotId], report: &mut Report<'_>) -> Calendar {
        let path = FieldPath::field("planning");
        let reference_date = self
            .reference_date
            .and_then(|text| date(text, path.then("reference_date"), report));
        let months = self
            .phase_months
            .and_then(|m| phase_months(&m, path.then("phase_months"), report))
            .unwrap_or_default();
        let mut taken: Vec<LotId> = Vec::new();
        let mut tenders: Vec<Tender> = Vec::with_capacity(self.tenders.len());
        for (index, file) in self.tenders.into_iter().enumerate() {
            let at = path.then("tenders").at(index);
            if tenders.iter().any(|t| t.id.0 == file.id) {
                report(
                    at.then("id"),
                    None,
                    ProblemKind::DuplicateTender { id: file.id },
                );
                continue;
            }
            let Some(start) = date(file.start, at.then("start"), report) else {
                continue;
            };
            let mut own = Vec::new();
            for (i, id) in file.lots.into_iter().enumerate() {
                let lot_at = at.then("lots").at(i);
                if !lots.contains(&LotId(id)) {
                    report(lot_at, None, ProblemKind::UnknownLotInPlan { id });
                } else if taken.contains(&LotId(id)) {
                    report(lot_at, None, ProblemKind::LotInTwoTenders { id });
                } else {
                    taken.push(LotId(id));
                    own.push(LotId(id));
                }
            }
            let tender_months = file
                .phase_months
                .and_then(|m| phase_months(&m, at.then("phase_months"), report));
            tenders.push(Tender {
                id: TenderId(file.id),
                name: line(&file.name, at.then("name"), report),
                lots: own,
                start,
                months: tender_months,
                notes: text(&file.notes, at.then("notes"), report),
            });
        }
        let mut contracts = Vec::with_capacity(self.contracts.len());
        for (index, file) in self.contracts.into_iter().enumerate() {
            let at = path.then("contracts").at(index);
            let start = date(file.start, at.then("start"), report);
            let end = date(file.end, at.then("end"), report);
            let until = file
                .extendable_until
                .and_then(|d| date(d, at.then("extendable_until"), report));
            let mut own = Vec::new();
            for (i, id) in file.lots.into_iter().enumerate() {
                if lots.contains(&LotId(id)) {
                    own.push(LotId(id));
                } else {
                    let lot_at = at.then("lots").at(i);
                    report(lot_at, None, ProblemKind::UnknownLotInPlan { id });
                }
            }
            if let (Some(start), Some(end)) = (start, end) {
                let contract = CurrentContract {
                    name: line(&file.name, at.then("name"), report),
                    start,
                    end,
                    extendable_until: until,
                    scale: line(&file.scale, at.then("scale"), report),
                    lots: own,
                };
                if !contract.dates_in_order() {
                    let name = contract.name.clone();
                    report(at, None, ProblemKind::ContractDatesOutOfOrder { name });
                }
                contracts.push(contract);
            }
        }
        let max_parallel = self.max_parallel.filter(|value| {
            let allowed = limits::MAX_PARALLEL.contains(value);
            if !allowed {
                let kind = ProblemKind::MaxParallelOutOfRange { value: *value };
                report(path.then("max_parallel"), None, kind);
            }
            allowed
        });
        Calendar {
            tenders,
            contracts,
            months,
            reference_date,
            max_parallel,
            notes: text(&self.notes, path.then("notes"), report),
        }
    }
}

fn date(text: String, at: FieldPath, report: &mut Report<'_>) -> Option<WorkshopDate> {
    let parsed = text.parse::<WorkshopDate>().ok();
    if parsed.is_none() {
        report(at, None, ProblemKind::InvalidDate { text });
    }
    parsed
}

fn phase_months(values: &[i64], at: FieldPath, report: &mut Report<'_>) -> Option<PhaseMonths> {
    let mut months = [0u8; 7];
    let fits = values.len() == 7
        && values.iter().zip(months.iter_mut()).all(|(v, m)| {
            u8::try_from(*v)
                .ok()
                .filter(|n| limits::PHASE_MONTHS.contains(n))
                .map(|n| *m = n)
                .is_some()
        });
    if fits {
        Some(PhaseMonths(months))
    } else {
        report(
            at,
            None,
            ProblemKind::PhaseMonthsOutOfRange {
                found: values.to_vec(),
            },
        );
        None
    }
}

fn line(value: &str, at: FieldPath, report: &mut Report<'_>) -> String {
    let mut say = |p: FieldPath, l: Option<&str>, k: ProblemKind| report(p, l, k);
    cleaned(value, TextKind::Line, at, None, &mut say)
}

fn text(value: &str, at: FieldPath, report: &mut Report<'_>) -> String {
    let mut say = |p: FieldPath, l: Option<&str>, k: ProblemKind| report(p, l, k);
    cleaned(value, TextKind::Lines, at, None, &mut say)
}
