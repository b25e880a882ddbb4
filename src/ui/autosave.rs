//! Nothing typed is lost: the drafts are autosaved a moment after the team stops typing (so a
//! crash or a killed process costs at most that moment), and leaving a game for the title
//! screen saves it and closes it, and so does closing the window or quitting.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use bevy::prelude::*;

use super::draft::Draft;
use super::screens::{Screen, UiState};
use super::session::{Session, autosave_path};

/// How long after the last keystroke the drafts are written (the idle game wakes at least
/// every five seconds, so the save lands within a few seconds of the last key).
const QUIET: Duration = Duration::from_secs(2);

/// Registers the autosaves; the periodic one runs after the commands are applied.
pub fn plugin(app: &mut App) {
    app.add_systems(Update, autosave_while_typing.after(super::apply::apply_commands))
        .add_systems(OnEnter(Screen::Title), leave_game.before(super::views::enter_title))
        // After the window plugin's exit systems: closing the window writes its AppExit there.
        .add_systems(Last, autosave_on_exit.after(bevy::window::ExitSystems));
}

/// Writes the session, drafts included, as the autosave; a failure becomes the status message.
///
/// The autosave before it is kept as the previous one, so that a damaged autosave still
/// leaves one a few seconds older to resume from.
pub(crate) fn autosave(session: &Session, state: &mut UiState) {
    let path = autosave_path(&state.data_dir);
    if path.exists() {
        let _ = std::fs::rename(&path, super::session::previous_autosave_path(&state.data_dir));
    }
    if let Err(e) = session.save_to(&path) {
        state.message = Some(super::screens::Status::error(format!("Autosave: {e}")));
    }
}

/// Saves the session when the game closes (Quit or the window's close button), so the
/// player resumes exactly where they were.
fn autosave_on_exit(mut exits: MessageReader<AppExit>, session: Option<Res<Session>>, mut state: ResMut<UiState>) {
    if exits.read().next().is_some()
        && let Some(session) = session
    {
        autosave(&session, &mut state);
    }
}

/// What was last written, and since when the drafts differ from it.
#[derive(Default)]
struct Written {
    /// The drafts of the year and turn last saved (`None`: nothing saved by this system yet).
    drafts: Option<(u32, usize, BTreeMap<String, Draft>)>,
    /// When the drafts were first seen to differ from what was saved.
    changed_at: Option<Instant>,
}

/// Saves the session once the drafts have changed and then stayed unchanged for [`QUIET`].
fn autosave_while_typing(session: Option<Res<Session>>, mut state: ResMut<UiState>, mut written: Local<Written>) {
    let Some(session) = session else {
        *written = Written::default();
        return;
    };
    let now = (session.playing_year(), session.turn);
    let same =
        written.drafts.as_ref().is_some_and(|(year, turn, drafts)| (*year, *turn) == now && *drafts == session.drafts);
    if same || (written.drafts.is_none() && session.drafts.is_empty()) {
        written.changed_at = None;
        return;
    }
    let changed_at = *written.changed_at.get_or_insert_with(Instant::now);
    if changed_at.elapsed() < QUIET {
        return;
    }
    autosave(&session, &mut state);
    written.drafts = Some((now.0, now.1, session.drafts.clone()));
    written.changed_at = None;
}

/// Back on the title screen: the game is saved as the autosave ("Weiterspielen" resumes it)
/// and closed, so the title shows no game that is no longer played.
fn leave_game(session: Option<Res<Session>>, mut state: ResMut<UiState>, mut commands: Commands) {
    let Some(session) = session else { return };
    autosave(&session, &mut state);
    commands.remove_resource::<Session>();
}
