//! Setting up a new game: the scenario (with what it is about), solo or a workshop of named
//! teams, the company each plays — chosen by name — and the seed.

use bevy_egui::egui;
use egui::RichText;

use crate::i18n::Arg;
use crate::model::format::Locale;
use crate::scenario::Scenario;
use crate::ui::screens::{ScenarioChoice, Screen, UiCommand};
use crate::ui::session::{GameSetup, Mode, Team};
use crate::ui::text::{tr, tr_args};
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
    /// The company each workshop team plays (scenario index), parallel to `team_names`.
    pub team_companies: Vec<usize>,
    /// The company the solo player runs (scenario index).
    pub solo_company: usize,
    /// The seed as typed; it must be a whole number.
    pub seed: String,
    /// The guided first year: coach notes on every decision and on the first report.
    pub guide: bool,
}

impl Default for SetupForm {
    fn default() -> Self {
        SetupForm {
            scenario: ScenarioChoice::Default,
            file: String::new(),
            mode: Mode::Solo,
            team_names: vec!["Team 1".into(), "Team 2".into()],
            team_companies: vec![0, 1],
            solo_company: 0,
            seed: "1".into(),
            guide: true,
        }
    }
}

/// The scenario chosen, as the form needs it.
pub struct SetupView<'a> {
    /// Language of every text.
    pub lang: Locale,
    /// The scenario chosen, or why the file chosen is none.
    pub scenario: Result<&'a Scenario, String>,
}

impl SetupView<'_> {
    /// The companies' (id, name), in scenario order; none without a scenario.
    fn companies(&self) -> Vec<(&str, &str)> {
        self.scenario
            .as_ref()
            .map_or_else(|_| Vec::new(), |s| s.companies.iter().map(|c| (c.id.as_str(), c.name.as_str())).collect())
    }
}

/// Draws the form; returns `StartGame` when it is complete and valid.
pub fn setup_ui(ui: &mut egui::Ui, view: &SetupView, form: &mut SetupForm) -> Vec<UiCommand> {
    let lang = view.lang;
    ui.set_max_width(theme::SETUP_WIDTH);
    let companies = view.companies();
    egui::Grid::new("setup").num_columns(2).spacing(theme::LOOSE_TABLE_SPACING).show(ui, |ui| {
        scenario_rows_ui(ui, form, lang);
        ui.label("");
        ui.vertical(|ui| about_ui(ui, view));
        ui.end_row();
        ui.label(tr("mode", lang));
        ui.horizontal(|ui| {
            ui.selectable_value(&mut form.mode, Mode::Solo, tr("solo", lang));
            ui.selectable_value(&mut form.mode, Mode::Workshop, tr("workshop", lang));
        });
        ui.end_row();
        if form.mode == Mode::Workshop {
            ui.label(tr("teams", lang));
            ui.vertical(|ui| teams_ui(ui, &companies, form, lang));
            ui.end_row();
        } else if !companies.is_empty() {
            ui.label(tr("setup_your_company", lang));
            company_choice_ui(ui, egui::Id::new("solo_company"), &companies, &mut form.solo_company);
            ui.end_row();
        }
        ui.label(tr("seed", lang));
        ui.add(egui::TextEdit::singleline(&mut form.seed).desired_width(theme::FIELD_WIDTH_NUMBER));
        ui.end_row();
        ui.label(tr("setup_guide_label", lang));
        ui.checkbox(&mut form.guide, tr("setup_guide", lang)).on_hover_text(tr("setup_guide_hint", lang));
        ui.end_row();
    });
    let seed = form.seed.trim().parse::<u64>();
    if seed.is_err() {
        ui.colored_label(theme::WORSE, tr("error_whole_number", lang));
    }
    let teams = teams_of(&companies, form);
    let twice = form.mode == Mode::Workshop && has_duplicates(&form.team_companies);
    if twice {
        ui.colored_label(theme::WORSE, tr("setup_company_twice", lang));
    }
    ui.add_space(theme::SPACE_M);
    start_row_ui(ui, form, seed.ok().filter(|_| !twice), teams, lang)
}

