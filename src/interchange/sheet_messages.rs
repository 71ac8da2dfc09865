//! Texts of the spreadsheet import: errors, row notes and the merge summary, in both languages.

use super::sheet::units::StatedTotal;
use super::sheet::{Field, MappingError, MergeCounts, RowNote, SheetError, SpendUnit};
use crate::locale::Lang;
use crate::locale::number::format_euro;

/// The name of a field as the mapping dialog shows it.
pub fn field_name(field: Field, lang: Lang) -> String {
    let dutch = lang == Lang::Dutch;
    match field {
        Field::Name => if dutch { "Naam perceel" } else { "Lot name" }.into(),
        Field::Spend => if dutch {
            "Uitgaven (€)"
        } else {
            "Spend (€)"
        }
        .into(),
        Field::Law => if dutch { "Wet" } else { "Law" }.into(),
        Field::Score(c) => lang.texts().criterion(c).into(),
        Field::Providers => if dutch {
            "Aantal aanbieders"
        } else {
            "Providers"
        }
        .into(),
        Field::Clients => if dutch { "Aantal cliënten" } else { "Clients" }.into(),
        Field::Top3 => if dutch {
            "Aandeel top 3 (%)"
        } else {
            "Top 3 share (%)"
        }
        .into(),
        Field::Top10 => if dutch {
            "Aandeel top 10 (%)"
        } else {
            "Top 10 share (%)"
        }
        .into(),
    }
}

/// Why a spreadsheet could not be read, and what to do.
pub fn sheet_error(error: &SheetError, lang: Lang) -> String {
    match (error, lang) {
        (SheetError::NotASpreadsheet { reason }, Lang::Dutch) => format!(
            "Dit bestand is geen leesbaar Excel- of OpenDocument-bestand ({reason}). Sla het in Excel of LibreOffice op als .xlsx, .ods of .csv en probeer het opnieuw."
        ),
        (SheetError::NotASpreadsheet { reason }, Lang::English) => format!(
            "This file is not a readable Excel or OpenDocument file ({reason}). Save it from Excel or LibreOffice as .xlsx, .ods or .csv and try again."
        ),
        (SheetError::BadSheet { sheet, reason }, Lang::Dutch) => format!(
            "Het blad '{sheet}' kan niet worden gelezen ({reason}). Kopieer de gegevens naar een nieuw blad of sla het op als .csv."
        ),
        (SheetError::BadSheet { sheet, reason }, Lang::English) => format!(
            "The sheet '{sheet}' cannot be read ({reason}). Copy the data to a new sheet or save it as .csv."
        ),
        (SheetError::BadCsv { line, reason }, Lang::Dutch) => format!(
            "Regel {line} van het CSV-bestand kan niet worden gelezen ({reason}). Controleer de aanhalingstekens op die regel."
        ),
        (SheetError::BadCsv { line, reason }, Lang::English) => format!(
            "Line {line} of the CSV file cannot be read ({reason}). Check the quotes on that line."
        ),
        (SheetError::TooLarge, Lang::Dutch) => format!(
            "Het bestand heeft meer dan {} cellen; dat is te groot voor een lijst percelen. Kopieer alleen het blad met de percelen naar een nieuw bestand.",
            crate::locale::number::format_decimal(super::sheet::read::MAX_CELLS.into(), 0)
        ),
        (SheetError::TooLarge, Lang::English) => format!(
            "The file has more than {} cells, too many for a list of lots. Copy only the sheet with the lots to a new file.",
            super::sheet::read::MAX_CELLS
        ),
        (SheetError::InflatesTooFar { part }, Lang::Dutch) => format!(
            "Het bestand is ingepakt veel groter dan een lijst percelen kan zijn: het onderdeel '{part}' wordt uitgepakt meer dan {} MB. Het kan beschadigd of kwaadaardig zijn. Open het in uw spreadsheetprogramma en sla alleen het blad met de percelen op in een nieuw bestand.",
            crate::interchange::sheet::bounds::MAX_PART_BYTES / (1024 * 1024)
        ),
        (SheetError::InflatesTooFar { part }, Lang::English) => format!(
            "The file unpacks to far more than a list of lots can be: its part '{part}' unpacks to more than {} MB. It may be damaged or malicious. Open it in your spreadsheet program and save only the sheet with the lots to a new file.",
            crate::interchange::sheet::bounds::MAX_PART_BYTES / (1024 * 1024)
        ),
        (SheetError::TooManyParts { parts }, Lang::Dutch) => format!(
            "Het bestand bestaat uit {parts} onderdelen; een werkmap met percelen heeft er hooguit enkele tientallen. Het kan beschadigd of kwaadaardig zijn. Sla alleen het blad met de percelen op in een nieuw bestand."
        ),
        (SheetError::TooManyParts { parts }, Lang::English) => format!(
            "The file consists of {parts} parts; a workbook of lots has a few dozen at most. It may be damaged or malicious. Save only the sheet with the lots to a new file."
        ),
        (
            SheetError::NoLotTable {
                sheets,
                best,
                missing,
            },
            Lang::Dutch,
        ) => format!(
            "Geen van de bladen bevat een lijst percelen met namen en bedragen (bladen: {}). Het blad dat er het dichtst bij komt, '{best}': {}",
            sheets.join(", "),
            mapping_error(*missing, lang)
        ),
        (
            SheetError::NoLotTable {
                sheets,
                best,
                missing,
            },
            Lang::English,
        ) => format!(
            "None of the sheets holds a list of lots with names and amounts (sheets: {}). The sheet that comes closest, '{best}': {}",
            sheets.join(", "),
            mapping_error(*missing, lang)
        ),
        (SheetError::Empty, Lang::Dutch) => {
            "Het bestand bevat geen gegevens. Kies het bestand met de percelen en hun uitgaven."
                .into()
        }
        (SheetError::Empty, Lang::English) => {
            "The file holds no data. Choose the file with the lots and their spend.".into()
        }
        (SheetError::Cancelled, Lang::Dutch) => {
            "Het lezen is afgebroken; er is niets veranderd.".into()
        }
        (SheetError::Cancelled, Lang::English) => {
            "The reading was cancelled; nothing has changed.".into()
        }
    }
}

