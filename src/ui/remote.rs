//! A workshop team on its own laptop: the connection to the trainer's host, in a thread of
//! its own so that the window never waits for the network. The screen sends calls and
//! reads the replies each frame; the team's view is fetched again every two seconds, a lost
//! connection is retried with the same request (the host takes a retry as the same
//! submission), and the draft stays on this laptop until it is submitted.

use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::time::{Duration, Instant};

use bevy::prelude::*;

use crate::model::format::Locale;
use crate::scenario::{Decisions, Scenario};
use crate::sim::practice::PracticeFile;
use crate::sim::preview::PlannedYear;
use crate::ui::decide_screen::DecideScreen;
use crate::ui::draft::Draft;
use crate::ui::panels::results::ReportSetup;
use crate::ui::screens::{Screen, Status, UiState};
use crate::ui::session::ProForma;
use crate::ui::text::tr;
use crate::workshop::client::{CallError, Client};
use crate::workshop::protocol::{ErrorBody, Preview, TeamView};

/// How often the team's view is fetched again.
const REFRESH: Duration = Duration::from_secs(2);

/// What the screen asks of the host.
#[derive(Debug)]
enum Call {
    View,
    Preview(Box<Decisions>, Vec<Option<u64>>, Box<Draft>),
    Submit(String, Box<Decisions>),
    Withdraw,
    Practice,
    Consent(bool),
}

/// What came back.
#[derive(Debug)]
enum Reply {
    View(Result<Box<TeamView>, CallError>),
    Preview(Box<Draft>, Result<Box<Preview>, CallError>),
    Submit(String, Result<(), CallError>),
    Withdraw(Result<Box<TeamView>, CallError>),
    Practice(Result<(String, Box<PracticeFile>), CallError>),
}

/// The form of "Workshop beitreten" as typed.
#[derive(Resource, Debug, Clone, PartialEq, Eq)]
pub struct JoinForm {
    /// The host's address, e.g. `192.168.178.20:7878`.
    pub address: String,
    /// The team's join code.
    pub code: String,
    /// This laptop's name on the trainer's console.
    pub device: String,
    /// A join is under way.
    pub joining: bool,
}

impl Default for JoinForm {
    fn default() -> Self {
        let device = std::env::var("COMPUTERNAME").or_else(|_| std::env::var("HOSTNAME")).unwrap_or_default();
        JoinForm { address: String::new(), code: String::new(), device, joining: false }
    }
}

/// A join under way in its thread.
#[derive(Resource)]
pub struct Joining(Mutex<Receiver<Result<Arrived, CallError>>>);

/// Who joined: a team, or an observer (the code was the observer's token).
pub enum Arrived {
    /// A team, with its first view.
    Team(Box<Joined>),
    /// An observer's client, with the observer's token.
    Observer(Client),
}

/// A finished join: the team's side of the workshop, or an observer's.
pub enum Arrival {
    /// The team's side.
    Team(Box<RemoteTeam>),
    /// The observer's view of the room.
    Observer(Box<crate::ui::observe::Observing>),
}

/// What a successful join brings: the client with its token, the scenario, the first view.
pub struct Joined {
    client: Client,
    scenario: Scenario,
    view: TeamView,
    device: String,
}

impl std::fmt::Debug for Joined {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Joined").field("company", &self.view.company).finish()
    }
}

/// Starts joining the host of `form` in a thread.
pub fn start_join(form: &JoinForm) -> Joining {
    let (tx, rx) = channel();
    let (address, code, device) = (form.address.clone(), form.code.clone(), form.device.trim().to_string());
    std::thread::spawn(move || {
        let result = (|| {
            let client = Client::new(&address);
            client.hello()?;
            let device = if device.is_empty() { "Laptop".to_string() } else { device };
            let joined = client.join(&code, &device)?;
            let client = client.with_token(&joined.token);
            if joined.observer {
                return Ok(Arrived::Observer(client));
            }
            let scenario = client.scenario()?;
            let view = client.team(&joined.company)?;
            Ok(Arrived::Team(Box::new(Joined { client, scenario, view, device })))
        })();
        let _ = tx.send(result);
    });
    Joining(Mutex::new(rx))
}

/// A problem with the host, as the team reads it: a sentence in its language, and the
/// host's own words (English) for whoever helps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trouble {
    /// What happened, in the player's language.
    pub text: String,
    /// The technical detail (the host's message, the network's error).
    pub details: String,
}

