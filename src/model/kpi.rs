//! The KPIs of DESIGN §7, computed from one year's statements, so every report, chart and
//! export reads the same numbers.
//!
//! Conventions:
//! - Ratios are fractions, not percents (0.12 = 12 %) and unrounded `Decimal`s; reports
//!   round when they print. A ratio is `None` where its denominator is zero or its sign
//!   makes the ratio meaningless (each field says when).
//! - Returns (ROE, ROA, ROCE, ROIC) and capital turnover divide by the *average* of the
//!   opening and closing balance sheet, the capital tied up during the year, as EVA does
//!   (DESIGN §8, docs/economics.md). Days, liquidity and structure ratios use the
//!   *closing* sheet, as a reader of the annual report would.
//! - Days use a 365-day year. DSO is based on net revenue (invoices are at net price), DIO
//!   on COGS, DPO on purchases on supplier credit when they are known (the game knows its
//!   material purchases, so DPO equals the supplier terms), else on COGS, the textbook
//!   simplification for a published annual report.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::money::Money;
use super::statements::{BalanceSheet, CashFlowStatement, IncomeStatement};
use super::value;

/// Everything the KPIs of one year are computed from.
#[derive(Clone, Copy, Debug)]
pub struct KpiInputs<'a> {
    /// The year's income statement.
    pub income: &'a IncomeStatement,
    /// The balance sheet at the start of the year.
    pub opening: &'a BalanceSheet,
    /// The balance sheet at the end of the year.
    pub closing: &'a BalanceSheet,
    /// The year's cash-flow statement.
    pub cash_flow: &'a CashFlowStatement,
    /// Net revenue of the year before, when there was one.
    pub prior_net_revenue: Option<Money>,
    /// Units sold in the year.
    pub units_sold: u64,
    /// Units produced in the year.
    pub units_produced: u64,
    /// Units the production lines could make in the year.
    pub capacity_units: u64,
    /// Share of the market's unit sales, as a fraction, when known.
    pub market_share: Option<Decimal>,
    /// Income-tax rate for NOPAT, as a fraction.
    pub tax_rate: Decimal,
    /// Purchases on supplier credit in the year (materials), the base of DPO; `None` when
    /// unknown (a published annual report), and DPO falls back to COGS.
    pub purchases: Option<Money>,
}

/// The KPIs of one year. Ratios are fractions (0.12 = 12 %).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kpis {
    /// Net revenue / prior year's net revenue − 1; `None` without a prior year or when
    /// prior net revenue was not positive (growth from nothing has no rate).
    pub revenue_growth: Option<Decimal>,
    /// Gross profit / net revenue; `None` when net revenue is not positive (also for
    /// every other margin).
    pub gross_margin: Option<Decimal>,
    /// EBITDA / net revenue.
    pub ebitda_margin: Option<Decimal>,
    /// EBIT / net revenue: return on sales (ROS).
    pub ebit_margin: Option<Decimal>,
    /// Net income / net revenue.
    pub net_margin: Option<Decimal>,
    /// Return on equity: net income / average equity; `None` when average equity is not positive.
    pub roe: Option<Decimal>,
    /// Return on assets: EBIT / average total assets; `None` when they are not positive.
    pub roa: Option<Decimal>,
    /// Return on capital employed: EBIT / average capital employed; `None` when capital
    /// employed is not positive (also for ROIC and capital turnover).
    pub roce: Option<Decimal>,
    /// Return on invested capital: NOPAT / average capital employed, NOPAT = EBIT · (1 − t)
    /// rounded to cents, exactly as EVA uses it.
    pub roic: Option<Decimal>,
    /// Net revenue / average capital employed (times per year).
    pub capital_turnover: Option<Decimal>,
    /// Days sales outstanding: closing receivables / net revenue × 365; `None` when net
    /// revenue is not positive.
    pub dso_days: Option<Decimal>,
    /// Days inventory outstanding: closing inventory / COGS × 365; `None` when COGS is not positive.
    pub dio_days: Option<Decimal>,
    /// Days payables outstanding: closing payables / purchases × 365 (COGS when purchases are
    /// not known); `None` when that base is not positive.
    pub dpo_days: Option<Decimal>,
    /// Cash conversion cycle: DSO + DIO − DPO; `None` when any of the three is.
    pub cash_conversion_cycle_days: Option<Decimal>,
    /// Net working capital (trade view): closing receivables + inventory − payables.
    pub net_working_capital: Money,
    /// Current ratio: (cash + receivables + inventory) / (payables + tax payable +
    /// overdraft), closing; `None` without current liabilities.
    pub current_ratio: Option<Decimal>,
    /// Quick ratio: (cash + receivables) / current liabilities, closing; `None` without
    /// current liabilities.
    pub quick_ratio: Option<Decimal>,
    /// Equity ratio: closing equity / closing total assets; `None` when total assets are
    /// not positive. Negative when equity is.
    pub equity_ratio: Option<Decimal>,
    /// Gearing: closing debt (loans + overdraft) / closing equity; `None` when equity is
    /// not positive.
    pub gearing: Option<Decimal>,
    /// Net debt: closing debt − closing cash (negative: net cash).
    pub net_debt: Money,
    /// Net debt / EBITDA (years to repay); `None` when EBITDA is not positive. Negative
    /// with net cash.
    pub net_debt_to_ebitda: Option<Decimal>,
    /// Interest coverage: EBIT / interest expense (gross, before interest income); `None`
    /// without interest expense.
    pub interest_coverage: Option<Decimal>,
    /// Free cash flow: cash flow from operations + cash flow from investing.
    pub free_cash_flow: Money,
    /// Break-even volume in units, rounded up to a whole unit: fixed costs / contribution
    /// per unit. Contribution = net revenue − COGS − cost-to-serve; fixed costs are
    /// marketing, R&D, sales force, admin, inventory holding and depreciation. `None`
    /// without units sold or when contribution per unit is not positive (no volume breaks even).
    pub break_even_units: Option<Decimal>,
    /// Capacity utilisation: units produced / capacity; `None` without capacity.
    pub capacity_utilisation: Option<Decimal>,
    /// Market share in units, as passed in.
    pub market_share: Option<Decimal>,
}

