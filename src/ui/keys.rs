//! Key presses to commands, one at a time and in the order they were pressed.
//!
//! A quick typist, or a slow projector laptop, delivers several keys in one frame: `N 3 2 1`
//! must select the next unscored lot and then score it 3, 2, 1. So the app takes one key press
//! from the frame's events, runs its command, and only then looks at the next key, with the
//! command table as it stands after that command.

use egui::{Event, Key, KeyboardShortcut, Modifiers};

use super::Command;

/// The shortcuts that may act now, most modifiers first.
#[derive(Debug, Clone)]
pub struct KeyMap {
    entries: Vec<(Command, KeyboardShortcut)>,
    /// The window's paste event runs Ctrl+V's command (no text field has the keyboard).
    paste: bool,
    /// The window's copy event runs Ctrl+C's command (the matrix has the pointer or focus).
    copy: bool,
}

/// What has the keyboard at the start of the frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keyboard {
    /// No text field has the keyboard: plain keys (letters, digits, arrows) may run commands,
    /// also while a button, a lot row or another control has the focus.
    pub free: bool,
    /// A menu or other popup (a drop-down) is open: its keys are its own. Esc closes it, not a
    /// window behind it, and the arrows, Enter, Space and digits move and choose in it instead of
    /// switching or scoring the lot behind it; only Ctrl shortcuts and F1, F5, F7 and F8 act.
    pub popup_open: bool,
}

impl Keyboard {
    /// Reads who has the keyboard from egui.
    pub fn of(ctx: &egui::Context) -> Keyboard {
        Keyboard {
            free: !ctx.text_edit_focused(),
            popup_open: egui::Popup::is_any_open(ctx),
        }
    }

    /// Whether this shortcut may act, or its key belongs to a field or popup now.
    fn allows(self, shortcut: &KeyboardShortcut) -> bool {
        // A plain key (Esc among them) is the popup's, as it would be a text field's.
        let free = self.free && !self.popup_open;
        free || !Command::needs_free_keyboard(shortcut)
    }
}

impl KeyMap {
    /// Every command's shortcuts that may act with this keyboard (egui's own zoom keys left
    /// out), with the most modifiers first, so that Ctrl+Shift+Z is found before Ctrl+Z.
    pub fn new(keyboard: Keyboard) -> KeyMap {
        let mut entries: Vec<(Command, KeyboardShortcut)> = Command::ALL
            .iter()
            .filter(|c| !c.keys_handled_by_egui())
            .flat_map(|&c| c.shortcuts().iter().map(move |&s| (c, s)))
            .filter(|(_, s)| keyboard.allows(s))
            .collect();
        entries.sort_by_key(|(_, s)| std::cmp::Reverse(modifier_count(s.modifiers)));
        KeyMap {
            entries,
            paste: keyboard.free,
            copy: false,
        }
    }

    /// Leaves these keys without modifiers to the focused control (the matrix walks its lots
    /// with the arrows and selects with Enter).
    pub fn leaving(mut self, keys: &[Key]) -> KeyMap {
        self.entries
            .retain(|(_, s)| !(s.modifiers.is_none() && keys.contains(&s.logical_key)));
        self
    }

    /// The copy event (Ctrl+C) runs its command too: the part it copies has the pointer or
    /// the focus, and no text field has the keyboard.
    pub fn with_copy(mut self, on: bool) -> KeyMap {
        self.copy = on && self.paste;
        self
    }

    /// The command a key press stands for. egui matches modifiers loosely (an extra Shift or
    /// Alt is allowed), so the first match in most-modifiers-first order is the right one.
    pub fn command_for(&self, key: Key, modifiers: Modifiers) -> Option<Command> {
        self.entries
            .iter()
            .find(|(_, s)| s.logical_key == key && modifiers.matches_logically(s.modifiers))
            .map(|(command, _)| *command)
    }
}

/// The keys a slider takes for itself while it has the focus.
pub const SLIDER_KEYS: &[Key] = &[Key::ArrowLeft, Key::ArrowRight];

