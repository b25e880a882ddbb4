//! The decision screen's cached view: the company's past read once when the screen is
//! entered, the form the team types into, and the pro-forma, recomputed only when the draft
//! changes — so drawing a frame reads, parses and clones nothing.
//!
//! Architecture invariant: the panel ([`decide_screen_ui`]) never touches the [`Session`];
//! it edits [`DecideScreen::form`] and returns [`UiCommand::EditDraft`] when the form differs
//! from the draft the pro-forma was computed for. Applying that command stores the draft in
//! the session and [`DecideScreen::refresh`] recomputes the pro-forma.

use bevy::prelude::*;
use bevy_egui::egui;

use crate::model::BalanceSheet;
use crate::model::format::Locale;
use crate::scenario::{Decisions, Scenario};
use crate::sim::YearReport;
use crate::ui::draft::Draft;
use crate::ui::panels::decide::{DecideView, decide_ui};
use crate::ui::plausibility::{Unusual, unusual_changes};
use crate::ui::projects::{ProjectAppraisals, project_appraisals};
use crate::ui::screens::UiCommand;
use crate::ui::session::{ProForma, Session};

/// What the decision screen shows of a company's past, for one company and year (the
/// scenario, last year's decisions and report, the opening sheet, capacity and the
/// appraised project catalogue).
struct DecideContext {
    company: String,
    team: String,
    year: u32,
    scenario: Scenario,
    last: Decisions,
    last_report: Option<YearReport>,
    company_name: String,
    opening: BalanceSheet,
    capacity_units: u64,
    projects: ProjectAppraisals,
    /// The headlines of the year being decided, announced before deciding (the pro-forma
    /// reckons with exactly these events).
    headlines: Vec<String>,
    /// A solo game rather than a workshop.
    solo: bool,
}

impl DecideContext {
    fn new(session: &Session) -> DecideContext {
        let team = session.current_team();
        let solo = session.setup.mode == crate::ui::session::Mode::Solo;
        DecideContext::of(session.snapshot(), &team.company, &team.name, solo)
    }

    /// The context of `company` (played by `team`) at the start of the year `snapshot`
    /// opens; the snapshot needs that company only (a workshop team's laptop has no other).
    fn of(snapshot: &crate::sim::save::SaveGame, company_id: &str, team: &str, solo: bool) -> DecideContext {
        let scenario = snapshot.scenario.clone();
        let year = snapshot.year + 1;
        let company = snapshot.companies.iter().find(|c| c.id == company_id);
        let last = company
            .map(|c| c.last_decisions.clone())
            .unwrap_or_else(|| crate::sim::spawn::opening_decisions(&scenario, company_id));
        let capacity_units =
            company.map_or(0, |c| crate::sim::phases::open::capacity_units(&scenario, &c.operations, year));
        DecideContext {
            company: company_id.to_string(),
            team: team.to_string(),
            year,
            last,
            last_report: company.and_then(|c| c.history.last().cloned()),
            company_name: company.map(|c| c.name.clone()).unwrap_or_default(),
            opening: company.map(|c| BalanceSheet::from_ledger(&c.ledger)).unwrap_or_default(),
            capacity_units,
            projects: project_appraisals(snapshot, company_id),
            headlines: scenario.events.iter().filter(|e| e.year == year).map(|e| e.headline.clone()).collect(),
            solo,
            scenario,
        }
    }

    /// The decisions of `draft` far from last year's (none while the draft does not read).
    fn unusual(&self, draft: &Draft, lang: Locale) -> Vec<Unusual> {
        draft.to_decisions(&self.scenario, lang).map(|d| unusual_changes(&self.last, &d)).unwrap_or_default()
    }

    /// Whether this context is still the one of the team whose turn it is.
    fn is_current(&self, session: &Session) -> bool {
        self.company == session.current_team().company && self.year == session.playing_year()
    }
}

/// The submit button's and its hint's screen texts on a team's form.
const SUBMIT: (&str, &str) = ("submit", "decide_submit_hint");

/// The decision screen of the team whose turn it is.
#[derive(Resource)]
pub struct DecideScreen {
    context: DecideContext,
    /// What the form shows and the team edits.
    pub form: Draft,
    /// The draft the pro-forma was computed for (the session's draft).
    applied: Draft,
    pro_forma: ProForma,
    /// The applied draft's decisions far from last year's.
    unusual: Vec<Unusual>,
    /// The widget that had the keyboard last frame: when a field is left, its text is
    /// tidied into the form's number format (`900.000` → `900.000,00`).
    focused: Option<egui::Id>,
    /// The screen texts of the submit button and the hint beside it (the trainer's
    /// correction books instead of submitting).
    pub submit_texts: (&'static str, &'static str),
    /// Last year's report can be opened over the form (not in the trainer's correction).
    pub peek: bool,
}

