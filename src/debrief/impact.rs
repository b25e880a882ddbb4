//! What each decision did to value. A company's decisions of a year are split into areas
//! (prices, terms, production, sales, investment, financing; see [`super::levers`]); the game
//! is played again from that year's start with every combination of those areas undone, and
//! the year's ΔEVA — the company's EVA from that year to the end as played, less with all of
//! the year's changes undone — is split over the areas with Shapley values. Levers pulled
//! together (more rebate and more production) are thus judged together: an area is credited
//! with what it added on average over the orders in which the year's changes could be made.
//!
//! A game is deterministic, so replaying everybody's recorded decisions reproduces it; the
//! analysis replays the unchanged game first, keeps its state at the start of every year, and
//! refuses to attribute anything when that replay differs from the record. Every other replay
//! starts from the kept state of its year, and all of them are games of one world that play
//! each year together.
//!
//! Architecture Invariant: the areas' ΔEVA of a company-year sum to the year's ΔEVA to the cent.

use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Serialize;

use super::levers::{Area, Change, as_decided, changes, undone};
use crate::model::Money;
use crate::scenario::issue::Code;
use crate::scenario::{Decisions, Issue, Issues, Phrase, Scenario};
use crate::sim::{CompanyReports, GameId, SaveGame, Simulation};

/// What one area of a company's decisions in one year did to its value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DecisionImpact {
    /// Company id.
    pub company: String,
    /// The year the decision was made for.
    pub year: u32,
    /// The area of the decision.
    pub area: Area,
    /// The levers it changed, from what to what.
    pub changes: Vec<Change>,
    /// True when a person decided that year, false when the computer did.
    pub by_person: bool,
    /// The area's Shapley share of the company's EVA from this year to the end as played, less
    /// the same with all of the year's changes undone.
    pub delta_eva: Money,
    /// The same share of the difference in the final score (EVA discounted at WACC, less
    /// rescue charges).
    pub delta_score: Money,
    /// The ΔEVA of all the company's changes of that year together (the sum of its areas').
    pub year_delta_eva: Money,
}

/// Every decision of every company that changed value, with its ΔEVA, in company, year and area
/// order. `Err` when the recorded game does not replay as it was played.
pub fn impacts(scenario: &Scenario, seed: u64, companies: &[CompanyReports]) -> Result<Vec<DecisionImpact>, Issues> {
    let internal =
        |e: String| Issues(vec![Issue::error(Code::Internal, "", e, Phrase::words("ph_working_simulation"))]);
    let years = companies.iter().map(|c| c.history.len()).min().unwrap_or(0);
    if years == 0 {
        return Ok(Vec::new());
    }
    let scenario = Arc::new(scenario.clone());
    let mut sim = Simulation::new().map_err(|e| internal(e.to_string()))?;
    let Replay { opening, starts, game } = replay(&mut sim, &scenario, seed, companies, years).map_err(internal)?;
    let replayed = sim.reports(game);
    if let Some(year) = first_difference(&replayed, companies, years) {
        return Err(Issues(vec![Issue::error(
            Code::BranchReplay,
            "",
            Phrase::words("ph_replays_differently").arg("year", year.to_string()),
            Phrase::words("ph_saved_by_this_version"),
        )]));
    }
    let years_of = |c: &CompanyReports| -> Vec<Decisions> { c.history[..years].iter().map(as_decided).collect() };
    let mut jobs = Vec::new();
    for (i, company) in companies.iter().enumerate() {
        let history = years_of(company);
        let Some(opening) = opening.get(i) else { continue };
        for y in 0..years {
            let found = changes(&history, opening, y);
            if !found.is_empty() {
                jobs.push(Year::new(i, y, found, &history, opening));
            }
        }
    }
    let games = play_coalitions(&mut sim, &starts, companies, &jobs);
    Ok(jobs.iter().zip(games).flat_map(|(job, games)| job.split(&sim, &games, companies)).collect())
}

/// The unchanged game replayed.
struct Replay {
    /// Each company's decisions before year 1.
    opening: Vec<Decisions>,
    /// The game's state at the start of every year.
    starts: Vec<SaveGame>,
    /// The replayed game, played to the end.
    game: GameId,
}

/// Replays the unchanged game, keeping its state at the start of every year.
fn replay(
    sim: &mut Simulation,
    scenario: &Arc<Scenario>,
    seed: u64,
    companies: &[CompanyReports],
    years: usize,
) -> Result<Replay, String> {
    let game = sim.new_game(scenario.clone(), seed).map_err(|e| e.to_string())?;
    let mut starts = Vec::with_capacity(years);
    for y in 0..years {
        starts.push(sim.save_game(game).ok_or("the replay vanished")?);
        for company in companies {
            let report = &company.history[y];
            if report.decided_by_person {
                sim.submit(game, as_decided(report)).map_err(|e| e.to_string())?;
            }
        }
        sim.play_year();
    }
    let opening =
        starts.first().map(|s| s.companies.iter().map(|c| c.last_decisions.clone()).collect()).unwrap_or_default();
    Ok(Replay { opening, starts, game })
}

