//! The value tab of the annual report: the EVA driver tree of any company and year with last
//! year's values and the change, the attribution of ΔEVA as a waterfall with the debrief's
//! sentences, and the what-if replay of one of the player's past years.
//!
//! In a workshop the other teams' trees show only what the market report makes public
//! (net revenue, volume, price, market share).

use bevy_egui::egui;
use egui_plot::{Bar, BarChart, GridInput, GridMark};
use rust_decimal::Decimal;

use super::glossary::glossary_hover;
use super::results::{ReportSetup, in_millions};
use crate::model::Money;
use crate::model::format::{Locale, decimal, money_whole, units};
use crate::model::kpi::{KpiValue, is_multiple};
use crate::model::rounding::round;
use crate::model::value::{DriverTree, driver_tree};
use crate::scenario::{Decisions, Scenario};
use crate::sim::explain::explain;
use crate::sim::{CompanyReports, YearReport};
use crate::ui::draft::Draft;
use crate::ui::screens::UiCommand;
use crate::ui::text::tr;
use crate::ui::theme;
use crate::ui::widgets::{Better, company_choice_ui, no_value, number_width, right_cell, signed_money, title_text};

/// The value tab's choices and the what-if form and result; kept between frames.
#[derive(Clone, Debug, Default)]
pub struct ValueState {
    /// Company shown (scenario index); the player's own when not chosen.
    pub company: Option<usize>,
    /// Fiscal year shown; the last closed year when not chosen.
    pub year: Option<u32>,
    /// Workshop: index of the team looking at the screen (its own tree is shown in full).
    pub viewer: usize,
    /// The what-if form being edited.
    pub what_if: Option<WhatIfForm>,
    /// The last what-if replay.
    pub what_if_result: Option<WhatIfResult>,
}

/// The what-if form: one past year's decisions of the player's company, as typed.
#[derive(Clone, Debug)]
pub struct WhatIfForm {
    /// Scenario index of the company.
    pub company: usize,
    /// The year whose decisions are changed.
    pub year: u32,
    /// The decisions as typed (only prices, rebates, production and marketing are shown).
    pub draft: Draft,
    /// Messages of fields that do not parse or break the scenario's limits.
    pub errors: Vec<String>,
}

/// A what-if replay: the branch's history of the company, or why there is none.
#[derive(Clone, Debug)]
pub struct WhatIfResult {
    /// Scenario index of the company.
    pub company: usize,
    /// The year whose decisions were changed.
    pub year: u32,
    /// The company's reports in the branch, or the refusal in words.
    pub outcome: Result<Vec<YearReport>, String>,
}

/// What the value tab shows.
pub struct ValueView<'a> {
    /// Language of every text.
    pub lang: Locale,
    /// Every company with its reports, in scenario order.
    pub companies: &'a [CompanyReports],
    /// Players, highlight and segment names.
    pub setup: &'a ReportSetup,
    /// The scenario (segment names, limits for the what-if form).
    pub scenario: &'a Scenario,
    /// Workshop: the teams in turn order with their company's scenario index; `None` solo.
    pub workshop_teams: Option<Vec<(String, usize)>>,
    /// The what-if replay is offered (it needs the whole game: not on a workshop team's own
    /// laptop, which knows its own company only).
    pub what_if: bool,
}

impl ValueView<'_> {
    /// The company whose tree the viewer may see in full: the solo player's, or in a
    /// workshop the viewing team's.
    fn own_company(&self, state: &ValueState) -> Option<usize> {
        match &self.workshop_teams {
            None => self.setup.highlight,
            Some(teams) => teams.get(state.viewer).map(|t| t.1),
        }
    }

    /// True when `company`'s whole tree may be shown: the viewing team's own company; solo
    /// also a competitor's when the scenario publishes whole statements (the tree is built
    /// from them).
    pub fn is_open(&self, company: usize, state: &ValueState) -> bool {
        let published =
            self.workshop_teams.is_none() && self.setup.disclosure == crate::scenario::Disclosure::Statements;
        published || self.own_company(state) == Some(company)
    }
}

