//! Ghost practice after a workshop: each team's practice file, who may fetch it when, what it
//! holds, and that replaying it unchanged is the room itself while a different path moves only
//! the player's decisions.

use mehrwert::model::Money;
use mehrwert::scenario::{Event as ScenarioEvent, EventEffect};
use mehrwert::sim::practice::parse_practice;
use mehrwert::sim::save::parse_save;
use mehrwert::workshop::client::Client;
use mehrwert::workshop::journal::Missing;
use rust_decimal::Decimal;

use super::workshop::{Running, decisions_of, refused, start};

/// The marketing the trainer corrects team 1's year 3 to.
const CORRECTED_MARKETING: i64 = 123_000;

/// A finished, released workshop of three teams (two computer companies beside them) with
/// what real rooms have: an event announced in year 2, a correction in year 3, a team played
/// by the computer in year 4. Team 1 asks for its practice file before the end (refused).
pub(crate) fn finished_workshop() -> (Running, Vec<Client>) {
    let room = start(3, 11);
    let teams: Vec<Client> = (0..3).map(|i| room.team(i, &format!("laptop-{i}"))).collect();
    let trainer = room.trainer();
    for year in 1..=6u32 {
        for (i, team) in teams.iter().enumerate() {
            if year == 4 && i == 2 {
                continue;
            }
            let view = team.team(room.company(i)).expect("view");
            let d = decisions_of(view.draft_start.as_ref().expect("a draft"), i, year);
            team.submit(room.company(i), &format!("y{year}-t{i}"), &format!("laptop-{i}"), &d).expect("submit");
        }
        if year == 2 {
            let slump = ScenarioEvent {
                year: 2,
                headline: "Nachfrageeinbruch im Fachhandel".into(),
                effect: EventEffect::Demand { segment: None, factor: Decimal::new(8, 1) },
            };
            trainer.inject(&slump).expect("event");
        }
        if year == 3 {
            let mut corrected = teams[0].team(room.company(0)).expect("view").submitted.expect("submitted").decisions;
            corrected.marketing = Money::euros(CORRECTED_MARKETING);
            trainer.correct(room.company(0), "Trainer", "Tippfehler", &corrected).expect("correct");
        }
        if year == 1 {
            assert_eq!(refused(teams[0].practice(room.company(0))).0, 409, "not before the workshop is over");
        }
        trainer.close(if year == 4 { Missing::Computer } else { Missing::Refuse }).expect("close");
        if year == 6 {
            assert_eq!(refused(teams[0].practice(room.company(0))).0, 409, "not before the last year is released");
        }
        trainer.release().expect("release");
    }
    // Over and released, but not ended: no practice file yet (a year could still be undone).
    assert_eq!(refused(teams[0].practice(room.company(0))).0, 409);
    trainer.end().expect("the trainer ends the workshop");
    // Ended: the practice files may be out, so no year is undone any more.
    let (status, _) = refused(trainer.undo());
    assert_eq!(status, 409);
    assert_eq!(refused(trainer.end()).0, 409, "ended once");
    (room, teams)
}

