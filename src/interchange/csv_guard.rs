//! The guard against formula injection in CSV files (OWASP "CSV injection"): Excel and
//! LibreOffice run a cell that starts with `=`, `+`, `-` or `@` as a formula when the file is
//! opened, so a lot named `=HYPERLINK("http://x","klik")` would become a live link. The CSV
//! export writes such a text cell with a leading apostrophe, which the spreadsheet shows as
//! text; the CSV importers take that apostrophe off again only where the guard put it, so an
//! export imports back unchanged and "'s-Hertogenbosch" keeps its apostrophe.

use std::borrow::Cow;

/// What a cell may start with to be run as a formula (tab and carriage return too: some
/// programs strip them and read what follows).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell as the CSV export writes it: with a leading apostrophe when a spreadsheet would
/// read it as a formula.
pub fn guard(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_START) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A CSV cell without the guard's apostrophe (only an apostrophe before a formula sign).
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_signs_are_guarded_and_come_back() {
        for cell in [
            "=HYPERLINK(\"http://x\",\"klik\")",
            "+31 6",
            "-Jeugd",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            let guarded = guard(cell);
            assert_eq!(guarded, format!("'{cell}"));
            assert_eq!(unguard(&guarded), cell);
        }
        for cell in ["Dyslexie", "'s-Hertogenbosch", "'t Gooi", "", "1=1"] {
            assert_eq!(guard(cell), cell);
            assert_eq!(unguard(cell), cell, "a plain apostrophe stays");
        }
    }
}