/// Keys the market report publishes for every company.
const PUBLIC_KEYS: [&str; 3] = ["net_revenue", "volume_units", "average_net_price"];

/// The EVA driver tree of one year.
pub fn tree_of(r: &YearReport) -> DriverTree {
    let units_sold: u64 = r.segments.iter().map(|s| s.sold_units).sum();
    driver_tree(&r.income, &r.opening, &r.closing, r.tax_rate, r.cost_of_capital, units_sold)
}

/// Which way is better for a driver-tree node (for EVA, all else equal).
pub fn node_better(key: &str) -> Better {
    match key {
        "eva" | "spread" | "roic" | "nopat_margin" | "ebit_margin" | "capital_turnover" | "net_revenue"
        | "volume_units" | "average_net_price" | "payables" => Better::Higher,
        "tax_rate" | "wacc" | "inventory" | "receivables" => Better::Lower,
        k if k.ends_with("_ratio") => Better::Lower,
        _ => Better::Neither,
    }
}

pub use crate::labels::node_label;

/// True for a node that is an amount per unit (shown with cents).
fn is_per_unit(key: &str) -> bool {
    crate::labels::is_per_unit(key)
}

/// A node value as the report prints it: euros, percent, a multiple or units; "–" when
/// undefined.
pub fn format_value(key: &str, value: KpiValue, lang: Locale) -> String {
    crate::labels::node_value(key, value, lang)
}

/// The change from `before` to `now` with an explicit sign: euros, percentage points,
/// a multiple or units; `None` when either is undefined.
///
/// The returned change is rounded as printed, so a change that prints as zero is zero
/// (grey, without a sign).
pub fn format_change(key: &str, before: KpiValue, now: KpiValue, lang: Locale) -> Option<(String, Decimal)> {
    let signed = |d: Decimal, text: String| if d > Decimal::ZERO { format!("+{text}") } else { text };
    match (before, now) {
        (KpiValue::Money(a), KpiValue::Money(b)) if is_per_unit(key) => {
            // A price per unit moves by cents: 47,62 € → 47,33 € is −0,29 €, not "−0 €".
            let d = round((b - a).amount(), 2);
            Some((signed(d, crate::model::format::money(Money::from_decimal(d), lang)), d))
        }
        (KpiValue::Money(a), KpiValue::Money(b)) => {
            let d = (b - a).amount().round();
            Some((signed(d, money_whole(b - a, lang)), d))
        }
        (KpiValue::Ratio(Some(a)), KpiValue::Ratio(Some(b))) if is_multiple(key) => {
            let d = round(b - a, 2);
            Some((signed(d, format!("{}×", decimal(d, 2, lang))), d))
        }
        (KpiValue::Ratio(Some(a)), KpiValue::Ratio(Some(b))) => {
            let points = round((b - a) * Decimal::ONE_HUNDRED, 1);
            let text = format!("{} {}", decimal(points, 1, lang), tr("unit_points", lang));
            Some((signed(points, text), points))
        }
        (KpiValue::Units(Some(a)), KpiValue::Units(Some(b))) => {
            let d = b - a;
            let abs = units(u64::try_from(d.abs().round()).unwrap_or(0), lang);
            let text = if d < Decimal::ZERO { format!("−{abs}") } else { abs };
            Some((signed(d, text), d))
        }
        _ => None,
    }
}

