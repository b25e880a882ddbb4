//! Pure finance: money, the double-entry ledger, statements, KPIs, EVA and investment appraisal.
//!
//! Architecture invariant: nothing in `model` depends on bevy, files or floats for money;
//! every function here can be unit-tested without an `App`.

pub mod account;
pub mod appraisal;
pub mod capital;
pub mod customer;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod format;
pub mod kpi;
pub mod ledger;
pub mod money;
pub mod rounding;
pub mod statements;
pub mod value;

pub use account::{Account, AccountKind};
pub use ledger::{Cause, JournalEntry, Ledger, LedgerError, Line, Phase, Side};
pub use money::Money;
pub use statements::{BalanceLines, BalanceSheet, CashFlowStatement, IncomeLines, IncomeStatement};
