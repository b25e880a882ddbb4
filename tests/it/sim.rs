//! The simulation as a library: schedule checks, preview, warnings, tax carry-forward and
//! save games that are wrong.

use bevy::ecs::schedule::Schedule;
use bevy::prelude::*;
use mehrwert::model::Money;
use mehrwert::sim::components::Books;
use mehrwert::sim::phases::close::income_tax;
use mehrwert::sim::preview::Previewer;
use mehrwert::sim::save::parse_save;
use mehrwert::sim::schedule::{FiscalYearSystems, fiscal_year_schedule};
use mehrwert::sim::warning::Warning;
use mehrwert::sim::{SaveGame, Simulation};
use rust_decimal_macros::dec;

use crate::fixtures::{intro_decisions, intro_game};

#[test]
fn the_schedule_has_no_ambiguous_order_and_detection_is_on() {
    assert!(Simulation::new().is_ok());
    // Two systems writing the same component in one phase without an order must be refused.
    fn write_books(_books: Query<&mut Books>) {}
    fn write_books_too(_books: Query<&mut Books>) {}
    let mut schedule: Schedule = fiscal_year_schedule();
    schedule.add_systems((write_books, write_books_too).in_set(FiscalYearSystems::Settle));
    let mut world = World::new();
    assert!(schedule.initialize(&mut world).is_err(), "an ambiguous order must be an error");
}

#[test]
fn the_plan_is_the_year_played_when_the_competitors_keep_their_course() {
    let (mut sim, game) = intro_game(21);
    sim.play_year();
    let before = sim.save_game(game).expect("game");
    let proposal = intro_decisions("beta", 2);
    let mut previewer = Previewer::new().expect("previewer");
    let planned = previewer.preview(&before, &proposal, &[]).expect("valid proposal");
    assert_eq!(sim.save_game(game).expect("game").to_ron().ok(), before.to_ron().ok(), "the game is untouched");
    // Playing it for real with every competitor repeating last year's decisions (what the
    // plan assumes) gives exactly the pro-forma, and the suggestion is what beta then sells.
    for c in before.companies.iter().filter(|c| c.id != "beta") {
        sim.submit(game, c.last_decisions.kept_for(2)).expect("last year's decisions are valid");
    }
    sim.submit(game, proposal).expect("valid");
    sim.play_year();
    let played = sim.reports(game)[1].history[1].clone();
    assert_eq!(planned.report, played);
    let sold: Vec<u64> = played.segments.iter().map(|s| s.sold_units).collect();
    assert_eq!((&planned.suggested_units, &planned.planned_units), (&sold, &sold));
    // A bad proposal is refused with the field named.
    let mut bad = intro_decisions("beta", 3);
    bad.segments[0].rebate = dec!(0.9);
    let save = sim.save_game(game).expect("game");
    let issues = previewer.preview(&save, &bad, &[]).expect_err("rebate above the maximum");
    assert!(issues.0.iter().any(|i| i.path == "segments[0].rebate"), "{issues}");
}

#[test]
fn the_plan_books_the_teams_own_sales_forecast_within_its_stock() {
    let (mut sim, game) = intro_game(5);
    sim.play_year();
    let save = sim.save_game(game).expect("game");
    let proposal = intro_decisions("beta", 2);
    let mut previewer = Previewer::new().expect("previewer");
    let planned = previewer.preview(&save, &proposal, &[Some(40_000)]).expect("valid");
    let r = &planned.report;
    assert_eq!(planned.planned_units, vec![40_000]);
    assert_eq!((r.segments[0].demand_units, r.segments[0].sold_units), (40_000, 40_000));
    // 40 000 × 52 € = 2 080 000 € gross, less 5 % rebate = 1 976 000 € net.
    assert_eq!(r.income.net_revenue, Money::euros(1_976_000));
    // What is not sold stays in stock: opening units + made − 40 000.
    let opening = save.companies[1].operations.inventory_units;
    assert_eq!(r.inventory_units, opening + r.produced_units - 40_000);
    // The suggestion does not depend on the forecast.
    let market = previewer.preview(&save, &proposal, &[None]).expect("valid");
    assert_eq!(planned.suggested_units, market.suggested_units);
    assert_ne!(market.report.income.net_revenue, r.income.net_revenue);
    // A forecast above the stock sells the stock and no more.
    let all = previewer.preview(&save, &proposal, &[Some(50_000_000)]).expect("valid");
    assert_eq!(all.report.segments[0].sold_units, opening + all.report.produced_units);
    assert_eq!(all.report.inventory_units, 0);
    assert!(all.report.closing.balances(), "the books balance whatever is planned");
}

