//! The workshop window (eframe/egui): one module per panel and per dialog.
//!
//! Panels read the workshop through [`Shared`] and never change it: they push [`Edit`]s and
//! [`Command`]s into an [`Output`], which the app applies once at the end of the frame (one
//! undo step per click or per typed text).

mod announce;
pub mod app;
mod app_commands;
mod clipboard_commands;
pub mod commands;
pub mod desk;
pub mod dialogs;
pub mod frame_stats;
pub mod keys;
pub mod layout;
mod lot_commands;
pub mod prefs;
pub mod renderer;
pub mod renderer_memory;
pub mod room;
pub mod session;
pub mod theme;
pub mod widgets;
pub mod windows;

use std::path::PathBuf;

pub use crate::model::Edit;
pub use app::{KraljicApp, StartOptions};
pub use commands::Command;
pub use windows::{OpenWindows, ToolWindow};
// The paths the tests and the command line know.
pub use desk::lot_list;
pub use session::{clipboard, document, file_dialog};

use crate::locale::Lang;
use crate::locale::ui::UiTexts;
use crate::model::{Catalogue, LotId, Portfolio, Workshop};

/// What every panel may read during a frame.
pub struct Shared<'a> {
    /// The open workshop.
    pub workshop: &'a Workshop,
    /// Its analysis.
    pub portfolio: &'a Portfolio,
    /// How firmly its lots sit in their quadrants.
    pub sensitivity: &'a crate::model::sensitivity::Sensitivity,
    /// What the levels mean (the workshop's own, or the built-in one for a workshop made
    /// without one).
    pub scale: &'a crate::model::scale::Scale,
    /// The checklist questions.
    pub catalogue: &'a Catalogue,
    /// The interface language.
    pub lang: Lang,
    /// Dark theme.
    pub dark: bool,
    /// The commands that can be run now.
    pub enabled: &'a [Command],
    /// Text and marker sizes (desk or room).
    pub sizes: theme::Sizes,
    /// Presentation mode.
    pub presenting: bool,
    /// Show spend as ABC bands instead of euros (providers in the room).
    pub hide_amounts: bool,
    /// Changes whenever the workshop changes (for caches of derived drawing data).
    pub revision: u64,
    /// The file chooser the user prefers.
    pub file_chooser: file_dialog::ChooserPreference,
    /// The open workshop is the built-in example.
    pub is_example: bool,
}

impl Shared<'_> {
    /// The window texts.
    pub fn t(&self) -> &'static UiTexts {
        self.lang.ui()
    }

    /// How the matrix is laid out in this frame (the window's sizes at scale 1).
    pub fn matrix_options(&self, legend: bool) -> crate::chart::geometry::MatrixOptions {
        crate::chart::geometry::MatrixOptions {
            lang: self.lang,
            sizes: self.sizes,
            scale: 1.0,
            hide_amounts: self.hide_amounts,
            legend,
        }
    }

    /// Whether a command can be run now.
    pub fn is_enabled(&self, command: Command) -> bool {
        self.enabled.contains(&command)
    }
}

/// What the panels ask for during a frame.
#[derive(Debug, Default)]
pub struct Output {
    /// Edits, each with the id of the text field it was typed in (typing is one undo step).
    pub edits: Vec<(Edit, Option<egui::Id>)>,
    /// Commands to run.
    pub commands: Vec<Command>,
    /// Select this lot.
    pub select: Option<LotId>,
    /// Open this file (from the recent files).
    pub open_recent: Option<PathBuf>,
    /// Show this tab of the card.
    pub tab: Option<CardTab>,
    /// A text field lost focus: the next typing is a new undo step.
    pub end_typing: bool,
    /// The user chose another file chooser.
    pub file_chooser: Option<file_dialog::ChooserPreference>,
    /// Write a copy of the workshop for this participant (asks where).
    pub copy_for: Option<crate::model::ParticipantId>,
    /// Start a new workshop this way.
    pub new_workshop: Option<dialogs::new_workshop::NewStart>,
    /// Show what the levels of this criterion mean (it becomes the one the digits score).
    pub level_help: Option<crate::model::Criterion>,
}

impl Output {
    /// An edit made by a click: one undo step.
    pub fn edit(&mut self, edit: Edit) {
        self.edits.push((edit, None));
    }

    /// An edit typed in the text field `field`: consecutive typing is one undo step.
    pub fn typed(&mut self, field: egui::Id, edit: Edit) {
        self.edits.push((edit, Some(field)));
    }

    /// Runs a command at the end of the frame.
    pub fn run(&mut self, command: Command) {
        self.commands.push(command);
    }
}

/// The tab shown in the lot card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum CardTab {
    /// Scores, quadrant, notes and the record of decisions.
    #[default]
    Scores,
    /// The checklist.
    Checklist,
    /// The lot's strategy.
    Strategy,
}

/// A remark in the status line: a key press that did nothing (a warning), or something done
/// that has no window of its own (copied to the clipboard).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusNote {
    /// The words.
    pub text: String,
    /// Done, not a warning: shown with a tick, not in the warning colour.
    pub done: bool,
}

