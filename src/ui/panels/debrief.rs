//! The debrief for the projector, one page at a time in large type: first the decisions that
//! destroyed the most value in the room, then each year (events, the market's reaction, each
//! team's EVA and its biggest cause, the turning points, the EVA chart so far), then the
//! decisions that created the most, and last the ranking with the scenario's lesson. The
//! trainer's own screen can add each team's participation; the room never sees it.

use bevy_egui::egui;
use egui::RichText;

use crate::debrief::{Debrief, DecisionImpact, words};
use crate::model::Money;
use crate::model::format::{Locale, signed_whole};
use crate::ui::panels::results::{ChartSeries, ChartSpec, ChartUnit, chart_ui, in_millions};
use crate::ui::text::{tr, tr_args};
use crate::ui::theme;
use crate::ui::widgets::colour_chip;
use crate::workshop::protocol::{Participation, YearParticipation};

/// How many decisions the first and the second-to-last page show.
const DECISIONS_SHOWN: usize = 5;

/// What the debrief shows.
pub struct DebriefView<'a> {
    /// Language of every text.
    pub lang: Locale,
    /// The analysed game.
    pub debrief: &'a Debrief,
    /// The page shown (0 = value destroyed).
    pub page: usize,
    /// Each team's participation by year, on the trainer's own screen only.
    pub participation: Option<&'a [YearParticipation]>,
    /// The trainer chose to see the participation.
    pub show_participation: bool,
    /// Formats a Unix time in milliseconds as the trainer's clock shows it.
    pub clock: &'a dyn Fn(i64) -> String,
}

/// What the trainer did on the debrief.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DebriefAction {
    /// The next page.
    Next,
    /// The page before.
    Previous,
    /// The first page.
    First,
    /// The last page.
    Last,
    /// Show or hide the participation column.
    ToggleParticipation,
    /// Leave the debrief.
    Close,
}

/// The number of pages: value destroyed, one per year, value created, the end.
pub fn page_count(debrief: &Debrief) -> usize {
    debrief.stories.len() + 3
}

/// The page after `action` on `page` of `count`.
pub fn turned(page: usize, count: usize, action: DebriefAction) -> usize {
    let last = count.saturating_sub(1);
    match action {
        DebriefAction::Next => (page + 1).min(last),
        DebriefAction::Previous => page.saturating_sub(1),
        DebriefAction::First => 0,
        DebriefAction::Last => last,
        DebriefAction::ToggleParticipation | DebriefAction::Close => page.min(last),
    }
}

/// The arrow keys (and Page Up/Down, Space, Home, End) as debrief actions.
pub fn debrief_keys(ctx: &egui::Context) -> Option<DebriefAction> {
    use egui::Key;
    ctx.input(|i| {
        let pressed = |keys: &[Key]| keys.iter().any(|k| i.key_pressed(*k));
        if pressed(&[Key::ArrowRight, Key::PageDown, Key::Space]) {
            Some(DebriefAction::Next)
        } else if pressed(&[Key::ArrowLeft, Key::PageUp]) {
            Some(DebriefAction::Previous)
        } else if pressed(&[Key::Home]) {
            Some(DebriefAction::First)
        } else if pressed(&[Key::End]) {
            Some(DebriefAction::Last)
        } else {
            None
        }
    })
}

/// Draws the page and the navigation under it; the trainer's action, if any.
pub fn debrief_ui(ui: &mut egui::Ui, view: &DebriefView) -> Option<DebriefAction> {
    let mut action = None;
    crate::ui::widgets::fitted_panel(ui, egui::Panel::bottom("debrief_navigation"), "debrief_navigation", |ui| {
        action = navigation_ui(ui, view);
    });
    egui::ScrollArea::vertical().id_salt("debrief_page").auto_shrink([false, false]).show(ui, |ui| {
        let years = view.debrief.stories.len();
        match view.page {
            0 => decisions_page_ui(ui, view, false),
            p if p <= years => year_page_ui(ui, view, p - 1),
            p if p == years + 1 => decisions_page_ui(ui, view, true),
            _ => end_page_ui(ui, view),
        }
    });
    action
}

fn navigation_ui(ui: &mut egui::Ui, view: &DebriefView) -> Option<DebriefAction> {
    let lang = view.lang;
    let count = page_count(view.debrief);
    let mut action = None;
    ui.add_space(theme::SPACE_S);
    ui.horizontal(|ui| {
        let big = |key: &str| RichText::new(tr(key, lang)).size(theme::DEBRIEF_TEXT_SIZE);
        if ui.add_enabled(view.page > 0, egui::Button::new(big("debrief_previous"))).clicked() {
            action = Some(DebriefAction::Previous);
        }
        let args = [("page", (view.page as u64 + 1).into()), ("pages", (count as u64).into())];
        ui.label(RichText::new(tr_args("debrief_page_of", lang, &args)).size(theme::DEBRIEF_TEXT_SIZE));
        if ui.add_enabled(view.page + 1 < count, egui::Button::new(big("debrief_next"))).clicked() {
            action = Some(DebriefAction::Next);
        }
        ui.add_space(theme::SPACE_XL);
        if view.participation.is_some() {
            let mut shown = view.show_participation;
            if ui.checkbox(&mut shown, tr("debrief_show_participation", lang)).changed() {
                action = Some(DebriefAction::ToggleParticipation);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(big("debrief_close")).clicked() {
                action = Some(DebriefAction::Close);
            }
            ui.label(RichText::new(tr("debrief_keys", lang)).weak());
        });
    });
    ui.add_space(theme::SPACE_S);
    action
}

