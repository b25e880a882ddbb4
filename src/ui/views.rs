//! The screens' cached views: built by `OnEnter` systems, brought up to date in `Update`
//! only when what they show changed, and dropped `OnExit`, so drawing a frame reads no file
//! and parses or clones nothing.

use bevy::prelude::*;

use super::decide_screen::DecideScreen;
use super::panels::results::ReportSetup;
use super::screens::{ScenarioChoice, Screen, UiState};
use super::session::{Mode, Session, autosave_path};
use crate::model::format::Locale;

/// The title screen's view: whether there is an autosave to continue, looked up once each
/// time the screen is entered (it may have been written or removed since).
#[derive(Resource, Debug, Default)]
pub struct TitleScreen {
    /// An autosave file exists in the data folder.
    pub has_autosave: bool,
}

/// The setup screen's view: the company ids of the chosen scenario, read once per choice
/// (a scenario file is opened and parsed when it is chosen, not on every frame).
#[derive(Resource, Debug)]
pub struct SetupScreen {
    choice: ScenarioChoice,
    /// The chosen scenario, read once per choice, or why the file is none.
    pub scenario: Result<crate::scenario::Scenario, crate::scenario::Issues>,
}

impl SetupScreen {
    fn new(choice: &ScenarioChoice) -> SetupScreen {
        SetupScreen { choice: choice.clone(), scenario: super::apply::load_scenario(choice) }
    }
}

/// The annual report's and the final ranking's view of who plays which company, in the
/// language it was built for.
#[derive(Resource, Debug)]
pub struct ReportScreen {
    lang: Locale,
    /// Players, highlight and segment names of the game.
    pub setup: ReportSetup,
    /// In a workshop, the teams in turn order with their company's scenario index.
    pub workshop_teams: Option<Vec<(String, usize)>>,
}

impl ReportScreen {
    fn new(session: &Session, lang: Locale) -> ReportScreen {
        ReportScreen {
            lang,
            setup: ReportSetup::from_game(session.scenario(), &session.setup, lang),
            workshop_teams: workshop_teams(session),
        }
    }
}

/// Registers the view builders; the order within `Update` is after the commands are applied.
pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), enter_title)
        .add_systems(OnExit(Screen::Title), |mut commands: Commands| commands.remove_resource::<TitleScreen>())
        .add_systems(OnEnter(Screen::Setup), enter_setup)
        .add_systems(OnExit(Screen::Setup), |mut commands: Commands| commands.remove_resource::<SetupScreen>())
        .add_systems(OnEnter(Screen::Decide), enter_decide)
        .add_systems(OnExit(Screen::Decide), |mut commands: Commands| commands.remove_resource::<DecideScreen>())
        .add_systems(OnEnter(Screen::Results), enter_report)
        .add_systems(OnEnter(Screen::Final), enter_report)
        .add_systems(
            Update,
            (
                refresh_setup.run_if(in_state(Screen::Setup)),
                refresh_decide.run_if(in_state(Screen::Decide)),
                refresh_report.run_if(in_state(Screen::Results).or_else(in_state(Screen::Final))),
            )
                .after(super::apply::apply_commands),
        );
}

/// Entering the title screen: look for the autosave once.
pub(crate) fn enter_title(state: Res<UiState>, mut commands: Commands) {
    commands.insert_resource(TitleScreen { has_autosave: autosave_path(&state.data_dir).exists() });
}

fn enter_setup(state: Res<UiState>, mut commands: Commands) {
    commands.insert_resource(SetupScreen::new(&state.setup.scenario));
}

/// A new choice of scenario on the setup form: read its companies once.
fn refresh_setup(state: Res<UiState>, screen: Option<ResMut<SetupScreen>>, mut commands: Commands) {
    match screen {
        Some(mut screen) if screen.choice != state.setup.scenario => *screen = SetupScreen::new(&state.setup.scenario),
        Some(_) => {}
        None => commands.insert_resource(SetupScreen::new(&state.setup.scenario)),
    }
}

fn enter_decide(state: Res<UiState>, session: Option<ResMut<Session>>, mut commands: Commands) {
    if let Some(mut session) = session {
        commands.insert_resource(DecideScreen::new(&mut session, state.lang));
    }
}

/// The turn, the year or the draft moved on: rebuild what changed.
fn refresh_decide(
    state: Res<UiState>,
    session: Option<ResMut<Session>>,
    screen: Option<ResMut<DecideScreen>>,
    mut commands: Commands,
) {
    let Some(mut session) = session else { return };
    match screen {
        Some(mut screen) if !session.is_added() => screen.refresh(&mut session, state.lang),
        _ => commands.insert_resource(DecideScreen::new(&mut session, state.lang)),
    }
}

fn enter_report(state: Res<UiState>, session: Option<Res<Session>>, mut commands: Commands) {
    if let Some(session) = session {
        commands.insert_resource(ReportScreen::new(&session, state.lang));
    }
}

/// The language changed, or a game was opened while the report is shown: rebuild.
fn refresh_report(
    state: Res<UiState>,
    session: Option<Res<Session>>,
    screen: Option<ResMut<ReportScreen>>,
    mut commands: Commands,
) {
    let Some(session) = session else { return };
    match screen {
        Some(screen) if screen.lang == state.lang && !session.is_added() => {}
        _ => commands.insert_resource(ReportScreen::new(&session, state.lang)),
    }
}

/// In a workshop, the teams in turn order with their company's scenario index.
fn workshop_teams(session: &Session) -> Option<Vec<(String, usize)>> {
    (session.setup.mode == Mode::Workshop).then(|| {
        session
            .setup
            .teams
            .iter()
            .filter_map(|t| session.scenario().company_index(&t.company).map(|i| (t.name.clone(), i)))
            .collect()
    })
}
