//! Which sheet of a workbook holds the lots: every sheet is scored the way the header row is
//! found (how many fields its header names, and how many rows below it read as lots), and the
//! best one is read. A cover page or an explanation sheet in front no longer gets in the way.

use super::columns::{MappingError, guess_mapping, read_rows};
use super::read::Workbook;

/// How well one sheet holds a lot table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SheetScore {
    /// Fields its header row names (name, spend, law, scores, market figures).
    pub fields: usize,
    /// Rows below the header that read as lots.
    pub lots: usize,
    /// Why it gives no lots, when it gives none.
    pub missing: Option<MappingError>,
}

impl SheetScore {
    fn rank(self) -> (bool, usize, usize) {
        (self.lots > 0, self.fields, self.lots)
    }
}

/// The sheet to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetChoice {
    /// The best sheet.
    pub index: usize,
    /// Another sheet that scores about the same (worth a look: the choice was close).
    pub close_second: Option<usize>,
    /// Every sheet's score, in the workbook's order.
    pub scores: Vec<SheetScore>,
}

impl SheetChoice {
    /// Whether the best sheet holds a lot table at all.
    pub fn has_lots(&self) -> bool {
        self.scores.get(self.index).is_some_and(|s| s.lots > 0)
    }
}

/// Scores every sheet and picks the one that best holds a lot table (the first of equals).
pub fn choose_sheet(book: &Workbook) -> SheetChoice {
    let scores: Vec<SheetScore> = book
        .sheets
        .iter()
        .map(|sheet| {
            let mapping = guess_mapping(sheet);
            let rows = read_rows(sheet, &mapping);
            SheetScore {
                fields: mapping.field_count(),
                lots: rows.as_ref().map_or(0, |r| r.lots.len()),
                missing: rows.err(),
            }
        })
        .collect();
    let index = scores
        .iter()
        .enumerate()
        .max_by_key(|(i, s)| (s.rank(), std::cmp::Reverse(*i)))
        .map_or(0, |(i, _)| i);
    let best = scores.get(index).copied();
    let close_second = best.filter(|b| b.lots > 0).and_then(|best| {
        scores.iter().enumerate().find_map(|(i, s)| {
            let close =
                i != index && s.lots > 0 && s.fields == best.fields && s.lots * 10 >= best.lots * 9;
            close.then_some(i)
        })
    });
    SheetChoice {
        index,
        close_second,
        scores,
    }
}
