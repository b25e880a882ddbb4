//! The annual report: statements with one column per year and the change against the prior
//! year, KPI charts of all companies, the public market report, the leaderboard and news.
//!
//! Every company keeps one colour ([`theme::company_colour`] by scenario index) in every
//! chart, key and table, so one colour key at the top of the dashboard serves all charts.

use bevy_egui::egui;
use egui_plot::{GridInput, GridMark, HoverPosition, Line, LineStyle, MarkerShape, Plot, PlotPoints, PlotUi, Points};
use rust_decimal::Decimal;

use super::glossary::glossary_hover;
use crate::model::Money;
use crate::model::format::{Locale, money, percent, units};
use crate::scenario::{Scenario, Strategy};
use crate::sim::{CompanyReports, MarketYear, YearReport};
use crate::ui::screens::{ResultsTab, UiCommand};
use crate::ui::session::{GameSetup, Mode};
use crate::ui::text::tr;
use crate::ui::theme;
use crate::ui::widgets::{
    Better, colour_chip, column_width, company_cell_ui, company_choice_ui, money_text, no_value, number_cell,
    number_width, percent_or_dash, right_cell, signed_money, title_text,
};

/// Who runs a company.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Player {
    /// A team (or the solo player) of this desk.
    Team(String),
    /// The computer, with its strategy.
    Computer(Strategy),
}

impl Player {
    /// The name shown in tables: the team's name, or "Computer: strategy".
    pub fn label(&self, lang: Locale) -> String {
        match self {
            Player::Team(name) => name.clone(),
            Player::Computer(strategy) => tr(strategy.key(), lang).to_string(),
        }
    }
}

/// What the report needs to know about the game beyond the reports: who plays which company,
/// whose company to highlight and what the segments are called.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReportSetup {
    /// The player's own company (scenario index), drawn bold and highlighted; none in a
    /// workshop, where all teams are equal.
    pub highlight: Option<usize>,
    /// Who plays each company, by scenario index; empty when unknown.
    pub players: Vec<Player>,
    /// Segment display names, by segment index; "Segment n" where missing.
    pub segment_names: Vec<String>,
    /// Companies whose statements and journal are shown in full, by scenario index: the
    /// solo player's; in a hot-seat workshop every team's (they share the screen), never a
    /// computer-run competitor's.
    pub open: Vec<bool>,
    /// What the scenario publishes of the other companies.
    pub disclosure: crate::scenario::Disclosure,
    /// Each event headline as written in the scenario → as shown in the report's language.
    pub headlines: Vec<(String, String)>,
    /// A workshop team on its own laptop knows only its own company's reports: the host's
    /// ranking (rank, company name, score) stands in for the one the reports would give.
    pub board: Option<Vec<(usize, String, Money)>>,
}

impl ReportSetup {
    /// Reads the players and segment names of a game.
    pub fn from_game(scenario: &Scenario, setup: &GameSetup, lang: Locale) -> ReportSetup {
        let players = scenario
            .companies
            .iter()
            .map(|c| match setup.teams.iter().find(|t| t.company == c.id) {
                Some(_) if setup.mode == Mode::Solo => Player::Team(tr("you", lang).to_string()),
                Some(team) => Player::Team(team.name.clone()),
                None => Player::Computer(c.strategy),
            })
            .collect();
        let highlight = match setup.mode {
            Mode::Solo => setup.teams.first().and_then(|t| scenario.company_index(&t.company)),
            Mode::Workshop => None,
        };
        let open = scenario.companies.iter().map(|c| setup.teams.iter().any(|t| t.company == c.id)).collect();
        ReportSetup {
            highlight,
            players,
            segment_names: scenario.segments.iter().map(|s| scenario.text(&s.name, lang).to_string()).collect(),
            headlines: scenario
                .events
                .iter()
                .map(|e| (e.headline.clone(), scenario.text(&e.headline, lang).to_string()))
                .collect(),
            open,
            disclosure: scenario.disclosure,
            board: None,
        }
    }

    /// The report of a workshop team on its own laptop: its company (scenario index
    /// `own`) open and highlighted, the others unknown, the host's ranking.
    pub fn for_team(
        scenario: &Scenario,
        own: usize,
        team: &str,
        board: Vec<(usize, String, Money)>,
        lang: Locale,
    ) -> ReportSetup {
        let solo = GameSetup {
            mode: Mode::Solo,
            teams: scenario
                .companies
                .get(own)
                .map(|c| crate::ui::session::Team { name: team.into(), company: c.id.clone() })
                .into_iter()
                .collect(),
        };
        let mut setup = ReportSetup::from_game(scenario, &solo, lang);
        setup.players = (0..scenario.companies.len())
            .map(|i| Player::Team(if i == own { team.to_string() } else { String::new() }))
            .collect();
        setup.board = Some(board);
        setup
    }

    /// `headline` (as the scenario writes it) in the report's language.
    pub fn headline<'a>(&'a self, headline: &'a str) -> &'a str {
        self.headlines.iter().find(|(written, _)| written == headline).map_or(headline, |(_, shown)| shown.as_str())
    }

