//! Builds a workshop from a CSV of lots, including what Dutch Excel writes: `;` separators,
//! decimal commas, thousands dots, a byte order mark and Windows line ends.

use std::collections::HashSet;

use rust_decimal::Decimal;
use thiserror::Error;

use super::csv_messages as messages;
use crate::locale::Lang;
use crate::locale::number::{AmountError, parse_amount};
use crate::model::{Criterion, Law, Level, Lot, LotId, Scores, Workshop};

/// Why a CSV file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", messages::import_error(self, Lang::English))]
pub enum ImportError {
    /// The file is not UTF-8 text.
    NotText {
        /// The line of the first invalid byte.
        line: usize,
    },
    /// The file has no header line.
    Empty,
    /// A required column is not in the header.
    MissingColumn {
        /// The column's name as documented (`name` or `spend_eur`).
        column: &'static str,
    },
    /// The CSV reader could not read a line.
    Unreadable {
        /// The line.
        line: usize,
        /// The reader's words.
        reason: String,
    },
    /// A row without a name.
    NoName {
        /// The line.
        line: usize,
    },
    /// An amount that cannot be read, or is negative.
    BadAmount {
        /// The line.
        line: usize,
        /// The cell's text.
        text: String,
    },
    /// A score that is not 0-3 (or a level name).
    BadScore {
        /// The line.
        line: usize,
        /// Which criterion.
        criterion: Criterion,
        /// The cell's text.
        text: String,
    },
    /// A law that is not known.
    BadLaw {
        /// The line.
        line: usize,
        /// The cell's text.
        text: String,
    },
    /// The file has a header but no lots.
    NoLots,
}

impl ImportError {
    /// The message for people, in plain words.
    pub fn describe(&self, lang: Lang) -> String {
        messages::import_error(self, lang)
    }
}

/// Something the importer did that the user should know about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportNote {
    /// A row that looks like a total was skipped.
    SkippedTotal {
        /// The line.
        line: usize,
        /// The name in the row.
        name: String,
    },
    /// A column that is not used was ignored.
    IgnoredColumn {
        /// The header text.
        column: String,
    },
    /// Two rows have the same name.
    DuplicateName {
        /// The line of the second one.
        line: usize,
        /// The name.
        name: String,
    },
    /// A name with line breaks, hidden characters or too long: imported cleaned.
    NameCleaned {
        /// The line.
        line: usize,
        /// The name as imported.
        name: String,
        /// What was changed.
        changes: crate::model::text::TextChanges,
    },
}

impl ImportNote {
    /// The note for people, in plain words.
    pub fn describe(&self, lang: Lang) -> String {
        messages::import_note(self, lang)
    }
}

/// The result of an import.
#[derive(Debug)]
pub struct Imported {
    /// The workshop with the imported lots.
    pub workshop: Workshop,
    /// What the importer skipped or noticed.
    pub notes: Vec<ImportNote>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Spend,
    Score(Criterion),
    Law,
}

fn column_for(header: &str) -> Option<Column> {
    let key = header.trim().to_lowercase().replace([' ', '-'], "_");
    Some(match key.as_str() {
        "name" | "naam" | "lot" | "perceel" | "categorie" | "category" | "segment" => Column::Name,
        "spend_eur" | "spend" | "uitgaven" | "uitgaven_eur" | "bedrag" | "eur" => Column::Spend,
        "impact" | "impact_proces" => Column::Score(Criterion::Impact),
        "scarcity" | "schaarste" => Column::Score(Criterion::Scarcity),
        "switching" | "omschakeling" => Column::Score(Criterion::Switching),
        "law" | "wet" => Column::Law,
        _ => return None,
    })
}

/// The separator of a CSV text: whichever of `;`, `,` and tab occurs most in the first line.
pub(crate) fn detect_separator(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    [b';', b',', b'\t']
        .into_iter()
        .max_by_key(|sep| first.bytes().filter(|b| b == sep).count())
        .unwrap_or(b',')
}