#[test]
fn a_finished_workshop_hands_each_team_a_practice_file_that_replays_the_room() {
    let (room, teams) = finished_workshop();
    let (name, file) = teams[0].practice(room.company(0)).expect("the team's practice file");
    assert_eq!(name, "Übung-Test-Team_1-hanse.ron");
    // Only its own: another team's file is forbidden, the observer reads none, the trainer
    // fetches each team's, and a company no team ran has none.
    assert_eq!(refused(teams[0].practice(room.company(1))).0, 403);
    assert_eq!(refused(Client::new(&room.address).with_token(&room.observer).practice(room.company(0))).0, 403);
    assert_eq!(refused(Client::new(&room.address).practice(room.company(0))).0, 401);
    let (_, trainers_copy) = room.trainer().practice(room.company(1)).expect("the trainer fetches team 2's");
    assert_eq!((trainers_copy.team.as_str(), trainers_copy.company.as_str()), ("Team 2", room.company(1)));
    let computer_company = file.scenario.companies[4].id.clone();
    assert_eq!(refused(room.trainer().practice(&computer_company)).0, 404);

    assert_eq!(
        (file.workshop.as_str(), file.team.as_str(), file.company.as_str()),
        ("Test", "Team 1", room.company(0))
    );
    assert_eq!(file.decisions.len(), 5, "every company of the scenario, the computer's too");
    assert!(file.decisions.iter().all(|g| g.years.len() == 6));
    let corrected = file.decided(room.company(0), 3).expect("year 3");
    assert_eq!(corrected.marketing, Money::euros(CORRECTED_MARKETING), "the year as booked: the correction");
    assert!(file.scenario.events.iter().any(|e| e.headline == "Nachfrageeinbruch im Fachhandel" && e.year == 2));

    // Replayed unchanged, the file is the room: every company's every year, to the byte —
    // but for who decided. In the replay every company's decisions are entered, the
    // computer's of the room too (the two computer companies' six years and team 3's year 4),
    // as the room booked them: already within the limits, so the warnings the computer's own
    // asks drew in the room (a dividend cut to what is distributable) are not drawn again.
    let mut room_game = parse_save(&room.save_text(), None).expect("the room's game");
    let mut replayed = file.replay().expect("replays");
    let mut by_computer = 0;
    for (company, saved) in replayed.iter_mut().zip(room_game.companies.iter_mut()) {
        for (replay, report) in company.history.iter_mut().zip(saved.history.iter_mut()) {
            if !report.decided_by_person {
                by_computer += 1;
                report.decided_by_person = true;
                report.warnings.clear();
                replay.warnings.clear();
            }
        }
    }
    assert_eq!(by_computer, 2 * 6 + 1);
    for (company, saved) in replayed.iter().zip(&room_game.companies) {
        assert_eq!(company.id, saved.id);
        assert_eq!(
            ron::to_string(&company.history).expect("ron"),
            ron::to_string(&saved.history).expect("ron"),
            "{}",
            company.id
        );
    }

    // What the file holds: no other team's name, no code, no token, no device; no statements.
    let text = file.to_ron().expect("ron");
    for (team, _, code) in room.seats.iter().skip(1) {
        assert!(!text.contains(team.as_str()), "{team}");
        assert!(!text.contains(code.as_str()), "{code}");
    }
    assert!(!text.contains(&room.trainer) && !text.contains(&room.observer));
    assert!(!text.contains("laptop-"));
    assert!(!text.contains("ledger") && !text.contains("history") && !text.contains("balance_sheet"));
    // Written and read back: the same file.
    assert_eq!(parse_practice(&text, None).expect("reads back"), file);
}