/// Why the chosen columns give no lots.
pub fn mapping_error(error: MappingError, lang: Lang) -> String {
    match (error, lang) {
        (MappingError::NoNameColumn, Lang::Dutch) => {
            "Kies de kolom met de naam van het perceel.".into()
        }
        (MappingError::NoNameColumn, Lang::English) => {
            "Choose the column with the lot's name.".into()
        }
        (MappingError::NoSpendColumn, Lang::Dutch) => {
            "Kies de kolom met de uitgaven in euro.".into()
        }
        (MappingError::NoSpendColumn, Lang::English) => {
            "Choose the column with the spend in euros.".into()
        }
        (MappingError::NoLots, Lang::Dutch) => "Onder de kopregel staat geen enkele rij met een naam en een bedrag. Controleer de kopregel en de kolommen.".into(),
        (MappingError::NoLots, Lang::English) => "No row below the header has both a name and an amount. Check the header row and the columns.".into(),
    }
}

/// One row note, as one sentence starting with the row.
pub fn row_note(note: &RowNote, lang: Lang) -> String {
    match (note, lang) {
        (RowNote::Total { row, name }, Lang::Dutch) => {
            format!("Rij {row} ('{name}') is een totaalregel en is overgeslagen.")
        }
        (RowNote::Total { row, name }, Lang::English) => {
            format!("Row {row} ('{name}') is a total and was skipped.")
        }
        (RowNote::Explanation { row, text }, Lang::Dutch) => {
            format!(
                "Rij {row} heeft geen naam ('{}') en is overgeslagen als toelichting.",
                short(text)
            )
        }
        (RowNote::Explanation { row, text }, Lang::English) => {
            format!(
                "Row {row} has no name ('{}') and was skipped as an explanation.",
                short(text)
            )
        }
        (RowNote::NoAmount { row, name }, Lang::Dutch) => {
            format!("Rij {row} ('{name}') heeft geen bedrag en is overgeslagen.")
        }
        (RowNote::NoAmount { row, name }, Lang::English) => {
            format!("Row {row} ('{name}') has no amount and was skipped.")
        }
        (RowNote::BadAmount { row, name, text }, Lang::Dutch) => format!(
            "Rij {row} ('{name}'): '{text}' is geen bedrag; de rij is overgeslagen. Kies een andere kolom voor de uitgaven of verbeter de cel."
        ),
        (RowNote::BadAmount { row, name, text }, Lang::English) => format!(
            "Row {row} ('{name}'): '{text}' is not an amount; the row was skipped. Choose another column for the spend or correct the cell."
        ),
        (
            RowNote::BadCell {
                row,
                name,
                field,
                text,
            },
            Lang::Dutch,
        ) => format!(
            "Rij {row} ('{name}'): '{text}' is geen geldige waarde voor {}; het perceel is zonder die waarde ingelezen.",
            field_name(*field, lang).to_lowercase()
        ),
        (
            RowNote::BadCell {
                row,
                name,
                field,
                text,
            },
            Lang::English,
        ) => format!(
            "Row {row} ('{name}'): '{text}' is not a valid value for {}; the lot was imported without it.",
            field_name(*field, lang).to_lowercase()
        ),
        (RowNote::NameCleaned { row, name, changes }, Lang::Dutch) => format!(
            "Rij {row} ('{}'): de naam is opgeschoond: {}.",
            short(name),
            crate::locale::cleaning::changes(*changes, lang)
        ),
        (RowNote::NameCleaned { row, name, changes }, Lang::English) => format!(
            "Row {row} ('{}'): the name was cleaned: {}.",
            short(name),
            crate::locale::cleaning::changes(*changes, lang)
        ),
        (RowNote::Duplicate { row, name }, Lang::Dutch) => {
            format!("Rij {row}: de naam '{name}' komt al eerder voor; beide rijen zijn ingelezen.")
        }
        (RowNote::Duplicate { row, name }, Lang::English) => {
            format!("Row {row}: the name '{name}' occurs earlier too; both rows were imported.")
        }
    }
}

