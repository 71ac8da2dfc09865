//! The command-line interface, run as a real process.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use kraljic_workshop::format::load_path;
use predicates::prelude::*;
use predicates::str::contains;

mod common;

const NMD: &str = "workshops/nmd-2022.kraljic.ron";
const RIVIERENLAND: &str = "workshops/rivierenland-2019.kraljic.ron";

fn app() -> Command {
    Command::cargo_bin("kraljic-workshop").expect("binary")
}

/// What a successful run with these arguments printed.
fn stdout_of(args: &[&str]) -> String {
    let output = app().args(args).assert().success().get_output().clone();
    String::from_utf8(output.stdout).expect("utf-8")
}

/// `import-csv INPUT -o OUTPUT`.
fn import(input: &Path, output: &Path) -> Command {
    let mut command = app();
    command.arg("import-csv").arg(input).arg("-o").arg(output);
    command
}

/// Bad input: exit code 2, one line on standard error, nothing that looks like a crash.
fn assert_refused(assert: assert_cmd::assert::Assert) -> String {
    let output = assert.code(2).get_output().clone();
    let stderr = String::from_utf8(output.stderr).expect("utf-8");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "{stderr}"
    );
    assert!(!stderr.trim().is_empty());
    stderr
}

#[test]
fn table_in_dutch_by_default() {
    app()
        .args(["table", NMD])
        .assert()
        .success()
        .stdout(contains("Nr  Perceel"))
        .stdout(contains("€ 17.163.920"))
        .stdout(contains("17,3%"))
        .stdout(contains("1,3  Laag"))
        .stdout(contains("Hefboom"))
        .stdout(contains("Knelpunt"))
        .stdout(contains("nog niet gescoord"))
        .stdout(contains(
            "Totaal (29 percelen, 25 gescoord)            € 99.320.035",
        ))
        .stdout(contains("€ 99.120.033"))
        .stdout(contains("€ 200.002"));
}

#[test]
fn table_in_english() {
    app()
        .args(["table", "--lang", "en", NMD])
        .assert()
        .success()
        .stdout(contains("No  Lot"))
        .stdout(contains("Leverage"))
        .stdout(contains("Bottleneck"))
        .stdout(contains("Total (29 lots, 25 scored)"))
        .stdout(contains("Hefboom").not());
    app()
        .args(["--lang", "en", "table", RIVIERENLAND])
        .assert()
        .success()
        .stdout(contains("not yet scored"));
}

#[test]
fn table_shows_the_strategies_on_request() {
    let text = stdout_of(&["table", "--strategy", NMD]);
    let lots: Vec<&str> = text
        .lines()
        .skip(4)
        .filter_map(|l| l.split("  ").next())
        .collect();
    assert_eq!(
        lots,
        [
            "Huishoudelijke hulp",
            "Beschermd wonen",
            "Wmo-hulpmiddelen",
            "Jeugdhulp+"
        ],
        "{text}"
    );
    assert!(text.contains("Geraamde opdrachtwaarde"), "{text}");
    assert!(text.contains("€ 115.869.048"), "{text}");
    assert!(text.contains("31-12-2033"), "{text}");
    app()
        .args(["--lang", "en", "table", "--strategy", RIVIERENLAND])
        .assert()
        .success()
        .stdout(contains("No lot has a strategy yet"));
}

