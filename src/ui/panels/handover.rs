//! Between two teams on one laptop: hides the last team's entries until the next is ready.

use bevy_egui::egui;

use crate::model::format::Locale;
use crate::ui::screens::{Screen, UiCommand};
use crate::ui::text::tr;

/// Draws the handover screen for `next_team`.
pub fn handover_ui(ui: &mut egui::Ui, lang: Locale, next_team: &str, year: u32) -> Vec<UiCommand> {
    let mut commands = Vec::new();
    ui.vertical_centered(|ui| {
        ui.add_space(120.0);
        ui.heading(format!("{} {year}", tr("year", lang)));
        ui.add_space(12.0);
        ui.label(tr("handover_text", lang));
        ui.add_space(12.0);
        ui.heading(next_team);
        ui.add_space(24.0);
        if ui.add_sized(egui::vec2(320.0, 40.0), egui::Button::new(tr("ready", lang))).clicked() {
            commands.push(UiCommand::GoTo(Screen::Decide));
        }
    });
    commands
}
