//! The texts of the window, in Dutch and English. One struct, two instances: a text missing in
//! either language does not compile.

use super::Lang;

/// Label and explanation of one command.
#[derive(Debug)]
pub struct CommandText {
    /// Shown in menus and the shortcut list.
    pub label: &'static str,
    /// Shown on hover.
    pub tooltip: &'static str,
}

/// Every fixed text of the window.
#[derive(Debug)]
pub struct UiTexts {
    /// Menu titles.
    pub menu_file: &'static str,
    /// Menu titles.
    pub menu_edit: &'static str,
    /// Menu titles.
    pub menu_view: &'static str,
    /// Menu titles.
    pub menu_lot: &'static str,
    /// Menu titles.
    pub menu_help: &'static str,
    /// Submenu with recently used files.
    pub recent_files: &'static str,
    /// Shown when there are no recent files.
    pub no_recent_files: &'static str,
    /// Commands.
    pub new: CommandText,
    /// Commands.
    pub open: CommandText,
    /// Commands.
    pub save: CommandText,
    /// Commands.
    pub save_as: CommandText,
    /// Commands.
    pub quit: CommandText,
    /// Commands.
    pub undo: CommandText,
    /// Commands.
    pub redo: CommandText,
    /// Commands.
    pub zoom_in: CommandText,
    /// Commands.
    pub zoom_out: CommandText,
    /// Commands.
    pub zoom_reset: CommandText,
    /// Commands.
    pub toggle_theme: CommandText,
    /// Commands.
    pub toggle_language: CommandText,
    /// Commands.
    pub present: CommandText,
    /// Commands.
    pub leave_presentation: CommandText,
    /// Commands.
    pub hide_amounts: CommandText,
    /// Shown instead of amounts while they are hidden.
    pub amounts_hidden: &'static str,
    /// "band" before an ABC band letter.
    pub band: &'static str,
    /// Commands.
    pub settings: CommandText,
    /// Commands.
    pub open_questions: CommandText,
    /// Commands.
    pub score_none: CommandText,
    /// Commands.
    pub score_low: CommandText,
    /// Commands.
    pub score_medium: CommandText,
    /// Commands.
    pub score_high: CommandText,
    /// Commands.
    pub score_impact: CommandText,
    /// Commands.
    pub score_scarcity: CommandText,
    /// Commands.
    pub score_switching: CommandText,
    /// Commands.
    pub next_criterion: CommandText,
    /// Commands.
    pub next_unscored: CommandText,
    /// Menu: the scoring submenu.
    pub menu_scoring: &'static str,
    /// Card: marks the criterion the number keys score.
    pub keyboard_target: &'static str,
    /// Commands.
    pub shortcuts: CommandText,
    /// Commands.
    pub about: CommandText,
    /// Commands.
    pub add_lot: CommandText,
    /// Commands.
    pub duplicate_lot: CommandText,
    /// Commands.
    pub delete_lot: CommandText,
    /// Commands.
    pub next_lot: CommandText,
    /// Commands.
    pub previous_lot: CommandText,

