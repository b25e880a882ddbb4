//! A workshop team's laptop: the join form typed into as a person does (kittest), and the
//! game's own app joined to a host on 127.0.0.1 playing a year through it — the pro-forma
//! from the host, the submission, the wait, the released results and the next year.

use std::time::Duration;

use bevy::prelude::*;
use bevy_egui::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use mehrwert::model::format::Locale;
use mehrwert::ui::panels::join::{JoinAction, join_ui};
use mehrwert::ui::remote::{JoinForm, Phase, RemoteTeam, start_join};
use mehrwert::ui::screens::Screen;

use mehrwert::ui::session::ProForma;
use mehrwert::workshop::journal::Missing;

use crate::ui_support::{app, message, screen};
use crate::workshop::{refused, start};

/// The embedded default scenario.
fn default_scenario() -> mehrwert::scenario::Scenario {
    mehrwert::scenario::default_scenario().expect("valid")
}

#[test]
fn the_join_form_takes_address_code_and_device_and_joins_only_when_both_are_there() {
    let mut harness = Harness::builder().with_size(egui::vec2(600.0, 300.0)).build_ui_state(
        |ui, (form, action): &mut (JoinForm, Option<JoinAction>)| {
            if let Some(a) = join_ui(ui, form, Locale::De) {
                *action = Some(a);
            }
        },
        (JoinForm { device: String::new(), ..JoinForm::default() }, None),
    );
    harness.run();
    let join_disabled = |h: &Harness<'_, (JoinForm, Option<JoinAction>)>| {
        h.get_by_role_and_label(Role::Button, "Beitreten").accesskit_node().is_disabled()
    };
    assert!(join_disabled(&harness), "nothing typed yet");
    for (label, text) in
        [("Adresse", "192.168.1.20:7878"), ("Beitrittscode", "blau-4821"), ("Name dieses Geräts", "Laptop Anna")]
    {
        harness.get_by_role_and_label(Role::TextInput, label).focus();
        harness.run();
        harness.get_by_role_and_label(Role::TextInput, label).type_text(text);
        harness.run();
    }
    assert!(!join_disabled(&harness));
    harness.get_by_role_and_label(Role::Button, "Beitreten").click();
    harness.run();
    let (form, action) = harness.state();
    assert_eq!(*action, Some(JoinAction::Join));
    assert_eq!(
        (form.address.as_str(), form.code.as_str(), form.device.as_str()),
        ("192.168.1.20:7878", "blau-4821", "Laptop Anna")
    );
}

/// The game's own host ("Workshop leiten") of `form` in `dir`, read once, with every team
/// joined over HTTP from a laptop called "pc": each team's client and company.
pub(crate) fn hosted_with_teams(
    form: &mehrwert::ui::hosting::HostForm,
    dir: &std::path::Path,
) -> (mehrwert::ui::hosting::HostedWorkshop, Vec<(mehrwert::workshop::client::Client, String)>) {
    use mehrwert::workshop::client::Client;
    let mut hosted = mehrwert::ui::hosting::HostedWorkshop::start(form, dir).expect("hosting starts");
    hosted.refresh();
    let codes: Vec<String> = hosted.data.as_ref().expect("read").view.teams.iter().map(|t| t.code.clone()).collect();
    let teams = codes
        .iter()
        .map(|code| {
            let joined = Client::new(&hosted.join_address).join(code, "pc").expect("join");
            (Client::new(&hosted.join_address).with_token(&joined.token), joined.company)
        })
        .collect();
    (hosted, teams)
}

/// The trainer's console of `data` as drawn in German, `height` points tall, run once; its
/// state is the event form and the last action asked for.
pub(crate) fn console_harness<'a>(
    data: &'a mehrwert::ui::hosting::ConsoleData,
    clock: &'a dyn Fn(i64) -> String,
    confirming_undo: bool,
    height: f32,
) -> Harness<'a, (mehrwert::ui::hosting::EventForm, Option<mehrwert::ui::panels::console::ConsoleAction>)> {
    use mehrwert::ui::hosting::EventForm;
    use mehrwert::ui::panels::console::{ConsoleAction, ConsoleView, console_ui};
    let view = ConsoleView { lang: Locale::De, join_address: "x", data, clock, confirming_undo, read_only: false };
    let mut harness = Harness::builder().with_size(egui::vec2(1440.0, height)).build_ui_state(
        move |ui, (form, action): &mut (EventForm, Option<ConsoleAction>)| {
            if let Some(a) = console_ui(ui, &view, form) {
                *action = Some(a);
            }
        },
        (EventForm::default(), None),
    );
    harness.run();
    harness
}

