//! Semantic validation of a parsed scenario: every field within its documented range, ids
//! well-formed, unique and resolvable, and an opening balance sheet that balances.
//!
//! Validation never stops at the first problem: it returns every issue, each naming the
//! field path, the value found and what is allowed. Locations are added afterwards from
//! the source text by [`crate::scenario::locate::located`].

use rust_decimal::Decimal;

use crate::model::Money;
use crate::scenario::issue::Code;
use crate::scenario::issue::Issue;
use crate::scenario::phrase::Phrase;
use crate::scenario::rules::{MAX_AMOUNT_EUR, RATE_PLACES, Rules, Unit, eur, german};
use crate::scenario::types::{
    EventEffect, Finance, Opening, Production, Project, SCENARIO_FORMAT_VERSION, Scenario, Segment,
};

/// Most production lines a company may own at the start.
pub(crate) const MAX_OPENING_LINES: u64 = 1_000;
/// Largest number of units in a market, a stock or a production plan.
pub(crate) const MAX_UNITS: u64 = 1_000_000_000;
/// Largest production decision and capacity effect (units per year).
pub(crate) const MAX_PRODUCTION_UNITS: u64 = 100_000_000;

/// `n` tenths, e.g. `tenths(6)` = 0.6.
fn tenths(n: i64) -> Decimal {
    Decimal::new(n, 1)
}

/// Every problem of `scenario`, errors and warnings, without locations.
pub fn validate_scenario(scenario: &Scenario) -> Vec<Issue> {
    let mut rules = Rules::default();
    if scenario.scenario_format_version != SCENARIO_FORMAT_VERSION {
        rules.error(
            Code::ScenarioVersion,
            "scenario_format_version",
            scenario.scenario_format_version.to_string(),
            Phrase::words("ph_scenario_format").arg("version", SCENARIO_FORMAT_VERSION.to_string()),
        );
    }
    rules.text("name", &scenario.name);
    rules.whole("years", scenario.years.into(), 1, 20, Unit::Years);
    rules.decimal("tax_rate", scenario.tax_rate, Decimal::ZERO, tenths(6), RATE_PLACES);
    rules.decimal("unlevered_cost_of_equity", scenario.unlevered_cost_of_equity, Decimal::ZERO, tenths(5), RATE_PLACES);
    finance(&mut rules, &scenario.finance, scenario.unlevered_cost_of_equity);
    production(&mut rules, &scenario.production, &scenario.opening);
    rules.amount("overheads.admin_cost", scenario.overheads.admin_cost);
    rules.amount("overheads.salesperson_cost", scenario.overheads.salesperson_cost);
    rules.decimal("stocks.brand_decay", scenario.stocks.brand_decay, Decimal::ZERO, Decimal::ONE, RATE_PLACES);
    rules.decimal("stocks.quality_decay", scenario.stocks.quality_decay, Decimal::ZERO, Decimal::ONE, RATE_PLACES);
    rules.amount("stocks.opening_brand", scenario.stocks.opening_brand);
    rules.amount("stocks.opening_quality", scenario.stocks.opening_quality);
    segments(&mut rules, &scenario.segments);
    opening(&mut rules, &scenario.opening, &scenario.finance);
    opening_decisions(&mut rules, scenario);
    companies(&mut rules, scenario);
    events(&mut rules, scenario);
    projects(&mut rules, &scenario.projects);
    english(&mut rules, scenario);
    crate::scenario::economy::warnings(&mut rules, scenario);
    rules.issues
}

