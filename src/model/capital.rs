//! The cost of capital (DESIGN §8, docs/economics.md): leverage on net debt, a cost of equity
//! that rises with it, debt at the rate actually paid, and the WACC that follows.
//!
//! The choices, and why:
//! - **Net debt.** Debt is loans + overdraft − cash. Cash is outside capital employed, so
//!   it is netted here: money borrowed and left on the account changes neither capital
//!   employed nor leverage, and cannot lower the WACC (the interest it costs shows in net
//!   income). Net cash counts as zero debt.
//! - **Book weights.** L = D / (D + E) with book equity: the game has no share price, and
//!   book values are what a player can read off the balance sheet.
//! - **Levered cost of equity (Hamada):** k_E = k_U + (k_U − r_f)(1 − t) · D/E. Owners of a
//!   geared company carry more risk and ask for more.
//! - **Debt at the rate paid.** k_D is the blended rate of the year's loans and overdraft,
//!   each with the bank's credit spread, the overdraft with its fee.
//! - **Distress.** Leverage is capped at [`MAX_LEVERAGE`]; a company without positive equity
//!   is charged as if at the cap, so negative equity never buys cheap capital.
//!
//! With a spread that grows with leverage this gives the textbook shape: moderate debt
//! lowers WACC a little (the tax shield), heavy debt raises it.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::money::Money;
use super::statements::BalanceSheet;
use crate::model::rounding::round;

/// Highest leverage D/(D+E) the formula uses (and what a company without positive equity
/// is charged at): 0,9, i.e. D/E = 9.
pub const MAX_LEVERAGE: Decimal = Decimal::from_parts(9, 0, 0, false, 1);

/// The capital market a scenario sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CapitalMarket {
    /// Cost of equity of a company without debt, k_U.
    pub unlevered_cost_of_equity: Decimal,
    /// Riskless rate r_f (below k_U).
    pub risk_free_rate: Decimal,
    /// Income-tax rate t (the tax shield of interest).
    pub tax_rate: Decimal,
}

/// The bank's credit spread: nothing up to `free_leverage`, then `per_leverage` for every
/// unit of leverage above it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CreditSpread {
    /// Gross leverage (debt over debt plus equity, a fraction) up to which the bank adds no spread.
    pub free_leverage: Decimal,
    /// Spread added per unit of leverage above `free_leverage` (0.1 of leverage above it adds 0.1 × this).
    pub per_leverage: Decimal,
}

impl CreditSpread {
    /// The spread at leverage `leverage` (a fraction).
    pub fn at(&self, leverage: Decimal) -> Decimal {
        (leverage - self.free_leverage).max(Decimal::ZERO).saturating_mul(self.per_leverage)
    }
}

/// Net debt: loans + overdraft − cash (negative: net cash).
pub fn net_debt(sheet: &BalanceSheet) -> Money {
    sheet.debt() - sheet.cash
}

/// Book leverage D/(D+E) on net debt, capped at [`MAX_LEVERAGE`]; net cash is 0, equity
/// that is not positive is the cap. Returns (leverage, distressed).
pub fn leverage(sheet: &BalanceSheet) -> (Decimal, bool) {
    leverage_of(net_debt(sheet), sheet.total_equity)
}

/// Book leverage D/(D+E) of `net_debt` and book `equity`, as [`leverage`] takes it from a
/// sheet (the customer lab's published reports define net debt with more lines).
pub fn leverage_of(net_debt: Money, equity: Money) -> (Decimal, bool) {
    let equity = equity.amount();
    if equity <= Decimal::ZERO {
        return (MAX_LEVERAGE, true);
    }
    let debt = net_debt.amount().max(Decimal::ZERO);
    let leverage = debt.checked_div(debt.saturating_add(equity)).unwrap_or(Decimal::ZERO);
    (leverage.min(MAX_LEVERAGE), false)
}

/// The blended rate actually paid on `loans` at `loan_rate` and `overdraft` at
/// `overdraft_rate` (fee included); `loan_rate` when there is no debt (the marginal rate).
pub fn blended_cost_of_debt(loans: Money, loan_rate: Decimal, overdraft: Money, overdraft_rate: Decimal) -> Decimal {
    let debt = (loans + overdraft).amount();
    if debt <= Decimal::ZERO {
        return loan_rate;
    }
    let interest =
        loans.amount().saturating_mul(loan_rate).saturating_add(overdraft.amount().saturating_mul(overdraft_rate));
    round(interest.checked_div(debt).unwrap_or(loan_rate), 12)
}

