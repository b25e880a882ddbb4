//! A workshop room's state — the seats, the year being played, what each team submitted,
//! the closed years and what the trainer released — as a pure replay of the journal: every
//! request is first decided against the state (the `decide_*` methods), then journaled, then
//! applied ([`Room::apply`]), and a restarted host applies the same events again.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use serde::Serialize;

use super::journal::{Event, Missing, Seat};
use super::protocol::{LeaderboardEntry, Refusal, TeamRef};
use crate::scenario::{Decisions, Issues, Scenario, parse_scenario, validate_decisions};
use crate::sim::practice::PracticeFile;
use crate::sim::preview::{PlannedYear, Previewer};
use crate::sim::report::{MarketYear, YearReport};
use crate::sim::save::SaveGame;
use crate::sim::{GameId, Simulation};

/// A team's submission for the year being played.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Submission {
    /// The decisions the year will be played with.
    pub decisions: Decisions,
    /// The client's id of the request that submitted them.
    pub request_id: String,
    /// The device that submitted.
    pub device: String,
    /// When (Unix milliseconds).
    pub at_ms: i64,
    /// How many times the team submitted this year (withdrawals and resubmissions).
    pub revisions: u32,
    /// The trainer's correction, when there was one.
    pub correction: Option<Correction>,
}

/// A trainer's correction of a submission: who, why and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Correction {
    /// The trainer's name for themself.
    pub by: String,
    /// The reason, shown to the team.
    pub why: String,
    /// When (Unix milliseconds).
    pub at_ms: i64,
}

/// How a closed year was played for one team.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "how", rename_all = "snake_case")]
pub enum Input {
    /// With the team's (or the trainer's corrected) submission.
    Submitted {
        /// The submission.
        submission: Submission,
    },
    /// With last year's decisions kept (the team had not submitted).
    Kept {
        /// The decisions kept.
        decisions: Decisions,
    },
    /// By the computer.
    Computer,
}

/// A closed year and how each team played it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClosedYear {
    /// The year.
    pub year: u32,
    /// Each team's input, by company id.
    pub inputs: BTreeMap<String, Input>,
}

/// The deadline of the year being played.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// The deadline (Unix milliseconds), when one runs.
    pub until_ms: Option<i64>,
    /// While paused: the milliseconds left.
    pub paused_left_ms: Option<i64>,
}

impl Deadline {
    /// Milliseconds left at `now_ms` (never negative), `None` without a deadline.
    pub fn left_ms(&self, now_ms: i64) -> Option<i64> {
        self.paused_left_ms.or(self.until_ms.map(|until| (until - now_ms).max(0)))
    }

    /// True when a running deadline has passed.
    pub fn passed(&self, now_ms: i64) -> bool {
        self.paused_left_ms.is_none() && self.until_ms.is_some_and(|until| now_ms >= until)
    }
}

/// What the trainer asks of the deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineChange {
    /// A deadline this many seconds from now.
    Set(i64),
    /// This many seconds more (from now when it has passed).
    Extend(i64),
    /// Stop the clock.
    Pause,
    /// Start the clock again.
    Resume,
    /// No deadline.
    Clear,
}

/// What an announced event would do to one team's EVA this year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct EventEffectOnTeam {
    /// The team's name.
    pub team: String,
    /// Its company.
    pub company: String,
    /// The pro-forma EVA without the event.
    pub eva_before: crate::model::Money,
    /// With it.
    pub eva_after: crate::model::Money,
}

/// A device of a team: its name and when it joined.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Device {
    /// The device's name for itself.
    pub name: String,
    /// When it joined (Unix milliseconds).
    pub joined_ms: i64,
    /// How many devices joined the team before it (a takeover when above 0).
    pub takeovers: u32,
}

/// The room: everything the host knows, rebuilt from the journal.
pub struct Room {
    name: String,
    scenario_text: String,
    scenario: Arc<Scenario>,
    seed: u64,
    seats: Vec<Seat>,
    trainer_token: String,
    observer_token: String,
    sim: Simulation,
    game: GameId,
    /// The game as of the start of the year being played.
    snapshot: SaveGame,
    reports: Vec<crate::sim::CompanyReports>,
    open: BTreeMap<String, Submission>,
    /// How often each team submitted in the year being played, withdrawals in between included.
    submissions: BTreeMap<String, u32>,
    closed: Vec<ClosedYear>,
    released: u32,
    /// The trainer ended the workshop (after its last year, released).
    ended: bool,
    deadline: Deadline,
    computer: BTreeSet<String>,
    /// Teams that allow their value tree on the projector.
    consent: BTreeSet<String>,
    devices: BTreeMap<String, Device>,
    previewer: Previewer,
}

