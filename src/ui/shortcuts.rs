//! Every keyboard shortcut of the game in one table, each attached to the command it sends.
//!
//! Ctrl shortcuts and F6 work while a field has the keyboard (a team submits, saves or looks
//! up last year's report from the form); plain keys (F1–F5, Enter) only when no field is
//! being typed into.

use bevy_egui::egui::{self, Key, Modifiers};

use super::screens::{ResultsTab, Screen, UiCommand, UiState};

/// One shortcut: keys, where it works, and what it sends.
pub struct Shortcut {
    /// Modifier keys held with [`Shortcut::key`].
    pub modifiers: Modifiers,
    /// The key pressed.
    pub key: Key,
    /// The screen it works on; `None`: every screen of a running game.
    pub screen: Option<Screen>,
    /// The command sent (may read the settings, e.g. the typed save name).
    pub command: fn(&UiState) -> UiCommand,
}

impl Shortcut {
    /// Whether it still works while a text field has the keyboard: Ctrl shortcuts and F6
    /// (last year's report, looked up while typing a decision) do, as they type nothing.
    pub fn while_typing(&self) -> bool {
        self.modifiers.ctrl || self.key == Key::F6
    }
}

/// The shortcuts, as README's command table lists them (Ctrl, as the labels say "Strg", on
/// every platform).
pub const SHORTCUTS: [Shortcut; 15] = [
    Shortcut {
        modifiers: Modifiers::CTRL,
        key: Key::S,
        screen: None,
        command: |state| UiCommand::SaveAs(state.save_name.clone()),
    },
    Shortcut { modifiers: Modifiers::CTRL, key: Key::Q, screen: None, command: |_| UiCommand::Quit },
    Shortcut { modifiers: Modifiers::NONE, key: Key::Escape, screen: None, command: |_| UiCommand::ToggleMenu },
    Shortcut {
        modifiers: Modifiers::CTRL,
        key: Key::Enter,
        screen: Some(Screen::Decide),
        command: |_| UiCommand::AskSubmit,
    },
    Shortcut {
        modifiers: Modifiers::CTRL,
        key: Key::Enter,
        screen: Some(Screen::Team),
        command: |_| UiCommand::AskSubmit,
    },
    Shortcut {
        modifiers: Modifiers::NONE,
        key: Key::Enter,
        screen: Some(Screen::Team),
        command: |_| UiCommand::NextYear,
    },
    Shortcut {
        modifiers: Modifiers::NONE,
        key: Key::F6,
        screen: Some(Screen::Decide),
        command: |state| UiCommand::Peek(if state.peek.is_some() { None } else { Some(ResultsTab::Statements) }),
    },
    Shortcut {
        modifiers: Modifiers::NONE,
        key: Key::F6,
        screen: Some(Screen::Team),
        command: |state| UiCommand::Peek(if state.peek.is_some() { None } else { Some(ResultsTab::Statements) }),
    },
    Shortcut {
        modifiers: Modifiers::NONE,
        key: Key::Enter,
        screen: Some(Screen::Handover),
        command: |_| UiCommand::GoTo(Screen::Decide),
    },
    Shortcut {
        modifiers: Modifiers::NONE,
        key: Key::Enter,
        screen: Some(Screen::Results),
        command: |_| UiCommand::NextYear,
    },
    Shortcut {
        modifiers: Modifiers::NONE,
        key: Key::F1,
        screen: Some(Screen::Results),
        command: |_| UiCommand::ShowTab(ResultsTab::Statements),
    },
    Shortcut {
        modifiers: Modifiers::NONE,
        key: Key::F2,
        screen: Some(Screen::Results),
        command: |_| UiCommand::ShowTab(ResultsTab::Dashboard),
    },
    Shortcut {
        modifiers: Modifiers::NONE,
        key: Key::F3,
        screen: Some(Screen::Results),
        command: |_| UiCommand::ShowTab(ResultsTab::Market),
    },
    Shortcut {
        modifiers: Modifiers::NONE,
        key: Key::F4,
        screen: Some(Screen::Results),
        command: |_| UiCommand::ShowTab(ResultsTab::Leaderboard),
    },
    Shortcut {
        modifiers: Modifiers::NONE,
        key: Key::F5,
        screen: Some(Screen::Results),
        command: |_| UiCommand::ShowTab(ResultsTab::Value),
    },
];

/// The commands of the shortcuts pressed this frame on `screen` (none outside a game).
pub fn shortcut_commands(ctx: &egui::Context, screen: Screen, in_game: bool, state: &UiState) -> Vec<UiCommand> {
    if !in_game {
        return Vec::new();
    }
    let typing = ctx.egui_wants_keyboard_input();
    ctx.input_mut(|input| {
        SHORTCUTS
            .iter()
            .filter(|s| s.screen.is_none_or(|on| on == screen) && (!typing || s.while_typing()))
            .filter(|s| input.consume_key(s.modifiers, s.key))
            .map(|s| (s.command)(state))
            .collect()
    })
}
