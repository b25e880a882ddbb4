//! The title, file-dialog and handover panels as a person uses them (egui_kittest, by label).

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use mehrwert::model::format::Locale;
use mehrwert::ui::panels::file_dialog::FileDialog;
use mehrwert::ui::panels::handover::{HandoverView, handover_ui};
use mehrwert::ui::panels::menu::{MenuView, menu_ui, overwrite_ui};
use mehrwert::ui::panels::title::{TitleView, title_ui};
use mehrwert::ui::screens::{Screen, UiCommand};

/// Renders the title screen once per step and keeps what it asked for.
fn title_harness(
    dialog: FileDialog,
    has_autosave: bool,
    lang: Locale,
) -> Harness<'static, (FileDialog, Vec<UiCommand>)> {
    Harness::builder().with_size(bevy_egui::egui::vec2(1280.0, 720.0)).build_ui_state(
        move |ui, (dialog, commands): &mut (FileDialog, Vec<UiCommand>)| {
            let view = TitleView { lang, has_autosave };
            commands.extend(title_ui(ui, &view, dialog));
        },
        (dialog, Vec::new()),
    )
}

#[test]
fn the_title_screen_starts_a_game_and_opens_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("saves")).expect("mkdir");
    std::fs::write(dir.path().join("saves").join("montag.ron"), "()").expect("write");
    let mut harness = title_harness(FileDialog::at(dir.path()), false, Locale::De);
    harness.run();
    harness.get_by_label("Neues Spiel").click();
    harness.run();
    assert!(harness.state().1.contains(&UiCommand::GoTo(Screen::Setup)));
    // Into the saves folder, then pick the file.
    harness.get_by_label("📁 saves").click();
    harness.run();
    harness.get_by_label("📄 montag.ron").click();
    harness.run();
    let expected = UiCommand::Open(dir.path().join("saves").join("montag.ron"));
    assert!(harness.state().1.contains(&expected), "{:?}", harness.state().1);
    // Without an autosave, "continue" cannot be clicked into a command.
    harness.get_by_label("Weiterspielen (automatisch gespeichert)").click();
    harness.run();
    assert!(!harness.state().1.contains(&UiCommand::ContinueAutosave));
}

#[test]
fn the_title_screen_speaks_english_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = title_harness(FileDialog::at(dir.path()), true, Locale::En);
    harness.run();
    // The mark: the word and the tagline.
    harness.get_by_label("Mehrwert");
    harness.get_by_label("The CFO business game: create value instead of buying revenue");
    harness.get_by_label("New game");
    harness.get_by_label("Continue (autosave)").click();
    harness.run();
    assert!(harness.state().1.contains(&UiCommand::ContinueAutosave));
    harness.get_by_label("Deutsch").click();
    harness.run();
    assert!(harness.state().1.contains(&UiCommand::SetLanguage(Locale::De)));
}

#[test]
fn the_handover_names_the_next_team_its_company_and_place_and_shows_nothing_else() {
    let view = |turn| HandoverView {
        lang: Locale::De,
        team: "Team Süd",
        company: "Alpenland Armaturen AG",
        turn,
        teams: 3,
        year: 2,
        withdrawable: None,
    };
    let mut harness = Harness::new_ui_state(
        move |ui, commands: &mut Vec<UiCommand>| commands.extend(handover_ui(ui, &view(2))),
        Vec::new(),
    );
    harness.run();
    harness.get_by_label("Team Süd");
    harness.get_by_label("Alpenland Armaturen AG");
    harness.get_by_label("Geschäftsjahr 2");
    harness.get_by_label("Bitte den Laptop an das nächste Team übergeben – Team 2 von 3:");
    assert!(harness.query_by_label_contains("€").is_none(), "no figures of the previous team");
    harness.get_by_label("Wir sind bereit").click();
    harness.run();
    assert_eq!(harness.state(), &vec![UiCommand::GoTo(Screen::Decide)]);

    // The first team of the year is not told to pass anything on.
    let mut first = Harness::new_ui(move |ui| {
        handover_ui(ui, &view(1));
    });
    first.run();
    first.get_by_label("Team 1 von 3 beginnt:");
    assert!(first.query_by_label_contains("übergeben").is_none());
}

/// The in-game menu over an empty screen, keeping what it asked for.
fn menu_harness(lang: Locale) -> Harness<'static, Vec<UiCommand>> {
    menu_harness_of(lang, false)
}

fn menu_harness_of(lang: Locale, finished: bool) -> Harness<'static, Vec<UiCommand>> {
    Harness::builder().with_size(bevy_egui::egui::vec2(1280.0, 720.0)).build_ui_state(
        move |ui, commands: &mut Vec<UiCommand>| {
            let view = MenuView { lang, projector: false, guide: true, save_name: "montag", finished };
            commands.extend(menu_ui(ui.ctx(), &view));
        },
        Vec::new(),
    )
}

