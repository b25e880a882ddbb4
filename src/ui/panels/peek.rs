//! Last year's report while deciding: the statements, KPIs, market report and leaderboard of
//! the years closed so far, in a window over the decision form — so a team can look up what
//! it needs without leaving (or losing) its draft.

use bevy_egui::egui;

use crate::model::format::Locale;
use crate::ui::panels::results::{ReportSetup, ResultsView, report_tab_ui};
use crate::ui::screens::{ResultsTab, UiCommand};
use crate::ui::text::tr;
use crate::ui::theme;

/// What the window shows.
pub struct PeekView<'a> {
    /// Language of every text.
    pub lang: Locale,
    /// Every company with its reports so far.
    pub companies: &'a [crate::sim::CompanyReports],
    /// The market reports so far.
    pub market: &'a [crate::sim::MarketYear],
    /// Players, highlight and segment names.
    pub setup: &'a ReportSetup,
    /// The tab shown.
    pub tab: ResultsTab,
}

/// The tabs the window offers: what the reports alone can show.
const TABS: [(ResultsTab, &str); 4] = [
    (ResultsTab::Statements, "statements_tab"),
    (ResultsTab::Dashboard, "dashboard"),
    (ResultsTab::Market, "market_report"),
    (ResultsTab::Leaderboard, "leaderboard"),
];

/// The window; a tab clicked or the window closed is sent as [`UiCommand::Peek`]. `shown`
/// is the company whose statements are shown. A click on a statement line does nothing here
/// (the journal belongs to the report screen).
pub fn peek_ui(ctx: &egui::Context, view: &PeekView, shown: &mut usize) -> Vec<UiCommand> {
    let lang = view.lang;
    let mut commands = Vec::new();
    let Some(year) = view.market.last().map(|m| m.year) else { return commands };
    let mut open = true;
    let title = format!("{} — {} {year}", tr("peek_title", lang), tr("year", lang));
    egui::Window::new(title)
        .id(egui::Id::new("peek"))
        .open(&mut open)
        .default_size(theme::PEEK_SIZE)
        .resizable(true)
        .collapsible(false)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                for (tab, key) in TABS {
                    if ui.selectable_label(view.tab == tab, tr(key, lang)).clicked() {
                        commands.push(UiCommand::Peek(Some(tab)));
                    }
                }
            });
            ui.separator();
            let results = ResultsView {
                lang,
                companies: view.companies,
                market: view.market,
                shown: *shown,
                tab: view.tab,
                finished: false,
                setup: view.setup,
                journal: false,
            };
            // Drill-downs are dropped: the draft stays on screen.
            let _ = report_tab_ui(ui, &results, shown);
        });
    if !open {
        commands.push(UiCommand::Peek(None));
    }
    commands
}
