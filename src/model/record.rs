//! The session record: decisions, open issues (the parking lot) and actions (who, what, by
//! when), each about one lot or about the whole workshop.

use super::lot::LotId;
use super::workshop::WorkshopDate;

/// What kind of note an item of the record is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordKind {
    /// A decision taken in the meeting.
    Decision,
    /// A question parked for later (the parking lot).
    OpenIssue,
    /// Something someone will do by a date.
    Action,
}

impl RecordKind {
    /// All kinds, in the order the review shows them.
    pub const ALL: [RecordKind; 3] = [
        RecordKind::Decision,
        RecordKind::OpenIssue,
        RecordKind::Action,
    ];
}

/// One item of the session record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordItem {
    /// Decision, open issue or action.
    pub kind: RecordKind,
    /// What was decided, asked or agreed.
    pub text: String,
    /// The lot it is about; `None` for the whole workshop.
    pub lot: Option<LotId>,
    /// For actions: who does it.
    pub who: String,
    /// For actions: by when.
    pub due: Option<WorkshopDate>,
    /// Done (an action carried out, an issue settled).
    pub done: bool,
}

impl RecordItem {
    /// An empty item of `kind` about `lot`.
    pub fn new(kind: RecordKind, lot: Option<LotId>) -> RecordItem {
        RecordItem {
            kind,
            text: String::new(),
            lot,
            who: String::new(),
            due: None,
            done: false,
        }
    }
}

/// Minutes and seconds left of a time box, `07:05`; negative time shows as `-00:12`.
pub fn format_countdown(seconds_left: f64) -> String {
    let whole = seconds_left.abs().ceil() as u64;
    let sign = if seconds_left < 0.0 && whole > 0 {
        "-"
    } else {
        ""
    };
    format!("{sign}{:02}:{:02}", whole / 60, whole % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdowns_read_as_minutes_and_seconds() {
        assert_eq!(format_countdown(600.0), "10:00");
        assert_eq!(format_countdown(65.2), "01:06");
        assert_eq!(format_countdown(0.0), "00:00");
        assert_eq!(format_countdown(-12.0), "-00:12");
    }
}
