//! The portfolio as an Excel workbook: a sheet with the portfolio table (real numbers with
//! number formats, not text), one with every checklist answer, one with the decisions and one
//! with each lot's strategy (amounts as numbers, dates as dates).

use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError,
};

use super::answers::{lot_answer, record_kind};
use super::strategy_table::{StrategyCell, StrategyColumn, strategy_row};
use crate::locale::Lang;
use crate::locale::strategy::{ChoiceName, yes_no};
use crate::model::{Catalogue, Criterion, Portfolio, Workshop, analyse};

pub(super) fn header(
    sheet: &mut Worksheet,
    names: &[&str],
    widths: &[f64],
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold().set_text_wrap();
    for (c, (name, width)) in names.iter().zip(widths).enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(0, c, *name, &bold)?;
        sheet.set_column_width(c, *width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The workbook's bytes (`.xlsx`): the portfolio, the checklist answers, the decisions, the
/// strategies, the kaders and the plan, a sheet each.
pub fn to_xlsx(
    workshop: &Workshop,
    catalogue: &Catalogue,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let portfolio = analyse(workshop);
    let mut book = Workbook::new();
    // The creation time follows SOURCE_DATE_EPOCH when set: the same workshop, the same bytes.
    let seconds = i64::try_from(super::ics::unix_seconds_now()).unwrap_or(0);
    let created = ExcelDateTime::from_timestamp(seconds)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    portfolio_sheet(&mut book, workshop, &portfolio, lang)?;
    checklist_sheet(&mut book, workshop, &portfolio, catalogue, lang)?;
    decisions_sheet(&mut book, workshop, lang)?;
    strategy_sheet(&mut book, workshop, &portfolio, lang)?;
    if !workshop.kaders.is_empty() {
        kader_sheet(&mut book, workshop, &portfolio, lang)?;
    }
    super::workbook_plan::plan_sheets(&mut book, workshop, lang)?;
    book.save_to_buffer()
}

/// The portfolio, ranked by spend, with its total.
fn portfolio_sheet(
    book: &mut Workbook,
    workshop: &Workshop,
    portfolio: &Portfolio,
    lang: Lang,
) -> Result<(), XlsxError> {
    let x = lang.exchange();
    let texts = lang.texts();
    let euro = Format::new().set_num_format("\u{20AC} #,##0.00");
    let percent = Format::new().set_num_format("0.0%");
    let one_place = Format::new().set_num_format("0.0");
    // A weighted mean is shown with two (see `Risk::places`).
    let two_places = Format::new().set_num_format("0.00");
    let bold = Format::new().set_bold();
    let bold_euro = Format::new().set_bold().set_num_format("\u{20AC} #,##0.00");
    let sheet = book.add_worksheet();
    sheet.set_name(x.sheets.portfolio)?;
    header(
        sheet,
        &x.columns.all(),
        &[
            5.0, 40.0, 12.0, 16.0, 9.0, 11.0, 6.0, 9.0, 10.0, 13.0, 8.0, 13.0, 9.0, 14.0,
        ],
    )?;
    let mut row = 1u32;
    for (ranked, lot) in portfolio.lots(workshop) {
        let number = |d: rust_decimal::Decimal| d.to_f64().unwrap_or(0.0);
        sheet.write_number(row, 0, ranked.rank as f64)?;
        sheet.write_string(row, 1, &lot.name)?;
        sheet.write_string(row, 2, texts.law(lot.law))?;
        sheet.write_number_with_format(row, 3, number(lot.spend), &euro)?;
        sheet.write_number_with_format(row, 4, number(ranked.share_pct) / 100.0, &percent)?;
        sheet.write_number_with_format(
            row,
            5,
            number(ranked.cumulative_share_pct) / 100.0,
            &percent,
        )?;
        sheet.write_string(row, 6, ranked.abc_band.letter())?;
        for (i, criterion) in Criterion::ALL.into_iter().enumerate() {
            if let Some(level) = lot.scores.get(criterion) {
                sheet.write_number(row, 7 + i as u16, f64::from(level.number()))?;
            }
        }
        if let Some(risk) = ranked.risk {
            let places = if risk.places > 1 {
                &two_places
            } else {
                &one_place
            };
            sheet.write_number_with_format(row, 10, number(risk.mean_for_display()), places)?;
            sheet.write_string(row, 11, texts.level(risk.class))?;
        }
        sheet.write_string(row, 12, texts.value_class(ranked.value_class))?;
        match ranked.quadrant {
            Some(q) => sheet.write_string(row, 13, texts.quadrant(q))?,
            None => sheet.write_string(row, 13, x.not_scored)?,
        };
        row += 1;
    }
    if row > 1 {
        sheet.autofilter(0, 0, row - 1, 13)?;
    }
    sheet.write_string_with_format(row, 1, x.total, &bold)?;
    sheet.write_formula_with_format(
        row,
        3,
        rust_xlsxwriter::Formula::new(format!("=SUM(D2:D{row})"))
            .set_result(portfolio.total.to_string()),
        &bold_euro,
    )?;

    Ok(())
}

/// The checklist answers: one row per lot and question.
fn checklist_sheet(
    book: &mut Workbook,
    workshop: &Workshop,
    portfolio: &Portfolio,
    catalogue: &Catalogue,
    lang: Lang,
) -> Result<(), XlsxError> {
    let x = lang.exchange();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let sheet = book.add_worksheet();
    sheet.set_name(x.sheets.checklist)?;
    header(sheet, &x.checklist_columns, &[34.0, 22.0, 50.0, 40.0, 40.0])?;
    let mut row = 1u32;
    for (_, lot) in portfolio.lots(workshop) {
        for group in &catalogue.groups {
            for question in &group.questions {
                sheet.write_string_with_format(row, 0, &lot.name, &wrap)?;
                sheet.write_string_with_format(row, 1, lang.pick(&group.title), &wrap)?;
                sheet.write_string_with_format(row, 2, lang.pick(&question.text), &wrap)?;
                if let Some((text, note)) = lot_answer(lot, question, lang) {
                    sheet.write_string_with_format(row, 3, &text, &wrap)?;
                    sheet.write_string_with_format(row, 4, &note, &wrap)?;
                }
                row += 1;
            }
        }
    }

    Ok(())
}

/// The decisions: the session record, each item with the lot it is about.
fn decisions_sheet(book: &mut Workbook, workshop: &Workshop, lang: Lang) -> Result<(), XlsxError> {
    let x = lang.exchange();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let sheet = book.add_worksheet();
    sheet.set_name(x.sheets.decisions)?;
    header(
        sheet,
        &x.record_columns,
        &[34.0, 14.0, 60.0, 18.0, 12.0, 8.0],
    )?;
    for (row, item) in (1u32..).zip(&workshop.record) {
        let lot = item
            .lot
            .and_then(|id| workshop.lot(id))
            .map_or(workshop.title.as_str(), |l| l.name.as_str());
        sheet.write_string_with_format(row, 0, lot, &wrap)?;
        sheet.write_string(row, 1, record_kind(item.kind, lang))?;
        sheet.write_string_with_format(row, 2, item.text.trim(), &wrap)?;
        sheet.write_string(row, 3, item.who.trim())?;
        if let Some(due) = item.due {
            sheet.write_string(row, 4, due.to_string())?;
        }
        if item.kind == crate::model::RecordKind::Action {
            sheet.write_boolean(row, 5, item.done)?;
        }
    }
    Ok(())
}

/// The *Kaders* sheet: one row per lot and kader, in rank order and the kaders' order, with
/// the status as a symbol (✓, n.v.t., –) and what the lot says; a filter finds the open ones.
fn kader_sheet(
    book: &mut Workbook,
    workshop: &Workshop,
    portfolio: &Portfolio,
    lang: Lang,
) -> Result<(), XlsxError> {
    use crate::locale::kaders::{kind_name, status_mark, texts};
    use crate::model::kader::kader_status;
    let x = lang.exchange();
    let k = texts(lang);
    let sheet = book.add_worksheet();
    sheet.set_name(x.sheets.kaders)?;
    let names = [x.columns.lot, k.heading, k.kind, k.status, k.how];
    header(sheet, &names, &[34.0, 50.0, 16.0, 8.0, 60.0])?;
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let mut row = 1u32;
    for (_, lot) in portfolio.lots(workshop) {
        for (index, kader) in workshop.kaders.iter().enumerate() {
            let status = kader_status(&lot.kaders, kader.id);
            let title = crate::locale::kaders::numbered(&workshop.kaders, index, lang);
            sheet.write_string_with_format(row, 0, &lot.name, &wrap)?;
            sheet.write_string_with_format(row, 1, &title, &wrap)?;
            sheet.write_string(row, 2, kind_name(kader.kind, lang))?;
            sheet.write_string(row, 3, status_mark(status, lang))?;
            if let Some(answer) = lot.kaders.get(&kader.id) {
                sheet.write_string_with_format(row, 4, answer.how.trim(), &wrap)?;
            }
            row += 1;
        }
    }
    if row > 1 {
        sheet.autofilter(0, 0, row - 1, 4)?;
    }
    Ok(())
}

/// The *Strategie* sheet: one row per lot in rank order, the columns of
/// [`StrategyColumn::ALL`]; choices by name, amounts in euros as numbers, dates as dates.
fn strategy_sheet(
    book: &mut Workbook,
    workshop: &Workshop,
    portfolio: &Portfolio,
    lang: Lang,
) -> Result<(), XlsxError> {
    let x = lang.exchange();
    let sheet = book.add_worksheet();
    sheet.set_name(x.sheets.strategy)?;
    let mut names = vec![x.columns.lot];
    let mut widths = vec![34.0];
    for column in StrategyColumn::ALL {
        names.push(column.name(lang));
        widths.push(match column {
            StrategyColumn::Levers | StrategyColumn::Hints => 50.0,
            _ => 18.0,
        });
    }
    header(sheet, &names, &widths)?;
    let euro = Format::new().set_num_format("\u{20AC} #,##0");
    let date = Format::new().set_num_format("dd-mm-yyyy");
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    for (row, (ranked, lot)) in (1u32..).zip(portfolio.lots(workshop)) {
        sheet.write_string_with_format(row, 0, &lot.name, &wrap)?;
        let cells = strategy_row(workshop, lot, ranked.quadrant, lang, false);
        for (c, cell) in cells.into_iter().enumerate() {
            let c = c as u16 + 1;
            match cell {
                StrategyCell::Empty => {}
                StrategyCell::Choice { name, .. } => {
                    sheet.write_string(row, c, name)?;
                }
                StrategyCell::YesNo(value) => {
                    sheet.write_string(row, c, yes_no(value, lang))?;
                }
                StrategyCell::Whole(n) => {
                    sheet.write_number(row, c, f64::from(n))?;
                }
                StrategyCell::Euro(amount) => {
                    sheet.write_number_with_format(
                        row,
                        c,
                        amount.to_f64().unwrap_or(0.0),
                        &euro,
                    )?;
                }
                StrategyCell::Date(day) => {
                    let excel = ExcelDateTime::from_ymd(day.year, day.month, day.day)?;
                    sheet.write_datetime_with_format(row, c, &excel, &date)?;
                }
                StrategyCell::Text(text) => {
                    sheet.write_string_with_format(row, c, &text, &wrap)?;
                }
            }
        }
    }
    Ok(())
}