impl Room {
    /// The room of a `Created` event (the first of every journal).
    pub fn create(event: &Event) -> anyhow::Result<Room> {
        let Event::Created { name, scenario: scenario_text, seed, teams, trainer_token, observer_token } = event else {
            anyhow::bail!("a workshop journal starts with its creation");
        };
        let scenario = Arc::new(parse_scenario(scenario_text, None).map_err(|issues| anyhow::anyhow!("{issues}"))?);
        for seat in teams {
            anyhow::ensure!(scenario.company_index(&seat.company).is_some(), "no company {:?}", seat.company);
        }
        let mut sim = Simulation::new()?;
        let game = sim.new_game(scenario.clone(), *seed)?;
        let snapshot = sim.save_game(game).ok_or_else(|| anyhow::anyhow!("the game vanished"))?;
        let reports = sim.reports(game);
        Ok(Room {
            name: name.clone(),
            scenario_text: scenario_text.clone(),
            scenario,
            seed: *seed,
            seats: teams.clone(),
            trainer_token: trainer_token.clone(),
            observer_token: observer_token.clone(),
            sim,
            game,
            snapshot,
            reports,
            open: BTreeMap::new(),
            submissions: BTreeMap::new(),
            closed: Vec::new(),
            released: 0,
            ended: false,
            deadline: Deadline::default(),
            computer: BTreeSet::new(),
            consent: BTreeSet::new(),
            devices: BTreeMap::new(),
            previewer: Previewer::new()?,
        })
    }

    /// The workshop's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The scenario played.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The trainer's token.
    pub fn trainer_token(&self) -> &str {
        &self.trainer_token
    }

    /// The observer's read-only token (co-trainer, projector).
    pub fn observer_token(&self) -> &str {
        &self.observer_token
    }

    /// The scenario file's text, as the trainer loaded it.
    pub fn scenario_text(&self) -> &str {
        &self.scenario_text
    }

    /// What `company`'s team may know of the game at the start of the year being decided:
    /// the game with its own company only, the released market reports, and no random
    /// state — `None` while a closed year waits to be released (the team waits for it). After
    /// the last year it holds the team's books as they closed.
    pub fn team_snapshot(&self, company: &str) -> Option<SaveGame> {
        if self.released as usize != self.closed.len() {
            return None;
        }
        Some(self.start_of_year(company))
    }

    /// `company` at the start of the year being decided, alone in the game and without
    /// random state, released or not (the trainer's correction form starts from it).
    pub fn start_of_year(&self, company: &str) -> SaveGame {
        let mut snapshot = self.snapshot.clone();
        snapshot.companies.retain(|c| c.id == company);
        snapshot.rng = crate::sim::rng::Rng::new(0);
        for company in &mut snapshot.companies {
            company.submitted = None;
        }
        snapshot
    }

    /// The seats, in the order the trainer gave.
    pub fn seats(&self) -> &[Seat] {
        &self.seats
    }

    /// The year being decided (1-based); past the last year once the game is over.
    pub fn playing_year(&self) -> u32 {
        self.snapshot.year + 1
    }

    /// True once every year is played.
    pub fn is_finished(&self) -> bool {
        self.snapshot.year >= self.scenario.years
    }

    /// The game's seed.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Every closed year with its inputs.
    pub fn closed(&self) -> &[ClosedYear] {
        &self.closed
    }

    /// The last year whose results the teams see.
    pub fn released(&self) -> u32 {
        self.released
    }

    /// The deadline of the year being decided.
    pub fn deadline(&self) -> Deadline {
        self.deadline
    }

    /// The submission of `company` this year.
    pub fn submission(&self, company: &str) -> Option<&Submission> {
        self.open.get(company)
    }

    /// The device that joined `company` last.
    pub fn device(&self, company: &str) -> Option<&Device> {
        self.devices.get(company)
    }

    /// True when the computer decides for `company`.
    pub fn is_computer(&self, company: &str) -> bool {
        self.computer.contains(company)
    }

