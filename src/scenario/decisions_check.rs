//! Decision files: parsing with located errors, and validation of one company's decisions
//! against the scenario's fixed limits (company, year, one entry per segment, prices,
//! rebates, terms, budgets, projects, financing).
//!
//! Limits that depend on the state of the game — capacity, cash, distributable retained
//! earnings — are the simulation's to check; this module needs only the scenario.

use std::path::Path;

use crate::scenario::decisions::Decisions;
use crate::scenario::issue::Code;
use crate::scenario::issue::{Issue, Issues};
use crate::scenario::load::{parse_ron, read_text_file};
use crate::scenario::phrase::Phrase;
use crate::scenario::rules::{MAX_AMOUNT_EUR, Rules, Unit, eur};
use crate::scenario::types::Scenario;
use crate::scenario::validate::MAX_PRODUCTION_UNITS;

/// Most production lines bought in one year.
pub const MAX_LINES_BOUGHT: u64 = 100;

/// Parses a decision file from RON text; `file` names it in messages. Reports every
/// syntax and data problem (unknown, missing, duplicate or mistyped fields) with its
/// line and column. Checks against a scenario are [`validate_decisions`]'s.
pub fn parse_decisions(text: &str, file: Option<&Path>) -> Result<Decisions, Issues> {
    parse_ron(text, file)
}

/// Reads and parses a decision file (missing file, unreadable or non-UTF-8 bytes are
/// reported as issues too).
pub fn read_decisions_file(path: &Path) -> Result<Decisions, Issues> {
    let text = read_text_file(path)?;
    parse_decisions(&text, Some(path))
}

/// Every problem of `decisions` against the limits of `scenario`, without locations
/// (place them with [`crate::scenario::located`]).
pub fn validate_decisions(scenario: &Scenario, decisions: &Decisions) -> Vec<Issue> {
    let mut rules = Rules::default();
    if scenario.company_index(&decisions.company).is_none() {
        let known: Vec<&str> = scenario.companies.iter().map(|c| c.id.as_str()).collect();
        rules.error(
            Code::UnknownRef,
            "company",
            format!("{:?}", decisions.company),
            Phrase::words("ph_company_id").arg("ids", known.join(", ")),
        );
    }
    rules.whole("year", decisions.year.into(), 1, scenario.years.into(), Unit::ScenarioYears);
    rules.count(
        "segments",
        decisions.segments.len(),
        scenario.segments.len(),
        scenario.segments.len(),
        Unit::EntriesPerSegment,
    );
    for (i, (decision, segment)) in decisions.segments.iter().zip(&scenario.segments).enumerate() {
        rules.segment_decision(&format!("segments[{i}]"), decision, segment);
    }
    rules.whole("production_units", decisions.production_units, 0, MAX_PRODUCTION_UNITS, Unit::Units);
    rules.amount("marketing", decisions.marketing);
    rules.amount("rnd", decisions.rnd);
    rules.whole("lines_bought", decisions.lines_bought.into(), 0, MAX_LINES_BOUGHT, Unit::Lines);
    for (i, id) in decisions.projects.iter().enumerate() {
        if scenario.project_index(id).is_none() {
            let known: Vec<&str> = scenario.projects.iter().map(|p| p.id.as_str()).collect();
            let allowed = if known.is_empty() {
                Phrase::words("ph_no_projects")
            } else {
                Phrase::words("ph_project_id").arg("ids", known.join(", "))
            };
            rules.error(Code::UnknownRef, &format!("projects[{i}]"), format!("{id:?}"), allowed);
        }
    }
    rules.unique("projects", "", decisions.projects.iter().map(String::as_str));
    rules.money("loan_change", decisions.loan_change, -eur(MAX_AMOUNT_EUR), eur(MAX_AMOUNT_EUR));
    rules.amount("equity_raised", decisions.equity_raised);
    rules.amount("dividend", decisions.dividend);
    rules.issues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::INTRO_SCENARIO;

    fn intro() -> Scenario {
        match ron::from_str(INTRO_SCENARIO) {
            Ok(s) => s,
            Err(e) => panic!("intro must parse: {e}"),
        }
    }

    const GOOD: &str = "(company: \"alpha\", year: 1, production_units: 80000, marketing: 300000,\n\
        segments: [(list_price: 50, rebate: 0.05, payment_days: 30, salespeople: 5)], projects: [\"automation\"])";

    #[test]
    fn a_good_decision_file_passes() {
        let Ok(d) = parse_decisions(GOOD, None) else { panic!("parses") };
        assert_eq!(validate_decisions(&intro(), &d), vec![]);
    }

    #[test]
    fn every_field_is_checked_against_the_scenario() {
        let text = "(company: \"omega\", year: 4, production_units: 100000001, marketing: -1, rnd: 0,\n\
            segments: [(list_price: 0, rebate: 0.31, payment_days: 121, salespeople: 10001),\n\
                       (list_price: 50, payment_days: 30, salespeople: 5)],\n\
            lines_bought: 101, projects: [\"automation\", \"robots\", \"automation\"],\n\
            loan_change: -1000000000000.01, equity_raised: -5, dividend: 1000000000001)";
        let d = match parse_decisions(text, None) {
            Ok(d) => d,
            Err(e) => panic!("parses: {e}"),
        };
        let issues = validate_decisions(&intro(), &d);
        let found: Vec<(&str, &str)> = issues.iter().map(|i| (i.code.as_str(), i.path.as_str())).collect();
        assert_eq!(
            found,
            vec![
                ("E-UNKNOWN-REF", "company"),
                ("E-RANGE", "year"),
                ("E-COUNT", "segments"),
                ("E-RANGE", "segments[0].list_price"),
                ("E-RANGE", "segments[0].rebate"),
                ("E-RANGE", "segments[0].payment_days"),
                ("E-RANGE", "segments[0].salespeople"),
                ("E-RANGE", "production_units"),
                ("E-RANGE", "marketing"),
                ("E-RANGE", "lines_bought"),
                ("E-UNKNOWN-REF", "projects[1]"),
                ("E-DUPLICATE-ID", "projects[2]"),
                ("E-RANGE", "loan_change"),
                ("E-RANGE", "equity_raised"),
                ("E-RANGE", "dividend"),
            ]
        );
        let rebate = &issues[4];
        assert_eq!(
            (rebate.found.to_string().as_str(), rebate.allowed.to_string().as_str()),
            ("0.31", "0..=0.3 (max_rebate of segment \"markt\")")
        );
    }
}
