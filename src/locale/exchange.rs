//! Texts of import, export and the strategy report, in both languages.

use super::Lang;
use super::ui::CommandText;

const fn c(label: &'static str, tooltip: &'static str) -> CommandText {
    CommandText { label, tooltip }
}

/// The texts of import, export and the report.
#[derive(Debug)]
pub struct ExchangeTexts {
    /// "Total" before an amount.
    pub total: &'static str,
    /// Report: title of the document when the workshop has none.
    pub report_title: &'static str,
    /// Report: "Strategy report".
    pub report_kind: &'static str,
    /// Report: organisation label.
    pub organisation: &'static str,
    /// Report: date label.
    pub date: &'static str,
    /// Report: municipalities label.
    pub municipalities: &'static str,
    /// Report: participants label.
    pub participants: &'static str,
    /// Report: lots label.
    pub lots: &'static str,
    /// Report: heading of the matrix page.
    pub matrix: &'static str,
    /// Report: heading of the portfolio table.
    pub portfolio: &'static str,
    /// Report/sheet column headings of the portfolio table.
    pub columns: PortfolioColumns,
    /// Report: heading of a lot's scores.
    pub scores: &'static str,
    /// Report: "what it means" heading.
    pub meaning: &'static str,
    /// Report: checklist heading.
    pub checklist: &'static str,
    /// Report: notes heading.
    pub notes: &'static str,
    /// Report: record (decisions, issues, actions) heading.
    pub record: &'static str,
    /// Report: heading of the record items that belong to no single lot.
    pub record_session: &'static str,
    /// Report: shown for an empty answer.
    pub not_answered: &'static str,
    /// Report: heading of the questions not answered yet.
    pub open: &'static str,
    /// Report: "not yet scored".
    pub not_scored: &'static str,
    /// Report: page footer "page {n} of {m}" parts.
    pub page: &'static str,
    /// Report: "of" in the page footer.
    pub of: &'static str,
    /// Report: made with (footer of the title page).
    pub made_with: &'static str,
    /// Command: import lots from a spreadsheet.
    pub import: CommandText,
    /// Command: the matrix as PNG for screens.
    pub export_png: CommandText,
    /// Command: the matrix as PNG for print.
    pub export_png_print: CommandText,
    /// Command: the matrix as SVG.
    pub export_svg: CommandText,
    /// Command: the portfolio as Excel.
    pub export_xlsx: CommandText,
    /// Command: the portfolio as CSV.
    pub export_csv: CommandText,
    /// Command: the strategy report as PDF.
    pub export_report: CommandText,
    /// Menu: the export submenu.
    pub menu_export: &'static str,
    /// Import window title.
    pub import_title: &'static str,
    /// Import: sheet chooser.
    pub sheet: &'static str,
    /// Import: header row number.
    pub header_row: &'static str,
    /// After the header row, when the header has a second row (years or criteria).
    pub header_continues: &'static str,
    /// Import: heading of the column choices.
    pub columns_heading: &'static str,
    /// Import: no column chosen.
    pub no_column: &'static str,
    /// Import: heading of the preview.
    pub preview: &'static str,
    /// Import: preview column "row".
    pub row: &'static str,
    /// Import: preview column "what happens".
    pub outcome: &'static str,
    /// Import: outcome of a row that becomes a lot.
    pub becomes_lot: &'static str,
    /// Import: outcome of a skipped row.
    pub skipped: &'static str,
    /// Import: outcome of a row imported with a problem.
    pub with_remark: &'static str,
    /// Import: outcome of a blank row.
    pub blank: &'static str,
    /// Import: heading of the remarks.
    pub remarks: &'static str,
    /// Import: merge into the open workshop.
    pub mode_merge: &'static str,
    /// Import: make a new workshop.
    pub mode_new: &'static str,
    /// Import: heading of the changes.
    pub changes: &'static str,
    /// Import: a new lot in the change list.
    pub new_lot: &'static str,
    /// Import: apply button.
    pub apply: &'static str,
    /// Import: cancel button.
    pub cancel: &'static str,
    /// Import: title of the message after applying.
    pub imported_title: &'static str,
    /// Import: title of the error when the file cannot be read.
    pub import_failed: &'static str,
    /// Export: progress in the status bar.
    pub exporting: &'static str,
    /// Report pages window: title.
    pub pages_title: &'static str,
    /// Report pages window: what it asks.
    pub pages_question: &'static str,
    /// Report pages window: every lot, the strategic and bottleneck lots, the lots with a
    /// strategy, the lots the list shows.
    pub pages_options: [&'static str; 4],
    /// Report pages window: "{n} perceelpagina's".
    pub pages_count: &'static str,
    /// Report pages window: one lot page.
    pub pages_count_one: &'static str,
    /// Report pages window: go on to the file.
    pub pages_continue: &'static str,
    /// Export in the status line: "nog ongeveer {time}".
    pub time_left: &'static str,
    /// Reading window: its title.
    pub reading: &'static str,
    /// Import window: a large sheet is read again after a change.
    pub reading_rows_again: &'static str,
    /// Reading window: "blad {done} van {total}".
    pub reading_sheets: &'static str,
    /// Reading window: "{rows} rijen gelezen".
    pub reading_rows: &'static str,
    /// Reading window: what goes on meanwhile.
    pub reading_hint: &'static str,
    /// Reading window for a workshop file (a copy, an earlier round): its title.
    pub reading_file: &'static str,
    /// Reading window for a workshop file: what goes on meanwhile.
    pub reading_file_hint: &'static str,
    /// Export: title of the message when done.
    pub exported_title: &'static str,
    /// Export: "saved as" before the path.
    pub exported_to: &'static str,
    /// Export: title of the error message.
    pub export_failed: &'static str,
    /// The workbook's sheet names.
    pub sheets: SheetNames,
    /// Checklist sheet headings: lot, topic, question, answer, note.
    pub checklist_columns: [&'static str; 5],
    /// Decisions sheet headings: lot, kind, text, who, by when, done.
    pub record_columns: [&'static str; 6],
}

/// The headings of the portfolio table (report, workbook), by name.
#[derive(Debug)]
pub struct PortfolioColumns {
    /// Rank by spend.
    pub rank: &'static str,
    /// The lot.
    pub lot: &'static str,
    /// Its law.
    pub law: &'static str,
    /// Annual spend.
    pub spend: &'static str,
    /// Share of the total.
    pub share: &'static str,
    /// Cumulative share.
    pub cumulative: &'static str,
    /// ABC band.
    pub band: &'static str,
    /// Impact score.
    pub impact: &'static str,
    /// Scarcity score.
    pub scarcity: &'static str,
    /// Switching score.
    pub switching: &'static str,
    /// Supply risk.
    pub risk: &'static str,
    /// Risk class.
    pub risk_class: &'static str,
    /// Value class.
    pub value: &'static str,
    /// Quadrant.
    pub quadrant: &'static str,
}

impl PortfolioColumns {
    /// Every heading, in the workbook's column order.
    pub fn all(&self) -> [&'static str; 14] {
        [
            self.rank,
            self.lot,
            self.law,
            self.spend,
            self.share,
            self.cumulative,
            self.band,
            self.impact,
            self.scarcity,
            self.switching,
            self.risk,
            self.risk_class,
            self.value,
            self.quadrant,
        ]
    }
}

/// The names of the workbook's sheets.
#[derive(Debug)]
pub struct SheetNames {
    /// The portfolio table.
    pub portfolio: &'static str,
    /// Every checklist answer.
    pub checklist: &'static str,
    /// Decisions and the session record.
    pub decisions: &'static str,
    /// Each lot's strategy.
    pub strategy: &'static str,
    /// Each lot against each kader.
    pub kaders: &'static str,
    /// The tenders and their phase dates.
    pub planning: &'static str,
    /// The register of current contracts.
    pub contracts: &'static str,
}

/// Dutch.
pub const DUTCH: ExchangeTexts = ExchangeTexts {
    total: "Totaal",
    report_title: "Inkoopstrategie",
    report_kind: "Strategierapport",
    organisation: "Samenwerking",
    date: "Datum",
    municipalities: "Gemeenten",
    participants: "Deelnemers",
    lots: "Percelen",
    matrix: "Kraljic-matrix",
    portfolio: "Portfolio",
    columns: PortfolioColumns {
        rank: "Nr",
        lot: "Perceel",
        law: "Wet",
        spend: "Uitgaven",
        share: "Aandeel",
        cumulative: "Cumulatief",
        band: "ABC",
        impact: "Impact",
        scarcity: "Schaarste",
        switching: "Omschakeling",
        risk: "Risico",
        risk_class: "Risicoklasse",
        value: "Waarde",
        quadrant: "Kwadrant",
    },
    scores: "Scores",
    meaning: "Wat dit betekent",
    checklist: "Checklist",
    notes: "Aantekeningen",
    record: "Vastgelegd in de sessie",
    record_session: "Vastgelegd voor de hele sessie",
    not_answered: "(nog niet beantwoord)",
    open: "Nog open",
    not_scored: "nog niet gescoord",
    page: "Pagina",
    of: "van",
    made_with: "Gemaakt met Kraljic Workshop",
    import: c(
        "Importeren uit spreadsheet…",
        "Lees percelen en uitgaven uit Excel, LibreOffice of CSV: in een nieuwe werksessie of samengevoegd met deze (scores, antwoorden en notities blijven staan)",
    ),
    export_png: c(
        "Matrix als afbeelding (PNG, 1920×1080)…",
        "Bewaar de matrix als afbeelding voor een presentatie",
    ),
    export_png_print: c(
        "Matrix als afbeelding voor druk (PNG, A4)…",
        "Bewaar de matrix op A4-formaat, 300 dpi",
    ),
    export_svg: c(
        "Matrix als tekening (SVG)…",
        "Bewaar de matrix als schaalbare tekening voor rapporten",
    ),
    export_xlsx: c(
        "Portfolio als Excel-werkmap…",
        "Portfolio, checklistantwoorden en besluiten, elk op een eigen blad, met echte getallen",
    ),
    export_csv: c(
        "Portfolio als CSV…",
        "De portfoliotabel als CSV-bestand voor andere programma's",
    ),
    export_report: c(
        "Strategierapport (PDF)…",
        "Titelpagina, matrix, portfolio en per perceel de scores, checklist en het besluit",
    ),
    menu_export: "Exporteren",
    import_title: "Importeren uit spreadsheet",
    sheet: "Blad",
    header_row: "Kopregel in rij",
    header_continues: "met daaronder jaren of criteria in rij",
    columns_heading: "Welke kolom is wat",
    no_column: "(geen)",
    preview: "Voorbeeld",
    row: "Rij",
    outcome: "Wat er gebeurt",
    becomes_lot: "perceel",
    skipped: "overgeslagen",
    with_remark: "perceel, met opmerking",
    blank: "leeg",
    remarks: "Opmerkingen",
    mode_merge: "Samenvoegen met de open werksessie",
    mode_new: "Nieuwe werksessie maken",
    changes: "Wijzigingen",
    new_lot: "(nieuw perceel)",
    apply: "Toepassen",
    cancel: "Annuleren",
    imported_title: "Geïmporteerd",
    import_failed: "Importeren lukt niet",
    exporting: "Bezig met exporteren",
    pages_title: "Rapport: welke percelen?",
    pages_question: "Elk perceel krijgt een eigen pagina. Bij zoveel percelen wordt het rapport erg dik; kies welke percelen een pagina krijgen. De matrix, de tabellen en de kalender staan er altijd in.",
    pages_options: [
        "Alle percelen",
        "Strategische percelen en knelpunten",
        "Percelen met een strategie",
        "De percelen die de lijst nu toont",
    ],
    pages_count: "{n} perceelpagina's",
    pages_count_one: "1 perceelpagina",
    pages_continue: "Verder",
    time_left: "nog ongeveer {time}",
    reading: "Spreadsheet lezen",
    reading_rows_again: "Het blad wordt opnieuw gelezen\u{2026} Toepassen kan zodra dat klaar is.",
    reading_sheets: "blad {done} van {total}",
    reading_rows: "{rows} rijen gelezen",
    reading_hint: "U kunt intussen gewoon doorwerken; het venster voor de kolommen opent zodra het bestand gelezen is.",
    reading_file: "Bestand lezen",
    reading_file_hint: "U kunt intussen gewoon doorwerken; het bestand verschijnt zodra het gelezen is.",
    exported_title: "Geëxporteerd",
    exported_to: "Opgeslagen als",
    export_failed: "Exporteren lukt niet",
    sheets: SheetNames {
        portfolio: "Portfolio",
        checklist: "Checklist",
        decisions: "Besluiten",
        strategy: "Strategie",
        kaders: "Kaders",
        planning: "Planning",
        contracts: "Contracten",
    },
    checklist_columns: ["Perceel", "Onderwerp", "Vraag", "Antwoord", "Toelichting"],
    record_columns: ["Perceel", "Soort", "Tekst", "Wie", "Uiterlijk", "Gedaan"],
};

/// English.
pub const ENGLISH: ExchangeTexts = ExchangeTexts {
    total: "Total",
    report_title: "Procurement strategy",
    report_kind: "Strategy report",
    organisation: "Collaboration",
    date: "Date",
    municipalities: "Municipalities",
    participants: "Participants",
    lots: "Lots",
    matrix: "Kraljic matrix",
    portfolio: "Portfolio",
    columns: PortfolioColumns {
        rank: "No",
        lot: "Lot",
        law: "Law",
        spend: "Spend",
        share: "Share",
        cumulative: "Cumulative",
        band: "ABC",
        impact: "Impact",
        scarcity: "Scarcity",
        switching: "Switching",
        risk: "Risk",
        risk_class: "Risk class",
        value: "Value",
        quadrant: "Quadrant",
    },
    scores: "Scores",
    meaning: "What this means",
    checklist: "Checklist",
    notes: "Notes",
    record: "Recorded in the session",
    record_session: "Recorded for the whole session",
    not_answered: "(not answered yet)",
    open: "Still open",
    not_scored: "not scored yet",
    page: "Page",
    of: "of",
    made_with: "Made with Kraljic Workshop",
    import: c(
        "Import from spreadsheet…",
        "Read lots and spend from Excel, LibreOffice or CSV: into a new workshop or merged into this one (scores, answers and notes stay)",
    ),
    export_png: c(
        "Matrix as picture (PNG, 1920×1080)…",
        "Save the matrix as a picture for a presentation",
    ),
    export_png_print: c(
        "Matrix as picture for print (PNG, A4)…",
        "Save the matrix at A4 size, 300 dpi",
    ),
    export_svg: c(
        "Matrix as drawing (SVG)…",
        "Save the matrix as a scalable drawing for reports",
    ),
    export_xlsx: c(
        "Portfolio as Excel workbook…",
        "Portfolio, checklist answers and decisions, each on its own sheet, with real numbers",
    ),
    export_csv: c(
        "Portfolio as CSV…",
        "The portfolio table as a CSV file for other programs",
    ),
    export_report: c(
        "Strategy report (PDF)…",
        "Title page, matrix, portfolio and for each lot its scores, checklist and decision",
    ),
    menu_export: "Export",
    import_title: "Import from spreadsheet",
    sheet: "Sheet",
    header_row: "Header in row",
    header_continues: "with years or criteria below it in row",
    columns_heading: "Which column is what",
    no_column: "(none)",
    preview: "Preview",
    row: "Row",
    outcome: "What happens",
    becomes_lot: "lot",
    skipped: "skipped",
    with_remark: "lot, with a remark",
    blank: "blank",
    remarks: "Remarks",
    mode_merge: "Merge into the open workshop",
    mode_new: "Make a new workshop",
    changes: "Changes",
    new_lot: "(new lot)",
    apply: "Apply",
    cancel: "Cancel",
    imported_title: "Imported",
    import_failed: "Import failed",
    exporting: "Exporting",
    pages_title: "Report: which lots?",
    pages_question: "Every lot gets a page of its own. With this many lots the report grows very thick; choose which lots get a page. The matrix, the tables and the calendar are always in it.",
    pages_options: [
        "Every lot",
        "Strategic and bottleneck lots",
        "Lots with a strategy",
        "The lots the list shows now",
    ],
    pages_count: "{n} lot pages",
    pages_count_one: "1 lot page",
    pages_continue: "Continue",
    time_left: "about {time} left",
    reading: "Reading a spreadsheet",
    reading_rows_again: "Reading the sheet again\u{2026} Apply is possible once that is done.",
    reading_sheets: "sheet {done} of {total}",
    reading_rows: "{rows} rows read",
    reading_hint: "You can go on working meanwhile; the window for the columns opens once the file is read.",
    reading_file: "Reading a file",
    reading_file_hint: "You can go on working meanwhile; the file appears once it is read.",
    exported_title: "Exported",
    exported_to: "Saved as",
    export_failed: "Export failed",
    sheets: SheetNames {
        portfolio: "Portfolio",
        checklist: "Checklist",
        decisions: "Decisions",
        strategy: "Strategy",
        kaders: "Kaders",
        planning: "Planning",
        contracts: "Contracts",
    },
    checklist_columns: ["Lot", "Topic", "Question", "Answer", "Note"],
    record_columns: ["Lot", "Kind", "Text", "Who", "By", "Done"],
};

impl Lang {
    /// The texts of import, export and the report.
    pub fn exchange(self) -> &'static ExchangeTexts {
        match self {
            Lang::Dutch => &DUTCH,
            Lang::English => &ENGLISH,
        }
    }
}