#[test]
fn the_menu_saves_under_the_typed_name_and_leaves_for_the_title() {
    let mut harness = menu_harness(Locale::De);
    harness.run();
    harness.get_by_label("Speichern unter „montag“").click();
    harness.run();
    assert_eq!(harness.state()[..], [UiCommand::SaveAs("montag".into()), UiCommand::ToggleMenu]);
    harness.state_mut().clear();
    harness.get_by_label("Zum Titelbildschirm (das Spiel wird gespeichert)").click();
    harness.run();
    assert_eq!(harness.state()[..], [UiCommand::GoTo(Screen::Title)]);
    harness.state_mut().clear();
    harness.get_by_label("English").click();
    harness.run();
    assert_eq!(harness.state()[..], [UiCommand::SetLanguage(Locale::En)]);

    let mut english = menu_harness(Locale::En);
    english.run();
    english.get_by_label("Quit (the game is saved)").click();
    english.run();
    assert_eq!(english.state()[..], [UiCommand::Quit]);
    assert!(english.query_by_label("Debrief (projector)").is_none(), "only after the last year");
}

#[test]
fn after_the_last_year_the_menu_opens_the_debrief_and_saves_its_files() {
    let mut harness = menu_harness_of(Locale::De, true);
    harness.run();
    harness.get_by_label("Nachbesprechung (Beamer)").click();
    harness.run();
    assert_eq!(harness.state()[..], [UiCommand::ToggleMenu, UiCommand::GoTo(Screen::Debrief)]);
    harness.state_mut().clear();
    harness.get_by_label("Auswertung speichern (Excel, PDF)").click();
    harness.run();
    assert_eq!(harness.state()[..], [UiCommand::SaveDebrief, UiCommand::ToggleMenu]);
}

#[test]
fn overwriting_a_save_is_asked_and_can_be_declined() {
    let mut harness = Harness::builder().with_size(bevy_egui::egui::vec2(1280.0, 720.0)).build_ui_state(
        |ui, (asking, commands): &mut (Option<String>, Vec<UiCommand>)| {
            commands.extend(overwrite_ui(ui.ctx(), Locale::De, asking));
        },
        (Some("montag".to_string()), Vec::new()),
    );
    harness.run();
    harness.get_by_label_contains("„montag“ gibt es schon");
    harness.get_by_label("Überschreiben").click();
    harness.run();
    assert_eq!(harness.state().1[..], [UiCommand::Overwrite("montag".into())]);
    harness.state_mut().1.clear();
    harness.get_by_label("Abbrechen").click();
    harness.run();
    assert_eq!(harness.state().0, None, "declined: the question is gone");
    assert!(harness.state().1.is_empty(), "and nothing is saved");
}

#[test]
fn the_load_list_shows_scenario_year_players_and_date_newest_first() {
    use mehrwert::scenario::default_scenario;
    use mehrwert::ui::session::{GameSetup, Mode, Session, Team};
    use std::time::{Duration, SystemTime};
    let dir = tempfile::tempdir().expect("temp dir");
    let team = |name: &str, company: &str| Team { name: name.into(), company: company.into() };
    // A solo game with its first year closed, written on 4 December 2026 at noon (UTC) …
    let solo = GameSetup { mode: Mode::Solo, teams: vec![team("Solo", "rhein")] };
    let mut session = Session::new_game(default_scenario().expect("valid"), 7, solo).expect("starts");
    session.close_year().expect("year 1 is played");
    let solo_path = dir.path().join("solo.ron");
    session.save_to(&solo_path).expect("saved");
    // … and a three-team workshop before its first year, a week earlier.
    let teams = vec![team("Blau", "hanse"), team("Rot", "alpen"), team("Grün", "rhein")];
    let workshop = GameSetup { mode: Mode::Workshop, teams };
    let session = Session::new_game(default_scenario().expect("valid"), 7, workshop).expect("starts");
    let workshop_path = dir.path().join("aaa-workshop.ron");
    session.save_to(&workshop_path).expect("saved");
    std::fs::write(dir.path().join("notizen.ron"), "kaputt(").expect("write");
    let noon = SystemTime::UNIX_EPOCH + Duration::from_secs(1_796_385_600);
    let set = |path: &std::path::Path, at: SystemTime| {
        std::fs::File::options().write(true).open(path).expect("open").set_modified(at).expect("mtime")
    };
    set(&solo_path, noon);
    set(&workshop_path, noon - Duration::from_secs(7 * 24 * 3600));
    set(&dir.path().join("notizen.ron"), noon - Duration::from_secs(30 * 24 * 3600));

    let mut harness = title_harness(FileDialog::at(dir.path()), false, Locale::De);
    harness.run();
    let y = |label: &str| harness.get_by_label(label).rect().center().y;
    let (solo_row, workshop_row, broken_row) = (y("📄 solo.ron"), y("📄 aaa-workshop.ron"), y("📄 notizen.ron"));
    assert!(solo_row < workshop_row && workshop_row < broken_row, "newest first, not by name");
    // The scenario's name (default.ron), the year and who plays under the file's name, and
    // when it was saved beside it.
    let on_row = |row: f32, text: &str| {
        harness.query_all_by_label_contains(text).any(|n| (-4.0..30.0).contains(&(n.rect().center().y - row)))
    };
    assert!(on_row(solo_row, "Mittelstand: Pumpen und Armaturen"));
    assert!(on_row(solo_row, "1 von 6 Geschäftsjahren abgeschlossen"));
    assert!(on_row(solo_row, "Solo · Rheintal Antriebstechnik GmbH"));
    assert!(on_row(solo_row, ".12.2026 "), "the date in German order");
    assert!(on_row(workshop_row, "vor Geschäftsjahr 1 (von 6)"));
    assert!(on_row(workshop_row, "Workshop · 3 Teams: Blau, Rot, Grün"));
    assert!(on_row(workshop_row, ".11.2026 "));
    assert!(on_row(broken_row, "keine Mehrwert-Datei oder beschädigt"));
    harness.get_by_label("📄 aaa-workshop.ron").click();
    harness.run();
    assert!(harness.state().1.contains(&UiCommand::Open(workshop_path.clone())));
}

