//! Autosave and recovery in the window: the unsaved work goes to the recovery file a second
//! after the last change (so at most two seconds are lost), is removed when saved or on a clean
//! exit, and at start-up the work of a window that did not close properly is offered back. The
//! user's own file is never written by any of this.

use std::time::{Duration, Instant};

use crate::format::recovery;
use crate::model::Workshop;
use crate::ui::app::KraljicApp;
use crate::ui::dialogs::Modal;
use crate::ui::session::document::{Document, Origin};

/// How long after a change the recovery file is written.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(1);

impl KraljicApp {
    /// Writes the recovery file when a change is a second old; removes it when nothing is
    /// unsaved. Asks for one repaint at the moment it is due, and none while idle.
    pub(in crate::ui) fn autosave(&mut self, ctx: &egui::Context) {
        let Some(store) = &self.files.recovery else {
            return;
        };
        if !self.session.doc().is_dirty() {
            self.files.autosave_since = None;
            if self.files.autosaved.take().is_some() {
                self.clear_recovery();
            }
            return;
        }
        let revision = self.session.doc().revision();
        if self.files.autosaved == Some(revision) {
            return;
        }
        let since = *self.files.autosave_since.get_or_insert_with(Instant::now);
        let wait = AUTOSAVE_DELAY.saturating_sub(since.elapsed());
        if !wait.is_zero() {
            ctx.request_repaint_after(wait);
            return;
        }
        match store.write(self.session.doc().workshop(), self.session.doc().path()) {
            Ok(()) => {
                log::debug!("autosaved to {}", store.own_file().display());
                self.files.autosaved = Some(revision);
                self.files.autosave_since = None;
                self.files.autosave_failed = false;
            }
            Err(error) => {
                log::error!("autosave to {} failed: {error}", store.own_file().display());
                self.files.autosave_since = None;
                self.files.autosaved = Some(revision);
                if !self.files.autosave_failed {
                    self.files.autosave_failed = true;
                    let s = self.lang().safety();
                    self.show_message(
                        s.recovery_title,
                        format!("{}: {error}", store.own_file().display()),
                        true,
                    );
                }
            }
        }
    }

    /// Removes this window's recovery file (saved, or a clean exit).
    pub(in crate::ui) fn clear_recovery(&mut self) {
        if let Some(store) = &self.files.recovery
            && let Err(error) = store.clear()
        {
            log::warn!("could not remove {}: {error}", store.own_file().display());
        }
    }

    /// Offers back the newest work left by a window that did not close properly; reports
    /// recovery files that cannot be read.
    pub(in crate::ui) fn offer_recovery(&mut self) {
        let Some(store) = &self.files.recovery else {
            return;
        };
        let (mut found, broken) = store.left_behind();
        let lang = self.lang();
        if !broken.is_empty() {
            let text = broken
                .iter()
                .map(|b| format!("{}: {}", b.path.display(), b.error.describe(lang)))
                .collect::<Vec<_>>()
                .join("\n");
            self.show_message(lang.safety().recovery_title, text, true);
        }
        if !found.is_empty() {
            self.ask(Modal::Recover(Box::new(found.remove(0))));
        }
    }

    /// The user chose to restore recovered work: it opens as unsaved changes to the file it
    /// belongs to (or as a new workshop); nothing is written until the user saves.
    pub(in crate::ui) fn restore_recovered(&mut self, recovered: recovery::Recovered) {
        match recovered.origin.clone().filter(|p| p.exists()) {
            // Through the same lock question as opening: a colleague's lock is never taken.
            Some(path) => self.open_path_then(path, Some(Box::new(recovered))),
            None => {
                self.set_document(Document::new(Workshop::default(), Origin::New));
                self.finish_restore(recovered);
            }
        }
    }

    /// Puts the recovered work in as unsaved changes to the document just opened.
    pub(in crate::ui) fn finish_restore(&mut self, recovered: recovery::Recovered) {
        self.catalogue = crate::format::catalogue_of(&recovered.workshop);
        self.session.replace_workshop(recovered.workshop);
        self.forget_recovery_file(&recovered.path);
    }

    /// Removes a recovery file the user has dealt with.
    pub(in crate::ui) fn forget_recovery_file(&mut self, path: &std::path::Path) {
        if let Err(error) = recovery::discard(path) {
            log::warn!("could not remove {}: {error}", path.display());
        }
    }
}