fn finance(rules: &mut Rules, finance: &Finance, unlevered_cost_of_equity: Decimal) {
    rules.decimal("finance.loan_rate", finance.loan_rate, Decimal::ZERO, tenths(5), RATE_PLACES);
    rules.decimal("finance.deposit_rate", finance.deposit_rate, Decimal::ZERO, tenths(2), RATE_PLACES);
    rules.decimal("finance.overdraft_rate", finance.overdraft_rate, Decimal::ZERO, tenths(5), RATE_PLACES);
    rules.decimal("finance.overdraft_fee", finance.overdraft_fee, Decimal::ZERO, tenths(2), RATE_PLACES);
    rules.amount("finance.overdraft_limit", finance.overdraft_limit);
    rules.amount("finance.min_cash", finance.min_cash);
    rules.amount("finance.max_loans", finance.max_loans);
    rules.decimal("finance.risk_free_rate", finance.risk_free_rate, Decimal::ZERO, tenths(2), RATE_PLACES);
    if finance.risk_free_rate >= unlevered_cost_of_equity && unlevered_cost_of_equity <= tenths(5) {
        rules.error(
            Code::Inconsistent,
            "finance.risk_free_rate",
            Phrase::words("ph_not_below_unlevered")
                .arg("rate", finance.risk_free_rate.normalize().to_string())
                .arg("unlevered", unlevered_cost_of_equity.normalize().to_string()),
            Phrase::words("ph_below_unlevered"),
        );
    }
    rules.decimal_below(
        "finance.spread_free_leverage",
        finance.spread_free_leverage,
        Decimal::ZERO,
        Decimal::ONE,
        RATE_PLACES,
    );
    rules.decimal("finance.spread_per_leverage", finance.spread_per_leverage, Decimal::ZERO, Decimal::ONE, RATE_PLACES);
    rules.decimal(
        "finance.rescue_equity_ratio",
        finance.rescue_equity_ratio,
        Decimal::new(5, 2),
        tenths(8),
        RATE_PLACES,
    );
    rules.decimal("finance.rescue_penalty", finance.rescue_penalty, Decimal::ZERO, Decimal::from(3), RATE_PLACES);
    if finance.rescue_penalty.is_zero() {
        rules.warning(
            Code::Economy,
            "finance.rescue_penalty",
            Phrase::words("ph_rescue_free"),
            Phrase::words("ph_rescue_above_zero"),
        );
    }
    if finance.overdraft_rate < finance.loan_rate {
        rules.warning(
            Code::RateOrder,
            "finance.overdraft_rate",
            Phrase::words("ph_below_loan_rate")
                .arg("rate", finance.overdraft_rate.normalize().to_string())
                .arg("loan_rate", finance.loan_rate.normalize().to_string()),
            Phrase::words("ph_overdraft_at_least_loan"),
        );
    }
}

fn production(rules: &mut Rules, production: &Production, opening: &Opening) {
    rules.whole("production.units_per_line", production.units_per_line, 1, 10_000_000, Unit::UnitsPerYear);
    rules.amount("production.line_cost", production.line_cost);
    rules.whole("production.line_life_years", production.line_life_years.into(), 1, 40, Unit::Years);
    let lives = &production.opening_line_remaining_years;
    rules.count("production.opening_line_remaining_years", lives.len(), 0, MAX_OPENING_LINES as usize, Unit::Lines);
    for (i, &life) in lives.iter().enumerate() {
        rules.whole(
            &format!("production.opening_line_remaining_years[{i}]"),
            life.into(),
            1,
            production.line_life_years.clamp(1, 40).into(),
            Unit::LineYears,
        );
    }
    opening_plant(rules, lives, opening);
    rules.price("production.material_cost_per_unit", production.material_cost_per_unit, Decimal::ZERO);
    rules.price("production.labour_cost_per_unit", production.labour_cost_per_unit, Decimal::ZERO);
    rules.whole("production.supplier_days", production.supplier_days.into(), 0, 180, Unit::Days);
    rules.decimal(
        "production.inventory_holding_rate",
        production.inventory_holding_rate,
        Decimal::ZERO,
        Decimal::ONE,
        RATE_PLACES,
    );
}

