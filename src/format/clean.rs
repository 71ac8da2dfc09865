//! Texts read from a workshop file under the one rule for texts ([`TextKind`]).

use super::error::{ProblemKind, Report};
use super::path::FieldPath;
use crate::model::text::TextKind;

/// A text of the file under the one rule for texts ([`TextKind`]), with a warning when that
/// changed more than spaces.
/// `lot` names the lot the text belongs to; a lot's name names itself.
pub(crate) fn cleaned(
    text: &str,
    kind: TextKind,
    path: FieldPath,
    lot: Option<&str>,
    report: &mut Report<'_>,
) -> String {
    let cleaned = kind.clean(text);
    let changes = cleaned.changes;
    if changes.worth_saying() {
        let lot = if kind == TextKind::Name {
            Some(cleaned.text.as_str())
        } else {
            lot
        };
        report(path, lot, ProblemKind::TextCleaned { changes });
    }
    cleaned.text
}
