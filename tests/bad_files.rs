//! Every kind of bad file gives a clear error, never a panic, and is never touched.

use std::fs;
use std::path::{Path, PathBuf};

use kraljic_workshop::examples::NMD_2022;
use kraljic_workshop::format::{
    LoadError, MAX_FILE_BYTES, Position, ProblemKind, SyntaxProblem, load_path, load_str,
};
use kraljic_workshop::locale::Lang;

/// Writes `bytes` to a fresh folder, loads it, checks the folder is unchanged, and returns
/// the error.
fn load_bad(bytes: &[u8]) -> LoadError {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bad.kraljic.ron");
    fs::write(&path, bytes).expect("write");
    let before = snapshot(dir.path());
    let error = load_path(&path).expect_err("bad file must be refused");
    assert_eq!(snapshot(dir.path()), before, "loading must not write");
    for lang in Lang::ALL {
        let message = error.describe(lang);
        assert!(message.len() > 20, "message too short: {message}");
    }
    error
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("list")
        .map(|e| {
            let path = e.expect("entry").path();
            let bytes = fs::read(&path).unwrap_or_default();
            (path, bytes)
        })
        .collect();
    files.sort();
    files
}

/// The 1-based line in the NMD example of the first line containing `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    1 + text
        .lines()
        .position(|l| l.contains(needle))
        .expect("needle in text")
}

/// The NMD example with the impact score of "Dagbesteding (Wmo)" (lot 5) replaced.
fn with_impact_of_dagbesteding(value: &str) -> (String, usize) {
    let start = NMD_2022.find("\"Dagbesteding (Wmo)\"").expect("lot 5");
    let at = start + NMD_2022[start..].find("impact: 1").expect("impact");
    let text = format!(
        "{}impact: {value}{}",
        &NMD_2022[..at],
        &NMD_2022[at + "impact: 1".len()..]
    );
    let line = 1 + text[..at].matches('\n').count();
    (text, line)
}

#[test]
fn score_7_names_line_column_criterion_and_lot() {
    let (text, line) = with_impact_of_dagbesteding("7");
    let error = load_bad(text.as_bytes());
    let LoadError::Invalid { problems } = &error else {
        panic!("expected invalid values, got {error:?}");
    };
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].kind,
        ProblemKind::ScoreOutOfRange {
            criterion: kraljic_workshop::model::Criterion::Impact,
            value: 7
        }
    );
    assert_eq!(problems[0].position, Some(Position { line, column: 17 }));
    assert_eq!(
        problems[0].describe(Lang::English),
        format!(
            "line {line}, column 17: score 7 is out of range 0-3 for 'impact' of lot 'Dagbesteding (Wmo)'"
        )
    );
    assert!(error.describe(Lang::Dutch).contains(&format!(
        "regel {line}, kolom 17: score 7 valt buiten 0-3 voor 'impact' van perceel 'Dagbesteding (Wmo)'"
    )));
}

#[test]
fn every_bad_value_is_reported_at_once() {
    let (text, _) = with_impact_of_dagbesteding("-1");
    let text = text
        .replacen("spend_eur: \"17163920\"", "spend_eur: \"-5\"", 1)
        .replacen("id: 2,", "id: 1,", 1)
        .replacen("\"Dyslexie\"", "\"  \"", 1)
        .replacen("date: None", "date: \"22-11-2026\"", 1)
        .replacen(
            "value_threshold_pct: \"80\"",
            "value_threshold_pct: \"180\"",
            1,
        );
    let LoadError::Invalid { problems } = load_bad(text.as_bytes()) else {
        panic!("expected invalid values");
    };
    let kinds: Vec<_> = problems.iter().map(|p| &p.kind).collect();
    // Six errors; the lot dropped for its duplicate id is also missed by the plan (warnings).
    let errors = problems
        .iter()
        .filter(|p| p.severity() == kraljic_workshop::format::Severity::Error)
        .count();
    assert_eq!(errors, 6, "{kinds:?}");
    assert!(problems.iter().all(|p| p.position.is_some()));
    let english: Vec<String> = problems.iter().map(|p| p.describe(Lang::English)).collect();
    let all = english.join("\n");
    for expected in [
        "the spend of lot 'Huishoudelijke hulp' is negative (-€ 5)",
        "id 1 of lot 'Beschermd wonen' is already used by lot 'Huishoudelijke hulp'",
        "a lot has no name",
        "score -1 is out of range 0-3 for 'impact' of lot 'Dagbesteding (Wmo)'",
        "'22-11-2026' is not a date",
        "the value threshold 180% must be above 0 and at most 100",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in\n{all}");
    }
    // Sorted by position in the file.
    let lines: Vec<usize> = problems
        .iter()
        .filter_map(|p| p.position)
        .map(|p| p.line)
        .collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
    assert_eq!(
        problems[2].position.map(|p| p.line),
        Some(line_of(&text, "spend_eur: \"-5\""))
    );
}

