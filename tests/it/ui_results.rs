//! The annual report and the final ranking as a player reads them: two years of the default
//! scenario played by the computer, the report drawn headless with egui_kittest, and the
//! numbers on screen checked against the books.

use std::sync::Arc;

use bevy_egui::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use mehrwert::model::format::{Locale, money_whole, units};
use mehrwert::model::{Account, Money};
use mehrwert::scenario::{Scenario, default_scenario};
use mehrwert::sim::{CompanyReports, MarketYear, SaveGame, Simulation};
use mehrwert::ui::panels::final_ranking::{FinalView, final_ranking_ui};
use mehrwert::ui::panels::results::{ReportSetup, ResultsView, better, change_text, results_ui};
use mehrwert::ui::screens::{ResultsTab, Screen, UiCommand};
use mehrwert::ui::session::{GameSetup, Mode, Team};
use mehrwert::ui::theme;
use mehrwert::ui::widgets::Better;

/// Two closed years of the default scenario, every company played by the computer.
struct Played {
    scenario: Scenario,
    save: SaveGame,
    companies: Vec<CompanyReports>,
    /// The solo player's view of who plays which company.
    setup: ReportSetup,
}

fn play_two_years() -> Played {
    let scenario = default_scenario().expect("embedded scenario is valid");
    let mut sim = Simulation::new().expect("schedule builds");
    let game = sim.new_game(Arc::new(scenario.clone()), 1).expect("opening balances");
    sim.play_year();
    sim.play_year();
    let save = sim.save_game(game).expect("game");
    let companies = sim.reports(game);
    assert!(companies.iter().all(|c| c.history.len() == 2), "two years in every history");
    let setup = solo_setup(&scenario);
    Played { scenario, save, companies, setup }
}

/// The solo player runs "rhein" (index 2 in the default scenario).
fn solo_setup(scenario: &Scenario) -> ReportSetup {
    let setup = GameSetup { mode: Mode::Solo, teams: vec![Team { name: "Solo".into(), company: "rhein".into() }] };
    ReportSetup::from_game(scenario, &setup, Locale::De)
}

fn view<'a>(played: &'a Played, market: &'a [MarketYear], tab: ResultsTab) -> ResultsView<'a> {
    ResultsView {
        lang: Locale::De,
        companies: &played.companies,
        market,
        shown: 2,
        tab,
        finished: false,
        setup: &played.setup,
        journal: true,
    }
}

/// What the report returns, and the company whose statements are shown.
#[derive(Default)]
struct Desk {
    shown: usize,
    commands: Vec<UiCommand>,
}

fn report_harness<'a>(view: &'a ResultsView<'a>, size: egui::Vec2) -> Harness<'a, Desk> {
    let mut harness = Harness::builder().with_size(size).with_theme(egui::Theme::Light).build_ui_state(
        move |ui, desk: &mut Desk| {
            let commands = results_ui(ui, view, &mut desk.shown);
            desk.commands.extend(commands);
        },
        Desk { shown: view.shown, commands: Vec::new() },
    );
    harness.run();
    harness
}

/// The `cells` texts of a table row starting at the cell that reads `label`, left to right,
/// as a reader scans a table: texts whose vertical centre lies on the label's line (a table
/// further right on the same line is not read).
fn row(harness: &Harness<'_, Desk>, label: &str, cells: usize) -> Vec<String> {
    let start = harness.get_by_label(label).rect();
    let y = start.center().y;
    let mut found: Vec<(f32, String)> = harness
        .query_all_by(|n| n.role() == Role::Label)
        .filter(|n| (n.rect().center().y - y).abs() < 4.0 && n.rect().left() >= start.left() - 1.0)
        .filter_map(|n| n.value().map(|v| (n.rect().left(), v)))
        .collect();
    found.sort_by(|a, b| a.0.total_cmp(&b.0));
    found.into_iter().take(cells).map(|(_, text)| text).collect()
}

/// The change column as the reader should see it: the sign always written.
fn signed(change: Money) -> String {
    let sign = if change.is_positive() { "+" } else { "" };
    format!("{sign}{}", money_whole(change, Locale::De))
}