#[test]
fn csv_export_has_the_documented_header_and_one_row_per_lot() {
    let text = stdout_of(&["export", NMD, "--csv"]);
    let mut lines = text.lines();
    // The documented columns first, unchanged; the strategy columns only after them.
    let header = lines.next().expect("header");
    let documented = "rank,lot,law,spend_eur,cumulative_share_pct,abc_band,impact,scarcity,switching,risk_mean,risk_class,value_class,quadrant,";
    assert!(header.starts_with(documented), "{header}");
    assert!(
        header[documented.len()..]
            .split(',')
            .all(|c| c.starts_with("strategy_")),
        "{header}"
    );
    let strategy_columns = header.split(',').count() - 13;
    let empty_strategy = ",".repeat(strategy_columns);
    let rows: Vec<String> = lines
        .map(|l| l.strip_suffix(&empty_strategy).unwrap_or(l).to_string())
        .collect();
    assert_eq!(rows.len(), 29);
    assert!(
        rows[0].starts_with(
            "1,Huishoudelijke hulp,wmo,17163920,17.28,A,1,2,1,1.33,low,high,leverage,municipal_team,"
        ),
        "{}",
        rows[0]
    );
    assert!(
        rows[0].contains(",social_services,open,social_services,2030-01-01,3,2,2,2036-12-31,120147440,750000,true,leverage,"),
        "{}",
        rows[0]
    );
    assert_eq!(
        rows[12],
        "13,Jeugdbescherming en -reclassering,jeugdwet,2673045,82.87,C,3,2,2,2.33,medium,low,bottleneck"
    );
    assert_eq!(
        rows[22],
        "23,Landelijk transitiearrangement (J),jeugdwet,446179,98.93,D,,,,,,low,"
    );
    assert_eq!(
        rows[28],
        "29,Overig: Logeren (Wmo),wmo,65684,100.00,D,,,,,,low,"
    );
}

#[test]
fn csv_export_to_a_file_refuses_to_overwrite() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("table.csv");
    app()
        .args(["export", NMD, "--csv", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert!(
        fs::read_to_string(&out)
            .expect("csv")
            .starts_with("rank,lot,")
    );
    let stderr = assert_refused(
        app()
            .args(["export", NMD, "--csv", "-o"])
            .arg(&out)
            .assert(),
    );
    assert!(stderr.contains("bestaat al"), "{stderr}");
    app()
        .args(["export", NMD, "--csv", "--force", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert_refused(app().args(["export", NMD]).assert());
}

#[test]
fn import_csv_reads_what_dutch_excel_writes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("percelen.csv");
    fs::write(
        &input,
        "\u{feff}name;spend_eur;impact;scarcity;switching;law\r\n\
         Huishoudelijke hulp;17.163.920;1;2;1;Wmo\r\n\
         Dyslexie;985.628,50;;;;Jeugdwet\r\n\
         Totaal;18.149.548,50;;;;\r\n",
    )
    .expect("csv");
    let output = dir.path().join("nieuw.kraljic.ron");
    import(&input, &output)
        .assert()
        .success()
        .stderr(contains("lijkt een totaal en is overgeslagen"))
        .stderr(contains("2 percelen (€ 18.149.548,50) geschreven"));
    let workshop = load_path(&output).expect("valid workshop").workshop;
    assert_eq!(workshop.title, "percelen");
    assert_eq!(workshop.lots.len(), 2);
    assert!(workshop.lots[0].is_scored());
    assert!(!workshop.lots[1].is_scored());

    // An existing output is refused, then replaced with --force, keeping a backup.
    let before = fs::read(&output).expect("read");
    let stderr = assert_refused(import(&input, &output).assert());
    assert!(stderr.contains("--force"), "{stderr}");
    assert_eq!(fs::read(&output).expect("read"), before);
    app()
        .arg("import-csv")
        .arg(&input)
        .args(["--title", "Tweede ronde", "--force", "-o"])
        .arg(&output)
        .assert()
        .success();
    assert_eq!(
        load_path(&output).expect("valid").workshop.title,
        "Tweede ronde"
    );
    assert_eq!(
        fs::read(dir.path().join("nieuw.kraljic.ron.bak")).expect("backup"),
        before
    );
}

#[test]
fn import_csv_errors_name_the_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("fout.csv");
    fs::write(
        &input,
        "name,spend_eur,impact,scarcity,switching\nA,10,1,2,3\nB,10,7,0,0\n",
    )
    .expect("csv");
    let output = dir.path().join("uit.kraljic.ron");
    let stderr = assert_refused(import(&input, &output).assert());
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("Regel 3, kolom 'impact': '7' is geen score"),
        "{stderr}"
    );
    assert!(!output.exists());
}

