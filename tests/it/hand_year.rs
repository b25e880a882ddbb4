//! Year 1 of the introduction scenario for one company, computed by hand and asserted to the cent.
//!
//! All three companies submit the same decisions, so the market splits evenly and every
//! figure can be worked out on paper. The arithmetic is in the comments (scenarios/intro.ron:
//! two lines of 60 000 units with 2 and 8 of their 10 years left, opening PP&E 2 400 000 gross
//! and 1 200 000 written down, loans 1 100 000, equity 897 000, cash 300 000).

use std::sync::Arc;

use mehrwert::model::Money;
use mehrwert::model::rounding::round;
use mehrwert::scenario::{Decisions, INTRO_SCENARIO, SegmentDecision, parse_scenario};
use mehrwert::sim::Simulation;
use rust_decimal_macros::dec;

/// An amount written as in the hand calculation, e.g. `eur("789041.10")`.
fn eur(amount: &str) -> Money {
    Money::from_decimal(amount.parse().expect("a decimal amount"))
}

fn decisions(company: &str) -> Decisions {
    Decisions {
        company: company.into(),
        year: 1,
        segments: vec![SegmentDecision { list_price: dec!(50), rebate: dec!(0.04), payment_days: 60, salespeople: 5 }],
        production_units: 100_000,
        marketing: Money::euros(300_000),
        rnd: Money::euros(200_000),
        lines_bought: 0,
        projects: vec![],
        loan_change: Money::euros(175_000),
        equity_raised: Money::ZERO,
        dividend: Money::euros(47_000),
    }
}

