//! The screens of the game and what a screen can ask for: the flow title → setup → decide
//! (→ handover → decide …) → annual report → … → final ranking.

use std::path::PathBuf;

use bevy::prelude::*;

use super::session::GameSetup;
use crate::model::format::Locale;

/// Which screen is shown.
#[derive(States, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Title,
    Setup,
    Decide,
    Handover,
    Results,
    Final,
    /// The glossary: every term with definition, formula, drivers and typical range.
    Glossary,
}

/// The tabs of the annual report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ResultsTab {
    #[default]
    Statements,
    Dashboard,
    Market,
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
    Default,
    Intro,
    File(PathBuf),
}

/// What a screen asks the game to do; only [`super::apply`] acts on it.
#[derive(Clone, Debug, PartialEq)]
pub enum UiCommand {
    GoTo(Screen),
    StartGame {
        scenario: ScenarioChoice,
        seed: u64,
        setup: GameSetup,
    },
    ContinueAutosave,
    Open(PathBuf),
    SaveAs(String),
    /// The decision form of `company` now reads `draft` (sent by the decision screen when
    /// the team typed; applying it recomputes the pro-forma).
    EditDraft {
        company: String,
        draft: Box<super::draft::Draft>,
    },
    Submit,
    CloseYear,
    NextYear,
    ShowTab(ResultsTab),
    SetLanguage(Locale),
    SetProjector(bool),
    /// Show the journal entries behind a statement line (switches to [`ResultsTab::Journal`]).
    DrillDown {
        company: usize,
        year: u32,
        line: String,
    },
    /// Open the glossary; its back button returns to `from`.
    OpenGlossary {
        from: Screen,
    },
    /// Replay the game with `decisions` replacing what `company` (scenario index) decided
    /// in `year`, for the what-if comparison on the value tab.
    WhatIf {
        company: usize,
        year: u32,
        decisions: Box<crate::scenario::Decisions>,
    },
    Quit,
}

/// Settings and screen-local state that outlive a frame.
#[derive(Resource, Debug)]
pub struct UiState {
    pub lang: Locale,
    pub projector: bool,
    /// The theme applied last, to re-apply only when it changes.
    pub applied_projector: Option<bool>,
    pub tab: ResultsTab,
    /// Company whose report is shown (index into the scenario's companies).
    pub shown_company: usize,
    /// The status line: last save, or the last error in plain words.
    pub message: Option<(bool, String)>,
    pub setup: super::panels::setup::SetupForm,
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
}

/// Where the file dialog starts: the saves folder when there is one, else the working folder.
fn start_folder() -> PathBuf {
    let saves = super::session::data_dir().join("saves");
    if saves.is_dir() { saves } else { std::env::current_dir().unwrap_or_default() }
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
        }
    }
}
