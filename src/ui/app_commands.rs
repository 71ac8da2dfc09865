//! The window's commands: which can run now, running one (the menus, the keys and the command
//! palette all come here), and the key presses of a frame in the order they were pressed.

use egui::ViewportCommand;

use super::app::KraljicApp;
use super::dialogs::Pending;
use super::session::choose::FilePurpose;
use super::{Command, ToolWindow, keys};
use crate::locale::Lang;
use crate::report::ExportKind;

impl KraljicApp {
    /// The commands that can run now.
    pub(super) fn enabled_commands(&self) -> Vec<Command> {
        let workshop = self.session.doc().workshop();
        Command::ALL
            .into_iter()
            .filter(|command| match command {
                Command::Undo => self.session.can_undo(),
                Command::Redo => self.session.can_redo(),
                Command::DuplicateLot | Command::DeleteLot => self
                    .view
                    .selected
                    .is_some_and(|id| workshop.lot(id).is_some()),
                Command::NextLot | Command::PreviousLot => !workshop.lots.is_empty(),
                c if c.is_keyboard_scoring() => self
                    .view
                    .selected
                    .is_some_and(|id| workshop.lot(id).is_some()),
                Command::NextUnscored => workshop.lots.iter().any(|lot| !lot.is_scored()),
                Command::Back => {
                    self.view.presenting
                        || self.view.windows.any()
                        || self.view.participant_mark.is_some()
                }
                Command::ScoreParticipants => {
                    workshop.copy_of.is_none()
                        && !workshop.participants.is_empty()
                        && self
                            .view
                            .selected
                            .is_some_and(|id| workshop.lot(id).is_some())
                }
                Command::PreviousParticipant
                | Command::NextParticipant
                | Command::ParticipantScoreBack => self.view.participant_mark.is_some(),
                Command::StopComparing => self.view.baseline.is_some(),
                Command::AnswerQuestion => {
                    self.view.presenting
                        && self.view.tab == super::CardTab::Checklist
                        && self
                            .view
                            .selected
                            .is_some_and(|id| workshop.lot(id).is_some())
                }
                Command::Reveal => self
                    .view
                    .selected
                    .and_then(|id| workshop.lot(id))
                    .is_some_and(|lot| lot.round.blind),
                Command::CopyForParticipant | Command::MergeCopy => workshop.copy_of.is_none(),
                // Closing a running round always works; starting needs lots, in the workshop
                // itself (a participant's copy has no room to ask).
                Command::PhoneRound => {
                    self.phone.is_some()
                        || (workshop.copy_of.is_none() && !workshop.lots.is_empty())
                }
                Command::CopyStrategy => self
                    .view
                    .selected
                    .is_some_and(|id| workshop.lot(id).is_some()),
                Command::CopyMatrix | Command::CopyPortfolio => !workshop.lots.is_empty(),
                c if c.export_kind().is_some() => self.export.is_none(),
                _ => true,
            })
            .collect()
    }

