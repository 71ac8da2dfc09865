//! The example workshops that ship inside the binary.

use crate::format::{LoadError, Loaded, load_str};

/// The NMD 2022 analysis (29 lots, 25 scored): the default workshop.
pub const NMD_2022: &str = include_str!("../workshops/nmd-2022.kraljic.ron");

/// The Rivierenland 2019 segments with market figures, not yet scored.
pub const RIVIERENLAND_2019: &str = include_str!("../workshops/rivierenland-2019.kraljic.ron");

/// The workshop that opens when no file is given.
pub fn default_workshop() -> Result<Loaded, LoadError> {
    load_str(NMD_2022)
}

/// The NMD example's workshop, for unit tests.
#[cfg(test)]
pub fn nmd_workshop() -> crate::model::Workshop {
    default_workshop().expect("the NMD example").workshop
}

/// A generated workshop of `lots` lots (a whole province's worth, for speed measurements):
/// varied names and spend, four in five scored. The same `lots` always gives the same workshop.
pub fn generated(lots: usize) -> crate::model::Workshop {
    use crate::model::{Law, Level, Lot, LotId, Scores, Workshop};
    use rust_decimal::Decimal;
    const KINDS: [&str; 12] = [
        "Ambulante begeleiding",
        "Dagbesteding",
        "Beschermd wonen",
        "Jeugdhulp met verblijf",
        "Specialistische GGZ",
        "Huishoudelijke hulp",
        "Pleegzorg",
        "Logeren",
        "Dyslexiezorg",
        "Gezinshuis",
        "Hulpmiddelen",
        "Vervoer",
    ];
    const REGIONS: [&str; 6] = ["Noord", "Zuid", "Oost", "West", "Centrum", "Regio"];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |below: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % below
    };
    let mut workshop = Workshop {
        title: format!("Provincie, {lots} percelen"),
        organisation: "Gegenereerd".into(),
        ..Workshop::default()
    };
    for i in 0..lots {
        let name = format!(
            "{} {} {}",
            KINDS[next(KINDS.len() as u64) as usize],
            REGIONS[next(REGIONS.len() as u64) as usize],
            i + 1
        );
        // Log-uniform between € 10.000 and € 20 mln, in whole euros.
        let exponent = 4.0 + (next(10_000) as f64 / 10_000.0) * 3.3;
        let spend = Decimal::from(10_f64.powf(exponent) as u64);
        let mut lot = Lot::new(LotId(i as u32 + 1), name, spend);
        lot.law = [Law::Jeugdwet, Law::Wmo, Law::Both][i % 3];
        if next(5) != 0 {
            let level = |n: u64| Level::ALL[n as usize];
            lot.scores = Scores::new(level(next(4)), level(next(4)), level(next(4)));
        }
        workshop.lots.push(lot);
    }
    workshop
}

/// A large honest lot table as an Excel file (for speed measurements and tests): a header row
/// (*Perceel*, *Uitgaven*, then *Kolom 2* to *Kolom 19*) and `rows` lots of 20 cells each, the
/// spend a number. Within the import limits up to 99 999 rows.
pub fn large_lot_workbook(rows: u32) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let written = (|| -> Result<(), rust_xlsxwriter::XlsxError> {
        sheet.write_string(0, 0, "Perceel")?;
        sheet.write_string(0, 1, "Uitgaven")?;
        for column in 2..20u16 {
            sheet.write_string(0, column, format!("Kolom {column}"))?;
        }
        for row in 1..=rows {
            sheet.write_string(row, 0, format!("Perceel {row}"))?;
            sheet.write_number(row, 1, f64::from(row) * 1000.0)?;
            for column in 2..20u16 {
                sheet.write_number(row, column, f64::from(column))?;
            }
        }
        Ok(())
    })();
    written
        .and_then(|()| book.save_to_buffer())
        .expect("a workbook within Excel's limits is written")
}
