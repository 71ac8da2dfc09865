//! The window to make the tenders: add one, name it, set the new contract's start, choose its
//! lots (a lot belongs to one tender at most: lots of other tenders are shown as taken), and
//! delete one. Every change is one undo step; the calendar follows at once.

use egui::RichText;

use super::Shared;
use crate::locale::number::{format_date, optional};
use crate::locale::planning::texts;
use crate::model::planning::{Calendar, PhaseMonths, Tender, TenderId, plan_back};
use crate::ui::{Edit, Output, ToolWindow, View, widgets};

/// Shows the tenders window while `open`.
pub fn show(
    ctx: &egui::Context,
    shared: &Shared<'_>,
    view: &mut View,
    open: &mut bool,
    out: &mut Output,
) {
    let x = texts(shared.lang);
    ToolWindow::Tenders
        .window(ctx, x.tenders.label)
        .open(open)
        .default_width(620.0)
        .default_height(600.0)
        .show(ctx, |ui| {
            let tenders = &shared.workshop.planning.tenders;
            if ui.button(x.add_tender).clicked() {
                let mut next = tenders.clone();
                let id = TenderId(tenders.iter().map(|t| t.id.0).max().unwrap_or(0) + 1);
                // Never late the moment it is made: the route's length ahead.
                let months = shared.workshop.planning.months;
                let start = Calendar::new_tender_start(crate::report::today(), months);
                next.push(Tender {
                    id,
                    name: x.new_tender.to_string(),
                    lots: Vec::new(),
                    start,
                    months: None,
                    notes: String::new(),
                });
                out.edit(Edit::Tenders(next));
            }
            ui.separator();
            egui::ScrollArea::vertical().show(ui, |ui| {
                for (index, tender) in tenders.iter().enumerate() {
                    ui.push_id(("tender", tender.id.0), |ui| {
                        tender_block(ui, shared, view, index, out);
                    });
                    ui.separator();
                }
            });
        });
}

fn tender_block(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    index: usize,
    out: &mut Output,
) {
    let x = texts(shared.lang);
    let tenders = &shared.workshop.planning.tenders;
    let tender = &tenders[index];
    let with = |change: &dyn Fn(&mut Tender)| {
        let mut next = tenders.clone();
        change(&mut next[index]);
        Edit::Tenders(next)
    };
    widgets::text_field(ui, shared, x.tender, &tender.name, false, out, |name| {
        with(&move |t| t.name.clone_from(&name))
    });
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(x.start).strong());
        let field = ui.make_persistent_id(("tender-start", tender.id.0));
        let stored = Some(tender.start);
        let invalid = widgets::DraftField::new(field, label.id, shared.dark).show_date(
            ui,
            view,
            out,
            stored,
            |date| Some(Edit::TenderStart(tender.id, date?)),
        );
        if invalid {
            widgets::invalid_note(ui, x.invalid, shared.dark);
        }
        if ui.button(x.delete).clicked() {
            let mut next = tenders.clone();
            next.remove(index);
            out.edit(Edit::Tenders(next));
        }
    });
    let chosen = shared.workshop.lot_names(&tender.lots);
    let heading = format!("{} ({})", x.columns.lots, chosen.len());
    egui::CollapsingHeader::new(heading)
        .id_salt(("tender-lots", tender.id.0))
        .show(ui, |ui| {
            for lot in &shared.workshop.lots {
                let elsewhere = tenders
                    .iter()
                    .find(|t| t.id != tender.id && t.lots.contains(&lot.id));
                let mut on = tender.lots.contains(&lot.id);
                let label = match elsewhere {
                    Some(other) => format!("{} ({})", lot.name, other.name),
                    None => lot.name.clone(),
                };
                let enabled = elsewhere.is_none();
                let response = ui.add_enabled(enabled, egui::Checkbox::new(&mut on, label));
                if response.changed() {
                    let id = lot.id;
                    let lot_start = lot.strategy.term.start;
                    out.edit(with(&move |t| {
                        if on {
                            // A tender's first lot brings its strategy's start along.
                            if let Some(start) = lot_start.filter(|_| t.lots.is_empty()) {
                                t.start = start;
                            }
                            t.lots.push(id);
                        } else {
                            t.lots.retain(|l| *l != id);
                        }
                    }));
                }
            }
        });
    if !chosen.is_empty() {
        ui.label(RichText::new(chosen.join(", ")).small());
    }
    for (lot, start) in tender.start_differences(&shared.workshop.lots) {
        let name = shared.workshop.lot(lot).map_or("", |l| l.name.as_str());
        let text = crate::locale::planning::start_differs(name, start, tender.start, shared.lang);
        widgets::invalid_note(ui, &text, shared.dark);
    }
    own_months(ui, shared, view, out, index);
    widgets::text_field(
        ui,
        shared,
        x.tender_notes,
        &tender.notes,
        true,
        out,
        |notes| with(&move |t| t.notes.clone_from(&notes)),
    );
}

/// The tender's own phase durations (empty: the workshop's), and the day its first phase
/// begins by the durations in force.
fn own_months(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    out: &mut Output,
    index: usize,
) {
    let x = texts(shared.lang);
    let plan = &shared.workshop.planning;
    let tender = &plan.tenders[index];
    let (label, hint) = x.tender_months;
    let label = ui.label(RichText::new(label).strong());
    ui.horizontal(|ui| {
        let field = ui.make_persistent_id(("tender-months", tender.id.0));
        let stored = tender.months.map(|m| m.to_string()).unwrap_or_default();
        // Room for "12, 12, 12, 12, 12, 12, 12" at any text size.
        let width = ui.text_style_height(&egui::TextStyle::Body) * 13.0;
        let invalid = widgets::DraftField::new(field, label.id, shared.dark)
            .width(width)
            .show(ui, view, out, &stored, |text| {
                let months = optional(text, PhaseMonths::parse)?;
                let mut next = plan.tenders.clone();
                next[index].months = months;
                Some(Edit::Tenders(next))
            });
        if invalid {
            widgets::invalid_note(ui, x.invalid, shared.dark);
        }
    });
    ui.label(RichText::new(hint).small());
    let months = tender.months.unwrap_or(plan.months);
    let first = plan_back(tender.start, months)[0].start;
    ui.label(format!("{} {}", x.first_phase_begins, format_date(first)));
}
