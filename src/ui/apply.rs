//! Commands to the game: the one place that changes the game, the session or the screen
//! ([`apply`]).

use bevy::prelude::*;

use super::screens::{self, ResultsTab, ScenarioChoice, Screen, Status, UiCommand, UiState};
use super::session::{self, GameSetup, Mode, Opened, Session, Team, autosave_path, open_file, save_path};
use super::text::tr;
use super::{PendingCommands, panels};
use crate::model::format::Locale;
use crate::scenario::{Code, Decisions, Issue, Issues, Scenario};

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
                let screen = next_screen(&s);
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
    /// Only the state passed in changed.
    Nothing,
    /// A game was started or opened: it replaces the session resource.
    NewSession(Box<Session>),
    /// The player asked to close the game.
    Quit,
}

fn report_error(state: &mut UiState, message: impl Into<String>) {
    state.message = Some(Status::error(message));
}

/// A file, save or scenario that failed: what is wrong in the player's language, the
/// located issues as details.
fn report_issues(state: &mut UiState, issues: &Issues, lang: Locale) {
    let mut status = Status::error(super::issue_text::issues_text(issues, lang));
    status.details = Some(issues.lines(lang));
    state.message = Some(status);
}

/// Applies one command. Errors never stop the game: they become the status message.
///
/// A dispatcher: what the screen shows changes here; starting, opening and playing a game
/// each have a function below (those that need a game do nothing without one).
pub fn apply(
    command: UiCommand,
    state: &mut UiState,
    session: Option<&mut Session>,
    next: &mut NextState<Screen>,
    lang: Locale,
) -> Applied {
    match command {
        // Every team has submitted: no decision screen until a submission is taken back.
        UiCommand::GoTo(Screen::Decide) if session.as_ref().is_some_and(|s| s.all_submitted()) => {}
        UiCommand::GoTo(screen) => {
            state.menu_open = false;
            next.set(screen);
        }
        // Escape while "submit?" is asked answers no; else it opens or closes the menu.
        UiCommand::ToggleMenu if state.confirm_submit => state.confirm_submit = false,
        UiCommand::ToggleMenu => state.menu_open = !state.menu_open,
        UiCommand::AskSubmit if state.confirm_submit => return apply(UiCommand::Submit, state, session, next, lang),
        UiCommand::AskSubmit => {
            if let Some(session) = session {
                ask_submit(session, state, lang);
            }
        }
        UiCommand::CancelSubmit => state.confirm_submit = false,
        UiCommand::SetLanguage(l) => state.lang = l,
        UiCommand::SetProjector(on) => state.projector = on,
        UiCommand::CoachStep(step) => state.coach_step = step,
        UiCommand::SetGuide(on) => {
            if let Some(session) = session {
                session.guide = on;
                state.coach_step = 0;
            }
        }
        UiCommand::ShowTab(tab) => state.tab = tab,
        UiCommand::Quit => {
            state.menu_open = false;
            return Applied::Quit;
        }
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
        UiCommand::StartGame { scenario, seed, setup, guide } => {
            return start_game(state, &scenario, seed, setup, guide);
        }
        UiCommand::ContinueAutosave => return open(&autosave_path(&state.data_dir), state),
        // The value lab's files open in the lab.
        UiCommand::Open(path) if super::save_summary::summarise(&path).contents.is_lab_file() => {
            state.lab_open = Some(path);
            next.set(Screen::Lab);
        }
        UiCommand::Open(path) => return open(&path, state),
        UiCommand::Notify(text) => state.message = Some(Status::done(text)),
        UiCommand::SaveDebrief => {
            if let Some(session) = session {
                let save = session.snapshot();
                let name = match state.save_name.trim() {
                    "" => format!("{}-{}", save.scenario.name, save.seed),
                    named => named.to_string(),
                };
                let game = super::debrief::Game {
                    scenario: &save.scenario,
                    seed: save.seed,
                    market: &save.market_history,
                    companies: session.reports(),
                };
                state.message = Some(super::debrief::save_debrief(&state.data_dir, &name, &game, None, None, lang));
            }
        }
        UiCommand::WhatIf { company, year, decisions } => {
            if let Some(session) = session {
                what_if(session, state, company, year, *decisions, lang);
            }
        }
        UiCommand::SaveAs(name) => {
            if let Some(session) = session {
                if save_path(&state.data_dir, &name).exists() {
                    state.confirm_overwrite = Some(name);
                } else {
                    save_as(session, state, &name, lang);
                }
            }
        }
        UiCommand::Overwrite(name) => {
            state.confirm_overwrite = None;
            if let Some(session) = session {
                save_as(session, state, &name, lang);
            }
        }
        UiCommand::EditDraft { company, draft } => {
            if let Some(session) = session {
                session.set_draft(&company, *draft);
            }
        }
        UiCommand::Submit => {
            state.confirm_submit = false;
            if let Some(session) = session {
                submit(session, state, next, lang);
            }
        }
        UiCommand::DismissMessage => state.message = None,
        UiCommand::Peek(tab) => {
            // Opened at the statements of the team's own company.
            if state.peek.is_none()
                && let Some(session) = session
            {
                let company = session.current_team().company.clone();
                state.shown_company = session.scenario().company_index(&company).unwrap_or(0);
            }
            state.peek = tab;
        }
        UiCommand::Withdraw => {
            if let Some(session) = session
                && session.withdraw_last()
            {
                next.set(Screen::Decide);
            }
        }
        UiCommand::CloseYear => {
            if let Some(session) = session {
                play_year(session, state, next);
            }
        }
        UiCommand::NextYear => {
            if let Some(session) = session {
                next.set(next_screen(session));
            }
        }
    }
    Applied::Nothing
}

