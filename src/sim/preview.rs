//! The pro-forma preview: one company's proposed decisions played through a copy of the
//! coming year, without touching the game.

use super::report::YearReport;
use super::save::SaveGame;
use super::simulation::{SimError, Simulation};
use crate::scenario::issue::Code;
use crate::scenario::{Decisions, Issue, Issues};

/// A reusable scratch world for previews, so a slider can ask many times a second.
pub struct Previewer {
    sim: Simulation,
}

impl Previewer {
    /// A previewer with its own world and schedule.
    pub fn new() -> Result<Previewer, SimError> {
        Ok(Previewer { sim: Simulation::new()? })
    }

    /// The pro-forma report of `decisions.company` for the coming year of `save`. The other
    /// companies are decided by the computer (their submitted decisions stay private).
    /// Structural errors in `decisions` block; warnings are in the report.
    pub fn preview(&mut self, save: &SaveGame, decisions: &Decisions) -> Result<YearReport, Issues> {
        let compact = compact(save);
        let game = compact.spawn_unchecked(&mut self.sim);
        let result = self.sim.submit(game, decisions.clone()).map(|()| {
            self.sim.play_year();
            self.sim
                .reports(game)
                .into_iter()
                .find(|c| c.id == decisions.company)
                .and_then(|c| c.history.last().cloned())
        });
        self.sim.remove_game(game);
        match result {
            Ok(Some(report)) => Ok(report),
            Ok(None) => Err(Issues(vec![Issue::error(
                Code::Preview,
                "",
                "the game has no year left to play",
                "a game that is not finished",
            )])),
            Err(issues) => Err(issues),
        }
    }
}

/// The save reduced to what the coming year needs: balances carried forward in one entry,
/// the last report only, no submitted decisions of other companies.
fn compact(save: &SaveGame) -> SaveGame {
    let keep_last = |v: &[YearReport]| v.last().cloned().into_iter().collect::<Vec<_>>();
    SaveGame {
        market_history: save.market_history.last().cloned().into_iter().collect(),
        companies: save
            .companies
            .iter()
            .map(|c| super::save::CompanySave {
                ledger: c.ledger.carried_forward(save.year),
                history: keep_last(&c.history),
                submitted: None,
                ..c.clone()
            })
            .collect(),
        ..save.clone()
    }
}

impl SaveGame {
    /// Spawns without [`SaveGame::check`]: only for saves this process made itself.
    fn spawn_unchecked(&self, sim: &mut Simulation) -> super::simulation::GameId {
        sim.spawn_save(self)
    }
}