#[test]
fn statements_show_the_numbers_of_the_books_with_the_change() {
    let played = play_two_years();
    let market = played.save.market_history.clone();
    let view = view(&played, &market, ResultsTab::Statements);
    let mut harness = report_harness(&view, egui::vec2(1440.0, 900.0));
    let rhein = &played.companies[2];
    let (y1, y2) = (&rhein.history[0], &rhein.history[1]);

    // Income statement (the first statement shown): EBIT of both years and the change.
    assert_eq!(
        row(&harness, "EBIT", 4),
        vec![
            "EBIT".to_string(),
            money_whole(y1.income.ebit, Locale::De),
            money_whole(y2.income.ebit, Locale::De),
            signed(y2.income.ebit - y1.income.ebit),
        ]
    );
    assert_eq!(row(&harness, "Nettoumsatz", 4)[2], money_whole(y2.income.net_revenue, Locale::De));

    // Balance sheet: closing cash equals the cash account of the ledger after year 2.
    harness.get_by_label("Bilanz zum Jahresende").click();
    harness.run();
    let ledger_cash = played.save.companies[2].ledger.balance(Account::Cash);
    let cash_row = row(&harness, "Liquide Mittel", 4);
    assert_eq!(cash_row[2], money_whole(ledger_cash, Locale::De), "cash in the balance sheet = ledger");
    assert_eq!(cash_row[1], money_whole(y1.closing.cash, Locale::De));
    assert_eq!(cash_row[3], signed(y2.closing.cash - y1.closing.cash));

    // Cash-flow statement: the year ends with the same cash, and CFO/CFI/CFF are all there.
    harness.get_by_label("Kapitalflussrechnung (indirekt)").click();
    harness.run();
    assert_eq!(row(&harness, "Liquide Mittel am Jahresende", 4)[2], money_whole(ledger_cash, Locale::De));
    for line in [
        "Cashflow aus laufender Geschäftstätigkeit",
        "Cashflow aus Investitionstätigkeit",
        "Cashflow aus Finanzierungstätigkeit",
    ] {
        assert_eq!(row(&harness, line, 9).len(), 4, "{line}: label, two years, change");
    }
}

#[test]
fn choosing_another_company_shows_its_statements() {
    let played = play_two_years();
    let market = played.save.market_history.clone();
    let view = view(&played, &market, ResultsTab::Statements);
    let mut harness = report_harness(&view, egui::vec2(1440.0, 900.0));
    harness.get_by_label("Elbe Industriepumpen SE").click();
    harness.run();
    assert_eq!(harness.state().shown, 4);
    let elbe = &played.companies[4];
    assert_eq!(row(&harness, "EBIT", 4)[1], money_whole(elbe.history[0].income.ebit, Locale::De));
}

#[test]
fn the_change_is_coloured_by_what_is_better() {
    // (line key, change in euros, expected colour)
    let cases = [
        ("net_revenue", 1_000, theme::BETTER),
        ("net_revenue", -1_000, theme::WORSE),
        ("cogs", -1_000, theme::BETTER),
        ("cogs", 1_000, theme::WORSE),
        ("loans", -1_000, theme::BETTER),
        ("total_equity", 1_000, theme::BETTER),
        ("cash", -1_000, theme::WORSE),
        ("receivables", 1_000, egui::Color32::GRAY),
        ("ebit", 0, egui::Color32::GRAY),
    ];
    for (key, euros, colour) in cases {
        let (text, got) = change_text(key, Money::euros(euros), Locale::De);
        assert_eq!(got, colour, "{key} {euros}: {text}");
    }
    assert_eq!(change_text("ebit", Money::euros(1_234_567), Locale::De).0, "+1.234.567 €");
    assert_eq!(change_text("ebit", Money::euros(-1_234), Locale::De).0, "-1.234 €");
    assert_eq!(better("operating"), Better::Higher);
    assert_eq!(better("overdraft"), Better::Lower);
}

#[test]
fn leaderboard_ranks_by_score_and_marks_who_plays() {
    let played = play_two_years();
    let market = played.save.market_history.clone();
    let view = view(&played, &market, ResultsTab::Leaderboard);
    let harness = report_harness(&view, egui::vec2(1440.0, 900.0));
    // Expected order: sort the scores of year 2 by hand, best first.
    let mut expected: Vec<(Money, usize)> =
        played.companies.iter().enumerate().map(|(i, c)| (c.history[1].score, i)).collect();
    expected.sort_by_key(|e| std::cmp::Reverse(e.0));
    for (place, (score, i)) in expected.iter().enumerate() {
        let cells = row(&harness, &format!("{}.", place + 1), 8);
        assert_eq!(cells[1], played.companies[*i].name, "place {}", place + 1);
        assert_eq!(cells.last(), Some(&money_whole(*score, Locale::De)));
        if *i == 2 {
            assert_eq!(cells[2], "Sie", "the solo player's company");
        } else {
            assert!(cells[2].starts_with("Computer: "), "{}", cells[2]);
        }
        assert_eq!(cells[3], money_whole(played.companies[*i].history[1].income.net_revenue, Locale::De));
    }
}

