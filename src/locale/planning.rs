//! The texts of the tender calendar in both languages: the phases, the flags, and the words of
//! the plan table and the agenda file.

use super::Lang;
use super::number::format_date;
use crate::model::planning::{Calendar, Flag, Phase};

/// The name of a phase, as NMD 2023 (chapter 3) names it: phase 6 is *Inkoop/aanbesteding*,
/// since buying is broader than tendering.
pub fn phase_name(phase: Phase, lang: Lang) -> &'static str {
    let (nl, en) = match phase {
        Phase::Evaluation => ("Evaluatie", "Evaluation"),
        Phase::VisionAndPolicy => ("Visie- en beleidsvorming", "Vision and policy-making"),
        Phase::Strategy => ("Inkoopstrategie", "Procurement strategy"),
        Phase::Requirements => ("Programma van eisen", "Programme of requirements"),
        Phase::CostPrice => ("Kostprijsonderzoek", "Cost-price study"),
        Phase::Procurement => ("Inkoop/aanbesteding", "Procurement/tender"),
        Phase::Implementation => ("Implementatie", "Implementation"),
    };
    if lang == Lang::Dutch { nl } else { en }
}

/// The phase durations in force, labelled as the assumption they are (the report's calendar
/// page): NMD 2023 gives only about 18 months for the whole.
pub fn phase_months_note(calendar: &Calendar, lang: Lang) -> String {
    let (months, total) = (calendar.months, calendar.months.total());
    let own = calendar.tenders.iter().any(|t| t.months.is_some());
    match lang {
        Lang::Dutch => format!(
            "Duur van de fasen: {months} maanden, samen {total} (aanname, aan te passen in de instellingen; de Startnotitie NMD 2023 noemt alleen gemiddeld 18 maanden voor het hele proces).{}",
            if own {
                " Aanbestedingen met een eigen duur volgen die."
            } else {
                ""
            }
        ),
        Lang::English => format!(
            "Phase durations: {months} months, {total} in all (an assumption, adjustable in the settings; the NMD 2023 Startnotitie gives only about 18 months on average for the whole process).{}",
            if own {
                " Tenders with their own durations follow those."
            } else {
                ""
            }
        ),
    }
}

