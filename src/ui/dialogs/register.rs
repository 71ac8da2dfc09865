//! The window that takes a register of current contracts over from a spreadsheet or CSV: the
//! sheet, header row and columns (found by their headers, changeable with the same controls as
//! the lot import), each contract with its term and how long it can be extended, the lots it
//! was matched to by name, and a choice per row to match it to a tender (its lots), one lot, or
//! none. Taking it over replaces the workshop's register in one undo step.

use egui::RichText;

use super::{Shared, sheet_columns};
use crate::interchange::register_sheet::{
    RegisterField, RegisterMapping, RegisterRow, find_register, match_lots, read_register,
};
use crate::interchange::sheet::Workbook;
use crate::locale::number::format_date;
use crate::locale::planning::texts;
use crate::model::planning::{CurrentContract, TenderId};
use crate::model::{Lot, LotId};

/// What a row's contract covers.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Cover {
    /// The lots found by name (possibly none).
    Found(Vec<LotId>),
    /// The lots of a tender.
    Tender(TenderId),
    /// One lot.
    Lot(LotId),
}

/// What the window decided.
pub enum RegisterAction {
    /// Replace the register with these contracts.
    Take(Vec<CurrentContract>),
    /// Close without a change.
    Cancel,
}

/// The register window's state: the file, how it is read, the contracts read, each row's
/// cover.
pub struct RegisterDialog {
    file: String,
    workbook: Workbook,
    sheet: usize,
    mapping: RegisterMapping,
    contracts: Vec<CurrentContract>,
    covers: Vec<Cover>,
    unreadable: Vec<String>,
}

impl RegisterDialog {
    /// The register of `workbook`: its first sheet whose header is recognised (else the first
    /// sheet, its columns to be chosen by hand), matched to `lots`.
    pub fn new(file: String, workbook: Workbook, lots: &[Lot]) -> Self {
        let (sheet, mapping) = find_register(&workbook).unwrap_or_default();
        let mut dialog = RegisterDialog {
            file,
            workbook,
            sheet,
            mapping,
            contracts: Vec::new(),
            covers: Vec::new(),
            unreadable: Vec::new(),
        };
        dialog.reread(lots);
        dialog
    }

    /// Reads the contracts again by the current mapping; the choices per row start over.
    fn reread(&mut self, lots: &[Lot]) {
        self.contracts.clear();
        self.covers.clear();
        self.unreadable.clear();
        let Some(sheet) = self.workbook.sheets.get(self.sheet) else {
            return;
        };
        if !self.mapping.is_enough() {
            return;
        }
        for row in read_register(sheet, &self.mapping) {
            match row {
                RegisterRow::Contract(contract) => {
                    self.covers
                        .push(Cover::Found(match_lots(&contract.name, lots)));
                    self.contracts.push(contract);
                }
                RegisterRow::Unreadable { row, name, text } => {
                    self.unreadable.push(format!("{row}: {name} ('{text}')"));
                }
            }
        }
    }

