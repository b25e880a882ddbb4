//! The game's screen flow, headless: the same commands the panels send, applied by the same
//! system, in a bevy app without a window (title → setup → decide → year closed → … → final).

use crate::ui_support::{app, message, screen, send, team, year};
use bevy::prelude::App;
use mehrwert::model::format::Locale;
use mehrwert::ui::screens::{ScenarioChoice, Screen, UiCommand, UiState};
use mehrwert::ui::session::{GameSetup, Mode, Session};
use mehrwert::ui::views::TitleScreen;

#[test]
fn solo_plays_every_year_to_the_final_ranking() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    assert_eq!(screen(&app), Screen::Title);
    send(&mut app, UiCommand::GoTo(Screen::Setup));
    assert_eq!(screen(&app), Screen::Setup);
    let setup = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "alpha")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 3, setup, guide: false });
    assert_eq!((screen(&app), year(&app)), (Screen::Decide, 1));
    for closed in 1..=3 {
        send(&mut app, UiCommand::Submit);
        assert_eq!((screen(&app), year(&app)), (Screen::Results, closed + 1), "{:?}", message(&app));
        assert!(dir.path().join("autosave.ron").exists(), "autosaved after year {closed}");
        send(&mut app, UiCommand::NextYear);
    }
    assert_eq!(screen(&app), Screen::Final);
    let session = app.world().resource::<Session>();
    let alpha = &session.reports()[0];
    assert_eq!(alpha.history.len(), 3);
    assert!(alpha.history.iter().all(|r| r.decided_by_person), "the player's decisions were applied");
    assert!(session.reports()[1].history.iter().all(|r| !r.decided_by_person), "the computer played beta");
}

#[test]
fn workshop_teams_take_turns_behind_a_handover_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let setup = GameSetup { mode: Mode::Workshop, teams: vec![team("Nord", "alpha"), team("Süd", "beta")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 3, setup, guide: false });
    assert_eq!(screen(&app), Screen::Handover);
    send(&mut app, UiCommand::GoTo(Screen::Decide));
    assert_eq!(app.world().resource::<Session>().current_team().name, "Nord");
    send(&mut app, UiCommand::Submit);
    assert_eq!(screen(&app), Screen::Handover, "the next team must not see Nord's entries");
    assert_eq!(app.world().resource::<Session>().current_team().name, "Süd");
    send(&mut app, UiCommand::GoTo(Screen::Decide));
    send(&mut app, UiCommand::Submit);
    // Every team has submitted: the year waits for the trainer, and the decision screen
    // stays closed until a submission is taken back.
    assert_eq!((screen(&app), year(&app)), (Screen::Handover, 1));
    assert!(app.world().resource::<Session>().all_submitted());
    send(&mut app, UiCommand::GoTo(Screen::Decide));
    assert_eq!(screen(&app), Screen::Handover);
    send(&mut app, UiCommand::CloseYear);
    assert_eq!((screen(&app), year(&app)), (Screen::Results, 2));
    let reports = app.world().resource::<Session>().reports();
    assert!(reports[0].history[0].decided_by_person && reports[1].history[0].decided_by_person);
    assert!(!reports[2].history[0].decided_by_person, "gamma is a computer company");
    send(&mut app, UiCommand::NextYear);
    assert_eq!(screen(&app), Screen::Handover);
}

#[test]
fn the_autosave_resumes_where_the_player_was_drafts_included() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let setup = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "alpha")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 8, setup, guide: false });
    send(&mut app, UiCommand::Submit);
    send(&mut app, UiCommand::NextYear);
    // The player starts typing year 2's price, then saves by name.
    {
        let mut session = app.world_mut().resource_mut::<Session>();
        let lang = mehrwert::model::format::Locale::De;
        session.draft_mut("alpha", lang).segments[0].list_price = "47,25".into();
    }
    send(&mut app, UiCommand::SaveAs("mitten im Jahr".into()));
    assert_eq!(message(&app).map(|(error, _)| error), Some(false), "{:?}", message(&app));
    let saved = dir.path().join("saves").join("mitten_im_Jahr.ron");
    assert!(saved.exists());

    let mut fresh = self::app(dir.path());
    send(&mut fresh, UiCommand::Open(saved));
    assert_eq!((screen(&fresh), year(&fresh)), (Screen::Decide, 2));
    let mut session = fresh.world_mut().resource_mut::<Session>();
    let draft = session.draft_mut("alpha", mehrwert::model::format::Locale::De);
    assert_eq!(draft.segments[0].list_price, "47,25");

    let mut again = self::app(dir.path());
    send(&mut again, UiCommand::ContinueAutosave);
    assert_eq!((screen(&again), year(&again)), (Screen::Decide, 2));
}