#[test]
fn truncated_files_say_they_stop_early() {
    let half = &NMD_2022.as_bytes()[..NMD_2022.len() / 2];
    let error = load_bad(half);
    assert!(
        matches!(
            error,
            LoadError::Syntax {
                problem: SyntaxProblem::UnexpectedEnd,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.describe(Lang::English).contains("cut off"));
    assert!(error.describe(Lang::Dutch).contains("afgebroken"));
}

#[test]
fn every_prefix_is_refused_cleanly() {
    // Cutting the file anywhere never panics and never yields a different workshop silently.
    let full = load_str(NMD_2022).expect("loads").workshop;
    for end in (0..NMD_2022.len()).step_by(37) {
        let Some(prefix) = NMD_2022.get(..end) else {
            continue;
        };
        if let Ok(loaded) = load_str(prefix) {
            assert_eq!(
                loaded.workshop, full,
                "prefix of {end} bytes loaded as something else"
            );
        }
    }
}

#[test]
fn random_bytes_are_refused() {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for round in 0..200 {
        let len = 1 + (round * 13) % 700;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect();
        assert!(kraljic_workshop::format::load_bytes(&bytes).is_err());
    }
    let error = load_bad(&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]);
    assert!(matches!(error, LoadError::NotText { .. }), "{error:?}");
}

#[test]
fn invalid_utf8_names_its_line() {
    let mut bytes = NMD_2022.as_bytes().to_vec();
    let at = NMD_2022.find("Huishoudelijke").expect("name");
    bytes[at] = 0xff;
    let error = load_bad(&bytes);
    let line = line_of(NMD_2022, "Huishoudelijke");
    assert!(
        matches!(error, LoadError::NotText { position } if position.line == line && position.column == 20),
        "{error:?}"
    );
    assert!(
        error
            .describe(Lang::English)
            .starts_with(&format!("line {line}, column 20: the file is not text"))
    );
}

#[test]
fn newer_format_versions_are_refused_with_a_reason() {
    let text = NMD_2022.replacen("format_version: 8", "format_version: 9", 1);
    let error = load_bad(text.as_bytes());
    assert!(
        matches!(
            error,
            LoadError::NewerVersion {
                found: 9,
                supported: 8
            }
        ),
        "{error:?}"
    );
    assert!(error.describe(Lang::English).contains("newer version"));
    assert!(error.describe(Lang::Dutch).contains("nieuwere versie"));
    // Even with fields this version has never heard of.
    let text = "(format_version: 9, shiny_new_field: { \"x\": [1, 2] }, lots: [])";
    assert!(matches!(
        load_bad(text.as_bytes()),
        LoadError::NewerVersion { found: 9, .. }
    ));
    let text = NMD_2022.replacen("format_version: 8", "format_version: 0", 1);
    assert!(matches!(
        load_bad(text.as_bytes()),
        LoadError::UnknownVersion { found: 0 }
    ));
}

#[test]
fn negative_spend_and_duplicate_ids_are_refused() {
    let text = NMD_2022.replacen("spend_eur: \"985628\"", "spend_eur: \"-985628\"", 1);
    let LoadError::Invalid { problems } = load_bad(text.as_bytes()) else {
        panic!("expected invalid values");
    };
    assert!(matches!(
        problems[0].kind,
        ProblemKind::NegativeSpend { .. }
    ));
    assert_eq!(problems[0].lot.as_deref(), Some("Dyslexie"));

    let text = NMD_2022.replacen("id: 29,", "id: 3,", 1);
    let LoadError::Invalid { problems } = load_bad(text.as_bytes()) else {
        panic!("expected invalid values");
    };
    assert_eq!(
        problems[0].kind,
        ProblemKind::DuplicateId {
            id: 3,
            first_lot: "Ambulante begeleiding (Wmo)".into()
        }
    );
    let duplicate_line = 1 + text[..text
        .find("id: 3,\n            name: \"Landelijk")
        .expect("id")]
        .matches('\n')
        .count();
    assert_eq!(problems[0].position.map(|p| p.line), Some(duplicate_line));
}

#[test]
fn deep_nesting_cannot_overflow_the_stack() {
    for depth in [100_000usize, 1_000_000] {
        for (open, close) in [("[", "]"), ("(", ")"), ("{", "}"), ("Some(", ")")] {
            let text = format!(
                "(format_version: 1, lots: {}{})",
                open.repeat(depth),
                close.repeat(depth)
            );
            // Refused with a syntax error, never a stack overflow: too deep, or (where the
            // shape is wrong before the depth counts) the first thing that does not fit.
            let error = load_str(&text).expect_err("refused");
            assert!(
                matches!(error, LoadError::Syntax { .. }),
                "{open}: {error:?}"
            );
        }
    }
    let text = format!("(title: {}1{})", "[".repeat(100_000), "]".repeat(100_000));
    let error = load_bad(text.as_bytes());
    assert!(
        error.describe(Lang::English).contains("nested more than"),
        "{error:?}"
    );
}

#[test]
fn files_over_the_limit_are_refused_before_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.kraljic.ron");
    let file = fs::File::create(&path).expect("create");
    file.set_len(MAX_FILE_BYTES + 1).expect("sparse file");
    let error = load_path(&path).expect_err("too large");
    assert!(matches!(error, LoadError::TooLarge { .. }), "{error:?}");
    assert!(error.describe(Lang::English).contains("too large"));
    assert_eq!(fs::metadata(&path).expect("meta").len(), MAX_FILE_BYTES + 1);
}

