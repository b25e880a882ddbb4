//! Decide: the computer decides for companies nobody decided for; every company's decisions
//! are then held to what its state allows, with a warning for each change.

use bevy::prelude::*;
use rust_decimal::Decimal;

use crate::model::{Account, Money};
use crate::scenario::{Decisions, Scenario};
use crate::sim::components::{Books, Company, Game, History, InGame, Operations, Plan, YearWork};
use crate::sim::strategy;
use crate::sim::warning::Warning;

/// What the Decide phase reads and writes of a company; the pilot replaces its strategy.
type Deciding<'a> = (
    &'a Company,
    &'a InGame,
    &'a Books,
    &'a Operations,
    &'a History,
    &'a mut Plan,
    &'a mut YearWork,
    Option<&'a strategy::Pilot>,
);

/// Chooses and limits the decisions of every company for the year.
pub fn decide_and_limit(games: Query<&Game>, mut companies: Query<Deciding>) {
    for (company, in_game, books, ops, history, mut plan, mut work, pilot) in &mut companies {
        let Ok(game) = games.get(in_game.0) else { continue };
        if game.is_finished() {
            continue;
        }
        let proposed = match plan.submitted.take() {
            Some(decisions) => {
                work.human = true;
                decisions
            }
            None => {
                let view = strategy::CompanyView {
                    game,
                    company,
                    books: &books.0,
                    ops,
                    history: &history.0,
                    last: &plan.last,
                    work: &work,
                };
                match pilot {
                    Some(pilot) => (pilot.0)(&view),
                    None => strategy::decide(&view),
                }
            }
        };
        let (applied, warnings) =
            apply_limits(&game.scenario, game.playing_year(), proposed, &books.0, ops, work.capacity_units);
        work.warnings = warnings;
        plan.current = Some(applied);
    }
}

