//! The end of the game: a podium of the best three by score and a debrief across all years
//! and companies (EVA per year, cumulative score, and the numbers that decided it).

use bevy_egui::egui;
use rust_decimal::Decimal;

use crate::model::Money;
use crate::model::format::{Locale, money_whole};
use crate::sim::CompanyReports;
use crate::ui::panels::results::{
    ChartSpec, ChartUnit, ReportSetup, chart_grid_ui, colour_key_ui, in_millions, ranking, ranking_grid,
    ranking_header_ui, series,
};
use crate::ui::screens::{Screen, UiCommand};
use crate::ui::text::tr;
use crate::ui::theme;
use crate::ui::widgets::{Better, column_width, company_cell_ui, money_text, percent_or_dash, right_cell};

/// What the final ranking shows.
pub struct FinalView<'a> {
    /// Language of every text.
    pub lang: Locale,
    /// Every company with its reports of all years, in scenario order.
    pub companies: &'a [CompanyReports],
    /// Players, highlight and segment names.
    pub setup: &'a ReportSetup,
    /// The buttons to the reports and the title (not on the trainer's projector).
    pub buttons: bool,
}

/// One company's decisive numbers over the whole game.
#[derive(Clone, Debug, PartialEq)]
pub struct Debrief {
    /// Mean ROIC over the years where it is defined; none if never.
    pub avg_roic: Option<Decimal>,
    /// Mean WACC over the years.
    pub avg_wacc: Option<Decimal>,
    /// Sum of every year's EVA (undiscounted).
    pub total_eva: Money,
    /// Equity at the end of the last year.
    pub final_equity: Money,
    /// The score (EVA discounted at WACC).
    pub score: Money,
}

fn mean(values: &[Decimal]) -> Option<Decimal> {
    let count = Decimal::from(values.len());
    let sum = values.iter().try_fold(Decimal::ZERO, |acc, v| acc.checked_add(*v))?;
    sum.checked_div(count)
}

impl Debrief {
    /// The decisive numbers of one company.
    pub fn of(company: &CompanyReports) -> Debrief {
        let roic: Vec<Decimal> = company.history.iter().filter_map(|r| r.kpis().roic).collect();
        let wacc: Vec<Decimal> = company.history.iter().map(|r| r.eva.wacc).collect();
        Debrief {
            avg_roic: mean(&roic),
            avg_wacc: mean(&wacc),
            total_eva: company.history.iter().fold(Money::ZERO, |acc, r| acc + r.eva.eva),
            final_equity: company.history.last().map_or(Money::ZERO, |r| r.closing.total_equity),
            score: company.history.last().map_or(Money::ZERO, |r| r.score),
        }
    }
}

/// Draws the final ranking and debrief.
pub fn final_ranking_ui(ui: &mut egui::Ui, view: &FinalView) -> Vec<UiCommand> {
    let lang = view.lang;
    let mut commands = Vec::new();
    ui.horizontal(|ui| {
        ui.heading(tr("final_ranking", lang));
        if !view.buttons {
            return;
        }
        ui.add_space(theme::SPACE_XL);
        if ui.button(tr("debrief_start", lang)).clicked() {
            commands.push(UiCommand::GoTo(Screen::Debrief));
        }
        if ui.button(tr("debrief_save", lang)).clicked() {
            commands.push(UiCommand::SaveDebrief);
        }
        if ui.button(tr("view_reports", lang)).clicked() {
            commands.push(UiCommand::GoTo(Screen::Results));
        }
        if ui.button(tr("to_title", lang)).clicked() {
            commands.push(UiCommand::GoTo(Screen::Title));
        }
    });
    ui.separator();
    egui::ScrollArea::vertical().id_salt("final").auto_shrink([false, false]).show(ui, |ui| {
        podium_ui(ui, view);
        ui.add_space(theme::SPACE_M);
        ui.heading(tr("debrief", lang));
        ui.label(tr("debrief_text", lang));
        ui.add_space(theme::SPACE_S);
        colour_key_ui(ui, view.companies, view.setup.highlight, lang);
        let mio = tr("unit_million_eur", lang);
        let charts = vec![
            ChartSpec {
                id: "final_eva".into(),
                title: format!("{} ({mio})", tr("eva_per_year", lang)),
                series: series(view.companies, false, |r| Some(in_millions(r.eva.eva))),
                unit: ChartUnit::MillionEur,
                include_zero: true,
            },
            ChartSpec {
                id: "final_score".into(),
                title: format!("{} ({mio})", tr("score_cumulative", lang)),
                series: series(view.companies, false, |r| Some(in_millions(r.score))),
                unit: ChartUnit::MillionEur,
                include_zero: true,
            },
            ChartSpec {
                id: "final_roic".into(),
                title: tr("roic_vs_wacc", lang).to_string(),
                series: crate::ui::panels::results::roic_and_wacc(view.companies),
                unit: ChartUnit::Percent,
                include_zero: true,
            },
        ];
        chart_grid_ui(ui, charts, theme::CHART_HEIGHT, view.setup.highlight, lang);
        ui.add_space(theme::SPACE_S);
        ui.heading(tr("decisive_numbers", lang));
        decisive_numbers_ui(ui, view);
    });
    commands
}

