//! The texts of the room's voices: participants, blind rounds, partial scores, and a
//! participant's offline copy (making it and reading it back), in both languages.

use super::Lang;
use super::ui::CommandText;
use crate::model::copy::{Change, Conflict};
use crate::model::{Criterion, Level};

/// Labels and sentences about participants and their copies.
#[derive(Debug)]
pub struct RoomTexts {
    /// Command: the participants window.
    pub participants: CommandText,
    /// Command: write a copy for one participant.
    pub copy_for: CommandText,
    /// Command: reveal the selected lot's blind round.
    pub reveal: CommandText,
    /// Command: the digits score the participants.
    pub score_participants: CommandText,
    /// Command: the participant mark one back.
    pub previous_participant: CommandText,
    /// Command: the participant mark one on.
    pub next_participant: CommandText,
    /// Command: the participant mark one score back.
    pub score_back: CommandText,
    /// Command: the room's question's answer field takes the keyboard.
    pub answer_question: CommandText,
    /// The participant grid's mark: "← cijfertoetsen".
    pub participant_keys: &'static str,
    /// Participants window: one participant for each municipality not yet taking part.
    pub from_municipalities: &'static str,
    /// Participants window: the workshop has no municipalities to take.
    pub no_municipalities: &'static str,
    /// Participants window: add one.
    pub add: &'static str,
    /// Participants window: move up.
    pub up: &'static str,
    /// Participants window: move down.
    pub down: &'static str,
    /// Participants window: remove.
    pub remove: &'static str,
    /// Participants window: the question before removing someone who scored.
    pub remove_question: &'static str,
    /// Participants window: nobody yet.
    pub none_yet: &'static str,
    /// Settings: blind scoring for the session.
    pub blind_scoring: &'static str,
    /// Settings: what blind scoring does.
    pub blind_scoring_hint: &'static str,
    /// Settings: place lots not every participant has scored.
    pub place_partial: &'static str,
    /// Settings: what that does.
    pub place_partial_hint: &'static str,
    /// Copy window: title.
    pub copy_title: &'static str,
    /// Copy window: choose for whom.
    pub copy_who: &'static str,
    /// Copy window: what the copy is for.
    pub copy_hint: &'static str,
    /// Copy window: the workshop has no participants yet.
    pub copy_needs_participants: &'static str,
    /// Copy window: write it.
    pub copy_write: &'static str,
    /// Read window: title.
    pub read_title: &'static str,
    /// Read window: apply.
    pub apply: &'static str,
    /// Read window: cancel.
    pub cancel: &'static str,
    /// Read window: apply waits for choices.
    pub choose_first: &'static str,
    /// Read window: keep every value of the open workshop.
    pub all_here: &'static str,
    /// Read window: take every value of the copy.
    pub all_copy: &'static str,
    /// Read window: a plain copy, what is taken.
    pub plain_copy: &'static str,
    /// Read window: the copy is of another workshop.
    pub other_workshop: &'static str,
    /// Read window: nothing to take.
    pub nothing: &'static str,
    /// Read window heading: lots not in this workshop.
    pub unmatched: &'static str,
    /// Read window heading: same number, another name.
    pub renamed: &'static str,
    /// Read window heading: already scored here (a plain copy).
    pub already_scored: &'static str,
    /// An empty score.
    pub empty: &'static str,
    /// The open file itself was chosen.
    pub same_file: &'static str,
    /// The open workshop is itself a copy.
    pub into_a_copy: &'static str,
    /// Status line: a digit on a lot that participants score.
    pub digit_on_round: &'static str,
    /// Presentation: a blind round runs.
    pub blind_round: &'static str,
    /// A blind lot is placed once revealed.
    pub placed_after_reveal: &'static str,
    /// A workshop without lots.
    pub empty_workshop: &'static str,
    /// The built-in example: what it is (`{example}`: its title and organisation), and how to
    /// begin one's own.
    pub example_welcome: &'static str,
    /// Short names of the criteria for the participants' rows, in [`Criterion::ALL`] order.
    pub criterion_short: [&'static str; 3],
}

const DUTCH: RoomTexts = RoomTexts {
    participants: CommandText {
        label: "Deelnemers…",
        tooltip: "Wie scoort: toevoegen, hernoemen, volgorde en verwijderen",
    },
    copy_for: CommandText {
        label: "Kopie voor een deelnemer…",
        tooltip: "Een kopie om offline te scoren als één deelnemer; lees die later terug",
    },
    reveal: CommandText {
        label: "Blinde ronde onthullen",
        tooltip: "Toon de scores van de blinde ronde van het gekozen perceel",
    },
    score_participants: CommandText {
        label: "Deelnemers scoren met het toetsenbord",
        tooltip: "De cijfertoetsen vullen de scores van de deelnemers in, één voor één; Esc stopt",
    },
    previous_participant: CommandText {
        label: "Vorige deelnemer",
        tooltip: "Zet de cijfertoetsen op de vorige deelnemer",
    },
    next_participant: CommandText {
        label: "Volgende deelnemer",
        tooltip: "Zet de cijfertoetsen op de volgende deelnemer",
    },
    score_back: CommandText {
        label: "Eén score terug",
        tooltip: "Zet de cijfertoetsen één score terug",
    },
    answer_question: CommandText {
        label: "Antwoord typen",
        tooltip: "In de presentatie op het tabblad Checklist: typ het antwoord op de getoonde vraag. Esc geeft de toetsen terug, nog eens Esc sluit de presentatie",
    },
    participant_keys: "\u{2190} cijfertoetsen",
    from_municipalities: "Deelnemers uit de gemeenten",
    no_municipalities: "Vul eerst de gemeenten in bij Instellingen.",
    add: "Deelnemer toevoegen",
    up: "Omhoog",
    down: "Omlaag",
    remove: "Verwijderen",
    remove_question: "Deze deelnemer heeft scores. Verwijderen wist ze ook (ongedaan maken kan met Ctrl+Z).",
    none_yet: "Nog geen deelnemers: het team scoort samen.",
    blind_scoring: "Blind scoren voor de hele sessie",
    blind_scoring_hint: "Nieuwe percelen en percelen die nog niemand scoorde beginnen blind; onthullen gaat per perceel.",
    place_partial: "Perceel plaatsen als nog niet iedereen scoorde",
    place_partial_hint: "Het perceel krijgt dan een open markering met het aantal dat klaar is.",
    copy_title: "Kopie voor een deelnemer",
    copy_who: "Voor wie",
    copy_hint: "De deelnemer opent de kopie op een eigen laptop en scoort daarin alleen als zichzelf. Lees de kopie daarna terug met Bestand > Scores van een deelnemer inlezen.",
    copy_needs_participants: "Deze werksessie heeft nog geen deelnemers. Voeg ze eerst toe.",
    copy_write: "Kopie opslaan…",
    read_title: "Scores van een deelnemer inlezen",
    apply: "Toepassen",
    cancel: "Annuleren",
    choose_first: "Kies eerst bij elk conflict welke score blijft.",
    all_here: "Overal de score van hier houden",
    all_copy: "Overal de score uit de kopie nemen",
    plain_copy: "Dit is een gewone kopie, niet gemaakt voor één deelnemer. De scores erin zijn de gecombineerde scores van de groep, dus niet van één persoon. Alleen percelen die hier nog geen enkele score hebben kunnen worden overgenomen, als score van het perceel.",
    other_workshop: "Deze kopie is gemaakt van een andere werksessie, of van een versie die nooit is opgeslagen. Percelen worden daarom op nummer én naam gekoppeld.",
    nothing: "Er is niets over te nemen: de kopie heeft geen scores die hier ontbreken of anders zijn.",
    unmatched: "Niet in deze werksessie (niet overgenomen)",
    renamed: "Zelfde nummer, andere naam (niet overgenomen)",
    already_scored: "Hier al gescoord (niet overgenomen)",
    empty: "leeg",
    same_file: "Dit is het bestand dat al open is; kies de kopie van de deelnemer.",
    into_a_copy: "Deze werksessie is zelf een kopie voor een deelnemer. Open de werksessie van de begeleider en lees de kopie daarin.",
    digit_on_round: "Dit perceel wordt per deelnemer gescoord: vul de scores in bij de deelnemers op de kaart.",
    blind_round: "Blinde ronde",
    placed_after_reveal: "Blinde ronde: het perceel komt in de matrix zodra de scores zijn onthuld.",
    empty_workshop: "Deze werksessie heeft nog geen percelen. Importeer de uitgaven per perceel uit een spreadsheet, of voeg een perceel toe.",
    example_welcome: "Dit is een voorbeeld: {example}. Kijk gerust rond; uw eigen werksessie begint met Nieuwe werksessie.",
    criterion_short: ["Imp", "Sch", "Oms"],
};

const ENGLISH: RoomTexts = RoomTexts {
    participants: CommandText {
        label: "Participants…",
        tooltip: "Who scores: add, rename, reorder and remove",
    },
    copy_for: CommandText {
        label: "Copy for a participant…",
        tooltip: "A copy to score offline as one participant; read it back later",
    },
    reveal: CommandText {
        label: "Reveal the blind round",
        tooltip: "Show the scores of the selected lot's blind round",
    },
    score_participants: CommandText {
        label: "Score participants by keyboard",
        tooltip: "The number keys fill in the participants' scores, one by one; Esc stops",
    },
    previous_participant: CommandText {
        label: "Previous participant",
        tooltip: "Put the number keys on the previous participant",
    },
    next_participant: CommandText {
        label: "Next participant",
        tooltip: "Put the number keys on the next participant",
    },
    score_back: CommandText {
        label: "One score back",
        tooltip: "Put the number keys one score back",
    },
    answer_question: CommandText {
        label: "Type the answer",
        tooltip: "In presentation on the Checklist tab: type the answer to the question shown. Esc gives the keys back, Esc again ends the presentation",
    },
    participant_keys: "\u{2190} number keys",
    from_municipalities: "Participants from the municipalities",
    no_municipalities: "Fill in the municipalities in the settings first.",
    add: "Add participant",
    up: "Up",
    down: "Down",
    remove: "Remove",
    remove_question: "This participant has scores. Removing them clears those too (Ctrl+Z undoes it).",
    none_yet: "No participants yet: the team scores together.",
    blind_scoring: "Blind scoring for the whole session",
    blind_scoring_hint: "New lots and lots nobody scored yet start blind; each lot is revealed on its own.",
    place_partial: "Place a lot before everyone has scored it",
    place_partial_hint: "The lot then gets an open marker with the number who are done.",
    copy_title: "Copy for a participant",
    copy_who: "For whom",
    copy_hint: "The participant opens the copy on their own laptop and scores in it only as themselves. Read the copy back later with File > Read a participant's scores.",
    copy_needs_participants: "This workshop has no participants yet. Add them first.",
    copy_write: "Save copy…",
    read_title: "Read a participant's scores",
    apply: "Apply",
    cancel: "Cancel",
    choose_first: "First choose, for each conflict, which score stays.",
    all_here: "Keep the score from here everywhere",
    all_copy: "Take the score from the copy everywhere",
    plain_copy: "This is a plain copy, not made for one participant. Its scores are the group's combined scores, so not one person's. Only lots that have no score at all here can be taken, as the lot's score.",
    other_workshop: "This copy was made from another workshop, or from a version that was never saved. Lots are therefore matched by number and name.",
    nothing: "There is nothing to take: the copy has no scores that are missing or different here.",
    unmatched: "Not in this workshop (not taken)",
    renamed: "Same number, another name (not taken)",
    already_scored: "Already scored here (not taken)",
    empty: "empty",
    same_file: "This is the file that is already open; choose the participant's copy.",
    into_a_copy: "This workshop is itself a copy for a participant. Open the facilitator's workshop and read the copy into it.",
    digit_on_round: "This lot is scored per participant: enter the scores with the participants on the card.",
    blind_round: "Blind round",
    placed_after_reveal: "Blind round: the lot goes on the matrix once the scores are revealed.",
    empty_workshop: "This workshop has no lots yet. Import the spend per lot from a spreadsheet, or add a lot.",
    example_welcome: "This is an example: {example}. Feel free to look around; your own workshop starts with New workshop.",
    criterion_short: ["Imp", "Scar", "Swi"],
};

/// The texts in a language.
pub fn texts(lang: Lang) -> &'static RoomTexts {
    match lang {
        Lang::Dutch => &DUTCH,
        Lang::English => &ENGLISH,
    }
}

