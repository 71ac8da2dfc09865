//! The texts of the workshop file's errors and problems, in both languages.
//!
//! Each message says what is wrong, where, and what to do.

use std::io;

use super::{LoadError, Position, Problem, ProblemKind, SaveError, SyntaxProblem};
use crate::locale::Lang;
use crate::locale::number::{format_decimal, format_euro};
use crate::model::Settings;
use crate::model::limits::{MAX_PARALLEL, TIME_BOX_MINUTES};

fn place(position: Option<Position>, lang: Lang) -> String {
    match (position, lang) {
        (Some(p), Lang::Dutch) => format!("regel {}, kolom {}: ", p.line, p.column),
        (Some(p), Lang::English) => format!("line {}, column {}: ", p.line, p.column),
        (None, _) => String::new(),
    }
}

fn of_lot(lot: &Option<String>, lang: Lang) -> String {
    match (lot, lang) {
        (Some(name), Lang::Dutch) => format!(" van perceel '{name}'"),
        (Some(name), Lang::English) => format!(" of lot '{name}'"),
        (None, _) => String::new(),
    }
}

/// One problem in a file, as one sentence starting with its place.
pub fn problem(problem: &Problem, lang: Lang) -> String {
    use ProblemKind as K;
    let at = place(problem.position, lang);
    let lot = of_lot(&problem.lot, lang);
    let kind = &problem.kind;
    let what = match kind {
        K::ScoreOutOfRange { .. }
        | K::NegativeSpend { .. }
        | K::ValueThresholdOutOfRange { .. }
        | K::RiskThresholdOutOfRange { .. }
        | K::PercentOutOfRange { .. }
        | K::ZeroProviders
        | K::MaxParallelOutOfRange { .. }
        | K::TimeBoxOutOfRange { .. }
        | K::SplitMarginOutOfRange { .. }
        | K::WeightsOutOfRange { .. }
        | K::PhaseMonthsOutOfRange { .. }
        | K::NegativeTotal { .. }
        | K::InvalidDate { .. } => out_of_range(kind, &lot, lang),
        K::DuplicateId { .. }
        | K::DuplicateName
        | K::EmptyName
        | K::DuplicateParticipant { .. }
        | K::DuplicateKader { .. }
        | K::DuplicateTender { .. } => twice(kind, &lot, lang),
        K::UnknownKader { .. }
        | K::UnknownLotInPlan { .. }
        | K::LotInTwoTenders { .. }
        | K::ContractDatesOutOfOrder { .. }
        | K::UnknownLot { .. }
        | K::UnknownParticipant { .. } => missing(kind, &lot, lang),
        K::UnknownChoice { .. }
        | K::ChecklistChoiceNotTaken { .. }
        | K::TextCleaned { .. }
        | K::UnknownField { .. }
        | K::UnknownChecklist { .. }
        | K::BadScale { .. } => left_out(kind, &lot, lang),
    };
    format!("{at}{what}")
}

