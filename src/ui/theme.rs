//! Colours and sizes of the game in one place: the normal desk theme and the projector mode
//! (light, larger type) for workshop rooms.

use bevy_egui::egui;

/// A figure that got better (green) or worse (red); the same tokens everywhere.
pub const BETTER: egui::Color32 = egui::Color32::from_rgb(0x1b, 0x7f, 0x3b);
/// A figure that got worse, or a negative amount.
pub const WORSE: egui::Color32 = egui::Color32::from_rgb(0xc0, 0x28, 0x28);
/// Warnings (inform, do not block).
pub const WARNING: egui::Color32 = egui::Color32::from_rgb(0xb3, 0x6b, 0x00);
/// Accent for headings and the company being played.
pub const ACCENT: egui::Color32 = egui::Color32::from_rgb(0x1f, 0x4e, 0x8c);

/// Body text size in points for the desk and for the projector.
pub fn body_size(projector: bool) -> f32 {
    if projector { 20.0 } else { 15.0 }
}

/// Applies the theme: light for the projector (rooms are bright), light for the desk too
/// (finance tables read better dark-on-light), larger type on the projector.
pub fn apply(ctx: &egui::Context, projector: bool) {
    ctx.set_theme(egui::Theme::Light);
    let body = body_size(projector);
    ctx.all_styles_mut(|style| {
        use egui::{FontFamily, FontId, TextStyle};
        style.text_styles = [
            (TextStyle::Heading, FontId::new(body * 1.5, FontFamily::Proportional)),
            (TextStyle::Body, FontId::new(body, FontFamily::Proportional)),
            (TextStyle::Monospace, FontId::new(body, FontFamily::Monospace)),
            (TextStyle::Button, FontId::new(body, FontFamily::Proportional)),
            (TextStyle::Small, FontId::new(body * 0.8, FontFamily::Proportional)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, if projector { 8.0 } else { 5.0 });
    });
}

/// One fixed colour per company (by scenario index), the same in every chart, key and table,
/// chosen to stay apart on a projector and for the common colour-vision deficiencies
/// (Okabe–Ito order, with black left out for text).
pub const COMPANY_COLOURS: [egui::Color32; 8] = [
    egui::Color32::from_rgb(0x00, 0x72, 0xb2), // blue
    egui::Color32::from_rgb(0xe6, 0x9f, 0x00), // orange
    egui::Color32::from_rgb(0x00, 0x9e, 0x73), // bluish green
    egui::Color32::from_rgb(0xcc, 0x79, 0xa7), // reddish purple
    egui::Color32::from_rgb(0xd5, 0x5e, 0x00), // vermilion
    egui::Color32::from_rgb(0x56, 0xb4, 0xe9), // sky blue
    egui::Color32::from_rgb(0x6a, 0x3d, 0x9a), // purple
    egui::Color32::from_rgb(0x8c, 0x6d, 0x31), // brown
];

/// The colour of the company with scenario index `index` (colours repeat after eight).
pub fn company_colour(index: usize) -> egui::Color32 {
    COMPANY_COLOURS[index % COMPANY_COLOURS.len()]
}

/// Row background of the player's own company in tables.
pub const HIGHLIGHT_ROW: egui::Color32 = egui::Color32::from_rgb(0xdc, 0xe8, 0xf7);
/// Background of the news line.
pub const NEWS_BACKGROUND: egui::Color32 = egui::Color32::from_rgb(0xfd, 0xf3, 0xdc);
/// Line width of the player's company in charts, and of the others.
pub const LINE_WIDTH_HIGHLIGHT: f32 = 3.5;
/// Line width of the other companies in charts.
pub const LINE_WIDTH: f32 = 1.8;
