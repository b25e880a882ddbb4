//! The value tab, the journal drill-down and the glossary as a player reads them: years of
//! the default scenario played by the computer, the panels drawn headless with
//! egui_kittest, and what they show checked against the engine's reports and ledger.

use std::sync::Arc;

use crate::ui_support::{app, screen, send, team};
use bevy::prelude::*;
use bevy_egui::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use mehrwert::model::Money;
use mehrwert::model::format::{Locale, money_whole, percent};
use mehrwert::scenario::{Scenario, default_scenario};
use mehrwert::sim::drill::amount_on_line;
use mehrwert::sim::drill::entries_for_line;
use mehrwert::sim::explain::explain;
use mehrwert::sim::{CompanyReports, SaveGame, Simulation};
use mehrwert::ui::panels::glossary::glossary_ui;
use mehrwert::ui::panels::journal::{JournalView, journal_ui};
use mehrwert::ui::panels::results::{ReportSetup, ResultsView, results_ui};
use mehrwert::ui::panels::value::{ValueState, ValueView, value_ui};
use mehrwert::ui::screens::{DrillTarget, ResultsTab, ScenarioChoice, Screen, UiCommand, UiState};
use mehrwert::ui::session::{GameSetup, Mode, Session};

/// "rhein" is index 2 in the default scenario.
const RHEIN: usize = 2;

struct Played {
    scenario: Scenario,
    save: SaveGame,
    companies: Vec<CompanyReports>,
}

/// `years` closed years of the default scenario, every company played by the computer.
fn play(years: u32) -> Played {
    let scenario = default_scenario().expect("embedded scenario is valid");
    let mut sim = Simulation::new().expect("schedule builds");
    let game = sim.new_game(Arc::new(scenario.clone()), 1).expect("opening balances");
    for _ in 0..years {
        sim.play_year();
    }
    let save = sim.save_game(game).expect("game");
    let companies = sim.reports(game);
    Played { scenario, save, companies }
}

fn solo_setup(scenario: &Scenario) -> ReportSetup {
    let setup = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "rhein")] };
    ReportSetup::from_game(scenario, &setup, Locale::De)
}

fn value_harness<'a>(view: &'a ValueView<'a>, state: ValueState) -> Harness<'a, ValueState> {
    let mut harness =
        Harness::builder().with_size(egui::vec2(1440.0, 1000.0)).with_theme(egui::Theme::Light).build_ui_state(
            move |ui, state: &mut ValueState| {
                value_ui(ui, view, state);
            },
            state,
        );
    harness.run();
    harness
}

fn chosen(company: usize, year: u32) -> ValueState {
    ValueState { company: Some(company), year: Some(year), ..ValueState::default() }
}

#[test]
fn the_tree_shows_eva_of_the_chosen_year_and_last_years() {
    let played = play(3);
    let setup = solo_setup(&played.scenario);
    let view = ValueView {
        lang: Locale::De,
        companies: &played.companies,
        setup: &setup,
        scenario: &played.scenario,
        workshop_teams: None,
        what_if: true,
    };
    let history = &played.companies[RHEIN].history;
    let (year1, year2) = (&history[0], &history[1]);
    let harness = value_harness(&view, chosen(RHEIN, 2));
    // EVA of year 2 in German format ("822.144 €"), and year 1's in the "last year" column.
    assert!(harness.query_by_label(&money_whole(year2.eva.eva, Locale::De)).is_some());
    assert!(harness.query_by_label(&money_whole(year1.eva.eva, Locale::De)).is_some());
    assert!(harness.query_by_label("EVA").is_some());
    // The leaves of capital employed are year 2's averages of opening and closing balances.
    let receivables = mehrwert::model::value::average(year2.opening.receivables, year2.closing.receivables);
    assert!(harness.query_by_label(&money_whole(receivables, Locale::De)).is_some());
    drop(harness);

    // Another year: the tree follows the selector.
    let year3 = &history[2];
    let harness = value_harness(&view, chosen(RHEIN, 3));
    assert!(harness.query_by_label(&money_whole(year3.eva.eva, Locale::De)).is_some());
}