impl RoomTexts {
    /// The short name of a criterion in the participants' rows.
    pub fn criterion_short(&self, criterion: Criterion) -> &'static str {
        let index = Criterion::ALL.iter().position(|c| *c == criterion);
        self.criterion_short[index.unwrap_or(0)]
    }
}

/// "2 van 4 klaar": participants done on a lot.
pub fn done_of(done: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Dutch => format!("{done} van {total} klaar"),
        Lang::English => format!("{done} of {total} done"),
    }
}

/// "Scoren als Tiel": the banner of a participant's copy.
pub fn scoring_as(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Dutch => format!("Scoren als {name}"),
        Lang::English => format!("Scoring as {name}"),
    }
}

/// The message after a copy was written.
pub fn copy_written(name: &str, file: &str, saved_first: bool, lang: Lang) -> String {
    let (first, then) = match lang {
        Lang::Dutch => (
            "De werksessie kreeg een kenmerk waaraan ze haar kopieën herkent, en is daarom eerst opgeslagen. ",
            format!(
                "Kopie voor {name} opgeslagen als {file}. Geef dit bestand aan {name}; lees het na het scoren terug met Bestand > Scores van een deelnemer inlezen."
            ),
        ),
        Lang::English => (
            "The workshop got a mark by which it knows its copies, and was saved first for that. ",
            format!(
                "Copy for {name} saved as {file}. Give this file to {name}; read it back after scoring with File > Read a participant's scores."
            ),
        ),
    };
    if saved_first {
        format!("{first}{then}")
    } else {
        then
    }
}