#[test]
fn the_plan_does_not_see_what_competitors_submitted() {
    let (mut sim, game) = intro_game(9);
    sim.play_year();
    let mut previewer = Previewer::new().expect("previewer");
    let proposal = intro_decisions("beta", 2);
    let alone = previewer.preview(&sim.save_game(game).expect("game"), &proposal, &[]).expect("valid");
    // Alpha undercuts hard and submits first, as a team in the room could.
    let mut undercut = intro_decisions("alpha", 2);
    undercut.segments[0].list_price = dec!(35);
    undercut.marketing = Money::euros(2_000_000);
    sim.submit(game, undercut).expect("valid");
    let after = previewer.preview(&sim.save_game(game).expect("game"), &proposal, &[]).expect("valid");
    assert_eq!(after, alone, "the plan is built on last year's public course, not on the others' drafts");
    // The year itself does feel it: beta does not sell what its plan suggested.
    sim.submit(game, proposal).expect("valid");
    sim.play_year();
    let played = &sim.reports(game)[1].history[1];
    assert_ne!(played.segments[0].sold_units, alone.suggested_units[0], "the plan was no oracle");
}

#[test]
fn decisions_beyond_what_the_company_can_do_are_capped_with_warnings() {
    let (mut sim, game) = intro_game(2);
    let mut d = intro_decisions("alpha", 1);
    d.production_units = 250_000; // capacity: 2 lines × 60 000 = 120 000
    d.dividend = Money::euros(1_000_000); // distributable: opening retained earnings 97 000
    d.loan_change = Money::euros(9_000_000); // limit 3 000 000 − 1 100 000 outstanding = 1 900 000
    sim.submit(game, d).expect("structurally valid");
    let mut spender = intro_decisions("beta", 1);
    spender.marketing = Money::euros(3_000_000); // far more cash than beta has
    sim.submit(game, spender).expect("structurally valid");
    sim.play_year();
    let reports = sim.reports(game);
    let alpha = &reports[0].history[0];
    assert_eq!(alpha.produced_units, 120_000);
    assert_eq!(alpha.decisions.dividend, Money::euros(97_000));
    assert_eq!(alpha.closing.loans, Money::euros(3_000_000));
    assert_eq!(
        alpha.warnings,
        vec![
            Warning::Capacity { asked: 250_000, capacity: 120_000 },
            Warning::LoanLimit { asked: Money::euros(9_000_000), headroom: Money::euros(1_900_000) },
            Warning::Dividend { asked: Money::euros(1_000_000), distributable: Money::euros(97_000) },
        ]
    );
    // Beta spends far beyond its credit line: the overdraft stops at the 1 000 000 € limit and
    // the owners put in what is still missing; its equity is gone, so at the close they
    // recapitalise it to 25 % of total assets, and the company counts as insolvent.
    let beta = &reports[1].history[0];
    assert_eq!(beta.closing.overdraft, Money::euros(1_000_000));
    let codes: Vec<&str> = beta.warnings.iter().map(Warning::code).collect();
    assert_eq!(codes, vec!["W-OVERDRAFT", "W-INSOLVENT"]);
    assert!(
        matches!(beta.warnings[0], Warning::Overdraft { drawn, .. } if drawn == Money::euros(1_000_000)),
        "{:?}",
        beta.warnings
    );
    assert!(beta.closing.cash >= Money::euros(200_000));
    let (equity, assets) = (beta.closing.total_equity.amount(), beta.closing.total_assets.amount());
    assert!(equity >= dec!(0.25) * assets && equity < dec!(0.25) * assets + dec!(0.01), "{equity} of {assets}");
    assert!(beta.rescue_equity.is_positive() && beta.insolvent);
    // The rescue is charged to the score at the scenario's penalty (100 %).
    assert_eq!(beta.rescue_charge, beta.rescue_equity);
    // The typed warnings survive a save game: written by ron, read by Mehrwert's reader.
    let text = sim.save_game(game).expect("game").to_ron().expect("ron");
    assert!(text.contains("code: \"W-CAPACITY\""), "warnings are saved with their code");
    let loaded = parse_save(&text, None).expect("the save loads");
    assert_eq!(loaded.companies[0].history[0].warnings, alpha.warnings);
    assert_eq!(loaded.companies[1].history[0].warnings, beta.warnings);
}