#[test]
fn a_damaged_practice_file_is_refused_with_the_field_found_and_allowed() {
    let (room, teams) = finished_workshop();
    let (_, file) = teams[0].practice(room.company(0)).expect("file");
    let text = file.to_ron().expect("ron");
    let path = std::path::Path::new("Übung.ron");
    // A year missing for one ghost.
    let mut short = file.clone();
    short.decisions[2].years.pop();
    let issues = parse_practice(&short.to_ron().expect("ron"), Some(path)).expect_err("refused");
    let issue = &issues.0[0];
    assert_eq!((issue.code.as_str(), issue.path.as_str()), ("E-COUNT", "decisions[2].years"));
    assert_eq!(
        (issue.found.to_string(), issue.allowed.to_string()),
        ("5".into(), "6 years (a workshop played to its end)".into())
    );
    assert_eq!(issue.file.as_deref(), Some(path));
    // `mehrwert check` reads both: the good one replays, the short one is named by its cell.
    let folder = tempfile::tempdir().expect("temp dir");
    let good = folder.path().join("Übung.ron");
    let bad = folder.path().join("kaputt.ron");
    std::fs::write(&good, &text).expect("write");
    std::fs::write(&bad, short.to_ron().expect("ron")).expect("write");
    let check = |file: &std::path::Path| {
        let out =
            std::process::Command::new(env!("CARGO_BIN_EXE_mehrwert")).arg("check").arg(file).output().expect("runs");
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let (code, out) = check(&good);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("Übungsdatei eines Workshops"), "{out}");
    let (code, out) = check(&bad);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("Fehler[E-COUNT] decisions[2].years: gefunden 5; erlaubt: 6 Jahre"), "{out}");
    // A company the scenario does not have.
    let unknown = text.replacen(&format!("company: \"{}\"", room.company(0)), "company: \"nirgendwo\"", 1);
    let issues = parse_practice(&unknown, Some(path)).expect_err("refused");
    assert!(issues.0.iter().any(|i| i.code.as_str() == "E-UNKNOWN-REF" && i.path == "company"), "{issues}");
    // A newer format.
    let newer = text.replacen("practice_format_version: 1", "practice_format_version: 2", 1);
    let issues = parse_practice(&newer, Some(path)).expect_err("refused");
    assert_eq!(issues.0[0].code.as_str(), "E-SAVE-VERSION");
    // A typo in a field is located by line and column.
    let typo = text.replacen("workshop:", "workshp:", 1);
    let issues = parse_practice(&typo, Some(path)).expect_err("refused");
    let unknown = issues.0.iter().find(|i| i.code.as_str() == "E-UNKNOWN-FIELD").expect("the typo named");
    assert_eq!((unknown.line, unknown.found.to_string()), (Some(3), "`workshp`".to_string()), "{issues}");
    // A ghost's decisions that break the scenario's rules: the replay refuses them.
    let mut absurd = file.clone();
    absurd.decisions[1].years[0].segments[0].rebate = Decimal::from(3);
    let issues = absurd.replay().expect_err("refused");
    assert!(issues.0.iter().any(|i| i.code.as_str() == "E-RANGE"), "{issues}");
}

#[cfg(feature = "gui")]
#[test]
fn practising_unchanged_is_the_room_and_a_different_path_moves_only_the_players_decisions() {
    use mehrwert::model::format::Locale;
    use mehrwert::ui::session::Session;

    let (room, teams) = finished_workshop();
    let (_, file) = teams[0].practice(room.company(0)).expect("file");
    let company = room.company(0).to_string();
    let room_game = parse_save(&room.save_text(), None).expect("the room's game");

    // Unchanged: every draft starts from what the team decided; the game is the room's.
    let mut session = Session::practice(file.clone()).expect("a practice starts");
    assert_eq!(session.setup.teams[0].name, "Team 1");
    let mut resumed_at_3 = None;
    while !session.is_finished() {
        let year = session.playing_year();
        let draft = session.draft_mut(&company, Locale::De).clone();
        let typed = draft.to_decisions(session.scenario(), Locale::De).expect("the workshop's decisions");
        assert_eq!(
            &typed,
            file.decided(&company, year).expect("decided"),
            "year {year}: the form starts as in the room"
        );
        assert!(session.submit_current(Locale::De).expect("submitted"));
        session.close_year().expect("played");
        if session.playing_year() == 4 {
            resumed_at_3 = Some(session.to_file());
        }
    }
    // The same figures; the form writes its amounts with its own number of decimals
    // (60,00 for 60), which compare equal.
    for (played, saved) in session.reports().iter().zip(&room_game.companies) {
        for (mine, room) in played.history.iter().zip(&saved.history) {
            if room.decided_by_person {
                assert_eq!(mine.warnings, room.warnings, "{} year {}", played.id, mine.year);
            }
            let mut mine = mine.clone();
            let mut room = room.clone();
            (mine.decided_by_person, room.decided_by_person, mine.warnings, room.warnings) =
                (true, true, vec![], vec![]);
            assert_eq!(mine, room, "{} year {}", played.id, mine.year);
        }
    }
    // Saved after year 3 and resumed: still a practice, and it ends the same.
    let mut resumed = Session::resume(resumed_at_3.expect("saved")).expect("resumes");
    assert!(resumed.practice_of().is_some());
    while !resumed.is_finished() {
        resumed.draft_mut(&company, Locale::De);
        resumed.submit_current(Locale::De).expect("submitted");
        resumed.close_year().expect("played");
    }
    assert_eq!(resumed.snapshot(), session.snapshot());

    // A different path: five points more rebate in every segment in year 2.
    let mut other = Session::practice(file.clone()).expect("a practice starts");
    while !other.is_finished() {
        let year = other.playing_year();
        if year == 2 {
            let mut d = file.decided(&company, 2).expect("decided").clone();
            for s in &mut d.segments {
                s.rebate += Decimal::new(5, 2);
            }
            other.set_draft(&company, mehrwert::ui::draft::Draft::from_decisions(&d, Locale::De));
        } else {
            other.draft_mut(&company, Locale::De);
        }
        other.submit_current(Locale::De).expect("submitted");
        other.close_year().expect("played");
    }
    let practice = other.practice_of().expect("a practice");
    let mine = other.reports().iter().find(|c| c.id == company).expect("mine");
    assert_ne!(mine.history[1].eva.eva, practice.room_year(2).expect("year 2").eva.eva, "the rebate moves my year 2");
    assert_eq!(mine.history[0], *practice.room_year(1).expect("year 1"), "year 1 is the room's");
    // The ghosts repeat their prices, rebates and marketing of the workshop, whatever I do.
    for ghost in other.reports().iter().filter(|c| c.id != company) {
        for (y, report) in ghost.history.iter().enumerate() {
            let recorded = file.decided(&ghost.id, y as u32 + 1).expect("recorded");
            assert_eq!(report.decisions.marketing, recorded.marketing, "{} year {}", ghost.id, y + 1);
            for (booked, decided) in report.decisions.segments.iter().zip(&recorded.segments) {
                assert_eq!((booked.list_price, booked.rebate), (decided.list_price, decided.rebate));
            }
        }
    }
}

