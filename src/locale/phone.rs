//! The phone round's texts, in both languages: what a phone is told when a request is
//! refused, and the facilitator's window on the projector.

use super::Lang;
use super::ui::CommandText;

/// What a phone is told; each says what is wrong and what to do.
#[derive(Debug)]
pub struct PhoneAnswers {
    /// The join address is wrong or from an earlier round.
    pub bad_token: &'static str,
    /// The typed code is wrong.
    pub bad_code: &'static str,
    /// Too many wrong codes.
    pub code_closed: &'static str,
    /// The phone has not joined.
    pub not_joined: &'static str,
    /// The round is full.
    pub full: &'static str,
    /// No such participant.
    pub no_participant: &'static str,
    /// Another phone picked that name.
    pub taken: &'static str,
    /// A vote for someone else.
    pub not_you: &'static str,
    /// The lot is not in the round.
    pub no_lot: &'static str,
    /// A score outside 0-3.
    pub bad_score: &'static str,
    /// The round has closed.
    pub closed: &'static str,
    /// The request is not one the page sends.
    pub bad_request: &'static str,
    /// Too many requests.
    pub too_many: &'static str,
    /// The page's title for a join address that does not work.
    pub join_failed_title: &'static str,
}

const DUTCH_ANSWERS: PhoneAnswers = PhoneAnswers {
    bad_token: "Deze link hoort bij een andere of een gesloten stemronde. Scan de QR-code op het scherm opnieuw.",
    bad_code: "Die code klopt niet. Kijk nog eens op het scherm voorin de zaal.",
    code_closed: "Er is te vaak een verkeerde code getypt. Scan de QR-code op het scherm.",
    not_joined: "Deze telefoon doet nog niet mee. Scan de QR-code op het scherm of typ de code.",
    full: "De stemronde is vol. Vraag de begeleider om hulp.",
    no_participant: "Die deelnemer bestaat niet (meer). Kies uw naam opnieuw.",
    taken: "Een andere telefoon heeft deze naam al gekozen. Is dat niet goed, vraag de begeleider dan om de naam vrij te geven.",
    not_you: "U kunt alleen voor uzelf stemmen. Kies uw eigen naam.",
    no_lot: "Over dit perceel wordt nu niet gestemd. Wacht op het volgende perceel.",
    bad_score: "Een score is 0, 1, 2 of 3. Kies bij elke vraag één knop.",
    closed: "De stemronde is gesloten. Dank u wel!",
    bad_request: "Dit verzoek begrijpt het programma niet. Herlaad de pagina.",
    too_many: "Even rustig aan: te veel verzoeken tegelijk. Probeer het zo nog eens.",
    join_failed_title: "Meedoen lukt niet",
};

const ENGLISH_ANSWERS: PhoneAnswers = PhoneAnswers {
    bad_token: "This link belongs to another or a closed round. Scan the QR code on the screen again.",
    bad_code: "That code is not right. Look at the screen at the front of the room again.",
    code_closed: "A wrong code was typed too often. Scan the QR code on the screen.",
    not_joined: "This phone has not joined yet. Scan the QR code on the screen or type the code.",
    full: "The round is full. Ask the facilitator for help.",
    no_participant: "That participant does not exist (any more). Choose your name again.",
    taken: "Another phone has already chosen this name. If that is wrong, ask the facilitator to release it.",
    not_you: "You can only vote for yourself. Choose your own name.",
    no_lot: "This lot is not being voted on now. Wait for the next lot.",
    bad_score: "A score is 0, 1, 2 or 3. Choose one button for each question.",
    closed: "The round has closed. Thank you!",
    bad_request: "The program does not understand this request. Reload the page.",
    too_many: "Slow down: too many requests at once. Try again in a moment.",
    join_failed_title: "Joining did not work",
};

