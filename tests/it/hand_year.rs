//! Year 1 of the introduction scenario for one company, computed by hand and asserted to the cent.
//!
//! All three companies submit the same decisions, so the market splits evenly and every
//! figure can be worked out on paper. The arithmetic is in the comments.

use std::sync::Arc;

use mehrwert::model::Money;
use mehrwert::scenario::{Decisions, INTRO_SCENARIO, SegmentDecision, parse_scenario};
use mehrwert::sim::Simulation;
use rust_decimal_macros::dec;

/// An amount written as in the hand calculation, e.g. `eur("739726.03")`.
fn eur(amount: &str) -> Money {
    Money::from_decimal(amount.parse().expect("a decimal amount"))
}

fn decisions(company: &str) -> Decisions {
    Decisions {
        company: company.into(),
        year: 1,
        segments: vec![SegmentDecision { list_price: dec!(50), rebate: dec!(0.10), payment_days: 60, salespeople: 5 }],
        production_units: 100_000,
        marketing: Money::euros(300_000),
        rnd: Money::euros(200_000),
        lines_bought: 0,
        projects: vec![],
        loan_change: Money::euros(200_000),
        equity_raised: Money::ZERO,
        dividend: Money::euros(50_000),
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

    // Market: volume = 300 000 × 1.02^0 × (50/50)^-1 = 300 000; equal offers → 100 000 each.
    // Stock 10 000 + 100 000 produced = 110 000 ≥ demand, so all 100 000 are sold.
    assert_eq!(alpha.segments[0].demand_units, 100_000);
    assert_eq!(alpha.segments[0].sold_units, 100_000);
    assert_eq!(alpha.segments[0].market_share, dec!(100000) / dec!(300000));

    let is = &alpha.income;
    assert_eq!(is.revenue, eur("5000000.00")); // 100 000 × 50 €
    assert_eq!(is.rebates, eur("500000.00")); // 100 000 × 50 € × 10 %
    assert_eq!(is.net_revenue, eur("4500000.00"));
    // Weighted average: (300 000 + 100 000 × (20 + 10)) / 110 000 = 30 €/unit; 100 000 sold.
    assert_eq!(is.cogs, eur("3000000.00"));
    assert_eq!(is.gross_profit, eur("1500000.00"));
    assert_eq!(is.marketing, eur("300000.00"));
    assert_eq!(is.rnd, eur("200000.00"));
    assert_eq!(is.sales_force, eur("300000.00")); // 5 × 60 000
    assert_eq!(is.admin, eur("400000.00"));
    assert_eq!(is.cost_to_serve, Money::ZERO);
    assert_eq!(is.inventory_holding, eur("30000.00")); // 10 000 units × 30 € × 10 %
    assert_eq!(is.operating_expenses, eur("1230000.00"));
    assert_eq!(is.ebitda, eur("270000.00"));
    assert_eq!(is.depreciation, eur("200000.00")); // (2 000 000 − 400 000) / 8 years
    assert_eq!(is.ebit, eur("70000.00"));
    assert_eq!(is.interest_expense, eur("60000.00")); // (1 000 000 + 200 000) × 5 %
    assert_eq!(is.interest_income, eur("5000.00")); // 500 000 opening cash × 1 %
    assert_eq!(is.ebt, eur("15000.00"));
    assert_eq!(is.tax, eur("4500.00")); // 30 %
    assert_eq!(is.net_income, eur("10500.00"));

    let bs = &alpha.closing;
    // Cash: 500 000 + 200 000 loan − 50 000 dividend − 1 000 000 labour − 1 230 000 opex
    // + collections 4 160 273,97 − supplier payments 1 985 616,44 − 50 000 tax − 60 000 interest
    // + 5 000 interest income = 489 657,53.
    assert_eq!(bs.cash, eur("489657.53"));
    // Receivables: 4 500 000 × 60 / 365 = 739 726,027… → 739 726,03.
    assert_eq!(bs.receivables, eur("739726.03"));
    assert_eq!(bs.inventory, eur("300000.00")); // 10 000 units × 30 €
    assert_eq!(bs.ppe_gross, eur("2000000.00"));
    assert_eq!(bs.accumulated_depreciation, eur("600000.00"));
    assert_eq!(bs.ppe_net, eur("1400000.00"));
    assert_eq!(bs.total_assets, eur("2929383.56"));
    // Payables: 2 000 000 materials × 30 / 365 = 164 383,561… → 164 383,56.
    assert_eq!(bs.payables, eur("164383.56"));
    assert_eq!(bs.tax_payable, eur("4500.00"));
    assert_eq!(bs.loans, eur("1200000.00"));
    assert_eq!(bs.overdraft, Money::ZERO);
    assert_eq!(bs.subscribed_capital, eur("1500000.00"));
    assert_eq!(bs.retained_earnings, eur("60500.00")); // 100 000 − 50 000 + 10 500
    assert_eq!(bs.total_equity, eur("1560500.00"));
    assert_eq!(bs.total_equity_and_liabilities, eur("2929383.56"));

    let cf = &alpha.cash_flow;
    assert_eq!(cf.change_receivables, eur("-339726.03")); // 400 000 − 739 726,03
    assert_eq!(cf.change_inventory, Money::ZERO);
    assert_eq!(cf.change_payables, eur("14383.56")); // 164 383,56 − 150 000
    assert_eq!(cf.change_tax_payable, eur("-45500.00")); // 4 500 − 50 000
    // 10 500 + 200 000 − 339 726,03 + 0 + 14 383,56 − 45 500
    assert_eq!(cf.operating, eur("-160342.47"));
    assert_eq!(cf.investing, Money::ZERO);
    assert_eq!(cf.financing, eur("150000.00")); // 200 000 loan − 50 000 dividend
    assert_eq!(cf.net_change, eur("-10342.47"));
    assert_eq!(cf.closing_cash - cf.opening_cash, eur("-10342.47"));

    // WACC = 1,6/2,6 × 10 % + 1,0/2,6 × 5 % × (1 − 30 %) = 0,195 / 2,6 = 7,5 %.
    assert_eq!(alpha.eva.wacc.round_dp(12), dec!(0.075));
    // Capital employed at the start: 1 600 000 + 300 000 + 400 000 − 150 000 = 2 150 000.
    assert_eq!(alpha.eva.capital_employed, eur("2150000.00"));
    assert_eq!(alpha.eva.nopat, eur("49000.00")); // 70 000 × 0,7
    assert_eq!(alpha.eva.capital_charge, eur("161250.00")); // 7,5 % × 2 150 000
    assert_eq!(alpha.eva.eva, eur("-112250.00"));
    // Score: −112 250 / 1,075 = −104 418,604… → −104 418,60.
    assert_eq!(alpha.score, eur("-104418.60"));
    assert!(!alpha.insolvent);

    let kpis = alpha.kpis();
    // DSO = 739 726,03 / 4 500 000 × 365 = 60,0000002… days: the 60 days' terms granted.
    assert_eq!(kpis.dso_days.map(|d| d.round_dp(2)), Some(dec!(60.00)));
    // DPO = 164 383,56 / 2 000 000 purchases × 365 = 29,9999994… days: the supplier terms.
    assert_eq!(kpis.dpo_days.map(|d| d.round_dp(2)), Some(dec!(30.00)));
    // ROCE = EBIT 70 000 / opening CE 2 150 000 = 3,2558… %.
    assert_eq!(kpis.roce.map(|d| d.round_dp(6)), Some(dec!(0.032558)));
}
