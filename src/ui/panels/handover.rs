//! Between two teams on one laptop: hides the last team's entries until the next is ready,
//! and says whose turn it is — team, company, and its place in the round.

use bevy_egui::egui;

use crate::i18n::Arg;
use crate::model::format::Locale;
use crate::ui::screens::{Screen, UiCommand};
use crate::ui::text::{tr, tr_args};
use crate::ui::theme;

/// What the handover screen shows.
pub struct HandoverView<'a> {
    /// Language of every text.
    pub lang: Locale,
    /// The team whose turn it is.
    pub team: &'a str,
    /// The name of the company the team runs.
    pub company: &'a str,
    /// The team's place in this year's round, from 1.
    pub turn: usize,
    /// The number of teams.
    pub teams: usize,
    /// The fiscal year to decide.
    pub year: u32,
}

/// Draws the handover screen for the team whose turn it is: the first team of a year starts,
/// the others take the laptop over.
pub fn handover_ui(ui: &mut egui::Ui, view: &HandoverView) -> Vec<UiCommand> {
    let lang = view.lang;
    let mut commands = Vec::new();
    ui.vertical_centered(|ui| {
        ui.add_space(theme::HANDOVER_TOP_SPACE);
        ui.heading(format!("{} {}", tr("year", lang), view.year));
        ui.add_space(theme::SPACE_M);
        let place = [("turn", Arg::from(view.turn as u64)), ("teams", Arg::from(view.teams as u64))];
        ui.label(tr_args(if view.turn <= 1 { "handover_first" } else { "handover_next" }, lang, &place));
        ui.add_space(theme::SPACE_M);
        ui.heading(view.team);
        ui.label(view.company);
        ui.add_space(theme::SPACE_XL);
        if ui.add_sized(theme::HANDOVER_BUTTON_SIZE, egui::Button::new(tr("ready", lang))).clicked() {
            commands.push(UiCommand::GoTo(Screen::Decide));
        }
    });
    commands
}