/// The screen a game goes on with: the final ranking when it is over, the handover between
/// workshop teams, else the decision screen.
fn next_screen(session: &Session) -> Screen {
    if session.is_finished() {
        Screen::Final
    } else if session.setup.mode == Mode::Workshop {
        Screen::Handover
    } else {
        Screen::Decide
    }
}

/// Replays `year` of `company` with other decisions beside the game; the result (or why
/// there is none) goes to the value tab.
fn what_if(session: &Session, state: &mut UiState, company: usize, year: u32, decisions: Decisions, lang: Locale) {
    let outcome = crate::sim::branch::branch(session.snapshot(), year, &[decisions])
        .map_err(|issues| super::issue_text::issues_text(&issues, lang))
        .and_then(|save| {
            save.companies.get(company).map(|c| c.history.clone()).ok_or_else(|| tr("error", lang).to_string())
        });
    state.value.what_if_result = Some(panels::value::WhatIfResult { company, year, outcome });
}

/// The scenario chosen on the setup screen: built in, or read from a file.
pub(crate) fn load_scenario(choice: &ScenarioChoice) -> Result<Scenario, Issues> {
    match choice {
        ScenarioChoice::Default => crate::scenario::default_scenario(),
        ScenarioChoice::Intro => crate::scenario::intro_scenario(),
        ScenarioChoice::File(path) => match open_file(path) {
            Ok(Opened::Scenario(s)) => Ok(s),
            Ok(_) => Err(Issues(vec![Issue::error(
                Code::NotScenario,
                "",
                path.display().to_string(),
                crate::scenario::Phrase::words("ph_scenario_file"),
            )])),
            Err(issues) => Err(issues),
        },
    }
}

/// Starts a new game of the chosen scenario; a scenario that does not load or start
/// becomes the status message.
fn start_game(state: &mut UiState, scenario: &ScenarioChoice, seed: u64, setup: GameSetup, guide: bool) -> Applied {
    let session = load_scenario(scenario).and_then(|s| Session::new_game(s, seed, setup));
    new_session(
        state,
        session.map(|mut s| {
            s.guide = guide;
            s
        }),
    )
}

/// A started or opened game replaces the session; one that failed becomes the status message.
fn new_session(state: &mut UiState, session: Result<Session, Issues>) -> Applied {
    match session {
        Ok(s) => {
            state.message = None;
            // The coach's tour starts at its first stop in every game started or opened.
            state.coach_step = 0;
            Applied::NewSession(Box::new(s))
        }
        Err(issues) => {
            let lang = state.lang;
            report_issues(state, &issues, lang);
            Applied::Nothing
        }
    }
}

/// Saves the session under `name` in the data directory and says where.
fn save_as(session: &Session, state: &mut UiState, name: &str, lang: Locale) {
    let path = save_path(&state.data_dir, name);
    match session.save_to(&path) {
        Ok(()) => state.message = Some(Status::done(format!("{}: {}", tr("saved", lang), path.display()))),
        Err(e) => report_error(state, e),
    }
}