/// The new-game form on the default scenario; keeps the form and what it asked for.
fn setup_harness(lang: Locale) -> Harness<'static, (mehrwert::ui::panels::setup::SetupForm, Vec<UiCommand>)> {
    use mehrwert::ui::panels::setup::{SetupForm, SetupView, setup_ui};
    let scenario = mehrwert::scenario::default_scenario().expect("valid");
    Harness::builder().with_size(bevy_egui::egui::vec2(1280.0, 720.0)).build_ui_state(
        move |ui, (form, commands): &mut (SetupForm, Vec<UiCommand>)| {
            let view = SetupView { lang, scenario: Ok(&scenario) };
            commands.extend(setup_ui(ui, &view, form));
        },
        (SetupForm::default(), Vec::new()),
    )
}

fn started(commands: &[UiCommand]) -> Option<Vec<(String, String)>> {
    commands.iter().rev().find_map(|c| match c {
        UiCommand::StartGame { setup, .. } => {
            Some(setup.teams.iter().map(|t| (t.name.clone(), t.company.clone())).collect())
        }
        _ => None,
    })
}

#[test]
fn the_new_game_form_tells_what_the_scenario_is_and_teams_pick_their_company_by_name() {
    let mut harness = setup_harness(Locale::De);
    harness.run();
    // What the scenario is about, from default.ron: its paragraph, 6 years, 5 companies and
    // the two segments.
    harness.get_by_label_contains("Fünf mittelständische Hersteller von Industriepumpen");
    harness.get_by_label("6 Geschäftsjahre · 5 Unternehmen · Segmente: Fachhandel, Großkunden (OEM)");
    // Solo: the player picks Rheintal by its name.
    harness.get_by_value("Hanse Pumpenwerke GmbH").click();
    harness.run();
    harness.get_by_label("Rheintal Antriebstechnik GmbH").click();
    harness.run();
    harness.get_by_label("Spiel starten").click();
    harness.run();
    assert_eq!(started(&harness.state().1), Some(vec![("Solo".into(), "rhein".into())]));

    // Workshop: two teams, the companies in order, by name, no ids on screen.
    harness.get_by_label("Workshop: Teams an einem Laptop").click();
    harness.run();
    harness.get_by_value("Alpenland Armaturen AG");
    for id in ["hanse", "alpen", "rhein"] {
        let shown = harness.query_all_by(|n| n.value().is_some_and(|v| v.contains(id))).count();
        assert_eq!(shown, 0, "no internal id {id} shown");
    }
    // Team 2 takes Hanse too: refused with the reason, Start cannot be clicked into a game.
    harness.get_by_value("Alpenland Armaturen AG").click();
    harness.run();
    harness.get_by_label("Hanse Pumpenwerke GmbH").click();
    harness.run();
    harness.get_by_label_contains("Zwei Teams spielen dasselbe Unternehmen");
    harness.state_mut().1.clear();
    harness.get_by_label("Spiel starten").click();
    harness.run();
    assert_eq!(started(&harness.state().1), None, "no game with one company played twice");
    // Team 2 plays Elbe instead, and a third team takes the first company left (Alpenland).
    let hanse: Vec<_> = harness.get_all_by_value("Hanse Pumpenwerke GmbH").collect();
    assert_eq!(hanse.len(), 2, "both teams show Hanse");
    hanse[1].click();
    harness.run();
    harness.get_by_label("Elbe Industriepumpen SE").click();
    harness.run();
    harness.get_by_label("+ Team").click();
    harness.run();
    harness.get_by_label("Spiel starten").click();
    harness.run();
    let teams = started(&harness.state().1).expect("a workshop starts");
    let expected = [("Team 1", "hanse"), ("Team 2", "elbe"), ("Team 3", "alpen")];
    assert_eq!(teams, expected.map(|(n, c)| (n.to_string(), c.to_string())).to_vec());
}

#[test]
fn the_new_game_form_speaks_english_with_the_scenarios_english() {
    let mut harness = setup_harness(Locale::En);
    harness.run();
    harness.get_by_label("Mid-sized makers: pumps and fittings");
    harness.get_by_label_contains("Five mid-sized makers of industrial pumps and fittings");
    harness.get_by_label("6 fiscal years · 5 companies · segments: Trade, Key accounts (OEM)");
}