    /// Lot list: search field hint.
    pub search_hint: &'static str,
    /// Lot list: sort label and options (spend, name, risk, quadrant, progress).
    pub sort_by: &'static str,
    /// Sort options.
    pub sort_options: [&'static str; 6],
    /// Filter on law: all.
    pub all_laws: &'static str,
    /// Filter label for the law.
    pub law_filter: &'static str,
    /// Filter on quadrant: all.
    pub all_quadrants: &'static str,
    /// Filter label for the quadrant.
    pub quadrant_filter: &'static str,
    /// Filter option: lots that are not yet scored.
    pub unscored_filter: &'static str,
    /// "lots" after a number.
    pub lots: &'static str,
    /// "of" as in "12 of 29".
    pub of: &'static str,
    /// Checklist progress column hint.
    pub checklist_progress: &'static str,
    /// Shown when a workshop has no lots.
    pub no_lots: &'static str,

    /// Plot: x axis.
    pub axis_risk: &'static str,
    /// Plot: y axis.
    pub axis_spend: &'static str,
    /// Heading of the list of lots not on the plot.
    pub not_on_plot: &'static str,
    /// "million" in tick labels (`€ 1 mln`).
    pub million: &'static str,
    /// Mean in tooltips.
    pub mean: &'static str,
    /// Label of the matrix for screen readers.
    pub plot_label: &'static str,

    /// Card: shown when no lot is selected.
    pub no_selection: &'static str,
    /// Card tabs.
    pub tab_scores: &'static str,
    /// Card tabs.
    pub tab_checklist: &'static str,
    /// Card fields.
    pub name: &'static str,
    /// Card fields.
    pub law: &'static str,
    /// Card fields.
    pub spend: &'static str,
    /// Hint under the spend field.
    pub spend_hint: &'static str,
    /// Shown under an amount that cannot be read.
    pub invalid_amount: &'static str,
    /// Card fields.
    pub risk: &'static str,
    /// Card fields.
    pub quadrant: &'static str,
    /// Card fields.
    pub value: &'static str,
    /// Card fields.
    pub notes: &'static str,
    /// Card fields.
    pub decision: &'static str,
    /// Clears one score.
    pub clear_score: &'static str,
    /// Shown instead of a quadrant until all three scores are given.
    pub score_all_three: &'static str,
    /// Market figures heading and fields.
    pub market: &'static str,
    /// Market figure.
    pub registered_providers: &'static str,
    /// Market figure.
    pub clients: &'static str,
    /// Market figure.
    pub top3_share: &'static str,
    /// Market figure.
    pub top10_share: &'static str,

    /// Checklist: answered mark.
    pub answered: &'static str,
    /// Checklist: note field.
    pub note: &'static str,
    /// Checklist: text answer field.
    pub answer: &'static str,
    /// Checklist: nothing chosen.
    pub not_chosen: &'static str,
    /// Scale: supra-regional.
    pub supra_regional: &'static str,
    /// Scale: municipalities not in the workshop (kept from the file).
    pub other_municipalities: &'static str,
    /// Scale: no municipalities in the workshop settings.
    pub no_municipalities: &'static str,
    /// Social return percentage.
    pub percentage: &'static str,
    /// Social return obligation.
    pub obligation: &'static str,
    /// Obligations: none, best effort, result.
    pub obligations: [&'static str; 3],
    /// Procedures, in `Procedure::ALL` order.
    pub procedures: [&'static str; 10],
    /// Funding models, in `FundingModel::ALL` order.
    pub funding_models: [&'static str; 3],
    /// Provider counts: one, few, capped, open.
    pub provider_counts: [&'static str; 4],
    /// The number for a capped provider count.
    pub provider_cap: &'static str,
    /// "answered" after a progress count.
    pub answered_count: &'static str,
    /// Open questions window: everything answered.
    pub all_answered: &'static str,
    /// Open questions window: "open questions" after a count.
    pub open_questions_heading: &'static str,
    /// Open questions window: button to go to a lot.
    pub go_to_lot: &'static str,

    /// Settings window fields.
    pub title: &'static str,
    /// Settings window fields.
    pub organisation: &'static str,
    /// Settings window fields.
    pub date: &'static str,
    /// Hint for the date field.
    pub date_hint: &'static str,
    /// Shown under an invalid date.
    pub invalid_date: &'static str,
    /// Settings window fields.
    pub municipalities: &'static str,
    /// Hint for the municipalities field.
    pub municipalities_hint: &'static str,
    /// Settings window fields.
    pub value_threshold: &'static str,
    /// Explains the value threshold.
    pub value_threshold_hint: &'static str,
    /// Settings window fields.
    pub risk_threshold: &'static str,
    /// Explains the risk threshold.
    pub risk_threshold_hint: &'static str,
    /// Shown under a threshold out of range.
    pub invalid_threshold: &'static str,
    /// Close button.
    pub close: &'static str,

    /// Unsaved changes dialog.
    pub unsaved_title: &'static str,
    /// Unsaved changes dialog: the question.
    pub unsaved_question: &'static str,
    /// Buttons.
    pub save_button: &'static str,
    /// Buttons.
    pub discard_button: &'static str,
    /// Buttons.
    pub cancel_button: &'static str,
    /// Error dialog titles.
    pub open_failed: &'static str,
    /// Error dialog titles.
    pub save_failed: &'static str,
    /// OK button.
    pub ok: &'static str,
    /// Shown after opening when the file had warnings.
    pub opened_with_warnings: &'static str,
    /// About window text.
    pub about_text: &'static str,
    /// Shortcut window: column heading.
    pub shortcut: &'static str,
    /// Shortcut window: column heading.
    pub action: &'static str,
    /// Shortcut window: note on arrow keys in lists.
    pub shortcuts_note: &'static str,

    /// Status bar: unsaved marker.
    pub unsaved: &'static str,
    /// Status bar: all saved.
    pub saved: &'static str,
    /// Status bar / title: workshop without a file.
    pub untitled: &'static str,
    /// Status bar: built-in example.
    pub example: &'static str,
    /// Status bar: scored lots.
    pub scored: &'static str,
    /// Default title of a new workshop.
    pub new_workshop_title: &'static str,
    /// Default name of a new lot.
    pub new_lot_name: &'static str,
    /// Suffix of a duplicated lot's name.
    pub copy_suffix: &'static str,
    /// Participants: heading in settings and card.
    pub participants: &'static str,
    /// Participants: add button.
    pub add_participant: &'static str,
    /// Participants: remove button.
    pub remove_participant: &'static str,
    /// Participants: default name of a new one.
    pub new_participant_name: &'static str,
    /// Participants: explanation in settings.
    pub participants_hint: &'static str,
    /// Combining participants' scores.
    pub aggregation: &'static str,
    /// Median, mean.
    pub aggregations: [&'static str; 2],
    /// Card: heading of the participants' scores.
    pub scores_per_participant: &'static str,
    /// Card: the lot's scores come from the participants.
    pub scores_from_participants: &'static str,
    /// Card: blind round checkbox.
    pub blind_round: &'static str,
    /// Card: explanation of a blind round.
    pub blind_hint: &'static str,
    /// Card: reveal button.
    pub reveal: &'static str,
    /// Card: a participant has entered scores (hidden).
    pub entered: &'static str,
    /// Flag for lots where participants differ by 2 or more.
    pub to_discuss: &'static str,
    /// Card: spread of the participants' risk.
    pub spread: &'static str,
    /// Commands.
    pub merge_copy: CommandText,
    /// Commands.
    pub compare_with: CommandText,
    /// Commands.
    pub stop_comparing: CommandText,
    /// Card: heading of the earlier round.
    pub baseline_heading: &'static str,
    /// Card: which earlier lot this one matches.
    pub matched_with: &'static str,
    /// Card: no earlier lot matched.
    pub no_match: &'static str,
    /// Commands.
    pub review: CommandText,
    /// Record: heading on the card.
    pub record_heading: &'static str,
    /// Record: decision, open issue, action.
    pub record_kinds: [&'static str; 3],
    /// Record: the kinds in the plural, as review headings.
    pub record_plural: [&'static str; 3],
    /// Record: who does an action.
    pub who: &'static str,
    /// Record: by when.
    pub due: &'static str,
    /// Record: done.
    pub done: &'static str,
    /// Record: an item about the whole workshop.
    pub whole_workshop: &'static str,
    /// Review: nothing recorded yet.
    pub review_empty: &'static str,
    /// Time box setting.
    pub time_box: &'static str,
    /// Explains the time box.
    pub time_box_hint: &'static str,
    /// Time box: start.
    pub start_timer: &'static str,
    /// Time box: stop.
    pub stop_timer: &'static str,
    /// Time box: time left.
    pub time_left: &'static str,
    /// Time box: time is up.
    pub time_up: &'static str,
    /// Report after merging a copy.
    pub merged_title: &'static str,
    /// Name of this language in itself.
    pub language_name: &'static str,
}

impl Lang {
    /// The window texts of this language.
    pub fn ui(self) -> &'static UiTexts {
        match self {
            Lang::Dutch => &DUTCH,
            Lang::English => &ENGLISH,
        }
    }
}

const fn c(label: &'static str, tooltip: &'static str) -> CommandText {
    CommandText { label, tooltip }
}

static DUTCH: UiTexts = UiTexts {
    menu_file: "Bestand",
    menu_edit: "Bewerken",
    menu_view: "Beeld",
    menu_lot: "Perceel",
    menu_help: "Help",
    recent_files: "Recente bestanden",
    no_recent_files: "(nog geen)",
    new: c("Nieuwe werksessie", "Begin een lege werksessie"),
    open: c("Openen…", "Open een werksessiebestand (.kraljic.ron)"),
    save: c("Opslaan", "Sla de werksessie op"),
    save_as: c("Opslaan als…", "Sla de werksessie op onder een nieuwe naam"),
    quit: c("Afsluiten", "Sluit het programma"),
    undo: c("Ongedaan maken", "Maak de laatste wijziging ongedaan"),
    redo: c("Opnieuw", "Voer de ongedaan gemaakte wijziging opnieuw uit"),
    zoom_in: c("Inzoomen", "Alles groter"),
    zoom_out: c("Uitzoomen", "Alles kleiner"),
    zoom_reset: c("Normale grootte", "Terug naar 100%"),
    toggle_theme: c("Licht of donker thema", "Wissel tussen licht en donker"),
    toggle_language: c("Language: English", "Switch the interface to English"),
    present: c(
        "Presenteren",
        "Volledig scherm met alleen de matrix en het perceel, in grote letters",
    ),
    leave_presentation: c("Presentatie verlaten", "Terug naar het gewone venster"),
    hide_amounts: c(
        "Bedragen verbergen",
        "Toon uitgaven als ABC-klasse in plaats van in euro's (als er aanbieders meekijken)",
    ),
    amounts_hidden: "bedragen verborgen",
    band: "klasse",
    settings: c(
        "Instellingen werksessie…",
        "Titel, datum, gemeenten en de grenzen van de matrix",
    ),
    open_questions: c(
        "Open vragen…",
        "Alle onbeantwoorde vragen van de checklist, per perceel",
    ),
    score_none: c(
        "Score 0 (Geen)",
        "Geef de gekozen vraag van dit perceel score 0",
    ),
    score_low: c(
        "Score 1 (Laag)",
        "Geef de gekozen vraag van dit perceel score 1",
    ),
    score_medium: c(
        "Score 2 (Middel)",
        "Geef de gekozen vraag van dit perceel score 2",
    ),
    score_high: c(
        "Score 3 (Hoog)",
        "Geef de gekozen vraag van dit perceel score 3",
    ),
    score_impact: c("Impact scoren", "De cijfertoetsen scoren nu impact"),
    score_scarcity: c("Schaarste scoren", "De cijfertoetsen scoren nu schaarste"),
    score_switching: c(
        "Omschakeling scoren",
        "De cijfertoetsen scoren nu omschakeling",
    ),
    next_criterion: c(
        "Volgende vraag",
        "De cijfertoetsen scoren de volgende vraag",
    ),
    next_unscored: c(
        "Volgend ongescoord perceel",
        "Kies het volgende perceel dat nog niet gescoord is",
    ),
    menu_scoring: "Scoren met het toetsenbord",
    keyboard_target: "cijfertoetsen",
    shortcuts: c("Sneltoetsen", "Alle sneltoetsen"),
    about: c("Over Kraljic Workshop", "Versie en herkomst van de methode"),
    add_lot: c("Nieuw perceel", "Voeg een perceel toe"),
    duplicate_lot: c(
        "Perceel dupliceren",
        "Maak een kopie van het gekozen perceel",
    ),
    delete_lot: c(
        "Perceel verwijderen",
        "Verwijder het gekozen perceel (ongedaan te maken)",
    ),
    next_lot: c("Volgend perceel", "Kies het volgende perceel in de lijst"),
    previous_lot: c("Vorig perceel", "Kies het vorige perceel in de lijst"),

    search_hint: "Zoek een perceel",
    sort_by: "Sorteren op",
    sort_options: [
        "Uitgaven",
        "Naam",
        "Risico",
        "Kwadrant",
        "Voortgang",
        "Bespreken eerst",
    ],
    all_laws: "Alle wetten",
    law_filter: "Wet",
    all_quadrants: "Alle kwadranten",
    quadrant_filter: "Kwadrant",
    unscored_filter: "Nog niet gescoord",
    lots: "percelen",
    of: "van",
    checklist_progress: "Beantwoorde vragen van de checklist",
    no_lots: "Nog geen percelen. Voeg er een toe met Perceel > Nieuw perceel.",

    axis_risk: "Toeleveringsrisico (gemiddelde score 0-3)",
    axis_spend: "Uitgaven per jaar",
    not_on_plot: "Nog niet gescoord (niet in de matrix):",
    million: "mln",
    mean: "Gemiddeld",
    plot_label: "Kraljic-matrix",

    no_selection: "Kies links een perceel of klik op een punt in de matrix.",
    tab_scores: "Scores",
    tab_checklist: "Checklist",
    name: "Naam",
    law: "Wet",
    spend: "Uitgaven per jaar (€)",
    spend_hint: "Bijvoorbeeld 17.163.920 of 17163920,50",
    invalid_amount: "Dit is geen geldig bedrag; het is niet opgeslagen.",
    risk: "Risico",
    quadrant: "Kwadrant",
    value: "Waarde",
    notes: "Notities",
    decision: "Besluit",
    clear_score: "Wissen",
    score_all_three: "Scoor alle drie de vragen om het perceel in de matrix te plaatsen.",
    market: "Marktgegevens",
    registered_providers: "Ingeschreven aanbieders",
    clients: "Cliënten",
    top3_share: "Aandeel top 3",
    top10_share: "Aandeel top 10",

    answered: "Beantwoord",
    note: "Notitie",
    answer: "Antwoord",
    not_chosen: "(nog niet gekozen)",
    supra_regional: "Bovenregionaal",
    other_municipalities: "Andere gemeenten",
    no_municipalities: "Vul bij Instellingen de gemeenten van de werksessie in.",
    percentage: "Percentage",
    obligation: "Verplichting",
    obligations: [
        "Geen social return",
        "Inspanningsverplichting",
        "Resultaatverplichting",
    ],
    procedures: [
        "Open house (toelating, geen selectie)",
        "Openbare Europese aanbesteding",
        "Niet-openbare procedure",
        "Sociale en andere specifieke diensten (SAS)",
        "Nationaal of enkelvoudig onderhands",
        "Subsidie",
        "Inbesteden",
        "Raamovereenkomst met één aanbieder",
        "Raamovereenkomst met meerdere aanbieders",
        "Consortium",
    ],
    funding_models: [
        "Inspanningsgericht (prijs x hoeveelheid per tijdseenheid)",
        "Outputgericht (vaste prijs per resultaat of traject)",
        "Taakgericht (budget voor een taak of populatie)",
    ],
    provider_counts: [
        "Eén aanbieder",
        "Enkele geselecteerde aanbieders",
        "Een maximum aantal",
        "Open: iedereen die aan de eisen voldoet",
    ],
    provider_cap: "Maximum",
    answered_count: "beantwoord",
    all_answered: "Alle vragen van alle percelen zijn beantwoord.",
    open_questions_heading: "open vragen",
    go_to_lot: "Ga naar perceel",

    title: "Titel",
    organisation: "Organisatie",
    date: "Datum",
    date_hint: "JJJJ-MM-DD",
    invalid_date: "Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-15.",
    municipalities: "Gemeenten",
    municipalities_hint: "Eén gemeente per regel",
    value_threshold: "Waardegrens (%)",
    value_threshold_hint: "De percelen die samen dit deel van de uitgaven vormen, zijn hoog in waarde.",
    risk_threshold: "Risicogrens",
    risk_threshold_hint: "Vanaf dit gemiddelde is het toeleveringsrisico hoog (1,5 = Middel of Hoog).",
    invalid_threshold: "Buiten het toegestane bereik; niet opgeslagen.",
    close: "Sluiten",

    unsaved_title: "Niet-opgeslagen wijzigingen",
    unsaved_question: "Deze werksessie heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?",
    save_button: "Opslaan",
    discard_button: "Niet opslaan",
    cancel_button: "Annuleren",
    open_failed: "Openen mislukt",
    save_failed: "Opslaan mislukt",
    ok: "OK",
    opened_with_warnings: "Geopend, met opmerkingen",
    about_text: "Kraljic Workshop helpt regio's bij de inkoopstrategie voor jeugdhulp en Wmo: percelen scoren op impact, schaarste en omschakeling, ze plaatsen in de Kraljic-matrix en per perceel de checklist doorlopen. De methode volgt de Kraljic-analyse uit de startnotitie inkoop van de NMD-samenwerking. Alles werkt offline; uw gegevens blijven op uw computer.",
    shortcut: "Toets",
    action: "Actie",
    shortcuts_note: "In de lijst kiest u met pijl omhoog en omlaag; Tab gaat naar het volgende veld.",

    unsaved: "Niet opgeslagen",
    saved: "Opgeslagen",
    untitled: "Naamloos",
    example: "Voorbeeld (ingebouwd)",
    scored: "gescoord",
    new_workshop_title: "Nieuwe werksessie",
    new_lot_name: "Nieuw perceel",
    copy_suffix: "(kopie)",
    participants: "Deelnemers",
    add_participant: "Deelnemer toevoegen",
    remove_participant: "Verwijderen",
    new_participant_name: "Deelnemer",
    participants_hint: "Met deelnemers scoort ieder apart; de scores van het perceel worden dan de mediaan of het gemiddelde.",
    aggregation: "Scores samenvoegen met",
    aggregations: ["Mediaan", "Gemiddelde"],
    scores_per_participant: "Scores per deelnemer",
    scores_from_participants: "Deze scores volgen uit de scores van de deelnemers.",
    blind_round: "Blinde ronde",
    blind_hint: "De scores blijven verborgen tot u ze allemaal tegelijk onthult.",
    reveal: "Onthullen",
    entered: "ingevuld",
    to_discuss: "Bespreken: deelnemers verschillen 2 of meer",
    spread: "Spreiding risico",
    merge_copy: c(
        "Scores van deelnemer inlezen…",
        "Neem de scores over uit de kopie van een deelnemer (per perceel-id); verder verandert er niets",
    ),
    merged_title: "Scores ingelezen",
    compare_with: c(
        "Vergelijken met vorige ronde…",
        "Open een eerdere analyse; de matrix toont per perceel waar het toen stond",
    ),
    stop_comparing: c("Vergelijken stoppen", "Verberg de vorige ronde"),
    baseline_heading: "Vorige ronde",
    review: c(
        "Terugblik…",
        "Alle besluiten, open punten en acties van deze werksessie",
    ),
    record_heading: "Verslag",
    record_kinds: ["Besluit", "Open punt", "Actie"],
    record_plural: ["Besluiten", "Open punten", "Acties"],
    who: "Wie",
    due: "Uiterlijk",
    done: "Klaar",
    whole_workshop: "Hele werksessie",
    review_empty: "Nog niets vastgelegd. Voeg besluiten, open punten en acties toe op de kaart van een perceel of hieronder.",
    time_box: "Tijdvak per perceel (minuten)",
    time_box_hint: "Leeg laten voor geen aftelklok.",
    start_timer: "Tijd starten",
    stop_timer: "Stoppen",
    time_left: "Nog",
    time_up: "Tijd om",
    matched_with: "Komt overeen met",
    no_match: "(geen)",
    language_name: "Nederlands",
};

static ENGLISH: UiTexts = UiTexts {
    menu_file: "File",
    menu_edit: "Edit",
    menu_view: "View",
    menu_lot: "Lot",
    menu_help: "Help",
    recent_files: "Recent files",
    no_recent_files: "(none yet)",
    new: c("New workshop", "Start an empty workshop"),
    open: c("Open…", "Open a workshop file (.kraljic.ron)"),
    save: c("Save", "Save the workshop"),
    save_as: c("Save as…", "Save the workshop under a new name"),
    quit: c("Quit", "Close the program"),
    undo: c("Undo", "Undo the last change"),
    redo: c("Redo", "Redo the change that was undone"),
    zoom_in: c("Zoom in", "Make everything larger"),
    zoom_out: c("Zoom out", "Make everything smaller"),
    zoom_reset: c("Actual size", "Back to 100%"),
    toggle_theme: c("Light or dark theme", "Switch between light and dark"),
    toggle_language: c("Taal: Nederlands", "Zet de interface in het Nederlands"),
    present: c(
        "Present",
        "Full screen with only the matrix and the lot, in large type",
    ),
    leave_presentation: c("Leave presentation", "Back to the normal window"),
    hide_amounts: c(
        "Hide amounts",
        "Show spend as ABC bands instead of euros (when providers are watching)",
    ),
    amounts_hidden: "amounts hidden",
    band: "band",
    settings: c(
        "Workshop settings…",
        "Title, date, municipalities and the matrix thresholds",
    ),
    open_questions: c(
        "Open questions…",
        "Every unanswered checklist question, by lot",
    ),
    score_none: c(
        "Score 0 (None)",
        "Give the chosen question of this lot score 0",
    ),
    score_low: c(
        "Score 1 (Low)",
        "Give the chosen question of this lot score 1",
    ),
    score_medium: c(
        "Score 2 (Medium)",
        "Give the chosen question of this lot score 2",
    ),
    score_high: c(
        "Score 3 (High)",
        "Give the chosen question of this lot score 3",
    ),
    score_impact: c("Score impact", "The number keys now score impact"),
    score_scarcity: c("Score scarcity", "The number keys now score scarcity"),
    score_switching: c("Score switching", "The number keys now score switching"),
    next_criterion: c("Next question", "The number keys score the next question"),
    next_unscored: c(
        "Next unscored lot",
        "Select the next lot that is not yet scored",
    ),
    menu_scoring: "Scoring by keyboard",
    keyboard_target: "number keys",
    shortcuts: c("Keyboard shortcuts", "All keyboard shortcuts"),
    about: c(
        "About Kraljic Workshop",
        "Version and where the method comes from",
    ),
    add_lot: c("New lot", "Add a lot"),
    duplicate_lot: c("Duplicate lot", "Copy the selected lot"),
    delete_lot: c("Delete lot", "Delete the selected lot (can be undone)"),
    next_lot: c("Next lot", "Select the next lot in the list"),
    previous_lot: c("Previous lot", "Select the previous lot in the list"),

    search_hint: "Find a lot",
    sort_by: "Sort by",
    sort_options: [
        "Spend",
        "Name",
        "Risk",
        "Quadrant",
        "Progress",
        "To discuss first",
    ],
    all_laws: "All laws",
    law_filter: "Law",
    all_quadrants: "All quadrants",
    quadrant_filter: "Quadrant",
    unscored_filter: "Not yet scored",
    lots: "lots",
    of: "of",
    checklist_progress: "Answered checklist questions",
    no_lots: "No lots yet. Add one with Lot > New lot.",

    axis_risk: "Supply risk (mean score 0-3)",
    axis_spend: "Annual spend",
    not_on_plot: "Not yet scored (not on the matrix):",
    million: "mln",
    mean: "Mean",
    plot_label: "Kraljic matrix",

    no_selection: "Choose a lot on the left or click a point in the matrix.",
    tab_scores: "Scores",
    tab_checklist: "Checklist",
    name: "Name",
    law: "Law",
    spend: "Annual spend (€)",
    spend_hint: "For example 17.163.920 or 17163920,50",
    invalid_amount: "This is not a valid amount; it was not stored.",
    risk: "Risk",
    quadrant: "Quadrant",
    value: "Value",
    notes: "Notes",
    decision: "Decision",
    clear_score: "Clear",
    score_all_three: "Score all three questions to place the lot on the matrix.",
    market: "Market figures",
    registered_providers: "Registered providers",
    clients: "Clients",
    top3_share: "Share of top 3",
    top10_share: "Share of top 10",

    answered: "Answered",
    note: "Note",
    answer: "Answer",
    not_chosen: "(not chosen yet)",
    supra_regional: "Supra-regional",
    other_municipalities: "Other municipalities",
    no_municipalities: "Add the workshop's municipalities in Settings.",
    percentage: "Percentage",
    obligation: "Obligation",
    obligations: [
        "No social return",
        "Best-effort obligation",
        "Result obligation",
    ],
    procedures: [
        "Open house (admission, no selection)",
        "Open European tender",
        "Restricted procedure",
        "Social and other specific services (light regime)",
        "National or single-quote procedure",
        "Subsidy",
        "In-house",
        "Framework agreement with one provider",
        "Framework agreement with several providers",
        "Consortium",
    ],
    funding_models: [
        "Effort-based (price x quantity per time unit)",
        "Output-based (fixed price per result or trajectory)",
        "Task-based (budget for a task or population)",
    ],
    provider_counts: [
        "One provider",
        "A few selected providers",
        "A maximum number",
        "Open: everyone who meets the requirements",
    ],
    provider_cap: "Maximum",
    answered_count: "answered",
    all_answered: "Every question of every lot is answered.",
    open_questions_heading: "open questions",
    go_to_lot: "Go to lot",

    title: "Title",
    organisation: "Organisation",
    date: "Date",
    date_hint: "YYYY-MM-DD",
    invalid_date: "Write the date as YYYY-MM-DD, for example 2026-03-15.",
    municipalities: "Municipalities",
    municipalities_hint: "One municipality per line",
    value_threshold: "Value threshold (%)",
    value_threshold_hint: "The lots that together make up this share of spend are high value.",
    risk_threshold: "Risk threshold",
    risk_threshold_hint: "From this mean the supply risk is high (1,5 = Medium or High).",
    invalid_threshold: "Out of range; not stored.",
    close: "Close",

    unsaved_title: "Unsaved changes",
    unsaved_question: "This workshop has changes that have not been saved. Do you want to save them?",
    save_button: "Save",
    discard_button: "Don't save",
    cancel_button: "Cancel",
    open_failed: "Could not open",
    save_failed: "Could not save",
    ok: "OK",
    opened_with_warnings: "Opened, with remarks",
    about_text: "Kraljic Workshop helps regions with the procurement strategy for youth care and social support: score lots on impact, scarcity and switching, place them on the Kraljic matrix, and walk through the checklist for each lot. The method follows the Kraljic analysis in the procurement plan of the NMD collaboration. Everything works offline; your data stays on your computer.",
    shortcut: "Key",
    action: "Action",
    shortcuts_note: "In the list, choose with the up and down arrows; Tab moves to the next field.",

    unsaved: "Not saved",
    saved: "Saved",
    untitled: "Untitled",
    example: "Example (built in)",
    scored: "scored",
    new_workshop_title: "New workshop",
    new_lot_name: "New lot",
    copy_suffix: "(copy)",
    participants: "Participants",
    add_participant: "Add participant",
    remove_participant: "Remove",
    new_participant_name: "Participant",
    participants_hint: "With participants everyone scores separately; the lot's scores are then the median or the mean.",
    aggregation: "Combine scores by",
    aggregations: ["Median", "Mean"],
    scores_per_participant: "Scores per participant",
    scores_from_participants: "These scores follow from the participants' scores.",
    blind_round: "Blind round",
    blind_hint: "The scores stay hidden until you reveal them all at once.",
    reveal: "Reveal",
    entered: "entered",
    to_discuss: "To discuss: participants differ by 2 or more",
    spread: "Spread of risk",
    merge_copy: c(
        "Read a participant's scores…",
        "Take the scores from a participant's copy (by lot id); nothing else changes",
    ),
    merged_title: "Scores read",
    compare_with: c(
        "Compare with an earlier round…",
        "Open an earlier analysis; the matrix shows where each lot stood then",
    ),
    stop_comparing: c("Stop comparing", "Hide the earlier round"),
    baseline_heading: "Earlier round",
    review: c(
        "Review…",
        "Every decision, open issue and action of this workshop",
    ),
    record_heading: "Record",
    record_kinds: ["Decision", "Open issue", "Action"],
    record_plural: ["Decisions", "Open issues", "Actions"],
    who: "Who",
    due: "By",
    done: "Done",
    whole_workshop: "Whole workshop",
    review_empty: "Nothing recorded yet. Add decisions, open issues and actions on a lot's card or below.",
    time_box: "Time box per lot (minutes)",
    time_box_hint: "Leave empty for no countdown.",
    start_timer: "Start time",
    stop_timer: "Stop",
    time_left: "Left",
    time_up: "Time is up",
    matched_with: "Matches",
    no_match: "(none)",
    language_name: "English",
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of a language, read from its debug form (a struct of string literals).
    fn texts(lang: Lang) -> Vec<String> {
        let debug = format!("{:?}", lang.ui());
        let mut texts = Vec::new();
        let mut rest = debug.as_str();
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let mut end = 0;
            let mut escaped = false;
            for (i, ch) in after.char_indices() {
                match ch {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => {
                        end = i;
                        break;
                    }
                    _ => escaped = false,
                }
            }
            texts.push(after[..end].to_string());
            rest = &after[end + 1..];
        }
        texts
    }

    #[test]
    fn both_languages_have_every_text_and_none_is_empty() {
        let dutch = texts(Lang::Dutch);
        let english = texts(Lang::English);
        assert!(dutch.len() > 150, "{}", dutch.len());
        assert_eq!(dutch.len(), english.len());
        for (nl, en) in dutch.iter().zip(&english) {
            assert!(
                !nl.trim().is_empty() && !en.trim().is_empty(),
                "{nl:?} / {en:?}"
            );
        }
    }

    #[test]
    fn english_is_not_dutch_left_untranslated() {
        let dutch = texts(Lang::Dutch);
        let english = texts(Lang::English);
        let same: Vec<_> = dutch
            .iter()
            .zip(&english)
            .filter(|(nl, en)| nl == en && nl.split_whitespace().count() > 2)
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }
}