#[test]
fn the_change_is_explained_by_five_parts_and_sentences() {
    let played = play(2);
    let setup = solo_setup(&played.scenario);
    let view = ValueView {
        lang: Locale::De,
        companies: &played.companies,
        setup: &setup,
        scenario: &played.scenario,
        workshop_teams: None,
        what_if: true,
    };
    let history = &played.companies[RHEIN].history;
    let (prev, next) = (&history[0], &history[1]);
    let explanation = explain(prev, next, Locale::De).expect("both years had revenue");
    let harness = value_harness(&view, chosen(RHEIN, 2));
    assert!(explanation.sentences.len() >= 2);
    for sentence in &explanation.sentences {
        assert!(harness.query_by_label(sentence).is_some(), "sentence on screen: {sentence}");
    }
    let signed = |m: Money| {
        let text = money_whole(m, Locale::De);
        if m.is_positive() { format!("+{text}") } else { text }
    };
    let mut sum = Money::ZERO;
    for (name, (_, amount)) in ["Umsatz", "Marge", "Steuer", "Kapitalbindung", "Kapitalkosten"]
        .into_iter()
        .zip(explanation.attribution.parts())
    {
        assert!(harness.query_by_label(name).is_some(), "part {name} is labelled");
        assert!(!harness.get_all_by_label(&signed(amount)).collect::<Vec<_>>().is_empty(), "{name}: {amount:?}");
        sum += amount;
    }
    let delta = next.eva.eva - prev.eva.eva;
    assert_eq!(sum, delta, "the parts add up to ΔEVA to the cent");
    assert!(harness.query_by_label("Veränderung EVA").is_some());
    assert!(!harness.get_all_by_label(&signed(delta)).collect::<Vec<_>>().is_empty());
}

#[test]
fn the_first_year_has_no_bridge_but_a_note() {
    let played = play(1);
    let setup = solo_setup(&played.scenario);
    let view = ValueView {
        lang: Locale::De,
        companies: &played.companies,
        setup: &setup,
        scenario: &played.scenario,
        workshop_teams: None,
        what_if: true,
    };
    let harness = value_harness(&view, ValueState::default());
    assert!(harness.query_by_label_contains("kein Vorjahr").is_some());
    let eva = played.companies[RHEIN].history[0].eva.eva;
    assert!(harness.query_by_label(&money_whole(eva, Locale::De)).is_some(), "the player's company by default");
}

#[test]
fn a_workshop_shows_other_teams_only_what_is_public() {
    let played = play(2);
    let setup = GameSetup { mode: Mode::Workshop, teams: vec![team("Nord", "hanse"), team("Süd", "rhein")] };
    let report_setup = ReportSetup::from_game(&played.scenario, &setup, Locale::De);
    let hanse = played.scenario.company_index("hanse").expect("hanse");
    let view = ValueView {
        lang: Locale::De,
        companies: &played.companies,
        setup: &report_setup,
        scenario: &played.scenario,
        workshop_teams: Some(vec![("Nord".into(), hanse), ("Süd".into(), RHEIN)]),
        what_if: true,
    };
    let rhein = &played.companies[RHEIN].history[1];
    // Team Nord looks at Süd's company: revenue yes, EVA and capital no.
    let harness = value_harness(&view, ValueState { viewer: 0, ..chosen(RHEIN, 2) });
    assert!(harness.query_by_label(&money_whole(rhein.income.net_revenue, Locale::De)).is_some());
    assert!(harness.query_by_label(&percent(rhein.market_share.unwrap_or_default(), 1, Locale::De)).is_some());
    assert!(harness.query_by_label(&money_whole(rhein.eva.eva, Locale::De)).is_none(), "EVA is private");
    assert!(harness.query_by_label(&money_whole(rhein.opening.receivables, Locale::De)).is_none());
    assert!(harness.query_by_label_contains("vertraulich").is_some());
    drop(harness);
    // Team Süd sees its own tree in full.
    let harness = value_harness(&view, ValueState { viewer: 1, ..chosen(RHEIN, 2) });
    assert!(harness.query_by_label(&money_whole(rhein.eva.eva, Locale::De)).is_some());
    assert!(harness.query_by_label_contains("vertraulich").is_none());
}

