//! `mehrwert analyze FILE`: what a key-account manager does with a customer's annual report:
//! KPIs, WACC, NOPAT, capital employed, EVA and the driver tree from published statements.
//!
//! The input is a RON file (format: docs/analyze-format.md, example:
//! examples/analyze/maschinenbau-2025.ron). It is parsed into `Raw*` types that reject
//! unknown fields, then validated into statements: both balance sheets must balance,
//! amounts must be whole cents and not negative where a published statement cannot show
//! a negative amount. Every problem is reported (not only the first) as an [`Issue`], with
//! file, line and column, code, field and the plain sentence in `--lang`, exactly as `check`
//! reports them; a bad file exits with status 1.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;
use serde::Deserialize;
use serde_json::{Value, json};

use super::run::Lang;
use crate::i18n::{Arg, message};
use crate::model::capital::{CostOfCapital, cost_with_cost_of_equity};
use crate::model::format::{self, Locale};
use crate::model::kpi::{self, KpiInputs, KpiValue, Kpis};
use crate::model::rounding::round;
use crate::model::value::{self, DriverTree, Eva};
use crate::model::{BalanceSheet, CashFlowStatement, IncomeStatement, Money};
use crate::scenario::{Code, Issue, Issues, Phrase};

/// Arguments of `analyze`.
#[derive(Debug, clap::Args)]
pub struct AnalyzeArgs {
    /// The published statements as a RON file (see docs/analyze-format.md).
    pub file: PathBuf,
    /// Output: a table for people or JSON for tools.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
    /// Language of the table.
    #[arg(long, value_enum, default_value_t = Lang::De)]
    pub lang: Lang,
}

/// How `analyze` prints its result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// A table for reading, in the language of `--lang`.
    Table,
    /// JSON with every KPI, the EVA parts and the driver tree; numbers as exact decimal strings.
    Json,
}

/// Runs `analyze`: exit 0 with the analysis on stdout, or 1 with every problem on stderr.
pub fn run(args: &AnalyzeArgs) -> anyhow::Result<ExitCode> {
    let report = match crate::scenario::read_text_file(&args.file).and_then(|text| parse(&text, &args.file)) {
        Ok(report) => report,
        Err(issues) => return Ok(super::run::report_issues(&issues, args.lang.locale())),
    };
    let analysis = analyze(&report);
    let out = match args.format {
        OutputFormat::Table => table(&report, &analysis, args.lang.locale()),
        OutputFormat::Json => format!("{:#}\n", to_json(&report, &analysis)),
    };
    super::write_out(&out).context("cannot write the analysis")?;
    Ok(ExitCode::SUCCESS)
}

/// Largest amount accepted, in euros: far below `Decimal`'s range (DESIGN §3), far above
/// any company's balance sheet.
const MAX_AMOUNT_EUR: i64 = 1_000_000_000_000_000;

/// The file as written: the published annual report of one company and year.
#[derive(Debug, Deserialize)]
#[serde(rename = "AnnualReport", deny_unknown_fields)]
struct RawReport {
    company: String,
    year: u16,
    #[serde(default)]
    currency_note: String,
    tax_rate: Decimal,
    cost_of_equity: Decimal,
    cost_of_debt: Decimal,
    #[serde(default)]
    target_debt_weight: Option<Decimal>,
    #[serde(default)]
    prior_net_revenue: Option<Decimal>,
    #[serde(default)]
    units_sold: Option<u64>,
    #[serde(default)]
    units_produced: Option<u64>,
    #[serde(default)]
    capacity_units: Option<u64>,
    #[serde(default)]
    market_share: Option<Decimal>,
    opening: RawBalanceSheet,
    closing: RawBalanceSheet,
    income: RawIncome,
}

