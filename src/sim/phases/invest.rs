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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BalanceLines, BalanceSheet};
    use crate::sim::phases::testing::{self, Start};
    use rust_decimal_macros::dec;

    fn invested(mut s: Start, year: u32) -> Start {
        invest_and_finance(&s.scenario, &s.conditions, year, &s.decisions, &mut s.ledger, &mut s.ops, &mut s.work);
        s
    }

    fn causes(s: &Start, year: u32) -> Vec<Cause> {
        s.ledger.entries_of_year(year).map(JournalEntry::cause).collect()
    }

    #[test]
    fn a_line_and_a_project_are_capitalised_and_the_repayment_sets_the_rate() {
        let mut s = testing::intro();
        s.work.capacity_units = 120_000;
        s.decisions.lines_bought = 1;
        s.decisions.projects = vec!["automation".to_string()];
        s.decisions.loan_change = Money::euros(-203_000);
        let s = invested(s, 2);
        let eur = Money::euros;
        assert_eq!(causes(&s, 2), vec![Cause::CapacityBought, Cause::ProjectStarted { project: 0 }, Cause::LoanRepaid]);
        // Capex 1 200 000 + 500 000; cash 300 000 − 1 700 000 − 203 000 = −1 603 000.
        assert_eq!(s.work.capex, eur(1_700_000));
        assert_eq!(s.ledger.balance(Account::PpeGross), eur(4_100_000));
        assert_eq!(s.ledger.balance(Account::Cash), eur(-1_603_000));
        assert_eq!(s.ledger.balance(Account::Loans), eur(897_000));
        assert_eq!(s.work.capacity_units, 180_000); // + 60 000 from the new line
        let line = FixedAsset {
            kind: AssetKind::Line,
            gross: eur(1_200_000),
            cost: eur(1_200_000),
            life_years: 10,
            first_year: 2,
            depreciated: Money::ZERO,
        };
        let project = FixedAsset {
            kind: AssetKind::Project,
            gross: eur(500_000),
            cost: eur(500_000),
            life_years: 5,
            ..line.clone()
        };
        assert_eq!(s.ops.fixed_assets[2..], [line, project]);
        // Five years from year 2: effects in years 2–6.
        assert_eq!(s.ops.projects, vec![ActiveProject { project: 0, first_year: 2, last_year: 6 }]);
        // Gross leverage 897 000 / (897 000 + 897 000 equity) = 50 %; spread (50 % − 30 %) × 0,06
        // = 1,2 points: loans 5 % + 1,2 = 6,2 %, overdraft 12 % + 1,2 = 13,2 %.
        assert_eq!((s.work.loan_rate, s.work.overdraft_rate), (dec!(0.062), dec!(0.132)));
    }

    #[test]
    fn the_overdraft_is_repaid_first_and_equity_and_dividends_move_the_leverage() {
        let mut s = testing::intro();
        let drawn = Money::euros(150_000);
        s.ledger.post_opt(JournalEntry::transfer(
            0,
            Phase::Settle,
            Cause::OverdraftDrawn,
            Account::Cash,
            Account::Overdraft,
            drawn,
        ));
        s.work.opening = BalanceSheet::from_ledger(&s.ledger);
        s.conditions.rate_delta = dec!(0.02);
        s.decisions.loan_change = Money::euros(250_000);
        s.decisions.equity_raised = Money::euros(200_000);
        s.decisions.dividend = Money::euros(97_000);
        let s = invested(s, 1);
        let eur = Money::euros;
        assert_eq!(
            causes(&s, 1),
            vec![Cause::OverdraftRepaid, Cause::LoanDrawn, Cause::EquityRaised, Cause::DividendPaid]
        );
        // Cash 450 000 − 150 000 + 250 000 + 200 000 − 97 000 = 653 000.
        assert_eq!(s.ledger.balance(Account::Cash), eur(653_000));
        assert_eq!(s.ledger.balance(Account::Overdraft), Money::ZERO);
        assert_eq!(s.ledger.balance(Account::Loans), eur(1_350_000));
        assert_eq!(s.ledger.balance(Account::SubscribedCapital), eur(1_000_000));
        assert_eq!(s.ledger.balance(Account::RetainedEarnings), Money::ZERO);
        assert_eq!((s.work.dividends, s.work.capex), (eur(97_000), Money::ZERO));
        // The bank counts the opening overdraft: debt 1 350 000 + 150 000 = 1 500 000 against
        // equity 897 000 + 200 000 − 97 000 = 1 000 000: 60 %, spread 30 points × 0,06 = 1,8.
        // Loans 5 % + 2 (event) + 1,8 = 8,8 %; overdraft 12 % + 2 + 1,8 = 15,8 %.
        assert_eq!((s.work.loan_rate, s.work.overdraft_rate), (dec!(0.088), dec!(0.158)));
    }

    #[test]
    fn no_equity_is_charged_at_the_leverage_cap_and_no_debt_at_the_base_rate() {
        let mut s = testing::intro();
        // Equity 800 000 − 1 000 000 = −200 000 (assets 100 000 = payables 300 000 − 200 000).
        s.work.opening = BalanceSheet::from_lines(BalanceLines {
            cash: Money::euros(100_000),
            payables: Money::euros(300_000),
            subscribed_capital: Money::euros(800_000),
            retained_earnings: Money::euros(-1_000_000),
            ..BalanceLines::default()
        });
        let s = invested(s, 1);
        assert_eq!(causes(&s, 1), vec![]);
        // Leverage 90 %: spread (90 % − 30 %) × 0,06 = 3,6 points.
        assert_eq!((s.work.loan_rate, s.work.overdraft_rate), (dec!(0.086), dec!(0.156)));

        let mut d = testing::default();
        d.work.capacity_units = 690_000;
        d.decisions.projects = vec!["debottleneck".to_string()];
        d.decisions.loan_change = Money::euros(-4_800_000);
        let d = invested(d, 1);
        // Every loan repaid: leverage 0, no spread; 5 % and 11 % as the scenario sets them.
        assert_eq!((d.work.loan_rate, d.work.overdraft_rate), (dec!(0.05), dec!(0.11)));
        assert_eq!(d.ledger.balance(Account::Loans), Money::ZERO);
        // 690 000 + 50 000 from the project; cash 1 000 000 − 800 000 − 4 800 000.
        assert_eq!(d.work.capacity_units, 740_000);
        assert_eq!(d.ledger.balance(Account::Cash), Money::euros(-4_600_000));
    }
}