#[test]
fn bad_files_and_a_broken_data_folder_give_a_message_and_lose_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    send(&mut app, UiCommand::Open(dir.path().join("missing.ron")));
    assert_eq!(screen(&app), Screen::Title);
    assert!(message(&app).is_some_and(|(error, text)| error && text.contains("missing.ron")));

    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, mehrwert::scenario::INTRO_SCENARIO.replacen("years: 3", "yeers: 3", 1)).expect("write");
    send(&mut app, UiCommand::Open(broken));
    let text = message(&app).map(|(_, t)| t).unwrap_or_default();
    assert!(text.starts_with("broken.ron, Zeile ") && text.contains("yeers"), "{text}");
    assert!(text.contains("unbekanntes Feld"), "in the player's language: {text}");
    assert_eq!(screen(&app), Screen::Title);

    // A save from a newer Mehrwert.
    let setup = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "alpha")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 1, setup, guide: false });
    send(&mut app, UiCommand::SaveAs("neu".into()));
    let saved = dir.path().join("saves").join("neu.ron");
    let newer = std::fs::read_to_string(&saved).expect("saved").replacen("format_version: 3", "format_version: 9", 1);
    let newer_path = dir.path().join("newer.ron");
    std::fs::write(&newer_path, newer).expect("write");
    send(&mut app, UiCommand::Open(newer_path));
    let status = app.world().resource::<UiState>().message.clone().expect("a message");
    assert!(status.text.contains("anderen Programmversion") && status.text.contains("newer"), "{}", status.text);
    assert!(!status.text.contains("found"), "no parser English in the German message: {}", status.text);
    assert!(status.details.is_some_and(|d| d.contains("E-SAVE-VERSION")), "the located issue in the details");
    assert_eq!(year(&app), 1, "the running game is untouched");

    // The data folder cannot be written: the year still closes, the player is told.
    let blocked = dir.path().join("a-file");
    std::fs::write(&blocked, "not a folder").expect("write");
    app.world_mut().resource_mut::<UiState>().data_dir = blocked.join("mehrwert");
    send(&mut app, UiCommand::Submit);
    assert_eq!((screen(&app), year(&app)), (Screen::Results, 2));
    assert!(message(&app).is_some_and(|(error, text)| error && text.contains("Autosave")), "{:?}", message(&app));
}

#[test]
fn quitting_keeps_the_decisions_being_typed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let setup = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "alpha")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 2, setup, guide: false });
    {
        let mut session = app.world_mut().resource_mut::<Session>();
        session.draft_mut("alpha", mehrwert::model::format::Locale::De).marketing = "123.456,78".into();
    }
    send(&mut app, UiCommand::Quit);
    let saved = std::fs::read_to_string(dir.path().join("autosave.ron")).expect("autosaved on quit");
    assert!(saved.contains("123.456,78"), "the draft is in the autosave");
    let mut again = self::app(dir.path());
    send(&mut again, UiCommand::ContinueAutosave);
    let mut session = again.world_mut().resource_mut::<Session>();
    assert_eq!(session.draft_mut("alpha", mehrwert::model::format::Locale::De).marketing, "123.456,78");
}