/// A published balance sheet, as written.
#[derive(Debug, Deserialize)]
#[serde(rename = "BalanceSheet", deny_unknown_fields)]
struct RawBalanceSheet {
    cash: Decimal,
    receivables: Decimal,
    inventory: Decimal,
    #[serde(default)]
    net_fixed_assets: Option<Decimal>,
    #[serde(default)]
    fixed_assets_gross: Option<Decimal>,
    #[serde(default)]
    accumulated_depreciation: Option<Decimal>,
    payables: Decimal,
    #[serde(default)]
    other_current_liabilities: Decimal,
    #[serde(default)]
    loans: Decimal,
    #[serde(default)]
    short_term_debt: Decimal,
    subscribed_capital: Decimal,
    retained_earnings: Decimal,
}

/// A published income statement, as written. Optional cost lines default to 0.
#[derive(Debug, Deserialize)]
#[serde(rename = "IncomeStatement", deny_unknown_fields)]
struct RawIncome {
    revenue: Decimal,
    #[serde(default)]
    rebates: Decimal,
    cogs: Decimal,
    #[serde(default)]
    marketing: Decimal,
    #[serde(default)]
    rnd: Decimal,
    #[serde(default)]
    sales_force: Decimal,
    #[serde(default)]
    admin: Decimal,
    #[serde(default)]
    cost_to_serve: Decimal,
    #[serde(default)]
    inventory_holding: Decimal,
    depreciation: Decimal,
    #[serde(default)]
    interest_expense: Decimal,
    #[serde(default)]
    interest_income: Decimal,
    tax: Decimal,
    #[serde(default)]
    net_income: Option<Decimal>,
}

/// A validated annual report: statements the model can trust.
#[derive(Debug)]
struct Report {
    company: String,
    year: u16,
    currency_note: String,
    tax_rate: Decimal,
    cost_of_equity: Decimal,
    cost_of_debt: Decimal,
    prior_net_revenue: Option<Money>,
    units_sold: u64,
    units_produced: u64,
    capacity_units: u64,
    market_share: Option<Decimal>,
    opening: BalanceSheet,
    closing: BalanceSheet,
    income: IncomeStatement,
}

/// Everything `analyze` prints.
#[derive(Debug)]
struct Analysis {
    kpis: Kpis,
    cost_of_capital: CostOfCapital,
    eva: Eva,
    tree: DriverTree,
    cash_flow: CashFlowStatement,
}

/// Collects validation problems of one file.
#[derive(Default)]
struct Problems {
    list: Vec<Issue>,
}

impl Problems {
    fn push(&mut self, code: Code, path: &str, found: impl Into<Phrase>, allowed: Phrase) {
        self.list.push(Issue::error(code, path, found, allowed));
    }

    /// An amount in whole cents, within range, not negative unless `may_be_negative`.
    fn amount(&mut self, path: &str, value: Decimal, may_be_negative: bool) -> Money {
        let limit = Decimal::from(MAX_AMOUNT_EUR);
        if value.abs() > limit {
            let limit = format::money_whole(Money::from_decimal(limit), Locale::De);
            self.push(Code::Range, path, value.to_string(), Phrase::words("ph_amount_up_to").arg("limit", limit));
            return Money::ZERO;
        }
        if value.normalize().scale() > 2 {
            self.push(Code::Precision, path, value.to_string(), Phrase::words("ph_whole_cents"));
        }
        let money = Money::from_decimal(value);
        if money.is_negative() && !may_be_negative {
            self.push(Code::Range, path, format::money(money, Locale::De), Phrase::words("ph_amount_not_negative"));
        }
        money
    }

    /// A rate as a fraction within `low..=high` (or `low..high` when `high_open`).
    fn rate(&mut self, path: &str, value: Decimal, low: Decimal, high: Decimal, high_open: bool) -> Decimal {
        let too_high = if high_open { value >= high } else { value > high };
        if value < low || too_high {
            let allowed = Phrase::words("ph_fraction_in")
                .arg("low", low.to_string())
                .arg("high", high.to_string())
                .arg("close", if high_open { ")" } else { "]" });
            self.push(Code::Range, path, value.to_string(), allowed);
        }
        value
    }
}

/// Parses and validates the file's text; `file` names it in every issue.
fn parse(text: &str, file: &Path) -> Result<Report, Issues> {
    let raw: RawReport = crate::scenario::load::parse_ron(text, Some(file))?;
    validate(raw).map_err(|issues| crate::scenario::located(issues, text, Some(file)))
}

