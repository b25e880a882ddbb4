//! Close: tax with loss carry-forward, closing into retained earnings, the owners' rescue of
//! a company whose equity is gone, statements, KPIs, EVA, score, the public market report,
//! and on to the next year.

use bevy::prelude::*;
use rust_decimal::Decimal;

use crate::model::rounding::round;
use crate::model::value::eva;
use crate::model::{
    Account, BalanceSheet, CashFlowStatement, Cause, IncomeStatement, JournalEntry, Ledger, Money, Phase,
};
use crate::sim::components::{Books, Companies, Company, Game, History, InGame, Operations, Plan, YearWork};
use crate::sim::finance::{YearRates, year_cost_of_capital};
use crate::sim::report::{MarketYear, SegmentMarket, SegmentResult, YearReport};

/// Closes every company's books for the year and appends its annual report.
pub fn close_books(
    games: Query<&Game>,
    mut companies: Query<(&InGame, &mut Plan, &mut Books, &mut Operations, &YearWork, &mut History)>,
) {
    for (in_game, mut plan, mut books, mut ops, work, mut history) in &mut companies {
        let Ok(game) = games.get(in_game.0) else { continue };
        if game.is_finished() {
            continue;
        }
        let Some(decisions) = plan.current.take() else { continue };
        let report = close_year(game, decisions.clone(), &mut books.0, &mut ops, work, history.0.last());
        history.0.push(report);
        plan.last = decisions;
    }
}

/// Income tax on `ebt` after loss carry-forward: returns (tax, new carry-forward).
pub fn income_tax(ebt: Money, loss_carryforward: Money, tax_rate: Decimal) -> (Money, Money) {
    if ebt.is_positive() {
        let used = loss_carryforward.min(ebt);
        ((ebt - used).times(tax_rate), loss_carryforward - used)
    } else {
        (Money::ZERO, loss_carryforward - ebt)
    }
}

/// The rule for one company: books the tax and the rescue, then reports the year.
fn close_year(
    game: &Game,
    decisions: crate::scenario::Decisions,
    ledger: &mut Ledger,
    ops: &mut Operations,
    work: &YearWork,
    previous: Option<&YearReport>,
) -> YearReport {
    let scenario = &game.scenario;
    let year = game.playing_year();
    let (income, equity_rescue) =
        book_close(ledger, ops, year, scenario.tax_rate, scenario.finance.rescue_equity_ratio);
    let closing = BalanceSheet::from_ledger(ledger);
    let cash_flow = CashFlowStatement::indirect(&work.opening, &closing, &income, work.capex, work.dividends);

    let rates = YearRates { spread: Decimal::ZERO, loan_rate: work.loan_rate, overdraft_rate: work.overdraft_rate };
    let cost_of_capital = year_cost_of_capital(scenario, &rates, &work.opening);
    let value = eva(&income, &work.opening, &closing, scenario.tax_rate, cost_of_capital.wacc);
    let sold: u64 = work.sold_units.iter().sum();
    let all_sold: u64 = work.segment_total_sold.iter().sum();
    let rescue_equity = work.rescue + equity_rescue;
    let rescue_charge = rescue_equity.times(scenario.finance.rescue_penalty);
    let (score, discount_factor) =
        scored(previous.map(|r| (r.score, r.discount_factor)), value.eva - rescue_charge, cost_of_capital.wacc);
    let insolvent = rescue_equity.is_positive();
    if insolvent && ops.insolvent_since.is_none() {
        ops.insolvent_since = Some(year);
    }
    let segments = segment_results(&decisions, work);
    YearReport {
        year,
        decisions,
        decided_by_person: work.human,
        income,
        opening: work.opening,
        closing,
        cash_flow,
        eva: value,
        cost_of_capital,
        loan_rate: work.loan_rate,
        rescue_equity,
        rescue_charge,
        prior_net_revenue: previous.map(|r| r.income.net_revenue),
        market_share: share(sold, all_sold),
        tax_rate: scenario.tax_rate,
        material_purchases: work.material_purchases,
        score,
        discount_factor,
        capacity_units: work.capacity_units,
        produced_units: work.produced_units,
        inventory_units: ops.inventory_units,
        segments,
        warnings: work.warnings.clone(),
        insolvent,
        insolvent_since: ops.insolvent_since,
    }
}

