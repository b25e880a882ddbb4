//! The desktop game: bevy + egui screens that read the simulation and submit decisions.
//!
//! Architecture invariant: nothing here books anything; every change to a game goes through
//! [`crate::sim`] (submit, play a year, save, load) via [`session::Session`]. Panels are
//! functions of what they show that return [`screens::UiCommand`]s; [`apply`] acts on them.

pub mod autoplay;
pub mod draft;
pub mod idle;
pub mod panels;
pub mod projects;
pub mod screens;
pub mod session;
pub mod text;
pub mod theme;

use std::path::PathBuf;
use std::process::ExitCode;

use bevy::prelude::*;
use bevy::window::{RequestRedraw, WindowResizeConstraints, WindowResolution};
use bevy::winit::WinitSettings;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, EguiStartupSet, egui};

use crate::model::format::Locale;
use crate::scenario::issue::Code;
use panels::handover::handover_ui;
use panels::results::ResultsView;
use panels::setup::{SetupView, setup_ui};
use panels::title::{TitleView, title_ui};
use screens::{ResultsTab, ScenarioChoice, Screen, UiCommand, UiState};
use session::{GameSetup, Mode, Opened, Session, Team, autosave_path, open_file, save_path};
use text::tr;

/// The longest time the UI system took to lay out a frame since the last reset (the game's
/// own share of a frame, without rendering), for the autoplay's measurements.
#[derive(Resource, Default, Debug)]
pub struct UiTiming {
    pub longest_ms: f64,
}

/// Commands waiting to be applied (from the panels or the autoplay script).
#[derive(Resource, Default, Debug)]
pub struct PendingCommands(pub Vec<UiCommand>);

/// Why no window can open here, if it cannot: on Linux and the BSDs the window system is
/// found through `WAYLAND_DISPLAY` or `DISPLAY`; Windows and macOS always have a desktop.
fn no_display() -> Option<&'static str> {
    if !cfg!(unix) || cfg!(target_os = "macos") {
        return None;
    }
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    (!set("WAYLAND_DISPLAY") && !set("DISPLAY"))
        .then_some("no display to open the game window on (neither DISPLAY nor WAYLAND_DISPLAY is set)")
}

/// How the game starts.
#[derive(Debug, Default, Clone)]
pub struct StartOptions {
    /// A scenario, save game or session file to open at once.
    pub file: Option<PathBuf>,
    /// Test mode: play two years through the UI commands, write screenshots here, and exit.
    pub autoplay_screenshots: Option<PathBuf>,
    /// Window size in logical pixels; 1440×900 when not given.
    pub window_size: Option<(u32, u32)>,
}