    /// True when company `company`'s statements are shown in full and its lines lead to
    /// its journal.
    pub fn is_open(&self, company: usize) -> bool {
        self.open.get(company).copied().unwrap_or(false)
    }

    /// Who plays company `company`, as shown in tables.
    pub fn player(&self, company: usize, lang: Locale) -> String {
        self.players.get(company).map(|p| p.label(lang)).unwrap_or_default()
    }

    fn segment_name(&self, segment: usize) -> String {
        self.segment_names.get(segment).cloned().unwrap_or_else(|| format!("Segment {}", segment + 1))
    }
}

/// What the report shows.
pub struct ResultsView<'a> {
    /// Language of every text.
    pub lang: Locale,
    /// Every company with its reports, in scenario order.
    pub companies: &'a [CompanyReports],
    /// The public market reports, one per closed year.
    pub market: &'a [MarketYear],
    /// Company whose statements are shown.
    pub shown: usize,
    /// The tab shown.
    pub tab: ResultsTab,
    /// True when the game is over (the button leads to the final ranking).
    pub finished: bool,
    /// Players, highlight and segment names.
    pub setup: &'a ReportSetup,
    /// True when a statement line leads to its journal (not in the window over the decision
    /// form, which keeps the draft on screen).
    pub journal: bool,
}

/// Draws the report (the value and journal tabs stay empty: they need the game, see
/// [`results_ui_with`]).
pub fn results_ui(ui: &mut egui::Ui, view: &ResultsView, shown: &mut usize) -> Vec<UiCommand> {
    results_ui_with(ui, view, shown, &mut |_, _| Vec::new())
}

/// Draws the report; `other_tab` draws the tabs that need more than the reports (value,
/// journal) below the tab bar.
pub fn results_ui_with(
    ui: &mut egui::Ui,
    view: &ResultsView,
    shown: &mut usize,
    other_tab: &mut dyn FnMut(&mut egui::Ui, ResultsTab) -> Vec<UiCommand>,
) -> Vec<UiCommand> {
    let lang = view.lang;
    let mut commands = Vec::new();
    let year = view.market.last().map_or(0, |m| m.year);
    ui.horizontal(|ui| {
        ui.heading(format!("{} — {} {year}", tr("results", lang), tr("year", lang)));
        ui.add_space(theme::SPACE_XL);
        let next = if view.finished { tr("final_ranking", lang) } else { tr("next_year", lang) };
        if ui.button(next).clicked() {
            commands.push(UiCommand::NextYear);
        }
    });
    news_ui(ui, view.market.last(), view.setup, lang);
    ui.horizontal(|ui| {
        for (tab, key) in [
            (ResultsTab::Statements, "statements_tab"),
            (ResultsTab::Dashboard, "dashboard"),
            (ResultsTab::Market, "market_report"),
            (ResultsTab::Leaderboard, "leaderboard"),
            (ResultsTab::Value, "value_tab"),
        ] {
            if ui.selectable_label(view.tab == tab, tr(key, lang)).clicked() {
                commands.push(UiCommand::ShowTab(tab));
            }
        }
        // The journal is reached from a statement line; its tab shows while it is open.
        if view.tab == ResultsTab::Journal {
            let _ = ui.selectable_label(true, tr("journal_tab", lang));
        }
    });
    ui.separator();
    match view.tab {
        tab @ (ResultsTab::Value | ResultsTab::Journal) => commands.extend(other_tab(ui, tab)),
        _ => commands.extend(report_tab_ui(ui, view, shown)),
    }
    commands
}

/// The report's tabs that need nothing but the reports: statements, KPIs, market report,
/// leaderboard (the value and journal tabs draw nothing here).
pub fn report_tab_ui(ui: &mut egui::Ui, view: &ResultsView, shown: &mut usize) -> Vec<UiCommand> {
    match view.tab {
        ResultsTab::Statements => return statements_ui(ui, view, shown),
        ResultsTab::Dashboard => dashboard_ui(ui, view),
        ResultsTab::Market => market_ui(ui, view),
        ResultsTab::Leaderboard => {
            egui::ScrollArea::both().id_salt("leaderboard_scroll").show(ui, |ui| leaderboard_ui(ui, view));
        }
        ResultsTab::Value | ResultsTab::Journal => {}
    }
    Vec::new()
}

/// The year's events in one prominent line.
fn news_ui(ui: &mut egui::Ui, market: Option<&MarketYear>, setup: &ReportSetup, lang: Locale) {
    let headlines: Vec<String> =
        market.map_or(&[][..], |m| &m.headlines[..]).iter().map(|h| setup.headline(h).to_string()).collect();
    crate::ui::widgets::news_line_ui(ui, tr("news", lang), &headlines, tr("no_news", lang));
}

// ---------------------------------------------------------------------------------------
// Cells

/// An amount in whole euros in a column `width` wide; negatives in red, totals bold.
fn amount_cell(ui: &mut egui::Ui, amount: Money, lang: Locale, strong: bool, width: f32) {
    let text = money_text(amount, lang);
    right_cell(ui, if strong { text.strong() } else { text }, width);
}