#[test]
fn check_accepts_sound_files_and_lists_problems() {
    app()
        .args(["check", NMD])
        .assert()
        .success()
        .stdout(contains("is in orde: 29 percelen, waarvan 25 gescoord"));
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.kraljic.ron");
    let text = fs::read_to_string(NMD)
        .expect("read")
        .replacen("impact: 1,", "impact: 7,", 1)
        .replacen("spend_eur: \"985628\"", "spend_eur: \"-1\"", 1);
    fs::write(&bad, &text).expect("write");
    let stderr = assert_refused(app().args(["--lang", "en", "check"]).arg(&bad).assert());
    assert!(stderr.contains("The file has 2 problems:"), "{stderr}");
    assert!(
        stderr.contains("score 7 is out of range 0-3 for 'impact' of lot 'Huishoudelijke hulp'"),
        "{stderr}"
    );
    assert!(
        stderr.contains("the spend of lot 'Dyslexie' is negative"),
        "{stderr}"
    );
    assert_eq!(
        fs::read_to_string(&bad).expect("read"),
        text,
        "check never writes"
    );

    let warned = dir.path().join("warned.kraljic.ron");
    fs::write(
        &warned,
        fs::read_to_string(NMD).expect("read").replacen(
            "law: Wmo,",
            "law: Wmo,\n            colour: 3,",
            1,
        ),
    )
    .expect("write");
    let stderr = assert_refused(app().args(["check"]).arg(&warned).assert());
    assert!(stderr.contains("het veld 'colour' is onbekend"), "{stderr}");
}

#[test]
fn bad_input_gives_exit_code_2_and_one_sentence() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stderr = assert_refused(app().args(["table", "/no/such/file.kraljic.ron"]).assert());
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("bestaat niet"), "{stderr}");

    let truncated = dir.path().join("half.kraljic.ron");
    let text = fs::read_to_string(NMD).expect("read");
    fs::write(&truncated, &text[..text.len() / 3]).expect("write");
    let stderr = assert_refused(
        app()
            .args(["--lang", "en", "table"])
            .arg(&truncated)
            .assert(),
    );
    assert!(stderr.starts_with("line "), "{stderr}");
    assert!(stderr.contains("cut off"), "{stderr}");

    let binary = dir.path().join("image.kraljic.ron");
    fs::write(&binary, [0u8, 159, 146, 150, 255]).expect("write");
    assert_refused(app().args(["check"]).arg(&binary).assert());

    let newer = dir.path().join("newer.kraljic.ron");
    fs::write(
        &newer,
        text.replacen("format_version: 8", "format_version: 9", 1),
    )
    .expect("write");
    let stderr = assert_refused(app().args(["table"]).arg(&newer).assert());
    assert!(stderr.contains("nieuwere versie"), "{stderr}");

    assert_refused(app().args(["no-such-command"]).assert());
    assert_refused(app().args(["table", NMD, "--lang", "de"]).assert());
}

#[test]
fn help_prints_usage_and_a_missing_file_is_refused_before_the_window_opens() {
    app()
        .arg("--help")
        .assert()
        .success()
        .stdout(contains("import-csv"));
    assert_refused(app().arg("no-such-file.kraljic.ron").assert());
    app()
        .arg("--help")
        .assert()
        .success()
        .stdout(contains("Usage"));
}

/// With a file size limit, writing the new version fails half-way: the original must survive
/// whole and no temporary file may stay behind.
#[cfg(unix)]
#[test]
fn a_save_that_fails_half_way_keeps_the_original() {
    let dir = tempfile::tempdir().expect("temp dir");
    let original = dir.path().join("w.kraljic.ron");
    fs::copy(RIVIERENLAND, &original).expect("copy");
    let before = fs::read(&original).expect("read");
    let input = dir.path().join("big.csv");
    let mut csv = String::from("name,spend_eur\n");
    for i in 0..2000 {
        csv.push_str(&format!("Perceel {i},{}\n", 1000 + i));
    }
    fs::write(&input, csv).expect("csv");
    let binary = assert_cmd::cargo::cargo_bin("kraljic-workshop");
    // 20 blocks of 512 bytes: the original fits, the new file (about 300 kB) does not.
    let script = format!(
        "trap '' XFSZ; ulimit -f 20; exec '{}' import-csv '{}' -o '{}' --force",
        binary.display(),
        input.display(),
        original.display()
    );
    let assert = Command::new("sh").args(["-c", &script]).assert();
    let stderr = assert_refused(assert);
    assert!(stderr.contains("niet gewijzigd"), "{stderr}");
    assert_eq!(fs::read(&original).expect("read"), before);
    let names: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("e").file_name())
        .collect();
    assert_eq!(names.len(), 2, "only the CSV and the original: {names:?}");
    assert!(Path::new(&original).exists());
}