impl StatusNote {
    /// A key press that did nothing, and why.
    pub fn warning(text: &str) -> StatusNote {
        StatusNote {
            text: text.to_string(),
            done: false,
        }
    }

    /// Something done.
    pub fn done(text: String) -> StatusNote {
        StatusNote { text, done: true }
    }
}

/// State of the window that is not saved in the workshop.
#[derive(Debug, Default)]
pub struct View {
    /// The selected lot.
    pub selected: Option<LotId>,
    /// The card's tab.
    pub tab: CardTab,
    /// The criterion the number keys score.
    pub criterion: crate::model::Criterion,
    /// Sorting, filters and search of the lot list.
    pub list: lot_list::ListState,
    /// Open windows.
    pub windows: OpenWindows,
    /// Text typed in an amount or number field that is not (yet) valid, by field.
    pub drafts: std::collections::HashMap<egui::Id, String>,
    /// Scroll the list to the selected lot on the next frame.
    pub scroll_to_selected: bool,
    /// Presentation mode: full screen, only the plot and the card, large type.
    pub presenting: bool,
    /// Spend shown as ABC bands instead of euros.
    pub hide_amounts: bool,
    /// An earlier analysis to compare with.
    pub baseline: Option<desk::baseline::Baseline>,
    /// The running time box, if any.
    pub timer: Option<desk::record::Timer>,
    /// Give the record item at this position the keyboard (it was just added).
    pub focus_record: Option<usize>,
    /// The lot list is open (else a narrow strip); set each frame from the preferences.
    pub list_open: bool,
    /// The lot card is open (else a narrow strip); set each frame from the preferences.
    pub card_open: bool,
    /// Where the digits score a participant (the participant's place in the list, and the
    /// criterion) after P; `None`: they score the lot.
    pub participant_mark: Option<(usize, crate::model::Criterion)>,
    /// The checklist question shown in presentation mode (one at a time).
    pub room_question: usize,
    /// The room's question's answer field takes the keyboard in the next frame (Enter).
    pub focus_room_answer: bool,
    /// The text and marker sizes of this frame (desk, or the room's scaled to the screen).
    pub sizes: theme::Sizes,
    /// The central panel shows the tender calendar instead of the matrix.
    pub calendar_shown: bool,
    /// Borderline lots (one score step or a few points from another quadrant) are ringed.
    pub borderline: bool,
    /// The sliders drawn in the last frame: while one has the focus, ← and → are its own.
    pub sliders: Vec<egui::Id>,
    /// The thresholds tried in the sensitivity window, and what they would do.
    pub what_if: Option<dialogs::sensitivity::WhatIfDraft>,
    /// The matrix as drawn in the last frame, with what its drawing keeps between frames.
    pub drawn: desk::plot::Drawn,
    /// The calendar's selection and drag.
    pub calendar: desk::calendar_view::CalendarState,
    /// The participant whose removal waits for a yes in the participants window.
    pub remove_participant: Option<crate::model::ParticipantId>,
    /// The participant chosen in the window that writes a copy.
    pub copy_participant: Option<crate::model::ParticipantId>,
    /// A remark in the status line until the next change of lot or score.
    pub status_note: Option<StatusNote>,
    /// How a new workshop is to start, as chosen in its window (a template's name; empty:
    /// another workshop file).
    pub new_start: Option<String>,
    /// The lot pages chosen for the next report (asked above
    /// [`crate::report::pdf::ASK_ABOVE_LOTS`] lots); `None` until chosen.
    pub report_pages: Option<crate::report::pdf::LotPages>,
    /// The choice in the window that asks for them.
    pub report_pages_choice: usize,
    /// The phone round's start window.
    pub round_setup: room::phone_round::RoundSetup,
    /// The lot the phones vote on now (marked among the lots not in the matrix).
    pub voting_on: Option<LotId>,
    /// The lot the keyboard cursor is on while the matrix has the focus.
    pub matrix_cursor: Option<LotId>,
    /// What a screen reader is told of the last change (the status line's live region).
    pub announcement: Option<String>,
    /// That window's choices with their counts, for the workshop revision they were counted at.
    pub report_pages_offer: Option<(u64, Vec<(crate::report::pdf::LotPages, usize)>)>,
    /// That window's *Verder* was just pressed: the next report export takes the choice.
    pub report_pages_chosen: bool,
    /// The step of the tour on screen, if any.
    pub tour: Option<usize>,
    /// Where the parts of the window the tour points at were drawn in this frame.
    pub anchors: dialogs::tour::Anchors,
}

impl View {
    /// Whether the matrix explains its rank numbers in a legend: in presentation mode and
    /// while the lot list (which names each number) is folded away.
    pub fn legend_wanted(&self, shared: &Shared<'_>) -> bool {
        shared.presenting || !self.list_open
    }
}