    /// The seat a token belongs to, or the trainer.
    pub fn who(&self, token: &str) -> Option<TeamRef> {
        if !token.is_empty() && token == self.trainer_token {
            return Some(TeamRef::Trainer);
        }
        if !token.is_empty() && token == self.observer_token {
            return Some(TeamRef::Observer);
        }
        self.seats.iter().find(|s| s.token == token).map(|s| TeamRef::Team(s.company.clone()))
    }

    /// The seat with join code `code` (letters in any case).
    pub fn seat_by_code(&self, code: &str) -> Option<&Seat> {
        let wanted = code.trim().to_uppercase();
        self.seats.iter().find(|s| s.code == wanted)
    }

    /// The seat of `company`.
    pub fn seat(&self, company: &str) -> Option<&Seat> {
        self.seats.iter().find(|s| s.company == company)
    }

    /// `company`'s reports of the released years.
    pub fn released_history(&self, company: &str) -> Vec<YearReport> {
        let years = self.released as usize;
        self.reports
            .iter()
            .find(|c| c.id == company)
            .map(|c| c.history.iter().take(years).cloned().collect())
            .unwrap_or_default()
    }

    /// The market reports of the released years.
    pub fn released_market(&self) -> Vec<MarketYear> {
        self.snapshot.market_history.iter().take(self.released as usize).cloned().collect()
    }

    /// The leaderboard after the released years, best first; empty before the first release.
    pub fn leaderboard(&self) -> Vec<LeaderboardEntry> {
        if self.released == 0 {
            return Vec::new();
        }
        let years = self.released as usize;
        let standings: Vec<_> = self
            .reports
            .iter()
            .map(|c| crate::sim::ranking::Standing::of(&c.history[..years.min(c.history.len())]))
            .collect();
        let ranks = crate::sim::ranking::ranks(&standings);
        let mut board: Vec<_> = self
            .reports
            .iter()
            .zip(&standings)
            .zip(ranks)
            .map(|((c, s), rank)| LeaderboardEntry {
                rank,
                company: c.id.clone(),
                name: c.name.clone(),
                score: s.score,
            })
            .collect();
        board.sort_by_key(|entry| entry.rank);
        board
    }

    /// Last year's decisions of `company`, kept for the year being decided: where a draft
    /// starts.
    pub fn last_decisions(&self, company: &str) -> Option<Decisions> {
        let last = self.snapshot.companies.iter().find(|c| c.id == company)?.last_decisions.clone();
        let mut kept = last.kept_for(self.playing_year());
        kept.company = company.to_string();
        Some(kept)
    }

    /// The pro-forma year of `decisions` for `company` (other companies keep last year's).
    pub fn preview(
        &mut self,
        company: &str,
        decisions: &Decisions,
        forecast: &[Option<u64>],
    ) -> Result<PlannedYear, Refusal> {
        self.check_decisions(company, decisions)?;
        self.previewer.preview(&self.snapshot, decisions, forecast).map_err(Refusal::Invalid)
    }

    fn check_open(&self) -> Result<(), Refusal> {
        if self.is_finished() {
            return Err(Refusal::Conflict(
                "workshop_over",
                "the workshop's last year is closed: nothing is open".into(),
            ));
        }
        Ok(())
    }

    fn check_decisions(&self, company: &str, decisions: &Decisions) -> Result<(), Refusal> {
        self.check_open()?;
        if decisions.company != company {
            return Err(Refusal::BadRequest(format!(
                "the decisions are for company {:?}, the request for {company:?}",
                decisions.company
            )));
        }
        let year = self.playing_year();
        if decisions.year != year {
            return Err(Refusal::Conflict(
                "other_year",
                format!("the decisions are for year {}; year {year} is open", decisions.year),
            ));
        }
        let issues = validate_decisions(&self.scenario, decisions);
        if issues.iter().any(crate::scenario::Issue::is_error) {
            return Err(Refusal::Invalid(Issues(issues)));
        }
        Ok(())
    }

    /// The event of a join with `code` from `device`.
    pub fn decide_join(&self, code: &str, device: &str) -> Result<Event, Refusal> {
        let seat = self.seat_by_code(code).ok_or_else(|| Refusal::Unauthorized("no team has this join code".into()))?;
        Ok(Event::Joined { team: seat.company.clone(), device: device.to_string() })
    }

