//! What a closed year leaves behind: each company's annual report and the public market report.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::model::capital::CostOfCapital;
use crate::model::kpi::{KpiInputs, Kpis, compute};
use crate::model::value::Eva;
use crate::model::{BalanceSheet, CashFlowStatement, IncomeStatement, Money};
use crate::scenario::Decisions;

/// One company's annual report for one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct YearReport {
    /// The fiscal year reported (1-based).
    pub year: u32,
    /// The decisions applied (after capping at capacity and limits).
    pub decisions: Decisions,
    /// True when a person decided, false when the computer did.
    pub decided_by_person: bool,
    /// The year's income statement.
    pub income: IncomeStatement,
    /// The balance sheet at the start of the year.
    pub opening: BalanceSheet,
    /// The balance sheet at the end of the year, after closing.
    pub closing: BalanceSheet,
    /// The year's cash-flow statement by the indirect method.
    pub cash_flow: CashFlowStatement,
    /// NOPAT, capital employed, capital charge and EVA of the year.
    pub eva: Eva,
    /// The year's cost of capital: leverage, cost of equity, cost of debt, WACC.
    pub cost_of_capital: CostOfCapital,
    /// Loan interest rate of the year, the bank's credit spread included.
    pub loan_rate: Decimal,
    /// Rescue capital the owners had to put in this year (insolvency); zero normally.
    pub rescue_equity: Money,
    /// The part of the rescue capital charged to the score (× the scenario's rescue penalty).
    pub rescue_charge: Money,
    /// Last year's net revenue (for growth); none in year 1.
    pub prior_net_revenue: Option<Money>,
    /// Units sold / units sold by all companies, over all segments.
    pub market_share: Option<Decimal>,
    /// The scenario's tax rate (for ROIC).
    pub tax_rate: Decimal,
    /// Materials bought on supplier credit (the base of DPO).
    pub material_purchases: Money,
    /// Cumulative score: EVA of every year so far less rescue charges, discounted at each
    /// year's WACC.
    pub score: Money,
    /// Product of 1/(1+WACC) over the years so far (to continue the score).
    pub discount_factor: Decimal,
    /// Units the lines and projects could produce this year.
    pub capacity_units: u64,
    /// Units actually produced.
    pub produced_units: u64,
    /// Units in stock at year end.
    pub inventory_units: u64,
    /// The company's result in each segment, in scenario order.
    pub segments: Vec<SegmentResult>,
    /// Warnings raised while applying the decisions (capacity, loan limit, dividend cap, overdraft).
    pub warnings: Vec<crate::sim::warning::Warning>,
    /// True when the company was insolvent this year (payments beyond the credit line, or
    /// equity gone) and rescued by its owners.
    pub insolvent: bool,
    /// The first year the company was insolvent, if ever up to now: it ranks below every
    /// company that never was.
    pub insolvent_since: Option<u32>,
}

impl YearReport {
    /// Every KPI of the year, derived from the statements (never stored, so it cannot
    /// disagree with them).
    pub fn kpis(&self) -> Kpis {
        compute(&KpiInputs {
            income: &self.income,
            opening: &self.opening,
            closing: &self.closing,
            cash_flow: &self.cash_flow,
            prior_net_revenue: self.prior_net_revenue,
            units_sold: self.segments.iter().map(|s| s.sold_units).sum(),
            units_produced: self.produced_units,
            capacity_units: self.capacity_units,
            market_share: self.market_share,
            tax_rate: self.tax_rate,
            purchases: Some(self.material_purchases),
        })
    }
}

/// One company's result in one segment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SegmentResult {
    /// Units customers wanted from this company (first choice).
    pub demand_units: u64,
    /// Units sold, spill-over from stocked-out competitors included.
    pub sold_units: u64,
    /// List price per unit (€).
    pub list_price: Decimal,
    /// Rebate granted, as a share of the list price.
    pub rebate: Decimal,
    /// List price less rebate, per unit (€).
    pub net_price: Decimal,
    /// Units sold × net price (€).
    pub net_revenue: Money,
    /// Units sold / units sold by all companies in the segment.
    pub market_share: Decimal,
}

/// The public market report of one year: what every team may see.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MarketYear {
    /// The fiscal year reported.
    pub year: u32,
    /// News lines of the year's events.
    pub headlines: Vec<String>,
    /// The material price index of the year (1 = the scenario's material cost).
    pub material_index: Decimal,
    /// Each segment's public figures, in scenario order.
    pub segments: Vec<SegmentMarket>,
}

/// One segment's public figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SegmentMarket {
    /// Units customers wanted (first choice, before spill-over).
    pub demand_units: u64,
    /// Units sold by all companies together.
    pub sold_units: u64,
    /// Volume-weighted net price; 0 when nothing was sold.
    pub avg_net_price: Decimal,
}