fn title_ui(ui: &mut egui::Ui, title: String, subtitle: String) {
    ui.label(RichText::new(title).size(theme::DEBRIEF_TITLE_SIZE).strong().color(theme::ACCENT));
    ui.label(RichText::new(subtitle).size(theme::DEBRIEF_TEXT_SIZE).weak());
    ui.add_space(theme::SPACE_L);
}

fn company_index(debrief: &Debrief, id: &str) -> usize {
    debrief.companies.iter().position(|c| c.id == id).unwrap_or(0)
}

/// ΔEVA in large type, red below zero and green above.
fn delta_text(amount: Money, lang: Locale, size: f32) -> RichText {
    let colour = if amount.is_negative() { theme::WORSE } else { theme::BETTER };
    RichText::new(signed_whole(amount, lang)).size(size).strong().color(colour)
}

/// The decisions that destroyed (or, on the page before the end, created) the most value.
fn decisions_page_ui(ui: &mut egui::Ui, view: &DebriefView, created: bool) {
    let (lang, debrief) = (view.lang, view.debrief);
    let (creators, destroyers) = debrief.extremes(DECISIONS_SHOWN, None);
    let (title, shown) = if created { ("debrief_created", creators) } else { ("debrief_destroyed", destroyers) };
    title_ui(ui, tr(title, lang).to_string(), tr("debrief_decisions_how", lang).to_string());
    if shown.is_empty() {
        ui.label(RichText::new(tr("debrief_no_decisions", lang)).size(theme::DEBRIEF_TEXT_SIZE));
        return;
    }
    for impact in shown {
        decision_row_ui(ui, impact, debrief, lang);
        ui.add_space(theme::SPACE_L);
    }
}

/// A decision: its ΔEVA large on the left, the team and the decision's words (wrapped) beside it.
fn decision_row_ui(ui: &mut egui::Ui, impact: &DecisionImpact, debrief: &Debrief, lang: Locale) {
    ui.horizontal_top(|ui| {
        let delta = delta_text(impact.delta_eva, lang, theme::DEBRIEF_FIGURE_SIZE);
        ui.add_sized([theme::DEBRIEF_FIGURE_WIDTH, theme::DEBRIEF_FIGURE_SIZE * 1.4], egui::Label::new(delta));
        ui.vertical(|ui| {
            ui.horizontal(|ui| {
                colour_chip(ui, company_index(debrief, &impact.company));
                ui.label(RichText::new(debrief.name(&impact.company)).size(theme::DEBRIEF_TEXT_SIZE).strong());
            });
            let words = RichText::new(words::decision(impact, debrief, lang)).size(theme::DEBRIEF_TEXT_SIZE);
            ui.add(egui::Label::new(words).wrap());
        });
    });
}

/// One year: events, market, turning points, each team's EVA and cause, the chart so far.
fn year_page_ui(ui: &mut egui::Ui, view: &DebriefView, index: usize) {
    let (lang, debrief) = (view.lang, view.debrief);
    let Some(story) = debrief.stories.get(index) else { return };
    let year = story.year;
    title_ui(
        ui,
        tr_args("debrief_year_title", lang, &[("year", u64::from(year).into())]),
        tr("debrief_year_how", lang).to_string(),
    );
    let text = |s: String| RichText::new(s).size(theme::DEBRIEF_TEXT_SIZE);
    let width = ui.available_width();
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(width * 0.45);
            ui.label(RichText::new(tr("debrief_events", lang)).size(theme::DEBRIEF_HEADING_SIZE).strong());
            if story.headlines.is_empty() {
                ui.label(text(tr("debrief_no_events", lang).to_string()).weak());
            }
            for headline in &story.headlines {
                ui.label(text(format!("• {}", debrief.scenario.text(headline, lang))));
            }
            ui.add_space(theme::SPACE_M);
            ui.label(RichText::new(tr("debrief_market", lang)).size(theme::DEBRIEF_HEADING_SIZE).strong());
            for line in words::market(story, debrief, lang) {
                ui.label(text(line));
            }
            if !story.turning_points.is_empty() {
                ui.add_space(theme::SPACE_M);
                ui.label(RichText::new(tr("debrief_turning_points", lang)).size(theme::DEBRIEF_HEADING_SIZE).strong());
                for point in &story.turning_points {
                    ui.label(text(format!("• {}", words::turning_point(point, debrief, lang))));
                }
            }
        });
        ui.add_space(theme::SPACE_XL);
        ui.vertical(|ui| eva_chart_ui(ui, debrief, year, lang));
    });
    ui.add_space(theme::SPACE_L);
    teams_table_ui(ui, view, index);
}

