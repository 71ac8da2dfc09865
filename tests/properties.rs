//! Properties over generated workshops: round trips, the crossing convention, monotone risk.

use kraljic_workshop::format::{load_str, to_text};
use kraljic_workshop::model::copy::WorkshopId;
use kraljic_workshop::model::kader::{Kader, KaderAnswer, KaderAnswers, KaderId, KaderKind};
use kraljic_workshop::model::planning::{Calendar, CurrentContract, PhaseMonths, Tender, TenderId};
use kraljic_workshop::model::{
    Aggregation, Answer, AnswerValue, Checklist, Criterion, Law, Level, Lot, LotId, MarketFigures,
    Obligation, Participant, ParticipantId, ProviderCount, RecordItem, RecordKind, Scores,
    ScoringRound, Settings, ValueClass, Workshop, WorkshopDate, analyse_lots, classify_values,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn level() -> impl Strategy<Value = Option<Level>> {
    prop_oneof![Just(None), (0i64..=3).prop_map(Level::from_number)]
}

fn cents() -> impl Strategy<Value = Decimal> {
    (0i64..=50_000_000_000).prop_map(|c| Decimal::new(c, 2))
}

fn text() -> impl Strategy<Value = String> {
    // Quotes, backslashes, comment markers, newlines and non-ASCII all must survive.
    "[a-zA-Z0-9 €é\"\\\\/*\n\t,()\\[\\]:]{0,40}"
}

fn name() -> impl Strategy<Value = String> {
    // A valid name is a clean one (one line, single spaces, NFC).
    "[A-Za-zé0-9(][A-Za-zé0-9 ()+\\-\"]{0,30}[A-Za-z0-9)+]"
        .prop_map(|s| kraljic_workshop::model::text::clean_name(&s).text)
}

fn market() -> impl Strategy<Value = Option<MarketFigures>> {
    let share = prop_oneof![
        Just(None),
        (0i64..=10_000).prop_map(|v| Some(Decimal::new(v, 2)))
    ];
    prop_oneof![
        Just(None),
        (
            proptest::option::of(0u32..5000),
            proptest::option::of(0u32..100_000),
            share.clone(),
            share
        )
            .prop_map(
                |(registered_providers, clients, top3_share_pct, top10_share_pct)| {
                    MarketFigures {
                        registered_providers,
                        clients,
                        top3_share_pct,
                        top10_share_pct,
                    }
                }
            )
            .prop_filter("empty figures are no figures", |m| !m.is_empty())
            .prop_map(Some),
    ]
}

fn answer_value() -> impl Strategy<Value = AnswerValue> {
    prop_oneof![
        Just(AnswerValue::Empty),
        (proptest::collection::vec(name(), 0..4), any::<bool>()).prop_map(|(m, s)| {
            AnswerValue::Scale {
                municipalities: m,
                supra_regional: s,
            }
        }),
        any::<bool>().prop_map(AnswerValue::YesNo),
        (
            proptest::option::of((0i64..=10_000).prop_map(|v| Decimal::new(v, 2))),
            proptest::sample::select(Obligation::ALL.to_vec())
        )
            .prop_map(|(percent, obligation)| AnswerValue::SocialReturn {
                percent,
                obligation
            }),
        prop_oneof![
            Just(ProviderCount::One),
            Just(ProviderCount::Few),
            Just(ProviderCount::Open),
            (1u32..500).prop_map(ProviderCount::Capped)
        ]
        .prop_map(AnswerValue::Providers),
        text().prop_map(AnswerValue::Text),
    ]
}

fn kader_answers() -> impl Strategy<Value = KaderAnswers> {
    let answer = (any::<bool>(), text()).prop_map(|(not_applicable, how)| KaderAnswer {
        not_applicable,
        how,
    });
    proptest::collection::btree_map((1u32..=3).prop_map(KaderId), answer, 0..3)
        .prop_map(|map| map.into_iter().filter(|(_, a)| !a.is_blank()).collect())
}

fn checklist() -> impl Strategy<Value = Checklist> {
    let answer = (answer_value(), text(), any::<bool>(), any::<bool>()).prop_map(
        |(value, note, marked, not_applicable)| Answer {
            value,
            note,
            marked_answered: marked,
            not_applicable,
        },
    );
    proptest::collection::btree_map("[a-z_]{1,12}", answer, 0..6)
        .prop_map(|map| map.into_iter().filter(|(_, a)| !a.is_blank()).collect())
}

/// A lot's strategy with any choices, texts and term (the file must keep all of it).
fn lot_strategy() -> impl Strategy<Value = kraljic_workshop::model::strategy::Strategy> {
    use kraljic_workshop::model::contract::{Nature, Term};
    use kraljic_workshop::model::strategy as s;
    fn pick<T: Copy + std::fmt::Debug + 'static>(
        all: &'static [T],
    ) -> impl Strategy<Value = Option<T>> {
        proptest::option::of(proptest::sample::select(all))
    }
    let instrument = |all: &'static [s::Access]| {
        (pick(all), pick(all), line(), line()).prop_map(|(current, proposed, note, rationale)| {
            s::Instrument {
                current,
                proposed,
                note,
                rationale,
            }
        })
    };
    let funding = || {
        (pick(s::Funding::ALL), any::<bool>(), any::<bool>()).prop_map(|(v, b, p)| {
            v.map(|variant| s::FundingSetting {
                variant,
                budget_ceiling: b,
                pilot: p,
            })
        })
    };
    (
        instrument(s::Access::ALL),
        (pick(s::ContractForm::ALL), pick(s::SupplierManagement::ALL)),
        (funding(), funding()),
        (pick(s::Regime::ALL), pick(s::Procedure::ALL)),
        (
            proptest::option::of((1990u16..2100, 1u8..=12, 1u8..=28)),
            0u8..10,
            0u8..4,
            0u8..3,
        ),
        (
            any::<bool>(),
            pick(&kraljic_workshop::model::Quadrant::ALL),
            line(),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                access,
                (form, management),
                (current, proposed),
                (regime, procedure),
                (start, initial, extensions, years),
                (supplies, target, levers, continuity_clause),
            )| {
                s::Strategy {
                    access,
                    supplier_management: s::Instrument {
                        proposed: management,
                        ..s::Instrument::default()
                    },
                    contract_form: s::Instrument {
                        current: form,
                        ..s::Instrument::default()
                    },
                    funding: s::Instrument {
                        current,
                        proposed,
                        ..s::Instrument::default()
                    },
                    regime,
                    procedure,
                    term: Term {
                        start: start.and_then(|(y, m, d)| {
                            kraljic_workshop::model::WorkshopDate::new(y, m, d)
                        }),
                        initial_years: initial,
                        extensions,
                        extension_years: years,
                    },
                    nature: if supplies {
                        Nature::Supplies
                    } else {
                        Nature::SocialServices
                    },
                    target_quadrant: target,
                    levers,
                    continuity_clause,
                }
            },
        )
}