/// Draws the value tab.
pub fn value_ui(ui: &mut egui::Ui, view: &ValueView, state: &mut ValueState) -> Vec<UiCommand> {
    let lang = view.lang;
    let mut commands = Vec::new();
    let default_company = view.own_company(state).unwrap_or(0);
    let mut company_index = state.company.unwrap_or(default_company).min(view.companies.len().saturating_sub(1));
    ui.horizontal_wrapped(|ui| {
        if let Some(teams) = &view.workshop_teams {
            ui.label(tr("value_viewer", lang));
            let current = teams.get(state.viewer).map(|t| t.0.clone()).unwrap_or_default();
            egui::ComboBox::from_id_salt("value_viewer").selected_text(current).show_ui(ui, |ui| {
                for (i, (name, _)) in teams.iter().enumerate() {
                    ui.selectable_value(&mut state.viewer, i, name);
                }
            });
            ui.add_space(theme::SPACE_L);
        }
        ui.label(tr("company", lang));
        if let Some(i) = company_choice_ui(ui, view.companies, view.setup.highlight, company_index) {
            company_index = i;
            state.company = Some(i);
        }
    });
    let Some(company) = view.companies.get(company_index) else { return commands };
    let Some(last) = company.history.last() else { return commands };
    let year = state.year.filter(|y| (1..=last.year).contains(y)).unwrap_or(last.year);
    ui.horizontal(|ui| {
        ui.label(tr("year", lang));
        for r in &company.history {
            let text = format!("{} {}", tr("fy_short", lang), r.year);
            if ui.selectable_label(year == r.year, text).clicked() {
                state.year = Some(r.year);
            }
        }
    });
    let Some(report) = company.history.iter().find(|r| r.year == year) else { return commands };
    let prev = company.history.iter().find(|r| r.year + 1 == year);
    let open = view.is_open(company_index, state);
    ui.separator();
    egui::ScrollArea::vertical().id_salt("value_tab").auto_shrink([false, false]).show(ui, |ui| {
        if !open {
            public_tree_ui(ui, report, prev, lang);
            return;
        }
        let wide = ui.available_width() >= theme::VALUE_TWO_COLUMNS_WIDTH;
        let left = |ui: &mut egui::Ui| {
            let title = format!("{} — {}, {} {year}", tr("driver_tree", lang), company.name, tr("fy_short", lang));
            ui.label(title_text(ui, title));
            tree_ui(ui, report, prev, lang);
        };
        let mut right = |ui: &mut egui::Ui| {
            attribution_ui(ui, report, prev, lang);
            if view.what_if && view.own_company(state) == Some(company_index) {
                ui.add_space(theme::SPACE_S);
                what_if_ui(ui, view, state, company, year, &mut commands);
            }
        };
        if wide {
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| left(ui));
                ui.add_space(theme::SPACE_XL);
                ui.vertical(|ui| right(ui));
            });
        } else {
            left(ui);
            ui.add_space(theme::SPACE_M);
            right(ui);
        }
    });
    commands
}

/// A team's value tree of its last year on the projector (with its consent): the tree and
/// the attribution of ΔEVA side by side, without the what-if (that is the team's own tool).
pub fn projected_tree_ui(ui: &mut egui::Ui, company: &CompanyReports, team: &str, lang: Locale) {
    let Some(report) = company.history.last() else {
        ui.label(tr("projector_no_year", lang));
        return;
    };
    let prev = company.history.iter().rev().nth(1);
    let title =
        format!("{} — {} ({team}), {} {}", tr("driver_tree", lang), company.name, tr("fy_short", lang), report.year);
    ui.label(title_text(ui, title));
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| tree_ui(ui, report, prev, lang));
        ui.add_space(theme::SPACE_XL);
        ui.vertical(|ui| attribution_ui(ui, report, prev, lang));
    });
}

/// How a node's children make it, shown beside the node.
fn relation_key(key: &str) -> Option<&'static str> {
    Some(match key {
        "eva" => "rel_eva",
        "spread" => "rel_spread",
        "roic" => "rel_roic",
        "nopat_margin" => "rel_nopat_margin",
        "ebit_margin" => "rel_ebit_margin",
        "capital_turnover" => "rel_capital_turnover",
        "net_revenue" => "rel_net_revenue",
        "capital_employed" => "rel_capital_employed",
        _ => return None,
    })
}

fn header_row(ui: &mut egui::Ui, widths: f32, lang: Locale, this_year: u32) {
    ui.label("");
    let fy = tr("fy_short", lang);
    right_cell(ui, egui::RichText::new(format!("{fy} {this_year}")).strong(), widths);
    right_cell(ui, egui::RichText::new(tr("last_year", lang)).strong(), widths);
    right_cell(ui, egui::RichText::new(tr("change", lang)).strong(), widths);
    ui.end_row();
}

