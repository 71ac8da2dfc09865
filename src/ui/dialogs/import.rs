//! The import window: the sheet, the header row and which column is what, a live preview of
//! what each row becomes, the remarks, and for a merge every change before it is applied.

use std::path::PathBuf;

use egui::{RichText, ScrollArea};

use super::sheet_columns;
use crate::interchange::sheet::{
    Change, Field, ManualMatches, Mapping, MappingError, MergePlan, RowOutcome, SheetRows,
    Workbook, apply_merge, guess_columns, guess_mapping, header_at, new_workshop, plan_merge,
    read_rows,
};
use crate::interchange::sheet_messages::{
    field_name, mapping_error, merge_summary, new_summary, row_note, row_note_reason,
    spend_heading, stated_total_gap,
};
use crate::locale::Lang;
use crate::locale::number::format_euro;
use crate::model::{LotId, Workshop};
use crate::ui::Shared;

/// Rows shown in the preview.
const PREVIEW_ROWS: usize = 12;

/// Merge into the open workshop, or make a new one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Update spend and add lots in the open workshop.
    Merge,
    /// A new workshop from the sheet.
    New,
}

/// Where the lots come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportSource {
    /// A spreadsheet file.
    File(PathBuf),
    /// Cells pasted from the clipboard.
    Clipboard {
        /// They had no header row: the columns were recognised by their contents.
        header_made: bool,
    },
}

/// The state of the import window.
pub struct ImportDialog {
    /// Where the lots come from.
    pub source: ImportSource,
    workbook: std::sync::Arc<Workbook>,
    /// The sheet read (at first the one that best holds the lots).
    pub sheet: usize,
    /// The header row and columns (the user may change them).
    pub mapping: Mapping,
    /// Merge or new.
    pub mode: ImportMode,
    manual: ManualMatches,
    rows: Result<SheetRows, MappingError>,
    /// Another sheet that looks like a lot table too (the choice was close).
    also_likely: Option<usize>,
    /// Counts changes of the rows or the matches, for the plan below.
    generation: u64,
    /// The merge plan as last worked out: for this workshop revision and generation.
    plan_cache: Option<(u64, u64, MergePlan)>,
    /// How many times the plan was worked out (once per change, never per frame).
    plans_made: usize,
    /// The rows of a large sheet being read again on a worker (another sheet, header row or
    /// column); Apply waits for them.
    pending_rows: Option<std::sync::mpsc::Receiver<Result<SheetRows, MappingError>>>,
}

/// A sheet with more rows than this is read again on a worker after a change of sheet, header
/// row or column: a smaller one takes less than a frame.
const ROWS_READ_AT_ONCE: usize = 2_000;

/// What the user decided.
pub enum ImportAction {
    /// Replace the open workshop with this merged one (one undo step).
    Merge(Box<Workshop>, String),
    /// Open this new workshop.
    New(Box<Workshop>, String),
    /// Close without importing.
    Cancel,
}

impl ImportDialog {
    /// A window for a read workbook, on the sheet that best holds the lots, with its header and
    /// columns guessed.
    pub fn new(path: PathBuf, workbook: Workbook) -> ImportDialog {
        ImportDialog::from_source(ImportSource::File(path), workbook)
    }

    /// A window for cells pasted from the clipboard.
    pub fn pasted(pasted: crate::interchange::sheet::pasted::Pasted) -> ImportDialog {
        let source = ImportSource::Clipboard {
            header_made: pasted.header_made,
        };
        let workbook = Workbook {
            sheets: vec![pasted.sheet],
            encoding: None,
        };
        ImportDialog::from_source(source, workbook)
    }

    fn from_source(source: ImportSource, workbook: Workbook) -> ImportDialog {
        let choice = crate::interchange::sheet::choose_sheet(&workbook);
        let mapping = workbook
            .sheets
            .get(choice.index)
            .map(guess_mapping)
            .unwrap_or_default();
        let mut dialog = ImportDialog {
            source,
            workbook: std::sync::Arc::new(workbook),
            sheet: choice.index,
            also_likely: choice.close_second,
            mapping,
            mode: ImportMode::Merge,
            manual: ManualMatches::new(),
            rows: Err(MappingError::NoLots),
            generation: 0,
            plan_cache: None,
            plans_made: 0,
            pending_rows: None,
        };
        dialog.reread(None);
        dialog
    }

