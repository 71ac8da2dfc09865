//! The application: owns the document, the undo history and the view, draws the panels and
//! applies what they asked for at the end of each frame.

use std::path::PathBuf;

use egui::{Theme, ViewportCommand};

use super::dialogs::{self, Modal, Pending};
use super::prefs::{Prefs, STORAGE_KEY};
use super::session::document::{Document, Origin};
use super::session::file_dialog::{FileDialogs, SystemDialogs};
use super::session::{Files, Session};
use super::{
    Command, Edit, Output, Shared, View, desk::lot_card, desk::lot_list, desk::menu, desk::plot,
    desk::status_bar, dialogs::settings, theme,
};
use crate::format::built_in_catalogue;
use crate::format::recovery::RecoveryStore;
use crate::locale::Lang;
use crate::model::{Catalogue, Criterion, Lot, LotId, Workshop};

/// What runs once the first frame has been painted.
pub type FirstFrameHook = Box<dyn FnOnce()>;

/// How the window starts.
pub struct StartOptions {
    /// The file to open; `None` opens the last file used, or the built-in example.
    pub file: Option<PathBuf>,
    /// Open the last file used when no file is given.
    pub reopen_last: bool,
    /// The file pickers.
    pub dialogs: Box<dyn FileDialogs>,
    /// Where unsaved work is kept for recovery after a crash (`None`: no autosave).
    pub recovery_dir: Option<PathBuf>,
    /// Called once the first frame has been painted (the renderer's memory is told).
    pub on_first_frame: Option<FirstFrameHook>,
    /// The clipboard for pasting lots and copying the matrix and tables.
    pub clipboard: Box<dyn super::clipboard::Clipboard>,
}

impl Default for StartOptions {
    fn default() -> StartOptions {
        StartOptions {
            file: None,
            reopen_last: true,
            dialogs: Box::new(SystemDialogs::default()),
            recovery_dir: eframe::storage_dir("kraljic-workshop").map(|d| d.join("recovery")),
            on_first_frame: None,
            clipboard: Box::new(super::clipboard::SystemClipboard::default()),
        }
    }
}

/// The Kraljic Workshop window.
pub struct KraljicApp {
    /// The document, its history and the edits applied to it.
    pub(super) session: Session,
    /// The lock, the recovery file, the file pickers and the questions waiting.
    pub(super) files: Files,
    pub(super) catalogue: Catalogue,
    /// The built-in templates for a new workshop.
    pub(super) templates: Vec<crate::model::template::Template>,
    pub(super) prefs: Prefs,
    /// View state: selection, list, open windows.
    pub view: View,
    /// The user agreed to close (no unsaved work, or chose to discard it).
    pub(super) closing: bool,
    close_sent: bool,
    applied: Option<(bool, Lang, bool, f32)>,
    title: String,
    /// The import window, while open.
    pub(super) import: Option<dialogs::import::ImportDialog>,
    /// The register window, while a register is being taken over.
    pub(super) register: Option<dialogs::register::RegisterDialog>,
    /// The preview of a participant's copy being read.
    pub(super) read_copy: Option<dialogs::read_copy::ReadCopyDialog>,
    /// The export under way, if any.
    pub(super) export: Option<super::session::export::ExportJob>,
    /// The file being read on a worker, if any.
    pub(super) reading: Option<super::session::reading::SheetRead>,
    /// The open that waits for the worker's read: the file's lock check and recovered work.
    pub(super) opening: Option<(
        super::session::files::LockChecked,
        Option<Box<crate::format::recovery::Recovered>>,
    )>,
    /// Files are read on a worker (not while the app starts, before the window shows).
    pub(super) read_in_background: bool,
    /// Frame statistics for the speed measurements, when asked for.
    frame_stats: Option<super::frame_stats::FrameStats>,
    /// The window's context (exports ask it for a frame when they finish).
    pub(super) ctx: egui::Context,
    /// The app's first frame (once built) and what to do once it has been painted.
    first_frame: (Option<u64>, Option<FirstFrameHook>),
    /// The clipboard (tables and pictures; egui's own holds text only).
    pub(super) clipboard: Box<dyn super::clipboard::Clipboard>,
    /// A text field had the keyboard at the end of the last frame: egui lets go of it at the
    /// start of the frame Esc is pressed in, and that Esc only gives the keys back.
    pub(super) typing_last_frame: bool,
    /// The logical key each physical key went down as ([`super::keys::release_as_pressed`]).
    held_keys: super::keys::HeldKeys,
    /// The phone round, while one runs.
    pub(super) phone: Option<super::room::phone_round::PhoneSession>,
    /// Votes taken from phones so far, each its own undo step.
    pub(super) phone_votes: u64,
    /// A closed round's server, still telling phones it has closed, until then.
    pub(super) phone_closing: Option<(
        crate::interchange::phone::server::RoomServer,
        std::time::Instant,
    )>,
}

