//! The debrief's analysis: a decision's ΔEVA is its share of what the game without that year's
//! changes (driven here through the simulation directly) shows; plans a clever participant
//! might try — discounts with more production, an absurd price with no production, a rebate
//! raised and taken back, a loan drawn and repaid — never appear as value created; the years
//! are told from the market reports; the words say both languages.

use std::sync::Arc;

use mehrwert::debrief::{Area, Debrief, DecisionImpact, Lever, Setting, TurningPoint, words};
use mehrwert::model::Money;
use mehrwert::model::format::Locale;
use mehrwert::scenario::{DEFAULT_SCENARIO, Decisions, Scenario, parse_scenario};
use mehrwert::sim::{CompanyReports, MarketYear, Simulation};
use rust_decimal_macros::dec;

/// A team's decisions of a year, from the opening decisions kept for it.
type Plan = dyn Fn(u32, Decisions) -> Decisions;

/// Plays the default scenario with seed 7: company 0 decides `plan(year, opening kept)`, the
/// others are played by the computer.
fn play(scenario: &Scenario, plan: &Plan) -> (Vec<MarketYear>, Vec<CompanyReports>) {
    let mut sim = Simulation::new().expect("schedule");
    let game = sim.new_game(Arc::new(scenario.clone()), 7).expect("opening");
    let opening = sim.save_game(game).expect("game").companies[0].last_decisions.clone();
    for year in 1..=scenario.years {
        sim.submit(game, plan(year, opening.kept_for(year))).expect("valid decisions");
        sim.play_year();
    }
    let save = sim.save_game(game).expect("game");
    (save.market_history, sim.reports(game))
}

fn eva_sum(company: &CompanyReports) -> Money {
    company.history.iter().map(|r| r.eva.eva).sum()
}

fn scenario() -> Scenario {
    parse_scenario(DEFAULT_SCENARIO, None).expect("valid")
}

/// The first company's impacts, and the same game played keeping the opening decisions.
fn analysed(plan: &Plan) -> (Debrief, Vec<CompanyReports>, Vec<CompanyReports>) {
    let scenario = scenario();
    let (market, played) = play(&scenario, plan);
    let (_, kept) = play(&scenario, &|_, d| d);
    let debrief = Debrief::of(&scenario, 7, &market, &played).expect("the game replays");
    (debrief, played, kept)
}

fn own<'a>(debrief: &'a Debrief, played: &[CompanyReports]) -> Vec<&'a DecisionImpact> {
    debrief.impacts.iter().filter(|i| i.company == played[0].id).collect()
}

#[test]
fn a_rebate_decision_costs_what_the_game_without_it_shows() {
    let rebate = |_, mut d: Decisions| {
        d.segments[1].rebate += dec!(0.08);
        d
    };
    let (debrief, played, kept) = analysed(&rebate);
    // The person's only change: the rebate of segment 1 in year 1 (year 2 on keeps year 1).
    let own = own(&debrief, &played);
    assert_eq!(own.len(), 1, "{own:?}");
    let impact = own[0];
    assert_eq!((impact.year, impact.area, impact.by_person), (1, Area::Prices, true));
    assert_eq!(impact.changes.len(), 1);
    let opening = kept[0].history[0].decisions.segments[1].clone();
    let price = |rebate| Setting::Price { list: opening.list_price, rebate };
    let change = &impact.changes[0];
    assert_eq!(
        (&change.lever, &change.before, &change.after),
        (&Lever::Price(1), &price(opening.rebate), &price(opening.rebate + dec!(0.08)))
    );
    // The same game without the rebate, played through the simulation directly.
    assert_eq!(impact.delta_eva, eva_sum(&played[0]) - eva_sum(&kept[0]));
    let score = |c: &CompanyReports| c.history.last().map_or(Money::ZERO, |r| r.score);
    assert_eq!(impact.delta_score, score(&played[0]) - score(&kept[0]));
    // The lesson: eight points more rebate to the key accounts buy volume, not value.
    assert!(impact.delta_eva.is_negative(), "{impact:?}");

    let segment = &debrief.scenario.segments[1].name;
    let de = words::decision(impact, &debrief, Locale::De);
    assert!(de.starts_with(&format!("Jahr 1 · Preis und Rabatt {segment}: ")), "{de}");
    // The net price the customers pay, before and after: list × (1 − rebate).
    let net = |r: rust_decimal::Decimal| {
        mehrwert::model::format::money(
            Money::from_decimal(opening.list_price * (rust_decimal::Decimal::ONE - r)),
            Locale::De,
        )
    };
    assert!(de.ends_with(&format!("(netto {} → {})", net(opening.rebate), net(opening.rebate + dec!(0.08)))), "{de}");
    assert!(words::decision(impact, &debrief, Locale::En).starts_with("Year 1 · Price and rebate "));
}