#[test]
fn a_workshop_saved_mid_round_resumes_with_the_next_teams_turn() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let setup = GameSetup { mode: Mode::Workshop, teams: vec![team("Nord", "alpha"), team("Süd", "beta")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 6, setup, guide: false });
    send(&mut app, UiCommand::GoTo(Screen::Decide));
    send(&mut app, UiCommand::Submit);
    send(&mut app, UiCommand::SaveAs("pause".into()));
    let saved = dir.path().join("saves").join("pause.ron");

    let mut resumed = self::app(dir.path());
    send(&mut resumed, UiCommand::Open(saved));
    assert_eq!(screen(&resumed), Screen::Handover);
    assert_eq!(resumed.world().resource::<Session>().current_team().name, "Süd");
    send(&mut resumed, UiCommand::GoTo(Screen::Decide));
    send(&mut resumed, UiCommand::Submit);
    // Saved again with every team submitted: it resumes waiting for the year to be played.
    send(&mut resumed, UiCommand::SaveAs("alle".into()));
    let mut resumed = self::app(dir.path());
    send(&mut resumed, UiCommand::Open(dir.path().join("saves").join("alle.ron")));
    assert_eq!(screen(&resumed), Screen::Handover);
    assert!(resumed.world().resource::<Session>().all_submitted());
    send(&mut resumed, UiCommand::CloseYear);
    assert_eq!((screen(&resumed), year(&resumed)), (Screen::Results, 2));
    let reports = resumed.world().resource::<Session>().reports();
    assert!(reports[0].history[0].decided_by_person, "Nord's decisions, submitted before the save, were kept");
    assert!(reports[1].history[0].decided_by_person);
}

#[test]
fn back_to_the_title_saves_and_closes_the_game_and_continue_resumes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let setup = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "alpha")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 4, setup, guide: false });
    app.world_mut().resource_mut::<Session>().draft_mut("alpha", Locale::De).rnd = "321.000".into();
    send(&mut app, UiCommand::GoTo(Screen::Title));
    assert_eq!(screen(&app), Screen::Title);
    assert!(app.world().get_resource::<Session>().is_none(), "the title shows no game");
    assert!(app.world().resource::<TitleScreen>().has_autosave, "and offers to continue it");
    send(&mut app, UiCommand::ContinueAutosave);
    assert_eq!((screen(&app), year(&app)), (Screen::Decide, 1));
    assert_eq!(app.world_mut().resource_mut::<Session>().draft_mut("alpha", Locale::De).rnd, "321.000");
}

#[test]
fn drafts_are_autosaved_a_moment_after_the_last_edit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let setup = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "alpha")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 5, setup, guide: false });
    let autosave = dir.path().join("autosave.ron");
    assert!(!autosave.exists(), "nothing typed, nothing saved yet");
    app.world_mut().resource_mut::<Session>().draft_mut("alpha", Locale::De).marketing = "654.321".into();
    app.update();
    assert!(!autosave.exists(), "not while the team is still typing");
    // Bounded: the save is due two seconds after the edit.
    let started = std::time::Instant::now();
    while !autosave.exists() && started.elapsed() < std::time::Duration::from_secs(10) {
        std::thread::sleep(std::time::Duration::from_millis(100));
        app.update();
    }
    let saved = std::fs::read_to_string(&autosave).expect("autosaved while the game runs");
    assert!(saved.contains("654.321"), "with the draft");
    assert!(started.elapsed() >= std::time::Duration::from_millis(1900), "after the quiet moment");
}

#[test]
fn saving_under_an_existing_name_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let setup = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "alpha")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 6, setup, guide: false });
    send(&mut app, UiCommand::SaveAs("teamrunde".into()));
    let saved = dir.path().join("saves").join("teamrunde.ron");
    let first = std::fs::read_to_string(&saved).expect("saved under a new name at once");
    assert_eq!(app.world().resource::<UiState>().confirm_overwrite, None);

    send(&mut app, UiCommand::Submit);
    send(&mut app, UiCommand::SaveAs("teamrunde".into()));
    assert_eq!(app.world().resource::<UiState>().confirm_overwrite.as_deref(), Some("teamrunde"), "asks");
    assert_eq!(std::fs::read_to_string(&saved).expect("still there"), first, "and has not overwritten yet");
    send(&mut app, UiCommand::Overwrite("teamrunde".into()));
    assert_eq!(app.world().resource::<UiState>().confirm_overwrite, None);
    assert_ne!(std::fs::read_to_string(&saved).expect("saved"), first, "overwritten once confirmed");
}