impl Trouble {
    /// The trouble of a failed call.
    pub fn of(error: &CallError, lang: Locale) -> Trouble {
        let text = match error {
            CallError::Unreachable { .. } => tr("team_unreachable", lang).to_string(),
            CallError::WrongProtocol { .. } => tr("join_wrong_version", lang).to_string(),
            CallError::Garbled(_) => tr("join_failed", lang).to_string(),
            CallError::Refused { body, .. } => refusal_text(body, lang),
        };
        Trouble { text, details: error.to_string() }
    }
}

/// A host's refusal in the player's language: by its reason (`deadline_passed`, …) where it
/// has one, else by its kind (`forbidden`, …); the English message where neither is known.
pub fn refusal_text(body: &ErrorBody, lang: Locale) -> String {
    let by_reason = body.reason.as_deref().and_then(|r| crate::i18n::screen_text(&format!("refusal_{r}"), lang));
    let by_kind = || crate::i18n::screen_text(&format!("refusal_{}", body.error), lang);
    match by_reason.or_else(by_kind) {
        Some(text) => text.to_string(),
        None => body.message.clone(),
    }
}

/// Where the team is in its year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Deciding the year (the form and the host's pro-forma).
    Deciding,
    /// Submitted; waiting for the other teams and the trainer.
    Submitted,
    /// The trainer closed a year and has not released its results yet.
    Waiting,
    /// The released results of the last year, not yet left for the next.
    Results,
    /// The workshop is over: the last results.
    Finished,
}

/// The team's side of the workshop.
#[derive(Resource)]
pub struct RemoteTeam {
    /// The host's address.
    pub address: String,
    /// The team's name.
    pub team: String,
    /// The company it runs.
    pub company: String,
    /// This laptop's name.
    pub device: String,
    /// The scenario's rules.
    pub scenario: Scenario,
    /// The last view the host sent.
    pub view: TeamView,
    /// The decision screen of the year being decided.
    pub screen: Option<DecideScreen>,
    /// The results of this many years have been looked at.
    pub seen: u32,
    /// "Submit these decisions?" is being asked.
    pub confirming: bool,
    /// The last problem with the host (unreachable, or a request refused), while it lasts.
    pub trouble: Option<Trouble>,
    /// A submission sent and not yet answered (retried with the same id).
    pub sending: Option<(String, Decisions)>,
    /// The language the screen was last drawn in (for a trouble found outside a frame).
    lang: Locale,
    /// Where the typed draft is kept (the data folder's workshops), so that a laptop closed
    /// mid-year opens the form with it again; `None`: kept in memory only.
    pub draft_dir: Option<std::path::PathBuf>,
    /// The practice file the host sent once the workshop was over, and its file name; taken
    /// by the screen, which saves and opens it.
    pub practice: Option<(String, Box<PracticeFile>)>,
    /// The report of the released years as the report screen reads it, built once per
    /// release and language.
    report: Option<TeamReport>,
    calls: Sender<Call>,
    // A resource must be `Sync`; only the window's thread reads the replies.
    replies: Mutex<Receiver<Reply>>,
    asked: Option<Instant>,
    last_view: Instant,
}

impl RemoteTeam {
    fn new(joined: Joined) -> RemoteTeam {
        let (call_tx, call_rx) = channel::<Call>();
        let (reply_tx, reply_rx) = channel::<Reply>();
        let client = joined.client.clone();
        let company = joined.view.company.clone();
        let worker_company = company.clone();
        let device = joined.device.clone();
        std::thread::spawn(move || {
            for call in call_rx {
                let reply = match call {
                    Call::View => Reply::View(client.team(&worker_company).map(Box::new)),
                    Call::Preview(decisions, forecast, draft) => {
                        Reply::Preview(draft, client.preview(&worker_company, &decisions, &forecast).map(Box::new))
                    }
                    Call::Submit(id, decisions) => {
                        let result = client.submit(&worker_company, &id, &device, &decisions).map(|_| ());
                        Reply::Submit(id, result)
                    }
                    Call::Withdraw => Reply::Withdraw(client.withdraw(&worker_company, &device).map(Box::new)),
                    Call::Consent(yes) => Reply::View(client.consent(&worker_company, yes).map(Box::new)),
                    Call::Practice => {
                        Reply::Practice(client.practice(&worker_company).map(|(name, file)| (name, Box::new(file))))
                    }
                };
                if reply_tx.send(reply).is_err() {
                    break;
                }
            }
        });
        let seen = joined.view.released;
        RemoteTeam {
            address: joined.client.address().to_string(),
            team: joined.view.team.clone(),
            company,
            device: joined.device,
            scenario: joined.scenario,
            view: joined.view,
            screen: None,
            seen,
            confirming: false,
            trouble: None,
            sending: None,
            lang: Locale::De,
            draft_dir: None,
            practice: None,
            report: None,
            calls: call_tx,
            replies: Mutex::new(reply_rx),
            asked: None,
            last_view: Instant::now(),
        }
    }

