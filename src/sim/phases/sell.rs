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