#[test]
fn import_reads_the_seed_sheet_and_merges_a_spend_table_keeping_scores() {
    let dir = tempfile::tempdir().expect("dir");
    let new = dir.path().join("seed.kraljic.ron");
    Command::cargo_bin("kraljic-workshop")
        .expect("binary")
        .args(["import", "tests/data/nmd-2022-kraljic-sheet.tsv", "-o"])
        .arg(&new)
        .assert()
        .success()
        .stderr(predicates::str::contains(
            "29 percelen met samen € 99.320.035.",
        ));
    let before = kraljic_workshop::format::load_path(&new)
        .expect("loads")
        .workshop;
    assert_eq!(before.scored_count(), 25);

    // A spend table with the workshop's own names and new amounts, as Dutch Excel writes it.
    let mut csv = String::from("Perceel;Uitgaven 2023\r\n");
    for lot in &before.lots {
        csv.push_str(&format!(
            "{};\"{}\"\r\n",
            lot.name,
            kraljic_workshop::locale::number::format_euro(lot.spend + rust_decimal::Decimal::ONE)
        ));
    }
    csv.push_str("Nieuw perceel;€ 1.000\r\nTotaal;€ 1\r\n");
    let table = dir.path().join("uitgaven.csv");
    std::fs::write(&table, csv).expect("write");
    Command::cargo_bin("kraljic-workshop")
        .expect("binary")
        .args(["--lang", "en", "import"])
        .arg(&table)
        .arg("--into")
        .arg(&new)
        .assert()
        .success()
        .stderr(predicates::str::contains("29 amounts updated; 1 new lot"));
    let after = kraljic_workshop::format::load_path(&new)
        .expect("loads")
        .workshop;
    assert_eq!(after.lots.len(), 30);
    for (old, now) in before.lots.iter().zip(&after.lots) {
        assert_eq!(now.spend, old.spend + rust_decimal::Decimal::ONE);
        assert_eq!(now.scores, old.scores);
    }
}

#[test]
fn import_refuses_a_sheet_without_lots_in_one_sentence() {
    let dir = tempfile::tempdir().expect("dir");
    let table = dir.path().join("leeg.csv");
    std::fs::write(&table, "naam;bedrag\n;\n").expect("write");
    Command::cargo_bin("kraljic-workshop")
        .expect("binary")
        .arg("import")
        .arg(&table)
        .arg("-o")
        .arg(dir.path().join("x.kraljic.ron"))
        .assert()
        .code(2)
        .stderr(contains("geen enkele rij met een naam en een bedrag"));
}

#[test]
fn export_writes_every_kind_and_refuses_binary_output_to_the_terminal() {
    let dir = tempfile::tempdir().expect("dir");
    for (flag, name, magic) in [
        ("--png", "m.png", &b"\x89PNG"[..]),
        ("--svg", "m.svg", &b"<svg"[..]),
        ("--pdf", "r.pdf", &b"%PDF-"[..]),
        ("--xlsx", "p.xlsx", &b"PK"[..]),
    ] {
        let out = dir.path().join(name);
        Command::cargo_bin("kraljic-workshop")
            .expect("binary")
            .args(["export", "workshops/nmd-2022.kraljic.ron", flag, "-o"])
            .arg(&out)
            .assert()
            .success();
        let bytes = fs::read(&out).expect("written");
        assert!(bytes.starts_with(magic), "{flag}");
    }
    Command::cargo_bin("kraljic-workshop")
        .expect("binary")
        .args(["export", "workshops/nmd-2022.kraljic.ron", "--pdf"])
        .assert()
        .code(2)
        .stderr(contains("-o"));
}