impl DecideScreen {
    /// The screen of the current team: its draft (started from last year's decisions when
    /// there is none) and its pro-forma.
    pub fn new(session: &mut Session, lang: Locale) -> DecideScreen {
        let context = DecideContext::new(session);
        let applied = session.draft_mut(&context.company, lang).clone();
        let pro_forma = session.pro_forma(&context.company, lang);
        let unusual = context.unusual(&applied, lang);
        DecideScreen {
            context,
            form: applied.clone(),
            applied,
            pro_forma,
            unusual,
            focused: None,
            submit_texts: SUBMIT,
            peek: true,
        }
    }

    /// The screen of a workshop team on its own laptop: `snapshot` holds its company at the
    /// start of the year, `draft` what the form starts with, `pro_forma` the host's answer
    /// (or that it is being computed).
    pub fn of_team(
        snapshot: &crate::sim::save::SaveGame,
        company: &str,
        team: &str,
        draft: Draft,
        pro_forma: ProForma,
        lang: Locale,
    ) -> DecideScreen {
        let context = DecideContext::of(snapshot, company, team, false);
        let unusual = context.unusual(&draft, lang);
        DecideScreen {
            context,
            form: draft.clone(),
            applied: draft,
            pro_forma,
            unusual,
            focused: None,
            submit_texts: SUBMIT,
            peek: true,
        }
    }

    /// A workshop team's form as typed is now its draft (its pro-forma follows from the host).
    pub fn set_team_draft(&mut self, draft: Draft, lang: Locale) {
        self.unusual = self.context.unusual(&draft, lang);
        self.applied = draft;
    }

    /// The pro-forma the host computed for the draft.
    pub fn set_pro_forma(&mut self, pro_forma: ProForma) {
        self.pro_forma = pro_forma;
    }

    /// The draft the pro-forma is for.
    pub fn draft(&self) -> &Draft {
        &self.applied
    }

    /// The year being decided.
    pub fn year(&self) -> u32 {
        self.context.year
    }

    /// Brings the screen up to date with the session: a new context when the turn or the
    /// year moved on, a new pro-forma when the session's draft is not the one it was
    /// computed for. Costs one comparison when nothing changed.
    pub fn refresh(&mut self, session: &mut Session, lang: Locale) {
        if !self.context.is_current(session) {
            *self = DecideScreen::new(session, lang);
            return;
        }
        let draft = session.draft_mut(&self.context.company, lang);
        if *draft != self.applied {
            self.applied = draft.clone();
            self.form = draft.clone();
            self.pro_forma = session.pro_forma(&self.context.company, lang);
            self.unusual = self.context.unusual(&self.applied, lang);
        }
    }

    /// The company (scenario id) being decided for.
    pub fn company(&self) -> &str {
        &self.context.company
    }

    /// The pro-forma of the applied draft.
    pub fn pro_forma(&self) -> &ProForma {
        &self.pro_forma
    }
}

/// Draws the decision screen; when the team changed the form, the first command is
/// [`UiCommand::EditDraft`] (so a submit in the same frame submits what was typed).
pub fn decide_screen_ui(
    ui: &mut egui::Ui,
    screen: &mut DecideScreen,
    lang: Locale,
    confirming: bool,
    coach: Option<usize>,
) -> Vec<UiCommand> {
    let context = &screen.context;
    let view = DecideView {
        lang,
        team: &context.team,
        company_name: &context.company_name,
        year: context.year,
        scenario: &context.scenario,
        last: &context.last,
        last_report: context.last_report.as_ref(),
        pro_forma: &screen.pro_forma,
        opening: &context.opening,
        capacity_units: context.capacity_units,
        projects: &context.projects,
        headlines: &context.headlines,
        unusual: &screen.unusual,
        confirming,
        solo: context.solo,
        coach: coach.filter(|_| context.year == 1),
        submit_texts: screen.submit_texts,
        peek: screen.peek,
    };
    let commands = decide_ui(ui, &view, &mut screen.form);
    let focused = ui.ctx().memory(|m| m.focused());
    if screen.focused.is_some() && focused != screen.focused {
        screen.form = screen.form.in_locale(screen.form.locale);
    }
    screen.focused = focused;
    if screen.form == screen.applied {
        return commands;
    }
    let edit = UiCommand::EditDraft { company: context.company.clone(), draft: Box::new(screen.form.clone()) };
    std::iter::once(edit).chain(commands).collect()
}
