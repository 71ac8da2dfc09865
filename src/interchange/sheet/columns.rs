//! Giving a sheet meaning: which row holds the headers, which column holds which field, and
//! what each row below it becomes (a lot, or a row skipped with a reason).

use std::collections::HashSet;

use rust_decimal::Decimal;

use super::header::{HeaderRows, find_header, year_in};
use super::read::{Cell, Sheet};
use crate::interchange::csv_import::{is_total_row, parse_law, parse_score};
use crate::locale::number::parse_amount;
use crate::model::{Criterion, Law, MarketFigures, Scores};

/// What a column can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The lot's name (required).
    Name,
    /// Annual spend (required).
    Spend,
    /// The law.
    Law,
    /// A score.
    Score(Criterion),
    /// Number of registered providers.
    Providers,
    /// Number of clients.
    Clients,
    /// Share of the three largest providers, percent.
    Top3,
    /// Share of the ten largest providers, percent.
    Top10,
}

impl Field {
    /// Every field, in the order the mapping dialog lists them.
    pub const ALL: [Field; 10] = [
        Field::Name,
        Field::Spend,
        Field::Law,
        Field::Score(Criterion::Impact),
        Field::Score(Criterion::Scarcity),
        Field::Score(Criterion::Switching),
        Field::Providers,
        Field::Clients,
        Field::Top3,
        Field::Top10,
    ];

    /// Stable machine name, used on the command line (`name=B`).
    pub fn code(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Spend => "spend",
            Field::Law => "law",
            Field::Score(c) => c.code(),
            Field::Providers => "providers",
            Field::Clients => "clients",
            Field::Top3 => "top3",
            Field::Top10 => "top10",
        }
    }

    /// The field with this machine name.
    pub fn from_code(code: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.code() == code)
    }

    fn index(self) -> usize {
        Field::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// Which row is the header and which column holds each field (column indices of the rows).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Mapping {
    /// The header's rows (one or two); data starts below them.
    pub header: HeaderRows,
    /// What one amount stands for (found in the header or a title row; the user may change it).
    pub spend_unit: super::units::SpendUnit,
    columns: [Option<usize>; 10],
}

impl Mapping {
    /// The column of a field.
    pub fn get(&self, field: Field) -> Option<usize> {
        self.columns[field.index()]
    }

    /// Sets (or clears) the column of a field.
    pub fn set(&mut self, field: Field, column: Option<usize>) {
        self.columns[field.index()] = column;
    }

    /// How many fields have a column.
    pub fn field_count(&self) -> usize {
        self.columns.iter().filter(|c| c.is_some()).count()
    }
}