/// One tree row: the indented label with its glossary tooltip, this year, last year, change.
fn node_row(
    ui: &mut egui::Ui,
    key: &str,
    level: usize,
    now: KpiValue,
    before: Option<KpiValue>,
    width: f32,
    lang: Locale,
) {
    let indent = ui.text_style_height(&egui::TextStyle::Body) * theme::TREE_INDENT_EMS;
    let response = ui
        .horizontal(|ui| {
            if level > 0 {
                // An "L" from the parent's column to this label: the tree's shape.
                let (rect, _) = ui.allocate_exact_size(
                    egui::vec2(indent * level as f32, ui.text_style_height(&egui::TextStyle::Body)),
                    egui::Sense::hover(),
                );
                let x = rect.right() - indent * 0.6;
                let stroke = egui::Stroke::new(theme::STROKE_THIN, theme::TREE_LINE);
                let (top, middle) = (rect.top() - theme::TREE_LINE_INSET, rect.center().y);
                ui.painter().line_segment([egui::pos2(x, top), egui::pos2(x, middle)], stroke);
                ui.painter().line_segment(
                    [egui::pos2(x, middle), egui::pos2(rect.right() - theme::TREE_LINE_INSET, middle)],
                    stroke,
                );
            }
            let mut text = egui::RichText::new(node_label(key, lang));
            if level <= 1 || key == "capital_employed" {
                text = text.strong();
            }
            let label = ui.label(text);
            if let Some(rel) = relation_key(key) {
                ui.label(egui::RichText::new(tr(rel, lang)).weak().small());
            }
            label
        })
        .inner;
    glossary_hover(response, key, lang);
    let strong = level == 0;
    let value_text = |v: KpiValue| {
        let text = egui::RichText::new(format_value(key, v, lang));
        let text = if strong { text.strong() } else { text };
        match v {
            KpiValue::Money(m) if m.is_negative() => text.color(theme::WORSE),
            _ => text,
        }
    };
    right_cell(ui, value_text(now), width);
    match before {
        Some(b) => {
            right_cell(ui, value_text(b).weak(), width);
            match format_change(key, b, now, lang) {
                Some((text, d)) => {
                    let colour = node_better(key).colour(d.cmp(&Decimal::ZERO));
                    right_cell(ui, egui::RichText::new(text).color(colour), width)
                }
                None => right_cell(ui, no_value(), width),
            };
        }
        None => {
            right_cell(ui, no_value(), width);
            right_cell(ui, no_value(), width);
        }
    }
    ui.end_row();
}

/// The whole driver tree as an indented table.
fn tree_ui(ui: &mut egui::Ui, report: &YearReport, prev: Option<&YearReport>, lang: Locale) {
    let nodes = tree_of(report).nodes();
    let before = prev.map(|p| tree_of(p).nodes());
    let width = number_width(ui);
    egui::Grid::new("driver_tree").striped(true).num_columns(4).spacing(theme::TABLE_SPACING).show(ui, |ui| {
        header_row(ui, width, lang, report.year);
        for node in &nodes {
            let old = before.as_ref().and_then(|b| b.iter().find(|n| n.key == node.key)).map(|n| n.value);
            node_row(ui, node.key, node.depth(&nodes), node.value, old, width, lang);
        }
    });
    ui.add_space(theme::SPACE_XS);
    ui.label(egui::RichText::new(tr("driver_tree_hint", lang)).weak().small());
}

/// Another team's tree in a workshop: only what the market report publishes.
fn public_tree_ui(ui: &mut egui::Ui, report: &YearReport, prev: Option<&YearReport>, lang: Locale) {
    let nodes = tree_of(report).nodes();
    let before = prev.map(|p| tree_of(p).nodes());
    let width = number_width(ui);
    egui::Grid::new("public_tree").striped(true).num_columns(4).spacing(theme::TABLE_SPACING).show(ui, |ui| {
        header_row(ui, width, lang, report.year);
        for node in nodes.iter().filter(|n| PUBLIC_KEYS.contains(&n.key)) {
            let old = before.as_ref().and_then(|b| b.iter().find(|n| n.key == node.key)).map(|n| n.value);
            node_row(ui, node.key, 0, node.value, old, width, lang);
        }
        let share = |r: &YearReport| KpiValue::Ratio(r.market_share);
        node_row(ui, "market_share", 0, share(report), prev.map(share), width, lang);
    });
    ui.add_space(theme::SPACE_S);
    ui.label(egui::RichText::new(tr("value_private", lang)).italics().color(theme::WARNING));
}

