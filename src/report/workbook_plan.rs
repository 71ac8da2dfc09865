//! The workbook's *Planning* sheet (each tender with its lots, the contract start and the
//! first and last day of each phase, and what to look at) and *Contracten* sheet (the register),
//! with real dates as dates.

use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use crate::locale::Lang;
use crate::locale::planning::{flag_text, phase_name, texts};
use crate::model::planning::Phase;
use crate::model::{LotId, Workshop, WorkshopDate};

fn write_date(
    sheet: &mut Worksheet,
    row: u32,
    column: u16,
    date: WorkshopDate,
    format: &Format,
) -> Result<(), XlsxError> {
    let excel = ExcelDateTime::from_ymd(date.year, date.month, date.day)?;
    sheet.write_datetime_with_format(row, column, &excel, format)?;
    Ok(())
}

/// Adds the two sheets when the workshop has a plan or a register.
pub fn plan_sheets(book: &mut Workbook, workshop: &Workshop, lang: Lang) -> Result<(), XlsxError> {
    let plan = &workshop.planning;
    if plan.tenders.is_empty() && plan.contracts.is_empty() {
        return Ok(());
    }
    let x = texts(lang);
    let c = &x.columns;
    let sheets = &lang.exchange().sheets;
    let date = Format::new().set_num_format("dd-mm-yyyy");
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let lot_names = |lots: &[LotId]| workshop.lot_names(lots).join(", ");
    let lot_name = |id| {
        workshop
            .lot(id)
            .map_or_else(String::new, |l| l.name.clone())
    };
    let flags = plan.flags(super::today());

    let sheet = book.add_worksheet();
    sheet.set_name(sheets.planning)?;
    let mut names: Vec<String> = vec![x.tender.into(), c.lots.into(), x.start.into()];
    for phase in Phase::ALL {
        names.push(format!("{} {}", phase_name(phase, lang), c.from));
        names.push(format!("{} {}", phase_name(phase, lang), c.until));
    }
    names.push(x.flags.into());
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut widths = vec![30.0, 40.0, 12.0];
    widths.extend([12.0; 14]);
    widths.push(60.0);
    super::workbook::header(sheet, &names, &widths)?;
    for (index, tender) in plan.tenders.iter().enumerate() {
        let row = index as u32 + 1;
        sheet.write_string_with_format(row, 0, &tender.name, &wrap)?;
        sheet.write_string_with_format(row, 1, lot_names(&tender.lots), &wrap)?;
        write_date(sheet, row, 2, tender.start, &date)?;
        for span in plan.plan(tender) {
            let column = 3 + 2 * span.phase.index() as u16;
            write_date(sheet, row, column, span.start, &date)?;
            write_date(sheet, row, column + 1, span.end, &date)?;
        }
        let own: Vec<String> = flags
            .iter()
            .filter(|f| f.tender() == Some(tender.id))
            .map(|f| flag_text(f, plan, &lot_name, lang))
            .collect();
        sheet.write_string_with_format(row, 17, own.join("\n"), &wrap)?;
    }

    let sheet = book.add_worksheet();
    sheet.set_name(sheets.contracts)?;
    let names = [
        c.contract,
        c.contract_start,
        c.end,
        c.extendable_until,
        c.scale,
        c.lots,
    ];
    super::workbook::header(sheet, &names, &[44.0, 12.0, 12.0, 16.0, 34.0, 40.0])?;
    for (index, contract) in plan.contracts.iter().enumerate() {
        let row = index as u32 + 1;
        sheet.write_string_with_format(row, 0, &contract.name, &wrap)?;
        write_date(sheet, row, 1, contract.start, &date)?;
        write_date(sheet, row, 2, contract.end, &date)?;
        if let Some(until) = contract.extendable_until {
            write_date(sheet, row, 3, until, &date)?;
        }
        sheet.write_string_with_format(row, 4, &contract.scale, &wrap)?;
        sheet.write_string_with_format(row, 5, lot_names(&contract.lots), &wrap)?;
    }
    Ok(())
}
