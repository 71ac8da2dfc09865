//! Ten unusual but possible lot names, through the whole tool: imported clean with a remark
//! where a name changed, guarded against formula injection in the CSV export and restored on
//! import, and cleaned with a warning when a file holds them.

use std::path::Path;

use assert_cmd::Command;
use kraljic_workshop::format::{ProblemKind, load_path, load_str, to_text};
use kraljic_workshop::model::text::{NAME_MAX, char_count};

/// Ten unusual but possible names (a 5 000-character name, a line break, a tab, Arabic,
/// Japanese, an emoji family, a formula, a right-to-left override, a zero-width space, a
/// script tag), as a CSV of lots; the model's unit tests read the same file.
const TEN_NAMES: &str = "tests/data/ten-names.csv";

fn cli(args: &[&std::ffi::OsStr]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("kraljic-workshop")
        .expect("binary")
        .args(args)
        .assert()
}

fn names_of(path: &Path) -> Vec<String> {
    let mut names: Vec<String> = load_path(path)
        .expect("loads")
        .workshop
        .lots
        .iter()
        .map(|l| l.name.clone())
        .collect();
    names.sort();
    names
}

#[test]
fn ten_unusual_names_import_clean_and_survive_a_csv_round_trip() {
    let dir = tempfile::tempdir().expect("dir");
    let input = Path::new(TEN_NAMES);
    let workshop = dir.path().join("namen.kraljic.ron");
    let assert = cli(&[
        "import-csv".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        workshop.as_os_str(),
    ])
    .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    // Four names changed visibly, and each is named.
    for said in [
        "ingekort tot 200 tekens",
        "regeleinden en tabs zijn spaties geworden",
        "onzichtbare tekens en stuurtekens zijn weggelaten",
    ] {
        assert!(stderr.contains(said), "{stderr}");
    }
    assert_eq!(
        stderr.matches("de naam is opgeschoond").count(),
        5,
        "{stderr}"
    );
    let names = names_of(&workshop);
    assert!(names.contains(&"Jeugdhulp met verblijf".to_string()));
    assert!(names.contains(&"Huislijke hulp".to_string()));
    assert!(names.contains(&"Dagbesteding".to_string()));
    assert!(names.iter().all(|n| char_count(n) <= NAME_MAX));

    // The export guards the formula; --raw leaves it as it is.
    let csv = dir.path().join("uit.csv");
    cli(&[
        "export".as_ref(),
        workshop.as_os_str(),
        "--csv".as_ref(),
        "-o".as_ref(),
        csv.as_os_str(),
    ])
    .success();
    let exported = std::fs::read_to_string(&csv).expect("csv");
    assert!(
        exported.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\","),
        "{exported}"
    );
    let raw = cli(&[
        "export".as_ref(),
        workshop.as_os_str(),
        "--csv".as_ref(),
        "--raw".as_ref(),
    ])
    .success();
    let raw = String::from_utf8_lossy(&raw.get_output().stdout).into_owned();
    assert!(raw.contains(",\"=HYPERLINK("), "{raw}");

    // Both importers read the export back to the same names.
    for command in ["import-csv", "import"] {
        let again = dir.path().join(format!("terug-{command}.kraljic.ron"));
        cli(&[
            command.as_ref(),
            csv.as_os_str(),
            "-o".as_ref(),
            again.as_os_str(),
        ])
        .success();
        assert_eq!(names_of(&again), names, "{command}");
    }
}

