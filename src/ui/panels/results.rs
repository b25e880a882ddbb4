//! The annual report: statements with one column per year and the change against the prior
//! year, KPI charts of all companies, the public market report, the leaderboard and news.

use bevy_egui::egui;
use egui_plot::{Legend, Line, Plot, PlotPoints};

use crate::model::Money;
use crate::model::format::{Locale, money_whole, percent, units};
use crate::sim::{CompanyReports, MarketYear, YearReport};
use crate::ui::screens::{ResultsTab, UiCommand};
use crate::ui::text::tr;
use crate::ui::theme;

/// What the report shows.
pub struct ResultsView<'a> {
    pub lang: Locale,
    pub companies: &'a [CompanyReports],
    pub market: &'a [MarketYear],
    /// Company whose statements are shown.
    pub shown: usize,
    pub tab: ResultsTab,
    /// True when the game is over (the button leads to the final ranking).
    pub finished: bool,
}

/// Draws the report.
pub fn results_ui(ui: &mut egui::Ui, view: &ResultsView, shown: &mut usize) -> Vec<UiCommand> {
    let lang = view.lang;
    let mut commands = Vec::new();
    let year = view.market.last().map_or(0, |m| m.year);
    ui.horizontal(|ui| {
        ui.heading(format!("{} — {} {year}", tr("results", lang), tr("year", lang)));
        ui.add_space(24.0);
        let next = if view.finished { tr("final_ranking", lang) } else { tr("next_year", lang) };
        if ui.button(next).clicked() {
            commands.push(UiCommand::NextYear);
        }
    });
    if let Some(m) = view.market.last()
        && !m.headlines.is_empty()
    {
        ui.colored_label(theme::ACCENT, format!("{}: {}", tr("news", lang), m.headlines.join(" · ")));
    }
    ui.horizontal(|ui| {
        for (tab, key) in [
            (ResultsTab::Statements, "results"),
            (ResultsTab::Dashboard, "dashboard"),
            (ResultsTab::Market, "market_report"),
            (ResultsTab::Leaderboard, "leaderboard"),
        ] {
            if ui.selectable_label(view.tab == tab, tr(key, lang)).clicked() {
                commands.push(UiCommand::ShowTab(tab));
            }
        }
    });
    ui.separator();
    match view.tab {
        ResultsTab::Statements => statements_ui(ui, view, shown),
        ResultsTab::Dashboard => dashboard_ui(ui, view),
        ResultsTab::Market => market_ui(ui, view),
        ResultsTab::Leaderboard => leaderboard_ui(ui, view),
    }
    commands
}

fn amount_cell(ui: &mut egui::Ui, amount: Money, lang: Locale) {
    let text = money_whole(amount, lang);
    if amount.is_negative() {
        ui.colored_label(theme::WORSE, text);
    } else {
        ui.label(text);
    }
}

fn statement_grid(
    ui: &mut egui::Ui,
    id: &str,
    title: &str,
    reports: &[YearReport],
    lines: fn(&YearReport) -> Vec<(&'static str, Money)>,
    lang: Locale,
) {
    ui.strong(tr(title, lang));
    let Some(first) = reports.first() else { return };
    egui::Grid::new(id).striped(true).num_columns(reports.len() + 2).spacing([18.0, 3.0]).show(ui, |ui| {
        ui.label("");
        for r in reports {
            ui.strong(format!("{} {}", tr("year", lang), r.year));
        }
        ui.strong(tr("change", lang));
        ui.end_row();
        for (row, (key, _)) in lines(first).iter().enumerate() {
            ui.label(tr(key, lang));
            let values: Vec<Money> = reports.iter().map(|r| lines(r)[row].1).collect();
            for v in &values {
                amount_cell(ui, *v, lang);
            }
            match values.as_slice() {
                [.., before, now] => amount_cell(ui, *now - *before, lang),
                _ => {
                    ui.weak("–");
                }
            }
            ui.end_row();
        }
    });
}

fn statements_ui(ui: &mut egui::Ui, view: &ResultsView, shown: &mut usize) {
    let lang = view.lang;
    ui.horizontal(|ui| {
        ui.label(tr("company", lang));
        for (i, c) in view.companies.iter().enumerate() {
            ui.selectable_value(shown, i, &c.name);
        }
    });
    let Some(company) = view.companies.get(*shown) else { return };
    egui::ScrollArea::both().id_salt("statements").show(ui, |ui| {
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                statement_grid(ui, "income", "income_statement", &company.history, |r| r.income.lines().to_vec(), lang);
            });
            ui.add_space(24.0);
            ui.vertical(|ui| {
                statement_grid(ui, "balance", "balance_sheet", &company.history, |r| r.closing.lines().to_vec(), lang);
                ui.add_space(12.0);
                statement_grid(ui, "cash_flow", "cash_flow", &company.history, |r| r.cash_flow.lines().to_vec(), lang);
            });
        });
    });
}

