//! `mehrwert probe`: does any move that contradicts the lesson pay in a scenario, and do
//! computer-played companies look like real ones? A scenario lint for trainers.
//!
//! Every plan of [`plans::library`] plays one seat against the scenario's computer
//! opponents over several seeds (the seat moves round the table with the seed, so no seat
//! is favoured). A fixed plan *pays* when its mean rank is in the top two; a move on top of
//! value pricing pays when it adds more than [`MOVE_MARGIN`] of its mean score; the volume strategy must score less than
//! value pricing. [`plausibility()`] plays mixed computer games and compares the medians of
//! the companies with the ranges of a German mid-sized manufacturer.

pub mod plans;
pub mod plausibility;

use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::model::Money;
use crate::scenario::Scenario;
use crate::sim::ranking::{Standing, ranks};
use crate::sim::{SimError, Simulation};
use plans::{Family, PlanSpec, library};
pub use plausibility::{Plausibility, RangeCheck, plausibility};

/// How much to play.
#[derive(Clone, Copy, Debug)]
pub struct ProbeSettings {
    /// Games per plan (one per seed).
    pub seeds: u32,
    /// Mixed computer games for the plausibility medians.
    pub plausibility_games: u32,
    /// Seed of the first game; game k uses seed + k.
    pub first_seed: u64,
}

impl Default for ProbeSettings {
    fn default() -> ProbeSettings {
        ProbeSettings { seeds: 10, plausibility_games: 200, first_seed: 1 }
    }
}

/// What the probe concludes about one plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A computer strategy or value pricing: for comparison.
    Reference,
    /// The plan does not pay.
    Sound,
    /// The plan pays: the scenario rewards a move that contradicts the lesson.
    Pays,
}

/// One plan's results over all seeds.
#[derive(Clone, Debug, Serialize)]
pub struct PlanResult {
    /// Stable key of the plan, e.g. `"fixed_idle_debt"`.
    pub plan: &'static str,
    /// computer, value, volume, fixed or move.
    pub family: &'static str,
    /// Games played, one per seed.
    pub games: u32,
    /// Mean of the seat's final score over the games (€).
    pub mean_score: Money,
    /// Mean rank of the seat (1 = best).
    pub mean_rank: Decimal,
    /// Games in which the seat was insolvent.
    pub insolvencies: u32,
    /// Whether the plan is a reference, sound, or pays.
    pub verdict: Verdict,
    /// Why it pays (empty when it does not).
    pub reason: String,
}

/// Everything the probe found.
#[derive(Clone, Debug, Serialize)]
pub struct ProbeReport {
    /// The scenario's name.
    pub scenario: String,
    /// Companies in each game.
    pub companies: usize,
    /// Games played per plan.
    pub seeds: u32,
    /// Every plan of the library, in library order.
    pub plans: Vec<PlanResult>,
    /// Medians of the mixed computer games against their ranges, and the win shares.
    pub plausibility: Plausibility,
    /// False when the run was interrupted: the figures cover what was played.
    pub complete: bool,
}

impl ProbeReport {
    /// True when a plan pays or a median lies outside its range.
    pub fn has_findings(&self) -> bool {
        self.plans.iter().any(|p| p.verdict == Verdict::Pays)
            || self.plausibility.checks.iter().any(|c| !c.ok)
            || self.plausibility.win_shares.iter().any(|w| !w.ok)
    }
}

/// Plays one plan in the seat over `settings.seeds` games: (score, rank, insolvent) each.
fn play_plan(
    scenario: &Arc<Scenario>,
    plan: &PlanSpec,
    settings: &ProbeSettings,
) -> Result<Vec<(Money, usize, bool)>, SimError> {
    let companies = scenario.companies.len().max(1);
    let mut sim = Simulation::new()?;
    let mut games = Vec::with_capacity(settings.seeds as usize);
    for k in 0..settings.seeds {
        let seat = (k as usize % companies) as u16;
        let game = sim.new_game(scenario.clone(), settings.first_seed.wrapping_add(u64::from(k)))?;
        sim.set_pilot(game, seat, plan.pilot);
        games.push((game, usize::from(seat)));
    }
    for _ in 0..scenario.years {
        sim.play_year();
    }
    Ok(games
        .into_iter()
        .map(|(game, seat)| {
            let standings: Vec<Standing> = sim.reports(game).iter().map(|c| Standing::of(&c.history)).collect();
            let rank = ranks(&standings).get(seat).copied().unwrap_or(companies);
            let own = standings.get(seat).copied().unwrap_or(Standing { score: Money::ZERO, insolvent: true });
            (own.score, rank, own.insolvent)
        })
        .collect())
}