/// The best three on steps: first in the middle and highest.
fn podium_ui(ui: &mut egui::Ui, view: &FinalView) {
    let lang = view.lang;
    let ranked = ranking(view.companies);
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let width = theme::PODIUM_WIDTH.clamp(ui.available_width() / 3.0 - theme::SPACE_L);
    // Second, first, third from left to right; the step heights tell the places apart.
    let order = [(1, 0.75), (0, 1.0), (2, 0.6)];
    let tallest = body * theme::PODIUM_HEIGHT_EMS;
    ui.horizontal_top(|ui| {
        for (place, scale) in order {
            let Some((rank, i, company)) = ranked.get(place) else { continue };
            ui.vertical(|ui| {
                ui.add_space(tallest * (1.0 - scale));
                egui::Frame::new()
                    .fill(theme::company_tint(*i))
                    .stroke(egui::Stroke::new(theme::STROKE_STRONG, theme::company_colour(*i)))
                    .corner_radius(theme::CORNER_RADIUS)
                    .inner_margin(theme::PODIUM_MARGIN)
                    .show(ui, |ui| {
                        ui.set_width(width);
                        ui.set_min_height(tallest * scale);
                        ui.vertical_centered(|ui| {
                            ui.label(
                                egui::RichText::new(format!("{rank}.")).size(body * theme::PODIUM_RANK_SCALE).strong(),
                            );
                            let mut name =
                                egui::RichText::new(&company.name).size(body * theme::PODIUM_NAME_SCALE).strong();
                            if view.setup.highlight == Some(*i) {
                                name = name.color(theme::ACCENT);
                            }
                            ui.label(name);
                            ui.label(view.setup.player(*i, lang));
                            let score = company.history.last().map_or(Money::ZERO, |r| r.score);
                            ui.label(format!("{}: {}", tr("score_short", lang), money_whole(score, lang)));
                        });
                    });
            });
        }
    });
}

fn decisive_numbers_ui(ui: &mut egui::Ui, view: &FinalView) {
    let lang = view.lang;
    let ranked = ranking(view.companies);
    let highlight_row = view.setup.highlight.and_then(|h| ranked.iter().position(|(_, i, _)| *i == h)).map(|p| p + 1);
    let keys = ["avg_roic", "avg_wacc", "spread", "total_eva", "final_equity", "score_short"];
    let widths: Vec<f32> = keys.iter().map(|k| column_width(ui, tr(k, lang))).collect();
    let w = |c: usize| widths.get(c).copied().unwrap_or_default();
    let money_text = |m: Money| money_text(m, lang);
    let rate = |d: Option<Decimal>| egui::RichText::new(percent_or_dash(d, lang));
    ranking_grid("decisive_numbers", 3 + keys.len(), highlight_row).show(ui, |ui| {
        ranking_header_ui(ui, &keys, &widths, lang);
        for (rank, i, c) in ranked {
            let d = Debrief::of(c);
            ui.label(egui::RichText::new(format!("{rank}.")).strong());
            company_cell_ui(ui, i, egui::RichText::new(&c.name));
            ui.label(view.setup.player(i, lang));
            right_cell(ui, rate(d.avg_roic), w(0));
            right_cell(ui, rate(d.avg_wacc), w(1));
            let spread = match (d.avg_roic, d.avg_wacc) {
                (Some(r), Some(w)) => r.checked_sub(w),
                _ => None,
            };
            let colour = spread.map_or(theme::NEUTRAL, |s| Better::Higher.colour(s.cmp(&Decimal::ZERO)));
            right_cell(ui, rate(spread).color(colour), w(2));
            right_cell(ui, money_text(d.total_eva), w(3));
            right_cell(ui, money_text(d.final_equity), w(4));
            right_cell(ui, money_text(d.score).strong(), w(5));
            ui.end_row();
        }
    });
}