/// Books the year's income tax (after the loss carried forward), closes the income accounts
/// and books the rescue capital the equity ratio needs; returns the year's income statement
/// and that rescue.
fn book_close(
    ledger: &mut Ledger,
    ops: &mut Operations,
    year: u32,
    tax_rate: Decimal,
    rescue_equity_ratio: Decimal,
) -> (IncomeStatement, Money) {
    let ebt = IncomeStatement::from_ledger(ledger).ebt;
    let (tax, carryforward) = income_tax(ebt, ops.loss_carryforward, tax_rate);
    ops.loss_carryforward = carryforward;
    ledger.post_opt(JournalEntry::transfer(
        year,
        Phase::Close,
        Cause::TaxCharge,
        Account::TaxExpense,
        Account::TaxPayable,
        tax,
    ));
    let income = IncomeStatement::from_ledger(ledger);
    ledger.close_year(year);
    let equity_rescue = rescue_for_equity(&BalanceSheet::from_ledger(ledger), rescue_equity_ratio);
    ledger.post_opt(JournalEntry::transfer(
        year,
        Phase::Close,
        Cause::RescueEquity,
        Account::Cash,
        Account::SubscribedCapital,
        equity_rescue,
    ));
    (income, equity_rescue)
}

/// The score after this year and this year's discount factor: the score is the sum of each
/// year's EVA (less the rescue charge) discounted at the WACCs of the years so far.
/// `previous` is last year's score and discount factor (none in the first year).
fn scored(previous: Option<(Money, Decimal)>, charged_eva: Money, wacc: Decimal) -> (Money, Decimal) {
    let (previous_score, previous_discount) = previous.unwrap_or((Money::ZERO, Decimal::ONE));
    // Twelve places: exact enough for any score, and short to multiply.
    let discount_factor = round(previous_discount / (Decimal::ONE + wacc), 12);
    (previous_score + charged_eva.times(discount_factor), discount_factor)
}

/// Each segment's demand, sales, prices, revenue and market share.
fn segment_results(decisions: &crate::scenario::Decisions, work: &YearWork) -> Vec<SegmentResult> {
    decisions
        .segments
        .iter()
        .enumerate()
        .map(|(s, d)| SegmentResult {
            demand_units: work.demand_units.get(s).copied().unwrap_or(0),
            sold_units: work.sold_units.get(s).copied().unwrap_or(0),
            list_price: d.list_price,
            rebate: d.rebate,
            net_price: decisions.net_price(s),
            net_revenue: work.net_revenue.get(s).copied().unwrap_or(Money::ZERO),
            market_share: share(
                work.sold_units.get(s).copied().unwrap_or(0),
                work.segment_total_sold.get(s).copied().unwrap_or(0),
            )
            .unwrap_or_default(),
        })
        .collect()
}

/// Rescue capital that brings equity back to `ratio` of total assets when it is gone:
/// (E + R) = ρ·(A + R), so R = (ρ·A − E) / (1 − ρ), rounded up to the cent. Zero while
/// equity is positive.
pub fn rescue_for_equity(sheet: &BalanceSheet, ratio: Decimal) -> Money {
    if sheet.total_equity.is_positive() || ratio >= Decimal::ONE {
        return Money::ZERO;
    }
    let needed = (ratio * sheet.total_assets.amount() - sheet.total_equity.amount()) / (Decimal::ONE - ratio);
    Money::from_decimal(crate::model::rounding::round_up(needed, 2)).positive_part()
}

fn share(part: u64, whole: u64) -> Option<Decimal> {
    if whole == 0 { None } else { Some(Decimal::from(part) / Decimal::from(whole)) }
}

