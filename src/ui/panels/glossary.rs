//! The glossary screen (search over every term) and glossary tooltips for lines and KPIs.

use bevy_egui::egui;

use crate::glossary::{Entry, entry, search};
use crate::model::format::Locale;
use crate::ui::screens::{Screen, UiCommand};
use crate::ui::text::tr;
use crate::ui::theme;

/// The glossary entry of `key` as a tooltip: term, definition, formula and "moved by".
/// Without an entry the response is returned unchanged.
pub fn glossary_hover(response: egui::Response, key: &str, lang: Locale) -> egui::Response {
    match entry(key, lang) {
        Some(e) => response.on_hover_ui(|ui| {
            ui.set_max_width(theme::TOOLTIP_WIDTH);
            entry_body_ui(ui, &e, lang);
        }),
        None => response,
    }
}

/// Term, definition, formula, drivers and typical range of one entry (a tooltip).
fn entry_body_ui(ui: &mut egui::Ui, e: &Entry, lang: Locale) {
    ui.label(egui::RichText::new(e.term).strong().color(theme::ACCENT));
    entry_details_ui(ui, e, lang);
}

/// Definition, formula, drivers and typical range (the term is shown by the caller).
fn entry_details_ui(ui: &mut egui::Ui, e: &Entry, lang: Locale) {
    ui.label(e.definition);
    let field = |ui: &mut egui::Ui, key: &str, text: &str| {
        if !text.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(format!("{}:", tr(key, lang))).strong());
                ui.label(text);
            });
        }
    };
    field(ui, "glossary_formula", e.formula);
    field(ui, "glossary_drivers", e.drivers);
    field(ui, "glossary_typical", e.typical_range);
}

/// The glossary screen: a search field and the matching entries in the player's language.
/// `back` is the screen the back button returns to.
pub fn glossary_ui(ui: &mut egui::Ui, lang: Locale, query: &mut String, back: Screen) -> Vec<UiCommand> {
    let mut commands = Vec::new();
    ui.horizontal(|ui| {
        ui.heading(tr("glossary", lang));
        ui.add_space(theme::SPACE_XL);
        if ui.button(tr("back", lang)).clicked() {
            commands.push(UiCommand::GoTo(back));
        }
    });
    ui.horizontal(|ui| {
        ui.label(tr("glossary_search", lang));
        ui.add(
            egui::TextEdit::singleline(query)
                .hint_text(tr("glossary_search_hint", lang))
                .desired_width(theme::FIELD_WIDTH_SEARCH),
        );
        if !query.is_empty() && ui.button("✕").on_hover_text(tr("glossary_clear", lang)).clicked() {
            query.clear();
        }
    });
    ui.separator();
    let found = search(query, lang);
    if found.is_empty() {
        ui.label(egui::RichText::new(tr("glossary_nothing", lang)).weak());
        return commands;
    }
    ui.label(egui::RichText::new(format!("{} {}", found.len(), tr("glossary_entries", lang))).weak());
    egui::ScrollArea::vertical().id_salt("glossary").auto_shrink([false, false]).show(ui, |ui| {
        let width = ui.available_width().min(theme::TEXT_WIDTH);
        // A search narrows the list and opens what it found; the whole glossary shows terms
        // only (laying out all 100-odd entries every frame would cost a frame's budget).
        let open = found.len() <= 12;
        for e in &found {
            let header = egui::RichText::new(e.term).strong().color(theme::ACCENT);
            egui::CollapsingHeader::new(header).id_salt(("glossary", e.key)).open(open.then_some(true)).show(
                ui,
                |ui| {
                    ui.set_max_width(width);
                    entry_details_ui(ui, e, lang);
                },
            );
        }
    });
    commands
}