/// Which way is better for a statement line key; the table the change column's colours
/// come from.
pub fn better(key: &str) -> Better {
    match key {
        "revenue" | "net_revenue" | "gross_profit" | "ebitda" | "ebit" | "interest_income" | "ebt" | "net_income"
        | "cash" | "retained_earnings" | "total_equity" | "operating" | "net_change" | "closing_cash" => Better::Higher,
        "rebates" | "cogs" | "marketing" | "rnd" | "sales_force" | "admin" | "cost_to_serve" | "inventory_holding"
        | "operating_expenses" | "depreciation" | "interest_expense" | "tax" | "payables" | "tax_payable" | "loans"
        | "overdraft" | "total_liabilities" => Better::Lower,
        _ => Better::Neither,
    }
}

/// The change against the prior year with an explicit sign, coloured by what is better.
pub fn change_text(key: &str, change: Money, lang: Locale) -> (String, egui::Color32) {
    (signed_money(change, lang), better(key).colour(change.cmp(&Money::ZERO)))
}

/// Sum lines, drawn bold.
fn is_total(key: &str) -> bool {
    matches!(
        key,
        "net_revenue"
            | "gross_profit"
            | "ebitda"
            | "ebit"
            | "net_income"
            | "total_assets"
            | "total_liabilities"
            | "total_equity"
            | "total_equity_and_liabilities"
            | "operating"
            | "investing"
            | "financing"
            | "net_change"
            | "closing_cash"
    )
}

/// A line label with its glossary entry as tooltip; lines booked to accounts are clickable
/// and return true when clicked (to show the entries behind them).
fn line_label(ui: &mut egui::Ui, key: &str, drill: bool, lang: Locale) -> bool {
    // Statement lines take their labels from `labels`, not `tr`: some keys ("financing")
    // also name a section of the decision form.
    let mut text = egui::RichText::new(crate::labels::label(key, lang));
    if is_total(key) {
        text = text.strong();
    }
    let drillable = drill && !crate::sim::drill::accounts_of_line(key).is_empty();
    let response = if drillable {
        ui.add(egui::Label::new(text).sense(egui::Sense::click())).on_hover_cursor(egui::CursorIcon::PointingHand)
    } else {
        ui.label(text)
    };
    let response = glossary_hover(response, key, lang);
    drillable && response.clicked()
}

// ---------------------------------------------------------------------------------------
// Statements

/// The three statements, one at a time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Statement {
    #[default]
    Income,
    Balance,
    CashFlow,
}

type Lines = fn(&YearReport) -> Vec<(&'static str, Money)>;

/// A statement with one column per year; a click on a line label returns the line's key.
fn statement_grid(
    ui: &mut egui::Ui,
    id: &str,
    reports: &[YearReport],
    lines: Lines,
    shown_as: Shown,
    lang: Locale,
) -> Option<String> {
    let first = reports.first()?;
    let mut clicked = None;
    egui::Grid::new(id).striped(true).num_columns(reports.len() + 2).spacing(theme::TABLE_SPACING).show(ui, |ui| {
        ui.label("");
        for r in reports {
            number_cell(ui, egui::RichText::new(format!("{} {}", tr("fy_short", lang), r.year)).strong())
                .on_hover_text(format!("{} {}", tr("year", lang), r.year));
        }
        number_cell(ui, egui::RichText::new(tr("change", lang)).strong()).on_hover_text(tr("change_hint", lang));
        ui.end_row();
        for (row, (key, _)) in lines(first).iter().enumerate().filter(|(_, (key, _))| shown_as.shows(key)) {
            if line_label(ui, key, shown_as == Shown::Own, lang) {
                clicked = Some(key.to_string());
            }
            let values: Vec<Money> = reports.iter().filter_map(|r| lines(r).get(row).map(|l| l.1)).collect();
            let width = number_width(ui);
            for v in &values {
                amount_cell(ui, *v, lang, is_total(key), width);
            }
            match values.as_slice() {
                [.., before, now] => {
                    let (text, colour) = change_text(key, *now - *before, lang);
                    number_cell(ui, egui::RichText::new(text).color(colour));
                }
                _ => {
                    number_cell(ui, no_value());
                }
            }
            ui.end_row();
        }
    });
    clicked
}

/// The statements tab: the company's income statement, balance sheet and cash-flow statement
/// over all years; a click on a line drills down to its journal.
fn statements_ui(ui: &mut egui::Ui, view: &ResultsView, shown: &mut usize) -> Vec<UiCommand> {
    let lang = view.lang;
    ui.horizontal_wrapped(|ui| {
        ui.label(tr("company", lang));
        if let Some(i) = company_choice_ui(ui, view.companies, view.setup.highlight, *shown) {
            *shown = i;
        }
    });
    let Some(company) = view.companies.get(*shown) else { return Vec::new() };
    // Side by side when two statements fit: the income statement stays on the left and the
    // balance sheet or the cash-flow statement is chosen on the right; else one at a time.
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let columns = company.history.len() as f32 + 1.0;
    let table_width = body * theme::STATEMENT_LABEL_EMS + columns * (number_width(ui) + theme::TABLE_SPACING.x);
    let side_by_side = ui.available_width() >= 2.0 * table_width + theme::SPACE_XXL;
    let state_id = ui.id().with("statement_shown");
    let mut statement: Statement = ui.data(|d| d.get_temp(state_id)).unwrap_or_default();
    if side_by_side && statement == Statement::Income {
        statement = Statement::Balance;
    }
    let shown_as = if view.setup.is_open(*shown) {
        let hint = if view.journal { "statements_drill_hint" } else { "statements_hover_hint" };
        ui.label(egui::RichText::new(tr(hint, lang)).weak().small());
        if view.journal { Shown::Own } else { Shown::OwnWithoutJournal }
    } else {
        let key = match view.setup.disclosure {
            crate::scenario::Disclosure::Published => "statements_published_hint",
            crate::scenario::Disclosure::Statements => "statements_competitor_hint",
        };
        ui.label(egui::RichText::new(tr(key, lang)).color(theme::WARNING).small());
        Shown::Competitor(view.setup.disclosure)
    };
    let clicked = egui::ScrollArea::both()
        .id_salt("statements")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if side_by_side {
                side_by_side_ui(ui, company, table_width, &mut statement, shown_as, lang)
            } else {
                statement_tabs_ui(ui, false, &mut statement, lang);
                ui.separator();
                statement_of_ui(ui, company, statement, shown_as, lang)
            }
        })
        .inner;
    ui.data_mut(|d| d.insert_temp(state_id, statement));
    let year = company.history.last().map_or(0, |r| r.year);
    clicked.map(|line| UiCommand::DrillDown { company: *shown, year, line }).into_iter().collect()
}

