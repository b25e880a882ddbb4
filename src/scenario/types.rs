//! The scenario a trainer writes: market, cost structure, opening books, events, projects.
//!
//! These types are both the RON file format (unknown fields rejected, documented
//! defaults) and, once [`crate::scenario::validate`] has found no error, the validated
//! scenario the simulation trusts. Field-by-field units and ranges: docs/scenario-format.md.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::model::Money;
use crate::model::format::Locale;

/// Version of the scenario format this build reads and writes.
pub const SCENARIO_FORMAT_VERSION: u32 = 2;

/// A complete scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Version of the scenario format: [`SCENARIO_FORMAT_VERSION`]. Files without it are
    /// format 1, written for the economic model before 2026-12 (docs/scenario-format.md
    /// says how to move one on).
    pub scenario_format_version: u32,
    /// Display name.
    pub name: String,
    /// One paragraph for the title screen and reports.
    #[serde(default)]
    pub description: String,
    /// The scenario's key lesson in one or two sentences, for the debrief and the reports
    /// (a general lesson about value when empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lesson: String,
    /// Number of fiscal years played (1..=20).
    pub years: u32,
    /// Income-tax rate on profit, e.g. 0.30 (0..=0.6).
    pub tax_rate: Decimal,
    /// Cost of equity of a company without debt, k_U, e.g. 0.10 (0..=0.5); the cost of
    /// equity rises from it with leverage (docs/economics.md).
    pub unlevered_cost_of_equity: Decimal,
    /// Interest rates and cash rules.
    pub finance: Finance,
    /// Production cost structure and capacity.
    pub production: Production,
    /// Fixed overheads and sales-force cost.
    pub overheads: Overheads,
    /// Brand and quality stocks.
    pub stocks: Stocks,
    /// Market segments (1..=4).
    pub segments: Vec<Segment>,
    /// The opening balance sheet every company starts from; must balance.
    pub opening: Opening,
    /// Last year's decisions: what every company did before year 1.
    pub opening_decisions: OpeningDecisions,
    /// Competing companies (2..=8); which are played by people is chosen at run time.
    pub companies: Vec<CompanySetup>,
    /// Scheduled events.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Events a workshop's trainer may announce for the year being decided (none is
    /// scheduled); the console offers them beside a custom one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub event_catalogue: Vec<CatalogueEvent>,
    /// Catalogue of investment projects.
    #[serde(default)]
    pub projects: Vec<Project>,
    /// What a team sees of the companies it does not run, beyond the market report.
    #[serde(default)]
    pub disclosure: Disclosure,
    /// The scenario's texts in English: each German text (the name, the description, segment
    /// names, event headlines, project names and descriptions) → its English. A text
    /// without one is shown as written.
    #[serde(default)]
    pub english: BTreeMap<String, String>,
}

impl Scenario {
    /// `text` (one of the scenario's own texts, written in German) in `lang`.
    pub fn text<'a>(&'a self, text: &'a str, lang: Locale) -> &'a str {
        match lang {
            Locale::De => text,
            Locale::En => self.english.get(text).map_or(text, String::as_str),
        }
    }

    /// Every text of the scenario that [`Scenario::english`] can translate.
    pub fn texts(&self) -> Vec<&str> {
        let mut texts = vec![self.name.as_str(), self.description.as_str(), self.lesson.as_str()];
        texts.extend(self.segments.iter().map(|s| s.name.as_str()));
        texts.extend(self.events.iter().map(|e| e.headline.as_str()));
        texts.extend(self.event_catalogue.iter().map(|e| e.headline.as_str()));
        texts.extend(self.projects.iter().flat_map(|p| [p.name.as_str(), p.description.as_str()]));
        texts
    }
}

/// How much of a competitor's annual report is public. Bookings and decisions of another
/// company are never shown; the market report (net revenue, units, average net price and
/// share of every company) always is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Disclosure {
    /// The annual report as companies publish it: the balance sheet, the income statement's
    /// totals (net revenue, gross profit, operating expenses, EBITDA, depreciation, EBIT,
    /// interest, tax, net income) and the cash flow's subtotals — no line that spells out a
    /// decision (rebates, marketing, R&D, sales force, capex).
    #[default]
    Published,
    /// Every line of the competitors' statements (an open classroom or a debrief).
    Statements,
}

