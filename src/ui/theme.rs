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

/// A change that is neither better nor worse (unchanged, or a figure that is good neither
/// way), and a figure without a value.
pub const NEUTRAL: egui::Color32 = egui::Color32::GRAY;
/// The lines joining a node of the driver tree to its parent.
pub const TREE_LINE: egui::Color32 = egui::Color32::GRAY;

/// Body text size in points on the desk; the sizes below are laid out for it.
pub const BODY_SIZE: f32 = 15.0;
/// Body text size in points on the projector.
pub const BODY_SIZE_PROJECTOR: f32 = 20.0;

/// Body text size in points for the desk and for the projector.
pub fn body_size(projector: bool) -> f32 {
    if projector { BODY_SIZE_PROJECTOR } else { BODY_SIZE }
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

/// Background of a coach note of the guided first year, and of what it speaks of.
pub const COACH_BACKGROUND: egui::Color32 = egui::Color32::from_rgb(0xe3, 0xef, 0xfa);
/// Row background of the player's own company in tables.
pub const HIGHLIGHT_ROW: egui::Color32 = egui::Color32::from_rgb(0xdc, 0xe8, 0xf7);
/// Background of the news line.
pub const NEWS_BACKGROUND: egui::Color32 = egui::Color32::from_rgb(0xfd, 0xf3, 0xdc);
/// Line width of the player's company in charts, and of the others.
pub const LINE_WIDTH_HIGHLIGHT: f32 = 3.5;
/// Line width of the other companies in charts.
pub const LINE_WIDTH: f32 = 1.8;

/// How much a company's colour tints its box on the podium.
pub const PODIUM_TINT: f32 = 0.22;

/// A company's colour lightened to a background (the podium's boxes).
pub fn company_tint(index: usize) -> egui::Color32 {
    company_colour(index).gamma_multiply(PODIUM_TINT)
}

// ---------------------------------------------------------------------------------------
// Spacing: one scale for the gaps between things, in points.

/// The smallest gap: under a heading, around a note, a cell's padding.
pub const SPACE_XS: f32 = 4.0;
/// A small gap: between a table and what follows it.
pub const SPACE_S: f32 = 6.0;
/// A medium gap: between sections of a form, between the groups of a screen.
pub const SPACE_M: f32 = 12.0;
/// A large gap: between the groups of a toolbar, between charts.
pub const SPACE_L: f32 = 16.0;
/// The gap between a screen's heading and its buttons, and between two side-by-side columns.
pub const SPACE_XL: f32 = 24.0;
/// Above the title screen's heading.
pub const SPACE_XXL: f32 = 40.0;
/// Above the handover screen's heading, so the next team's name sits mid-screen.
pub const HANDOVER_TOP_SPACE: f32 = 120.0;

/// Grid spacing of the report's number tables (statements, market, journal, driver tree):
/// columns apart enough to read as columns.
pub const TABLE_SPACING: egui::Vec2 = egui::vec2(14.0, SPACE_XS);
/// Grid spacing of tables that share the width with another panel (projects, pro-forma,
/// what-if).
pub const COMPACT_TABLE_SPACING: egui::Vec2 = egui::vec2(10.0, SPACE_XS);
/// Grid spacing of the ranking tables and the setup form: a few rows, more air.
pub const LOOSE_TABLE_SPACING: egui::Vec2 = egui::vec2(SPACE_L, SPACE_S);

// ---------------------------------------------------------------------------------------
// Text sizes relative to the body text (they follow the projector mode).

/// A panel's own title inside a screen (a statement's name, the driver tree, the EVA bridge).
pub const TITLE_SCALE: f32 = 1.1;
/// The rank on the podium.
pub const PODIUM_RANK_SCALE: f32 = 2.4;
/// The company name on the podium.
pub const PODIUM_NAME_SCALE: f32 = 1.2;

// ---------------------------------------------------------------------------------------
// Widths and heights. `_EMS` sizes are in body-text heights, so they grow with the type.

/// A column of money amounts.
pub const NUMBER_COLUMN_EMS: f32 = 6.5;
/// The narrowest a money column gets when it shares the width (the what-if table).
pub const NUMBER_COLUMN_MIN_EMS: f32 = 4.5;
/// A column of signed amounts with a short name beside them (the EVA bridge's parts, the
/// what-if figures).
pub const NAME_COLUMN_EMS: f32 = 7.0;
/// The line labels of a statement.
pub const STATEMENT_LABEL_EMS: f32 = 13.0;
/// A number entry in a table (the what-if form).
pub const NUMBER_FIELD_EMS: f32 = 6.0;
/// The side of a company's colour chip.
pub const CHIP_EMS: f32 = 0.7;
/// The indent of one level of the driver tree.
pub const TREE_INDENT_EMS: f32 = 1.2;
/// The indent of a credit line under its debit in the journal ("Debit an Credit").
pub const CREDIT_INDENT_EMS: f32 = 1.5;
/// The tallest step of the podium.
pub const PODIUM_HEIGHT_EMS: f32 = 9.0;
/// The height of the EVA bridge.
pub const WATERFALL_HEIGHT_EMS: f32 = 13.0;

/// Room a right-aligned header keeps beside its text.
pub const HEADER_PADDING: f32 = 4.0;
/// The inset of the driver tree's lines from the label and the row above.
pub const TREE_LINE_INSET: f32 = 2.0;

/// An entry for a file path.
pub const FIELD_WIDTH_PATH: f32 = 360.0;
/// An entry for a team's name.
pub const FIELD_WIDTH_NAME: f32 = 220.0;
/// An entry for the save game's name in the top bar.
pub const FIELD_WIDTH_SAVE_NAME: f32 = 140.0;
/// An entry for a whole number (the seed).
pub const FIELD_WIDTH_NUMBER: f32 = 120.0;
/// The glossary's search entry.
pub const FIELD_WIDTH_SEARCH: f32 = 320.0;

/// The word "Mehrwert" of the title screen's mark, in points.
pub const WORDMARK_SIZE: f32 = 44.0;
/// The big buttons of the title screen.
pub const MENU_BUTTON_SIZE: egui::Vec2 = egui::vec2(360.0, 36.0);
/// The "ready" button of the handover screen.
pub const HANDOVER_BUTTON_SIZE: egui::Vec2 = egui::vec2(320.0, 40.0);
/// The first size of the window with last year's report over the decision form.
pub const PEEK_SIZE: egui::Vec2 = egui::vec2(960.0, 620.0);
/// Width of a field of the join form (an address, a code, a device name).
pub const JOIN_FIELD_WIDTH: f32 = 260.0;
/// Size of a workshop team's status line ("submitted", "waiting for the results").
pub const SUBHEADING_SIZE: f32 = 20.0;
/// The widest the "submit these decisions?" question grows (its warnings wrap).
pub const CONFIRM_WIDTH: f32 = 520.0;
/// The file dialog's width on the title screen.
pub const FILE_DIALOG_WIDTH: f32 = 640.0;
/// Widest the new-game form grows (the scenario's paragraph wraps at it).
pub const SETUP_WIDTH: f32 = 680.0;
/// A drop-down of company names.
pub const FIELD_WIDTH_COMPANY: f32 = 260.0;
/// The height of the file dialog's list before it scrolls.
pub const FILE_DIALOG_HEIGHT: f32 = 220.0;
/// A glossary tooltip's width.
pub const TOOLTIP_WIDTH: f32 = 420.0;
/// The widest a column of running text gets (the glossary's entries).
pub const TEXT_WIDTH: f32 = 900.0;

/// The widest the pro-forma panel beside the decision form gets at [`BODY_SIZE`] (it grows
/// with the type): wide enough for three columns of eight-digit euro amounts.
pub const PRO_FORMA_WIDTH: f32 = 480.0;
/// The narrowest the pro-forma gets in a small window (it grows with the type): the line
/// names and the plan's column; last year and the change scroll into view.
pub const PRO_FORMA_MIN_WIDTH: f32 = 290.0;

/// The decision form's columns at [`BODY_SIZE`] (they grow with the type): the label.
pub const FORM_LABEL_WIDTH: f32 = 185.0;
/// The decision form's entry column.
pub const FORM_INPUT_WIDTH: f32 = 130.0;
/// The decision form's unit column.
pub const FORM_UNIT_WIDTH: f32 = 78.0;
/// The decision form's last-year column.
pub const FORM_LAST_WIDTH: f32 = 105.0;
/// The decision form's allowed-range column takes what is left, within this span (the
/// maximum grows with the type).
pub const FORM_RANGE_WIDTH: Span = Span::new(110.0, 190.0);
/// The height of a row of the decision form.
pub const FORM_ROW_HEIGHT: f32 = 24.0;
/// The side of the ⓘ beside a form row.
pub const INFO_ICON_SIZE: f32 = 16.0;
/// The radius of the ⓘ's circle.
pub const INFO_ICON_RADIUS: f32 = 6.5;
/// The size of the ⓘ's letter.
pub const INFO_ICON_FONT_SIZE: f32 = 11.0;
/// The project table's number columns at [`BODY_SIZE`]: capex, life, cash flow a year, NPV,
/// IRR, payback.
pub const PROJECT_COLUMN_WIDTHS: [f32; 6] = [100.0, 66.0, 100.0, 112.0, 62.0, 74.0];
/// The project name column takes what is left, within this span (the maximum grows with the
/// type).
pub const PROJECT_NAME_WIDTH: Span = Span::new(160.0, 360.0);

/// The charts of the final ranking.
pub const CHART_HEIGHT: f32 = 220.0;
/// The dashboard's charts share the window's height within this span.
pub const DASHBOARD_CHART_HEIGHT: Span = Span::new(150.0, 320.0);
/// The narrowest a chart gets.
pub const CHART_MIN_WIDTH: f32 = 200.0;
/// From this width three charts go in a row, else two.
pub const CHARTS_THREE_ACROSS_WIDTH: f32 = 1100.0;
/// From this width the value tab shows the tree and the bridge side by side.
pub const VALUE_TWO_COLUMNS_WIDTH: f32 = 1150.0;
/// The EVA bridge's height.
pub const WATERFALL_HEIGHT: Span = Span::new(180.0, 280.0);
/// The EVA bridge's width.
pub const WATERFALL_WIDTH: Span = Span::new(320.0, 640.0);
/// The podium's boxes.
pub const PODIUM_WIDTH: Span = Span::new(220.0, 380.0);
/// Room left on each side of a chart's year axis, in years.
pub const CHART_YEAR_MARGIN: f64 = 0.3;
/// The marker of a year in a chart for the player's company.
pub const POINT_RADIUS_HIGHLIGHT: f32 = 4.5;
/// The marker of a year in a chart for the other companies.
pub const POINT_RADIUS: f32 = 3.0;
/// A dashed line (WACC) is drawn thinner than a solid one by this factor.
pub const DASHED_LINE_SCALE: f32 = 0.7;

/// A hairline: the driver tree's lines, the ⓘ's circle.
pub const STROKE_THIN: f32 = 1.0;
/// A line that marks something: a field with an error, a podium box.
pub const STROKE_STRONG: f32 = 2.0;
/// Rounded corners of small things (a colour chip, a field's error outline).
pub const CORNER_RADIUS_SMALL: f32 = 2.0;
/// Rounded corners of boxes (the news line, the podium).
pub const CORNER_RADIUS: f32 = 4.0;
/// Inside the news line.
pub const NEWS_MARGIN: egui::Margin = egui::Margin::symmetric(10, 6);
/// Inside a podium box.
pub const PODIUM_MARGIN: egui::Margin = egui::Margin::same(12);

/// A size that fills what is available between a least and a most.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    /// The least.
    pub min: f32,
    /// The most.
    pub max: f32,
}

