//! A workshop team's laptop: the join form, and the team's year — the decision form with
//! the host's pro-forma, the wait for the others, the released results.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::decide_screen::decide_screen_ui;
use super::frame::{Frame, central_panel, dialog};
use super::panels::{self, results::ResultsView};
use super::screens::{ResultsTab, Screen, UiCommand, UiState};
use super::text::tr;
use super::{PendingCommands, theme};

/// "Workshop beitreten": the form in the middle of an empty screen.
pub(super) fn join_screen(
    mut contexts: EguiContexts,
    state: Res<UiState>,
    mut form: ResMut<super::remote::JoinForm>,
    frame: Res<Frame>,
    mut pending: ResMut<PendingCommands>,
    mut commands: Commands,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    central_panel(ctx, &frame, |_| Vec::new());
    let lang = state.lang;
    let mut action = None;
    dialog(ctx, tr("join_workshop", lang), |ui| action = panels::join::join_ui(ui, &mut form, lang));
    match action {
        Some(panels::join::JoinAction::Join) => {
            form.joining = true;
            commands.insert_resource(super::remote::start_join(&form));
        }
        Some(panels::join::JoinAction::Back) => pending.0.push(UiCommand::GoTo(Screen::Title)),
        None => {}
    }
    Ok(())
}

/// A workshop team on its own laptop: the decision form with the host's pro-forma, the
/// wait for the others and the trainer, the released results.
pub(super) fn team_screen(
    mut contexts: EguiContexts,
    mut state: ResMut<UiState>,
    team: Option<ResMut<super::remote::RemoteTeam>>,
    mut frame: ResMut<Frame>,
    mut pending: ResMut<PendingCommands>,
) -> Result {
    use super::remote::Phase;
    let ctx = contexts.ctx_mut()?;
    let Some(mut team) = team else { return Ok(()) };
    let lang = state.lang;
    // The team's keys (Ctrl+Enter submits, Enter goes on from the results) act here; the
    // others (Ctrl+Q) go on to the game's commands.
    let (keys, others): (Vec<UiCommand>, Vec<UiCommand>) = std::mem::take(&mut frame.shortcuts)
        .into_iter()
        .partition(|c| matches!(c, UiCommand::AskSubmit | UiCommand::NextYear | UiCommand::Peek(_)));
    frame.shortcuts = others;
    match team.phase() {
        Phase::Deciding => {
            let confirming = team.confirming;
            let trouble = team.trouble.clone();
            let Some(screen) = team.screen.as_mut() else { return Ok(()) };
            let commands = central_panel(ctx, &frame, |ui| {
                // A refused submission or a lost connection, above the form (the form keeps
                // what was typed).
                if let Some(trouble) = &trouble {
                    ui.colored_label(theme::WORSE, &trouble.text).on_hover_text(&trouble.details);
                }
                decide_screen_ui(ui, screen, lang, confirming, None)
            });
            let keys = keys.into_iter().filter(|k| matches!(k, UiCommand::AskSubmit | UiCommand::Peek(_)));
            for command in commands.into_iter().chain(keys) {
                match command {
                    // Last year's report over the form: the team's own, as released.
                    UiCommand::Peek(tab) => {
                        if state.peek.is_none() {
                            state.shown_company = team.scenario.company_index(&team.company).unwrap_or(0);
                        }
                        state.peek = tab;
                    }
                    UiCommand::EditDraft { draft, .. } => team.edit(*draft, lang),
                    UiCommand::AskSubmit if !team.confirming => team.confirming = true,
                    UiCommand::AskSubmit | UiCommand::Submit => {
                        if let Err(pro_forma) = team.submit(lang)
                            && let Some(screen) = team.screen.as_mut()
                        {
                            screen.set_pro_forma(pro_forma);
                        }
                    }
                    UiCommand::CancelSubmit => team.confirming = false,
                    UiCommand::OpenGlossary { from } => pending.0.push(UiCommand::OpenGlossary { from }),
                    _ => {}
                }
            }
            if let Some(tab) = state.peek {
                team.refresh_report(lang);
                if let Some(report) = team.built_report() {
                    let view = panels::peek::PeekView {
                        lang,
                        companies: &report.companies,
                        market: &team.view.market,
                        setup: &report.setup,
                        tab,
                    };
                    for command in panels::peek::peek_ui(ctx, &view, &mut state.shown_company) {
                        if let UiCommand::Peek(tab) = command {
                            state.peek = tab;
                        }
                    }
                }
            }
        }
        phase @ (Phase::Submitted | Phase::Waiting) => {
            let now = crate::workshop::host::now_ms();
            let submitted = team.view.submitted.as_ref();
            let view = panels::team::TeamWaitView {
                lang,
                team: &team.team,
                // Waiting for results: the year that was closed.
                year: if phase == Phase::Waiting { team.view.year.saturating_sub(1) } else { team.view.year },
                phase,
                submitted_at: submitted.map(|s| clock(s.at_ms)),
                submitted_by: submitted.map(|s| s.device.as_str()),
                correction: submitted.and_then(|s| s.corrected_by.as_deref().zip(s.corrected_because.as_deref())),
                deadline_s: team.view.deadline_left_ms.map(|ms| ms.max(0) / 1000).filter(|_| now > 0),
                trouble: team.trouble.as_ref(),
            };
            let mut action = None;
            central_panel(ctx, &frame, |ui| {
                action = panels::team::team_wait_ui(ui, &view);
                Vec::new()
            });
            if action == Some(panels::team::WaitAction::Withdraw) {
                team.withdraw();
            }
        }
        phase @ (Phase::Results | Phase::Finished) => {
            let finished = phase == Phase::Finished && team.view.released == team.seen;
            let tab = if state.tab == ResultsTab::Journal && state.drill.is_none() {
                ResultsTab::Statements
            } else {
                state.tab
            };
            team.refresh_report(lang);
            let Some(report) = team.built_report() else { return Ok(()) };
            let mut shown = report.own;
            let view = ResultsView {
                lang,
                companies: &report.companies,
                market: &team.view.market,
                shown,
                tab,
                finished,
                setup: &report.setup,
                journal: team.view.snapshot.is_some(),
            };
            // The trainer's corrections, as bookings of their years in the team's journal.
            let notes: Vec<(u32, String)> = team
                .view
                .corrections
                .iter()
                .map(|c| {
                    let args =
                        [("by", crate::i18n::Arg::from(c.by.clone())), ("why", crate::i18n::Arg::from(c.why.clone()))];
                    (c.year, crate::ui::text::tr_args("journal_correction", lang, &args))
                })
                .collect();
            let drill = state.drill.clone();
            let value_state = &mut state.value;
            let mut consent = team.view.consent;
            // The team's own value tree; the what-if replay needs the whole game, which only
            // the host has, so its command is not acted on here.
            let mut value_tab = |ui: &mut egui::Ui, tab: ResultsTab| match tab {
                ResultsTab::Value => {
                    ui.checkbox(&mut consent, tr("team_consent", lang)).on_hover_text(tr("team_consent_hint", lang));
                    let value_view = panels::value::ValueView {
                        lang,
                        companies: &report.companies,
                        setup: &report.setup,
                        scenario: &team.scenario,
                        workshop_teams: None,
                        what_if: false,
                    };
                    panels::value::value_ui(ui, &value_view, value_state)
                }
                // The team's own journal, from its books as the host sent them.
                ResultsTab::Journal => {
                    let (Some(target), Some(snapshot)) = (&drill, &team.view.snapshot) else { return Vec::new() };
                    let (Some(books), Some(own)) = (snapshot.companies.first(), report.companies.get(report.own))
                    else {
                        return Vec::new();
                    };
                    if target.company != report.own {
                        return Vec::new();
                    }
                    let journal_view = panels::journal::JournalView {
                        lang,
                        company_name: &own.name,
                        ledger: &books.ledger,
                        history: &own.history,
                        scenario: &team.scenario,
                        last_closed_open: None,
                        notes: &notes,
                    };
                    panels::journal::journal_ui(ui, &journal_view, target)
                }
                _ => Vec::new(),
            };
            // A year the trainer played with corrected decisions says so, with the reason.
            let year = team.view.released;
            let correction = team.view.corrections.iter().find(|c| c.year == year);
            let mut practise = false;
            let ended = team.view.ended;
            let commands = central_panel(ctx, &frame, |ui| {
                if finished && ended {
                    ui.horizontal_wrapped(|ui| {
                        practise = ui.button(tr("practice_button", lang)).clicked();
                        ui.label(tr("practice_hint", lang));
                    });
                } else if finished {
                    ui.label(tr("team_practice_later", lang));
                }
                if let Some(c) = correction {
                    let args =
                        [("by", crate::i18n::Arg::from(c.by.clone())), ("why", crate::i18n::Arg::from(c.why.clone()))];
                    ui.colored_label(theme::WARNING, crate::ui::text::tr_args("team_corrected", lang, &args));
                }
                panels::results::results_ui_with(ui, &view, &mut shown, &mut value_tab)
            });
            for command in commands.into_iter().chain(keys.into_iter().filter(|k| *k == UiCommand::NextYear)) {
                match command {
                    // After the last year "Endstand" (or Enter) shows the host's ranking.
                    UiCommand::NextYear if finished => state.tab = ResultsTab::Leaderboard,
                    UiCommand::NextYear => team.next_year(),
                    UiCommand::ShowTab(tab) => {
                        state.tab = tab;
                        state.drill = None;
                    }
                    UiCommand::DrillDown { company, year, line } => {
                        state.drill = Some(super::screens::DrillTarget { company, year, line });
                        state.tab = ResultsTab::Journal;
                    }
                    _ => {}
                }
            }
            if practise {
                team.ask_practice();
            }
            if consent != team.view.consent {
                team.set_consent(consent);
            }
        }
    }
    Ok(())
}

/// A moment as local `HH:MM` for the team's screen.
pub(super) fn clock(at_ms: i64) -> String {
    let seconds = at_ms.div_euclid(1000);
    match jiff::Timestamp::from_second(seconds) {
        Ok(at) => at.to_zoned_datetime(jiff::tz::TimeZone::system()).strftime("%H:%M").to_string(),
        Err(_) => String::from("–"),
    }
}