/// The income statement `table_width` wide on the left, the balance sheet or the cash-flow
/// statement (as chosen) on the right; the line clicked, if any.
fn side_by_side_ui(
    ui: &mut egui::Ui,
    company: &CompanyReports,
    table_width: f32,
    statement: &mut Statement,
    shown_as: Shown,
    lang: Locale,
) -> Option<String> {
    ui.horizontal_top(|ui| {
        let income = ui
            .vertical(|ui| {
                ui.set_width(table_width);
                ui.horizontal(|ui| {
                    ui.label(title_text(ui, tr("income_statement", lang)));
                });
                ui.separator();
                statement_of_ui(ui, company, Statement::Income, shown_as, lang)
            })
            .inner;
        ui.add_space(theme::SPACE_XL);
        let other = ui
            .vertical(|ui| {
                statement_tabs_ui(ui, true, statement, lang);
                ui.separator();
                statement_of_ui(ui, company, *statement, shown_as, lang)
            })
            .inner;
        other.or(income)
    })
    .inner
}

/// The statements to choose from: beside the income statement only the other two.
fn statement_tabs_ui(ui: &mut egui::Ui, side_by_side: bool, statement: &mut Statement, lang: Locale) {
    let choices: &[(Statement, &str)] = if side_by_side {
        &[(Statement::Balance, "balance_sheet"), (Statement::CashFlow, "cash_flow")]
    } else {
        &[
            (Statement::Income, "income_statement"),
            (Statement::Balance, "balance_sheet"),
            (Statement::CashFlow, "cash_flow"),
        ]
    };
    ui.horizontal(|ui| {
        for (s, key) in choices {
            let text = title_text(ui, tr(key, lang));
            if ui.selectable_label(*statement == *s, text).clicked() {
                *statement = *s;
            }
        }
    });
}

/// One statement of the company over all years; the line clicked, if any.
fn statement_of_ui(
    ui: &mut egui::Ui,
    company: &CompanyReports,
    statement: Statement,
    shown_as: Shown,
    lang: Locale,
) -> Option<String> {
    let (id, lines): (&str, Lines) = match statement {
        Statement::Income => ("income", |r| r.income.lines().to_vec()),
        Statement::Balance => ("balance", |r| r.closing.lines().to_vec()),
        Statement::CashFlow => ("cash_flow", |r| r.cash_flow.lines().to_vec()),
    };
    statement_grid(ui, id, &company.history, lines, shown_as, lang)
}

/// Whose statements are drawn: the viewer's own (every line, each leading to its journal)
/// or another company's (the lines the scenario publishes, no journal).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shown {
    Own,
    OwnWithoutJournal,
    Competitor(crate::scenario::Disclosure),
}

