//! A customer's annual report as typed (RON file or spreadsheet) and its validation into a
//! [`CustomerReport`]: every problem at once, each with its field path, so the RON reader
//! can place it by line and column and the spreadsheet reader by cell.
//!
//! Old files (before the lines for intangible and financial assets, pensions, provisions,
//! minorities and the financial result) keep working with the same figures: every new line
//! defaults to zero, and the old cost lines `marketing`, `sales_force` and `cost_to_serve`
//! are selling costs, `inventory_holding` is administration.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::model::Money;
use crate::model::customer::{CustomerReport, FigureUnit, ReportIncome, ReportSheet};
use crate::model::format::{self, Locale};
use crate::scenario::{Code, Issue, Phrase};

/// Largest amount accepted, in currency units: far below `Decimal`'s range (DESIGN §3), far
/// above any company's balance sheet.
pub(crate) const MAX_AMOUNT: i64 = 1_000_000_000_000_000;

/// The file as written: the published annual report of one company and year.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(rename = "AnnualReport", deny_unknown_fields)]
pub struct RawReport {
    /// The company's name.
    pub company: String,
    /// The fiscal year of the income statement.
    pub year: u16,
    /// A free note on the figures (kept from the first format; shown under the title).
    #[serde(default)]
    pub currency_note: String,
    /// ISO 4217 code; EUR when left out.
    #[serde(default)]
    pub currency: Option<String>,
    /// The unit the figures are written in; currency units when left out.
    #[serde(default)]
    pub unit: Option<FigureUnit>,
    /// The step the printed figures are rounded to, in `unit` (0.1 for "1.234,5 Mio. €").
    #[serde(default)]
    pub rounding: Option<Decimal>,
    /// Where the figures come from: report, year, pages.
    #[serde(default)]
    pub source: String,
    /// Income-tax rate, a fraction.
    pub tax_rate: Decimal,
    /// Cost of equity, a fraction.
    pub cost_of_equity: Decimal,
    /// Cost of debt before tax, a fraction.
    pub cost_of_debt: Decimal,
    /// Removed in the first format's revision; named plainly when still there.
    #[serde(default)]
    pub target_debt_weight: Option<Decimal>,
    /// True when the report counts pensions in net debt.
    #[serde(default)]
    pub pensions_in_net_debt: bool,
    /// Net revenue of the year before.
    #[serde(default)]
    pub prior_net_revenue: Option<Decimal>,
    /// Dividends paid in the year (cash-flow statement).
    #[serde(default)]
    pub dividends_paid: Option<Decimal>,
    /// Units sold.
    #[serde(default)]
    pub units_sold: Option<u64>,
    /// Units produced.
    #[serde(default)]
    pub units_produced: Option<u64>,
    /// Units the plants could make.
    #[serde(default)]
    pub capacity_units: Option<u64>,
    /// Share of the market, a fraction.
    #[serde(default)]
    pub market_share: Option<Decimal>,
    /// The balance sheet at the start of the year.
    pub opening: RawSheet,
    /// The balance sheet at the end of the year.
    pub closing: RawSheet,
    /// The income statement.
    pub income: RawIncome,
}

/// A published balance sheet, as written; every line but cash, equity and the fixed assets
/// may be left out (zero).
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(rename = "BalanceSheet", deny_unknown_fields)]
#[allow(missing_docs, reason = "each field is one balance-sheet line, explained in docs/analyze-format.md")]
pub struct RawSheet {
    #[serde(default)]
    pub intangible_assets: Decimal,
    #[serde(default)]
    pub net_fixed_assets: Option<Decimal>,
    #[serde(default)]
    pub fixed_assets_gross: Option<Decimal>,
    #[serde(default)]
    pub accumulated_depreciation: Option<Decimal>,
    #[serde(default)]
    pub financial_assets: Decimal,
    #[serde(default)]
    pub inventory: Decimal,
    #[serde(default)]
    pub receivables: Decimal,
    #[serde(default)]
    pub other_operating_assets: Decimal,
    #[serde(default)]
    pub securities: Decimal,
    pub cash: Decimal,
    pub subscribed_capital: Decimal,
    pub retained_earnings: Decimal,
    #[serde(default)]
    pub non_controlling_interests: Decimal,
    #[serde(default)]
    pub pensions: Decimal,
    #[serde(default)]
    pub provisions: Decimal,
    #[serde(default)]
    pub loans: Decimal,
    #[serde(default)]
    pub other_long_term_liabilities: Decimal,
    #[serde(default)]
    pub payables: Decimal,
    #[serde(default)]
    pub other_operating_liabilities: Decimal,
    #[serde(default)]
    pub other_current_liabilities: Decimal,
    #[serde(default)]
    pub short_term_debt: Decimal,
    /// The printed balance-sheet total, checked against the lines when given.
    #[serde(default)]
    pub total_assets: Option<Decimal>,
}

