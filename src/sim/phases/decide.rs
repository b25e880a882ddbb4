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