impl Shown {
    fn shows(self, key: &str) -> bool {
        match self {
            Shown::Own | Shown::OwnWithoutJournal => true,
            Shown::Competitor(disclosure) => disclosure.shows(key),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Charts

/// One colour key for every chart: each company's name in its colour; the player's bold.
pub fn colour_key_ui(ui: &mut egui::Ui, companies: &[CompanyReports], highlight: Option<usize>, lang: Locale) {
    ui.horizontal_wrapped(|ui| {
        for (i, c) in companies.iter().enumerate() {
            colour_chip(ui, i);
            let mut text = egui::RichText::new(&c.name).color(theme::company_colour(i));
            if highlight == Some(i) {
                text = egui::RichText::new(format!("{} ({})", c.name, tr("your_company", lang)))
                    .color(theme::company_colour(i))
                    .strong();
            }
            ui.label(text);
            ui.add_space(theme::SPACE_M);
        }
    });
}

/// How a chart's values read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartUnit {
    /// Values in millions of euros.
    MillionEur,
    /// Values in percent.
    Percent,
}

/// One company's line in a chart.
#[derive(Clone, Debug)]
pub struct ChartSeries {
    /// Scenario index (for the colour).
    pub company: usize,
    /// Shown on hover.
    pub name: String,
    /// (year, value) points.
    pub points: Vec<[f64; 2]>,
    /// Dashed (WACC) instead of solid.
    pub dashed: bool,
}

/// A chart of values over the fiscal years.
pub struct ChartSpec {
    /// Unique id of the plot.
    pub id: String,
    /// The title, with the unit.
    pub title: String,
    /// The lines.
    pub series: Vec<ChartSeries>,
    /// How values read.
    pub unit: ChartUnit,
    /// Keep 0 in view (for figures whose sign matters).
    pub include_zero: bool,
}

/// Number with one decimal in the locale's decimal separator.
fn one_decimal(value: f64, lang: Locale) -> String {
    let text = format!("{value:.1}");
    match lang {
        Locale::De => text.replace('.', ","),
        Locale::En => text,
    }
}

/// A whole number (chart scales need no thousands separator).
fn whole(value: f64) -> String {
    format!("{value:.0}")
}

/// About five grid lines at 1, 2 or 5 times a power of ten, so every line is labelled.
fn nice_grid(input: GridInput) -> Vec<GridMark> {
    let (low, high) = input.bounds;
    let span = high - low;
    if !span.is_finite() || span <= 0.0 {
        return Vec::new();
    }
    let raw = span / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].into_iter().map(|f| f * magnitude).find(|s| *s >= raw).unwrap_or(magnitude * 10.0);
    let first = (low / step).ceil() as i64;
    let last = (high / step).floor() as i64;
    (first..=last).map(|k| GridMark { value: k as f64 * step, step_size: step }).collect()
}

/// Series of every company from `value` per year.
pub fn series(
    companies: &[CompanyReports],
    dashed: bool,
    value: impl Fn(&YearReport) -> Option<f64>,
) -> Vec<ChartSeries> {
    companies
        .iter()
        .enumerate()
        .map(|(i, c)| ChartSeries {
            company: i,
            name: c.name.clone(),
            points: c.history.iter().filter_map(|r| value(r).map(|v| [f64::from(r.year), v])).collect(),
            dashed,
        })
        .collect()
}

/// Money in millions for charts.
pub fn in_millions(m: Money) -> f64 {
    m.to_f64_lossy() / 1e6
}

/// A fraction in percent for charts.
pub fn in_percent(d: Decimal) -> f64 {
    crate::sim::market::to_f64(d) * 100.0
}

/// The glossary entry that explains a chart, by the chart's id.
fn chart_glossary_key(id: &str) -> &str {
    match id {
        "revenue" => "net_revenue",
        "roic_wacc" | "final_roic" => "roic",
        "final_eva" => "eva",
        "final_score" => "score",
        id if id.starts_with("share") => "market_share",
        id => id,
    }
}

/// Draws a chart `size` large: integer years on the x axis ("GJ 1"), no legend (the colour
/// key is shared), the player's company thicker, points marked so one year shows too.
pub fn chart_ui(ui: &mut egui::Ui, spec: ChartSpec, size: egui::Vec2, highlight: Option<usize>, lang: Locale) {
    ui.vertical(|ui| {
        ui.set_width(size.x);
        let title = ui.strong(&spec.title);
        glossary_hover(title, chart_glossary_key(&spec.id), lang);
        let plot = chart_plot(&spec, size, lang);
        let series = spec.series;
        plot.show(ui, move |plot| chart_series_ui(plot, &series, highlight));
    });
}

/// The chart's fixed frame: its axes (fiscal years; whole numbers or one decimal), the
/// hover text with the unit, and 0 in view when the spec asks for it.
fn chart_plot(spec: &ChartSpec, size: egui::Vec2, lang: Locale) -> Plot<'static> {
    let last_year = spec.series.iter().flat_map(|s| s.points.iter().map(|p| p[0])).fold(1.0_f64, f64::max);
    let fy = tr("fy_short", lang).to_string();
    let fy_hover = fy.clone();
    let unit = spec.unit;
    let plot = crate::ui::widgets::fixed_plot(&spec.id)
        .width(size.x)
        .height(size.y)
        .include_x(1.0 - theme::CHART_YEAR_MARGIN)
        .include_x(last_year + theme::CHART_YEAR_MARGIN)
        .x_grid_spacer(|input: GridInput| {
            let (low, high) = input.bounds;
            let first = low.ceil().max(1.0) as i64;
            let last = high.floor() as i64;
            (first..=last).map(|y| GridMark { value: y as f64, step_size: 1.0 }).collect()
        })
        .x_axis_formatter(move |mark, _| {
            if mark.value >= 1.0 && mark.value.fract() == 0.0 {
                format!("{fy} {}", mark.value as i64)
            } else {
                String::new()
            }
        })
        .y_grid_spacer(nice_grid)
        .y_axis_formatter(
            move |mark, _| {
                if mark.step_size >= 1.0 { whole(mark.value) } else { one_decimal(mark.value, lang) }
            },
        )
        .label_formatter(move |pos| match pos {
            HoverPosition::NearDataPoint { plot_name, position, .. } if !plot_name.is_empty() => {
                let value = one_decimal(position.y, lang);
                let value = match unit {
                    ChartUnit::MillionEur => format!("{value} {}", tr("unit_million_eur", lang)),
                    ChartUnit::Percent => format!("{value} %"),
                };
                Some(format!("{plot_name}\n{fy_hover} {}: {value}", position.x.round() as i64))
            }
            _ => None,
        });
    if spec.include_zero { plot.include_y(0.0) } else { plot }
}

