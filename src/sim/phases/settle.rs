//! Settle: collections and supplier payments by payment terms, last year's tax, interest,
//! the automatic overdraft when cash falls below the scenario's minimum, and — when the
//! credit line does not cover it — the owners' rescue (the company is insolvent).

use bevy::prelude::*;
use rust_decimal::Decimal;

use crate::model::{Account, Cause, JournalEntry, Ledger, Money, Phase};
use crate::scenario::{Decisions, Scenario};
use crate::sim::components::{Books, Conditions, Game, InGame, Plan, YearWork};
use crate::sim::warning::Warning;

/// Books every company's settlements.
pub fn post_settlements(games: Query<&Game>, mut companies: Query<(&InGame, &Plan, &mut Books, &mut YearWork)>) {
    for (in_game, plan, mut books, mut work) in &mut companies {
        let Ok(game) = games.get(in_game.0) else { continue };
        let (false, Some(d)) = (game.is_finished(), &plan.current) else { continue };
        settle(&game.scenario, &game.conditions, game.playing_year(), d, &mut books.0, &mut work);
    }
}

fn days_share(days: u32) -> Decimal {
    Decimal::from(days) / Decimal::from(365)
}

/// The rule. Closing receivables = Σ net revenue × days / 365 per segment; closing payables =
/// material purchases × supplier days / 365; interest at the year's rates (spread included)
/// on the loan balance after this year's financing, on last year's overdraft and (earned)
/// on opening cash. A shortfall below the minimum cash is drawn on the overdraft up to the
/// credit line; what the line does not cover the owners put in as rescue capital.
pub fn settle(
    scenario: &Scenario,
    conditions: &Conditions,
    year: u32,
    d: &Decisions,
    ledger: &mut Ledger,
    work: &mut YearWork,
) {
    let phase = Phase::Settle;
    let post = |ledger: &mut Ledger, cause, debit, credit, amount| {
        ledger.post_opt(JournalEntry::transfer(year, phase, cause, debit, credit, amount));
    };
    let closing_receivables: Money =
        d.segments.iter().zip(&work.net_revenue).map(|(s, net)| net.times(days_share(s.payment_days))).sum();
    let collections = ledger.balance(Account::Receivables) - closing_receivables;
    post(ledger, Cause::Collections, Account::Cash, Account::Receivables, collections);

    let closing_payables = work.material_purchases.times(days_share(scenario.production.supplier_days));
    let payments = ledger.balance(Account::Payables) - closing_payables;
    post(ledger, Cause::SupplierPayments, Account::Payables, Account::Cash, payments);

    let tax_due = ledger.balance(Account::TaxPayable);
    post(ledger, Cause::TaxPaid, Account::TaxPayable, Account::Cash, tax_due);

    let loan_interest = ledger.balance(Account::Loans).times(work.loan_rate);
    post(ledger, Cause::LoanInterest, Account::InterestExpense, Account::Cash, loan_interest);
    let overdraft_interest = work.opening.overdraft.times(work.overdraft_rate);
    post(ledger, Cause::OverdraftInterest, Account::InterestExpense, Account::Cash, overdraft_interest);
    let deposit_interest = work.opening.cash.positive_part().times(conditions.deposit_rate(scenario));
    post(ledger, Cause::DepositInterest, Account::Cash, Account::InterestIncome, deposit_interest);

    let shortfall = scenario.finance.min_cash - ledger.balance(Account::Cash);
    if shortfall.is_positive() {
        // Draw enough that cash after the fee is back at the minimum, D·(1 − fee) = shortfall,
        // but no more than the credit line.
        let fee_rate = scenario.finance.overdraft_fee;
        let needed = Money::from_decimal(shortfall.amount() / (Decimal::ONE - fee_rate).max(Decimal::new(1, 2)));
        let drawn = needed.min(scenario.finance.overdraft_limit);
        let fee = drawn.times(fee_rate);
        post(ledger, Cause::OverdraftDrawn, Account::Cash, Account::Overdraft, drawn);
        post(ledger, Cause::OverdraftFee, Account::InterestExpense, Account::Cash, fee);
        if drawn.is_positive() {
            work.warnings.push(Warning::Overdraft {
                drawn,
                rate: work.overdraft_rate,
                min_cash: scenario.finance.min_cash,
            });
        }
        let gap = scenario.finance.min_cash - ledger.balance(Account::Cash);
        if gap.is_positive() {
            post(ledger, Cause::RescueEquity, Account::Cash, Account::SubscribedCapital, gap);
            work.rescue += gap;
            work.warnings.push(Warning::Insolvent { credit_line: scenario.finance.overdraft_limit, rescue: gap });
        }
    }
}
