//! Between two teams on one laptop: hides the last team's entries until the next is ready.

use bevy_egui::egui;

use crate::model::format::Locale;
use crate::ui::screens::{Screen, UiCommand};
use crate::ui::text::tr;
use crate::ui::theme;

/// Draws the handover screen for `next_team`.
pub fn handover_ui(ui: &mut egui::Ui, lang: Locale, next_team: &str, year: u32) -> Vec<UiCommand> {
    let mut commands = Vec::new();
    ui.vertical_centered(|ui| {
        ui.add_space(theme::HANDOVER_TOP_SPACE);
        ui.heading(format!("{} {year}", tr("year", lang)));
        ui.add_space(theme::SPACE_M);
        ui.label(tr("handover_text", lang));
        ui.add_space(theme::SPACE_M);
        ui.heading(next_team);
        ui.add_space(theme::SPACE_XL);
        if ui.add_sized(theme::HANDOVER_BUTTON_SIZE, egui::Button::new(tr("ready", lang))).clicked() {
            commands.push(UiCommand::GoTo(Screen::Decide));
        }
    });
    commands
}