    /// Runs a command.
    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
        if !self.enabled_commands().contains(&command) {
            return;
        }
        let lang = self.lang();
        // A remark on an earlier key press is gone once anything else is done.
        if !command.is_keyboard_scoring() {
            self.view.status_note = None;
        }
        // Every export goes through the one catalogue (report::ExportKind). A report of many
        // lots first asks which lot pages it takes.
        if let Some(kind) = command.export_kind() {
            let many = self.workshop().lots.len() > crate::report::pdf::ASK_ABOVE_LOTS;
            // The choice holds for this export only: asked again next time, and never left
            // over from an export whose file dialog was closed.
            let chosen = std::mem::take(&mut self.view.report_pages_chosen);
            if kind == ExportKind::Report && many && !chosen {
                self.view.report_pages = None;
                self.view.windows.open(ToolWindow::ReportPages);
            } else {
                if kind == ExportKind::Report && !many {
                    self.view.report_pages = None;
                }
                self.ask_file(FilePurpose::Export(kind));
            }
            return;
        }
        match command {
            Command::New => self.view.windows.open(ToolWindow::NewWorkshop),
            Command::Open => self.request(Pending::Open(None)),
            Command::MergeCopy => self.ask_file(FilePurpose::MergeCopy),
            Command::CopyForParticipant => self.view.windows.open(ToolWindow::CopyFor),
            Command::Participants => self.view.windows.open(ToolWindow::Participants),
            Command::PhoneRound => self.toggle_phone_round(),
            Command::Reveal => {
                if let Some(lot) = self.view.selected {
                    self.session.apply(super::Edit::Blind(lot, false), None);
                }
            }
            Command::CompareWith => self.ask_file(FilePurpose::Baseline),
            Command::StopComparing => self.view.baseline = None,
            Command::Import => self.ask_file(FilePurpose::Import),
            Command::PasteLots => self.paste_lots(),
            Command::CopyMatrix => self.copy_matrix(),
            Command::CopyPortfolio => self.copy_portfolio(),
            Command::CopyStrategy => self.copy_strategy(),
            Command::Save => self.save_then(None),
            Command::SaveAs => self.save_as(),
            Command::Quit => self.request(Pending::Quit),
            Command::Undo => self.step_history(true),
            Command::Redo => self.step_history(false),
            Command::ZoomIn => egui::gui_zoom::zoom_in(ctx),
            Command::ZoomOut => egui::gui_zoom::zoom_out(ctx),
            Command::ZoomReset => ctx.set_zoom_factor(1.0),
            Command::ToggleTheme => self.prefs.dark = !self.prefs.dark,
            Command::ToggleLanguage => self.prefs.set_lang(match lang {
                Lang::Dutch => Lang::English,
                Lang::English => Lang::Dutch,
            }),
            Command::Present => self.set_presenting(ctx, !self.view.presenting),
            // Esc leaves the participant grid first, then a window, then presentation mode.
            Command::Back if self.view.participant_mark.is_some() => {
                self.view.participant_mark = None;
            }
            Command::Back => match self.view.windows.top(ctx) {
                Some(window) => self.view.windows.close(window),
                None => self.set_presenting(ctx, false),
            },
            Command::HideAmounts => self.view.hide_amounts = !self.view.hide_amounts,
            Command::ToggleList => {
                self.prefs.list_open = Some(!self.view.list_open);
                self.view.list_open = !self.view.list_open;
            }
            Command::CardScores => self.view.tab = super::CardTab::Scores,
            Command::CardChecklist => self.view.tab = super::CardTab::Checklist,
            Command::CardStrategy => self.view.tab = super::CardTab::Strategy,
            Command::AnswerQuestion => self.view.focus_room_answer = true,
            Command::ToggleCard => {
                self.prefs.card_open = Some(!self.view.card_open);
                self.view.card_open = !self.view.card_open;
            }
            Command::Settings => self.view.windows.open(ToolWindow::Settings),
            Command::OpenQuestions => self.view.windows.open(ToolWindow::OpenQuestions),
            Command::Review => self.view.windows.toggle(ToolWindow::Review),
            Command::Kaders => self.view.windows.open(ToolWindow::Kaders),
            Command::KaderOverview => self.view.windows.open(ToolWindow::KaderOverview),
            Command::HintsOverview => self.view.windows.open(ToolWindow::Hints),
            Command::ToggleCalendar => self.view.calendar_shown = !self.view.calendar_shown,
            Command::MatrixTable => self.view.windows.open(ToolWindow::MatrixTable),
            Command::Sensitivity => {
                self.view.windows.open(ToolWindow::Sensitivity);
                self.view.borderline = true;
            }
            Command::BorderlineMarks => self.view.borderline = !self.view.borderline,
            Command::LevelHelp => self.view.windows.toggle(ToolWindow::LevelHelp),
            Command::ImportContracts => self.ask_file(FilePurpose::ImportContracts),
            Command::Tenders => self.view.windows.open(ToolWindow::Tenders),
            Command::Contracts => self.view.windows.open(ToolWindow::Contracts),
            Command::TakeOverKaders => self.ask_file(FilePurpose::TakeOverKaders),
            Command::Shortcuts => self.view.windows.toggle(ToolWindow::Shortcuts),
            Command::About => self.view.windows.open(ToolWindow::About),
            Command::Guide => self.view.windows.open(ToolWindow::Guide),
            Command::Tour => {
                self.set_presenting(ctx, false);
                super::dialogs::tour::start(&mut self.view);
            }
            Command::AddLot
            | Command::DuplicateLot
            | Command::DeleteLot
            | Command::ScoreNone
            | Command::ScoreLow
            | Command::ScoreMedium
            | Command::ScoreHigh
            | Command::ScoreImpact
            | Command::ScoreScarcity
            | Command::ScoreSwitching
            | Command::NextCriterion
            | Command::NextUnscored
            | Command::NextLot
            | Command::PreviousLot
            | Command::ScoreParticipants
            | Command::PreviousParticipant
            | Command::NextParticipant
            | Command::ParticipantScoreBack => self.run_lot_command(command),
            // The exports, run above.
            _ => {}
        }
    }

    /// Runs the commands of this frame's key presses one by one, in the order pressed: each
    /// command runs before the next key is looked at, so `N 3 2 1` scores the lot that N
    /// selected. Keys go to a question or the import window while one is open, not to the
    /// lots behind it.
    pub(super) fn run_pressed_keys(&mut self, ctx: &egui::Context) {
        let mut from = 0;
        while self.files.modals.is_empty()
            && self.import.is_none()
            && self.read_copy.is_none()
            && self.register.is_none()
            && self.files.chooser.is_none()
        {
            let matrix_hot = self.view.drawn.hot && !self.view.calendar_shown;
            let mut keyboard = keys::Keyboard::of(ctx);
            keyboard.free &= !self.typing_last_frame;
            let matrix_focused =
                (self.view.drawn.matrix_id).is_some_and(|id| ctx.memory(|m| m.has_focus(id)));
            let slider_focused =
                (self.view.sliders.iter()).any(|id| ctx.memory(|m| m.has_focus(*id)));
            let own = if matrix_focused {
                keys::MATRIX_KEYS
            } else if slider_focused {
                keys::SLIDER_KEYS
            } else {
                &[]
            };
            let map = keys::KeyMap::new(keyboard)
                .with_copy(matrix_hot)
                .leaving(own);
            let enabled = self.enabled_commands();
            let next = ctx.input_mut(|input| {
                keys::take_next(&mut input.events, from, &map, |c| enabled.contains(&c))
            });
            let Some((at, command)) = next else { break };
            from = at;
            self.run(ctx, command);
        }
    }

    /// Undoes (or redoes) one step, and says so.
    fn step_history(&mut self, undo: bool) {
        if undo {
            self.session.undo();
        } else {
            self.session.redo();
        }
        self.after_undo();
        self.announce_history(undo);
    }

    pub(super) fn set_presenting(&mut self, ctx: &egui::Context, on: bool) {
        if self.view.presenting != on {
            self.view.presenting = on;
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(on));
        }
    }
}