    /// The event of `company`'s submission, or `None` when the same request was accepted
    /// already (a retry: nothing changes).
    pub fn decide_submit(
        &self,
        company: &str,
        request_id: &str,
        device: &str,
        decisions: &Decisions,
        now_ms: i64,
    ) -> Result<Option<Event>, Refusal> {
        if self.open.get(company).is_some_and(|s| s.request_id == request_id) {
            return Ok(None);
        }
        if self.closed.iter().any(|y| {
            matches!(y.inputs.get(company), Some(Input::Submitted { submission }) if submission.request_id == request_id)
        }) {
            return Err(Refusal::Conflict("year_closed", "this submission was for a year that is closed".into()));
        }
        self.check_decisions(company, decisions)?;
        if self.deadline.passed(now_ms) {
            return Err(Refusal::Conflict(
                "deadline_passed",
                "the deadline has passed: ask the trainer for more time".into(),
            ));
        }
        Ok(Some(Event::Submitted {
            team: company.to_string(),
            request_id: request_id.to_string(),
            device: device.to_string(),
            decisions: decisions.clone(),
        }))
    }

    /// The event of `company` taking its submission back.
    pub fn decide_withdraw(&self, company: &str, device: &str, now_ms: i64) -> Result<Event, Refusal> {
        self.check_open()?;
        if !self.open.contains_key(company) {
            return Err(Refusal::Conflict("nothing_submitted", "nothing is submitted this year".into()));
        }
        if self.deadline.passed(now_ms) {
            return Err(Refusal::Conflict(
                "deadline_passed",
                "the deadline has passed: ask the trainer for more time".into(),
            ));
        }
        Ok(Event::Withdrawn { team: company.to_string(), device: device.to_string() })
    }

    /// The event of the trainer correcting `company`'s decisions.
    pub fn decide_correct(
        &self,
        company: &str,
        by: &str,
        why: &str,
        decisions: &Decisions,
        base_at_ms: Option<i64>,
    ) -> Result<Event, Refusal> {
        self.seat(company).ok_or_else(|| Refusal::NotFound(format!("no team runs company {company:?}")))?;
        // The trainer corrected what the team had submitted when the form opened; a team that
        // withdrew or submitted again since must not lose that to the correction.
        if let Some(base) = base_at_ms
            && self.submission(company).map(|s| s.at_ms) != Some(base)
        {
            return Err(Refusal::Conflict(
                "submission_changed",
                "the team has withdrawn or submitted again since the correction was started".into(),
            ));
        }
        if why.trim().is_empty() {
            return Err(Refusal::BadRequest("a correction needs its reason (`why`), which the team will see".into()));
        }
        self.check_decisions(company, decisions)?;
        Ok(Event::Corrected {
            team: company.to_string(),
            by: by.to_string(),
            why: why.to_string(),
            decisions: decisions.clone(),
        })
    }

    /// The event of a change of the deadline at `now_ms`.
    pub fn decide_deadline(&self, change: DeadlineChange, now_ms: i64) -> Result<Event, Refusal> {
        self.check_open()?;
        let seconds = |s: i64| -> Result<i64, Refusal> {
            if (0..=24 * 3600).contains(&s) {
                Ok(s * 1000)
            } else {
                Err(Refusal::BadRequest(format!("found {s} seconds; allowed: 0 to 86400")))
            }
        };
        let d = self.deadline;
        let (until_ms, paused_left_ms) = match change {
            DeadlineChange::Set(s) => (Some(now_ms + seconds(s)?), None),
            DeadlineChange::Extend(s) => match (d.until_ms, d.paused_left_ms) {
                (_, Some(left)) => (d.until_ms, Some(left + seconds(s)?)),
                (Some(until), None) => (Some(until.max(now_ms) + seconds(s)?), None),
                (None, None) => return Err(Refusal::Conflict("no_deadline", "no deadline runs: set one first".into())),
            },
            DeadlineChange::Pause => match (d.until_ms, d.paused_left_ms) {
                (Some(until), None) => (Some(until), Some((until - now_ms).max(0))),
                _ => return Err(Refusal::Conflict("no_deadline", "no running deadline to pause".into())),
            },
            DeadlineChange::Resume => match d.paused_left_ms {
                Some(left) => (Some(now_ms + left), None),
                None => return Err(Refusal::Conflict("not_paused", "the deadline is not paused".into())),
            },
            DeadlineChange::Clear => (None, None),
        };
        Ok(Event::Deadline { until_ms, paused_left_ms })
    }