/// A value outside what it may be.
fn out_of_range(kind: &ProblemKind, lot: &str, lang: Lang) -> String {
    let t = lang.texts();
    match (kind, lang) {
        (ProblemKind::ScoreOutOfRange { criterion, value }, Lang::Dutch) => format!(
            "score {value} valt buiten 0-3 voor '{}'{lot}",
            t.criterion(*criterion).to_lowercase()
        ),
        (ProblemKind::ScoreOutOfRange { criterion, value }, Lang::English) => {
            format!(
                "score {value} is out of range 0-3 for '{}'{lot}",
                criterion.code()
            )
        }
        (ProblemKind::NegativeSpend { spend }, Lang::Dutch) => {
            format!("de uitgaven{lot} zijn negatief ({})", format_euro(*spend))
        }
        (ProblemKind::NegativeSpend { spend }, Lang::English) => {
            format!("the spend{lot} is negative ({})", format_euro(*spend))
        }
        (ProblemKind::ValueThresholdOutOfRange { value }, Lang::Dutch) => {
            format!("de waardegrens {value}% moet boven 0 en ten hoogste 100 liggen")
        }
        (ProblemKind::ValueThresholdOutOfRange { value }, Lang::English) => {
            format!("the value threshold {value}% must be above 0 and at most 100")
        }
        (ProblemKind::RiskThresholdOutOfRange { value }, Lang::Dutch) => {
            format!("de risicogrens {value} moet tussen 0 en 3 liggen")
        }
        (ProblemKind::RiskThresholdOutOfRange { value }, Lang::English) => {
            format!("the risk threshold {value} must be between 0 and 3")
        }
        (ProblemKind::PercentOutOfRange { value }, Lang::Dutch) => {
            format!("het percentage {value}{lot} moet tussen 0 en 100 liggen")
        }
        (ProblemKind::PercentOutOfRange { value }, Lang::English) => {
            format!("the percentage {value}{lot} must be between 0 and 100")
        }
        (ProblemKind::ZeroProviders, Lang::Dutch) => {
            format!("een maximum van 0 aanbieders{lot} kan niet; kies minstens 1")
        }
        (ProblemKind::ZeroProviders, Lang::English) => {
            format!("a cap of 0 providers{lot} is not possible; choose at least 1")
        }
        (ProblemKind::MaxParallelOutOfRange { value }, Lang::Dutch) => format!(
            "het maximum van {value} aanbestedingen tegelijk ligt buiten {} tot en met {}; het is weggelaten, stel het opnieuw in bij de instellingen van de werksessie",
            MAX_PARALLEL.start(),
            MAX_PARALLEL.end()
        ),
        (ProblemKind::MaxParallelOutOfRange { value }, Lang::English) => format!(
            "the maximum of {value} tenders at once is outside {} to {}; it was left out, set it again in the workshop settings",
            MAX_PARALLEL.start(),
            MAX_PARALLEL.end()
        ),
        (ProblemKind::TimeBoxOutOfRange { value }, Lang::Dutch) => format!(
            "het tijdvak van {value} minuten per perceel ligt buiten {} tot en met {}; het is weggelaten, stel het opnieuw in bij de instellingen van de werksessie",
            TIME_BOX_MINUTES.start(),
            TIME_BOX_MINUTES.end()
        ),
        (ProblemKind::TimeBoxOutOfRange { value }, Lang::English) => format!(
            "the time box of {value} minutes per lot is outside {} to {}; it was left out, set it again in the workshop settings",
            TIME_BOX_MINUTES.start(),
            TIME_BOX_MINUTES.end()
        ),
        (ProblemKind::WeightsOutOfRange { weights }, Lang::Dutch) => format!(
            "de gewichten {} liggen niet tussen 0 en {} of zijn alle drie 0; alle criteria wegen even zwaar",
            weights.map(|w| format_decimal(w, 1)).join(", "),
            crate::model::limits::WEIGHT_MAX
        ),
        (ProblemKind::WeightsOutOfRange { weights }, Lang::English) => format!(
            "the weights {} are not between 0 and {} or are all 0; every criterion weighs the same",
            weights.map(|w| format_decimal(w, 1)).join(", "),
            crate::model::limits::WEIGHT_MAX
        ),
        (ProblemKind::SplitMarginOutOfRange { value }, Lang::Dutch) => format!(
            "de marge van {} procentpunt rond de waardegrens ligt buiten 0 tot en met {}; de standaard van {} is gebruikt",
            format_decimal(*value, 1),
            crate::model::limits::SPLIT_MARGIN_MAX,
            format_decimal(Settings::DEFAULT_SPLIT_MARGIN_PCT, 0)
        ),
        (ProblemKind::SplitMarginOutOfRange { value }, Lang::English) => format!(
            "the margin of {} percentage points around the value split is outside 0 to {}; the default of {} was used",
            format_decimal(*value, 1),
            crate::model::limits::SPLIT_MARGIN_MAX,
            format_decimal(Settings::DEFAULT_SPLIT_MARGIN_PCT, 0)
        ),
        (ProblemKind::PhaseMonthsOutOfRange { found }, Lang::Dutch) => format!(
            "de duur van de fasen {found:?} klopt niet: schrijf zeven hele maanden van 0 tot en met 36, bijvoorbeeld [2, 3, 2, 3, 2, 4, 2]"
        ),
        (ProblemKind::PhaseMonthsOutOfRange { found }, Lang::English) => format!(
            "the phase durations {found:?} are wrong: write seven whole months of 0 to 36, for example [2, 3, 2, 3, 2, 4, 2]"
        ),
        (ProblemKind::NegativeTotal { value }, Lang::Dutch) => {
            format!(
                "het gerapporteerde totaal is negatief ({})",
                format_euro(*value)
            )
        }
        (ProblemKind::NegativeTotal { value }, Lang::English) => {
            format!("the reported total is negative ({})", format_euro(*value))
        }
        (ProblemKind::InvalidDate { text }, Lang::Dutch) => {
            format!("'{text}' is geen datum; schrijf die als JJJJ-MM-DD, bijvoorbeeld 2026-03-15")
        }
        (ProblemKind::InvalidDate { text }, Lang::English) => {
            format!("'{text}' is not a date; write it as YYYY-MM-DD, for example 2026-03-15")
        }
        _ => String::new(),
    }
}