/// ΔEVA split over its five parts as a waterfall, the parts listed, and the sentences.
fn attribution_ui(ui: &mut egui::Ui, report: &YearReport, prev: Option<&YearReport>, lang: Locale) {
    ui.label(title_text(ui, tr("eva_bridge", lang)));
    let Some(prev) = prev else {
        ui.label(egui::RichText::new(tr("eva_bridge_first_year", lang)).weak());
        return;
    };
    let Some(explanation) = explain(prev, report, lang) else {
        ui.label(egui::RichText::new(tr("eva_bridge_no_revenue", lang)).weak());
        return;
    };
    let parts = explanation.attribution.parts();
    let mut names = vec![format!("EVA {} {}", tr("fy_short", lang), prev.year)];
    names.extend(parts.iter().map(|(key, _)| tr(attribution_label_key(key), lang).to_string()));
    names.push(format!("EVA {} {}", tr("fy_short", lang), report.year));
    let bars = waterfall_bars(prev.eva.eva, &parts, report.eva.eva, &names);
    waterfall_ui(ui, bars, names.clone(), lang);
    attribution_parts_ui(ui, &parts, explanation.attribution.total, &names, lang);
    ui.add_space(theme::SPACE_S);
    for sentence in &explanation.sentences {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            ui.label(sentence);
        });
    }
}

/// The waterfall's bars, sideways, top to bottom: last year's EVA, the five parts (each
/// starting where the one before ended), this year's EVA.
fn waterfall_bars(before: Money, parts: &[(&str, Money); 5], now: Money, names: &[String]) -> Vec<Bar> {
    let row = |i: usize| 6.0 - i as f64;
    let mut bars = vec![Bar::new(row(0), in_millions(before)).name(&names[0]).fill(theme::ACCENT)];
    let mut running = before;
    for (i, (_, amount)) in parts.iter().enumerate() {
        let colour = Better::Higher.colour(amount.cmp(&Money::ZERO));
        bars.push(
            Bar::new(row(i + 1), in_millions(*amount))
                .base_offset(in_millions(running))
                .name(&names[i + 1])
                .fill(colour),
        );
        running += *amount;
    }
    bars.push(Bar::new(row(6), in_millions(now)).name(&names[6]).fill(theme::ACCENT));
    bars
}

