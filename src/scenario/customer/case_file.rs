//! A value case as a file: the customer's annual report, the offer's value levers with
//! their worst, likely and best values (and, after the project, what was realised), and the
//! value message as edited. The lab saves it and opens it again for the follow-up meeting.
//!
//! Validation refuses what cannot be true of the customer: more stock removed than it holds,
//! savings beyond its operating costs, a price above its revenue, estimates out of order
//! (worst better than best), an avoided investment after the contract, a WACC outside
//! (0 %, 100 %). Every problem has its field path, so the reader places it by line and column.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::report_file::{RawReport, ReadReport, validate};
use crate::model::Money;
use crate::model::customer::offer::MAX_CONTRACT_YEARS;
use crate::model::customer::{Category, CustomerReport, Estimate, Lever, LeverKind, Offer, analysis};
use crate::model::format::{self, Locale};
use crate::scenario::{Code, Issue, Issues, Phrase};

/// The version of the value-case format this Mehrwert reads and writes.
pub const VALUE_CASE_FORMAT_VERSION: u32 = 1;

/// Longest contract a lever's avoided asset may have been depreciated over, in years.
const MAX_LIFE_YEARS: u8 = 50;

/// Whom in the customer's buying centre a paragraph of the value message speaks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// CFO and finance: EVA, ROCE, cash.
    Finance,
    /// Purchasing: total cost of ownership over the term.
    Purchasing,
    /// Production: uptime, cost per unit.
    Production,
    /// Management: growth and value.
    Management,
}

impl Role {
    /// Every role, in the order the message lists them.
    pub const ALL: [Role; 4] = [Role::Finance, Role::Purchasing, Role::Production, Role::Management];

    /// The role's key in messages.
    pub fn key(self) -> &'static str {
        match self {
            Role::Finance => "finance",
            Role::Purchasing => "purchasing",
            Role::Production => "production",
            Role::Management => "management",
        }
    }
}

/// One lever as written.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(rename = "Lever", deny_unknown_fields)]
pub struct RawLever {
    /// What the key-account manager calls it.
    pub name: String,
    /// The benefit category.
    pub category: Option<Category>,
    /// How it acts on the customer's statements.
    pub kind: Option<LeverKind>,
    /// The assumption behind the numbers, in words.
    #[serde(default)]
    pub assumption: String,
    /// The value if things go badly.
    pub worst: Decimal,
    /// The value the case is built on.
    pub likely: Decimal,
    /// The value if things go well.
    pub best: Decimal,
    /// First contract year the lever acts in.
    #[serde(default)]
    pub from_year: Option<u8>,
    /// What was realised, entered after the project.
    #[serde(default)]
    pub realised: Option<Decimal>,
}

/// One paragraph of the value message as the key-account manager edited it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Message", deny_unknown_fields)]
pub struct RoleText {
    /// Whom it speaks to.
    pub role: Role,
    /// The paragraph.
    pub text: String,
}

/// The file as written.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(rename = "ValueCase", deny_unknown_fields)]
pub struct RawCase {
    /// Must be [`VALUE_CASE_FORMAT_VERSION`].
    pub value_case_format_version: u32,
    /// The offer's name.
    pub title: String,
    /// Our company, the supplier making the offer.
    #[serde(default)]
    pub supplier: String,
    /// The customer's annual report, in the report format (docs/analyze-format.md).
    pub customer: RawReport,
    /// Contract years the levers act over.
    pub contract_years: u8,
    /// What the customer buys from us per year, in currency units (the base of payment terms).
    #[serde(default)]
    pub annual_purchases: Decimal,
    /// The levers.
    #[serde(default)]
    pub levers: Vec<RawLever>,
    /// Language of the value message.
    #[serde(default)]
    pub language: Locale,
    /// The value message's paragraphs as edited; a role without one gets the generated text.
    #[serde(default)]
    pub messages: Vec<RoleText>,
    /// Free notes (meeting, contacts, follow-up).
    #[serde(default)]
    pub notes: String,
}

/// A validated value case.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueCase {
    /// Our company, the supplier.
    pub supplier: String,
    /// The customer's report as read.
    pub customer: ReadReport,
    /// The offer as levers.
    pub offer: Offer,
    /// Language of the value message.
    pub language: Locale,
    /// The paragraphs as edited.
    pub messages: Vec<RoleText>,
    /// Free notes.
    pub notes: String,
}