/// Words of the plan table and the agenda.
#[derive(Debug)]
pub struct PlanningTexts {
    /// Column: the tender.
    pub tender: &'static str,
    /// Column: the new contract's start.
    pub start: &'static str,
    /// Column: flags.
    pub flags: &'static str,
    /// The calendar's name in an agenda.
    pub calendar_name: &'static str,
    /// An event: a phase begins ("{tender}: {phase} begint").
    pub begins: &'static str,
    /// An event: a contract ends.
    pub contract_ends: &'static str,
    /// The plan has no tenders yet.
    pub no_tenders: &'static str,
    /// Button on the empty calendar: to the tenders window.
    pub add_tender_first: &'static str,
    /// Lots under contract without a tender.
    pub without_tender: &'static str,
    /// The capacity row.
    pub capacity: &'static str,
    /// The reference day's line in the legend.
    pub reference: &'static str,
    /// Today's line.
    pub today: &'static str,
    /// The contract end mark in the legend.
    pub contract_end_mark: &'static str,
    /// The warning sign in the legend.
    pub flag_mark: &'static str,
    /// The sign of a month over the maximum in the legend.
    pub over_mark: &'static str,
    /// Heading of the report's calendar page.
    pub heading: &'static str,
    /// Under the report's dates table: how to read it.
    pub table_note: &'static str,
    /// The contract start column of the dates table (narrow).
    pub start_short: &'static str,
    /// Workbook columns: lots, from, until, contract, end, extendable until, scale.
    pub columns: PlanColumns,
    /// Command: the calendar instead of the matrix.
    pub toggle: super::ui::CommandText,
    /// The tab of the matrix.
    pub matrix_tab: &'static str,
    /// The tab of the calendar.
    pub calendar_tab: &'static str,
    /// Command: import the register.
    pub import_register: super::ui::CommandText,
    /// Command: the tenders window.
    pub tenders: super::ui::CommandText,
    /// Tenders window: add one.
    pub add_tender: &'static str,
    /// Tenders window: a new tender's name.
    pub new_tender: &'static str,
    /// Tenders and contracts windows: delete one.
    pub delete: &'static str,
    /// Command: the window of the current contracts.
    pub contracts: super::ui::CommandText,
    /// Contracts window: add one.
    pub add_contract: &'static str,
    /// Contracts window: a new contract's name.
    pub new_contract: &'static str,
    /// Contracts window: there are none yet.
    pub no_contracts: &'static str,
    /// Contracts window: the rule of the three dates.
    pub contract_dates_hint: &'static str,
    /// Contracts window: a date that cannot be read or is out of order.
    pub contract_date_invalid: &'static str,
    /// Contracts window: "until" before a contract's end in its heading.
    pub until: &'static str,
    /// Tenders window: this tender's own phase durations, and the hint.
    pub tender_months: (&'static str, &'static str),
    /// Tenders window: the tender's notes.
    pub tender_notes: &'static str,
    /// Tenders window: the day the first phase begins, by the durations in force.
    pub first_phase_begins: &'static str,
    /// Command: the calendar as PNG.
    pub export_png: super::ui::CommandText,
    /// Command: the calendar as SVG.
    pub export_svg: super::ui::CommandText,
    /// Command: the calendar as an agenda file.
    pub export_ics: super::ui::CommandText,
    /// Register window: its title before the file name.
    pub register_title: &'static str,
    /// Register window: what to do.
    pub register_hint: &'static str,
    /// Register window: take it over.
    pub register_take: &'static str,
    /// Register window: cancel.
    pub register_cancel: &'static str,
    /// Register window: heading of the rows that could not be read.
    pub register_unreadable: &'static str,
    /// Register window: a contract without lots.
    pub register_none: &'static str,
    /// Register window: no sheet holds a register.
    pub register_missing: &'static str,
    /// Register window: the header was not recognised; choose the columns.
    pub register_choose: &'static str,
    /// Register window: the fields of a column, in the order of the register's
    /// `RegisterField::ALL` (interchange).
    pub register_fields: [&'static str; 6],
    /// Message after taking it over ("{n} contracten overgenomen").
    pub register_done: &'static str,
    /// Settings: the reference date and its hint.
    pub reference_date: (&'static str, &'static str),
    /// Settings: the most tenders at once and its hint.
    pub max_parallel: (&'static str, &'static str),
    /// Settings: the phase durations and their hint.
    pub phase_months: (&'static str, &'static str),
    /// Settings: a value that cannot be read.
    pub invalid: &'static str,
}

/// Workbook column headings of the plan and the register.
#[derive(Debug)]
pub struct PlanColumns {
    /// The lots of a tender or contract.
    pub lots: &'static str,
    /// "from" after a phase's name.
    pub from: &'static str,
    /// "until" after a phase's name.
    pub until: &'static str,
    /// A contract's name.
    pub contract: &'static str,
    /// A contract's first day.
    pub contract_start: &'static str,
    /// A contract's last day.
    pub end: &'static str,
    /// The last day it can be extended to.
    pub extendable_until: &'static str,
    /// The scale it was bought at.
    pub scale: &'static str,
}

const DUTCH: PlanningTexts = PlanningTexts {
    tender: "Aanbesteding",
    start: "Start contract",
    flags: "Let op",
    calendar_name: "Aanbestedingskalender",
    begins: "begint",
    contract_ends: "Einde contract",
    no_tenders: "Deze werksessie heeft nog geen aanbestedingen.",
    add_tender_first: "Aanbesteding toevoegen… (Perceel > Aanbestedingen)",
    without_tender: "Percelen met een contract maar zonder aanbesteding",
    capacity: "Aanbestedingen tegelijk",
    reference: "peildatum",
    today: "vandaag",
    contract_end_mark: "einde huidig contract",
    flag_mark: "let op",
    over_mark: "boven maximum",
    heading: "Aanbestedingskalender",
    start_short: "Start",
    table_note: "De data zijn de begindagen van de fasen; elke fase loopt tot de dag voor de volgende begint, de implementatie tot de dag voor de start van het contract.",
    toggle: super::ui::CommandText {
        label: "Kalender of matrix",
        tooltip: "De aanbestedingskalender tonen in plaats van de matrix, of de matrix weer",
    },
    matrix_tab: "Matrix",
    calendar_tab: "Kalender",
    export_png: super::ui::CommandText {
        label: "Kalender als afbeelding (PNG)…",
        tooltip: "De aanbestedingskalender als PNG van 1920 bij 1080",
    },
    export_svg: super::ui::CommandText {
        label: "Kalender als tekening (SVG)…",
        tooltip: "De aanbestedingskalender als SVG, scherp op elk formaat",
    },
    export_ics: super::ui::CommandText {
        label: "Kalender voor de agenda (.ics)…",
        tooltip: "Elke fasestart en elk contracteinde als afspraak voor Outlook; opnieuw inlezen werkt de agenda bij",
    },
    tenders: super::ui::CommandText {
        label: "Aanbestedingen…",
        tooltip: "Aanbestedingen maken: naam, startdatum van het nieuwe contract en percelen",
    },
    add_tender: "Aanbesteding toevoegen",
    new_tender: "Nieuwe aanbesteding",
    delete: "Verwijderen",
    contracts: super::ui::CommandText {
        label: "Lopende contracten…",
        tooltip: "De huidige contracten: looptijd, verlenging, schaal en de percelen die ze dekken",
    },
    add_contract: "Contract toevoegen",
    new_contract: "Nieuw contract",
    no_contracts: "Nog geen lopende contracten. Importeer het contractregister (menu Bestand) of voeg er hier een toe.",
    contract_dates_hint: "De einddatum ligt niet voor de ingangsdatum. Verlengbaar tot: leeg als het contract niet verlengd kan worden, anders een dag na de einddatum of later.",
    contract_date_invalid: "Deze datum klopt niet: schrijf DD-MM-JJJJ en houd de volgorde hieronder aan.",
    until: "tot",
    tender_months: (
        "Eigen duur van de fasen (maanden)",
        "Leeg: de duur uit de instellingen. Anders zeven getallen, zoals 2, 3, 2, 3, 2, 4, 2.",
    ),
    tender_notes: "Notities",
    first_phase_begins: "Eerste fase (evaluatie) begint op",
    import_register: super::ui::CommandText {
        label: "Contractregister importeren…",
        tooltip: "De huidige contracten inlezen uit een spreadsheet of CSV en koppelen aan percelen",
    },
    register_title: "Contractregister",
    register_hint: "Kies per contract de percelen die het dekt: zoals op naam gevonden, de percelen van een aanbesteding, één perceel, of geen. Overnemen vervangt het register van deze werksessie (ongedaan te maken).",
    register_take: "Overnemen",
    register_cancel: "Annuleren",
    register_unreadable: "Niet gelezen (controleer de looptijd of de verlenging):",
    register_none: "(geen perceel)",
    register_missing: "Geen blad met een contractregister gevonden: er moet een kolom met de naam van het contract zijn (contract, inkoop of naam) en een met de looptijd (looptijd, of ingang en einde).",
    register_choose: "De kolommen van dit register zijn niet herkend. Kies de kopregel en geef aan welke kolom de naam van het contract heeft, en welke de looptijd of de ingangs- en de einddatum.",
    register_fields: [
        "Naam van het contract",
        "Looptijd",
        "Ingangsdatum",
        "Einddatum",
        "Verlenging",
        "Schaal",
    ],
    register_done: "contracten overgenomen",
    reference_date: (
        "Peildatum van de planning",
        "Leeg: vandaag. Zet een datum om de planning te lezen zoals op die dag (DD-MM-JJJJ).",
    ),
    max_parallel: (
        "Aanbestedingen tegelijk (maximum)",
        "Maanden met meer aanbestedingen krijgen een ! in de capaciteitsrij. Leeg: geen maximum.",
    ),
    phase_months: (
        "Duur van de zeven fasen (maanden; aanname, aan te passen)",
        "Evaluatie, visie- en beleidsvorming, inkoopstrategie, programma van eisen, kostprijsonderzoek, inkoop/aanbesteding, implementatie. Standaard 2, 3, 2, 3, 2, 4, 2 (18 maanden): die verdeling is een aanname van dit programma. De Startnotitie NMD 2023 noemt alleen gemiddeld 18 maanden voor het hele proces.",
    ),
    invalid: "Dit is niet te lezen; zie de toelichting hieronder.",
    columns: PlanColumns {
        lots: "Percelen",
        from: "van",
        until: "tot en met",
        contract: "Contract",
        contract_start: "Ingang",
        end: "Einde",
        extendable_until: "Verlengbaar tot",
        scale: "Schaal",
    },
};

const ENGLISH: PlanningTexts = PlanningTexts {
    tender: "Tender",
    start: "Contract start",
    flags: "Note",
    calendar_name: "Tender calendar",
    begins: "begins",
    contract_ends: "Contract ends",
    no_tenders: "This workshop has no tenders yet.",
    add_tender_first: "Add a tender… (Lot > Tenders)",
    without_tender: "Lots under contract without a tender",
    capacity: "Tenders at once",
    reference: "reference day",
    today: "today",
    contract_end_mark: "end of current contract",
    flag_mark: "note",
    over_mark: "over the maximum",
    heading: "Tender calendar",
    start_short: "Start",
    table_note: "The dates are the first days of the phases; each phase runs until the day before the next begins, implementation until the day before the contract starts.",
    toggle: super::ui::CommandText {
        label: "Calendar or matrix",
        tooltip: "Show the tender calendar instead of the matrix, or the matrix again",
    },
    matrix_tab: "Matrix",
    calendar_tab: "Calendar",
    export_png: super::ui::CommandText {
        label: "Calendar as a picture (PNG)…",
        tooltip: "The tender calendar as a PNG of 1920 by 1080",
    },
    export_svg: super::ui::CommandText {
        label: "Calendar as a drawing (SVG)…",
        tooltip: "The tender calendar as SVG, sharp at any size",
    },
    export_ics: super::ui::CommandText {
        label: "Calendar for the agenda (.ics)…",
        tooltip: "Every phase start and contract end as an appointment for Outlook; importing again updates the agenda",
    },
    tenders: super::ui::CommandText {
        label: "Tenders…",
        tooltip: "Make tenders: name, the new contract's start date and lots",
    },
    add_tender: "Add a tender",
    new_tender: "New tender",
    delete: "Delete",
    contracts: super::ui::CommandText {
        label: "Current contracts…",
        tooltip: "The current contracts: term, extension, scale and the lots they cover",
    },
    add_contract: "Add a contract",
    new_contract: "New contract",
    no_contracts: "No current contracts yet. Import the contract register (File menu) or add one here.",
    contract_dates_hint: "The end date is not before the start date. Extendable until: empty when the contract cannot be extended, otherwise a day after the end date or later.",
    contract_date_invalid: "This date does not fit: write DD-MM-YYYY and keep the order below.",
    until: "until",
    tender_months: (
        "This tender's own phase durations (months)",
        "Empty: the durations from the settings. Otherwise seven numbers, such as 2, 3, 2, 3, 2, 4, 2.",
    ),
    tender_notes: "Notes",
    first_phase_begins: "The first phase (evaluation) begins on",
    import_register: super::ui::CommandText {
        label: "Import contract register…",
        tooltip: "Read the current contracts from a spreadsheet or CSV and match them to lots",
    },
    register_title: "Contract register",
    register_hint: "Choose for each contract the lots it covers: as found by name, a tender's lots, one lot, or none. Taking it over replaces this workshop's register (undo brings it back).",
    register_take: "Take over",
    register_cancel: "Cancel",
    register_unreadable: "Not read (check the term or the extension):",
    register_none: "(no lot)",
    register_missing: "No sheet with a contract register found: it needs a column with the contract's name (contract, inkoop or naam) and one with its term (looptijd, or ingang and einde).",
    register_choose: "The columns of this register were not recognised. Choose the header row and say which column holds the contract's name, and which the term or the start and end dates.",
    register_fields: [
        "Contract name",
        "Term",
        "Start date",
        "End date",
        "Extension",
        "Scale",
    ],
    register_done: "contracts taken over",
    reference_date: (
        "Reference date of the plan",
        "Empty: today. Set a date to read the plan as on that day (DD-MM-YYYY).",
    ),
    max_parallel: (
        "Tenders at once (maximum)",
        "Months with more tenders get a ! in the capacity row. Empty: no maximum.",
    ),
    phase_months: (
        "Duration of the seven phases (months; an assumption, adjustable)",
        "Evaluation, vision and policy-making, procurement strategy, programme of requirements, cost-price study, procurement/tender, implementation. By default 2, 3, 2, 3, 2, 4, 2 (18 months): that split is this program's assumption. The NMD 2023 Startnotitie gives only about 18 months on average for the whole process.",
    ),
    invalid: "This cannot be read; see the note below.",
    columns: PlanColumns {
        lots: "Lots",
        from: "from",
        until: "until",
        contract: "Contract",
        contract_start: "Start",
        end: "End",
        extendable_until: "Extendable until",
        scale: "Scale",
    },
};

/// The calendar's words in a language.
pub fn texts(lang: Lang) -> &'static PlanningTexts {
    match lang {
        Lang::Dutch => &DUTCH,
        Lang::English => &ENGLISH,
    }
}

