//! The screens of the game and what a screen can ask for: the flow title → setup → decide
//! (→ handover → decide …) → annual report → … → final ranking.

use std::path::PathBuf;

use bevy::prelude::*;

use super::session::GameSetup;
use crate::model::format::Locale;

/// Which screen is shown.
#[derive(States, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    /// New game, continue, open a file, language, quit.
    #[default]
    Title,
    /// The new game's scenario, mode, teams and seed.
    Setup,
    /// The decision form of the team whose turn it is, with the live pro-forma.
    Decide,
    /// Between two teams on one laptop: hides the last team's entries.
    Handover,
    /// The annual report of the year just closed.
    Results,
    /// The podium and the debrief after the last year.
    Final,
    /// The debrief for the projector, page by page.
    Debrief,
    /// The glossary: every term with definition, formula, drivers and typical range.
    Glossary,
    /// "Workshop beitreten": the trainer's address and the team's join code.
    Join,
    /// A workshop team on its own laptop: decide, wait, read the released results.
    Team,
    /// "Workshop leiten": the workshop's name, scenario, teams and network.
    HostSetup,
    /// The trainer's console of the workshop this window hosts.
    Console,
    /// "Kunde analysieren": the customer value lab.
    Lab,
    /// "Quiz": duels and practice against a quiz server, or a trainer's figures.
    Quiz,
}

/// The tabs of the annual report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ResultsTab {
    /// Income statement, balance sheet and cash-flow statement, one column per year.
    #[default]
    Statements,
    /// The KPI charts of every company.
    Dashboard,
    /// The public market report: prices, volumes and shares per segment.
    Market,
    /// The ranking by score after the last closed year.
    Leaderboard,
    /// The EVA driver tree, the attribution of ΔEVA and the what-if replay.
    Value,
    /// The journal entries behind a statement line ([`UiState::drill`]).
    Journal,
}

/// A statement line to drill into: which company, year and line key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DrillTarget {
    /// Scenario index of the company.
    pub company: usize,
    /// Fiscal year of the entries.
    pub year: u32,
    /// Statement line key (`"rebates"`).
    pub line: String,
}

/// Which scenario a new game starts from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioChoice {
    /// The built-in full scenario (Mittelstand: pumps and fittings).
    Default,
    /// The built-in short introduction (one pump works).
    Intro,
    /// A scenario file the player chose.
    File(PathBuf),
}

/// What a screen asks the game to do; only [`super::apply`] acts on it.
#[derive(Clone, Debug, PartialEq)]
pub enum UiCommand {
    /// Show another screen.
    GoTo(Screen),
    /// Say that something was done (the status line), e.g. where a file was saved.
    Notify(String),
    /// Save the finished game's debrief: workbooks and reports for the room and every team.
    SaveDebrief,
    /// Start a new game and show its first screen.
    StartGame {
        /// The scenario to play.
        scenario: ScenarioChoice,
        /// The seed of the game's random numbers (the same seed plays the same game).
        seed: u64,
        /// Solo or workshop, and the teams.
        setup: GameSetup,
        /// The guided first year: coach notes for newcomers.
        guide: bool,
    },
    /// Resume the game saved when the game last closed.
    ContinueAutosave,
    /// Open a scenario, save game or session file.
    Open(PathBuf),
    /// Save the session under this name in the saves folder.
    SaveAs(String),
    /// Save under this name although a save of that name exists (the player confirmed).
    Overwrite(String),
    /// Open or close the in-game menu (Escape).
    ToggleMenu,
    /// The decision form of `company` now reads `draft` (sent by the decision screen when
    /// the team typed; applying it recomputes the pro-forma).
    EditDraft {
        /// The company's id.
        company: String,
        /// The form as typed.
        draft: Box<super::draft::Draft>,
    },
    /// Ask the team to confirm its decisions (the submit button, Ctrl+Enter); asked again
    /// while the question is open, it submits.
    AskSubmit,
    /// Back to the form without submitting.
    CancelSubmit,
    /// Hand in the current team's decisions; after the last team the year is played (solo)
    /// or waits for the trainer (workshop).
    Submit,
    /// Take back the last team's submission while the year is not played yet.
    Withdraw,
    /// Show last year's report over the decision form at this tab, or close it (`None`).
    Peek(Option<ResultsTab>),
    /// Close the status message.
    DismissMessage,
    /// Play the year with the decisions handed in so far and show the report.
    CloseYear,
    /// Leave the report for the next year's decisions (or the final ranking at the end).
    NextYear,
    /// Show a tab of the annual report.
    ShowTab(ResultsTab),
    /// Switch every text to this language.
    SetLanguage(Locale),
    /// Show the guided first year's coach notes, or hide them.
    SetGuide(bool),
    /// Go to this stop of the coach's tour through the decision screen.
    CoachStep(usize),
    /// Turn the projector mode (larger type) on or off.
    SetProjector(bool),
    /// Show the journal entries behind a statement line (switches to [`ResultsTab::Journal`]).
    DrillDown {
        /// Scenario index of the company.
        company: usize,
        /// Fiscal year of the entries.
        year: u32,
        /// Statement line key (`"rebates"`).
        line: String,
    },
    /// Open the glossary; its back button returns to `from`.
    OpenGlossary {
        /// The screen the glossary was opened from.
        from: Screen,
    },
    /// Replay the game with `decisions` replacing what `company` (scenario index) decided
    /// in `year`, for the what-if comparison on the value tab.
    WhatIf {
        /// Scenario index of the player's company.
        company: usize,
        /// The past year whose decisions are replaced.
        year: u32,
        /// The decisions to play instead.
        decisions: Box<crate::scenario::Decisions>,
    },
    /// Close the game (the session is autosaved on the way out).
    Quit,
}

