//! The scenario's capital market applied to one company and year: the bank's rates with its
//! credit spread, and the cost of capital the year's EVA is charged at (docs/economics.md).
//!
//! The bank prices the year's debt by the company's *gross* leverage after the year's
//! financing decisions (loans and overdraft against equity): money borrowed and left on the
//! account raises the rate on every loan, so idle debt is never free. The WACC weights, by
//! contrast, net cash against debt (model::capital).
//!
//! One home for these rules: the phases, the computer players, the decision screen and the
//! project appraisal all ask here.

use rust_decimal::Decimal;

use crate::model::capital::{
    CapitalMarket, CostOfCapital, CreditSpread, MAX_LEVERAGE, blended_cost_of_debt, cost_of_capital,
};
use crate::model::{BalanceSheet, Money};
use crate::scenario::Scenario;
use crate::sim::components::Conditions;

/// The scenario's capital market.
pub fn capital_market(scenario: &Scenario) -> CapitalMarket {
    CapitalMarket {
        unlevered_cost_of_equity: scenario.unlevered_cost_of_equity,
        risk_free_rate: scenario.finance.risk_free_rate,
        tax_rate: scenario.tax_rate,
    }
}

/// The scenario's credit spread schedule.
pub fn credit_spread(scenario: &Scenario) -> CreditSpread {
    CreditSpread {
        free_leverage: scenario.finance.spread_free_leverage,
        per_leverage: scenario.finance.spread_per_leverage,
    }
}

/// Gross leverage as the bank sees it: debt / (debt + equity), capped at
/// [`MAX_LEVERAGE`]; equity that is not positive is the cap.
pub fn gross_leverage(debt: Money, equity: Money) -> Decimal {
    if !equity.is_positive() {
        return MAX_LEVERAGE;
    }
    let debt = debt.positive_part().amount();
    debt.checked_div(debt + equity.amount()).unwrap_or(Decimal::ZERO).min(MAX_LEVERAGE)
}

/// The interest rates a company pays in one year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct YearRates {
    /// The credit spread at the year's gross leverage after financing.
    pub spread: Decimal,
    /// Loan interest: scenario rate + events + spread.
    pub loan_rate: Decimal,
    /// Overdraft interest: scenario rate + events + spread (the fee comes on top when drawn).
    pub overdraft_rate: Decimal,
}

/// The rates of a year that starts with `opening` and whose financing leaves `loans` and
/// changes equity by `equity_change` (equity raised − dividends).
pub fn year_rates(
    scenario: &Scenario,
    conditions: &Conditions,
    opening: &BalanceSheet,
    loans: Money,
    equity_change: Money,
) -> YearRates {
    let leverage = gross_leverage(loans + opening.overdraft, opening.total_equity + equity_change);
    let spread = credit_spread(scenario).at(leverage);
    YearRates {
        spread,
        loan_rate: conditions.loan_rate(scenario) + spread,
        overdraft_rate: conditions.overdraft_rate(scenario) + spread,
    }
}

/// The cost of capital of a year that starts with `opening` at `rates`: debt at the rate
/// actually paid, the overdraft with its fee.
pub fn year_cost_of_capital(scenario: &Scenario, rates: &YearRates, opening: &BalanceSheet) -> CostOfCapital {
    let overdraft_cost = rates.overdraft_rate + scenario.finance.overdraft_fee;
    let cost_of_debt = blended_cost_of_debt(opening.loans, rates.loan_rate, opening.overdraft, overdraft_cost);
    cost_of_capital(opening, &capital_market(scenario), cost_of_debt)
}

/// The cost of capital of the coming year if it is financed as the books stand (no new
/// loans, equity or dividends): what a project is appraised at before the year's decisions.
pub fn coming_cost_of_capital(scenario: &Scenario, conditions: &Conditions, opening: &BalanceSheet) -> CostOfCapital {
    let rates = year_rates(scenario, conditions, opening, opening.loans, Money::ZERO);
    year_cost_of_capital(scenario, &rates, opening)
}

/// The leverage (net debt / capital) with the lowest WACC at this year's loan rate, read off
/// the curve in steps of one point, the bank's spread taken at the same leverage: where the
/// tax shield of one more euro of debt no longer pays for the dearer debt and equity.
pub fn best_leverage(scenario: &Scenario, conditions: &Conditions) -> Decimal {
    let market = capital_market(scenario);
    let spread = credit_spread(scenario);
    let base = conditions.loan_rate(scenario);
    (0..=90)
        .map(|points| Decimal::new(points, 2))
        .min_by_key(|&l| crate::model::capital::cost_at_leverage(l, false, &market, base + spread.at(l)).wacc)
        .unwrap_or(Decimal::ZERO)
}
