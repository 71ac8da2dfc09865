//! The texts a screen reader reads that the screen shows in another way: the matrix told in
//! words, a lot's place in the list, and what the live region announces after a change.

use super::Lang;
use super::ui::CommandText;

/// The screen reader's texts.
#[derive(Debug)]
pub struct AccessTexts {
    /// The matrix's description: "{risk}" is the risk threshold, "{value}" the value threshold's
    /// share, "{counts}" the lots per quadrant.
    pub matrix: &'static str,
    /// A lot in the matrix: "{name}", "{quadrant}", "{risk}", "{class}", "{spend}", "{rank}",
    /// "{total}".
    pub lot: &'static str,
    /// The matrix has no scored lot yet.
    pub matrix_empty: &'static str,
    /// The list of the matrix's lots, under the figure.
    pub lots_in_matrix: &'static str,
    /// A row of the lot list: "{name}", "{quadrant}", "{rank}", "{spend}", "{risk}",
    /// "{answered}", "{total}".
    pub row: &'static str,
    /// Command: the matrix as a table.
    pub table: CommandText,
    /// The table's column headings: quadrant, lot, risk, class, spend, rank.
    pub table_columns: [&'static str; 6],
    /// Announced after a score: "{name}", "{risk}", "{class}", "{quadrant}".
    pub scored: &'static str,
    /// Announced after a score of a lot not yet complete: "{name}", "{missing}".
    pub scored_partly: &'static str,
    /// Announced after an undo: "{name}" is the lot selected.
    pub undone: &'static str,
    /// Announced after a redo.
    pub redone: &'static str,
    /// The edge that makes the lot list wider or narrower.
    pub list_edge: &'static str,
    /// The edge that makes the card wider or narrower.
    pub card_edge: &'static str,
}

const DUTCH: AccessTexts = AccessTexts {
    matrix: "Kraljic-matrix. Horizontaal het toeleveringsrisico, het gemiddelde van impact, schaarste en omschakeling van 0 tot 3; rechts van {risk} is het risico hoog. Verticaal de uitgaven per jaar; boven de lijn de percelen die samen {value} van de uitgaven maken. {counts}. Pijltoetsen gaan langs de percelen, Enter kiest er een.",
    lot: "{name}: {quadrant}, risico {risk} ({class}), {spend}, nummer {rank} van {total} naar uitgaven",
    matrix_empty: "Nog geen perceel is helemaal gescoord; de matrix is leeg.",
    lots_in_matrix: "Percelen in de matrix",
    row: "{name}, {quadrant}, nummer {rank}, {spend}, {risk}, checklist {answered} van {total}",
    table: CommandText {
        label: "Matrix als tabel",
        tooltip: "De matrix als tabel: per kwadrant de percelen met hun risico en uitgaven (ook om te printen of voor te lezen)",
    },
    table_columns: [
        "Kwadrant", "Perceel", "Risico", "Klasse", "Uitgaven", "Nummer",
    ],
    scored: "{name}: risico {risk}, {class}, kwadrant {quadrant}",
    scored_partly: "{name}: nog te scoren: {missing}",
    undone: "Ongedaan gemaakt; {name}",
    redone: "Opnieuw gedaan; {name}",
    list_edge: "Breedte van de perceellijst",
    card_edge: "Breedte van de perceelkaart",
};

const ENGLISH: AccessTexts = AccessTexts {
    matrix: "Kraljic matrix. Across, the supply risk, the mean of impact, scarcity and switching from 0 to 3; right of {risk} the risk is high. Up, the spend per year; above the line the lots that together make {value} of the spend. {counts}. The arrow keys go along the lots, Enter selects one.",
    lot: "{name}: {quadrant}, risk {risk} ({class}), {spend}, number {rank} of {total} by spend",
    matrix_empty: "No lot is fully scored yet; the matrix is empty.",
    lots_in_matrix: "Lots in the matrix",
    row: "{name}, {quadrant}, number {rank}, {spend}, {risk}, checklist {answered} of {total}",
    table: CommandText {
        label: "Matrix as a table",
        tooltip: "The matrix as a table: per quadrant the lots with their risk and spend (also to print or to be read aloud)",
    },
    table_columns: ["Quadrant", "Lot", "Risk", "Class", "Spend", "Number"],
    scored: "{name}: risk {risk}, {class}, quadrant {quadrant}",
    scored_partly: "{name}: still to score: {missing}",
    undone: "Undone; {name}",
    redone: "Redone; {name}",
    list_edge: "Width of the lot list",
    card_edge: "Width of the lot card",
};

/// The screen reader's texts in a language.
pub fn texts(lang: Lang) -> &'static AccessTexts {
    match lang {
        Lang::Dutch => &DUTCH,
        Lang::English => &ENGLISH,
    }
}