#[test]
fn market_report_shows_every_company_in_every_segment() {
    let played = play_two_years();
    let market = played.save.market_history.clone();
    let view = view(&played, &market, ResultsTab::Market);
    let harness = report_harness(&view, egui::vec2(1440.0, 900.0));
    let segments = played.scenario.segments.len();
    for c in &played.companies {
        assert_eq!(harness.get_all_by_label(&c.name).count(), segments, "{} once per segment", c.name);
    }
    // Segment totals: the units of all companies added up here, against the market's own figure.
    for (s, segment) in played.scenario.segments.iter().enumerate() {
        harness.get_by_label(&format!("{} — Geschäftsjahr 2", segment.name));
        let sold: u64 = played.companies.iter().map(|c| c.history[1].segments[s].sold_units).sum();
        assert_eq!(sold, market[1].segments[s].sold_units);
        assert!(harness.query_all_by_label(&units(sold, Locale::De)).count() >= 1, "segment total {sold}");
    }
}

#[test]
fn clicking_a_tab_asks_for_it() {
    let played = play_two_years();
    let market = played.save.market_history.clone();
    let view = view(&played, &market, ResultsTab::Statements);
    let mut harness = report_harness(&view, egui::vec2(1280.0, 720.0));
    for (label, tab) in [
        ("Kennzahlen", ResultsTab::Dashboard),
        ("Marktbericht", ResultsTab::Market),
        ("Rangliste", ResultsTab::Leaderboard),
    ] {
        harness.get_by_label(label).click();
        harness.run();
        assert_eq!(harness.state().commands.last(), Some(&UiCommand::ShowTab(tab)));
    }
}

#[test]
fn dashboard_has_one_colour_key_and_a_share_chart_per_segment() {
    let played = play_two_years();
    let market = played.save.market_history.clone();
    let view = view(&played, &market, ResultsTab::Dashboard);
    let harness = report_harness(&view, egui::vec2(1280.0, 720.0));
    for (i, c) in played.companies.iter().enumerate() {
        let key = if i == 2 { format!("{} (Ihr Unternehmen)", c.name) } else { c.name.clone() };
        assert_eq!(harness.get_all_by_label(&key).count(), 1, "{key} once, in the key");
    }
    harness.get_by_label("ROIC (Linie) gegen WACC (gestrichelt), %, beide nach Steuern");
    for segment in &played.scenario.segments {
        harness.get_by_label(&format!("Marktanteil {} (%)", segment.name));
    }
}

