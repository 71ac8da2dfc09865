//! Backward planning with hand-computed dates, each flag firing and not firing, and the
//! capacity counts.

use super::*;

fn date(text: &str) -> WorkshopDate {
    text.parse().expect("a date")
}

fn spans(plan: &[PhaseSpan; 7]) -> Vec<(String, String)> {
    plan.iter()
        .map(|s| (s.start.to_string(), s.end.to_string()))
        .collect()
}

fn tender(id: u32, lots: &[u32], start: &str) -> Tender {
    Tender {
        id: TenderId(id),
        name: format!("Aanbesteding {id}"),
        lots: lots.iter().map(|l| LotId(*l)).collect(),
        start: date(start),
        months: None,
        notes: String::new(),
    }
}

fn contract(lots: &[u32], end: &str, until: Option<&str>) -> CurrentContract {
    CurrentContract {
        name: "Contract".into(),
        start: date("2020-01-01"),
        end: date(end),
        extendable_until: until.map(date),
        scale: "NMD-samenwerking".into(),
        lots: lots.iter().map(|l| LotId(*l)).collect(),
    }
}

#[test]
fn the_default_phases_take_eighteen_months() {
    assert_eq!(PhaseMonths::DEFAULT.total(), 18);
}

#[test]
fn a_start_on_1_january_2026_plans_back_to_1_july_2024() {
    // Most NMD contracts end on 31 December 2025; the new ones start on 1 January 2026.
    let plan = plan_back(date("2026-01-01"), PhaseMonths::DEFAULT);
    let expected = [
        ("2024-07-01", "2024-08-31"), // evaluation, 2 months
        ("2024-09-01", "2024-11-30"), // vision and policy, 3
        ("2024-12-01", "2025-01-31"), // strategy, 2
        ("2025-02-01", "2025-04-30"), // requirements, 3
        ("2025-05-01", "2025-06-30"), // cost-price study, 2
        ("2025-07-01", "2025-10-31"), // procurement, 4
        ("2025-11-01", "2025-12-31"), // implementation, 2: ends the day before the start
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(spans(&plan), expected);
}

#[test]
fn a_start_on_1_january_2025_and_on_1_july_2025_plan_back_whole_months() {
    let plan = plan_back(date("2025-01-01"), PhaseMonths::DEFAULT);
    assert_eq!(plan[0].start, date("2023-07-01"));
    assert_eq!(plan[6].end, date("2024-12-31"));
    let plan = plan_back(date("2025-07-01"), PhaseMonths::DEFAULT);
    assert_eq!(plan[0].start, date("2024-01-01"));
    assert_eq!(plan[5].start, date("2025-01-01"));
}

#[test]
fn a_start_on_31_march_counts_back_to_the_last_day_of_shorter_months() {
    let plan = plan_back(date("2026-03-31"), PhaseMonths::DEFAULT);
    let expected = [
        ("2024-09-30", "2024-11-29"), // 18 months back: September has 30 days
        ("2024-11-30", "2025-02-27"),
        ("2025-02-28", "2025-04-29"), // 13 months back: February 2025 has 28 days
        ("2025-04-30", "2025-07-30"),
        ("2025-07-31", "2025-09-29"),
        ("2025-09-30", "2026-01-30"),
        ("2026-01-31", "2026-03-30"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(spans(&plan), expected);
}

#[test]
fn durations_that_cross_a_leap_day_keep_whole_days() {
    // Two months back from 30 April 2024 is 29 February (a leap year).
    let months = PhaseMonths([1, 1, 1, 1, 1, 1, 2]);
    let plan = plan_back(date("2024-04-30"), months);
    assert_eq!(plan[6].start, date("2024-02-29"));
    assert_eq!(plan[6].end, date("2024-04-29"));
    assert_eq!(plan[5].end, date("2024-02-28"));
    assert_eq!(plan[5].start, date("2024-01-30"));
    // In 2025 the same plan has no 29 February.
    let plan = plan_back(date("2025-04-30"), months);
    assert_eq!(plan[6].start, date("2025-02-28"));
    assert_eq!(plan[5].end, date("2025-02-27"));
}

#[test]
fn every_phase_starts_the_day_after_the_one_before_ends() {
    for start in ["2026-01-01", "2026-03-31", "2024-04-30", "2025-12-31"] {
        let plan = plan_back(date(start), PhaseMonths([1, 2, 3, 1, 1, 5, 2]));
        for pair in plan.windows(2) {
            assert_eq!(pair[0].end.day_after(), pair[1].start, "{start}");
        }
        assert!(plan.iter().all(|s| s.start <= s.end), "{start}");
        assert_eq!(plan[6].end.day_after(), date(start));
    }
}

#[test]
fn a_tender_that_should_have_started_is_flagged_against_the_reference_date() {
    let mut calendar = Calendar {
        tenders: vec![tender(1, &[1], "2026-01-01")],
        ..Calendar::default()
    };
    // Against 1 January 2024 (the NMD example's reference date) it is on time.
    calendar.reference_date = Some(date("2024-01-01"));
    assert!(calendar.flags(date("2026-12-06")).is_empty());
    // Against today (no reference date) it is late.
    calendar.reference_date = None;
    assert_eq!(
        calendar.flags(date("2026-12-06")),
        [Flag::LateStart {
            tender: TenderId(1),
            should_have_started: date("2024-07-01")
        }]
    );
    // Starting on the very day is not late.
    assert!(calendar.flags(date("2024-07-01")).is_empty());
}

#[test]
fn a_contract_that_ends_too_early_is_flagged_unless_an_extension_bridges_the_gap() {
    let today = date("2024-01-01");
    let mut calendar = Calendar {
        tenders: vec![tender(1, &[1, 2], "2026-07-01")],
        contracts: vec![contract(&[1], "2025-12-31", None)],
        ..Calendar::default()
    };
    let gap = Flag::ContractGap {
        contract: 0,
        tender: TenderId(1),
    };
    assert_eq!(calendar.flags(today), std::slice::from_ref(&gap));
    // An extension to 31 December 2026 bridges it.
    calendar.contracts[0].extendable_until = Some(date("2026-12-31"));
    assert!(calendar.flags(today).is_empty());
    // An extension that stops short does not.
    calendar.contracts[0].extendable_until = Some(date("2026-03-31"));
    assert_eq!(calendar.flags(today), [gap]);
    // Ending the day before the successor starts is no gap.
    calendar.contracts[0] = contract(&[1], "2026-06-30", None);
    assert!(calendar.flags(today).is_empty());
    // A contract that ended long ago but was followed by another for the same lot: no gap.
    calendar
        .contracts
        .insert(0, contract(&[1], "2023-12-31", None));
    assert!(calendar.flags(today).is_empty());
}

#[test]
fn a_lot_under_contract_without_a_tender_is_flagged_once() {
    let calendar = Calendar {
        tenders: vec![tender(1, &[1], "2026-01-01")],
        contracts: vec![
            contract(&[1, 3], "2025-12-31", None),
            contract(&[3], "2025-12-31", None),
        ],
        reference_date: Some(date("2024-01-01")),
        ..Calendar::default()
    };
    assert_eq!(
        calendar.flags(date("2024-01-01")),
        [Flag::LotWithoutTender { lot: LotId(3) }]
    );
}

#[test]
fn capacity_counts_tenders_per_phase_in_every_month_a_phase_touches() {
    let calendar = Calendar {
        tenders: vec![
            tender(1, &[1], "2026-01-01"),
            tender(2, &[2], "2026-01-01"),
            tender(3, &[3], "2026-03-31"),
        ],
        max_parallel: Some(2),
        ..Calendar::default()
    };
    let month = |text: &str| date(text).month_index();
    // November 2024: tenders 1 and 2 in vision and policy; tender 3's evaluation ends on
    // 29 November and its vision starts on the 30th: it counts in both phases, once as a tender.
    let november = calendar.capacity(month("2024-11-01"));
    assert_eq!(november.per_phase, [1, 3, 0, 0, 0, 0, 0]);
    assert_eq!(november.tenders, 3);
    assert!(november.over, "three tenders, two at most");
    // June 2024: nothing yet.
    let june = calendar.capacity(month("2024-06-01"));
    assert_eq!(
        (june.per_phase, june.tenders, june.over),
        ([0; 7], 0, false)
    );
    // January 2026: tender 3 alone, in procurement and implementation.
    let january = calendar.capacity(month("2026-01-01"));
    assert_eq!(january.per_phase, [0, 0, 0, 0, 0, 1, 1]);
    assert!(!january.over);
    let spanned = calendar.months_spanned().expect("months");
    assert_eq!(
        (*spanned.start(), *spanned.end()),
        (month("2024-07-01"), month("2026-03-01"))
    );
}

#[test]
fn a_lot_in_two_tenders_is_found() {
    let calendar = Calendar {
        tenders: vec![
            tender(1, &[1, 2], "2026-01-01"),
            tender(2, &[2, 3], "2026-01-01"),
        ],
        ..Calendar::default()
    };
    assert_eq!(calendar.lots_in_two_tenders(), [LotId(2)]);
    assert_eq!(
        calendar.tender_of(LotId(3)).map(|t| t.id),
        Some(TenderId(2))
    );
}

#[test]
fn phase_months_are_read_from_text_and_written_back() {
    let read = PhaseMonths::parse("2, 3, 2, 3, 2, 4, 2");
    assert_eq!(read, Some(PhaseMonths::DEFAULT));
    assert_eq!(PhaseMonths::DEFAULT.to_string(), "2, 3, 2, 3, 2, 4, 2");
    assert_eq!(
        PhaseMonths::parse("1;1 0,2 ,3,4,36"),
        Some(PhaseMonths([1, 1, 0, 2, 3, 4, 36]))
    );
    for wrong in [
        "",
        "2, 3, 2",
        "2, 3, 2, 3, 2, 4, 2, 1",
        "0,0,0,0,0,0,0",
        "2,3,2,3,2,4,37",
        "2,3,2,x,2,4,2",
        "-1,3,2,3,2,4,2",
    ] {
        assert_eq!(PhaseMonths::parse(wrong), None, "{wrong}");
    }
}

#[test]
fn a_flag_names_its_tender_and_contract() {
    let late = Flag::LateStart {
        tender: TenderId(3),
        should_have_started: date("2024-01-01"),
    };
    let gap = Flag::ContractGap {
        contract: 5,
        tender: TenderId(4),
    };
    let loose = Flag::LotWithoutTender { lot: LotId(7) };
    assert_eq!(
        (late.tender(), gap.tender(), loose.tender()),
        (Some(TenderId(3)), Some(TenderId(4)), None)
    );
    assert_eq!(
        (late.contract(), gap.contract(), loose.contract()),
        (None, Some(5), None)
    );
}

#[test]
fn a_contracts_dates_are_in_order_when_the_end_follows_the_start_and_the_extension_the_end() {
    let mut c = contract(&[1], "2025-12-31", Some("2026-12-31"));
    c.start = date("2022-01-01");
    assert!(c.dates_in_order());
    c.extendable_until = None;
    assert!(c.dates_in_order(), "no extension");
    c.start = date("2025-12-31");
    assert!(c.dates_in_order(), "a contract of one day");
    c.start = date("2026-01-01");
    assert!(!c.dates_in_order(), "ends before it starts");
    c.start = date("2022-01-01");
    c.extendable_until = Some(date("2025-12-31"));
    assert!(!c.dates_in_order(), "extended to its own end");
}

#[test]
fn a_new_tender_starts_eighteen_months_ahead_and_a_lot_starting_otherwise_is_named() {
    let route = PhaseMonths::DEFAULT;
    // Its first phase begins on the first of next month, never before today.
    let start = Calendar::new_tender_start(date("2026-12-07"), route);
    assert_eq!(start, date("2028-07-01"));
    let plan = plan_back(start, route);
    assert_eq!(plan[0].start, date("2027-01-01"));
    assert_eq!(
        Calendar::new_tender_start(date("2026-12-01"), route),
        date("2028-06-01")
    );
    // A longer route: as far ahead as the route is long.
    let long = PhaseMonths([4, 3, 2, 3, 2, 6, 4]);
    assert_eq!(
        Calendar::new_tender_start(date("2026-12-01"), long),
        date("2028-12-01")
    );
    let mut lots = vec![
        crate::model::Lot::new(LotId(1), "A", rust_decimal::Decimal::ONE),
        crate::model::Lot::new(LotId(2), "B", rust_decimal::Decimal::ONE),
    ];
    lots[0].strategy.term.start = Some(date("2027-01-01"));
    lots[1].strategy.term.start = Some(date("2026-01-01"));
    let t = tender(1, &[1, 2], "2027-01-01");
    assert_eq!(t.start_differences(&lots), [(LotId(2), date("2026-01-01"))]);
    lots[1].strategy.term.start = None;
    assert!(
        t.start_differences(&lots).is_empty(),
        "no start, no difference"
    );
}
