//! Helpers shared by the test programs that read a PDF back.

use std::process::Command;

/// The text of a PDF as `pdftotext -layout` reads it (poppler-utils; `scripts/test.sh`
/// installs it).
pub fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, bytes).expect("write");
    let output = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils; scripts/test.sh installs it)");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).expect("utf-8")
}