/// Updates `app` until `done` holds (at most 20 s).
fn until(app: &mut App, what: &str, done: impl Fn(&mut App) -> bool) {
    for _ in 0..400 {
        app.update();
        if done(app) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{what} did not happen within 20 s; message: {:?}", message(app));
}

fn phase(app: &App) -> Option<Phase> {
    app.world().get_resource::<RemoteTeam>().map(RemoteTeam::phase)
}

#[test]
fn a_team_joins_decides_with_the_hosts_pro_forma_submits_and_reads_its_results() {
    let host = start(2, 9);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    // A wrong code is named plainly and the title's form stays.
    let wrong =
        JoinForm { address: host.address.clone(), code: "ROT-0000X".into(), device: "pc".into(), joining: true };
    app.insert_resource(start_join(&wrong));
    until(&mut app, "the refusal", |app| message(app).is_some());
    assert_eq!(message(&app).map(|m| m.1), Some("Diesen Beitrittscode kennt der Workshop nicht.".into()));
    assert_eq!(screen(&app), Screen::Title);
    // The right code, typed in lower case.
    let form = JoinForm {
        address: host.address.clone(),
        code: host.seats[1].2.to_lowercase(),
        device: "Laptop Rot".into(),
        joining: true,
    };
    app.insert_resource(start_join(&form));
    until(&mut app, "the team's screen", |app| screen(app) == Screen::Team);
    let company = host.seats[1].1.clone();
    assert_eq!(app.world().resource::<RemoteTeam>().company, company);
    // The decision form opens on last year's decisions with the host's pro-forma.
    until(&mut app, "the pro-forma", |app| {
        let team = app.world().resource::<RemoteTeam>();
        matches!(team.screen.as_ref().map(|s| s.pro_forma()), Some(ProForma::Report(_)))
    });
    let year_1 = {
        let team = app.world().resource::<RemoteTeam>();
        let Some(ProForma::Report(planned)) = team.screen.as_ref().map(|s| s.pro_forma()) else { unreachable!() };
        planned.report.year
    };
    assert_eq!(year_1, 1);
    assert_eq!(phase(&app), Some(Phase::Deciding));
    // Submitted: the console shows it with this laptop's name.
    app.world_mut().resource_mut::<RemoteTeam>().submit(Locale::De).expect("the draft reads");
    until(&mut app, "the submission", |app| {
        app.world().resource::<RemoteTeam>().view.submitted.is_some() && phase(app) == Some(Phase::Submitted)
    });
    let console = host.trainer().console().expect("console");
    assert_eq!(console.teams[1].submitted_by.as_deref(), Some("Laptop Rot"));
    assert_eq!(console.teams[1].device.as_deref(), Some("Laptop Rot"));
    // The trainer closes (the other team by the computer): the laptop waits for the release.
    host.trainer().close(Missing::Computer).expect("close");
    until(&mut app, "waiting for the results", |app| phase(app) == Some(Phase::Waiting));
    host.trainer().release().expect("release");
    until(&mut app, "the results", |app| phase(app) == Some(Phase::Results));
    {
        let team = app.world().resource::<RemoteTeam>();
        assert_eq!(team.view.history.len(), 1);
        assert_eq!(team.view.history[0].decisions.company, company);
        assert_eq!(team.view.leaderboard.len(), 5, "every company ranks");
    }
    // On to year 2: a new form, from the host's draft start of year 2.
    app.world_mut().resource_mut::<RemoteTeam>().next_year();
    until(&mut app, "year 2's form", |app| {
        app.world().resource::<RemoteTeam>().screen.as_ref().is_some_and(|s| s.year() == 2)
    });
    assert_eq!(phase(&app), Some(Phase::Deciding));
}

#[test]
fn the_trainers_console_hosts_a_workshop_and_acts_on_it() {
    use mehrwert::ui::hosting::{HostForm, HostedWorkshop};
    use mehrwert::ui::panels::console::ConsoleAction;
    use mehrwert::workshop::client::Client;
    use mehrwert::workshop::host::TrainerAction;
    let dir = tempfile::tempdir().expect("temp dir");
    let form = HostForm { teams: vec!["Blau".into(), "Rot".into()], port: "0".into(), ..HostForm::default() };
    // A form that does not read says which field, what it found and what is allowed.
    for (bad, needle) in [
        (HostForm { seed: "sieben".into(), ..form.clone() }, "seed: found \"sieben\"; allowed: a whole number"),
        (HostForm { port: "70000".into(), ..form.clone() }, "port: found \"70000\"; allowed: a whole number from 0"),
        (
            HostForm { teams: vec!["Blau".into(), " ".into()], ..form.clone() },
            "teams: found 2 name(s), 1 of them empty",
        ),
    ] {
        let Err(e) = HostedWorkshop::start(&bad, dir.path()) else { panic!("{bad:?} must be refused") };
        assert!(format!("{e:#}").contains(needle), "{e:#}");
    }
    assert!(
        !dir.path().join("workshops").exists()
            || std::fs::read_dir(dir.path().join("workshops")).map_or(0, |d| d.count()) == 0,
        "a refused form journals nothing"
    );
    let mut hosted = HostedWorkshop::start(&form, dir.path()).expect("hosting starts");
    assert!(hosted.join_address.starts_with("127.0.0.1:"), "this laptop only unless asked");
    assert!(hosted.journal.starts_with(dir.path().join("workshops")));
    hosted.refresh();
    let codes: Vec<String> = hosted.data.as_ref().expect("read").view.teams.iter().map(|t| t.code.clone()).collect();
    // Team Blau joins and submits over the network.
    let joined = Client::new(&hosted.join_address).join(&codes[0], "Laptop Blau").expect("join");
    let blau = Client::new(&hosted.join_address).with_token(&joined.token);
    let start = blau.team(&joined.company).expect("view").draft_start.expect("draft");
    blau.submit(&joined.company, "r1", "Laptop Blau", &start).expect("submit");
    hosted.act(TrainerAction::Deadline(mehrwert::workshop::room::DeadlineChange::Set(600))).expect("deadline");
    let data = hosted.data.clone().expect("read again after the action");
    assert_eq!(data.view.teams[0].submitted_by.as_deref(), Some("Laptop Blau"));
    // The console as the trainer sees it: "Jahr abschließen" waits for Rot; forcing is offered.
    let clock = |_: i64| String::from("10:15");
    let mut harness = console_harness(&data, &clock, false, 900.0);
    harness.get_by_label_contains(&codes[0]);
    harness.get_by_label_contains("1 von 2 Teams abgegeben");
    harness.get_by_label_contains("✓ 10:15 · Laptop Blau");
    harness.get_by_label_contains("Abgabefrist: noch");
    let close = harness.get_by_role_and_label(Role::Button, "Jahr abschließen");
    assert!(close.accesskit_node().is_disabled(), "not every team has submitted");
    harness.get_by_role_and_label(Role::Button, "Abschließen: Computer spielt für Fehlende").click();
    harness.run();
    let action = harness.state().1.clone().expect("an action");
    assert_eq!(action, ConsoleAction::Act(TrainerAction::Close(Missing::Computer)));
    drop(harness);
    hosted.act(TrainerAction::Close(Missing::Computer)).expect("close");
    hosted.act(TrainerAction::Release).expect("release");
    let data = hosted.data.clone().expect("read");
    assert_eq!((data.view.year, data.view.released, data.leaderboard.len()), (2, 1, 5));
    // "Letztes Jahr zurücknehmen" asks first and says what it changes: each team's EVA of
    // the year and its score go (Blau's as Blau's own laptop read them).
    let blau_year_1 = blau.team(&joined.company).expect("view").history[0].clone();
    let blau_eva = mehrwert::model::format::money(blau_year_1.eva.eva, Locale::De);
    let blau_score = mehrwert::model::format::money(blau_year_1.score, Locale::De);
    let asked = |confirming_undo: bool| {
        let mut harness = console_harness(&data, &clock, confirming_undo, 900.0);
        let button = if confirming_undo { "Zurücknehmen" } else { "Letztes Jahr zurücknehmen" };
        if confirming_undo {
            harness.get_by_label_contains("Geschäftsjahr 1 zurücknehmen? Seine Ergebnisse verschwinden für alle Teams");
            harness.get_by_label("EVA GJ 1 (entfällt)");
            harness.get_by_label(&blau_eva);
            // The score shows in the ranking too.
            assert_eq!(harness.query_all_by_label(&blau_score).count(), 2);
            harness.get_by_label_contains("Die Teams haben diese Ergebnisse schon gesehen");
        }
        harness.get_by_role_and_label(Role::Button, button).click();
        harness.run();
        harness.state().1.clone()
    };
    assert_eq!(asked(false), Some(ConsoleAction::AskUndo));
    assert_eq!(asked(true), Some(ConsoleAction::Act(TrainerAction::Undo)));
    // A refusal is the host's reason, in the trainer's language; nothing changes.
    let refusal = hosted.act(TrainerAction::Release).expect_err("nothing to release");
    assert_eq!(refusal.reason.as_deref(), Some("nothing_to_release"));
    assert_eq!(
        mehrwert::ui::remote::refusal_text(&refusal, Locale::De),
        "Kein abgeschlossenes Jahr wartet auf die Freigabe."
    );
    assert!(blau.team(&joined.company).expect("view").history.len() == 1, "Blau reads its year 1");
    // An event for year 2: typed into the console's form, its effect on each team shown
    // first, then announced.
    let mut harness = console_harness(&data, &clock, false, 1400.0);
    harness.get_by_label("Ereignis für dieses Geschäftsjahr ankündigen").click();
    harness.run();
    for (label, text) in [("Faktor (z. B. 0,8 = −20 %)", "0,8"), ("Schlagzeile für die Teams", "Flaute im Fachhandel")]
    {
        harness.get_by_role_and_label(Role::TextInput, label).focus();
        harness.run();
        harness.get_by_role_and_label(Role::TextInput, label).type_text(text);
        harness.run();
    }
    assert!(harness.get_by_role_and_label(Role::Button, "Ankündigen").accesskit_node().is_disabled(), "preview first");
    harness.get_by_role_and_label(Role::Button, "Wirkung auf jedes Team zeigen").click();
    harness.run();
    let Some(ConsoleAction::PreviewEvent(event)) = harness.state().1.clone() else { panic!("{:?}", harness.state().1) };
    assert_eq!((event.year, event.headline.as_str()), (2, "Flaute im Fachhandel"));
    assert_eq!(
        event.effect,
        mehrwert::scenario::EventEffect::Demand { segment: None, factor: rust_decimal::Decimal::new(8, 1) }
    );
    drop(harness);
    hosted.event_effect(&event).expect("effect");
    let (_, effects) = hosted.event.preview.clone().expect("previewed");
    assert!(effects.iter().all(|e| e.eva_after < e.eva_before), "{effects:?}");
    hosted.act(TrainerAction::Inject(event)).expect("announced");
    // The trainer's game stops; "Letzten Workshop fortsetzen" finds the journal and goes on
    // where it was, with the same codes (the teams' tokens still work).
    let journal = hosted.journal.clone();
    drop(hosted);
    assert_eq!(HostedWorkshop::last_journal(dir.path()), Some(journal.clone()));
    let mut resumed = HostedWorkshop::resume(&journal, &form).expect("resumes");
    resumed.refresh();
    let data = resumed.data.clone().expect("read");
    assert_eq!((data.view.year, data.view.released), (2, 1));
    assert_eq!(data.view.teams[0].code, codes[0]);
    let again = Client::new(&resumed.join_address).with_token(&joined.token);
    assert_eq!(again.team(&joined.company).expect("the old token works").year, 2);
}

#[test]
fn the_trainer_corrects_a_submission_in_the_teams_own_form_with_who_and_why() {
    use mehrwert::model::Money;
    use mehrwert::ui::draft::Draft;
    use mehrwert::ui::hosting::{HostForm, HostedWorkshop};
    use mehrwert::ui::panels::console::{CorrectionAction, correction_header_ui};
    use mehrwert::workshop::client::Client;
    let dir = tempfile::tempdir().expect("temp dir");
    let form = HostForm { teams: vec!["Blau".into(), "Rot".into()], port: "0".into(), ..HostForm::default() };
    let mut hosted = HostedWorkshop::start(&form, dir.path()).expect("hosting starts");
    hosted.refresh();
    let codes: Vec<String> = hosted.data.as_ref().expect("read").view.teams.iter().map(|t| t.code.clone()).collect();
    let joined = Client::new(&hosted.join_address).join(&codes[0], "Laptop Blau").expect("join");
    let blau = Client::new(&hosted.join_address).with_token(&joined.token);
    let submitted = blau.team(&joined.company).expect("view").draft_start.expect("draft");
    // Rot has not submitted: there is nothing of its to correct.
    assert!(
        hosted
            .start_correction(&hosted.data.as_ref().expect("read").view.teams[1].company.clone(), Locale::De)
            .is_err()
    );
    blau.submit(&joined.company, "r1", "Laptop Blau", &submitted).expect("submit");
    // The form opens on Blau's submission with the host's pro-forma.
    hosted.start_correction(&joined.company, Locale::De).expect("opens");
    let eva_before = {
        let correcting = hosted.correcting.as_ref().expect("correcting");
        assert_eq!(correcting.team, "Blau");
        let typed = correcting.screen.draft().to_decisions(&default_scenario(), Locale::De).expect("reads");
        assert_eq!(typed, submitted);
        let ProForma::Report(planned) = correcting.screen.pro_forma() else { panic!("a pro-forma") };
        planned.report.eva.eva
    };
    // Marketing typed down to 123.000 €: the pro-forma follows at once.
    let mut corrected = submitted.clone();
    corrected.marketing = Money::euros(123_000);
    hosted.edit_correction(Draft::from_decisions(&corrected, Locale::De), Locale::De);
    let ProForma::Report(planned) = hosted.correcting.as_ref().expect("correcting").screen.pro_forma().clone() else {
        panic!("a pro-forma")
    };
    assert_ne!(planned.report.eva.eva, eva_before);
    // Without a reason nothing is booked, and the header says why.
    let refused = hosted.book_correction(Locale::De).expect_err("a reason is required");
    assert_eq!(refused, "Bitte einen Grund angeben: Das Team sieht ihn in seiner Buchhaltung.");
    assert!(blau.team(&joined.company).expect("view").submitted.expect("submitted").corrected_because.is_none());
    // The header as the trainer types into it.
    let mut harness = Harness::builder().with_size(egui::vec2(1200.0, 200.0)).build_ui_state(
        |ui, (by, why, action): &mut (String, String, Option<CorrectionAction>)| {
            if let Some(a) = correction_header_ui(ui, "Blau", 1, by, why, Locale::De) {
                *action = Some(a);
            }
        },
        ("Trainer".to_string(), String::new(), None),
    );
    harness.run();
    harness.get_by_label_contains("Korrektur der Abgabe von Blau – Geschäftsjahr 1");
    harness.get_by_label_contains("Bitte einen Grund angeben");
    harness.get_by_role_and_label(Role::TextInput, "Grund (sieht das Team)").focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Grund (sieht das Team)").type_text("Tippfehler im Marketing");
    harness.run();
    assert!(harness.query_by_label_contains("Bitte einen Grund angeben").is_none());
    harness.get_by_role_and_label(Role::Button, "Abbrechen").click();
    harness.run();
    let (by, why, action) = harness.state().clone();
    assert_eq!(
        (by.as_str(), why.as_str(), action),
        ("Trainer", "Tippfehler im Marketing", Some(CorrectionAction::Cancel))
    );
    drop(harness);
    // Blau submits anew while the trainer types: the booking is refused, Blau's new
    // submission stands; the trainer opens the correction again.
    hosted.correcting.as_mut().expect("correcting").why = why.clone();
    blau.submit(&joined.company, "r2", "Laptop Blau", &submitted).expect("a new submission");
    let refused = hosted.book_correction(Locale::De).expect_err("the submission changed");
    assert!(refused.starts_with("Das Team hat seit Beginn der Korrektur"), "{refused}");
    assert!(blau.team(&joined.company).expect("view").submitted.expect("submitted").corrected_because.is_none());
    hosted.start_correction(&joined.company, Locale::De).expect("opens again");
    hosted.edit_correction(Draft::from_decisions(&corrected, Locale::De), Locale::De);
    // Without a name, nothing is booked either.
    hosted.correcting.as_mut().expect("correcting").why = why.clone();
    hosted.correcting.as_mut().expect("correcting").by = " ".into();
    let refused = hosted.book_correction(Locale::De).expect_err("a name is required");
    assert_eq!(refused, "Bitte angeben, wer korrigiert: Das Team sieht den Namen.");
    hosted.correcting.as_mut().expect("correcting").by = "Trainer".into();
    // Booked with the reason: Blau sees the corrected decisions with who and why.
    hosted.correcting.as_mut().expect("correcting").why = why;
    hosted.book_correction(Locale::De).expect("booked");
    assert!(hosted.correcting.is_none());
    let view = blau.team(&joined.company).expect("view").submitted.expect("submitted");
    assert_eq!(view.decisions.marketing, Money::euros(123_000));
    assert_eq!(
        (view.corrected_by.as_deref(), view.corrected_because.as_deref()),
        (Some("Trainer"), Some("Tippfehler im Marketing"))
    );
    assert!(hosted.data.as_ref().expect("read").view.teams[0].corrected);
}

#[test]
fn a_correction_is_a_booking_of_its_year_in_the_teams_journal() {
    use mehrwert::sim::Simulation;
    use mehrwert::ui::panels::journal::{JournalView, journal_ui};
    use mehrwert::ui::screens::DrillTarget;
    let scenario = default_scenario();
    let mut sim = Simulation::new().expect("sim");
    let game = sim.new_game(std::sync::Arc::new(scenario.clone()), 3).expect("game");
    sim.play_year();
    sim.play_year();
    let save = sim.save_game(game).expect("save");
    let company = &save.companies[0];
    let notes = vec![(
        1,
        "Buchung des Trainers: Die Entscheidungen dieses Jahres wurden von Trainer korrigiert. Grund: Tippfehler"
            .to_string(),
    )];
    let shown = |year: u32| {
        let view = JournalView {
            lang: Locale::De,
            company_name: &company.name,
            ledger: &company.ledger,
            history: &company.history,
            scenario: &scenario,
            last_closed_open: None,
            notes: &notes,
        };
        let target = DrillTarget { company: 0, year, line: "marketing".into() };
        let mut harness = Harness::builder().with_size(egui::vec2(1400.0, 700.0)).build_ui(move |ui| {
            journal_ui(ui, &view, &target);
        });
        harness.run();
        harness.query_by_label_contains("Buchung des Trainers").is_some()
    };
    assert!(shown(1), "the corrected year carries the trainer's booking");
    assert!(!shown(2), "another year does not");
}

#[test]
fn the_projector_shows_released_public_figures_and_a_teams_tree_only_with_its_consent() {
    use mehrwert::ui::hosting::{ConsolePage, HostForm, HostedWorkshop};
    use mehrwert::ui::panels::projector::{page_tabs_ui, projector_ui};
    use mehrwert::workshop::host::TrainerAction;
    let dir = tempfile::tempdir().expect("temp dir");
    let form = HostForm { teams: vec!["Blau".into(), "Rot".into()], port: "0".into(), ..HostForm::default() };
    let (mut hosted, teams) = hosted_with_teams(&form, dir.path());
    let play_year = |hosted: &mut HostedWorkshop, year: u32| {
        for (client, company) in &teams {
            let start = client.team(company).expect("view").draft_start.expect("draft");
            client.submit(company, &format!("y{year}"), "pc", &start).expect("submit");
        }
        hosted.act(TrainerAction::Close(Missing::Refuse)).expect("close");
    };
    play_year(&mut hosted, 1);
    hosted.act(TrainerAction::Release).expect("release");
    play_year(&mut hosted, 2);
    // Year 2 is closed, not released: the projector knows year 1 only.
    let data = hosted.data.clone().expect("read");
    assert_eq!((data.view.closed, data.view.released), (2, 1));
    assert!(data.released.iter().all(|c| c.history.len() == 1));
    let blau_name = data.scenario.companies[0].name.clone();
    let draw = |data: mehrwert::ui::hosting::ConsoleData, page: ConsolePage| {
        let mut harness = Harness::builder().with_size(egui::vec2(1440.0, 1000.0)).build_ui_state(
            move |ui, (page, chosen): &mut (ConsolePage, Option<ConsolePage>)| {
                if let Some(p) = page_tabs_ui(ui, page, &data, Locale::De) {
                    *chosen = Some(p);
                }
                if let Some(p) = projector_ui(ui, page, &data, Locale::De) {
                    *chosen = Some(p);
                }
            },
            (page, None),
        );
        harness.run();
        harness
    };
    let market = draw(data.clone(), ConsolePage::Market);
    market.get_by_label("Marktbericht Geschäftsjahr 1");
    // The segments' totals, as on every team's laptop; no team's prices.
    assert!(market.query_by_label(&blau_name).is_none(), "a team's row is its own");
    assert!(market.query_by_label_contains("Geschäftsjahr 2").is_none(), "year 2 is not released");
    // The final standings wait for the end.
    assert!(market.get_by_role_and_label(Role::Button, "Beamer: Endstand").accesskit_node().is_disabled());
    let ranking = draw(data.clone(), ConsolePage::Ranking);
    ranking.get_by_label("Rangliste nach Geschäftsjahr 1");
    ranking.get_by_label(&blau_name);
    // No team consented: its tree is not shown, and the page says how a team allows it.
    let tree = draw(data.clone(), ConsolePage::ValueTree(None));
    tree.get_by_label_contains("Noch kein Team hat erlaubt");
    assert!(tree.query_by_label_contains("Werttreiberbaum —").is_none());
    // Blau allows it on its laptop: the console sees it, the page shows Blau's tree of year 1.
    let (blau, blau_company) = &teams[0];
    assert!(blau.consent(blau_company, true).expect("consent").consent);
    assert_eq!(refused(teams[1].0.consent(blau_company, true)), (403, "forbidden".into()));
    hosted.act(TrainerAction::Release).expect("release year 2");
    let data = hosted.data.clone().expect("read");
    assert!(data.view.teams[0].consent && !data.view.teams[1].consent);
    let tree = draw(data.clone(), ConsolePage::ValueTree(None));
    tree.get_by_label_contains(&format!("Werttreiberbaum — {blau_name} (Blau), GJ 2"));
    tree.get_by_label("Erlaubt von:");
    // Blau takes it back: the tree is gone at the next reading.
    blau.consent(blau_company, false).expect("withdrawn");
    std::thread::sleep(Duration::from_millis(1100));
    hosted.refresh();
    let tree = draw(hosted.data.clone().expect("read"), ConsolePage::ValueTree(Some(blau_company.clone())));
    tree.get_by_label_contains("Noch kein Team hat erlaubt");
}

#[test]
fn the_trainer_picks_an_event_from_the_scenarios_catalogue_and_sees_its_effect_first() {
    use mehrwert::ui::hosting::{EventKind, HostForm, HostedWorkshop};
    use mehrwert::ui::panels::console::ConsoleAction;
    let dir = tempfile::tempdir().expect("temp dir");
    let form = HostForm { teams: vec!["Blau".into(), "Rot".into()], port: "0".into(), ..HostForm::default() };
    let mut hosted = HostedWorkshop::start(&form, dir.path()).expect("hosting starts");
    hosted.refresh();
    let data = hosted.data.clone().expect("read");
    let bank = data.scenario.event_catalogue[3].clone();
    assert!(bank.headline.starts_with("Die Hausbank verschärft"), "{}", bank.headline);
    let clock = |_: i64| String::from("9:00");
    let mut harness = console_harness(&data, &clock, false, 1400.0);
    harness.get_by_label("Ereignis für dieses Geschäftsjahr ankündigen").click();
    harness.run();
    harness.get_by_role_and_label(Role::ComboBox, "Aus dem Katalog des Szenarios:").click();
    harness.run();
    harness.get_by_label(&bank.headline).click();
    harness.run();
    let form = harness.state().0.clone();
    assert_eq!(
        (form.kind, form.value.as_str(), form.headline.as_str()),
        (EventKind::Interest, "0,01", bank.headline.as_str())
    );
    harness.get_by_role_and_label(Role::Button, "Wirkung auf jedes Team zeigen").click();
    harness.run();
    assert_eq!(harness.state().1, Some(ConsoleAction::PreviewEvent(bank.in_year(1))));
}

#[test]
fn a_submission_after_the_deadline_is_refused_in_the_teams_language_and_the_form_stays() {
    use mehrwert::workshop::protocol::DeadlineRequest;
    let host = start(2, 4);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let form =
        JoinForm { address: host.address.clone(), code: host.seats[0].2.clone(), device: "pc".into(), joining: true };
    app.insert_resource(start_join(&form));
    until(&mut app, "the team's screen", |app| screen(app) == Screen::Team);
    until(&mut app, "the form", |app| app.world().resource::<RemoteTeam>().screen.is_some());
    host.trainer().deadline(DeadlineRequest::Set { seconds: 0 }).expect("a deadline that has passed");
    app.world_mut().resource_mut::<RemoteTeam>().submit(Locale::De).expect("the draft reads");
    until(&mut app, "the refusal", |app| app.world().resource::<RemoteTeam>().trouble.is_some());
    let team = app.world().resource::<RemoteTeam>();
    let trouble = team.trouble.clone().expect("trouble");
    assert_eq!(trouble.text, "Die Abgabefrist ist abgelaufen – bitten Sie den Trainer um mehr Zeit.");
    assert!(trouble.details.contains("the deadline has passed"), "{}", trouble.details);
    assert!(team.sending.is_none() && team.screen.is_some());
    assert_eq!(team.phase(), Phase::Deciding, "the form stays with what was typed");
}

#[test]
fn every_reason_and_kind_of_refusal_reads_in_german_and_english() {
    // The reason words the room gives (every `Refusal::Conflict("…"` in its source) and the
    // kinds of refusal: each has a sentence in both languages, and they differ.
    let source = include_str!("../../src/workshop/room.rs");
    let mut reasons: Vec<String> = source
        .split("Refusal::Conflict(")
        .skip(1)
        .filter_map(|rest| rest.trim_start().strip_prefix('"').and_then(|r| r.split('"').next()).map(str::to_string))
        .collect();
    reasons.sort();
    reasons.dedup();
    assert!(reasons.len() >= 10, "{reasons:?}");
    let kinds = [
        "conflict",
        "bad_request",
        "unauthorized",
        "forbidden",
        "not_found",
        "too_large",
        "invalid_decisions",
        "too_many",
        "internal",
        "wrong_protocol",
    ];
    for word in reasons.iter().map(String::as_str).chain(kinds) {
        let key = format!("refusal_{word}");
        let de = mehrwert::i18n::screen_text(&key, Locale::De).unwrap_or_else(|| panic!("{key} in German"));
        let en = mehrwert::i18n::screen_text(&key, Locale::En).unwrap_or_else(|| panic!("{key} in English"));
        assert_ne!(de, en, "{key}");
    }
}

#[test]
fn an_observers_laptop_joins_with_the_observer_token_and_shows_the_room_without_controls_or_codes() {
    use mehrwert::ui::observe::Observing;
    use mehrwert::ui::panels::console::{ConsoleView, console_ui};
    let host = start(2, 8);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let form =
        JoinForm { address: host.address.clone(), code: host.observer.clone(), device: "Beamer".into(), joining: true };
    app.insert_resource(start_join(&form));
    until(&mut app, "the console", |app| screen(app) == Screen::Console);
    until(&mut app, "the room", |app| app.world().resource::<Observing>().data.is_some());
    assert!(app.world().get_resource::<RemoteTeam>().is_none(), "an observer is no team");
    let data = app.world().resource::<Observing>().data.clone().expect("read");
    assert_eq!(data.view.teams.len(), 2);
    let clock = |_: i64| String::from("9:00");
    let view = ConsoleView {
        lang: Locale::De,
        join_address: "x",
        data: &data,
        clock: &clock,
        confirming_undo: false,
        read_only: true,
    };
    let mut harness = Harness::builder().with_size(egui::vec2(1440.0, 900.0)).build_ui(|ui| {
        let _ = console_ui(ui, &view, &mut mehrwert::ui::hosting::EventForm::default());
    });
    harness.run();
    harness.get_by_label_contains("0 von 2 Teams abgegeben");
    for control in ["Jahr abschließen", "Ergebnisse freigeben", "Frist 10 Minuten", "Korrigieren"] {
        assert!(harness.query_by_label(control).is_none(), "{control} is the trainer's");
    }
    for (_, _, code) in &host.seats {
        assert!(harness.query_by_label(code).is_none(), "the join code {code} is not for the projector");
    }
}

#[test]
fn a_team_laptop_closed_mid_year_opens_the_form_again_with_what_was_typed() {
    use mehrwert::model::Money;
    use mehrwert::ui::draft::Draft;
    let host = start(2, 12);
    let dir = tempfile::tempdir().expect("temp dir");
    let form =
        JoinForm { address: host.address.clone(), code: host.seats[0].2.clone(), device: "pc".into(), joining: true };
    let typed = {
        let mut app = app(dir.path());
        app.insert_resource(start_join(&form));
        until(&mut app, "the form", |app| app.world().get_resource::<RemoteTeam>().is_some_and(|t| t.screen.is_some()));
        let mut team = app.world_mut().resource_mut::<RemoteTeam>();
        let start = team.view.draft_start.clone().expect("a draft start");
        let mut typed = start.clone();
        typed.marketing = Money::euros(123_456);
        team.edit(Draft::from_decisions(&typed, Locale::De), Locale::De);
        typed
        // The laptop is closed: the app and its memory are gone.
    };
    let mut app = app(dir.path());
    app.insert_resource(start_join(&form));
    until(&mut app, "the form again", |app| {
        app.world().get_resource::<RemoteTeam>().is_some_and(|t| t.screen.is_some())
    });
    let team = app.world().resource::<RemoteTeam>();
    let shown =
        team.screen.as_ref().expect("form").draft().to_decisions(&default_scenario(), Locale::De).expect("reads");
    assert_eq!(shown.marketing, typed.marketing, "the typed marketing, not last year's");
}
