//! Many computer games in one world, for `balance`, `probe` and the benchmark: the
//! strategy mix of game k is drawn from its seed, so results do not depend on how the
//! games are split over threads.

use std::sync::Arc;

use crate::model::Money;
use crate::scenario::{Scenario, Strategy};
use crate::sim::rng::Rng;
use crate::sim::{GameId, SimError, Simulation};

/// Games played side by side in one world (keeps the heap warm, DESIGN §10).
const BATCH: u64 = 8;

/// One finished game: (strategy, score, insolvent) per company, in scenario order.
pub type GameResult = Vec<(Strategy, Money, bool)>;

/// The strategies of the game with seed `seed`: each company's drawn from the seed.
pub fn strategies_for(companies: usize, seed: u64) -> Vec<Strategy> {
    let mut rng = Rng::new(seed ^ 0x5EED_5EED_5EED_5EED);
    (0..companies).map(|_| Strategy::ALL[rng.below(Strategy::ALL.len() as u64) as usize]).collect()
}

/// `scenario` with the companies playing `strategies`.
pub fn with_strategies(scenario: &Scenario, strategies: &[Strategy]) -> Scenario {
    let mut variant = scenario.clone();
    for (company, strategy) in variant.companies.iter_mut().zip(strategies) {
        company.strategy = *strategy;
    }
    variant
}

/// Plays mixed-strategy games `first..first + count` (seed `seed + k`) and hands each
/// finished game (its strategies, the world and its id) to `each`; stops early when `each`
/// returns false.
pub fn play_mixed_games(
    scenario: &Scenario,
    seed: u64,
    first: u64,
    count: u64,
    mut each: impl FnMut(&[Strategy], &Simulation, GameId) -> bool,
) -> Result<(), SimError> {
    let mut sim = Simulation::new()?;
    let mut k = first;
    while k < first + count {
        let n = BATCH.min(first + count - k);
        let mut games: Vec<(GameId, Vec<Strategy>)> = Vec::with_capacity(n as usize);
        for g in k..k + n {
            let game_seed = seed.wrapping_add(g);
            let strategies = strategies_for(scenario.companies.len(), game_seed);
            games.push((sim.new_game(Arc::new(with_strategies(scenario, &strategies)), game_seed)?, strategies));
        }
        for _ in 0..scenario.years {
            sim.play_year();
        }
        let mut go_on = true;
        for (game, strategies) in games {
            if go_on {
                go_on = each(&strategies, &sim, game);
            }
            sim.remove_game(game);
        }
        if !go_on {
            break;
        }
        k += n;
    }
    Ok(())
}

/// Plays games `first..first + count` and returns each company's strategy, score and
/// whether it was ever insolvent.
pub fn play_games(scenario: &Scenario, seed: u64, first: u64, count: u64) -> Result<Vec<GameResult>, SimError> {
    play_games_while(scenario, seed, first, count, || true)
}

/// As [`play_games`], asking `go_on` after every game whether to continue (progress and
/// Ctrl+C); returns the games played so far when it says no.
pub fn play_games_while(
    scenario: &Scenario,
    seed: u64,
    first: u64,
    count: u64,
    mut go_on: impl FnMut() -> bool,
) -> Result<Vec<GameResult>, SimError> {
    let mut results = Vec::with_capacity(count as usize);
    play_mixed_games(scenario, seed, first, count, |strategies, sim, game| {
        results.push(
            sim.standings(game)
                .iter()
                .zip(strategies)
                .map(|(standing, s)| (*s, standing.score, standing.insolvent))
                .collect(),
        );
        go_on()
    })?;
    Ok(results)
}