    /// Reads the rows again under the current sheet and mapping: a large sheet on a worker
    /// when the window's `ctx` is given (asked for a frame when done), else at once.
    fn reread(&mut self, ctx: Option<&egui::Context>) {
        self.generation += 1;
        self.pending_rows = None;
        let large = (self.workbook.sheets.get(self.sheet))
            .is_some_and(|sheet| sheet.rows.len() > ROWS_READ_AT_ONCE);
        if let (true, Some(ctx)) = (large, ctx) {
            let (send, receive) = std::sync::mpsc::channel();
            let (workbook, sheet, mapping) =
                (self.workbook.clone(), self.sheet, self.mapping.clone());
            let ctx = ctx.clone();
            std::thread::spawn(move || {
                let rows = read_rows(&workbook.sheets[sheet], &mapping);
                // The window may have moved on (another change, or closed): then nobody listens.
                let _ = send.send(rows);
                ctx.request_repaint();
            });
            self.pending_rows = Some(receive);
            return;
        }
        self.rows = match self.workbook.sheets.get(self.sheet) {
            Some(sheet) => read_rows(sheet, &self.mapping),
            None => Err(MappingError::NoLots),
        };
    }

    /// Takes the rows the worker read, once they are there.
    fn take_pending_rows(&mut self) {
        let Some(result) = self.pending_rows.as_ref().map(|r| r.try_recv()) else {
            return;
        };
        match result {
            Ok(rows) => {
                self.rows = rows;
                self.generation += 1;
                self.pending_rows = None;
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {}
            Err(std::sync::mpsc::TryRecvError::Disconnected) => self.pending_rows = None,
        }
    }

    /// Whether the rows are being read again on a worker.
    pub fn reading_rows(&self) -> bool {
        self.pending_rows.is_some()
    }

    /// The lots the sheet gives now, or why none.
    pub fn rows(&self) -> Result<&SheetRows, MappingError> {
        self.rows.as_ref().map_err(|e| *e)
    }

    /// The merge plan for the open workshop.
    pub fn plan(&self, workshop: &Workshop) -> Option<MergePlan> {
        self.rows()
            .ok()
            .map(|rows| plan_merge(workshop, rows, &self.manual))
    }

    /// Matches a sheet row by hand (`None`: a new lot).
    pub fn match_row(&mut self, row: u32, lot: Option<LotId>) {
        self.manual.insert(row, lot);
        self.generation += 1;
    }

    /// How many times the merge plan has been worked out.
    pub fn plans_made(&self) -> usize {
        self.plans_made
    }

    /// The workshop the import gives, with a summary line.
    pub fn result(&self, workshop: &Workshop, lang: Lang) -> Option<ImportAction> {
        let rows = self.rows().ok()?;
        Some(match self.mode {
            ImportMode::Merge => {
                let plan = plan_merge(workshop, rows, &self.manual);
                let merged = apply_merge(workshop, rows, &plan);
                ImportAction::Merge(Box::new(merged), merge_summary(&plan.counts(), lang))
            }
            ImportMode::New => {
                let title = match &self.source {
                    ImportSource::File(path) => path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    ImportSource::Clipboard { .. } => crate::locale::clipboard::texts(lang)
                        .pasted_title
                        .to_string(),
                };
                let new = new_workshop(rows, &title);
                let summary = new_summary(new.lots.len(), new.total_spend(), lang);
                ImportAction::New(Box::new(new), summary)
            }
        })
    }

    /// Shows the window; returns the user's decision once made.
    pub fn show(&mut self, ctx: &egui::Context, shared: &Shared<'_>) -> Option<ImportAction> {
        let x = shared.lang.exchange();
        let mut open = true;
        let mut action = super::escape_pressed(ctx).then_some(ImportAction::Cancel);
        self.take_pending_rows();
        let title = match &self.source {
            ImportSource::File(path) => {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                format!("{}: {name}", x.import_title)
            }
            ImportSource::Clipboard { .. } => {
                let t = crate::locale::clipboard::texts(shared.lang);
                format!("{}: {}", t.paste_lots.label, t.clipboard)
            }
        };
        // Enter applies, as the Apply button does, while no field or list has the keys; taken
        // before the buttons see it, so a focused Cancel does not also act on it.
        let enter = !ctx.egui_wants_keyboard_input()
            && !egui::Popup::is_any_open(ctx)
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Enter));
        if enter && action.is_none() && self.rows.is_ok() && self.pending_rows.is_none() {
            action = self.result(shared.workshop, shared.lang);
        }
        egui::Window::new(title)
            .open(&mut open)
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ctx.content_rect().center())
            .default_width(980.0)
            .default_height(720.0)
            .max_height(ctx.content_rect().height() * 0.88)
            .show(ctx, |ui| {
                // Apply and Cancel stay at the window's foot, in view however long the preview
                // and the plan grow (on a 768-line laptop they were below the fold).
                egui::Panel::bottom("import-actions").show(ui, |ui| {
                    ui.add_space(6.0);
                    ui.horizontal_wrapped(|ui| {
                        let can_apply = self.rows.is_ok() && self.pending_rows.is_none();
                        let apply = ui.add_enabled(
                            can_apply,
                            egui::Button::new(RichText::new(x.apply).strong()),
                        );
                        if apply.clicked() {
                            action = self.result(shared.workshop, shared.lang);
                        }
                        if ui.button(x.cancel).clicked() {
                            action = Some(ImportAction::Cancel);
                        }
                        let keys = crate::locale::clipboard::texts(shared.lang).keys_hint;
                        ui.label(RichText::new(keys).weak());
                    });
                });
                ScrollArea::vertical()
                    .id_salt("import-scroll")
                    .show(ui, |ui| {
                        if let ImportSource::Clipboard { header_made: true } = self.source {
                            let made = crate::locale::clipboard::texts(shared.lang).header_made;
                            ui.add(egui::Label::new(RichText::new(made).strong()).wrap());
                        }
                        if self.mapping_controls(ui, shared) {
                            self.manual.clear();
                            self.reread(Some(ui.ctx()));
                        }
                        if self.pending_rows.is_some() {
                            ui.add_space(4.0);
                            let x = shared.lang.exchange();
                            ui.label(RichText::new(x.reading_rows_again).strong());
                        }
                        ui.separator();
                        self.preview(ui, shared);
                        ui.separator();
                        self.outcome(ui, shared);
                    });
            });
        if !open {
            action = Some(ImportAction::Cancel);
        }
        action
    }

    /// The unit of the amounts (found in the sheet, changeable), with a remark when it looks
    /// wrong; true when the user changed it.
    fn unit_choice(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>) -> bool {
        use crate::interchange::sheet::SpendUnit;
        use crate::locale::cli::CliMessage;
        let current = self.mapping.spend_unit;
        let mut chosen = current;
        ui.horizontal(|ui| {
            let label = ui.label(CliMessage::UnitField.text(shared.lang));
            egui::ComboBox::from_id_salt("import-unit")
                .selected_text(current.label())
                .show_ui(ui, |ui| {
                    for unit in SpendUnit::ALL {
                        ui.selectable_value(&mut chosen, unit, unit.label());
                    }
                })
                .response
                .labelled_by(label.id);
            let remark = self.rows.as_ref().ok().and_then(|rows| {
                if rows.check_unit {
                    Some(CliMessage::CheckUnit.text(shared.lang))
                } else {
                    let gap = rows.stated_total_gap()?;
                    Some(stated_total_gap(gap, rows.sum(), shared.lang))
                }
            });
            if let Some(remark) = remark {
                let colour = crate::ui::theme::error_colour(shared.dark);
                ui.add(egui::Label::new(RichText::new(remark).color(colour)).wrap());
            }
        });
        self.mapping.spend_unit = chosen;
        chosen != current
    }

    /// Sheet, header row and columns; true when any changed.
    fn mapping_controls(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>) -> bool {
        let x = shared.lang.exchange();
        let mut changed = false;
        if sheet_columns::sheet_choice(ui, x.sheet, &self.workbook, &mut self.sheet) {
            self.mapping = guess_mapping(&self.workbook.sheets[self.sheet]);
            changed = true;
        }
        if let Some(other) = self.also_likely.filter(|o| *o != self.sheet) {
            let name = &self.workbook.sheets[other].name;
            let note = crate::locale::cli::CliMessage::SheetAlsoLikely(name);
            ui.label(egui::RichText::new(note.text(shared.lang)).small());
        }
        changed |= self.unit_choice(ui, shared);
        let Some(sheet) = self.workbook.sheets.get(self.sheet) else {
            return changed;
        };
        ui.horizontal(|ui| {
            let header = self.mapping.header;
            if let Some(index) = sheet_columns::header_row(ui, x.header_row, sheet, header.top) {
                self.mapping = guess_columns(sheet, header_at(sheet, index));
                changed = true;
            }
            if header.is_two_rows() {
                let second = sheet.row_number(header.bottom);
                ui.label(format!("{} {second}", x.header_continues));
            }
        });
        ui.label(RichText::new(x.columns_heading).strong());
        let header = self.mapping.header;
        let names = |c: usize| header.name(sheet, c);
        let fields: Vec<(String, Option<usize>)> = Field::ALL
            .into_iter()
            .map(|field| (field_name(field, shared.lang), self.mapping.get(field)))
            .collect();
        let grid = sheet_columns::column_grid;
        if let Some((i, column)) =
            grid(ui, "import-columns", 2, x.no_column, sheet, &names, &fields)
        {
            self.mapping.set(Field::ALL[i], column);
            changed = true;
        }
        changed
    }

    fn preview(&self, ui: &mut egui::Ui, shared: &Shared<'_>) {
        let x = shared.lang.exchange();
        let texts = shared.lang.texts();
        ui.label(RichText::new(x.preview).strong());
        let Some(sheet) = self.workbook.sheets.get(self.sheet) else {
            return;
        };
        let rows = match &self.rows {
            Ok(rows) => rows,
            Err(error) => {
                ui.label(
                    RichText::new(mapping_error(*error, shared.lang))
                        .color(crate::ui::theme::error_colour(shared.dark)),
                );
                return;
            }
        };
        egui::Grid::new("import-preview")
            .striped(true)
            .spacing([14.0, 4.0])
            .show(ui, |ui| {
                ui.label(RichText::new(x.row).strong());
                ui.label(RichText::new(field_name(Field::Name, shared.lang)).strong());
                let spend = spend_heading(self.mapping.spend_unit, shared.lang);
                ui.label(RichText::new(spend).strong());
                for criterion in crate::model::Criterion::ALL {
                    ui.label(RichText::new(texts.criterion(criterion)).strong());
                }
                ui.label(RichText::new(x.outcome).strong());
                ui.end_row();
                for (index, outcome) in rows
                    .outcomes
                    .iter()
                    .filter(|(_, o)| *o != RowOutcome::Blank)
                    .take(PREVIEW_ROWS)
                {
                    ui.label(sheet.row_number(*index).to_string());
                    match outcome {
                        RowOutcome::Lot(i) => {
                            let lot = &rows.lots[*i];
                            ui.label(&lot.name);
                            ui.label(format_euro(lot.spend));
                            for criterion in crate::model::Criterion::ALL {
                                ui.label(lot.scores.get(criterion).map_or("-".to_string(), |l| {
                                    format!("{} {}", l.number(), texts.level(l))
                                }));
                            }
                            let remark = rows.notes.iter().any(|n| {
                                matches!(n, crate::interchange::sheet::RowNote::BadCell { row, .. } | crate::interchange::sheet::RowNote::NameCleaned { row, .. } if *row == lot.row)
                            });
                            ui.label(if remark { x.with_remark } else { x.becomes_lot });
                        }
                        RowOutcome::Note(i) => {
                            let cell = |c: Option<usize>| c.map(|c| sheet.cell(*index, c).text()).unwrap_or_default();
                            ui.label(cell(self.mapping.get(Field::Name)));
                            ui.label(cell(self.mapping.get(Field::Spend)));
                            for _ in 0..3 {
                                ui.label("");
                            }
                            let note = &rows.notes[*i];
                            ui.label(format!(
                                "{} ({})",
                                x.skipped,
                                row_note_reason(note, shared.lang)
                            ))
                            .on_hover_text(row_note(note, shared.lang));
                        }
                        RowOutcome::Blank => {}
                    }
                    ui.end_row();
                }
            });
        let lots = rows.lots.len();
        ui.label(format!("{} {lots}", x.lots));
        if !rows.notes.is_empty() {
            egui::CollapsingHeader::new(format!("{} ({})", x.remarks, rows.notes.len()))
                .id_salt("import-remarks")
                .default_open(true)
                .show(ui, |ui| {
                    ScrollArea::vertical()
                        .id_salt("import-remarks-scroll")
                        .max_height(160.0)
                        .show(ui, |ui| {
                            for note in &rows.notes {
                                ui.label(format!("\u{2022} {}", row_note(note, shared.lang)));
                            }
                        });
                });
        }
    }

    fn outcome(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>) {
        let x = shared.lang.exchange();
        ui.horizontal(|ui| {
            ui.radio_value(&mut self.mode, ImportMode::Merge, x.mode_merge);
            ui.radio_value(&mut self.mode, ImportMode::New, x.mode_new);
        });
        let Ok(rows) = &self.rows else {
            return;
        };
        match self.mode {
            ImportMode::New => {
                ui.label(new_summary(rows.lots.len(), rows.sum(), shared.lang));
            }
            ImportMode::Merge => {
                // Worked out again only when the workshop, the rows or the matches changed.
                let plan = match self.plan_cache.take() {
                    Some((revision, generation, plan))
                        if revision == shared.revision && generation == self.generation =>
                    {
                        plan
                    }
                    _ => {
                        self.plans_made += 1;
                        plan_merge(shared.workshop, rows, &self.manual)
                    }
                };
                ui.label(RichText::new(merge_summary(&plan.counts(), shared.lang)).strong());
                let mut matches = Vec::new();
                egui::CollapsingHeader::new(x.changes)
                    .id_salt("import-changes")
                    .default_open(true)
                    .show(ui, |ui| {
                        // Only the rows in view are built: a sheet of 20 000 lots has as many
                        // changes, far more than a frame can lay out.
                        let altering: Vec<&Change> =
                            plan.changes.iter().filter(|c| c.alters()).collect();
                        let row_height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
                        ScrollArea::vertical()
                            .id_salt("import-changes-scroll")
                            .max_height(240.0)
                            .show_rows(ui, row_height, altering.len(), |ui, range| {
                                for change in &altering[range] {
                                    if let Some(m) = change_row(ui, shared, change, &plan) {
                                        matches.push(m);
                                    }
                                }
                            });
                    });
                self.plan_cache = Some((shared.revision, self.generation, plan));
                for (row, lot) in matches {
                    self.match_row(row, lot);
                }
            }
        }
    }
}

