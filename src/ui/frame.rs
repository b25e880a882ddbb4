//! Drawing a frame: one system per screen, each running only in its bevy state, between a
//! system that opens the frame (theme, shortcuts, top bar) and one that closes it (the
//! workshop's screens live in [`super::team_screen`] and [`super::console_screen`]).
//!
//! Architecture invariant: these systems only read the game and the screens' cached views
//! ([`super::views`], [`super::decide_screen`]) and queue [`UiCommand`]s; the one exception
//! is the widget state a form edits (the typed text of a field, a dialog's folder).

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::decide_screen::{DecideScreen, decide_screen_ui};
use super::panels::{self, results::ResultsView};
use super::screens::{ResultsTab, Screen, UiCommand, UiState};
use super::session::Session;
use super::shortcuts::shortcut_commands;
use super::text::tr;
use super::views::{ReportScreen, SetupScreen, TitleScreen};
use super::{PendingCommands, theme, widgets};
use crate::model::format::Locale;

/// The frame's steps, run in the order of the variants.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FrameSystems {
    /// Theme, shortcuts and the top bar; measures where the screen goes.
    Open,
    /// The system of the screen shown.
    Screen,
    /// Asks for another frame when commands are waiting.
    Close,
}

/// Where the screen is drawn this frame (the window below the top bar).
#[derive(Resource, Debug, Default)]
pub(super) struct Frame {
    area: Option<egui::Rect>,
    /// The shortcuts' commands, read before any widget sees the keys and queued after the
    /// screen's own (so that an edit typed in the same frame is applied before a submit).
    pub(super) shortcuts: Vec<UiCommand>,
}

/// Registers the drawing systems (needs bevy_egui's plugin).
pub fn plugin(app: &mut App) {
    app.init_resource::<Frame>()
        .configure_sets(EguiPrimaryContextPass, (FrameSystems::Open, FrameSystems::Screen, FrameSystems::Close).chain())
        .add_systems(EguiPrimaryContextPass, open_frame.in_set(FrameSystems::Open))
        .add_systems(
            EguiPrimaryContextPass,
            (
                title_screen.run_if(in_state(Screen::Title)),
                setup_screen.run_if(in_state(Screen::Setup)),
                decide_screen.run_if(in_state(Screen::Decide)),
                handover_screen.run_if(in_state(Screen::Handover)),
                results_screen.run_if(in_state(Screen::Results)),
                final_screen.run_if(in_state(Screen::Final)),
                super::debrief::debrief_screen.run_if(in_state(Screen::Debrief)),
                glossary_screen.run_if(in_state(Screen::Glossary)),
                super::team_screen::join_screen.run_if(in_state(Screen::Join)),
                super::team_screen::team_screen.run_if(in_state(Screen::Team)),
                super::console_screen::host_setup_screen.run_if(in_state(Screen::HostSetup)),
                super::console_screen::console_screen.run_if(in_state(Screen::Console)),
                super::lab::screen::lab_screen.run_if(in_state(Screen::Lab)),
                super::quiz::screen::quiz_screen.run_if(in_state(Screen::Quiz)),
            )
                .in_set(FrameSystems::Screen),
        )
        .add_systems(EguiPrimaryContextPass, (dialogs, close_frame).chain().in_set(FrameSystems::Close));
}

/// The screen's part of the window as a fresh root `Ui`, with the central panel in it.
pub(super) fn central_panel(
    ctx: &egui::Context,
    frame: &Frame,
    add: impl FnOnce(&mut egui::Ui) -> Vec<UiCommand>,
) -> Vec<UiCommand> {
    let area = frame.area.unwrap_or_else(|| ctx.viewport_rect());
    let mut root = egui::Ui::new(
        ctx.clone(),
        "screen".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(area),
    );
    egui::CentralPanel::default().show(&mut root, add).inner
}