/// Holds decisions to the company's state: production within capacity, loans within the
/// limit and the balance, dividends within distributable reserves, projects started once.
pub fn apply_limits(
    scenario: &Scenario,
    year: u32,
    mut d: Decisions,
    ledger: &crate::model::Ledger,
    ops: &Operations,
    capacity_units: u64,
) -> (Decisions, Vec<Warning>) {
    let mut warnings = Vec::new();
    d.year = year;
    let mut started = Vec::new();
    for id in std::mem::take(&mut d.projects) {
        let Some(index) = scenario.project_index(&id) else { continue };
        let running = ops.projects.iter().any(|p| usize::from(p.project) == index);
        if running || started.contains(&id) {
            warnings.push(Warning::ProjectAgain { project: id.clone() });
        } else {
            started.push(id);
        }
    }
    d.projects = started;
    // Lines and projects bought this year produce this year.
    let added_lines = u64::from(d.lines_bought).saturating_mul(scenario.production.units_per_line);
    let added_projects: u64 = d
        .projects
        .iter()
        .filter_map(|id| scenario.project_index(id))
        .map(|i| scenario.projects[i].effects.capacity_units)
        .sum();
    let capacity_units = capacity_units.saturating_add(added_lines).saturating_add(added_projects);
    if d.production_units > capacity_units {
        warnings.push(Warning::Capacity { asked: d.production_units, capacity: capacity_units });
        d.production_units = capacity_units;
    }
    let loans = ledger.balance(Account::Loans);
    if d.loan_change.is_positive() {
        let headroom = (scenario.finance.max_loans - loans).positive_part();
        if d.loan_change > headroom {
            warnings.push(Warning::LoanLimit { asked: d.loan_change, headroom });
            d.loan_change = headroom;
        }
    } else if -d.loan_change > loans {
        warnings.push(Warning::LoanRepay { asked: d.loan_change, outstanding: loans });
        d.loan_change = -loans;
    }
    let distributable = ledger.balance(Account::RetainedEarnings).positive_part();
    if d.dividend > distributable {
        warnings.push(Warning::Dividend { asked: d.dividend, distributable });
        d.dividend = distributable;
    }
    d.dividend = d.dividend.max(Money::ZERO);
    d.equity_raised = d.equity_raised.max(Money::ZERO);
    for s in &mut d.segments {
        s.rebate = s.rebate.max(Decimal::ZERO);
    }
    (d, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::intro_scenario;
    use crate::sim::components::ActiveProject;
    use crate::sim::spawn::{opening_decisions, opening_ledger, opening_operations};

    /// The introduction's opening books: loans 1 100 000 €, retained earnings 97 000 €,
    /// max_loans 3 000 000 €; two lines of 60 000 units (capacity 120 000).
    fn opening() -> (Scenario, crate::model::Ledger, Operations, Decisions) {
        let scenario = intro_scenario().unwrap_or_else(|e| panic!("{e}"));
        let ledger = opening_ledger(&scenario).unwrap_or_else(|e| panic!("{e:?}"));
        let ops = opening_operations(&scenario);
        let decisions = opening_decisions(&scenario, "alpha");
        (scenario, ledger, ops, decisions)
    }

    #[test]
    fn decisions_within_the_limits_pass_unchanged() {
        let (scenario, ledger, ops, d) = opening();
        let (applied, warnings) = apply_limits(&scenario, 1, d.clone(), &ledger, &ops, 120_000);
        assert_eq!(warnings, vec![]);
        assert_eq!(applied, Decisions { year: 1, ..d });
    }

    #[test]
    fn each_limit_caps_at_the_figure_worked_out_by_hand() {
        let (scenario, ledger, ops, mut d) = opening();
        d.production_units = 200_000; // capacity 2 × 60 000 = 120 000
        d.loan_change = Money::euros(2_500_000); // headroom 3 000 000 − 1 100 000 = 1 900 000
        d.dividend = Money::euros(150_000); // distributable: retained earnings 97 000
        let (applied, warnings) = apply_limits(&scenario, 1, d, &ledger, &ops, 120_000);
        assert_eq!(applied.production_units, 120_000);
        assert_eq!(applied.loan_change, Money::euros(1_900_000));
        assert_eq!(applied.dividend, Money::euros(97_000));
        assert_eq!(
            warnings,
            vec![
                Warning::Capacity { asked: 200_000, capacity: 120_000 },
                Warning::LoanLimit { asked: Money::euros(2_500_000), headroom: Money::euros(1_900_000) },
                Warning::Dividend { asked: Money::euros(150_000), distributable: Money::euros(97_000) },
            ]
        );
    }

    #[test]
    fn a_repayment_stops_at_the_loan_and_a_running_project_is_not_bought_again() {
        let (scenario, ledger, mut ops, mut d) = opening();
        d.loan_change = Money::euros(-1_500_000); // outstanding 1 100 000
        ops.projects.push(ActiveProject { project: 0, first_year: 1, last_year: 5 });
        d.projects = vec!["automation".to_string(), "automation".to_string()];
        // A line bought this year adds 60 000 units: 200 000 asked, 180 000 allowed.
        d.lines_bought = 1;
        d.production_units = 200_000;
        let (applied, warnings) = apply_limits(&scenario, 2, d, &ledger, &ops, 120_000);
        assert_eq!(applied.loan_change, Money::euros(-1_100_000));
        assert_eq!(applied.projects, Vec::<String>::new());
        assert_eq!(applied.production_units, 180_000);
        assert_eq!(applied.year, 2);
        assert_eq!(
            warnings,
            vec![
                Warning::ProjectAgain { project: "automation".to_string() },
                Warning::ProjectAgain { project: "automation".to_string() },
                Warning::Capacity { asked: 200_000, capacity: 180_000 },
                Warning::LoanRepay { asked: Money::euros(-1_500_000), outstanding: Money::euros(1_100_000) },
            ]
        );
    }
}