    /// Shows the window; the decision once made.
    pub fn show(&mut self, ctx: &egui::Context, shared: &Shared<'_>) -> Option<RegisterAction> {
        let x = texts(shared.lang);
        let mut action = super::escape_pressed(ctx).then_some(RegisterAction::Cancel);
        let mut open = true;
        egui::Window::new(format!("{}: {}", x.register_title, self.file))
            .id(egui::Id::unique("register-import"))
            .open(&mut open)
            .default_width(900.0)
            .default_height(620.0)
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ctx.content_rect().center())
            .show(ctx, |ui| {
                if self.mapping_controls(ui, shared) {
                    self.reread(&shared.workshop.lots);
                }
                ui.separator();
                if self.mapping.is_enough() {
                    ui.label(x.register_hint);
                } else {
                    let colour = super::super::theme::error_colour(shared.dark);
                    ui.label(RichText::new(x.register_choose).color(colour).strong());
                }
                ui.horizontal(|ui| {
                    let take = egui::Button::new(RichText::new(x.register_take).strong());
                    if ui.add_enabled(!self.contracts.is_empty(), take).clicked() {
                        action = Some(RegisterAction::Take(self.result(shared)));
                    }
                    if ui.button(x.register_cancel).clicked() {
                        action = Some(RegisterAction::Cancel);
                    }
                });
                ui.separator();
                egui::ScrollArea::vertical().show(ui, |ui| self.rows(ui, shared));
            });
        if !open {
            action = Some(RegisterAction::Cancel);
        }
        action
    }

    /// Sheet, header row and the column of each field; true when any changed.
    fn mapping_controls(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>) -> bool {
        let x = shared.lang.exchange();
        let fields = texts(shared.lang).register_fields;
        let mut changed = false;
        if sheet_columns::sheet_choice(ui, x.sheet, &self.workbook, &mut self.sheet) {
            let sheet = &self.workbook.sheets[self.sheet];
            self.mapping = RegisterMapping::guess(sheet).unwrap_or_default();
            changed = true;
        }
        let Some(sheet) = self.workbook.sheets.get(self.sheet) else {
            return changed;
        };
        ui.horizontal(|ui| {
            let top = self.mapping.header;
            if let Some(row) = sheet_columns::header_row(ui, x.header_row, sheet, top) {
                self.mapping = RegisterMapping::at(sheet, row);
                changed = true;
            }
        });
        ui.label(RichText::new(x.columns_heading).strong());
        let header = self.mapping.header;
        let names = |c: usize| sheet.cell(header, c).text();
        let fields: Vec<(String, Option<usize>)> = RegisterField::ALL
            .into_iter()
            .zip(fields)
            .map(|(field, name)| (name.to_string(), self.mapping.get(field)))
            .collect();
        let grid = sheet_columns::column_grid;
        if let Some((i, column)) = grid(
            ui,
            "register-columns",
            3,
            x.no_column,
            sheet,
            &names,
            &fields,
        ) {
            self.mapping.set(RegisterField::ALL[i], column);
            changed = true;
        }
        changed
    }

    fn rows(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>) {
        let x = texts(shared.lang);
        if self.contracts.is_empty() {
            self.unreadable_rows(ui, shared);
            return;
        }
        let workshop = shared.workshop;
        egui::Grid::new("register-rows")
            .striped(true)
            .show(ui, |ui| {
                for heading in [
                    x.columns.contract,
                    x.columns.contract_start,
                    x.columns.end,
                    x.columns.extendable_until,
                    x.columns.lots,
                ] {
                    ui.label(RichText::new(heading).strong());
                }
                ui.end_row();
                for (index, contract) in self.contracts.iter().enumerate() {
                    ui.label(&contract.name);
                    ui.label(format_date(contract.start));
                    ui.label(format_date(contract.end));
                    ui.label(
                        contract
                            .extendable_until
                            .map_or_else(|| "-".into(), format_date),
                    );
                    let cover = &mut self.covers[index];
                    let name = |c: &Cover| describe(c, shared);
                    egui::ComboBox::from_id_salt(("register-cover", index))
                        .selected_text(name(cover))
                        .width(320.0)
                        .show_ui(ui, |ui| {
                            let found = Cover::Found(match_lots(&contract.name, &workshop.lots));
                            let mut options = vec![found];
                            options.extend(
                                workshop
                                    .planning
                                    .tenders
                                    .iter()
                                    .map(|t| Cover::Tender(t.id)),
                            );
                            options.extend(workshop.lots.iter().map(|l| Cover::Lot(l.id)));
                            options.push(Cover::Found(Vec::new()));
                            for option in options {
                                let text = name(&option);
                                ui.selectable_value(cover, option, text);
                            }
                        })
                        .response
                        .widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::ComboBox,
                                true,
                                format!("{}: {}", x.columns.lots, contract.name),
                            )
                        });
                    ui.end_row();
                }
            });
        self.unreadable_rows(ui, shared);
    }

    /// The rows that name a contract whose dates or extension could not be read.
    fn unreadable_rows(&self, ui: &mut egui::Ui, shared: &Shared<'_>) {
        if self.unreadable.is_empty() {
            return;
        }
        ui.add_space(8.0);
        let colour = super::super::theme::error_colour(shared.dark);
        let heading = texts(shared.lang).register_unreadable;
        ui.label(RichText::new(heading).color(colour).strong());
        for line in &self.unreadable {
            ui.label(RichText::new(line).color(colour));
        }
    }

    /// The contracts with the lots each row's choice gives.
    fn result(&self, shared: &Shared<'_>) -> Vec<CurrentContract> {
        let plan = &shared.workshop.planning;
        self.contracts
            .iter()
            .zip(&self.covers)
            .map(|(contract, cover)| CurrentContract {
                lots: match cover {
                    Cover::Found(lots) => lots.clone(),
                    Cover::Lot(id) => vec![*id],
                    Cover::Tender(id) => plan
                        .tenders
                        .iter()
                        .find(|t| t.id == *id)
                        .map(|t| t.lots.clone())
                        .unwrap_or_default(),
                },
                ..contract.clone()
            })
            .collect()
    }
}

/// A cover in words: the lots found, a tender, a lot, or none.
fn describe(cover: &Cover, shared: &Shared<'_>) -> String {
    let x = texts(shared.lang);
    let workshop = shared.workshop;
    let lot_name = |id: &LotId| {
        workshop
            .lot(*id)
            .map_or_else(String::new, |l| l.name.clone())
    };
    match cover {
        Cover::Found(lots) if lots.is_empty() => x.register_none.to_string(),
        Cover::Found(lots) => lots.iter().map(lot_name).collect::<Vec<_>>().join(", "),
        Cover::Tender(id) => {
            let name = workshop
                .planning
                .tenders
                .iter()
                .find(|t| t.id == *id)
                .map_or_else(String::new, |t| t.name.clone());
            format!("{}: {name}", x.tender)
        }
        Cover::Lot(id) => lot_name(id),
    }
}
