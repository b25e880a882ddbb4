//! The trainer's pages for the projector: the ranking, the market report, a consenting team's
//! value tree and the final ranking with the debrief — public figures of the released years
//! only, never a team's statements without its consent.

use bevy_egui::egui;

use super::results::{ReportSetup, ResultsView, leaderboard_ui, report_tab_ui};
use crate::i18n::Arg;
use crate::model::format::Locale;
use crate::ui::hosting::{ConsoleData, ConsolePage};
use crate::ui::screens::ResultsTab;
use crate::ui::session::{GameSetup, Mode, Team};
use crate::ui::text::{tr, tr_args};
use crate::ui::theme;

/// The row of pages at the top of the trainer's window; the page chosen, if another.
pub fn page_tabs_ui(ui: &mut egui::Ui, page: &ConsolePage, data: &ConsoleData, lang: Locale) -> Option<ConsolePage> {
    let mut chosen = None;
    let over = data.finished && data.view.released == data.view.closed;
    ui.horizontal_wrapped(|ui| {
        let pages = [
            (ConsolePage::Console, "console_page", true),
            (ConsolePage::Ranking, "projector_ranking", true),
            (ConsolePage::Market, "projector_market", true),
            (ConsolePage::ValueTree(None), "projector_value_tree", true),
            (ConsolePage::Final, "projector_final", over),
            (ConsolePage::Debrief, "projector_debrief", over),
        ];
        for (target, key, enabled) in pages {
            let selected = std::mem::discriminant(page) == std::mem::discriminant(&target);
            let tab = ui.add_enabled(enabled, egui::Button::selectable(selected, tr(key, lang)));
            if tab.on_disabled_hover_text(tr("projector_final_later", lang)).clicked() && !selected {
                chosen = Some(target);
            }
        }
    });
    ui.separator();
    chosen
}

/// How the report widgets see the room: every team by name, the computer by strategy, no
/// company's statements open.
fn room_setup(data: &ConsoleData, lang: Locale) -> ReportSetup {
    let teams = data.view.teams.iter().map(|t| Team { name: t.name.clone(), company: t.company.clone() }).collect();
    let mut setup = ReportSetup::from_game(&data.scenario, &GameSetup { mode: Mode::Workshop, teams }, lang);
    setup.open = vec![false; data.scenario.companies.len()];
    setup
}

/// Draws a projector page; the page to show next, when a team's tree was chosen.
pub fn projector_ui(ui: &mut egui::Ui, page: &ConsolePage, data: &ConsoleData, lang: Locale) -> Option<ConsolePage> {
    let released = data.view.released;
    if released == 0 {
        ui.heading(&data.view.workshop);
        ui.label(egui::RichText::new(tr("projector_nothing_yet", lang)).size(theme::SUBHEADING_SIZE));
        return None;
    }
    let mut setup = room_setup(data, lang);
    // The ranking the teams see: rank, company and score.
    setup.board = Some(data.leaderboard.clone());
    let mut view = ResultsView {
        lang,
        companies: &data.released,
        market: &data.market,
        shown: 0,
        tab: ResultsTab::Leaderboard,
        finished: data.finished,
        setup: &setup,
        journal: false,
    };
    let year = Arg::from(u64::from(released));
    match page {
        // Drawn by the window, which keeps the debrief's pages.
        ConsolePage::Console | ConsolePage::Debrief => None,
        ConsolePage::Ranking => {
            ui.heading(tr_args("projector_ranking_title", lang, &[("year", year)]));
            leaderboard_ui(ui, &view);
            None
        }
        ConsolePage::Market => {
            // What every team's laptop shows of the market: each segment's totals; a team's
            // prices and rebates are its own.
            ui.heading(tr_args("projector_market_title", lang, &[("year", year)]));
            view.tab = ResultsTab::Market;
            view.companies = &[];
            let _ = report_tab_ui(ui, &view, &mut 0);
            None
        }
        ConsolePage::ValueTree(company) => value_tree_page_ui(ui, company.as_deref(), data, lang),
        // An undo after the end opens a year again: the standings wait for its close.
        ConsolePage::Final if !(data.finished && data.view.released == data.view.closed) => {
            ui.heading(tr("projector_final", lang));
            ui.label(egui::RichText::new(tr("projector_final_later", lang)).size(theme::SUBHEADING_SIZE));
            None
        }
        ConsolePage::Final => {
            let view =
                super::final_ranking::FinalView { lang, companies: &data.released, setup: &setup, buttons: false };
            let _ = super::final_ranking::final_ranking_ui(ui, &view);
            None
        }
    }
}

/// The value tree of a team that allowed it; the teams that did, to choose from.
fn value_tree_page_ui(
    ui: &mut egui::Ui,
    company: Option<&str>,
    data: &ConsoleData,
    lang: Locale,
) -> Option<ConsolePage> {
    let consenting: Vec<_> = data.view.teams.iter().filter(|t| t.consent).collect();
    let Some(first) = consenting.first() else {
        ui.heading(tr("projector_value_tree", lang));
        ui.label(egui::RichText::new(tr("projector_no_consent", lang)).size(theme::SUBHEADING_SIZE));
        return None;
    };
    // A team that took its consent back is not shown any more.
    let shown = consenting.iter().find(|t| Some(t.company.as_str()) == company).unwrap_or(first);
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(tr("projector_consented", lang));
        for team in &consenting {
            if ui.selectable_label(team.company == shown.company, &team.name).clicked() {
                chosen = Some(ConsolePage::ValueTree(Some(team.company.clone())));
            }
        }
    });
    ui.add_space(theme::SPACE_S);
    if let Some(reports) = data.released.iter().find(|c| c.id == shown.company) {
        super::value::projected_tree_ui(ui, reports, &shown.name, lang);
    }
    chosen
}