/// Opens the game window and runs until the player quits. Without a display (a server, an
/// SSH session) it says so in one line and exits with 1 instead of a window-system panic.
pub fn run(options: StartOptions) -> ExitCode {
    if let Some(why) = no_display() {
        eprintln!("mehrwert: {why}; `mehrwert run` plays a game without a window");
        return ExitCode::from(1);
    }
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Mehrwert".into(),
            resolution: {
                let (width, height) = options.window_size.unwrap_or((1440, 900));
                WindowResolution::new(width, height)
            },
            resize_constraints: WindowResizeConstraints { min_width: 1280.0, min_height: 720.0, ..default() },
            ..default()
        }),
        ..default()
    }))
    .add_plugins(EguiPlugin::default())
    .add_plugins(idle::plugin)
    .init_state::<Screen>()
    .init_resource::<UiState>()
    .init_resource::<PendingCommands>()
    .init_resource::<UiTiming>()
    .add_systems(PreStartup, spawn_camera.before(EguiStartupSet::InitContexts))
    .add_systems(Update, apply_commands)
    .add_systems(OnEnter(Screen::Title), look_for_autosave_again)
    .add_systems(Last, autosave_on_exit)
    .add_systems(EguiPrimaryContextPass, ui_system);
    match &options.autoplay_screenshots {
        Some(dir) => {
            // Frames must advance without input for the scripted run.
            app.insert_resource(WinitSettings::continuous());
            autoplay::plugin(&mut app, dir.clone());
        }
        None => {
            app.insert_resource(WinitSettings::desktop_app());
        }
    }
    if let Some(file) = options.file {
        app.world_mut().resource_mut::<PendingCommands>().0.push(UiCommand::Open(file));
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// Entering the title screen: the autosave may have been written or removed since.
fn look_for_autosave_again(mut state: ResMut<UiState>) {
    state.has_autosave = None;
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn(Camera2d);
}

/// Draws the current screen and queues what the player asked for.
fn ui_system(
    mut contexts: EguiContexts,
    mut state: ResMut<UiState>,
    mut session: Option<ResMut<Session>>,
    screen: Res<State<Screen>>,
    mut pending: ResMut<PendingCommands>,
    mut redraw: MessageWriter<RequestRedraw>,
    mut timing: ResMut<UiTiming>,
) -> Result {
    let started = std::time::Instant::now();
    let ctx = contexts.ctx_mut()?;
    if state.applied_projector != Some(state.projector) {
        theme::apply(ctx, state.projector);
        state.applied_projector = Some(state.projector);
    }
    let mut root = egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    );
    let lang = state.lang;
    let mut commands = Vec::new();
    let screen = *screen.get();
    egui::Panel::top("top_bar").show(&mut root, |ui| {
        commands.extend(top_bar_ui(ui, &mut state, session.as_deref(), screen));
    });
    egui::CentralPanel::default().show(&mut root, |ui| match (screen, session.as_deref_mut()) {
        (Screen::Glossary, _) => {
            let back = state.glossary_back;
            commands.extend(panels::glossary::glossary_ui(ui, lang, &mut state.glossary_query, back));
        }
        (Screen::Title, _) | (_, None) => {
            if state.has_autosave.is_none() {
                state.has_autosave = Some(autosave_path(&state.data_dir).exists());
            }
            let view = TitleView { lang, has_autosave: state.has_autosave.unwrap_or(false) };
            commands.extend(title_ui(ui, &view, &mut state.dialog));
        }
        (Screen::Setup, Some(_)) => {}
        (Screen::Decide, Some(session)) => commands.extend(decide_screen(ui, session, lang)),
        (Screen::Handover, Some(session)) => {
            let team = session.current_team().name.clone();
            commands.extend(handover_ui(ui, lang, &team, session.playing_year()));
        }
        (Screen::Results, Some(session)) => {
            let companies = session.reports();
            let view = ResultsView {
                lang,
                companies,
                market: &session.snapshot().market_history,
                shown: state.shown_company,
                tab: state.tab,
                finished: session.is_finished(),
                setup: panels::results::ReportSetup::from_game(session.scenario(), &session.setup, lang),
            };
            let mut shown = state.shown_company;
            let ui_state: &mut UiState = &mut state;
            let (value_state, drill) = (&mut ui_state.value, ui_state.drill.clone());
            let session: &Session = session;
            let mut other_tab = |ui: &mut egui::Ui, tab: ResultsTab| match (tab, &drill) {
                (ResultsTab::Value, _) => {
                    let value_view = panels::value::ValueView {
                        lang,
                        companies,
                        setup: &view.setup,
                        scenario: session.scenario(),
                        workshop_teams: workshop_teams(session),
                    };
                    panels::value::value_ui(ui, &value_view, value_state)
                }
                (ResultsTab::Journal, Some(target)) => {
                    let (Some(save), Some(reports)) =
                        (session.snapshot().companies.get(target.company), companies.get(target.company))
                    else {
                        return Vec::new();
                    };
                    let journal_view = panels::journal::JournalView {
                        lang,
                        company_name: &reports.name,
                        ledger: &save.ledger,
                        history: &reports.history,
                        scenario: session.scenario(),
                        last_closed_open: (!session.is_finished()).then_some(session.snapshot().year),
                    };
                    panels::journal::journal_ui(ui, &journal_view, target)
                }
                _ => Vec::new(),
            };
            commands.extend(panels::results::results_ui_with(ui, &view, &mut shown, &mut other_tab));
            state.shown_company = shown;
        }
        (Screen::Final, Some(session)) => {
            let companies = session.reports();
            let view = panels::final_ranking::FinalView {
                lang,
                companies,
                setup: panels::results::ReportSetup::from_game(session.scenario(), &session.setup, lang),
            };
            commands.extend(panels::final_ranking::final_ranking_ui(ui, &view));
        }
    });
    if screen == Screen::Setup {
        // The setup form is drawn over the central panel's space with its own view.
        if state.setup_companies.as_ref().is_none_or(|(choice, _)| *choice != state.setup.scenario) {
            let choice = state.setup.scenario.clone();
            let ids = setup_company_ids(&choice);
            state.setup_companies = Some((choice, ids));
        }
        let ids = state.setup_companies.as_ref().map(|(_, ids)| ids.clone()).unwrap_or_default();
        let view = SetupView { lang, company_ids: &ids };
        egui::Window::new(tr("new_game", lang))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
            .show(ctx, |ui| commands.extend(setup_ui(ui, &view, &mut state.setup)));
    }
    commands.extend(shortcuts(ctx, screen, session.is_some()));
    if !commands.is_empty() {
        pending.0.extend(commands);
        redraw.write(RequestRedraw);
    }
    timing.longest_ms = timing.longest_ms.max(started.elapsed().as_secs_f64() * 1000.0);
    Ok(())
}