fn lot() -> impl Strategy<Value = Lot> {
    (
        name(),
        prop_oneof![
            Just(Law::Jeugdwet),
            Just(Law::Wmo),
            Just(Law::Both),
            Just(Law::Other)
        ],
        cents(),
        (level(), level(), level()),
        market(),
        (text(), text()),
        checklist(),
        (
            proptest::collection::vec((level(), level(), level()), 0..=3),
            any::<bool>(),
        ),
        (lot_strategy(), kader_answers()),
    )
        .prop_map(
            |(
                name,
                law,
                spend,
                (i, s, w),
                market,
                (notes, _decision),
                checklist,
                (round, blind),
                (strategy, kaders),
            )| Lot {
                id: LotId(0),
                name,
                law,
                spend,
                scores: Scores {
                    impact: i,
                    scarcity: s,
                    switching: w,
                },
                market,
                notes,
                checklist,
                round: ScoringRound {
                    // Participants 1..=3 exist in every generated workshop.
                    scores: round
                        .into_iter()
                        .enumerate()
                        .map(|(k, (i, s, w))| {
                            (
                                ParticipantId(k as u32 + 1),
                                Scores {
                                    impact: i,
                                    scarcity: s,
                                    switching: w,
                                },
                            )
                        })
                        .filter(|(_, s)| s.count_scored() > 0)
                        .collect(),
                    blind,
                },
                strategy,
                kaders,
            },
        )
}

