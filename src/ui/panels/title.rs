//! The title screen: new game, continue the autosave, open a file, language, quit.

use bevy_egui::egui;

use crate::model::format::Locale;
use crate::ui::panels::file_dialog::{FileDialog, file_dialog_ui};
use crate::ui::screens::{Screen, UiCommand};
use crate::ui::text::tr;
use crate::ui::theme;

/// What the title screen needs to know.
pub struct TitleView {
    /// Language of every text.
    pub lang: Locale,
    /// True when there is an autosave to continue (the button is off otherwise).
    pub has_autosave: bool,
}

/// Draws the title screen; `dialog` is the file dialog for loading a game or a scenario.
pub fn title_ui(ui: &mut egui::Ui, view: &TitleView, dialog: &mut FileDialog) -> Vec<UiCommand> {
    let lang = view.lang;
    let mut commands = Vec::new();
    ui.vertical_centered(|ui| {
        ui.add_space(theme::SPACE_XXL);
        crate::ui::wordmark::wordmark_ui(ui, theme::WORDMARK_SIZE, tr("app_tagline", lang));
        ui.add_space(theme::SPACE_XL);
        let wide = theme::MENU_BUTTON_SIZE;
        if ui.add_sized(wide, egui::Button::new(tr("new_game", lang))).clicked() {
            commands.push(UiCommand::GoTo(Screen::Setup));
        }
        if ui.add_enabled(view.has_autosave, egui::Button::new(tr("continue_autosave", lang)).min_size(wide)).clicked()
        {
            commands.push(UiCommand::ContinueAutosave);
        }
        // The two sides of a workshop on several laptops, side by side.
        let half = egui::vec2((wide.x - ui.spacing().item_spacing.x) / 2.0, wide.y);
        ui.allocate_ui_with_layout(wide, egui::Layout::left_to_right(egui::Align::Center), |ui| {
            if ui.add_sized(half, egui::Button::new(tr("join_workshop", lang))).clicked() {
                commands.push(UiCommand::GoTo(Screen::Join));
            }
            if ui.add_sized(half, egui::Button::new(tr("host_workshop", lang))).clicked() {
                commands.push(UiCommand::GoTo(Screen::HostSetup));
            }
        });
        // The lab beside the quiz: two thirds and one third of the row.
        let third = (wide.x - ui.spacing().item_spacing.x) / 3.0;
        ui.allocate_ui_with_layout(wide, egui::Layout::left_to_right(egui::Align::Center), |ui| {
            if ui
                .add_sized(egui::vec2(2.0 * third, wide.y), egui::Button::new(tr("lab_open_button", lang)))
                .on_hover_text(tr("lab_open_button_hint", lang))
                .clicked()
            {
                commands.push(UiCommand::GoTo(Screen::Lab));
            }
            if ui
                .add_sized(egui::vec2(third, wide.y), egui::Button::new(tr("quiz_open_button", lang)))
                .on_hover_text(tr("quiz_open_button_hint", lang))
                .clicked()
            {
                commands.push(UiCommand::GoTo(Screen::Quiz));
            }
        });
        ui.add_space(theme::SPACE_M);
        ui.label(tr("load_game", lang));
        egui::Frame::group(ui.style()).show(ui, |ui| {
            // A fixed width: the list does not jump about while folders are entered.
            ui.set_width(theme::FILE_DIALOG_WIDTH);
            if let Some(path) = file_dialog_ui(ui, dialog, lang) {
                commands.push(UiCommand::Open(path));
            }
        });
        ui.add_space(theme::SPACE_M);
        // A row of its own width, so the centred column centres it too.
        let row = egui::vec2(theme::MENU_BUTTON_SIZE.x, ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(row, egui::Layout::left_to_right(egui::Align::Center), |ui| {
            ui.label(tr("language", lang));
            if ui.selectable_label(lang == Locale::De, "Deutsch").clicked() {
                commands.push(UiCommand::SetLanguage(Locale::De));
            }
            if ui.selectable_label(lang == Locale::En, "English").clicked() {
                commands.push(UiCommand::SetLanguage(Locale::En));
            }
        });
        ui.add_space(theme::SPACE_M);
        if ui.add_sized(wide, egui::Button::new(tr("quit", lang))).clicked() {
            commands.push(UiCommand::Quit);
        }
    });
    commands
}
