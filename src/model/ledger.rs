//! The double-entry ledger: journal entries that cannot be unbalanced, and account balances.
//!
//! Architecture invariant: the only way to change a balance is [`Ledger::post`] with a
//! [`JournalEntry`], and a `JournalEntry` can only be built balanced, so the sum of all
//! debit balances always equals the sum of all credit balances, to the cent.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use smallvec::{SmallVec, smallvec};
use thiserror::Error;

use super::account::{ACCOUNT_COUNT, Account};
use super::money::Money;

/// Debit or credit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Side {
    /// Left side: increases assets and expenses.
    Debit,
    /// Right side: increases liabilities, equity and income.
    Credit,
}

/// The phase of the fiscal year in which an entry was booked (DESIGN §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Phase {
    /// Before the first year: the scenario's opening balance sheet.
    Opening,
    /// Events of the year and the opening balance sheet recorded.
    Open,
    /// Decisions taken and held to the company's limits.
    Decide,
    /// Overdraft repaid, lines and projects bought, loans, equity and dividends.
    InvestAndFinance,
    /// Production: materials on supplier credit, labour in cash.
    Produce,
    /// Brand and quality stocks updated and every segment cleared.
    Market,
    /// Revenue, rebates, receivables and cost of goods sold.
    Sell,
    /// Operating expenses, depreciation and retirement of assets.
    Operate,
    /// Collections, supplier payments, tax, interest, overdraft and rescue.
    Settle,
    /// Income tax, closing into retained earnings and the year's statements.
    Close,
}

/// What caused an entry: the decision, market outcome or rule behind it.
///
/// Segment and project causes carry the index into the scenario's lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Cause {
    /// The opening balance sheet of the scenario.
    OpeningBalance,
    /// Decision: production lines bought.
    CapacityBought,
    /// Decision: a catalogue project started.
    ProjectStarted {
        /// Index into the scenario's project catalogue.
        project: u16,
    },
    /// Decision: loan drawn.
    LoanDrawn,
    /// Decision: loan repaid.
    LoanRepaid,
    /// Decision: new equity raised.
    EquityRaised,
    /// Decision: dividend paid.
    DividendPaid,
    /// Last year's overdraft repaid at the start of the year.
    OverdraftRepaid,
    /// Decision: production (materials on supplier credit, labour in cash).
    Production,
    /// Market outcome: units sold in a segment at list price.
    Sales {
        /// Index into the scenario's segments.
        segment: u16,
    },
    /// Decision: rebate granted in a segment.
    Rebates {
        /// Index into the scenario's segments.
        segment: u16,
    },
    /// Units sold leave inventory at weighted-average cost.
    CostOfSales,
    /// Decision: marketing budget.
    Marketing,
    /// Decision: R&D budget.
    Rnd,
    /// Decision: sales headcount.
    SalesForce,
    /// Fixed administration cost of the scenario.
    Admin,
    /// Market outcome: cost to serve the units sold in a segment.
    CostToServe {
        /// Index into the scenario's segments.
        segment: u16,
    },
    /// Carrying cost of the inventory at year end.
    InventoryHolding,
    /// Straight-line depreciation of production lines and projects.
    Depreciation,
    /// A line or project at the end of its life leaves the books (gross cost against its
    /// accumulated depreciation; nothing is left to write off).
    AssetRetired,
    /// Payment terms: cash collected from customers.
    Collections,
    /// Supplier terms: cash paid to suppliers.
    SupplierPayments,
    /// Last year's tax paid.
    TaxPaid,
    /// Interest on long-term loans.
    LoanInterest,
    /// Interest on last year's overdraft.
    OverdraftInterest,
    /// Interest earned on cash.
    DepositInterest,
    /// Automatic overdraft drawn because cash fell below the minimum.
    OverdraftDrawn,
    /// Fee on the overdraft drawn.
    OverdraftFee,
    /// Insolvency: the owners' forced rescue capital (the credit line was exhausted or
    /// equity fell to zero or below).
    RescueEquity,
    /// Income tax on the year's profit, after loss carry-forward.
    TaxCharge,
    /// Closing the income statement into retained earnings.
    YearEndClosing,
}

/// One debit or credit of an entry. `amount` is never negative.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// The account booked.
    pub account: Account,
    /// Whether the line debits or credits the account.
    pub side: Side,
    /// The amount in euros, never negative.
    pub amount: Money,
}

impl Line {
    /// A debit line.
    pub fn debit(account: Account, amount: Money) -> Line {
        Line { account, side: Side::Debit, amount }
    }

    /// A credit line.
    pub fn credit(account: Account, amount: Money) -> Line {
        Line { account, side: Side::Credit, amount }
    }
}

