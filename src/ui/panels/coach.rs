//! The guided first year: a newcomer gets one short coach note at a time — on each group of
//! decisions, on the pro-forma, and on each tab of the first annual report — and can step
//! through them or hide them (the menu brings them back).

use bevy_egui::egui;
use egui::RichText;

use crate::i18n::Arg;
use crate::model::format::Locale;
use crate::ui::screens::{ResultsTab, UiCommand};
use crate::ui::text::{tr, tr_args};
use crate::ui::theme;

/// A stop of the tour through the decision screen, in the order the form is filled in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecideStep {
    /// List price, rebate, payment terms, sales force, sales forecast.
    Sales,
    /// Production, marketing and R&D.
    Production,
    /// New lines and the project catalogue.
    Investments,
    /// Loans, repayments and dividends.
    Financing,
    /// The live pro-forma beside the form.
    ProForma,
}

/// The tour's stops in order.
pub const DECIDE_STEPS: [DecideStep; 5] =
    [DecideStep::Sales, DecideStep::Production, DecideStep::Investments, DecideStep::Financing, DecideStep::ProForma];

impl DecideStep {
    /// The stop at `index` (the last one for an index past the end).
    pub fn at(index: usize) -> DecideStep {
        DECIDE_STEPS[index.min(DECIDE_STEPS.len() - 1)]
    }

    /// The Fluent key of the stop's title (`ui_<key>_title`) and text (`ui_<key>`).
    fn key(self) -> &'static str {
        match self {
            DecideStep::Sales => "coach_sales",
            DecideStep::Production => "coach_production",
            DecideStep::Investments => "coach_investments",
            DecideStep::Financing => "coach_financing",
            DecideStep::ProForma => "coach_pro_forma",
        }
    }
}

/// The note of the decision screen's stop `index`, with the way back and on and "hide".
pub fn decide_coach_ui(ui: &mut egui::Ui, index: usize, lang: Locale) -> Vec<UiCommand> {
    let index = index.min(DECIDE_STEPS.len() - 1);
    let key = DecideStep::at(index).key();
    let title = tr_args(
        "coach_step",
        lang,
        &[
            ("n", Arg::from(index + 1)),
            ("count", Arg::from(DECIDE_STEPS.len())),
            ("topic", Arg::from(tr(&format!("{key}_title"), lang).to_string())),
        ],
    );
    card_ui(ui, &title, tr(key, lang), Some(index), lang)
}

/// The note on a tab of the first annual report.
pub fn report_coach_ui(ui: &mut egui::Ui, tab: ResultsTab, lang: Locale) -> Vec<UiCommand> {
    card_ui(ui, tr("coach_tip", lang), tr(report_key(tab), lang), None, lang)
}

/// The Fluent key of the note on `tab`.
fn report_key(tab: ResultsTab) -> &'static str {
    match tab {
        ResultsTab::Statements => "coach_report_statements",
        ResultsTab::Dashboard => "coach_report_dashboard",
        ResultsTab::Market => "coach_report_market",
        ResultsTab::Leaderboard => "coach_report_leaderboard",
        ResultsTab::Value => "coach_report_value",
        ResultsTab::Journal => "coach_report_journal",
    }
}

/// A note in the news line's colours: its title, its text, and the buttons — back and next
/// on a tour (`step`), and always "hide".
fn card_ui(ui: &mut egui::Ui, title: &str, text: &str, step: Option<usize>, lang: Locale) -> Vec<UiCommand> {
    let mut commands = Vec::new();
    egui::Frame::new()
        .fill(theme::COACH_BACKGROUND)
        .stroke(egui::Stroke::new(theme::STROKE_THIN, theme::ACCENT))
        .inner_margin(theme::NEWS_MARGIN)
        .corner_radius(theme::CORNER_RADIUS)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(title).strong().color(theme::ACCENT));
            ui.add(egui::Label::new(text).wrap());
            ui.horizontal(|ui| {
                if let Some(index) = step {
                    if ui.add_enabled(index > 0, egui::Button::new(tr("coach_back", lang))).clicked() {
                        commands.push(UiCommand::CoachStep(index.saturating_sub(1)));
                    }
                    if ui
                        .add_enabled(index + 1 < DECIDE_STEPS.len(), egui::Button::new(tr("coach_next", lang)))
                        .clicked()
                    {
                        commands.push(UiCommand::CoachStep(index + 1));
                    }
                }
                if ui.button(tr("coach_hide", lang)).on_hover_text(tr("coach_hide_hint", lang)).clicked() {
                    commands.push(UiCommand::SetGuide(false));
                }
            });
        });
    commands
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stop_and_tab_has_its_note_in_both_languages() {
        let tabs = [
            ResultsTab::Statements,
            ResultsTab::Dashboard,
            ResultsTab::Market,
            ResultsTab::Leaderboard,
            ResultsTab::Value,
            ResultsTab::Journal,
        ];
        let mut keys: Vec<String> = tabs.iter().map(|t| report_key(*t).to_string()).collect();
        for step in DECIDE_STEPS {
            keys.extend([step.key().to_string(), format!("{}_title", step.key())]);
        }
        for lang in [Locale::De, Locale::En] {
            for key in &keys {
                let text = tr(key, lang);
                // An unknown key is shown as itself; a note is a sentence or a title.
                assert!(text != key && text.len() > 5, "{key} in {lang:?}: {text:?}");
            }
        }
        assert_ne!(tr("coach_sales", Locale::De), tr("coach_sales", Locale::En));
    }
}
