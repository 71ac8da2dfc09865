//! The texts of the window, in Dutch and English. One struct, two instances: a text missing in
//! either language does not compile.

mod dutch;
mod english;

use super::Lang;
use crate::model::{Obligation, ProviderCount, RecordKind};
use dutch::DUTCH;
use english::ENGLISH;

/// Label and explanation of one command.
#[derive(Debug)]
pub struct CommandText {
    /// Shown in menus and the shortcut list.
    pub label: &'static str,
    /// Shown on hover.
    pub tooltip: &'static str,
}

/// A name for each record kind, looked up by kind.
#[derive(Debug)]
pub struct RecordKindNames {
    /// A decision.
    pub decision: &'static str,
    /// An open issue.
    pub open_issue: &'static str,
    /// An action.
    pub action: &'static str,
}

impl RecordKindNames {
    /// The name of `kind`.
    pub fn of(&self, kind: RecordKind) -> &'static str {
        match kind {
            RecordKind::Decision => self.decision,
            RecordKind::OpenIssue => self.open_issue,
            RecordKind::Action => self.action,
        }
    }

    /// The names in [`RecordKind::ALL`] order (for lists).
    pub fn in_order(&self) -> [&'static str; 3] {
        RecordKind::ALL.map(|k| self.of(k))
    }
}

/// A name for each social return obligation, looked up by obligation.
#[derive(Debug)]
pub struct ObligationNames {
    /// No social return.
    pub none: &'static str,
    /// A best-effort obligation.
    pub best_effort: &'static str,
    /// A result obligation.
    pub result: &'static str,
}

impl ObligationNames {
    /// The name of `obligation`.
    pub fn of(&self, obligation: Obligation) -> &'static str {
        match obligation {
            Obligation::None => self.none,
            Obligation::BestEffort => self.best_effort,
            Obligation::Result => self.result,
        }
    }

    /// The names in [`Obligation::ALL`] order (for lists).
    pub fn in_order(&self) -> [&'static str; 3] {
        Obligation::ALL.map(|o| self.of(o))
    }
}

/// A name for each kind of provider count.
#[derive(Debug)]
pub struct ProviderCountNames {
    /// One provider.
    pub one: &'static str,
    /// A few selected providers.
    pub few: &'static str,
    /// At most a number.
    pub capped: &'static str,
    /// Everyone who qualifies.
    pub open: &'static str,
}

impl ProviderCountNames {
    /// The name of `count`'s kind (a capped count's number is said apart).
    pub fn of(&self, count: ProviderCount) -> &'static str {
        match count {
            ProviderCount::One => self.one,
            ProviderCount::Few => self.few,
            ProviderCount::Capped(_) => self.capped,
            ProviderCount::Open => self.open,
        }
    }

    /// The names in list order: one, few, capped, open.
    pub fn in_order(&self) -> [&'static str; 4] {
        [self.one, self.few, self.capped, self.open]
    }
}

/// Every fixed text of the window.
#[derive(Debug)]
pub struct UiTexts {
    /// Menu titles.
    pub menu_file: &'static str,
    /// Menu titles.
    pub menu_edit: &'static str,
    /// Menu titles.
    pub menu_view: &'static str,
    /// Menu titles.
    pub menu_lot: &'static str,
    /// Menu titles.
    pub menu_help: &'static str,
    /// Submenu with recently used files.
    pub recent_files: &'static str,
    /// Shown when there are no recent files.
    pub no_recent_files: &'static str,
    /// Commands.
    pub new: CommandText,
    /// Commands.
    pub open: CommandText,
    /// Commands.
    pub save: CommandText,
    /// Commands.
    pub save_as: CommandText,
    /// Commands.
    pub quit: CommandText,
    /// Commands.
    pub undo: CommandText,
    /// Commands.
    pub redo: CommandText,
    /// Commands.
    pub zoom_in: CommandText,
    /// Commands.
    pub zoom_out: CommandText,
    /// Commands.
    pub zoom_reset: CommandText,
    /// Commands.
    pub toggle_theme: CommandText,
    /// Commands.
    pub toggle_language: CommandText,
    /// Commands.
    pub present: CommandText,
    /// Commands.
    pub back: CommandText,
    /// The button in presentation mode that leaves it (Esc and F5 do too): its name for a
    /// screen reader and its tooltip (it shows "Sluiten (Esc)").
    pub leave_room: CommandText,
    /// Commands.
    pub hide_amounts: CommandText,
    /// Commands.
    pub toggle_list: CommandText,
    /// Commands.
    pub toggle_card: CommandText,
    /// Command: the card's Scores tab.
    pub card_scores: CommandText,
    /// Command: the card's Checklist tab.
    pub card_checklist: CommandText,
    /// Command: the card's Strategy tab.
    pub card_strategy: CommandText,
    /// Shown instead of amounts while they are hidden.
    pub amounts_hidden: &'static str,
    /// "band" before an ABC band letter.
    pub band: &'static str,
    /// Commands.
    pub settings: CommandText,
    /// Commands.
    pub open_questions: CommandText,
    /// Commands.
    pub score_none: CommandText,
    /// Commands.
    pub score_low: CommandText,
    /// Commands.
    pub score_medium: CommandText,
    /// Commands.
    pub score_high: CommandText,
    /// Commands.
    pub score_impact: CommandText,
    /// Commands.
    pub score_scarcity: CommandText,
    /// Commands.
    pub score_switching: CommandText,
    /// Commands.
    pub next_criterion: CommandText,
    /// Commands.
    pub next_unscored: CommandText,
    /// Menu: the scoring submenu.
    pub menu_scoring: &'static str,
    /// View > the card's tabs (submenu).
    pub menu_card_tabs: &'static str,
    /// Card: marks the criterion the number keys score.
    pub keyboard_target: &'static str,
    /// Commands.
    pub shortcuts: CommandText,
    /// Command: the guide.
    pub guide: CommandText,
    /// A picture of the guide, named in the window.
    pub picture: &'static str,
    /// Commands.
    pub about: CommandText,
    /// Commands.
    pub add_lot: CommandText,
    /// Commands.
    pub duplicate_lot: CommandText,
    /// Commands.
    pub delete_lot: CommandText,
    /// Commands.
    pub next_lot: CommandText,
    /// Commands.
    pub previous_lot: CommandText,

