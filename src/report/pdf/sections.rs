//! Sections of the report beyond the matrix and the lot pages: the kaders against the lots,
//! and the tenders with their phase dates.

use super::{BODY, H2, Layout, SMALL};
use crate::locale::Lang;
use crate::locale::number::format_date;
use crate::locale::planning::{flag_text, phase_name, texts as plan_texts};
use crate::model::{Portfolio, Workshop};

/// Each kader with how many lots meet it, do not need it and are still open, then what each lot
/// that answered says (lots in rank order).
pub(super) fn kader_table(
    layout: &mut Layout,
    workshop: &Workshop,
    portfolio: &Portfolio,
    lang: Lang,
) {
    use crate::locale::kaders::{kind_name, status_mark, texts};
    use crate::model::kader::{KaderStatus, kader_status};
    let k = texts(lang);
    layout.heading(k.heading, H2);
    layout.paragraph(k.legend, SMALL, false, 0.0);
    let ranked: Vec<&crate::model::Lot> = portfolio
        .ranked
        .iter()
        .filter_map(|r| workshop.lots.get(r.index))
        .collect();
    for (index, kader) in workshop.kaders.iter().enumerate() {
        layout.room(BODY * 5.0);
        layout.y += 6.0;
        let title = format!(
            "{}. {} ({})",
            index + 1,
            kader.title,
            kind_name(kader.kind, lang).to_lowercase()
        );
        layout.paragraph(&title, BODY, true, 0.0);
        let count = |status| {
            ranked
                .iter()
                .filter(|l| kader_status(&l.kaders, kader.id) == status)
                .count()
        };
        let counts = crate::locale::kaders::counts(
            count(KaderStatus::Met),
            count(KaderStatus::NotApplicable),
            count(KaderStatus::Open),
            lang,
        );
        layout.paragraph(&counts, SMALL, false, 10.0);
        for lot in &ranked {
            let status = kader_status(&lot.kaders, kader.id);
            if let (Some(answer), false) = (lot.kaders.get(&kader.id), status == KaderStatus::Open)
            {
                let line = format!(
                    "{} {}: {}",
                    status_mark(status, lang),
                    lot.name,
                    answer.how.trim()
                );
                layout.paragraph(&line, SMALL, false, 10.0);
            }
        }
    }
}

/// Each tender with its lots, the contract start and the first and last day of each phase,
/// then what to look at.
pub(super) fn tender_dates(layout: &mut Layout, workshop: &Workshop, lang: Lang) {
    let x = plan_texts(lang);
    let plan = &workshop.planning;
    layout.heading(x.heading, H2);
    let lot_name = |id| {
        workshop
            .lot(id)
            .map_or_else(String::new, |l| l.name.clone())
    };
    for tender in &plan.tenders {
        layout.room(BODY * 9.0);
        layout.y += 6.0;
        let title = format!(
            "{} \u{2013} {}: {}",
            tender.name,
            x.start,
            format_date(tender.start)
        );
        layout.paragraph(&title, BODY, true, 0.0);
        let lots: Vec<String> = tender.lots.iter().map(|id| lot_name(*id)).collect();
        if !lots.is_empty() {
            layout.paragraph(&lots.join(", "), SMALL, false, 10.0);
        }
        for span in plan.plan(tender) {
            let line = format!(
                "{}. {}: {} \u{2013} {}",
                span.phase.index() + 1,
                phase_name(span.phase, lang),
                format_date(span.start),
                format_date(span.end)
            );
            layout.paragraph(&line, SMALL, false, 10.0);
        }
    }
    let flags = plan.flags(super::super::today());
    if !flags.is_empty() {
        layout.room(BODY * 4.0);
        layout.y += 8.0;
        layout.paragraph(x.flags, BODY, true, 0.0);
        for flag in &flags {
            let text = format!("\u{26A0} {}", flag_text(flag, plan, &lot_name, lang));
            layout.paragraph(&text, SMALL, false, 10.0);
        }
    }
    if !plan.notes.trim().is_empty() {
        layout.y += 8.0;
        layout.paragraph(plan.notes.trim(), SMALL, false, 0.0);
    }
}