#[test]
fn the_menu_opens_and_closes_and_leaving_closes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let setup = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "alpha")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 6, setup, guide: false });
    let open = |app: &App| app.world().resource::<UiState>().menu_open;
    send(&mut app, UiCommand::ToggleMenu);
    assert!(open(&app));
    send(&mut app, UiCommand::ToggleMenu);
    assert!(!open(&app));
    send(&mut app, UiCommand::ToggleMenu);
    send(&mut app, UiCommand::GoTo(Screen::Title));
    assert!(!open(&app), "the title screen shows no menu");
}

#[test]
fn a_workshop_team_takes_its_submission_back_until_the_year_is_played() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let setup = GameSetup { mode: Mode::Workshop, teams: vec![team("Nord", "alpha"), team("Süd", "beta")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 3, setup, guide: false });
    send(&mut app, UiCommand::GoTo(Screen::Decide));
    // Nord types 47,25 and submits, then takes it back from the handover screen: it is Nord's
    // turn again, with what it typed.
    app.world_mut().resource_mut::<Session>().draft_mut("alpha", Locale::De).segments[0].list_price = "47,25".into();
    send(&mut app, UiCommand::Submit);
    assert_eq!(app.world().resource::<Session>().current_team().name, "Süd");
    send(&mut app, UiCommand::Withdraw);
    assert_eq!(screen(&app), Screen::Decide);
    let session = app.world().resource::<Session>();
    assert_eq!(session.current_team().name, "Nord");
    assert!(session.last_submitted().is_none(), "nothing submitted this year any more");
    // Nord changes its price and submits again; Süd submits; Süd takes its submission back
    // before the year is played, and submits once more.
    app.world_mut().resource_mut::<Session>().draft_mut("alpha", Locale::De).segments[0].list_price = "48,00".into();
    send(&mut app, UiCommand::Submit);
    send(&mut app, UiCommand::GoTo(Screen::Decide));
    send(&mut app, UiCommand::Submit);
    assert!(app.world().resource::<Session>().all_submitted());
    send(&mut app, UiCommand::Withdraw);
    assert_eq!((screen(&app), app.world().resource::<Session>().current_team().name.as_str()), (Screen::Decide, "Süd"));
    send(&mut app, UiCommand::Submit);
    send(&mut app, UiCommand::CloseYear);
    assert_eq!((screen(&app), year(&app)), (Screen::Results, 2));
    // The year was played with Nord's second price, and both teams' decisions.
    let reports = app.world().resource::<Session>().reports();
    assert_eq!(reports[0].history[0].decisions.segments[0].list_price, rust_decimal_macros::dec!(48.00));
    assert!(reports[0].history[0].decided_by_person && reports[1].history[0].decided_by_person);
    // Once played, nothing can be taken back.
    send(&mut app, UiCommand::NextYear);
    send(&mut app, UiCommand::Withdraw);
    assert_eq!(screen(&app), Screen::Handover);
    assert!(app.world().resource::<Session>().last_submitted().is_none());
}

#[test]
fn the_submit_question_opens_on_ask_and_escape_answers_no() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let setup = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "alpha")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 3, setup, guide: false });
    send(&mut app, UiCommand::AskSubmit);
    assert!(app.world().resource::<UiState>().confirm_submit);
    send(&mut app, UiCommand::ToggleMenu);
    let state = app.world().resource::<UiState>();
    assert!(!state.confirm_submit && !state.menu_open, "Escape closed the question, not opened the menu");
    assert_eq!((screen(&app), year(&app)), (Screen::Decide, 1));
    send(&mut app, UiCommand::AskSubmit);
    send(&mut app, UiCommand::AskSubmit);
    assert_eq!((screen(&app), year(&app)), (Screen::Results, 2), "asked twice is a submit");
}