/// The copy's first line in the read window: for whom, from which file, and whether the
/// participant is new here.
pub fn read_from(name: Option<&str>, file: &str, added: bool, lang: Lang) -> String {
    match (name, lang) {
        (Some(name), Lang::Dutch) if added => format!(
            "Kopie voor {name}, uit {file}. {name} doet hier nog niet mee en wordt als deelnemer toegevoegd."
        ),
        (Some(name), Lang::Dutch) => format!("Kopie voor {name}, uit {file}."),
        (Some(name), Lang::English) if added => format!(
            "Copy for {name}, from {file}. {name} does not take part here yet and is added as a participant."
        ),
        (Some(name), Lang::English) => format!("Copy for {name}, from {file}."),
        (None, Lang::Dutch) => format!("Kopie uit {file}."),
        (None, Lang::English) => format!("Copy from {file}."),
    }
}

/// The count line of the read window: "Scores: 3 nieuw, 1 vervangen, 0 gewist; 1 conflict".
pub fn read_summary(
    new: usize,
    replaced: usize,
    cleared: usize,
    conflicts: usize,
    lang: Lang,
) -> String {
    let one = conflicts == 1;
    match lang {
        Lang::Dutch => {
            let conflicts = if one {
                "1 conflict".into()
            } else {
                format!("{conflicts} conflicten")
            };
            format!("Scores: {new} nieuw, {replaced} vervangen, {cleared} gewist; {conflicts}")
        }
        Lang::English => {
            let conflicts = if one {
                "1 conflict".into()
            } else {
                format!("{conflicts} conflicts")
            };
            format!("Scores: {new} new, {replaced} replaced, {cleared} cleared; {conflicts}")
        }
    }
}