/// Something that must be unique occurs twice, or a name is missing.
fn twice(kind: &ProblemKind, lot: &str, lang: Lang) -> String {
    match (kind, lang) {
        (ProblemKind::DuplicateId { id, first_lot }, Lang::Dutch) => format!(
            "id {id}{lot} is al in gebruik bij perceel '{first_lot}'; elk perceel heeft een eigen id"
        ),
        (ProblemKind::DuplicateId { id, first_lot }, Lang::English) => {
            format!("id {id}{lot} is already used by lot '{first_lot}'; every lot needs its own id")
        }
        (ProblemKind::DuplicateName, Lang::Dutch) => {
            format!(
                "er is al een perceel met de naam{}",
                lot.replace(" van perceel", "")
            )
        }
        (ProblemKind::DuplicateName, Lang::English) => {
            format!("there is already a lot named{}", lot.replace(" of lot", ""))
        }
        (ProblemKind::EmptyName, Lang::Dutch) => "een perceel heeft geen naam".to_string(),
        (ProblemKind::EmptyName, Lang::English) => "a lot has no name".to_string(),
        (ProblemKind::DuplicateParticipant { id }, Lang::Dutch) => {
            format!("deelnemer-id {id} komt twee keer voor; elke deelnemer heeft een eigen id")
        }
        (ProblemKind::DuplicateParticipant { id }, Lang::English) => {
            format!("participant id {id} occurs twice; every participant needs an id of its own")
        }
        (ProblemKind::DuplicateKader { id }, Lang::Dutch) => {
            format!("kader-id {id} komt twee keer voor; elk kader heeft een eigen id")
        }
        (ProblemKind::DuplicateKader { id }, Lang::English) => {
            format!("kader id {id} occurs twice; every kader needs an id of its own")
        }
        (ProblemKind::DuplicateTender { id }, Lang::Dutch) => {
            format!(
                "aanbesteding-id {id} komt twee keer voor; elke aanbesteding heeft een eigen id"
            )
        }
        (ProblemKind::DuplicateTender { id }, Lang::English) => {
            format!("tender id {id} occurs twice; every tender needs an id of its own")
        }
        _ => String::new(),
    }
}