/// A published income statement, as written; cost lines left out are zero.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(rename = "IncomeStatement", deny_unknown_fields)]
#[allow(missing_docs, reason = "each field is one income-statement line, explained in docs/analyze-format.md")]
pub struct RawIncome {
    pub revenue: Decimal,
    #[serde(default)]
    pub rebates: Decimal,
    pub cogs: Decimal,
    #[serde(default)]
    pub selling: Decimal,
    #[serde(default)]
    pub marketing: Decimal,
    #[serde(default)]
    pub sales_force: Decimal,
    #[serde(default)]
    pub cost_to_serve: Decimal,
    #[serde(default)]
    pub admin: Decimal,
    #[serde(default)]
    pub inventory_holding: Decimal,
    #[serde(default)]
    pub rnd: Decimal,
    #[serde(default)]
    pub other_operating_income: Decimal,
    #[serde(default)]
    pub other_operating_expenses: Decimal,
    pub depreciation: Decimal,
    #[serde(default)]
    pub depreciation_included: bool,
    #[serde(default)]
    pub interest_expense: Decimal,
    #[serde(default)]
    pub interest_income: Decimal,
    #[serde(default)]
    pub other_financial_result: Decimal,
    pub tax: Decimal,
    #[serde(default)]
    pub minority_share: Decimal,
    /// The printed net income, checked against the lines when given.
    #[serde(default)]
    pub net_income: Option<Decimal>,
}

impl RawIncome {
    /// How many lines were entered with an amount: each may be off by half the rounding step.
    fn entered_lines(&self) -> usize {
        let lines = [
            self.revenue,
            self.rebates,
            self.cogs,
            self.selling,
            self.marketing,
            self.sales_force,
            self.cost_to_serve,
            self.admin,
            self.inventory_holding,
            self.rnd,
            self.other_operating_income,
            self.other_operating_expenses,
            self.interest_expense,
            self.interest_income,
            self.other_financial_result,
            self.tax,
        ];
        let separate_depreciation = usize::from(!self.depreciation_included && !self.depreciation.is_zero());
        lines.iter().filter(|v| !v.is_zero()).count() + separate_depreciation
    }
}

