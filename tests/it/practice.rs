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
    (room, teams)
}

#[test]
fn a_finished_workshop_hands_each_team_a_practice_file_that_replays_the_room() {
    let (room, teams) = finished_workshop();
    let (name, file) = teams[0].practice(room.company(0)).expect("the team's practice file");
    assert_eq!(name, "Übung-Test-Team_1.ron");
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
    for (played, saved) in session.reports().iter().zip(&room_game.companies) {
        assert_eq!(ron::to_string(&played.history).expect("ron"), ron::to_string(&saved.history).expect("ron"));
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