fn family_key(family: Family) -> &'static str {
    match family {
        Family::Computer(_) => "computer",
        Family::Value => "value",
        Family::Volume => "volume",
        Family::Fixed => "fixed",
        Family::Move => "move",
    }
}

/// Plays every plan and the plausibility games; `progress(done, total)` is called after each
/// step and stops the run (with what was played so far) when it returns false.
pub fn probe(
    scenario: &Scenario,
    settings: &ProbeSettings,
    mut progress: impl FnMut(u64, u64) -> bool,
) -> Result<ProbeReport, SimError> {
    let shared = Arc::new(scenario.clone());
    let library = library();
    let total = library.len() as u64 * u64::from(settings.seeds) + u64::from(settings.plausibility_games);
    let mut done = 0;
    let mut complete = true;
    let mut plans = Vec::with_capacity(library.len());
    for plan in &library {
        let results = play_plan(&shared, plan, settings)?;
        let games = results.len() as u32;
        let n = Decimal::from(games.max(1));
        let score_sum: Money = results.iter().map(|(s, ..)| *s).sum();
        let rank_sum: usize = results.iter().map(|(_, r, _)| r).sum();
        plans.push(PlanResult {
            plan: plan.key,
            family: family_key(plan.family),
            games,
            mean_score: Money::from_decimal(score_sum.amount() / n),
            mean_rank: Decimal::from(rank_sum as u64) / n,
            insolvencies: results.iter().filter(|(.., insolvent)| *insolvent).count() as u32,
            verdict: Verdict::Reference,
            reason: String::new(),
        });
        done += u64::from(settings.seeds);
        if !progress(done, total) {
            complete = false;
            break;
        }
    }
    judge(&library, &mut plans);
    let plausibility = if complete {
        plausibility(scenario, settings, |played| progress(done + played, total))?
    } else {
        Plausibility::default()
    };
    Ok(ProbeReport {
        scenario: scenario.name.clone(),
        companies: scenario.companies.len(),
        seeds: settings.seeds,
        plans,
        complete: complete && plausibility.complete,
        plausibility,
    })
}

/// A move on top of value pricing pays only when it adds more than this share of value
/// pricing's mean score: the opponents answer every change of the seat, so a move that
/// changes nothing in the books still moves the score by a few tenths of a per cent.
pub const MOVE_MARGIN: Decimal = Decimal::from_parts(1, 0, 0, false, 2);

/// The verdicts: fixed plans pay in the top two, moves when they beat value pricing, the
/// volume strategy when it does not lose against value pricing.
fn judge(library: &[PlanSpec], plans: &mut [PlanResult]) {
    let value = plans.iter().find(|p| p.family == "value").map(|p| p.mean_score);
    for (spec, result) in library.iter().zip(plans.iter_mut()) {
        let (pays, reason) = match spec.family {
            Family::Computer(_) | Family::Value => {
                result.verdict = Verdict::Reference;
                continue;
            }
            Family::Fixed => (result.mean_rank <= Decimal::TWO, "mean rank in the top two".to_string()),
            Family::Move => match value {
                Some(value) if result.mean_score > value + value.abs().times(MOVE_MARGIN) => (
                    true,
                    format!(
                        "adds more than {} % to the score of value pricing ({value} €)",
                        (MOVE_MARGIN * Decimal::ONE_HUNDRED).normalize()
                    ),
                ),
                _ => (false, String::new()),
            },
            Family::Volume => match value {
                Some(value) if result.mean_score >= value => {
                    (true, format!("does not lose against value pricing ({value} €)"))
                }
                _ => (false, String::new()),
            },
        };
        result.verdict = if pays { Verdict::Pays } else { Verdict::Sound };
        result.reason = if pays { reason } else { String::new() };
    }
}