#[test]
fn drilling_into_rebates_lists_the_entries_and_names_the_decision() {
    let played = play(2);
    let company = &played.companies[RHEIN];
    let year1 = &company.history[0];
    let ledger = &played.save.companies[RHEIN].ledger;
    let entries = entries_for_line(ledger, 1, "rebates");
    assert!(!entries.is_empty(), "rhein gave rebates in year 1");
    let booked: Money = entries.iter().map(|e| amount_on_line(e, "rebates")).sum();
    assert_eq!(booked, year1.income.rebates, "the entries add up to the statement line");

    let view = JournalView {
        lang: Locale::De,
        company_name: &company.name,
        ledger,
        history: &company.history,
        scenario: &played.scenario,
        last_closed_open: Some(2),
        notes: &[],
    };
    let target = DrillTarget { company: RHEIN, year: 1, line: "rebates".into() };
    let mut harness = Harness::builder().with_size(egui::vec2(1440.0, 900.0)).build_ui_state(
        |ui, commands: &mut Vec<UiCommand>| commands.extend(journal_ui(ui, &view, &target)),
        Vec::new(),
    );
    harness.run();
    // Each entry's amount on the line, and their sum, which is the statement line.
    for entry in &entries {
        let amount = money_whole(amount_on_line(entry, "rebates"), Locale::De);
        assert!(harness.get_all_by_label(&amount).count() >= 2, "{amount} as debit and on the line");
    }
    let total = money_whole(year1.income.rebates, Locale::De);
    assert!(harness.get_all_by_label(&total).count() >= 1, "the sum {total}");
    assert!(harness.query_by_label_contains("Zeile im Abschluss").is_some(), "the sum matches the line");
    assert_eq!(harness.get_all_by_label("Rabatte").count(), entries.len(), "the rebates account in each entry");
    assert_eq!(harness.get_all_by_label("Forderungen").count(), entries.len(), "… against receivables");
    // The decision behind it, with its value: the rebate of the segment.
    let (segment, decided) = year1
        .decisions
        .segments
        .iter()
        .enumerate()
        .find(|(_, s)| !s.rebate.is_zero())
        .expect("a segment with a rebate");
    let name = &played.scenario.segments[segment].name;
    let decision = format!("⬅ Entscheidung: Rabatt ({name}) = {}", percent(decided.rebate, 1, Locale::De));
    assert_eq!(harness.get_all_by_label(&decision).count(), 1, "{decision}");
    assert_eq!(harness.get_all_by_label_contains(&format!("Rabatt im Segment {name}")).count(), 1, "the cause");
    // Year 1 is not the last closed year: no way to its decision screen, so no command.
    assert!(harness.state().is_empty());
    drop(harness);

    // The last closed year's decision leads to the next decision screen.
    let target = DrillTarget { company: RHEIN, year: 2, line: "rebates".into() };
    let mut harness = Harness::builder().with_size(egui::vec2(1440.0, 900.0)).build_ui_state(
        |ui, commands: &mut Vec<UiCommand>| commands.extend(journal_ui(ui, &view, &target)),
        Vec::new(),
    );
    harness.run();
    let link = harness.get_all_by_label_contains("⬅ Entscheidung: Rabatt").next().expect("a decision link");
    link.click();
    harness.run();
    assert!(harness.state().contains(&UiCommand::NextYear));
}

