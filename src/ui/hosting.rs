//! "Workshop leiten": the trainer's window hosts the workshop — the host's server runs on a
//! tokio runtime of its own inside the game, the console reads the room once a second and
//! acts on it as the HTTP API does (decided, journaled, applied).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use bevy::prelude::*;

use crate::model::format::Locale;
use crate::scenario::{DEFAULT_SCENARIO, INTRO_SCENARIO, parse_scenario};
use crate::ui::draft::Draft;
use crate::ui::session::ProForma;
use crate::workshop::host::{Host, TrainerAction, console_of, now_ms};
use crate::workshop::journal::Event;
use crate::workshop::protocol::{ErrorBody, Refusal, TrainerView};

/// The form of "Workshop leiten" as typed.
#[derive(Resource, Debug, Clone, PartialEq, Eq)]
pub struct HostForm {
    /// The workshop's name, shown to the teams.
    pub name: String,
    /// The short introduction rather than the full default scenario.
    pub intro: bool,
    /// The teams' names, one per team (1 to the scenario's companies).
    pub teams: Vec<String>,
    /// The seed as typed.
    pub seed: String,
    /// Reachable from the room's network (else from this laptop only).
    pub lan: bool,
    /// The port as typed.
    pub port: String,
    /// The last workshop's journal, to continue it (looked up when the form is shown).
    pub resumable: Option<PathBuf>,
}

impl Default for HostForm {
    fn default() -> Self {
        HostForm {
            name: "Mehrwert-Workshop".into(),
            intro: false,
            teams: ["Blau", "Rot", "Grün", "Gelb"].map(String::from).to_vec(),
            seed: "1".into(),
            lan: false,
            port: "7878".into(),
            resumable: None,
        }
    }
}

impl HostForm {
    /// The scenario's text and its companies' ids (each embedded scenario read once: the
    /// form asks on every frame how many teams it takes).
    pub fn scenario(&self) -> (&'static str, &'static [String]) {
        static DEFAULT: OnceLock<Vec<String>> = OnceLock::new();
        static INTRO: OnceLock<Vec<String>> = OnceLock::new();
        let (text, ids) = if self.intro { (INTRO_SCENARIO, &INTRO) } else { (DEFAULT_SCENARIO, &DEFAULT) };
        let ids = ids.get_or_init(|| {
            parse_scenario(text, None).map(|s| s.companies.into_iter().map(|c| c.id).collect()).unwrap_or_default()
        });
        (text, ids)
    }
}

/// What the console shows, read from the room once a second.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsoleData {
    /// Teams, year, deadline.
    pub view: TrainerView,
    /// Rank, company name, score after the released years.
    pub leaderboard: Vec<(usize, String, crate::model::Money)>,
    /// The year is over (every year played).
    pub finished: bool,
    /// Each team's name, EVA and score of the last closed year: what an undo takes away.
    pub last_closed: Vec<(String, crate::model::Money, crate::model::Money)>,
    /// The scenario as played (announced events included).
    pub scenario: crate::scenario::Scenario,
    /// Every company's reports of the released years (for the projector).
    pub released: Vec<crate::sim::CompanyReports>,
    /// The public market reports of the released years.
    pub market: Vec<crate::sim::MarketYear>,
}

impl ConsoleData {
    /// The console's data from the host's [`RoomView`](crate::workshop::protocol::RoomView) (an observer's laptop); `None` when
    /// its scenario does not read.
    pub fn of_room(view: crate::workshop::protocol::RoomView) -> Option<ConsoleData> {
        let scenario: crate::scenario::Scenario = crate::scenario::load::parse_ron(&view.scenario, None).ok()?;
        Some(ConsoleData {
            leaderboard: view.leaderboard.into_iter().map(|e| (e.rank, e.name, e.score)).collect(),
            finished: view.finished,
            last_closed: Vec::new(),
            released: view
                .companies
                .into_iter()
                .map(|c| crate::sim::CompanyReports { id: c.id, name: c.name, history: c.history })
                .collect(),
            market: view.market,
            view: view.console,
            scenario,
        })
    }
}

/// What the trainer's window shows: the console, or a page for the projector (public
/// figures of the released years only).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ConsolePage {
    /// The console: teams, deadline, close, release, undo, events.
    #[default]
    Console,
    /// The ranking by score.
    Ranking,
    /// The market report of the last released year.
    Market,
    /// A consenting team's value tree (by company id, `None`: the first who consents).
    ValueTree(Option<String>),
    /// The final ranking and debrief, once the last year is released.
    Final,
    /// The debrief page by page, once the last year is released.
    Debrief,
}