fn short(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(40).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

/// The one-line summary of a merge: only what happens, each count with its own singular or
/// plural ("1 perceel", "3 percelen").
pub fn merge_summary(counts: &MergeCounts, lang: Lang) -> String {
    let c = counts;
    let dutch = lang == Lang::Dutch;
    // A count in its singular or plural form ([Dutch one, Dutch many, English one, English
    // many], `{}` the count), or nothing when it is 0.
    let say = |count: usize, forms: [&str; 4]| {
        let form = forms[usize::from(!dutch) * 2 + usize::from(count != 1)];
        (count > 0).then(|| form.replacen("{}", &count.to_string(), 1))
    };
    let added = say(
        c.added,
        [
            "{} nieuw perceel",
            "{} nieuwe percelen",
            "{} new lot",
            "{} new lots",
        ],
    )
    .map(|added| match (c.added_scored, dutch) {
        (0, _) => added,
        (scored, true) => format!("{added} (waarvan {scored} met scores)"),
        (scored, false) => format!("{added} ({scored} with scores)"),
    });
    let said: Vec<String> = [
        say(
            c.spend_updated,
            [
                "{} bedrag bijgewerkt",
                "{} bedragen bijgewerkt",
                "{} amount updated",
                "{} amounts updated",
            ],
        ),
        say(
            c.scores_filled,
            [
                "{} perceel krijgt scores",
                "{} percelen krijgen scores",
                "{} lot gets scores",
                "{} lots get scores",
            ],
        ),
        added,
        say(
            c.unchanged,
            [
                "{} ongewijzigd",
                "{} ongewijzigd",
                "{} unchanged",
                "{} unchanged",
            ],
        ),
        say(
            c.scores_kept,
            [
                "bij {} perceel wijkt het blad af van de eigen scores (die blijven staan)",
                "bij {} percelen wijkt het blad af van de eigen scores (die blijven staan)",
                "for {} lot the sheet differs from its own scores (kept)",
                "for {} lots the sheet differs from their own scores (kept)",
            ],
        ),
        say(
            c.not_in_sheet,
            [
                "{} perceel staat niet in het blad (blijft staan)",
                "{} percelen staan niet in het blad (die blijven staan)",
                "{} lot is not in the sheet (kept)",
                "{} lots are not in the sheet (kept)",
            ],
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    if said.is_empty() {
        return if dutch {
            "Het blad verandert niets aan deze werksessie.".to_owned()
        } else {
            "The sheet changes nothing in this workshop.".to_owned()
        };
    }
    let text = said.join("; ");
    let mut chars = text.chars();
    let first = chars
        .next()
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_default();
    format!("{first}{}.", chars.as_str())
}

/// The summary of a new workshop from a sheet.
pub fn new_summary(lots: usize, total: rust_decimal::Decimal, lang: Lang) -> String {
    match lang {
        Lang::Dutch => format!("{lots} percelen met samen {}.", format_euro(total)),
        Lang::English => format!("{lots} lots, {} in all.", format_euro(total)),
    }
}

/// The preview's spend heading: in euros, or read in a unit and turned into euros
/// ("Uitgaven (× € 1.000 → €)").
pub fn spend_heading(unit: SpendUnit, lang: Lang) -> String {
    if unit == SpendUnit::Euro {
        return field_name(Field::Spend, lang);
    }
    let word = if lang == Lang::Dutch {
        "Uitgaven"
    } else {
        "Spend"
    };
    format!("{word} ({} \u{2192} €)", unit.label())
}

/// A total stated above the table that the lots do not add up to.
pub fn stated_total_gap(total: &StatedTotal, sum: rust_decimal::Decimal, lang: Lang) -> String {
    let (row, text, sum) = (total.row, &total.text, format_euro(sum));
    match lang {
        Lang::Dutch => format!(
            "Rij {row} noemt een totaal ('{text}'), maar de percelen tellen op tot {sum}. Controleer de eenheid van de bedragen."
        ),
        Lang::English => format!(
            "Row {row} states a total ('{text}'), but the lots add up to {sum}. Check the unit of the amounts."
        ),
    }
}

/// The note shown when the sum of the lots differs from the total the source reported.
pub fn reported_total_gap(
    reported: rust_decimal::Decimal,
    sum: rust_decimal::Decimal,
    lang: Lang,
) -> String {
    let higher = sum > reported;
    let gap = format_euro((sum - reported).abs());
    let reported = format_euro(reported);
    match lang {
        Lang::Dutch => format!(
            "Let op: de bron noemt een totaal van {reported}; de som van de percelen is {gap} {}.",
            if higher { "hoger" } else { "lager" }
        ),
        Lang::English => format!(
            "Note: the source states a total of {reported}; the sum of the lots is {gap} {}.",
            if higher { "higher" } else { "lower" }
        ),
    }
}

/// Why a row was skipped, in a word or two (for the preview).
pub fn row_note_reason(note: &RowNote, lang: Lang) -> &'static str {
    let dutch = lang == Lang::Dutch;
    match note {
        RowNote::Total { .. } => {
            if dutch {
                "totaalregel"
            } else {
                "total"
            }
        }
        RowNote::Explanation { .. } => {
            if dutch {
                "toelichting"
            } else {
                "explanation"
            }
        }
        RowNote::NameCleaned { .. } => {
            if dutch {
                "naam opgeschoond"
            } else {
                "name cleaned"
            }
        }
        RowNote::NoAmount { .. } => {
            if dutch {
                "geen bedrag"
            } else {
                "no amount"
            }
        }
        RowNote::BadAmount { .. } => {
            if dutch {
                "bedrag onleesbaar"
            } else {
                "amount unreadable"
            }
        }
        RowNote::BadCell { .. } => {
            if dutch {
                "cel onleesbaar"
            } else {
                "cell unreadable"
            }
        }
        RowNote::Duplicate { .. } => {
            if dutch {
                "dubbele naam"
            } else {
                "duplicate name"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_merge_summary_says_only_what_happens_in_singular_or_plural() {
        let counts = MergeCounts {
            spend_updated: 29,
            scores_kept: 1,
            added: 1,
            ..MergeCounts::default()
        };
        assert_eq!(
            merge_summary(&counts, Lang::Dutch),
            "29 bedragen bijgewerkt; 1 nieuw perceel; bij 1 perceel wijkt het blad af van de \
             eigen scores (die blijven staan)."
        );
        assert_eq!(
            merge_summary(&counts, Lang::English),
            "29 amounts updated; 1 new lot; for 1 lot the sheet differs from its own scores (kept)."
        );
        let scored = MergeCounts {
            added: 3,
            added_scored: 2,
            not_in_sheet: 2,
            ..MergeCounts::default()
        };
        assert_eq!(
            merge_summary(&scored, Lang::Dutch),
            "3 nieuwe percelen (waarvan 2 met scores); 2 percelen staan niet in het blad (die \
             blijven staan)."
        );
        assert_eq!(
            merge_summary(&MergeCounts::default(), Lang::Dutch),
            "Het blad verandert niets aan deze werksessie."
        );
    }
}