/// The words of a header cell, lower case, split at anything that is not a letter or digit.
fn words(header: &str) -> Vec<String> {
    header
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The field a header names, if any.
pub fn field_for_header(header: &str) -> Option<Field> {
    let words = words(header);
    let has = |w: &str| words.iter().any(|x| x == w);
    let starts = |p: &str| words.iter().any(|x| x.starts_with(p));
    let phrase = |a: &str, b: &str| words.windows(2).any(|p| p[0] == a && p[1] == b);
    if phrase("top", "3") || has("top3") {
        Some(Field::Top3)
    } else if phrase("top", "10") || has("top10") {
        Some(Field::Top10)
    } else if starts("impact") {
        Some(Field::Score(Criterion::Impact))
    } else if starts("schaarste") || starts("scarcity") {
        Some(Field::Score(Criterion::Scarcity))
    } else if starts("omschakel") || starts("switch") || starts("overstap") {
        Some(Field::Score(Criterion::Switching))
    } else if starts("aanbieder") || starts("provider") || starts("zorgaanbieder") {
        Some(Field::Providers)
    } else if starts("cli\u{eb}nt") || starts("client") || starts("clienten") {
        Some(Field::Clients)
    } else if [
        "eur", "euro", "bedrag", "spend", "kosten", "omzet", "budget",
    ]
    .iter()
    .any(|w| has(w))
        || starts("uitgave")
        || starts("bedrag")
    {
        Some(Field::Spend)
    } else if [
        "naam",
        "name",
        "lot",
        "lots",
        "segment",
        "omschrijving",
        "dienst",
    ]
    .iter()
    .any(|w| has(w))
        || starts("categor")
        || starts("perce")
    {
        Some(Field::Name)
    } else if has("wet") || has("law") || has("domein") {
        Some(Field::Law)
    } else {
        None
    }
}

/// How well a cell fits a field (true when it reads as that field's value).
pub(super) fn fits(field: Field, cell: &Cell) -> bool {
    let text = cell.text();
    match field {
        Field::Name => matches!(cell, Cell::Text(_)) && parse_amount(&text).is_err(),
        Field::Spend => !text.contains('%') && amount_of(cell).is_ok_and(|v| v >= Decimal::ZERO),
        Field::Law => parse_law(&text).is_ok(),
        Field::Score(_) => matches!(parse_score(&text), Ok(Some(_))),
        Field::Providers | Field::Clients => whole_number(cell).is_some(),
        Field::Top3 | Field::Top10 => percentage(cell).is_some(),
    }
}

/// How many rows below a header row are looked at to choose between candidate columns.
const SAMPLE_ROWS: usize = 200;

/// Guesses the header (one or two rows) and the column of each field from the headers and the contents.
/// When several columns' headers name one field, the one whose cells read best as that field
/// wins; among equals, the one whose header has the latest year (`spend_2022_eur`), then the
/// leftmost.
pub fn guess_mapping(sheet: &Sheet) -> Mapping {
    guess_columns(sheet, find_header(sheet))
}

/// Guesses the column of each field under `header`.
pub fn guess_columns(sheet: &Sheet, header: HeaderRows) -> Mapping {
    let mut mapping = Mapping {
        header,
        ..Mapping::default()
    };
    let data_end = (header.bottom + 1 + SAMPLE_ROWS).min(sheet.rows.len());
    let sample = header.bottom + 1..data_end;
    let names: Vec<String> = (0..sheet.width()).map(|c| header.name(sheet, c)).collect();
    let mut used = HashSet::new();
    for field in Field::ALL {
        let best = (0..sheet.width())
            .filter(|c| !used.contains(c))
            .filter(|c| field_for_header(&names[*c]) == Some(field))
            .map(|c| {
                let filled = sample
                    .clone()
                    .filter(|r| !sheet.cell(*r, c).is_blank())
                    .count();
                let good = sample
                    .clone()
                    .filter(|r| fits(field, sheet.cell(*r, c)))
                    .count();
                let year = year_in(&names[c]).unwrap_or(0);
                // Share of filled cells that fit, in per mille, so it compares exactly.
                let fit = (good * 1000).checked_div(filled).unwrap_or(0);
                (c, fit, year)
            })
            .max_by_key(|(c, fit, year)| (*fit, *year, std::cmp::Reverse(*c)));
        if let Some((column, fit, _)) = best
            && (fit > 0 || matches!(field, Field::Name | Field::Spend))
        {
            used.insert(column);
            mapping.set(field, Some(column));
        }
    }
    if let Some(spend) = mapping.get(Field::Spend) {
        mapping.spend_unit = super::units::find_unit(sheet, header, spend).unwrap_or_default();
    }
    mapping
}

/// The amount a cell holds: a number cell as it is (its text "985.628" is no Dutch amount),
/// a text cell read the Dutch way.
fn amount_of(cell: &Cell) -> Result<Decimal, crate::locale::number::AmountError> {
    match cell {
        Cell::Number(number) => Ok(*number),
        _ => parse_amount(&cell.text()),
    }
}

fn whole_number(cell: &Cell) -> Option<u32> {
    let value = amount_of(cell).ok()?;
    if value.fract().is_zero() && value >= Decimal::ZERO {
        u32::try_from(value.mantissa() / 10_i128.pow(value.scale())).ok()
    } else {
        None
    }
}

fn percentage(cell: &Cell) -> Option<Decimal> {
    let value = match cell {
        Cell::Number(number) => *number,
        _ => parse_amount(cell.text().trim_end_matches('%').trim()).ok()?,
    };
    (Decimal::ZERO..=Decimal::ONE_HUNDRED)
        .contains(&value)
        .then_some(value)
}

/// One lot as a sheet row gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetLot {
    /// The row number as the spreadsheet shows it.
    pub row: u32,
    /// The name.
    pub name: String,
    /// The spend.
    pub spend: Decimal,
    /// The law, when a law column is mapped and filled.
    pub law: Option<Law>,
    /// The scores read (criteria not mapped or empty stay `None`).
    pub scores: Scores,
    /// Market figures, when any of their columns is mapped and filled.
    pub market: Option<MarketFigures>,
}

