//! "Workshop beitreten": a team types the trainer's address and its join code and plays the
//! workshop on its own laptop.

use bevy_egui::egui;

use crate::model::format::Locale;
use crate::ui::remote::JoinForm;
use crate::ui::text::tr;
use crate::ui::theme;

/// What the join form asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinAction {
    /// Connect with the form's address and code.
    Join,
    /// Back to the title screen.
    Back,
}

/// Draws the join form; `form` is edited in place.
pub fn join_ui(ui: &mut egui::Ui, form: &mut JoinForm, lang: Locale) -> Option<JoinAction> {
    let mut action = None;
    ui.label(tr("join_intro", lang));
    ui.add_space(theme::SPACE_S);
    egui::Grid::new("join_form").num_columns(2).spacing(theme::TABLE_SPACING).show(ui, |ui| {
        for (key, hint, text) in [
            ("join_address", "192.168.178.20:7878", &mut form.address),
            ("join_code", "BLAU-4821", &mut form.code),
            ("join_device", "Laptop Anna", &mut form.device),
        ] {
            let label = ui.label(tr(key, lang));
            let field = egui::TextEdit::singleline(text).hint_text(hint).desired_width(theme::JOIN_FIELD_WIDTH);
            ui.add(field).labelled_by(label.id);
            ui.end_row();
        }
    });
    ui.add_space(theme::SPACE_S);
    let ready = !form.address.trim().is_empty() && !form.code.trim().is_empty() && !form.joining;
    ui.horizontal(|ui| {
        if ui.add_enabled(ready, egui::Button::new(tr("join_button", lang))).clicked() {
            action = Some(JoinAction::Join);
        }
        if ui.button(tr("back", lang)).clicked() {
            action = Some(JoinAction::Back);
        }
        if form.joining {
            ui.spinner();
            ui.label(tr("join_connecting", lang));
        }
    });
    // Enter in a field joins as the button does.
    if ready && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        action = Some(JoinAction::Join);
    }
    action
}