/// Turns the raw file into statements, collecting every problem.
fn validate(raw: RawReport) -> Result<Report, Vec<Issue>> {
    let mut problems = Problems::default();
    if raw.company.trim().is_empty() {
        problems.push(Code::Empty, "company", Phrase::words("ph_empty_text"), Phrase::words("ph_company_name"));
    }
    let one = Decimal::ONE;
    let zero = Decimal::ZERO;
    let tax_rate = problems.rate("tax_rate", raw.tax_rate, zero, one, true);
    let cost_of_equity = problems.rate("cost_of_equity", raw.cost_of_equity, zero, one, false);
    let cost_of_debt = problems.rate("cost_of_debt", raw.cost_of_debt, zero, one, false);
    if let Some(weight) = raw.target_debt_weight {
        let allowed = Phrase::words("ph_target_debt_weight_gone");
        problems.push(Code::UnknownField, "target_debt_weight", weight.normalize().to_string(), allowed);
    }
    let market_share = raw.market_share.map(|share| problems.rate("market_share", share, zero, one, false));
    let prior_net_revenue = raw.prior_net_revenue.map(|prior| problems.amount("prior_net_revenue", prior, false));
    let opening = balance_sheet(&mut problems, "opening", &raw.opening);
    let closing = balance_sheet(&mut problems, "closing", &raw.closing);
    let income = income_statement(&mut problems, &raw.income);
    if !problems.list.is_empty() {
        return Err(problems.list);
    }
    Ok(Report {
        company: raw.company,
        year: raw.year,
        currency_note: raw.currency_note,
        tax_rate,
        cost_of_equity,
        cost_of_debt,
        prior_net_revenue,
        units_sold: raw.units_sold.unwrap_or(0),
        units_produced: raw.units_produced.unwrap_or(0),
        capacity_units: raw.capacity_units.unwrap_or(0),
        market_share,
        opening,
        closing,
        income,
    })
}

/// Validates one balance sheet (`which` is "opening" or "closing") and checks it balances.
fn balance_sheet(problems: &mut Problems, which: &str, raw: &RawBalanceSheet) -> BalanceSheet {
    let mut amount = |field: &str, value: Decimal, may_be_negative| {
        problems.amount(&format!("{which}.{field}"), value, may_be_negative)
    };
    let cash = amount("cash", raw.cash, false);
    let receivables = amount("receivables", raw.receivables, false);
    let inventory = amount("inventory", raw.inventory, false);
    let net = raw.net_fixed_assets.map(|net| amount("net_fixed_assets", net, false));
    let gross = raw.fixed_assets_gross.map(|gross| amount("fixed_assets_gross", gross, false));
    let depreciated = raw.accumulated_depreciation.map(|acc| amount("accumulated_depreciation", acc, false));
    let payables = amount("payables", raw.payables, false);
    let other_current_liabilities = amount("other_current_liabilities", raw.other_current_liabilities, false);
    let loans = amount("loans", raw.loans, false);
    let short_term_debt = amount("short_term_debt", raw.short_term_debt, false);
    let subscribed_capital = amount("subscribed_capital", raw.subscribed_capital, false);
    let retained_earnings = amount("retained_earnings", raw.retained_earnings, true);
    let (ppe_gross, accumulated_depreciation) = match (net, gross, depreciated) {
        (Some(net), None, None) => (net, Money::ZERO),
        (net, Some(gross), Some(depreciated)) => {
            if depreciated > gross {
                let found = Phrase::words("ph_above_field")
                    .arg("value", format::money(depreciated, Locale::De))
                    .arg("field", "fixed_assets_gross")
                    .arg("limit", format::money(gross, Locale::De));
                let path = format!("{which}.accumulated_depreciation");
                problems.push(Code::Inconsistent, &path, found, Phrase::words("ph_at_most_gross"));
            }
            if let Some(net) = net.filter(|net| *net != gross - depreciated) {
                let found = Phrase::words("ph_net_fixed_assets")
                    .arg("net", format::money(net, Locale::De))
                    .arg("difference", format::money(gross - depreciated, Locale::De));
                let path = format!("{which}.net_fixed_assets");
                problems.push(Code::Inconsistent, &path, found, Phrase::words("ph_same_amount"));
            }
            (gross, depreciated)
        }
        _ => {
            let (found, allowed) = (Phrase::words("ph_fixed_assets_missing"), Phrase::words("ph_fixed_assets_forms"));
            problems.push(Code::MissingField, which, found, allowed);
            (Money::ZERO, Money::ZERO)
        }
    };
    let sheet = BalanceSheet::from_lines(crate::model::BalanceLines {
        cash,
        receivables,
        inventory,
        ppe_gross,
        accumulated_depreciation,
        payables,
        tax_payable: other_current_liabilities,
        loans,
        overdraft: short_term_debt,
        subscribed_capital,
        retained_earnings,
    });
    if !sheet.balances() {
        let found = Phrase::words("ph_assets_vs")
            .arg("assets", format::money(sheet.total_assets, Locale::De))
            .arg("equity_and_liabilities", format::money(sheet.total_equity_and_liabilities, Locale::De));
        let difference = format::money(sheet.total_assets - sheet.total_equity_and_liabilities, Locale::De);
        problems.push(Code::Unbalanced, which, found, Phrase::words("ph_sheet_balances").arg("difference", difference));
    }
    sheet
}

