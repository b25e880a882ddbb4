//! The trainer's console, readable on a projector: where to join and each team's code, who
//! has submitted, the deadline, and the year's close, release and undo.

use bevy_egui::egui;

use crate::i18n::Arg;
use crate::model::format::{Locale, money};
use crate::ui::hosting::{ConsoleData, EventForm, EventKind};
use crate::ui::text::{tr, tr_args};
use crate::ui::theme;
use crate::workshop::host::TrainerAction;
use crate::workshop::journal::Missing;
use crate::workshop::room::DeadlineChange;

/// What the console shows besides the room.
pub struct ConsoleView<'a> {
    /// Language of every text.
    pub lang: Locale,
    /// The address teams type.
    pub join_address: &'a str,
    /// The room as last read.
    pub data: &'a ConsoleData,
    /// A moment's clock for a submission time (`HH:MM`).
    pub clock: &'a dyn Fn(i64) -> String,
    /// "Undo the last year?" is being asked.
    pub confirming_undo: bool,
    /// An observer's laptop (co-trainer, projector): the room without the trainer's controls
    /// and without the teams' join codes.
    pub read_only: bool,
}

/// What the console asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum ConsoleAction {
    /// Do this in the room.
    Act(TrainerAction),
    /// Ask before undoing the last year (what it changes).
    AskUndo,
    /// Do not undo after all.
    CancelUndo,
    /// Show what this event would do to each team's EVA.
    PreviewEvent(crate::scenario::Event),
    /// Save every team's practice file (the workshop is over).
    SavePractice,
    /// Save the debrief's workbooks and reports (every year is played and released).
    SaveDebrief,
    /// Open this team's submission to correct it.
    Correct(String),
}

/// What the correction's header asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum CorrectionAction {
    /// Back to the console without booking anything.
    Cancel,
}

