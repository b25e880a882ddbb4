//! A game being played at the desk: the simulation, who plays which company, the decisions
//! being typed, their pro-forma, and saving all of it so a player resumes where they were.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::draft::{Draft, FieldErrors};
use crate::model::format::Locale;
use crate::scenario::issue::Code;
use crate::scenario::{Issue, Issues, Phrase, Scenario};
use crate::sim::practice::PracticeFile;
use crate::sim::preview::{PlannedYear, Previewer};
use crate::sim::save::parse_save;
use crate::sim::{CompanyReports, GameId, SaveGame, Simulation};

/// Version of the session file this build writes and reads.
pub const SESSION_FORMAT_VERSION: u32 = 1;

/// Solo against the computer, or a workshop of teams taking turns on one laptop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    /// One player against computer-run companies.
    Solo,
    /// Teams taking turns on one laptop, with a handover screen between them.
    Workshop,
}

/// A team (or the solo player) and the company it runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    /// The team's name as shown in tables and on the handover screen.
    pub name: String,
    /// The id of the company it runs.
    pub company: String,
}

/// Who plays: the mode and the teams, in turn order. Companies without a team are played by
/// the computer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameSetup {
    /// Solo or workshop.
    pub mode: Mode,
    /// The teams in turn order (one in a solo game).
    pub teams: Vec<Team>,
}

/// Everything needed to resume: the game and the desk around it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionFile {
    /// The format the file was written in (this build writes [`SESSION_FORMAT_VERSION`] and
    /// refuses newer ones).
    pub session_format_version: u32,
    /// Who plays which company.
    pub setup: GameSetup,
    /// Index of the team whose turn it is.
    pub turn: usize,
    /// Decisions being typed, per company, exactly as typed.
    pub drafts: BTreeMap<String, Draft>,
    /// The guided first year: coach notes on the decision groups, the pro-forma and the
    /// first report (absent in files written before it: off).
    #[serde(default)]
    pub guide: bool,
    /// A practice against a finished workshop: the other companies repeat what they
    /// decided there (absent in every other game).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice: Option<Box<PracticeFile>>,
    /// The game itself: the scenario, every ledger and every closed year.
    pub game: SaveGame,
}

/// The pro-forma of a draft: the projected report, or why there is none.
#[derive(Clone, Debug, PartialEq)]
pub enum ProForma {
    /// The year as it closes with these decisions if the sales plan comes true.
    Report(Box<PlannedYear>),
    /// Fields that do not parse or break the scenario's limits, by field path.
    FieldErrors(FieldErrors),
    /// The simulation refused the decisions as a whole.
    Refused(Issues),
}

/// A practice against a finished workshop: the file, and the room as it played (every
/// company's reports with every decision unchanged) to compare the player's path with.
pub struct Practice {
    /// The practice file the game was started from.
    pub file: PracticeFile,
    /// Every company's reports in the workshop, in scenario order.
    pub room: Vec<CompanyReports>,
}

impl Practice {
    /// Checks `file` and replays the workshop it holds.
    fn of(file: PracticeFile) -> Result<Practice, Issues> {
        let issues = file.check();
        if !issues.is_empty() {
            return Err(Issues(issues));
        }
        let room = file.replay()?;
        Ok(Practice { file, room })
    }

    /// The player's company in the workshop: its report of `year` (1-based).
    pub fn room_year(&self, year: u32) -> Option<&crate::sim::YearReport> {
        let company = self.room.iter().find(|c| c.id == self.file.company)?;
        company.history.get((year as usize).checked_sub(1)?)
    }
}

/// A game being played.
#[derive(bevy::prelude::Resource)]
pub struct Session {
    sim: Simulation,
    game: GameId,
    /// Who plays which company.
    pub setup: GameSetup,
    /// Index into `setup.teams` of the team whose turn it is.
    pub turn: usize,
    /// Decisions being typed, per company id, exactly as typed.
    pub drafts: BTreeMap<String, Draft>,
    /// The coach notes of the guided first year are shown (see [`SessionFile::guide`]).
    pub guide: bool,
    previewer: Previewer,
    /// The game as of the start of the year being decided (the preview starts from it).
    snapshot: SaveGame,
    /// The last pro-forma and the draft it was computed for: a frame without an edit costs nothing.
    cache: Option<(Draft, ProForma)>,
    /// Every company's reports, read from the simulation when a year is played, so that the
    /// report screens borrow them instead of cloning every history each frame.
    reports: Vec<CompanyReports>,
    /// The workshop practised against, if this game is a practice.
    practice: Option<Practice>,
}