impl Disclosure {
    /// True when a competitor's statement line `key` is shown.
    pub fn shows(self, key: &str) -> bool {
        match self {
            Disclosure::Statements => true,
            Disclosure::Published => !HIDDEN_LINES.contains(&key),
        }
    }
}

/// Statement lines a published report leaves out: each spells out a decision.
const HIDDEN_LINES: [&str; 17] = [
    "revenue",
    "rebates",
    "marketing",
    "rnd",
    "sales_force",
    "admin",
    "cost_to_serve",
    "inventory_holding",
    "change_receivables",
    "change_inventory",
    "change_payables",
    "change_tax_payable",
    "capex",
    "loans_change",
    "overdraft_change",
    "equity_raised",
    "dividends",
];

/// Interest rates, the cash floor and the automatic overdraft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finance {
    /// Interest on long-term loans per year (0..=0.5).
    pub loan_rate: Decimal,
    /// Interest earned on positive opening cash (0..=0.2).
    pub deposit_rate: Decimal,
    /// Interest on last year's overdraft (0..=0.5), higher than `loan_rate`.
    pub overdraft_rate: Decimal,
    /// One-off fee on every overdraft drawn, as a share of the amount (0..=0.2).
    pub overdraft_fee: Decimal,
    /// The bank's credit line: the largest overdraft it grants (≥ 0 €). A company that needs
    /// more to pay its bills is insolvent and rescued by its owners.
    pub overdraft_limit: Money,
    /// Cash below this at year end is topped up by the automatic overdraft (≥ 0 €).
    pub min_cash: Money,
    /// Largest loan balance a company may carry (≥ 0 €).
    pub max_loans: Money,
    /// Yield of a riskless investment (0..<unlevered_cost_of_equity): the base of the
    /// levered cost of equity (Hamada).
    pub risk_free_rate: Decimal,
    /// Gross leverage (loans + overdraft) / (loans + overdraft + equity), book values after
    /// the year's financing, up to which banks charge no credit spread (0..<1).
    pub spread_free_leverage: Decimal,
    /// Credit spread per unit of leverage above `spread_free_leverage`, added to the loan and
    /// overdraft rates (0..=1; 0.05 = +0,5 points for every 10 points of leverage).
    pub spread_per_leverage: Decimal,
    /// Equity ratio (equity / total assets) the owners restore in a rescue (0.05..=0.8).
    pub rescue_equity_ratio: Decimal,
    /// Share of the rescue capital charged to the score: the value the old owners give away
    /// to the rescuers (0..=3).
    pub rescue_penalty: Decimal,
}

/// Production lines and variable manufacturing cost.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Production {
    /// Units one line makes per year (1..=10 000 000).
    pub units_per_line: u64,
    /// Price of one new line (€).
    pub line_cost: Money,
    /// Life of a line in years (1..=40): it is depreciated over it and retires at its end.
    pub line_life_years: u32,
    /// The lines each company owns at the start, each by its remaining life in years
    /// (1..=line_life_years): a line with 3 produces in years 1 to 3 and then retires. The
    /// opening PP&E is spread over them in proportion to their remaining life.
    pub opening_line_remaining_years: Vec<u32>,
    /// Material per unit in year 1 before events (€), bought on supplier credit.
    pub material_cost_per_unit: Decimal,
    /// Labour per unit (€), paid in cash.
    pub labour_cost_per_unit: Decimal,
    /// Days of supplier credit on materials, DPO (0..=180).
    pub supplier_days: u32,
    /// Carrying cost of year-end inventory as a share of its value (0..=1).
    pub inventory_holding_rate: Decimal,
}

/// Overheads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overheads {
    /// Administration cost per year (€).
    pub admin_cost: Money,
    /// Cost of one salesperson per year (€).
    pub salesperson_cost: Money,
}

/// Brand (built by marketing) and quality (built by R&D) carry over between years.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stocks {
    /// Share of the brand stock lost per year (0..=1).
    pub brand_decay: Decimal,
    /// Share of the quality stock lost per year (0..=1).
    pub quality_decay: Decimal,
    /// Brand stock of every company at the start (€ of past marketing).
    pub opening_brand: Money,
    /// Quality stock of every company at the start (€ of past R&D).
    pub opening_quality: Money,
}