fn series(view: &ResultsView, value: impl Fn(&YearReport) -> Option<f64>) -> Vec<(String, Vec<[f64; 2]>)> {
    view.companies
        .iter()
        .map(|c| {
            let points = c.history.iter().filter_map(|r| value(r).map(|v| [f64::from(r.year), v])).collect();
            (c.name.clone(), points)
        })
        .collect()
}

fn chart(ui: &mut egui::Ui, id: &str, title: &str, data: Vec<(String, Vec<[f64; 2]>)>, width: f32) {
    ui.vertical(|ui| {
        ui.strong(title);
        Plot::new(id).legend(Legend::default()).width(width).height(200.0).allow_scroll(false).show(ui, move |plot| {
            for (name, points) in data {
                plot.line(Line::new(name, PlotPoints::from(points)).width(2.0));
            }
        });
    });
}

fn dashboard_ui(ui: &mut egui::Ui, view: &ResultsView) {
    let lang = view.lang;
    let width = (ui.available_width() / 3.0 - 12.0).max(240.0);
    let millions = |m: Money| Some(m.to_f64_lossy() / 1e6);
    let ratio = |d: Option<rust_decimal::Decimal>| d.map(|v| crate::sim::market::to_f64(v) * 100.0);
    egui::ScrollArea::vertical().id_salt("dashboard").show(ui, |ui| {
        ui.horizontal(|ui| {
            chart(
                ui,
                "revenue",
                &format!("{} (Mio. €)", tr("net_revenue", lang)),
                series(view, |r| millions(r.income.net_revenue)),
                width,
            );
            chart(
                ui,
                "ebit",
                &format!("{} (Mio. €)", tr("ebit", lang)),
                series(view, |r| millions(r.income.ebit)),
                width,
            );
            chart(
                ui,
                "cash",
                &format!("{} (Mio. €)", tr("cash", lang)),
                series(view, |r| millions(r.closing.cash)),
                width,
            );
        });
        ui.horizontal(|ui| {
            chart(ui, "roce", "ROCE (%)", series(view, |r| ratio(r.kpis().roce)), width);
            chart(ui, "wacc", "WACC (%)", series(view, |r| ratio(Some(r.eva.wacc))), width);
            chart(ui, "eva", &format!("{} (Mio. €)", tr("eva", lang)), series(view, |r| millions(r.eva.eva)), width);
        });
        ui.horizontal(|ui| {
            chart(
                ui,
                "share",
                &format!("{} (%)", tr("market_share", lang)),
                series(view, |r| ratio(r.market_share)),
                width,
            );
        });
    });
}

fn market_ui(ui: &mut egui::Ui, view: &ResultsView) {
    let lang = view.lang;
    let Some(market) = view.market.last() else { return };
    let year = market.year;
    for (s, segment) in market.segments.iter().enumerate() {
        ui.strong(format!(
            "Segment {} — {} {} · Ø {}",
            s + 1,
            units(segment.sold_units, lang),
            tr("unit_units", lang),
            money_whole(Money::from_decimal(segment.avg_net_price), lang)
        ));
        egui::Grid::new(("market", s)).striped(true).num_columns(5).spacing([18.0, 3.0]).show(ui, |ui| {
            for key in ["company", "list_price", "rebate", "unit_units", "market_share"] {
                ui.strong(tr(key, lang));
            }
            ui.end_row();
            for c in view.companies {
                let Some(r) = c.history.iter().find(|r| r.year == year) else { continue };
                let Some(seg) = r.segments.get(s) else { continue };
                ui.label(&c.name);
                ui.label(crate::model::format::decimal(seg.list_price, 2, lang));
                ui.label(percent(seg.rebate, 1, lang));
                ui.label(units(seg.sold_units, lang));
                ui.label(percent(seg.market_share, 1, lang));
                ui.end_row();
            }
        });
        ui.add_space(8.0);
    }
}

/// Companies by score after the last year, best first.
pub fn ranking(companies: &[CompanyReports]) -> Vec<(usize, &CompanyReports)> {
    let mut ranked: Vec<&CompanyReports> = companies.iter().collect();
    ranked.sort_by_key(|c| std::cmp::Reverse(c.history.last().map_or(Money::ZERO, |r| r.score)));
    ranked.into_iter().enumerate().map(|(i, c)| (i + 1, c)).collect()
}

/// The leaderboard table (also used by the final ranking).
pub fn leaderboard_ui(ui: &mut egui::Ui, view: &ResultsView) {
    let lang = view.lang;
    egui::Grid::new("leaderboard").striped(true).num_columns(6).spacing([18.0, 4.0]).show(ui, |ui| {
        for key in ["rank", "company", "net_revenue", "ebit", "eva", "score"] {
            ui.strong(tr(key, lang));
        }
        ui.end_row();
        for (rank, c) in ranking(view.companies) {
            let Some(r) = c.history.last() else { continue };
            ui.label(rank.to_string());
            ui.label(&c.name);
            amount_cell(ui, r.income.net_revenue, lang);
            amount_cell(ui, r.income.ebit, lang);
            amount_cell(ui, r.eva.eva, lang);
            amount_cell(ui, r.score, lang);
            ui.end_row();
        }
    });
}