/// A flag in plain words (the lot's and tender's names from the workshop).
pub fn flag_text(
    flag: &Flag,
    calendar: &Calendar,
    lot_name: &dyn Fn(crate::model::LotId) -> String,
    lang: Lang,
) -> String {
    let tender = |id| {
        calendar
            .tenders
            .iter()
            .find(|t| t.id == id)
            .map_or_else(String::new, |t| t.name.clone())
    };
    let dutch = lang == Lang::Dutch;
    match flag {
        Flag::LateStart {
            tender: id,
            should_have_started,
        } => {
            let (name, day) = (tender(*id), format_date(*should_have_started));
            if dutch {
                format!("{name}: de evaluatie had op {day} moeten beginnen")
            } else {
                format!("{name}: the evaluation should have begun on {day}")
            }
        }
        Flag::ContractGap {
            contract,
            tender: id,
        } => {
            let contract = calendar
                .contracts
                .get(*contract)
                .map_or_else(String::new, |c| c.name.clone());
            let name = tender(*id);
            if dutch {
                format!(
                    "{contract} loopt af voordat {name} begint en kan niet zo lang worden verlengd"
                )
            } else {
                format!("{contract} ends before {name} starts and cannot be extended that long")
            }
        }
        Flag::LotWithoutTender { lot } => {
            let name = lot_name(*lot);
            if dutch {
                format!("{name} heeft een contract maar geen aanbesteding")
            } else {
                format!("{name} is under contract but has no tender")
            }
        }
    }
}