/// A reference to something the file does not have, or dates out of order.
fn missing(kind: &ProblemKind, lot: &str, lang: Lang) -> String {
    match (kind, lang) {
        (ProblemKind::UnknownKader { id }, Lang::Dutch) => format!(
            "een antwoord op kader {id}{lot}, maar dat kader staat niet in de lijst `kaders`; het is weggelaten en gaat verloren bij opslaan"
        ),
        (ProblemKind::UnknownKader { id }, Lang::English) => format!(
            "an answer to kader {id}{lot}, but that kader is not in the list `kaders`; it was left out and will be lost when saving"
        ),
        (ProblemKind::UnknownLotInPlan { id }, Lang::Dutch) => format!(
            "perceel {id} bestaat niet in deze werksessie; het is uit de planning weggelaten en gaat verloren bij opslaan"
        ),
        (ProblemKind::UnknownLotInPlan { id }, Lang::English) => format!(
            "lot {id} is not in this workshop; it was left out of the plan and will be lost when saving"
        ),
        (ProblemKind::LotInTwoTenders { id }, Lang::Dutch) => format!(
            "perceel {id} staat al in een andere aanbesteding; een perceel hoort bij één aanbesteding, dus het is hier weggelaten"
        ),
        (ProblemKind::LotInTwoTenders { id }, Lang::English) => format!(
            "lot {id} is already in another tender; a lot belongs to one tender, so it was left out here"
        ),
        (ProblemKind::ContractDatesOutOfOrder { name }, Lang::Dutch) => format!(
            "het contract '{name}' eindigt voordat het begint, of is verlengbaar tot voor het einde; het is zo gelezen, zet de data goed onder Perceel > Lopende contracten"
        ),
        (ProblemKind::ContractDatesOutOfOrder { name }, Lang::English) => format!(
            "the contract '{name}' ends before it starts, or can be extended only to a day before its end; it was read as written, put the dates right under Lot > Current contracts"
        ),
        (ProblemKind::UnknownLot { id }, Lang::Dutch) => {
            format!(
                "dit punt van het verslag hoort bij perceel {id}, maar dat perceel bestaat niet; het hoort nu bij de hele werksessie"
            )
        }
        (ProblemKind::UnknownLot { id }, Lang::English) => {
            format!(
                "this item of the record is about lot {id}, but there is no such lot; it now belongs to the whole workshop"
            )
        }
        (ProblemKind::UnknownParticipant { id }, Lang::Dutch) => {
            format!(
                "scores van deelnemer {id}{lot}, maar die deelnemer staat niet in de lijst `participants`"
            )
        }
        (ProblemKind::UnknownParticipant { id }, Lang::English) => {
            format!(
                "scores of participant {id}{lot}, but that participant is not in the `participants` list"
            )
        }
        _ => String::new(),
    }
}

/// What was read differently or left out, and will be lost when saving.
fn left_out(kind: &ProblemKind, lot: &str, lang: Lang) -> String {
    match (kind, lang) {
        (ProblemKind::UnknownChoice { text }, Lang::Dutch) => format!(
            "de keuze '{text}'{lot} is onbekend in deze versie en is weggelaten; het gaat verloren bij opslaan"
        ),
        (ProblemKind::UnknownChoice { text }, Lang::English) => format!(
            "the choice '{text}'{lot} is not known to this version and was left out; it will be lost when saving"
        ),
        (ProblemKind::ChecklistChoiceNotTaken { old }, Lang::Dutch) => format!(
            "het oude checklistantwoord '{old}'{lot} is niet overgenomen in de strategie, die daar al iets anders zegt; het gaat verloren bij opslaan"
        ),
        (ProblemKind::ChecklistChoiceNotTaken { old }, Lang::English) => format!(
            "the old checklist answer '{old}'{lot} was not taken over into the strategy, which already says something else there; it will be lost when saving"
        ),
        (ProblemKind::TextCleaned { changes }, _) => {
            let changes = crate::locale::cleaning::changes(*changes, lang);
            match lang {
                Lang::Dutch => {
                    format!("de tekst{lot} is opgeschoond ({changes}); sla op om dit te houden")
                }
                Lang::English => {
                    format!("the text{lot} was cleaned ({changes}); save to keep this")
                }
            }
        }
        (ProblemKind::UnknownChecklist { name }, Lang::Dutch) => format!(
            "de checklist '{name}' kent deze versie niet; de checklist van NMD 2023 wordt gebruikt, en de antwoorden blijven bewaard onder hun vraag"
        ),
        (ProblemKind::UnknownChecklist { name }, Lang::English) => format!(
            "this version does not know the checklist '{name}'; NMD 2023's checklist is used, and the answers are kept under their questions"
        ),
        (ProblemKind::BadScale { reason }, Lang::Dutch) => format!(
            "de beschrijving van de niveaus is onvolledig ({}); de standaardbeschrijving wordt gebruikt en bij opslaan bewaard",
            reason.describe(lang)
        ),
        (ProblemKind::BadScale { reason }, Lang::English) => format!(
            "the description of the levels is incomplete ({}); the standard one is used and kept when saving",
            reason.describe(lang)
        ),
        (ProblemKind::UnknownField { field }, Lang::Dutch) => format!(
            "het veld '{field}' is onbekend en is overgeslagen; het gaat verloren bij opslaan"
        ),
        (ProblemKind::UnknownField { field }, Lang::English) => {
            format!("the field '{field}' is not known and was skipped; it will be lost when saving")
        }

        _ => String::new(),
    }
}