/// The header over the team's form while the trainer corrects its submission: whose, and
/// who corrects why (the team reads both).
pub fn correction_header_ui(
    ui: &mut egui::Ui,
    team: &str,
    year: u32,
    by: &mut String,
    why: &mut String,
    lang: Locale,
) -> Option<CorrectionAction> {
    let mut action = None;
    let args = [("team", Arg::from(team.to_string())), ("year", Arg::from(u64::from(year)))];
    ui.horizontal(|ui| {
        ui.heading(tr_args("console_correction_title", lang, &args));
        ui.add_space(theme::SPACE_L);
        if ui.button(tr("console_correction_cancel", lang)).clicked() {
            action = Some(CorrectionAction::Cancel);
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(tr("console_correction_by", lang));
        ui.add(
            egui::TextEdit::singleline(by)
                .desired_width(theme::FIELD_WIDTH_SAVE_NAME)
                .char_limit(64)
                .id_salt("correction_by"),
        )
        .labelled_by(label.id);
        ui.add_space(theme::SPACE_M);
        let label = ui.label(tr("console_correction_why", lang));
        ui.add(egui::TextEdit::singleline(why).desired_width(f32::INFINITY).char_limit(500).id_salt("correction_why"))
            .labelled_by(label.id);
    });
    if why.trim().is_empty() {
        ui.colored_label(theme::WARNING, tr("console_correction_why_missing", lang));
    }
    ui.add_space(theme::SPACE_XS);
    action
}

/// Draws the console; the trainer's action, if any.
pub fn console_ui(ui: &mut egui::Ui, view: &ConsoleView, form: &mut EventForm) -> Option<ConsoleAction> {
    let lang = view.lang;
    let data = view.data;
    let v = &data.view;
    let mut action = None;
    let year_text = if data.finished {
        tr("console_finished", lang).to_string()
    } else {
        tr_args(
            "console_year",
            lang,
            &[("year", Arg::from(u64::from(v.year))), ("years", Arg::from(u64::from(v.years)))],
        )
    };
    ui.heading(format!("{} — {year_text}", v.workshop));
    ui.label(
        egui::RichText::new(tr_args("console_join", lang, &[("address", Arg::from(view.join_address.to_string()))]))
            .size(theme::SUBHEADING_SIZE)
            .strong(),
    );
    ui.add_space(theme::SPACE_M);
    let submitted = v.teams.iter().filter(|t| t.submitted_ms.is_some() || t.computer).count();
    egui::Grid::new("console_teams").striped(true).num_columns(7).spacing(theme::LOOSE_TABLE_SPACING).show(ui, |ui| {
        // Once every year is played there is nothing to submit, correct or hand to the computer.
        let keys: &[&str] = if view.read_only && data.finished {
            &["setup_team", "console_device"]
        } else if view.read_only {
            &["setup_team", "console_device", "console_submitted"]
        } else if data.finished {
            &["setup_team", "console_code", "console_device"]
        } else {
            &["setup_team", "console_code", "console_device", "console_submitted", "", "console_computer"]
        };
        for key in keys {
            ui.strong(if key.is_empty() { "" } else { tr(key, lang) });
        }
        ui.end_row();
        for team in &v.teams {
            ui.label(egui::RichText::new(&team.name).strong());
            if !view.read_only {
                ui.label(egui::RichText::new(&team.code).monospace().size(theme::SUBHEADING_SIZE));
            }
            let device = match (&team.device, team.takeovers) {
                (None, _) => tr("console_not_joined", lang).to_string(),
                (Some(d), 0) => d.clone(),
                (Some(d), n) => format!("{d} ({n}× {})", tr("console_taken_over", lang)),
            };
            ui.label(device);
            if data.finished {
                ui.end_row();
                continue;
            }
            match team.submitted_ms {
                Some(at) => {
                    let mut text =
                        format!("✓ {} · {}", (view.clock)(at), team.submitted_by.clone().unwrap_or_default());
                    if team.revisions > 1 {
                        text.push_str(&format!(" · {}×", team.revisions));
                    }
                    if team.corrected {
                        text.push_str(&format!(" · {}", tr("console_corrected", lang)));
                    }
                    ui.colored_label(theme::BETTER, text);
                }
                None => {
                    ui.weak("—");
                }
            }
            if view.read_only {
                ui.end_row();
                continue;
            }
            let correct = ui
                .add_enabled(team.submitted_ms.is_some(), egui::Button::new(tr("console_correct", lang)))
                .on_hover_text(tr("console_correct_hint", lang));
            if correct.clicked() {
                action = Some(ConsoleAction::Correct(team.company.clone()));
            }
            let mut computer = team.computer;
            if ui.checkbox(&mut computer, "").changed() {
                action = Some(ConsoleAction::Act(TrainerAction::Pilot { company: team.company.clone(), computer }));
            }
            ui.end_row();
        }
    });
    ui.add_space(theme::SPACE_M);
    if !data.finished {
        ui.horizontal(|ui| {
            let deadline = match (v.deadline_left_ms, v.deadline_paused) {
                (None, _) => tr("console_no_deadline", lang).to_string(),
                (Some(ms), paused) => {
                    let s = ms / 1000;
                    let clock = format!("{}:{:02}", s / 60, s % 60);
                    let text = tr_args("console_deadline", lang, &[("left", Arg::from(clock))]);
                    if paused { format!("{text} ({})", tr("console_paused", lang)) } else { text }
                }
            };
            ui.label(egui::RichText::new(deadline).size(theme::SUBHEADING_SIZE));
            if view.read_only {
                return;
            }
            if ui.button(tr("console_deadline_10", lang)).clicked() {
                action = Some(ConsoleAction::Act(TrainerAction::Deadline(DeadlineChange::Set(600))));
            }
            if ui.add_enabled(v.deadline_left_ms.is_some(), egui::Button::new(tr("console_plus_5", lang))).clicked() {
                action = Some(ConsoleAction::Act(TrainerAction::Deadline(DeadlineChange::Extend(300))));
            }
            let (key, change) = if v.deadline_paused {
                ("console_resume", DeadlineChange::Resume)
            } else {
                ("console_pause", DeadlineChange::Pause)
            };
            if ui.add_enabled(v.deadline_left_ms.is_some(), egui::Button::new(tr(key, lang))).clicked() {
                action = Some(ConsoleAction::Act(TrainerAction::Deadline(change)));
            }
        });
        ui.add_space(theme::SPACE_S);
        ui.horizontal(|ui| {
            let all = submitted == v.teams.len();
            let count = tr_args(
                "console_count",
                lang,
                &[("done", Arg::from(submitted as u64)), ("teams", Arg::from(v.teams.len() as u64))],
            );
            ui.label(count);
            if view.read_only {
                return;
            }
            if ui.add_enabled(all, egui::Button::new(tr("console_close", lang))).clicked() {
                action = Some(ConsoleAction::Act(TrainerAction::Close(Missing::Refuse)));
            }
            if ui.add_enabled(!all, egui::Button::new(tr("console_close_keep", lang))).clicked() {
                action = Some(ConsoleAction::Act(TrainerAction::Close(Missing::KeepLast)));
            }
            if ui.add_enabled(!all, egui::Button::new(tr("console_close_computer", lang))).clicked() {
                action = Some(ConsoleAction::Act(TrainerAction::Close(Missing::Computer)));
            }
        });
    }
    if view.read_only {
        leaderboard_ui(ui, data, lang);
        return None;
    }
    ui.add_space(theme::SPACE_S);
    ui.horizontal(|ui| {
        if ui.add_enabled(v.closed > v.released, egui::Button::new(tr("console_release", lang))).clicked() {
            action = Some(ConsoleAction::Act(TrainerAction::Release));
        }
        if ui
            .add_enabled(v.closed > 0 && !v.ended && !view.confirming_undo, egui::Button::new(tr("console_undo", lang)))
            .clicked()
        {
            action = Some(ConsoleAction::AskUndo);
        }
    });
    if view.confirming_undo && v.closed > 0 {
        // What an undo changes, before it runs: the year's results go, the submissions stay.
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(tr_args("console_undo_what", lang, &[("year", Arg::from(u64::from(v.closed)))]));
            undo_figures_ui(ui, data, lang);
            ui.horizontal(|ui| {
                if ui.button(tr("console_undo_confirm", lang)).clicked() {
                    action = Some(ConsoleAction::Act(TrainerAction::Undo));
                }
                if ui.button(tr("console_undo_cancel", lang)).clicked() {
                    action = Some(ConsoleAction::CancelUndo);
                }
            });
        });
    }
    if data.finished && v.released == v.closed && !v.ended {
        ui.add_space(theme::SPACE_S);
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr("console_end", lang)).clicked() {
                action = Some(ConsoleAction::Act(TrainerAction::End));
            }
            ui.label(tr("console_end_hint", lang));
        });
    }
    if data.finished && v.released == v.closed {
        ui.add_space(theme::SPACE_S);
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr("debrief_save", lang)).clicked() {
                action = Some(ConsoleAction::SaveDebrief);
            }
            ui.label(tr("debrief_save_hint", lang));
        });
    }
    if v.ended {
        ui.add_space(theme::SPACE_S);
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr("practice_files", lang)).clicked() {
                action = Some(ConsoleAction::SavePractice);
            }
            ui.label(tr("console_practice_hint", lang));
        });
    }
    if !data.finished {
        ui.add_space(theme::SPACE_M);
        egui::CollapsingHeader::new(tr("console_event", lang)).id_salt("console_event").show(ui, |ui| {
            if let Some(a) = event_ui(ui, form, data, lang) {
                action = Some(a);
            }
        });
    }
    leaderboard_ui(ui, data, lang);
    action
}