/// What the scenario is about: its paragraph, and years, companies and segments in one line.
fn about_ui(ui: &mut egui::Ui, view: &SetupView) {
    let lang = view.lang;
    match &view.scenario {
        Ok(s) => {
            if !s.description.is_empty() {
                ui.add(egui::Label::new(RichText::new(s.text(&s.description, lang)).small()).wrap());
            }
            let segments: Vec<&str> = s.segments.iter().map(|x| s.text(&x.name, lang)).collect();
            let facts = tr_args(
                "setup_facts",
                lang,
                &[
                    ("years", Arg::from(u64::from(s.years))),
                    ("companies", Arg::from(s.companies.len() as u64)),
                    ("segments", Arg::from(segments.join(", "))),
                ],
            );
            ui.label(RichText::new(facts).small().weak());
        }
        Err(problem) => {
            ui.colored_label(theme::WORSE, problem);
        }
    }
}

/// A drop-down of the scenario's companies by name; `chosen` is a scenario index.
fn company_choice_ui(ui: &mut egui::Ui, id: egui::Id, companies: &[(&str, &str)], chosen: &mut usize) {
    let current = companies.get(*chosen).map_or("–", |c| c.1);
    egui::ComboBox::from_id_salt(id).selected_text(current).width(theme::FIELD_WIDTH_COMPANY).show_ui(ui, |ui| {
        for (i, (_, name)) in companies.iter().enumerate() {
            ui.selectable_value(chosen, i, *name);
        }
    });
}

fn has_duplicates(indices: &[usize]) -> bool {
    indices.iter().enumerate().any(|(i, a)| indices[..i].contains(a))
}

/// The scenario choice and, for a file, the row with its path.
fn scenario_rows_ui(ui: &mut egui::Ui, form: &mut SetupForm, lang: Locale) {
    ui.label(tr("scenario", lang));
    ui.horizontal(|ui| {
        ui.selectable_value(&mut form.scenario, ScenarioChoice::Default, tr("scenario_default", lang));
        ui.selectable_value(&mut form.scenario, ScenarioChoice::Intro, tr("scenario_intro", lang));
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

/// The workshop teams' names with the company each plays; at least two teams, at most one
/// per company (and eight). A new team takes the first company no team has yet.
fn teams_ui(ui: &mut egui::Ui, companies: &[(&str, &str)], form: &mut SetupForm, lang: Locale) {
    form.team_companies.resize(form.team_names.len(), 0);
    let mut remove = None;
    for (i, (name, company)) in form.team_names.iter_mut().zip(form.team_companies.iter_mut()).enumerate() {
        ui.horizontal(|ui| {
            let edit = ui.add(egui::TextEdit::singleline(name).desired_width(theme::FIELD_WIDTH_NAME));
            let label = format!("{} {}", tr("setup_team", lang), i + 1);
            ui.ctx().accesskit_node_builder(edit.id, |node| node.set_label(label));
            ui.weak(tr("setup_plays", lang));
            company_choice_ui(ui, egui::Id::new(("team_company", i)), companies, company);
            if ui.small_button("✕").on_hover_text(tr("setup_remove_team", lang)).clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove
        && form.team_names.len() > 2
    {
        form.team_names.remove(i);
        form.team_companies.remove(i);
    }
    let max = companies.len().min(8);
    if form.team_names.len() < max && ui.button(tr("setup_add_team", lang)).clicked() {
        let free = (0..companies.len()).find(|c| !form.team_companies.contains(c)).unwrap_or(0);
        form.team_names.push(format!("Team {}", form.team_names.len() + 1));
        form.team_companies.push(free);
    }
}

/// The teams the form describes, each with the company chosen for it.
fn teams_of(companies: &[(&str, &str)], form: &SetupForm) -> Vec<Team> {
    let company = |i: usize| companies.get(i).map(|c| c.0.to_string());
    match form.mode {
        Mode::Solo => {
            company(form.solo_company).map(|c| Team { name: "Solo".into(), company: c }).into_iter().collect()
        }
        Mode::Workshop => form
            .team_names
            .iter()
            .zip(&form.team_companies)
            .filter_map(|(name, &i)| company(i).map(|c| Team { name: name.trim().to_string(), company: c }))
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
        if ui.add_enabled(ready, egui::Button::new(RichText::new(tr("start", lang)).strong())).clicked()
            && let Some(seed) = seed
        {
            commands.push(UiCommand::StartGame {
                scenario: form.scenario.clone(),
                seed,
                setup: GameSetup { mode: form.mode, teams },
                guide: form.guide,
            });
        }
    });
    commands
}
