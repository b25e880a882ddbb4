//! The pro-forma: one company's proposed decisions played through a copy of the coming year,
//! without touching the game — a plan, not an oracle. The competitors are assumed to keep
//! last year's course (what they will really decide is unknown), and the company sells what
//! its own sales forecast says; the market model's answer under that assumption is offered
//! as the suggestion.

use super::report::YearReport;
use super::save::SaveGame;
use super::simulation::{SimError, Simulation};
use crate::scenario::issue::Code;
use crate::scenario::{Decisions, Issue, Issues, Phrase};

/// A reusable scratch world for previews, so a slider can ask many times a second.
pub struct Previewer {
    sim: Simulation,
}

/// The coming year of one company as planned.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedYear {
    /// The year as it closes if the plan comes true.
    pub report: YearReport,
    /// Per segment: the units the market model expects at these decisions if every
    /// competitor keeps last year's decisions — the suggestion for the sales forecast.
    pub suggested_units: Vec<u64>,
    /// Per segment: the units the plan assumes (the forecast where the team gave one, the
    /// suggestion elsewhere).
    pub planned_units: Vec<u64>,
}

impl Previewer {
    /// A previewer with its own world and schedule.
    pub fn new() -> Result<Previewer, SimError> {
        Ok(Previewer { sim: Simulation::new()? })
    }

    /// The planned year of `decisions.company` for the coming year of `save`: every other
    /// company repeats its last decisions (nothing submitted by others is seen), and the
    /// company sells `forecast[s]` units in segment `s` (within its stock) where it is
    /// given, the market model's answer where it is `None`. Structural errors in
    /// `decisions` block; warnings are in the report.
    pub fn preview(
        &mut self,
        save: &SaveGame,
        decisions: &Decisions,
        forecast: &[Option<u64>],
    ) -> Result<PlannedYear, Issues> {
        let compact = compact(save, &decisions.company);
        let market = self.play(&compact, decisions, None)?;
        let suggested_units: Vec<u64> = market.segments.iter().map(|s| s.sold_units).collect();
        if forecast.iter().all(Option::is_none) {
            return Ok(PlannedYear { report: market, planned_units: suggested_units.clone(), suggested_units });
        }
        let planned_units: Vec<u64> =
            suggested_units.iter().enumerate().map(|(s, &u)| forecast.get(s).copied().flatten().unwrap_or(u)).collect();
        let report = self.play(&compact, decisions, Some(planned_units.clone()))?;
        Ok(PlannedYear { report, suggested_units, planned_units })
    }

    /// The year of `save` played once with `decisions` (and the sales plan), then forgotten.
    fn play(&mut self, save: &SaveGame, decisions: &Decisions, plan: Option<Vec<u64>>) -> Result<YearReport, Issues> {
        let game = save.spawn_unchecked(&mut self.sim);
        let result = self.sim.submit(game, decisions.clone()).map(|()| {
            if let Some(units) = plan {
                self.sim.plan_sales(game, &decisions.company, units);
            }
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
                Phrase::words("ph_no_year_left"),
                Phrase::words("ph_game_not_finished"),
            )])),
            Err(issues) => Err(issues),
        }
    }
}

/// The save reduced to what the coming year needs (balances carried forward in one entry,
/// the last report only), with every company but `company` repeating last year's decisions
/// in place of whatever it submitted.
fn compact(save: &SaveGame, company: &str) -> SaveGame {
    let keep_last = |v: &[YearReport]| v.last().cloned().into_iter().collect::<Vec<_>>();
    SaveGame {
        market_history: save.market_history.last().cloned().into_iter().collect(),
        companies: save
            .companies
            .iter()
            .map(|c| super::save::CompanySave {
                ledger: c.ledger.carried_forward(save.year),
                history: keep_last(&c.history),
                submitted: (c.id != company).then(|| c.last_decisions.kept_for(save.year + 1)),
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