/// Plans that destroy value as a whole, each of whose parts a one-lever-at-a-time analysis
/// would have shown as value created (found by a review): none of their decisions may be
/// listed among the team's value creators, and each year's decisions add up to what the
/// year's changes did together.
#[test]
fn levers_pulled_together_are_judged_together() {
    let plans: [(&str, &Plan); 2] = [
        ("25 % rebate to the key accounts and 25 % more production", &|_, mut d| {
            d.segments[1].rebate = dec!(0.25);
            d.production_units = 690_000;
            d
        }),
        ("five times the list prices and no production", &|_, mut d| {
            for segment in &mut d.segments {
                segment.list_price *= dec!(5);
            }
            d.production_units = 0;
            d
        }),
    ];
    for (name, plan) in plans {
        let (debrief, played, kept) = analysed(plan);
        let total = eva_sum(&played[0]) - eva_sum(&kept[0]);
        assert!(total.is_negative(), "{name}: the plan destroys value ({total})");
        let own = own(&debrief, &played);
        // Every change is in year 1 and kept: the areas of year 1 sum to the whole plan's ΔEVA.
        assert!(own.iter().all(|i| i.year == 1), "{name}: {own:?}");
        assert_eq!(own.iter().map(|i| i.delta_eva).sum::<Money>(), total, "{name}");
        let (creators, destroyers) = debrief.extremes(3, Some(&played[0].id));
        assert!(creators.is_empty(), "{name}: listed as value created: {creators:?}");
        // Every part that lost value is listed as costly, the worst first.
        let losing = own.iter().filter(|i| i.delta_eva.is_negative()).count();
        assert!(losing >= 1 && destroyers.len() == losing, "{name}: {destroyers:?}");
    }
}

/// Repairs and drifts a second review found listed as value created: an absurd price taken
/// back to a cent beside the old one (and production to one unit beside it), a rebate kept
/// while the list price creeps up a cent a year. They belong to the decision they repair: the
/// year-1 decisions carry the whole plan, and nothing is value created.
#[test]
fn repairing_ones_own_blunder_creates_no_value() {
    let plans: [(&str, &Plan); 2] = [
        ("prices ×5 and no production, then back to a cent and a unit beside", &|year, mut d| {
            for segment in &mut d.segments {
                segment.list_price =
                    if year == 1 { segment.list_price * dec!(5) } else { segment.list_price + dec!(0.01) };
            }
            d.production_units = if year == 1 { 0 } else { d.production_units + 1 };
            d
        }),
        ("25 % rebate kept while the list price creeps up a cent a year", &|year, mut d| {
            d.segments[1].rebate = dec!(0.25);
            d.segments[1].list_price += dec!(0.01) * rust_decimal::Decimal::from(year - 1);
            d
        }),
    ];
    for (name, plan) in plans {
        let (debrief, played, kept) = analysed(plan);
        let total = eva_sum(&played[0]) - eva_sum(&kept[0]);
        let own = own(&debrief, &played);
        assert!(own.iter().all(|i| i.year == 1), "{name}: {own:?}");
        assert_eq!(own.iter().map(|i| i.delta_eva).sum::<Money>(), total, "{name}");
        assert!(debrief.extremes(3, Some(&played[0].id)).0.is_empty(), "{name}");
    }
    // Repaying a euro more than was drawn: the euro is the decision, not the idle debt.
    let (debrief, played, _) = analysed(&|year, mut d| {
        d.loan_change = match year {
            1 => Money::euros(10_000_000),
            2 => Money::euros(-10_000_001),
            _ => Money::ZERO,
        };
        d
    });
    let (creators, _) = debrief.extremes(3, Some(&played[0].id));
    assert!(creators.iter().all(|i| i.delta_eva < Money::euros(1_000)), "{creators:?}");
}

#[test]
fn taking_a_rebate_back_is_part_of_the_decision_that_raised_it() {
    let (debrief, played, kept) = analysed(&|year, mut d| {
        if year <= 2 {
            d.segments[1].rebate = dec!(0.22);
        }
        d
    });
    let own = own(&debrief, &played);
    assert_eq!(own.len(), 1, "the cut in year 3 is no decision of its own: {own:?}");
    assert_eq!((own[0].year, own[0].area), (1, Area::Prices));
    // Undoing the raise undoes the whole episode: the game with the opening rebate throughout.
    assert_eq!(own[0].delta_eva, eva_sum(&played[0]) - eva_sum(&kept[0]));
    assert!(debrief.extremes(3, Some(&played[0].id)).0.is_empty());
}

#[test]
fn a_loan_drawn_and_repaid_is_one_decision() {
    let (debrief, played, kept) = analysed(&|year, mut d| {
        d.loan_change = match year {
            1 => Money::euros(10_000_000),
            3 => Money::euros(-10_000_000),
            _ => Money::ZERO,
        };
        d
    });
    let own = own(&debrief, &played);
    assert_eq!(own.len(), 1, "{own:?}");
    assert_eq!((own[0].year, own[0].area), (1, Area::Financing));
    // Idle debt for two years: the game without the loan at all.
    assert_eq!(own[0].delta_eva, eva_sum(&played[0]) - eva_sum(&kept[0]));
    assert!(own[0].delta_eva.is_negative(), "idle debt must not raise EVA: {:?}", own[0]);
    assert_eq!(words::decision(own[0], &debrief, Locale::De), "Jahr 1 · Darlehen aufgenommen: 10.000.000 €");
}