/// Appends the public market report and moves every game on to the next year.
pub fn close_market_years(mut games: Query<(&mut Game, &Companies)>, companies: Query<(&Company, &YearWork)>) {
    for (mut game, members) in &mut games {
        if game.is_finished() {
            continue;
        }
        let segments = game.scenario.segments.len();
        let mut demand = vec![0u64; segments];
        let mut sold = vec![0u64; segments];
        let mut revenue = vec![Money::ZERO; segments];
        for &e in members.entities() {
            let Ok((_, work)) = companies.get(e) else { continue };
            for s in 0..segments {
                demand[s] += work.demand_units.get(s).copied().unwrap_or(0);
                sold[s] += work.sold_units.get(s).copied().unwrap_or(0);
                revenue[s] += work.net_revenue.get(s).copied().unwrap_or(Money::ZERO);
            }
        }
        let market = MarketYear {
            year: game.playing_year(),
            headlines: game.conditions.headlines.clone(),
            material_index: game.conditions.material_index,
            segments: (0..segments)
                .map(|s| SegmentMarket {
                    demand_units: demand[s],
                    sold_units: sold[s],
                    avg_net_price: if sold[s] == 0 {
                        Decimal::ZERO
                    } else {
                        round(revenue[s].amount() / Decimal::from(sold[s]), 4)
                    },
                })
                .collect(),
        };
        game.market_history.push(market);
        game.year += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BalanceLines;
    use rust_decimal_macros::dec;

    #[test]
    fn income_tax_uses_the_losses_carried_forward_first() {
        let t = Decimal::new(30, 2);
        // A profit of 100 000 with 40 000 of old losses: 60 000 taxed at 30 % = 18 000, none left.
        assert_eq!(income_tax(Money::euros(100_000), Money::euros(40_000), t), (Money::euros(18_000), Money::ZERO));
        // Losses larger than the profit: no tax, 150 000 − 100 000 = 50 000 still to carry.
        assert_eq!(income_tax(Money::euros(100_000), Money::euros(150_000), t), (Money::ZERO, Money::euros(50_000)));
        // A loss of 30 000 adds to the carry-forward: 40 000 + 30 000 = 70 000.
        assert_eq!(income_tax(Money::euros(-30_000), Money::euros(40_000), t), (Money::ZERO, Money::euros(70_000)));
        // Tax on 333,33 € at 30 % is 99,999 → 100,00 € (half away from zero at the cent).
        assert_eq!(income_tax(Money::cents(33_333), Money::ZERO, t).0, Money::cents(10_000));
    }

    #[test]
    fn rescue_capital_restores_the_equity_ratio_by_hand() {
        // Assets 1 000 000, equity −100 000, ratio 25 %: R = (0,25 · 1 000 000 + 100 000) / 0,75
        // = 466 666,666… → 466 666,67 € (rounded up); then E + R = 366 666,67 and A + R =
        // 1 466 666,67, a ratio of 25,000000 %.
        let sheet = BalanceSheet::from_lines(BalanceLines {
            cash: Money::euros(1_000_000),
            payables: Money::euros(1_100_000),
            subscribed_capital: Money::euros(100_000),
            retained_earnings: Money::euros(-200_000),
            ..BalanceLines::default()
        });
        assert_eq!((sheet.total_assets, sheet.total_equity), (Money::euros(1_000_000), Money::euros(-100_000)));
        assert_eq!(rescue_for_equity(&sheet, Decimal::new(25, 2)), Money::cents(46_666_667));
        // Positive equity needs no rescue, however thin.
        let thin = BalanceSheet::from_lines(BalanceLines {
            cash: Money::euros(1_000_000),
            payables: Money::euros(999_999),
            subscribed_capital: Money::euros(1),
            ..BalanceLines::default()
        });
        assert_eq!(rescue_for_equity(&thin, Decimal::new(25, 2)), Money::ZERO);
    }

    #[test]
    fn shares_are_undefined_without_a_whole() {
        assert_eq!(share(1, 4), Some(Decimal::new(25, 2)));
        assert_eq!(share(3, 0), None);
    }

    #[test]
    fn the_score_discounts_each_year_at_the_wacc_to_twelve_places() {
        let wacc = dec!(0.10);
        // Year 1: 1 / 1,1 = 0,909090909090… → 0,909090909091; EVA 500 × that = 454,5454… → 454,55.
        let (score, discount) = scored(None, Money::from_decimal(dec!(500)), wacc);
        assert_eq!(discount, dec!(0.909090909091));
        assert_eq!(score, Money::from_decimal(dec!(454.55)));
        // Year 2: 0,909090909091 / 1,1 = 0,826446280991818… → 0,826446280992;
        // 1 000 + 500 × 0,826446280992 = 1 000 + 413,223140496 → 1 413,22.
        let (score, discount) =
            scored(Some((Money::from_decimal(dec!(1000)), discount)), Money::from_decimal(dec!(500)), wacc);
        assert_eq!(discount, dec!(0.826446280992));
        assert_eq!(score, Money::from_decimal(dec!(1413.22)));
        // A negative EVA lowers the score: 1 000 − 200 × 0,909090909091 = 1 000 − 181,8181… → 818,18.
        let (score, _) =
            scored(Some((Money::from_decimal(dec!(1000)), Decimal::ONE)), Money::from_decimal(dec!(-200)), wacc);
        assert_eq!(score, Money::from_decimal(dec!(818.18)));
    }
}