/// A company's cost of capital for one year and how it was made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CostOfCapital {
    /// Book leverage D/(D+E) on net debt, as used (capped).
    pub leverage: Decimal,
    /// True when equity was not positive: charged at the cap.
    pub distressed: bool,
    /// Levered cost of equity k_E.
    pub cost_of_equity: Decimal,
    /// Rate paid on debt k_D (before tax).
    pub cost_of_debt: Decimal,
    /// WACC = (1 − L)·k_E + L·k_D·(1 − t).
    pub wacc: Decimal,
}

/// The cost of capital of a company whose year starts with `opening` and whose debt costs
/// `cost_of_debt` (see [`blended_cost_of_debt`]).
pub fn cost_of_capital(opening: &BalanceSheet, market: &CapitalMarket, cost_of_debt: Decimal) -> CostOfCapital {
    let (leverage, distressed) = leverage(opening);
    cost_at_leverage(leverage, distressed, market, cost_of_debt)
}

/// The cost of capital with a cost of equity the analyst gives (for a published report,
/// where k_E comes from the company's own beta): the same net-debt book weights and cap.
/// A company without positive equity is charged the whole capital at the higher of k_E and
/// k_D: with a fixed k_E, the 90 % debt weight would otherwise make its capital cheap.
pub fn cost_with_cost_of_equity(
    opening: &BalanceSheet,
    cost_of_equity: Decimal,
    cost_of_debt: Decimal,
    tax_rate: Decimal,
) -> CostOfCapital {
    let (leverage, distressed) = leverage(opening);
    cost_with_leverage(leverage, distressed, cost_of_equity, cost_of_debt, tax_rate)
}

/// [`cost_with_cost_of_equity`] at a leverage already known ([`leverage_of`]).
pub fn cost_with_leverage(
    leverage: Decimal,
    distressed: bool,
    cost_of_equity: Decimal,
    cost_of_debt: Decimal,
    tax_rate: Decimal,
) -> CostOfCapital {
    if distressed {
        let wacc = cost_of_equity.max(cost_of_debt);
        return CostOfCapital { leverage, distressed, cost_of_equity, cost_of_debt, wacc };
    }
    let wacc = (Decimal::ONE - leverage)
        .saturating_mul(cost_of_equity)
        .saturating_add(leverage.saturating_mul(cost_of_debt).saturating_mul(Decimal::ONE.saturating_sub(tax_rate)));
    CostOfCapital { leverage, distressed, cost_of_equity, cost_of_debt, wacc }
}

