//! A customer's published annual report as the lab reads it: two balance sheets and the
//! income statement between them, in the lines real HGB and IFRS reports print, with the
//! unit and rounding they were published in.
//!
//! The lines are grouped the way value analysis needs them (docs/analyze-format.md):
//! - **Operating assets** (in capital employed): intangible assets with goodwill, property,
//!   plant and equipment, inventory, trade receivables and other operating assets.
//! - **Non-operating assets** (outside it): financial assets (investments, at-equity,
//!   deferred tax assets, financial-services receivables), securities, cash.
//! - **Operating liabilities** that finance the operations without interest and are
//!   subtracted from capital employed: trade payables and other operating liabilities
//!   (customer advance payments, contract liabilities).
//! - **Financing**: equity with non-controlling interests; financial debt (loans, bonds,
//!   leases; long- and short-term); pensions (debt-like, in net debt when the report counts
//!   them there); provisions and other liabilities (tax, deferred tax, other), which are
//!   neither capital employed nor interest-bearing debt.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::model::Money;

/// How the figures of a report are printed: in currency units, thousands or millions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum FigureUnit {
    /// Amounts as they are, e.g. 1.234.567,89 €.
    #[default]
    Units,
    /// Thousands ("T€", "TEUR", "TUSD").
    Thousands,
    /// Millions ("Mio. €", "EUR m").
    Millions,
}

impl FigureUnit {
    /// What one printed 1 is worth in currency units.
    pub fn factor(self) -> Decimal {
        match self {
            FigureUnit::Units => Decimal::ONE,
            FigureUnit::Thousands => Decimal::ONE_THOUSAND,
            FigureUnit::Millions => Decimal::from(1_000_000),
        }
    }

    /// Every unit, in the order the forms offer them.
    pub const ALL: [FigureUnit; 3] = [FigureUnit::Units, FigureUnit::Thousands, FigureUnit::Millions];

    /// The unit's name in files and spreadsheets.
    pub fn key(self) -> &'static str {
        match self {
            FigureUnit::Units => "Units",
            FigureUnit::Thousands => "Thousands",
            FigureUnit::Millions => "Millions",
        }
    }
}

/// One balance sheet of a published report, amounts in currency units (cents exact).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportSheet {
    /// Goodwill and other intangible assets (operating).
    pub intangible_assets: Money,
    /// Property, plant and equipment, right-of-use assets included, net (operating).
    pub ppe_net: Money,
    /// Financial assets and other non-operating assets: investments, at-equity holdings,
    /// loans granted, deferred tax assets, financial-services receivables, assets held for sale.
    pub financial_assets: Money,
    /// Inventories (operating).
    pub inventory: Money,
    /// Trade receivables (operating).
    pub receivables: Money,
    /// Other operating assets: contract assets, other receivables and prepayments.
    pub other_operating_assets: Money,
    /// Current securities and financial investments, netted against debt.
    pub securities: Money,
    /// Cash and cash equivalents.
    pub cash: Money,
    /// Subscribed capital.
    pub subscribed_capital: Money,
    /// Capital and revenue reserves, retained earnings and the year's profit.
    pub retained_earnings: Money,
    /// Non-controlling (minority) interests in equity.
    pub non_controlling_interests: Money,
    /// Pension provisions and similar obligations.
    pub pensions: Money,
    /// Other non-current provisions.
    pub provisions: Money,
    /// Long-term financial debt: bank loans, bonds, promissory notes, lease liabilities.
    pub loans: Money,
    /// Other non-current liabilities that bear no interest: deferred tax liabilities and others.
    pub other_long_term_liabilities: Money,
    /// Trade payables (operating).
    pub payables: Money,
    /// Other operating liabilities: customer advance payments, contract liabilities.
    pub other_operating_liabilities: Money,
    /// Other current liabilities outside capital employed: tax liabilities, current
    /// provisions, other liabilities.
    pub other_current_liabilities: Money,
    /// Short-term financial debt: current portion of loans, credit lines, commercial paper.
    pub short_term_debt: Money,
}

impl ReportSheet {
    /// Intangible assets plus property, plant and equipment.
    pub fn fixed_assets(&self) -> Money {
        self.intangible_assets + self.ppe_net
    }

    /// Every asset line added up.
    pub fn total_assets(&self) -> Money {
        self.fixed_assets()
            + self.financial_assets
            + self.inventory
            + self.receivables
            + self.other_operating_assets
            + self.securities
            + self.cash
    }

    /// Equity with non-controlling interests.
    pub fn total_equity(&self) -> Money {
        self.subscribed_capital + self.retained_earnings + self.non_controlling_interests
    }

