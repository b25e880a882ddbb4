//! The title screen: new game, continue the autosave, open a file, language, quit.

use bevy_egui::egui;

use crate::model::format::Locale;
use crate::ui::screens::{Screen, UiCommand};
use crate::ui::text::tr;

/// What the title screen needs to know.
pub struct TitleView {
    pub lang: Locale,
    pub has_autosave: bool,
}

/// Draws the title screen; `open_path` is the text field of the file to open.
pub fn title_ui(ui: &mut egui::Ui, view: &TitleView, open_path: &mut String) -> Vec<UiCommand> {
    let lang = view.lang;
    let mut commands = Vec::new();
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.heading(tr("app_title", lang));
        ui.add_space(24.0);
        let wide = egui::vec2(360.0, 36.0);
        if ui.add_sized(wide, egui::Button::new(tr("new_game", lang))).clicked() {
            commands.push(UiCommand::GoTo(Screen::Setup));
        }
        if ui.add_enabled(view.has_autosave, egui::Button::new(tr("continue_autosave", lang)).min_size(wide)).clicked()
        {
            commands.push(UiCommand::ContinueAutosave);
        }
        ui.add_space(12.0);
        ui.label(tr("load_game", lang));
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(open_path).hint_text("…/spielstand.ron").desired_width(280.0));
            if ui.button(tr("open_file", lang)).clicked() && !open_path.trim().is_empty() {
                commands.push(UiCommand::Open(open_path.trim().into()));
            }
        });
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            ui.label(tr("language", lang));
            if ui.selectable_label(lang == Locale::De, "Deutsch").clicked() {
                commands.push(UiCommand::SetLanguage(Locale::De));
            }
            if ui.selectable_label(lang == Locale::En, "English").clicked() {
                commands.push(UiCommand::SetLanguage(Locale::En));
            }
        });
        ui.add_space(12.0);
        if ui.add_sized(wide, egui::Button::new(tr("quit", lang))).clicked() {
            commands.push(UiCommand::Quit);
        }
    });
    commands
}