/// A market segment (DESIGN §5).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    /// Short identifier used in decision files, e.g. "distribution".
    pub id: String,
    /// Display name.
    pub name: String,
    /// Market volume in year 1 at the reference price (units).
    pub base_volume: u64,
    /// Underlying growth per year, e.g. 0.03 (−0.5..=1).
    pub growth: Decimal,
    /// Net price at which the market buys `base_volume` (€).
    pub reference_price: Decimal,
    /// The highest net price buyers pay, as a multiple of `reference_price` (1..=5): an
    /// offer above it sells nothing, neither first choice nor spill-over.
    pub reservation_factor: Decimal,
    /// Price elasticity of total segment volume (0..=5).
    pub elasticity: Decimal,
    /// Attraction weights of the company choice.
    pub weights: Weights,
    /// The yearly rate at which buyers value a day of payment terms (0..=1): terms lower the
    /// price they compare by rate × days/365, saturating at `max_payment_days`.
    pub terms_value: Decimal,
    /// Share of demand a stocked-out company cannot serve that moves to competitors with
    /// stock, below the reservation price (0..=1).
    pub spillover: Decimal,
    /// Largest rebate a company may grant, as a share of list price (0..<1).
    pub max_rebate: Decimal,
    /// Cost to serve each unit sold, e.g. key-account logistics and service (€).
    #[serde(default)]
    pub cost_to_serve_per_unit: Decimal,
    /// Longest payment terms a company may offer (days, 0..=365).
    pub max_payment_days: u32,
}

/// Exponents of the attraction formula; larger means the factor matters more (0..=10).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weights {
    /// Sensitivity to the price buyers compare (net price less the value of terms).
    pub price: Decimal,
    /// Weight of the brand stock (marketing).
    pub marketing: Decimal,
    /// Weight of the quality stock (R&D).
    pub quality: Decimal,
    /// Weight of the sales force covering the segment.
    pub coverage: Decimal,
}

/// The opening balance sheet of every company; must balance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Opening {
    /// Cash at bank (€).
    pub cash: Money,
    /// Trade receivables still to be collected (€).
    pub receivables: Money,
    /// Units in stock at the start.
    pub inventory_units: u64,
    /// Value of those units (€).
    pub inventory: Money,
    /// Production lines at purchase cost (€).
    pub ppe_gross: Money,
    /// Accumulated depreciation, a positive amount.
    pub accumulated_depreciation: Money,
    /// Trade payables still to be paid to suppliers (€).
    pub payables: Money,
    /// Last year's income tax, paid in year 1 (€).
    pub tax_payable: Money,
    /// Long-term bank loans outstanding (€).
    pub loans: Money,
    /// Share capital paid in by the owners (€).
    pub subscribed_capital: Money,
    /// Profits kept from earlier years (€).
    pub retained_earnings: Money,
}

/// What every company did in the year before year 1: the starting point of the
/// decision screen and of the computer players.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpeningDecisions {
    /// One entry per segment, in the order of `segments`.
    pub segments: Vec<SegmentDecision>,
    /// Units produced last year.
    pub production_units: u64,
    /// Last year's marketing budget (€).
    pub marketing: Money,
    /// Last year's R&D budget (€).
    pub rnd: Money,
}

/// Price, rebate, terms and sales force in one segment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SegmentDecision {
    /// List price per unit (€, 0.01..=1 000 000).
    pub list_price: Decimal,
    /// Rebate as a share of list price (0..=segment's max_rebate).
    #[serde(default)]
    pub rebate: Decimal,
    /// Payment terms offered to customers (days, 0..=segment's max_payment_days).
    pub payment_days: u32,
    /// Salespeople covering the segment (0..=10 000).
    pub salespeople: u32,
}

/// A competing company.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompanySetup {
    /// Short identifier used in decision files, e.g. "nordstahl".
    pub id: String,
    /// Display name.
    pub name: String,
    /// How the computer plays this company when no person does.
    pub strategy: Strategy,
}

