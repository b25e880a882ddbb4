//! Decisions and games of the introduction scenario shared by the engine tests.

use std::sync::Arc;

use mehrwert::model::Money;
use mehrwert::scenario::{Decisions, INTRO_SCENARIO, SegmentDecision, parse_scenario};
use mehrwert::sim::{GameId, Simulation};
use rust_decimal_macros::dec;

/// A new game of the introduction scenario.
pub fn intro_game(seed: u64) -> (Simulation, GameId) {
    let scenario = parse_scenario(INTRO_SCENARIO, None).expect("valid");
    let mut sim = Simulation::new().expect("schedule builds");
    let game = sim.new_game(Arc::new(scenario), seed).expect("opening balances");
    (sim, game)
}

/// Plain decisions for one company of the introduction (one segment): list price 52 €,
/// 5 % rebate, 45 days, 5 salespeople, 90 000 units, marketing 250 000 €, R&D 150 000 €.
pub fn intro_decisions(company: &str, year: u32) -> Decisions {
    Decisions {
        company: company.into(),
        year,
        segments: vec![SegmentDecision { list_price: dec!(52), rebate: dec!(0.05), payment_days: 45, salespeople: 5 }],
        production_units: 90_000,
        marketing: Money::euros(250_000),
        rnd: Money::euros(150_000),
        lines_bought: 0,
        projects: vec![],
        loan_change: Money::ZERO,
        equity_raised: Money::ZERO,
        dividend: Money::ZERO,
    }
}
