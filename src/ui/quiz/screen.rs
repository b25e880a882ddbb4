//! The desktop "Quiz" screen: join a programme (or open a trainer's link), the duels and
//! practice with their questions, results and explanations, reports, and for a trainer the
//! programme's figures with the "Nachholbedarf" and each team's suggested focus.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::{Call, QuizDesk, Role, View};
use crate::model::format::{self, Locale};
use crate::quiz::analytics::Rate;
use crate::quiz::duel::Outcome;
use crate::ui::PendingCommands;
use crate::ui::frame::{Frame, central_panel};
use crate::ui::screens::{Screen, UiCommand, UiState};
use crate::ui::text::tr;
use crate::ui::theme;

/// The size of a question and of the score.
const HEADING: f32 = 20.0;

/// The width of the connect form's two cards.
const CARD_WIDTH: f32 = 420.0;

/// What the screen asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuizAction {
    /// A call to the server (or forgetting the connection).
    Call(Call),
    /// Show another view without asking the server.
    Show(ShowView),
    /// Back to the title screen.
    Back,
}

/// Views shown without a call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShowView {
    /// The participant's start.
    Home,
    /// Write a report on this question.
    Report(String),
}

/// Draws the quiz screen and carries out what it asks for.
pub(in crate::ui) fn quiz_screen(
    mut contexts: EguiContexts,
    state: Res<UiState>,
    desk: Option<ResMut<QuizDesk>>,
    frame: Res<Frame>,
    mut pending: ResMut<PendingCommands>,
    mut commands: Commands,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(mut desk) = desk else {
        commands.insert_resource(QuizDesk::new(&state.data_dir));
        return Ok(());
    };
    let lang = state.lang;
    desk.poll(lang);
    // The game's language is the server's for this participant too.
    let code = super::code_of(lang);
    if desk.role == Role::Participant && !desk.busy() && desk.me.as_ref().is_some_and(|me| me.participant.lang != code)
    {
        if let Some(me) = desk.me.as_mut() {
            me.participant.lang = code.to_string();
        }
        desk.ask(Call::Lang(code.to_string()), lang);
    }
    let mut actions = Vec::new();
    central_panel(ctx, &frame, |ui| {
        actions = quiz_ui(ui, &mut desk, lang);
        Vec::new()
    });
    for action in actions {
        match action {
            QuizAction::Back => pending.0.push(UiCommand::GoTo(Screen::Title)),
            action => act(&mut desk, action, lang),
        }
    }
    if desk.busy() || matches!(desk.view, View::Question(..)) {
        ctx.request_repaint_after(std::time::Duration::from_millis(250));
    }
    Ok(())
}

/// Carries out an action of the screen (not `Back`).
pub fn act(desk: &mut QuizDesk, action: QuizAction, lang: Locale) {
    match action {
        QuizAction::Call(call) => desk.ask(call, lang),
        QuizAction::Show(ShowView::Home) => {
            desk.view = View::Home;
            desk.ask(Call::Me, lang);
        }
        QuizAction::Show(ShowView::Report(question)) => {
            desk.view = View::Report { question, wrong: true, text: String::new() }
        }
        QuizAction::Back => {}
    }
}