/// Validates the income statement; a published net income must match the lines.
fn income_statement(problems: &mut Problems, raw: &RawIncome) -> IncomeStatement {
    let mut amount = |field: &str, value: Decimal, may_be_negative| {
        problems.amount(&format!("income.{field}"), value, may_be_negative)
    };
    let income = IncomeStatement::from_lines(
        crate::model::IncomeLines { revenue: amount("revenue", raw.revenue, false), rebates: amount("rebates", raw.rebates, false), cogs: amount("cogs", raw.cogs, false), marketing: amount("marketing", raw.marketing, false), rnd: amount("rnd", raw.rnd, false), sales_force: amount("sales_force", raw.sales_force, false), admin: amount("admin", raw.admin, false), cost_to_serve: amount("cost_to_serve", raw.cost_to_serve, false), inventory_holding: amount("inventory_holding", raw.inventory_holding, false), depreciation: amount("depreciation", raw.depreciation, false), interest_expense: amount("interest_expense", raw.interest_expense, false), interest_income: amount("interest_income", raw.interest_income, false), tax: // A tax refund or deferred-tax income makes tax negative.
        amount("tax", raw.tax, true) },
    );
    if let Some(published) = raw.net_income.map(|net| amount("net_income", net, true))
        && published != income.net_income
    {
        let found = Phrase::words("ph_net_income")
            .arg("published", format::money(published, Locale::De))
            .arg("lines", format::money(income.net_income, Locale::De));
        problems.push(Code::Inconsistent, "income.net_income", found, Phrase::words("ph_net_income_of_lines"));
    }
    income
}

/// Computes KPIs, WACC, EVA and the driver tree. Capex and dividends are not in the file:
/// capex = Δ net fixed assets + depreciation and dividends = net income − Δ retained
/// earnings, which makes the cash flow reconcile with the two sheets.
fn analyze(report: &Report) -> Analysis {
    let (opening, closing, income) = (&report.opening, &report.closing, &report.income);
    let capex = closing.ppe_net - opening.ppe_net + income.depreciation;
    let dividends = income.net_income - (closing.retained_earnings - opening.retained_earnings);
    let cash_flow = CashFlowStatement::indirect(opening, closing, income, capex, dividends);
    let kpis = kpi::compute(&KpiInputs {
        income,
        opening,
        closing,
        cash_flow: &cash_flow,
        prior_net_revenue: report.prior_net_revenue,
        units_sold: report.units_sold,
        units_produced: report.units_produced,
        capacity_units: report.capacity_units,
        market_share: report.market_share,
        tax_rate: report.tax_rate,
        purchases: None,
    });
    let cost_of_capital =
        cost_with_cost_of_equity(opening, report.cost_of_equity, report.cost_of_debt, report.tax_rate);
    let eva = value::eva(income, opening, closing, report.tax_rate, cost_of_capital.wacc);
    let tree = value::driver_tree(income, opening, closing, report.tax_rate, cost_of_capital, report.units_sold);
    Analysis { kpis, cost_of_capital, eva, tree, cash_flow }
}