/// Parses and validates a value case written in RON; `file` names it in every issue.
pub fn parse_case(text: &str, file: Option<&std::path::Path>) -> Result<ValueCase, Issues> {
    if let Some(version) = crate::scenario::load::top_level_integer(text, "value_case_format_version")
        && version != u64::from(VALUE_CASE_FORMAT_VERSION)
    {
        let allowed = Phrase::words("ph_value_case_version").arg("version", VALUE_CASE_FORMAT_VERSION.to_string());
        let issue = Issue::error(Code::FormatVersion, "value_case_format_version", version.to_string(), allowed);
        return Err(crate::scenario::located(vec![issue], text, file));
    }
    let raw: RawCase = crate::scenario::load::parse_ron(text, file)?;
    validate_case(raw).map_err(|issues| crate::scenario::located(issues, text, file))
}

/// Validates a raw case, collecting every problem with its field path.
pub fn validate_case(raw: RawCase) -> Result<ValueCase, Vec<Issue>> {
    let mut issues = Vec::new();
    let customer = match validate(raw.customer) {
        Ok(read) => Some(read),
        Err(found) => {
            issues.extend(found.into_iter().map(|mut issue| {
                issue.path = if issue.path.is_empty() { "customer".into() } else { format!("customer.{}", issue.path) };
                issue
            }));
            None
        }
    };
    if raw.title.trim().is_empty() {
        issues.push(Issue::error(
            Code::Empty,
            "title",
            Phrase::words("ph_empty_text"),
            Phrase::words("ph_offer_title"),
        ));
    }
    if !(1..=MAX_CONTRACT_YEARS).contains(&raw.contract_years) {
        let allowed = Phrase::words("ph_years_between").arg("low", "1").arg("high", MAX_CONTRACT_YEARS.to_string());
        issues.push(Issue::error(Code::Range, "contract_years", raw.contract_years.to_string(), allowed));
    }
    let Some(customer) = customer else { return Err(issues) };
    let bounds = Bounds::of(&customer.report);
    // What the customer buys from us is part of its costs.
    let limit = Some((bounds.operating_costs, "ph_within_costs"));
    let annual_purchases = whole_cents(&mut issues, "annual_purchases", raw.annual_purchases, Decimal::ZERO, limit);
    let wacc = analysis::cost_of_capital(&customer.report).wacc;
    if wacc <= Decimal::ZERO || wacc >= Decimal::ONE {
        let found = format::percent(wacc, 2, Locale::De);
        issues.push(Issue::error(Code::Range, "customer.cost_of_equity", found, Phrase::words("ph_wacc_between")));
    }
    let mut levers = Vec::with_capacity(raw.levers.len());
    for (i, lever) in raw.levers.into_iter().enumerate() {
        if let Some(lever) =
            check_lever(&mut issues, &format!("levers[{i}]"), lever, &bounds, raw.contract_years, annual_purchases)
        {
            levers.push(lever);
        }
    }
    // The levers together, in every scenario, must fit the customer too (only once each
    // lever fits on its own, so that one mistake is not reported twice).
    if issues.is_empty() {
        let contract_years = raw.contract_years;
        together(&mut issues, &levers, &bounds, annual_purchases, contract_years, &customer.report);
    }
    if !issues.is_empty() {
        return Err(issues);
    }
    Ok(ValueCase {
        supplier: raw.supplier,
        customer,
        offer: Offer { title: raw.title, contract_years: raw.contract_years, annual_purchases, levers },
        language: raw.language,
        messages: raw.messages,
        notes: raw.notes,
    })
}

/// What the customer's own figures allow a lever to be.
struct Bounds {
    inventory: Decimal,
    operating_costs: Decimal,
    net_revenue: Decimal,
    fixed_assets: Decimal,
}

impl Bounds {
    fn of(report: &CustomerReport) -> Bounds {
        let income = &report.income;
        let operating_costs =
            income.cogs + income.selling + income.admin + income.rnd + income.other_operating_expenses;
        Bounds {
            inventory: report.closing.inventory.amount(),
            operating_costs: operating_costs.amount(),
            net_revenue: income.net_revenue().amount().max(Decimal::ZERO),
            fixed_assets: report.closing.fixed_assets().amount(),
        }
    }
}

/// Which value of a lever a scenario takes.
type Pick = fn(&Lever) -> Decimal;

/// What every lever of one kind may add up to, as (kind key, low, high, why).
fn kind_limits(bounds: &Bounds, annual_purchases: Money) -> [(&'static str, Decimal, Decimal, &'static str); 6] {
    let max = Decimal::from(super::report_file::MAX_AMOUNT);
    [
        ("price_paid", -annual_purchases.amount(), max, "ph_discounts_together"),
        ("cost_saving", -bounds.operating_costs, bounds.operating_costs, "ph_savings_together"),
        ("extra_revenue", -bounds.net_revenue, bounds.net_revenue, "ph_within_revenue"),
        ("inventory_reduction", Decimal::ZERO, bounds.inventory, "ph_within_inventory"),
        ("payment_terms", Decimal::from(-365), Decimal::from(365), "ph_days"),
        ("capex_avoided", Decimal::ZERO, bounds.fixed_assets, "ph_within_fixed_assets"),
    ]
}