#[test]
fn tax_uses_losses_carried_forward() {
    // A loss of 100 pays no tax and carries 100 forward; a profit of 150 then pays
    // 30 % of (150 − 100) = 15, and nothing is left to carry.
    let (tax, carry) = income_tax(Money::euros(-100), Money::ZERO, dec!(0.3));
    assert_eq!((tax, carry), (Money::ZERO, Money::euros(100)));
    let (tax, carry) = income_tax(Money::euros(150), carry, dec!(0.3));
    assert_eq!((tax, carry), (Money::euros(15), Money::ZERO));
    // A profit smaller than the carry-forward uses only part of it.
    let (tax, carry) = income_tax(Money::euros(40), Money::euros(100), dec!(0.3));
    assert_eq!((tax, carry), (Money::ZERO, Money::euros(60)));
}

fn codes(text: &str) -> Vec<&'static str> {
    match parse_save(text, None) {
        Ok(_) => Vec::new(),
        Err(issues) => issues.0.iter().map(|i| i.code.as_str()).collect(),
    }
}

#[test]
fn wrong_save_games_are_refused_with_their_reason() {
    let (mut sim, game) = intro_game(5);
    sim.play_year();
    let save: SaveGame = sim.save_game(game).expect("game");
    let text = save.to_ron().expect("ron");
    assert!(codes(&text).is_empty());

    // The save's own version comes first (the scenario's `scenario_format_version` later).
    let newer = text.replacen("format_version: 3", "format_version: 7", 1);
    assert_eq!(codes(&newer), vec!["E-SAVE-VERSION"]);
    // A save of format 1, from before the economics changed, is named as such.
    let older = text.replacen("format_version: 3", "format_version: 1", 1);
    let issues = match parse_save(&older, None) {
        Ok(_) => panic!("a format-1 save is refused"),
        Err(issues) => issues,
    };
    assert!(issues.to_string().contains("earlier Mehrwert whose economics differ"), "{issues}");
    let truncated = &text[..text.len() / 2];
    assert_eq!(codes(truncated), vec!["E-TRUNCATED"]);
    assert_eq!(codes("\u{0}\u{1}binary"), vec!["E-NOT-UTF8"]);

    let mut tampered = save.clone();
    tampered.year = 9;
    assert!(codes(&tampered.to_ron().expect("ron")).contains(&"E-SAVE-YEAR"));

    let mut missing = save.clone();
    missing.companies.pop();
    assert!(codes(&missing.to_ron().expect("ron")).contains(&"E-SAVE-MISMATCH"));

    let mut no_history = save.clone();
    no_history.companies[0].history.clear();
    assert!(codes(&no_history.to_ron().expect("ron")).contains(&"E-SAVE-MISMATCH"));

    // Someone edits a cash balance by hand: the journal no longer agrees.
    let edited = text.replacen("balances: (\"", "balances: (\"1", 1);
    assert!(codes(&edited).contains(&"E-SAVE-LEDGER"), "{:?}", codes(&edited));

    // A save whose scenario was broken by hand names the scenario field.
    let broken = text.replacen("tax_rate: \"0.30\"", "tax_rate: \"3\"", 1);
    let issues = parse_save(&broken, None).expect_err("tax rate out of range");
    assert!(issues.0.iter().any(|i| i.path == "scenario.tax_rate"), "{issues}");

    // A failed load changes nothing: the world still has its one game.
    let count = sim.entity_count();
    assert!(sim.load_game(&missing).is_err());
    assert_eq!(sim.entity_count(), count);
}

