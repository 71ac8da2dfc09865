//! Texts about the safety of the user's files: changed on disk, locks, read-only, recovery.

use super::Lang;

/// The texts about file safety.
#[derive(Debug)]
pub struct SafetyTexts {
    /// Changed on disk: title.
    pub changed_title: &'static str,
    /// Changed on disk: after the path.
    pub changed_text: &'static str,
    /// Button: reload the file from disk.
    pub reload: &'static str,
    /// Button: save a copy elsewhere.
    pub save_copy: &'static str,
    /// Button: overwrite the file.
    pub overwrite: &'static str,
    /// Button: cancel.
    pub cancel: &'static str,
    /// Locked: title.
    pub locked_title: &'static str,
    /// Locked: "is open by".
    pub locked_by: &'static str,
    /// Locked: "on" (machine).
    pub on_machine: &'static str,
    /// Locked: who holds the lock when its file does not say (no user name was known).
    pub unknown_user: &'static str,
    /// Locked: "since".
    pub since: &'static str,
    /// Locked: what can happen.
    pub locked_risk: &'static str,
    /// Button: open read-only.
    pub open_read_only: &'static str,
    /// Button: edit anyway.
    pub open_anyway: &'static str,
    /// A stale lock was cleared.
    pub stale_cleared: &'static str,
    /// Read-only marker in the status line and title.
    pub read_only: &'static str,
    /// Minutes ago.
    pub minutes_ago: &'static str,
    /// Recovery: title.
    pub recovery_title: &'static str,
    /// Recovery: explanation before the time.
    pub recovery_text: &'static str,
    /// Recovery: of which file.
    pub recovery_of: &'static str,
    /// Recovery: the user's own file stays.
    pub recovery_keeps_file: &'static str,
    /// Button: restore.
    pub restore: &'static str,
    /// Button: throw away the recovered work.
    pub discard_recovery: &'static str,
}

/// The user named in a lock file, or words for "unknown" when it could not say (`?`).
pub fn lock_holder(user: &str, lang: super::Lang) -> &str {
    match user.trim() {
        "" | "?" => lang.safety().unknown_user,
        _ => user,
    }
}

/// Dutch.
pub const DUTCH: SafetyTexts = SafetyTexts {
    changed_title: "Het bestand is intussen gewijzigd",
    changed_text: "is na het openen door iemand anders opgeslagen. Als u nu opslaat, gaan die wijzigingen verloren.",
    reload: "Opnieuw openen (uw wijzigingen vervallen)",
    save_copy: "Opslaan als kopie\u{2026}",
    overwrite: "Toch overschrijven",
    cancel: "Annuleren",
    locked_title: "Het bestand is al geopend",
    locked_by: "is geopend door",
    on_machine: "op",
    unknown_user: "een onbekende gebruiker",
    since: "sinds",
    locked_risk: "Als u het ook bewerkt, gaan bij opslaan de wijzigingen van een van beiden verloren. Open het alleen om te lezen, of bewerk het toch als u zeker weet dat het andere venster dicht is.",
    open_read_only: "Alleen lezen",
    open_anyway: "Toch bewerken",
    stale_cleared: "Een vergrendeling van een eerdere sessie op deze computer, die niet netjes is afgesloten, is opgeheven:",
    read_only: "alleen lezen",
    minutes_ago: "min geleden",
    recovery_title: "Niet-opgeslagen werk teruggevonden",
    recovery_text: "Het programma is de vorige keer niet netjes afgesloten. Het laatste werk is automatisch bewaard om",
    recovery_of: "Werksessie:",
    recovery_keeps_file: "Uw eigen bestand blijft zoals het is; na herstellen kiest u zelf of en waar u opslaat.",
    restore: "Herstellen",
    discard_recovery: "Weggooien",
};

/// English.
pub const ENGLISH: SafetyTexts = SafetyTexts {
    changed_title: "The file has changed",
    changed_text: "was saved by someone else after you opened it. Saving now would lose their changes.",
    reload: "Open again (your changes are dropped)",
    save_copy: "Save as a copy\u{2026}",
    overwrite: "Overwrite anyway",
    cancel: "Cancel",
    locked_title: "The file is already open",
    locked_by: "is open by",
    on_machine: "on",
    unknown_user: "an unknown user",
    since: "since",
    locked_risk: "If you edit it too, saving will lose one person's changes. Open it read-only, or edit anyway if you are sure the other window is closed.",
    open_read_only: "Read only",
    open_anyway: "Edit anyway",
    stale_cleared: "A lock left by an earlier session on this computer, which did not close properly, was removed:",
    read_only: "read only",
    minutes_ago: "min ago",
    recovery_title: "Unsaved work found",
    recovery_text: "The program did not close properly last time. The latest work was kept automatically at",
    recovery_of: "Workshop:",
    recovery_keeps_file: "Your own file stays as it is; after restoring you choose whether and where to save.",
    restore: "Restore",
    discard_recovery: "Throw away",
};

impl Lang {
    /// The texts about file safety.
    pub fn safety(self) -> &'static SafetyTexts {
        match self {
            Lang::Dutch => &DUTCH,
            Lang::English => &ENGLISH,
        }
    }
}

/// A moment (seconds since 1970) as `22-11-2026 18:40 UTC`.
pub fn format_moment(seconds: u64) -> String {
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    let date = crate::model::WorkshopDate::from_unix_days(days);
    let minute_of_day = (seconds % 86_400) / 60;
    format!(
        "{:02}-{:02}-{} {:02}:{:02} UTC",
        date.day,
        date.month,
        date.year,
        minute_of_day / 60,
        minute_of_day % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_read_the_dutch_way() {
        assert_eq!(format_moment(0), "01-01-1970 00:00 UTC");
        assert_eq!(format_moment(1_795_375_200), "22-11-2026 19:20 UTC");
        assert_eq!(format_moment(951_782_400 + 3_660), "29-02-2000 01:01 UTC");
    }

    #[test]
    fn an_unknown_lock_holder_is_named_in_words() {
        use crate::locale::Lang;
        assert_eq!(lock_holder("?", Lang::Dutch), "een onbekende gebruiker");
        assert_eq!(lock_holder("", Lang::English), "an unknown user");
        assert_eq!(lock_holder("marieke", Lang::Dutch), "marieke");
    }
}