/// The ranking after the released years, under the console.
fn leaderboard_ui(ui: &mut egui::Ui, data: &ConsoleData, lang: Locale) {
    let v = &data.view;
    if !data.leaderboard.is_empty() {
        ui.add_space(theme::SPACE_M);
        ui.strong(tr_args("console_ranking", lang, &[("year", Arg::from(u64::from(v.released)))]));
        egui::Grid::new("console_ranking").striped(true).num_columns(3).spacing(theme::LOOSE_TABLE_SPACING).show(
            ui,
            |ui| {
                for (rank, name, score) in &data.leaderboard {
                    ui.label(format!("{rank}."));
                    ui.label(name);
                    ui.label(money(*score, lang));
                    ui.end_row();
                }
            },
        );
    }
}

/// What an undo takes away, team by team: the year's EVA and the score it brought, and
/// whether the teams have seen them.
fn undo_figures_ui(ui: &mut egui::Ui, data: &ConsoleData, lang: Locale) {
    let v = &data.view;
    let year = Arg::from(u64::from(v.closed));
    egui::Grid::new("console_undo_figures").striped(true).num_columns(3).spacing(theme::LOOSE_TABLE_SPACING).show(
        ui,
        |ui| {
            ui.strong(tr("setup_team", lang));
            ui.strong(tr_args("console_undo_eva", lang, &[("year", year.clone())]));
            ui.strong(tr("console_undo_score", lang));
            ui.end_row();
            for (team, eva, score) in &data.last_closed {
                ui.label(team);
                ui.label(money(*eva, lang));
                ui.label(money(*score, lang));
                ui.end_row();
            }
        },
    );
    let seen = if v.released >= v.closed { "console_undo_seen" } else { "console_undo_unseen" };
    ui.label(tr(seen, lang));
}