/// Computer strategies (DESIGN §2, Decide).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Strategy {
    /// Low prices and high rebates for volume.
    PriceFighter,
    /// High prices, strong marketing and R&D.
    Premium,
    /// Middle of the road; invests when NPV is positive.
    Balanced,
    /// Keeps cash, avoids loans, pays dividends.
    CashConservative,
    /// Reckless by design: buys capacity on credit and discounts hard.
    Expansionist,
}

impl Strategy {
    /// Every strategy, in a fixed order.
    pub const ALL: [Strategy; 5] = [
        Strategy::PriceFighter,
        Strategy::Premium,
        Strategy::Balanced,
        Strategy::CashConservative,
        Strategy::Expansionist,
    ];

    /// A stable snake_case key.
    pub fn key(self) -> &'static str {
        match self {
            Strategy::PriceFighter => "price_fighter",
            Strategy::Premium => "premium",
            Strategy::Balanced => "balanced",
            Strategy::CashConservative => "cash_conservative",
            Strategy::Expansionist => "expansionist",
        }
    }
}

/// A scheduled event, applied in the Open phase of its year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Fiscal year (1..=years).
    pub year: u32,
    /// Headline for the news line.
    pub headline: String,
    /// What changes.
    pub effect: EventEffect,
}

/// An event of the catalogue: announced by the trainer, it happens in the year being decided.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueEvent {
    /// Headline for the news line.
    pub headline: String,
    /// What changes.
    pub effect: EventEffect,
}

impl CatalogueEvent {
    /// The event as announced for `year`.
    pub fn in_year(&self, year: u32) -> Event {
        Event { year, headline: self.headline.clone(), effect: self.effect.clone() }
    }
}

/// What an event changes. Factors multiply, from the event's year on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum EventEffect {
    /// Demand of one segment (or all when `segment` is None) × factor (0.1..=5).
    Demand {
        /// Id of the segment affected; `None` for every segment.
        segment: Option<String>,
        /// Multiplier on the segment's volume (0.1..=5).
        factor: Decimal,
    },
    /// Material cost per unit × factor (0.1..=5).
    MaterialPrice {
        /// Multiplier on the material cost per unit (0.1..=5).
        factor: Decimal,
    },
    /// Loan and overdraft rates + delta (−0.2..=0.2); deposit rate too, floored at 0.
    InterestRate {
        /// Change of the rates as a fraction, e.g. 0.01 for one percentage point (−0.2..=0.2).
        delta: Decimal,
    },
}

/// An investment project from the catalogue. Effects start in the year it is bought
/// and last for its life.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Short identifier used in decision files.
    pub id: String,
    /// Display name.
    pub name: String,
    /// What the project does, shown in the catalogue.
    #[serde(default)]
    pub description: String,
    /// Investment (€), capitalised and depreciated straight-line.
    pub capex: Money,
    /// Life and depreciation period (years, 1..=40).
    pub life_years: u32,
    /// Effects while the project lives.
    pub effects: ProjectEffects,
}

/// What a project changes each year of its life.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectEffects {
    /// Share of material cost saved (0..<1).
    #[serde(default)]
    pub material_saving: Decimal,
    /// Share of labour cost saved (0..<1).
    #[serde(default)]
    pub labour_saving: Decimal,
    /// Administration cost saved per year (€).
    #[serde(default)]
    pub admin_saving: Money,
    /// Added to the quality stock each year (€ equivalent of R&D).
    #[serde(default)]
    pub quality_boost: Money,
    /// Added to the brand stock each year (€ equivalent of marketing).
    #[serde(default)]
    pub brand_boost: Money,
    /// Extra production capacity (units per year).
    #[serde(default)]
    pub capacity_units: u64,
}

impl Scenario {
    /// Index of a segment by id.
    pub fn segment_index(&self, id: &str) -> Option<usize> {
        self.segments.iter().position(|s| s.id == id)
    }

    /// Index of a project by id.
    pub fn project_index(&self, id: &str) -> Option<usize> {
        self.projects.iter().position(|p| p.id == id)
    }

    /// Index of a company by id.
    pub fn company_index(&self, id: &str) -> Option<usize> {
        self.companies.iter().position(|c| c.id == id)
    }
}
