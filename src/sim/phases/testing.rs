//! Fixtures of the phase rules' unit tests: a company of the introduction or the default
//! scenario at the start of year 1, its figures worked out by hand in the docs below.

use crate::model::{BalanceSheet, Ledger};
use crate::scenario::{Decisions, Scenario, default_scenario, intro_scenario};
use crate::sim::components::{Conditions, Operations, YearWork};
use crate::sim::spawn::{opening_decisions, opening_ledger, opening_operations};

/// One company at the start of year 1, as the Open phase leaves it.
pub struct Start {
    pub scenario: Scenario,
    pub conditions: Conditions,
    pub ledger: Ledger,
    pub ops: Operations,
    pub decisions: Decisions,
    pub work: YearWork,
}

fn start(scenario: Scenario, company: &str) -> Start {
    let ledger = opening_ledger(&scenario).unwrap_or_else(|e| panic!("{e:?}"));
    let ops = opening_operations(&scenario);
    let decisions = Decisions { year: 1, ..opening_decisions(&scenario, company) };
    let segments = scenario.segments.len();
    let work = YearWork {
        opening: BalanceSheet::from_ledger(&ledger),
        demand_units: vec![0; segments],
        sold_units: vec![0; segments],
        segment_total_sold: vec![0; segments],
        net_revenue: vec![Default::default(); segments],
        ..YearWork::default()
    };
    Start { conditions: Conditions::initial(&scenario), scenario, ledger, ops, decisions, work }
}

/// The introduction (scenarios/intro.ron), one segment "markt". Opening books: cash 300 000,
/// receivables 411 000, inventory 300 000 (10 000 units at 30 €), PP&E 2 400 000 gross −
/// 1 200 000 depreciated; payables 164 000, tax payable 50 000, loans 1 100 000, capital
/// 800 000, retained earnings 97 000 (equity 897 000). Two lines of 60 000 units, 1 200 000
/// gross each, the net 1 200 000 split by remaining life 2 : 8 into 240 000 and 960 000, so
/// each depreciates 120 000 a year. Opening decisions: list price 50 €, no rebate, 30 days,
/// 5 salespeople, 80 000 units, marketing 300 000, R&D 200 000. Work capacity is left 0.
pub fn intro() -> Start {
    start(intro_scenario().unwrap_or_else(|e| panic!("{e}")), "alpha")
}

/// The default scenario (scenarios/default.ron), segments "distribution" and "key_accounts".
/// Opening books: cash 1 000 000, receivables 3 575 000, inventory 1 980 000 (60 000 units at
/// 33 €), PP&E 12 000 000 − 5 600 000; payables 1 220 000, tax payable 500 000, loans
/// 4 800 000, capital 4 000 000, retained 2 435 000. Six lines of 115 000 units with 3, 5, 7,
/// 9, 11 and 13 years left, each depreciating 6 400 000 / 48 = 133 333,33 a year. Opening
/// decisions: 60 € / no rebate / 30 days / 12 salespeople and 53,33 € / 10 % / 60 days / 6
/// salespeople; 550 000 units, marketing 800 000, R&D 600 000.
pub fn default() -> Start {
    start(default_scenario().unwrap_or_else(|e| panic!("{e}")), "hanse")
}