/// One KPI value with the kind of quantity it is, so reports know how to print it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum KpiValue {
    /// A dimensionless ratio: a fraction for margins and returns, a multiple for the
    /// keys [`is_multiple`] names.
    Ratio(Option<Decimal>),
    /// A number of days.
    Days(Option<Decimal>),
    /// An amount in euros.
    Money(Money),
    /// A number of units.
    Units(Option<Decimal>),
}

const KEYS: [&str; 26] = [
    "revenue_growth",
    "gross_margin",
    "ebitda_margin",
    "ebit_margin",
    "net_margin",
    "roe",
    "roa",
    "roce",
    "roic",
    "capital_turnover",
    "dso_days",
    "dio_days",
    "dpo_days",
    "cash_conversion_cycle_days",
    "net_working_capital",
    "current_ratio",
    "quick_ratio",
    "equity_ratio",
    "gearing",
    "net_debt",
    "net_debt_to_ebitda",
    "interest_coverage",
    "free_cash_flow",
    "break_even_units",
    "capacity_utilisation",
    "market_share",
];

/// Every KPI key, in the fixed order of [`Kpis::entries`].
pub fn keys() -> &'static [&'static str] {
    &KEYS
}

/// True for the ratios read as multiples ("2,1×") rather than percentages: capital
/// turnover, current and quick ratio, gearing, net debt / EBITDA, interest coverage.
pub fn is_multiple(key: &str) -> bool {
    matches!(
        key,
        "capital_turnover" | "current_ratio" | "quick_ratio" | "gearing" | "net_debt_to_ebitda" | "interest_coverage"
    )
}

impl Kpis {
    /// Every KPI as (key, value), in the order of [`keys`].
    pub fn entries(&self) -> Vec<(&'static str, KpiValue)> {
        use KpiValue::{Days, Money as Amount, Ratio, Units};
        let values = [
            Ratio(self.revenue_growth),
            Ratio(self.gross_margin),
            Ratio(self.ebitda_margin),
            Ratio(self.ebit_margin),
            Ratio(self.net_margin),
            Ratio(self.roe),
            Ratio(self.roa),
            Ratio(self.roce),
            Ratio(self.roic),
            Ratio(self.capital_turnover),
            Days(self.dso_days),
            Days(self.dio_days),
            Days(self.dpo_days),
            Days(self.cash_conversion_cycle_days),
            Amount(self.net_working_capital),
            Ratio(self.current_ratio),
            Ratio(self.quick_ratio),
            Ratio(self.equity_ratio),
            Ratio(self.gearing),
            Amount(self.net_debt),
            Ratio(self.net_debt_to_ebitda),
            Ratio(self.interest_coverage),
            Amount(self.free_cash_flow),
            Units(self.break_even_units),
            Ratio(self.capacity_utilisation),
            Ratio(self.market_share),
        ];
        KEYS.into_iter().zip(values).collect()
    }
}

