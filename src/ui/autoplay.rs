//! Test mode (`mehrwert play --autoplay-screenshots DIR`): plays two years through the same
//! UI commands a player's clicks produce, writes a screenshot of each main screen, and exits
//! with an error if the game did not end up where the script expects.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};

use super::screens::{ResultsTab, ScenarioChoice, Screen, UiCommand};
use super::session::{GameSetup, Mode, Session, Team};
use super::{PendingCommands, UiState, UiTiming};

/// One step of the script.
#[derive(Clone, Debug)]
enum Action {
    Send(UiCommand),
    Shot(&'static str),
}

/// The script's progress.
#[derive(Resource, Debug)]
struct Script {
    dir: PathBuf,
    actions: Vec<Action>,
    next: usize,
    /// Frames to wait before the next action, so the UI settles and renders.
    wait: u32,
    written: Vec<String>,
    /// Longest frame seen while settling before each screenshot (ms), and the longest time
    /// the UI system itself took, for the log.
    longest_frame_ms: Vec<(String, f64, f64)>,
    current_longest_ms: f64,
}

fn script() -> Vec<Action> {
    use Action::{Send, Shot};
    let setup = GameSetup { mode: Mode::Solo, teams: vec![Team { name: "Solo".into(), company: "rhein".into() }] };
    vec![
        Shot("01-title"),
        Send(UiCommand::StartGame { scenario: ScenarioChoice::Default, seed: 1, setup }),
        Shot("02-decide-year1"),
        Send(UiCommand::Submit),
        Shot("03-statements-year1"),
        Send(UiCommand::ShowTab(ResultsTab::Dashboard)),
        Shot("04-dashboard-year1"),
        Send(UiCommand::ShowTab(ResultsTab::Market)),
        Shot("05-market-year1"),
        Send(UiCommand::NextYear),
        Shot("06-decide-year2"),
        Send(UiCommand::Submit),
        Send(UiCommand::ShowTab(ResultsTab::Statements)),
        Shot("07-statements-year2"),
        Send(UiCommand::ShowTab(ResultsTab::Dashboard)),
        Shot("08-dashboard-year2"),
        Send(UiCommand::ShowTab(ResultsTab::Leaderboard)),
        Shot("09-leaderboard-year2"),
        Send(UiCommand::SetProjector(true)),
        Shot("10-projector-mode"),
        Send(UiCommand::SetProjector(false)),
        Send(UiCommand::ShowTab(ResultsTab::Value)),
        Shot("11-driver-tree"),
        Send(UiCommand::DrillDown { company: 2, year: 1, line: "rebates".into() }),
        Shot("12-journal-rebates"),
        Send(UiCommand::OpenGlossary { from: Screen::Results }),
        Shot("13-glossary"),
        // The script ends on the report, where it started the glossary from.
        Send(UiCommand::GoTo(Screen::Results)),
        Send(UiCommand::ShowTab(ResultsTab::Statements)),
        Shot("14-statements-after-glossary"),
    ]
}

/// Adds the script to the app.
pub fn plugin(app: &mut App, dir: PathBuf) {
    app.insert_resource(Script {
        dir,
        actions: script(),
        next: 0,
        wait: 40,
        written: Vec::new(),
        longest_frame_ms: Vec::new(),
        current_longest_ms: 0.0,
    })
    .add_systems(Update, run_script.before(super::apply::apply_commands));
}

/// Marks a screenshot not yet written.
#[derive(Component)]
struct Shooting;

fn run_script(
    mut script: ResMut<Script>,
    mut pending: ResMut<PendingCommands>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
    shooting: Query<(), With<Shooting>>,
    (state, screen, session): (Res<UiState>, Res<State<Screen>>, Option<Res<Session>>),
    (time, mut timing): (Res<Time<Real>>, ResMut<UiTiming>),
) {
    if !shooting.is_empty() {
        return;
    }
    // Frames right after a command include the command's work; the settled frames are the UI's.
    if script.wait > 0 && script.wait < 15 {
        let ms = time.delta_secs_f64() * 1000.0;
        script.current_longest_ms = script.current_longest_ms.max(ms);
    }
    if script.wait > 0 {
        script.wait -= 1;
        return;
    }
    let Some(action) = script.actions.get(script.next).cloned() else {
        // Two years played, back on the report of year 2 (the game is at year 3).
        let arrived = session.is_some_and(|s| s.playing_year() == 3) && *screen.get() == Screen::Results;
        if arrived && !state.message.as_ref().is_some_and(|(error, _)| *error) {
            info!("autoplay wrote {:?}", script.written);
            info!("longest settled frame and longest UI layout per screen (ms): {:?}", script.longest_frame_ms);
            exit.write(AppExit::Success);
        } else {
            error!("autoplay ended on {:?} with message {:?}", screen.get(), state.message);
            exit.write(AppExit::error());
        }
        return;
    };
    script.next += 1;
    script.wait = 20;
    match action {
        Action::Send(command) => pending.0.push(command),
        Action::Shot(name) => {
            let longest = std::mem::take(&mut script.current_longest_ms);
            let ui = std::mem::take(&mut timing.longest_ms);
            script.longest_frame_ms.push((
                name.to_string(),
                (longest * 10.0).round() / 10.0,
                (ui * 10.0).round() / 10.0,
            ));
            let path = script.dir.join(format!("{name}.png"));
            script.written.push(name.to_string());
            commands.spawn((Screenshot::primary_window(), Shooting)).observe(save_to_disk(path)).observe(
                |captured: On<ScreenshotCaptured>, mut commands: Commands| {
                    commands.entity(captured.event_target()).remove::<Shooting>();
                },
            );
        }
    }
}
