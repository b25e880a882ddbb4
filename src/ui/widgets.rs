//! The small widgets more than one panel draws: a change coloured by which way is better, a
//! right-aligned number cell, the dash for "no value", a company's colour chip and picker, a
//! panel's title. One function per look, so that the screens cannot drift apart.

use std::cmp::Ordering;

use bevy_egui::egui;
use egui::RichText;
use rust_decimal::Decimal;

use crate::model::Money;
use crate::model::format::{Locale, money_whole, percent};
use crate::sim::CompanyReports;
use crate::ui::screens::UiCommand;
use crate::ui::text::tr;
use crate::ui::theme;

/// Which way a figure improves: revenue, profit and cash up, costs and liabilities down;
/// total assets, for one, are neither better nor worse for growing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Better {
    /// Revenue, profit, cash, equity, ROCE.
    Higher,
    /// Costs, liabilities, WACC.
    Lower,
    /// Neither by itself (assets, capital structure, timing items).
    Neither,
}

impl Better {
    /// The colour of a change of a figure that improves this way; `change` is which way it
    /// went (`Greater`: it rose). Neutral when unchanged or when neither way is better.
    pub fn colour(self, change: Ordering) -> egui::Color32 {
        match (self, change) {
            (_, Ordering::Equal) | (Better::Neither, _) => theme::NEUTRAL,
            (Better::Higher, Ordering::Greater) | (Better::Lower, Ordering::Less) => theme::BETTER,
            _ => theme::WORSE,
        }
    }
}

/// What a cell shows for a figure without a value (no prior year, a ratio without a base).
pub const NO_VALUE: &str = "–";

/// [`NO_VALUE`] as a weak cell text.
pub fn no_value() -> RichText {
    RichText::new(NO_VALUE).weak()
}

/// A rate in percent with one decimal, or [`NO_VALUE`] when it is undefined.
pub fn percent_or_dash(rate: Option<Decimal>, lang: Locale) -> String {
    rate.map_or_else(|| NO_VALUE.to_string(), |r| percent(r, 1, lang))
}

/// A change in whole euros with an explicit sign: `+1.234 €`, `-1.234 €`, `0 €`.
pub fn signed_money(change: Money, lang: Locale) -> String {
    crate::model::format::signed_whole(change, lang)
}

/// An amount in whole euros; negatives in the worse colour (the minus sign stays, for print
/// and for colour blindness).
pub fn money_text(amount: Money, lang: Locale) -> RichText {
    let text = RichText::new(money_whole(amount, lang));
    if amount.is_negative() { text.color(theme::WORSE) } else { text }
}

/// A panel's own title inside a screen: strong and a little larger than the body.
pub fn title_text(ui: &egui::Ui, text: impl Into<String>) -> RichText {
    RichText::new(text).strong().size(ui.text_style_height(&egui::TextStyle::Body) * theme::TITLE_SCALE)
}

/// Width of a money column, scaled with the text size (projector mode has larger type).
pub fn number_width(ui: &egui::Ui) -> f32 {
    ui.text_style_height(&egui::TextStyle::Body) * theme::NUMBER_COLUMN_EMS
}

/// Width of a column of numbers headed `header`: the wider of the header and a money amount.
pub fn column_width(ui: &egui::Ui, header: &str) -> f32 {
    let galley = egui::WidgetText::from(RichText::new(header).strong()).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    number_width(ui).max(galley.size().x + theme::HEADER_PADDING)
}

/// A right-aligned cell exactly `width` wide, so the numbers of a column line up.
pub fn right_cell(ui: &mut egui::Ui, text: RichText, width: f32) -> egui::Response {
    let size = egui::vec2(width, ui.text_style_height(&egui::TextStyle::Body));
    ui.allocate_ui_with_layout(size, egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.set_min_size(size);
        ui.label(text)
    })
    .inner
}

/// A right-aligned cell as wide as a money amount.
pub fn number_cell(ui: &mut egui::Ui, text: RichText) -> egui::Response {
    let width = number_width(ui);
    right_cell(ui, text, width)
}