fn internal(e: impl std::fmt::Display) -> Issues {
    Issues(vec![Issue::error(Code::Internal, "", e.to_string(), Phrase::words("ph_working_simulation"))])
}

impl Session {
    /// A new game of `scenario` (already validated) with `setup`.
    pub fn new_game(scenario: Scenario, seed: u64, setup: GameSetup) -> Result<Session, Issues> {
        let mut sim = Simulation::new().map_err(internal)?;
        let game = sim.new_game(Arc::new(scenario), seed).map_err(internal)?;
        Session::around(sim, game, setup, 0, BTreeMap::new())
    }

    /// Resumes a session file (checked like a save game).
    pub fn resume(file: SessionFile) -> Result<Session, Issues> {
        if file.session_format_version == 0 || file.session_format_version > SESSION_FORMAT_VERSION {
            return Err(Issues(vec![Issue::error(
                Code::SaveVersion,
                "session_format_version",
                file.session_format_version.to_string(),
                Phrase::words("ph_session_newer").arg("version", SESSION_FORMAT_VERSION.to_string()),
            )]));
        }
        let mut sim = Simulation::new().map_err(internal)?;
        let game = sim.load_game(&file.game)?;
        let practice = match file.practice {
            Some(practice) if practice.scenario != file.game.scenario || practice.seed != file.game.seed => {
                return Err(Issues(vec![Issue::error(
                    Code::Inconsistent,
                    "practice",
                    practice.workshop,
                    Phrase::words("ph_practice_same_game"),
                )]));
            }
            Some(practice) => Some(Practice::of(*practice)?),
            None => None,
        };
        let mut session = Session::around(sim, game, file.setup, file.turn, file.drafts)?;
        session.guide = file.guide;
        session.practice = practice;
        Ok(session)
    }

    /// A practice against a finished workshop: the player runs the file's company, every
    /// other company repeats what it decided in the workshop.
    pub fn practice(file: PracticeFile) -> Result<Session, Issues> {
        let practice = Practice::of(file)?;
        let team = Team { name: practice.file.team.clone(), company: practice.file.company.clone() };
        let mut session = Session::new_game(
            practice.file.scenario.clone(),
            practice.file.seed,
            GameSetup { mode: Mode::Solo, teams: vec![team] },
        )?;
        session.practice = Some(practice);
        Ok(session)
    }

    /// The workshop this game practises against, if it is a practice.
    pub fn practice_of(&self) -> Option<&Practice> {
        self.practice.as_ref()
    }

    fn around(
        sim: Simulation,
        game: GameId,
        setup: GameSetup,
        turn: usize,
        drafts: BTreeMap<String, Draft>,
    ) -> Result<Session, Issues> {
        let snapshot = sim.save_game(game).ok_or_else(|| internal("the game vanished"))?;
        let known = |id: &str| snapshot.scenario.company_index(id).is_some();
        if setup.teams.is_empty() || !setup.teams.iter().all(|t| known(&t.company)) {
            return Err(Issues(vec![Issue::error(
                Code::UnknownRef,
                "setup.teams",
                setup.teams.iter().map(|t| t.company.as_str()).collect::<Vec<_>>().join(", "),
                Phrase::words("ph_teams"),
            )]));
        }
        // `turn` = the number of teams: every team has submitted and the year waits to be played.
        let turn = turn.min(setup.teams.len());
        let previewer = Previewer::new().map_err(internal)?;
        let reports = sim.reports(game);
        Ok(Session {
            sim,
            game,
            setup,
            turn,
            drafts,
            guide: false,
            previewer,
            snapshot,
            cache: None,
            reports,
            practice: None,
        })
    }

