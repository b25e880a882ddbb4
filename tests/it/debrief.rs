//! The debrief's analysis: a decision's ΔEVA equals the difference between the game as played
//! and the same game played without that one decision (driven here through the simulation
//! directly), the years are told from the market reports, and the words say both languages.

use std::sync::Arc;

use mehrwert::debrief::{Debrief, Lever, Setting, TurningPoint, words};
use mehrwert::model::Money;
use mehrwert::model::format::Locale;
use mehrwert::scenario::{DEFAULT_SCENARIO, Decisions, Scenario, parse_scenario};
use mehrwert::sim::{CompanyReports, MarketYear, Simulation};
use rust_decimal_macros::dec;

/// Plays the default scenario with seed 7: company 0 decides `year1` in year 1 and keeps it
/// afterwards; the others are played by the computer.
fn play(scenario: &Scenario, year1: &Decisions) -> (Vec<MarketYear>, Vec<CompanyReports>) {
    let mut sim = Simulation::new().expect("schedule");
    let game = sim.new_game(Arc::new(scenario.clone()), 7).expect("opening");
    for year in 1..=scenario.years {
        sim.submit(game, year1.kept_for(year)).expect("valid decisions");
        sim.play_year();
    }
    let save = sim.save_game(game).expect("game");
    (save.market_history, sim.reports(game))
}

fn opening(scenario: &Scenario, company: usize) -> Decisions {
    let mut sim = Simulation::new().expect("schedule");
    let game = sim.new_game(Arc::new(scenario.clone()), 7).expect("opening");
    sim.save_game(game).expect("game").companies[company].last_decisions.kept_for(1)
}

fn eva_sum(company: &CompanyReports) -> Money {
    company.history.iter().map(|r| r.eva.eva).sum()
}

#[test]
fn a_rebate_decision_costs_what_the_game_without_it_shows() {
    let scenario = parse_scenario(DEFAULT_SCENARIO, None).expect("valid");
    let kept = opening(&scenario, 0);
    let mut discounted = kept.clone();
    let rebate = kept.segments[1].rebate;
    discounted.segments[1].rebate = rebate + dec!(0.08);
    let (market, played) = play(&scenario, &discounted);
    let debrief = Debrief::of(&scenario, 7, &market, &played).expect("the game replays");

    // The person's only change: the rebate of segment 1 in year 1 (year 2 on keeps year 1).
    let own: Vec<_> = debrief.impacts.iter().filter(|i| i.company == played[0].id).collect();
    assert_eq!(own.len(), 1, "{own:?}");
    let impact = own[0];
    assert_eq!((impact.year, &impact.lever, impact.by_person), (1, &Lever::Price(1), true));
    let list = kept.segments[1].list_price;
    let price = |rebate| Setting::Price { list, rebate };
    assert_eq!((&impact.before, &impact.after), (&price(rebate), &price(rebate + dec!(0.08))));

    // The same game without the rebate, played through the simulation directly.
    let (_, without) = play(&scenario, &kept);
    assert_eq!(impact.delta_eva, eva_sum(&played[0]) - eva_sum(&without[0]));
    let score = |c: &CompanyReports| c.history.last().map_or(Money::ZERO, |r| r.score);
    assert_eq!(impact.delta_score, score(&played[0]) - score(&without[0]));
    // The lesson: eight points more rebate to the key accounts buy volume, not value.
    assert!(impact.delta_eva.is_negative(), "{impact:?}");

    let (_, destroyers) = debrief.extremes(3, Some(&played[0].id));
    assert_eq!(destroyers.len(), 1);
    let segment = &scenario.segments[1].name;
    let de = words::decision(impact, &debrief, Locale::De);
    assert!(de.starts_with(&format!("Jahr 1 · Preis und Rabatt {segment}: ")), "{de}");
    // The net price the customers pay, before and after: list × (1 − rebate).
    let net = |r: rust_decimal::Decimal| {
        mehrwert::model::format::money(Money::from_decimal(list * (rust_decimal::Decimal::ONE - r)), Locale::De)
    };
    assert!(de.ends_with(&format!("(netto {} → {})", net(rebate), net(rebate + dec!(0.08)))), "{de}");
    let en = words::decision(impact, &debrief, Locale::En);
    assert!(en.starts_with("Year 1 · Price and rebate "), "{en}");
}

#[test]
fn the_years_are_told_from_the_market_reports_and_the_ranking() {
    let scenario = parse_scenario(DEFAULT_SCENARIO, None).expect("valid");
    let (market, played) = play(&scenario, &opening(&scenario, 0));
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
    assert!(ranking.windows(2).all(|w| w[0].insolvent < w[1].insolvent || w[0].score >= w[1].score));
    let line = words::summary(&ranking[0], &debrief, Locale::De);
    assert!(line.starts_with(&format!("1. {}: Score ", played[ranking[0].company].name)), "{line}");
    assert!(words::lesson(&debrief, Locale::En).contains("WACC"));
}

#[test]
fn a_game_that_does_not_replay_is_refused() {
    let scenario = parse_scenario(DEFAULT_SCENARIO, None).expect("valid");
    let (market, mut played) = play(&scenario, &opening(&scenario, 0));
    played[1].history[2].eva.eva += Money::cents(1);
    let refused = Debrief::of(&scenario, 7, &market, &played).expect_err("a changed report");
    assert!(refused.to_string().contains("3"), "{refused}");
}

#[test]
fn a_one_year_game_says_there_is_no_year_before_not_that_revenue_is_missing() {
    let mut scenario = parse_scenario(DEFAULT_SCENARIO, None).expect("valid");
    scenario.years = 1;
    let (market, played) = play(&scenario, &opening(&scenario, 0));
    let debrief = Debrief::of(&scenario, 7, &market, &played).expect("the game replays");
    for (lang, missing_revenue, no_year_before) in [
        (Locale::De, "Ohne Umsatz", "kein Vorjahr"),
        (Locale::En, "Without revenue", "no year before"),
    ] {
        let report = mehrwert::debrief::report::team_report(&debrief, &played[0].id, lang).expect("a team");
        let paragraphs: Vec<&String> = report
            .blocks
            .iter()
            .filter_map(|b| match b {
                mehrwert::pdf::Block::Paragraph(text) => Some(text),
                _ => None,
            })
            .collect();
        assert!(!paragraphs.iter().any(|p| p.contains(missing_revenue)), "{paragraphs:?}");
        assert!(paragraphs.iter().any(|p| p.contains(no_year_before)), "{paragraphs:?}");
    }
}