#[test]
fn drilling_down_a_line_finds_exactly_the_entries_that_make_it() {
    use mehrwert::sim::drill::{accounts_of_line, amount_on, amount_on_line, decision_field, entries_for_line};
    let (mut sim, game) = intro_game(13);
    sim.submit(game, intro_decisions("alpha", 1)).expect("valid");
    for _ in 0..3 {
        sim.play_year();
    }
    let save = sim.save_game(game).expect("game");
    for company in &save.companies {
        for report in &company.history {
            let year = report.year;
            for (key, value) in report.income.lines() {
                let accounts = accounts_of_line(key);
                if accounts.is_empty() {
                    continue;
                }
                let total: Money = entries_for_line(&company.ledger, year, key)
                    .iter()
                    .flat_map(|e| accounts.iter().map(move |a| amount_on(e, *a)))
                    .sum();
                assert_eq!(total, value, "{} year {year}: {key}", company.id);
            }
            // Every cash-flow line booked to an account is the sum of its entries' effects on
            // cash: capex and dividends negative, more receivables negative, more loans positive.
            for (key, value) in report.cash_flow.lines() {
                if accounts_of_line(key).is_empty() {
                    continue;
                }
                let total: Money =
                    entries_for_line(&company.ledger, year, key).iter().map(|e| amount_on_line(e, key)).sum();
                assert_eq!(total, value, "{} year {year}: {key}", company.id);
            }
            let cash: Money = entries_for_line(&company.ledger, year, "cash")
                .iter()
                .map(|e| amount_on(e, mehrwert::model::Account::Cash))
                .sum();
            assert_eq!(cash, report.cash_flow.net_change, "{} year {year}: cash", company.id);
        }
    }
    let paid = |f: fn(&mehrwert::model::CashFlowStatement) -> Money| {
        save.companies.iter().flat_map(|c| &c.history).any(|r| f(&r.cash_flow) > Money::ZERO)
    };
    assert!(
        paid(|cf| cf.capex) && paid(|cf| cf.dividends),
        "the game pays capex and dividends, so their signs are checked"
    );
    // From the rebate entry of a person's decision back to the field that caused it.
    let alpha = &save.companies[0];
    let rebate = entries_for_line(&alpha.ledger, 1, "rebates");
    assert_eq!(rebate.len(), 1);
    assert_eq!(decision_field(rebate[0].cause()).as_deref(), Some("segments[0].rebate"));
}

#[test]
fn a_branch_without_changes_is_the_game_and_a_change_moves_only_later_years() {
    use mehrwert::sim::branch::branch;
    let (mut sim, game) = intro_game(17);
    for year in 1..=3 {
        sim.submit(game, intro_decisions("alpha", year)).expect("valid");
        sim.play_year();
    }
    let save = sim.save_game(game).expect("game");
    let same = branch(&save, 2, &[]).expect("replays");
    assert_eq!(same.to_ron().ok(), save.to_ron().ok(), "replaying the recorded decisions is the game");

    let mut cheaper = intro_decisions("alpha", 2);
    cheaper.segments[0].list_price = dec!(45);
    let what_if = branch(&save, 2, &[cheaper]).expect("branches");
    assert_eq!(what_if.companies[0].history[0], save.companies[0].history[0], "year 1 is untouched");
    assert_ne!(what_if.companies[0].history[1], save.companies[0].history[1], "year 2 changed");
    assert_eq!(what_if.year, save.year);
    assert_eq!(sim.save_game(game).expect("game").to_ron().ok(), save.to_ron().ok(), "the game is untouched");

    let codes = |r: Result<mehrwert::sim::SaveGame, mehrwert::scenario::Issues>| match r {
        Ok(_) => vec![],
        Err(i) => i.0.iter().map(|i| i.code.as_str()).collect::<Vec<_>>(),
    };
    assert_eq!(codes(branch(&save, 4, &[])), vec!["E-BRANCH-YEAR"], "no save data for year 4");
    assert_eq!(codes(branch(&save, 0, &[])), vec!["E-BRANCH-YEAR"]);
    // A save whose scenario was changed after it was played does not replay.
    let mut other = save.clone();
    other.scenario.segments[0].reference_price = dec!(55);
    assert_eq!(codes(branch(&other, 3, &[])), vec!["E-BRANCH-REPLAY"]);
}