/// The chart's lines with their points, the player's company thicker and drawn last, on top.
fn chart_series_ui(plot: &mut PlotUi, series: &[ChartSeries], highlight: Option<usize>) {
    let mut ordered: Vec<&ChartSeries> = series.iter().collect();
    ordered.sort_by_key(|s| highlight == Some(s.company));
    for s in ordered {
        let colour = theme::company_colour(s.company);
        let mine = highlight == Some(s.company);
        let width = if mine { theme::LINE_WIDTH_HIGHLIGHT } else { theme::LINE_WIDTH };
        let mut line = Line::new(s.name.clone(), PlotPoints::from(s.points.clone())).color(colour).width(width);
        if s.dashed {
            line = line.style(LineStyle::dashed_dense()).width(width * theme::DASHED_LINE_SCALE);
        }
        plot.line(line);
        let radius = if mine { theme::POINT_RADIUS_HIGHLIGHT } else { theme::POINT_RADIUS };
        let mut points = Points::new(s.name.clone(), s.points.clone()).color(colour).radius(radius);
        if s.dashed {
            // WACC: hollow diamonds, so a single year still shows.
            points = points.shape(MarkerShape::Diamond).filled(false);
        }
        plot.points(points);
    }
}

/// Lays out charts in rows that fill the width: three across from 1100 points, else two.
pub fn chart_grid_ui(ui: &mut egui::Ui, charts: Vec<ChartSpec>, height: f32, highlight: Option<usize>, lang: Locale) {
    let gap = theme::SPACE_L;
    let available = ui.available_width() - theme::SPACE_M;
    let per_row = if available >= theme::CHARTS_THREE_ACROSS_WIDTH { 3 } else { 2 };
    let width = ((available - gap * (per_row as f32 - 1.0)) / per_row as f32).max(theme::CHART_MIN_WIDTH);
    let mut charts = charts.into_iter().peekable();
    while charts.peek().is_some() {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for spec in charts.by_ref().take(per_row) {
                chart_ui(ui, spec, egui::vec2(width, height), highlight, lang);
            }
        });
        ui.add_space(theme::SPACE_S);
    }
}

fn dashboard_ui(ui: &mut egui::Ui, view: &ResultsView) {
    let lang = view.lang;
    let companies = view.companies;
    let mio = tr("unit_million_eur", lang);
    let highlight = view.setup.highlight;
    colour_key_ui(ui, companies, highlight, lang);
    ui.add_space(theme::SPACE_XS);
    let mut charts = vec![
        ChartSpec {
            id: "revenue".into(),
            title: format!("{} ({mio})", tr("net_revenue", lang)),
            series: series(companies, false, |r| Some(in_millions(r.income.net_revenue))),
            unit: ChartUnit::MillionEur,
            include_zero: false,
        },
        ChartSpec {
            id: "ebit".into(),
            title: format!("{} ({mio})", tr("ebit", lang)),
            series: series(companies, false, |r| Some(in_millions(r.income.ebit))),
            unit: ChartUnit::MillionEur,
            include_zero: true,
        },
        ChartSpec {
            id: "cash".into(),
            title: format!("{} ({mio})", tr("cash", lang)),
            series: series(companies, false, |r| Some(in_millions(r.closing.cash))),
            unit: ChartUnit::MillionEur,
            include_zero: true,
        },
        ChartSpec {
            id: "roic_wacc".into(),
            title: tr("roic_vs_wacc", lang).to_string(),
            series: roic_and_wacc(companies),
            unit: ChartUnit::Percent,
            include_zero: true,
        },
        ChartSpec {
            id: "eva".into(),
            title: format!("{} ({mio})", tr("eva", lang)),
            series: series(companies, false, |r| Some(in_millions(r.eva.eva))),
            unit: ChartUnit::MillionEur,
            include_zero: true,
        },
        ChartSpec {
            id: "score".into(),
            title: format!("{} ({mio})", tr("score_cumulative", lang)),
            series: series(companies, false, |r| Some(in_millions(r.score))),
            unit: ChartUnit::MillionEur,
            include_zero: true,
        },
    ];
    let segments = companies.iter().map(|c| c.history.last().map_or(0, |r| r.segments.len())).max().unwrap_or(0);
    for s in 0..segments {
        charts.push(ChartSpec {
            id: format!("share_{s}"),
            title: format!("{} {} (%)", tr("market_share", lang), view.setup.segment_name(s)),
            series: series(companies, false, move |r| r.segments.get(s).map(|seg| in_percent(seg.market_share))),
            unit: ChartUnit::Percent,
            include_zero: false,
        });
    }
    // Three rows fit at 1440×900; smaller windows scroll.
    let rows = charts.len().div_ceil(3).max(1) as f32;
    let title = ui.text_style_height(&egui::TextStyle::Body) + theme::SPACE_L;
    let height = theme::DASHBOARD_CHART_HEIGHT.clamp((ui.available_height() - theme::SPACE_M) / rows - title);
    egui::ScrollArea::vertical().id_salt("dashboard").auto_shrink([false, false]).show(ui, |ui| {
        chart_grid_ui(ui, charts, height, highlight, lang);
    });
}