/// Asks the current team to confirm its decisions; a draft with errors is refused at once
/// (only the shortcut can ask then: the button is off). True when the question is open.
pub fn ask_submit(session: &mut Session, state: &mut UiState, lang: Locale) -> bool {
    let company = session.current_team().company.clone();
    match session.pro_forma(&company, lang) {
        session::ProForma::FieldErrors(_) => {
            report_error(state, tr("submit_refused", lang));
            state.confirm_submit = false;
        }
        _ => state.confirm_submit = true,
    }
    state.confirm_submit
}

/// Submits the current team's decisions: after the last team the year closes and the
/// results show the first team's company; before it, the next team takes over.
fn submit(session: &mut Session, state: &mut UiState, next: &mut NextState<Screen>, lang: Locale) {
    match session.submit_current(lang) {
        // A workshop waits on the handover screen until the trainer plays the year, so the
        // last team can still take its submission back.
        Ok(true) if session.setup.mode == Mode::Workshop => {
            super::autosave::autosave(session, state);
            next.set(Screen::Handover);
        }
        Ok(true) => play_year(session, state, next),
        Ok(false) => {
            super::autosave::autosave(session, state);
            next.set(Screen::Handover);
        }
        // Only the shortcut can ask while the form has errors (the button is off).
        Err(_) => report_error(state, tr("submit_refused", lang)),
    }
}

/// Plays the year and shows its report, opened at the first team's statements.
fn play_year(session: &mut Session, state: &mut UiState, next: &mut NextState<Screen>) {
    close_year(session, state);
    state.tab = ResultsTab::Statements;
    let first_team = session.setup.teams.first().map(|t| t.company.as_str()).unwrap_or_default();
    state.shown_company = session.scenario().company_index(first_team).unwrap_or(0);
    next.set(Screen::Results);
}

/// Plays the year and saves the game.
fn close_year(session: &mut Session, state: &mut UiState) {
    if let Err(issues) = session.close_year() {
        let lang = state.lang;
        report_issues(state, &issues, lang);
    }
    super::autosave::autosave(session, state);
}

fn open(path: &std::path::Path, state: &mut UiState) -> Applied {
    let opened = open_file(path);
    let session = match opened {
        Ok(Opened::Session(file)) => Session::resume(file),
        Ok(Opened::Practice(file)) => Session::practice(file),
        Ok(Opened::Save(save)) => {
            let company = save.scenario.companies.first().map(|c| c.id.clone()).unwrap_or_default();
            let setup = GameSetup { mode: Mode::Solo, teams: vec![Team { name: "Solo".into(), company }] };
            Session::resume(session::SessionFile {
                session_format_version: session::SESSION_FORMAT_VERSION,
                setup,
                turn: 0,
                drafts: Default::default(),
                guide: false,
                practice: None,
                game: save,
            })
        }
        Ok(Opened::Scenario(scenario)) => {
            let company = scenario.companies.first().map(|c| c.id.clone()).unwrap_or_default();
            let setup = GameSetup { mode: Mode::Solo, teams: vec![Team { name: "Solo".into(), company }] };
            Session::new_game(scenario, 1, setup)
        }
        // Every problem names the file opened, also those found after reading it.
        Err(mut issues) => {
            for issue in issues.0.iter_mut().filter(|i| i.file.is_none()) {
                issue.file = Some(path.to_path_buf());
            }
            Err(issues)
        }
    };
    let failed = session.is_err();
    let applied = new_session(state, session);
    if failed && let Some(status) = state.message.as_mut() {
        status.recovery = recovery(path, &state.data_dir);
    }
    applied
}

/// The autosave to offer when `failed` did not open: the autosave, unless it is the file
/// that failed, else the one before it — whichever opens.
fn recovery(failed: &std::path::Path, data_dir: &std::path::Path) -> Option<std::path::PathBuf> {
    let same = |p: &std::path::Path| std::fs::canonicalize(p).ok() == std::fs::canonicalize(failed).ok();
    [autosave_path(data_dir), session::previous_autosave_path(data_dir)]
        .into_iter()
        .filter(|p| p.exists() && !same(p))
        .find(|p| match open_file(p) {
            Ok(Opened::Session(file)) => Session::resume(file).is_ok(),
            _ => false,
        })
}