#[test]
fn a_damaged_save_offers_the_last_good_autosave_and_a_damaged_autosave_the_one_before() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let setup = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "alpha")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 4, setup, guide: false });
    send(&mut app, UiCommand::Submit);
    send(&mut app, UiCommand::NextYear);
    send(&mut app, UiCommand::SaveAs("montag".into()));
    // Year 2 submitted: the autosave is of year 3, the one before of year 2.
    send(&mut app, UiCommand::Submit);
    send(&mut app, UiCommand::GoTo(Screen::Title));
    let autosave = dir.path().join("autosave.ron");
    let previous = dir.path().join("autosave-vorher.ron");
    assert!(autosave.exists() && previous.exists());

    // The named save damaged (cut in half): the message says so in German and offers the autosave.
    let save = dir.path().join("saves").join("montag.ron");
    let text = std::fs::read_to_string(&save).expect("saved");
    std::fs::write(&save, &text[..text.len() / 2]).expect("write");
    let mut app = self::app(dir.path());
    send(&mut app, UiCommand::Open(save.clone()));
    let status = app.world().resource::<UiState>().message.clone().expect("a message");
    assert!(status.text.starts_with("montag.ron, Zeile "), "{}", status.text);
    assert!(status.text.contains("zu früh") || status.text.contains("beschädigt"), "{}", status.text);
    assert_eq!(status.recovery.as_deref(), Some(autosave.as_path()));
    send(&mut app, UiCommand::Open(autosave.clone()));
    assert_eq!((screen(&app), year(&app)), (Screen::Decide, 3), "resumed from the autosave");
    send(&mut app, UiCommand::GoTo(Screen::Title));

    // The autosave itself damaged: "Weiterspielen" offers the one before it.
    std::fs::write(&autosave, "(session_format_version: 1, kaputt").expect("write");
    let mut app = self::app(dir.path());
    send(&mut app, UiCommand::ContinueAutosave);
    let status = app.world().resource::<UiState>().message.clone().expect("a message");
    assert!(status.error && status.text.starts_with("autosave.ron"), "{}", status.text);
    assert_eq!(status.recovery.as_deref(), Some(previous.as_path()));
    send(&mut app, UiCommand::Open(previous));
    assert_eq!(screen(&app), Screen::Decide, "resumed from the autosave before");
    assert!(year(&app) >= 2);
    assert!(message(&app).is_none(), "the message is gone once a game opened");
}

#[test]
fn the_guided_first_year_is_chosen_at_the_start_kept_in_the_save_and_hidden_from_the_menu() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let guide = |app: &App| app.world().resource::<Session>().guide;
    let setup = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "alpha")] };
    send(&mut app, UiCommand::StartGame { scenario: ScenarioChoice::Intro, seed: 3, setup, guide: true });
    assert!(guide(&app), "chosen on the setup screen");
    send(&mut app, UiCommand::CoachStep(3));
    assert_eq!(app.world().resource::<UiState>().coach_step, 3);
    // Saved and opened again: still guided.
    send(&mut app, UiCommand::SaveAs("einstieg".into()));
    send(&mut app, UiCommand::GoTo(Screen::Title));
    send(&mut app, UiCommand::Open(dir.path().join("saves").join("einstieg.ron")));
    assert_eq!((screen(&app), guide(&app)), (Screen::Decide, true));
    assert_eq!(app.world().resource::<UiState>().coach_step, 0, "the tour starts over in the game opened");
    // Hidden (the card's button, the menu's tick): off, and so it is saved.
    send(&mut app, UiCommand::SetGuide(false));
    assert!(!guide(&app));
    send(&mut app, UiCommand::Overwrite("einstieg".into()));
    let text = std::fs::read_to_string(dir.path().join("saves").join("einstieg.ron")).expect("saved");
    assert!(text.contains("guide: false"), "the choice is in the save");
    // A session file from before the guide existed opens unguided.
    let old = text.replace("guide: false,", "");
    assert!(!old.contains("guide"), "the field is gone from the old file");
    std::fs::write(dir.path().join("alt.ron"), old).expect("write");
    send(&mut app, UiCommand::Open(dir.path().join("alt.ron")));
    assert_eq!((screen(&app), guide(&app)), (Screen::Decide, false), "{:?}", message(&app));
}
