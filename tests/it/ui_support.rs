//! Helpers shared by the headless UI tests: a bevy app without a window that applies the
//! same commands the panels send.

use std::path::Path;

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use mehrwert::ui::PendingCommands;
use mehrwert::ui::screens::{Screen, UiCommand, UiState};
use mehrwert::ui::session::{Session, Team};

/// The game's own app without a window (`mehrwert::ui::plugin`), whose data folder is
/// `data_dir`.
pub fn app(data_dir: &Path) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .insert_resource(UiState { data_dir: data_dir.to_path_buf(), ..UiState::default() })
        .add_plugins(mehrwert::ui::plugin);
    app.update();
    app
}

/// Sends a command and lets the state transition happen.
pub fn send(app: &mut App, command: UiCommand) {
    app.world_mut().resource_mut::<PendingCommands>().0.push(command);
    app.update();
    app.update();
}

/// The screen shown.
pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// The year being decided (0 before a game starts).
pub fn year(app: &App) -> u32 {
    app.world().get_resource::<Session>().map_or(0, Session::playing_year)
}

/// The status message: (is an error, text).
pub fn message(app: &App) -> Option<(bool, String)> {
    app.world().resource::<UiState>().message.clone().map(|m| (m.error, m.text))
}

/// A team running `company`.
pub fn team(name: &str, company: &str) -> Team {
    Team { name: name.into(), company: company.into() }
}