/// Why a row did not become a lot, or what was left out of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowNote {
    /// A total row; its amount is kept as the reported total.
    Total {
        /// Row number.
        row: u32,
        /// The text in the name column.
        name: String,
    },
    /// A row without a name but with other text (an explanation under the header).
    Explanation {
        /// Row number.
        row: u32,
        /// The row's first text.
        text: String,
    },
    /// A named row without an amount: skipped.
    NoAmount {
        /// Row number.
        row: u32,
        /// Lot name.
        name: String,
    },
    /// A named row whose amount cannot be read: skipped.
    BadAmount {
        /// Row number.
        row: u32,
        /// Lot name.
        name: String,
        /// The cell's text.
        text: String,
    },
    /// A cell that cannot be read: the lot is imported without that value.
    BadCell {
        /// Row number.
        row: u32,
        /// Lot name.
        name: String,
        /// The field.
        field: Field,
        /// The cell's text.
        text: String,
    },
    /// A name that held line breaks, hidden characters or was too long: imported cleaned.
    NameCleaned {
        /// Row number.
        row: u32,
        /// The name as imported.
        name: String,
        /// What was changed.
        changes: crate::model::text::TextChanges,
    },
    /// A second row with a name already seen: both are kept.
    Duplicate {
        /// Row number.
        row: u32,
        /// Lot name.
        name: String,
    },
}

/// What happened to one row (for the preview).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowOutcome {
    /// Became `lots[i]`.
    Lot(usize),
    /// Skipped or changed, see `notes[i]`.
    Note(usize),
    /// Blank.
    Blank,
}

/// The lots a sheet gives under a mapping, with every row accounted for.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SheetRows {
    /// The lots, in the sheet's order.
    pub lots: Vec<SheetLot>,
    /// What was skipped or left out, in the sheet's order.
    pub notes: Vec<RowNote>,
    /// The amount of the first total row, if it has one.
    pub total: Option<Decimal>,
    /// One outcome per data row (the rows below the header), by row index.
    pub outcomes: Vec<(usize, RowOutcome)>,
    /// No unit was stated and every lot is under € 10.000: the unit deserves a check.
    pub check_unit: bool,
    /// A total stated in words above the table.
    pub stated_total: Option<super::units::StatedTotal>,
}

impl SheetRows {
    /// The sum of the lots' spend, in euros.
    pub fn sum(&self) -> Decimal {
        self.lots.iter().map(|lot| lot.spend).sum()
    }

    /// The total stated above the table, when the lots do not add up to it.
    pub fn stated_total_gap(&self) -> Option<&super::units::StatedTotal> {
        self.stated_total
            .as_ref()
            .filter(|total| total.disagrees_with(self.sum()))
    }
}

/// Why a mapping gives no lots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MappingError {
    /// No column is chosen for the name.
    NoNameColumn,
    /// No column is chosen for the spend.
    NoSpendColumn,
    /// No row below the header became a lot.
    NoLots,
}

/// Reads every row below the header into a lot or a note.
pub fn read_rows(sheet: &Sheet, mapping: &Mapping) -> Result<SheetRows, MappingError> {
    let name_at = mapping.get(Field::Name).ok_or(MappingError::NoNameColumn)?;
    let spend_at = mapping
        .get(Field::Spend)
        .ok_or(MappingError::NoSpendColumn)?;
    let mut out = SheetRows::default();
    let mut seen = HashSet::new();
    for r in mapping.header.bottom + 1..sheet.rows.len() {
        let row = sheet.row_number(r);
        let rows = Rows {
            sheet,
            mapping,
            name_at,
            spend_at,
        };
        let outcome = read_row(&rows, r, row, &mut seen, &mut out);
        out.outcomes.push((r, outcome));
    }
    if out.lots.is_empty() {
        return Err(MappingError::NoLots);
    }
    let small = Decimal::from(super::units::SUSPICIOUSLY_SMALL);
    out.stated_total = super::units::stated_total(sheet, mapping.header);
    // A stated total settles the unit: the lots add up to it, or the gap is reported.
    out.check_unit = mapping.spend_unit == super::units::SpendUnit::Euro
        && out.stated_total.is_none()
        && out.lots.iter().all(|lot| lot.spend < small);
    Ok(out)
}