impl KraljicApp {
    /// Creates the app: fonts, theme, preferences and the first workshop.
    pub fn new(cc: &eframe::CreationContext<'_>, options: StartOptions) -> KraljicApp {
        theme::install(&cc.egui_ctx);
        let prefs: Prefs = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, STORAGE_KEY))
            .unwrap_or_default();
        cc.egui_ctx.set_zoom_factor(prefs.zoom());
        let mut dialogs = options.dialogs;
        dialogs.prepare();
        let mut app = KraljicApp {
            session: Session::new(Document::new(Workshop::default(), Origin::New)),
            files: Files::new(dialogs, options.recovery_dir.map(RecoveryStore::new)),
            catalogue: built_in_catalogue(),
            templates: crate::format::templates(),
            prefs,
            view: View::default(),
            closing: false,
            close_sent: false,
            applied: None,
            title: String::new(),
            import: None,
            register: None,
            read_copy: None,
            export: None,
            reading: None,
            opening: None,
            read_in_background: false,
            frame_stats: super::frame_stats::FrameStats::from_env(),
            ctx: cc.egui_ctx.clone(),
            first_frame: (None, options.on_first_frame),
            clipboard: options.clipboard,
            typing_last_frame: false,
            held_keys: super::keys::HeldKeys::new(),
            phone: None,
            phone_closing: None,
            phone_votes: 0,
        };
        let file = options
            .file
            .or_else(|| {
                options
                    .reopen_last
                    .then(|| app.prefs.last_file().map(PathBuf::from))
                    .flatten()
            })
            .filter(|path| path.exists());
        app.open_example();
        if let Some(path) = file {
            app.open_path(path);
        }
        app.offer_recovery();
        app.read_in_background = true;
        // The theme and sizes before the first frame, so it is painted in them: set during that
        // frame they would take effect in the next, which would lay out and rasterise every
        // letter again (the text's contrast differs between light and dark).
        app.apply_style(&cc.egui_ctx);
        app
    }

    /// Uses another clipboard (tests use one in memory).
    pub fn set_clipboard(&mut self, clipboard: Box<dyn super::clipboard::Clipboard>) {
        self.clipboard = clipboard;
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        self.session.doc()
    }

    /// The open workshop.
    pub fn workshop(&self) -> &Workshop {
        self.session.doc().workshop()
    }

    /// The interface language.
    pub fn lang(&self) -> Lang {
        self.prefs.lang()
    }

    /// Puts a question or message in line: shown once those before it are answered, never
    /// in their place.
    pub(super) fn ask(&mut self, modal: Modal) {
        log::debug!("asking: {modal:?}");
        self.files.modals.push_back(modal);
    }

    /// The dialog shown over the window, if any (the first of those waiting).
    pub fn modal(&self) -> Option<&Modal> {
        self.files.modals.front()
    }

    /// Whether the register import window is open.
    pub fn register_dialog_open(&self) -> bool {
        self.register.is_some()
    }

    /// The preview of a participant's copy, while it is open.
    pub fn read_copy_dialog(&self) -> Option<&dialogs::read_copy::ReadCopyDialog> {
        self.read_copy.as_ref()
    }

    /// The spreadsheet being read on a worker, while it is.
    pub fn sheet_read(&self) -> Option<&super::session::reading::SheetRead> {
        self.reading.as_ref()
    }

    /// The import window, while it is open.
    pub fn import_dialog(&self) -> Option<&dialogs::import::ImportDialog> {
        self.import.as_ref()
    }

    /// True once the window is allowed to close.
    pub fn is_closing(&self) -> bool {
        self.closing
    }

    /// Replaces the file pickers (tests answer them in advance).
    pub fn set_file_dialogs(&mut self, dialogs: Box<dyn FileDialogs>) {
        self.files.dialogs = dialogs;
    }

    /// Starts over with a new document, forgetting the undo history.
    pub(super) fn set_document(&mut self, doc: Document) {
        // Another workshop's lots: a filter of the last one would hide some (the sort order
        // stays, it is a way of working). The same file read again keeps them.
        if doc.path().is_none() || doc.path() != self.session.doc().path() {
            self.view.list.clear_filters();
        }
        // A phone round belongs to the workshop it started in: its votes land there first.
        self.close_phone_round();
        self.catalogue = crate::format::catalogue_of(doc.workshop());
        self.session = Session::new(doc);
        // The previous file is no longer edited here.
        self.files.lock = None;
        // An earlier round stays open; its lots are matched again with the new workshop.
        if let Some(old) = self.view.baseline.take() {
            self.view.baseline = Some(super::desk::baseline::Baseline::new(
                old.path,
                old.workshop,
                self.session.doc().workshop(),
            ));
        }
        self.view.selected = self.session.doc().workshop().lots.first().map(|lot| lot.id);
        self.view.drafts.clear();
        self.view.scroll_to_selected = true;
    }

    /// A frame is built before it is painted: when the next frame is built (not another pass
    /// of the same one), the app's first frame has been painted. One repaint is asked for, so
    /// that the next frame comes without input.
    fn count_first_frames(&mut self, ctx: &egui::Context) {
        let (first, hook) = &mut self.first_frame;
        if hook.is_none() {
            return;
        }
        let now = ctx.cumulative_frame_nr();
        match first {
            None => {
                *first = Some(now);
                ctx.request_repaint();
            }
            Some(frame) if now > *frame => {
                if let Some(hook) = hook.take() {
                    hook();
                }
            }
            Some(_) => {}
        }
    }

    /// What the status line shows of the document and the export under way.
    fn status(&self) -> status_bar::Status {
        status_bar::Status {
            name: self.document_name(),
            dirty: self.session.doc().is_dirty(),
            export: self.export.as_ref().map(|job| {
                let (done, total) = job.progress();
                (done, total, job.time_left())
            }),
            read_only: self.session.doc().is_read_only(),
            note: self.view.status_note.clone(),
            never_saved: matches!(self.session.doc().origin(), Origin::New | Origin::Example),
            announcement: self.view.announcement.clone(),
        }
    }

    /// The tour's keys, unless a dialog on top has the keyboard.
    fn take_tour_keys(&mut self, ctx: &egui::Context) {
        let dialog_open = self.import.is_some()
            || self.register.is_some()
            || self.read_copy.is_some()
            || self.reading.is_some()
            || !self.files.modals.is_empty()
            || self.files.chooser.is_some();
        if !dialog_open {
            dialogs::tour::take_keys(ctx, &mut self.view);
        }
    }

    /// Sets the theme and the text sizes when they are not (yet) the wanted ones.
    fn apply_style(&mut self, ctx: &egui::Context) {
        self.view.sizes = sizes(ctx, self.view.presenting);
        let wanted = (
            self.prefs.dark,
            self.prefs.lang(),
            self.view.presenting,
            self.view.sizes.body,
        );
        let wanted_theme = if self.prefs.dark && !self.view.presenting {
            Theme::Dark
        } else {
            Theme::Light
        };
        // Also when something else changed the theme since.
        if self.applied != Some(wanted) || ctx.theme() != wanted_theme {
            if self.view.presenting {
                ctx.set_visuals_of(Theme::Light, theme::projector_visuals());
                ctx.set_theme(Theme::Light);
                theme::apply_sizes(ctx, &self.view.sizes);
            } else {
                ctx.set_visuals_of(Theme::Dark, theme::visuals(true));
                ctx.set_visuals_of(Theme::Light, theme::visuals(false));
                ctx.set_theme(wanted_theme);
                theme::apply_sizes(ctx, &theme::Sizes::DESK);
            }
            // The new sizes take effect in the next pass: lay this frame out again with them,
            // so a resize is right in the frame after it (not after the mouse moves).
            if self.applied.is_some() {
                ctx.request_discard("the text sizes changed");
            }
            self.applied = Some(wanted);
        }
    }

    /// Keeps the zoom the user chose (Ctrl and + or -), the side panels' openness and the
    /// window's title up to date.
    fn follow_prefs(&mut self, ctx: &egui::Context) {
        self.prefs.zoom = ctx.zoom_factor();
        let width = ctx.content_rect().width();
        self.view.list_open =
            (self.prefs.list_open).unwrap_or_else(|| super::layout::list_open_by_default(width));
        self.view.card_open = self.prefs.card_open.unwrap_or(true);
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// "name.kraljic.ron • Niet opgeslagen - Kraljic Workshop".
    pub fn window_title(&self) -> String {
        let t = self.lang().ui();
        let name = self.document_name();
        let mut marker = if self.session.doc().is_dirty() {
            format!(" \u{2022} {}", t.unsaved)
        } else {
            String::new()
        };
        if self.session.doc().is_read_only() {
            marker.push_str(&format!(" ({})", self.lang().safety().read_only));
        }
        if let Some(copy) = &self.session.doc().workshop().copy_of {
            let scoring = crate::locale::room::scoring_as(&copy.participant.name, self.lang());
            marker.push_str(&format!(" \u{2022} {scoring}"));
        }
        format!("{name}{marker} - Kraljic Workshop")
    }

    /// The file name, or what stands in for it.
    pub fn document_name(&self) -> String {
        let t = self.lang().ui();
        match self.session.doc().origin() {
            Origin::File(path) => super::shown_name(path),
            Origin::Example => t.example.into(),
            // A new workshop goes by its title (as the report and the file name it is offered).
            Origin::New if !self.workshop().title.trim().is_empty() => {
                self.workshop().title.trim().to_string()
            }
            Origin::New => t.untitled.into(),
        }
    }

    /// Applies the panels' requests, in order: edits, selection, commands.
    fn apply(&mut self, ctx: &egui::Context, output: Output) {
        for (edit, typing) in output.edits {
            self.apply_edit(edit, typing);
        }
        if output.end_typing {
            self.session.end_typing();
        }
        if let Some(id) = output.select {
            self.select(Some(id));
        }
        if let Some(criterion) = output.level_help {
            self.view.criterion = criterion;
            self.view.windows.open(super::ToolWindow::LevelHelp);
        }
        if let Some(tab) = output.tab {
            self.view.tab = tab;
        }
        if let Some(choice) = output.file_chooser {
            self.prefs.file_chooser = choice;
        }
        if let Some(path) = output.open_recent {
            self.request(Pending::Open(Some(path)));
        }
        if let Some(participant) = output.copy_for {
            self.ask_copy_for(participant);
        }
        if let Some(start) = output.new_workshop {
            self.start_new(start);
        }
        for command in output.commands {
            self.run(ctx, command);
        }
    }

    /// Applies one edit with an undo point before it (typing on in the same field adds to the
    /// last step).
    pub fn apply_edit(&mut self, edit: Edit, typing: Option<egui::Id>) {
        // A score given on the card moves the number keys on to the next criterion, as a digit
        // does, so the next digit never overwrites the score just clicked.
        let scored = match edit {
            Edit::Score {
                lot,
                criterion,
                level: Some(_),
            } if Some(lot) == self.view.selected => Some(criterion),
            _ => None,
        };
        if matches!(edit, Edit::AddRecord(_)) {
            self.view.focus_record = Some(self.session.doc().workshop().record.len());
        }
        if self.session.apply(edit, typing)
            && let Some(criterion) = scored
        {
            self.view.criterion = criterion.next();
        }
    }

    pub(super) fn select(&mut self, id: Option<LotId>) {
        if let (Some(path), Some(lot)) = (self.session.doc().path(), id) {
            self.prefs.last_selected = Some((path.to_path_buf(), lot.0));
        }
        if self.view.selected != id {
            self.view.status_note = None;
            self.view.participant_mark = None;
            self.view.selected = id;
            self.view.criterion = Criterion::default();
            self.view.drafts.clear();
            self.view.scroll_to_selected = true;
        }
    }

    pub(super) fn insert_lot(&mut self, lot: Lot) {
        let id = lot.id;
        let index = self
            .view
            .selected
            .and_then(|sel| {
                self.session
                    .doc()
                    .workshop()
                    .lots
                    .iter()
                    .position(|l| l.id == sel)
            })
            .map_or(self.session.doc().workshop().lots.len(), |p| p + 1);
        self.apply_edit(Edit::InsertLot(index, Box::new(lot)), None);
        // A new lot shows in the list even when filters would hide it.
        self.view.list.clear_filters();
        self.select(Some(id));
    }

    /// After an undo or redo: the next typing is a new step, drafts are stale, and the selected
    /// lot may be gone.
    pub(super) fn after_undo(&mut self) {
        self.view.drafts.clear();
        if let Some(id) = self.view.selected
            && self.session.doc().workshop().lot(id).is_none()
        {
            self.view.selected = self.session.doc().workshop().lots.first().map(|l| l.id);
        }
    }

    pub(super) fn list_order(&self) -> Vec<LotId> {
        lot_list::visible_order(
            self.session.doc().workshop(),
            self.session.doc().portfolio(),
            &self.catalogue,
            &self.view.list,
            self.lang(),
        )
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.closing {
            // The last votes land and the round's lots are revealed before anything is saved.
            self.close_phone_round();
            if self.session.doc().is_dirty() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.ask(Modal::Unsaved(Pending::Quit));
            } else {
                self.closing = true;
            }
        }
    }
}

