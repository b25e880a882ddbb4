//! The save game: everything that decides a game's future, as one versioned RON document.
//!
//! Load, autosave, the pro-forma preview and the batch runner all go through [`SaveGame`].

use std::path::Path;
use std::sync::Arc;

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::components::{Books, Companies, Company, Conditions, Game, History, InGame, Operations, Plan, YearWork};
use super::report::{MarketYear, YearReport};
use super::rng::Rng;
use crate::model::Ledger;
use crate::scenario::issue::Code;
use crate::scenario::{Decisions, Issue, Issues, Phrase, Scenario, validate_scenario};

/// Version of the save format this build writes and reads.
pub const SAVE_FORMAT_VERSION: u32 = 3;

/// A whole game at the start of a fiscal year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaveGame {
    /// Save format the file was written in; must equal [`SAVE_FORMAT_VERSION`].
    pub format_version: u32,
    /// The scenario the game plays, kept whole so the save does not depend on the file.
    pub scenario: Scenario,
    /// Seed the game was started with.
    pub seed: u64,
    /// State of the random stream, so the game plays on with the same draws.
    pub rng: Rng,
    /// Last closed year.
    pub year: u32,
    /// Market conditions after the events so far.
    pub conditions: Conditions,
    /// Public market report of every closed year.
    pub market_history: Vec<MarketYear>,
    /// Every company, in scenario order.
    pub companies: Vec<CompanySave>,
}

/// One company's part of a save game.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompanySave {
    /// Company id from the scenario.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The company's books: every journal entry and balance.
    pub ledger: Ledger,
    /// Fixed assets, projects, stock, brand and quality, tax losses and insolvency state.
    pub operations: Operations,
    /// Decisions of the last year played (the opening decisions before year 1).
    pub last_decisions: Decisions,
    /// Decisions a person had entered for the coming year, if any.
    pub submitted: Option<Decisions>,
    /// Report of every closed year.
    pub history: Vec<YearReport>,
}

impl SaveGame {
    /// Captures a game of `world`; `None` when `game` is not a game entity.
    pub fn capture(world: &World, game: Entity) -> Option<SaveGame> {
        let entity = world.get_entity(game).ok()?;
        let g = entity.get::<Game>()?;
        let members = entity.get::<Companies>().map(|c| c.entities().to_vec()).unwrap_or_default();
        let mut companies: Vec<(u16, CompanySave)> = members
            .iter()
            .filter_map(|&e| {
                let c = world.get_entity(e).ok()?;
                let company = c.get::<Company>()?;
                let plan = c.get::<Plan>()?;
                Some((
                    company.index,
                    CompanySave {
                        id: company.id.clone(),
                        name: company.name.clone(),
                        ledger: c.get::<Books>()?.0.clone(),
                        operations: c.get::<Operations>()?.clone(),
                        last_decisions: plan.last.clone(),
                        submitted: plan.submitted.clone(),
                        history: c.get::<History>()?.0.clone(),
                    },
                ))
            })
            .collect();
        companies.sort_by_key(|(index, _)| *index);
        Some(SaveGame {
            format_version: SAVE_FORMAT_VERSION,
            scenario: (*g.scenario).clone(),
            seed: g.seed,
            rng: g.rng,
            year: g.year,
            conditions: g.conditions.clone(),
            market_history: g.market_history.clone(),
            companies: companies.into_iter().map(|(_, c)| c).collect(),
        })
    }

    /// Spawns the saved game into `world` (checked with [`SaveGame::check`] first).
    pub fn spawn(&self, world: &mut World) -> Entity {
        let game = world
            .spawn(Game {
                scenario: Arc::new(self.scenario.clone()),
                seed: self.seed,
                rng: self.rng,
                year: self.year,
                conditions: self.conditions.clone(),
                market_history: self.market_history.clone(),
            })
            .id();
        for (index, c) in self.companies.iter().enumerate() {
            world.spawn((
                Company { index: index as u16, id: c.id.clone(), name: c.name.clone() },
                InGame(game),
                Books(c.ledger.clone()),
                c.operations.clone(),
                Plan { last: c.last_decisions.clone(), submitted: c.submitted.clone(), current: None },
                History(c.history.clone()),
                YearWork::default(),
            ));
        }
        game
    }