/// Computes every KPI of one year. See [`Kpis`] for each definition and when it is `None`.
pub fn compute(inputs: &KpiInputs) -> Kpis {
    let income = inputs.income;
    let opening = inputs.opening;
    let closing = inputs.closing;
    let net_revenue = income.net_revenue.amount();
    let cogs = income.cogs.amount();
    let capital_employed = value::average_capital_employed(opening, closing).amount();
    let average_equity = value::average(opening.total_equity, closing.total_equity).amount();
    let average_assets = value::average(opening.total_assets, closing.total_assets).amount();
    let margin = |amount: Money| over_positive(amount.amount(), net_revenue);
    let dso_days = days(closing.receivables, net_revenue);
    let dio_days = days(closing.inventory, cogs);
    let dpo_base = inputs.purchases.map_or(cogs, |p| p.amount());
    let dpo_days = days(closing.payables, dpo_base);
    let current_liabilities = (closing.payables + closing.tax_payable + closing.overdraft).amount();
    let quick_assets = closing.cash + closing.receivables;
    let net_debt = closing.debt() - closing.cash;
    Kpis {
        revenue_growth: inputs
            .prior_net_revenue
            .and_then(|prior| over_positive(net_revenue, prior.amount()))
            .map(|ratio| ratio.saturating_sub(Decimal::ONE)),
        gross_margin: margin(income.gross_profit),
        ebitda_margin: margin(income.ebitda),
        ebit_margin: margin(income.ebit),
        net_margin: margin(income.net_income),
        roe: over_positive(income.net_income.amount(), average_equity),
        roa: over_positive(income.ebit.amount(), average_assets),
        roce: over_positive(income.ebit.amount(), capital_employed),
        roic: over_positive(value::nopat(income, inputs.tax_rate).amount(), capital_employed),
        capital_turnover: over_positive(net_revenue, capital_employed),
        dso_days,
        dio_days,
        dpo_days,
        cash_conversion_cycle_days: match (dso_days, dio_days, dpo_days) {
            (Some(dso), Some(dio), Some(dpo)) => dso.checked_add(dio).and_then(|sum| sum.checked_sub(dpo)),
            _ => None,
        },
        net_working_capital: closing.receivables + closing.inventory - closing.payables,
        current_ratio: over_positive((quick_assets + closing.inventory).amount(), current_liabilities),
        quick_ratio: over_positive(quick_assets.amount(), current_liabilities),
        equity_ratio: over_positive(closing.total_equity.amount(), closing.total_assets.amount()),
        gearing: over_positive(closing.debt().amount(), closing.total_equity.amount()),
        net_debt,
        net_debt_to_ebitda: over_positive(net_debt.amount(), income.ebitda.amount()),
        interest_coverage: over_positive(income.ebit.amount(), income.interest_expense.amount()),
        free_cash_flow: inputs.cash_flow.free_cash_flow(),
        break_even_units: break_even_units(income, inputs.units_sold),
        capacity_utilisation: over_positive(Decimal::from(inputs.units_produced), Decimal::from(inputs.capacity_units)),
        market_share: inputs.market_share,
    }
}

/// Fixed costs / contribution per unit, computed as fixed · units / contribution so no
/// per-unit figure is rounded on the way, then rounded up to a whole unit.
fn break_even_units(income: &IncomeStatement, units_sold: u64) -> Option<Decimal> {
    if units_sold == 0 {
        return None;
    }
    let contribution = (income.net_revenue - income.cogs - income.cost_to_serve).amount();
    let fixed = income.marketing
        + income.rnd
        + income.sales_force
        + income.admin
        + income.inventory_holding
        + income.depreciation;
    let fixed_times_units = fixed.amount().checked_mul(Decimal::from(units_sold))?;
    over_positive(fixed_times_units, contribution).map(|units| units.ceil())
}