/// One change, with a chooser to match the row to another lot; returns a new choice.
fn change_row(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    change: &Change,
    plan: &MergePlan,
) -> Option<(u32, Option<LotId>)> {
    let x = shared.lang.exchange();
    let t = shared.t();
    let (row, current, text) = match change {
        Change::Add {
            row, name, spend, ..
        } => (
            *row,
            None,
            format!("{name}: {} {}", x.new_lot, format_euro(*spend)),
        ),
        Change::Update {
            row,
            lot,
            name,
            spend,
            filled,
            kept,
            ..
        } => {
            let mut parts = Vec::new();
            if let Some((from, to)) = spend {
                parts.push(format!(
                    "{} \u{2192} {}",
                    format_euro(*from),
                    format_euro(*to)
                ));
            }
            if !filled.is_empty() {
                parts.push(format!("+{} {}", filled.len(), x.scores.to_lowercase()));
            }
            if !kept.is_empty() {
                parts.push(format!("{} {}", kept.len(), x.scores.to_lowercase()))
            }
            (*row, Some(*lot), format!("{name}: {}", parts.join(", ")))
        }
    };
    let mut chosen = current;
    ui.horizontal(|ui| {
        ui.label(format!("{} {row}", x.row));
        ui.label(text);
        let candidates: Vec<(LotId, &str)> = shared
            .workshop
            .lots
            .iter()
            .filter(|l| Some(l.id) == current || plan.not_in_sheet.contains(&l.id))
            .map(|l| (l.id, l.name.as_str()))
            .collect();
        let selected = current
            .and_then(|id| candidates.iter().find(|(c, _)| *c == id))
            .map_or(x.new_lot, |(_, n)| n);
        egui::ComboBox::from_id_salt(("import-match", row))
            .selected_text(selected)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, x.new_lot);
                for (id, name) in &candidates {
                    ui.selectable_value(&mut chosen, Some(*id), *name);
                }
            })
            .response
            .on_hover_text(format!("{} {row}: {}", x.row, t.matched_with));
    });
    (chosen != current).then_some((row, chosen))
}
