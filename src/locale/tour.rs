//! The texts of the short tour for a first start (Help > Tour), in both languages. A step's
//! text may name a command's key as `{Command}`; the window fills in the key from the command
//! table, so a key is named in one place.

use super::Lang;
use super::ui::CommandText;

/// One step of the tour: a title and what the part of the window it points at is for.
#[derive(Debug)]
pub struct StepText {
    /// The step's title.
    pub title: &'static str,
    /// What the part is for and how to use it; `{Import}`, `{Save}`, `{ExportReport}`,
    /// `{Present}`, `{NextUnscored}` and `{ToggleList}` stand for those commands' keys.
    pub body: &'static str,
}

/// The tour's texts.
#[derive(Debug)]
pub struct TourTexts {
    /// Command: start the tour.
    pub command: CommandText,
    /// The five steps, in order: lot list, card, matrix, card tabs, file menu.
    pub steps: [StepText; 5],
    /// "Step {n} of {total}" (`{n}` and `{total}` filled in).
    pub step_of: &'static str,
    /// Button: back one step.
    pub previous: &'static str,
    /// Button: on to the next step.
    pub next: &'static str,
    /// Button on the last step.
    pub done: &'static str,
    /// Button: end the tour.
    pub close: &'static str,
    /// The keys that walk the tour.
    pub keys_hint: &'static str,
}

const DUTCH: TourTexts = TourTexts {
    command: CommandText {
        label: "Rondleiding (5 stappen)",
        tooltip: "Vijf korte stappen langs de delen van het venster",
    },
    steps: [
        StepText {
            title: "De percelen",
            body: "Links staan alle percelen, elk met de letter en kleur van zijn kwadrant. Kies een perceel met de muis of met pijl omhoog en omlaag. Is de lijst ingeklapt tot een smalle strook, dan klapt {ToggleList} haar uit, met een zoekveld en filters.",
        },
        StepText {
            title: "Scoren",
            body: "Op de kaart rechts scoort het team het gekozen perceel op impact, schaarste en omschakeling, elk van 0 tot 3. Sneller gaat het met het toetsenbord: {NextUnscored} kiest het volgende perceel zonder scores, daarna drie cijfers.",
        },
        StepText {
            title: "De matrix",
            body: "Elk gescoord perceel staat meteen in de matrix: hoe verder naar rechts, hoe groter het leveringsrisico; hoe hoger, hoe meer uitgaven per jaar. Elk kwadrant heeft een letter, een vorm en een kleur.",
        },
        StepText {
            title: "Checklist en strategie",
            body: "Per perceel loopt het team hier de checklist door en legt het de strategie vast. Met {Present} ziet de zaal alleen de matrix en de scores; nog eens {Present} of Esc brengt u terug.",
        },
        StepText {
            title: "Uw eigen werksessie",
            body: "In het menu Bestand begint u een nieuwe werksessie, leest u de uitgaven per perceel in ({Import}), slaat u op ({Save}) en maakt u het rapport ({ExportReport}). Help > Handleiding beschrijft een hele werksessie van begin tot eind.",
        },
    ],
    step_of: "Stap {n} van {total}",
    previous: "Vorige",
    next: "Volgende",
    done: "Klaar",
    close: "Sluiten",
    keys_hint: "Pijl rechts: verder · Pijl links: terug · Esc: sluiten",
};

const ENGLISH: TourTexts = TourTexts {
    command: CommandText {
        label: "Tour (5 steps)",
        tooltip: "Five short steps past the parts of the window",
    },
    steps: [
        StepText {
            title: "The lots",
            body: "On the left are all lots, each with the letter and colour of its quadrant. Choose a lot with the mouse or with the up and down arrows. When the list is folded to a narrow strip, {ToggleList} unfolds it, with a search field and filters.",
        },
        StepText {
            title: "Scoring",
            body: "On the card on the right the team scores the chosen lot on impact, scarcity and switching, each from 0 to 3. The keyboard is quicker: {NextUnscored} chooses the next lot without scores, then three digits.",
        },
        StepText {
            title: "The matrix",
            body: "Every scored lot appears in the matrix at once: the further right, the higher the supply risk; the higher up, the more spend per year. Each quadrant has a letter, a shape and a colour.",
        },
        StepText {
            title: "Checklist and strategy",
            body: "Here the team walks each lot's checklist and records its strategy. With {Present} the room sees only the matrix and the scores; {Present} again or Esc brings you back.",
        },
        StepText {
            title: "Your own workshop",
            body: "The File menu starts a new workshop, reads the spend per lot ({Import}), saves ({Save}) and makes the report ({ExportReport}). Help > Guide (in Dutch) describes a whole workshop from start to end.",
        },
    ],
    step_of: "Step {n} of {total}",
    previous: "Previous",
    next: "Next",
    done: "Done",
    close: "Close",
    keys_hint: "Right arrow: on · Left arrow: back · Esc: close",
};

/// The tour's texts in a language.
pub fn texts(lang: Lang) -> &'static TourTexts {
    match lang {
        Lang::Dutch => &DUTCH,
        Lang::English => &ENGLISH,
    }
}