#[cfg(feature = "gui")]
#[test]
fn a_team_practises_from_its_laptop_after_the_workshop() {
    use mehrwert::ui::remote::{JoinForm, Phase, RemoteTeam, start_join};
    use mehrwert::ui::screens::Screen;
    use mehrwert::ui::session::Session;

    use crate::ui_support::{app, message, screen};

    let (room, _teams) = finished_workshop();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    // Team 1 joins again after the workshop, on its own laptop: the last results.
    let form = JoinForm {
        address: room.address.clone(),
        code: room.seats[0].2.clone(),
        device: "Zuhause".into(),
        joining: true,
    };
    app.insert_resource(start_join(&form));
    let until = |app: &mut bevy::prelude::App, what: &str, done: &dyn Fn(&mut bevy::prelude::App) -> bool| {
        for _ in 0..400 {
            app.update();
            if done(app) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("{what} did not happen within 20 s; message: {:?}", message(app));
    };
    until(&mut app, "the team's screen", &|app| screen(app) == Screen::Team);
    app.world_mut().resource_mut::<RemoteTeam>().seen = 6;
    assert_eq!(app.world().resource::<RemoteTeam>().phase(), Phase::Finished);
    // "Gegen den Workshop üben": the file is saved among the practices and opened at year 1.
    app.world_mut().resource_mut::<RemoteTeam>().ask_practice();
    until(&mut app, "the practice game", &|app| screen(app) == Screen::Decide);
    let saved = dir.path().join("Übungen").join("Übung-Test-Team_1-hanse.ron");
    assert!(saved.exists(), "{}", saved.display());
    let status = message(&app).expect("where it was saved").1;
    assert!(status.contains("Übungsdatei gespeichert") && status.contains("Übung-Test-Team_1-hanse.ron"), "{status}");
    let session = app.world().resource::<Session>();
    assert_eq!((session.playing_year(), session.setup.teams[0].company.as_str()), (1, room.company(0)));
    assert_eq!(session.practice_of().map(|p| p.file.workshop.as_str()), Some("Test"));
}

#[cfg(feature = "gui")]
#[test]
fn the_practice_strip_says_what_the_form_starts_from_and_compares_each_year_with_the_room() {
    use bevy_egui::egui;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use mehrwert::model::format::Locale;
    use mehrwert::ui::panels::practice::{Compared, PracticeView, practice_ui};

    let draw = |view: PracticeView<'static>| {
        let mut harness =
            Harness::builder().with_size(egui::vec2(1200.0, 120.0)).build_ui(move |ui| practice_ui(ui, &view));
        harness.run();
        harness
    };
    let deciding =
        draw(PracticeView { lang: Locale::De, workshop: "Vertrieb Nord", team: "Blau", year: 2, compared: None });
    deciding.get_by_label_contains("Übung gegen den Workshop „Vertrieb Nord“ (Blau)");
    deciding.get_by_label_contains("was Ihr Team im Workshop für Jahr 2 entschieden hat");
    let compared = Compared {
        mine: Money::euros(-120_000),
        room: Money::euros(350_500),
        mine_sum: Money::euros(1_000_000),
        room_sum: Money::euros(1_470_500),
    };
    let report = draw(PracticeView {
        lang: Locale::De,
        workshop: "Vertrieb Nord",
        team: "Blau",
        year: 3,
        compared: Some(compared),
    });
    report.get_by_label_contains(
        "Jahr 3: EVA Ihres Wegs -120.000 €, im Workshop 350.500 €. Bis hier zusammen: 1.000.000 € gegen 1.470.500 €.",
    );
}

