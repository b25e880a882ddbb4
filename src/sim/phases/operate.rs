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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::components::{ActiveProject, AssetKind, FixedAsset};
    use crate::sim::phases::testing;

    /// The entries of `cause` booked in `year`, as amounts.
    fn booked(ledger: &Ledger, year: u32, cause: Cause) -> Vec<Money> {
        ledger.entries_of_year(year).filter(|e| e.cause() == cause).map(JournalEntry::total).collect()
    }

    /// A ledger holding only `inventory` worth of goods and nothing else worth booking.
    fn ledger_with_inventory(inventory: Money) -> Ledger {
        let mut ledger = Ledger::new();
        let entry = JournalEntry::transfer(
            0,
            Phase::Opening,
            Cause::OpeningBalance,
            Account::Inventory,
            Account::Payables,
            inventory,
        );
        ledger.post_opt(entry);
        ledger
    }

    #[test]
    fn the_introductions_costs_and_a_line_retiring_after_its_last_year() {
        let mut s = testing::intro();
        s.work.sold_units = vec![70_000];
        operate(&s.scenario, 1, &s.decisions, &mut s.ledger, &mut s.ops, &s.work);
        let eur = Money::euros;
        assert_eq!(s.ledger.balance(Account::Marketing), eur(300_000));
        assert_eq!(s.ledger.balance(Account::Rnd), eur(200_000));
        assert_eq!(s.ledger.balance(Account::SalesForce), eur(300_000)); // 5 × 60 000
        assert_eq!(s.ledger.balance(Account::Admin), eur(400_000));
        assert_eq!(booked(&s.ledger, 1, Cause::CostToServe { segment: 0 }), vec![]); // 0 € a unit
        assert_eq!(s.ledger.balance(Account::InventoryHolding), eur(30_000)); // 300 000 × 10 %
        // 240 000 / 2 + 960 000 / 8 = 120 000 + 120 000.
        assert_eq!(s.ledger.balance(Account::Depreciation), eur(240_000));
        // Cash 300 000 − (300 000 + 200 000 + 300 000 + 400 000 + 30 000) = −930 000.
        assert_eq!(s.ledger.balance(Account::Cash), eur(-930_000));
        assert_eq!(s.ledger.balance(Account::AccumulatedDepreciation), eur(1_440_000));
        assert_eq!(s.ops.fixed_assets.len(), 2);

        // Year 2 is the short line's last: after its second 120 000 it leaves the books at
        // its gross 1 200 000, PP&E 2 400 000 → 1 200 000, accumulated depreciation
        // 1 440 000 + 240 000 − 1 200 000 = 480 000 (the long line's 240 000 + 2 × 120 000).
        operate(&s.scenario, 2, &s.decisions, &mut s.ledger, &mut s.ops, &s.work);
        assert_eq!(booked(&s.ledger, 2, Cause::Depreciation), vec![eur(240_000)]);
        assert_eq!(booked(&s.ledger, 2, Cause::AssetRetired), vec![eur(1_200_000)]);
        assert_eq!(s.ledger.balance(Account::PpeGross), eur(1_200_000));
        assert_eq!(s.ledger.balance(Account::AccumulatedDepreciation), eur(480_000));
        assert_eq!(s.ops.fixed_assets.len(), 1);
        assert_eq!(s.ops.lines_in(3), 1);
    }

    #[test]
    fn the_default_scenarios_costs_with_cost_to_serve_and_an_erp_saving() {
        let mut d = testing::default();
        let erp = d.scenario.project_index("erp").unwrap();
        d.ops.projects.push(ActiveProject { project: erp as u16, first_year: 1, last_year: 5 });
        let capex = d.scenario.projects[erp].capex;
        d.ops.fixed_assets.push(FixedAsset {
            kind: AssetKind::Project,
            gross: capex,
            cost: capex,
            life_years: 5,
            first_year: 1,
            depreciated: Money::ZERO,
        });
        d.work.sold_units = vec![200_000, 350_000];
        operate(&d.scenario, 1, &d.decisions, &mut d.ledger, &mut d.ops, &d.work);
        let eur = Money::euros;
        assert_eq!(d.ledger.balance(Account::SalesForce), eur(1_440_000)); // 18 × 80 000
        assert_eq!(d.ledger.balance(Account::Admin), eur(2_200_000)); // 2 600 000 − 400 000
        // Key accounts only: 350 000 × 2,50 € = 875 000 €.
        assert_eq!(booked(&d.ledger, 1, Cause::CostToServe { segment: 0 }), vec![]);
        assert_eq!(booked(&d.ledger, 1, Cause::CostToServe { segment: 1 }), vec![eur(875_000)]);
        assert_eq!(d.ledger.balance(Account::InventoryHolding), eur(158_400)); // 1 980 000 × 8 %
        // Six lines × 133 333,33 = 799 999,98 plus the ERP's 1 400 000 / 5 = 280 000.
        assert_eq!(d.ledger.balance(Account::Depreciation), Money::cents(107_999_998));
        // Cash 1 000 000 − 800 000 − 600 000 − 1 440 000 − 2 200 000 − 875 000 − 158 400.
        assert_eq!(d.ledger.balance(Account::Cash), eur(-5_073_400));
    }

    #[test]
    fn the_last_year_of_straight_line_depreciation_takes_the_rounding_rest() {
        let mut s = testing::intro();
        s.ledger = Ledger::new();
        let cost = Money::euros(1_000_000);
        let bought = JournalEntry::transfer(
            1,
            Phase::InvestAndFinance,
            Cause::CapacityBought,
            Account::PpeGross,
            Account::Cash,
            cost,
        );
        s.ledger.post_opt(bought);
        s.ops.fixed_assets = vec![FixedAsset {
            kind: AssetKind::Line,
            gross: cost,
            cost,
            life_years: 3,
            first_year: 1,
            depreciated: Money::ZERO,
        }];
        // 1 000 000 / 3 = 333 333,33 in years 1 and 2; year 3: 1 000 000 − 666 666,66 = 333 333,34.
        for year in 1..=3 {
            operate(&s.scenario, year, &s.decisions, &mut s.ledger, &mut s.ops, &s.work);
        }
        let d = |year| booked(&s.ledger, year, Cause::Depreciation);
        assert_eq!(
            (d(1), d(2), d(3)),
            (vec![Money::cents(33_333_333)], vec![Money::cents(33_333_333)], vec![Money::cents(33_333_334)])
        );
        // Fully written down, it leaves the books: nothing gross, nothing accumulated.
        assert_eq!(booked(&s.ledger, 3, Cause::AssetRetired), vec![cost]);
        assert_eq!(
            (s.ledger.balance(Account::PpeGross), s.ledger.balance(Account::AccumulatedDepreciation)),
            (Money::ZERO, Money::ZERO)
        );
        assert!(s.ops.fixed_assets.is_empty());
    }

    #[test]
    fn a_saving_above_the_admin_cost_books_no_admin_and_holding_rounds_half_away() {
        let mut d = testing::default();
        let erp = d.scenario.project_index("erp").unwrap();
        d.scenario.projects[erp].effects.admin_saving = Money::euros(3_000_000); // > 2 600 000
        d.ops.projects.push(ActiveProject { project: erp as u16, first_year: 1, last_year: 5 });
        operate(&d.scenario, 1, &d.decisions, &mut d.ledger, &mut d.ops, &d.work);
        assert_eq!(booked(&d.ledger, 1, Cause::Admin), vec![]);

        let mut s = testing::intro();
        s.ledger = ledger_with_inventory(Money::cents(123_445));
        operate(&s.scenario, 1, &s.decisions, &mut s.ledger, &mut s.ops, &s.work);
        // 1 234,45 € × 10 % = 123,445 → 123,45 € (banker's rounding: 123,44 €).
        assert_eq!(booked(&s.ledger, 1, Cause::InventoryHolding), vec![Money::cents(12_345)]);
    }
}
