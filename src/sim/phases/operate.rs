//! Operate: marketing, R&D, sales force, administration, cost-to-serve, inventory holding
//! and depreciation; lines and projects at the end of their life retire.

use bevy::prelude::*;

use crate::model::{Account, Cause, JournalEntry, Ledger, Money, Phase};
use crate::scenario::{Decisions, Scenario};
use crate::sim::components::{Books, Game, InGame, Operations, Plan, YearWork};

/// Books every company's operating costs.
pub fn post_operating_costs(
    games: Query<&Game>,
    mut companies: Query<(&InGame, &Plan, &mut Books, &mut Operations, &YearWork)>,
) {
    for (in_game, plan, mut books, mut ops, work) in &mut companies {
        let Ok(game) = games.get(in_game.0) else { continue };
        let (false, Some(d)) = (game.is_finished(), &plan.current) else { continue };
        operate(&game.scenario, game.playing_year(), d, &mut books.0, &mut ops, work);
    }
}

/// The rule. Every cost is paid in cash except depreciation.
pub fn operate(
    scenario: &Scenario,
    year: u32,
    d: &Decisions,
    ledger: &mut Ledger,
    ops: &mut Operations,
    work: &YearWork,
) {
    let phase = Phase::Operate;
    let pay = |ledger: &mut Ledger, cause, account, amount| {
        ledger.post_opt(JournalEntry::transfer(year, phase, cause, account, Account::Cash, amount));
    };
    pay(ledger, Cause::Marketing, Account::Marketing, d.marketing);
    pay(ledger, Cause::Rnd, Account::Rnd, d.rnd);
    let salespeople: u32 = d.segments.iter().map(|s| s.salespeople).sum();
    pay(ledger, Cause::SalesForce, Account::SalesForce, scenario.overheads.salesperson_cost.times(salespeople.into()));
    let admin_saving: Money = ops
        .live_projects(year)
        .filter_map(|p| scenario.projects.get(usize::from(p.project)))
        .map(|p| p.effects.admin_saving)
        .sum();
    pay(ledger, Cause::Admin, Account::Admin, (scenario.overheads.admin_cost - admin_saving).positive_part());
    for (s, segment) in scenario.segments.iter().enumerate() {
        let units = work.sold_units.get(s).copied().unwrap_or(0);
        let cost = Money::per_unit(segment.cost_to_serve_per_unit, units);
        pay(ledger, Cause::CostToServe { segment: s as u16 }, Account::CostToServe, cost);
    }
    let holding = ledger.balance(Account::Inventory).times(scenario.production.inventory_holding_rate);
    pay(ledger, Cause::InventoryHolding, Account::InventoryHolding, holding);
    let mut depreciation = Money::ZERO;
    for asset in &mut ops.fixed_assets {
        let due = asset.depreciation_in(year);
        asset.depreciated += due;
        depreciation += due;
    }
    ledger.post_opt(JournalEntry::transfer(
        year,
        phase,
        Cause::Depreciation,
        Account::Depreciation,
        Account::AccumulatedDepreciation,
        depreciation,
    ));
    // What worked its last year leaves the books, fully written down: lines stop producing.
    let retired: Money = ops.fixed_assets.iter().filter(|a| a.last_year() <= year).map(|a| a.gross).sum();
    ops.fixed_assets.retain(|a| a.last_year() > year);
    ledger.post_opt(JournalEntry::transfer(
        year,
        phase,
        Cause::AssetRetired,
        Account::AccumulatedDepreciation,
        Account::PpeGross,
        retired,
    ));
}