#[cfg(unix)]
#[test]
fn devices_cannot_make_the_loader_read_forever() {
    let error = load_path(Path::new("/dev/zero")).expect_err("not a workshop");
    assert!(
        matches!(
            error,
            LoadError::TooLarge { .. } | LoadError::NotText { .. }
        ),
        "{error:?}"
    );
}

#[test]
fn foreign_and_empty_files_are_named_as_such() {
    assert!(matches!(load_bad(b""), LoadError::Empty));
    assert!(matches!(load_bad(b" \n\t "), LoadError::Empty));
    for foreign in [
        &b"{\"title\": \"Not ours\", \"lots\": []}"[..],
        b"name,spend_eur\nDyslexie,985628\n",
        b"(title: \"RON, but not a workshop\")",
        b"<?xml version=\"1.0\"?><workbook/>",
    ] {
        let error = load_bad(foreign);
        assert!(matches!(error, LoadError::NotAWorkshop), "{error:?}");
        assert!(
            error
                .describe(Lang::English)
                .contains("not a Kraljic workshop file")
        );
    }
}

#[test]
fn missing_files_and_folders_give_a_reason() {
    let error = load_path(Path::new("/no/such/folder/x.kraljic.ron")).expect_err("missing");
    assert!(
        error.describe(Lang::Dutch).contains("bestaat niet"),
        "{error}"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let error = load_path(dir.path()).expect_err("a folder");
    assert!(
        matches!(error, LoadError::Read { .. } | LoadError::NotText { .. }),
        "{error:?}"
    );
}

#[test]
fn shape_errors_name_the_field_and_the_choices() {
    let text = NMD_2022.replacen("law: Wmo,", "law: Participatiewet,", 1);
    let error = load_bad(text.as_bytes());
    let message = error.describe(Lang::English);
    assert!(
        message.contains(
            "'Participatiewet' is not an allowed choice; choose one of Jeugdwet, Wmo, Both, Other"
        ),
        "{message}"
    );
    assert!(
        message.starts_with(&format!("line {}", line_of(&text, "Participatiewet"))),
        "{message}"
    );

    let text = NMD_2022.replacen("            name: \"Dyslexie\",\n", "", 1);
    let message = load_bad(text.as_bytes()).describe(Lang::English);
    assert!(
        message.contains("the required field 'name' is missing"),
        "{message}"
    );

    let text = NMD_2022.replacen("spend_eur: \"985628\"", "spend_eur: 985628.5", 1);
    let message = load_bad(text.as_bytes()).describe(Lang::English);
    assert!(message.contains("a number in quotes"), "{message}");
}

#[test]
fn unknown_fields_are_skipped_with_a_warning() {
    let text = NMD_2022.replacen(
        "            law: Jeugdwet,\n",
        "            law: Jeugdwet,\n            colour: \"red\",\n",
        1,
    );
    let loaded = load_str(&text).expect("still loads");
    assert_eq!(loaded.warnings.len(), 1);
    let warning = loaded.warnings[0].describe(Lang::English);
    assert_eq!(
        warning,
        format!(
            "line {}, column 13: the field 'colour' is not known and was skipped; it will be lost when saving",
            line_of(&text, "colour")
        )
    );
}

#[test]
fn an_unknown_strategy_choice_is_left_out_with_a_warning_and_the_rest_is_read() {
    // The third lot has no strategy of its own in the example.
    let third = NMD_2022.find("Ambulante begeleiding (Wmo)").expect("a lot");
    let at = third + NMD_2022[third..].find("spend_eur:").expect("its spend");
    let text = format!(
        "{}strategy: (regime: \"shiny_new_regime\", procedure: \"private_multiple\", \
         term: (start: \"2026-01-01\", initial_years: 4, extensions: 2, extension_years: 1)),\n{}",
        &NMD_2022[..at],
        &NMD_2022[at..]
    );
    let loaded = kraljic_workshop::format::load_str(&text).expect("loads");
    let strategy = &loaded.workshop.lots[2].strategy;
    assert_eq!(strategy.regime, None);
    assert_eq!(strategy.term.total_years(), 6);
    assert_eq!(
        strategy.procedure,
        Some(kraljic_workshop::model::strategy::Procedure::PrivateMultiple)
    );
    let warning = loaded
        .warnings
        .iter()
        .find(|w| matches!(&w.kind, ProblemKind::UnknownChoice { text } if text == "shiny_new_regime"))
        .expect("a warning");
    assert_eq!(warning.path.to_string(), "lots[2].strategy.regime");
    assert!(
        warning
            .describe(Lang::Dutch)
            .contains("onbekend in deze versie")
    );
}

#[test]
fn a_strategy_note_with_hidden_characters_is_read_cleaned_with_a_warning() {
    let third = NMD_2022.find("Ambulante begeleiding (Wmo)").expect("a lot");
    let at = third + NMD_2022[third..].find("spend_eur:").expect("its spend");
    let text = format!(
        "{}strategy: (levers: \"Samen\u{200B} optrekken\", access: (note: \"Wijk\u{202E}teams\")),\n{}",
        &NMD_2022[..at],
        &NMD_2022[at..]
    );
    let loaded = kraljic_workshop::format::load_str(&text).expect("loads");
    let strategy = &loaded.workshop.lots[2].strategy;
    assert_eq!(strategy.levers, "Samen optrekken");
    assert_eq!(strategy.access.note, "Wijkteams");
    let paths: Vec<String> = loaded
        .warnings
        .iter()
        .filter(|w| matches!(w.kind, ProblemKind::TextCleaned { .. }))
        .map(|w| w.path.to_string())
        .collect();
    assert_eq!(
        paths,
        ["lots[2].strategy.levers", "lots[2].strategy.access.note"]
    );
}

#[test]
fn a_plan_with_a_bad_start_date_is_refused_and_an_unknown_lot_is_left_out() {
    let at = NMD_2022.find("    planning: (").expect("the plan");
    let bad = format!(
        "{}{}",
        &NMD_2022[..at],
        NMD_2022[at..].replacen("start: \"2024-01-01\"", "start: \"1-1-2024\"", 1)
    );
    let LoadError::Invalid { problems } = load_bad(bad.as_bytes()) else {
        panic!("expected invalid values");
    };
    let problem = problems
        .iter()
        .find(|p| matches!(&p.kind, ProblemKind::InvalidDate { text } if text == "1-1-2024"))
        .expect("the date");
    assert_eq!(problem.path.to_string(), "planning.tenders[0].start");
    assert!(
        problem.describe(Lang::Dutch).contains("JJJJ-MM-DD")
            || problem.describe(Lang::English).contains("YYYY-MM-DD")
    );

    let unknown = NMD_2022.replacen(
        "                    20,\n                ],\n                start",
        "                    99,\n                ],\n                start",
        1,
    );
    let loaded = kraljic_workshop::format::load_str(&unknown).expect("loads");
    assert!(loaded.workshop.planning.tenders[0].lots.is_empty());
    assert!(
        loaded
            .warnings
            .iter()
            .any(|w| w.kind == ProblemKind::UnknownLotInPlan { id: 99 }
                && w.path.to_string() == "planning.tenders[0].lots[0]")
    );
}

#[test]
fn a_contract_that_ends_before_it_starts_is_kept_with_a_warning() {
    let at = NMD_2022.find("        contracts: [").expect("the register");
    let text = format!(
        "{}{}",
        &NMD_2022[..at],
        NMD_2022[at..].replacen("end: \"2023-12-31\"", "end: \"2018-12-31\"", 1)
    );
    let loaded = kraljic_workshop::format::load_str(&text).expect("loads");
    let contract = &loaded.workshop.planning.contracts[0];
    assert_eq!(contract.end.to_string(), "2018-12-31");
    let warning = loaded
        .warnings
        .iter()
        .find(|w| matches!(w.kind, ProblemKind::ContractDatesOutOfOrder { .. }))
        .expect("a warning");
    assert_eq!(warning.path.to_string(), "planning.contracts[0]");
    assert!(warning.describe(Lang::Dutch).contains(&contract.name));
    assert!(
        warning
            .describe(Lang::English)
            .contains("ends before it starts")
    );
}

#[test]
fn a_maximum_of_tenders_at_once_out_of_range_is_left_out_with_a_warning() {
    let text = NMD_2022.replacen("max_parallel: 8,", "max_parallel: 0,", 1);
    assert_ne!(text, NMD_2022, "the example sets a maximum");
    let loaded = kraljic_workshop::format::load_str(&text).expect("loads");
    assert_eq!(loaded.workshop.planning.max_parallel, None);
    let warning = loaded
        .warnings
        .iter()
        .find(|w| w.kind == ProblemKind::MaxParallelOutOfRange { value: 0 })
        .expect("a warning");
    assert_eq!(warning.path.to_string(), "planning.max_parallel");
    assert!(warning.describe(Lang::Dutch).contains("1 tot en met 999"));
}

#[test]
fn a_time_box_out_of_range_is_left_out_with_a_warning() {
    let with_time_box = |minutes: &str| {
        let settings = "risk_threshold: \"1.5\",";
        let text = NMD_2022.replacen(
            settings,
            &format!("{settings}\n        time_box_minutes: {minutes},"),
            1,
        );
        assert_ne!(text, NMD_2022, "the example has settings");
        text
    };
    // At its bounds it is kept without a word; one minute outside, left out with a warning.
    for (minutes, kept) in [
        ("0", None),
        ("1", Some(1)),
        ("240", Some(240)),
        ("241", None),
    ] {
        let loaded = load_str(&with_time_box(minutes)).expect("loads");
        assert_eq!(loaded.workshop.settings.time_box_minutes, kept, "{minutes}");
        let warnings = loaded
            .warnings
            .iter()
            .filter(|w| matches!(w.kind, ProblemKind::TimeBoxOutOfRange { .. }))
            .count();
        assert_eq!(warnings, usize::from(kept.is_none()), "{minutes}");
    }
    let text = with_time_box("241");
    let loaded = load_str(&text).expect("loads");
    let warning = loaded
        .warnings
        .iter()
        .find(|w| w.kind == ProblemKind::TimeBoxOutOfRange { value: 241 })
        .expect("a warning");
    assert_eq!(warning.path.to_string(), "settings.time_box_minutes");
    assert_eq!(
        warning.position.map(|p| p.line),
        Some(line_of(&text, "time_box_minutes: 241"))
    );
    assert!(
        warning
            .describe(Lang::Dutch)
            .contains("het tijdvak van 241 minuten per perceel ligt buiten 1 tot en met 240"),
        "{}",
        warning.describe(Lang::Dutch)
    );
    assert!(
        warning
            .describe(Lang::English)
            .contains("the time box of 241 minutes per lot is outside 1 to 240")
    );
}

#[test]
fn an_incomplete_scale_is_replaced_by_the_standard_one_with_a_warning_in_plain_words() {
    let text = NMD_2022.replacen(
        "nl: \"Er zijn volop aanbieders en alternatieven; geen enkele is onmisbaar.\"",
        "nl: \"  \"",
        1,
    );
    assert_ne!(text, NMD_2022, "the example's first scarcity level");
    let loaded = load_str(&text).expect("still loads");
    assert_eq!(
        loaded.workshop.scale,
        kraljic_workshop::format::scale_file::built_in_scale()
    );
    let warning = loaded
        .warnings
        .iter()
        .find(|w| matches!(w.kind, ProblemKind::BadScale { .. }))
        .expect("a warning");
    assert!(
        warning.describe(Lang::Dutch).contains(
            "de beschrijving van de niveaus is onvolledig (niveau 0 van schaarste heeft geen \
             betekenis in het Nederlands of het Engels)"
        ),
        "{}",
        warning.describe(Lang::Dutch)
    );
    assert!(
        warning
            .describe(Lang::English)
            .contains("(level 0 of scarcity has no meaning in Dutch or in English)"),
        "{}",
        warning.describe(Lang::English)
    );
}
