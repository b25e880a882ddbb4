//! `Simulation`: a world of games and the fiscal-year schedule, behind a small API used by
//! the command line, the batch balancer, the pro-forma preview and (later) the game.

use std::sync::Arc;

use bevy::prelude::*;
use thiserror::Error;

use super::components::{Companies, Company, Game, History, Plan};
use super::report::YearReport;
use super::save::SaveGame;
use super::schedule::fiscal_year_schedule;
use super::spawn::spawn_game;
use crate::model::LedgerError;
use crate::scenario::issue::Code;
use crate::scenario::{Decisions, Issue, Issues, Phrase, Scenario, validate_decisions};

/// What can go wrong outside of input validation.
#[derive(Debug, Error)]
pub enum SimError {
    /// The fiscal-year schedule failed to build, e.g. two systems in an ambiguous order.
    #[error("the fiscal-year schedule is invalid: {0}")]
    Schedule(String),
    /// The scenario's opening balance sheet could not be booked as a balanced entry.
    #[error("the opening balance sheet does not balance: {0}")]
    Opening(#[from] LedgerError),
    /// A [`GameId`] that names no game of this simulation.
    #[error("no such game")]
    NoSuchGame,
}

/// A world that holds any number of games, and the schedule that plays their years.
pub struct Simulation {
    world: World,
    schedule: Schedule,
}

/// A game in a [`Simulation`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GameId(pub Entity);

/// One company's identity and reports, read from the world.
#[derive(Clone, Debug, PartialEq)]
pub struct CompanyReports {
    /// Company id from the scenario.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Report of every closed year, oldest first.
    pub history: Vec<YearReport>,
}

impl Simulation {
    /// An empty world with the fiscal-year schedule built and checked for ambiguities.
    pub fn new() -> Result<Simulation, SimError> {
        let mut world = World::new();
        let mut schedule = fiscal_year_schedule();
        schedule.initialize(&mut world).map_err(|e| SimError::Schedule(format!("{e:?}")))?;
        Ok(Simulation { world, schedule })
    }

    /// Starts a game of `scenario` (which must have passed validation) at year 1.
    pub fn new_game(&mut self, scenario: Arc<Scenario>, seed: u64) -> Result<GameId, SimError> {
        Ok(GameId(spawn_game(&mut self.world, scenario, seed)?))
    }

    /// Loads a saved game next to any others in the world.
    pub fn load_game(&mut self, save: &SaveGame) -> Result<GameId, Issues> {
        let issues = save.check();
        if issues.iter().any(Issue::is_error) {
            return Err(Issues(issues));
        }
        Ok(GameId(save.spawn(&mut self.world)))
    }

    /// Spawns a save this process made itself, without checking it again.
    pub(crate) fn spawn_save(&mut self, save: &SaveGame) -> GameId {
        GameId(save.spawn(&mut self.world))
    }

    /// Captures a game as a save game.
    pub fn save_game(&self, game: GameId) -> Option<SaveGame> {
        SaveGame::capture(&self.world, game.0)
    }

    /// Removes a game and its companies from the world.
    pub fn remove_game(&mut self, game: GameId) {
        let members = self.company_entities(game);
        for e in members {
            self.world.despawn(e);
        }
        self.world.despawn(game.0);
    }

    /// The game's state.
    pub fn game(&self, game: GameId) -> Option<&Game> {
        self.world.get::<Game>(game.0)
    }

    fn company_entities(&self, game: GameId) -> Vec<Entity> {
        let mut members: Vec<(u16, Entity)> = self
            .world
            .get::<Companies>(game.0)
            .map(|c| c.entities().to_vec())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|e| self.world.get::<Company>(e).map(|c| (c.index, e)))
            .collect();
        members.sort_unstable();
        members.into_iter().map(|(_, e)| e).collect()
    }

    /// Every company's standing (final score, ever insolvent), in scenario order: what a
    /// batch of games needs, without copying the reports.
    pub fn standings(&self, game: GameId) -> Vec<crate::sim::ranking::Standing> {
        self.company_entities(game)
            .into_iter()
            .map(|e| crate::sim::ranking::Standing::of(self.world.get::<History>(e).map_or(&[][..], |h| &h.0)))
            .collect()
    }

