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
use crate::model::rounding::round;
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
    round(debt.checked_div(debt + equity.amount()).unwrap_or(Decimal::ZERO).min(MAX_LEVERAGE), 10)
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

/// The leverage (net debt / capital) with the lowest WACC at this year's loan rate, the
/// bank's spread taken at the same leverage: where the tax shield of one more euro of debt no
/// longer pays for the dearer debt and equity.
///
/// With k_E from Hamada, WACC(L) = k_U + L·a + (1 − t)·s·L·max(0, L − f), where
/// a = (1 − t)(k_U − r_f + k_D) − k_U is the slope below the spread-free leverage f and s the
/// spread per unit of leverage above it. If a ≥ 0 debt never pays (0); otherwise the minimum
/// is at L* = (f − a / ((1 − t)·s)) / 2, never below f, capped at [`MAX_LEVERAGE`].
pub fn best_leverage(scenario: &Scenario, conditions: &Conditions) -> Decimal {
    let market = capital_market(scenario);
    let spread = credit_spread(scenario);
    let base = conditions.loan_rate(scenario);
    let keep = Decimal::ONE - market.tax_rate;
    let slope =
        keep * (market.unlevered_cost_of_equity - market.risk_free_rate + base) - market.unlevered_cost_of_equity;
    if slope >= Decimal::ZERO {
        return Decimal::ZERO;
    }
    let curvature = keep * spread.per_leverage;
    let Some(ratio) = slope.checked_div(curvature).filter(|_| curvature > Decimal::ZERO) else {
        return MAX_LEVERAGE;
    };
    ((spread.free_leverage - ratio) / Decimal::TWO).max(spread.free_leverage).min(MAX_LEVERAGE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::capital::cost_at_leverage;
    use crate::scenario::{DEFAULT_SCENARIO, parse_scenario};
    use rust_decimal_macros::dec;

    fn default() -> (Scenario, Conditions) {
        let scenario = parse_scenario(DEFAULT_SCENARIO, None).expect("default scenario is valid");
        let conditions = Conditions::initial(&scenario);
        (scenario, conditions)
    }

    /// The lowest WACC on a grid of 0,001 steps, for comparison with the closed form.
    fn scanned_best(scenario: &Scenario, conditions: &Conditions) -> Decimal {
        let market = capital_market(scenario);
        let spread = credit_spread(scenario);
        let base = conditions.loan_rate(scenario);
        (0..=900)
            .map(|step| Decimal::new(step, 3))
            .min_by_key(|&l| cost_at_leverage(l, false, &market, base + spread.at(l)).wacc)
            .unwrap_or_default()
    }

    #[test]
    fn best_leverage_of_the_default_scenario_is_the_spread_free_limit() {
        // a = 0,7 × (0,09 − 0,03 + 0,05) − 0,09 = −0,013 (debt pays below 35 %);
        // L* = (0,35 + 0,013 / (0,7 × 0,08)) / 2 = 0,2911 < 0,35, so the kink is best.
        let (scenario, conditions) = default();
        assert_eq!(best_leverage(&scenario, &conditions), dec!(0.35));
        assert_eq!(scanned_best(&scenario, &conditions), dec!(0.35));
    }

    #[test]
    fn best_leverage_with_a_flat_spread_lies_beyond_the_kink() {
        // s = 0,02: L* = (0,35 + 0,013 / 0,014) / 2 = (0,35 + 0,928571…) / 2 = 0,639285…
        let (mut scenario, conditions) = default();
        scenario.finance.spread_per_leverage = dec!(0.02);
        let best = best_leverage(&scenario, &conditions);
        assert_eq!(round(best, 4), dec!(0.6393));
        assert!((scanned_best(&scenario, &conditions) - best).abs() <= dec!(0.001));
    }

    #[test]
    fn debt_never_pays_when_it_costs_more_than_its_shield() {
        // Loan rate 12 %: a = 0,7 × (0,09 − 0,03 + 0,12) − 0,09 = 0,036 > 0.
        let (mut scenario, conditions) = default();
        scenario.finance.loan_rate = dec!(0.12);
        assert_eq!(best_leverage(&scenario, &conditions), Decimal::ZERO);
        assert_eq!(scanned_best(&scenario, &conditions), Decimal::ZERO);
    }

    #[test]
    fn idle_debt_raises_the_rate_and_never_lowers_the_wacc() {
        let (scenario, conditions) = default();
        let opening = BalanceSheet {
            cash: Money::euros(1_000_000),
            loans: Money::euros(4_000_000),
            total_equity: Money::euros(6_000_000),
            ..BalanceSheet::default()
        };
        let plain = year_rates(&scenario, &conditions, &opening, opening.loans, Money::ZERO);
        // Gross leverage 4/10 = 0,4: spread 0,05 × 0,08 = 0,4 points.
        assert_eq!(plain.loan_rate, dec!(0.054));
        // 11 M€ more borrowed and left on the account: 15/21 = 0,714…, spread 2,91… points.
        let idle = year_rates(&scenario, &conditions, &opening, opening.loans + Money::euros(11_000_000), Money::ZERO);
        assert!(idle.loan_rate > dec!(0.079), "loan rate {}", idle.loan_rate);
        // Next year's books: the same net debt (cash and loans both 11 M€ higher).
        let hoarding = BalanceSheet {
            cash: opening.cash + Money::euros(11_000_000),
            loans: opening.loans + Money::euros(11_000_000),
            ..opening
        };
        let before = year_cost_of_capital(&scenario, &plain, &opening).wacc;
        let after = year_cost_of_capital(&scenario, &idle, &hoarding).wacc;
        assert!(after > before, "WACC {before} → {after}");
    }
}
