//! Messages of the command line, of reading a participant's copy, and of exports that failed,
//! in both languages: every message is a value, and [`CliMessage::text`] says it.

use std::path::Path;

use super::Lang;

/// A message of the command line (and of the window, where they share it).
#[derive(Clone, Debug)]
pub enum CliMessage<'a> {
    /// A usage problem, then "See --help".
    Usage(&'a str),
    /// `--sheet` names no sheet of the workbook.
    NoSuchSheet {
        /// The name asked for.
        name: &'a str,
        /// The sheets there are.
        sheets: &'a [&'a str],
    },
    /// `--header-row` is beyond the sheet.
    NoSuchRow(u32),
    /// `--column` is not `field=LETTER`.
    BadColumnChoice(&'a str),
    /// A file was written.
    WrittenTo(&'a Path),
    /// The file to open does not exist.
    NoSuchFile(&'a Path),
    /// The window could not open.
    WindowFailed(&'a str),
    /// The output exists and `--force` was not given.
    Exists(&'a Path),
    /// A binary export needs `-o`.
    NeedsOutput,
    /// `--lots` was given for another export than the report.
    LotsNeedsPdf,
    /// Lots written by `import-csv`.
    LotsWritten {
        /// How many.
        count: usize,
        /// Their total, formatted.
        total: &'a str,
        /// Where.
        path: &'a Path,
    },
    /// `new`: the workshop written, and the template it started from.
    NewWritten {
        /// Where.
        path: &'a Path,
        /// The template's name in the window, or the file it started from.
        from: &'a str,
    },
    /// `new --template` names no template.
    NoTemplate {
        /// The name given.
        name: &'a str,
        /// The names there are.
        names: &'a str,
    },
    /// `new` without a file and without `--list`.
    NewNeedsFile,
    /// Lots written by `generate`.
    Generated {
        /// How many.
        count: usize,
        /// Where.
        path: &'a Path,
    },
    /// `check` found nothing wrong.
    Sound {
        /// The file.
        path: &'a Path,
        /// Its lots.
        lots: usize,
        /// How many are scored.
        scored: usize,
    },
    /// `check` found problems (listed after this).
    NotSound(&'a Path),
    /// An older workshop file was converted.
    Migrated {
        /// Its version.
        from: u32,
        /// The version written now.
        to: u32,
    },
    /// The total line of the portfolio table.
    TableTotal {
        /// The word for total.
        total: &'a str,
        /// Lots.
        lots: usize,
        /// Scored lots.
        scored: usize,
    },
    /// `table --strategy` on a workshop where no lot has a strategy yet.
    NoStrategies,
    /// `import-contracts`: no sheet has a register's columns.
    NoRegister,
    /// `import-contracts`: how many contracts were read and matched to lots.
    ContractsRead {
        /// Read.
        read: usize,
        /// Matched to one or more lots.
        matched: usize,
    },
    /// `import-contracts`: contracts no lot's name matched.
    ContractsUnmatched(&'a str),
    /// `import-contracts`: rows whose dates or extension could not be read.
    ContractsUnreadable(&'a str),
    /// Lots of the copy that this workshop does not have.
    CopyUnmatched(&'a str),
    /// A lot with the same id but another name: not taken.
    CopyNameDiffers {
        /// Its name in the copy.
        there: &'a str,
        /// Its name here.
        here: &'a str,
    },
    /// The label of the unit choice.
    UnitField,
    /// The amounts were read in this unit and turned into euros.
    UnitApplied(&'a str),
    /// No unit was stated and every lot is small: check the unit.
    CheckUnit,
    /// The sheet read (chosen as the one holding the lots).
    SheetRead(&'a str),
    /// Another sheet looks like a lot table too.
    SheetAlsoLikely(&'a str),
    /// Texts with letters no font on this computer has, drawn as a replacement mark.
    Unprintable(&'a str),
    /// A renderer that does not work here.
    RendererPassedOver {
        /// Its code.
        code: &'a str,
        /// Why.
        reason: &'a str,
    },
    /// The renderer the window would use.
    RendererChosen {
        /// Its code.
        code: &'a str,
        /// The adapter.
        adapter: &'a str,
    },
    /// No renderer works.
    NoRenderer,
    /// What the last start remembered: the renderer, its adapter, and whether the next start
    /// uses it directly (`None`) or probes, and why.
    RendererRemembered {
        /// Its code.
        code: &'a str,
        /// The adapter.
        adapter: &'a str,
        /// Why the next start probes anyway (`None`: it does not).
        probe: Option<&'a str>,
    },
    /// Nothing is remembered: the next start probes.
    NothingRemembered,
    /// The header spans two rows (as numbered in the spreadsheet).
    HeaderRows {
        /// The parent row.
        top: u32,
        /// The row of years or criteria.
        bottom: u32,
    },
    /// An export could not be made or written; the detail follows in the program's words.
    ExportFailed {
        /// Where it was to go.
        path: &'a Path,
        /// What went wrong, technically.
        detail: &'a str,
    },
}

impl CliMessage<'_> {
    /// The message in a language.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            CliMessage::Usage(..)
            | CliMessage::NoSuchSheet { .. }
            | CliMessage::NoSuchRow(..)
            | CliMessage::BadColumnChoice(..)
            | CliMessage::HeaderRows { .. }
            | CliMessage::NoSuchFile(..)
            | CliMessage::Exists(..)
            | CliMessage::NeedsOutput
            | CliMessage::LotsNeedsPdf
            | CliMessage::WindowFailed(..) => self.usage(lang),
            CliMessage::WrittenTo(..)
            | CliMessage::LotsWritten { .. }
            | CliMessage::Generated { .. }
            | CliMessage::NewWritten { .. }
            | CliMessage::NoTemplate { .. }
            | CliMessage::NewNeedsFile
            | CliMessage::Sound { .. }
            | CliMessage::NotSound(..)
            | CliMessage::Migrated { .. }
            | CliMessage::ExportFailed { .. }
            | CliMessage::TableTotal { .. }
            | CliMessage::NoStrategies
            | CliMessage::Unprintable(..) => self.outcome(lang),
            CliMessage::NoRegister
            | CliMessage::ContractsRead { .. }
            | CliMessage::ContractsUnmatched(..)
            | CliMessage::ContractsUnreadable(..)
            | CliMessage::CopyUnmatched(..)
            | CliMessage::CopyNameDiffers { .. }
            | CliMessage::UnitField
            | CliMessage::UnitApplied(..)
            | CliMessage::CheckUnit
            | CliMessage::SheetRead(..)
            | CliMessage::SheetAlsoLikely(..) => self.reading(lang),
            CliMessage::RendererPassedOver { .. }
            | CliMessage::RendererChosen { .. }
            | CliMessage::RendererRemembered { .. }
            | CliMessage::NothingRemembered
            | CliMessage::NoRenderer => self.renderer(lang),
        }
    }

    /// What was asked for on the command line, and what is wrong with it.
    fn usage(&self, lang: Lang) -> String {
        let dutch = lang == Lang::Dutch;
        let pick = |nl: String, en: String| if dutch { nl } else { en };
        match self {
            CliMessage::Usage(what) => pick(format!("{what} Zie --help."), format!("{what} See --help.")),
            CliMessage::NoSuchSheet { name, sheets } => pick(
                format!("Er is geen blad '{name}'; de bladen heten: {}.", sheets.join(", ")),
                format!("There is no sheet '{name}'; the sheets are: {}.", sheets.join(", ")),
            ),
            CliMessage::NoSuchRow(row) => pick(
                format!("Rij {row} bestaat niet in het blad."),
                format!("Row {row} is not in the sheet."),
            ),
            CliMessage::BadColumnChoice(spec) => pick(
                format!("'{spec}' is geen kolomkeuze; schrijf veld=LETTER, bijvoorbeeld name=B."),
                format!("'{spec}' is not a column choice; write field=LETTER, for example name=B."),
            ),
            CliMessage::NoSuchFile(path) => pick(
                format!("{} bestaat niet. Geef een werksessiebestand (.kraljic.ron) of een van de opdrachten; zie --help.", path.display()),
                format!("{} does not exist. Give a workshop file (.kraljic.ron) or one of the commands; see --help.", path.display()),
            ),
            CliMessage::WindowFailed(error) => pick(
                format!("Het venster kan niet worden geopend: {error}. Controleer of er een beeldscherm is, of gebruik de opdrachten; zie --help."),
                format!("The window could not be opened: {error}. Check that there is a display, or use the commands; see --help."),
            ),
            CliMessage::Exists(path) => pick(
                format!("{} bestaat al; kies een andere naam of voeg --force toe om het te vervangen.", path.display()),
                format!("{} already exists; choose another name or add --force to replace it.", path.display()),
            ),
            CliMessage::LotsNeedsPdf => pick(
                "--lots kiest de perceelpagina's van het rapport; gebruik het met --pdf.".into(),
                "--lots chooses the lot pages of the report; use it with --pdf.".into(),
            ),
            CliMessage::NeedsOutput => pick(
                "Geef met -o aan waar het bestand moet komen; dit soort bestand gaat niet naar het scherm.".into(),
                "Give the file to write with -o; this kind of file does not go to the terminal.".into(),
            ),
            CliMessage::HeaderRows { top, bottom } => pick(
                format!("De kop loopt over rij {top} en {bottom}; elke kolom heet naar beide (\"Uitgaven 2023\")."),
                format!("The header spans rows {top} and {bottom}; each column is named by both (\"Uitgaven 2023\")."),
            ),
            _ => String::new(),
        }
    }

    /// What a command did or made.
    fn outcome(&self, lang: Lang) -> String {
        let dutch = lang == Lang::Dutch;
        let pick = |nl: String, en: String| if dutch { nl } else { en };
        match self {
            CliMessage::WrittenTo(path) => pick(
                format!("Geschreven naar {}.", path.display()),
                format!("Written to {}.", path.display()),
            ),
            CliMessage::LotsWritten { count, total, path } => pick(
                format!("{count} percelen ({total}) geschreven naar {}.", path.display()),
                format!("{count} lots ({total}) written to {}.", path.display()),
            ),
            CliMessage::NewWritten { path, from } => pick(
                format!("Nieuwe werksessie geschreven naar {} (begonnen met {from}).", path.display()),
                format!("New workshop written to {} (started from {from}).", path.display()),
            ),
            CliMessage::NoTemplate { name, names } => pick(
                format!("Er is geen sjabloon '{name}'; kies uit: {names}. Of begin met --from BESTAND."),
                format!("There is no template '{name}'; choose from: {names}. Or start with --from FILE."),
            ),
            CliMessage::NewNeedsFile => pick(
                "Noem het bestand dat u wilt maken, bijvoorbeeld: new regio.kraljic.ron --template leeg. De sjablonen ziet u met new --list.".to_string(),
                "Name the file to make, for example: new region.kraljic.ron --template leeg. See the templates with new --list.".to_string(),
            ),
            CliMessage::Generated { count, path } => pick(
                format!("{count} verzonnen percelen geschreven naar {}.", path.display()),
                format!("{count} made-up lots written to {}.", path.display()),
            ),
            CliMessage::Sound { path, lots, scored } => pick(
                format!("{} is in orde: {lots} percelen, waarvan {scored} gescoord.", path.display()),
                format!("{} is sound: {lots} lots, {scored} scored.", path.display()),
            ),
            CliMessage::NotSound(path) => pick(
                format!("{} is leesbaar, maar niet in orde:", path.display()),
                format!("{} can be read, but is not sound:", path.display()),
            ),
            CliMessage::Migrated { from, to } => pick(
                format!("Dit bestand had bestandsversie {from}. Het is omgezet naar versie {to}; bij opslaan wordt de nieuwe versie geschreven."),
                format!("This file had format version {from}. It was converted to version {to}; saving writes the new version."),
            ),
            CliMessage::TableTotal { total, lots, scored } => pick(
                format!("{total} ({lots} percelen, {scored} gescoord)"),
                format!("{total} ({lots} lots, {scored} scored)"),
            ),
            // The window says the same: one text.
            CliMessage::NoStrategies => pick(
                "Nog geen perceel heeft een strategie. Vul die in op het tabblad Strategie van een perceel.".to_string(),
                "No lot has a strategy yet. Fill one in on a lot's Strategy tab.".to_string(),
            ),
            CliMessage::Unprintable(lots) => pick(
                format!("Geen lettertype op deze computer heeft alle tekens van: {lots}; die tekens staan als \u{25A1} in de export. Installeer een lettertype voor dat schrift (bijvoorbeeld Noto) en exporteer opnieuw."),
                format!("No font on this computer has every letter of: {lots}; those letters are shown as \u{25A1} in the export. Install a font for that script (for example Noto) and export again."),
            ),
            CliMessage::ExportFailed { path, detail } => pick(
                format!("De export naar {} is niet gelukt ({detail}). Controleer of de map bestaat en of u er mag schrijven, en probeer het opnieuw.", path.display()),
                format!("The export to {} did not succeed ({detail}). Check that the folder exists and that you may write there, and try again.", path.display()),
            ),
            _ => String::new(),
        }
    }

    /// What reading a spreadsheet, a register or a copy found.
    fn reading(&self, lang: Lang) -> String {
        let dutch = lang == Lang::Dutch;
        let pick = |nl: String, en: String| if dutch { nl } else { en };
        match self {
            CliMessage::NoRegister => {
                let missing = super::planning::texts(lang).register_missing;
                pick(
                    format!("{missing} Of kies de kolommen met --column, bijvoorbeeld --column name=A --column end=C."),
                    format!("{missing} Or choose the columns with --column, for example --column name=A --column end=C."),
                )
            }
            CliMessage::ContractsRead { read, matched } => pick(
                format!("{read} contracten gelezen, {matched} aan percelen gekoppeld."),
                format!("Read {read} contracts, {matched} matched to lots."),
            ),
            CliMessage::ContractsUnmatched(list) => pick(
                format!("Geen perceel met die naam (koppel ze in het venster): {list}."),
                format!("No lot of that name (match them in the window): {list}."),
            ),
            CliMessage::ContractsUnreadable(list) => pick(
                format!("Niet gelezen; controleer de looptijd of verlenging in rij {list}."),
                format!("Not read; check the term or extension in row {list}."),
            ),
            CliMessage::CopyUnmatched(list) => pick(
                format!("Niet in deze werksessie, dus niet overgenomen: {list}."),
                format!("Not in this workshop, so not taken: {list}."),
            ),
            CliMessage::CopyNameDiffers { there, here } => pick(
                format!("Niet overgenomen, zelfde nummer maar een andere naam: '{there}' in de kopie, '{here}' hier. Is het hetzelfde perceel, geef het dan in de kopie dezelfde naam en lees de kopie opnieuw."),
                format!("Not taken, same number but another name: '{there}' in the copy, '{here}' here. If it is the same lot, give it the same name in the copy and read the copy again."),
            ),
            CliMessage::UnitField => pick(
                "Eenheid van de bedragen:".into(),
                "Unit of the amounts:".into(),
            ),
            CliMessage::UnitApplied(unit) => pick(
                format!("De bedragen staan in {unit} en zijn omgerekend naar euro."),
                format!("The amounts are in {unit} and were converted to euros."),
            ),
            CliMessage::CheckUnit => pick(
                "Alle percelen kosten minder dan € 10.000 en er staat geen eenheid bij de bedragen. Staan ze misschien in duizenden euro? Controleer de eenheid.".into(),
                "Every lot costs less than € 10.000 and no unit is stated with the amounts. Are they perhaps in thousands of euros? Check the unit.".into(),
            ),
            CliMessage::SheetRead(name) => pick(
                format!("Blad '{name}' gelezen."),
                format!("Read the sheet '{name}'."),
            ),
            CliMessage::SheetAlsoLikely(name) => pick(
                format!("Blad '{name}' lijkt ook een lijst percelen; kies het zo nodig."),
                format!("The sheet '{name}' looks like a list of lots too; choose it if needed."),
            ),
            _ => String::new(),
        }
    }

    /// Which renderer would draw the window.
    fn renderer(&self, lang: Lang) -> String {
        let dutch = lang == Lang::Dutch;
        let pick = |nl: String, en: String| if dutch { nl } else { en };
        match self {
            CliMessage::RendererPassedOver { code, reason } => pick(
                format!("{code}: werkt hier niet ({reason})."),
                format!("{code}: does not work here ({reason})."),
            ),
            CliMessage::RendererChosen { code, adapter } => pick(
                format!("{code}: werkt ({adapter}); het venster tekent hiermee."),
                format!("{code}: works ({adapter}); the window draws with it."),
            ),
            CliMessage::RendererRemembered {
                code,
                adapter,
                probe: None,
            } => pick(
                format!("Onthouden: {code} ({adapter}); de volgende start tekent hier direct mee, zonder test."),
                format!("Remembered: {code} ({adapter}); the next start draws with it directly, without a test."),
            ),
            CliMessage::RendererRemembered {
                code,
                adapter,
                probe: Some(reason),
            } => pick(
                format!("Onthouden: {code} ({adapter}); de volgende start test toch eerst ({reason})."),
                format!("Remembered: {code} ({adapter}); the next start tests first anyway ({reason})."),
            ),
            CliMessage::NothingRemembered => pick(
                "Nog niets onthouden: de volgende start test de manieren van tekenen op volgorde.".into(),
                "Nothing remembered yet: the next start tests the ways of drawing in order.".into(),
            ),
            CliMessage::NoRenderer => pick(
                "Geen enkele manier van tekenen werkt op deze computer. Werk het grafische stuurprogramma bij, of vraag de IT-afdeling om OpenGL of Vulkan.".into(),
                "No way of drawing works on this computer. Update the graphics driver, or ask IT for OpenGL or Vulkan.".into(),
            ),
            _ => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message, once.
    fn every_message() -> Vec<CliMessage<'static>> {
        let path = Path::new("/tmp/x.kraljic.ron");
        vec![
            CliMessage::Usage("Geen doel."),
            CliMessage::NoSuchSheet {
                name: "Blad9",
                sheets: &["Percelen", "Toelichting"],
            },
            CliMessage::NoSuchRow(40),
            CliMessage::BadColumnChoice("spend"),
            CliMessage::WrittenTo(path),
            CliMessage::NoSuchFile(path),
            CliMessage::WindowFailed("no display"),
            CliMessage::Exists(path),
            CliMessage::NeedsOutput,
            CliMessage::LotsNeedsPdf,
            CliMessage::LotsWritten {
                count: 3,
                total: "€ 10",
                path,
            },
            CliMessage::Generated { count: 3, path },
            CliMessage::NewWritten {
                path,
                from: "NMD 2023",
            },
            CliMessage::NoTemplate {
                name: "x",
                names: "leeg, twente",
            },
            CliMessage::NewNeedsFile,
            CliMessage::Sound {
                path,
                lots: 3,
                scored: 2,
            },
            CliMessage::NotSound(path),
            CliMessage::ExportFailed {
                path,
                detail: "disk full",
            },
            CliMessage::Migrated { from: 2, to: 4 },
            CliMessage::NoStrategies,
            CliMessage::NoRegister,
            CliMessage::ContractsRead {
                read: 25,
                matched: 20,
            },
            CliMessage::ContractsUnmatched("Dyslexie"),
            CliMessage::ContractsUnreadable("3 (X: 'altijd')"),
            CliMessage::TableTotal {
                total: "Totaal",
                lots: 3,
                scored: 2,
            },
            CliMessage::CopyUnmatched("A (id 4), B (id 5)"),
            CliMessage::CopyNameDiffers {
                there: "A",
                here: "B",
            },
            CliMessage::SheetRead("Percelen"),
            CliMessage::UnitField,
            CliMessage::UnitApplied("× € 1.000"),
            CliMessage::CheckUnit,
            CliMessage::SheetAlsoLikely("Percelen 2023"),
            CliMessage::HeaderRows { top: 3, bottom: 4 },
            CliMessage::Unprintable("Gezin (x)"),
            CliMessage::RendererPassedOver {
                code: "wgpu",
                reason: "x",
            },
            CliMessage::RendererChosen {
                code: "glow",
                adapter: "OpenGL",
            },
            CliMessage::NoRenderer,
            CliMessage::RendererRemembered {
                code: "glow",
                adapter: "OpenGL 4.5",
                probe: None,
            },
            CliMessage::RendererRemembered {
                code: "glow",
                adapter: "OpenGL 4.5",
                probe: Some("x"),
            },
            CliMessage::NothingRemembered,
        ]
    }

    #[test]
    fn every_message_is_complete_in_both_languages() {
        let sentences = |text: &str| text.matches(['.', ':', ';']).count();
        for message in every_message() {
            let (nl, en) = (message.text(Lang::Dutch), message.text(Lang::English));
            assert!(
                !nl.trim().is_empty() && !en.trim().is_empty(),
                "{message:?}"
            );
            assert_ne!(nl, en, "{message:?} is not translated");
            // No sentence missing in one language: as many sentence marks in both.
            assert_eq!(sentences(&nl), sentences(&en), "{nl} / {en}");
        }
    }
}