/// ROIC solid and WACC dashed per company, in percent: both after tax, so the gap between
/// the lines is the spread EVA charges on capital (ROCE is before tax and would overstate it).
pub fn roic_and_wacc(companies: &[CompanyReports]) -> Vec<ChartSeries> {
    let mut all = series(companies, false, |r| r.kpis().roic.map(in_percent));
    for mut s in series(companies, true, |r| Some(in_percent(r.eva.wacc))) {
        s.name = format!("{} (WACC)", s.name);
        all.push(s);
    }
    for s in all.iter_mut().filter(|s| !s.dashed) {
        s.name = format!("{} (ROIC)", s.name);
    }
    all
}

// ---------------------------------------------------------------------------------------
// Market report

fn market_ui(ui: &mut egui::Ui, view: &ResultsView) {
    let lang = view.lang;
    let Some(market) = view.market.last() else { return };
    let year = market.year;
    let highlight = view.setup.highlight;
    egui::ScrollArea::both().id_salt("market").auto_shrink([false, false]).show(ui, |ui| {
        for (s, segment) in market.segments.iter().enumerate() {
            ui.add_space(theme::SPACE_XS);
            ui.label(title_text(ui, format!("{} — {} {year}", view.setup.segment_name(s), tr("year", lang))));
            let highlight_row = highlight.map(|h| h + 1);
            let keys = ["list_price", "rebate", "net_price", "demand", "units_sold", "market_gained", "market_share"];
            let widths: Vec<f32> = keys.iter().map(|k| column_width(ui, tr(k, lang))).collect();
            let w = |c: usize| widths.get(c).copied().unwrap_or_default();
            egui::Grid::new(("market", s))
                .striped(true)
                .num_columns(8)
                .spacing(theme::TABLE_SPACING)
                .with_row_color(move |row, _| (Some(row) == highlight_row).then_some(theme::HIGHLIGHT_ROW))
                .show(ui, |ui| {
                    ui.strong(tr("company", lang));
                    for (key, w) in keys.iter().zip(&widths) {
                        let header = right_cell(ui, egui::RichText::new(tr(key, lang)).strong(), *w);
                        if *key == "market_gained" {
                            header.on_hover_text(tr("market_gained_hint", lang));
                        }
                    }
                    ui.end_row();
                    for (i, c) in view.companies.iter().enumerate() {
                        let seg = c.history.iter().find(|r| r.year == year).and_then(|r| r.segments.get(s));
                        company_cell_ui(ui, i, egui::RichText::new(&c.name));
                        match seg {
                            Some(seg) => {
                                right_cell(ui, money(Money::from_decimal(seg.list_price), lang).into(), w(0));
                                right_cell(ui, percent(seg.rebate, 1, lang).into(), w(1));
                                right_cell(ui, money(Money::from_decimal(seg.net_price), lang).into(), w(2));
                                right_cell(ui, units(seg.demand_units, lang).into(), w(3));
                                right_cell(ui, units(seg.sold_units, lang).into(), w(4));
                                right_cell(ui, gained_text(seg.sold_units, seg.demand_units, lang), w(5));
                                right_cell(ui, percent(seg.market_share, 1, lang).into(), w(6));
                            }
                            None => {
                                for width in &widths {
                                    right_cell(ui, no_value(), *width);
                                }
                            }
                        }
                        ui.end_row();
                    }
                    ui.strong(tr("segment_total", lang));
                    right_cell(ui, "".into(), w(0));
                    right_cell(ui, "".into(), w(1));
                    right_cell(
                        ui,
                        egui::RichText::new(money(Money::from_decimal(segment.avg_net_price), lang)).strong(),
                        w(2),
                    )
                    .on_hover_text(tr("avg_net_price", lang));
                    right_cell(ui, egui::RichText::new(units(segment.demand_units, lang)).strong(), w(3));
                    right_cell(ui, egui::RichText::new(units(segment.sold_units, lang)).strong(), w(4));
                    right_cell(ui, gained_text(segment.sold_units, segment.demand_units, lang).strong(), w(5));
                    right_cell(ui, egui::RichText::new(percent(Decimal::ONE, 1, lang)).strong(), w(6));
                    ui.end_row();
                });
            ui.add_space(theme::SPACE_M);
        }
        ui.add(egui::Label::new(egui::RichText::new(tr("market_gained_note", lang)).small().weak()).wrap());
    });
}