/// A lot whose strategy starts the contract on another day than its tender.
pub fn start_differs(
    lot: &str,
    strategy: crate::model::WorkshopDate,
    tender: crate::model::WorkshopDate,
    lang: Lang,
) -> String {
    let (strategy, tender) = (format_date(strategy), format_date(tender));
    match lang {
        Lang::Dutch => format!(
            "{lot}: de strategie begint het contract op {strategy}, deze aanbesteding op {tender}. Zet een van beide goed."
        ),
        Lang::English => format!(
            "{lot}: the strategy starts the contract on {strategy}, this tender on {tender}. Put one of them right."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::planning::{PhaseMonths, Tender, TenderId};

    #[test]
    fn the_phases_are_named_as_the_note_names_them() {
        let names: Vec<&str> = Phase::ALL
            .iter()
            .map(|p| phase_name(*p, Lang::Dutch))
            .collect();
        assert_eq!(
            names,
            [
                "Evaluatie",
                "Visie- en beleidsvorming",
                "Inkoopstrategie",
                "Programma van eisen",
                "Kostprijsonderzoek",
                "Inkoop/aanbesteding",
                "Implementatie"
            ]
        );
        assert_eq!(
            phase_name(Phase::Procurement, Lang::English),
            "Procurement/tender"
        );
    }

    #[test]
    fn the_split_of_the_eighteen_months_is_labelled_an_assumption() {
        let mut calendar = Calendar::default();
        let note = phase_months_note(&calendar, Lang::Dutch);
        assert!(
            note.starts_with(
                "Duur van de fasen: 2, 3, 2, 3, 2, 4, 2 maanden, samen 18 (aanname, aan te passen"
            ),
            "{note}"
        );
        assert!(!note.contains("eigen duur"));
        for lang in Lang::ALL {
            let (label, hint) = texts(lang).phase_months;
            let assumption = if lang == Lang::Dutch {
                "aanname, aan te passen"
            } else {
                "an assumption, adjustable"
            };
            assert!(label.contains(assumption), "{label}");
            assert!(hint.contains("18"), "{hint}");
        }
        calendar.months = PhaseMonths([3, 3, 3, 3, 3, 3, 6]);
        calendar.tenders.push(Tender {
            id: TenderId(1),
            name: "Pleegzorg".into(),
            lots: Vec::new(),
            start: "2027-01-01".parse().expect("date"),
            months: Some(PhaseMonths::DEFAULT),
            notes: String::new(),
        });
        let note = phase_months_note(&calendar, Lang::English);
        assert!(
            note.starts_with(
                "Phase durations: 3, 3, 3, 3, 3, 3, 6 months, 24 in all (an assumption, adjustable"
            ),
            "{note}"
        );
        assert!(
            note.ends_with("Tenders with their own durations follow those."),
            "{note}"
        );
    }
}
