//! The chart of accounts every company books into (DESIGN §4).

use serde::{Deserialize, Serialize};

/// Where an account appears in the statements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountKind {
    /// Balance-sheet asset, debit-normal.
    Asset,
    /// Reduces an asset (accumulated depreciation), credit-normal.
    ContraAsset,
    /// Balance-sheet liability, credit-normal.
    Liability,
    /// Equity, credit-normal.
    Equity,
    /// Income-statement income, credit-normal.
    Income,
    /// Reduces revenue (rebates), debit-normal.
    ContraIncome,
    /// Income-statement expense, debit-normal.
    Expense,
}

/// One account of the chart. The order is the order of the statements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Account {
    /// Cash at bank, which earns deposit interest.
    Cash,
    /// Trade receivables: sales not yet collected under the payment terms (DSO).
    Receivables,
    /// Finished goods at weighted-average production cost.
    Inventory,
    /// Property, plant and equipment (lines and projects) at purchase cost.
    PpeGross,
    /// Depreciation charged so far on the PP&E still held.
    AccumulatedDepreciation,
    /// Trade payables: materials bought on supplier credit and not yet paid (DPO).
    Payables,
    /// Income tax charged this year, paid in the next.
    TaxPayable,
    /// Long-term bank loans.
    Loans,
    /// The automatic overdraft drawn when cash falls below the minimum.
    Overdraft,
    /// Share capital paid in by the owners, including rescue capital.
    SubscribedCapital,
    /// Profits kept in the company, net of dividends; losses reduce it.
    RetainedEarnings,
    /// Sales at list price.
    Revenue,
    /// Rebates granted to customers, deducted from revenue.
    Rebates,
    /// Cost of goods sold, at weighted-average production cost.
    Cogs,
    /// Marketing budget spent.
    Marketing,
    /// Research and development budget spent.
    Rnd,
    /// Cost of the sales headcount.
    SalesForce,
    /// The scenario's fixed administration cost.
    Admin,
    /// Cost to serve the units sold in each segment.
    CostToServe,
    /// Carrying cost of the inventory held at year end.
    InventoryHolding,
    /// Straight-line depreciation of lines and projects for the year.
    Depreciation,
    /// Interest on loans and last year's overdraft, plus the overdraft fee.
    InterestExpense,
    /// Interest earned on cash.
    InterestIncome,
    /// Income tax on the year's profit, after loss carry-forward.
    TaxExpense,
}

/// Number of accounts in the chart.
pub const ACCOUNT_COUNT: usize = 24;

impl Account {
    /// Every account, in statement order.
    pub const ALL: [Account; ACCOUNT_COUNT] = [
        Account::Cash,
        Account::Receivables,
        Account::Inventory,
        Account::PpeGross,
        Account::AccumulatedDepreciation,
        Account::Payables,
        Account::TaxPayable,
        Account::Loans,
        Account::Overdraft,
        Account::SubscribedCapital,
        Account::RetainedEarnings,
        Account::Revenue,
        Account::Rebates,
        Account::Cogs,
        Account::Marketing,
        Account::Rnd,
        Account::SalesForce,
        Account::Admin,
        Account::CostToServe,
        Account::InventoryHolding,
        Account::Depreciation,
        Account::InterestExpense,
        Account::InterestIncome,
        Account::TaxExpense,
    ];

    /// Position in [`Account::ALL`], used to index balance arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Where the account appears in the statements.
    pub fn kind(self) -> AccountKind {
        use Account::*;
        match self {
            Cash | Receivables | Inventory | PpeGross => AccountKind::Asset,
            AccumulatedDepreciation => AccountKind::ContraAsset,
            Payables | TaxPayable | Loans | Overdraft => AccountKind::Liability,
            SubscribedCapital | RetainedEarnings => AccountKind::Equity,
            Revenue | InterestIncome => AccountKind::Income,
            Rebates => AccountKind::ContraIncome,
            Cogs | Marketing | Rnd | SalesForce | Admin | CostToServe | InventoryHolding | Depreciation
            | InterestExpense | TaxExpense => AccountKind::Expense,
        }
    }

    /// True for accounts whose balance is normally a debit.
    pub fn is_debit_normal(self) -> bool {
        matches!(self.kind(), AccountKind::Asset | AccountKind::ContraIncome | AccountKind::Expense)
    }

    /// True for income-statement accounts, which are closed into retained earnings each year.
    pub fn is_profit_and_loss(self) -> bool {
        matches!(self.kind(), AccountKind::Income | AccountKind::ContraIncome | AccountKind::Expense)
    }

    /// A stable snake_case key, used in JSON, CSV and translation files.
    pub fn key(self) -> &'static str {
        use Account::*;
        match self {
            Cash => "cash",
            Receivables => "receivables",
            Inventory => "inventory",
            PpeGross => "ppe_gross",
            AccumulatedDepreciation => "accumulated_depreciation",
            Payables => "payables",
            TaxPayable => "tax_payable",
            Loans => "loans",
            Overdraft => "overdraft",
            SubscribedCapital => "subscribed_capital",
            RetainedEarnings => "retained_earnings",
            Revenue => "revenue",
            Rebates => "rebates",
            Cogs => "cogs",
            Marketing => "marketing",
            Rnd => "rnd",
            SalesForce => "sales_force",
            Admin => "admin",
            CostToServe => "cost_to_serve",
            InventoryHolding => "inventory_holding",
            Depreciation => "depreciation",
            InterestExpense => "interest_expense",
            InterestIncome => "interest_income",
            TaxExpense => "tax_expense",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_is_in_index_order() {
        for (i, account) in Account::ALL.iter().enumerate() {
            assert_eq!(account.index(), i, "{account:?}");
        }
    }
}