/// Where a number of the report lives: a line with a default of zero, or an optional field.
pub enum Slot<'a> {
    /// A line that is zero when not given.
    Plain(&'a mut Decimal),
    /// A field that may be absent.
    Optional(&'a mut Option<Decimal>),
}

impl RawReport {
    /// The number at field path `path` (`tax_rate`, `closing.cash`, `income.revenue`), for
    /// the spreadsheet reader and the lab's form; `None` for a path that is no number.
    pub fn slot(&mut self, path: &str) -> Option<Slot<'_>> {
        use Slot::{Optional, Plain};
        let (scope, key) = path.split_once('.').unwrap_or(("", path));
        Some(match (scope, key) {
            ("", "rounding") => Optional(&mut self.rounding),
            ("", "tax_rate") => Plain(&mut self.tax_rate),
            ("", "cost_of_equity") => Plain(&mut self.cost_of_equity),
            ("", "cost_of_debt") => Plain(&mut self.cost_of_debt),
            ("", "prior_net_revenue") => Optional(&mut self.prior_net_revenue),
            ("", "dividends_paid") => Optional(&mut self.dividends_paid),
            ("", "market_share") => Optional(&mut self.market_share),
            ("income", key) => {
                let i = &mut self.income;
                match key {
                    "revenue" => Plain(&mut i.revenue),
                    "rebates" => Plain(&mut i.rebates),
                    "cogs" => Plain(&mut i.cogs),
                    "selling" => Plain(&mut i.selling),
                    "admin" => Plain(&mut i.admin),
                    "rnd" => Plain(&mut i.rnd),
                    "other_operating_income" => Plain(&mut i.other_operating_income),
                    "other_operating_expenses" => Plain(&mut i.other_operating_expenses),
                    "depreciation" => Plain(&mut i.depreciation),
                    "interest_income" => Plain(&mut i.interest_income),
                    "interest_expense" => Plain(&mut i.interest_expense),
                    "other_financial_result" => Plain(&mut i.other_financial_result),
                    "tax" => Plain(&mut i.tax),
                    "net_income" => Optional(&mut i.net_income),
                    "minority_share" => Plain(&mut i.minority_share),
                    _ => return None,
                }
            }
            ("opening" | "closing", key) => {
                let s = if scope == "opening" { &mut self.opening } else { &mut self.closing };
                match key {
                    "intangible_assets" => Plain(&mut s.intangible_assets),
                    "net_fixed_assets" => Optional(&mut s.net_fixed_assets),
                    "financial_assets" => Plain(&mut s.financial_assets),
                    "inventory" => Plain(&mut s.inventory),
                    "receivables" => Plain(&mut s.receivables),
                    "other_operating_assets" => Plain(&mut s.other_operating_assets),
                    "securities" => Plain(&mut s.securities),
                    "cash" => Plain(&mut s.cash),
                    "total_assets" => Optional(&mut s.total_assets),
                    "subscribed_capital" => Plain(&mut s.subscribed_capital),
                    "retained_earnings" => Plain(&mut s.retained_earnings),
                    "non_controlling_interests" => Plain(&mut s.non_controlling_interests),
                    "pensions" => Plain(&mut s.pensions),
                    "provisions" => Plain(&mut s.provisions),
                    "loans" => Plain(&mut s.loans),
                    "other_long_term_liabilities" => Plain(&mut s.other_long_term_liabilities),
                    "payables" => Plain(&mut s.payables),
                    "other_operating_liabilities" => Plain(&mut s.other_operating_liabilities),
                    "other_current_liabilities" => Plain(&mut s.other_current_liabilities),
                    "short_term_debt" => Plain(&mut s.short_term_debt),
                    _ => return None,
                }
            }
            _ => return None,
        })
    }

    /// Stores `n` at field path `path`; a path that is no number is left alone.
    pub fn set_number(&mut self, path: &str, n: Decimal) {
        match self.slot(path) {
            Some(Slot::Plain(value)) => *value = n,
            Some(Slot::Optional(value)) => *value = Some(n),
            None => {}
        }
    }

    /// The number at `path`: `None` when absent (an optional field) or no number.
    pub fn number(&self, path: &str) -> Option<Decimal> {
        match self.clone().slot(path)? {
            Slot::Plain(value) => Some(*value),
            Slot::Optional(value) => *value,
        }
    }
}

/// A validated report with what the reader of the analysis should know beyond it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadReport {
    /// The report.
    pub report: CustomerReport,
    /// The free note on the figures.
    pub note: String,
    /// Units produced, capacity and market share when given (capacity utilisation, share).
    pub volume: Volume,
}

/// Volume figures a report may give.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Volume {
    /// Units produced.
    pub units_produced: u64,
    /// Units the plants could make.
    pub capacity_units: u64,
    /// Share of the market, a fraction.
    pub market_share: Option<Decimal>,
}

/// Collects validation problems of one report.
struct Problems {
    list: Vec<Issue>,
    factor: Decimal,
    currency: String,
}

impl Problems {
    fn push(&mut self, code: Code, path: &str, found: impl Into<Phrase>, allowed: Phrase) {
        self.list.push(Issue::error(code, path, found, allowed));
    }

    fn show(&self, amount: Money) -> String {
        format::money_in(amount, 2, &self.currency, Locale::De)
    }