#[test]
fn generate_writes_a_practice_workshop_of_any_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = dir.path().join("provincie.kraljic.ron");
    app()
        .args(["generate", "2500", "-o"])
        .arg(&output)
        .assert()
        .success()
        .stderr(contains("2500 verzonnen percelen"));
    let workshop = load_path(&output).expect("valid workshop").workshop;
    assert_eq!(workshop.lots.len(), 2500);
    assert!(workshop.lots.iter().any(|l| l.is_scored()));
    assert!(workshop.lots.iter().any(|l| !l.is_scored()));
    // Refuses to replace a file, and sizes outside 1..=100 000.
    assert_refused(app().args(["generate", "10", "-o"]).arg(&output).assert());
    assert_refused(
        app()
            .args(["generate", "0", "-o"])
            .arg(dir.path().join("nul"))
            .assert(),
    );
    assert_eq!(load_path(&output).expect("kept").workshop.lots.len(), 2500);
}

#[test]
fn the_renderers_are_tried_in_order_and_a_failing_one_is_passed_over() {
    // A data folder of its own: nothing remembered yet.
    let data = tempfile::tempdir().expect("dir");
    // Both wgpu renderers made to fail: the window would draw with glow.
    let output = app()
        .env("XDG_DATA_HOME", data.path())
        .env("KRALJIC_RENDERER_FAIL", "wgpu,wgpu-vulkan")
        .arg("renderer")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let lines: Vec<String> = String::from_utf8_lossy(&output)
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert!(lines[0].starts_with("Nog niets onthouden"), "{lines:?}");
    assert!(
        lines[1].starts_with("wgpu: werkt hier niet (made to fail"),
        "{lines:?}"
    );
    assert!(
        lines[2].starts_with("wgpu-vulkan: werkt hier niet (made to fail"),
        "{lines:?}"
    );
    assert!(lines[3].starts_with("glow: werkt"), "{lines:?}");
    // What a start that painted left is printed, and that the next start uses it directly.
    let folder = data.path().join("kraljic-workshop");
    std::fs::create_dir_all(&folder).expect("folder");
    let remembered = format!(
        "(version:\"{}\",renderer:\"glow\",adapter:\"OpenGL 4.5\",reached:Painted)",
        env!("CARGO_PKG_VERSION")
    );
    std::fs::write(folder.join("renderer.ron"), remembered).expect("write");
    app()
        .env("XDG_DATA_HOME", data.path())
        .arg("renderer")
        .assert()
        .success()
        .stdout(contains(
            "Onthouden: glow (OpenGL 4.5); de volgende start tekent hier direct mee",
        ));
    // Only the first made to fail: it is never the one chosen, whatever this machine has.
    app()
        .env("KRALJIC_RENDERER_FAIL", "wgpu")
        .arg("renderer")
        .assert()
        .success()
        .stdout(contains("wgpu: werkt hier niet").and(contains("wgpu: werkt (").not()));
}

#[test]
fn plan_prints_each_tender_with_its_phases_and_the_flags() {
    let text = stdout_of(&["plan", NMD]);
    assert!(text.contains("Evaluatie"), "{text}");
    let huishoudelijke = text
        .lines()
        .find(|l| l.starts_with("Huishoudelijke hulp"))
        .expect("the tender's row");
    assert!(huishoudelijke.contains("01-01-2030"), "{huishoudelijke}");
    assert!(huishoudelijke.contains("01-07-2028"), "{huishoudelijke}");
    // Read as on 1 January 2024, Jeugdhulp+ should have begun in July 2022.
    assert!(
        text.contains("Jeugdhulp+: de evaluatie had op 01-07-2022 moeten beginnen"),
        "{text}"
    );
    let english = stdout_of(&["--lang", "en", "plan", RIVIERENLAND]);
    assert!(english.contains("no tenders yet"), "{english}");
}

#[test]
fn export_ics_writes_an_agenda_file() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("kalender.ics");
    app()
        .args(["export", NMD, "--ics", "-o"])
        .arg(&out)
        .assert()
        .success();
    let text = fs::read_to_string(&out).expect("ics");
    assert!(
        text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
        "{text}"
    );
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 16 * 7 + 25);
}

