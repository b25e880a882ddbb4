//! What a published report says about value: the customer's KPIs, cost of capital, EVA and
//! driver tree, computed with the game's own formulas (`value::eva_of`,
//! `capital::leverage_of`, `capital::cost_with_leverage`) over the report's richer lines.

use rust_decimal::Decimal;

use super::report::{CustomerReport, ReportSheet};
use crate::model::Money;
use crate::model::capital::{CostOfCapital, cost_with_leverage, leverage_of};
use crate::model::kpi::{KpiValue, over_positive};
use crate::model::value::{DriverNode, Eva, average, eva_of};

/// Days in a year for DSO, DIO and DPO, as in the game's KPIs.
const DAYS: Decimal = Decimal::from_parts(365, 0, 0, false, 0);

/// Everything the lab shows about one report.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerAnalysis {
    /// WACC and how it was made (book weights of the opening sheet, net debt as the report defines it).
    pub cost_of_capital: CostOfCapital,
    /// NOPAT, average capital employed, capital charge, EVA, ROIC.
    pub eva: Eva,
    /// The KPIs as (key, value), in reading order.
    pub kpis: Vec<(&'static str, KpiValue)>,
    /// The EVA driver tree, parents before children, in the game's node type (so reports
    /// and screens draw it as they draw the game's tree).
    pub tree: Vec<DriverNode>,
}

impl CustomerAnalysis {
    /// The value of KPI `key`, when the analysis has it.
    pub fn kpi(&self, key: &str) -> Option<KpiValue> {
        self.kpis.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }
}

/// The cost of capital of a report: leverage from the opening sheet's net debt (as the
/// report defines it) and equity with minorities, the analyst's k_E and k_D.
pub fn cost_of_capital(report: &CustomerReport) -> CostOfCapital {
    let opening = &report.opening;
    let (leverage, distressed) = leverage_of(opening.net_debt(report.pensions_in_net_debt), opening.total_equity());
    cost_with_leverage(leverage, distressed, report.cost_of_equity, report.cost_of_debt, report.tax_rate)
}

/// EVA of the report's year: the game's formula over the report's EBIT and operating
/// capital employed.
pub fn eva(report: &CustomerReport, wacc: Decimal) -> Eva {
    let capital = |sheet: &ReportSheet| sheet.capital_employed();
    eva_of(report.income.ebit(), capital(&report.opening), capital(&report.closing), report.tax_rate, wacc)
}

/// Analyses one validated report.
pub fn analyse(report: &CustomerReport) -> CustomerAnalysis {
    let cost_of_capital = cost_of_capital(report);
    let eva = eva(report, cost_of_capital.wacc);
    CustomerAnalysis { cost_of_capital, eva, kpis: kpis(report, &eva), tree: tree(report, &eva, cost_of_capital) }
}

/// `days` of a closing balance over a yearly flow.
fn days(balance: Money, flow: Money) -> Option<Decimal> {
    over_positive(balance.amount() * DAYS, flow.amount())
}

fn kpis(report: &CustomerReport, eva: &Eva) -> Vec<(&'static str, KpiValue)> {
    let (opening, closing, income) = (&report.opening, &report.closing, &report.income);
    let net_revenue = income.net_revenue();
    let of_revenue = |amount: Money| KpiValue::Ratio(over_positive(amount.amount(), net_revenue.amount()));
    let ratio = |a: Money, b: Money| KpiValue::Ratio(over_positive(a.amount(), b.amount()));
    let average_equity = average(opening.total_equity(), closing.total_equity());
    let average_assets = average(opening.total_assets(), closing.total_assets());
    let net_debt = closing.net_debt(report.pensions_in_net_debt);
    let dso = days(closing.receivables, net_revenue);
    let dio = days(closing.inventory, income.cogs);
    let dpo = days(closing.payables, income.cogs);
    let ccc = match (dso, dio, dpo) {
        (Some(s), Some(i), Some(p)) => Some(s + i - p),
        _ => None,
    };
    let growth = report
        .prior_net_revenue
        .and_then(|prior| over_positive(net_revenue.amount(), prior.amount()))
        .map(|r| r - Decimal::ONE);
    // Operating free cash flow: NOPAT less the growth of capital employed — the cash the
    // operations leave for the lenders and owners, consistent with EVA.
    let operating_cash_flow = eva.nopat - (closing.capital_employed() - opening.capital_employed());
    let quick = closing.cash + closing.securities + closing.receivables;
    let mut list = vec![
        ("net_revenue", KpiValue::Money(net_revenue)),
        ("revenue_growth", KpiValue::Ratio(growth)),
        ("gross_margin", of_revenue(income.gross_profit())),
        ("ebitda", KpiValue::Money(income.ebitda())),
        ("ebitda_margin", of_revenue(income.ebitda())),
        ("ebit", KpiValue::Money(income.ebit())),
        ("ebit_margin", of_revenue(income.ebit())),
        ("net_income", KpiValue::Money(income.net_income())),
        ("net_margin", of_revenue(income.net_income())),
        ("roe", ratio(income.net_income(), average_equity)),
        ("roa", ratio(income.ebit(), average_assets)),
        ("roce", ratio(income.ebit(), eva.capital_employed)),
        ("roic", KpiValue::Ratio(eva.roic)),
        ("capital_turnover", ratio(net_revenue, eva.capital_employed)),
        ("dso_days", KpiValue::Days(dso)),
        ("dio_days", KpiValue::Days(dio)),
        ("dpo_days", KpiValue::Days(dpo)),
        ("cash_conversion_cycle_days", KpiValue::Days(ccc)),
        ("net_working_capital", KpiValue::Money(closing.inventory + closing.receivables - closing.payables)),
        ("current_ratio", ratio(closing.current_assets(), closing.current_liabilities())),
        ("quick_ratio", ratio(quick, closing.current_liabilities())),
        (
            "equity_ratio",
            KpiValue::Ratio(over_positive(closing.total_equity().amount(), closing.total_assets().amount())),
        ),
        ("net_debt", KpiValue::Money(net_debt)),
        ("net_gearing", ratio(net_debt, closing.total_equity())),
        ("net_debt_to_ebitda", ratio(net_debt, income.ebitda())),
        ("interest_coverage", ratio(income.ebit(), income.interest_expense)),
        ("operating_free_cash_flow", KpiValue::Money(operating_cash_flow)),
    ];
    if let Some(dividends) = report.dividends_paid {
        list.push(("dividends_paid", KpiValue::Money(dividends)));
    }
    list
}