/// A one-line text as the workshop keeps it (title, organisation).
fn line() -> impl Strategy<Value = String> {
    text().prop_map(|t| kraljic_workshop::model::text::TextKind::Line.clean(&t).text)
}

fn workshop() -> impl Strategy<Value = Workshop> {
    (
        line(),
        line(),
        proptest::collection::vec(name(), 0..6),
        proptest::option::of((1990u16..2100, 1u8..=12, 1u8..=28)),
        (1i64..=10_000, 0i64..=300),
        proptest::option::of(cents()),
        proptest::collection::vec(lot(), 0..25),
        proptest::collection::vec(1u32..5, 25),
        (
            any::<bool>(),
            proptest::option::of(1u32..240),
            proptest::collection::vec((text(), text(), 0u8..3, any::<bool>()), 0..4),
        ),
    )
        .prop_map(
            |(
                title,
                organisation,
                municipalities,
                date,
                (value, risk),
                reported,
                lots,
                gaps,
                (mean, time_box, record),
            )| {
                let aggregation = if mean {
                    Aggregation::Mean
                } else {
                    Aggregation::Median
                };
                let mut next = 0u32;
                let lots: Vec<Lot> = lots
                    .into_iter()
                    .zip(gaps)
                    .map(|(mut lot, gap)| {
                        next += gap;
                        lot.id = LotId(next);
                        lot
                    })
                    .collect();
                // Some workshops had lots deleted above the highest id in use.
                let freed = if mean { next + 3 } else { 0 };
                let planning = plan_for(&lots, date, mean, time_box);
                let mut workshop = Workshop {
                    planning,
                    title,
                    organisation,
                    municipalities,
                    // Kaders 1..=3 exist in every generated workshop (the lots answer them).
                    kaders: (1..=3)
                        .map(|id| Kader {
                            id: KaderId(id),
                            kind: if id == 1 {
                                KaderKind::Principle
                            } else {
                                KaderKind::Frame
                            },
                            title: format!("Kader {id}"),
                            text: "Wat het vraagt".into(),
                        })
                        .collect(),
                    participants: (1..=3)
                        .map(|id| Participant {
                            id: ParticipantId(id),
                            name: format!("Deelnemer {id}"),
                        })
                        .collect(),
                    date: date.and_then(|(y, m, d)| WorkshopDate::new(y, m, d)),
                    settings: Settings {
                        value_threshold_pct: Decimal::new(value, 2),
                        risk_threshold: Decimal::new(risk, 2),
                        aggregation,
                        time_box_minutes: time_box,
                        blind_scoring: mean,
                        place_partial: !mean || time_box.is_none(),
                        split_margin_pct: Decimal::new(value % 5001, 2),
                        weights: if mean {
                            kraljic_workshop::model::Weights([
                                Decimal::new(risk % 101, 1),
                                Decimal::ONE,
                                Decimal::new(value % 11, 0),
                            ])
                        } else {
                            kraljic_workshop::model::Weights::EQUAL
                        },
                    },
                    reported_total: reported,
                    lots,
                    record: record
                        .into_iter()
                        .map(|(text, who, kind, done)| RecordItem {
                            kind: RecordKind::ALL[usize::from(kind)],
                            text,
                            lot: None,
                            who,
                            due: WorkshopDate::new(2027, 1, 31),
                            done,
                        })
                        .collect(),
                    // Lots deleted above the highest id in use (or none).
                    highest_lot_id: freed,
                    identity: mean.then(|| WorkshopId(format!("id-{next}"))),
                    copy_of: None,
                    checklist: if mean {
                        "algemeen".into()
                    } else {
                        String::new()
                    },
                    scale: kraljic_workshop::format::scale_file::built_in_scale(),
                };
                workshop.apply_rounds();
                workshop
            },
        )
}

