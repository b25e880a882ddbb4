//! Sell: revenue at list price and rebates per segment, cost of goods sold at weighted average.

use bevy::prelude::*;
use rust_decimal::Decimal;

use crate::model::{Account, Cause, JournalEntry, Ledger, Money, Phase};
use crate::scenario::Decisions;
use crate::sim::components::{Books, Game, InGame, Operations, Plan, YearWork};

/// Books every company's sales.
pub fn post_sales(
    games: Query<&Game>,
    mut companies: Query<(&InGame, &Plan, &mut Books, &mut Operations, &mut YearWork)>,
) {
    for (in_game, plan, mut books, mut ops, mut work) in &mut companies {
        let Ok(game) = games.get(in_game.0) else { continue };
        let (false, Some(d)) = (game.is_finished(), &plan.current) else { continue };
        sell(game.playing_year(), d, &mut books.0, &mut ops, &mut work);
    }
}

/// The rule: Dr Receivables / Cr Revenue at list price, Dr Rebates / Cr Receivables for the
/// rebate, Dr COGS / Cr Inventory at weighted-average cost.
pub fn sell(year: u32, d: &Decisions, ledger: &mut Ledger, ops: &mut Operations, work: &mut YearWork) {
    let phase = Phase::Sell;
    for (s, segment) in d.segments.iter().enumerate() {
        let units = work.sold_units.get(s).copied().unwrap_or(0);
        let gross = Money::per_unit(segment.list_price, units);
        let rebate = Money::per_unit(segment.list_price * segment.rebate, units);
        let cause = Cause::Sales { segment: s as u16 };
        ledger.post_opt(JournalEntry::transfer(year, phase, cause, Account::Receivables, Account::Revenue, gross));
        let cause = Cause::Rebates { segment: s as u16 };
        ledger.post_opt(JournalEntry::transfer(year, phase, cause, Account::Rebates, Account::Receivables, rebate));
        if let Some(net) = work.net_revenue.get_mut(s) {
            *net = gross - rebate;
        }
    }
    let sold: u64 = work.sold_units.iter().sum();
    let closing_units = work.available_units.saturating_sub(sold);
    // Weighted average: the value of everything available, spread over its units; the
    // closing stock is valued at that average and COGS takes the rest, so no cent is lost.
    let available_value = ledger.balance(Account::Inventory);
    let closing_value = if work.available_units == 0 {
        Money::ZERO
    } else {
        Money::from_decimal(
            available_value.amount() * Decimal::from(closing_units) / Decimal::from(work.available_units),
        )
    };
    let cogs = available_value - closing_value;
    ledger.post_opt(JournalEntry::transfer(year, phase, Cause::CostOfSales, Account::Cogs, Account::Inventory, cogs));
    ops.inventory_units = closing_units;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::phases::testing;
    use rust_decimal_macros::dec;

    /// Books goods made this year into inventory on supplier credit, as Produce would.
    fn made(ledger: &mut Ledger, value: Money) {
        ledger.post_opt(JournalEntry::transfer(
            1,
            Phase::Produce,
            Cause::Production,
            Account::Inventory,
            Account::Payables,
            value,
        ));
    }

    #[test]
    fn a_sale_books_list_price_rebate_and_cost_at_the_average() {
        let mut s = testing::intro();
        // 10 000 units at 30 € in stock + 80 000 made for 2 400 000 €: 90 000 units worth
        // 2 700 000 €, 30 € each.
        made(&mut s.ledger, Money::euros(2_400_000));
        s.work.available_units = 90_000;
        s.work.sold_units = vec![60_000];
        s.decisions.segments[0].rebate = dec!(0.10);
        sell(1, &s.decisions, &mut s.ledger, &mut s.ops, &mut s.work);
        let eur = Money::euros;
        // Gross 60 000 × 50 € = 3 000 000; rebate 60 000 × 50 × 10 % = 300 000; net 2 700 000.
        assert_eq!(s.ledger.balance(Account::Revenue), eur(3_000_000));
        assert_eq!(s.ledger.balance(Account::Rebates), eur(300_000));
        assert_eq!(s.work.net_revenue, vec![eur(2_700_000)]);
        // Receivables 411 000 + 3 000 000 − 300 000.
        assert_eq!(s.ledger.balance(Account::Receivables), eur(3_111_000));
        // 30 000 units left × 30 € = 900 000 €; COGS 2 700 000 − 900 000 = 1 800 000 €.
        assert_eq!(s.ledger.balance(Account::Inventory), eur(900_000));
        assert_eq!(s.ledger.balance(Account::Cogs), eur(1_800_000));
        assert_eq!(s.ops.inventory_units, 30_000);
    }

    #[test]
    fn two_segments_are_booked_each_with_its_own_price() {
        let mut d = testing::default();
        // 60 000 units at 33 € in stock + 550 000 made at 33 € = 610 000 units, 20 130 000 €.
        made(&mut d.ledger, Money::euros(18_150_000));
        d.work.available_units = 610_000;
        d.work.sold_units = vec![200_000, 350_000];
        sell(1, &d.decisions, &mut d.ledger, &mut d.ops, &mut d.work);
        // Distribution 200 000 × 60 € = 12 000 000; key accounts 350 000 × 53,33 € =
        // 18 665 500 less 350 000 × 5,333 € = 1 866 550 rebate = 16 798 950 €.
        assert_eq!(d.work.net_revenue, vec![Money::euros(12_000_000), Money::euros(16_798_950)]);
        assert_eq!(d.ledger.balance(Account::Revenue), Money::euros(30_665_500));
        assert_eq!(d.ledger.balance(Account::Rebates), Money::euros(1_866_550));
        let rebate = d.ledger.journal().iter().find(|e| e.cause() == Cause::Rebates { segment: 1 }).unwrap();
        assert_eq!(rebate.total(), Money::euros(1_866_550));
        // Distribution has no rebate, so no entry for it.
        assert!(d.ledger.journal().iter().all(|e| e.cause() != Cause::Rebates { segment: 0 }));
        // 60 000 left × 33 € = 1 980 000; COGS 550 000 × 33 € = 18 150 000.
        assert_eq!(d.ledger.balance(Account::Cogs), Money::euros(18_150_000));
        assert_eq!((d.ops.inventory_units, d.ledger.balance(Account::Inventory)), (60_000, Money::euros(1_980_000)));
    }

    #[test]
    fn the_average_cost_loses_no_cent_and_a_half_cent_rebate_rounds_up() {
        let mut s = testing::intro();
        s.ledger = Ledger::new();
        made(&mut s.ledger, Money::euros(100));
        s.work.available_units = 3;
        s.work.sold_units = vec![1];
        s.decisions.segments[0].list_price = dec!(12.25);
        s.decisions.segments[0].rebate = dec!(0.10);
        sell(1, &s.decisions, &mut s.ledger, &mut s.ops, &mut s.work);
        // 2 of 3 units left: 100 × 2/3 = 66,666… → 66,67 €; COGS takes the rest, 33,33 €.
        assert_eq!(s.ledger.balance(Account::Inventory), Money::cents(6_667));
        assert_eq!(s.ledger.balance(Account::Cogs), Money::cents(3_333));
        // Rebate 12,25 × 10 % = 1,225 → 1,23 € (banker's rounding: 1,22); net 11,02 €.
        assert_eq!(s.ledger.balance(Account::Rebates), Money::cents(123));
        assert_eq!(s.work.net_revenue, vec![Money::cents(1_102)]);
        assert_eq!(s.ops.inventory_units, 2);
    }

    #[test]
    fn selling_out_empties_the_stock_and_selling_nothing_books_nothing() {
        let mut s = testing::intro();
        // All 10 000 opening units sold: COGS is the whole 300 000 €, nothing left.
        s.work.available_units = 10_000;
        s.work.sold_units = vec![10_000];
        sell(1, &s.decisions, &mut s.ledger, &mut s.ops, &mut s.work);
        assert_eq!(s.ledger.balance(Account::Cogs), Money::euros(300_000));
        assert_eq!((s.ops.inventory_units, s.ledger.balance(Account::Inventory)), (0, Money::ZERO));

        let mut s = testing::intro();
        let entries = s.ledger.journal().len();
        s.work.available_units = 10_000;
        sell(1, &s.decisions, &mut s.ledger, &mut s.ops, &mut s.work);
        assert_eq!(s.ledger.journal().len(), entries);
        assert_eq!((s.ops.inventory_units, s.work.net_revenue.clone()), (10_000, vec![Money::ZERO]));
    }
}