/// Units sold against first-choice demand: "+3.200" taken over from stocked-out competitors,
/// "−1.500" that could not be delivered, "—" when they are equal.
fn gained_text(sold: u64, demand: u64, lang: Locale) -> egui::RichText {
    use std::cmp::Ordering;
    match sold.cmp(&demand) {
        Ordering::Greater => egui::RichText::new(format!("+{}", units(sold - demand, lang))).color(theme::BETTER),
        Ordering::Less => egui::RichText::new(format!("−{}", units(demand - sold, lang))).color(theme::WARNING),
        Ordering::Equal => no_value(),
    }
}

// ---------------------------------------------------------------------------------------
// Leaderboard

/// Companies in the order of [`crate::sim::ranking`] after the last year, best first, with
/// rank and scenario index.
pub fn ranking(companies: &[CompanyReports]) -> Vec<(usize, usize, &CompanyReports)> {
    let standings: Vec<_> = companies.iter().map(|c| crate::sim::ranking::Standing::of(&c.history)).collect();
    crate::sim::ranking::order(&standings)
        .into_iter()
        .enumerate()
        .map(|(place, i)| (place + 1, i, &companies[i]))
        .collect()
}

/// A striped ranking table whose `highlight_row` (counting the header as row 0) is tinted.
pub fn ranking_grid(id: &str, columns: usize, highlight_row: Option<usize>) -> egui::Grid {
    egui::Grid::new(id)
        .striped(true)
        .num_columns(columns)
        .spacing(theme::LOOSE_TABLE_SPACING)
        .with_row_color(move |row, _| (Some(row) == highlight_row).then_some(theme::HIGHLIGHT_ROW))
}

/// The header row of a ranking table: rank, company, who plays it, then `keys` right-aligned
/// in `widths`, each explained by the glossary where it has an entry.
pub fn ranking_header_ui(ui: &mut egui::Ui, keys: &[&str], widths: &[f32], lang: Locale) {
    ui.strong(tr("rank", lang));
    ui.strong(tr("company", lang));
    ui.strong(tr("played_by", lang));
    for (key, width) in keys.iter().zip(widths) {
        let header = right_cell(ui, egui::RichText::new(tr(key, lang)).strong(), *width);
        glossary_hover(header, if *key == "score_short" { "score" } else { key }, lang);
    }
    ui.end_row();
}

/// The leaderboard table (also used by the final ranking).
pub fn leaderboard_ui(ui: &mut egui::Ui, view: &ResultsView) {
    let lang = view.lang;
    if let Some(board) = &view.setup.board {
        return host_board_ui(ui, board, view.setup.highlight.and_then(|h| view.companies.get(h)), lang);
    }
    let ranked = ranking(view.companies);
    let highlight_row = view.setup.highlight.and_then(|h| ranked.iter().position(|(_, i, _)| *i == h)).map(|p| p + 1);
    let keys = ["net_revenue", "ebit", "roic", "eva", "score_short"];
    let widths: Vec<f32> = keys.iter().map(|k| column_width(ui, tr(k, lang))).collect();
    let w = |c: usize| widths.get(c).copied().unwrap_or_default();
    ranking_grid("leaderboard", 3 + keys.len(), highlight_row).show(ui, |ui| {
        ranking_header_ui(ui, &keys, &widths, lang);
        for (rank, i, c) in ranked {
            let Some(r) = c.history.last() else { continue };
            let mine = view.setup.highlight == Some(i);
            ui.label(egui::RichText::new(format!("{rank}.")).strong());
            let name = egui::RichText::new(&c.name);
            company_cell_ui(ui, i, if mine { name.strong() } else { name });
            ui.label(view.setup.player(i, lang));
            amount_cell(ui, r.income.net_revenue, lang, false, w(0));
            amount_cell(ui, r.income.ebit, lang, false, w(1));
            let roic = r.kpis().roic;
            // Green when ROIC beats WACC (the company creates value), red when it falls short.
            let roic_colour = roic.map_or(theme::NEUTRAL, |v| Better::Higher.colour(v.cmp(&r.eva.wacc)));
            right_cell(ui, egui::RichText::new(percent_or_dash(roic, lang)).color(roic_colour), w(2))
                .on_hover_text(format!("WACC {}", percent(r.eva.wacc, 1, lang)));
            amount_cell(ui, r.eva.eva, lang, false, w(3));
            amount_cell(ui, r.score, lang, true, w(4));
            ui.end_row();
        }
    });
}

/// The host's ranking on a workshop team's laptop: rank, company and score, the team's own
/// company tinted.
fn host_board_ui(ui: &mut egui::Ui, board: &[(usize, String, Money)], own: Option<&CompanyReports>, lang: Locale) {
    let own_row = own.and_then(|c| board.iter().position(|(_, name, _)| *name == c.name)).map(|p| p + 1);
    let width = column_width(ui, tr("score_short", lang));
    ranking_grid("host_board", 3, own_row).show(ui, |ui| {
        ui.strong(tr("rank", lang));
        ui.strong(tr("company", lang));
        right_cell(ui, egui::RichText::new(tr("score_short", lang)).strong(), width);
        ui.end_row();
        for (rank, name, score) in board {
            ui.label(egui::RichText::new(format!("{rank}.")).strong());
            ui.label(name);
            amount_cell(ui, *score, lang, true, width);
            ui.end_row();
        }
    });
}