/// A score as a preview shows it: "2 Middel", or "leeg".
pub fn level_text(level: Option<Level>, lang: Lang) -> String {
    match level {
        Some(level) => format!("{} {}", level.number(), lang.texts().level(level)),
        None => texts(lang).empty.to_string(),
    }
}

/// One score a copy changes: "Impact: 1 Laag → 2 Middel (vervangen)".
pub fn change_line(change: &Change, lang: Lang) -> String {
    let name = lang.texts().criterion(change.criterion);
    let word = change_word(change.old.is_some(), change.new.is_some(), lang);
    let (old, new) = (level_text(change.old, lang), level_text(change.new, lang));
    match (change.old, change.new) {
        (Some(_), Some(_)) => format!("{name}: {old} \u{2192} {new} ({word})"),
        (Some(_), None) => format!("{name}: {old} \u{2192} {new} ({word})"),
        _ => format!("{name}: {new} ({word})"),
    }
}

/// A conflict: the value here, in the copy, and when the copy was made.
pub fn conflict_line(conflict: &Conflict, lang: Lang) -> String {
    let name = lang.texts().criterion(conflict.criterion);
    let here = level_text(conflict.here, lang);
    let copy = level_text(conflict.copy, lang);
    let base = level_text(conflict.base, lang);
    match lang {
        Lang::Dutch => format!(
            "{name}: conflict, hier {here}, in de kopie {copy} (bij het maken van de kopie {base})"
        ),
        Lang::English => format!(
            "{name}: conflict, here {here}, in the copy {copy} (when the copy was made {base})"
        ),
    }
}

