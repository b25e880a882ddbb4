//! Property tests: whatever the decisions, absurd ones included, nothing panics and the books
//! hold — every entry balances, assets = equity + liabilities, CFO + CFI + CFF = Δcash,
//! retained earnings roll forward.

use std::sync::Arc;

use mehrwert::model::rounding::round;
use mehrwert::model::{Account, Money};
use mehrwert::scenario::{DEFAULT_SCENARIO, Decisions, INTRO_SCENARIO, Scenario, SegmentDecision, parse_scenario};
use mehrwert::sim::Simulation;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Money from whole euros, with extreme values over-represented.
fn amount(max_euros: i64) -> impl Strategy<Value = Money> {
    prop_oneof![
        Just(Money::ZERO),
        Just(Money::euros(max_euros)),
        (0..=max_euros).prop_map(Money::euros),
        (0i64..=100_000_000).prop_map(Money::cents),
    ]
}

fn segment_decision() -> impl Strategy<Value = (Decimal, u32, u32, u32)> {
    (
        prop_oneof![
            Just(Decimal::new(1, 2)),
            Just(Decimal::from(1_000_000)),
            (1i64..=20_000).prop_map(|c| Decimal::new(c, 2))
        ],
        0u32..=100,
        0u32..=365,
        prop_oneof![Just(0u32), Just(10_000), 0u32..=50],
    )
}

/// A raw decision; `fit` turns it into one that passes structural validation.
#[derive(Clone, Debug)]
struct RawDecision {
    segments: Vec<(Decimal, u32, u32, u32)>,
    production_units: u64,
    marketing: Money,
    rnd: Money,
    lines_bought: u32,
    projects: Vec<usize>,
    loan_change: Money,
    repay: bool,
    equity_raised: Money,
    dividend: Money,
}

fn raw_decision() -> impl Strategy<Value = RawDecision> {
    (
        prop::collection::vec(segment_decision(), 4),
        prop_oneof![Just(0u64), Just(100_000_000), 0u64..=500_000],
        amount(1_000_000_000),
        amount(100_000_000),
        prop_oneof![Just(0u32), Just(100), 0u32..=3],
        prop::collection::vec(0usize..8, 0..3),
        amount(1_000_000_000),
        any::<bool>(),
        amount(10_000_000),
        amount(1_000_000_000),
    )
        .prop_map(
            |(segments, production_units, marketing, rnd, lines_bought, projects, loan, repay, equity, dividend)| {
                RawDecision {
                    segments,
                    production_units,
                    marketing,
                    rnd,
                    lines_bought,
                    projects,
                    loan_change: loan,
                    repay,
                    equity_raised: equity,
                    dividend,
                }
            },
        )
}

fn fit(raw: &RawDecision, scenario: &Scenario, company: &str, year: u32) -> Decisions {
    let segments = scenario
        .segments
        .iter()
        .zip(&raw.segments)
        .map(|(s, (price, rebate_percent, days, people))| SegmentDecision {
            list_price: *price,
            rebate: round(s.max_rebate * Decimal::from(*rebate_percent) / Decimal::from(100), 4),
            payment_days: (*days).min(s.max_payment_days),
            salespeople: *people,
        })
        .collect();
    let mut projects: Vec<String> =
        raw.projects.iter().filter_map(|&i| scenario.projects.get(i).map(|p| p.id.clone())).collect();
    projects.dedup();
    Decisions {
        company: company.into(),
        year,
        segments,
        production_units: raw.production_units,
        marketing: raw.marketing,
        rnd: raw.rnd,
        lines_bought: raw.lines_bought,
        projects,
        loan_change: if raw.repay { -raw.loan_change } else { raw.loan_change },
        equity_raised: raw.equity_raised,
        dividend: raw.dividend,
    }
}

/// Plays every year; `people[c]` decides for company c when present, else the computer.
fn play_and_check(scenario: Scenario, seed: u64, people: &[Option<Vec<RawDecision>>]) -> Result<(), TestCaseError> {
    let years = scenario.years;
    let ids: Vec<String> = scenario.companies.iter().map(|c| c.id.clone()).collect();
    let mut sim = Simulation::new().expect("schedule builds");
    let game = sim.new_game(Arc::new(scenario.clone()), seed).expect("opening balances");
    for year in 1..=years {
        for (c, id) in ids.iter().enumerate() {
            if let Some(Some(raws)) = people.get(c) {
                let raw = &raws[(year as usize - 1) % raws.len()];
                let d = fit(raw, &scenario, id, year);
                prop_assert!(sim.submit(game, d.clone()).is_ok(), "rejected {d:?}");
            }
        }
        sim.play_year();
        let save = sim.save_game(game).expect("game exists");
        for company in &save.companies {
            let ledger = &company.ledger;
            prop_assert_eq!(ledger.trial_balance(), Money::ZERO, "{} year {}", company.id, year);
            prop_assert!(ledger.is_consistent(), "{} year {}: balances disagree with the journal", company.id, year);
            let r = company.history.last().expect("a report per year");
            prop_assert_eq!(r.year, year);
            prop_assert!(r.closing.balances(), "{} year {}: {:?}", company.id, year, r.closing);
            prop_assert!(r.opening.balances());
            prop_assert_eq!(r.cash_flow.net_change, r.closing.cash - r.opening.cash, "{} year {}", company.id, year);
            prop_assert_eq!(
                r.cash_flow.operating + r.cash_flow.investing + r.cash_flow.financing,
                r.cash_flow.net_change
            );
            prop_assert_eq!(
                r.closing.retained_earnings,
                r.opening.retained_earnings + r.income.net_income - r.cash_flow.dividends,
                "{} year {}: retained earnings do not roll forward",
                company.id,
                year
            );
            prop_assert_eq!(ledger.balance(Account::Cash), r.closing.cash);
            prop_assert!(!r.closing.cash.is_negative() || r.closing.overdraft.is_positive());
            // Every unit is accounted for: sold ≤ demand + spill-over, and stock never negative.
            let sold: u64 = r.segments.iter().map(|s| s.sold_units).sum();
            prop_assert!(
                sold <= r.produced_units
                    + company.history.iter().rev().nth(1).map_or(u64::MAX / 2, |p| p.inventory_units)
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn books_hold_in_the_introduction(
        seed in any::<u64>(),
        a in prop::collection::vec(raw_decision(), 1..4),
        b in prop::collection::vec(raw_decision(), 1..4),
        computer_plays_b in any::<bool>(),
    ) {
        let scenario = parse_scenario(INTRO_SCENARIO, None).expect("valid");
        play_and_check(scenario, seed, &[Some(a), if computer_plays_b { None } else { Some(b) }, None])?;
    }

    #[test]
    fn books_hold_in_the_default_scenario(
        seed in any::<u64>(),
        a in prop::collection::vec(raw_decision(), 1..7),
        b in prop::collection::vec(raw_decision(), 1..7),
    ) {
        let scenario = parse_scenario(DEFAULT_SCENARIO, None).expect("valid");
        play_and_check(scenario, seed, &[Some(a), None, Some(b)])?;
    }
}

#[test]
fn computer_players_alone_keep_the_books_balanced() {
    for seed in 0..5 {
        let scenario = parse_scenario(DEFAULT_SCENARIO, None).expect("valid");
        play_and_check(scenario, seed, &[]).expect("invariants hold");
    }
}