/// The form of an event for the year being decided, its effect on each team's EVA once
/// previewed, and the button that announces it (only for the event as previewed).
fn event_ui(ui: &mut egui::Ui, form: &mut EventForm, data: &ConsoleData, lang: Locale) -> Option<ConsoleAction> {
    let mut action = None;
    let catalogue = &data.scenario.event_catalogue;
    if !catalogue.is_empty() {
        ui.horizontal(|ui| {
            let label = ui.label(tr("console_event_catalogue", lang));
            egui::ComboBox::from_id_salt("console_event_catalogue")
                .selected_text(tr("console_event_choose", lang))
                .width(theme::JOIN_FIELD_WIDTH * 2.0)
                .show_ui(ui, |ui| {
                    for event in catalogue {
                        if ui.selectable_label(false, data.scenario.text(&event.headline, lang)).clicked() {
                            form.fill(event, lang);
                        }
                    }
                })
                .response
                .labelled_by(label.id);
        });
    }
    ui.horizontal(|ui| {
        ui.radio_value(&mut form.kind, EventKind::Demand, tr("console_event_demand", lang));
        ui.radio_value(&mut form.kind, EventKind::Material, tr("console_event_material", lang));
        ui.radio_value(&mut form.kind, EventKind::Interest, tr("console_event_interest", lang));
    });
    egui::Grid::new("console_event_form").num_columns(2).spacing(theme::TABLE_SPACING).show(ui, |ui| {
        if form.kind == EventKind::Demand {
            ui.label(tr("console_event_segment", lang));
            let shown = form
                .segment
                .as_ref()
                .and_then(|id| data.scenario.segments.iter().find(|s| &s.id == id))
                .map(|s| data.scenario.text(&s.name, lang).to_string())
                .unwrap_or_else(|| tr("console_event_all", lang).to_string());
            egui::ComboBox::from_id_salt("console_event_segment").selected_text(shown).show_ui(ui, |ui| {
                ui.selectable_value(&mut form.segment, None, tr("console_event_all", lang));
                for segment in &data.scenario.segments {
                    ui.selectable_value(
                        &mut form.segment,
                        Some(segment.id.clone()),
                        data.scenario.text(&segment.name, lang),
                    );
                }
            });
            ui.end_row();
        }
        let key = if form.kind == EventKind::Interest { "console_event_delta" } else { "console_event_factor" };
        let label = ui.label(tr(key, lang));
        ui.add(egui::TextEdit::singleline(&mut form.value).desired_width(theme::JOIN_FIELD_WIDTH))
            .labelled_by(label.id);
        ui.end_row();
        let label = ui.label(tr("console_event_headline", lang));
        ui.add(egui::TextEdit::singleline(&mut form.headline).desired_width(theme::JOIN_FIELD_WIDTH * 2.0))
            .labelled_by(label.id);
        ui.end_row();
    });
    let event = form.event(data.view.year);
    let previewed = form.preview.as_ref().filter(|(e, _)| Some(e) == event.as_ref());
    ui.horizontal(|ui| {
        if ui.add_enabled(event.is_some(), egui::Button::new(tr("console_event_preview", lang))).clicked()
            && let Some(event) = &event
        {
            action = Some(ConsoleAction::PreviewEvent(event.clone()));
        }
        if ui.add_enabled(previewed.is_some(), egui::Button::new(tr("console_event_announce", lang))).clicked()
            && let Some((event, _)) = previewed
        {
            action = Some(ConsoleAction::Act(TrainerAction::Inject(event.clone())));
        }
    });
    if let Some((_, effects)) = previewed {
        egui::Grid::new("console_event_effect").striped(true).num_columns(4).spacing(theme::LOOSE_TABLE_SPACING).show(
            ui,
            |ui| {
                for key in ["setup_team", "console_eva_without", "console_eva_with", "console_eva_change"] {
                    ui.strong(tr(key, lang));
                }
                ui.end_row();
                for e in effects {
                    ui.label(&e.team);
                    ui.label(money(e.eva_before, lang));
                    ui.label(money(e.eva_after, lang));
                    let change = e.eva_after - e.eva_before;
                    let colour = if change.is_negative() { theme::WORSE } else { theme::BETTER };
                    ui.colored_label(colour, money(change, lang));
                    ui.end_row();
                }
            },
        );
    }
    action
}