impl Span {
    /// A span from `min` to `max` (`min <= max`).
    pub const fn new(min: f32, max: f32) -> Span {
        Span { min, max }
    }

    /// `value` kept within the span.
    pub fn clamp(self, value: f32) -> f32 {
        value.clamp(self.min, self.max)
    }
}

/// Width of the lab's line names in ems: the longest annual-report names on two lines.
pub const LAB_LABEL_EMS: f32 = 26.0;

/// Space above a lab line name, so it sits on the text line of the field beside it.
pub const LAB_LABEL_TOP: f32 = 2.0;

/// The lab's figure columns relative to the report's number column: wide enough for
/// "-1.330.519,35 €" and "127,9 Tage".
pub const LAB_FIGURE_SCALE: f32 = 1.35;

/// The debrief's title on the projector.
pub const DEBRIEF_TITLE_SIZE: f32 = 36.0;
/// The debrief's section headings.
pub const DEBRIEF_HEADING_SIZE: f32 = 26.0;
/// The debrief's text: readable from the back of a workshop room.
pub const DEBRIEF_TEXT_SIZE: f32 = 21.0;
/// The debrief's key figures (ΔEVA of a decision, the lesson).
pub const DEBRIEF_FIGURE_SIZE: f32 = 27.0;
/// Width of the debrief's ΔEVA column on the pages of decisions.
pub const DEBRIEF_FIGURE_WIDTH: f32 = 230.0;
/// Space between the debrief's table cells.
pub const DEBRIEF_TABLE_SPACING: egui::Vec2 = egui::vec2(28.0, 10.0);
/// Height of the debrief's chart.
pub const DEBRIEF_CHART_HEIGHT: f32 = 300.0;
