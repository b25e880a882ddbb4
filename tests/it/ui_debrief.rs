//! The debrief for the projector as the trainer drives it: arrow keys and buttons turn the
//! pages, the first page shows the room's costliest decisions worst first, each year its
//! events and every team, the last page the ranking and the lesson; the participation column
//! is there only on the trainer's own screen and only when asked for. Drawn with egui_kittest.

use std::sync::Arc;

use bevy_egui::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use mehrwert::debrief::{Debrief, words};
use mehrwert::model::format::{Locale, signed_whole};
use mehrwert::scenario::{Decisions, Scenario, default_scenario};
use mehrwert::sim::Simulation;
use mehrwert::ui::debrief::{DebriefDeck, Game};
use mehrwert::workshop::protocol::{Participation, YearParticipation};
use rust_decimal_macros::dec;

const YEARS: u32 = 3;

/// Three years of the default scenario: the first company gives its key accounts 12 points
/// more rebate in year 1 and keeps it, the second cuts its list price by a fifth in year 2;
/// the others are played by the computer.
fn played() -> (Scenario, DebriefDeck) {
    let scenario = default_scenario().expect("embedded scenario");
    let mut sim = Simulation::new().expect("schedule");
    let game = sim.new_game(Arc::new(scenario.clone()), 3).expect("opening");
    let opening = sim.save_game(game).expect("game").companies;
    let mut first: Decisions = opening[0].last_decisions.kept_for(1);
    first.segments[1].rebate += dec!(0.12);
    let mut second: Decisions = opening[1].last_decisions.kept_for(1);
    for year in 1..=YEARS {
        if year == 2 {
            second.segments[0].list_price *= dec!(0.8);
        }
        sim.submit(game, first.kept_for(year)).expect("valid");
        sim.submit(game, second.kept_for(year)).expect("valid");
        sim.play_year();
    }
    let save = sim.save_game(game).expect("game");
    let companies = sim.reports(game);
    let deck =
        DebriefDeck::new(&Game { scenario: &scenario, seed: 3, market: &save.market_history, companies: &companies });
    (scenario, deck)
}

/// The trainer's record: team 1 submitted three times at 10:15, team 2 let the year pass.
fn participation(scenario: &Scenario) -> Vec<YearParticipation> {
    (1..=YEARS)
        .map(|year| YearParticipation {
            year,
            teams: vec![
                (
                    scenario.companies[0].id.clone(),
                    Participation::Submitted { at_ms: 36_900_000, revisions: 3, corrected: year == 2 },
                ),
                (scenario.companies[1].id.clone(), Participation::Kept),
            ],
        })
        .collect()
}

struct Desk {
    deck: DebriefDeck,
    participation: Option<Vec<YearParticipation>>,
    lang: Locale,
    closed: bool,
}

fn harness(desk: Desk) -> Harness<'static, Desk> {
    let mut harness =
        Harness::builder().with_size(egui::vec2(1600.0, 1000.0)).with_theme(egui::Theme::Light).build_ui_state(
            |ui, desk: &mut Desk| {
                // The trainer's clock: 36 900 000 ms after midnight UTC is 10:15.
                let clock = |ms: i64| format!("{:02}:{:02}", ms / 3_600_000, ms / 60_000 % 60);
                desk.closed |= desk.deck.show(ui, desk.lang, desk.participation.as_deref(), &clock);
            },
            desk,
        );
    harness.run();
    harness
}

fn debrief(deck: &mut DebriefDeck) -> Debrief {
    deck.analysed().expect("analysed at once").clone().expect("the game replays")
}

#[test]
fn the_debrief_starts_with_the_costliest_decisions_and_turns_with_the_arrow_keys() {
    let (scenario, deck) = played();
    let mut harness = harness(Desk { deck, participation: None, lang: Locale::De, closed: false });
    let d = debrief(&mut harness.state_mut().deck);
    harness.get_by_label("Wo im Raum Wert vernichtet wurde");
    harness.get_by_label(&format!("Seite 1 von {}", YEARS + 3));
    // The rows, worst first: every destroyer's ΔEVA on screen in that order.
    let (_, destroyers) = d.extremes(5, None);
    assert!(!destroyers.is_empty(), "the rebate of 12 points destroys value");
    assert!(destroyers.windows(2).all(|w| w[0].delta_eva <= w[1].delta_eva));
    let mut last_y = f32::MIN;
    for impact in &destroyers {
        let line = words::decision(impact, &d, Locale::De);
        let y = harness.get_by_label(&line).rect().min.y;
        assert!(y > last_y, "worst first");
        last_y = y;
        harness.get_by_label(&signed_whole(impact.delta_eva, Locale::De));
    }
    // The first team's rebate is among them, as the sentence a trainer reads out.
    let segment = &scenario.segments[1].name;
    assert!(harness.query_by_label_contains(&format!("Jahr 1 · Preis und Rabatt {segment}:")).is_some());

    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    harness.get_by_label("Geschäftsjahr 1");
    harness.get_by_label(&format!("Seite 2 von {}", YEARS + 3));
    for headline in &d.stories[0].headlines {
        harness.get_by_label(&format!("• {headline}"));
    }
    for company in &d.companies {
        harness.get_by_label(&company.name);
    }
    assert!(harness.query_by_label("Teilnahme").is_none(), "no participation on a laptop's own game");
    assert!(harness.query_by_label_contains("Teilnahme zeigen").is_none());

    harness.get_by_role_and_label(Role::Button, "Weiter ▶").click();
    harness.run();
    harness.get_by_label("Geschäftsjahr 2");
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    harness.get_by_label("Geschäftsjahr 1");

    harness.key_press(egui::Key::End);
    harness.run();
    harness.get_by_label("Endstand");
    harness.get_by_label(&words::lesson(&d, Locale::De));
    for placing in d.ranking() {
        harness.get_by_label(&words::summary(&placing, &d, Locale::De));
    }
    // The last page stays the last.
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    harness.get_by_label(&format!("Seite {0} von {0}", YEARS + 3));
    harness.key_press(egui::Key::Home);
    harness.run();
    harness.get_by_label("Wo im Raum Wert vernichtet wurde");
    harness.get_by_role_and_label(Role::Button, "Beenden").click();
    harness.run();
    assert!(harness.state().closed);
}

