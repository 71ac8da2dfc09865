//! The menu bar, as data: [`MENUS`] lists every menu and its entries, and [`show`] draws that
//! list. Every entry is a [`Command`]: label, tooltip, shortcut and enabled state all come from
//! the command table. Tests walk the same list the window draws.

use egui::Button;

use crate::ui::prefs::Prefs;
use crate::ui::{Command, Output, Shared};

/// The title of a menu or submenu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuTitle {
    /// File.
    File,
    /// File > Export.
    Export,
    /// Edit.
    Edit,
    /// Lot.
    Lot,
    /// Lot > keyboard scoring.
    Scoring,
    /// View > the card's tabs.
    CardTabs,
    /// View.
    View,
    /// Help.
    Help,
}

/// An entry of a menu.
#[derive(Clone, Copy, Debug)]
pub enum Item {
    /// A command.
    Command(Command),
    /// A line between groups.
    Separator,
    /// A submenu.
    Submenu(MenuTitle, &'static [Item]),
    /// The recently used files.
    Recent,
}

use Item::{Command as C, Separator as Line};

const EXPORT: &[Item] = &[
    C(Command::ExportReport),
    Line,
    C(Command::ExportPng),
    C(Command::ExportPngPrint),
    C(Command::ExportSvg),
    Line,
    C(Command::ExportGanttPng),
    C(Command::ExportGanttSvg),
    C(Command::ExportIcs),
    Line,
    C(Command::ExportXlsx),
    C(Command::ExportCsv),
];

const CARD_TABS: &[Item] = &[
    C(Command::CardScores),
    C(Command::CardChecklist),
    C(Command::CardStrategy),
    C(Command::AnswerQuestion),
];

const SCORING: &[Item] = &[
    C(Command::ScoreImpact),
    C(Command::ScoreScarcity),
    C(Command::ScoreSwitching),
    C(Command::NextCriterion),
    C(Command::ScoreNone),
    C(Command::ScoreLow),
    C(Command::ScoreMedium),
    C(Command::ScoreHigh),
    Line,
    C(Command::LevelHelp),
];

/// Every menu of the menu bar, in order, with its entries.
pub const MENUS: &[(MenuTitle, &[Item])] = &[
    (
        MenuTitle::File,
        &[
            C(Command::New),
            C(Command::Open),
            Item::Recent,
            C(Command::CopyForParticipant),
            C(Command::MergeCopy),
            C(Command::CompareWith),
            C(Command::StopComparing),
            Line,
            C(Command::Import),
            C(Command::ImportContracts),
            Item::Submenu(MenuTitle::Export, EXPORT),
            Line,
            C(Command::Save),
            C(Command::SaveAs),
            Line,
            C(Command::Settings),
            Line,
            C(Command::Quit),
        ],
    ),
    (
        MenuTitle::Edit,
        &[
            C(Command::Undo),
            C(Command::Redo),
            Line,
            C(Command::PasteLots),
            Line,
            C(Command::CopyMatrix),
            C(Command::CopyPortfolio),
            C(Command::CopyStrategy),
        ],
    ),
    (
        MenuTitle::Lot,
        &[
            C(Command::AddLot),
            C(Command::DuplicateLot),
            C(Command::DeleteLot),
            Line,
            C(Command::PreviousLot),
            C(Command::NextLot),
            C(Command::NextUnscored),
            Item::Submenu(MenuTitle::Scoring, SCORING),
            Line,
            C(Command::Participants),
            C(Command::ScoreParticipants),
            C(Command::PreviousParticipant),
            C(Command::NextParticipant),
            C(Command::ParticipantScoreBack),
            C(Command::Reveal),
            C(Command::PhoneRound),
            Line,
            C(Command::OpenQuestions),
            C(Command::Review),
            C(Command::HintsOverview),
            C(Command::Tenders),
            C(Command::Contracts),
            Line,
            C(Command::Kaders),
            C(Command::KaderOverview),
            C(Command::TakeOverKaders),
        ],
    ),
    (
        MenuTitle::View,
        &[
            C(Command::ZoomIn),
            C(Command::ZoomOut),
            C(Command::ZoomReset),
            Line,
            C(Command::ToggleTheme),
            C(Command::ToggleLanguage),
            C(Command::ToggleCalendar),
            C(Command::MatrixTable),
            C(Command::Sensitivity),
            C(Command::BorderlineMarks),
            Line,
            C(Command::Present),
            C(Command::Back),
            C(Command::HideAmounts),
            Line,
            C(Command::ToggleList),
            C(Command::ToggleCard),
            // A submenu: at 768 pixels high the whole menu must fit.
            Item::Submenu(MenuTitle::CardTabs, CARD_TABS),
        ],
    ),
    (
        MenuTitle::Help,
        &[
            C(Command::Guide),
            C(Command::Tour),
            C(Command::Shortcuts),
            C(Command::About),
        ],
    ),
];

/// Every command the menus show, in menu order (submenus included).
pub fn commands_in_menus() -> Vec<Command> {
    fn walk(items: &[Item], out: &mut Vec<Command>) {
        for item in items {
            match item {
                Item::Command(command) => out.push(*command),
                Item::Submenu(_, items) => walk(items, out),
                Item::Separator | Item::Recent => {}
            }
        }
    }
    let mut out = Vec::new();
    for (_, items) in MENUS {
        walk(items, &mut out);
    }
    out
}

fn title(shared: &Shared<'_>, title: MenuTitle) -> &'static str {
    let t = shared.t();
    match title {
        MenuTitle::File => t.menu_file,
        MenuTitle::Export => shared.lang.exchange().menu_export,
        MenuTitle::Edit => t.menu_edit,
        MenuTitle::Lot => t.menu_lot,
        MenuTitle::Scoring => t.menu_scoring,
        MenuTitle::CardTabs => t.menu_card_tabs,
        MenuTitle::View => t.menu_view,
        MenuTitle::Help => t.menu_help,
    }
}

/// Shows the menu bar at the top of the window; returns where its first menu (File) was drawn.
pub fn show(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    prefs: &Prefs,
    calendar_shown: bool,
    out: &mut Output,
) -> Option<egui::Rect> {
    let mut first_menu = None;
    egui::Panel::top("menu-bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            for (menu, items) in MENUS {
                let button = ui.menu_button(title(shared, *menu), |ui| {
                    scrolling(ui, |ui| entries(ui, shared, prefs, out, items));
                });
                first_menu.get_or_insert(button.response.rect);
            }
            // The central panel's two views, as tabs (Ctrl+K switches too).
            ui.separator();
            let x = crate::locale::planning::texts(shared.lang);
            for (calendar, name) in [(false, x.matrix_tab), (true, x.calendar_tab)] {
                let chosen = calendar_shown == calendar;
                let tab = ui.add(egui::Button::selectable(chosen, name));
                crate::ui::widgets::tab(ui, &tab, chosen);
                if tab.on_hover_text(x.toggle.tooltip).clicked() && !chosen {
                    out.run(Command::ToggleCalendar);
                }
            }
        });
    });
    first_menu
}