/// Decimal places of ratios and days in the JSON output.
const JSON_RATIO_DP: u32 = 6;
const JSON_DAYS_DP: u32 = 2;

/// The analysis as JSON: amounts and ratios as exact decimal strings (ratios rounded to 6
/// places, days to 2), unit counts as numbers, `null` where a figure is not defined.
fn to_json(report: &Report, analysis: &Analysis) -> Value {
    let ratio = |value: Decimal| Value::String(round(value, JSON_RATIO_DP).to_string());
    let money = |amount: Money| Value::String(amount.to_string());
    let kpi_value = |value: KpiValue| match value {
        KpiValue::Ratio(v) => v.map_or(Value::Null, ratio),
        KpiValue::Days(v) => v.map_or(Value::Null, |d| Value::String(round(d, JSON_DAYS_DP).to_string())),
        // Unit counts are JSON numbers, as in `run --format json`.
        KpiValue::Units(v) => v.map_or(Value::Null, |u| u.ceil().to_u64().map_or(Value::Null, Value::from)),
        KpiValue::Money(amount) => money(amount),
    };
    let kpis: serde_json::Map<String, Value> =
        analysis.kpis.entries().into_iter().map(|(key, value)| (key.to_string(), kpi_value(value))).collect();
    let tree: Vec<Value> = analysis
        .tree
        .nodes()
        .into_iter()
        .map(|node| json!({ "key": node.key, "parent": node.parent, "value": kpi_value(node.value) }))
        .collect();
    let eva = &analysis.eva;
    let statement = |lines: &[(&str, Money)]| -> serde_json::Map<String, Value> {
        lines.iter().map(|(key, amount)| (key.to_string(), money(*amount))).collect()
    };
    json!({
        "company": report.company,
        "year": report.year,
        "currency_note": report.currency_note,
        "tax_rate": ratio(report.tax_rate),
        "cost_of_equity": ratio(report.cost_of_equity),
        "cost_of_debt": ratio(report.cost_of_debt),
        "wacc": ratio(analysis.cost_of_capital.wacc),
        "leverage": ratio(analysis.cost_of_capital.leverage),
        "eva": {
            "nopat": money(eva.nopat),
            "capital_employed": money(eva.capital_employed),
            "wacc": ratio(eva.wacc),
            "capital_charge": money(eva.capital_charge),
            "eva": money(eva.eva),
            "roic": eva.roic.map_or(Value::Null, ratio),
        },
        "kpis": kpis,
        "driver_tree": tree,
        "income_statement": statement(&report.income.lines()),
        "opening_balance_sheet": statement(&report.opening.lines()),
        "closing_balance_sheet": statement(&report.closing.lines()),
        "cash_flow_statement": statement(&analysis.cash_flow.lines()),
    })
}

/// Width of the label column and of the value column in the table.
const LABEL_WIDTH: usize = 44;
const VALUE_WIDTH: usize = 20;