    /// Builds the released years' report — every company of the scenario in its order, the
    /// team's own with its reports and the others without (a team sees no one else's), and
    /// the host's ranking — when the released years or the language changed.
    pub fn refresh_report(&mut self, lang: Locale) {
        let current = |r: &TeamReport| r.released == self.view.released && r.lang == lang;
        if !self.report.as_ref().is_some_and(current) {
            let own = self.scenario.company_index(&self.company).unwrap_or(0);
            let companies = self
                .scenario
                .companies
                .iter()
                .enumerate()
                .map(|(i, c)| crate::sim::CompanyReports {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    history: if i == own { self.view.history.clone() } else { Vec::new() },
                })
                .collect();
            let board = self.view.leaderboard.iter().map(|e| (e.rank, e.name.clone(), e.score)).collect();
            let setup = ReportSetup::for_team(&self.scenario, own, &self.team, board, lang);
            self.report = Some(TeamReport { released: self.view.released, lang, own, companies, setup });
        }
    }

    /// The report as last built ([`RemoteTeam::refresh_report`]).
    pub fn built_report(&self) -> Option<&TeamReport> {
        self.report.as_ref()
    }

    /// Where the team is.
    pub fn phase(&self) -> Phase {
        if self.view.released > self.seen {
            return Phase::Results;
        }
        if self.view.year > self.view.years {
            return Phase::Finished;
        }
        if self.view.submitted.is_some() || self.sending.is_some() {
            return Phase::Submitted;
        }
        if self.view.snapshot.is_none() {
            return Phase::Waiting;
        }
        Phase::Deciding
    }

    fn send(&mut self, call: Call) {
        if self.calls.send(call).is_err() {
            self.trouble = Some(Trouble {
                text: tr("join_failed", self.lang).into(),
                details: "the connection thread ended".into(),
            });
        }
    }

    /// The form changed to `draft`: the pro-forma is asked of the host (field errors are
    /// shown at once, without asking).
    pub fn edit(&mut self, draft: Draft, lang: Locale) {
        let Some(screen) = &mut self.screen else { return };
        screen.set_team_draft(draft.clone(), lang);
        if let Some(dir) = &self.draft_dir
            && let Err(e) = super::team_draft::save(dir, &self.view.workshop, &self.company, screen.year(), &draft)
        {
            // The draft stays on the screen; only a crash would lose it.
            bevy::log::warn!("the team's draft could not be kept: {e:#}");
        }
        match draft.to_decisions(&self.scenario, lang) {
            Err(errors) => screen.set_pro_forma(ProForma::FieldErrors(errors)),
            Ok(decisions) => {
                let forecast = draft.sales_forecast();
                self.send(Call::Preview(Box::new(decisions), forecast, Box::new(draft)));
            }
        }
    }

    /// Submits the screen's draft (a new request id; retried with it until answered).
    pub fn submit(&mut self, lang: Locale) -> Result<(), ProForma> {
        let Some(screen) = &self.screen else { return Ok(()) };
        let decisions = screen.draft().to_decisions(&self.scenario, lang).map_err(ProForma::FieldErrors)?;
        let id = crate::workshop::new_token().unwrap_or_else(|_| format!("s{}", crate::workshop::host::now_ms()));
        self.sending = Some((id.clone(), decisions.clone()));
        self.confirming = false;
        self.send(Call::Submit(id, Box::new(decisions)));
        Ok(())
    }

    /// Takes the submission back.
    pub fn withdraw(&mut self) {
        self.send(Call::Withdraw);
    }

    /// Allows (or takes back) the team's value tree on the projector; the box shows the new
    /// state at once, the host's answer confirms it.
    pub fn set_consent(&mut self, value_tree: bool) {
        self.view.consent = value_tree;
        self.send(Call::Consent(value_tree));
    }

    /// Asks the host for the team's practice file (the workshop is over).
    pub fn ask_practice(&mut self) {
        self.send(Call::Practice);
    }

    /// The results were looked at: on to the next year.
    pub fn next_year(&mut self) {
        self.seen = self.view.released;
        self.screen = None;
    }