/// The levers of each kind added up (worst, likely, best and realised) within what the
/// customer's figures allow, and the customer's capital employed positive in every contract
/// year of every scenario: several levers cannot together do what none may alone.
fn together(
    issues: &mut Vec<Issue>,
    levers: &[Lever],
    bounds: &Bounds,
    annual_purchases: Money,
    contract_years: u8,
    report: &CustomerReport,
) {
    let picks: [(&str, Pick); 4] = [
        ("worst", |l| l.estimate.worst),
        ("likely", |l| l.estimate.likely),
        ("best", |l| l.estimate.best),
        ("realised", |l| l.realised.unwrap_or(l.estimate.likely)),
    ];
    for (scenario, pick) in picks {
        for (kind, low, high, why) in kind_limits(bounds, annual_purchases) {
            let values = levers.iter().filter(|l| l.kind.key() == kind).map(pick);
            let sum = values.into_iter().try_fold(Decimal::ZERO, |sum, v| sum.checked_add(v));
            if sum.is_some_and(|sum| (low..=high).contains(&sum)) {
                continue;
            }
            let found = Phrase::words("ph_levers_sum")
                .arg("kind", kind)
                .arg("scenario", scenario)
                .arg("sum", sum.map_or_else(|| "∞".to_string(), |s| s.normalize().to_string()));
            let allowed = Phrase::words("ph_sum_between")
                .arg("low", low.normalize().to_string())
                .arg("high", high.normalize().to_string())
                .arg("why", Phrase::words(why));
            issues.push(Issue::error(Code::Inconsistent, "levers", found, allowed));
            return;
        }
        let base = report.closing.capital_employed();
        for year in 1..=contract_years {
            let delta: Money = levers
                .iter()
                .map(|lever| crate::model::customer::offer::lever_effect(lever, pick(lever), year, annual_purchases).1)
                .sum();
            let with_offer = base + delta;
            if !with_offer.is_positive() {
                let found = Phrase::words("ph_capital_with_offer")
                    .arg("year", year.to_string())
                    .arg("scenario", scenario)
                    .arg("capital", format::money(with_offer, Locale::De));
                issues.push(Issue::error(Code::Inconsistent, "levers", found, Phrase::words("ph_capital_positive")));
                return;
            }
        }
    }
}

