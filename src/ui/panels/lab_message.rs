//! The lab's last tab: the value message — one paragraph per buying-centre role, generated
//! from the case's figures in the message's language and editable before export — and the
//! buttons that write the one-page handout (PDF, HTML) and save the value case.

use bevy_egui::egui;

use crate::lab::message::{generated, role_heading};
use crate::model::format::Locale;
use crate::scenario::customer::case_file::Role;
use crate::ui::lab::Lab;
use crate::ui::lab::screen::LabAction;
use crate::ui::text::tr;
use crate::ui::theme;

/// Draws the message tab; true when something the case stores changed.
pub fn message_ui(ui: &mut egui::Ui, lab: &mut Lab, lang: Locale, actions: &mut Vec<LabAction>) -> bool {
    let (Some(case), Some(result)) = (lab.case.clone(), lab.result.clone()) else {
        ui.label(tr("lab_no_case", lang));
        return false;
    };
    let mut changed = false;
    egui::ScrollArea::vertical().id_salt("lab_message").auto_shrink([false, false]).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(tr("lab_message_language", lang));
            for (locale, name) in [(Locale::De, "Deutsch"), (Locale::En, "English")] {
                if ui.selectable_label(lab.form.message_lang == locale, name).clicked()
                    && lab.form.message_lang != locale
                {
                    lab.form.message_lang = locale;
                    // Edited texts are in the old language: the new one starts generated.
                    lab.texts.clear();
                    changed = true;
                }
            }
        });
        ui.label(egui::RichText::new(tr("lab_message_hint", lang)).weak());
        let message_lang = lab.form.message_lang;
        for role in Role::ALL {
            ui.add_space(theme::SPACE_S);
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(role_heading(role, message_lang)).strong());
                let edited = lab.texts.get(role.key()).is_some_and(|t| !t.trim().is_empty());
                if edited && ui.small_button(tr("lab_regenerate", lang)).clicked() {
                    lab.texts.remove(role.key());
                    changed = true;
                }
            });
            let fresh = generated(&case, &result, role, message_lang);
            let text = lab.texts.entry(role.key()).or_insert_with(|| fresh.clone());
            let edit = egui::TextEdit::multiline(text).desired_width(theme::TEXT_WIDTH).desired_rows(3);
            if ui.add(edit).changed() {
                // An edit back to the generated text is no edit.
                if *text == fresh {
                    lab.texts.remove(role.key());
                }
                changed = true;
            }
        }
        // Texts equal to the generated ones are not stored: they follow the figures.
        lab.texts.retain(|key, text| {
            Role::ALL
                .iter()
                .find(|r| r.key() == *key)
                .is_none_or(|role| *text != generated(&case, &result, *role, message_lang))
        });
        ui.add_space(theme::SPACE_M);
        ui.horizontal(|ui| {
            if ui.button(tr("lab_export_pdf", lang)).clicked() {
                actions.push(LabAction::ExportPdf);
            }
            if ui.button(tr("lab_export_html", lang)).clicked() {
                actions.push(LabAction::ExportHtml);
            }
            if ui.button(tr("lab_save_case", lang)).clicked() {
                actions.push(LabAction::SaveCase);
            }
        });
        ui.label(egui::RichText::new(tr("lab_export_hint", lang)).weak().small());
    });
    changed
}