/// The facilitator's texts.
#[derive(Debug)]
pub struct RoundTexts {
    /// Command: start or close the phone round.
    pub command: CommandText,
    /// The window's title.
    pub title: &'static str,
    /// Which lots: the selected one, the unscored ones, the ones to discuss.
    pub which: [&'static str; 3],
    /// The question above [`RoundTexts::which`].
    pub which_question: &'static str,
    /// No participants yet.
    pub no_participants: &'static str,
    /// Button: the participants window.
    pub participants_button: &'static str,
    /// The network address's label.
    pub address: &'static str,
    /// What the address is.
    pub address_hint: &'static str,
    /// The Wi-Fi name's label.
    pub wifi_name: &'static str,
    /// The Wi-Fi password's label.
    pub wifi_password: &'static str,
    /// What the Wi-Fi fields are for.
    pub wifi_hint: &'static str,
    /// Button: start.
    pub start: &'static str,
    /// On Windows, before the first start.
    pub windows_firewall: &'static str,
    /// The round could not start: "{reason}".
    pub start_failed: &'static str,
    /// No lots for the choice made.
    pub no_lots: &'static str,
    /// Beside the join QR code.
    pub scan: &'static str,
    /// Beside the Wi-Fi QR code.
    pub scan_wifi: &'static str,
    /// Before the code to type.
    pub or_type: &'static str,
    /// "{n} van {total} hebben gestemd".
    pub voted: &'static str,
    /// "{n} telefoons doen mee".
    pub devices: &'static str,
    /// "1 telefoon doet mee".
    pub devices_one: &'static str,
    /// The lot voted on: "Stemming over".
    pub voting_on: &'static str,
    /// Lot {n} of {total}.
    pub lot_of: &'static str,
    /// The values stay hidden.
    pub hidden: &'static str,
    /// Button: close and reveal.
    pub close: &'static str,
    /// Button: release a participant's name.
    pub release: &'static str,
    /// The names phones picked, folded: "{n} namen gekozen".
    pub names_picked: &'static str,
    /// The checklist when no phone joined after a minute: its heading.
    pub trouble_title: &'static str,
    /// The checklist's points.
    pub trouble: [&'static str; 5],
    /// Status line while a round runs.
    pub running: &'static str,
}

const DUTCH_ROUND: RoundTexts = RoundTexts {
    command: CommandText {
        label: "Stemronde met telefoons…",
        tooltip: "De deelnemers scoren op hun eigen telefoon, blind, via het netwerk van de zaal; er gaat niets naar internet. F7 start en sluit de ronde",
    },
    title: "Stemronde met telefoons",
    which: [
        "Het gekozen perceel",
        "Alle percelen zonder scores",
        "De percelen om te bespreken",
    ],
    which_question: "Over welke percelen stemt de zaal?",
    no_participants: "Er zijn nog geen deelnemers. Voeg eerst de deelnemers toe (bijvoorbeeld één per gemeente); op hun telefoon kiezen ze daarna hun naam.",
    participants_button: "Deelnemers…",
    address: "Adres van deze laptop",
    address_hint: "Het adres op het netwerk van de zaal waarop de telefoons deze laptop bereiken. Meestal klopt het vanzelf.",
    wifi_name: "Wifi-netwerk (naam)",
    wifi_password: "Wifi-wachtwoord",
    wifi_hint: "Optioneel: dan toont het scherm ook een QR-code om met de wifi van de zaal te verbinden. Dit wordt op deze laptop bewaard, niet in de werksessie.",
    start: "Stemronde starten",
    windows_firewall: "Windows kan vragen of Kraljic Workshop op het netwerk mag. Kies dan 'Privénetwerken' en klik op 'Toegang toestaan'. Zonder beheerdersrechten kan dat soms niet: gebruik dan de hotspot van een telefoon.",
    start_failed: "De stemronde kon niet starten: {reason}. Scoren met het toetsenbord kan gewoon.",
    no_lots: "Voor deze keuze zijn er geen percelen.",
    scan: "Scan om mee te stemmen",
    scan_wifi: "Wifi van de zaal",
    or_type: "of ga naar",
    voted: "{n} van {total} hebben gestemd",
    devices: "{n} telefoons doen mee",
    devices_one: "1 telefoon doet mee",
    voting_on: "Stemming over",
    lot_of: "perceel {n} van {total}",
    hidden: "De scores blijven verborgen tot de ronde sluit (F7).",
    close: "Sluiten en tonen (F7)",
    release: "Naam vrijgeven",
    names_picked: "{n} namen gekozen",
    trouble_title: "Nog geen telefoon verbonden? Loop dit na:",
    trouble: [
        "Zitten de telefoons op hetzelfde wifi-netwerk als deze laptop?",
        "Gastwifi houdt apparaten vaak van elkaar gescheiden; dan werkt het niet.",
        "Een klein reisrouter of de hotspot van een telefoon werkt altijd.",
        "Zet mobiele data op de telefoons uit, anders gaan ze via internet.",
        "Of typ het adres hieronder in de browser van de telefoon, met de code.",
    ],
    running: "Stemronde loopt",
};

const ENGLISH_ROUND: RoundTexts = RoundTexts {
    command: CommandText {
        label: "Phone round…",
        tooltip: "Participants score on their own phones, blind, over the room's network; nothing goes to the internet. F7 starts and closes the round",
    },
    title: "Phone round",
    which: [
        "The selected lot",
        "Every lot without scores",
        "The lots to discuss",
    ],
    which_question: "Which lots does the room vote on?",
    no_participants: "There are no participants yet. Add the participants first (for example one for each municipality); on their phones they then choose their name.",
    participants_button: "Participants…",
    address: "This laptop's address",
    address_hint: "The address on the room's network at which the phones reach this laptop. It is usually right by itself.",
    wifi_name: "Wi-Fi network (name)",
    wifi_password: "Wi-Fi password",
    wifi_hint: "Optional: the screen then also shows a QR code to join the room's Wi-Fi. Kept on this laptop, not in the workshop.",
    start: "Start the round",
    windows_firewall: "Windows may ask whether Kraljic Workshop may use the network. Choose 'Private networks' and click 'Allow access'. Without administrator rights that is sometimes not possible: then use a phone's hotspot.",
    start_failed: "The round could not start: {reason}. Scoring by keyboard works as always.",
    no_lots: "There are no lots for this choice.",
    scan: "Scan to vote",
    scan_wifi: "The room's Wi-Fi",
    or_type: "or go to",
    voted: "{n} of {total} have voted",
    devices: "{n} phones have joined",
    devices_one: "1 phone has joined",
    voting_on: "Voting on",
    lot_of: "lot {n} of {total}",
    hidden: "The scores stay hidden until the round closes (F7).",
    close: "Close and reveal (F7)",
    release: "Release name",
    names_picked: "{n} names picked",
    trouble_title: "No phone connected yet? Check these:",
    trouble: [
        "Are the phones on the same Wi-Fi network as this laptop?",
        "Guest Wi-Fi often keeps devices apart; then it cannot work.",
        "A small travel router or a phone's hotspot always works.",
        "Turn mobile data off on the phones, or they go through the internet.",
        "Or type the address below into the phone's browser, with the code.",
    ],
    running: "Phone round open",
};

/// What a phone is told, in its language.
pub fn answers(lang: Lang) -> &'static PhoneAnswers {
    match lang {
        Lang::Dutch => &DUTCH_ANSWERS,
        Lang::English => &ENGLISH_ANSWERS,
    }
}

/// The facilitator's texts.
pub fn texts(lang: Lang) -> &'static RoundTexts {
    match lang {
        Lang::Dutch => &DUTCH_ROUND,
        Lang::English => &ENGLISH_ROUND,
    }
}