/// A small square in a company's colour, the key to its line in every chart.
pub fn colour_chip(ui: &mut egui::Ui, company: usize) {
    let side = ui.text_style_height(&egui::TextStyle::Body) * theme::CHIP_EMS;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    ui.painter().rect_filled(rect, theme::CORNER_RADIUS_SMALL, theme::company_colour(company));
}

/// A table's company cell: the colour chip and the name.
pub fn company_cell_ui(ui: &mut egui::Ui, company: usize, name: RichText) {
    ui.horizontal(|ui| {
        colour_chip(ui, company);
        ui.label(name);
    });
}

/// A row of every company (chip and name, the player's bold) to choose one from; returns
/// the company clicked, if one was.
pub fn company_choice_ui(
    ui: &mut egui::Ui,
    companies: &[CompanyReports],
    highlight: Option<usize>,
    selected: usize,
) -> Option<usize> {
    let mut clicked = None;
    for (i, c) in companies.iter().enumerate() {
        colour_chip(ui, i);
        let mut text = RichText::new(&c.name);
        if highlight == Some(i) {
            text = text.strong();
        }
        if ui.selectable_label(selected == i, text).clicked() {
            clicked = Some(i);
        }
    }
    clicked
}

/// A prominent line of news: `title`, then the headlines, or `empty` when there are none
/// (the report's news of the year closed, the decision screen's news of the year ahead).
pub fn news_line_ui(ui: &mut egui::Ui, title: &str, headlines: &[String], empty: &str) {
    egui::Frame::new()
        .fill(theme::NEWS_BACKGROUND)
        .inner_margin(theme::NEWS_MARGIN)
        .corner_radius(theme::CORNER_RADIUS)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(format!("{title}:")).strong().color(theme::ACCENT));
                if headlines.is_empty() {
                    ui.label(empty);
                } else {
                    ui.label(RichText::new(headlines.join("  ·  ")).strong());
                }
            });
        });
}

/// The language a "switch language" button switches to, and its label in that language.
pub fn other_language(lang: Locale) -> (Locale, &'static str) {
    match lang {
        Locale::De => (Locale::En, "English"),
        Locale::En => (Locale::De, "Deutsch"),
    }
}

/// The status strip under the top bar: the message wrapped to the window's width (never cut
/// at its edge), the technical details on hover, the last good autosave to open when a file
/// failed, and a button that closes it.
pub fn status_ui(ui: &mut egui::Ui, status: &crate::ui::screens::Status, lang: Locale) -> Vec<UiCommand> {
    let mut commands = Vec::new();
    let colour = if status.error { theme::WORSE } else { theme::BETTER };
    ui.add_space(theme::SPACE_XS);
    ui.horizontal(|ui| {
        if ui.small_button("✕").on_hover_text(tr("issue_dismiss", lang)).clicked() {
            commands.push(UiCommand::DismissMessage);
        }
        if let Some(path) = &status.recovery
            && ui.button(tr("issue_recover", lang)).on_hover_text(path.display().to_string()).clicked()
        {
            commands.push(UiCommand::Open(path.clone()));
        }
        let label = ui.add(egui::Label::new(RichText::new(&status.text).color(colour)).wrap());
        if let Some(details) = &status.details {
            label.on_hover_text(format!("{}\n{details}", tr("issue_details", lang)));
        }
    });
    ui.add_space(theme::SPACE_XS);
    commands
}

/// Shows `panel` in `ui` and, when its size is not the one it had last frame, has egui draw
/// the frame again at once: a panel is placed by last frame's size, so a note that appears
/// in it (a coach tip, an error line, a status message) would otherwise stick out of the
/// window, or leave a gap, until the next input.
pub fn fitted_panel<R>(
    ui: &mut egui::Ui,
    panel: egui::Panel,
    name: &'static str,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let shown = panel.show(ui, add);
    let size = shown.response.rect.size();
    let id = egui::Id::new(("fitted_panel", name));
    if ui.data(|d| d.get_temp::<egui::Vec2>(id)) != Some(size) {
        ui.data_mut(|d| d.insert_temp(id, size));
        ui.ctx().request_discard(name);
    }
    shown.inner
}

/// A chart that stays as drawn: no dragging, zooming or scrolling (a report, not a tool).
pub fn fixed_plot<'a>(id: impl egui::AsId) -> egui_plot::Plot<'a> {
    egui_plot::Plot::new(id)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
}
