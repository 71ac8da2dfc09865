//! The texts of the CSV import's errors and notes, in both languages.

use crate::locale::Lang;

/// Why a CSV import failed, in plain words.
pub fn import_error(error: &crate::interchange::ImportError, lang: Lang) -> String {
    use crate::interchange::ImportError as E;
    let t = lang.texts();
    match (error, lang) {
        (E::NotText { line }, Lang::Dutch) => format!(
            "Regel {line}: het bestand is geen UTF-8-tekst. Sla het in Excel op als 'CSV UTF-8'."
        ),
        (E::NotText { line }, Lang::English) => {
            format!("Line {line}: the file is not UTF-8 text. Save it from Excel as 'CSV UTF-8'.")
        }
        (E::Empty, Lang::Dutch) => "Het CSV-bestand is leeg.".to_string(),
        (E::Empty, Lang::English) => "The CSV file is empty.".to_string(),
        (E::MissingColumn { column }, Lang::Dutch) => format!(
            "De kolom '{column}' ontbreekt in de kopregel. Nodig zijn: name, spend_eur; \
             optioneel impact, scarcity, switching, law."
        ),
        (E::MissingColumn { column }, Lang::English) => format!(
            "The column '{column}' is missing from the header. Required: name, spend_eur; \
             optional: impact, scarcity, switching, law."
        ),
        (E::Unreadable { line, reason }, Lang::Dutch) => {
            format!("Regel {line} is niet te lezen als CSV ({reason}).")
        }
        (E::Unreadable { line, reason }, Lang::English) => {
            format!("Line {line} cannot be read as CSV ({reason}).")
        }
        (E::NoName { line }, Lang::Dutch) => {
            format!(
                "Regel {line}: het perceel heeft geen naam. Vul een naam in of maak de regel leeg."
            )
        }
        (E::NoName { line }, Lang::English) => {
            format!("Line {line}: the lot has no name. Fill in a name or empty the row.")
        }
        (E::BadAmount { line, text }, Lang::Dutch) => format!(
            "Regel {line}: '{text}' is geen bedrag van nul of meer. Schrijf bijvoorbeeld 17.163.920 of 17163920,50."
        ),
        (E::BadAmount { line, text }, Lang::English) => format!(
            "Line {line}: '{text}' is not an amount of zero or more. Write for example 17163920 or 17163920.50."
        ),
        (
            E::BadScore {
                line,
                criterion,
                text,
            },
            _,
        ) => match lang {
            Lang::Dutch => format!(
                "Regel {line}, kolom '{}': '{text}' is geen score. Gebruik 0-3 (of Geen, Laag, Middel, Hoog), of laat de cel leeg.",
                t.criterion(*criterion).to_lowercase()
            ),
            Lang::English => format!(
                "Line {line}, column '{}': '{text}' is not a score. Use 0-3 (or None, Low, Medium, High), or leave the cell empty.",
                criterion.code()
            ),
        },
        (E::BadLaw { line, text }, Lang::Dutch) => format!(
            "Regel {line}: '{text}' is geen bekende wet. Gebruik Jeugdwet, Wmo, beide of overig."
        ),
        (E::BadLaw { line, text }, Lang::English) => {
            format!("Line {line}: '{text}' is not a known law. Use jeugdwet, wmo, both or other.")
        }
        (E::NoLots, Lang::Dutch) => {
            "Het CSV-bestand bevat geen percelen onder de kopregel.".to_string()
        }
        (E::NoLots, Lang::English) => "The CSV file has no lots below its header.".to_string(),
    }
}

/// Something the importer skipped or noticed, in plain words.
pub fn import_note(note: &crate::interchange::ImportNote, lang: Lang) -> String {
    use crate::interchange::ImportNote as N;
    match (note, lang) {
        (N::SkippedTotal { line, name }, Lang::Dutch) => {
            format!("Regel {line} ('{name}') lijkt een totaal en is overgeslagen.")
        }
        (N::SkippedTotal { line, name }, Lang::English) => {
            format!("Line {line} ('{name}') looks like a total and was skipped.")
        }
        (N::IgnoredColumn { column }, Lang::Dutch) => {
            format!("De kolom '{column}' wordt niet gebruikt en is genegeerd.")
        }
        (N::IgnoredColumn { column }, Lang::English) => {
            format!("The column '{column}' is not used and was ignored.")
        }
        (N::DuplicateName { line, name }, Lang::Dutch) => {
            format!("Regel {line}: er is al een perceel '{name}'; beide zijn ingelezen.")
        }
        (N::DuplicateName { line, name }, Lang::English) => {
            format!("Line {line}: there is already a lot '{name}'; both were imported.")
        }
        (
            N::NameCleaned {
                line,
                name,
                changes,
            },
            Lang::Dutch,
        ) => format!(
            "Regel {line} ('{}'): de naam is opgeschoond: {}.",
            name.chars().take(40).collect::<String>(),
            crate::locale::cleaning::changes(*changes, lang)
        ),
        (
            N::NameCleaned {
                line,
                name,
                changes,
            },
            Lang::English,
        ) => format!(
            "Line {line} ('{}'): the name was cleaned: {}.",
            name.chars().take(40).collect::<String>(),
            crate::locale::cleaning::changes(*changes, lang)
        ),
    }
}