    /// Every company of the game with its reports, in scenario order.
    pub fn reports(&self, game: GameId) -> Vec<CompanyReports> {
        self.company_entities(game)
            .into_iter()
            .filter_map(|e| {
                let company = self.world.get::<Company>(e)?;
                Some(CompanyReports {
                    id: company.id.clone(),
                    name: company.name.clone(),
                    history: self.world.get::<History>(e).map(|h| h.0.clone()).unwrap_or_default(),
                })
            })
            .collect()
    }

    /// Submits a person's decisions for the coming year. Structural errors block; the
    /// company then plays by computer unless decisions are submitted again.
    pub fn submit(&mut self, game: GameId, decisions: Decisions) -> Result<(), Issues> {
        let Some(g) = self.game(game) else {
            return Err(Issues(vec![Issue::error(
                Code::NoGame,
                "",
                Phrase::words("ph_no_such_game"),
                Phrase::words("ph_running_game"),
            )]));
        };
        let scenario = g.scenario.clone();
        let mut issues = validate_decisions(&scenario, &decisions);
        if decisions.year != g.playing_year() {
            issues.push(Issue::error(
                Code::Year,
                "year",
                decisions.year.to_string(),
                Phrase::words("ph_year_being_played").arg("year", g.playing_year().to_string()),
            ));
        }
        if issues.iter().any(Issue::is_error) {
            return Err(Issues(issues));
        }
        let Some(entity) = self
            .company_entities(game)
            .into_iter()
            .find(|&e| self.world.get::<Company>(e).is_some_and(|c| c.id == decisions.company))
        else {
            return Err(Issues(vec![Issue::error(
                Code::UnknownRef,
                "company",
                decisions.company,
                Phrase::words("ph_company_of_game"),
            )]));
        };
        if let Some(mut plan) = self.world.get_mut::<Plan>(entity) {
            plan.submitted = Some(decisions);
        }
        Ok(())
    }

    /// Takes back what a person submitted for `company` this year: it is decided by the
    /// computer again unless decisions are submitted anew. False when nothing was submitted.
    pub fn withdraw(&mut self, game: GameId, company: &str) -> bool {
        let Some(entity) = self
            .company_entities(game)
            .into_iter()
            .find(|&e| self.world.get::<Company>(e).is_some_and(|c| c.id == company))
        else {
            return false;
        };
        self.world.get_mut::<Plan>(entity).is_some_and(|mut plan| plan.submitted.take().is_some())
    }

    /// Lets `company` of `game` sell `units` per segment this year instead of what the
    /// market would give it (the pro-forma's sales plan); false when there is no such company.
    pub fn plan_sales(&mut self, game: GameId, company: &str, units: Vec<u64>) -> bool {
        let Some(entity) = self
            .company_entities(game)
            .into_iter()
            .find(|&e| self.world.get::<Company>(e).is_some_and(|c| c.id == company))
        else {
            return false;
        };
        self.world.entity_mut(entity).insert(super::components::SalesPlan(units));
        true
    }

    /// Lets `pilot` decide for company `index` of `game` whenever no person does (the
    /// probe's plans); `false` when there is no such company.
    pub fn set_pilot(&mut self, game: GameId, index: u16, pilot: super::strategy::Pilot) -> bool {
        let Some(entity) = self
            .company_entities(game)
            .into_iter()
            .find(|&e| self.world.get::<Company>(e).is_some_and(|c| c.index == index))
        else {
            return false;
        };
        self.world.entity_mut(entity).insert(pilot);
        true
    }

    /// Plays one fiscal year of every unfinished game in the world.
    pub fn play_year(&mut self) {
        self.schedule.run(&mut self.world);
    }

    /// Number of entities, for tests that check nothing leaks.
    pub fn entity_count(&self) -> usize {
        self.world.entities().len() as usize
    }
}
