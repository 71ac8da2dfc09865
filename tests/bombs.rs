//! Spreadsheet bombs: a small `.xlsx` or `.ods` whose one part inflates far beyond what a list
//! of lots can be is refused with one sentence, quickly and in little memory, whether the zip's
//! directory states the true sizes or understates them. Measured from the program's own
//! accounting (`KRALJIC_REPORT_PEAK`), as a child process: a parallel test run would blur
//! anything measured from outside.

use std::io::{Cursor, Write};

use assert_cmd::Command;

/// 80 MiB of sheet XML: beyond the 48 MiB a part may inflate to, and quick to make.
const BOMB_PART: u64 = 80 * 1024 * 1024;

fn store(zip: &mut zip::ZipWriter<&mut Cursor<Vec<u8>>>, name: &str, text: &[u8]) {
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file(name, options).expect("part");
    zip.write_all(text).expect("write");
}

/// A workbook whose `part` holds `size` bytes: a valid start, then spaces (which deflate to
/// almost nothing).
fn workbook(kind: &str, part: &str, size: u64) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    if kind == "ods" {
        store(
            &mut zip,
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        );
        store(&mut zip, "META-INF/manifest.xml", b"<manifest:manifest/>");
    } else {
        store(&mut zip, "[Content_Types].xml", b"<Types/>");
        store(
            &mut zip,
            "xl/workbook.xml",
            b"<workbook><sheets><sheet name=\"Percelen\" r:id=\"rId1\"/></sheets></workbook>",
        );
    }
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file(part, options).expect("part");
    zip.write_all(b"<?xml version=\"1.0\"?><worksheet><sheetData>")
        .expect("head");
    let block = vec![b' '; 1 << 20];
    let mut left = size;
    while left > 0 {
        let n = left.min(block.len() as u64) as usize;
        zip.write_all(&block[..n]).expect("spaces");
        left -= n as u64;
    }
    zip.write_all(b"</sheetData></worksheet>").expect("tail");
    zip.finish().expect("zip");
    out.into_inner()
}

/// The same zip with the stated uncompressed size of `part` (in its local header and in the
/// directory) set to 1 KiB.
fn understated(mut bytes: Vec<u8>, part: &str) -> Vec<u8> {
    let small = 1024u32.to_le_bytes();
    let named = |bytes: &[u8], length_at: usize, name_at: usize| {
        let length = usize::from(u16::from_le_bytes([bytes[length_at], bytes[length_at + 1]]));
        bytes.get(name_at..name_at + length) == Some(part.as_bytes())
    };
    let mut at = 0;
    while at + 46 < bytes.len() {
        match &bytes[at..at + 4] {
            b"PK\x03\x04" if named(&bytes, at + 26, at + 30) => {
                bytes[at + 22..at + 26].copy_from_slice(&small);
            }
            b"PK\x01\x02" if named(&bytes, at + 28, at + 46) => {
                bytes[at + 24..at + 28].copy_from_slice(&small);
            }
            _ => {}
        }
        at += 1;
    }
    bytes
}

/// Runs `import` on the bytes; returns standard error, peak memory (MB) and run time (ms).
fn import(bytes: &[u8], name: &str) -> (String, f64, u64) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    let output = Command::cargo_bin("kraljic-workshop")
        .expect("binary")
        .env("KRALJIC_REPORT_PEAK", "1")
        .arg("import")
        .arg(&path)
        .arg("-o")
        .arg(dir.path().join("out.kraljic.ron"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2), "refused with exit code 2");
    assert!(
        !dir.path().join("out.kraljic.ron").exists(),
        "nothing written"
    );
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let number = |key: &str| {
        stderr
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|v| v.trim().parse::<u64>().ok())
            .unwrap_or_else(|| panic!("no {key} in {stderr}"))
    };
    let peak_mb = number("peak-memory-kb") as f64 / 1024.0;
    let ms = number("run-ms");
    (stderr, peak_mb, ms)
}

fn check(kind: &str, part: &str, lie: bool) {
    let mut bytes = workbook(kind, part, BOMB_PART);
    if lie {
        bytes = understated(bytes, part);
    }
    assert!(bytes.len() < 1024 * 1024, "{} bytes", bytes.len());
    let (stderr, peak, ms) = import(&bytes, &format!("bom.{kind}"));
    eprintln!(
        "{kind} {part} understated={lie}: {} KB file, {peak:.0} MB peak, {ms} ms",
        bytes.len() / 1024
    );
    assert!(peak < 200.0, "{peak:.0} MB peak memory");
    let message: Vec<&str> = stderr
        .lines()
        .filter(|l| {
            !l.starts_with("peak-memory-kb") && !l.starts_with("run-ms") && !l.starts_with('[')
        })
        .collect();
    assert_eq!(message.len(), 1, "one plain message: {stderr}");
    if !lie {
        assert!(message[0].contains("uitgepakt"), "{}", message[0]);
    }
}

#[test]
fn an_xlsx_bomb_with_honest_sizes_is_refused_in_little_memory() {
    check("xlsx", "xl/worksheets/sheet1.xml", false);
}

#[test]
fn an_xlsx_bomb_with_understated_sizes_is_refused_in_little_memory() {
    check("xlsx", "xl/worksheets/sheet1.xml", true);
}

#[test]
fn a_shared_strings_bomb_is_refused() {
    check("xlsx", "xl/sharedStrings.xml", false);
}

#[test]
fn an_ods_bomb_is_refused() {
    check("ods", "content.xml", false);
}