/// The keys the matrix takes for itself while it has the focus: the arrows walk its lots and
/// Enter selects one.
pub const MATRIX_KEYS: &[Key] = &[
    Key::ArrowUp,
    Key::ArrowDown,
    Key::ArrowLeft,
    Key::ArrowRight,
    Key::Enter,
];

/// One job per key: while a control that is not a text field has the focus (a button, a lot
/// row, a tab), the arrows run their commands (walk the lots) instead of moving egui's focus
/// about the screen; Tab alone moves the focus. Called at the end of each frame, for the next.
pub fn keep_arrows_for_commands(ctx: &egui::Context) {
    let Some(focused) = ctx.memory(|m| m.focused()) else {
        return;
    };
    if ctx.text_edit_focused() || egui::Popup::is_any_open(ctx) {
        return;
    }
    let filter = egui::EventFilter {
        horizontal_arrows: true,
        vertical_arrows: true,
        tab: false,
        escape: false,
    };
    ctx.memory_mut(|m| m.set_focus_lock_filter(focused, filter));
}

/// The logical key each physical key went down as, to release the same one.
pub type HeldKeys = std::collections::HashMap<Key, Key>;

/// Releases a key as it was pressed. The window names a key by what it types with the
/// modifiers of the moment: Shift+/ goes down as `?`, but when Shift comes up first it goes up
/// as `/`, and egui would hold `?` down for good, taking the next `?` for a held key that
/// repeats (and the app ignores those). So a release whose physical key went down as another
/// logical key releases that one too.
pub fn release_as_pressed(events: &mut Vec<Event>, held: &mut HeldKeys) {
    let mut extra = Vec::new();
    for (at, event) in events.iter().enumerate() {
        let Event::Key {
            key,
            physical_key: Some(physical),
            pressed,
            modifiers,
            ..
        } = event
        else {
            continue;
        };
        if *pressed {
            held.insert(*physical, *key);
        } else if let Some(down_as) = held.remove(physical)
            && down_as != *key
        {
            let release = Event::Key {
                key: down_as,
                physical_key: Some(*physical),
                pressed: false,
                repeat: false,
                modifiers: *modifiers,
            };
            extra.push((at + 1, release));
        }
    }
    for (offset, (at, event)) in extra.into_iter().enumerate() {
        events.insert(at + offset, event);
    }
}