    /// The scenario being played.
    pub fn scenario(&self) -> &Scenario {
        &self.snapshot.scenario
    }

    /// The year being decided (1-based); past the last year once the game is over.
    pub fn playing_year(&self) -> u32 {
        self.snapshot.year + 1
    }

    /// True once every year is played.
    pub fn is_finished(&self) -> bool {
        self.snapshot.year >= self.snapshot.scenario.years
    }

    /// The team whose turn it is.
    pub fn current_team(&self) -> &Team {
        &self.setup.teams[self.turn.min(self.setup.teams.len() - 1)]
    }

    /// Every company with its reports so far, in scenario order.
    pub fn reports(&self) -> &[CompanyReports] {
        &self.reports
    }

    /// The game as of the start of the year being decided.
    pub fn snapshot(&self) -> &SaveGame {
        &self.snapshot
    }

    /// The draft of `company`, started from last year's decisions when there is none — in a
    /// practice, from what the team decided in the workshop that year.
    pub fn draft_mut(&mut self, company: &str, lang: Locale) -> &mut Draft {
        let year = self.playing_year();
        let last = self.snapshot.companies.iter().find(|c| c.id == company).map(|c| c.last_decisions.clone());
        let in_workshop = self.practice.as_ref().and_then(|p| p.file.decided(company, year)).cloned();
        let draft = self.drafts.entry(company.to_string()).or_insert_with(|| {
            let d = in_workshop.unwrap_or_else(|| {
                let last =
                    last.unwrap_or_else(|| crate::sim::spawn::opening_decisions(&self.snapshot.scenario, company));
                let mut d = last.kept_for(year);
                d.company = company.to_string();
                d
            });
            Draft::from_decisions(&d, lang)
        });
        // Written in the other language (the language was switched, or the session was
        // saved in it): the same values in this one's format.
        if draft.locale != lang {
            *draft = draft.in_locale(lang);
        }
        draft
    }

    /// Replaces `company`'s draft by what the decision form holds.
    pub fn set_draft(&mut self, company: &str, draft: Draft) {
        self.drafts.insert(company.to_string(), draft);
    }

    /// The pro-forma year of `company`'s draft.
    pub fn pro_forma(&mut self, company: &str, lang: Locale) -> ProForma {
        let draft = self.draft_mut(company, lang).clone();
        if let Some((cached, result)) = &self.cache
            && *cached == draft
        {
            return result.clone();
        }
        let result = match draft.to_decisions(&self.snapshot.scenario, lang) {
            Err(errors) => ProForma::FieldErrors(errors),
            Ok(decisions) => match self.previewer.preview(&self.snapshot, &decisions, &draft.sales_forecast()) {
                Ok(planned) => ProForma::Report(Box::new(planned)),
                Err(issues) => ProForma::Refused(issues),
            },
        };
        self.cache = Some((draft, result.clone()));
        result
    }

    /// Submits the current team's draft and passes the turn; true when every team has now
    /// submitted and the year can be closed.
    pub fn submit_current(&mut self, lang: Locale) -> Result<bool, ProForma> {
        if self.all_submitted() {
            return Ok(true);
        }
        let company = self.current_team().company.clone();
        let draft = self.draft_mut(&company, lang).clone();
        let decisions = draft.to_decisions(&self.snapshot.scenario, lang).map_err(ProForma::FieldErrors)?;
        self.sim.submit(self.game, decisions).map_err(ProForma::Refused)?;
        self.turn += 1;
        Ok(self.turn >= self.setup.teams.len())
    }

    /// True when every team has submitted this year's decisions (the year can be played).
    pub fn all_submitted(&self) -> bool {
        self.turn >= self.setup.teams.len()
    }

    /// The team that submitted last this year, whose submission can still be taken back.
    pub fn last_submitted(&self) -> Option<&Team> {
        self.turn.checked_sub(1).and_then(|i| self.setup.teams.get(i))
    }

    /// Takes back the last submission of this year: that team decides again, its draft as it
    /// was submitted. False when no team has submitted yet.
    pub fn withdraw_last(&mut self) -> bool {
        let Some(company) = self.last_submitted().map(|t| t.company.clone()) else { return false };
        if !self.sim.withdraw(self.game, &company) {
            return false;
        }
        self.turn -= 1;
        true
    }