#[test]
fn first_year_of_the_introduction_matches_the_hand_calculation() {
    let scenario = parse_scenario(INTRO_SCENARIO, None).expect("intro scenario is valid");
    let mut sim = Simulation::new().expect("schedule builds");
    let game = sim.new_game(Arc::new(scenario), 7).expect("opening balances");
    for id in ["alpha", "beta", "gamma"] {
        sim.submit(game, decisions(id)).expect("valid decisions");
    }
    sim.play_year();
    let reports = sim.reports(game);
    let alpha = &reports[0].history[0];

    // Market: volume = 300 000 × 1,02⁰ × (50/50)^−1 = 300 000; equal offers → 100 000 each.
    // Stock 10 000 + 100 000 produced = 110 000 ≥ demand, so all 100 000 are sold.
    assert_eq!(alpha.segments[0].demand_units, 100_000);
    assert_eq!(alpha.segments[0].sold_units, 100_000);
    assert_eq!(alpha.segments[0].market_share, dec!(100000) / dec!(300000));
    // Two lines of 60 000 units: 120 000 capacity, 100 000 produced.
    assert_eq!(alpha.capacity_units, 120_000);

    let is = &alpha.income;
    assert_eq!(is.revenue, eur("5000000.00")); // 100 000 × 50 €
    assert_eq!(is.rebates, eur("200000.00")); // 100 000 × 50 € × 4 %
    assert_eq!(is.net_revenue, eur("4800000.00"));
    // Weighted average: (300 000 + 100 000 × (20 + 10)) / 110 000 = 30 €/unit; 100 000 sold.
    assert_eq!(is.cogs, eur("3000000.00"));
    assert_eq!(is.gross_profit, eur("1800000.00"));
    assert_eq!(is.marketing, eur("300000.00"));
    assert_eq!(is.rnd, eur("200000.00"));
    assert_eq!(is.sales_force, eur("300000.00")); // 5 × 60 000
    assert_eq!(is.admin, eur("400000.00"));
    assert_eq!(is.cost_to_serve, Money::ZERO);
    assert_eq!(is.inventory_holding, eur("30000.00")); // 10 000 units left × 30 € × 10 %
    assert_eq!(is.operating_expenses, eur("1230000.00"));
    assert_eq!(is.ebitda, eur("570000.00"));
    // Net plant 1 200 000 split by remaining life 2 : 8 → 240 000 and 960 000, each written
    // off over its remaining years: 120 000 + 120 000.
    assert_eq!(is.depreciation, eur("240000.00"));
    assert_eq!(is.ebit, eur("330000.00"));
    // The bank: loans 1 100 000 + 175 000 = 1 275 000 against equity 897 000 − 47 000 =
    // 850 000 → gross leverage 1 275 / 2 125 = 60 %; spread 6 % × (60 % − 30 %) = 1,8 points,
    // loan rate 5 % + 1,8 % = 6,8 %; interest 1 275 000 × 6,8 % = 86 700.
    assert_eq!(alpha.loan_rate, dec!(0.068));
    assert_eq!(is.interest_expense, eur("86700.00"));
    assert_eq!(is.interest_income, eur("3000.00")); // 300 000 opening cash × 1 %
    assert_eq!(is.ebt, eur("246300.00"));
    assert_eq!(is.tax, eur("73890.00")); // 30 %
    assert_eq!(is.net_income, eur("172410.00"));

    let bs = &alpha.closing;
    // Cash: 300 000 + 175 000 loan − 47 000 dividend − 1 000 000 labour − 1 230 000 opex
    // + collections 4 421 958,90 − supplier payments 1 999 616,44 − 50 000 tax − 86 700
    // interest + 3 000 interest income = 486 642,46 (above the 200 000 minimum: no overdraft).
    assert_eq!(bs.cash, eur("486642.46"));
    // Receivables: 4 800 000 × 60 / 365 = 789 041,095… → 789 041,10; collections
    // 411 000 + 4 800 000 − 789 041,10 = 4 421 958,90.
    assert_eq!(bs.receivables, eur("789041.10"));
    assert_eq!(bs.inventory, eur("300000.00")); // 10 000 units × 30 €
    assert_eq!(bs.ppe_gross, eur("2400000.00"));
    assert_eq!(bs.accumulated_depreciation, eur("1440000.00"));
    assert_eq!(bs.ppe_net, eur("960000.00"));
    assert_eq!(bs.total_assets, eur("2535683.56"));
    // Payables: 2 000 000 materials × 30 / 365 = 164 383,561… → 164 383,56; payments
    // 164 000 + 2 000 000 − 164 383,56 = 1 999 616,44.
    assert_eq!(bs.payables, eur("164383.56"));
    assert_eq!(bs.tax_payable, eur("73890.00"));
    assert_eq!(bs.loans, eur("1275000.00"));
    assert_eq!(bs.overdraft, Money::ZERO);
    assert_eq!(bs.subscribed_capital, eur("800000.00"));
    assert_eq!(bs.retained_earnings, eur("222410.00")); // 97 000 − 47 000 + 172 410
    assert_eq!(bs.total_equity, eur("1022410.00"));
    assert_eq!(bs.total_equity_and_liabilities, eur("2535683.56"));

    let cf = &alpha.cash_flow;
    assert_eq!(cf.change_receivables, eur("-378041.10")); // 411 000 − 789 041,10
    assert_eq!(cf.change_inventory, Money::ZERO);
    assert_eq!(cf.change_payables, eur("383.56")); // 164 383,56 − 164 000
    assert_eq!(cf.change_tax_payable, eur("23890.00")); // 73 890 − 50 000
    // 172 410 + 240 000 − 378 041,10 + 0 + 383,56 + 23 890
    assert_eq!(cf.operating, eur("58642.46"));
    assert_eq!(cf.investing, Money::ZERO);
    assert_eq!(cf.financing, eur("128000.00")); // 175 000 loan − 47 000 dividend
    assert_eq!(cf.net_change, eur("186642.46"));
    assert_eq!(cf.closing_cash - cf.opening_cash, eur("186642.46"));

    // Cost of capital on the opening books: net debt 1 100 000 − 300 000 = 800 000, equity
    // 897 000 → L = 800/1 697, D/E = 800/897.
    let coc = &alpha.cost_of_capital;
    assert_eq!(round(coc.leverage, 8), round(dec!(800) / dec!(1697), 8));
    // k_E = 10 % + (10 % − 3 %) × 0,7 × 800/897 = 10 % + 39,2/897 = 14,370 12… %.
    assert_eq!(round(coc.cost_of_equity, 8), dec!(0.14370123));
    // k_D = the 6,8 % paid on the loans (no overdraft).
    assert_eq!(coc.cost_of_debt, dec!(0.068));
    // WACC = 897/1 697 × k_E + 800/1 697 × 6,8 % × 0,7 = (89,7 + 39,2 + 38,08) / 1 697
    // = 166,98 / 1 697 = 9,839 717… %.
    let wacc = dec!(166.98) / dec!(1697);
    assert_eq!(round(alpha.eva.wacc, 10), round(wacc, 10));
    // Capital employed, the year's average: opening 1 200 000 + 300 000 + 411 000 − 164 000
    // = 1 747 000; closing 960 000 + 300 000 + 789 041,10 − 164 383,56 = 1 884 657,54;
    // average 1 815 828,77.
    assert_eq!(alpha.eva.capital_employed, eur("1815828.77"));
    assert_eq!(alpha.eva.nopat, eur("231000.00")); // 330 000 × 0,7
    // 166,98/1 697 × 1 815 828,77 = 178 672,414… → 178 672,41.
    assert_eq!(alpha.eva.capital_charge, eur("178672.41"));
    assert_eq!(alpha.eva.eva, eur("52327.59"));
    // Score: 52 327,59 / (1 + 166,98/1 697) = 47 639,953… → 47 639,95.
    assert_eq!(alpha.score, eur("47639.95"));
    assert!(!alpha.insolvent);
    assert_eq!(alpha.rescue_equity, Money::ZERO);

    let kpis = alpha.kpis();
    // DSO = 789 041,10 / 4 800 000 × 365 = 60,0000003… days: the 60 days' terms granted.
    assert_eq!(kpis.dso_days.map(|d| round(d, 2)), Some(dec!(60.00)));
    // DPO = 164 383,56 / 2 000 000 purchases × 365 = 29,9999994… days: the supplier terms.
    assert_eq!(kpis.dpo_days.map(|d| round(d, 2)), Some(dec!(30.00)));
    // ROCE = EBIT 330 000 / average CE 1 815 828,77 = 18,173 5… %.
    assert_eq!(kpis.roce.map(|d| round(d, 4)), Some(dec!(0.1817)));
}