#[test]
fn final_ranking_puts_the_best_score_first_and_leads_back_to_the_reports() {
    let played = play_two_years();
    let view = FinalView {
        lang: Locale::De,
        companies: &played.companies,
        setup: &solo_setup(&played.scenario),
        buttons: true,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .with_theme(egui::Theme::Light)
        .build_ui_state(|ui, commands: &mut Vec<UiCommand>| commands.extend(final_ranking_ui(ui, &view)), Vec::new());
    harness.run();
    let (best_index, best) =
        played.companies.iter().enumerate().max_by_key(|(_, c)| c.history[1].score).expect("companies");
    // The winner's name appears on the podium and in the table of decisive numbers, and in the
    // charts' colour key unless it is the player's own company (shown there as "… (Ihr
    // Unternehmen)").
    let in_key = usize::from(view.setup.highlight != Some(best_index));
    assert_eq!(harness.get_all_by_label(&best.name).count(), 2 + in_key);
    harness.get_by_label("Die entscheidenden Zahlen");
    harness.get_by_label("Jahresabschlüsse ansehen").click();
    harness.run();
    assert_eq!(harness.state().last(), Some(&UiCommand::GoTo(Screen::Results)));
}

#[test]
fn market_report_explains_sales_above_demand_by_the_units_taken_over() {
    // Rhein makes nothing in year 1 and sells only its opening stock: its customers whose
    // first choice was sold out go to the competitors with stock.
    let scenario = default_scenario().expect("embedded scenario is valid");
    let mut sim = Simulation::new().expect("schedule builds");
    let game = sim.new_game(Arc::new(scenario.clone()), 1).expect("opening balances");
    let start = sim.save_game(game).expect("game");
    let rhein = start.companies.iter().find(|c| c.id == "rhein").expect("rhein");
    let idle = mehrwert::scenario::Decisions { year: 1, production_units: 0, ..rhein.last_decisions.clone() };
    sim.submit(game, idle).expect("valid decisions");
    sim.play_year();
    let save = sim.save_game(game).expect("game");
    let companies = sim.reports(game);
    let played = Played { setup: solo_setup(&scenario), scenario, save, companies };
    let market = played.save.market_history.clone();
    let view = view(&played, &market, ResultsTab::Market);
    let harness = report_harness(&view, egui::vec2(1440.0, 900.0));
    let segments = played.scenario.segments.len();
    assert_eq!(harness.get_all_by_label("Übernommen / fehlend").count(), segments, "a column per segment");
    let mut gained = 0;
    let mut short = 0;
    for c in &played.companies {
        for seg in &c.history[0].segments {
            // The cell is sold − demand with its sign, worked out here from the two counts.
            if seg.sold_units > seg.demand_units {
                gained += 1;
                let text = format!("+{}", units(seg.sold_units - seg.demand_units, Locale::De));
                assert!(harness.query_all_by_label(&text).count() >= 1, "{}: {text}", c.name);
            } else if seg.sold_units < seg.demand_units {
                short += 1;
                let text = format!("−{}", units(seg.demand_units - seg.sold_units, Locale::De));
                assert!(harness.query_all_by_label(&text).count() >= 1, "{}: {text}", c.name);
            }
        }
    }
    let rhein = played.companies.iter().find(|c| c.id == "rhein").expect("rhein");
    assert!(rhein.history[0].segments.iter().any(|s| s.sold_units < s.demand_units), "rhein ran short");
    assert!(
        gained >= 1 && short >= 1,
        "someone took over what rhein could not deliver ({gained} gained, {short} short)"
    );
    assert_eq!(harness.query_all_by_label_contains("erste Wahl der Kunden").count(), 1, "the note says why");
}

#[test]
fn a_competitors_report_shows_what_is_published_and_no_journal() {
    let played = play_two_years();
    let market = played.save.market_history.clone();
    // The solo player (rhein) looks at Hanse's statements.
    let mut competitor = view(&played, &market, ResultsTab::Statements);
    competitor.shown = 0;
    let mut harness = report_harness(&competitor, egui::vec2(1440.0, 900.0));
    let hanse = &played.companies[0].history[1];
    assert_eq!(row(&harness, "Nettoumsatz", 3)[2], money_whole(hanse.income.net_revenue, Locale::De));
    assert_eq!(row(&harness, "EBIT", 3)[2], money_whole(hanse.income.ebit, Locale::De));
    for hidden in ["Rabatte", "Marketing", "Forschung und Entwicklung", "Vertrieb (Außendienst)"] {
        assert!(harness.query_by_label(hidden).is_none(), "{hidden} is not in a published report");
    }
    harness.get_by_label_contains("Veröffentlichter Abschluss");
    harness.get_by_label("Herstellkosten des Umsatzes").click();
    harness.run();
    assert!(
        !harness.state().commands.iter().any(|c| matches!(c, UiCommand::DrillDown { .. })),
        "another company's bookings are not opened: {:?}",
        harness.state().commands
    );
    // The own company: every line, and a click leads to the journal.
    let own = view(&played, &market, ResultsTab::Statements);
    let mut harness = report_harness(&own, egui::vec2(1440.0, 900.0));
    harness.get_by_label("Marketing");
    harness.get_by_label("Herstellkosten des Umsatzes").click();
    harness.run();
    assert!(harness.state().commands.iter().any(|c| matches!(c, UiCommand::DrillDown { company: 2, .. })));
    // A scenario that publishes whole statements shows every line, still without the journal.
    let mut setup = played.setup.clone();
    setup.disclosure = mehrwert::scenario::Disclosure::Statements;
    let mut open = view(&played, &market, ResultsTab::Statements);
    open.setup = &setup;
    open.shown = 0;
    let mut harness = report_harness(&open, egui::vec2(1440.0, 900.0));
    assert_eq!(row(&harness, "Marketing", 3)[2], money_whole(hanse.income.marketing, Locale::De));
    harness.get_by_label("Herstellkosten des Umsatzes").click();
    harness.run();
    assert!(!harness.state().commands.iter().any(|c| matches!(c, UiCommand::DrillDown { .. })));
}