/// Each team's EVA, ΔEVA, its largest cause and its costliest or best decision of the year.
fn teams_table_ui(ui: &mut egui::Ui, view: &DebriefView, index: usize) {
    let (lang, debrief) = (view.lang, view.debrief);
    let Some(story) = debrief.stories.get(index) else { return };
    let participation =
        view.participation.filter(|_| view.show_participation).and_then(|p| p.iter().find(|y| y.year == story.year));
    let header = |ui: &mut egui::Ui, key: &str| {
        ui.label(RichText::new(tr(key, lang)).size(theme::DEBRIEF_TEXT_SIZE).strong());
    };
    egui::Grid::new(("debrief_teams", index)).striped(true).spacing(theme::DEBRIEF_TABLE_SPACING).show(ui, |ui| {
        for key in ["debrief_team", "debrief_eva", "debrief_delta_eva", "debrief_cause", "debrief_decision"] {
            header(ui, key);
        }
        if participation.is_some() {
            header(ui, "debrief_participation");
        }
        ui.end_row();
        for (c, year) in story.companies.iter().enumerate() {
            let text = |s: String| RichText::new(s).size(theme::DEBRIEF_TEXT_SIZE);
            ui.horizontal(|ui| {
                colour_chip(ui, c);
                ui.label(text(debrief.name(&year.company).to_string()).strong());
            });
            ui.label(text(words::millions(year.eva, lang)));
            match year.attribution {
                Some(a) => ui.label(delta_text(a.total, lang, theme::DEBRIEF_TEXT_SIZE)),
                None => ui.label(text("–".into()).weak()),
            };
            match year.largest_cause() {
                Some((key, amount)) => {
                    ui.label(text(format!("{} {}", words::cause(key, lang), signed_whole(amount, lang))))
                }
                None => ui.label(text("–".into()).weak()),
            };
            let decision = debrief
                .impacts
                .iter()
                .filter(|i| i.company == year.company && i.year == story.year)
                .max_by_key(|i| i.delta_eva.abs());
            match decision {
                Some(i) => {
                    ui.label(text(format!("{} ({})", words::area_name(i.area, lang), signed_whole(i.delta_eva, lang))))
                }
                None => ui.label(text("–".into()).weak()),
            };
            if let Some(p) = participation {
                let how = p.teams.iter().find(|(id, _)| id == &year.company).map(|(_, how)| how);
                ui.label(text(participation_text(how, view)));
            }
            ui.end_row();
        }
    });
}

fn participation_text(how: Option<&Participation>, view: &DebriefView) -> String {
    let lang = view.lang;
    match how {
        Some(Participation::Submitted { at_ms, revisions, corrected }) => {
            let args = [
                ("time", (view.clock)(*at_ms).into()),
                ("revisions", u64::from(*revisions).into()),
                ("corrected", if *corrected { "yes" } else { "no" }.into()),
            ];
            tr_args("debrief_submitted", lang, &args)
        }
        Some(Participation::Kept) => tr("debrief_kept", lang).to_string(),
        Some(Participation::Computer) | None => tr("debrief_computer", lang).to_string(),
    }
}

/// Every team's EVA from year 1 to `year`.
fn eva_chart_ui(ui: &mut egui::Ui, debrief: &Debrief, year: u32, lang: Locale) {
    let series = debrief
        .companies
        .iter()
        .enumerate()
        .map(|(i, c)| ChartSeries {
            company: i,
            name: c.name.clone(),
            points: c
                .history
                .iter()
                .filter(|r| r.year <= year)
                .map(|r| [f64::from(r.year), in_millions(r.eva.eva)])
                .collect(),
            dashed: false,
        })
        .collect();
    let spec = ChartSpec {
        id: format!("debrief_eva_{year}"),
        title: format!("{} ({})", tr("eva_per_year", lang), tr("unit_million_eur", lang)),
        series,
        unit: ChartUnit::MillionEur,
        include_zero: true,
    };
    let width = ui.available_width();
    chart_ui(ui, spec, egui::vec2(width, theme::DEBRIEF_CHART_HEIGHT), None, lang);
}

/// The ranking with each team's game in one line, and the lesson.
fn end_page_ui(ui: &mut egui::Ui, view: &DebriefView) {
    let (lang, debrief) = (view.lang, view.debrief);
    title_ui(ui, tr("debrief_end_title", lang).to_string(), tr("debrief_end_how", lang).to_string());
    for placing in debrief.ranking() {
        ui.horizontal_wrapped(|ui| {
            colour_chip(ui, placing.company);
            ui.label(RichText::new(words::summary(&placing, debrief, lang)).size(theme::DEBRIEF_TEXT_SIZE));
        });
        ui.add_space(theme::SPACE_S);
    }
    ui.add_space(theme::SPACE_L);
    egui::Frame::new().fill(theme::COACH_BACKGROUND).inner_margin(theme::SPACE_L).show(ui, |ui| {
        ui.label(RichText::new(tr("debrief_lesson", lang)).size(theme::DEBRIEF_HEADING_SIZE).strong());
        ui.label(RichText::new(words::lesson(debrief, lang)).size(theme::DEBRIEF_FIGURE_SIZE));
    });
}
