//! The texts of the clipboard, in both languages: pasting lots copied in a spreadsheet, and
//! copying the matrix, the portfolio table and a lot's strategy out to Word, PowerPoint or
//! Excel.

use super::Lang;
use super::ui::CommandText;

/// The clipboard's texts.
#[derive(Debug)]
pub struct ClipboardTexts {
    /// Command: paste lots copied in a spreadsheet.
    pub paste_lots: CommandText,
    /// Command: the matrix as a picture.
    pub copy_matrix: CommandText,
    /// Command: the portfolio table.
    pub copy_portfolio: CommandText,
    /// Command: the selected lot's strategy.
    pub copy_strategy: CommandText,
    /// The import window's source and a pasted table's sheet: "Klembord".
    pub clipboard: &'static str,
    /// The title of a new workshop made from pasted lots.
    pub pasted_title: &'static str,
    /// The header given to the column of names of a pasted table without one.
    pub pasted_name_column: &'static str,
    /// The header given to the column of amounts of a pasted table without one.
    pub pasted_spend_column: &'static str,
    /// Import window: the header row of a pasted table was made from its contents.
    pub header_made: &'static str,
    /// Import window: what Enter and Esc do.
    pub keys_hint: &'static str,
    /// Title of a message about the clipboard.
    pub title: &'static str,
    /// The clipboard holds text without columns.
    pub not_a_table: &'static str,
    /// The clipboard is empty.
    pub empty: &'static str,
    /// The clipboard's table is too large.
    pub too_large: &'static str,
    /// The clipboard cannot be reached: "{reason}" is filled in.
    pub unavailable: &'static str,
    /// Status line: the matrix is on the clipboard.
    pub matrix_copied: &'static str,
    /// Status line: the table is on the clipboard ("{n}" lots).
    pub portfolio_copied: &'static str,
    /// Status line: the lot's strategy is on the clipboard ("{lot}").
    pub strategy_copied: &'static str,
    /// The strategy table's first heading.
    pub strategy_part: &'static str,
    /// The strategy table when the lot has none yet.
    pub no_strategy: &'static str,
}

const DUTCH: ClipboardTexts = ClipboardTexts {
    paste_lots: CommandText {
        label: "Percelen plakken",
        tooltip: "Neem percelen over die u in Excel of LibreOffice hebt gekopieerd (namen en bedragen); u ziet eerst wat er verandert",
    },
    copy_matrix: CommandText {
        label: "Matrix kopiëren",
        tooltip: "De matrix als afbeelding op het klembord, om in Word of PowerPoint te plakken",
    },
    copy_portfolio: CommandText {
        label: "Portfoliotabel kopiëren",
        tooltip: "De tabel van alle percelen op het klembord: plakt als tabel in Word en als cellen in Excel",
    },
    copy_strategy: CommandText {
        label: "Strategie van perceel kopiëren",
        tooltip: "De strategie van het gekozen perceel als tabel op het klembord",
    },
    clipboard: "Klembord",
    pasted_title: "Geplakte percelen",
    pasted_name_column: "Perceel",
    pasted_spend_column: "Uitgaven",
    header_made: "De geplakte cellen hebben geen kopregel; de kolommen zijn herkend aan wat erin staat. Klopt het niet, kies de kolommen hieronder.",
    keys_hint: "Enter past toe, Esc sluit zonder iets te veranderen.",
    title: "Klembord",
    not_a_table: "Op het klembord staat tekst, geen tabel. Selecteer in Excel of LibreOffice de cellen met de namen van de percelen en de bedragen, kopieer ze (Ctrl+C) en plak opnieuw.",
    empty: "Het klembord is leeg. Kopieer eerst in Excel of LibreOffice de cellen met de percelen en de bedragen (Ctrl+C).",
    too_large: "De tabel op het klembord is te groot om te plakken. Sla de cellen op als spreadsheet en kies Bestand > Importeren uit spreadsheet.",
    unavailable: "Het klembord is niet bereikbaar ({reason}). Er is niets veranderd; probeer het nog eens, of gebruik Bestand > Exporteren.",
    matrix_copied: "Matrix gekopieerd: plak met Ctrl+V in Word of PowerPoint",
    portfolio_copied: "Tabel van {n} percelen gekopieerd: plak met Ctrl+V in Word of Excel",
    strategy_copied: "Strategie van {lot} gekopieerd: plak met Ctrl+V in Word of Excel",
    strategy_part: "Onderdeel",
    no_strategy: "Nog geen strategie vastgelegd.",
};

const ENGLISH: ClipboardTexts = ClipboardTexts {
    paste_lots: CommandText {
        label: "Paste lots",
        tooltip: "Take over lots you copied in Excel or LibreOffice (names and amounts); you see what changes first",
    },
    copy_matrix: CommandText {
        label: "Copy matrix",
        tooltip: "The matrix as a picture on the clipboard, to paste into Word or PowerPoint",
    },
    copy_portfolio: CommandText {
        label: "Copy portfolio table",
        tooltip: "The table of all lots on the clipboard: it pastes as a table in Word and as cells in Excel",
    },
    copy_strategy: CommandText {
        label: "Copy lot strategy",
        tooltip: "The selected lot's strategy as a table on the clipboard",
    },
    clipboard: "Clipboard",
    pasted_title: "Pasted lots",
    pasted_name_column: "Lot",
    pasted_spend_column: "Spend",
    header_made: "The pasted cells have no header row; the columns were recognised by what they hold. If that is wrong, choose the columns below.",
    keys_hint: "Enter applies, Esc closes without changing anything.",
    title: "Clipboard",
    not_a_table: "The clipboard holds text, not a table. Select the cells with the lot names and amounts in Excel or LibreOffice, copy them (Ctrl+C) and paste again.",
    empty: "The clipboard is empty. First copy the cells with the lots and amounts in Excel or LibreOffice (Ctrl+C).",
    too_large: "The table on the clipboard is too large to paste. Save the cells as a spreadsheet and choose File > Import from spreadsheet.",
    unavailable: "The clipboard cannot be reached ({reason}). Nothing was changed; try again, or use File > Export.",
    matrix_copied: "Matrix copied: paste it into Word or PowerPoint with Ctrl+V",
    portfolio_copied: "Table of {n} lots copied: paste it into Word or Excel with Ctrl+V",
    strategy_copied: "Strategy of {lot} copied: paste it into Word or Excel with Ctrl+V",
    strategy_part: "Part",
    no_strategy: "No strategy recorded yet.",
};

/// The clipboard's texts in a language.
pub fn texts(lang: Lang) -> &'static ClipboardTexts {
    match lang {
        Lang::Dutch => &DUTCH,
        Lang::English => &ENGLISH,
    }
}