/// `--as` names someone else than the copy was made for.
pub fn other_participant(made_for: &str, asked: &str, lang: Lang) -> String {
    match lang {
        Lang::Dutch => format!(
            "Deze kopie is gemaakt voor {made_for}, niet voor {asked}. Laat --as weg of noem {made_for}."
        ),
        Lang::English => format!(
            "This copy was made for {made_for}, not for {asked}. Leave out --as or name {made_for}."
        ),
    }
}

/// The command line stops on conflicts.
pub fn conflicts_stop(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Dutch => format!(
            "Conflicten ({count}): deze scores zijn hier en in de kopie allebei veranderd. Er is niets gewijzigd. Lees de kopie in het venster (Bestand > Scores van een deelnemer inlezen) en kies per score."
        ),
        Lang::English => format!(
            "Conflicts ({count}): these scores changed both here and in the copy. Nothing was changed. Read the copy in the window (File > Read a participant's scores) and choose for each score."
        ),
    }
}

/// The choice of a conflict: keep the value here, or take the copy's.
pub fn keep(value: &str, here: bool, lang: Lang) -> String {
    match (here, lang) {
        (true, Lang::Dutch) => format!("Houd {value} (hier)"),
        (false, Lang::Dutch) => format!("Neem {value} (kopie)"),
        (true, Lang::English) => format!("Keep {value} (here)"),
        (false, Lang::English) => format!("Take {value} (copy)"),
    }
}

/// What a change does: "vervangen", "nieuw", "gewist in de kopie".
pub fn change_word(old: bool, new: bool, lang: Lang) -> &'static str {
    match (old, new, lang) {
        (true, true, Lang::Dutch) => "vervangen",
        (true, true, Lang::English) => "replaced",
        (false, _, Lang::Dutch) => "nieuw",
        (false, _, Lang::English) => "new",
        (true, false, Lang::Dutch) => "gewist in de kopie",
        (true, false, Lang::English) => "cleared in the copy",
    }
}

/// The message after a copy was read.
pub fn read_done(changed: usize, lang: Lang) -> String {
    match lang {
        Lang::Dutch => {
            format!("{changed} scores overgenomen. Ctrl+Z maakt het in één stap ongedaan.")
        }
        Lang::English => format!("Took {changed} scores. Ctrl+Z undoes it in one step."),
    }
}
