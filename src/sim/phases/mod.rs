//! The systems of the fiscal year, one file per phase (DESIGN §2), each a thin ECS wrapper
//! around a pure rule that books into one company's ledger.

pub mod close;
pub mod decide;
pub mod invest;
pub mod market;
pub mod open;
pub mod operate;
pub mod produce;
pub mod sell;
pub mod settle;
#[cfg(test)]
mod testing;