#[test]
fn clicking_a_statement_line_asks_for_its_entries() {
    let played = play(2);
    let market = played.save.market_history.clone();
    let view = ResultsView {
        lang: Locale::De,
        companies: &played.companies,
        market: &market,
        shown: RHEIN,
        tab: ResultsTab::Statements,
        finished: false,
        setup: &solo_setup(&played.scenario),
        journal: true,
    };
    let mut harness = Harness::builder().with_size(egui::vec2(1440.0, 900.0)).build_ui_state(
        |ui, (shown, commands): &mut (usize, Vec<UiCommand>)| commands.extend(results_ui(ui, &view, shown)),
        (RHEIN, Vec::new()),
    );
    harness.run();
    harness.get_by_label("Rabatte").click();
    harness.run();
    let expected = UiCommand::DrillDown { company: RHEIN, year: 2, line: "rebates".into() };
    assert!(harness.state().1.contains(&expected), "{:?}", harness.state().1);
    // Subtotals are sums of other lines, not booked: no drill-down.
    harness.get_by_label("Nettoumsatz").click();
    harness.run();
    assert_eq!(harness.state().1.len(), 1);
}

#[test]
fn the_glossary_search_finds_receivables() {
    let mut harness = Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_ui_state(
        |ui, query: &mut String| {
            glossary_ui(ui, Locale::De, query, Screen::Results);
        },
        String::new(),
    );
    harness.run();
    harness.get_by_role(Role::TextInput).focus();
    harness.run();
    harness.get_by_role(Role::TextInput).type_text("Forderungen");
    harness.run();
    let entry = mehrwert::glossary::entry("receivables", Locale::De).expect("receivables in the glossary");
    assert!(harness.query_by_label(entry.definition).is_some(), "definition shown");
    assert!(harness.query_by_label(entry.term).is_some());
    // Every entry shown matches the search; an entry that does not match is gone.
    let cash = mehrwert::glossary::entry("cash", Locale::De).expect("cash");
    assert!(harness.query_by_label(cash.definition).is_none());
}

// ---------------------------------------------------------------------------------------
// The commands, headless, as in ui_flow.rs.

#[test]
fn drill_down_glossary_and_what_if_commands_land_where_they_should() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let setup = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "rhein")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Default, seed: 1, setup, guide: false });
    send(&mut app, UiCommand::Submit);
    send(&mut app, UiCommand::NextYear);
    send(&mut app, UiCommand::Submit);
    assert_eq!(screen(&app), Screen::Results);

    send(&mut app, UiCommand::ShowTab(ResultsTab::Value));
    assert_eq!(app.world().resource::<UiState>().tab, ResultsTab::Value);

    send(&mut app, UiCommand::DrillDown { company: RHEIN, year: 1, line: "rebates".into() });
    let state = app.world().resource::<UiState>();
    assert_eq!(state.tab, ResultsTab::Journal);
    assert_eq!(state.drill, Some(DrillTarget { company: RHEIN, year: 1, line: "rebates".into() }));

    send(&mut app, UiCommand::OpenGlossary { from: Screen::Results });
    assert_eq!(screen(&app), Screen::Glossary);
    let back = app.world().resource::<UiState>().glossary_back;
    assert_eq!(back, Screen::Results);
    send(&mut app, UiCommand::GoTo(back));
    assert_eq!(screen(&app), Screen::Results);

    // What-if with the decisions actually made replays the game exactly …
    let actual = app.world().resource::<Session>().reports()[RHEIN].history.clone();
    let mut decisions = actual[0].decisions.clone();
    send(&mut app, UiCommand::WhatIf { company: RHEIN, year: 1, decisions: Box::new(decisions.clone()) });
    let result = app.world().resource::<UiState>().value.what_if_result.clone().expect("a what-if result");
    assert_eq!((result.company, result.year), (RHEIN, 1));
    assert_eq!(result.outcome, Ok(actual.clone()), "same decisions, same game");

    // … and a higher list price changes year 1's net revenue while the game stays as it is.
    for segment in &mut decisions.segments {
        segment.list_price += rust_decimal::Decimal::from(5);
    }
    send(&mut app, UiCommand::WhatIf { company: RHEIN, year: 1, decisions: Box::new(decisions) });
    let result = app.world().resource::<UiState>().value.what_if_result.clone().expect("a what-if result");
    let branch = result.outcome.expect("the branch replays");
    assert_eq!(branch.len(), 2);
    assert_ne!(branch[0].income.net_revenue, actual[0].income.net_revenue);
    let session = app.world().resource::<Session>();
    assert_eq!(session.reports()[RHEIN].history, actual, "the game is untouched");
    assert_eq!(session.playing_year(), 3);

    // A year without save data is refused with a message, not a panic.
    let mut later = actual[0].decisions.clone();
    later.year = 5;
    send(&mut app, UiCommand::WhatIf { company: RHEIN, year: 5, decisions: Box::new(later) });
    let result = app.world().resource::<UiState>().value.what_if_result.clone().expect("a what-if result");
    assert!(
        result.outcome.is_err_and(|message| message.contains("nicht neu rechnen")),
        "the refusal is said in German"
    );
}

