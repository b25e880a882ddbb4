//! Invest & finance: overdraft repaid, lines and projects bought, loans, equity, dividends,
//! and the year's interest rates that follow from them.

use bevy::prelude::*;

use crate::model::{Account, Cause, JournalEntry, Ledger, Money, Phase};
use crate::scenario::{Decisions, Scenario};
use crate::sim::components::Conditions;
use crate::sim::components::{ActiveProject, AssetKind, Books, FixedAsset, Game, InGame, Operations, Plan, YearWork};
use crate::sim::finance::year_rates;

/// Books every company's investing and financing decisions.
pub fn post_investments_and_financing(
    games: Query<&Game>,
    mut companies: Query<(&InGame, &Plan, &mut Books, &mut Operations, &mut YearWork)>,
) {
    for (in_game, plan, mut books, mut ops, mut work) in &mut companies {
        let Ok(game) = games.get(in_game.0) else { continue };
        let (false, Some(decisions)) = (game.is_finished(), &plan.current) else { continue };
        invest_and_finance(
            &game.scenario,
            &game.conditions,
            game.playing_year(),
            decisions,
            &mut books.0,
            &mut ops,
            &mut work,
        );
    }
}

/// The rule: every amount was already limited in the Decide phase.
pub fn invest_and_finance(
    scenario: &Scenario,
    conditions: &Conditions,
    year: u32,
    d: &Decisions,
    ledger: &mut Ledger,
    ops: &mut Operations,
    work: &mut YearWork,
) {
    let phase = Phase::InvestAndFinance;
    let post = |ledger: &mut Ledger, cause, debit, credit, amount| {
        ledger.post_opt(JournalEntry::transfer(year, phase, cause, debit, credit, amount));
    };
    let overdraft = ledger.balance(Account::Overdraft);
    post(ledger, Cause::OverdraftRepaid, Account::Overdraft, Account::Cash, overdraft);

    if d.lines_bought > 0 {
        let line_cost = scenario.production.line_cost;
        let cost = line_cost.times(d.lines_bought.into());
        post(ledger, Cause::CapacityBought, Account::PpeGross, Account::Cash, cost);
        for _ in 0..d.lines_bought {
            ops.fixed_assets.push(FixedAsset {
                kind: AssetKind::Line,
                gross: line_cost,
                cost: line_cost,
                life_years: scenario.production.line_life_years,
                first_year: year,
                depreciated: Money::ZERO,
            });
        }
        work.capex += cost;
        work.capacity_units = work
            .capacity_units
            .saturating_add(u64::from(d.lines_bought).saturating_mul(scenario.production.units_per_line));
    }
    for id in &d.projects {
        let Some(index) = scenario.project_index(id) else { continue };
        let project = &scenario.projects[index];
        let cause = Cause::ProjectStarted { project: index as u16 };
        post(ledger, cause, Account::PpeGross, Account::Cash, project.capex);
        ops.fixed_assets.push(FixedAsset {
            kind: AssetKind::Project,
            gross: project.capex,
            cost: project.capex,
            life_years: project.life_years,
            first_year: year,
            depreciated: Money::ZERO,
        });
        ops.projects.push(ActiveProject {
            project: index as u16,
            first_year: year,
            last_year: year + project.life_years.saturating_sub(1),
        });
        work.capex += project.capex;
        work.capacity_units = work.capacity_units.saturating_add(project.effects.capacity_units);
    }
    let cause = if d.loan_change.is_negative() { Cause::LoanRepaid } else { Cause::LoanDrawn };
    post(ledger, cause, Account::Cash, Account::Loans, d.loan_change);
    post(ledger, Cause::EquityRaised, Account::Cash, Account::SubscribedCapital, d.equity_raised);
    post(ledger, Cause::DividendPaid, Account::RetainedEarnings, Account::Cash, d.dividend);
    work.dividends = d.dividend;
    // The bank prices the year's debt at the leverage the financing leaves.
    let rates =
        year_rates(scenario, conditions, &work.opening, ledger.balance(Account::Loans), d.equity_raised - d.dividend);
    work.loan_rate = rates.loan_rate;
    work.overdraft_rate = rates.overdraft_rate;
}