/// The room a menu keeps free of the window's height: the menu bar above it and a margin.
const MENU_MARGIN: f32 = 56.0;

/// A menu's entries, scrolling inside the menu when the window is too low for all of them (a
/// 768-line laptop at 150 %), so that no entry is cut off and the menu never covers its bar.
fn scrolling(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    let room = (ui.ctx().content_rect().height() - MENU_MARGIN).max(120.0);
    // The minimum too: an egui popup measures itself once at a default height (400 points),
    // and a scroll area would keep that height even where the window has more room.
    egui::ScrollArea::vertical()
        .max_height(room)
        .min_scrolled_height(room)
        .show(ui, add);
}

fn entries(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    prefs: &Prefs,
    out: &mut Output,
    items: &[Item],
) {
    for item in items {
        match item {
            Item::Command(c) => command(ui, shared, out, *c),
            Item::Separator => {
                ui.separator();
            }
            Item::Submenu(menu, items) => {
                ui.menu_button(title(shared, *menu), |ui| {
                    scrolling(ui, |ui| entries(ui, shared, prefs, out, items));
                });
            }
            Item::Recent => recent_files(ui, shared, prefs, out),
        }
    }
}

fn recent_files(ui: &mut egui::Ui, shared: &Shared<'_>, prefs: &Prefs, out: &mut Output) {
    let t = shared.t();
    ui.menu_button(t.recent_files, |ui| {
        if prefs.recent.is_empty() {
            ui.label(t.no_recent_files);
        }
        for path in &prefs.recent {
            let name = crate::ui::shown_name(path);
            if ui
                .button(name)
                .on_hover_text(path.display().to_string())
                .clicked()
            {
                out.open_recent = Some(path.clone());
                ui.close();
            }
        }
    });
}

/// A menu entry for a command.
pub fn command(ui: &mut egui::Ui, shared: &Shared<'_>, out: &mut Output, command: Command) {
    let text = command.text(shared.lang);
    let mut button = Button::new(text.label);
    let keys = (command.shortcuts().first())
        .map(|shortcut| crate::locale::keys::shortcut(shortcut, shared.lang));
    if let Some(keys) = &keys {
        button = button.shortcut_text(keys.as_str());
    }
    let response = ui
        .add_enabled(shared.is_enabled(command), button)
        .on_hover_text(text.tooltip);
    // Named without the keys (egui puts them in the name); the keys as the shortcut, and in the
    // description, as neither bridge passes a shortcut on yet.
    let label = text.label.to_string();
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_label(label.clone());
        if let Some(keys) = keys {
            node.set_keyboard_shortcut(keys.clone());
            node.set_description(format!("{label} ({keys})"));
        }
    });
    if response.clicked() {
        out.run(command);
        ui.close();
    }
}