    /// Plays the year (the computer decides for companies without a team; in a practice every
    /// other company repeats what it decided in the workshop).
    pub fn close_year(&mut self) -> Result<(), Issues> {
        if let Some(practice) = &self.practice {
            let year = self.playing_year();
            let teams: Vec<&str> = self.setup.teams.iter().map(|t| t.company.as_str()).collect();
            for ghost in practice.file.decisions.iter().filter(|g| !teams.contains(&g.company.as_str())) {
                if let Some(d) = ghost.years.get(year as usize - 1) {
                    self.sim.submit(self.game, d.clone())?;
                }
            }
        }
        self.sim.play_year();
        self.snapshot = self.sim.save_game(self.game).ok_or_else(|| internal("the game vanished"))?;
        self.reports = self.sim.reports(self.game);
        self.drafts.clear();
        self.cache = None;
        self.turn = 0;
        Ok(())
    }

    /// The session as a file.
    pub fn to_file(&self) -> SessionFile {
        // The game as it stands, decisions already submitted this year included, so a
        // workshop saved mid-round resumes with the next team's turn.
        let game = self.sim.save_game(self.game).unwrap_or_else(|| self.snapshot.clone());
        SessionFile {
            session_format_version: SESSION_FORMAT_VERSION,
            setup: self.setup.clone(),
            turn: self.turn,
            drafts: self.drafts.clone(),
            guide: self.guide,
            practice: self.practice.as_ref().map(|p| Box::new(p.file.clone())),
            game,
        }
    }

    /// Writes the session atomically to `path`.
    pub fn save_to(&self, path: &Path) -> Result<(), String> {
        let text =
            ron::ser::to_string_pretty(&self.to_file(), crate::sim::save::pretty_ron()).map_err(|e| e.to_string())?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        crate::files::write_atomically(path, text.as_bytes()).map_err(|e| format!("{e:#}"))
    }
}

/// What a file opened in the game turned out to be.
pub enum Opened {
    /// A scenario: a new game starts from it.
    Scenario(Scenario),
    /// A save game without the desk around it (played solo by the first company).
    Save(SaveGame),
    /// A session: the game with its teams and drafts.
    Session(SessionFile),
    /// A finished workshop to practise against.
    Practice(PracticeFile),
}

/// Reads a scenario, save game or session file, with every problem located.
pub fn open_file(path: &Path) -> Result<Opened, Issues> {
    let text = crate::scenario::read_text_file(path)?;
    let keys = crate::scenario::top_level_keys(&text);
    if keys.iter().any(|k| k == "practice_format_version") {
        return crate::sim::practice::parse_practice(&text, Some(path)).map(Opened::Practice);
    }
    if keys.iter().any(|k| k == "session_format_version") {
        let file: SessionFile = crate::scenario::load::parse_ron(&text, Some(path))?;
        let issues: Vec<Issue> = file.game.check().into_iter().filter(Issue::is_error).collect();
        if !issues.is_empty() {
            return Err(Issues(issues));
        }
        return Ok(Opened::Session(file));
    }
    if keys.iter().any(|k| k == "format_version") {
        return parse_save(&text, Some(path)).map(Opened::Save);
    }
    crate::scenario::parse_scenario(&text, Some(path)).map(Opened::Scenario)
}

/// Where the game keeps autosave and saves ([`crate::files::data_dir`]).
pub fn data_dir() -> PathBuf {
    crate::files::data_dir()
}

/// The autosave before the last one in `dir`, kept in case the last one is damaged.
pub fn previous_autosave_path(dir: &Path) -> PathBuf {
    dir.join("autosave-vorher.ron")
}

/// The autosave file in `dir`.
pub fn autosave_path(dir: &Path) -> PathBuf {
    dir.join("autosave.ron")
}

/// The file of a save named by the player in `dir` ([`crate::files::name_part`]).
pub fn save_path(dir: &Path, name: &str) -> PathBuf {
    dir.join("saves").join(format!("{}.ron", crate::files::name_part(name)))
}