    /// Every liability line added up.
    pub fn total_liabilities(&self) -> Money {
        self.pensions + self.provisions + self.loans + self.other_long_term_liabilities + self.current_liabilities()
    }

    /// Liabilities due within a year: payables, other operating and other current
    /// liabilities, short-term debt.
    pub fn current_liabilities(&self) -> Money {
        self.payables + self.other_operating_liabilities + self.other_current_liabilities + self.short_term_debt
    }

    /// Current assets: inventory, receivables, other operating assets, securities, cash.
    pub fn current_assets(&self) -> Money {
        self.inventory + self.receivables + self.other_operating_assets + self.securities + self.cash
    }

    /// Equity and liabilities added up.
    pub fn total_equity_and_liabilities(&self) -> Money {
        self.total_equity() + self.total_liabilities()
    }

    /// Assets less equity and liabilities: zero for a sheet entered to the cent, within the
    /// report's rounding for one published in thousands or millions.
    pub fn residual(&self) -> Money {
        self.total_assets() - self.total_equity_and_liabilities()
    }

    /// Interest-bearing financial debt: loans plus short-term debt.
    pub fn financial_debt(&self) -> Money {
        self.loans + self.short_term_debt
    }

    /// Net debt: financial debt (with pensions when `with_pensions`) less cash and
    /// securities; negative is net cash.
    pub fn net_debt(&self, with_pensions: bool) -> Money {
        let pensions = if with_pensions { self.pensions } else { Money::ZERO };
        self.financial_debt() + pensions - self.cash - self.securities
    }

    /// Capital employed, operating view: fixed assets, inventory, receivables and other
    /// operating assets less payables and other operating liabilities. Cash, securities and
    /// financial assets are outside, as in the game (DESIGN §8).
    pub fn capital_employed(&self) -> Money {
        self.fixed_assets() + self.inventory + self.receivables + self.other_operating_assets
            - self.payables
            - self.other_operating_liabilities
    }

    /// The sheet's lines as (key, amount), assets first, in reading order.
    pub fn lines(&self) -> [(&'static str, Money); 19] {
        [
            ("intangible_assets", self.intangible_assets),
            ("ppe_net", self.ppe_net),
            ("financial_assets", self.financial_assets),
            ("inventory", self.inventory),
            ("receivables", self.receivables),
            ("other_operating_assets", self.other_operating_assets),
            ("securities", self.securities),
            ("cash", self.cash),
            ("subscribed_capital", self.subscribed_capital),
            ("retained_earnings", self.retained_earnings),
            ("non_controlling_interests", self.non_controlling_interests),
            ("pensions", self.pensions),
            ("provisions", self.provisions),
            ("loans", self.loans),
            ("other_long_term_liabilities", self.other_long_term_liabilities),
            ("payables", self.payables),
            ("other_operating_liabilities", self.other_operating_liabilities),
            ("other_current_liabilities", self.other_current_liabilities),
            ("short_term_debt", self.short_term_debt),
        ]
    }
}

/// The income statement of a published report, costs as positive amounts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportIncome {
    /// Revenue as printed (before the rebates below, when the report shows them apart).
    pub revenue: Money,
    /// Customer bonuses and rebates deducted from revenue, when shown apart.
    pub rebates: Money,
    /// Cost of sales.
    pub cogs: Money,
    /// Selling and distribution costs (marketing, sales force, service, freight).
    pub selling: Money,
    /// General administration costs.
    pub admin: Money,
    /// Research and development costs.
    pub rnd: Money,
    /// Other operating income.
    pub other_operating_income: Money,
    /// Other operating expenses.
    pub other_operating_expenses: Money,
    /// Depreciation and amortisation of the year.
    pub depreciation: Money,
    /// True when the cost lines above already contain the depreciation (cost-of-sales
    /// method, "Umsatzkostenverfahren"); then it is not subtracted a second time.
    pub depreciation_included: bool,
    /// Interest expense (pension interest included where the report puts it there).
    pub interest_expense: Money,
    /// Interest income.
    pub interest_income: Money,
    /// The rest of the financial result: at-equity results, investment income, currency
    /// effects; may be negative.
    pub other_financial_result: Money,
    /// Income taxes; negative for a tax income.
    pub tax: Money,
    /// Net income attributable to non-controlling interests (part of net income).
    pub minority_share: Money,
}

impl ReportIncome {
    /// Revenue less rebates.
    pub fn net_revenue(&self) -> Money {
        self.revenue - self.rebates
    }

    /// Depreciation as a separate cost line: zero when the functional costs contain it.
    fn separate_depreciation(&self) -> Money {
        if self.depreciation_included { Money::ZERO } else { self.depreciation }
    }