/// The opening PP&E must fit the opening lines: none without lines, and no line's net book
/// value (spread in proportion to remaining life) above its gross share of PP&E.
fn opening_plant(rules: &mut Rules, lives: &[u32], opening: &Opening) {
    let net = opening.ppe_gross - opening.accumulated_depreciation;
    if lives.is_empty() {
        if opening.ppe_gross.is_positive() {
            rules.error(
                Code::Inconsistent,
                "opening.ppe_gross",
                Phrase::words("ph_ppe_without_lines").arg("ppe", german(opening.ppe_gross)),
                Phrase::words("ph_zero_without_lines"),
            );
        }
        return;
    }
    let total_life: u64 = lives.iter().map(|&l| u64::from(l)).sum();
    let longest = lives.iter().copied().max().unwrap_or(1);
    // NBV × longest / Σ lives ≤ gross / n, cross-multiplied to stay exact.
    let lines = Decimal::from(lives.len() as u64);
    if net.amount() * Decimal::from(longest) * lines > opening.ppe_gross.amount() * Decimal::from(total_life) {
        rules.error(
            Code::Inconsistent,
            "opening.accumulated_depreciation",
            Phrase::words("ph_depreciation_for_lines")
                .arg("depreciation", german(opening.accumulated_depreciation))
                .arg("gross", german(opening.ppe_gross))
                .arg("lives", lives.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")),
            Phrase::words("ph_depreciation_enough"),
        );
    }
}

fn segments(rules: &mut Rules, segments: &[Segment]) {
    rules.count("segments", segments.len(), 1, 4, Unit::Segments);
    for (i, segment) in segments.iter().enumerate() {
        let path = |field: &str| format!("segments[{i}].{field}");
        rules.id(&path("id"), &segment.id);
        rules.text(&path("name"), &segment.name);
        rules.whole(&path("base_volume"), segment.base_volume, 1, MAX_UNITS, Unit::Units);
        rules.decimal(&path("growth"), segment.growth, tenths(-5), Decimal::ONE, RATE_PLACES);
        rules.price(&path("reference_price"), segment.reference_price, Decimal::new(1, 2));
        rules.decimal(
            &path("reservation_factor"),
            segment.reservation_factor,
            Decimal::ONE,
            Decimal::from(5),
            RATE_PLACES,
        );
        rules.decimal(&path("elasticity"), segment.elasticity, Decimal::ZERO, Decimal::from(5), RATE_PLACES);
        let weights = &segment.weights;
        for (name, value) in [
            ("price", weights.price),
            ("marketing", weights.marketing),
            ("quality", weights.quality),
            ("coverage", weights.coverage),
        ] {
            rules.decimal(&path(&format!("weights.{name}")), value, Decimal::ZERO, Decimal::TEN, RATE_PLACES);
        }
        rules.decimal(&path("terms_value"), segment.terms_value, Decimal::ZERO, Decimal::ONE, RATE_PLACES);
        rules.decimal(&path("spillover"), segment.spillover, Decimal::ZERO, Decimal::ONE, RATE_PLACES);
        rules.decimal_below(&path("max_rebate"), segment.max_rebate, Decimal::ZERO, Decimal::ONE, RATE_PLACES);
        rules.price(&path("cost_to_serve_per_unit"), segment.cost_to_serve_per_unit, Decimal::ZERO);
        rules.whole(&path("max_payment_days"), segment.max_payment_days.into(), 0, 365, Unit::Days);
    }
    rules.unique("segments", "id", segments.iter().map(|s| s.id.as_str()));
}

fn opening(rules: &mut Rules, opening: &Opening, finance: &Finance) {
    for (name, value) in [
        ("cash", opening.cash),
        ("receivables", opening.receivables),
        ("inventory", opening.inventory),
        ("ppe_gross", opening.ppe_gross),
        ("accumulated_depreciation", opening.accumulated_depreciation),
        ("payables", opening.payables),
        ("tax_payable", opening.tax_payable),
        ("loans", opening.loans),
        ("subscribed_capital", opening.subscribed_capital),
    ] {
        rules.amount(&format!("opening.{name}"), value);
    }
    rules.money("opening.retained_earnings", opening.retained_earnings, -eur(MAX_AMOUNT_EUR), eur(MAX_AMOUNT_EUR));
    rules.whole("opening.inventory_units", opening.inventory_units, 0, MAX_UNITS, Unit::Units);
    if (opening.inventory_units > 0) != opening.inventory.is_positive() {
        rules.error(
            Code::Inconsistent,
            "opening.inventory",
            Phrase::words("ph_inventory_for_units")
                .arg("inventory", german(opening.inventory))
                .arg("units", Unit::Units.of(opening.inventory_units)),
            Phrase::words("ph_inventory_positive"),
        );
    }
    if opening.accumulated_depreciation > opening.ppe_gross {
        rules.error(
            Code::Inconsistent,
            "opening.accumulated_depreciation",
            Phrase::words("ph_above_field")
                .arg("value", german(opening.accumulated_depreciation))
                .arg("field", "ppe_gross")
                .arg("limit", german(opening.ppe_gross)),
            Phrase::words("ph_at_most_field").arg("field", "ppe_gross"),
        );
    }
    if opening.loans > finance.max_loans {
        rules.error(
            Code::Inconsistent,
            "opening.loans",
            Phrase::words("ph_above_field")
                .arg("value", german(opening.loans))
                .arg("field", "finance.max_loans")
                .arg("limit", german(finance.max_loans)),
            Phrase::words("ph_at_most_field").arg("field", "finance.max_loans"),
        );
    }
    let assets =
        opening.cash + opening.receivables + opening.inventory + opening.ppe_gross - opening.accumulated_depreciation;
    let equity_and_liabilities =
        opening.payables + opening.tax_payable + opening.loans + opening.subscribed_capital + opening.retained_earnings;
    if assets != equity_and_liabilities {
        let difference: Money = assets - equity_and_liabilities;
        rules.error(
            Code::Unbalanced,
            "opening",
            Phrase::words("ph_assets_vs")
                .arg("assets", german(assets))
                .arg("equity_and_liabilities", german(equity_and_liabilities)),
            Phrase::words("ph_assets_equal").arg("difference", german(difference)),
        );
    }
}

fn opening_decisions(rules: &mut Rules, scenario: &Scenario) {
    let decisions = &scenario.opening_decisions;
    rules.count(
        "opening_decisions.segments",
        decisions.segments.len(),
        scenario.segments.len(),
        scenario.segments.len(),
        Unit::EntriesPerSegment,
    );
    for (i, (decision, segment)) in decisions.segments.iter().zip(&scenario.segments).enumerate() {
        rules.segment_decision(&format!("opening_decisions.segments[{i}]"), decision, segment);
    }
    rules.whole("opening_decisions.production_units", decisions.production_units, 0, MAX_PRODUCTION_UNITS, Unit::Units);
    rules.amount("opening_decisions.marketing", decisions.marketing);
    rules.amount("opening_decisions.rnd", decisions.rnd);
    let lines = scenario.production.opening_line_remaining_years.len() as u64;
    let capacity = lines.saturating_mul(scenario.production.units_per_line);
    if decisions.production_units > capacity {
        rules.warning(
            Code::Capacity,
            "opening_decisions.production_units",
            Unit::Units.of(decisions.production_units),
            Phrase::words("ph_opening_capacity").arg("capacity", Unit::Units.of(capacity)),
        );
    }
}

fn companies(rules: &mut Rules, scenario: &Scenario) {
    rules.count("companies", scenario.companies.len(), 2, 8, Unit::Companies);
    for (i, company) in scenario.companies.iter().enumerate() {
        rules.id(&format!("companies[{i}].id"), &company.id);
        rules.text(&format!("companies[{i}].name"), &company.name);
    }
    rules.unique("companies", "id", scenario.companies.iter().map(|c| c.id.as_str()));
}

fn events(rules: &mut Rules, scenario: &Scenario) {
    for (i, event) in scenario.events.iter().enumerate() {
        let path = |field: &str| format!("events[{i}].{field}");
        rules.whole(&path("year"), event.year.into(), 1, scenario.years.into(), Unit::ScenarioYears);
        rules.text(&path("headline"), &event.headline);
        effect(rules, scenario, &path(""), &event.effect);
    }
    for (i, event) in scenario.event_catalogue.iter().enumerate() {
        let path = |field: &str| format!("event_catalogue[{i}].{field}");
        rules.text(&path("headline"), &event.headline);
        effect(rules, scenario, &path(""), &event.effect);
    }
}

/// An event's effect; `prefix` is the event's path with its trailing dot.
fn effect(rules: &mut Rules, scenario: &Scenario, prefix: &str, effect: &EventEffect) {
    let path = |field: &str| format!("{prefix}{field}");
    {
        let factor_range = (tenths(1), Decimal::from(5));
        match effect {
            EventEffect::Demand { segment, factor } => {
                if let Some(id) = segment
                    && scenario.segment_index(id).is_none()
                {
                    let known: Vec<&str> = scenario.segments.iter().map(|s| s.id.as_str()).collect();
                    rules.error(
                        Code::UnknownRef,
                        &path("effect.segment"),
                        format!("{id:?}"),
                        Phrase::words("ph_none_or_segment").arg("ids", known.join(", ")),
                    );
                }
                rules.decimal(&path("effect.factor"), *factor, factor_range.0, factor_range.1, RATE_PLACES);
            }
            EventEffect::MaterialPrice { factor } => {
                rules.decimal(&path("effect.factor"), *factor, factor_range.0, factor_range.1, RATE_PLACES);
            }
            EventEffect::InterestRate { delta } => {
                rules.decimal(&path("effect.delta"), *delta, tenths(-2), tenths(2), RATE_PLACES);
            }
        }
    }
}

fn projects(rules: &mut Rules, projects: &[Project]) {
    for (i, project) in projects.iter().enumerate() {
        let path = |field: &str| format!("projects[{i}].{field}");
        rules.id(&path("id"), &project.id);
        rules.text(&path("name"), &project.name);
        rules.amount(&path("capex"), project.capex);
        rules.whole(&path("life_years"), project.life_years.into(), 1, 40, Unit::Years);
        let effects = &project.effects;
        rules.decimal_below(
            &path("effects.material_saving"),
            effects.material_saving,
            Decimal::ZERO,
            Decimal::ONE,
            RATE_PLACES,
        );
        rules.decimal_below(
            &path("effects.labour_saving"),
            effects.labour_saving,
            Decimal::ZERO,
            Decimal::ONE,
            RATE_PLACES,
        );
        rules.amount(&path("effects.admin_saving"), effects.admin_saving);
        rules.amount(&path("effects.quality_boost"), effects.quality_boost);
        rules.amount(&path("effects.brand_boost"), effects.brand_boost);
        rules.whole(
            &path("effects.capacity_units"),
            effects.capacity_units,
            0,
            MAX_PRODUCTION_UNITS,
            Unit::UnitsPerYear,
        );
    }
    rules.unique("projects", "id", projects.iter().map(|p| p.id.as_str()));
}

/// Each English text translates a German text the scenario has, and says something.
fn english(rules: &mut Rules, scenario: &Scenario) {
    let texts = scenario.texts();
    for (german, english) in &scenario.english {
        let path = format!("english[{german:?}]");
        if !texts.contains(&german.as_str()) {
            rules.warning(
                Code::Translation,
                &path,
                Phrase::words("ph_not_a_text").arg("text", format!("{german:?}")),
                Phrase::words("ph_a_german_text"),
            );
        }
        rules.text(&path, english);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{DEFAULT_SCENARIO, INTRO_SCENARIO};

    fn scenario(text: &str) -> Scenario {
        match ron::from_str(text) {
            Ok(s) => s,
            Err(e) => panic!("shipped scenario must parse: {e}"),
        }
    }

    #[test]
    fn shipped_scenarios_are_valid_without_warnings() {
        for text in [DEFAULT_SCENARIO, INTRO_SCENARIO] {
            let issues = validate_scenario(&scenario(text));
            assert!(issues.is_empty(), "{issues:#?}");
        }
    }

    #[test]
    fn unbalanced_opening_shows_both_sides_in_german_format() {
        let mut s = scenario(INTRO_SCENARIO);
        // intro: assets 300 000 + 411 000 + 300 000 + 2 400 000 − 1 200 000 = 2 211 000;
        // E + L 164 000 + 50 000 + 1 100 000 + 800 000 + 97 000 = 2 211 000.
        // 50 000 more cash makes assets 2 261 000.
        s.opening.cash = Money::euros(350_000);
        let issues = validate_scenario(&s);
        assert_eq!(issues.len(), 1, "{issues:#?}");
        assert_eq!(issues[0].code, "E-UNBALANCED");
        assert_eq!(issues[0].found, "assets 2.261.000,00 € vs equity and liabilities 2.211.000,00 €");
        assert!(issues[0].allowed.contains("difference 50.000,00 €"));
    }

    #[test]
    fn overdraft_cheaper_than_loans_is_only_a_warning() {
        let mut s = scenario(INTRO_SCENARIO);
        s.finance.overdraft_rate = Decimal::new(4, 2);
        let issues = validate_scenario(&s);
        assert_eq!(
            issues.iter().map(|i| (i.code.as_str(), i.is_error())).collect::<Vec<_>>(),
            vec![("W-RATE-ORDER", false)]
        );
    }
}