    /// Everything that must hold for the save to play on: a known format version, a valid
    /// scenario, one entry per scenario company in order, books that balance and agree with
    /// their journal, and one report per closed year.
    pub fn check(&self) -> Vec<Issue> {
        let mut issues = Vec::new();
        if self.format_version != SAVE_FORMAT_VERSION {
            issues.push(version_issue(self.format_version));
            return issues;
        }
        issues.extend(validate_scenario(&self.scenario).into_iter().filter(Issue::is_error).map(|mut i| {
            i.path = format!("scenario.{}", i.path);
            i
        }));
        if self.year > self.scenario.years {
            issues.push(Issue::error(
                Code::SaveYear,
                "year",
                self.year.to_string(),
                format!("0..={}", self.scenario.years),
            ));
        }
        if self.conditions.demand_factor.len() != self.scenario.segments.len() {
            issues.push(Issue::error(
                Code::SaveMismatch,
                "conditions.demand_factor",
                Phrase::words("ph_n_entries").count("count", self.conditions.demand_factor.len()),
                Phrase::words("ph_one_per_segment").arg("segments", self.scenario.segments.len().to_string()),
            ));
        }
        let ids: Vec<&str> = self.companies.iter().map(|c| c.id.as_str()).collect();
        let expected: Vec<&str> = self.scenario.companies.iter().map(|c| c.id.as_str()).collect();
        if ids != expected {
            issues.push(Issue::error(
                Code::SaveMismatch,
                "companies",
                ids.join(", "),
                Phrase::words("ph_companies_in_order").arg("ids", expected.join(", ")),
            ));
        }
        for (i, company) in self.companies.iter().enumerate() {
            issues.extend(self.company_issues(i, company));
        }
        if self.market_history.len() != self.year as usize {
            issues.push(Issue::error(
                Code::SaveMismatch,
                "market_history",
                Phrase::words("ph_n_years").count("count", self.market_history.len()),
                Phrase::words("ph_one_report_per_year").arg("years", self.year.to_string()),
            ));
        }
        issues
    }

    /// What must hold for company `i` of the save: balanced books that agree with their
    /// journal, one report per closed year, last decisions for every segment.
    fn company_issues(&self, i: usize, c: &CompanySave) -> Vec<Issue> {
        let mut issues = Vec::new();
        if c.ledger.trial_balance() != crate::model::Money::ZERO || !c.ledger.is_consistent() {
            issues.push(Issue::error(
                Code::SaveLedger,
                format!("companies[{i}].ledger"),
                Phrase::words("ph_books_disagree"),
                Phrase::words("ph_books_as_written"),
            ));
        }
        if c.history.len() != self.year as usize {
            issues.push(Issue::error(
                Code::SaveMismatch,
                format!("companies[{i}].history"),
                Phrase::words("ph_n_years").count("count", c.history.len()),
                Phrase::words("ph_one_report_per_year").arg("years", self.year.to_string()),
            ));
        }
        if c.last_decisions.segments.len() != self.scenario.segments.len() {
            issues.push(Issue::error(
                Code::SaveMismatch,
                format!("companies[{i}].last_decisions.segments"),
                Phrase::words("ph_n_entries").count("count", c.last_decisions.segments.len()),
                Phrase::words("ph_one_per_segment").arg("segments", self.scenario.segments.len().to_string()),
            ));
        }
        issues
    }

    /// The save as RON text (deterministic: same game, same bytes, on every platform).
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        ron::ser::to_string_pretty(self, pretty_ron().indentor("  ".to_string()))
    }
}

/// RON's pretty printing with `\n` line ends everywhere: `ron` writes `\r\n` on Windows by
/// default, and a save must be the same bytes on every machine.
pub fn pretty_ron() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new().new_line("\n".to_string())
}

/// A save of another format: a newer Mehrwert's, or an older one whose economics differ
/// (format 1: before docs/economics.md), which cannot be played on without changing its
/// results.
fn version_issue(found: u32) -> Issue {
    let why = match found {
        f if f > SAVE_FORMAT_VERSION => "ph_save_newer",
        1 => "ph_save_older_economics",
        _ => "ph_save_older_warnings",
    };
    let allowed = Phrase::words(why).arg("version", SAVE_FORMAT_VERSION.to_string());
    Issue::error(Code::SaveVersion, "format_version", found.to_string(), allowed)
}

/// Parses and checks a save game; `file` names it in messages.
pub fn parse_save(text: &str, file: Option<&Path>) -> Result<SaveGame, Issues> {
    let locate = |mut issue: Issue, line: Option<usize>, column: Option<usize>| {
        issue.file = file.map(Path::to_path_buf);
        issue.line = line;
        issue.column = column;
        issue
    };
    // Read the version alone first, so a save from a newer Mehrwert is named as such rather
    // than reported as unknown fields.
    if let Some(found) = crate::scenario::load::top_level_integer(text, "format_version")
        && found != u64::from(SAVE_FORMAT_VERSION)
    {
        let found = u32::try_from(found).unwrap_or(u32::MAX);
        return Err(Issues(vec![locate(version_issue(found), None, None)]));
    }
    let save: SaveGame = crate::scenario::load::parse_ron(text, file)?;
    let issues: Vec<Issue> = save.check().into_iter().map(|i| locate(i, None, None)).collect();
    if issues.iter().any(Issue::is_error) { Err(Issues(issues)) } else { Ok(save) }
}

/// What `mehrwert check` calls for a save file.
pub fn check_save_text(text: &str, file: &Path) -> Result<(), Issues> {
    parse_save(text, Some(file)).map(|_| ())
}