fn open_frame(
    mut contexts: EguiContexts,
    mut state: ResMut<UiState>,
    session: Option<Res<Session>>,
    team: Option<Res<super::remote::RemoteTeam>>,
    screen: Res<State<Screen>>,
    mut pending: ResMut<PendingCommands>,
    mut frame: ResMut<Frame>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if state.applied_projector != Some(state.projector) {
        theme::apply(ctx, state.projector);
        state.applied_projector = Some(state.projector);
    }
    let screen = *screen.get();
    // Before any widget sees the keys, so that Enter on the report is not also a button's.
    frame.shortcuts = shortcut_commands(ctx, screen, session.is_some() || team.is_some(), &state);
    let mut root = egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    );
    egui::Panel::top("top_bar").show(&mut root, |ui| {
        pending.0.extend(top_bar_ui(ui, &mut state, session.as_deref(), screen));
    });
    if let Some(status) = &state.message {
        let lang = state.lang;
        let commands = widgets::fitted_panel(&mut root, egui::Panel::top("status"), "status", |ui| {
            widgets::status_ui(ui, status, lang)
        });
        pending.0.extend(commands);
    }
    frame.area = Some(root.available_rect_before_wrap());
    Ok(())
}

/// The modal dialogs over the screen: the in-game menu and "overwrite this save?".
fn dialogs(
    mut contexts: EguiContexts,
    mut state: ResMut<UiState>,
    session: Option<Res<Session>>,
    mut pending: ResMut<PendingCommands>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = state.lang;
    if state.menu_open && session.is_some() {
        let guide = session.as_ref().is_some_and(|s| s.guide);
        let finished = session.as_ref().is_some_and(|s| s.is_finished());
        let view =
            panels::menu::MenuView { lang, projector: state.projector, guide, save_name: &state.save_name, finished };
        let commands = panels::menu::menu_ui(ctx, &view);
        pending.0.extend(commands);
    }
    let commands = panels::menu::overwrite_ui(ctx, lang, &mut state.confirm_overwrite);
    pending.0.extend(commands);
    Ok(())
}

fn close_frame(
    mut frame: ResMut<Frame>,
    mut pending: ResMut<PendingCommands>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    pending.0.append(&mut frame.shortcuts);
    if !pending.0.is_empty() {
        redraw.write(RequestRedraw);
    }
}

fn title_screen(
    mut contexts: EguiContexts,
    mut state: ResMut<UiState>,
    view: Option<Res<TitleScreen>>,
    frame: Res<Frame>,
    mut pending: ResMut<PendingCommands>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let view = panels::title::TitleView { lang: state.lang, has_autosave: view.is_some_and(|v| v.has_autosave) };
    pending.0.extend(central_panel(ctx, &frame, |ui| panels::title::title_ui(ui, &view, &mut state.dialog)));
    Ok(())
}

/// A form in a fixed window in the middle of the screen (new game, join, host).
pub(super) fn dialog(ctx: &egui::Context, title: &str, add: impl FnOnce(&mut egui::Ui)) {
    egui::Window::new(title)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, add);
}

/// The setup form: a dialog in the middle of an empty screen.
fn setup_screen(
    mut contexts: EguiContexts,
    mut state: ResMut<UiState>,
    view: Option<Res<SetupScreen>>,
    frame: Res<Frame>,
    mut pending: ResMut<PendingCommands>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    central_panel(ctx, &frame, |_| Vec::new());
    let lang = state.lang;
    let scenario = match view.as_ref().map(|v| &v.scenario) {
        Some(Ok(s)) => Ok(s),
        Some(Err(issues)) => Err(issues.0.first().map(|i| super::issue_text::issue_text(i, lang)).unwrap_or_default()),
        None => Err(String::new()),
    };
    let view = panels::setup::SetupView { lang, scenario };
    dialog(ctx, tr("new_game", lang), |ui| pending.0.extend(panels::setup::setup_ui(ui, &view, &mut state.setup)));
    Ok(())
}

fn decide_screen(
    mut contexts: EguiContexts,
    mut state: ResMut<UiState>,
    screen: Option<ResMut<DecideScreen>>,
    session: Option<Res<Session>>,
    frame: Res<Frame>,
    mut pending: ResMut<PendingCommands>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    // Built in `Update` when the screen is entered; absent for the one frame before.
    let Some(mut screen) = screen else { return Ok(()) };
    let lang = state.lang;
    let confirming = state.confirm_submit;
    let coach = session.as_ref().filter(|s| s.guide).map(|_| state.coach_step);
    let practice = session.as_ref().and_then(|s| practice_view(s, lang, false));
    pending.0.extend(central_panel(ctx, &frame, |ui| {
        if let Some(view) = &practice {
            practice_strip(ui, view);
        }
        decide_screen_ui(ui, &mut screen, lang, confirming, coach)
    }));
    if let (Some(tab), Some(session)) = (state.peek, session) {
        let setup = panels::results::ReportSetup::from_game(session.scenario(), &session.setup, lang);
        let view = panels::peek::PeekView {
            lang,
            companies: session.reports(),
            market: &session.snapshot().market_history,
            setup: &setup,
            tab,
        };
        pending.0.extend(panels::peek::peek_ui(ctx, &view, &mut state.shown_company));
    }
    Ok(())
}