    /// Reads the replies that came, asks for the view when it is due; true when anything
    /// changed (the screen is drawn again).
    pub fn poll(&mut self, lang: Locale) -> bool {
        self.lang = lang;
        let mut changed = false;
        while let Ok(reply) = try_next(&self.replies) {
            changed = true;
            match reply {
                Reply::View(result) | Reply::Withdraw(result) => {
                    self.asked = None;
                    match result {
                        Ok(view) => {
                            self.trouble = None;
                            self.view = *view;
                        }
                        Err(e) => self.trouble = Some(Trouble::of(&e, lang)),
                    }
                }
                Reply::Preview(draft, result) => {
                    let Some(screen) = &mut self.screen else { continue };
                    if *screen.draft() != *draft {
                        continue;
                    }
                    match result {
                        Ok(preview) => {
                            let Preview { report, suggested_units, planned_units } = *preview;
                            let planned = PlannedYear { report, suggested_units, planned_units };
                            screen.set_pro_forma(ProForma::Report(Box::new(planned)));
                        }
                        Err(CallError::Refused { body, .. }) if body.error == "invalid_decisions" => {
                            let text = tr("refusal_invalid_decisions", lang).to_string();
                            self.trouble = Some(Trouble { text, details: body.issues.join("\n") });
                        }
                        Err(e) => self.trouble = Some(Trouble::of(&e, lang)),
                    }
                }
                Reply::Practice(result) => match result {
                    Ok(file) => {
                        self.trouble = None;
                        self.practice = Some(file);
                    }
                    Err(e) => self.trouble = Some(Trouble::of(&e, lang)),
                },
                Reply::Submit(id, result) => match result {
                    Ok(()) => {
                        self.trouble = None;
                        if self.sending.as_ref().is_some_and(|(sent, _)| *sent == id) {
                            self.sending = None;
                        }
                        self.ask_view();
                    }
                    Err(e @ CallError::Unreachable { .. }) => self.trouble = Some(Trouble::of(&e, lang)),
                    Err(e) => {
                        // Refused (the deadline passed, the year closed): the draft stays.
                        self.sending = None;
                        self.trouble = Some(Trouble::of(&e, lang));
                    }
                },
            }
        }
        let due = self.last_view.elapsed() >= REFRESH && self.asked.is_none_or(|t| t.elapsed() >= REFRESH * 5);
        if due {
            self.ask_view();
            // An unanswered submission goes again with its id: the host takes it once.
            if let Some((id, decisions)) = self.sending.clone()
                && self.trouble.is_some()
            {
                self.send(Call::Submit(id, Box::new(decisions)));
            }
        }
        if self.phase() == Phase::Deciding && self.screen.as_ref().is_none_or(|s| s.year() != self.view.year) {
            self.open_year(lang);
            changed = true;
        }
        changed
    }

    fn ask_view(&mut self) {
        self.last_view = Instant::now();
        self.asked = Some(Instant::now());
        self.send(Call::View);
    }

    /// The decision screen of the year the view opens, from the host's draft start.
    fn open_year(&mut self, lang: Locale) {
        let (Some(snapshot), Some(start)) = (&self.view.snapshot, &self.view.draft_start) else { return };
        // What was typed before the laptop was closed, else last year's decisions kept.
        let kept = self
            .draft_dir
            .as_deref()
            .and_then(|dir| super::team_draft::load(dir, &self.view.workshop, &self.company, self.view.year));
        let draft = kept.map_or_else(|| Draft::from_decisions(start, lang), |d| d.in_locale(lang));
        let waiting = ProForma::Refused(crate::scenario::Issues::default());
        self.screen = Some(DecideScreen::of_team(snapshot, &self.company, &self.team, draft.clone(), waiting, lang));
        self.edit(draft, lang);
    }
}

/// The report screen's data of a workshop team.
pub struct TeamReport {
    released: u32,
    lang: Locale,
    /// The team's company (scenario index).
    pub own: usize,
    /// Every company in scenario order; only the team's own has reports.
    pub companies: Vec<crate::sim::CompanyReports>,
    /// Players, highlight, the host's ranking.
    pub setup: ReportSetup,
}

/// Registers the join and the team's polling.
pub fn plugin(app: &mut App) {
    app.init_resource::<JoinForm>()
        .init_resource::<crate::ui::hosting::HostForm>()
        .add_systems(OnEnter(Screen::HostSetup), find_resumable)
        .add_systems(Update, (finish_joining, poll_team, crate::ui::observe::poll_observing, open_practice, pace));
}

/// Entering "Workshop leiten": is there a workshop to continue? Looked up once.
fn find_resumable(state: Res<UiState>, mut form: ResMut<crate::ui::hosting::HostForm>) {
    form.resumable = crate::ui::hosting::HostedWorkshop::last_journal(&state.data_dir);
}