/// What the status strip under the top bar says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    /// An error (red) rather than a confirmation (green).
    pub error: bool,
    /// The message in the player's language.
    pub text: String,
    /// The technical details behind an error (the located issues), shown on hover.
    pub details: Option<String>,
    /// A file that would open where the one asked for did not: the last good autosave.
    pub recovery: Option<PathBuf>,
}

impl Status {
    /// An error in plain words.
    pub fn error(text: impl Into<String>) -> Status {
        Status { error: true, text: text.into(), details: None, recovery: None }
    }

    /// A confirmation ("saved: …").
    pub fn done(text: impl Into<String>) -> Status {
        Status { error: false, text: text.into(), details: None, recovery: None }
    }
}

/// Settings and screen-local state that outlive a frame.
#[derive(Resource, Debug)]
pub struct UiState {
    /// The language of every text.
    pub lang: Locale,
    /// Projector mode: larger type for a workshop room.
    pub projector: bool,
    /// The theme applied last, to re-apply only when it changes.
    pub applied_projector: Option<bool>,
    /// The annual report's tab shown.
    pub tab: ResultsTab,
    /// Company whose report is shown (index into the scenario's companies).
    pub shown_company: usize,
    /// The status line: last save, or the last error in plain words.
    pub message: Option<Status>,
    /// The new-game form as typed, kept when the player steps back to the title.
    pub setup: super::panels::setup::SetupForm,
    /// The name the top bar's save button saves under (Ctrl+S too).
    pub save_name: String,
    /// The title screen's file dialog (opened at the saves folder).
    pub dialog: super::panels::file_dialog::FileDialog,
    /// Where autosave and saves go (see [`super::session::data_dir`]).
    pub data_dir: PathBuf,
    /// The statement line whose journal entries the journal tab shows.
    pub drill: Option<DrillTarget>,
    /// The value tab's choices and the last what-if result.
    pub value: super::panels::value::ValueState,
    /// The glossary screen's search text.
    pub glossary_query: String,
    /// Where the glossary's back button leads.
    pub glossary_back: Screen,
    /// The in-game menu (Escape) is open.
    pub menu_open: bool,
    /// A save name that exists already, waiting for "overwrite?" to be answered.
    pub confirm_overwrite: Option<String>,
    /// The decision screen asks "submit these decisions?".
    pub confirm_submit: bool,
    /// Last year's report shown over the decision form, at this tab.
    pub peek: Option<ResultsTab>,
    /// The stop of the coach's tour through the decision screen (guided first year).
    pub coach_step: usize,
    /// A value-lab file opened from the title screen, for the lab to open.
    pub lab_open: Option<PathBuf>,
}

/// Where the file dialog starts: the saves folder when there is one, else the working folder.
/// The load list starts where the game saves (Ctrl+S), also before the first save: never in
/// the working folder, which on a laptop is often a system folder.
fn start_folder() -> PathBuf {
    super::session::data_dir().join("saves")
}

impl Default for UiState {
    fn default() -> Self {
        UiState {
            lang: Locale::De,
            projector: false,
            applied_projector: None,
            tab: ResultsTab::default(),
            shown_company: 0,
            message: None,
            setup: super::panels::setup::SetupForm::default(),
            save_name: String::from("spielstand"),
            dialog: super::panels::file_dialog::FileDialog::at(&start_folder()),
            data_dir: super::session::data_dir(),
            drill: None,
            value: super::panels::value::ValueState::default(),
            glossary_query: String::new(),
            glossary_back: Screen::Title,
            menu_open: false,
            confirm_overwrite: None,
            confirm_submit: false,
            peek: None,
            coach_step: 0,
            lab_open: None,
        }
    }
}
