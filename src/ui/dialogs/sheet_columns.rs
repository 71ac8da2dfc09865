//! The controls both spreadsheet windows (lots and the contract register) use to say how a
//! sheet is read: which sheet, which row is the header, and which column holds each field.
//! Each returns whether the user changed something, so the window can read the sheet again.

use crate::interchange::sheet::{Sheet, Workbook};

/// Width of a column chooser.
const COLUMN_CHOOSER_WIDTH: f32 = 220.0;

/// Longest header text shown in a column's name.
const HEADER_CHARS: usize = 30;

/// The sheet to read, when the workbook has more than one; true when changed.
pub fn sheet_choice(
    ui: &mut egui::Ui,
    label: &str,
    workbook: &Workbook,
    sheet: &mut usize,
) -> bool {
    if workbook.sheets.len() < 2 {
        return false;
    }
    let current = *sheet;
    let name = workbook.sheets.get(current).map_or("", |s| s.name.as_str());
    egui::ComboBox::from_label(label)
        .selected_text(name)
        .show_ui(ui, |ui| {
            for (index, each) in workbook.sheets.iter().enumerate() {
                ui.selectable_value(sheet, index, &each.name);
            }
        });
    *sheet != current
}

/// The header row as the spreadsheet numbers it, starting at the row index `top`; the new
/// row index when the user changed it.
pub fn header_row(ui: &mut egui::Ui, label: &str, sheet: &Sheet, top: usize) -> Option<usize> {
    let label = ui.label(label);
    let first = sheet.row_number(0);
    let last = sheet.row_number(sheet.rows.len().saturating_sub(1));
    let mut row = sheet.row_number(top);
    let response = ui
        .add(egui::DragValue::new(&mut row).range(first..=last))
        .labelled_by(label.id);
    response.changed().then(|| (row - first) as usize)
}

/// A column as the choosers show it: its letter and its header text ("C: Einddatum").
fn column_name(sheet: &Sheet, column: usize, header: &str) -> String {
    let text: String = header.chars().take(HEADER_CHARS).collect();
    format!("{}: {text}", sheet.column_letter(column))
}

/// A grid of column choosers, `per_row` to a row: one per field, given as its name and its
/// current column; `names` gives each column's header text. The field's place and its new
/// column when the user changed one.
pub fn column_grid(
    ui: &mut egui::Ui,
    id: &str,
    per_row: usize,
    none: &str,
    sheet: &Sheet,
    names: &dyn Fn(usize) -> String,
    fields: &[(String, Option<usize>)],
) -> Option<(usize, Option<usize>)> {
    let mut change = None;
    egui::Grid::new(id)
        .num_columns(per_row * 2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            for (i, (name, current)) in fields.iter().enumerate() {
                let mut chosen = *current;
                if column_choice(ui, name, none, sheet, names, &mut chosen) {
                    change = Some((i, chosen));
                }
                if i % per_row == per_row - 1 {
                    ui.end_row();
                }
            }
        });
    change
}

/// The field's name and its column chooser (two cells of a grid); `names` gives each column's
/// header text. True when changed.
fn column_choice(
    ui: &mut egui::Ui,
    field: &str,
    none: &str,
    sheet: &Sheet,
    names: &dyn Fn(usize) -> String,
    chosen: &mut Option<usize>,
) -> bool {
    let current = *chosen;
    let shown = |c: usize| column_name(sheet, c, &names(c));
    let label = ui.label(field);
    egui::ComboBox::from_id_salt(("column-choice", field))
        .selected_text(current.map_or(none.to_string(), shown))
        .width(COLUMN_CHOOSER_WIDTH)
        .show_ui(ui, |ui| {
            ui.selectable_value(chosen, None, none);
            for c in 0..sheet.width() {
                ui.selectable_value(chosen, Some(c), shown(c));
            }
        })
        .response
        .labelled_by(label.id);
    *chosen != current
}
