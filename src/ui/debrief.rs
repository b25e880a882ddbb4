//! The debrief's state wherever it is shown (after a game on this laptop, on the trainer's
//! console, on an observer's projector laptop): the game analysed once when the debrief
//! opens, the page on the wall, whether the trainer sees the participation.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::frame::{Frame, central_panel};
use super::panels::debrief::{DebriefAction, DebriefView, debrief_keys, debrief_ui, page_count, turned};
use super::screens::{Screen, UiCommand, UiState};
use super::session::Session;
use super::text::{tr, tr_args};
use super::{PendingCommands, theme};
use crate::debrief::Debrief;
use crate::model::format::Locale;
use crate::sim::{CompanyReports, MarketYear};
use crate::workshop::protocol::YearParticipation;

/// The analysis: still running on its own thread (a workshop of eight teams over twenty years
/// replays the game a few thousand times), or done.
enum Analysis {
    Running(std::sync::Mutex<std::sync::mpsc::Receiver<Result<Debrief, String>>>),
    Done(Box<Result<Debrief, String>>),
}

/// The analysed game and the page shown.
pub struct DebriefDeck {
    analysis: Analysis,
    /// The page shown.
    pub page: usize,
    /// The trainer shows the participation column.
    pub show_participation: bool,
}

fn analyse(game: &Game) -> Result<Debrief, String> {
    Debrief::of(game.scenario, game.seed, game.market, game.companies).map_err(|issues| issues.to_string())
}

impl DebriefDeck {
    /// Analyses the game here and now (replaying it once per decision area) and opens the
    /// first page.
    pub fn new(game: &Game) -> DebriefDeck {
        DebriefDeck { analysis: Analysis::Done(Box::new(analyse(game))), page: 0, show_participation: false }
    }

    /// Starts the analysis on a thread of its own; the deck shows that it is working until
    /// it is done.
    pub fn start(game: &Game) -> DebriefDeck {
        let (scenario, market, companies) = (game.scenario.clone(), game.market.to_vec(), game.companies.to_vec());
        let seed = game.seed;
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let game = Game { scenario: &scenario, seed, market: &market, companies: &companies };
            // The deck may be gone (the trainer left the page): nobody to tell.
            let _ = tx.send(analyse(&game));
        });
        DebriefDeck { analysis: Analysis::Running(std::sync::Mutex::new(rx)), page: 0, show_participation: false }
    }

    /// The analysis once it is done: the debrief, or why the game could not be replayed.
    pub fn analysed(&mut self) -> Option<&Result<Debrief, String>> {
        if let Analysis::Running(rx) = &self.analysis {
            let received = rx.lock().ok().and_then(|rx| match rx.try_recv() {
                Ok(result) => Some(result),
                Err(std::sync::mpsc::TryRecvError::Empty) => None,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => Some(Err("the analysis stopped".into())),
            });
            if let Some(result) = received {
                self.analysis = Analysis::Done(Box::new(result));
            }
        }
        match &self.analysis {
            Analysis::Done(result) => Some(&**result),
            Analysis::Running(_) => None,
        }
    }

    /// Applies the trainer's action; true when the debrief is to close.
    pub fn act(&mut self, action: DebriefAction) -> bool {
        let pages = match self.analysed() {
            Some(Ok(debrief)) => Some(page_count(debrief)),
            _ => None,
        };
        if let Some(pages) = pages {
            self.page = turned(self.page, pages, action);
        }
        if action == DebriefAction::ToggleParticipation {
            self.show_participation = !self.show_participation;
        }
        action == DebriefAction::Close
    }

    /// Draws the deck (the arrow keys turn its pages); true when the trainer closed it.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        lang: Locale,
        participation: Option<&[YearParticipation]>,
        clock: &dyn Fn(i64) -> String,
    ) -> bool {
        let keys = debrief_keys(ui.ctx());
        let (page, show_participation) = (self.page, self.show_participation);
        let action = match self.analysed() {
            Some(Ok(debrief)) => {
                let view = DebriefView { lang, debrief, page, participation, show_participation, clock };
                debrief_ui(ui, &view).or(keys)
            }
            Some(Err(reason)) => {
                let text = tr_args("debrief_failed", lang, &[("reason", reason.clone().into())]);
                ui.colored_label(theme::WORSE, text);
                ui.button(tr("debrief_close", lang)).clicked().then_some(DebriefAction::Close)
            }
            None => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(egui::RichText::new(tr("debrief_working", lang)).size(theme::DEBRIEF_TEXT_SIZE));
                });
                ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
                None
            }
        };
        action.is_some_and(|a| self.act(a))
    }
}