/// A tender calendar over the lots: the first half in one tender, the rest under a current
/// contract, with the workshop's generated date as start and end, own durations or not.
fn plan_for(
    lots: &[Lot],
    date: Option<(u16, u8, u8)>,
    own_months: bool,
    max_parallel: Option<u32>,
) -> Calendar {
    let Some(day) = date.and_then(|(y, m, d)| WorkshopDate::new(y, m, d)) else {
        return Calendar::default();
    };
    let (first, rest) = lots.split_at(lots.len() / 2);
    Calendar {
        tenders: vec![Tender {
            id: TenderId(1),
            name: "Aanbesteding".into(),
            lots: first.iter().map(|l| l.id).collect(),
            start: day,
            months: own_months.then_some(PhaseMonths([1, 2, 3, 4, 5, 6, 0])),
            notes: "Indeling illustratief".into(),
        }],
        contracts: vec![CurrentContract {
            name: "Huidig contract".into(),
            start: day,
            end: day.add_months(24),
            extendable_until: own_months.then(|| day.add_months(48)),
            scale: "NMD-samenwerking".into(),
            lots: rest.iter().map(|l| l.id).collect(),
        }],
        months: if own_months {
            PhaseMonths::DEFAULT
        } else {
            PhaseMonths([3, 3, 3, 3, 3, 3, 3])
        },
        reference_date: own_months.then_some(day),
        max_parallel,
        notes: String::new(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_workshop_saves_and_loads_back_equal(workshop in workshop()) {
        let text = to_text(&workshop).expect("writes");
        let loaded = load_str(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let unexpected: Vec<_> = loaded
            .warnings
            .iter()
            .filter(|w| !matches!(w.kind, kraljic_workshop::format::ProblemKind::DuplicateName))
            .collect();
        prop_assert!(unexpected.is_empty(), "{:?}", unexpected);
        prop_assert_eq!(loaded.workshop, workshop);
    }

    #[test]
    fn value_classes_have_the_crossing_property(
        mut spends in proptest::collection::vec(cents(), 0..40),
        threshold in (1i64..=10_000).prop_map(|v| Decimal::new(v, 2)),
    ) {
        spends.sort_by(|a, b| b.cmp(a));
        let classes = classify_values(&spends, threshold);
        let total: Decimal = spends.iter().sum();
        let high = classes.iter().take_while(|c| **c == ValueClass::High).count();
        // The high-value lots are a prefix of the ranking...
        prop_assert!(classes[high..].iter().all(|c| *c == ValueClass::Low));
        if total > Decimal::ZERO {
            let share = |n: usize| spends[..n].iter().sum::<Decimal>() * Decimal::ONE_HUNDRED / total;
            // ...each of them starts below the threshold (so the crossing lot is included)...
            for i in 0..high {
                prop_assert!(share(i) < threshold);
            }
            // ...and together they reach it, unless every lot is high value.
            if high < spends.len() {
                prop_assert!(share(high) >= threshold);
            }
        } else {
            prop_assert_eq!(high, 0);
        }
    }

    #[test]
    fn analysis_does_not_depend_on_the_order_of_lots(
        lots in proptest::collection::vec(lot(), 1..20),
        seed in any::<u64>(),
    ) {
        let lots: Vec<Lot> = lots
            .into_iter()
            .enumerate()
            .map(|(i, mut l)| { l.id = LotId(i as u32 + 1); l })
            .collect();
        let mut shuffled = lots.clone();
        let n = shuffled.len();
        for i in 0..n {
            let j = (seed.rotate_left(i as u32) as usize ^ i) % n;
            shuffled.swap(i, j);
        }
        let settings = Settings::default();
        let a = analyse_lots(&lots, &settings);
        let b = analyse_lots(&shuffled, &settings);
        let key = |p: &kraljic_workshop::model::Portfolio| -> Vec<_> {
            p.ranked.iter().map(|r| (r.id, r.rank, r.value_class, r.quadrant, r.cumulative_share_pct)).collect()
        };
        prop_assert_eq!(key(&a), key(&b));
    }

    #[test]
    fn risk_class_is_monotone_in_each_score(
        scores in (0i64..=3, 0i64..=3, 0i64..=3),
        criterion in prop_oneof![Just(Criterion::Impact), Just(Criterion::Scarcity), Just(Criterion::Switching)],
    ) {
        let level = |n| Level::from_number(n).expect("0-3");
        let base = Scores::new(level(scores.0), level(scores.1), level(scores.2));
        let before = base.risk().expect("scored");
        for higher in Level::ALL.into_iter().filter(|l| Some(*l) >= base.get(criterion)) {
            let mut raised = base;
            raised.set(criterion, Some(higher));
            let after = raised.risk().expect("scored");
            prop_assert!(after.class >= before.class);
            prop_assert!(after.mean >= before.mean);
        }
    }
}