/// The screen's content; the actions asked for.
pub fn quiz_ui(ui: &mut egui::Ui, desk: &mut QuizDesk, lang: Locale) -> Vec<QuizAction> {
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        ui.heading(tr("quiz_title", lang));
        ui.add_space(theme::SPACE_L);
        if ui.button(tr("quiz_back_title", lang)).clicked() {
            actions.push(QuizAction::Back);
        }
        if desk.client.is_some()
            && ui.button(tr("quiz_disconnect", lang)).on_hover_text(tr("quiz_disconnect_hint", lang)).clicked()
        {
            actions.push(QuizAction::Call(Call::Disconnect));
        }
        if desk.busy() {
            ui.spinner();
        }
    });
    if let Some(error) = &desk.error {
        ui.colored_label(theme::WORSE, error);
    }
    if let Some(note) = &desk.note {
        ui.colored_label(theme::BETTER, note);
    }
    ui.separator();
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        let view = desk.view.clone();
        match view {
            View::Connect => connect_ui(ui, desk, lang, &mut actions),
            View::Home => home_ui(ui, desk, lang, &mut actions),
            View::Duel(duel) => duel_ui(ui, &duel, lang, &mut actions),
            View::Question(served, since) => {
                let left = (served.seconds_left - i64::try_from(since.elapsed().as_secs()).unwrap_or(0)).max(0);
                ui.horizontal(|ui| {
                    ui.label(egui::RichText::new(&served.topic_name).color(theme::NEUTRAL));
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(egui::RichText::new(format!("{left} s")).strong().size(HEADING));
                    });
                });
                ui.add_space(theme::SPACE_M);
                ui.label(egui::RichText::new(&served.question).size(HEADING));
                ui.add_space(theme::SPACE_M);
                // The keys 1 to 4 answer too: each option shows its number.
                let keys = [egui::Key::Num1, egui::Key::Num2, egui::Key::Num3, egui::Key::Num4];
                let typed = ui.input(|i| keys.iter().position(|k| i.key_pressed(*k)));
                for (place, option) in served.options.iter().enumerate() {
                    let width = ui.available_width().min(720.0);
                    let text = egui::RichText::new(option_label(place, option)).size(theme::BODY_SIZE + 2.0);
                    let button = egui::Button::new(text).wrap();
                    if ui.add_sized([width, 44.0], button).clicked() || typed == Some(place) {
                        actions.push(QuizAction::Call(Call::Answer(served.asked_id.clone(), place)));
                    }
                }
                ui.label(egui::RichText::new(tr("quiz_keys_hint", lang)).color(theme::NEUTRAL));
            }
            View::Result(answered) => result_ui(ui, &answered, lang, &mut actions),
            View::Report { question, mut wrong, mut text } => {
                ui.heading(tr("quiz_report_title", lang));
                ui.radio_value(&mut wrong, true, tr("quiz_report_wrong", lang));
                ui.radio_value(&mut wrong, false, tr("quiz_report_unclear", lang));
                let label = ui.label(tr("quiz_report_placeholder", lang));
                ui.add(egui::TextEdit::multiline(&mut text).desired_width(600.0)).labelled_by(label.id);
                ui.horizontal(|ui| {
                    if ui.button(tr("quiz_report_send", lang)).clicked() {
                        let reason = if wrong { "wrong" } else { "unclear" };
                        actions.push(QuizAction::Call(Call::Report(question.clone(), reason.into(), text.clone())));
                    }
                    if ui.button(tr("quiz_cancel", lang)).clicked() {
                        actions.push(QuizAction::Show(ShowView::Home));
                    }
                });
                if matches!(desk.view, View::Report { .. }) {
                    desk.view = View::Report { question, wrong, text };
                }
            }
            View::Trainer => trainer_ui(ui, desk, lang, &mut actions),
        }
    });
    actions
}

fn connect_ui(ui: &mut egui::Ui, desk: &mut QuizDesk, lang: Locale, actions: &mut Vec<QuizAction>) {
    ui.label(tr("quiz_intro", lang));
    ui.add_space(theme::SPACE_M);
    ui.horizontal_top(|ui| {
        egui::Frame::group(ui.style()).inner_margin(theme::SPACE_M).show(ui, |ui| {
            ui.vertical(|ui| {
                ui.set_width(CARD_WIDTH);
                ui.strong(tr("quiz_as_participant", lang));
                ui.add_space(theme::SPACE_S);
                egui::Grid::new("quiz_join").num_columns(2).spacing([theme::SPACE_M, theme::SPACE_S]).show(ui, |ui| {
                    for (key, value) in [
                        ("quiz_server", &mut desk.form.address),
                        ("quiz_code", &mut desk.form.code),
                        ("quiz_name", &mut desk.form.name),
                        ("quiz_team", &mut desk.form.team),
                    ] {
                        let label = ui.label(tr(key, lang));
                        ui.add(egui::TextEdit::singleline(value).desired_width(260.0)).labelled_by(label.id);
                        ui.end_row();
                    }
                });
                ui.add_space(theme::SPACE_S);
                let ready = !desk.form.code.trim().is_empty() && !desk.form.name.trim().is_empty() && !desk.busy();
                if ui
                    .add_enabled_ui(ready, |ui| {
                        ui.add_sized(theme::MENU_BUTTON_SIZE, egui::Button::new(tr("quiz_join", lang)))
                    })
                    .inner
                    .clicked()
                {
                    actions.push(QuizAction::Call(Call::Join));
                }
            })
        });
        ui.add_space(theme::SPACE_L);
        egui::Frame::group(ui.style()).inner_margin(theme::SPACE_M).show(ui, |ui| {
            ui.vertical(|ui| {
                ui.set_width(CARD_WIDTH);
                ui.strong(tr("quiz_as_trainer", lang));
                ui.add_space(theme::SPACE_S);
                let label = ui.label(tr("quiz_trainer_link", lang));
                ui.add(egui::TextEdit::singleline(&mut desk.form.trainer_link).desired_width(CARD_WIDTH))
                    .labelled_by(label.id);
                ui.add_space(theme::SPACE_S);
                let ready = !desk.form.trainer_link.trim().is_empty() && !desk.busy();
                if ui
                    .add_enabled_ui(ready, |ui| {
                        ui.add_sized(theme::MENU_BUTTON_SIZE, egui::Button::new(tr("quiz_open_trainer", lang)))
                    })
                    .inner
                    .clicked()
                {
                    actions.push(QuizAction::Call(Call::TrainerLink));
                }
            })
        });
    });
}

