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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::components::ActiveProject;
    use crate::sim::phases::testing;
    use rust_decimal_macros::dec;

    #[test]
    fn unit_costs_follow_the_material_index_and_project_savings() {
        let mut s = testing::intro();
        assert_eq!(unit_costs(&s.scenario, &s.conditions, &s.ops, 1), (dec!(20), dec!(10)));
        // Automation saves 30 % of labour: 10 × 0,70 = 7 €.
        s.ops.projects.push(ActiveProject { project: 0, first_year: 1, last_year: 5 });
        assert_eq!(unit_costs(&s.scenario, &s.conditions, &s.ops, 1), (dec!(20), dec!(7)));

        let mut d = testing::default();
        d.conditions.material_index = dec!(1.20);
        for id in ["automation", "materials"] {
            let project = d.scenario.project_index(id).unwrap() as u16;
            d.ops.projects.push(ActiveProject { project, first_year: 1, last_year: 5 });
        }
        // Material 18 × 1,20 × (1 − 0,06) = 21,60 × 0,94 = 20,304 €; labour 15 × 0,80 = 12 €.
        assert_eq!(unit_costs(&d.scenario, &d.conditions, &d.ops, 3), (dec!(20.304), dec!(12)));
    }

    #[test]
    fn production_books_materials_on_credit_and_labour_in_cash() {
        let mut s = testing::intro();
        produce(&s.scenario, &s.conditions, 1, 80_000, &mut s.ledger, &mut s.ops, &mut s.work);
        // Materials 80 000 × 20 € = 1 600 000 €, labour 80 000 × 10 € = 800 000 €.
        let eur = Money::euros;
        assert_eq!(s.work.material_purchases, eur(1_600_000));
        assert_eq!(s.work.production_cost, eur(2_400_000));
        // Inventory 300 000 + 2 400 000; payables 164 000 + 1 600 000; cash 300 000 − 800 000.
        assert_eq!(s.ledger.balance(Account::Inventory), eur(2_700_000));
        assert_eq!(s.ledger.balance(Account::Payables), eur(1_764_000));
        assert_eq!(s.ledger.balance(Account::Cash), eur(-500_000));
        // 10 000 units in stock + 80 000 made.
        assert_eq!((s.work.produced_units, s.work.available_units), (80_000, 90_000));
        assert_eq!(s.ops.inventory_units, 10_000, "the stock count changes when goods are sold");
    }

    #[test]
    fn nothing_made_books_nothing_and_leaves_the_stock_to_sell() {
        let mut s = testing::intro();
        let entries = s.ledger.journal().len();
        produce(&s.scenario, &s.conditions, 1, 0, &mut s.ledger, &mut s.ops, &mut s.work);
        assert_eq!(s.ledger.journal().len(), entries);
        assert_eq!((s.work.produced_units, s.work.available_units), (0, 10_000));
        assert_eq!(s.work.production_cost, Money::ZERO);
    }

    #[test]
    fn a_cost_of_half_a_cent_rounds_away_from_zero() {
        let mut s = testing::intro();
        // Material 20 × 1,00025 = 20,005 € a unit: one unit costs 20,01 € (banker's rounding
        // would give 20,00 €); labour 10,00 €.
        s.conditions.material_index = dec!(1.00025);
        produce(&s.scenario, &s.conditions, 1, 1, &mut s.ledger, &mut s.ops, &mut s.work);
        assert_eq!(s.work.material_purchases, Money::cents(2_001));
        assert_eq!(s.work.production_cost, Money::cents(3_001));
        assert_eq!(s.ledger.balance(Account::Payables), Money::cents(16_400_000 + 2_001));
    }
}