fn handover_screen(
    mut contexts: EguiContexts,
    state: Res<UiState>,
    session: Option<Res<Session>>,
    frame: Res<Frame>,
    mut pending: ResMut<PendingCommands>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(session) = session else { return Ok(()) };
    let current = session.current_team();
    let company = session.scenario().companies.iter().find(|c| c.id == current.company).map_or("", |c| &c.name);
    let view = panels::handover::HandoverView {
        lang: state.lang,
        team: &current.name,
        company,
        turn: session.turn + 1,
        teams: session.setup.teams.len(),
        year: session.playing_year(),
        withdrawable: session.last_submitted().map(|t| t.name.as_str()),
    };
    pending.0.extend(central_panel(ctx, &frame, |ui| panels::handover::handover_ui(ui, &view)));
    Ok(())
}

fn results_screen(
    mut contexts: EguiContexts,
    mut state: ResMut<UiState>,
    session: Option<Res<Session>>,
    report: Option<Res<ReportScreen>>,
    frame: Res<Frame>,
    mut pending: ResMut<PendingCommands>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let (Some(session), Some(report)) = (session, report) else { return Ok(()) };
    let commands = central_panel(ctx, &frame, |ui| results_ui(ui, &mut state, &session, &report));
    pending.0.extend(commands);
    Ok(())
}

/// The annual report with its tabs; the value and journal tabs get their own views.
fn results_ui(ui: &mut egui::Ui, state: &mut UiState, session: &Session, report: &ReportScreen) -> Vec<UiCommand> {
    let lang = state.lang;
    let companies = session.reports();
    let view = ResultsView {
        lang,
        companies,
        market: &session.snapshot().market_history,
        shown: state.shown_company,
        tab: state.tab,
        finished: session.is_finished(),
        setup: &report.setup,
        journal: true,
    };
    let mut shown = state.shown_company;
    let mut commands = Vec::new();
    if let Some(view) = practice_view(session, lang, true) {
        practice_strip(ui, &view);
    }
    // The guided first year: a note on the tab shown, under the report.
    if session.guide && session.snapshot().year == 1 {
        widgets::fitted_panel(ui, egui::Panel::bottom("report_coach"), "report_coach", |ui| {
            ui.add_space(theme::SPACE_S);
            commands.extend(panels::coach::report_coach_ui(ui, state.tab, lang));
            ui.add_space(theme::SPACE_XS);
        });
    }
    let (value_state, drill) = (&mut state.value, state.drill.clone());
    let mut other_tab = |ui: &mut egui::Ui, tab: ResultsTab| match (tab, &drill) {
        (ResultsTab::Value, _) => {
            let value_view = panels::value::ValueView {
                lang,
                companies,
                setup: &report.setup,
                scenario: session.scenario(),
                workshop_teams: report.workshop_teams.clone(),
                what_if: true,
            };
            panels::value::value_ui(ui, &value_view, value_state)
        }
        (ResultsTab::Journal, Some(target)) if !report.setup.is_open(target.company) => {
            // Another company's bookings are confidential, however the request came.
            ui.label(egui::RichText::new(tr("statements_published_hint", lang)).color(theme::WARNING));
            Vec::new()
        }
        (ResultsTab::Journal, Some(target)) => {
            let (Some(save), Some(reports)) =
                (session.snapshot().companies.get(target.company), companies.get(target.company))
            else {
                return Vec::new();
            };
            let journal_view = panels::journal::JournalView {
                lang,
                company_name: &reports.name,
                ledger: &save.ledger,
                history: &reports.history,
                scenario: session.scenario(),
                last_closed_open: (!session.is_finished()).then_some(session.snapshot().year),
                notes: &[],
            };
            panels::journal::journal_ui(ui, &journal_view, target)
        }
        _ => Vec::new(),
    };
    commands.extend(panels::results::results_ui_with(ui, &view, &mut shown, &mut other_tab));
    state.shown_company = shown;
    commands
}

