//! The strip under a practice game against a finished workshop: what the form starts from,
//! and after each year the player's EVA beside the one the team really made in the room.

use bevy_egui::egui;
use egui::RichText;

use crate::i18n::Arg;
use crate::model::Money;
use crate::model::format::{Locale, money_whole};
use crate::ui::text::tr_args;
use crate::ui::theme;

/// Where a practice stands, for its strip.
pub struct PracticeView<'a> {
    /// Display language.
    pub lang: Locale,
    /// The workshop's name.
    pub workshop: &'a str,
    /// The team's name in it.
    pub team: &'a str,
    /// The year being decided (on the decision screen) or last closed (on the report).
    pub year: u32,
    /// On the report: the player's EVA of the year and the sum so far, and the room's.
    pub compared: Option<Compared>,
}

/// The player's EVA against the room's.
pub struct Compared {
    /// The player's EVA of the year.
    pub mine: Money,
    /// The team's EVA of the year in the workshop.
    pub room: Money,
    /// The player's EVA of every year so far, summed.
    pub mine_sum: Money,
    /// The team's in the workshop, summed over the same years.
    pub room_sum: Money,
}

/// Draws the strip (one or two lines).
pub fn practice_ui(ui: &mut egui::Ui, view: &PracticeView) {
    let lang = view.lang;
    let head = [("workshop", Arg::from(view.workshop.to_string())), ("team", Arg::from(view.team.to_string()))];
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr_args("practice_head", lang, &head)).strong().color(theme::ACCENT));
        match &view.compared {
            None => {
                let args = [("year", Arg::from(view.year.to_string()))];
                ui.label(tr_args("practice_decide", lang, &args));
            }
            Some(c) => {
                let args = [
                    ("year", Arg::from(view.year.to_string())),
                    ("mine", Arg::from(money_whole(c.mine, lang))),
                    ("room", Arg::from(money_whole(c.room, lang))),
                    ("mine_sum", Arg::from(money_whole(c.mine_sum, lang))),
                    ("room_sum", Arg::from(money_whole(c.room_sum, lang))),
                ];
                let better = c.mine_sum >= c.room_sum;
                let text = tr_args("practice_compared", lang, &args);
                ui.label(RichText::new(text).color(if better { theme::BETTER } else { theme::WORSE }));
            }
        }
    });
}
