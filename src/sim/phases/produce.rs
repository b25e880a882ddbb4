//! Produce: units made within capacity; materials on supplier credit, labour paid in cash.

use bevy::prelude::*;
use rust_decimal::Decimal;

use crate::model::{Account, Cause, JournalEntry, Ledger, Money, Phase};
use crate::scenario::Scenario;
use crate::sim::components::{Books, Conditions, Game, InGame, Operations, Plan, YearWork};
use crate::sim::phases::open::project_saving;

/// Books every company's production.
pub fn post_production(
    games: Query<&Game>,
    mut companies: Query<(&InGame, &Plan, &mut Books, &mut Operations, &mut YearWork)>,
) {
    for (in_game, plan, mut books, mut ops, mut work) in &mut companies {
        let Ok(game) = games.get(in_game.0) else { continue };
        let (false, Some(decisions)) = (game.is_finished(), &plan.current) else { continue };
        let units = decisions.production_units.min(work.capacity_units);
        produce(&game.scenario, &game.conditions, game.playing_year(), units, &mut books.0, &mut ops, &mut work);
    }
}

/// Variable manufacturing cost per unit this year: (material, labour).
pub fn unit_costs(scenario: &Scenario, conditions: &Conditions, ops: &Operations, year: u32) -> (Decimal, Decimal) {
    let p = &scenario.production;
    let material_saving = project_saving(scenario, ops, year, |e| e.material_saving);
    let labour_saving = project_saving(scenario, ops, year, |e| e.labour_saving);
    let material = p.material_cost_per_unit * conditions.material_index * (Decimal::ONE - material_saving);
    let labour = p.labour_cost_per_unit * (Decimal::ONE - labour_saving);
    (material, labour)
}

/// The rule: materials Dr Inventory / Cr Payables, labour Dr Inventory / Cr Cash.
pub fn produce(
    scenario: &Scenario,
    conditions: &Conditions,
    year: u32,
    units: u64,
    ledger: &mut Ledger,
    ops: &mut Operations,
    work: &mut YearWork,
) {
    let (material, labour) = unit_costs(scenario, conditions, ops, year);
    let material_cost = Money::per_unit(material, units);
    let labour_cost = Money::per_unit(labour, units);
    let phase = Phase::Produce;
    ledger.post_opt(JournalEntry::transfer(
        year,
        phase,
        Cause::Production,
        Account::Inventory,
        Account::Payables,
        material_cost,
    ));
    ledger.post_opt(JournalEntry::transfer(
        year,
        phase,
        Cause::Production,
        Account::Inventory,
        Account::Cash,
        labour_cost,
    ));
    work.produced_units = units;
    work.available_units = ops.inventory_units.saturating_add(units);
    work.material_purchases = material_cost;
    work.production_cost = material_cost + labour_cost;
}