/// Takes the first key press at or after `from` that runs an enabled command out of `events`
/// and returns where it was and its command.
///
/// The window turns Ctrl+V and Ctrl+C into paste and copy events, never key presses: those
/// events run the commands of Ctrl+V and Ctrl+C when the map allows them.
///
/// A key whose command is disabled now stays in the events (a text field may still use it);
/// it never falls through to a shortcut with fewer modifiers. A held key repeats only the
/// commands that are meant to repeat; its other repeats are taken out and do nothing.
pub fn take_next(
    events: &mut Vec<Event>,
    from: usize,
    map: &KeyMap,
    enabled: impl Fn(Command) -> bool,
) -> Option<(usize, Command)> {
    let mut at = from;
    while at < events.len() {
        let found = match &events[at] {
            Event::Key {
                key,
                pressed: true,
                modifiers,
                repeat,
                ..
            } => map
                .command_for(*key, *modifiers)
                .filter(|&c| enabled(c))
                .map(|c| (c, *repeat && !c.repeats_when_held())),
            Event::Paste(_) if map.paste => map
                .command_for(Key::V, Modifiers::COMMAND)
                .filter(|&c| enabled(c))
                .map(|c| (c, false)),
            Event::Copy if map.copy => map
                .command_for(Key::C, Modifiers::COMMAND)
                .filter(|&c| enabled(c))
                .map(|c| (c, false)),
            _ => None,
        };
        match found {
            Some((command, ignored_repeat)) => {
                events.remove(at);
                if !ignored_repeat {
                    return Some((at, command));
                }
            }
            None => at += 1,
        }
    }
    None
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.alt) + u8::from(m.ctrl || m.command || m.mac_cmd) + u8::from(m.shift)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FREE: Keyboard = Keyboard {
        free: true,
        popup_open: false,
    };

    fn press(modifiers: Modifiers, key: Key) -> Event {
        Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        }
    }

    fn release(key: Key) -> Event {
        Event::Key {
            key,
            physical_key: None,
            pressed: false,
            repeat: false,
            modifiers: Modifiers::NONE,
        }
    }

    /// Every command the events run, in order, with everything enabled.
    fn run_all(events: &mut Vec<Event>, map: &KeyMap) -> Vec<Command> {
        let mut from = 0;
        let mut commands = Vec::new();
        while let Some((at, command)) = take_next(events, from, map, |_| true) {
            commands.push(command);
            from = at;
        }
        commands
    }

    #[test]
    fn keys_run_in_the_order_pressed_and_each_press_counts() {
        let map = KeyMap::new(FREE);
        let mut events = Vec::new();
        for key in [
            Key::N,
            Key::Num3,
            Key::Num2,
            Key::Num1,
            Key::Num2,
            Key::Num2,
        ] {
            events.push(press(Modifiers::NONE, key));
            events.push(Event::Text(key.symbol_or_name().to_owned()));
            events.push(release(key));
        }
        assert_eq!(
            run_all(&mut events, &map),
            [
                Command::NextUnscored,
                Command::ScoreHigh,
                Command::ScoreMedium,
                Command::ScoreLow,
                Command::ScoreMedium,
                Command::ScoreMedium,
            ]
        );
        // Exactly the matched presses were taken: texts and releases stay.
        assert_eq!(events.len(), 12);
        assert!(
            events
                .iter()
                .all(|e| !matches!(e, Event::Key { pressed: true, .. }))
        );
    }

    #[test]
    fn paste_and_copy_events_run_their_commands_only_when_allowed() {
        let events = || vec![Event::Paste("a\tb".into()), Event::Copy];
        let mut all = events();
        let map = KeyMap::new(FREE).with_copy(true);
        assert_eq!(
            run_all(&mut all, &map),
            [Command::PasteLots, Command::CopyMatrix]
        );
        // The matrix has neither pointer nor focus: the copy event stays for egui.
        let mut some = events();
        assert_eq!(run_all(&mut some, &KeyMap::new(FREE)), [Command::PasteLots]);
        assert_eq!(some, [Event::Copy]);
        // A text field has the keyboard: both stay for it.
        let typing = Keyboard {
            free: false,
            ..FREE
        };
        let mut none = events();
        assert!(run_all(&mut none, &KeyMap::new(typing).with_copy(true)).is_empty());
        assert_eq!(none, events());
    }

    #[test]
    fn ctrl_shift_z_is_redo_never_undo() {
        let map = KeyMap::new(FREE);
        let ctrl_shift = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        let mut events = vec![
            press(ctrl_shift, Key::Z),
            press(Modifiers::COMMAND, Key::Z),
            press(Modifiers::COMMAND, Key::Z),
            press(Modifiers::COMMAND, Key::Y),
        ];
        assert_eq!(
            run_all(&mut events, &map),
            [Command::Redo, Command::Undo, Command::Undo, Command::Redo]
        );
        // With nothing to redo, Ctrl+Shift+Z stays a key press and does not undo.
        let mut events = vec![press(ctrl_shift, Key::Z)];
        let next = take_next(&mut events, 0, &map, |c| c != Command::Redo);
        assert_eq!(next, None);
        assert_eq!(events.len(), 1);
    }

    #[test]
    fn ctrl_n_is_a_new_workshop_and_ctrl_shift_n_a_new_lot() {
        let map = KeyMap::new(FREE);
        assert_eq!(
            map.command_for(Key::N, Modifiers::COMMAND),
            Some(Command::New)
        );
        assert_eq!(
            map.command_for(Key::N, Modifiers::COMMAND.plus(Modifiers::SHIFT)),
            Some(Command::AddLot)
        );
        assert_eq!(
            map.command_for(Key::N, Modifiers::NONE),
            Some(Command::NextUnscored)
        );
    }

    #[test]
    fn a_text_field_keeps_its_plain_keys_but_not_ctrl_shortcuts() {
        let map = KeyMap::new(Keyboard {
            free: false,
            popup_open: false,
        });
        let mut events = vec![
            press(Modifiers::NONE, Key::Num3),
            press(Modifiers::NONE, Key::Tab),
            press(Modifiers::NONE, Key::Escape),
            press(Modifiers::COMMAND, Key::S),
            press(Modifiers::NONE, Key::F1),
        ];
        assert_eq!(
            run_all(&mut events, &map),
            [Command::Save, Command::Shortcuts]
        );
        assert_eq!(events.len(), 3, "the digit, Tab and Esc stay for the field");
    }

    #[test]
    fn tab_only_moves_the_focus_and_esc_closes_an_open_menu_first() {
        let map = KeyMap::new(FREE);
        assert_eq!(map.command_for(Key::Tab, Modifiers::NONE), None);
        assert_eq!(
            map.command_for(Key::Num1, Modifiers::NONE),
            Some(Command::ScoreLow)
        );
        let menu = KeyMap::new(Keyboard {
            popup_open: true,
            ..FREE
        });
        assert_eq!(menu.command_for(Key::Escape, Modifiers::NONE), None);
        // The drop-down's arrows and Enter move and choose in it, and a digit scores nothing.
        for key in [
            Key::ArrowDown,
            Key::ArrowUp,
            Key::Enter,
            Key::Space,
            Key::Num1,
        ] {
            assert_eq!(menu.command_for(key, Modifiers::NONE), None, "{key:?}");
        }
        assert_eq!(
            menu.command_for(Key::S, Modifiers::COMMAND),
            Some(Command::Save)
        );
        assert_eq!(
            menu.command_for(Key::F5, Modifiers::NONE),
            Some(Command::Present)
        );
        assert_eq!(
            KeyMap::new(FREE).command_for(Key::Escape, Modifiers::NONE),
            Some(Command::Back)
        );
    }

    #[test]
    fn a_held_digit_scores_once_and_a_held_arrow_keeps_moving() {
        let map = KeyMap::new(FREE);
        let held = |key| Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: true,
            modifiers: Modifiers::NONE,
        };
        let mut events = vec![
            press(Modifiers::NONE, Key::Num2),
            held(Key::Num2),
            held(Key::Num2),
            press(Modifiers::NONE, Key::ArrowDown),
            held(Key::ArrowDown),
        ];
        assert_eq!(
            run_all(&mut events, &map),
            [Command::ScoreMedium, Command::NextLot, Command::NextLot]
        );
        assert!(events.is_empty(), "the ignored repeats are taken out too");
    }

    #[test]
    fn a_disabled_command_leaves_its_key_and_the_next_key_still_runs() {
        let map = KeyMap::new(FREE);
        let mut events = vec![
            press(Modifiers::NONE, Key::Num3),
            press(Modifiers::NONE, Key::ArrowDown),
        ];
        let next = take_next(&mut events, 0, &map, |c| c != Command::ScoreHigh);
        assert_eq!(next, Some((1, Command::NextLot)));
        assert_eq!(events.len(), 1);
    }

    #[test]
    fn a_question_mark_let_go_after_shift_is_released_as_a_question_mark() {
        let key = |key, physical, pressed| Event::Key {
            key,
            physical_key: Some(physical),
            pressed,
            repeat: false,
            modifiers: Modifiers::NONE,
        };
        let mut held = HeldKeys::new();
        let mut events = vec![
            key(Key::Questionmark, Key::Slash, true),
            key(Key::Slash, Key::Slash, false),
        ];
        release_as_pressed(&mut events, &mut held);
        assert_eq!(
            events,
            [
                key(Key::Questionmark, Key::Slash, true),
                key(Key::Slash, Key::Slash, false),
                key(Key::Questionmark, Key::Slash, false),
            ]
        );
        assert!(held.is_empty());
        // Pressed and released alike: nothing added.
        let mut events = vec![key(Key::A, Key::A, true), key(Key::A, Key::A, false)];
        release_as_pressed(&mut events, &mut held);
        assert_eq!(events.len(), 2);
    }
}