    /// Lot list: search field hint.
    pub search_hint: &'static str,
    /// Lot list: sort label and options (spend, name, risk, quadrant, progress).
    pub sort_by: &'static str,
    /// Sort options.
    pub sort_options: [&'static str; 6],
    /// Filter on law: all.
    pub all_laws: &'static str,
    /// Filter label for the law.
    pub law_filter: &'static str,
    /// Filter on quadrant: all.
    pub all_quadrants: &'static str,
    /// Filter label for the quadrant.
    pub quadrant_filter: &'static str,
    /// Filter option: lots that are not yet scored.
    pub unscored_filter: &'static str,
    /// "lots" after a number.
    pub lots: &'static str,
    /// "lot" after the number 1.
    pub lot: &'static str,
    /// "of" as in "12 of 29".
    pub of: &'static str,
    /// Checklist progress column hint.
    pub checklist_progress: &'static str,
    /// Shown when a workshop has no lots.
    pub no_lots: &'static str,

    /// Plot: x axis.
    pub axis_risk: &'static str,
    /// Plot: y axis.
    pub axis_spend: &'static str,
    /// The risk axis title where the full one does not fit.
    pub axis_risk_short: &'static str,
    /// The spend axis title where the full one does not fit.
    pub axis_spend_short: &'static str,
    /// Heading of the legend of rank numbers under the matrix.
    pub legend_title: &'static str,
    /// After the legend entries that did not fit: "+4 meer".
    pub legend_more: &'static str,
    /// Presentation checklist: "Vraag 3 / 25".
    pub question: &'static str,
    /// Presentation checklist: the button to the previous question.
    pub previous_question: &'static str,
    /// Presentation checklist: the button to the next question.
    pub next_question: &'static str,
    /// Heading of the list of lots not on the plot.
    pub not_on_plot: &'static str,
    /// After the count of unscored lots not named above the matrix ("+12 more in the list").
    pub more_in_list: &'static str,
    /// "million" in tick labels (`€ 1 mln`).
    pub million: &'static str,
    /// Mean in tooltips.
    pub mean: &'static str,
    /// Label of the matrix for screen readers.
    pub plot_label: &'static str,

    /// Card: shown when no lot is selected.
    pub no_selection: &'static str,
    /// Card tabs.
    pub tab_scores: &'static str,
    /// Card tabs.
    pub tab_checklist: &'static str,
    /// Card fields.
    pub name: &'static str,
    /// Card fields.
    pub law: &'static str,
    /// Card fields.
    pub spend: &'static str,
    /// Hint under the spend field.
    pub spend_hint: &'static str,
    /// Shown under an amount that cannot be read.
    pub invalid_amount: &'static str,
    /// Card fields.
    pub risk: &'static str,
    /// Card fields.
    pub quadrant: &'static str,
    /// Card fields.
    pub value: &'static str,
    /// Card fields.
    pub notes: &'static str,
    /// Clears one score.
    pub clear_score: &'static str,
    /// Shown instead of a quadrant until all three scores are given.
    pub score_all_three: &'static str,
    /// Market figures heading and fields.
    pub market: &'static str,
    /// Market figure.
    pub registered_providers: &'static str,
    /// Market figure.
    pub clients: &'static str,
    /// Market figure.
    pub top3_share: &'static str,
    /// Market figure.
    pub top10_share: &'static str,

    /// Checklist: answered mark.
    pub answered: &'static str,
    /// A checklist question not answered yet.
    pub still_open: &'static str,
    /// Checklist: why the answered box is ticked and greyed out under a written answer.
    pub answered_by_text: &'static str,
    /// Checklist: note field.
    pub note: &'static str,
    /// Checklist: text answer field.
    pub answer: &'static str,
    /// Checklist: nothing chosen.
    pub not_chosen: &'static str,
    /// Scale: supra-regional.
    pub supra_regional: &'static str,
    /// Scale: municipalities not in the workshop (kept from the file).
    pub other_municipalities: &'static str,
    /// Scale: no municipalities in the workshop settings.
    pub no_municipalities: &'static str,
    /// Social return percentage.
    pub percentage: &'static str,
    /// Social return obligation.
    pub obligation: &'static str,
    /// Obligations: none, best effort, result.
    pub obligations: ObligationNames,
    /// Yes/no answer: yes.
    pub yes: &'static str,
    /// Yes/no answer: no.
    pub no: &'static str,
    /// Checklist: the question does not apply (n.v.t.).
    pub not_applicable: &'static str,
    /// Checklist: the note of a question that does not apply must say why.
    pub not_applicable_reason: &'static str,
    /// Checklist: the answer to this question is given on the Strategy tab.
    pub on_strategy_tab: &'static str,
    /// Checklist: button to the Strategy tab.
    pub to_strategy_tab: &'static str,
    /// Scale: add municipalities outside the workshop (comma-separated).
    pub add_other_municipalities: &'static str,
    /// Scale: how many municipalities take part ("{n} gemeenten").
    pub municipality_count: &'static str,
    /// Provider counts: one, few, capped, open.
    pub provider_counts: ProviderCountNames,
    /// The number for a capped provider count.
    pub provider_cap: &'static str,
    /// "answered" after a progress count.
    pub answered_count: &'static str,
    /// Open questions window: everything answered.
    pub all_answered: &'static str,
    /// Open questions window: "open questions" after a count.
    pub open_questions_heading: &'static str,
    /// Open questions window: button to go to a lot.
    pub go_to_lot: &'static str,

    /// Settings window fields.
    pub title: &'static str,
    /// Settings window fields.
    pub organisation: &'static str,
    /// Settings window fields.
    pub date: &'static str,
    /// Hint for the date field.
    pub date_hint: &'static str,
    /// Shown under an invalid date.
    pub invalid_date: &'static str,
    /// Settings window fields.
    pub municipalities: &'static str,
    /// Hint for the municipalities field.
    pub municipalities_hint: &'static str,
    /// Settings window fields.
    pub value_threshold: &'static str,
    /// Explains the value threshold.
    pub value_threshold_hint: &'static str,
    /// Settings window fields.
    pub risk_threshold: &'static str,
    /// Explains the risk threshold.
    pub risk_threshold_hint: &'static str,
    /// Shown under a threshold out of range.
    pub invalid_threshold: &'static str,
    /// Close button.
    pub close: &'static str,

    /// Unsaved changes dialog.
    pub unsaved_title: &'static str,
    /// Unsaved changes dialog: the question.
    pub unsaved_question: &'static str,
    /// Buttons.
    pub save_button: &'static str,
    /// Buttons.
    pub discard_button: &'static str,
    /// Buttons.
    pub cancel_button: &'static str,
    /// Error dialog titles.
    pub open_failed: &'static str,
    /// Error dialog titles.
    pub save_failed: &'static str,
    /// OK button.
    pub ok: &'static str,
    /// Shown after opening when the file had warnings.
    pub opened_with_warnings: &'static str,
    /// About window text.
    pub about_text: &'static str,
    /// About: before the renderer that draws the window.
    pub about_renderer: &'static str,
    /// About: the renderer was remembered from the last start, with no probe.
    pub about_remembered: &'static str,
    /// About: the renderer was found by a probe, because ({reason}).
    pub about_probed: &'static str,
    /// About: why it probed: first run, new version, last start unfinished, adapter changed,
    /// the remembered one failed.
    pub probe_reasons: [&'static str; 5],
    /// Shortcut window: column heading.
    pub shortcut: &'static str,
    /// Shortcut window: column heading.
    pub action: &'static str,
    /// Shortcut window: note on arrow keys in lists.
    pub shortcuts_note: &'static str,

    /// Status bar: unsaved marker.
    pub unsaved: &'static str,
    /// Status bar: all saved.
    pub saved: &'static str,
    /// Status of a new workshop never saved to a file.
    pub not_saved_yet: &'static str,
    /// Status bar / title: workshop without a file.
    pub untitled: &'static str,
    /// Status bar: built-in example.
    pub example: &'static str,
    /// Status bar: scored lots.
    pub scored: &'static str,
    /// Default title of a new workshop.
    pub new_workshop_title: &'static str,
    /// Default name of a new lot.
    pub new_lot_name: &'static str,
    /// Suffix of a duplicated lot's name.
    pub copy_suffix: &'static str,
    /// Participants: heading in settings and card.
    pub participants: &'static str,
    /// Participants: add button.
    pub add_participant: &'static str,
    /// Participants: remove button.
    pub remove_participant: &'static str,
    /// Participants: default name of a new one.
    pub new_participant_name: &'static str,
    /// Participants: explanation in settings.
    pub participants_hint: &'static str,
    /// Combining participants' scores.
    pub aggregation: &'static str,
    /// Median, mean.
    pub aggregations: [&'static str; 2],
    /// Card: heading of the participants' scores.
    pub scores_per_participant: &'static str,
    /// Card: the lot's scores come from the participants.
    pub scores_from_participants: &'static str,
    /// Card: blind round checkbox.
    pub blind_round: &'static str,
    /// Card: explanation of a blind round.
    pub blind_hint: &'static str,
    /// Card: reveal button.
    pub reveal: &'static str,
    /// Card: a participant has entered scores (hidden).
    pub entered: &'static str,
    /// Flag for lots where participants differ by 2 or more.
    pub to_discuss: &'static str,
    /// Card: spread of the participants' risk.
    pub spread: &'static str,
    /// Commands.
    pub merge_copy: CommandText,
    /// Commands.
    pub compare_with: CommandText,
    /// Commands.
    pub stop_comparing: CommandText,
    /// Card: heading of the earlier round.
    pub baseline_heading: &'static str,
    /// Card: which earlier lot this one matches.
    pub matched_with: &'static str,
    /// Card: no earlier lot matched.
    pub no_match: &'static str,
    /// Commands.
    pub review: CommandText,
    /// Record: heading on the card.
    pub record_heading: &'static str,
    /// Record: decision, open issue, action.
    pub record_kinds: RecordKindNames,
    /// Record: the kinds in the plural, as review headings.
    pub record_plural: RecordKindNames,
    /// Record: who does an action.
    pub who: &'static str,
    /// Record: by when.
    pub due: &'static str,
    /// Record: done.
    pub done: &'static str,
    /// Record: an item about the whole workshop.
    pub whole_workshop: &'static str,
    /// Review: nothing recorded yet.
    pub review_empty: &'static str,
    /// Time box setting.
    pub time_box: &'static str,
    /// Explains the time box.
    pub time_box_hint: &'static str,
    /// Time box: start.
    pub start_timer: &'static str,
    /// Time box: stop.
    pub stop_timer: &'static str,
    /// Time box: time left.
    pub time_left: &'static str,
    /// Time box: time is up.
    pub time_up: &'static str,
    /// Report after merging a copy.
    pub merged_title: &'static str,
    /// Name of this language in itself.
    pub language_name: &'static str,
}

impl Lang {
    /// The window texts of this language.
    pub fn ui(self) -> &'static UiTexts {
        match self {
            Lang::Dutch => &DUTCH,
            Lang::English => &ENGLISH,
        }
    }
}

/// A command's label and tooltip.
const fn c(label: &'static str, tooltip: &'static str) -> CommandText {
    CommandText { label, tooltip }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of a language, read from its debug form (a struct of string literals).
    fn texts(lang: Lang) -> Vec<String> {
        let debug = format!("{:?}", lang.ui());
        let mut texts = Vec::new();
        let mut rest = debug.as_str();
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let mut end = 0;
            let mut escaped = false;
            for (i, ch) in after.char_indices() {
                match ch {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => {
                        end = i;
                        break;
                    }
                    _ => escaped = false,
                }
            }
            texts.push(after[..end].to_string());
            rest = &after[end + 1..];
        }
        texts
    }

    #[test]
    fn both_languages_have_every_text_and_none_is_empty() {
        let dutch = texts(Lang::Dutch);
        let english = texts(Lang::English);
        assert!(dutch.len() > 150, "{}", dutch.len());
        assert_eq!(dutch.len(), english.len());
        for (nl, en) in dutch.iter().zip(&english) {
            assert!(
                !nl.trim().is_empty() && !en.trim().is_empty(),
                "{nl:?} / {en:?}"
            );
        }
    }

    #[test]
    fn english_is_not_dutch_left_untranslated() {
        let dutch = texts(Lang::Dutch);
        let english = texts(Lang::English);
        let same: Vec<_> = dutch
            .iter()
            .zip(&english)
            .filter(|(nl, en)| nl == en && nl.split_whitespace().count() > 2)
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }
}
