//! A company's decisions for one fiscal year: the RON file a team submits (DESIGN §6).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::model::Money;
use crate::scenario::types::SegmentDecision;

/// Everything one company decides for one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decisions {
    /// Company id from the scenario.
    pub company: String,
    /// Fiscal year (1..=scenario years).
    pub year: u32,
    /// One entry per segment, in the scenario's segment order.
    pub segments: Vec<SegmentDecision>,
    /// Units to produce (capped at capacity, with a warning).
    pub production_units: u64,
    /// Marketing budget (€).
    #[serde(default)]
    pub marketing: Money,
    /// R&D budget (€).
    #[serde(default)]
    pub rnd: Money,
    /// New production lines bought at the start of the year.
    #[serde(default)]
    pub lines_bought: u32,
    /// Catalogue projects started this year, by id.
    #[serde(default)]
    pub projects: Vec<String>,
    /// Loan drawn (positive) or repaid (negative), €.
    #[serde(default)]
    pub loan_change: Money,
    /// New equity raised (€).
    #[serde(default)]
    pub equity_raised: Money,
    /// Dividend paid (€, not above distributable retained earnings).
    #[serde(default)]
    pub dividend: Money,
}

impl Decisions {
    /// These decisions as the starting point of `year`: prices, terms, salespeople,
    /// production and budgets kept; investments and financing are decided anew each year,
    /// so none are repeated (no lines, no projects, no loan drawn or repaid, no equity, no
    /// dividend).
    pub fn kept_for(&self, year: u32) -> Decisions {
        Decisions {
            year,
            lines_bought: 0,
            projects: Vec::new(),
            loan_change: Money::ZERO,
            equity_raised: Money::ZERO,
            dividend: Money::ZERO,
            ..self.clone()
        }
    }

    /// Rebate-adjusted net price per unit in segment `i`.
    pub fn net_price(&self, i: usize) -> Decimal {
        self.segments.get(i).map(|s| s.list_price * (Decimal::ONE - s.rebate)).unwrap_or_default()
    }
}
