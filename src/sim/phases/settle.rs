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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::phases::testing::{self, Start};
    use rust_decimal_macros::dec;

    /// The introduction's first year up to Settle: `net_revenue` sold on credit, `materials`
    /// bought on supplier credit, `spent` paid in cash; loans at 5 %, overdraft at 12 %.
    fn before_settle(net_revenue: Money, materials: Money, spent: Money) -> Start {
        let mut s = testing::intro();
        let mut post = |cause, debit, credit, amount| {
            s.ledger.post_opt(JournalEntry::transfer(1, Phase::Sell, cause, debit, credit, amount));
        };
        post(Cause::Sales { segment: 0 }, Account::Receivables, Account::Revenue, net_revenue);
        post(Cause::Production, Account::Inventory, Account::Payables, materials);
        post(Cause::Marketing, Account::Marketing, Account::Cash, spent);
        s.work.net_revenue = vec![net_revenue];
        s.work.material_purchases = materials;
        s.work.loan_rate = dec!(0.05);
        s.work.overdraft_rate = dec!(0.12);
        s
    }

    fn settled(mut s: Start) -> Start {
        settle(&s.scenario, &s.conditions, 1, &s.decisions, &mut s.ledger, &mut s.work);
        s
    }

    fn booked(s: &Start, cause: Cause) -> Vec<Money> {
        s.ledger.entries_of_year(1).filter(|e| e.cause() == cause).map(JournalEntry::total).collect()
    }

    #[test]
    fn payment_terms_leave_the_days_outstanding_and_interest_is_paid_and_earned() {
        let eur = Money::euros;
        let s = settled(before_settle(eur(3_650_000), eur(1_460_000), Money::ZERO));
        // Customers owe 3 650 000 × 30/365 = 300 000 at year end: collected 411 000 +
        // 3 650 000 − 300 000 = 3 761 000.
        assert_eq!(booked(&s, Cause::Collections), vec![eur(3_761_000)]);
        assert_eq!(s.ledger.balance(Account::Receivables), eur(300_000));
        // Suppliers are owed 1 460 000 × 30/365 = 120 000: paid 164 000 + 1 460 000 − 120 000.
        assert_eq!(booked(&s, Cause::SupplierPayments), vec![eur(1_504_000)]);
        assert_eq!(s.ledger.balance(Account::Payables), eur(120_000));
        assert_eq!(booked(&s, Cause::TaxPaid), vec![eur(50_000)]);
        assert_eq!(booked(&s, Cause::LoanInterest), vec![eur(55_000)]); // 1 100 000 × 5 %
        assert_eq!(booked(&s, Cause::OverdraftInterest), vec![]); // no overdraft last year
        assert_eq!(booked(&s, Cause::DepositInterest), vec![eur(3_000)]); // 300 000 × 1 %
        // 300 000 + 3 761 000 − 1 504 000 − 50 000 − 55 000 + 3 000 = 2 455 000, above the
        // 200 000 minimum: no overdraft.
        assert_eq!(s.ledger.balance(Account::Cash), eur(2_455_000));
        assert_eq!(booked(&s, Cause::OverdraftDrawn), vec![]);
        assert_eq!(s.work.warnings, vec![]);
    }

    #[test]
    fn receivables_by_days_round_to_the_cent_and_zero_days_collect_everything() {
        let mut s = before_settle(Money::euros(1_000), Money::ZERO, Money::ZERO);
        s.decisions.segments[0].payment_days = 90;
        let s = settled(s);
        // 1 000 × 90/365 = 246,5753… → 246,58 € still owed; 412 000 − 246,58 collected.
        assert_eq!(s.ledger.balance(Account::Receivables), Money::cents(24_658));
        assert_eq!(booked(&s, Cause::Collections), vec![Money::cents(41_175_342)]);

        let mut s = before_settle(Money::euros(1_000), Money::ZERO, Money::ZERO);
        s.decisions.segments[0].payment_days = 0;
        let s = settled(s);
        assert_eq!(booked(&s, Cause::Collections), vec![Money::euros(412_000)]);
        assert_eq!(s.ledger.balance(Account::Receivables), Money::ZERO);
    }

    #[test]
    fn a_shortfall_is_drawn_on_the_overdraft_so_that_cash_after_the_fee_is_the_minimum() {
        // Nothing sold or bought: 300 000 + 411 000 collected − 164 000 paid − 50 000 tax −
        // 55 000 interest + 3 000 = 445 000 before the spending.
        // 542 000 spent: cash −97 000, shortfall 297 000; draw 297 000 / (1 − 1 %) = 300 000,
        // fee 3 000, cash 200 000.
        let s = settled(before_settle(Money::ZERO, Money::ZERO, Money::euros(542_000)));
        assert_eq!(booked(&s, Cause::OverdraftDrawn), vec![Money::euros(300_000)]);
        assert_eq!(booked(&s, Cause::OverdraftFee), vec![Money::euros(3_000)]);
        assert_eq!(s.ledger.balance(Account::Cash), Money::euros(200_000));
        assert_eq!(
            s.work.warnings,
            vec![Warning::Overdraft {
                drawn: Money::euros(300_000),
                rate: dec!(0.12),
                min_cash: Money::euros(200_000)
            }]
        );
        assert_eq!(s.work.rescue, Money::ZERO);

        // 345 000 spent: cash 100 000, shortfall 100 000; 100 000 / 0,99 = 101 010,1010… →
        // 101 010,10 drawn, fee 1 010,101 → 1 010,10: cash 200 000,00 to the cent.
        let s = settled(before_settle(Money::ZERO, Money::ZERO, Money::euros(345_000)));
        assert_eq!(booked(&s, Cause::OverdraftDrawn), vec![Money::cents(10_101_010)]);
        assert_eq!(booked(&s, Cause::OverdraftFee), vec![Money::cents(101_010)]);
        assert_eq!(s.ledger.balance(Account::Cash), Money::euros(200_000));
    }

    #[test]
    fn beyond_the_credit_line_the_owners_put_in_the_rest() {
        // 1 433 000 spent: cash 445 000 − 1 433 000 = −988 000, shortfall 1 188 000 would need
        // 1 200 000 but the line is 1 000 000: fee 10 000, cash 2 000, and the owners add
        // 198 000 to reach the minimum.
        let s = settled(before_settle(Money::ZERO, Money::ZERO, Money::euros(1_433_000)));
        let eur = Money::euros;
        assert_eq!(s.ledger.balance(Account::Overdraft), eur(1_000_000));
        assert_eq!(booked(&s, Cause::OverdraftFee), vec![eur(10_000)]);
        assert_eq!(booked(&s, Cause::RescueEquity), vec![eur(198_000)]);
        assert_eq!(s.ledger.balance(Account::SubscribedCapital), eur(998_000)); // 800 000 + 198 000
        assert_eq!(s.ledger.balance(Account::Cash), eur(200_000));
        assert_eq!(s.work.rescue, eur(198_000));
        assert_eq!(
            s.work.warnings,
            vec![
                Warning::Overdraft { drawn: eur(1_000_000), rate: dec!(0.12), min_cash: eur(200_000) },
                Warning::Insolvent { credit_line: eur(1_000_000), rescue: eur(198_000) },
            ]
        );
    }

    #[test]
    fn last_years_overdraft_pays_interest_and_deposit_rates_move_with_events_but_not_below_zero() {
        let mut s = before_settle(Money::ZERO, Money::ZERO, Money::ZERO);
        // Last year ended with 100 000 drawn on the overdraft (cash 400 000).
        let drawn = JournalEntry::transfer(
            0,
            Phase::Settle,
            Cause::OverdraftDrawn,
            Account::Cash,
            Account::Overdraft,
            Money::euros(100_000),
        );
        s.ledger.post_opt(drawn);
        s.work.opening = crate::model::BalanceSheet::from_ledger(&s.ledger);
        s.work.overdraft_rate = dec!(0.14);
        s.conditions.rate_delta = dec!(0.02);
        let s = settled(s);
        // 100 000 × 14 % = 14 000; cash 400 000 × (1 % + 2 %) = 12 000.
        assert_eq!(booked(&s, Cause::OverdraftInterest), vec![Money::euros(14_000)]);
        assert_eq!(booked(&s, Cause::DepositInterest), vec![Money::euros(12_000)]);

        let mut s = before_settle(Money::ZERO, Money::ZERO, Money::ZERO);
        s.conditions.rate_delta = dec!(-0.02); // 1 % − 2 % is floored at 0
        let s = settled(s);
        assert_eq!(booked(&s, Cause::DepositInterest), vec![]);
    }
}
