//! The computer players play plausibly and differently: in the default scenario nobody but
//! the reckless expansionist goes insolvent, and the strategies price where they say they do.

use std::sync::Arc;

use mehrwert::scenario::{Strategy, default_scenario};
use mehrwert::sim::Simulation;
use rust_decimal::Decimal;

#[test]
fn only_the_reckless_strategy_goes_insolvent_in_the_default_scenario() {
    let scenario = default_scenario().expect("embedded scenario is valid");
    for seed in 1..=8 {
        let mut sim = Simulation::new().expect("schedule builds");
        let game = sim.new_game(Arc::new(scenario.clone()), seed).expect("opening balances");
        for _ in 0..scenario.years {
            sim.play_year();
        }
        for (company, setup) in sim.reports(game).iter().zip(&scenario.companies) {
            assert_eq!(company.history.len(), scenario.years as usize);
            if setup.strategy != Strategy::Expansionist {
                assert!(
                    company.history.iter().all(|r| !r.insolvent),
                    "seed {seed}: {} ({:?}) went insolvent",
                    company.id,
                    setup.strategy
                );
            }
        }
    }
}

#[test]
fn strategies_price_in_their_own_order() {
    // Year 1 of 60 seeds: every company starts from the same books, so the net prices differ
    // by the price positions (expansionist 0,88, price fighter 0,94, balanced 0,948, premium
    // 0,95 of the best price each estimates, moved half-way from last year's price) and a
    // noise of 1–3 % that the mean over the seeds evens out.
    let scenario = default_scenario().expect("embedded scenario is valid");
    let shared = Arc::new(scenario.clone());
    let mut sim = Simulation::new().expect("schedule builds");
    let games: Vec<_> = (0..60).map(|seed| sim.new_game(shared.clone(), seed).expect("opening balances")).collect();
    sim.play_year();
    let index =
        |strategy: Strategy| scenario.companies.iter().position(|c| c.strategy == strategy).expect("in scenario");
    let mean = |strategy: Strategy, pick: &dyn Fn(&mehrwert::sim::YearReport) -> Decimal| {
        let total: Decimal = games.iter().map(|&g| pick(&sim.reports(g)[index(strategy)].history[0])).sum();
        total / Decimal::from(games.len() as u64)
    };
    let net_price = |strategy: Strategy| mean(strategy, &|r| r.segments[0].net_price);
    assert!(net_price(Strategy::Expansionist) < net_price(Strategy::PriceFighter));
    assert!(net_price(Strategy::PriceFighter) < net_price(Strategy::Balanced));
    assert!(net_price(Strategy::PriceFighter) < net_price(Strategy::Premium));
    let marketing = |strategy: Strategy| mean(strategy, &|r| r.income.marketing.amount());
    assert!(marketing(Strategy::Premium) > marketing(Strategy::PriceFighter));
}