#[test]
fn import_contracts_reads_the_register_into_a_workshop_and_names_what_is_left() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("nmd.kraljic.ron");
    fs::copy(NMD, &file).expect("copy");
    let text = stdout_of(&[
        "import-contracts",
        "tests/data/nmd-current-contracts.csv",
        "--into",
        file.to_str().expect("path"),
    ]);
    assert!(text.contains("25 contracten gelezen"), "{text}");
    assert!(text.contains("Huishoudelijke Ondersteuning"), "{text}");
    let workshop = load_path(&file).expect("loads").workshop;
    let contracts = &workshop.planning.contracts;
    assert_eq!(contracts.len(), 25);
    let dagbesteding = contracts
        .iter()
        .find(|c| c.name == "Dagbesteding")
        .expect("contract");
    assert_eq!(dagbesteding.lots.len(), 2);
    assert_eq!(dagbesteding.end.to_string(), "2025-12-31");
    // A dry run writes nothing.
    let before = fs::read(&file).expect("file");
    stdout_of(&[
        "import-contracts",
        "tests/data/nmd-current-contracts.csv",
        "--into",
        file.to_str().expect("path"),
        "--dry-run",
    ]);
    assert_eq!(fs::read(&file).expect("file"), before);
    // A sheet without a register is refused with a reason.
    let stderr = assert_refused(
        app()
            .args(["import-contracts", "tests/data/ten-names.csv", "--into"])
            .arg(&file)
            .assert(),
    );
    assert!(stderr.contains("contractregister"), "{stderr}");
    assert!(stderr.contains("--column"), "{stderr}");
}

#[test]
fn import_contracts_takes_columns_and_a_header_row_given_by_hand() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("nmd.kraljic.ron");
    fs::copy(NMD, &file).expect("copy");
    let register = dir.path().join("register.csv");
    let text = "Regio Nijmegen;;;\n\
                Omschrijving;Van;Tot en met;Optie\n\
                Dagbesteding;1-1-2022;31-12-2025;Nee\n\
                Pleegzorg;1-1-2023;31-12-2026;Ja, 1 jaar\n";
    fs::write(&register, text).expect("csv");
    let run = |extra: &[&str]| {
        app()
            .arg("import-contracts")
            .arg(&register)
            .arg("--into")
            .arg(&file)
            .args(extra)
            .assert()
    };
    // Not recognised: the headers say nothing the register knows.
    let stderr = assert_refused(run(&[]));
    assert!(stderr.contains("--column"), "{stderr}");
    // A field the register does not have, and a column that is not a letter, are refused.
    let stderr = assert_refused(run(&["--column", "spend=B"]));
    assert!(stderr.contains("spend=B"), "{stderr}");
    let stderr = assert_refused(run(&["--column", "name=1"]));
    assert!(stderr.contains("name=1"), "{stderr}");
    let columns = [
        "--header-row",
        "2",
        "--column",
        "name=A",
        "--column",
        "start=B",
        "--column",
        "end=C",
        "--column",
        "extension=D",
    ];
    let output = run(&columns).success().get_output().stdout.clone();
    let text = String::from_utf8(output).expect("utf-8");
    assert!(text.contains("2 contracten gelezen"), "{text}");
    let workshop = load_path(&file).expect("loads").workshop;
    let contracts = &workshop.planning.contracts;
    assert_eq!(contracts.len(), 2);
    assert_eq!(contracts[1].name, "Pleegzorg");
    assert_eq!(
        contracts[1]
            .extendable_until
            .map(|d| d.to_string())
            .as_deref(),
        Some("2027-12-31")
    );
    assert_eq!(contracts[0].lots.len(), 2, "Dagbesteding: Wmo and Jeugd");
}