/// An amount in whole cents from `low`, and up to `high` when there is a limit (with the
/// reason); the amount as given.
fn whole_cents(
    issues: &mut Vec<Issue>,
    path: &str,
    value: Decimal,
    low: Decimal,
    high: Option<(Decimal, &'static str)>,
) -> Money {
    if value.normalize().scale() > 2 {
        issues.push(Issue::error(Code::Precision, path, value.to_string(), Phrase::words("ph_whole_cents")));
    }
    let show = |amount: Decimal| format::money(Money::from_decimal(amount), Locale::De);
    match high {
        Some((limit, why)) if value < low || value > limit => {
            let allowed = Phrase::words("ph_amount_between")
                .arg("low", show(low))
                .arg("high", show(limit))
                .arg("why", Phrase::words(why));
            issues.push(Issue::error(Code::Range, path, value.to_string(), allowed));
        }
        None if value < low || value.abs() > Decimal::from(super::report_file::MAX_AMOUNT) => {
            issues.push(Issue::error(
                Code::Range,
                path,
                value.to_string(),
                Phrase::words("ph_amount_from").arg("low", show(low)),
            ));
        }
        _ => {}
    }
    Money::from_decimal(value)
}

/// Checks one lever against the customer's figures; `None` when a required part is missing.
fn check_lever(
    issues: &mut Vec<Issue>,
    path: &str,
    raw: RawLever,
    bounds: &Bounds,
    contract_years: u8,
    annual_purchases: Money,
) -> Option<Lever> {
    let at = |field: &str| format!("{path}.{field}");
    if raw.name.trim().is_empty() {
        issues.push(Issue::error(
            Code::Empty,
            at("name"),
            Phrase::words("ph_empty_text"),
            Phrase::words("ph_lever_name"),
        ));
    }
    let (Some(category), Some(kind)) = (raw.category, raw.kind) else {
        let field = if raw.category.is_none() { "category" } else { "kind" };
        issues.push(Issue::error(
            Code::MissingField,
            at(field),
            Phrase::words("ph_nothing"),
            Phrase::words("ph_lever_part"),
        ));
        return None;
    };
    let from_year = raw.from_year.unwrap_or(1);
    if !(1..=contract_years.max(1)).contains(&from_year) {
        let allowed = Phrase::words("ph_years_between").arg("low", "1").arg("high", contract_years.to_string());
        issues.push(Issue::error(Code::Range, at("from_year"), from_year.to_string(), allowed));
    }
    // The range each value may take, and why.
    let zero = Decimal::ZERO;
    let (low, high): (Decimal, Option<(Decimal, &'static str)>) = match kind {
        // A discount cannot exceed what the customer buys from us today.
        LeverKind::PricePaid => (-annual_purchases.amount(), Some((bounds.net_revenue, "ph_within_revenue"))),
        LeverKind::CostSaving => (-bounds.operating_costs, Some((bounds.operating_costs, "ph_within_costs"))),
        LeverKind::ExtraRevenue { margin } => {
            if margin < zero || margin > Decimal::ONE {
                let allowed = Phrase::words("ph_fraction_between")
                    .arg("open", "[")
                    .arg("low", "0")
                    .arg("high", "1")
                    .arg("close", "]");
                issues.push(Issue::error(Code::Range, at("kind.margin"), margin.to_string(), allowed));
            }
            (-bounds.net_revenue, Some((bounds.net_revenue, "ph_within_revenue")))
        }
        LeverKind::InventoryReduction => (zero, Some((bounds.inventory, "ph_within_inventory"))),
        LeverKind::PaymentTerms => {
            if annual_purchases.is_zero() {
                let allowed = Phrase::words("ph_purchases_for_terms");
                issues.push(Issue::error(Code::Inconsistent, "annual_purchases", "0".to_string(), allowed));
            }
            (Decimal::from(-365), Some((Decimal::from(365), "ph_days")))
        }
        LeverKind::CapexAvoided { year, life_years } => {
            // An asset bought before the lever acts is the customer's already: nothing avoided.
            if year < from_year {
                let allowed = Phrase::words("ph_years_between")
                    .arg("low", from_year.to_string())
                    .arg("high", contract_years.to_string());
                issues.push(Issue::error(Code::Inconsistent, at("kind.year"), year.to_string(), allowed));
            }
            if !(1..=contract_years.max(1)).contains(&year) {
                let allowed = Phrase::words("ph_years_between").arg("low", "1").arg("high", contract_years.to_string());
                issues.push(Issue::error(Code::Range, at("kind.year"), year.to_string(), allowed));
            }
            if !(1..=MAX_LIFE_YEARS).contains(&life_years) {
                let allowed = Phrase::words("ph_years_between").arg("low", "1").arg("high", MAX_LIFE_YEARS.to_string());
                issues.push(Issue::error(Code::Range, at("kind.life_years"), life_years.to_string(), allowed));
            }
            (zero, Some((bounds.fixed_assets, "ph_within_fixed_assets")))
        }
        LeverKind::OneOffCost => (zero, None),
    };
    let days = matches!(kind, LeverKind::PaymentTerms);
    let mut value = |field: &str, v: Decimal| {
        if days {
            if v < low || v > Decimal::from(365) || v.normalize().scale() > 0 {
                let allowed = Phrase::words("ph_days_between").arg("low", low.to_string()).arg("high", "365");
                issues.push(Issue::error(Code::Range, at(field), v.to_string(), allowed));
            }
        } else {
            whole_cents(issues, &at(field), v, low, high);
        }
    };
    value("worst", raw.worst);
    value("likely", raw.likely);
    value("best", raw.best);
    if let Some(realised) = raw.realised {
        value("realised", realised);
    }
    let ordered = if kind.higher_is_worse() {
        raw.worst >= raw.likely && raw.likely >= raw.best
    } else {
        raw.worst <= raw.likely && raw.likely <= raw.best
    };
    if !ordered {
        let found = Phrase::words("ph_estimates")
            .arg("worst", raw.worst.to_string())
            .arg("likely", raw.likely.to_string())
            .arg("best", raw.best.to_string());
        let allowed =
            Phrase::words(if kind.higher_is_worse() { "ph_estimates_falling" } else { "ph_estimates_rising" });
        issues.push(Issue::error(Code::Inconsistent, at("likely"), found, allowed));
    }
    Some(Lever {
        name: raw.name,
        category,
        kind,
        assumption: raw.assumption,
        estimate: Estimate { worst: raw.worst, likely: raw.likely, best: raw.best },
        from_year,
        realised: raw.realised,
    })
}
