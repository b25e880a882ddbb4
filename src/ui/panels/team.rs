//! A workshop team's screens between its decisions: submitted (with the way back until the
//! deadline), waiting for the trainer's results, and the connection's state.

use bevy_egui::egui;

use crate::i18n::Arg;
use crate::model::format::Locale;
use crate::ui::remote::Phase;
use crate::ui::text::{tr, tr_args};
use crate::ui::theme;

/// What the waiting screens show.
pub struct TeamWaitView<'a> {
    /// Language of every text.
    pub lang: Locale,
    /// The team's name.
    pub team: &'a str,
    /// The year being decided.
    pub year: u32,
    /// Submitted or waiting for results.
    pub phase: Phase,
    /// When the submission was accepted, as `HH:MM` (none while it is being sent).
    pub submitted_at: Option<String>,
    /// The device that submitted.
    pub submitted_by: Option<&'a str>,
    /// The trainer's correction, when there is one: who and why.
    pub correction: Option<(&'a str, &'a str)>,
    /// Seconds to the deadline.
    pub deadline_s: Option<i64>,
    /// The network problem, while it lasts.
    pub trouble: Option<&'a crate::ui::remote::Trouble>,
}

/// What a waiting screen asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitAction {
    /// Take the submission back to change it.
    Withdraw,
}

/// Draws the screen between submitting and the results.
pub fn team_wait_ui(ui: &mut egui::Ui, view: &TeamWaitView) -> Option<WaitAction> {
    let lang = view.lang;
    let mut action = None;
    ui.vertical_centered(|ui| {
        ui.add_space(theme::SPACE_XXL);
        ui.heading(format!("{} — {} {}", view.team, tr("year", lang), view.year));
        ui.add_space(theme::SPACE_M);
        match (view.phase, &view.submitted_at) {
            (Phase::Submitted, Some(at)) => {
                let by = view.submitted_by.unwrap_or_default().to_string();
                ui.label(
                    egui::RichText::new(tr_args(
                        "team_submitted",
                        lang,
                        &[("time", Arg::from(at.clone())), ("device", Arg::from(by))],
                    ))
                    .color(theme::BETTER)
                    .size(theme::SUBHEADING_SIZE),
                );
                ui.label(tr("team_waiting_for_others", lang));
                ui.add_space(theme::SPACE_S);
                if ui.button(tr("team_withdraw", lang)).clicked() {
                    action = Some(WaitAction::Withdraw);
                }
            }
            (Phase::Submitted, None) => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr("team_sending", lang));
                });
            }
            _ => {
                ui.label(egui::RichText::new(tr("team_waiting_for_results", lang)).size(theme::SUBHEADING_SIZE));
            }
        }
        if let Some((by, why)) = view.correction {
            ui.add_space(theme::SPACE_S);
            ui.label(tr_args(
                "team_corrected",
                lang,
                &[("by", Arg::from(by.to_string())), ("why", Arg::from(why.to_string()))],
            ));
        }
        if let Some(seconds) = view.deadline_s {
            ui.add_space(theme::SPACE_S);
            let clock = format!("{}:{:02}", seconds / 60, seconds % 60);
            ui.label(tr_args("team_deadline", lang, &[("left", Arg::from(clock))]));
        }
        if let Some(trouble) = view.trouble {
            ui.add_space(theme::SPACE_S);
            ui.colored_label(theme::WORSE, &trouble.text).on_hover_text(&trouble.details);
        }
    });
    action
}