/// Keyboard shortcuts: Ctrl+S saves, F1–F5 switch the report's tabs, Enter goes on from the
/// handover and the report (Ctrl+Enter submits on the decision screen, see its panel).
fn shortcuts(ctx: &egui::Context, screen: Screen, in_game: bool) -> Vec<UiCommand> {
    let mut commands = Vec::new();
    if !in_game || ctx.egui_wants_keyboard_input() {
        return commands;
    }
    ctx.input_mut(|input| {
        if input.consume_key(egui::Modifiers::CTRL, egui::Key::S) {
            commands.push(UiCommand::SaveAs("spielstand".into()));
        }
        match screen {
            Screen::Results => {
                for (key, tab) in [
                    (egui::Key::F1, ResultsTab::Statements),
                    (egui::Key::F2, ResultsTab::Dashboard),
                    (egui::Key::F3, ResultsTab::Market),
                    (egui::Key::F4, ResultsTab::Leaderboard),
                    (egui::Key::F5, ResultsTab::Value),
                ] {
                    if input.consume_key(egui::Modifiers::NONE, key) {
                        commands.push(UiCommand::ShowTab(tab));
                    }
                }
                if input.consume_key(egui::Modifiers::NONE, egui::Key::Enter) {
                    commands.push(UiCommand::NextYear);
                }
            }
            Screen::Handover if input.consume_key(egui::Modifiers::NONE, egui::Key::Enter) => {
                commands.push(UiCommand::GoTo(Screen::Decide));
            }
            _ => {}
        }
    });
    commands
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

fn setup_company_ids(choice: &ScenarioChoice) -> Vec<String> {
    let scenario = match choice {
        ScenarioChoice::Default => crate::scenario::default_scenario().ok(),
        ScenarioChoice::Intro => crate::scenario::intro_scenario().ok(),
        ScenarioChoice::File(path) => match open_file(path) {
            Ok(Opened::Scenario(s)) => Some(s),
            _ => None,
        },
    };
    scenario.map(|s| s.companies.iter().map(|c| c.id.clone()).collect()).unwrap_or_default()
}

fn top_bar_ui(ui: &mut egui::Ui, state: &mut UiState, session: Option<&Session>, screen: Screen) -> Vec<UiCommand> {
    let lang = state.lang;
    let mut commands = Vec::new();
    ui.horizontal(|ui| {
        ui.strong("Mehrwert");
        if let Some(session) = session {
            ui.label(format!(
                "· {} · {} {}",
                session.scenario().name,
                tr("year", lang),
                // Deciding: the year ahead; reading the report: the year just closed.
                if matches!(screen, Screen::Decide | Screen::Handover) {
                    session.playing_year()
                } else {
                    session.snapshot().year.max(1)
                }
            ));
            ui.add_space(16.0);
            ui.add(egui::TextEdit::singleline(&mut state.save_name).desired_width(140.0));
            if ui.button(tr("save_game", lang)).clicked() {
                commands.push(UiCommand::SaveAs(state.save_name.clone()));
            }
        }
        ui.add_space(16.0);
        if ui.selectable_label(screen == Screen::Glossary, tr("glossary", lang)).clicked() {
            commands.push(UiCommand::OpenGlossary { from: screen });
        }
        let other = if lang == Locale::De { Locale::En } else { Locale::De };
        if ui.button(if lang == Locale::De { "English" } else { "Deutsch" }).clicked() {
            commands.push(UiCommand::SetLanguage(other));
        }
        let mut projector = state.projector;
        if ui.checkbox(&mut projector, tr("projector_mode", lang)).changed() {
            commands.push(UiCommand::SetProjector(projector));
        }
        if let Some((is_error, message)) = &state.message {
            let colour = if *is_error { theme::WORSE } else { theme::BETTER };
            ui.colored_label(colour, message);
        }
    });
    commands
}

fn decide_screen(ui: &mut egui::Ui, session: &mut Session, lang: Locale) -> Vec<UiCommand> {
    panels::decide::decide_session_ui(ui, session, lang)
}

/// Acts on queued commands: the only place that changes the game or the screen.
pub fn apply_commands(
    mut pending: ResMut<PendingCommands>,
    mut state: ResMut<UiState>,
    mut session: Option<ResMut<Session>>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    for command in std::mem::take(&mut pending.0) {
        let lang = state.lang;
        match apply(command, &mut state, session.as_deref_mut(), &mut next, lang) {
            Applied::Nothing => {}
            Applied::NewSession(s) => {
                let screen = if s.is_finished() {
                    Screen::Final
                } else if s.setup.mode == Mode::Workshop {
                    Screen::Handover
                } else {
                    Screen::Decide
                };
                commands.insert_resource(*s);
                next.set(screen);
            }
            Applied::Quit => {
                exit.write(AppExit::Success);
            }
        }
    }
}

/// What applying a command produced beyond the state it changed.
pub enum Applied {
    Nothing,
    NewSession(Box<Session>),
    Quit,
}

fn report_error(state: &mut UiState, message: impl Into<String>) {
    state.message = Some((true, message.into()));
}

/// Applies one command. Errors never stop the game: they become the status message.
pub fn apply(
    command: UiCommand,
    state: &mut UiState,
    session: Option<&mut Session>,
    next: &mut NextState<Screen>,
    lang: Locale,
) -> Applied {
    match command {
        UiCommand::GoTo(screen) => next.set(screen),
        UiCommand::SetLanguage(l) => state.lang = l,
        UiCommand::SetProjector(on) => state.projector = on,
        UiCommand::ShowTab(tab) => state.tab = tab,
        UiCommand::Quit => return Applied::Quit,
        UiCommand::DrillDown { company, year, line } => {
            state.drill = Some(screens::DrillTarget { company, year, line });
            state.tab = ResultsTab::Journal;
        }
        UiCommand::OpenGlossary { from } => {
            if from != Screen::Glossary {
                state.glossary_back = from;
            }
            next.set(Screen::Glossary);
        }
        UiCommand::WhatIf { company, year, decisions } => {
            if let Some(session) = session {
                let outcome = crate::sim::branch::branch(session.snapshot(), year, &[*decisions])
                    .map_err(|issues| issues.to_string())
                    .and_then(|save| {
                        save.companies
                            .get(company)
                            .map(|c| c.history.clone())
                            .ok_or_else(|| tr("error", lang).to_string())
                    });
                state.value.what_if_result = Some(panels::value::WhatIfResult { company, year, outcome });
            }
        }
        UiCommand::StartGame { scenario, seed, setup } => {
            let loaded = match &scenario {
                ScenarioChoice::Default => crate::scenario::default_scenario(),
                ScenarioChoice::Intro => crate::scenario::intro_scenario(),
                ScenarioChoice::File(path) => match open_file(path) {
                    Ok(Opened::Scenario(s)) => Ok(s),
                    Ok(_) => Err(crate::scenario::Issues(vec![crate::scenario::Issue::error(
                        Code::NotScenario,
                        "",
                        path.display().to_string(),
                        "a scenario file (open save games from the title screen)",
                    )])),
                    Err(issues) => Err(issues),
                },
            };
            match loaded.and_then(|s| Session::new_game(s, seed, setup)) {
                Ok(s) => {
                    state.message = None;
                    return Applied::NewSession(Box::new(s));
                }
                Err(issues) => report_error(state, issues.to_string()),
            }
        }
        UiCommand::ContinueAutosave => return open(&autosave_path(&state.data_dir), state),
        UiCommand::Open(path) => return open(&path, state),
        UiCommand::SaveAs(name) => {
            if let Some(session) = session {
                let path = save_path(&state.data_dir, &name);
                match session.save_to(&path) {
                    Ok(()) => state.message = Some((false, format!("{}: {}", tr("saved", lang), path.display()))),
                    Err(e) => report_error(state, e),
                }
            }
        }
        UiCommand::Submit => {
            if let Some(session) = session {
                match session.submit_current(lang) {
                    Ok(true) => {
                        if let Err(issues) = session.close_year() {
                            report_error(state, issues.to_string());
                        }
                        autosave(session, state);
                        state.tab = ResultsTab::Statements;
                        state.shown_company =
                            session.scenario().company_index(&session.setup.teams[0].company).unwrap_or(0);
                        next.set(Screen::Results);
                    }
                    Ok(false) => next.set(Screen::Handover),
                    Err(_) => report_error(state, tr("error", lang)),
                }
            }
        }
        UiCommand::CloseYear => {
            if let Some(session) = session {
                if let Err(issues) = session.close_year() {
                    report_error(state, issues.to_string());
                }
                autosave(session, state);
                next.set(Screen::Results);
            }
        }
        UiCommand::NextYear => {
            if let Some(session) = session {
                let screen = if session.is_finished() {
                    Screen::Final
                } else if session.setup.mode == Mode::Workshop {
                    Screen::Handover
                } else {
                    Screen::Decide
                };
                next.set(screen);
            }
        }
    }
    Applied::Nothing
}

/// Saves the session, drafts included, when the game closes (Quit or the window's close
/// button), so the player resumes exactly where they were.
pub fn autosave_on_exit(mut exits: MessageReader<AppExit>, session: Option<Res<Session>>, mut state: ResMut<UiState>) {
    if exits.read().next().is_some()
        && let Some(session) = session
    {
        autosave(&session, &mut state);
    }
}

fn autosave(session: &Session, state: &mut UiState) {
    if let Err(e) = session.save_to(&autosave_path(&state.data_dir)) {
        report_error(state, format!("Autosave: {e}"));
    }
}

fn open(path: &std::path::Path, state: &mut UiState) -> Applied {
    let opened = open_file(path);
    let session = match opened {
        Ok(Opened::Session(file)) => Session::resume(file),
        Ok(Opened::Save(save)) => {
            let company = save.scenario.companies.first().map(|c| c.id.clone()).unwrap_or_default();
            let setup = GameSetup { mode: Mode::Solo, teams: vec![Team { name: "Solo".into(), company }] };
            Session::resume(session::SessionFile {
                session_format_version: session::SESSION_FORMAT_VERSION,
                setup,
                turn: 0,
                drafts: Default::default(),
                game: save,
            })
        }
        Ok(Opened::Scenario(scenario)) => {
            let company = scenario.companies.first().map(|c| c.id.clone()).unwrap_or_default();
            let setup = GameSetup { mode: Mode::Solo, teams: vec![Team { name: "Solo".into(), company }] };
            Session::new_game(scenario, 1, setup)
        }
        Err(issues) => Err(issues),
    };
    match session {
        Ok(s) => {
            state.message = None;
            Applied::NewSession(Box::new(s))
        }
        Err(issues) => {
            report_error(state, issues.to_string());
            Applied::Nothing
        }
    }
}