    /// The event of handing `company` to the computer (or taking it back).
    pub fn decide_pilot(&self, company: &str, computer: bool) -> Result<Event, Refusal> {
        self.seat(company).ok_or_else(|| Refusal::NotFound(format!("no team runs company {company:?}")))?;
        Ok(Event::Piloted { team: company.to_string(), computer })
    }

    /// The event of `company`'s team allowing (or withdrawing) its value tree on the projector.
    pub fn decide_consent(&self, company: &str, value_tree: bool) -> Result<Event, Refusal> {
        self.seat(company).ok_or_else(|| Refusal::NotFound(format!("no team runs company {company:?}")))?;
        Ok(Event::Consented { team: company.to_string(), value_tree })
    }

    /// True when `company`'s team allows its value tree on the projector.
    pub fn consents(&self, company: &str) -> bool {
        self.consent.contains(company)
    }

    /// Every company's reports of the released years, in scenario order: what the room may
    /// see on the projector of the market and the ranking (and of a consenting team's tree).
    pub fn released_reports(&self) -> Vec<crate::sim::CompanyReports> {
        self.reports
            .iter()
            .map(|c| crate::sim::CompanyReports {
                id: c.id.clone(),
                name: c.name.clone(),
                history: c.history.iter().take(self.released as usize).cloned().collect(),
            })
            .collect()
    }

    /// Teams that have not submitted and are not played by the computer.
    pub fn missing(&self) -> Vec<&Seat> {
        self.seats
            .iter()
            .filter(|s| !self.open.contains_key(&s.company) && !self.computer.contains(&s.company))
            .collect()
    }

    /// The event of closing the year; `missing` says what happens to teams without decisions.
    pub fn decide_close(&self, missing: Missing) -> Result<Event, Refusal> {
        self.check_open()?;
        let absent = self.missing();
        if missing == Missing::Refuse && !absent.is_empty() {
            let names: Vec<&str> = absent.iter().map(|s| s.name.as_str()).collect();
            return Err(Refusal::Conflict(
                "missing_teams",
                format!(
                    "not every team has submitted ({}): close with `keep_last` or `computer` to force it",
                    names.join(", ")
                ),
            ));
        }
        Ok(Event::Closed { year: self.playing_year(), missing })
    }

    /// The event of undoing the last closed year.
    pub fn decide_undo(&self) -> Result<Event, Refusal> {
        if self.ended {
            return Err(Refusal::Conflict(
                "workshop_ended",
                "the workshop is ended: its practice files may be out, so no year is undone".into(),
            ));
        }
        let last =
            self.closed.last().ok_or_else(|| Refusal::Conflict("nothing_closed", "no year is closed yet".into()))?;
        Ok(Event::Undone { year: last.year })
    }

    /// The scenario with `event` added, checked as a scenario is.
    fn with_event(&self, event: &crate::scenario::Event) -> Result<Scenario, Refusal> {
        self.check_open()?;
        if event.year != self.playing_year() {
            return Err(Refusal::Conflict(
                "event_year",
                format!(
                    "an event is announced for the year being decided, {}, not {}",
                    self.playing_year(),
                    event.year
                ),
            ));
        }
        let mut scenario = (*self.scenario).clone();
        scenario.events.push(event.clone());
        let errors: Vec<_> = crate::scenario::validate_scenario(&scenario)
            .into_iter()
            .filter(crate::scenario::Issue::is_error)
            .collect();
        if errors.is_empty() { Ok(scenario) } else { Err(Refusal::Invalid(Issues(errors))) }
    }

    /// The event of announcing `event` for the year being decided.
    pub fn decide_inject(&self, event: &crate::scenario::Event) -> Result<Event, Refusal> {
        self.with_event(event)?;
        Ok(Event::Injected { event: event.clone() })
    }