    /// Net revenue less cost of sales.
    pub fn gross_profit(&self) -> Money {
        self.net_revenue() - self.cogs
    }

    /// Operating result (EBIT): net revenue less every operating cost, plus other operating income.
    pub fn ebit(&self) -> Money {
        self.gross_profit() - self.selling - self.admin - self.rnd + self.other_operating_income
            - self.other_operating_expenses
            - self.separate_depreciation()
    }

    /// EBIT plus depreciation and amortisation.
    pub fn ebitda(&self) -> Money {
        self.ebit() + self.depreciation
    }

    /// The whole financial result: interest income less interest expense plus the rest.
    pub fn financial_result(&self) -> Money {
        self.interest_income - self.interest_expense + self.other_financial_result
    }

    /// Earnings before tax.
    pub fn ebt(&self) -> Money {
        self.ebit() + self.financial_result()
    }

    /// Net income, minorities' share included.
    pub fn net_income(&self) -> Money {
        self.ebt() - self.tax
    }

    /// The cost lines the driver tree shows under the EBIT margin, as (key, amount):
    /// other operating income reduces the other operating costs (and may turn them negative).
    pub fn cost_lines(&self) -> [(&'static str, Money); 6] {
        [
            ("cogs_ratio", self.cogs),
            ("selling_ratio", self.selling),
            ("admin_ratio", self.admin),
            ("rnd_ratio", self.rnd),
            ("other_operating_ratio", self.other_operating_expenses - self.other_operating_income),
            ("depreciation_ratio", self.separate_depreciation()),
        ]
    }

    /// The statement's lines as (key, amount), in reading order, subtotals included.
    pub fn lines(&self) -> Vec<(&'static str, Money)> {
        vec![
            ("revenue", self.revenue),
            ("rebates", self.rebates),
            ("net_revenue", self.net_revenue()),
            ("cogs", self.cogs),
            ("gross_profit", self.gross_profit()),
            ("selling", self.selling),
            ("admin", self.admin),
            ("rnd", self.rnd),
            ("other_operating_income", self.other_operating_income),
            ("other_operating_expenses", self.other_operating_expenses),
            ("depreciation", self.depreciation),
            ("ebit", self.ebit()),
            ("interest_income", self.interest_income),
            ("interest_expense", self.interest_expense),
            ("other_financial_result", self.other_financial_result),
            ("ebt", self.ebt()),
            ("tax", self.tax),
            ("net_income", self.net_income()),
            ("minority_share", self.minority_share),
        ]
    }
}

/// A customer's annual report, validated: what the lab analyses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomerReport {
    /// The company's name as printed.
    pub company: String,
    /// The fiscal year the income statement covers (the closing sheet's year).
    pub year: u16,
    /// ISO 4217 code of the report's currency, e.g. "EUR", "USD", "CHF".
    pub currency: String,
    /// The unit the figures were entered in (amounts here are already in currency units).
    pub unit: FigureUnit,
    /// The step the printed figures were rounded to, in currency units (0,1 Mio. € =
    /// 100 000): each sheet may miss balancing by half a step per line, no more.
    pub rounding: Money,
    /// Where the figures come from (report, year, pages) and how they were mapped.
    pub source: String,
    /// Income-tax rate for NOPAT, as a fraction.
    pub tax_rate: Decimal,
    /// The owners' required return, as a fraction.
    pub cost_of_equity: Decimal,
    /// The marginal borrowing rate before tax, as a fraction.
    pub cost_of_debt: Decimal,
    /// True when the report counts pensions in net debt (and the WACC weights them as debt).
    pub pensions_in_net_debt: bool,
    /// Net revenue of the year before, when known.
    pub prior_net_revenue: Option<Money>,
    /// Dividends paid in the year, as the cash-flow statement shows them.
    pub dividends_paid: Option<Money>,
    /// Units sold, when known (0: unknown).
    pub units_sold: u64,
    /// The balance sheet at the start of the year.
    pub opening: ReportSheet,
    /// The balance sheet at the end of the year.
    pub closing: ReportSheet,
    /// The income statement of the year.
    pub income: ReportIncome,
}

impl CustomerReport {
    /// The amount a sheet may miss balancing by: half the rounding step for each of its
    /// lines that is not zero (each printed figure is off by at most that much; a report
    /// entered to the cent has a step of 0 and must balance exactly).
    pub fn tolerance(&self, sheet: &ReportSheet) -> Money {
        let lines = sheet.lines().iter().filter(|(_, amount)| !amount.is_zero()).count();
        Money::from_decimal(self.rounding.amount() * Decimal::from(lines) / Decimal::TWO)
    }
}
