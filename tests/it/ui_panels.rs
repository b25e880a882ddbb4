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
    Harness::builder().with_size(bevy_egui::egui::vec2(1280.0, 720.0)).build_ui_state(
        move |ui, commands: &mut Vec<UiCommand>| {
            let view = MenuView { lang, projector: false, save_name: "montag" };
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