#[cfg(feature = "gui")]
#[test]
fn the_trainer_saves_every_teams_practice_file_from_the_console_once_the_last_year_is_released() {
    use bevy_egui::egui;
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    use mehrwert::ui::hosting::HostForm;
    use mehrwert::ui::panels::console::ConsoleAction;
    use mehrwert::workshop::host::TrainerAction;

    let dir = tempfile::tempdir().expect("temp dir");
    let form = HostForm {
        name: "Vertrieb Nord".into(),
        teams: vec!["Blau".into(), "Rot".into()],
        port: "0".into(),
        ..HostForm::default()
    };
    let (mut hosted, teams) = crate::ui_team::hosted_with_teams(&form, dir.path());
    let practice_dir = dir.path().join("Übungen");
    for year in 1..=6 {
        for (client, company) in &teams {
            let start = client.team(company).expect("view").draft_start.expect("draft");
            client.submit(company, &format!("y{year}"), "pc", &start).expect("submit");
        }
        hosted.act(TrainerAction::Close(Missing::Refuse)).expect("close");
        hosted.act(TrainerAction::Release).expect("release");
    }
    assert!(hosted.save_practice(&practice_dir).is_err(), "not before the workshop is ended");
    hosted.act(TrainerAction::End).expect("ended");
    // The button is there once the workshop is ended, and asks for the files.
    let data = hosted.data.clone().expect("read");
    let clock = |_: i64| String::from("16:30");
    let mut harness = crate::ui_team::console_harness(&data, &clock, false, 900.0);
    harness.get_by_label_contains("Eine Datei je Team");
    harness.get_by_role_and_label(Role::Button, "Übungsdateien speichern").click();
    harness.run();
    assert_eq!(harness.state().1, Some(ConsoleAction::SavePractice));
    drop(harness);
    let (count, folder) = hosted.save_practice(&practice_dir).expect("saved");
    assert_eq!((count, folder.clone()), (2, practice_dir.join("Vertrieb_Nord")));
    for (team, (_, company)) in ["Blau", "Rot"].iter().zip(&teams) {
        let path = folder.join(format!("Übung-Vertrieb_Nord-{team}-{company}.ron"));
        let text = std::fs::read_to_string(&path).expect("written");
        let file = parse_practice(&text, Some(&path)).expect("a practice file");
        assert_eq!((file.team.as_str(), &file.company), (*team, company));
    }
}