/// Which kind of event the console's form announces.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EventKind {
    /// Demand × factor (one segment or all).
    #[default]
    Demand,
    /// Material cost × factor.
    Material,
    /// Interest rates + delta.
    Interest,
}

/// The console's event form as typed, and the effect it was previewed with.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventForm {
    /// The kind of event.
    pub kind: EventKind,
    /// The segment of a demand event (`None`: every segment).
    pub segment: Option<String>,
    /// The factor (demand, material) or the change of the rates, as typed (`0,8`, `0.01`).
    pub value: String,
    /// The news line.
    pub headline: String,
    /// Each team's EVA without and with the event, for the event as it was previewed.
    pub preview: Option<(crate::scenario::Event, Vec<crate::workshop::room::EventEffectOnTeam>)>,
}

impl EventForm {
    /// The form filled with an event of the scenario's catalogue (its headline as the
    /// scenario writes it, so that each team reads it in its language).
    pub fn fill(&mut self, event: &crate::scenario::CatalogueEvent, lang: Locale) {
        use crate::scenario::EventEffect;
        let (kind, segment, value) = match &event.effect {
            EventEffect::Demand { segment, factor } => (EventKind::Demand, segment.clone(), *factor),
            EventEffect::MaterialPrice { factor } => (EventKind::Material, None, *factor),
            EventEffect::InterestRate { delta } => (EventKind::Interest, None, *delta),
        };
        let value = value.normalize().to_string();
        *self = EventForm {
            kind,
            segment,
            value: if lang == Locale::De { value.replace('.', ",") } else { value },
            headline: event.headline.clone(),
            preview: None,
        };
    }

    /// The event for `year`, or what is wrong with the form.
    pub fn event(&self, year: u32) -> Option<crate::scenario::Event> {
        let value: rust_decimal::Decimal = self.value.trim().replace(',', ".").parse().ok()?;
        let headline = self.headline.trim();
        if headline.is_empty() {
            return None;
        }
        let effect = match self.kind {
            EventKind::Demand => crate::scenario::EventEffect::Demand { segment: self.segment.clone(), factor: value },
            EventKind::Material => crate::scenario::EventEffect::MaterialPrice { factor: value },
            EventKind::Interest => crate::scenario::EventEffect::InterestRate { delta: value },
        };
        Some(crate::scenario::Event { year, headline: headline.to_string(), effect })
    }
}

/// The trainer's correction of a team's submission, being typed into the team's own form.
pub struct Correcting {
    /// The team's company.
    pub company: String,
    /// The team's name.
    pub team: String,
    /// The decision form with the submission and its pro-forma.
    pub screen: crate::ui::decide_screen::DecideScreen,
    /// Who corrects (shown to the team).
    pub by: String,
    /// Why (shown to the team); required.
    pub why: String,
    /// When the submission being corrected was made: a team that resubmits or withdraws
    /// meanwhile makes the booking fail instead of losing its new decisions.
    pub base_at_ms: i64,
}

/// The workshop this window hosts.
#[derive(Resource)]
pub struct HostedWorkshop {
    runtime: tokio::runtime::Runtime,
    host: Arc<Host>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    /// The address teams type: this laptop's on the room's network, or the loopback one.
    pub join_address: String,
    /// The journal's file.
    pub journal: PathBuf,
    /// The last reading of the room.
    pub data: Option<ConsoleData>,
    /// "Undo the last year?" is being asked.
    pub confirming_undo: bool,
    /// The event form.
    pub event: EventForm,
    /// A correction being typed, if any.
    pub correcting: Option<Correcting>,
    /// The page shown.
    pub page: ConsolePage,
    /// The debrief, once its page was shown (kept for saving its files).
    pub debrief: Option<super::debrief::DebriefDeck>,
    /// The years (closed, released) the debrief was made of.
    pub debrief_years: Option<(u32, u32)>,
    read: Option<Instant>,
}

impl HostedWorkshop {
    /// The newest workshop journal in `data_dir/workshops/`, to continue after a crash.
    pub fn last_journal(data_dir: &std::path::Path) -> Option<PathBuf> {
        let entries = std::fs::read_dir(data_dir.join("workshops")).ok()?;
        let journals = entries.filter_map(|e| e.ok().map(|e| e.path()));
        // The names carry the moment they were started: the greatest is the newest.
        journals.filter(|p| p.extension().is_some_and(|e| e == "sqlite")).max()
    }

    /// Continues the workshop journaled at `journal` on the port and network of `form`.
    pub fn resume(journal: &std::path::Path, form: &HostForm) -> anyhow::Result<HostedWorkshop> {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
        let host = runtime.block_on(Host::resume(journal))?;
        HostedWorkshop::serve(runtime, host, journal.to_path_buf(), form)
    }

