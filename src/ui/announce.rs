//! What a screen reader is told after a change that moves no focus: a score typed by keyboard
//! (the lot's new risk, class and quadrant), an undo or a redo. The words go to a live region
//! in the status line; AT-SPI speaks a live region when its words change, so each message
//! names its lot, and a message equal to the last one is made to differ.

use super::app::KraljicApp;
use crate::locale::access::texts;
use crate::locale::number::format_decimal;
use crate::model::LotId;

impl KraljicApp {
    /// Says `text`, even when it is word for word the last message.
    pub(super) fn announce(&mut self, mut text: String) {
        if self.view.announcement.as_deref() == Some(text.as_str()) {
            // A zero-width space: silent, but a change of words the screen reader hears.
            text.push('\u{200B}');
        }
        self.view.announcement = Some(text);
    }

    /// Says what a score made of the lot: its risk, class and quadrant, or what is still to
    /// score.
    pub(super) fn announce_lot(&mut self, id: LotId) {
        let lang = self.lang();
        let t = texts(lang);
        let words = lang.texts();
        let doc = self.session.doc();
        let (Some(lot), Some(ranked)) = (doc.workshop().lot(id), doc.portfolio().get(id)) else {
            return;
        };
        let text = match (ranked.risk, ranked.quadrant) {
            (Some(risk), Some(quadrant)) => t
                .scored
                .replace("{name}", &lot.name)
                .replace(
                    "{risk}",
                    &format_decimal(risk.mean_for_display(), risk.places),
                )
                .replace("{class}", &words.level(risk.class).to_lowercase())
                .replace("{quadrant}", words.quadrant(quadrant)),
            _ => {
                let missing: Vec<&str> = crate::model::Criterion::ALL
                    .into_iter()
                    .filter(|c| lot.scores.get(*c).is_none())
                    .map(|c| words.criterion(c))
                    .collect();
                t.scored_partly
                    .replace("{name}", &lot.name)
                    .replace("{missing}", &missing.join(", ").to_lowercase())
            }
        };
        self.announce(text);
    }

    /// Says that an undo or redo was done, and on which lot the selection now is.
    pub(super) fn announce_history(&mut self, undone: bool) {
        let t = texts(self.lang());
        let name = (self.view.selected)
            .and_then(|id| self.workshop().lot(id))
            .map(|l| l.name.clone())
            .unwrap_or_default();
        let pattern = if undone { t.undone } else { t.redone };
        self.announce(pattern.replace("{name}", &name));
    }
}