    /// An amount as written (in the report's unit), within range, whole cents once
    /// converted, not negative unless `may_be_negative`.
    fn amount(&mut self, path: &str, value: Decimal, may_be_negative: bool) -> Money {
        let limit = Decimal::from(MAX_AMOUNT);
        let Some(converted) = value.checked_mul(self.factor).filter(|v| v.abs() <= limit) else {
            let limit = self.show(Money::from_decimal(limit));
            self.push(Code::Range, path, value.to_string(), Phrase::words("ph_amount_up_to").arg("limit", limit));
            return Money::ZERO;
        };
        if converted.normalize().scale() > 2 {
            self.push(Code::Precision, path, value.to_string(), Phrase::words("ph_whole_cents"));
        }
        let money = Money::from_decimal(converted);
        if money.is_negative() && !may_be_negative {
            self.push(Code::Range, path, value.to_string(), Phrase::words("ph_amount_not_negative"));
        }
        money
    }

    /// A rate as a fraction within `low..=high` (or `low..high` when `high_open`, or
    /// `(low..high)` when both are open).
    fn rate(
        &mut self,
        path: &str,
        value: Decimal,
        (low, low_open): (Decimal, bool),
        (high, high_open): (Decimal, bool),
    ) -> Decimal {
        let too_low = if low_open { value <= low } else { value < low };
        let too_high = if high_open { value >= high } else { value > high };
        if too_low || too_high {
            let allowed = Phrase::words("ph_fraction_between")
                .arg("low", low.to_string())
                .arg("high", high.to_string())
                .arg("open", if low_open { "(" } else { "[" })
                .arg("close", if high_open { ")" } else { "]" });
            self.push(Code::Range, path, value.to_string(), allowed);
        }
        value
    }
}

/// Validates a raw report into a [`ReadReport`], collecting every problem with its field path.
pub fn validate(raw: RawReport) -> Result<ReadReport, Vec<Issue>> {
    let currency = raw.currency.as_deref().map_or_else(|| "EUR".to_string(), |c| c.trim().to_uppercase());
    let unit = raw.unit.unwrap_or_default();
    let mut problems = Problems { list: Vec::new(), factor: unit.factor(), currency: currency.clone() };
    if raw.company.trim().is_empty() {
        problems.push(Code::Empty, "company", Phrase::words("ph_empty_text"), Phrase::words("ph_company_name"));
    }
    if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
        let written = raw.currency.clone().unwrap_or_default();
        problems.push(Code::Range, "currency", written, Phrase::words("ph_currency_code"));
    }
    let rounding = match raw.rounding {
        // At most one printed unit: a coarser step would excuse any typing error.
        Some(step) if step > Decimal::ONE => {
            problems.push(Code::Range, "rounding", step.to_string(), Phrase::words("ph_rounding_step"));
            Money::ZERO
        }
        Some(step) => problems.amount("rounding", step, false),
        None => Money::from_decimal(default_rounding(unit) * unit.factor()),
    };
    let (zero, one) = (Decimal::ZERO, Decimal::ONE);
    let tax_rate = problems.rate("tax_rate", raw.tax_rate, (zero, false), (one, true));
    let cost_of_equity = problems.rate("cost_of_equity", raw.cost_of_equity, (zero, true), (one, true));
    let cost_of_debt = problems.rate("cost_of_debt", raw.cost_of_debt, (zero, false), (one, true));
    if let Some(weight) = raw.target_debt_weight {
        let allowed = Phrase::words("ph_target_debt_weight_gone");
        problems.push(Code::UnknownField, "target_debt_weight", weight.normalize().to_string(), allowed);
    }
    let market_share = raw.market_share.map(|share| problems.rate("market_share", share, (zero, false), (one, false)));
    let prior_net_revenue = raw.prior_net_revenue.map(|prior| problems.amount("prior_net_revenue", prior, false));
    let dividends_paid = raw.dividends_paid.map(|paid| problems.amount("dividends_paid", paid, false));
    let opening = sheet(&mut problems, "opening", &raw.opening);
    let closing = sheet(&mut problems, "closing", &raw.closing);
    let (income, published_net_income) = income(&mut problems, &raw.income);
    let report = CustomerReport {
        company: raw.company,
        year: raw.year,
        currency,
        unit,
        rounding,
        source: raw.source,
        tax_rate,
        cost_of_equity,
        cost_of_debt,
        pensions_in_net_debt: raw.pensions_in_net_debt,
        prior_net_revenue,
        dividends_paid,
        units_sold: raw.units_sold.unwrap_or(0),
        opening,
        closing,
        income,
    };
    for (which, sheet, printed) in
        [("opening", &report.opening, raw.opening.total_assets), ("closing", &report.closing, raw.closing.total_assets)]
    {
        balances(&mut problems, &report, which, sheet, printed);
    }
    if let Some(published) = published_net_income {
        let lines = raw.income.entered_lines();
        let tolerance = Money::from_decimal(report.rounding.amount() * Decimal::from(lines) / Decimal::TWO);
        let computed = report.income.net_income();
        if (published - computed).abs() > tolerance {
            let found = Phrase::words("ph_net_income")
                .arg("published", problems.show(published))
                .arg("lines", problems.show(computed));
            let allowed = Phrase::words("ph_net_income_within").arg("tolerance", problems.show(tolerance));
            problems.push(Code::Inconsistent, "income.net_income", found, allowed);
        }
    }
    if !problems.list.is_empty() {
        return Err(problems.list);
    }
    let volume = Volume {
        units_produced: raw.units_produced.unwrap_or(0),
        capacity_units: raw.capacity_units.unwrap_or(0),
        market_share,
    };
    Ok(ReadReport { report, note: raw.currency_note, volume })
}