/// Reads a score cell: empty or `-` is "not yet scored"; otherwise `0`-`3`, optionally
/// followed by the level's name (`2 Middel`), or the name alone in Dutch or English.
pub(crate) fn parse_score(text: &str) -> Result<Option<Level>, ()> {
    let text = text.trim();
    if text.is_empty() || text == "-" {
        return Ok(None);
    }
    let lower = text.to_lowercase();
    let (number, word) = match lower.split_once(char::is_whitespace) {
        Some((n, w)) => (Some(n), Some(w.trim())),
        None if lower.bytes().all(|b| b.is_ascii_digit()) => (Some(lower.as_str()), None),
        None => (None, Some(lower.as_str())),
    };
    let by_number = match number {
        Some(n) => Some(
            n.parse::<i64>()
                .ok()
                .and_then(Level::from_number)
                .ok_or(())?,
        ),
        None => None,
    };
    let by_word = match word {
        Some(w) => Some(match w {
            "geen" | "none" => Level::None,
            "laag" | "low" => Level::Low,
            "middel" | "medium" => Level::Medium,
            "hoog" | "high" => Level::High,
            _ => return Err(()),
        }),
        None => None,
    };
    match (by_number, by_word) {
        (Some(n), Some(w)) if n != w => Err(()),
        (Some(level), _) | (None, Some(level)) => Ok(Some(level)),
        (None, None) => Err(()),
    }
}

pub(crate) fn parse_law(text: &str) -> Result<Law, ()> {
    match text.trim().to_lowercase().as_str() {
        "" | "other" | "overig" | "anders" => Ok(Law::Other),
        "jeugdwet" | "jeugd" | "j" | "jw" | "youth" => Ok(Law::Jeugdwet),
        "wmo" | "wmo 2015" | "wmo2015" => Ok(Law::Wmo),
        "both" | "beide" | "jeugdwet en wmo" | "wmo en jeugdwet" => Ok(Law::Both),
        _ => Err(()),
    }
}

pub(crate) fn is_total_row(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    ["totaal", "total", "som", "sum"]
        .iter()
        .any(|word| lower == *word || lower.starts_with(&format!("{word} ")))
}