/// Why an entry could not be built.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum LedgerError {
    /// The debits and credits of the entry differ.
    #[error("entry for {cause:?} does not balance: debits {debits}, credits {credits}")]
    Unbalanced {
        /// What the entry was for.
        cause: Cause,
        /// Sum of the debit lines in euros.
        debits: Money,
        /// Sum of the credit lines in euros.
        credits: Money,
    },
    /// A line carries a negative amount; the side says the direction instead.
    #[error("entry for {cause:?} has a negative line amount {amount} on {account:?}")]
    NegativeAmount {
        /// What the entry was for.
        cause: Cause,
        /// The account of the negative line.
        account: Account,
        /// The negative amount in euros.
        amount: Money,
    },
    /// The entry has no lines at all.
    #[error("entry for {cause:?} has no lines")]
    Empty {
        /// What the entry was for.
        cause: Cause,
    },
}

/// A balanced set of lines booked together, with its year, phase and cause.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    year: u32,
    phase: Phase,
    cause: Cause,
    /// Most entries have two lines; they are kept inline, without a heap allocation.
    lines: SmallVec<[Line; 2]>,
}

impl JournalEntry {
    /// Builds an entry; fails unless the debits equal the credits and no amount is negative.
    pub fn new(year: u32, phase: Phase, cause: Cause, lines: Vec<Line>) -> Result<Self, LedgerError> {
        if lines.is_empty() {
            return Err(LedgerError::Empty { cause });
        }
        let mut debits = Money::ZERO;
        let mut credits = Money::ZERO;
        for line in &lines {
            if line.amount.is_negative() {
                return Err(LedgerError::NegativeAmount { cause, account: line.account, amount: line.amount });
            }
            match line.side {
                Side::Debit => debits += line.amount,
                Side::Credit => credits += line.amount,
            }
        }
        if debits != credits {
            return Err(LedgerError::Unbalanced { cause, debits, credits });
        }
        Ok(JournalEntry { year, phase, cause, lines: SmallVec::from_vec(lines) })
    }

    /// A two-line entry moving `amount` from `credit` to `debit`. A negative amount swaps
    /// the sides, so callers can book signed changes. Returns `None` for a zero amount.
    pub fn transfer(
        year: u32,
        phase: Phase,
        cause: Cause,
        debit: Account,
        credit: Account,
        amount: Money,
    ) -> Option<Self> {
        if amount.is_zero() {
            return None;
        }
        let (debit, credit, amount) =
            if amount.is_negative() { (credit, debit, -amount) } else { (debit, credit, amount) };
        Some(JournalEntry {
            year,
            phase,
            cause,
            lines: smallvec![Line::debit(debit, amount), Line::credit(credit, amount)],
        })
    }

    /// Fiscal year the entry belongs to (0 for the opening balance).
    pub fn year(&self) -> u32 {
        self.year
    }

    /// Phase in which the entry was booked.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// What caused the entry.
    pub fn cause(&self) -> Cause {
        self.cause
    }

    /// The debit and credit lines.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// Total of the debit lines (equal to the credit total).
    pub fn total(&self) -> Money {
        self.lines.iter().filter(|l| l.side == Side::Debit).map(|l| l.amount).sum()
    }
}

/// A company's books: the journal and the running balance of every account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ledger {
    /// Debit-positive balance per account, indexed by [`Account::index`].
    balances: [Money; ACCOUNT_COUNT],
    journal: Vec<JournalEntry>,
}

impl Default for Ledger {
    fn default() -> Self {
        Ledger { balances: [Money::ZERO; ACCOUNT_COUNT], journal: Vec::new() }
    }
}

impl Ledger {
    /// An empty ledger.
    pub fn new() -> Ledger {
        Ledger::default()
    }

    /// Makes room for `entries` more journal entries, so a game's years do not regrow it.
    pub fn reserve(&mut self, entries: usize) {
        self.journal.reserve(entries);
    }

    /// Books an entry.
    pub fn post(&mut self, entry: JournalEntry) {
        for line in &entry.lines {
            let balance = &mut self.balances[line.account.index()];
            match line.side {
                Side::Debit => *balance += line.amount,
                Side::Credit => *balance -= line.amount,
            }
        }
        self.journal.push(entry);
    }

    /// Books an entry when there is one (see [`JournalEntry::transfer`]).
    pub fn post_opt(&mut self, entry: Option<JournalEntry>) {
        if let Some(entry) = entry {
            self.post(entry);
        }
    }

    /// Balance in the account's natural sign: assets and expenses positive when debit,
    /// liabilities, equity and income positive when credit.
    pub fn balance(&self, account: Account) -> Money {
        let debit = self.balances[account.index()];
        if account.is_debit_normal() { debit } else { -debit }
    }

    /// Sum of all debit-positive balances; zero whenever the books balance.
    pub fn trial_balance(&self) -> Money {
        self.balances.iter().copied().sum()
    }

    /// Every entry booked, in booking order.
    pub fn journal(&self) -> &[JournalEntry] {
        &self.journal
    }

    /// The entries of one fiscal year.
    pub fn entries_of_year(&self, year: u32) -> impl Iterator<Item = &JournalEntry> {
        self.journal.iter().filter(move |e| e.year == year)
    }