fn io_reason(error: &io::Error, lang: Lang) -> String {
    use io::ErrorKind as K;
    match (error.kind(), lang) {
        (K::NotFound, Lang::Dutch) => "het bestand of de map bestaat niet".to_string(),
        (K::NotFound, Lang::English) => "the file or folder does not exist".to_string(),
        (K::PermissionDenied, Lang::Dutch) => "u heeft geen toestemming".to_string(),
        (K::PermissionDenied, Lang::English) => "permission was denied".to_string(),
        (K::IsADirectory, Lang::Dutch) => "dit is een map, geen bestand".to_string(),
        (K::IsADirectory, Lang::English) => "this is a folder, not a file".to_string(),
        (K::StorageFull, Lang::Dutch) => "de schijf is vol".to_string(),
        (K::StorageFull, Lang::English) => "the disk is full".to_string(),
        (K::ReadOnlyFilesystem, Lang::Dutch) => "de schijf is alleen-lezen".to_string(),
        (K::ReadOnlyFilesystem, Lang::English) => "the disk is read-only".to_string(),
        (_, Lang::Dutch) => format!("het systeem meldt: {error}"),
        (_, Lang::English) => format!("the system says: {error}"),
    }
}

fn syntax(problem: &SyntaxProblem, lang: Lang) -> String {
    match (problem, lang) {
        (SyntaxProblem::UnexpectedEnd, Lang::Dutch) => {
            "het bestand houdt midden in een waarde op; \
             het is waarschijnlijk afgebroken bij kopiëren of opslaan. Open de reservekopie (.bak) \
             of een eerdere versie"
                .to_string()
        }
        (SyntaxProblem::UnexpectedEnd, Lang::English) => {
            "the file stops in the middle of a value; \
             it was probably cut off while copying or saving. Open the backup (.bak) or an \
             earlier copy"
                .to_string()
        }
        (SyntaxProblem::TooDeep, Lang::Dutch) => format!(
            "de haakjes zijn dieper genest dan {} niveaus; zo ziet een werksessiebestand er nooit uit",
            crate::format::MAX_NESTING
        ),
        (SyntaxProblem::TooDeep, Lang::English) => format!(
            "brackets are nested more than {} levels deep; a workshop file never looks like this",
            crate::format::MAX_NESTING
        ),
        (SyntaxProblem::MissingField(field), Lang::Dutch) => {
            format!("het verplichte veld '{field}' ontbreekt")
        }
        (SyntaxProblem::MissingField(field), Lang::English) => {
            format!("the required field '{field}' is missing")
        }
        (SyntaxProblem::DuplicateField(field), Lang::Dutch) => {
            format!("het veld '{field}' staat er twee keer")
        }
        (SyntaxProblem::DuplicateField(field), Lang::English) => {
            format!("the field '{field}' appears twice")
        }
        (SyntaxProblem::WrongKind { expected }, Lang::Dutch) => {
            format!("deze waarde heeft niet de juiste vorm (verwacht: {expected})")
        }
        (SyntaxProblem::WrongKind { expected }, Lang::English) => {
            format!("this value does not have the right form (expected: {expected})")
        }
        (SyntaxProblem::UnknownChoice { found, expected }, Lang::Dutch) => format!(
            "'{found}' is geen toegestane keuze; kies uit {}",
            expected.join(", ")
        ),
        (SyntaxProblem::UnknownChoice { found, expected }, Lang::English) => format!(
            "'{found}' is not an allowed choice; choose one of {}",
            expected.join(", ")
        ),
        (SyntaxProblem::Other(reader), Lang::Dutch) => {
            format!("de tekst is hier niet leesbaar (de lezer meldt: {reader})")
        }
        (SyntaxProblem::Other(reader), Lang::English) => {
            format!("the text cannot be read here (the reader says: {reader})")
        }
    }
}