/// The app's icon (`assets/icon.png`, drawn by `scripts/make-icon.sh`) for the title bar and
/// the task bar; the Windows exe also carries it as a resource (`build.rs`).
fn window_icon() -> egui::IconData {
    let decoded = (|| {
        let decoder = png::Decoder::new(std::io::Cursor::new(include_bytes!(
            "../../assets/icon.png"
        )));
        let mut reader = decoder.read_info().ok()?;
        let mut rgba = vec![0; reader.output_buffer_size()?];
        let info = reader.next_frame(&mut rgba).ok()?;
        let rgba8 =
            info.color_type == png::ColorType::Rgba && info.bit_depth == png::BitDepth::Eight;
        rgba8.then_some(egui::IconData {
            rgba,
            width: info.width,
            height: info.height,
        })
    })();
    decoded.unwrap_or_else(|| {
        log::warn!("the window icon cannot be read; the system's default is shown");
        egui::IconData::default()
    })
}

#[cfg(test)]
#[test]
fn the_window_icon_is_read() {
    let icon = window_icon();
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
}

/// Opens the window on `file` (or the last file used, or the built-in example) and runs until
/// it is closed. The renderer the last start painted with is started directly
/// ([`renderer_memory`]); otherwise, or when it cannot open the window, the renderers are tried
/// in order, each proven off screen first ([`renderer`]).
pub fn run_window(file: Option<PathBuf>) -> Result<(), eframe::Error> {
    let store = renderer_memory::Store::beside_preferences();
    let remembered = store.as_ref().and_then(renderer_memory::Store::read);
    let version = env!("CARGO_PKG_VERSION");
    let plan = renderer_memory::plan(remembered.as_ref(), version);
    let mut last_error = None;
    let mut skip = None;
    if let renderer_memory::Plan::Use(chosen) = plan {
        let adapter = remembered.as_ref().map_or("", |r| r.adapter.as_str());
        match renderer::unprobed(chosen, adapter) {
            Ok(start) => match open_window(&file, start, None, store.as_ref()) {
                Ok(()) => return Ok(()),
                Err(error) => last_error = Some(error),
            },
            Err(reason) => log::warn!("renderer {} passed over: {reason}", chosen.code()),
        }
        // The usual order, without the one that just failed.
        skip = Some(chosen);
    }
    let reason = match plan {
        renderer_memory::Plan::Probe(reason) => reason,
        renderer_memory::Plan::Use(_) => renderer_memory::ProbeReason::RememberedFailed,
    };
    let probe = |r: renderer::Renderer| {
        if Some(r) == skip {
            Err("failed without a probe on this start".to_string())
        } else {
            renderer::probe(r)
        }
    };
    for proven in renderer::candidates(probe) {
        match open_window(&file, proven, Some(reason), store.as_ref()) {
            Ok(()) => return Ok(()),
            Err(error) => last_error = Some(error),
        }
    }
    Err(last_error
        .unwrap_or_else(|| eframe::Error::AppCreation("no renderer works on this computer".into())))
}

/// Opens the window with one renderer, written down in `store` as started before and as
/// painted after its first frame.
fn open_window(
    file: &Option<PathBuf>,
    proven: renderer::Proven,
    probed: Option<renderer_memory::ProbeReason>,
    store: Option<&renderer_memory::Store>,
) -> Result<(), eframe::Error> {
    let mut options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Kraljic Workshop")
            .with_app_id("kraljic-workshop")
            .with_inner_size([1600.0, 980.0])
            .with_min_inner_size([960.0, 640.0])
            .with_icon(window_icon()),
        // The system's fonts are looked for when a letter first needs one, not at the start.
        system_font_fallback: false,
        ..eframe::NativeOptions::default()
    };
    let (chosen, adapter) = (proven.renderer, proven.adapter.clone());
    let start = renderer_memory::started(chosen, &adapter, env!("CARGO_PKG_VERSION"));
    if let Some(store) = store {
        store.write(&start);
    }
    proven.apply(&mut options);
    let file = file.clone();
    let store = store.cloned();
    let opened = eframe::run_native(
        "Kraljic Workshop",
        options,
        Box::new(move |cc| {
            cc.egui_ctx
                .add_font_provider(std::sync::Arc::new(crate::chart::fallback::LazySystemFonts));
            if let Some(state) = &cc.wgpu_render_state {
                renderer::log_device_errors(&state.device);
            }
            let now = renderer::adapter_of(cc).unwrap_or(adapter);
            renderer::set_running(renderer::Running {
                renderer: chosen,
                adapter: now.clone(),
                probed,
            });
            let on_first_frame: Box<dyn FnOnce()> = Box::new(move || {
                if let Some(store) = store {
                    store.write(&renderer_memory::painted(&start, probed.is_some(), &now));
                }
            });
            Ok(Box::new(KraljicApp::new(
                cc,
                StartOptions {
                    file,
                    on_first_frame: Some(on_first_frame),
                    ..StartOptions::default()
                },
            )))
        }),
    );
    opened.inspect_err(|error| {
        log::warn!(
            "renderer {} could not open the window: {error}",
            chosen.code()
        );
    })
}

/// A file as the window names it: its name, or the whole path when it has none.
pub fn shown_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
