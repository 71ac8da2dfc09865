//! Texts of choosing files: the built-in file chooser, the kinds of file, the choice between
//! the system's dialog and the built-in one, and what happens when the system's dialog fails.

use super::Lang;

/// The texts of choosing files.
#[derive(Debug)]
pub struct FileTexts {
    /// Chooser title: open a workshop.
    pub open_title: &'static str,
    /// Chooser title: save a workshop.
    pub save_title: &'static str,
    /// Chooser title: a spreadsheet to import.
    pub import_title: &'static str,
    /// Chooser title: where to write an export.
    pub export_title: &'static str,
    /// Chooser title: a participant's copy.
    pub copy_title: &'static str,
    /// Chooser title: an earlier round.
    pub baseline_title: &'static str,
    /// The earlier round has no scored lots.
    pub baseline_unscored: &'static str,
    /// The new-workshop window: its question.
    pub new_how: &'static str,
    /// The new-workshop window: start from another workshop file.
    pub new_from_file: &'static str,
    /// What starting from another file takes over.
    pub new_from_file_hint: &'static str,
    /// The new-workshop window: start.
    pub new_start: &'static str,
    /// Chooser title: the workshop to start from.
    pub template_title: &'static str,
    /// Button: the folder above.
    pub up: &'static str,
    /// Before the folder shown.
    pub folder: &'static str,
    /// The path field's label.
    pub path_field: &'static str,
    /// Heading of the recent files.
    pub recent: &'static str,
    /// Button: open.
    pub open: &'static str,
    /// Button: save.
    pub save: &'static str,
    /// Button: cancel.
    pub cancel: &'static str,
    /// A folder without anything to show.
    pub empty_folder: &'static str,
    /// A folder that cannot be read.
    pub unreadable_folder: &'static str,
    /// Nothing typed.
    pub type_a_name: &'static str,
    /// The typed file does not exist.
    pub does_not_exist: &'static str,
    /// The folder to save in does not exist.
    pub no_such_folder: &'static str,
    /// Before the path of a file that exists.
    pub exists_already: &'static str,
    /// Overwrite question.
    pub overwrite_question: &'static str,
    /// Button: overwrite.
    pub overwrite: &'static str,
    /// Button: choose another name.
    pub choose_other: &'static str,
    /// Kinds of file: workshop files.
    pub kind_workshop: &'static str,
    /// Kinds of file: spreadsheets.
    pub kind_spreadsheet: &'static str,
    /// Kinds of file: before an export's extension.
    pub kind_export: &'static str,
    /// Settings: label of the chooser preference.
    pub chooser_setting: &'static str,
    /// Settings: the three choices (automatic, system, built-in).
    pub chooser_choices: [&'static str; 3],
    /// Settings: what the choices mean.
    pub chooser_hint: &'static str,
    /// The system dialog failed: title.
    pub system_failed_title: &'static str,
    /// The system dialog failed: what happened and the way out.
    pub system_failed_text: &'static str,
    /// A read on a worker stopped without a result: "{file}" is filled in.
    pub read_stopped: &'static str,
}

const DUTCH: FileTexts = FileTexts {
    open_title: "Werksessie openen",
    save_title: "Werksessie opslaan",
    import_title: "Spreadsheet importeren",
    export_title: "Exporteren naar",
    copy_title: "Scores van een deelnemer inlezen",
    new_how: "Hoe wilt u beginnen?",
    new_from_file: "Uit een ander werksessiebestand…",
    new_from_file_hint: "Neemt de instellingen, gemeenten, deelnemers, kaders en checklist over, zonder percelen en scores. Zo begint een regio zonder eigen sjabloon.",
    new_start: "Beginnen",
    template_title: "Werksessie om mee te beginnen",
    baseline_title: "Eerdere ronde openen",
    baseline_unscored: "Dit bestand heeft geen gescoorde percelen. De matrix laat daarom geen eerdere plaatsen en geen pijlen zien; kies een bestand waarin percelen gescoord zijn.",
    up: "Map hoger",
    folder: "Map:",
    path_field: "Bestand:",
    recent: "Recent gebruikt",
    open: "Openen",
    save: "Opslaan",
    cancel: "Annuleren",
    empty_folder: "Geen mappen of passende bestanden in deze map.",
    unreadable_folder: "Deze map kan niet gelezen worden",
    type_a_name: "Typ een bestandsnaam of kies een bestand in de lijst.",
    does_not_exist: "Dit bestand bestaat niet:",
    no_such_folder: "Deze map bestaat niet:",
    exists_already: "Dit bestand bestaat al:",
    overwrite_question: "Wilt u het vervangen? De huidige inhoud gaat dan verloren.",
    overwrite: "Vervangen",
    choose_other: "Andere naam kiezen",
    kind_workshop: "Werksessies (.kraljic.ron)",
    kind_spreadsheet: "Spreadsheets (.xlsx, .xls, .ods, .csv)",
    kind_export: "Bestanden",
    chooser_setting: "Bestandskiezer",
    chooser_choices: ["automatisch", "systeem", "ingebouwd"],
    chooser_hint: "Automatisch: het venster van het systeem als dat kan verschijnen, anders de ingebouwde kiezer.",
    system_failed_title: "Het bestandsvenster van het systeem opende niet",
    system_failed_text: "Het systeem kon geen venster tonen om een bestand te kiezen (er is geen bureaubladportaal of zenity). De ingebouwde bestandskiezer staat nu open; hij blijft in gebruik tot het programma sluit. Kies hem vast in Instellingen, bij Bestandskiezer.",
    read_stopped: "Het lezen van {file} stopte onverwacht. Er is niets veranderd. Probeer het nog eens; lukt het weer niet, open het bestand dan in Excel of LibreOffice en sla het opnieuw op.",
};

const ENGLISH: FileTexts = FileTexts {
    open_title: "Open workshop",
    save_title: "Save workshop",
    import_title: "Import a spreadsheet",
    export_title: "Export to",
    copy_title: "Read a participant's scores",
    new_how: "How do you want to start?",
    new_from_file: "From another workshop file…",
    new_from_file_hint: "Takes over its settings, municipalities, participants, kaders and checklist, without lots and scores. A region without a template of its own starts this way.",
    new_start: "Start",
    template_title: "Workshop to start from",
    baseline_title: "Open an earlier round",
    baseline_unscored: "This file has no scored lots. The matrix therefore shows no earlier places and no arrows; choose a file in which lots are scored.",
    up: "Folder up",
    folder: "Folder:",
    path_field: "File:",
    recent: "Recently used",
    open: "Open",
    save: "Save",
    cancel: "Cancel",
    empty_folder: "No folders or matching files in this folder.",
    unreadable_folder: "This folder cannot be read",
    type_a_name: "Type a file name or pick a file in the list.",
    does_not_exist: "This file does not exist:",
    no_such_folder: "This folder does not exist:",
    exists_already: "This file exists already:",
    overwrite_question: "Do you want to replace it? Its current content will be lost.",
    overwrite: "Replace",
    choose_other: "Choose another name",
    kind_workshop: "Workshops (.kraljic.ron)",
    kind_spreadsheet: "Spreadsheets (.xlsx, .xls, .ods, .csv)",
    kind_export: "Files",
    chooser_setting: "File chooser",
    chooser_choices: ["automatic", "system", "built-in"],
    chooser_hint: "Automatic: the system's window when it can appear, otherwise the built-in chooser.",
    system_failed_title: "The system's file window did not open",
    system_failed_text: "The system could not show a window to choose a file (there is no desktop portal and no zenity). The built-in file chooser is open now and stays in use until the program closes. Choose it for good in Settings, under File chooser.",
    read_stopped: "Reading {file} stopped unexpectedly. Nothing was changed. Try again; if it fails again, open the file in Excel or LibreOffice and save it anew.",
};

impl Lang {
    /// The texts of choosing files.
    pub fn files(self) -> &'static FileTexts {
        match self {
            Lang::Dutch => &DUTCH,
            Lang::English => &ENGLISH,
        }
    }
}