    /// Starts a workshop of `form`, journaled in `data_dir/workshops/`.
    pub fn start(form: &HostForm, data_dir: &std::path::Path) -> anyhow::Result<HostedWorkshop> {
        let (text, companies) = form.scenario();
        let names: Vec<String> = form.teams.iter().map(|n| n.trim().to_string()).collect();
        anyhow::ensure!(
            !names.is_empty() && names.len() <= companies.len() && names.iter().all(|n| !n.is_empty()),
            "teams: found {} name(s), {} of them empty; allowed: 1 to {} teams, each with a name",
            names.len(),
            names.iter().filter(|n| n.is_empty()).count(),
            companies.len()
        );
        let seed: u64 = form.seed.trim().parse().map_err(|_| {
            anyhow::anyhow!("seed: found {:?}; allowed: a whole number from 0 to {}", form.seed, u64::MAX)
        })?;
        port(&form.port)?;
        let teams: Vec<(String, String)> = names.into_iter().zip(companies.iter().cloned()).collect();
        let created: Event = crate::workshop::create_event(form.name.trim(), text, seed, &teams)?;
        let dir = data_dir.join("workshops");
        std::fs::create_dir_all(&dir)?;
        let journal = dir.join(format!("workshop-{}.sqlite", now_ms()));
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
        let host = runtime.block_on(Host::create(&journal, created))?;
        HostedWorkshop::serve(runtime, host, journal, form)
    }

    /// Serves `host` on the port and network of `form`.
    fn serve(
        runtime: tokio::runtime::Runtime,
        host: Arc<Host>,
        journal: PathBuf,
        form: &HostForm,
    ) -> anyhow::Result<HostedWorkshop> {
        let port = port(&form.port)?;
        let ip = if form.lan { [0, 0, 0, 0] } else { [127, 0, 0, 1] };
        let listener = runtime.block_on(async {
            tokio::net::TcpListener::bind(SocketAddr::from((ip, port)))
                .await
                .map_err(|e| anyhow::anyhow!("port {port} cannot be used ({e}): another program uses it"))
        })?;
        let listening = listener.local_addr()?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        runtime.spawn(crate::workshop::host::serve(listener, host.clone(), async {
            let _ = stopped.await;
        }));
        let join_address = match (form.lan, crate::workshop::lan_address()) {
            (true, Some(ip)) => format!("{ip}:{}", listening.port()),
            _ => format!("127.0.0.1:{}", listening.port()),
        };
        Ok(HostedWorkshop {
            runtime,
            host,
            stop: Some(stop),
            join_address,
            journal,
            data: None,
            confirming_undo: false,
            event: EventForm::default(),
            correcting: None,
            page: ConsolePage::Console,
            debrief: None,
            debrief_years: None,
            read: None,
        })
    }

    /// Reads the room when the last reading is a second old; true when it was read.
    pub fn refresh(&mut self) -> bool {
        if self.read.is_some_and(|t| t.elapsed() < Duration::from_secs(1)) {
            return false;
        }
        self.read = Some(Instant::now());
        let room = self.host.room().blocking_lock();
        let data = ConsoleData {
            view: console_of(&room, now_ms()),
            leaderboard: room.leaderboard().into_iter().map(|e| (e.rank, e.name, e.score)).collect(),
            finished: room.is_finished(),
            last_closed: room
                .seats()
                .iter()
                .filter_map(|seat| {
                    room.last_closed_report(&seat.company).map(|r| (seat.name.clone(), r.eva.eva, r.score))
                })
                .collect(),
            scenario: room.scenario().clone(),
            released: room.released_reports(),
            market: room.released_market(),
        };
        drop(room);
        self.data = Some(data);
        true
    }

    /// Each team's EVA without and with `event` (nothing changes); the refusal's message.
    pub fn event_effect(&mut self, event: &crate::scenario::Event) -> Result<(), ErrorBody> {
        let effects = self.runtime.block_on(self.host.event_effect(event)).map_err(|r| r.body())?;
        self.event.preview = Some((event.clone(), effects));
        Ok(())
    }

    /// Writes every team's practice file into `dir/<workshop>/`; how many and where, or the
    /// refusal's message (the workshop is not over).
    pub fn save_practice(&self, dir: &std::path::Path) -> Result<(usize, PathBuf), ErrorBody> {
        let room = self.host.room().blocking_lock();
        let dir = dir.join(crate::files::name_part(room.name()));
        let mut written = 0;
        for seat in room.seats() {
            let (name, file) = room.practice_file(&seat.company).map_err(|r| r.body())?;
            file.write_into(&dir, &name).map_err(|e| Refusal::Internal(format!("{e:#}")).body())?;
            written += 1;
        }
        Ok((written, dir))
    }

