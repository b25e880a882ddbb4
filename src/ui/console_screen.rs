//! The trainer's window: the "Workshop leiten" form, the console with its correction form and
//! projector pages, and an observer's read-only view of the same room.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::decide_screen::decide_screen_ui;
use super::frame::{Frame, central_panel, dialog};
use super::panels;
use super::screens::{Screen, UiCommand, UiState};
use super::text::tr;
use super::{PendingCommands, theme, widgets};
use crate::model::format::Locale;

use super::team_screen::clock;

/// "Workshop leiten": the form in the middle of an empty screen.
pub(super) fn host_setup_screen(
    mut contexts: EguiContexts,
    mut state: ResMut<UiState>,
    mut form: ResMut<super::hosting::HostForm>,
    frame: Res<Frame>,
    mut pending: ResMut<PendingCommands>,
    mut commands: Commands,
) -> Result {
    use panels::host_setup::HostSetupAction;
    let ctx = contexts.ctx_mut()?;
    central_panel(ctx, &frame, |_| Vec::new());
    let lang = state.lang;
    let companies = form.scenario().1.len();
    let resumable = form.resumable.as_ref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned());
    let mut action = None;
    dialog(ctx, tr("host_workshop", lang), |ui| {
        action = panels::host_setup::host_setup_ui(ui, &mut form, companies, resumable.as_deref(), lang);
    });
    let started = match (action, &form.resumable) {
        (Some(HostSetupAction::Start), _) => Some(super::hosting::HostedWorkshop::start(&form, &state.data_dir)),
        (Some(HostSetupAction::Resume), Some(journal)) => Some(super::hosting::HostedWorkshop::resume(journal, &form)),
        (Some(HostSetupAction::Back), _) => {
            pending.0.push(UiCommand::GoTo(Screen::Title));
            None
        }
        _ => None,
    };
    match started {
        Some(Ok(hosted)) => {
            commands.insert_resource(hosted);
            state.message = None;
            pending.0.push(UiCommand::GoTo(Screen::Console));
        }
        Some(Err(e)) => {
            let mut status = super::screens::Status::error(tr("host_failed", lang));
            status.details = Some(format!("{e:#}"));
            state.message = Some(status);
        }
        None => {}
    }
    Ok(())
}

/// An observer's laptop (co-trainer, projector): the console without its controls, and the
/// projector's pages, as the host last sent them.
fn observer_screen(ctx: &egui::Context, frame: &Frame, observing: &mut super::observe::Observing, lang: Locale) {
    let observing = &mut *observing;
    let clock = |at: i64| clock(at);
    central_panel(ctx, frame, |ui| {
        if let Some(trouble) = &observing.trouble {
            ui.colored_label(theme::WORSE, &trouble.text).on_hover_text(&trouble.details);
        }
        let Some(data) = observing.data.as_ref() else {
            ui.label(tr("observer_waiting", lang));
            return Vec::new();
        };
        if let Some(chosen) = panels::projector::page_tabs_ui(ui, &observing.page, data, lang) {
            observing.page = chosen;
        }
        if observing.page != super::hosting::ConsolePage::Debrief {
            observing.debrief = None;
        }
        if observing.page == super::hosting::ConsolePage::Debrief {
            if debrief_page_ui(ui, &mut observing.debrief, data, lang, false) {
                observing.page = super::hosting::ConsolePage::Ranking;
            }
        } else if observing.page == super::hosting::ConsolePage::Console {
            let view = panels::console::ConsoleView {
                lang,
                join_address: &observing.address,
                data,
                clock: &clock,
                confirming_undo: false,
                read_only: true,
            };
            let mut form = super::hosting::EventForm::default();
            egui::ScrollArea::vertical().show(ui, |ui| {
                let _ = panels::console::console_ui(ui, &view, &mut form);
            });
        } else {
            egui::ScrollArea::both().id_salt("projector").auto_shrink([false, false]).show(ui, |ui| {
                if let Some(chosen) = panels::projector::projector_ui(ui, &observing.page, data, lang) {
                    observing.page = chosen;
                }
            });
        }
        Vec::new()
    });
}

/// The trainer corrects a team's submission in the team's own decision form, with who and
/// why above it; "Korrektur buchen" books it, "Abbrechen" goes back to the console.
fn correction_screen(
    ctx: &egui::Context,
    frame: &Frame,
    hosted: &mut super::hosting::HostedWorkshop,
    state: &mut UiState,
) {
    let lang = state.lang;
    let Some(correcting) = hosted.correcting.as_mut() else { return };
    let mut header = None;
    let year = correcting.screen.year();
    let commands = central_panel(ctx, frame, |ui| {
        widgets::fitted_panel(ui, egui::Panel::top("correction_header"), "correction_header", |ui| {
            header = panels::console::correction_header_ui(
                ui,
                &correcting.team,
                year,
                &mut correcting.by,
                &mut correcting.why,
                lang,
            );
        });
        decide_screen_ui(ui, &mut correcting.screen, lang, false, None)
    });
    if header == Some(panels::console::CorrectionAction::Cancel) {
        hosted.correcting = None;
        return;
    }
    for command in commands {
        match command {
            UiCommand::EditDraft { draft, .. } => hosted.edit_correction(*draft, lang),
            UiCommand::AskSubmit | UiCommand::Submit => match hosted.book_correction(lang) {
                Ok(()) => {
                    state.message =
                        Some(super::screens::Status::done(tr("console_correction_booked", lang).to_string()))
                }
                Err(reason) => {
                    let arg = crate::i18n::Arg::from(reason);
                    let text = crate::ui::text::tr_args("console_refused", lang, &[("reason", arg)]);
                    state.message = Some(super::screens::Status::error(text));
                }
            },
            _ => {}
        }
    }
}