/// The rounding step a report in `unit` is assumed to be printed with: cents, whole
/// thousands, or millions with one decimal.
pub fn default_rounding(unit: FigureUnit) -> Decimal {
    match unit {
        FigureUnit::Units => Decimal::ZERO,
        FigureUnit::Thousands => Decimal::ONE,
        FigureUnit::Millions => Decimal::new(1, 1),
    }
}

/// Checks that a sheet balances within the report's rounding, and matches its printed total.
fn balances(
    problems: &mut Problems,
    report: &CustomerReport,
    which: &str,
    sheet: &ReportSheet,
    printed: Option<Decimal>,
) {
    let tolerance = report.tolerance(sheet);
    let residual = sheet.residual();
    if residual.abs() > tolerance {
        let found = Phrase::words("ph_assets_vs")
            .arg("assets", problems.show(sheet.total_assets()))
            .arg("equity_and_liabilities", problems.show(sheet.total_equity_and_liabilities()));
        let allowed = Phrase::words("ph_sheet_balances_within")
            .arg("difference", problems.show(residual))
            .arg("tolerance", problems.show(tolerance));
        problems.push(Code::Unbalanced, which, found, allowed);
    }
    if let Some(printed) = printed {
        let path = format!("{which}.total_assets");
        let printed = problems.amount(&path, printed, false);
        if (printed - sheet.total_assets()).abs() > tolerance {
            let found = Phrase::words("ph_total_vs_lines")
                .arg("printed", problems.show(printed))
                .arg("lines", problems.show(sheet.total_assets()));
            let allowed = Phrase::words("ph_total_within").arg("tolerance", problems.show(tolerance));
            problems.push(Code::Inconsistent, &path, found, allowed);
        }
    }
}