fn tree(report: &CustomerReport, eva: &Eva, cost_of_capital: CostOfCapital) -> Vec<DriverNode> {
    let (opening, closing, income) = (&report.opening, &report.closing, &report.income);
    let net_revenue = income.net_revenue();
    let of_revenue = |amount: Money| over_positive(amount.amount(), net_revenue.amount());
    let node = |key, parent, value| DriverNode { key, parent: Some(parent), value };
    let mean = |line: fn(&ReportSheet) -> Money| average(line(opening), line(closing));
    let mut nodes = vec![
        DriverNode { key: "eva", parent: None, value: KpiValue::Money(eva.eva) },
        node("spread", "eva", KpiValue::Ratio(eva.roic.map(|roic| roic - eva.wacc))),
        node("roic", "spread", KpiValue::Ratio(eva.roic)),
        node("nopat_margin", "roic", KpiValue::Ratio(of_revenue(eva.nopat))),
        node("ebit_margin", "nopat_margin", KpiValue::Ratio(of_revenue(income.ebit()))),
    ];
    for (key, amount) in income.cost_lines() {
        nodes.push(node(key, "ebit_margin", KpiValue::Ratio(of_revenue(amount))));
    }
    nodes.extend([
        node("tax_rate", "nopat_margin", KpiValue::Ratio(Some(report.tax_rate))),
        node(
            "capital_turnover",
            "roic",
            KpiValue::Ratio(over_positive(net_revenue.amount(), eva.capital_employed.amount())),
        ),
        node("net_revenue", "capital_turnover", KpiValue::Money(net_revenue)),
        node("wacc", "spread", KpiValue::Ratio(Some(eva.wacc))),
        node("leverage", "wacc", KpiValue::Ratio(Some(cost_of_capital.leverage))),
        node("cost_of_equity", "wacc", KpiValue::Ratio(Some(cost_of_capital.cost_of_equity))),
        node("cost_of_debt", "wacc", KpiValue::Ratio(Some(cost_of_capital.cost_of_debt))),
        node("capital_employed", "eva", KpiValue::Money(eva.capital_employed)),
        node("fixed_assets", "capital_employed", KpiValue::Money(mean(ReportSheet::fixed_assets))),
        node("inventory", "capital_employed", KpiValue::Money(mean(|s| s.inventory))),
        node("receivables", "capital_employed", KpiValue::Money(mean(|s| s.receivables))),
        node("other_operating_assets", "capital_employed", KpiValue::Money(mean(|s| s.other_operating_assets))),
        node("payables", "capital_employed", KpiValue::Money(mean(|s| s.payables))),
    ]);
    // The last item takes the rounding cents of the averages, so the items add up to CE.
    let assets = mean(ReportSheet::fixed_assets)
        + mean(|s| s.inventory)
        + mean(|s| s.receivables)
        + mean(|s| s.other_operating_assets);
    let liabilities = assets - mean(|s| s.payables) - eva.capital_employed;
    nodes.push(node("other_operating_liabilities", "capital_employed", KpiValue::Money(liabilities)));
    nodes
}