fn state_text(duel: &crate::quiz::play::DuelView, lang: Locale) -> &'static str {
    match (duel.outcome, duel.my_move) {
        (Some(Outcome::Won), _) => tr("quiz_won", lang),
        (Some(Outcome::Lost), _) => tr("quiz_lost", lang),
        (Some(Outcome::Draw), _) => tr("quiz_draw", lang),
        (None, true) => tr("quiz_your_move", lang),
        (None, false) => tr("quiz_their_move", lang),
    }
}

fn home_ui(ui: &mut egui::Ui, desk: &mut QuizDesk, lang: Locale, actions: &mut Vec<QuizAction>) {
    let Some(me) = desk.me.clone() else {
        ui.spinner();
        return;
    };
    ui.horizontal(|ui| {
        ui.strong(&me.programme);
        ui.label(
            egui::RichText::new(format!("{} · {}", me.participant.name, me.participant.team)).color(theme::NEUTRAL),
        );
        if ui.button(tr("quiz_refresh", lang)).clicked() {
            actions.push(QuizAction::Call(Call::Me));
        }
    });
    ui.add_space(theme::SPACE_M);
    if ui.add_sized(theme::MENU_BUTTON_SIZE, egui::Button::new(tr("quiz_practice", lang))).clicked() {
        actions.push(QuizAction::Call(Call::Practice));
    }
    ui.add_space(theme::SPACE_M);
    ui.strong(tr("quiz_new_duel", lang));
    if me.opponents.is_empty() {
        ui.label(egui::RichText::new(tr("quiz_nobody", lang)).color(theme::NEUTRAL));
    } else {
        ui.horizontal(|ui| {
            let chosen = desk.opponent.clone().unwrap_or_default();
            let shown = me.opponents.iter().find(|o| o.id == chosen).map(|o| o.name.clone()).unwrap_or_default();
            egui::ComboBox::from_id_salt("quiz_opponent").selected_text(shown).show_ui(ui, |ui| {
                for o in &me.opponents {
                    let label = if o.team.is_empty() { o.name.clone() } else { format!("{} ({})", o.name, o.team) };
                    if ui.selectable_label(chosen == o.id, label).clicked() {
                        desk.opponent = Some(o.id.clone());
                    }
                }
            });
            if ui.add_enabled(!chosen.is_empty(), egui::Button::new(tr("quiz_challenge", lang))).clicked() {
                actions.push(QuizAction::Call(Call::Challenge(chosen)));
            }
        });
    }
    ui.add_space(theme::SPACE_M);
    ui.strong(tr("quiz_duels", lang));
    if me.duels.is_empty() {
        ui.label(egui::RichText::new(tr("quiz_no_duels", lang)).color(theme::NEUTRAL));
    }
    for duel in &me.duels {
        let new = if duel.new && !duel.my_move { format!("  · {}", tr("quiz_new", lang)) } else { String::new() };
        let text = format!(
            "{} {} — {} — {} : {}{new}",
            tr("quiz_against", lang),
            duel.opponent,
            state_text(duel, lang),
            duel.my_score,
            duel.their_score
        );
        if ui.add(egui::Button::new(text).min_size(egui::vec2(360.0, 28.0))).clicked() {
            actions.push(QuizAction::Call(Call::Duel(duel.id.clone())));
        }
    }
}