/// The first year in which the replay differs from the game as played, if any.
fn first_difference(replayed: &[CompanyReports], played: &[CompanyReports], years: usize) -> Option<u32> {
    let same = |y: usize| {
        replayed.len() == played.len()
            && replayed.iter().zip(played).all(|(r, p)| match (r.history.get(y), p.history.get(y)) {
                (Some(a), Some(b)) => a.eva == b.eva && a.score == b.score && a.closing == b.closing,
                _ => false,
            })
    };
    (0..years).find(|&y| !same(y)).map(|y| y as u32 + 1)
}

/// One company-year with changes: its areas and, per coalition of areas kept (a bit set over
/// `areas`), the company's decisions from that year on with the other areas undone.
struct Year {
    company: usize,
    /// 0-based.
    year: usize,
    areas: Vec<(Area, Vec<Change>)>,
    /// Per coalition (all but the full one, which is the game as played): decisions of years
    /// `year..`.
    plans: Vec<Vec<Decisions>>,
}

impl Year {
    fn new(company: usize, year: usize, found: Vec<Change>, history: &[Decisions], opening: &Decisions) -> Year {
        let mut areas: Vec<(Area, Vec<Change>)> = Vec::new();
        for change in found {
            match areas.iter_mut().find(|(a, _)| *a == change.lever.area()) {
                Some((_, list)) => list.push(change),
                None => areas.push((change.lever.area(), vec![change])),
            }
        }
        // Six areas at most: 2^6 − 1 replays per company-year.
        areas.sort_by_key(|(a, _)| *a);
        let full = (1usize << areas.len()) - 1;
        let plans = (0..full)
            .map(|kept| {
                let undo: Vec<&Change> = areas
                    .iter()
                    .enumerate()
                    .filter(|(a, _)| kept & (1 << a) == 0)
                    .flat_map(|(_, (_, list))| list.iter())
                    .collect();
                undone(history, opening, year, &undo)[year..].to_vec()
            })
            .collect();
        Year { company, year, areas, plans }
    }

    /// The areas' Shapley shares of the year's ΔEVA and Δscore; `games[kept]` played the
    /// coalition `kept` (the full coalition is the game as played).
    fn split(&self, sim: &Simulation, games: &[GameId], played: &[CompanyReports]) -> Vec<DecisionImpact> {
        let Some(actual) = played.get(self.company) else { return Vec::new() };
        let from = self.year;
        let value = |c: &CompanyReports| -> (Money, Money) {
            let eva = c.history.get(from..).map_or(Money::ZERO, |h| h.iter().map(|r| r.eva.eva).sum());
            (eva, c.history.last().map_or(Money::ZERO, |r| r.score))
        };
        let n = self.areas.len();
        let full = (1usize << n) - 1;
        let mut values = Vec::with_capacity(full + 1);
        for game in games {
            let Some(branch) = sim.reports(*game).into_iter().nth(self.company) else { return Vec::new() };
            values.push(value(&branch));
        }
        values.push(value(actual));
        let eva: Vec<Decimal> = values.iter().map(|v| v.0.amount()).collect();
        let score: Vec<Decimal> = values.iter().map(|v| v.1.amount()).collect();
        let eva_parts = shapley(&eva, n);
        let score_parts = shapley(&score, n);
        let by_person = actual.history.get(from).is_some_and(|r| r.decided_by_person);
        let year_delta_eva = eva_parts.iter().copied().sum();
        self.areas
            .iter()
            .zip(eva_parts.into_iter().zip(score_parts))
            .map(|((area, changes), (delta_eva, delta_score))| DecisionImpact {
                company: actual.id.clone(),
                year: from as u32 + 1,
                area: *area,
                changes: changes.clone(),
                by_person,
                delta_eva,
                delta_score,
                year_delta_eva,
            })
            // An area that replays to the very same game did nothing (a production plan capped
            // at a capacity that fell, say): no decision worth telling.
            .filter(|i| !(i.delta_eva.is_zero() && i.delta_score.is_zero()))
            .collect()
    }
}

/// Shapley values of `n` players from the values of every coalition (`values[mask]`), each
/// rounded to cents; the rounding residue goes to the largest, so they sum to
/// `values[full] − values[0]` exactly.
fn shapley(values: &[Decimal], n: usize) -> Vec<Money> {
    let full = (1usize << n) - 1;
    let factorial = |k: usize| (1..=k).fold(Decimal::ONE, |f, i| f * Decimal::from(i));
    let total_orders = factorial(n);
    let exact: Vec<Decimal> = (0..n)
        .map(|i| {
            let bit = 1usize << i;
            (0..=full)
                .filter(|mask| mask & bit == 0)
                .map(|without| {
                    let size = without.count_ones() as usize;
                    let weight = factorial(size) * factorial(n - size - 1);
                    (values[without | bit] - values[without]) * weight
                })
                .sum::<Decimal>()
                / total_orders
        })
        .collect();
    let mut parts: Vec<Money> = exact.iter().map(|e| Money::from_decimal(*e)).collect();
    let total = Money::from_decimal(values[full]) - Money::from_decimal(values[0]);
    let residue = total - parts.iter().copied().sum::<Money>();
    if let Some(largest) = (0..n).max_by_key(|&i| exact[i].abs()) {
        parts[largest] += residue;
    }
    parts
}