/// What every row of one read shares: the sheet, the mapping, and the columns of name and
/// spend.
#[derive(Clone, Copy)]
struct Rows<'a> {
    sheet: &'a Sheet,
    mapping: &'a Mapping,
    name_at: usize,
    spend_at: usize,
}

/// Row `r` (numbered `row` as the sheet shows it) as a lot or a note; `seen` holds the names
/// of the lots read so far.
fn read_row(
    rows: &Rows<'_>,
    r: usize,
    row: u32,
    seen: &mut HashSet<String>,
    out: &mut SheetRows,
) -> RowOutcome {
    let Rows {
        sheet,
        mapping,
        name_at,
        spend_at,
    } = *rows;
    let cells = &sheet.rows[r];
    let note = |out: &mut SheetRows, note: RowNote| {
        out.notes.push(note);
        RowOutcome::Note(out.notes.len() - 1)
    };
    if cells.iter().all(Cell::is_blank) {
        return RowOutcome::Blank;
    }
    let cleaned = crate::model::text::clean_name(&sheet.cell(r, name_at).text());
    let name = cleaned.text;
    let amount_cell = sheet.cell(r, spend_at);
    let amount_text = amount_cell.text();
    let amount = amount_of(amount_cell);
    if is_total_row(&name) {
        if out.total.is_none() {
            out.total = amount
                .ok()
                .map(|total| (total * mapping.spend_unit.factor()).round_dp(2));
        }
        return note(out, RowNote::Total { row, name });
    }
    if name.is_empty() {
        let text = cells
            .iter()
            .map(Cell::text)
            .find(|t| !t.is_empty())
            .unwrap_or_default();
        return note(out, RowNote::Explanation { row, text });
    }
    let spend = match amount {
        Ok(spend) if spend >= Decimal::ZERO && !amount_text.contains('%') => spend,
        Err(crate::locale::number::AmountError::Empty) => {
            return note(out, RowNote::NoAmount { row, name });
        }
        _ => {
            return note(
                out,
                RowNote::BadAmount {
                    row,
                    name,
                    text: amount_text,
                },
            );
        }
    };
    let mut lot = SheetLot {
        row,
        name: name.clone(),
        spend: (spend * mapping.spend_unit.factor()).round_dp(2),
        law: None,
        scores: Scores::default(),
        market: None,
    };
    let mut bad = Vec::new();
    for field in Field::ALL {
        let Some(at) = mapping.get(field) else {
            continue;
        };
        let cell = sheet.cell(r, at);
        if cell.is_blank() || matches!(field, Field::Name | Field::Spend) {
            continue;
        }
        let text = cell.text();
        let ok = match field {
            Field::Law => parse_law(&text).map(|law| lot.law = Some(law)).is_ok(),
            Field::Score(c) => match parse_score(&text) {
                Ok(level) => {
                    lot.scores.set(c, level);
                    true
                }
                Err(()) => false,
            },
            Field::Providers => whole_number(cell)
                .map(|n| lot_market(&mut lot.market).registered_providers = Some(n))
                .is_some(),
            Field::Clients => whole_number(cell)
                .map(|n| lot_market(&mut lot.market).clients = Some(n))
                .is_some(),
            Field::Top3 => percentage(cell)
                .map(|p| lot_market(&mut lot.market).top3_share_pct = Some(p))
                .is_some(),
            Field::Top10 => percentage(cell)
                .map(|p| lot_market(&mut lot.market).top10_share_pct = Some(p))
                .is_some(),
            Field::Name | Field::Spend => true,
        };
        if !ok {
            bad.push(RowNote::BadCell {
                row,
                name: name.clone(),
                field,
                text,
            });
        }
    }
    let changes = cleaned.changes;
    if changes.worth_saying() {
        out.notes.push(RowNote::NameCleaned {
            row,
            name: name.clone(),
            changes,
        });
    }
    if !seen.insert(crate::model::name_key(&name)) {
        out.notes.push(RowNote::Duplicate {
            row,
            name: name.clone(),
        });
    }
    out.notes.extend(bad);
    out.lots.push(lot);
    RowOutcome::Lot(out.lots.len() - 1)
}

fn lot_market(market: &mut Option<MarketFigures>) -> &mut MarketFigures {
    market.get_or_insert_with(MarketFigures::default)
}