/// The practice strip's view of `session`, if it is a practice: on the decision screen the
/// year being decided, on the report the year closed with the player's EVA beside the room's.
fn practice_view(session: &Session, lang: Locale, report: bool) -> Option<panels::practice::PracticeView<'_>> {
    let practice = session.practice_of()?;
    let company = &practice.file.company;
    let compared = if report {
        let mine = session.reports().iter().find(|c| &c.id == company)?;
        let closed = mine.history.len() as u32;
        let room: Vec<_> = (1..=closed).filter_map(|y| practice.room_year(y)).collect();
        let eva = |r: &crate::sim::YearReport| r.eva.eva;
        Some(panels::practice::Compared {
            mine: mine.history.last().map(eva)?,
            room: room.last().map(|r| eva(r))?,
            mine_sum: mine.history.iter().map(eva).sum(),
            room_sum: room.iter().map(|r| eva(r)).sum(),
        })
    } else {
        None
    };
    let year = if report { session.snapshot().year } else { session.playing_year() };
    Some(panels::practice::PracticeView {
        lang,
        workshop: &practice.file.workshop,
        team: &practice.file.team,
        year,
        compared,
    })
}

/// The practice strip at the top of the screen, set off from what follows.
fn practice_strip(ui: &mut egui::Ui, view: &panels::practice::PracticeView) {
    widgets::fitted_panel(ui, egui::Panel::top("practice_strip"), "practice_strip", |ui| {
        ui.add_space(theme::SPACE_XS);
        panels::practice::practice_ui(ui, view);
        ui.add_space(theme::SPACE_XS);
    });
}

fn final_screen(
    mut contexts: EguiContexts,
    state: Res<UiState>,
    session: Option<Res<Session>>,
    report: Option<Res<ReportScreen>>,
    frame: Res<Frame>,
    mut pending: ResMut<PendingCommands>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let (Some(session), Some(report)) = (session, report) else { return Ok(()) };
    let view = panels::final_ranking::FinalView {
        lang: state.lang,
        companies: session.reports(),
        setup: &report.setup,
        buttons: true,
    };
    pending.0.extend(central_panel(ctx, &frame, |ui| panels::final_ranking::final_ranking_ui(ui, &view)));
    Ok(())
}

fn glossary_screen(
    mut contexts: EguiContexts,
    mut state: ResMut<UiState>,
    frame: Res<Frame>,
    mut pending: ResMut<PendingCommands>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let (lang, back) = (state.lang, state.glossary_back);
    let commands =
        central_panel(ctx, &frame, |ui| panels::glossary::glossary_ui(ui, lang, &mut state.glossary_query, back));
    pending.0.extend(commands);
    Ok(())
}

/// The top bar: the game's name on the left; on the right the save name and button, the
/// glossary, the language and the projector mode; between them the scenario and the year,
/// cut short with "…" when the window is narrow (projector mode at 1280 pixels).
fn top_bar_ui(ui: &mut egui::Ui, state: &mut UiState, session: Option<&Session>, screen: Screen) -> Vec<UiCommand> {
    let lang = state.lang;
    let mut commands = Vec::new();
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new("Mehrwert").strong().color(theme::ACCENT));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let mut projector = state.projector;
            if ui.checkbox(&mut projector, tr("projector_mode", lang)).changed() {
                commands.push(UiCommand::SetProjector(projector));
            }
            let (other, label) = widgets::other_language(lang);
            if ui.button(label).clicked() {
                commands.push(UiCommand::SetLanguage(other));
            }
            if ui.selectable_label(screen == Screen::Glossary, tr("glossary", lang)).clicked() {
                commands.push(UiCommand::OpenGlossary { from: screen });
            }
            let Some(session) = session else { return };
            ui.add_space(theme::SPACE_L);
            if ui.button(tr("save_game", lang)).clicked() {
                commands.push(UiCommand::SaveAs(state.save_name.clone()));
            }
            ui.add(egui::TextEdit::singleline(&mut state.save_name).desired_width(theme::FIELD_WIDTH_SAVE_NAME));
            ui.add_space(theme::SPACE_L);
            // Deciding: the year ahead; reading the report: the year just closed.
            let year = if matches!(screen, Screen::Decide | Screen::Handover) {
                session.playing_year()
            } else {
                session.snapshot().year.max(1)
            };
            let name = session.scenario().text(&session.scenario().name, lang);
            // The year first: a narrow window cuts the scenario's name, not the year.
            let text = format!("· {} {year} · {name}", tr("year", lang));
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(egui::Label::new(text).truncate());
            });
        });
    });
    commands
}