/// The analysis as a table in `locale`'s language.
fn table(report: &Report, analysis: &Analysis, locale: Locale) -> String {
    let text = |id: &str| message(id, locale, &[]);
    let mut out = String::new();
    let title = [("company", Arg::from(report.company.clone())), ("year", Arg::from(report.year.to_string()))];
    let _ = writeln!(out, "{}", message("analyze_title", locale, &title));
    if !report.currency_note.is_empty() {
        let _ = writeln!(out, "{}", report.currency_note);
    }
    let eva = &analysis.eva;
    let money = |amount| format::money(amount, locale);
    let _ = writeln!(out, "\n{}", text("analyze_eva_heading"));
    row(&mut out, 0, &text("analyze_nopat"), money(eva.nopat));
    row(&mut out, 0, &row_label("capital_employed", locale), money(eva.capital_employed));
    row(&mut out, 0, &row_label("leverage", locale), format::percent(analysis.cost_of_capital.leverage, 2, locale));
    row(&mut out, 0, &row_label("wacc", locale), format::percent(analysis.cost_of_capital.wacc, 2, locale));
    row(&mut out, 0, &text("analyze_charge"), money(eva.capital_charge));
    row(&mut out, 0, &text("analyze_eva_line"), money(eva.eva));
    let _ = writeln!(out, "\n{}", text("analyze_kpi_heading"));
    for (key, value) in analysis.kpis.entries() {
        row(&mut out, 0, &row_label(key, locale), show(key, value, locale));
    }
    let _ = writeln!(out, "\n{}", text("analyze_tree_heading"));
    let nodes = analysis.tree.nodes();
    for node in &nodes {
        let depth = node.depth(&nodes);
        row(&mut out, 2 * depth, &row_label(node.key, locale), show(node.key, node.value, locale));
    }
    let verdict = if eva.eva.is_negative() {
        "destroyed"
    } else if eva.eva.is_positive() {
        "created"
    } else {
        "even"
    };
    let _ = writeln!(out, "\n{}", message("analyze_verdict", locale, &[("verdict", Arg::from(verdict))]));
    out
}

/// One table row: `label` indented by `indent` spaces, `value` right-aligned.
fn row(out: &mut String, indent: usize, label: &str, value: String) {
    let width = LABEL_WIDTH.saturating_sub(indent);
    let _ = writeln!(out, "  {:indent$}{label:<width$}{value:>VALUE_WIDTH$}", "");
}

/// One value as a reader of `locale` expects it; "–" where the figure is not defined.
fn show(key: &str, value: KpiValue, locale: Locale) -> String {
    const MISSING: &str = "–";
    match value {
        KpiValue::Ratio(Some(v)) if kpi::is_multiple(key) => format!("{}×", format::decimal(v, 2, locale)),
        KpiValue::Ratio(Some(v)) => format::percent(v, 2, locale),
        KpiValue::Days(Some(v)) => {
            message("analyze_days", locale, &[("days", Arg::from(format::decimal(v, 1, locale)))])
        }
        KpiValue::Units(Some(v)) => {
            message("analyze_units", locale, &[("units", Arg::from(format::decimal(v, 0, locale)))])
        }
        KpiValue::Money(amount) => format::money(amount, locale),
        KpiValue::Ratio(None) | KpiValue::Days(None) | KpiValue::Units(None) => MISSING.to_string(),
    }
}

/// The label of a KPI or driver-tree key in the table (message `analyze_<key>`).
fn row_label(key: &str, locale: Locale) -> String {
    message(&format!("analyze_{key}"), locale, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_a_label_in_both_languages() {
        let report = parse(include_str!("../../examples/analyze/maschinenbau-2025.ron"), Path::new("example.ron"));
        let report = report.expect("the shipped example is valid");
        let analysis = analyze(&report);
        for locale in [Locale::De, Locale::En] {
            for key in kpi::keys().iter().copied().chain(analysis.tree.nodes().iter().map(|n| n.key)) {
                assert!(!row_label(key, locale).starts_with("analyze_"), "{key} has no {locale:?} label");
            }
        }
    }

    #[test]
    fn the_example_cash_flow_reconciles() {
        let report = parse(include_str!("../../examples/analyze/maschinenbau-2025.ron"), Path::new("example.ron"))
            .expect("the shipped example is valid");
        let analysis = analyze(&report);
        // Capex = 25 700 000 − 25 000 000 + 2 800 000 = 3 500 000; dividends = 2 464 000 −
        // (30 064 000 − 28 600 000) = 1 000 000; Δcash = 1 364 000 − 3 100 000 = −1 736 000.
        assert_eq!(analysis.cash_flow.capex, Money::euros(3_500_000));
        assert_eq!(analysis.cash_flow.dividends, Money::euros(1_000_000));
        assert_eq!(analysis.cash_flow.net_change, Money::euros(-1_736_000));
    }
}