    /// What `event` would do to each team's EVA this year, before it is announced: the
    /// pro-forma of the team's submission (or of last year's decisions kept) without and
    /// with it, every other company keeping last year's decisions.
    pub fn event_effect(&mut self, event: &crate::scenario::Event) -> Result<Vec<EventEffectOnTeam>, Refusal> {
        let scenario = self.with_event(event)?;
        let mut changed = self.snapshot.clone();
        changed.scenario = scenario;
        let mut effects = Vec::new();
        for seat in self.seats.clone() {
            let decisions = match self.open.get(&seat.company) {
                Some(submission) => submission.decisions.clone(),
                None => self.last_decisions(&seat.company).ok_or_else(|| Refusal::Internal("no decisions".into()))?,
            };
            let before = self.previewer.preview(&self.snapshot, &decisions, &[]).map_err(Refusal::Invalid)?;
            let after = self.previewer.preview(&changed, &decisions, &[]).map_err(Refusal::Invalid)?;
            effects.push(EventEffectOnTeam {
                team: seat.name.clone(),
                company: seat.company.clone(),
                eva_before: before.report.eva.eva,
                eva_after: after.report.eva.eva,
            });
        }
        Ok(effects)
    }

    /// The event of releasing every closed year's results to the teams.
    pub fn decide_release(&self) -> Result<Event, Refusal> {
        let year = self.closed.len() as u32;
        if year == 0 || year == self.released {
            return Err(Refusal::Conflict("nothing_to_release", "no closed year waits to be released".into()));
        }
        Ok(Event::Released { year })
    }

    /// The event of ending the workshop: once its last year is closed and released.
    pub fn decide_end(&self) -> Result<Event, Refusal> {
        if self.ended {
            return Err(Refusal::Conflict("workshop_ended", "the workshop is ended already".into()));
        }
        if !self.is_finished() || self.released as usize != self.closed.len() {
            return Err(Refusal::Conflict(
                "not_over",
                "the workshop ends after its last year is closed and released".into(),
            ));
        }
        Ok(Event::Ended)
    }

    /// True once the trainer ended the workshop.
    pub fn is_ended(&self) -> bool {
        self.ended
    }

    /// Applies an event the room decided (or the journal holds) at `at_ms`.
    pub fn apply(&mut self, event: &Event, at_ms: i64) -> anyhow::Result<()> {
        match event {
            Event::Created { .. } => anyhow::bail!("a workshop is created once"),
            Event::Joined { team, device } => {
                let takeovers = self.devices.get(team).map_or(0, |d| d.takeovers + 1);
                self.devices.insert(team.clone(), Device { name: device.clone(), joined_ms: at_ms, takeovers });
            }
            Event::Submitted { team, request_id, device, decisions } => {
                let revisions = self.submissions.get(team).copied().unwrap_or(0) + 1;
                self.submissions.insert(team.clone(), revisions);
                let submission = Submission {
                    decisions: decisions.clone(),
                    request_id: request_id.clone(),
                    device: device.clone(),
                    at_ms,
                    revisions,
                    correction: None,
                };
                self.open.insert(team.clone(), submission);
            }
            Event::Withdrawn { team, .. } => {
                self.open.remove(team);
            }
            Event::Corrected { team, by, why, decisions } => {
                let correction = Some(Correction { by: by.clone(), why: why.clone(), at_ms });
                let entry = self.open.entry(team.clone()).or_insert_with(|| Submission {
                    decisions: decisions.clone(),
                    request_id: format!("correction-{at_ms}"),
                    device: by.clone(),
                    at_ms,
                    revisions: 0,
                    correction: None,
                });
                entry.decisions = decisions.clone();
                entry.correction = correction;
            }
            Event::Deadline { until_ms, paused_left_ms } => {
                self.deadline = Deadline { until_ms: *until_ms, paused_left_ms: *paused_left_ms };
            }
            Event::Piloted { team, computer } => {
                if *computer {
                    self.computer.insert(team.clone());
                } else {
                    self.computer.remove(team);
                }
            }
            Event::Closed { year, missing } => {
                anyhow::ensure!(
                    *year == self.playing_year(),
                    "closing year {year}, but {} is open",
                    self.playing_year()
                );
                let inputs = self.inputs(*missing);
                self.play(&inputs)?;
                self.closed.push(ClosedYear { year: *year, inputs });
                self.open.clear();
                self.submissions.clear();
                self.deadline = Deadline::default();
            }
            Event::Undone { year } => {
                let last = self.closed.pop().ok_or_else(|| anyhow::anyhow!("no year to undo"))?;
                anyhow::ensure!(last.year == *year, "undoing year {year}, but the last closed is {}", last.year);
                self.replay()?;
                self.open = last
                    .inputs
                    .into_iter()
                    .filter_map(|(team, input)| match input {
                        Input::Submitted { submission } => Some((team, submission)),
                        _ => None,
                    })
                    .collect();
                self.submissions = self.open.iter().map(|(team, s)| (team.clone(), s.revisions)).collect();
                self.released = self.released.min(self.closed.len() as u32);
            }
            Event::Released { year } => self.released = *year,
            Event::Ended => self.ended = true,
            Event::Consented { team, value_tree } => {
                if *value_tree {
                    self.consent.insert(team.clone());
                } else {
                    self.consent.remove(team);
                }
            }
            Event::Injected { event } => {
                let mut scenario = (*self.scenario).clone();
                scenario.events.push(event.clone());
                self.scenario = Arc::new(scenario);
                // The closed years replay as they were (the event is of the year being
                // decided); the year's pro-forma and play then reckon with it.
                self.replay()?;
            }
        }
        Ok(())
    }