    /// Recomputes every balance from the journal; equal to the running balances unless
    /// the ledger was corrupted (used when a save game is read back).
    pub fn balances_from_journal(&self) -> [Money; ACCOUNT_COUNT] {
        let mut balances = [Money::ZERO; ACCOUNT_COUNT];
        for entry in &self.journal {
            for line in &entry.lines {
                let signed = match line.side {
                    Side::Debit => line.amount,
                    Side::Credit => -line.amount,
                };
                balances[line.account.index()] += signed;
            }
        }
        balances
    }

    /// True when the running balances equal the ones recomputed from the journal.
    pub fn is_consistent(&self) -> bool {
        self.balances == self.balances_from_journal()
            && self.journal.iter().all(|e| JournalEntry::new(e.year, e.phase, e.cause, e.lines.to_vec()).is_ok())
    }

    /// A ledger with the same balances whose journal is one balanced entry carrying them
    /// forward: what a pro-forma needs, without the cost of copying the history.
    pub fn carried_forward(&self, year: u32) -> Ledger {
        let lines: Vec<Line> = Account::ALL
            .into_iter()
            .filter_map(|account| {
                let debit = self.balances[account.index()];
                if debit.is_positive() {
                    Some(Line::debit(account, debit))
                } else if debit.is_negative() {
                    Some(Line::credit(account, -debit))
                } else {
                    None
                }
            })
            .collect();
        let mut ledger = Ledger::new();
        // The lines reproduce balances whose sum is zero, so the entry balances.
        if let Ok(entry) = JournalEntry::new(year, Phase::Opening, Cause::OpeningBalance, lines) {
            ledger.post(entry);
        }
        ledger
    }

    /// Closes every income-statement account into retained earnings for `year`.
    pub fn close_year(&mut self, year: u32) {
        let mut lines = Vec::new();
        let mut net_income = Money::ZERO;
        for account in Account::ALL.into_iter().filter(|a| a.is_profit_and_loss()) {
            let debit = self.balances[account.index()];
            if debit.is_zero() {
                continue;
            }
            // Reverse the balance: a debit balance is closed by a credit and vice versa.
            if debit.is_positive() {
                lines.push(Line::credit(account, debit));
            } else {
                lines.push(Line::debit(account, -debit));
            }
            net_income -= debit;
        }
        if lines.is_empty() {
            return;
        }
        if net_income.is_positive() {
            lines.push(Line::credit(Account::RetainedEarnings, net_income));
        } else if net_income.is_negative() {
            lines.push(Line::debit(Account::RetainedEarnings, -net_income));
        }
        // Balanced by construction: the closing lines reverse the P&L balances and the
        // retained-earnings line takes their sum.
        if let Ok(entry) = JournalEntry::new(year, Phase::Close, Cause::YearEndClosing, lines) {
            self.post(entry);
        }
    }
}

/// A `Decimal` share helper kept here so callers do not re-derive it: `part / whole`, or
/// zero when `whole` is zero.
pub fn ratio(part: Money, whole: Money) -> Decimal {
    if whole.is_zero() { Decimal::ZERO } else { part.amount() / whole.amount() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unbalanced_entry_cannot_be_built() {
        let err = JournalEntry::new(
            1,
            Phase::Sell,
            Cause::Sales { segment: 0 },
            vec![
                Line::debit(Account::Receivables, Money::euros(100)),
                Line::credit(Account::Revenue, Money::euros(99)),
            ],
        );
        assert_eq!(
            err,
            Err(LedgerError::Unbalanced {
                cause: Cause::Sales { segment: 0 },
                debits: Money::euros(100),
                credits: Money::euros(99)
            })
        );
    }

    #[test]
    fn negative_transfer_swaps_sides() {
        let entry = JournalEntry::transfer(
            1,
            Phase::InvestAndFinance,
            Cause::LoanDrawn,
            Account::Cash,
            Account::Loans,
            Money::euros(-50),
        );
        let entry = entry.expect("non-zero amount");
        assert_eq!(entry.lines()[0], Line::debit(Account::Loans, Money::euros(50)));
        assert_eq!(entry.lines()[1], Line::credit(Account::Cash, Money::euros(50)));
    }

    #[test]
    fn closing_moves_profit_to_retained_earnings() {
        let mut ledger = Ledger::new();
        // Sell for 1 000 on credit, spend 300 in cash: profit 700.
        ledger.post_opt(JournalEntry::transfer(
            1,
            Phase::Sell,
            Cause::Sales { segment: 0 },
            Account::Receivables,
            Account::Revenue,
            Money::euros(1000),
        ));
        ledger.post_opt(JournalEntry::transfer(
            1,
            Phase::Operate,
            Cause::Marketing,
            Account::Marketing,
            Account::Cash,
            Money::euros(300),
        ));
        ledger.close_year(1);
        assert_eq!(ledger.balance(Account::RetainedEarnings), Money::euros(700));
        assert_eq!(ledger.balance(Account::Revenue), Money::ZERO);
        assert_eq!(ledger.balance(Account::Marketing), Money::ZERO);
        assert_eq!(ledger.trial_balance(), Money::ZERO);
        assert!(ledger.is_consistent());
    }
}