/// Validates one balance sheet (`which` is "opening" or "closing").
fn sheet(problems: &mut Problems, which: &str, raw: &RawSheet) -> ReportSheet {
    let mut amount = |field: &str, value: Decimal, may_be_negative| {
        problems.amount(&format!("{which}.{field}"), value, may_be_negative)
    };
    let intangible_assets = amount("intangible_assets", raw.intangible_assets, false);
    let net = raw.net_fixed_assets.map(|net| amount("net_fixed_assets", net, false));
    let gross = raw.fixed_assets_gross.map(|gross| amount("fixed_assets_gross", gross, false));
    let depreciated = raw.accumulated_depreciation.map(|acc| amount("accumulated_depreciation", acc, false));
    let mut out = ReportSheet {
        intangible_assets,
        ppe_net: Money::ZERO,
        financial_assets: amount("financial_assets", raw.financial_assets, false),
        inventory: amount("inventory", raw.inventory, false),
        receivables: amount("receivables", raw.receivables, false),
        other_operating_assets: amount("other_operating_assets", raw.other_operating_assets, false),
        securities: amount("securities", raw.securities, false),
        cash: amount("cash", raw.cash, false),
        subscribed_capital: amount("subscribed_capital", raw.subscribed_capital, false),
        // Reserves turn negative after losses, minorities too.
        retained_earnings: amount("retained_earnings", raw.retained_earnings, true),
        non_controlling_interests: amount("non_controlling_interests", raw.non_controlling_interests, true),
        pensions: amount("pensions", raw.pensions, false),
        provisions: amount("provisions", raw.provisions, false),
        loans: amount("loans", raw.loans, false),
        other_long_term_liabilities: amount("other_long_term_liabilities", raw.other_long_term_liabilities, false),
        payables: amount("payables", raw.payables, false),
        other_operating_liabilities: amount("other_operating_liabilities", raw.other_operating_liabilities, false),
        other_current_liabilities: amount("other_current_liabilities", raw.other_current_liabilities, false),
        short_term_debt: amount("short_term_debt", raw.short_term_debt, false),
    };
    out.ppe_net = match (net, gross, depreciated) {
        (Some(net), None, None) => net,
        (net, Some(gross), Some(depreciated)) => {
            if depreciated > gross {
                let found = Phrase::words("ph_above_field")
                    .arg("value", problems.show(depreciated))
                    .arg("field", "fixed_assets_gross")
                    .arg("limit", problems.show(gross));
                let path = format!("{which}.accumulated_depreciation");
                problems.push(Code::Inconsistent, &path, found, Phrase::words("ph_at_most_gross"));
            }
            if let Some(net) = net.filter(|net| *net != gross - depreciated) {
                let found = Phrase::words("ph_net_fixed_assets")
                    .arg("net", problems.show(net))
                    .arg("difference", problems.show(gross - depreciated));
                let path = format!("{which}.net_fixed_assets");
                problems.push(Code::Inconsistent, &path, found, Phrase::words("ph_same_amount"));
            }
            gross - depreciated
        }
        _ => {
            let (found, allowed) = (Phrase::words("ph_fixed_assets_missing"), Phrase::words("ph_fixed_assets_forms"));
            problems.push(Code::MissingField, which, found, allowed);
            Money::ZERO
        }
    };
    out
}

/// Validates the income statement; returns it and the printed net income, when given.
fn income(problems: &mut Problems, raw: &RawIncome) -> (ReportIncome, Option<Money>) {
    let old_selling = [raw.marketing, raw.sales_force, raw.cost_to_serve].iter().any(|v| !v.is_zero());
    if !raw.selling.is_zero() && old_selling {
        let found = Phrase::words("ph_old_and_new_lines");
        problems.push(Code::Inconsistent, "income.selling", found, Phrase::words("ph_one_form_of_lines"));
    }
    let mut amount = |field: &str, value: Decimal, may_be_negative| {
        problems.amount(&format!("income.{field}"), value, may_be_negative)
    };
    let selling = amount("selling", raw.selling, false)
        + amount("marketing", raw.marketing, false)
        + amount("sales_force", raw.sales_force, false)
        + amount("cost_to_serve", raw.cost_to_serve, false);
    let admin = amount("admin", raw.admin, false) + amount("inventory_holding", raw.inventory_holding, false);
    let income = ReportIncome {
        revenue: amount("revenue", raw.revenue, false),
        rebates: amount("rebates", raw.rebates, false),
        cogs: amount("cogs", raw.cogs, false),
        selling,
        admin,
        rnd: amount("rnd", raw.rnd, false),
        other_operating_income: amount("other_operating_income", raw.other_operating_income, false),
        other_operating_expenses: amount("other_operating_expenses", raw.other_operating_expenses, false),
        depreciation: amount("depreciation", raw.depreciation, false),
        depreciation_included: raw.depreciation_included,
        interest_expense: amount("interest_expense", raw.interest_expense, false),
        interest_income: amount("interest_income", raw.interest_income, false),
        other_financial_result: amount("other_financial_result", raw.other_financial_result, true),
        // A tax refund or deferred-tax income makes tax negative.
        tax: amount("tax", raw.tax, true),
        minority_share: amount("minority_share", raw.minority_share, true),
    };
    let published = raw.net_income.map(|net| amount("net_income", net, true));
    (income, published)
}