fn marks(results: &[Option<bool>]) -> String {
    results
        .iter()
        .map(|r| match r {
            Some(true) => "✔",
            Some(false) => "✘",
            None => "·",
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn duel_ui(ui: &mut egui::Ui, duel: &crate::quiz::play::DuelView, lang: Locale, actions: &mut Vec<QuizAction>) {
    ui.heading(format!("{} {}", tr("quiz_against", lang), duel.opponent));
    ui.label(
        egui::RichText::new(format!(
            "{} {} : {} {}",
            tr("quiz_you", lang),
            duel.my_score,
            duel.their_score,
            duel.opponent
        ))
        .size(HEADING),
    );
    ui.label(state_text(duel, lang));
    ui.add_space(theme::SPACE_S);
    egui::Grid::new("quiz_rounds").striped(true).num_columns(3).show(ui, |ui| {
        ui.strong(tr("quiz_round", lang));
        ui.strong(tr("quiz_you", lang));
        ui.strong(&duel.opponent);
        ui.end_row();
        for round in &duel.rounds {
            ui.label(format!("{}. {}", round.round, round.topic));
            ui.label(marks(&round.mine));
            ui.label(marks(&round.theirs));
            ui.end_row();
        }
    });
    ui.add_space(theme::SPACE_M);
    if duel.my_move {
        if duel.offered.is_empty() {
            if ui.add_sized(theme::MENU_BUTTON_SIZE, egui::Button::new(tr("quiz_play", lang))).clicked() {
                actions.push(QuizAction::Call(Call::DuelQuestion(duel.id.clone())));
            }
        } else {
            ui.strong(tr("quiz_pick_topic", lang));
            for (key, name) in &duel.offered {
                if ui.add_sized(theme::MENU_BUTTON_SIZE, egui::Button::new(name)).clicked() {
                    actions.push(QuizAction::Call(Call::Pick(duel.id.clone(), key.clone())));
                }
            }
        }
    }
    ui.add_space(theme::SPACE_M);
    if ui.button(tr("quiz_overview", lang)).clicked() {
        actions.push(QuizAction::Show(ShowView::Home));
    }
}

fn result_ui(ui: &mut egui::Ui, answered: &crate::quiz::play::Answered, lang: Locale, actions: &mut Vec<QuizAction>) {
    let (key, colour) = if answered.late {
        ("quiz_late", theme::WORSE)
    } else if answered.correct {
        ("quiz_right", theme::BETTER)
    } else {
        ("quiz_wrong", theme::WORSE)
    };
    ui.label(egui::RichText::new(tr(key, lang)).color(colour).strong().size(HEADING));
    ui.label(egui::RichText::new(&answered.question).size(theme::BODY_SIZE + 2.0));
    ui.add_space(theme::SPACE_S);
    for (place, option) in answered.options.iter().enumerate() {
        let text = egui::RichText::new(option);
        let text = if place == answered.correct_option {
            text.color(theme::BETTER).strong()
        } else if Some(place) == answered.chosen {
            text.color(theme::WORSE).strikethrough()
        } else {
            text
        };
        ui.label(text);
    }
    ui.add_space(theme::SPACE_S);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_max_width(720.0);
        ui.label(&answered.explanation);
        if let Some(entry) = crate::glossary::entry(&answered.glossary, lang) {
            ui.add_space(theme::SPACE_S);
            ui.label(egui::RichText::new(format!("{}: {}", entry.term, entry.definition)).color(theme::NEUTRAL));
        }
    });
    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.horizontal(|ui| {
        if ui.add_sized(theme::MENU_BUTTON_SIZE, egui::Button::new(tr("quiz_next", lang))).clicked() || enter {
            let next = if answered.duel_id.is_empty() { Call::Practice } else { Call::Duel(answered.duel_id.clone()) };
            actions.push(QuizAction::Call(next));
        }
        if ui.button(tr("quiz_report", lang)).clicked() {
            actions.push(QuizAction::Show(ShowView::Report(answered.question_id.clone())));
        }
        if ui.button(tr("quiz_overview", lang)).clicked() {
            actions.push(QuizAction::Show(ShowView::Home));
        }
    });
}

/// An option as its button shows it: its number (the key that answers with it) and its text.
pub fn option_label(place: usize, option: &str) -> String {
    format!("{}  {option}", place + 1)
}

fn rate_text(rate: &Rate, lang: Locale) -> String {
    rate.rate.map(|r| format::percent(r, 0, lang)).unwrap_or_else(|| "–".into())
}

fn rate_rows(ui: &mut egui::Ui, id: &str, rates: &[Rate], lang: Locale) {
    egui::Grid::new(id).striped(true).num_columns(3).show(ui, |ui| {
        for r in rates {
            ui.label(&r.name);
            ui.label(format!("{}", r.answered));
            let fraction = r.rate.and_then(|x| x.to_string().parse::<f32>().ok()).unwrap_or(0.0);
            ui.add(egui::ProgressBar::new(fraction).desired_width(220.0).text(rate_text(r, lang)));
            ui.end_row();
        }
    });
}

fn trainer_ui(ui: &mut egui::Ui, desk: &mut QuizDesk, lang: Locale, actions: &mut Vec<QuizAction>) {
    if desk.role != Role::Trainer {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.strong(tr("quiz_programmes", lang));
        for p in &desk.programmes {
            let chosen = desk.analytics.as_ref().is_some_and(|(id, _)| *id == p.id);
            if ui.selectable_label(chosen, format!("{} ({})", p.name, p.invite_code)).clicked() {
                actions.push(QuizAction::Call(Call::Analytics(p.id.clone())));
            }
        }
        if ui.button(tr("quiz_refresh", lang)).clicked() {
            actions.push(QuizAction::Call(Call::Trainer));
        }
    });
    let Some((id, figures)) = &desk.analytics else {
        ui.label(egui::RichText::new(tr("quiz_pick_programme", lang)).color(theme::NEUTRAL));
        return;
    };
    ui.add_space(theme::SPACE_M);
    ui.horizontal(|ui| {
        ui.heading(&figures.programme);
        ui.label(format!(
            "{}: {} · {}: {} · {}: {}",
            tr("quiz_participants", lang),
            figures.participants,
            tr("quiz_answered", lang),
            figures.total.answered,
            tr("quiz_correct", lang),
            rate_text(&figures.total, lang)
        ));
        if ui.button(tr("quiz_save_csv", lang)).clicked() {
            actions.push(QuizAction::Call(Call::Csv(id.clone(), figures.programme.clone())));
        }
    });
    ui.add_space(theme::SPACE_S);
    ui.strong(tr("quiz_catch_up", lang));
    rate_rows(ui, "quiz_catch_up", &figures.catch_up, lang);
    ui.add_space(theme::SPACE_S);
    ui.strong(tr("quiz_teams", lang));
    for team in &figures.teams {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_max_width(900.0);
            ui.strong(&team.team);
            for (topic, related) in &team.related {
                let name = crate::quiz::bank::Topic::from_key(topic).map(|t| t.name(lang)).unwrap_or_default();
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!("{name}:"));
                    for f in related {
                        let text = egui::RichText::new(format!("{} {}", f.name(lang), f.text(lang)));
                        ui.label(if f.weak { text.color(theme::WORSE) } else { text });
                    }
                });
            }
            ui.label(&team.suggestion);
        });
    }
    ui.add_space(theme::SPACE_S);
    ui.strong(tr("quiz_by_participant", lang));
    rate_rows(ui, "quiz_participants", &figures.by_participant, lang);
    ui.add_space(theme::SPACE_S);
    ui.strong(tr("quiz_questions", lang));
    for q in figures.questions.iter().take(20) {
        ui.label(
            egui::RichText::new(format!("{} — {} · {}", q.question, q.rate.answered, rate_text(&q.rate, lang)))
                .strong(),
        );
        for o in &q.options {
            let mark = if o.correct { " ✔" } else { "" };
            ui.label(format!("    {}{mark}: {}", o.text, o.chosen));
        }
    }
}
