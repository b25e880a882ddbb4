//! "Workshop leiten": the trainer names the workshop and the teams, picks the scenario and
//! whether the room's network may reach this laptop, and starts hosting.

use bevy_egui::egui;

use crate::model::format::Locale;
use crate::ui::hosting::HostForm;
use crate::ui::text::tr;
use crate::ui::theme;

/// What the form asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostSetupAction {
    /// Start hosting with the form.
    Start,
    /// Continue the last workshop (after the trainer's laptop or the game stopped).
    Resume,
    /// Back to the title screen.
    Back,
}

/// Draws the form; `companies` is how many teams the chosen scenario takes.
/// `resumable` names the last workshop's journal when there is one to continue.
pub fn host_setup_ui(
    ui: &mut egui::Ui,
    form: &mut HostForm,
    companies: usize,
    resumable: Option<&str>,
    lang: Locale,
) -> Option<HostSetupAction> {
    let mut action = None;
    egui::Grid::new("host_form").num_columns(2).spacing(theme::TABLE_SPACING).show(ui, |ui| {
        let label = ui.label(tr("host_name", lang));
        ui.add(egui::TextEdit::singleline(&mut form.name).desired_width(theme::JOIN_FIELD_WIDTH)).labelled_by(label.id);
        ui.end_row();
        ui.label(tr("scenario", lang));
        ui.horizontal(|ui| {
            ui.radio_value(&mut form.intro, false, tr("scenario_default", lang));
            ui.radio_value(&mut form.intro, true, tr("scenario_intro", lang));
        });
        ui.end_row();
        for (i, name) in form.teams.iter_mut().enumerate() {
            let label = ui.label(format!("{} {}", tr("setup_team", lang), i + 1));
            ui.add(egui::TextEdit::singleline(name).desired_width(theme::JOIN_FIELD_WIDTH)).labelled_by(label.id);
            ui.end_row();
        }
        ui.label("");
        ui.horizontal(|ui| {
            if ui.add_enabled(form.teams.len() < companies, egui::Button::new(tr("setup_add_team", lang))).clicked() {
                form.teams.push(format!("Team {}", form.teams.len() + 1));
            }
            if ui.add_enabled(form.teams.len() > 1, egui::Button::new(tr("setup_remove_team", lang))).clicked() {
                form.teams.pop();
            }
        });
        ui.end_row();
        let label = ui.label(tr("seed", lang));
        ui.add(egui::TextEdit::singleline(&mut form.seed).desired_width(theme::JOIN_FIELD_WIDTH)).labelled_by(label.id);
        ui.end_row();
        let label = ui.label(tr("host_port", lang));
        ui.add(egui::TextEdit::singleline(&mut form.port).desired_width(theme::JOIN_FIELD_WIDTH)).labelled_by(label.id);
        ui.end_row();
    });
    ui.checkbox(&mut form.lan, tr("host_lan", lang));
    ui.label(egui::RichText::new(tr("host_lan_hint", lang)).weak());
    form.teams.truncate(companies.max(1));
    ui.add_space(theme::SPACE_S);
    ui.horizontal(|ui| {
        if ui.button(tr("host_start", lang)).clicked() {
            action = Some(HostSetupAction::Start);
        }
        if ui.button(tr("back", lang)).clicked() {
            action = Some(HostSetupAction::Back);
        }
    });
    if let Some(name) = resumable {
        ui.add_space(theme::SPACE_S);
        ui.separator();
        if ui.button(tr("host_resume", lang)).on_hover_text(name).clicked() {
            action = Some(HostSetupAction::Resume);
        }
    }
    action
}
