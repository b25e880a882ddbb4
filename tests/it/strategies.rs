//! The computer players play plausibly and differently: in the default scenario nobody but
//! the reckless expansionist goes insolvent, and the strategies price where they say they do.

use std::sync::Arc;

use mehrwert::scenario::{Strategy, default_scenario};
use mehrwert::sim::Simulation;

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
    let scenario = default_scenario().expect("embedded scenario is valid");
    let mut sim = Simulation::new().expect("schedule builds");
    let game = sim.new_game(Arc::new(scenario.clone()), 1).expect("opening balances");
    sim.play_year();
    let reports = sim.reports(game);
    let net_price = |strategy: Strategy| {
        let i = scenario.companies.iter().position(|c| c.strategy == strategy).expect("strategy in scenario");
        reports[i].history[0].segments[0].net_price
    };
    // Price positions 0,82 / 0,91 / 1,00 / 1,04 / 1,12 of the market price, ± a few percent
    // of noise, with the expansionist at its variable-cost floor.
    assert!(net_price(Strategy::PriceFighter) < net_price(Strategy::Balanced));
    assert!(net_price(Strategy::Balanced) < net_price(Strategy::Premium));
    assert!(net_price(Strategy::Expansionist) < net_price(Strategy::Balanced));
    let marketing = |strategy: Strategy| {
        let i = scenario.companies.iter().position(|c| c.strategy == strategy).expect("strategy in scenario");
        reports[i].history[0].income.marketing
    };
    assert!(marketing(Strategy::Premium) > marketing(Strategy::PriceFighter));
}