#[test]
fn a_file_with_unclean_texts_loads_cleaned_with_a_warning_for_each() {
    let mut workshop = load_path(Path::new("workshops/nmd-2022.kraljic.ron"))
        .expect("example")
        .workshop;
    workshop.lots[0].name = "Huishoudelijke\nhulp\u{202E}".into();
    workshop.lots[1].notes = "Eerste regel\nTweede\u{200B} regel".into();
    workshop.title = "Inkoop\tstrategie".into();
    let text = to_text(&workshop).expect("saves");
    let loaded = load_str(&text).expect("loads");
    assert_eq!(loaded.workshop.lots[0].name, "Huishoudelijke hulp");
    assert_eq!(loaded.workshop.lots[1].notes, "Eerste regel\nTweede regel");
    assert_eq!(loaded.workshop.title, "Inkoop strategie");
    let cleaned: Vec<String> = loaded
        .warnings
        .iter()
        .filter(|w| matches!(w.kind, ProblemKind::TextCleaned { .. }))
        .map(|w| w.path.to_string())
        .collect();
    assert_eq!(
        cleaned,
        ["title", "lots[0].name", "lots[1].notes"],
        "in file order"
    );
    let said = loaded.warnings[0].describe(kraljic_workshop::locale::Lang::Dutch);
    assert!(said.contains("de tekst is opgeschoond"), "{said}");
}

/// The words of each page of a PDF with their boxes (`pdftotext -bbox`), in points.
fn pdf_words(pdf: &Path) -> Vec<Vec<(f32, f32, String)>> {
    let output = std::process::Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils; scripts/test.sh installs it)");
    let html = String::from_utf8_lossy(&output.stdout).into_owned();
    let number = |word: &str, key: &str| -> f32 {
        let at = word.find(&format!("{key}=\"")).expect("attribute") + key.len() + 2;
        word[at..]
            .split('"')
            .next()
            .and_then(|v| v.parse().ok())
            .expect("number")
    };
    html.split("<page ")
        .skip(1)
        .map(|page| {
            page.split("<word ")
                .skip(1)
                .map(|word| {
                    let text = word.split('>').nth(1).unwrap_or_default();
                    let text = text.split('<').next().unwrap_or_default();
                    let text = text
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&amp;", "&");
                    (number(word, "xMin"), number(word, "xMax"), text)
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_report_of_ten_unusual_names_has_letters_not_boxes_and_its_columns_in_place() {
    let dir = tempfile::tempdir().expect("dir");
    let workshop = dir.path().join("namen.kraljic.ron");
    let input = Path::new(TEN_NAMES);
    cli(&[
        "import-csv".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        workshop.as_os_str(),
    ])
    .success();
    let pdf = dir.path().join("rapport.pdf");
    let assert = cli(&[
        "export".as_ref(),
        workshop.as_os_str(),
        "--pdf".as_ref(),
        "-o".as_ref(),
        pdf.as_os_str(),
    ])
    .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let pages = pdf_words(&pdf);
    let text: String = pages
        .iter()
        .flatten()
        .map(|(_, _, word)| word.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    // Japanese and Arabic come back as text (Arabic in the order it is drawn, right to left).
    let fonts = "the Noto fonts are missing: apt-get install fonts-noto-core fonts-noto-cjk \
                 (scripts/test.sh installs them)";
    assert!(text.contains("青少年ケア"), "{fonts}\n{text}");
    let arabic: String = "الشباب".chars().rev().collect();
    assert!(
        text.contains(&arabic) || text.contains("الشباب"),
        "{fonts}\n{text}"
    );
    assert!(!stderr.contains("رعاية"), "Arabic has a font: {stderr}");
    // The emoji family has no font here: it is a mark in the PDF and named once.
    assert_eq!(stderr.matches("Gezin").count(), 1, "{stderr}");

    // The portfolio table: every word of the name column ends before the amounts begin.
    let table = pages
        .iter()
        .find(|words| words.first().is_some_and(|(_, _, w)| w == "Portfolio"))
        .expect("a portfolio page");
    let (name_left, name_right) = (56.0 + 24.0, 56.0 + 24.0 + 200.0);
    let in_names: Vec<&(f32, f32, String)> = table
        .iter()
        .filter(|(x_min, _, _)| (name_left - 0.5..name_right).contains(x_min))
        .collect();
    assert!(in_names.len() > 30, "{in_names:?}");
    for (_, x_max, word) in in_names {
        assert!(
            *x_max <= name_right + 0.5,
            "'{word}' runs into the next column ({x_max})"
        );
    }
    let amounts = table.iter().filter(|(_, _, w)| w == "€").count();
    assert_eq!(amounts, 11, "ten lots and the total");
}