/// What the panels may read this frame.
fn shared<'a>(
    doc: &'a Document,
    catalogue: &'a Catalogue,
    prefs: &Prefs,
    view: &View,
    enabled: &'a [Command],
) -> Shared<'a> {
    Shared {
        workshop: doc.workshop(),
        portfolio: doc.portfolio(),
        sensitivity: doc.sensitivity(),
        scale: crate::format::scale_file::scale_of(doc.workshop()),
        catalogue,
        lang: prefs.lang(),
        dark: prefs.dark && !view.presenting,
        enabled,
        sizes: view.sizes,
        presenting: view.presenting,
        hide_amounts: view.hide_amounts,
        revision: doc.revision(),
        file_chooser: prefs.file_chooser,
        is_example: *doc.origin() == Origin::Example,
    }
}

/// The sizes of the frame: the desk's, or the room's scaled to the window's height.
fn sizes(ctx: &egui::Context, presenting: bool) -> theme::Sizes {
    if presenting {
        theme::Sizes::ROOM.scaled(super::layout::room_scale(ctx.content_rect().height()))
    } else {
        theme::Sizes::DESK
    }
}

impl eframe::App for KraljicApp {
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        super::keys::release_as_pressed(&mut raw_input.events, &mut self.held_keys);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if let Some(stats) = &mut self.frame_stats {
            stats.frame(ui);
        }
        let ctx = ui.ctx().clone();
        self.count_first_frames(&ctx);
        self.apply_style(&ctx);
        self.follow_prefs(&ctx);
        self.handle_close_request(&ctx);
        self.view.anchors = dialogs::tour::Anchors::default();
        self.take_tour_keys(&ctx);
        self.run_pressed_keys(&ctx);
        // The matrix says again below whether it has the pointer or the focus.
        self.view.drawn.hot = false;
        let mut output = Output::default();
        let enabled = self.enabled_commands();
        self.poll_export(&ctx);
        self.poll_sheet_read();
        self.poll_phone_round();
        let status = self.status();
        {
            let shared = shared(
                self.session.doc(),
                &self.catalogue,
                &self.prefs,
                &self.view,
                &enabled,
            );
            if !self.view.presenting {
                let calendar = self.view.calendar_shown;
                if let Some(file) = menu::show(ui, &shared, &self.prefs, calendar, &mut output) {
                    self.view.anchors.set(dialogs::tour::Spot::FileMenu, file);
                }
                if status_bar::show(ui, &shared, &status)
                    && let Some(job) = self.export.take()
                {
                    // Stopped between two pages: nothing is written, not even a part.
                    job.cancel();
                }
                lot_list::show(ui, &shared, &mut self.view, &mut output);
            }
            lot_card::show(ui, &shared, &mut self.view, &mut output);
        }
        // Edits from the card apply before the plot is drawn: a new score moves its point in
        // the same frame.
        for (edit, typing) in std::mem::take(&mut output.edits) {
            self.apply_edit(edit, typing);
        }
        let shared = shared(
            self.session.doc(),
            &self.catalogue,
            &self.prefs,
            &self.view,
            &enabled,
        );
        egui::CentralPanel::default().show(ui, |ui| {
            if self.view.calendar_shown {
                super::desk::calendar_view::show(ui, &shared, &mut self.view, &mut output);
            } else {
                plot::show(ui, &shared, &mut self.view, &mut output);
            }
        });
        settings::show(&ctx, &shared, &mut self.view, &mut output);
        dialogs::show_windows(&ctx, &shared, &mut self.view, &mut output);
        let mut open = self.view.windows.is_open(super::ToolWindow::NewWorkshop);
        let templates = &self.templates;
        dialogs::new_workshop::show(
            &ctx,
            &shared,
            &mut self.view,
            templates,
            &mut open,
            &mut output,
        );
        self.view.windows.set(super::ToolWindow::NewWorkshop, open);
        super::desk::record::review_window(&ctx, &shared, &mut self.view, &mut output);
        dialogs::tour::show(&ctx, &shared, &mut self.view);
        let phone = self.phone.as_ref();
        let round =
            super::room::phone_round::show_phone_windows(&ctx, &shared, phone, &mut self.view);
        let import = self.import.as_mut().and_then(|d| d.show(&ctx, &shared));
        let register = self.register.as_mut().and_then(|d| d.show(&ctx, &shared));
        let read_copy = self.read_copy.as_mut().and_then(|d| d.show(&ctx, &shared));
        if let Some(job) = &self.reading
            && dialogs::reading::show(&ctx, &shared, job)
        {
            // Cancelled: the worker stops, and its result is never taken.
            self.reading = None;
            self.opening = None;
        }
        let lang = shared.lang;
        // The built-in file chooser, under a question or message shown with it.
        self.show_chooser(&ctx);
        let answer = self
            .files
            .modals
            .front()
            .and_then(|modal| dialogs::show_modal(&ctx, modal, lang));
        if let Some(answer) = answer {
            self.answer_modal(&ctx, answer);
        }
        self.apply(&ctx, output);
        if let Some(action) = round {
            self.phone_round_action(action);
        }
        if let Some(action) = import {
            self.finish_import(action);
        }
        if let Some(action) = register {
            self.finish_register(action);
        }
        if let Some(action) = read_copy {
            self.finish_read_copy(action);
        }
        self.autosave(&ctx);
        self.typing_last_frame = ctx.text_edit_focused();
        // The window is named for a screen reader as in its title bar.
        let title = self.title.clone();
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(title));
        theme::paint_focus(&ctx, self.prefs.dark && !self.view.presenting);
        super::keys::keep_arrows_for_commands(&ctx);
        if self.closing && !self.close_sent {
            ctx.send_viewport_cmd(ViewportCommand::Close);
            self.close_sent = true;
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.prefs);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // A clean exit: the user saved or chose to discard; nothing is left to recover.
        if self.closing {
            self.clear_recovery();
        }
    }
}
