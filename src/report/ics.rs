//! The tender calendar as an iCalendar file (RFC 5545), for Outlook and other agendas: one
//! all-day event for each phase start of each tender and one for each contract end. Lines end
//! in CRLF and are folded at 75 octets; every event has a DTSTAMP and a UID that stays the same
//! between exports of the same plan, so importing again updates the agenda instead of
//! duplicating it.

use crate::format::stamp::DiskStamp;
use crate::locale::Lang;
use crate::locale::number::format_date;
use crate::locale::planning::{phase_name, texts};
use crate::model::planning::Phase;
use crate::model::{Workshop, WorkshopDate};

/// A moment in UTC, for DTSTAMP.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UtcStamp {
    /// The day.
    pub date: WorkshopDate,
    /// Seconds since midnight.
    pub seconds: u32,
}

impl UtcStamp {
    /// Now, from the system clock; or the moment `SOURCE_DATE_EPOCH` names (seconds since 1970,
    /// the reproducible-builds convention), so that exports made twice are the same bytes.
    pub fn now() -> UtcStamp {
        UtcStamp::at(unix_seconds_now())
    }

    /// The moment `secs` seconds after 1970-01-01 00:00 UTC.
    pub fn at(secs: u64) -> UtcStamp {
        UtcStamp {
            date: WorkshopDate::from_unix_days(i64::try_from(secs / 86_400).unwrap_or(0)),
            seconds: u32::try_from(secs % 86_400).unwrap_or(0),
        }
    }

    fn text(self) -> String {
        let (h, m, s) = (
            self.seconds / 3600,
            self.seconds / 60 % 60,
            self.seconds % 60,
        );
        format!("{}T{h:02}{m:02}{s:02}Z", ics_date(self.date))
    }
}

/// Seconds since 1970 now: `SOURCE_DATE_EPOCH` when it is set to a number, else the clock.
pub fn unix_seconds_now() -> u64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|text| text.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        })
}

fn ics_date(date: WorkshopDate) -> String {
    format!("{:04}{:02}{:02}", date.year, date.month, date.day)
}

/// A TEXT value with backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded so that no line is longer than 75 octets (a fold never splits a
/// character), each ending in CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// The agenda file of the workshop's plan.
pub fn to_ics(workshop: &Workshop, lang: Lang, stamp: UtcStamp) -> String {
    let x = texts(lang);
    let plan = &workshop.planning;
    // Ties the UIDs to this workshop, so two workshops' events never collide.
    let key = DiskStamp::of(format!("{}\n{}", workshop.organisation, workshop.title).as_bytes());
    let key = format!("{:016x}", key.digest);
    let dtstamp = stamp.text();
    let mut out = String::new();
    let title = [workshop.title.trim(), x.calendar_name]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" \u{2013} ");
    for line in [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!(
            "PRODID:-//Kraljic Workshop//kraljic-workshop {}//{}",
            env!("CARGO_PKG_VERSION"),
            if lang == Lang::Dutch { "NL" } else { "EN" }
        ),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape(&title)),
    ] {
        push_line(&mut out, &line);
    }
    let mut event = |uid: String, day: WorkshopDate, summary: String, description: String| {
        for line in [
            "BEGIN:VEVENT".to_string(),
            format!("UID:{uid}@kraljic-workshop"),
            format!("DTSTAMP:{dtstamp}"),
            format!("DTSTART;VALUE=DATE:{}", ics_date(day)),
            format!("DTEND;VALUE=DATE:{}", ics_date(day.day_after())),
            format!("SUMMARY:{}", escape(&summary)),
            format!("DESCRIPTION:{}", escape(&description)),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ] {
            push_line(&mut out, &line);
        }
    };
    for tender in &plan.tenders {
        let spans = plan.plan(tender);
        for span in spans {
            let phase = phase_name(span.phase, lang);
            let code = Phase::ALL
                .iter()
                .position(|p| *p == span.phase)
                .unwrap_or(0);
            let lots = workshop.lot_names(&tender.lots);
            event(
                format!("{key}-tender-{}-phase-{}", tender.id.0, code + 1),
                span.start,
                format!("{}: {phase} {}", tender.name, x.begins),
                format!(
                    "{phase}: {} \u{2013} {}. {}",
                    format_date(span.start),
                    format_date(span.end),
                    lots.join(", ")
                ),
            );
        }
    }
    for (index, contract) in plan.contracts.iter().enumerate() {
        event(
            format!("{key}-contract-{}-end", index + 1),
            contract.end,
            format!("{}: {}", x.contract_ends, contract.name),
            contract.scale.clone(),
        );
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_letter() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "é".repeat(60));
        push_line(&mut out, &line);
        for part in out.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn text_values_escape_the_signs_rfc_5545_names() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn the_stamp_is_utc_in_basic_format() {
        let stamp = UtcStamp {
            date: "2026-12-06".parse().expect("date"),
            seconds: 20 * 3600 + 33 * 60 + 5,
        };
        assert_eq!(stamp.text(), "20261206T203305Z");
    }
}