    /// Each team's input for a close now.
    fn inputs(&self, missing: Missing) -> BTreeMap<String, Input> {
        self.seats
            .iter()
            .map(|seat| {
                let company = &seat.company;
                let input = match self.open.get(company) {
                    Some(submission) => Input::Submitted { submission: submission.clone() },
                    None if self.computer.contains(company) || missing == Missing::Computer => Input::Computer,
                    None => match self.last_decisions(company) {
                        Some(decisions) => Input::Kept { decisions },
                        None => Input::Computer,
                    },
                };
                (company.clone(), input)
            })
            .collect()
    }

    /// Plays the open year with `inputs` (companies without a team: the computer).
    fn play(&mut self, inputs: &BTreeMap<String, Input>) -> anyhow::Result<()> {
        for input in inputs.values() {
            let decisions = match input {
                Input::Submitted { submission } => &submission.decisions,
                Input::Kept { decisions } => decisions,
                Input::Computer => continue,
            };
            self.sim.submit(self.game, decisions.clone()).map_err(|issues| anyhow::anyhow!("{issues}"))?;
        }
        self.sim.play_year();
        self.snapshot = self.sim.save_game(self.game).ok_or_else(|| anyhow::anyhow!("the game vanished"))?;
        self.reports = self.sim.reports(self.game);
        Ok(())
    }

    /// Plays the closed years again from the start (the engine is deterministic).
    fn replay(&mut self) -> anyhow::Result<()> {
        self.sim = Simulation::new()?;
        self.game = self.sim.new_game(self.scenario.clone(), self.seed)?;
        self.snapshot = self.sim.save_game(self.game).ok_or_else(|| anyhow::anyhow!("the game vanished"))?;
        self.reports = self.sim.reports(self.game);
        let closed = self.closed.clone();
        for year in &closed {
            self.play(&year.inputs)?;
        }
        Ok(())
    }

    /// `company`'s report of the last closed year, released or not (what an undo takes away).
    pub fn last_closed_report(&self, company: &str) -> Option<&YearReport> {
        let reports = self.reports.iter().find(|c| c.id == company)?;
        reports.history.last().filter(|r| r.year as usize == self.closed.len())
    }

    /// The practice file of `company`'s team and the name to save it under — once the
    /// trainer has ended the workshop (before, the other teams' decisions are not the team's
    /// to see, and after, no year can be undone and replayed with them in hand).
    pub fn practice_file(&self, company: &str) -> Result<(String, PracticeFile), Refusal> {
        let seat = self.seat(company).ok_or_else(|| Refusal::NotFound(format!("no team runs company {company:?}")))?;
        if !self.ended {
            return Err(Refusal::Conflict(
                "not_over",
                "the workshop is not over: practice files exist once the trainer has ended it".into(),
            ));
        }
        let save = self.save_game().ok_or_else(|| Refusal::Internal("the game vanished".into()))?;
        let entered: Vec<BTreeMap<String, Decisions>> = self
            .closed
            .iter()
            .map(|closed| {
                closed
                    .inputs
                    .iter()
                    .filter_map(|(id, input)| match input {
                        Input::Submitted { submission } => Some((id.clone(), submission.decisions.clone())),
                        Input::Kept { decisions } => Some((id.clone(), decisions.clone())),
                        Input::Computer => None,
                    })
                    .collect()
            })
            .collect();
        let file = PracticeFile::of_workshop(&save, &entered, &self.name, &seat.name, company);
        Ok((file.file_name(), file))
    }

    /// The game as it stands, as a save game (for exports and tests).
    pub fn save_game(&self) -> Option<SaveGame> {
        self.sim.save_game(self.game)
    }
}