/// The waterfall in a fixed plot; the bars' names sit on the vertical axis where they
/// have room.
fn waterfall_ui(ui: &mut egui::Ui, bars: Vec<Bar>, axis_names: Vec<String>, lang: Locale) {
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let mio = tr("unit_million_eur", lang).to_string();
    crate::ui::widgets::fixed_plot("eva_waterfall")
        .height(theme::WATERFALL_HEIGHT.clamp(body * theme::WATERFALL_HEIGHT_EMS))
        .width(theme::WATERFALL_WIDTH.clamp(ui.available_width()))
        .include_x(0.0)
        .include_y(-0.5)
        .include_y(6.5)
        .show_grid([true, false])
        .y_grid_spacer(|input: GridInput| {
            let (low, high) = input.bounds;
            (low.ceil().max(0.0) as i64..=high.floor().min(6.0) as i64)
                .map(|y| GridMark { value: y as f64, step_size: 1.0 })
                .collect()
        })
        .y_axis_formatter(move |mark, _| {
            let index = 6.0 - mark.value;
            if index.fract() == 0.0 && (0.0..=6.0).contains(&index) {
                axis_names.get(index as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .x_axis_label(mio)
        .show(ui, |plot| plot.bar_chart(BarChart::new("eva_bridge", bars).width(0.6).horizontal()));
}

/// The five parts with their glossary entries, and their sum, ΔEVA.
fn attribution_parts_ui(ui: &mut egui::Ui, parts: &[(&str, Money); 5], total: Money, names: &[String], lang: Locale) {
    let width = ui.text_style_height(&egui::TextStyle::Body) * theme::NAME_COLUMN_EMS;
    egui::Grid::new("eva_parts").num_columns(2).spacing(theme::TABLE_SPACING).show(ui, |ui| {
        for (i, (key, amount)) in parts.iter().enumerate() {
            let name = ui.label(&names[i + 1]);
            glossary_hover(name, attribution_glossary_key(key), lang);
            let colour = Better::Higher.colour(amount.cmp(&Money::ZERO));
            right_cell(ui, egui::RichText::new(signed_money(*amount, lang)).color(colour), width);
            ui.end_row();
        }
        ui.strong(tr("eva_change", lang));
        right_cell(ui, egui::RichText::new(signed_money(total, lang)).strong(), width);
        ui.end_row();
    });
}

/// The text key naming an attribution part.
fn attribution_label_key(part: &str) -> &'static str {
    match part {
        "revenue" => "attr_revenue",
        "margin" => "attr_margin",
        "tax" => "attr_tax",
        "capital" => "attr_capital",
        _ => "attr_wacc",
    }
}

/// The glossary entry that explains an attribution part.
fn attribution_glossary_key(part: &str) -> &'static str {
    match part {
        "revenue" => "net_revenue",
        "margin" => "ebit_margin",
        "tax" => "tax_rate",
        "capital" => "capital_employed",
        _ => "wacc",
    }
}

/// "What if …": one past year's decisions of the player's company, editable, replayed
/// beside the actual game.
fn what_if_ui(
    ui: &mut egui::Ui,
    view: &ValueView,
    state: &mut ValueState,
    company: &CompanyReports,
    year: u32,
    commands: &mut Vec<UiCommand>,
) {
    let lang = view.lang;
    let Some(company_index) = view.companies.iter().position(|c| c.id == company.id) else { return };
    let Some(report) = company.history.iter().find(|r| r.year == year) else { return };
    egui::CollapsingHeader::new(
        egui::RichText::new(format!("{} ({} {year})", tr("what_if", lang), tr("fy_short", lang))).strong(),
    )
    .id_salt("what_if")
    .default_open(false)
    .show(ui, |ui| {
        ui.label(egui::RichText::new(tr("what_if_hint", lang)).weak());
        let stale = state.what_if.as_ref().is_none_or(|f| f.company != company_index || f.year != year);
        if stale {
            state.what_if = Some(WhatIfForm {
                company: company_index,
                year,
                draft: Draft::from_decisions(&report.decisions, lang),
                errors: Vec::new(),
            });
        }
        let Some(form) = state.what_if.as_mut() else { return };
        what_if_form_ui(ui, view, &mut form.draft);
        what_if_buttons_ui(ui, view, form, &report.decisions, commands);
        for error in &form.errors {
            ui.colored_label(theme::WORSE, error);
        }
        match &state.what_if_result {
            Some(result) if result.company == company_index && result.year == year => {
                what_if_result_ui(ui, &company.history, &result.outcome, lang);
            }
            _ => {}
        }
    });
}

/// The fields the what-if changes: each segment's list price and rebate, production and
/// marketing.
fn what_if_form_ui(ui: &mut egui::Ui, view: &ValueView, draft: &mut Draft) {
    let lang = view.lang;
    let field_width = ui.text_style_height(&egui::TextStyle::Body) * theme::NUMBER_FIELD_EMS;
    egui::Grid::new("what_if_form").num_columns(3).spacing(theme::COMPACT_TABLE_SPACING).show(ui, |ui| {
        ui.label("");
        ui.strong(format!("{} (€)", tr("list_price", lang)));
        ui.strong(format!("{} (%)", tr("rebate", lang)));
        ui.end_row();
        for (s, segment) in draft.segments.iter_mut().enumerate() {
            let name = view.scenario.segments.get(s).map(|x| view.scenario.text(&x.name, lang).to_string());
            ui.label(name.unwrap_or_else(|| format!("Segment {}", s + 1)));
            ui.add(egui::TextEdit::singleline(&mut segment.list_price).desired_width(field_width));
            ui.add(egui::TextEdit::singleline(&mut segment.rebate_percent).desired_width(field_width));
            ui.end_row();
        }
        ui.label(format!("{} ({})", tr("production_units", lang), tr("unit_units", lang)));
        ui.add(egui::TextEdit::singleline(&mut draft.production_units).desired_width(field_width));
        ui.end_row();
        ui.label(format!("{} (€)", tr("marketing", lang)));
        ui.add(egui::TextEdit::singleline(&mut draft.marketing).desired_width(field_width));
        ui.end_row();
    });
}

/// Replay (the form's decisions, when they are valid) and Reset (to the year's `actual`
/// decisions).
fn what_if_buttons_ui(
    ui: &mut egui::Ui,
    view: &ValueView,
    form: &mut WhatIfForm,
    actual: &Decisions,
    commands: &mut Vec<UiCommand>,
) {
    let lang = view.lang;
    ui.horizontal(|ui| {
        if ui.button(tr("what_if_run", lang)).clicked() {
            match form.draft.to_decisions(view.scenario, lang) {
                Ok(decisions) => {
                    form.errors.clear();
                    commands.push(UiCommand::WhatIf {
                        company: form.company,
                        year: form.year,
                        decisions: Box::new(decisions),
                    });
                }
                Err(errors) => {
                    form.errors = errors.into_iter().map(|(path, message)| format!("{path}: {message}")).collect()
                }
            }
        }
        if ui.button(tr("what_if_reset", lang)).clicked() {
            form.draft = Draft::from_decisions(actual, lang);
            form.errors.clear();
        }
    });
}

/// A figure of a report, for a column of the what-if table.
type Figure = fn(&YearReport) -> Money;

/// The branch beside the actual game: net revenue, EBIT, EVA and score per year.
fn what_if_result_ui(
    ui: &mut egui::Ui,
    actual: &[YearReport],
    outcome: &Result<Vec<YearReport>, String>,
    lang: Locale,
) {
    let branch = match outcome {
        Ok(branch) => branch,
        Err(message) => {
            ui.colored_label(theme::WORSE, message);
            return;
        }
    };
    let keys: [(&str, Figure); 4] = [
        ("net_revenue", |r| r.income.net_revenue),
        ("ebit", |r| r.income.ebit),
        ("eva", |r| r.eva.eva),
        ("score_short", |r| r.score),
    ];
    let body = ui.text_style_height(&egui::TextStyle::Body);
    // Three number columns beside the figure's name (three gaps), in what the column leaves.
    let spacing = theme::COMPACT_TABLE_SPACING;
    let numbers = ui.available_width() - body * theme::NAME_COLUMN_EMS - 3.0 * spacing.x;
    let width = (numbers / 3.0).clamp(body * theme::NUMBER_COLUMN_MIN_EMS, body * theme::NUMBER_COLUMN_EMS);
    ui.add_space(theme::SPACE_XS);
    // One block per year, one row per figure: narrow enough for the tab's right column.
    egui::Grid::new("what_if_result").striped(true).num_columns(4).spacing(spacing).show(ui, |ui| {
        ui.label("");
        right_cell(ui, egui::RichText::new(tr("what_if_actual", lang)).strong(), width);
        right_cell(ui, egui::RichText::new(tr("what_if_branch", lang)).strong(), width);
        right_cell(ui, egui::RichText::new(tr("change", lang)).strong(), width);
        ui.end_row();
        for a in actual {
            let Some(b) = branch.iter().find(|b| b.year == a.year) else { continue };
            ui.strong(format!("{} {}", tr("fy_short", lang), a.year));
            ui.end_row();
            for (key, value) in &keys {
                let (va, vb) = (value(a), value(b));
                ui.label(tr(key, lang));
                right_cell(ui, egui::RichText::new(money_whole(va, lang)), width);
                right_cell(ui, egui::RichText::new(money_whole(vb, lang)), width);
                let colour = Better::Higher.colour(vb.cmp(&va));
                right_cell(ui, egui::RichText::new(signed_money(vb - va, lang)).color(colour), width);
                ui.end_row();
            }
        }
    });
}