/// A workshop with two participants who scored the first lot, and Tiel's copy in which Tiel
/// scored the second lot, written beside it.
fn workshop_and_tiels_copy(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    use kraljic_workshop::model::copy::WorkshopId;
    use kraljic_workshop::model::{Criterion, Edit, Level, Participant, ParticipantId};
    let mut workshop = load_path(Path::new("workshops/rivierenland-2019.kraljic.ron"))
        .expect("example")
        .workshop;
    workshop.identity = Some(WorkshopId("rivierenland".into()));
    for (id, name) in [(1, "Tiel"), (2, "Buren")] {
        let participant = Participant {
            id: ParticipantId(id),
            name: name.into(),
        };
        Edit::AddParticipant(participant).apply(&mut workshop);
    }
    let (first, second) = (workshop.lots[0].id, workshop.lots[1].id);
    for (id, level) in [(1, Level::Low), (2, Level::High)] {
        for criterion in Criterion::ALL {
            let edit = Edit::ParticipantScore {
                lot: first,
                participant: ParticipantId(id),
                criterion,
                level: Some(level),
            };
            edit.apply(&mut workshop);
        }
    }
    let mut copy = workshop.copy_for(ParticipantId(1)).expect("copy");
    for criterion in Criterion::ALL {
        let edit = Edit::Score {
            lot: second,
            criterion,
            level: Some(Level::Medium),
        };
        edit.apply(&mut copy);
    }
    let (open, copied) = (dir.join("werk.kraljic.ron"), dir.join("tiel.kraljic.ron"));
    kraljic_workshop::format::save_path(&workshop, &open).expect("save");
    kraljic_workshop::format::save_path(&copy, &copied).expect("save copy");
    (open, copied)
}