#[test]
fn the_computers_decisions_for_an_absent_team_are_marked_and_not_listed_as_the_teams() {
    let scenario = scenario();
    let mut sim = Simulation::new().expect("schedule");
    let game = sim.new_game(Arc::new(scenario.clone()), 7).expect("opening");
    let opening = sim.save_game(game).expect("game").companies[0].last_decisions.clone();
    for year in 1..=scenario.years {
        match year {
            // Absent in year 3: the computer decides; afterwards the team keeps what it found.
            3 => {}
            y if y > 3 => {
                let last = sim.reports(game)[0].history[2].decisions.clone();
                sim.submit(game, last.kept_for(y)).expect("valid");
            }
            y => sim.submit(game, opening.kept_for(y)).expect("valid"),
        }
        sim.play_year();
    }
    let save = sim.save_game(game).expect("game");
    let played = sim.reports(game);
    let debrief = Debrief::of(&scenario, 7, &save.market_history, &played).expect("replays");
    let computer: Vec<_> = debrief.impacts.iter().filter(|i| i.company == played[0].id && !i.by_person).collect();
    assert!(!computer.is_empty() && computer.iter().all(|i| i.year == 3), "{computer:?}");
    assert!(words::decision(computer[0], &debrief, Locale::De).ends_with("(vom Computer entschieden)"));
    let (creators, destroyers) = debrief.extremes(3, Some(&played[0].id));
    assert!(creators.iter().chain(&destroyers).all(|i| i.by_person), "the team's lists hold the team's decisions");
}

#[test]
fn the_years_are_told_from_the_market_reports_and_the_ranking() {
    let scenario = scenario();
    let (market, played) = play(&scenario, &|_, d| d);
    let debrief = Debrief::of(&scenario, 7, &market, &played).expect("the game replays");
    assert_eq!(debrief.stories.len() as u32, scenario.years);
    for (story, year) in debrief.stories.iter().zip(&market) {
        assert_eq!(story.headlines, year.headlines);
        for (c, company) in story.companies.iter().zip(&played) {
            let report = &company.history[story.year as usize - 1];
            assert_eq!(c.eva, report.eva.eva);
            if let Some(a) = c.attribution {
                let before = company.history[story.year as usize - 2].eva.eva;
                assert_eq!(a.total, report.eva.eva - before, "parts explain the change to the cent");
            }
        }
        for point in &story.turning_points {
            let prev = &debrief.stories[story.year as usize - 2];
            let find = |s: &mehrwert::debrief::YearStory, id: &str| {
                s.companies.iter().find(|c| c.company == id).cloned().expect("company")
            };
            match point {
                TurningPoint::EvaTurnedNegative { company } => {
                    assert!(!find(prev, company).eva.is_negative() && find(story, company).eva.is_negative())
                }
                TurningPoint::EvaTurnedPositive { company } => {
                    assert!(find(prev, company).eva.is_negative() && !find(story, company).eva.is_negative())
                }
                TurningPoint::NewLeader { company } => assert_eq!(find(story, company).rank, 1),
                TurningPoint::RankMove { company, from, to } => {
                    assert_eq!((find(prev, company).rank, find(story, company).rank), (*from, *to))
                }
            }
        }
    }
    // Scheduled events of the default scenario appear as headlines in their year.
    for event in &scenario.events {
        assert!(debrief.stories[event.year as usize - 1].headlines.contains(&event.headline));
    }
    let ranking = debrief.ranking();
    assert_eq!(ranking.len(), played.len());
    assert!(ranking.windows(2).all(|w| (!w[0].insolvent && w[1].insolvent) || w[0].score >= w[1].score));
    let line = words::summary(&ranking[0], &debrief, Locale::De);
    assert!(line.starts_with(&format!("1. {}: Score ", played[ranking[0].company].name)), "{line}");
    assert!(words::lesson(&debrief, Locale::En).contains("WACC"));
}

#[test]
fn a_game_that_does_not_replay_is_refused() {
    let scenario = scenario();
    let (market, mut played) = play(&scenario, &|_, d| d);
    played[1].history[2].eva.eva += Money::cents(1);
    let refused = Debrief::of(&scenario, 7, &market, &played).expect_err("a changed report");
    // The first year that differs is named: year 3 of the second company.
    assert_eq!(refused.0.iter().map(|i| i.code.as_str()).collect::<Vec<_>>(), ["E-BRANCH-REPLAY"]);
    assert!(refused.to_string().contains("year 3 replays differently"), "{refused}");
}