/// The folder under the data folder that holds the debriefs' files.
pub const DEBRIEF_DIR: &str = "Auswertungen";

/// A played game as the debrief reads it.
pub struct Game<'a> {
    /// The scenario as played.
    pub scenario: &'a crate::scenario::Scenario,
    /// The game's seed.
    pub seed: u64,
    /// The market report of every year.
    pub market: &'a [MarketYear],
    /// Every company with its reports.
    pub companies: &'a [CompanyReports],
}

/// Writes the game's workbooks and reports into `<data>/Auswertungen/<name>/`: the status
/// line that says where, or why not.
pub fn save_debrief(
    data_dir: &std::path::Path,
    name: &str,
    game: &Game,
    analysed: Option<&Debrief>,
    participation: Option<&[YearParticipation]>,
    lang: Locale,
) -> super::screens::Status {
    let dir = data_dir.join(DEBRIEF_DIR).join(crate::files::name_part(name));
    let debrief = match analysed {
        Some(debrief) => Ok(std::borrow::Cow::Borrowed(debrief)),
        None => analyse(game).map(std::borrow::Cow::Owned).map_err(|e| anyhow::anyhow!("{e}")),
    };
    let written = debrief.and_then(|debrief| {
        let debrief = debrief.as_ref();
        std::fs::create_dir_all(&dir)?;
        let mut files = crate::debrief::files::write_workbooks(&dir, debrief, lang)?;
        files.extend(crate::debrief::files::write_reports(&dir, debrief, participation, lang)?);
        Ok(files.len())
    });
    match written {
        Ok(count) => {
            let args = [("count", (count as u64).into()), ("path", dir.display().to_string().into())];
            super::screens::Status::done(super::text::tr_args("debrief_saved", lang, &args))
        }
        Err(e) => {
            let mut status = super::screens::Status::error(super::text::tr("debrief_save_failed", lang).to_string());
            status.details = Some(format!("{e:#}"));
            status
        }
    }
}

/// The debrief of the game played on this laptop.
#[derive(Resource)]
pub struct DebriefScreen(pub DebriefDeck);

/// Registers the local debrief's state.
pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Debrief), enter_debrief)
        .add_systems(OnExit(Screen::Debrief), |mut commands: Commands| commands.remove_resource::<DebriefScreen>());
}

fn enter_debrief(session: Option<Res<Session>>, mut commands: Commands) {
    if let Some(session) = session {
        let save = session.snapshot();
        let game = Game {
            scenario: &save.scenario,
            seed: save.seed,
            market: &save.market_history,
            companies: session.reports(),
        };
        let deck = DebriefDeck::start(&game);
        commands.insert_resource(DebriefScreen(deck));
    }
}

/// Draws the local debrief; "Beenden" goes back to the final ranking.
pub(super) fn debrief_screen(
    mut contexts: EguiContexts,
    state: Res<UiState>,
    screen: Option<ResMut<DebriefScreen>>,
    frame: Res<Frame>,
    mut pending: ResMut<PendingCommands>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(mut screen) = screen else { return Ok(()) };
    let mut closed = false;
    central_panel(ctx, &frame, |ui| {
        closed = screen.0.show(ui, state.lang, None, &|_| String::new());
        Vec::new()
    });
    if closed {
        pending.0.push(UiCommand::GoTo(Screen::Final));
    }
    Ok(())
}