#[test]
fn the_what_if_result_stands_beside_the_game() {
    let played = play(2);
    let setup = solo_setup(&played.scenario);
    let view = ValueView {
        lang: Locale::De,
        companies: &played.companies,
        setup: &setup,
        scenario: &played.scenario,
        workshop_teams: None,
        what_if: true,
    };
    let actual = &played.companies[RHEIN].history;
    let mut decisions = actual[0].decisions.clone();
    for segment in &mut decisions.segments {
        segment.list_price += rust_decimal::Decimal::from(5);
    }
    let branch = mehrwert::sim::branch::branch(&played.save, 1, &[decisions]).expect("the branch replays");
    let branch_history = branch.companies[RHEIN].history.clone();
    let state = ValueState {
        what_if_result: Some(mehrwert::ui::panels::value::WhatIfResult {
            company: RHEIN,
            year: 1,
            outcome: Ok(branch_history.clone()),
        }),
        ..chosen(RHEIN, 1)
    };
    let mut harness = value_harness(&view, state);
    harness.get_by_label_contains("Was wäre wenn").click();
    harness.run();
    assert!(harness.query_by_label("Variante").is_some());
    assert!(harness.get_all_by_role(Role::TextInput).count() >= 4, "the form: prices, rebates, production, marketing");
    let branch_revenue = money_whole(branch_history[0].income.net_revenue, Locale::De);
    let actual_revenue = money_whole(actual[0].income.net_revenue, Locale::De);
    assert_ne!(branch_revenue, actual_revenue);
    assert!(harness.get_all_by_label(&branch_revenue).count() >= 1, "branch revenue {branch_revenue}");
    assert!(harness.get_all_by_label(&actual_revenue).count() >= 1, "actual revenue {actual_revenue}");
}

#[test]
fn an_average_price_is_shown_and_compared_in_cents() {
    use mehrwert::model::kpi::KpiValue;
    use mehrwert::ui::panels::value::{format_change, format_value};
    let (before, now) = (KpiValue::Money(Money::cents(4_762)), KpiValue::Money(Money::cents(4_733)));
    assert_eq!(format_value("average_net_price", now, Locale::De), "47,33 €");
    let (text, change) = format_change("average_net_price", before, now, Locale::De).expect("both defined");
    // 47,33 − 47,62 = −0,29 €: a price moves by cents, which whole euros would print as 0.
    assert_eq!(change, rust_decimal_macros::dec!(-0.29));
    assert!(text.ends_with("0,29 €"), "{text}");
    // Totals stay in whole euros.
    assert_eq!(format_value("net_revenue", now, Locale::De), "47 €");
}
