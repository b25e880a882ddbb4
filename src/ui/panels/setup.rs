//! Setting up a new game: scenario, solo or workshop with named teams, seed.

use bevy_egui::egui;

use crate::model::format::Locale;
use crate::ui::screens::{ScenarioChoice, Screen, UiCommand};
use crate::ui::session::{GameSetup, Mode, Team};
use crate::ui::text::tr;
use crate::ui::theme;

/// The setup form as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetupForm {
    /// The scenario chosen.
    pub scenario: ScenarioChoice,
    /// The scenario file's path as typed (used when a file is chosen).
    pub file: String,
    /// Solo or workshop.
    pub mode: Mode,
    /// The workshop teams' names as typed, in turn order.
    pub team_names: Vec<String>,
    /// The seed as typed; it must be a whole number.
    pub seed: String,
}

impl Default for SetupForm {
    fn default() -> Self {
        SetupForm {
            scenario: ScenarioChoice::Default,
            file: String::new(),
            mode: Mode::Solo,
            team_names: vec!["Team 1".into(), "Team 2".into()],
            seed: "1".into(),
        }
    }
}

/// The company ids of the scenario chosen, in order (teams take them in this order).
pub struct SetupView<'a> {
    /// Language of every text.
    pub lang: Locale,
    /// The ids of the scenario's companies, in scenario order.
    pub company_ids: &'a [String],
}

/// Draws the form; returns `StartGame` when it is complete and valid.
pub fn setup_ui(ui: &mut egui::Ui, view: &SetupView, form: &mut SetupForm) -> Vec<UiCommand> {
    let lang = view.lang;
    ui.heading(tr("new_game", lang));
    egui::Grid::new("setup").num_columns(2).spacing(theme::LOOSE_TABLE_SPACING).show(ui, |ui| {
        scenario_rows_ui(ui, form, lang);
        ui.label(tr("mode", lang));
        ui.horizontal(|ui| {
            ui.selectable_value(&mut form.mode, Mode::Solo, tr("solo", lang));
            ui.selectable_value(&mut form.mode, Mode::Workshop, tr("workshop", lang));
        });
        ui.end_row();
        if form.mode == Mode::Workshop {
            ui.label(tr("teams", lang));
            ui.vertical(|ui| teams_ui(ui, view, form));
            ui.end_row();
        }
        ui.label(tr("seed", lang));
        ui.add(egui::TextEdit::singleline(&mut form.seed).desired_width(theme::FIELD_WIDTH_NUMBER));
        ui.end_row();
    });
    let seed = form.seed.trim().parse::<u64>();
    if seed.is_err() {
        ui.colored_label(theme::WORSE, tr("error_whole_number", lang));
    }
    let teams = teams_of(view, form);
    ui.add_space(theme::SPACE_M);
    start_row_ui(ui, form, seed.ok(), teams, lang)
}

/// The scenario choice and, for a file, the row with its path.
fn scenario_rows_ui(ui: &mut egui::Ui, form: &mut SetupForm, lang: Locale) {
    ui.label(tr("scenario", lang));
    ui.horizontal(|ui| {
        ui.selectable_value(&mut form.scenario, ScenarioChoice::Default, "Mittelstand: Pumpen und Armaturen");
        ui.selectable_value(&mut form.scenario, ScenarioChoice::Intro, "Einführung: Pumpenwerk");
        let is_file = matches!(form.scenario, ScenarioChoice::File(_));
        if ui.selectable_label(is_file, tr("open_file", lang)).clicked() {
            form.scenario = ScenarioChoice::File(form.file.clone().into());
        }
    });
    ui.end_row();
    if let ScenarioChoice::File(path) = &mut form.scenario {
        ui.label("");
        if ui
            .add(
                egui::TextEdit::singleline(&mut form.file)
                    .hint_text("…/szenario.ron")
                    .desired_width(theme::FIELD_WIDTH_PATH),
            )
            .changed()
        {
            *path = form.file.clone().into();
        }
        ui.end_row();
    }
}

/// The workshop teams' names with the company each takes; at least two teams, at most
/// one per company (and eight).
fn teams_ui(ui: &mut egui::Ui, view: &SetupView, form: &mut SetupForm) {
    let mut remove = None;
    for (i, name) in form.team_names.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(name).desired_width(theme::FIELD_WIDTH_NAME));
            let company = view.company_ids.get(i).map_or("–", String::as_str);
            ui.label(format!("→ {company}"));
            if ui.small_button("✕").clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove
        && form.team_names.len() > 2
    {
        form.team_names.remove(i);
    }
    let max = view.company_ids.len().min(8);
    if form.team_names.len() < max && ui.button("+").clicked() {
        form.team_names.push(format!("Team {}", form.team_names.len() + 1));
    }
}

/// The teams the form describes, each with its company in scenario order.
fn teams_of(view: &SetupView, form: &SetupForm) -> Vec<Team> {
    match form.mode {
        Mode::Solo => {
            view.company_ids.first().map(|c| Team { name: "Solo".into(), company: c.clone() }).into_iter().collect()
        }
        Mode::Workshop => form
            .team_names
            .iter()
            .zip(view.company_ids)
            .map(|(name, company)| Team { name: name.trim().to_string(), company: company.clone() })
            .collect(),
    }
}

/// Back and Start; Start is on when the seed is a number and every team has a name.
fn start_row_ui(
    ui: &mut egui::Ui,
    form: &SetupForm,
    seed: Option<u64>,
    teams: Vec<Team>,
    lang: Locale,
) -> Vec<UiCommand> {
    let mut commands = Vec::new();
    ui.horizontal(|ui| {
        if ui.button(tr("back", lang)).clicked() {
            commands.push(UiCommand::GoTo(Screen::Title));
        }
        let ready = seed.is_some() && !teams.is_empty() && teams.iter().all(|t| !t.name.is_empty());
        if ui.add_enabled(ready, egui::Button::new(tr("start", lang))).clicked()
            && let Some(seed) = seed
        {
            commands.push(UiCommand::StartGame {
                scenario: form.scenario.clone(),
                seed,
                setup: GameSetup { mode: form.mode, teams },
            });
        }
    });
    commands
}
