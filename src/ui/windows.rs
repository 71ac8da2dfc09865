//! The tool windows that float over the workshop (settings, shortcuts, about, open questions,
//! review): which are open, which one is on top, and the look they share.

/// A window that floats over the workshop and closes with Esc.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ToolWindow {
    /// Workshop settings.
    Settings,
    /// Keyboard shortcuts (F1).
    Shortcuts,
    /// About.
    About,
    /// Open questions of all lots.
    OpenQuestions,
    /// The review of the session record.
    Review,
    /// The workshop's kaders, to edit.
    Kaders,
    /// Every lot against every kader.
    KaderOverview,
    /// Every lot's consistency hints.
    Hints,
    /// The tenders, to make and edit.
    Tenders,
    /// The current contracts, to edit.
    Contracts,
    /// The participants, to edit.
    Participants,
    /// Write a copy for one participant.
    CopyFor,
    /// The guide (Dutch).
    Guide,
    /// How a new workshop starts.
    NewWorkshop,
    /// Which lot pages a large report takes.
    ReportPages,
    /// Start a phone round.
    PhoneRound,
    /// The matrix as a table.
    MatrixTable,
    /// Borderline lots and the what-if of the thresholds.
    Sensitivity,
    /// What the levels of the criterion being scored mean.
    LevelHelp,
}

impl ToolWindow {
    /// The window's egui id: the same in both languages, so its place and size survive a
    /// language switch and the app can tell which window is on top.
    pub fn id(self) -> egui::Id {
        egui::Id::unique(("kraljic-tool-window", self))
    }

    /// An egui window with this id, centred across the screen near its top when it first
    /// opens. Anchored at its top, it keeps its place while it grows (a row added, a question
    /// shown), so the next click does not miss.
    pub fn window(self, ctx: &egui::Context, title: &str) -> egui::Window<'static> {
        let screen = ctx.content_rect();
        let top = screen.center_top() + egui::vec2(0.0, (screen.height() * 0.08).max(40.0));
        // A window's title is its command's label without the "…" that promises it.
        egui::Window::new(title.trim_end_matches('\u{2026}').to_owned())
            .id(self.id())
            .pivot(egui::Align2::CENTER_TOP)
            .default_pos(top)
            .max_height(screen.height() * 0.85)
    }

    fn layer(self) -> egui::LayerId {
        egui::LayerId::new(egui::Order::Middle, self.id())
    }
}

/// Which tool windows are open, in the order they were opened.
#[derive(Clone, Debug, Default)]
pub struct OpenWindows {
    open: Vec<ToolWindow>,
}

impl OpenWindows {
    /// Whether the window is open.
    pub fn is_open(&self, window: ToolWindow) -> bool {
        self.open.contains(&window)
    }

    /// Whether any tool window is open.
    pub fn any(&self) -> bool {
        !self.open.is_empty()
    }

    /// Opens the window (or keeps it open).
    pub fn open(&mut self, window: ToolWindow) {
        if !self.is_open(window) {
            self.open.push(window);
        }
    }

    /// Closes the window.
    pub fn close(&mut self, window: ToolWindow) {
        self.open.retain(|&w| w != window);
    }

    /// Opens a closed window, closes an open one.
    pub fn toggle(&mut self, window: ToolWindow) {
        self.set(window, !self.is_open(window));
    }

    /// Opens or closes the window (after its close button was drawn).
    pub fn set(&mut self, window: ToolWindow, open: bool) {
        if open {
            self.open(window);
        } else {
            self.close(window);
        }
    }

    /// The open window drawn on top: the last one raised in egui's window order (opening,
    /// clicking or dragging raises a window); a window opened since the last frame is newer
    /// than every window already shown.
    pub fn top(&self, ctx: &egui::Context) -> Option<ToolWindow> {
        ctx.memory(|memory| {
            let areas = memory.areas();
            let order: Vec<egui::LayerId> = memory.layer_ids().collect();
            self.open
                .iter()
                .enumerate()
                .max_by_key(|&(opened, window)| {
                    let layer = window.layer();
                    let raised = if areas.visible_last_frame(&layer) {
                        order.iter().position(|&l| l == layer).unwrap_or(0)
                    } else {
                        usize::MAX
                    };
                    (raised, opened)
                })
                .map(|(_, &window)| window)
        })
    }
}
