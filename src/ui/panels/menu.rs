//! The in-game menu (Escape) and the question before a save is overwritten: modal dialogs
//! over whatever screen is shown, so a team can save, change the language or leave at any
//! moment without losing its place.

use bevy_egui::egui;

use crate::i18n::Arg;
use crate::model::format::Locale;
use crate::ui::screens::{Screen, UiCommand};
use crate::ui::text::{tr, tr_args};
use crate::ui::theme;

/// What the menu shows.
pub struct MenuView<'a> {
    /// Language of every text.
    pub lang: Locale,
    /// Projector mode is on.
    pub projector: bool,
    /// The guided first year's coach notes are shown.
    pub guide: bool,
    /// The name the game would be saved under (the top bar's field).
    pub save_name: &'a str,
    /// Every year is played: the debrief and its files are offered.
    pub finished: bool,
}

/// The menu: continue, save, (after the last year) the debrief and its files, language,
/// projector mode, coach notes, back to the title, quit. Closing it
/// (a click beside it, Escape) sends [`UiCommand::ToggleMenu`].
pub fn menu_ui(ctx: &egui::Context, view: &MenuView) -> Vec<UiCommand> {
    let lang = view.lang;
    let mut commands = Vec::new();
    let modal = egui::Modal::new(egui::Id::new("in_game_menu")).show(ctx, |ui| {
        let wide = theme::MENU_BUTTON_SIZE;
        ui.vertical_centered(|ui| {
            ui.heading(tr("menu", lang));
            ui.add_space(theme::SPACE_M);
            if ui.add(egui::Button::new(tr("menu_continue", lang)).min_size(wide)).clicked() {
                commands.push(UiCommand::ToggleMenu);
            }
            let save = tr_args("menu_save", lang, &[("name", Arg::from(view.save_name.to_string()))]);
            if ui.add(egui::Button::new(save).min_size(wide)).clicked() {
                commands.extend([UiCommand::SaveAs(view.save_name.to_string()), UiCommand::ToggleMenu]);
            }
            if view.finished {
                if ui.add(egui::Button::new(tr("debrief_start", lang)).min_size(wide)).clicked() {
                    commands.extend([UiCommand::ToggleMenu, UiCommand::GoTo(Screen::Debrief)]);
                }
                if ui.add(egui::Button::new(tr("debrief_save", lang)).min_size(wide)).clicked() {
                    commands.extend([UiCommand::SaveDebrief, UiCommand::ToggleMenu]);
                }
            }
            let (other, label) = crate::ui::widgets::other_language(lang);
            if ui.add(egui::Button::new(label).min_size(wide)).clicked() {
                commands.push(UiCommand::SetLanguage(other));
            }
            let mut projector = view.projector;
            if ui.checkbox(&mut projector, tr("projector_mode", lang)).changed() {
                commands.push(UiCommand::SetProjector(projector));
            }
            let mut guide = view.guide;
            if ui.checkbox(&mut guide, tr("menu_guide", lang)).on_hover_text(tr("setup_guide_hint", lang)).changed() {
                commands.push(UiCommand::SetGuide(guide));
            }
            ui.add_space(theme::SPACE_M);
            if ui.add(egui::Button::new(tr("menu_title_screen", lang)).min_size(wide)).clicked() {
                commands.push(UiCommand::GoTo(Screen::Title));
            }
            if ui.add(egui::Button::new(tr("menu_quit", lang)).min_size(wide)).clicked() {
                commands.push(UiCommand::Quit);
            }
        });
    });
    if modal.should_close() && commands.is_empty() {
        commands.push(UiCommand::ToggleMenu);
    }
    commands
}

/// Asks before the save `name` is overwritten; `asking` is cleared when the answer is no.
pub fn overwrite_ui(ctx: &egui::Context, lang: Locale, asking: &mut Option<String>) -> Vec<UiCommand> {
    let Some(name) = asking.clone() else { return Vec::new() };
    let mut commands = Vec::new();
    let mut cancel = false;
    let modal = egui::Modal::new(egui::Id::new("overwrite_save")).show(ctx, |ui| {
        ui.heading(tr("overwrite_title", lang));
        ui.label(tr_args("overwrite_text", lang, &[("name", Arg::from(name.clone()))]));
        ui.add_space(theme::SPACE_M);
        ui.horizontal(|ui| {
            if ui.button(tr("overwrite_yes", lang)).clicked() {
                commands.push(UiCommand::Overwrite(name.clone()));
            }
            cancel = ui.button(tr("cancel", lang)).clicked();
        });
    });
    if cancel || (modal.should_close() && commands.is_empty()) {
        *asking = None;
    }
    commands
}