#[test]
fn only_the_trainer_sees_the_participation_and_only_when_asked() {
    let (scenario, deck) = played();
    let participation = Some(participation(&scenario));
    let mut harness = harness(Desk { deck, participation, lang: Locale::De, closed: false });
    harness.key_press(egui::Key::ArrowRight);
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    harness.get_by_label("Geschäftsjahr 2");
    assert!(harness.query_by_label("Teilnahme").is_none(), "hidden until the trainer asks");
    harness.get_by_role_and_label(Role::CheckBox, "Teilnahme zeigen (nur Trainer)").click();
    harness.run();
    harness.get_by_label("Teilnahme");
    harness.get_by_label("abgegeben 10:15, 3-mal, vom Trainer korrigiert");
    harness.get_by_label("nicht abgegeben: Vorjahr beibehalten");
    // Teams the record does not name were played by the computer.
    assert_eq!(harness.query_all_by_label("vom Computer gespielt").count(), scenario.companies.len() - 2);
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    harness.get_by_label("abgegeben 10:15, 3-mal");
}

#[test]
fn the_debrief_speaks_english() {
    let (_, deck) = played();
    let mut harness = harness(Desk { deck, participation: None, lang: Locale::En, closed: false });
    harness.get_by_label("Where the room destroyed value");
    harness.key_press(egui::Key::PageDown);
    harness.run();
    harness.get_by_label("Fiscal year 1");
    harness.key_press(egui::Key::End);
    harness.run();
    harness.get_by_label("Final standings");
    harness.get_by_label("The lesson");
    let d = debrief(&mut harness.state_mut().deck);
    harness.get_by_label(&words::lesson(&d, Locale::En));
}

#[test]
fn after_the_last_year_the_debrief_opens_and_its_files_are_saved() {
    use crate::ui_support::{app, message, screen, send, team};
    use mehrwert::ui::debrief::DebriefScreen;
    use mehrwert::ui::screens::{ScenarioChoice, Screen, UiCommand};
    use mehrwert::ui::session::{GameSetup, Mode};

    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let setup = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "alpha")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 3, setup, guide: false });
    while screen(&app) != Screen::Final {
        send(&mut app, UiCommand::Submit);
        send(&mut app, UiCommand::NextYear);
    }
    send(&mut app, UiCommand::GoTo(Screen::Debrief));
    assert_eq!(screen(&app), Screen::Debrief);
    // The analysis runs on a thread of its own; the screen waits for it (bounded).
    let mut stories = None;
    for _ in 0..3000 {
        app.update();
        let mut deck = app.world_mut().resource_mut::<DebriefScreen>();
        if let Some(result) = deck.0.analysed() {
            stories = Some(result.as_ref().expect("the game replays").stories.len());
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(stories, Some(3), "the intro's three years, analysed within 30 s");
    send(&mut app, UiCommand::GoTo(Screen::Final));
    assert!(app.world().get_resource::<DebriefScreen>().is_none(), "left with the screen");

    send(&mut app, UiCommand::SaveDebrief);
    let (error, text) = message(&app).expect("a status line");
    assert!(!error, "{text}");
    let folder = std::fs::read_dir(dir.path().join("Auswertungen")).expect("the debriefs' folder");
    let folder = folder.filter_map(|e| e.ok()).next().expect("the game's folder").path();
    assert!(text.contains(&folder.display().to_string()), "{text}");
    let mut files: Vec<String> = std::fs::read_dir(&folder)
        .expect("files")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    files.sort();
    // The intro's three companies: a workbook and a report each, plus the room's two.
    assert_eq!(
        files,
        [
            "mehrwert-alpha.pdf",
            "mehrwert-alpha.xlsx",
            "mehrwert-beta.pdf",
            "mehrwert-beta.xlsx",
            "mehrwert-gamma.pdf",
            "mehrwert-gamma.xlsx",
            "mehrwert.pdf",
            "mehrwert.xlsx"
        ]
    );
    assert!(text.starts_with("8 Dateien"), "{text}");
}