/// Builds a workshop titled `title` from the bytes of a CSV file.
pub fn import_csv(bytes: &[u8], title: &str) -> Result<Imported, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotText {
        line: 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // The CSV reader counts lines one short after a Windows line end; plain line ends keep
    // the line numbers in messages right.
    let text = text.replace("\r\n", "\n");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(detect_separator(&text))
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let unreadable = |e: csv::Error| ImportError::Unreadable {
        line: e.position().map_or(1, |p| p.line() as usize),
        reason: e.to_string(),
    };
    let headers = reader.headers().map_err(unreadable)?.clone();

    let mut notes = Vec::new();
    let mut columns: Vec<Option<Column>> = Vec::with_capacity(headers.len());
    for header in &headers {
        let column = column_for(header).filter(|c| !columns.contains(&Some(*c)));
        if column.is_none() && !header.trim().is_empty() {
            notes.push(ImportNote::IgnoredColumn {
                column: header.trim().to_string(),
            });
        }
        columns.push(column);
    }
    let find = |wanted: Column| columns.iter().position(|c| *c == Some(wanted));
    let name_at = find(Column::Name).ok_or(ImportError::MissingColumn { column: "name" })?;
    let spend_at = find(Column::Spend).ok_or(ImportError::MissingColumn {
        column: "spend_eur",
    })?;
    let law_at = find(Column::Law);
    let score_at = Criterion::ALL.map(|c| (c, find(Column::Score(c))));

    let mut workshop = Workshop {
        title: crate::model::text::TextKind::Line.clean(title).text,
        scale: crate::format::scale_file::built_in_scale(),
        ..Workshop::default()
    };
    let mut seen_names = HashSet::new();
    for record in reader.records() {
        let record = record.map_err(unreadable)?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let cell = |at: usize| super::csv_guard::unguard(record.get(at).unwrap_or_default().trim());
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cleaned = crate::model::text::clean_name(cell(name_at));
        let name = cleaned.text.as_str();
        if is_total_row(name) {
            notes.push(ImportNote::SkippedTotal {
                line,
                name: name.to_string(),
            });
            continue;
        }
        if name.is_empty() {
            return Err(ImportError::NoName { line });
        }
        let bad_amount = || ImportError::BadAmount {
            line,
            text: cell(spend_at).to_string(),
        };
        let spend = match parse_amount(cell(spend_at)) {
            Ok(spend) if spend >= Decimal::ZERO => spend,
            Ok(_) | Err(AmountError::NotANumber(_)) | Err(AmountError::Empty) => {
                return Err(bad_amount());
            }
        };
        let mut scores = Scores::default();
        for (criterion, at) in score_at {
            let Some(at) = at else { continue };
            let level = parse_score(cell(at)).map_err(|()| ImportError::BadScore {
                line,
                criterion,
                text: cell(at).to_string(),
            })?;
            scores.set(criterion, level);
        }
        let law = match law_at {
            Some(at) => parse_law(cell(at)).map_err(|()| ImportError::BadLaw {
                line,
                text: cell(at).to_string(),
            })?,
            None => Law::Other,
        };
        let changes = cleaned.changes;
        if changes.worth_saying() {
            notes.push(ImportNote::NameCleaned {
                line,
                name: name.to_string(),
                changes,
            });
        }
        if !seen_names.insert(crate::model::name_key(name)) {
            notes.push(ImportNote::DuplicateName {
                line,
                name: name.to_string(),
            });
        }
        let mut lot = Lot::new(workshop.next_lot_id(), name, spend);
        lot.scores = scores;
        lot.law = law;
        workshop.lots.push(lot);
    }
    if workshop.lots.is_empty() {
        return Err(ImportError::NoLots);
    }
    debug_assert!(workshop.lots.iter().all(|l| l.id > LotId(0)));
    Ok(Imported { workshop, notes })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn scores_in_every_spelling() {
        assert_eq!(parse_score(""), Ok(None));
        assert_eq!(parse_score(" - "), Ok(None));
        assert_eq!(parse_score("2"), Ok(Some(Level::Medium)));
        assert_eq!(parse_score("2 Middel"), Ok(Some(Level::Medium)));
        assert_eq!(parse_score("Middel"), Ok(Some(Level::Medium)));
        assert_eq!(parse_score("0 Geen"), Ok(Some(Level::None)));
        assert_eq!(parse_score("high"), Ok(Some(Level::High)));
        for bad in ["7", "-1", "2 Hoog", "1,5", "veel", "2 x y"] {
            assert_eq!(parse_score(bad), Err(()), "{bad}");
        }
    }

    #[test]
    fn separators_are_detected() {
        assert_eq!(detect_separator("name;spend_eur;impact"), b';');
        assert_eq!(detect_separator("name,spend_eur"), b',');
        assert_eq!(detect_separator("name\tspend_eur"), b'\t');
    }

    #[test]
    fn dutch_excel_csv() {
        let text = "\u{feff}Naam;Uitgaven;Impact;Schaarste;Omschakeling;Wet\r\n\
                    \"Dagbesteding; groep\";5.382.419;1;1;1;Wmo\r\n\
                    Dyslexie;985.628,50;;;;jeugdwet\r\n\
                    ;;;;;\r\n\
                    Totaal;6.368.047,50;;;;\r\n";
        let imported = import_csv(text.as_bytes(), "Test").expect("imports");
        let lots = &imported.workshop.lots;
        assert_eq!(lots.len(), 2);
        assert_eq!(lots[0].name, "Dagbesteding; groep");
        assert_eq!(lots[0].spend, dec!(5382419));
        assert_eq!(lots[0].law, Law::Wmo);
        assert!(lots[0].is_scored());
        assert_eq!(lots[1].spend, dec!(985628.50));
        assert_eq!(lots[1].scores, Scores::default());
        assert_eq!(
            imported.notes,
            [ImportNote::SkippedTotal {
                line: 5,
                name: "Totaal".into()
            }]
        );
    }

    #[test]
    fn errors_name_the_line() {
        let text = "name,spend_eur,impact,scarcity,switching\nA,10,1,2,3\nB,10,7,0,0\n";
        assert_eq!(
            import_csv(text.as_bytes(), "T").err(),
            Some(ImportError::BadScore {
                line: 3,
                criterion: Criterion::Impact,
                text: "7".into()
            })
        );
        let text = "name,spend_eur\nA,-5\n";
        assert!(matches!(
            import_csv(text.as_bytes(), "T"),
            Err(ImportError::BadAmount { line: 2, .. })
        ));
        let text = "naam,impact\nA,1\n";
        assert_eq!(
            import_csv(text.as_bytes(), "T").err(),
            Some(ImportError::MissingColumn {
                column: "spend_eur"
            })
        );
        assert_eq!(
            import_csv(b"name,spend_eur\n", "T").err(),
            Some(ImportError::NoLots)
        );
        assert_eq!(import_csv(b"  ", "T").err(), Some(ImportError::Empty));
        assert_eq!(
            import_csv(b"name,spend_eur\n\xff,1\n", "T").err(),
            Some(ImportError::NotText { line: 2 })
        );
    }
}