/// Plays every coalition of every job from the start of its year; the games per job, by
/// coalition.
fn play_coalitions(
    sim: &mut Simulation,
    starts: &[SaveGame],
    companies: &[CompanyReports],
    jobs: &[Year],
) -> Vec<Vec<GameId>> {
    let mut games: Vec<Vec<GameId>> = jobs.iter().map(|_| Vec::new()).collect();
    for (y, start) in starts.iter().enumerate() {
        for (job, list) in jobs.iter().zip(games.iter_mut()) {
            if job.year == y {
                list.extend(job.plans.iter().map(|_| sim.spawn_save(start)));
            }
        }
        for (job, list) in jobs.iter().zip(&games) {
            if job.year > y {
                continue;
            }
            for (plan, game) in job.plans.iter().zip(list) {
                for (i, company) in companies.iter().enumerate() {
                    let report = &company.history[y];
                    let decisions = if i == job.company {
                        plan.get(y - job.year).cloned()
                    } else {
                        report.decided_by_person.then(|| as_decided(report))
                    };
                    // A plan the rules refuse plays like the computer would; validation keeps
                    // the recorded decisions valid, and undoing only restores earlier settings.
                    if let Some(d) = decisions {
                        let _ = sim.submit(*game, d);
                    }
                }
            }
        }
        sim.play_year();
    }
    games
}

/// The `n` impacts that created the most value (largest positive ΔEVA first) and the `n` that
/// destroyed the most (most negative first), of the impacts `keep` selects; zero impacts are
/// neither. A part of a year whose changes destroyed value together is no value created, even
/// when it limited the damage (no production at an absurd price).
pub fn extremes(
    impacts: &[DecisionImpact],
    n: usize,
    keep: impl Fn(&DecisionImpact) -> bool,
) -> (Vec<&DecisionImpact>, Vec<&DecisionImpact>) {
    let mut kept: Vec<&DecisionImpact> = impacts.iter().filter(|i| keep(i)).collect();
    kept.sort_by(|a, b| b.delta_eva.cmp(&a.delta_eva).then_with(|| (a.year, &a.company).cmp(&(b.year, &b.company))));
    let creators: Vec<_> =
        kept.iter().copied().filter(|i| i.delta_eva.is_positive() && i.year_delta_eva.is_positive()).take(n).collect();
    let destroyers: Vec<_> = kept.iter().rev().copied().filter(|i| i.delta_eva.is_negative()).take(n).collect();
    (creators, destroyers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn shapley_splits_a_change_over_two_areas_that_work_together() {
        // v(∅) = 0, v({a}) = −5, v({b}) = −10.7, v({a, b}) = −10.04 (in millions):
        // φ_a = ½[(−5 − 0) + (−10.04 + 10.7)] = −2.17, φ_b = ½[(−10.7) + (−10.04 + 5)] = −7.87.
        let parts = shapley(&[dec!(0), dec!(-5), dec!(-10.7), dec!(-10.04)], 2);
        assert_eq!(parts, [Money::cents(-217), Money::cents(-787)]);
        // One area takes the whole change.
        assert_eq!(shapley(&[dec!(3), dec!(10.005)], 1), [Money::cents(701)]);
    }

    #[test]
    fn shapley_parts_sum_to_the_change_to_the_cent() {
        let values = [dec!(0), dec!(0.333), dec!(0.333), dec!(1.001), dec!(0.333), dec!(1), dec!(1), dec!(2.002)];
        let parts = shapley(&values, 3);
        assert_eq!(parts.iter().copied().sum::<Money>(), Money::cents(200));
    }

    #[test]
    fn extremes_take_the_largest_gains_and_the_largest_losses() {
        let impact = |company: &str, eva: i64| DecisionImpact {
            company: company.into(),
            year: 1,
            area: Area::Sales,
            changes: Vec::new(),
            by_person: true,
            delta_eva: Money::euros(eva),
            delta_score: Money::euros(eva),
            year_delta_eva: Money::euros(eva),
        };
        let all = [impact("a", 5), impact("b", -7), impact("a", 0), impact("a", -2), impact("a", 9), impact("a", 1)];
        let (up, down) = extremes(&all, 2, |i| i.company == "a");
        assert_eq!(up.iter().map(|i| i.delta_eva).collect::<Vec<_>>(), [Money::euros(9), Money::euros(5)]);
        assert_eq!(down.iter().map(|i| i.delta_eva).collect::<Vec<_>>(), [Money::euros(-2)]);
    }
}
