//! The window of the current contracts: each contract's name, start and end, how long it can be
//! extended, its scale and the lots it covers, with the plan's flags for it; add one, delete
//! one. Every change is one undo step (typing in a field is one); the calendar follows at once.

use egui::RichText;

use super::Shared;
use crate::chart::style::WARNING;
use crate::locale::number::format_date;
use crate::locale::planning::{flag_text, texts};
use crate::model::WorkshopDate;
use crate::model::planning::{CurrentContract, Flag};
use crate::ui::{Edit, Output, ToolWindow, View, widgets};

/// Shows the contracts window while `open`.
pub fn show(
    ctx: &egui::Context,
    shared: &Shared<'_>,
    view: &mut View,
    open: &mut bool,
    out: &mut Output,
) {
    let x = texts(shared.lang);
    ToolWindow::Contracts
        .window(ctx, x.contracts.label)
        .open(open)
        .default_width(660.0)
        .default_height(600.0)
        .show(ctx, |ui| {
            let contracts = &shared.workshop.planning.contracts;
            if ui.button(x.add_contract).clicked() {
                let mut next = contracts.clone();
                next.push(new_contract(x.new_contract, crate::report::today()));
                // The new contract opens, in view, in the next frame.
                ctx.data_mut(|d| d.insert_temp(just_added(), contracts.len()));
                out.edit(Edit::Contracts(next));
            }
            if contracts.is_empty() {
                ui.add(egui::Label::new(x.no_contracts).wrap());
            }
            ui.separator();
            let flags = shared.workshop.planning.flags(crate::report::today());
            egui::ScrollArea::vertical().show(ui, |ui| {
                for index in 0..contracts.len() {
                    ui.push_id(("contract", index), |ui| {
                        contract_block(ui, shared, view, index, &flags, out);
                    });
                }
            });
        });
}

/// Where the window keeps the place of a contract just added, to open it once.
fn just_added() -> egui::Id {
    egui::Id::unique("contracts-window-just-added")
}

/// A new contract that starts on `today` and runs to the end of that year, not extendable.
fn new_contract(name: &str, today: WorkshopDate) -> CurrentContract {
    let end = WorkshopDate::new(today.year, 12, 31).unwrap_or(today);
    CurrentContract {
        name: name.to_string(),
        start: today,
        end,
        extendable_until: None,
        scale: String::new(),
        lots: Vec::new(),
    }
}

/// One contract: a heading with its end (and a warning sign when flagged) that opens its
/// fields.
fn contract_block(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    index: usize,
    flags: &[Flag],
    out: &mut Output,
) {
    let x = texts(shared.lang);
    let plan = &shared.workshop.planning;
    let contract = &plan.contracts[index];
    let own: Vec<&Flag> = flags
        .iter()
        .filter(|f| f.contract() == Some(index))
        .collect();
    let sign = if own.is_empty() { "" } else { WARNING };
    let heading = format!(
        "{sign} {} \u{00B7} {} {}",
        contract.name,
        x.until,
        format_date(contract.lasts_until())
    );
    let added = ui.ctx().data(|d| d.get_temp::<usize>(just_added())) == Some(index);
    let block = egui::CollapsingHeader::new(heading.trim_start())
        .id_salt(("contract-heading", index))
        .open(added.then_some(true))
        .show(ui, |ui| {
            let lot_name = |id| {
                shared
                    .workshop
                    .lot(id)
                    .map_or_else(String::new, |l| l.name.clone())
            };
            for flag in &own {
                let text = flag_text(flag, plan, &lot_name, shared.lang);
                widgets::invalid_note(ui, &text, shared.dark);
            }
            fields(ui, shared, view, index, out);
            lots(ui, shared, index, out);
            if ui.button(x.delete).clicked() {
                let mut next = plan.contracts.clone();
                next.remove(index);
                out.edit(Edit::Contracts(next));
            }
        });
    if added {
        block.header_response.scroll_to_me(Some(egui::Align::TOP));
        ui.ctx().data_mut(|d| d.remove::<usize>(just_added()));
    }
}

/// The register with one contract changed.
fn with(shared: &Shared<'_>, index: usize, change: impl FnOnce(&mut CurrentContract)) -> Edit {
    let mut next = shared.workshop.planning.contracts.clone();
    change(&mut next[index]);
    Edit::Contracts(next)
}

/// Name, the three dates and the scale.
fn fields(ui: &mut egui::Ui, shared: &Shared<'_>, view: &mut View, index: usize, out: &mut Output) {
    let x = texts(shared.lang);
    let contract = &shared.workshop.planning.contracts[index];
    widgets::text_field(
        ui,
        shared,
        x.columns.contract,
        &contract.name,
        false,
        out,
        |name| with(shared, index, |c| c.name = name),
    );
    let mut invalid = false;
    egui::Grid::new(("contract-dates", index))
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            type Set = fn(&mut CurrentContract, Option<WorkshopDate>) -> bool;
            let dates: [(&str, &str, Option<WorkshopDate>, Set); 3] = [
                (
                    x.columns.contract_start,
                    "start",
                    Some(contract.start),
                    |c, d| d.map(|d| c.start = d).is_some(),
                ),
                (x.columns.end, "end", Some(contract.end), |c, d| {
                    d.map(|d| c.end = d).is_some()
                }),
                (
                    x.columns.extendable_until,
                    "until",
                    contract.extendable_until,
                    |c, d| {
                        c.extendable_until = d;
                        true
                    },
                ),
            ];
            for (label, salt, stored, set) in dates {
                let label = ui.label(RichText::new(label).strong());
                let field = ui.make_persistent_id(("contract-date", index, salt));
                let dark = shared.dark;
                let date_field = widgets::DraftField::new(field, label.id, dark);
                invalid |= date_field.show_date(ui, view, out, stored, |date| {
                    let mut next = contract.clone();
                    (set(&mut next, date) && next.dates_in_order())
                        .then(|| with(shared, index, |c| *c = next))
                });
                ui.end_row();
            }
        });
    if invalid {
        widgets::invalid_note(ui, x.contract_date_invalid, shared.dark);
    }
    ui.label(RichText::new(x.contract_dates_hint).small());
    widgets::text_field(
        ui,
        shared,
        x.columns.scale,
        &contract.scale,
        false,
        out,
        |scale| with(shared, index, |c| c.scale = scale),
    );
}

/// The lots the contract covers, to tick (a lot may be covered by more than one contract).
fn lots(ui: &mut egui::Ui, shared: &Shared<'_>, index: usize, out: &mut Output) {
    let x = texts(shared.lang);
    let contract = &shared.workshop.planning.contracts[index];
    let heading = format!("{} ({})", x.columns.lots, contract.lots.len());
    egui::CollapsingHeader::new(heading)
        .id_salt(("contract-lots", index))
        .show(ui, |ui| {
            for lot in &shared.workshop.lots {
                let mut on = contract.lots.contains(&lot.id);
                if ui.checkbox(&mut on, &lot.name).changed() {
                    let id = lot.id;
                    out.edit(with(shared, index, |c| {
                        if on {
                            c.lots.push(id);
                        } else {
                            c.lots.retain(|l| *l != id);
                        }
                    }));
                }
            }
        });
    let names = shared.workshop.lot_names(&contract.lots);
    if !names.is_empty() {
        ui.label(RichText::new(names.join(", ")).small());
    }
}