#[test]
fn read_copy_takes_only_the_participants_own_changes_and_dry_run_writes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let (open, copy) = workshop_and_tiels_copy(dir.path());
    let before = fs::read(&open).expect("read");
    let args = |extra: &[&str]| {
        let mut all = vec!["read-copy", copy.to_str().expect("path"), "--into"];
        all.push(open.to_str().expect("path"));
        all.extend_from_slice(extra);
        all.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let printed = stdout_of(
        &args(&["--dry-run"])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    assert!(printed.contains("Kopie voor Tiel"), "{printed}");
    assert!(
        printed.contains("Scores: 3 nieuw, 0 vervangen, 0 gewist; 0 conflicten"),
        "{printed}"
    );
    assert_eq!(
        fs::read(&open).expect("read"),
        before,
        "a dry run writes nothing"
    );

    let refused = assert_refused(app().args(args(&["--as", "Buren"])).assert());
    assert!(refused.contains("gemaakt voor Tiel"), "{refused}");

    stdout_of(&args(&[]).iter().map(String::as_str).collect::<Vec<_>>());
    let after = load_path(&open).expect("loads").workshop;
    let tiel = kraljic_workshop::model::ParticipantId(1);
    assert_eq!(after.lots[1].round.scores[&tiel].count_scored(), 3);
    assert_eq!(after.lots[1].round.scores.len(), 1, "only Tiel's");
    let first_before = load_path(&copy)
        .expect("copy")
        .workshop
        .copy_of
        .expect("copy")
        .base;
    assert_eq!(
        after.lots[0].round.scores[&tiel],
        first_before[&after.lots[0].id]
    );
}

#[test]
fn read_copy_stops_on_a_conflict_and_changes_nothing() {
    use kraljic_workshop::model::{Criterion, Edit, Level, ParticipantId};
    let dir = tempfile::tempdir().expect("dir");
    let (open, copy) = workshop_and_tiels_copy(dir.path());
    // Tiel's score on the second lot was also entered in the room, differently.
    let mut workshop = load_path(&open).expect("loads").workshop;
    let edit = Edit::ParticipantScore {
        lot: workshop.lots[1].id,
        participant: ParticipantId(1),
        criterion: Criterion::Impact,
        level: Some(Level::High),
    };
    edit.apply(&mut workshop);
    kraljic_workshop::format::save_path(&workshop, &open).expect("save");
    let before = fs::read(&open).expect("read");
    let refused = assert_refused(
        app()
            .args(["read-copy", copy.to_str().expect("path"), "--into"])
            .arg(&open)
            .assert(),
    );
    assert!(refused.contains("Conflicten (1)"), "{refused}");
    assert!(
        refused.contains("hier 3 Hoog, in de kopie 2 Middel"),
        "{refused}"
    );
    assert_eq!(fs::read(&open).expect("read"), before);
    // And the open file itself is refused.
    let same = assert_refused(
        app()
            .args(["read-copy"])
            .arg(&open)
            .arg("--into")
            .arg(&open)
            .assert(),
    );
    assert!(same.contains("al open"), "{same}");
}

#[test]
fn exports_are_the_same_bytes_with_source_date_epoch() {
    let dir = tempfile::tempdir().expect("dir");
    let run = |kind: &str, name: &str, epoch: &str| {
        let path = dir.path().join(name);
        app()
            .env("SOURCE_DATE_EPOCH", epoch)
            .args(["export", "workshops/nmd-2022.kraljic.ron", kind, "-o"])
            .arg(&path)
            .arg("--force")
            .assert()
            .success();
        fs::read(&path).expect("written")
    };
    for kind in ["--xlsx", "--pdf", "--ics"] {
        let first = run(kind, "a", "1765000000");
        assert_eq!(first, run(kind, "b", "1765000000"), "{kind} twice");
        assert_ne!(
            first,
            run(kind, "c", "1800000000"),
            "{kind} follows the moment"
        );
    }
}

#[test]
fn new_lists_the_templates_and_writes_an_empty_workshop_that_checks_sound() {
    let listed = stdout_of(&["new", "--list"]);
    for name in ["leeg", "nmd-2023", "rivierenland-2019", "twente"] {
        assert!(listed.contains(name), "{listed}");
    }
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("regio.kraljic.ron");
    app()
        .args(["new"])
        .arg(&path)
        .args(["--template", "leeg"])
        .assert()
        .success();
    let workshop = load_path(&path).expect("opens").workshop;
    assert!(workshop.kaders.is_empty() && workshop.lots.is_empty());
    assert_eq!(workshop.checklist, "algemeen");
    let checked = stdout_of(&["check", path.to_str().expect("path")]);
    assert!(checked.contains("in orde"), "{checked}");
    // A region's template, and one that does not exist.
    let twente = dir.path().join("twente.kraljic.ron");
    app()
        .arg("new")
        .arg(&twente)
        .args(["--template", "twente"])
        .assert()
        .success();
    assert_eq!(
        load_path(&twente)
            .expect("opens")
            .workshop
            .municipalities
            .len(),
        14
    );
    let refused = assert_refused(
        app()
            .arg("new")
            .arg(dir.path().join("x.kraljic.ron"))
            .args(["--template", "utrecht"])
            .assert(),
    );
    assert!(refused.contains("nmd-2023"), "{refused}");
    // From another workshop: its setup, no lots.
    let from = dir.path().join("van-nmd.kraljic.ron");
    app()
        .arg("new")
        .arg(&from)
        .args(["--from", "workshops/nmd-2022.kraljic.ron"])
        .assert()
        .success();
    let from = load_path(&from).expect("opens").workshop;
    assert!(from.lots.is_empty());
    assert_eq!(from.kaders.len(), 20);
}

#[test]
fn the_report_takes_only_the_strategic_and_bottleneck_lot_pages_when_asked() {
    let dir = tempfile::tempdir().expect("dir");
    let pdf = |lots: &str| {
        let out = dir.path().join(format!("{lots}.pdf"));
        app()
            .args(["export", NMD, "--pdf", "--lots", lots, "-o"])
            .arg(&out)
            .assert()
            .success();
        common::pdf_text(&fs::read(&out).expect("written"))
    };
    let all = pdf("all");
    let strategic = pdf("strategic");
    // Beschermd wonen is strategic, Huishoudelijke hulp leverage: only the first keeps its
    // page (both stay in the portfolio table).
    assert!(all.contains("1. Huishoudelijke hulp") && all.contains("2. Beschermd wonen"));
    assert!(strategic.contains("2. Beschermd wonen"));
    assert!(!strategic.contains("1. Huishoudelijke hulp"));
    assert!(
        strategic.contains("Huishoudelijke hulp"),
        "still in the table"
    );
    // Only for the report.
    app()
        .args(["export", NMD, "--csv", "--lots", "strategic"])
        .assert()
        .failure();
}