/// `balance / flow × 365` days; `None` when the flow is not positive.
pub fn days(balance: Money, flow: Decimal) -> Option<Decimal> {
    over_positive(balance.amount().checked_mul(Decimal::from(365))?, flow)
}

/// `numerator / denominator` when the denominator is positive, else `None`.
pub(crate) fn over_positive(numerator: Decimal, denominator: Decimal) -> Option<Decimal> {
    if denominator > Decimal::ZERO { numerator.checked_div(denominator) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::{closing, income, opening};
    use crate::model::rounding::round;
    use rust_decimal_macros::dec;

    fn kpis() -> Kpis {
        let income = income();
        let opening = opening();
        let closing = closing();
        assert!(opening.balances() && closing.balances());
        let cash_flow =
            CashFlowStatement::indirect(&opening, &closing, &income, Money::euros(80_000), Money::euros(30_000));
        assert_eq!(cash_flow.net_change, closing.cash - opening.cash);
        compute(&KpiInputs {
            income: &income,
            opening: &opening,
            closing: &closing,
            cash_flow: &cash_flow,
            prior_net_revenue: Some(Money::euros(800_000)),
            units_sold: 4_000,
            units_produced: 4_500,
            capacity_units: 6_000,
            market_share: Some(dec!(0.125)),
            tax_rate: dec!(0.25),
            purchases: None,
        })
    }

    #[test]
    fn margins_and_returns() {
        let k = kpis();
        // 1 000 000 / 800 000 − 1 = 0.25
        assert_eq!(k.revenue_growth, Some(dec!(0.25)));
        // 400 000 / 1 000 000; 200 000 / 1 000 000; 150 000 / 1 000 000; 94 500 / 1 000 000
        assert_eq!(k.gross_margin, Some(dec!(0.4)));
        assert_eq!(k.ebitda_margin, Some(dec!(0.2)));
        assert_eq!(k.ebit_margin, Some(dec!(0.15)));
        assert_eq!(k.net_margin, Some(dec!(0.0945)));
        // Averages of opening and closing: equity (500 000 + 564 500)/2 = 532 250, total
        // assets (1 000 000 + 1 016 000)/2 = 1 008 000, CE (700 000 + 850 000)/2 = 775 000.
        // ROE 94 500 / 532 250 = 0.1775480…; ROA 150 000 / 1 008 000 = 0.1488095…
        let six = |v: Option<Decimal>| v.map(|d| round(d, 6));
        assert_eq!(six(k.roe), Some(dec!(0.177548)));
        assert_eq!(six(k.roa), Some(dec!(0.148810)));
        // ROCE 150 000 / 775 000 = 0.1935483…; ROIC 112 500 / 775 000 = 0.1451612…;
        // turnover 1 000 000 / 775 000 = 1.2903225…
        assert_eq!(six(k.roce), Some(dec!(0.193548)));
        assert_eq!(six(k.roic), Some(dec!(0.145161)));
        assert_eq!(six(k.capital_turnover), Some(dec!(1.290323)));
    }

    #[test]
    fn working_capital_days() {
        let k = kpis();
        // DSO 250 000 / 1 000 000 × 365 = 91.25; DIO 320 000 / 600 000 × 365 = 194.666…;
        // DPO 150 000 / 600 000 × 365 = 91.25; CCC = 91.25 + 194.666… − 91.25 = 194.666…
        assert_eq!(k.dso_days, Some(dec!(91.25)));
        assert_eq!(k.dio_days.map(|d| round(d, 4)), Some(dec!(194.6667)));
        assert_eq!(k.dpo_days, Some(dec!(91.25)));
        assert_eq!(k.cash_conversion_cycle_days.map(|d| round(d, 4)), Some(dec!(194.6667)));
        // NWC 250 000 + 320 000 − 150 000 = 420 000
        assert_eq!(k.net_working_capital, Money::euros(420_000));
    }

    #[test]
    fn liquidity_and_structure() {
        let k = kpis();
        // Current liabilities 150 000 + 31 500 + 20 000 = 201 500.
        // Current ratio (16 000 + 250 000 + 320 000) / 201 500 = 586 000 / 201 500 = 2.9081886…
        // Quick ratio (16 000 + 250 000) / 201 500 = 266 000 / 201 500 = 1.3200992…
        let six = |v: Option<Decimal>| v.map(|d| round(d, 6));
        assert_eq!(six(k.current_ratio), Some(dec!(2.908189)));
        assert_eq!(six(k.quick_ratio), Some(dec!(1.320099)));
        // Equity ratio (100 000 + 464 500) / 1 016 000 = 564 500 / 1 016 000 = 0.5556102…
        assert_eq!(six(k.equity_ratio), Some(dec!(0.555610)));
        // Gearing (250 000 + 20 000) / 564 500 = 0.4782993…
        assert_eq!(six(k.gearing), Some(dec!(0.478299)));
        // Net debt 270 000 − 16 000 = 254 000; / EBITDA 200 000 = 1.27
        assert_eq!(k.net_debt, Money::euros(254_000));
        assert_eq!(k.net_debt_to_ebitda, Some(dec!(1.27)));
        // Interest coverage 150 000 / 24 000 = 6.25
        assert_eq!(k.interest_coverage, Some(dec!(6.25)));
    }

    #[test]
    fn cash_volume_and_market() {
        let k = kpis();
        // CFO = 94 500 + 50 000 − 50 000 (receivables) − 20 000 (inventory) − 50 000
        // (payables) + 31 500 (tax payable) = 56 000; CFI = −80 000; FCF = −24 000.
        assert_eq!(k.free_cash_flow, Money::euros(-24_000));
        // Contribution 1 000 000 − 600 000 − 20 000 = 380 000, i.e. 95 € a unit over 4 000;
        // fixed 50 000 + 40 000 + 30 000 + 50 000 + 10 000 + 50 000 = 230 000;
        // 230 000 / 95 = 2 421.05… → 2 422 units.
        assert_eq!(k.break_even_units, Some(dec!(2422)));
        // 4 500 / 6 000 = 0.75
        assert_eq!(k.capacity_utilisation, Some(dec!(0.75)));
        assert_eq!(k.market_share, Some(dec!(0.125)));
    }

    #[test]
    fn entries_follow_keys() {
        let entries = kpis().entries();
        let entry_keys: Vec<&str> = entries.iter().map(|(key, _)| *key).collect();
        assert_eq!(entry_keys, keys());
        assert_eq!(entries[10], ("dso_days", KpiValue::Days(Some(dec!(91.25)))));
        assert_eq!(entries[14], ("net_working_capital", KpiValue::Money(Money::euros(420_000))));
        assert_eq!(entries[23], ("break_even_units", KpiValue::Units(Some(dec!(2422)))));
        assert!(is_multiple("gearing") && !is_multiple("roic"));
    }

    #[test]
    fn empty_statements_give_none_not_a_panic() {
        let empty = BalanceSheet::default();
        let income = IncomeStatement::default();
        let cash_flow = CashFlowStatement::default();
        let k = compute(&KpiInputs {
            income: &income,
            opening: &empty,
            closing: &empty,
            cash_flow: &cash_flow,
            prior_net_revenue: Some(Money::ZERO),
            units_sold: 0,
            units_produced: 0,
            capacity_units: 0,
            market_share: None,
            tax_rate: dec!(0.3),
            purchases: None,
        });
        for (key, value) in k.entries() {
            match value {
                KpiValue::Money(amount) => assert_eq!(amount, Money::ZERO, "{key}"),
                KpiValue::Ratio(v) | KpiValue::Days(v) | KpiValue::Units(v) => assert_eq!(v, None, "{key}"),
            }
        }
    }

    #[test]
    fn break_even_needs_a_positive_contribution() {
        // Net revenue 1 000 000 but COGS 990 000 + cost-to-serve 20 000: contribution −10 000.
        let losing = IncomeStatement::from_lines(crate::model::IncomeLines {
            revenue: Money::euros(1_000_000),
            rebates: Money::ZERO,
            cogs: Money::euros(990_000),
            marketing: Money::euros(0),
            rnd: Money::euros(0),
            sales_force: Money::euros(0),
            admin: Money::euros(50_000),
            cost_to_serve: Money::euros(20_000),
            inventory_holding: Money::euros(0),
            depreciation: Money::ZERO,
            interest_expense: Money::ZERO,
            interest_income: Money::ZERO,
            tax: Money::ZERO,
        });
        assert_eq!(break_even_units(&losing, 1_000), None);
        assert_eq!(break_even_units(&income(), 0), None);
    }
}