/// The cost of capital at a given leverage (for tables and charts of the WACC curve).
pub fn cost_at_leverage(
    leverage: Decimal,
    distressed: bool,
    market: &CapitalMarket,
    cost_of_debt: Decimal,
) -> CostOfCapital {
    // Ten places for leverage and twelve for the rates: far below anything shown or booked,
    // and it keeps the products short (a 28-digit chain is slow to multiply).
    let leverage = round(leverage.clamp(Decimal::ZERO, MAX_LEVERAGE), 10);
    let after_tax = Decimal::ONE.saturating_sub(market.tax_rate);
    let debt_to_equity = leverage.checked_div(Decimal::ONE - leverage).unwrap_or(Decimal::ZERO);
    let premium = (market.unlevered_cost_of_equity - market.risk_free_rate).max(Decimal::ZERO);
    let cost_of_equity = round(
        market
            .unlevered_cost_of_equity
            .saturating_add(premium.saturating_mul(after_tax).saturating_mul(debt_to_equity)),
        12,
    );
    // (1 − L)·k_E = (1 − L)·k_U + premium·(1 − t)·L, since (1 − L)·D/E = L; so
    // WACC = k_U + L·((1 − t)·(premium + k_D) − k_U).
    let slope = after_tax.saturating_mul(premium.saturating_add(cost_of_debt)) - market.unlevered_cost_of_equity;
    let wacc = round(market.unlevered_cost_of_equity.saturating_add(leverage.saturating_mul(slope)), 12);
    CostOfCapital { leverage, distressed, cost_of_equity, cost_of_debt, wacc }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::opening;
    use rust_decimal_macros::dec;

    fn market() -> CapitalMarket {
        CapitalMarket { unlevered_cost_of_equity: dec!(0.10), risk_free_rate: dec!(0.03), tax_rate: dec!(0.30) }
    }

    #[test]
    fn leverage_nets_cash_against_debt() {
        // Fixture: loans 300 000, cash 100 000 → net debt 200 000; equity 500 000;
        // L = 200 000 / 700 000 = 2/7.
        let (l, distressed) = leverage(&opening());
        assert_eq!(l, dec!(200000) / dec!(700000));
        assert!(!distressed);
    }

    #[test]
    fn cost_of_equity_rises_with_leverage_hamada() {
        // L = 2/7 → D/E = 0,4; k_E = 10 % + 7 % × 0,7 × 0,4 = 11,96 %.
        // WACC = 5/7 × 11,96 % + 2/7 × 5 % × 0,7 = 8,542857… % + 1 % = 9,542857… %.
        let c = cost_of_capital(&opening(), &market(), dec!(0.05));
        assert_eq!(round(c.cost_of_equity, 10), dec!(0.1196));
        assert_eq!(round(c.wacc, 10), round(dec!(5) / dec!(7) * dec!(0.1196) + dec!(0.01), 10));
    }

    #[test]
    fn an_analysed_company_without_equity_gets_no_cheap_capital() {
        let broke = BalanceSheet { loans: Money::euros(1_000_000), total_equity: Money::euros(-10), ..opening() };
        // Without the rule: 10 % × 10 % + 90 % × 6 % × 0,7 = 4,78 %; with it: max(10 %, 6 %).
        let c = cost_with_cost_of_equity(&broke, dec!(0.10), dec!(0.06), dec!(0.30));
        assert!(c.distressed);
        assert_eq!(c.wacc, dec!(0.10));
        let c = cost_with_cost_of_equity(&broke, dec!(0.05), dec!(0.08), dec!(0.30));
        assert_eq!(c.wacc, dec!(0.08));
    }

    #[test]
    fn idle_borrowed_cash_changes_nothing() {
        // Borrow 1 000 000 and keep it: cash and loans both rise, net debt does not.
        let o = opening();
        let geared = BalanceSheet::from_lines(crate::model::BalanceLines {
            cash: o.cash + Money::euros(1_000_000),
            loans: o.loans + Money::euros(1_000_000),
            ..o.lines_given()
        });
        assert!(geared.balances());
        assert_eq!(cost_of_capital(&geared, &market(), dec!(0.05)), cost_of_capital(&o, &market(), dec!(0.05)));
    }

    #[test]
    fn the_wacc_curve_is_u_shaped_with_a_spread() {
        // WACC = k_U + L·[(1 − t)(k_D − r_f) − t·k_U] (the Hamada form, simplified). With
        // k_D = 5 % + 5 % × (L − 0,2)⁺: L = 0 → 10 %; L = 0,4 → 10 % + 0,4 × (0,7 × 3 % − 3 %)
        // = 9,64 %; L = 0,9 → k_D 8,5 %, 10 % + 0,9 × (0,7 × 5,5 % − 3 %) = 10,765 %.
        let spread = CreditSpread { free_leverage: dec!(0.2), per_leverage: dec!(0.05) };
        let at = |l: Decimal| round(cost_at_leverage(l, false, &market(), dec!(0.05) + spread.at(l)).wacc, 10);
        assert_eq!(at(dec!(0)), dec!(0.10));
        assert_eq!(at(dec!(0.4)), dec!(0.0964));
        assert_eq!(at(dec!(0.9)), dec!(0.10765));
    }

    #[test]
    fn negative_equity_is_charged_at_the_cap() {
        let o = opening();
        let broke = BalanceSheet::from_lines(crate::model::BalanceLines {
            loans: o.loans + Money::euros(600_000),
            retained_earnings: o.retained_earnings - Money::euros(600_000),
            ..o.lines_given()
        });
        let c = cost_of_capital(&broke, &market(), dec!(0.08));
        assert!(c.distressed);
        assert_eq!(c.leverage, dec!(0.9));
        // D/E = 9: k_E = 10 % + 7 % × 0,7 × 9 = 54,1 %; WACC = 0,1 × 54,1 % + 0,9 × 8 % × 0,7 = 10,45 %.
        assert_eq!(round(c.cost_of_equity, 10), dec!(0.541));
        assert_eq!(round(c.wacc, 10), dec!(0.1045));
    }

    #[test]
    fn blended_debt_rate_weights_each_kind_by_its_balance() {
        // 3 M at 5 % and 1 M at 12 % (11 % + 1 % fee): (150 000 + 120 000) / 4 M = 6,75 %.
        let r = blended_cost_of_debt(Money::euros(3_000_000), dec!(0.05), Money::euros(1_000_000), dec!(0.12));
        assert_eq!(r, dec!(0.0675));
        assert_eq!(blended_cost_of_debt(Money::ZERO, dec!(0.05), Money::ZERO, dec!(0.12)), dec!(0.05));
    }
}
