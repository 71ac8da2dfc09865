//! Every action of the window as one typed command. Each command knows its label, tooltip and
//! keyboard shortcuts, so the menus, the shortcut help (F1) and key handling read one table.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::locale::Lang;
use crate::locale::ui::CommandText;

/// Declares [`Command`] and [`Command::ALL`] from one list, so a command cannot be left out of
/// the list the menus, the shortcut help and key handling walk.
macro_rules! commands {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// An action the user can take from a menu or the keyboard.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Command {
            $($(#[$doc])* $name,)*
        }

        impl Command {
            /// Every command, in menu order.
            pub const ALL: [Command; [$(stringify!($name)),*].len()] = [$(Command::$name),*];
        }
    };
}

commands! {
    /// Start an empty workshop.
    New,
    /// Open a workshop file.
    Open,
    /// Write a copy of the workshop for one participant to score offline.
    CopyForParticipant,
    /// Read a participant's scores from their copy of the workshop.
    MergeCopy,
    /// Open an earlier analysis to compare with.
    CompareWith,
    /// Close the earlier analysis.
    StopComparing,
    /// Import lots from a spreadsheet.
    Import,
    /// The matrix as PNG (1920x1080).
    ExportPng,
    /// The matrix as PNG for print.
    ExportPngPrint,
    /// The matrix as SVG.
    ExportSvg,
    /// Export the tender calendar as PNG.
    ExportGanttPng,
    /// Export the tender calendar as SVG.
    ExportGanttSvg,
    /// Export the tender calendar as an agenda file.
    ExportIcs,
    /// The portfolio as an Excel workbook.
    ExportXlsx,
    /// The portfolio as CSV.
    ExportCsv,
    /// The strategy report as PDF.
    ExportReport,
    /// Save to the current file (or ask for one).
    Save,
    /// Save under a new name.
    SaveAs,
    /// Close the program.
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Paste lots copied in a spreadsheet (through the import window).
    PasteLots,
    /// Put the matrix on the clipboard as a picture.
    CopyMatrix,
    /// Put the portfolio table on the clipboard (text and HTML).
    CopyPortfolio,
    /// Put the selected lot's strategy on the clipboard (text and HTML).
    CopyStrategy,
    /// Add a lot.
    AddLot,
    /// Copy the selected lot.
    DuplicateLot,
    /// Delete the selected lot.
    DeleteLot,
    /// Select the next lot of the list.
    NextLot,
    /// Select the previous lot of the list.
    PreviousLot,
    /// Select the next lot that is not yet scored.
    NextUnscored,
    /// The next digit scores impact.
    ScoreImpact,
    /// The next digit scores scarcity.
    ScoreScarcity,
    /// The next digit scores switching.
    ScoreSwitching,
    /// The next digit scores the next criterion.
    NextCriterion,
    /// The digits score the participants of the selected lot, from the first one.
    ScoreParticipants,
    /// The participant mark one participant back.
    PreviousParticipant,
    /// The participant mark one participant on.
    NextParticipant,
    /// The participant mark one score back.
    ParticipantScoreBack,
    /// Give the active criterion of the selected lot score 0.
    ScoreNone,
    /// Score 1.
    ScoreLow,
    /// Score 2.
    ScoreMedium,
    /// Score 3.
    ScoreHigh,
    /// The workshop settings window.
    Settings,
    /// The participants window.
    Participants,
    /// Reveal the selected lot's blind round.
    Reveal,
    /// Start a phone round, or close the running one and reveal its votes.
    PhoneRound,
    /// The open questions of all lots.
    OpenQuestions,
    /// The review of decisions, open issues and actions.
    Review,
    /// The window to edit the workshop's kaders.
    Kaders,
    /// The kader x lot overview.
    KaderOverview,
    /// Take kaders over from another workshop file.
    TakeOverKaders,
    /// Every lot's consistency hints.
    HintsOverview,
    /// Show the tender calendar instead of the matrix, or the matrix again.
    ToggleCalendar,
    /// The matrix as a table.
    MatrixTable,
    /// Borderline lots and the what-if of the thresholds.
    Sensitivity,
    /// Ring the borderline lots on the matrix, or not.
    BorderlineMarks,
    /// What the levels of the criterion being scored mean (opens and closes).
    LevelHelp,
    /// Import the register of current contracts.
    ImportContracts,
    /// The window of the tenders.
    Tenders,
    /// The window of the current contracts.
    Contracts,
    /// Make everything larger.
    ZoomIn,
    /// Make everything smaller.
    ZoomOut,
    /// Back to 100%.
    ZoomReset,
    /// Switch between light and dark.
    ToggleTheme,
    /// Switch between Dutch and English.
    ToggleLanguage,
    /// Enter or leave presentation mode.
    Present,
    /// Close the window on top; with none open, leave presentation mode.
    Back,
    /// Show spend as ABC bands instead of euros, or euros again.
    HideAmounts,
    /// Open or close the lot list (a narrow strip when closed).
    ToggleList,
    /// Open or close the lot card.
    ToggleCard,
    /// The card's Scores tab.
    CardScores,
    /// The card's Checklist tab.
    CardChecklist,
    /// The card's Strategy tab.
    CardStrategy,
    /// In presentation, the shown question's answer field takes the keyboard.
    AnswerQuestion,
    /// The guide, in Dutch.
    Guide,
    /// The five-step tour of the window.
    Tour,
    /// The keyboard shortcut help.
    Shortcuts,
    /// Version and origin of the method.
    About,
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

/// A constant slice of shortcuts (const fn calls are not promoted to statics by themselves).
macro_rules! keys {
    ($($shortcut:expr),*) => {{
        const KEYS: &[KeyboardShortcut] = &[$($shortcut),*];
        KEYS
    }};
}

impl Command {
    /// Label and tooltip in a language.
    pub fn text(self, lang: Lang) -> &'static CommandText {
        let t = lang.ui();
        let x = lang.exchange();
        match self {
            Command::Import => &x.import,
            Command::PasteLots => &crate::locale::clipboard::texts(lang).paste_lots,
            Command::CopyMatrix => &crate::locale::clipboard::texts(lang).copy_matrix,
            Command::CopyPortfolio => &crate::locale::clipboard::texts(lang).copy_portfolio,
            Command::CopyStrategy => &crate::locale::clipboard::texts(lang).copy_strategy,
            Command::ExportPng => &x.export_png,
            Command::ExportPngPrint => &x.export_png_print,
            Command::ExportSvg => &x.export_svg,
            Command::ExportGanttPng => &crate::locale::planning::texts(lang).export_png,
            Command::ExportGanttSvg => &crate::locale::planning::texts(lang).export_svg,
            Command::ExportIcs => &crate::locale::planning::texts(lang).export_ics,
            Command::ExportXlsx => &x.export_xlsx,
            Command::ExportCsv => &x.export_csv,
            Command::ExportReport => &x.export_report,
            Command::New => &t.new,
            Command::Open => &t.open,
            Command::MergeCopy => &t.merge_copy,
            Command::CopyForParticipant => &crate::locale::room::texts(lang).copy_for,
            Command::Participants => &crate::locale::room::texts(lang).participants,
            Command::Reveal => &crate::locale::room::texts(lang).reveal,
            Command::PhoneRound => &crate::locale::phone::texts(lang).command,
            Command::CompareWith => &t.compare_with,
            Command::StopComparing => &t.stop_comparing,
            Command::Save => &t.save,
            Command::SaveAs => &t.save_as,
            Command::Quit => &t.quit,
            Command::Undo => &t.undo,
            Command::Redo => &t.redo,
            Command::ZoomIn => &t.zoom_in,
            Command::ZoomOut => &t.zoom_out,
            Command::ZoomReset => &t.zoom_reset,
            Command::ToggleTheme => &t.toggle_theme,
            Command::Present => &t.present,
            Command::Back => &t.back,
            Command::HideAmounts => &t.hide_amounts,
            Command::ToggleList => &t.toggle_list,
            Command::ToggleCard => &t.toggle_card,
            Command::CardScores => &t.card_scores,
            Command::CardChecklist => &t.card_checklist,
            Command::CardStrategy => &t.card_strategy,
            Command::ToggleLanguage => &t.toggle_language,
            Command::Settings => &t.settings,
            Command::OpenQuestions => &t.open_questions,
            Command::Review => &t.review,
            Command::Kaders => &crate::locale::kaders::texts(lang).edit,
            Command::KaderOverview => &crate::locale::kaders::texts(lang).overview,
            Command::TakeOverKaders => &crate::locale::kaders::texts(lang).take_over,
            Command::HintsOverview => &crate::locale::strategy::texts(lang).hints_overview,
            Command::ToggleCalendar => &crate::locale::planning::texts(lang).toggle,
            Command::MatrixTable => &crate::locale::access::texts(lang).table,
            Command::Sensitivity => &crate::locale::sensitivity::texts(lang).window,
            Command::BorderlineMarks => &crate::locale::sensitivity::texts(lang).marks,
            Command::LevelHelp => &crate::locale::scale::texts(lang).command,
            Command::ImportContracts => &crate::locale::planning::texts(lang).import_register,
            Command::Tenders => &crate::locale::planning::texts(lang).tenders,
            Command::Contracts => &crate::locale::planning::texts(lang).contracts,
            Command::AddLot => &t.add_lot,
            Command::DuplicateLot => &t.duplicate_lot,
            Command::DeleteLot => &t.delete_lot,
            Command::NextLot => &t.next_lot,
            Command::PreviousLot => &t.previous_lot,
            Command::ScoreNone => &t.score_none,
            Command::ScoreLow => &t.score_low,
            Command::ScoreMedium => &t.score_medium,
            Command::ScoreHigh => &t.score_high,
            Command::ScoreImpact => &t.score_impact,
            Command::ScoreScarcity => &t.score_scarcity,
            Command::ScoreSwitching => &t.score_switching,
            Command::NextCriterion => &t.next_criterion,
            Command::ScoreParticipants => &crate::locale::room::texts(lang).score_participants,
            Command::PreviousParticipant => &crate::locale::room::texts(lang).previous_participant,
            Command::NextParticipant => &crate::locale::room::texts(lang).next_participant,
            Command::ParticipantScoreBack => &crate::locale::room::texts(lang).score_back,
            Command::AnswerQuestion => &crate::locale::room::texts(lang).answer_question,
            Command::NextUnscored => &t.next_unscored,
            Command::Shortcuts => &t.shortcuts,
            Command::Guide => &t.guide,
            Command::Tour => &crate::locale::tour::texts(lang).command,
            Command::About => &t.about,
        }
    }

    /// The keyboard shortcuts, the first one shown in menus.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            Command::New => keys!(ctrl(Key::N)),
            Command::Open => keys!(ctrl(Key::O)),
            Command::Save => keys!(ctrl(Key::S)),
            Command::Import => keys!(ctrl(Key::I)),
            Command::ExportPng => keys!(ctrl(Key::E)),
            Command::ExportReport => keys!(ctrl(Key::P)),
            Command::SaveAs => keys!(ctrl_shift(Key::S)),
            Command::Quit => keys!(ctrl(Key::Q)),
            Command::Undo => keys!(ctrl(Key::Z)),
            Command::Redo => keys!(ctrl_shift(Key::Z), ctrl(Key::Y)),
            // The window's paste and copy events stand for these keys (see keys::take_next).
            Command::PasteLots => keys!(ctrl(Key::V)),
            Command::CopyMatrix => keys!(ctrl(Key::C)),
            Command::CopyPortfolio => keys!(ctrl_shift(Key::C)),
            Command::ZoomIn => keys!(ctrl(Key::Plus)),
            Command::ZoomOut => keys!(ctrl(Key::Minus)),
            Command::ZoomReset => keys!(ctrl(Key::Num0)),
            Command::ToggleTheme => keys!(ctrl_shift(Key::T)),
            Command::Present => keys!(plain(Key::F5)),
            Command::Back => keys!(plain(Key::Escape)),
            Command::HideAmounts => keys!(ctrl_shift(Key::H)),
            Command::ToggleList => keys!(ctrl(Key::B)),
            Command::ToggleCard => keys!(ctrl_shift(Key::B)),
            Command::CardScores => keys!(ctrl(Key::Num1)),
            Command::CardChecklist => keys!(ctrl(Key::Num2)),
            Command::CardStrategy => keys!(ctrl(Key::Num3)),
            Command::AnswerQuestion => keys!(plain(Key::Enter)),
            Command::ToggleCalendar => keys!(ctrl(Key::K)),
            Command::Sensitivity => keys!(ctrl(Key::G)),
            Command::BorderlineMarks => keys!(ctrl_shift(Key::G)),
            Command::LevelHelp => keys!(plain(Key::Questionmark)),
            Command::ToggleLanguage => keys!(ctrl_shift(Key::L)),
            Command::Settings => keys!(ctrl(Key::Comma)),
            Command::OpenQuestions => keys!(ctrl_shift(Key::O)),
            Command::Review => keys!(ctrl_shift(Key::R)),
            Command::AddLot => keys!(ctrl_shift(Key::N)),
            Command::DuplicateLot => keys!(ctrl(Key::D)),
            Command::DeleteLot => keys!(plain(Key::Delete)),
            Command::NextLot => keys!(plain(Key::ArrowDown), plain(Key::PageDown)),
            Command::PreviousLot => keys!(plain(Key::ArrowUp), plain(Key::PageUp)),
            Command::ScoreNone => keys!(plain(Key::Num0)),
            Command::ScoreLow => keys!(plain(Key::Num1)),
            Command::ScoreMedium => keys!(plain(Key::Num2)),
            Command::ScoreHigh => keys!(plain(Key::Num3)),
            Command::ScoreImpact => keys!(plain(Key::I)),
            Command::ScoreScarcity => keys!(plain(Key::S)),
            Command::ScoreSwitching => keys!(plain(Key::W)),
            Command::ScoreParticipants => keys!(plain(Key::P)),
            Command::PreviousParticipant => keys!(plain(Key::ArrowLeft)),
            Command::NextParticipant => keys!(plain(Key::ArrowRight)),
            Command::ParticipantScoreBack => keys!(plain(Key::Backspace)),
            Command::NextUnscored => keys!(plain(Key::N)),
            Command::Shortcuts => keys!(plain(Key::F1)),
            Command::Reveal => keys!(plain(Key::F8)),
            Command::PhoneRound => keys!(plain(Key::F7)),
            Command::About
            | Command::CopyStrategy
            | Command::MatrixTable
            | Command::NextCriterion
            | Command::Guide
            | Command::Tour
            | Command::MergeCopy
            | Command::CopyForParticipant
            | Command::Participants
            | Command::CompareWith
            | Command::StopComparing
            | Command::ExportPngPrint
            | Command::ExportSvg
            | Command::ExportGanttPng
            | Command::ExportGanttSvg
            | Command::ExportIcs
            | Command::ExportXlsx
            | Command::Kaders
            | Command::KaderOverview
            | Command::TakeOverKaders
            | Command::HintsOverview
            | Command::ImportContracts
            | Command::Tenders
            | Command::Contracts
            | Command::ExportCsv => keys!(),
        }
    }

    /// What an export command writes; `None` for every other command.
    pub fn export_kind(self) -> Option<super::session::export::ExportKind> {
        use super::session::export::ExportKind;
        Some(match self {
            Command::ExportPng => ExportKind::Png,
            Command::ExportPngPrint => ExportKind::PngPrint,
            Command::ExportSvg => ExportKind::Svg,
            Command::ExportGanttPng => ExportKind::GanttPng,
            Command::ExportGanttSvg => ExportKind::GanttSvg,
            Command::ExportIcs => ExportKind::Ics,
            Command::ExportXlsx => ExportKind::Xlsx,
            Command::ExportCsv => ExportKind::Csv { raw: false },
            Command::ExportReport => ExportKind::Report,
            _ => return None,
        })
    }

    /// The commands that score by keyboard (the Lot > scoring submenu).
    pub fn is_keyboard_scoring(self) -> bool {
        matches!(
            self,
            Command::ScoreImpact
                | Command::ScoreScarcity
                | Command::ScoreSwitching
                | Command::NextCriterion
                | Command::ScoreNone
                | Command::ScoreLow
                | Command::ScoreMedium
                | Command::ScoreHigh
        )
    }

    /// Commands that a held key repeats (walking the list, stepping through the history).
    /// A held digit or letter acts once: a key held a moment too long must not score the
    /// next criterion as well.
    pub fn repeats_when_held(self) -> bool {
        matches!(
            self,
            Command::NextLot | Command::PreviousLot | Command::Undo | Command::Redo
        )
    }

    /// egui itself handles these keys (zoom); we only show them.
    pub fn keys_handled_by_egui(self) -> bool {
        matches!(
            self,
            Command::ZoomIn | Command::ZoomOut | Command::ZoomReset
        )
    }

    /// Shortcuts without Ctrl would type into a text field: they only work when no text field
    /// has the keyboard (the function keys F1, F5, F7 and F8 always work).
    pub fn needs_free_keyboard(shortcut: &KeyboardShortcut) -> bool {
        shortcut.modifiers.is_none()
            && !matches!(shortcut.logical_key, Key::F1 | Key::F5 | Key::F7 | Key::F8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let all: Vec<_> = Command::ALL
            .iter()
            .flat_map(|c| c.shortcuts().iter().map(move |s| (*c, *s)))
            .collect();
        for (i, (a, sa)) in all.iter().enumerate() {
            for (b, sb) in &all[i + 1..] {
                assert!(sa != sb, "{a:?} and {b:?} share a shortcut");
            }
        }
    }

    #[test]
    fn every_command_with_a_shortcut_is_in_the_menus_the_window_draws() {
        let shown = crate::ui::desk::menu::commands_in_menus();
        for command in Command::ALL {
            if command.shortcuts().is_empty() && command != Command::About {
                continue;
            }
            assert!(
                shown.contains(&command),
                "{command:?} has a shortcut but no menu entry"
            );
        }
        // And each at most once.
        for (i, command) in shown.iter().enumerate() {
            assert!(
                !shown[i + 1..].contains(command),
                "{command:?} twice in the menus"
            );
        }
    }

    #[test]
    fn every_command_has_a_label_and_tooltip_in_both_languages() {
        for lang in Lang::ALL {
            for command in Command::ALL {
                let text = command.text(lang);
                assert!(!text.label.trim().is_empty(), "{command:?} {lang:?}");
                assert!(!text.tooltip.trim().is_empty(), "{command:?} {lang:?}");
            }
        }
    }
}
