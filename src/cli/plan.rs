//! `plan FILE`: the tender calendar as a table for a terminal, with what to look at.

use super::table::{Align, heading, render};
use crate::chart::style::WARNING;
use crate::locale::Lang;
use crate::locale::number::format_date;
use crate::locale::planning::{flag_text, phase_name, texts};
use crate::model::Workshop;
use crate::model::planning::Phase;

/// The plan: per tender its contract start and the start of each phase, then the flags
/// (against the workshop's reference date, or today).
pub fn plan_table(workshop: &Workshop, lang: Lang) -> String {
    let x = texts(lang);
    let plan = &workshop.planning;
    let mut out = heading(workshop);
    if plan.tenders.is_empty() {
        out.push_str(x.no_tenders);
        out.push('\n');
        return out;
    }
    let mut columns = vec![(x.tender, Align::Left), (x.start, Align::Left)];
    columns.extend(
        Phase::ALL
            .iter()
            .map(|p| (phase_name(*p, lang), Align::Left)),
    );
    let flags = plan.flags(crate::report::today());
    let rows: Vec<Vec<String>> = plan
        .tenders
        .iter()
        .map(|tender| {
            let flagged = flags.iter().any(|f| f.tender() == Some(tender.id));
            let name = if flagged {
                format!("{WARNING} {}", tender.name)
            } else {
                tender.name.clone()
            };
            let mut row = vec![name, format_date(tender.start)];
            row.extend(plan.plan(tender).iter().map(|s| format_date(s.start)));
            row
        })
        .collect();
    out.push_str(&render(&columns, &rows, None));
    if !flags.is_empty() {
        out.push('\n');
        out.push_str(x.flags);
        out.push_str(":\n");
        let lot_name = |id| {
            workshop
                .lot(id)
                .map_or_else(String::new, |l| l.name.clone())
        };
        for flag in &flags {
            out.push_str(&format!(
                "{WARNING} {}\n",
                flag_text(flag, plan, &lot_name, lang)
            ));
        }
    }
    out
}