    /// Opens `company`'s submission of the year being decided in its decision form, to be
    /// corrected; the refusal's message when it has none.
    pub fn start_correction(&mut self, company: &str, lang: Locale) -> Result<(), String> {
        let room = self.host.room().blocking_lock();
        let seat = room.seat(company).ok_or_else(|| crate::ui::text::tr("refusal_not_found", lang).to_string())?;
        let submission = room
            .submission(company)
            .ok_or_else(|| crate::ui::text::tr("refusal_nothing_submitted", lang).to_string())?;
        let snapshot = room.start_of_year(company);
        let draft = Draft::from_decisions(&submission.decisions, lang);
        let base_at_ms = submission.at_ms;
        let team = seat.name.clone();
        drop(room);
        let mut screen = crate::ui::decide_screen::DecideScreen::of_team(
            &snapshot,
            company,
            &team,
            draft.clone(),
            ProForma::Refused(crate::scenario::Issues::default()),
            lang,
        );
        screen.submit_texts = ("console_book_correction", "console_correction_hint");
        screen.peek = false;
        self.correcting = Some(Correcting {
            company: company.to_string(),
            team,
            screen,
            by: "Trainer".into(),
            why: String::new(),
            base_at_ms,
        });
        self.edit_correction(draft, lang);
        Ok(())
    }

    /// The correction's form changed to `draft`: its pro-forma, computed here (the host is
    /// this window).
    pub fn edit_correction(&mut self, draft: Draft, lang: Locale) {
        let Some(correcting) = self.correcting.as_mut() else { return };
        correcting.screen.set_team_draft(draft.clone(), lang);
        let scenario = self.host.room().blocking_lock().scenario().clone();
        let pro_forma = match draft.to_decisions(&scenario, lang) {
            Err(errors) => ProForma::FieldErrors(errors),
            Ok(decisions) => {
                let planned =
                    self.host.room().blocking_lock().preview(&correcting.company, &decisions, &draft.sales_forecast());
                match planned {
                    Ok(planned) => ProForma::Report(Box::new(planned)),
                    Err(Refusal::Invalid(issues)) => ProForma::Refused(issues),
                    Err(refusal) => ProForma::Refused(crate::scenario::Issues(vec![crate::scenario::Issue::error(
                        crate::scenario::Code::Preview,
                        "",
                        refusal.body().message,
                        crate::scenario::Phrase::words("ph_working_simulation"),
                    )])),
                }
            }
        };
        correcting.screen.set_pro_forma(pro_forma);
    }

    /// Books the correction being typed; the refusal's message (no reason given, a field
    /// that does not read, the year closed meanwhile) when it is not booked.
    pub fn book_correction(&mut self, lang: Locale) -> Result<(), String> {
        let Some(correcting) = self.correcting.as_ref() else { return Ok(()) };
        if correcting.why.trim().is_empty() {
            return Err(crate::ui::text::tr("console_correction_why_missing", lang).to_string());
        }
        if correcting.by.trim().is_empty() {
            return Err(crate::ui::text::tr("console_correction_by_missing", lang).to_string());
        }
        let scenario = self.host.room().blocking_lock().scenario().clone();
        let decisions = correcting
            .screen
            .draft()
            .to_decisions(&scenario, lang)
            .map_err(|_| crate::ui::text::tr("submit_refused", lang).to_string())?;
        self.act(TrainerAction::Correct {
            company: correcting.company.clone(),
            by: correcting.by.clone(),
            why: correcting.why.trim().to_string(),
            decisions: Box::new(decisions),
            base_at_ms: Some(correcting.base_at_ms),
        })
        .map_err(|body| crate::ui::remote::refusal_text(&body, lang))?;
        self.correcting = None;
        Ok(())
    }

    /// Carries out a trainer's action; the refusal's message when the room says no.
    pub fn act(&mut self, action: TrainerAction) -> Result<(), ErrorBody> {
        let result = self.runtime.block_on(self.host.act(action));
        self.read = None;
        self.refresh();
        result.map(|_| ()).map_err(|refusal: Refusal| refusal.body())
    }
}

impl Drop for HostedWorkshop {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// The port as typed: 0 (any free one) to 65535.
fn port(text: &str) -> anyhow::Result<u16> {
    text.trim()
        .parse()
        .map_err(|_| anyhow::anyhow!("port: found {text:?}; allowed: a whole number from 0 (any free port) to 65535"))
}
