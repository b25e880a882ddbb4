//! Between two teams on one laptop: hides the last team's entries until the next is ready,
//! says whose turn it is — team, company, and its place in the round — and lets the team
//! that just submitted take its decisions back before the next one starts. After the last
//! team it waits for the trainer to play the year.

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
    /// The team whose turn it is (the last team once all have submitted).
    pub team: &'a str,
    /// The name of the company the team runs.
    pub company: &'a str,
    /// The team's place in this year's round, from 1; `teams + 1` once all have submitted.
    pub turn: usize,
    /// The number of teams.
    pub teams: usize,
    /// The fiscal year to decide.
    pub year: u32,
    /// The team that submitted last, whose submission can still be taken back.
    pub withdrawable: Option<&'a str>,
}

impl HandoverView<'_> {
    /// Every team has submitted: the year waits to be played.
    fn all_submitted(&self) -> bool {
        self.turn > self.teams
    }
}

/// Draws the handover screen for the team whose turn it is: the first team of a year starts,
/// the others take the laptop over; once all have submitted, the year can be played.
pub fn handover_ui(ui: &mut egui::Ui, view: &HandoverView) -> Vec<UiCommand> {
    let lang = view.lang;
    let mut commands = Vec::new();
    ui.vertical_centered(|ui| {
        ui.add_space(theme::HANDOVER_TOP_SPACE);
        ui.heading(format!("{} {}", tr("year", lang), view.year));
        ui.add_space(theme::SPACE_M);
        if view.all_submitted() {
            ui.label(tr_args("handover_all_submitted", lang, &[("teams", Arg::from(view.teams as u64))]));
            ui.add_space(theme::SPACE_XL);
            let play = egui::Button::new(egui::RichText::new(tr("handover_play_year", lang)).strong());
            if ui.add_sized(theme::HANDOVER_BUTTON_SIZE, play).clicked() {
                commands.push(UiCommand::CloseYear);
            }
        } else {
            let place = [("turn", Arg::from(view.turn as u64)), ("teams", Arg::from(view.teams as u64))];
            ui.label(tr_args(if view.turn <= 1 { "handover_first" } else { "handover_next" }, lang, &place));
            ui.add_space(theme::SPACE_M);
            ui.heading(view.team);
            ui.label(view.company);
            ui.add_space(theme::SPACE_XL);
            if ui.add_sized(theme::HANDOVER_BUTTON_SIZE, egui::Button::new(tr("ready", lang))).clicked() {
                commands.push(UiCommand::GoTo(Screen::Decide));
            }
        }
        if let Some(team) = view.withdrawable {
            ui.add_space(theme::SPACE_XL);
            let text = tr_args("handover_withdraw", lang, &[("team", Arg::from(team.to_string()))]);
            if ui.button(text).on_hover_text(tr("handover_withdraw_hint", lang)).clicked() {
                commands.push(UiCommand::Withdraw);
            }
        }
    });
    commands
}