/// Why a file could not be opened, in plain words.
pub fn load_error(error: &LoadError, lang: Lang) -> String {
    match (error, lang) {
        (LoadError::Read { path, source }, Lang::Dutch) => format!(
            "Het bestand {} kan niet worden gelezen: {}.",
            path.display(),
            io_reason(source, lang)
        ),
        (LoadError::Read { path, source }, Lang::English) => format!(
            "The file {} cannot be read: {}.",
            path.display(),
            io_reason(source, lang)
        ),
        (LoadError::TooLarge { size, limit }, Lang::Dutch) => format!(
            "Het bestand is te groot ({} MB; de grens is {} MB). Een werksessiebestand is veel \
             kleiner; kies het juiste bestand.",
            size / 1_000_000,
            limit / 1_000_000
        ),
        (LoadError::TooLarge { size, limit }, Lang::English) => format!(
            "The file is too large ({} MB; the limit is {} MB). A workshop file is much smaller; \
             choose the right file.",
            size / 1_000_000,
            limit / 1_000_000
        ),
        (LoadError::Empty, Lang::Dutch) => {
            "Het bestand is leeg. Open de reservekopie (.bak) of een eerdere versie.".to_string()
        }
        (LoadError::Empty, Lang::English) => {
            "The file is empty. Open the backup (.bak) or an earlier copy.".to_string()
        }
        (LoadError::NotText { position }, Lang::Dutch) => format!(
            "{}het bestand is geen tekst (UTF-8). Het is geen werksessiebestand, of het is \
             beschadigd; open de reservekopie (.bak).",
            place(Some(*position), lang)
        ),
        (LoadError::NotText { position }, Lang::English) => format!(
            "{}the file is not text (UTF-8). It is not a workshop file, or it is damaged; open \
             the backup (.bak).",
            place(Some(*position), lang)
        ),
        (LoadError::NotAWorkshop, Lang::Dutch) => "Dit is geen Kraljic-werksessiebestand (er \
             staat geen format_version in). Kies een .kraljic.ron-bestand; een spreadsheet haalt \
             u binnen met 'CSV importeren'."
            .to_string(),
        (LoadError::NotAWorkshop, Lang::English) => "This is not a Kraljic workshop file (it has \
             no format_version). Choose a .kraljic.ron file; bring in a spreadsheet with \
             'Import CSV'."
            .to_string(),
        (LoadError::NewerVersion { found, supported }, Lang::Dutch) => format!(
            "Dit bestand is gemaakt met een nieuwere versie van Kraljic Workshop (bestandsformaat \
             {found}; deze versie leest tot en met {supported}). Werk de app bij om het te openen; \
             het bestand is niet gewijzigd."
        ),
        (LoadError::NewerVersion { found, supported }, Lang::English) => format!(
            "This file was made by a newer version of Kraljic Workshop (file format {found}; this \
             version reads up to {supported}). Update the app to open it; the file was not changed."
        ),
        (LoadError::UnknownVersion { found }, Lang::Dutch) => format!(
            "Bestandsformaat {found} bestaat niet; het bestand is beschadigd of met de hand \
             gewijzigd. Open de reservekopie (.bak)."
        ),
        (LoadError::UnknownVersion { found }, Lang::English) => format!(
            "File format {found} does not exist; the file is damaged or was edited by hand. Open \
             the backup (.bak)."
        ),
        (LoadError::Syntax { position, problem }, _) => {
            let mut text = place(Some(*position), lang);
            text.push_str(&syntax(problem, lang));
            text.push('.');
            text
        }
        (LoadError::Invalid { problems }, _) => {
            let count = problems.len();
            let mut text = match (lang, count) {
                (Lang::Dutch, 1) => "Het bestand heeft een fout:".to_string(),
                (Lang::Dutch, n) => format!("Het bestand heeft {n} fouten:"),
                (Lang::English, 1) => "The file has a problem:".to_string(),
                (Lang::English, n) => format!("The file has {n} problems:"),
            };
            for p in problems {
                text.push_str("\n- ");
                text.push_str(&p.describe(lang));
            }
            text.push('\n');
            text.push_str(match lang {
                Lang::Dutch => {
                    "Herstel deze waarden in een teksteditor, of open de reservekopie (.bak)."
                }
                Lang::English => {
                    "Correct these values in a text editor, or open the backup (.bak)."
                }
            });
            text
        }
    }
}