/// A join that finished: on to the team's screen, or the reason in the status line.
fn finish_joining(
    joining: Option<Res<Joining>>,
    mut form: ResMut<JoinForm>,
    mut state: ResMut<UiState>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
) {
    let Some(joining) = joining else { return };
    let Some(result) = finish_join(&joining) else { return };
    commands.remove_resource::<Joining>();
    form.joining = false;
    match result {
        Ok(Arrival::Team(mut team)) => {
            team.draft_dir = Some(state.data_dir.join("workshops"));
            commands.insert_resource(*team);
            state.message = None;
            next.set(Screen::Team);
        }
        Ok(Arrival::Observer(observing)) => {
            commands.insert_resource(*observing);
            state.message = None;
            next.set(Screen::Console);
        }
        Err(e) => {
            let key = match &e {
                CallError::Unreachable { .. } => "join_unreachable",
                CallError::Refused { status: 401, .. } => "join_wrong_code",
                CallError::Refused { status: 429, .. } => "join_too_many",
                CallError::WrongProtocol { .. } => "join_wrong_version",
                _ => "join_failed",
            };
            let mut status = Status::error(crate::ui::text::tr(key, state.lang));
            status.details = Some(e.to_string());
            state.message = Some(status);
        }
    }
}

/// The team's replies and view; a frame is drawn when something changed (the tests run
/// without a window, and so without redraw requests).
fn poll_team(
    team: Option<ResMut<RemoteTeam>>,
    state: Res<UiState>,
    redraw: Option<ResMut<Messages<bevy::window::RequestRedraw>>>,
) {
    if let Some(mut team) = team
        && team.poll(state.lang)
        && let Some(mut redraw) = redraw
    {
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// The folder of the data directory practice files are saved in.
pub const PRACTICE_DIR: &str = "Übungen";

/// The host sent the team's practice file: saved among the practices, and opened.
fn open_practice(
    team: Option<ResMut<RemoteTeam>>,
    state: Res<UiState>,
    mut pending: ResMut<crate::ui::PendingCommands>,
) {
    let Some(mut team) = team else { return };
    let Some((name, file)) = team.practice.take() else { return };
    match file.write_into(&state.data_dir.join(PRACTICE_DIR), &name) {
        Ok(path) => {
            let args = [("path", crate::i18n::Arg::from(path.display().to_string()))];
            let saved = crate::ui::text::tr_args("practice_saved", state.lang, &args);
            pending.0.push(crate::ui::screens::UiCommand::Open(path));
            pending.0.push(crate::ui::screens::UiCommand::Notify(saved));
        }
        Err(e) => {
            let text = crate::ui::text::tr("practice_not_saved", state.lang).to_string();
            team.trouble = Some(Trouble { text, details: format!("{e:#}") });
        }
    }
}

/// While joining or playing in a workshop the window wakes four times a second (replies
/// and the team's view come from the network, not from input); elsewhere only on input.
fn pace(screen: Res<State<Screen>>, settings: Option<ResMut<bevy::winit::WinitSettings>>) {
    let Some(mut settings) = settings else { return };
    if !screen.is_changed() {
        return;
    }
    *settings = match screen.get() {
        Screen::Join | Screen::Team | Screen::Console => bevy::winit::WinitSettings {
            focused_mode: bevy::winit::UpdateMode::reactive(Duration::from_millis(250)),
            unfocused_mode: bevy::winit::UpdateMode::reactive(Duration::from_secs(1)),
        },
        _ => bevy::winit::WinitSettings::desktop_app(),
    };
}

/// The next message a worker thread sent, if one is there (a resource's receiver sits behind
/// a mutex so that the resource is `Sync`).
pub(crate) fn try_next<T>(receiver: &Mutex<Receiver<T>>) -> Result<T, TryRecvError> {
    match receiver.lock() {
        Ok(receiver) => receiver.try_recv(),
        Err(_) => Err(TryRecvError::Disconnected),
    }
}

/// A join that finished: the team's side of the workshop, or why not.
pub fn finish_join(joining: &Joining) -> Option<Result<Arrival, CallError>> {
    match try_next(&joining.0) {
        Ok(result) => Some(result.map(|arrived| match arrived {
            Arrived::Team(joined) => Arrival::Team(Box::new(RemoteTeam::new(*joined))),
            Arrived::Observer(client) => Arrival::Observer(Box::new(crate::ui::observe::Observing::start(client))),
        })),
        Err(TryRecvError::Empty) => None,
        Err(TryRecvError::Disconnected) => {
            Some(Err(CallError::Garbled("the join thread ended without an answer".into())))
        }
    }
}