/// The trainer's console of the workshop this window hosts, read once a second.
pub(super) fn console_screen(
    mut contexts: EguiContexts,
    mut state: ResMut<UiState>,
    hosted: Option<ResMut<super::hosting::HostedWorkshop>>,
    observing: Option<ResMut<super::observe::Observing>>,
    frame: Res<Frame>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(mut hosted) = hosted else {
        if let Some(mut observing) = observing {
            observer_screen(ctx, &frame, &mut observing, state.lang);
        }
        return Ok(());
    };
    // Disjoint borrows of the fields below: the view reads, the form is edited.
    let hosted = &mut *hosted;
    hosted.refresh();
    let lang = state.lang;
    if hosted.correcting.is_some() {
        correction_screen(ctx, &frame, hosted, &mut state);
        return Ok(());
    }
    let Some(data) = hosted.data.as_ref() else { return Ok(()) };
    let view = panels::console::ConsoleView {
        lang,
        join_address: &hosted.join_address,
        data,
        clock: &clock,
        confirming_undo: hosted.confirming_undo,
        read_only: false,
    };
    let mut action = None;
    let form = &mut hosted.event;
    let page = &mut hosted.page;
    let debrief = &mut hosted.debrief;
    // The analysis is of the years released when it was made: an undo or a release makes it old.
    let years = (data.view.closed, data.view.released);
    if hosted.debrief_years != Some(years) {
        *debrief = None;
        hosted.debrief_years = Some(years);
    }
    central_panel(ctx, &frame, |ui| {
        if let Some(chosen) = panels::projector::page_tabs_ui(ui, page, data, lang) {
            *page = chosen;
        }
        if *page == super::hosting::ConsolePage::Debrief {
            if debrief_page_ui(ui, debrief, data, lang, true) {
                *page = super::hosting::ConsolePage::Console;
            }
        } else if *page == super::hosting::ConsolePage::Console {
            egui::ScrollArea::vertical().show(ui, |ui| action = panels::console::console_ui(ui, &view, form));
        } else {
            egui::ScrollArea::both().id_salt("projector").auto_shrink([false, false]).show(ui, |ui| {
                if let Some(chosen) = panels::projector::projector_ui(ui, page, data, lang) {
                    *page = chosen;
                }
            });
        }
        Vec::new()
    });
    use panels::console::ConsoleAction;
    match action {
        Some(ConsoleAction::SavePractice) => {
            state.message = Some(match hosted.save_practice(&state.data_dir.join(super::remote::PRACTICE_DIR)) {
                Ok((count, dir)) => {
                    let args = [
                        ("count", crate::i18n::Arg::from(count as u64)),
                        ("path", crate::i18n::Arg::from(dir.display().to_string())),
                    ];
                    super::screens::Status::done(crate::ui::text::tr_args("practice_files_saved", lang, &args))
                }
                Err(body) => console_refusal(&body, lang),
            });
        }
        Some(ConsoleAction::SaveDebrief) => {
            let game = super::debrief::Game {
                scenario: &data.scenario,
                seed: data.view.seed,
                market: &data.market,
                companies: &data.released,
            };
            let participation = Some(data.view.participation.as_slice());
            let analysed = hosted.debrief.as_mut().and_then(|deck| match deck.analysed() {
                Some(Ok(debrief)) => Some(debrief.clone()),
                _ => None,
            });
            let status = super::debrief::save_debrief(
                &state.data_dir,
                &data.view.workshop,
                &game,
                analysed.as_ref(),
                participation,
                lang,
            );
            state.message = Some(status);
        }
        Some(ConsoleAction::Correct(company)) => {
            if let Err(reason) = hosted.start_correction(&company, lang) {
                let arg = crate::i18n::Arg::from(reason);
                let text = crate::ui::text::tr_args("console_refused", lang, &[("reason", arg)]);
                state.message = Some(super::screens::Status::error(text));
            }
        }
        Some(ConsoleAction::AskUndo) => hosted.confirming_undo = true,
        Some(ConsoleAction::CancelUndo) => hosted.confirming_undo = false,
        Some(ConsoleAction::PreviewEvent(event)) => {
            if let Err(body) = hosted.event_effect(&event) {
                state.message = Some(console_refusal(&body, lang));
            }
        }
        Some(ConsoleAction::Act(action)) => {
            hosted.confirming_undo = false;
            if let Err(body) = hosted.act(action) {
                state.message = Some(console_refusal(&body, lang));
            }
        }
        None => {}
    }
    Ok(())
}

/// The host's refusal of a trainer's action as the console says it: in the trainer's
/// language, the host's own words under "details".
fn console_refusal(body: &crate::workshop::protocol::ErrorBody, lang: Locale) -> super::screens::Status {
    let reason = crate::i18n::Arg::from(super::remote::refusal_text(body, lang));
    let mut status =
        super::screens::Status::error(crate::ui::text::tr_args("console_refused", lang, &[("reason", reason)]));
    status.details = Some(body.message.clone());
    status
}

/// The debrief page of a finished workshop, analysed when it opens; the participation only on
/// the trainer's own window. True when the trainer closed it.
fn debrief_page_ui(
    ui: &mut egui::Ui,
    deck: &mut Option<super::debrief::DebriefDeck>,
    data: &super::hosting::ConsoleData,
    lang: Locale,
    trainer: bool,
) -> bool {
    let game = super::debrief::Game {
        scenario: &data.scenario,
        seed: data.view.seed,
        market: &data.market,
        companies: &data.released,
    };
    let deck = deck.get_or_insert_with(|| super::debrief::DebriefDeck::start(&game));
    let participation = trainer.then_some(data.view.participation.as_slice());
    deck.show(ui, lang, participation, &clock)
}