/// Why a workshop could not be saved, in plain words.
pub fn save_error(error: &SaveError, lang: Lang) -> String {
    match (error, lang) {
        (SaveError::Write { path, source }, Lang::Dutch) => format!(
            "Opslaan in {} is mislukt: {}. Het bestand op schijf is niet gewijzigd; kies een andere \
             map met 'Opslaan als'.",
            path.display(),
            io_reason(source, lang)
        ),
        (SaveError::Write { path, source }, Lang::English) => format!(
            "Saving to {} failed: {}. The file on disk was not changed; choose another folder with \
             'Save as'.",
            path.display(),
            io_reason(source, lang)
        ),
        (SaveError::Serialize(reason), Lang::Dutch) => {
            format!("De werksessie kon niet als tekst worden geschreven ({reason}).")
        }
        (SaveError::Serialize(reason), Lang::English) => {
            format!("The workshop could not be written as text ({reason}).")
        }
    }
}

impl super::error::ScaleProblem {
    /// What is wrong with the scale, in `lang`, as part of a sentence.
    pub fn describe(self, lang: Lang) -> String {
        use super::error::ScaleProblem as P;
        let name = |criterion| lang.texts().criterion(criterion).to_lowercase();
        match (self, lang) {
            (P::LevelCount { criterion, count }, Lang::Dutch) => format!(
                "{} heeft {count} niveaus in plaats van 4 (0-3)",
                name(criterion)
            ),
            (P::LevelCount { criterion, count }, Lang::English) => {
                format!("{} has {count} levels instead of 4 (0-3)", name(criterion))
            }
            (P::NoMeaning { criterion, level }, Lang::Dutch) => format!(
                "niveau {level} van {} heeft geen betekenis in het Nederlands of het Engels",
                name(criterion)
            ),
            (P::NoMeaning { criterion, level }, Lang::English) => format!(
                "level {level} of {} has no meaning in Dutch or in English",
                name(criterion)
            ),
            (P::ShareOutOfRange { field }, Lang::Dutch) => {
                format!("het percentage {field} van de suggestie ligt niet tussen 0 en 100")
            }
            (P::ShareOutOfRange { field }, Lang::English) => {
                format!("the suggestion's percentage {field} is not between 0 and 100")
            }
        }
    }
}
