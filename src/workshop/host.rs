//! The workshop host: an axum server over the room. Every request is decided against the
//! room, journaled (on disk before the answer) and applied, one at a time; the routes,
//! their JSON and their refusals are in docs/workshop-protocol.md.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::sync::Mutex;

use super::journal::{Event, Journal};
use super::protocol::*;
use super::room::{DeadlineChange, Room};

/// The host: the room behind a lock and its journal.
pub struct Host {
    room: Mutex<Room>,
    journal: Journal,
    /// When wrong join codes were tried lately: guessing codes is slowed to a crawl.
    wrong_codes: std::sync::Mutex<std::collections::VecDeque<std::time::Instant>>,
}

/// At most this many wrong join codes a minute, from the whole room: a team that mistypes
/// its code tries again at once, someone guessing the 80 000 codes waits for days.
const WRONG_CODES_PER_MINUTE: usize = 20;

/// What the trainer's console in the host's own window can do.
#[derive(Clone, Debug, PartialEq)]
pub enum TrainerAction {
    /// Close the year; missing teams as given.
    Close(super::journal::Missing),
    /// Release the closed years' results.
    Release,
    /// End the workshop after its last year (no undo after; practice files handed out).
    End,
    /// Undo the last closed year.
    Undo,
    /// Change the deadline.
    Deadline(DeadlineChange),
    /// Announce an event for the year being decided.
    Inject(crate::scenario::Event),
    /// Hand a team to the computer, or back.
    Pilot {
        /// The team's company.
        company: String,
        /// True: the computer decides.
        computer: bool,
    },
    /// Correct a team's submission of the year being decided, with who and why.
    Correct {
        /// The team's company.
        company: String,
        /// The trainer's name for themself.
        by: String,
        /// The reason, shown to the team.
        why: String,
        /// The decisions as corrected.
        decisions: Box<crate::scenario::Decisions>,
        /// When the submission being corrected was made (see [`CorrectRequest::base_at_ms`]).
        base_at_ms: Option<i64>,
    },
}

/// Unix time in milliseconds.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

impl Host {
    /// A new workshop journaled at `path` (which must not hold one yet).
    pub async fn create(path: &Path, created: Event) -> anyhow::Result<Arc<Host>> {
        let journal = Journal::open(path).await?;
        if !journal.entries().await?.is_empty() {
            anyhow::bail!(
                "{} already holds a workshop: resume it with --resume, or name another file with --journal",
                path.display()
            );
        }
        let room = Room::create(&created)?;
        journal.append(now_ms(), &created).await?;
        Ok(Arc::new(Host::around(room, journal)))
    }

    /// The workshop journaled at `path`, replayed to where it was.
    pub async fn resume(path: &Path) -> anyhow::Result<Arc<Host>> {
        anyhow::ensure!(path.exists(), "{}: no workshop journal there", path.display());
        let journal = Journal::open(path).await?;
        let entries = journal.entries().await?;
        let first = entries.first().ok_or_else(|| anyhow::anyhow!("{}: the journal is empty", path.display()))?;
        let mut room = Room::create(&first.event)?;
        for entry in &entries[1..] {
            room.apply(&entry.event, entry.at_ms)
                .map_err(|e| anyhow::anyhow!("{}: entry {} cannot be replayed: {e}", path.display(), entry.seq))?;
        }
        Ok(Arc::new(Host::around(room, journal)))
    }

    fn around(room: Room, journal: Journal) -> Host {
        Host { room: Mutex::new(room), journal, wrong_codes: std::sync::Mutex::default() }
    }

    /// Refuses a join while too many wrong codes came in the last minute; `wrong` counts one.
    fn guard_codes(&self, wrong: bool) -> Result<(), Refusal> {
        let Ok(mut recent) = self.wrong_codes.lock() else { return Ok(()) };
        let minute = std::time::Duration::from_secs(60);
        while recent.front().is_some_and(|t| t.elapsed() > minute) {
            recent.pop_front();
        }
        if recent.len() >= WRONG_CODES_PER_MINUTE {
            return Err(Refusal::TooMany("too many wrong join codes in the last minute: wait a minute".into()));
        }
        if wrong {
            recent.push_back(std::time::Instant::now());
        }
        Ok(())
    }

    /// The room, for the trainer's console in the same process.
    pub fn room(&self) -> &Mutex<Room> {
        &self.room
    }

    /// Journals `event` and applies it: the answer comes only after both.
    async fn commit(&self, room: &mut Room, event: Event) -> Result<i64, Refusal> {
        let at = now_ms();
        self.journal
            .append(at, &event)
            .await
            .map_err(|e| Refusal::Internal(format!("the journal could not be written, nothing changed: {e}")))?;
        room.apply(&event, at).map_err(|e| Refusal::Internal(format!("the event could not be applied: {e}")))?;
        Ok(at)
    }

    /// A trainer's action from the console in the same process: decided, journaled and
    /// applied like the same request over HTTP; answers with the console's view.
    pub async fn act(&self, action: TrainerAction) -> Result<TrainerView, Refusal> {
        let mut room = self.room.lock().await;
        let now = now_ms();
        let event = match &action {
            TrainerAction::Close(missing) => room.decide_close(*missing)?,
            TrainerAction::Release => room.decide_release()?,
            TrainerAction::End => room.decide_end()?,
            TrainerAction::Undo => room.decide_undo()?,
            TrainerAction::Deadline(change) => room.decide_deadline(*change, now)?,
            TrainerAction::Pilot { company, computer } => room.decide_pilot(company, *computer)?,
            TrainerAction::Inject(event) => room.decide_inject(event)?,
            TrainerAction::Correct { company, by, why, decisions, base_at_ms } => {
                room.decide_correct(company, &label(by, "by")?, why, decisions, *base_at_ms)?
            }
        };
        self.commit(&mut room, event).await?;
        Ok(console_of(&room, now_ms()))
    }

    /// What `event` would do to each team's EVA this year (nothing changes).
    pub async fn event_effect(
        &self,
        event: &crate::scenario::Event,
    ) -> Result<Vec<super::room::EventEffectOnTeam>, Refusal> {
        self.room.lock().await.event_effect(event)
    }

    /// Closes the journal (for a clean stop).
    pub async fn close(&self) {
        self.journal.close().await;
    }
}

/// The routes of the protocol over `host`.
pub fn router(host: Arc<Host>) -> Router {
    Router::new()
        .route("/api/hello", get(hello))
        .route("/api/v1/join", post(join))
        .route("/api/v1/scenario", get(scenario))
        .route("/api/v1/teams/{company}", get(team_view))
        .route("/api/v1/teams/{company}/preview", post(preview))
        .route("/api/v1/teams/{company}/submit", post(submit))
        .route("/api/v1/teams/{company}/withdraw", post(withdraw))
        .route("/api/v1/teams/{company}/practice", get(practice))
        .route("/api/v1/teams/{company}/consent", post(consent))
        .route("/api/v1/trainer", get(trainer_view))
        .route("/api/v1/trainer/room", get(room_view))
        .route("/api/v1/trainer/close", post(close))
        .route("/api/v1/trainer/deadline", post(deadline))
        .route("/api/v1/trainer/correct", post(correct))
        .route("/api/v1/trainer/pilot", post(pilot))
        .route("/api/v1/trainer/undo", post(undo))
        .route("/api/v1/trainer/release", post(release))
        .route("/api/v1/trainer/end", post(end))
        .route("/api/v1/trainer/event", post(inject))
        .route("/api/v1/trainer/event/preview", post(event_preview))
        .fallback(|| async {
            answer::<()>(Err(Refusal::NotFound("no such route (see docs/workshop-protocol.md)".into())))
        })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(host)
}

/// Serves `host` on `listener` until `stop` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    host: Arc<Host>,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(host).into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(stop)
        .await
}

/// A JSON answer, or the refusal's status and body.
fn answer<T: Serialize>(result: Result<T, Refusal>) -> Response {
    match result {
        Ok(value) => (StatusCode::OK, axum::Json(value)).into_response(),
        Err(refusal) => {
            let status = StatusCode::from_u16(refusal.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, axum::Json(refusal.body())).into_response()
        }
    }
}

/// A refusal of a client that speaks another protocol version.
fn protocol(headers: &HeaderMap) -> Result<(), Refusal> {
    match headers.get(PROTOCOL_HEADER).map(|v| v.to_str().unwrap_or("?")) {
        None => Ok(()),
        Some(v) if v == PROTOCOL_VERSION.to_string() => Ok(()),
        Some(v) => Err(Refusal::BadRequest(format!(
            "this host speaks workshop protocol {PROTOCOL_VERSION}, the client {v}: use the same Mehrwert version on both"
        ))),
    }
}

/// The body as `T`, with a clear refusal for a body that is too large or not that JSON.
fn body<T: DeserializeOwned>(bytes: Result<Bytes, BytesRejection>) -> Result<T, Refusal> {
    let bytes = bytes.map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => Refusal::TooLarge(format!("the body is over {MAX_BODY_BYTES} bytes")),
        _ => Refusal::BadRequest(format!("the body cannot be read: {e}")),
    })?;
    serde_json::from_slice(&bytes).map_err(|e| Refusal::BadRequest(format!("the body is not the JSON expected: {e}")))
}

/// Who the bearer token belongs to.
fn caller(headers: &HeaderMap, room: &Room) -> Result<TeamRef, Refusal> {
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or_else(|| Refusal::Unauthorized("no token: join with the team's code first".into()))?;
    room.who(token.trim()).ok_or_else(|| Refusal::Unauthorized("this token belongs to no team of this workshop".into()))
}

/// The caller may act for `company` (its own team); `read` lets the trainer look too.
fn own(headers: &HeaderMap, room: &Room, company: &str, read: bool) -> Result<(), Refusal> {
    match caller(headers, room)? {
        TeamRef::Team(team) if team == company => Ok(()),
        TeamRef::Trainer if read => {
            room.seat(company).map(|_| ()).ok_or_else(|| Refusal::NotFound(format!("no team runs company {company:?}")))
        }
        TeamRef::Trainer => {
            Err(Refusal::Forbidden("the trainer corrects a team's decisions with /trainer/correct".into()))
        }
        TeamRef::Team(_) => Err(Refusal::Forbidden("this is another team's company".into())),
        TeamRef::Observer => Err(Refusal::Forbidden("an observer reads the console only".into())),
    }
}

/// The caller is the trainer.
fn trainer(headers: &HeaderMap, room: &Room) -> Result<(), Refusal> {
    match caller(headers, room)? {
        TeamRef::Trainer => Ok(()),
        TeamRef::Team(_) | TeamRef::Observer => Err(Refusal::Forbidden("only the trainer may do this".into())),
    }
}

/// The caller is the trainer or an observer (reading the console); true for the trainer.
fn console_reader(headers: &HeaderMap, room: &Room) -> Result<bool, Refusal> {
    match caller(headers, room)? {
        TeamRef::Trainer => Ok(true),
        TeamRef::Observer => Ok(false),
        TeamRef::Team(_) => Err(Refusal::Forbidden("only the trainer and observers read the console".into())),
    }
}

/// A short, non-empty name from a client (device, trainer) for the console.
fn label(text: &str, what: &str) -> Result<String, Refusal> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 64 {
        return Err(Refusal::BadRequest(format!("`{what}` must be 1 to 64 characters")));
    }
    Ok(text.to_string())
}

async fn hello(State(host): State<Arc<Host>>) -> Response {
    let room = host.room.lock().await;
    answer(Ok(Hello {
        protocol: PROTOCOL_VERSION,
        version: env!("CARGO_PKG_VERSION").to_string(),
        workshop: room.name().to_string(),
        scenario: room.scenario().name.clone(),
        teams: room.seats().iter().map(|s| s.name.clone()).collect(),
    }))
}

async fn join(State(host): State<Arc<Host>>, headers: HeaderMap, bytes: Result<Bytes, BytesRejection>) -> Response {
    let result = async {
        protocol(&headers)?;
        let request: JoinRequest = body(bytes)?;
        let device = label(&request.device, "device")?;
        host.guard_codes(false)?;
        let mut room = host.room.lock().await;
        // The observer's token typed as the code: a co-trainer's or the projector's laptop.
        if request.code.trim() == room.observer_token() {
            let token = room.observer_token().to_string();
            return Ok(Joined { token, team: String::new(), company: String::new(), observer: true });
        }
        let event = room.decide_join(&request.code, &device).inspect_err(|_| {
            let _ = host.guard_codes(true);
        })?;
        let seat =
            room.seat_by_code(&request.code).cloned().ok_or_else(|| Refusal::Internal("the seat vanished".into()))?;
        host.commit(&mut room, event).await?;
        Ok(Joined { token: seat.token, team: seat.name, company: seat.company, observer: false })
    };
    answer(result.await)
}

async fn scenario(State(host): State<Arc<Host>>, headers: HeaderMap) -> Response {
    let result = async {
        protocol(&headers)?;
        let room = host.room.lock().await;
        caller(&headers, &room)?;
        Ok(ScenarioText { ron: room.scenario_text().to_string() })
    };
    answer(result.await)
}

async fn team_view(State(host): State<Arc<Host>>, UrlPath(company): UrlPath<String>, headers: HeaderMap) -> Response {
    let result = async {
        protocol(&headers)?;
        let room = host.room.lock().await;
        own(&headers, &room, &company, true)?;
        Ok(view_of(&room, &company, super::host::now_ms()))
    };
    answer(result.await)
}

async fn practice(State(host): State<Arc<Host>>, UrlPath(company): UrlPath<String>, headers: HeaderMap) -> Response {
    let result = async {
        protocol(&headers)?;
        let room = host.room.lock().await;
        own(&headers, &room, &company, true)?;
        let (file_name, file) = room.practice_file(&company)?;
        let ron =
            file.to_ron().map_err(|e| Refusal::Internal(format!("the practice file could not be written: {e}")))?;
        Ok(PracticeText { file_name, ron })
    };
    answer(result.await)
}

/// What `company`'s team sees at `now_ms`.
pub fn view_of(room: &Room, company: &str, now_ms: i64) -> TeamView {
    let seat = room.seat(company);
    let deadline = room.deadline();
    TeamView {
        workshop: room.name().to_string(),
        team: seat.map(|s| s.name.clone()).unwrap_or_default(),
        company: company.to_string(),
        year: room.playing_year(),
        years: room.scenario().years,
        deadline_left_ms: deadline.left_ms(now_ms),
        deadline_paused: deadline.paused_left_ms.is_some(),
        submitted: room.submission(company).map(|s| SubmissionView {
            at_ms: s.at_ms,
            device: s.device.clone(),
            decisions: s.decisions.clone(),
            corrected_because: s.correction.as_ref().map(|c| c.why.clone()),
            corrected_by: s.correction.as_ref().map(|c| c.by.clone()),
        }),
        draft_start: if room.is_finished() { None } else { room.last_decisions(company) },
        released: room.released(),
        history: room.released_history(company),
        market: room.released_market(),
        leaderboard: room.leaderboard(),
        snapshot: room.team_snapshot(company),
        corrections: room
            .closed()
            .iter()
            .take(room.released() as usize)
            .filter_map(|closed| match closed.inputs.get(company) {
                Some(super::room::Input::Submitted { submission }) => submission
                    .correction
                    .as_ref()
                    .map(|c| CorrectionNote { year: closed.year, by: c.by.clone(), why: c.why.clone() }),
                _ => None,
            })
            .collect(),
        consent: room.consents(company),
        ended: room.is_ended(),
    }
}

/// How each team took part in each closed year, in seat order.
fn participation(room: &Room) -> Vec<YearParticipation> {
    use crate::workshop::room::Input;
    room.closed()
        .iter()
        .map(|closed| YearParticipation {
            year: closed.year,
            teams: room
                .seats()
                .iter()
                .filter_map(|seat| {
                    let how = match closed.inputs.get(&seat.company)? {
                        Input::Submitted { submission } => Participation::Submitted {
                            at_ms: submission.at_ms,
                            revisions: submission.revisions,
                            corrected: submission.correction.is_some(),
                        },
                        Input::Kept { .. } => Participation::Kept,
                        Input::Computer => Participation::Computer,
                    };
                    Some((seat.company.clone(), how))
                })
                .collect(),
        })
        .collect()
}

async fn preview(
    State(host): State<Arc<Host>>,
    UrlPath(company): UrlPath<String>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Response {
    let result = async {
        protocol(&headers)?;
        let request: PreviewRequest = body(bytes)?;
        let mut room = host.room.lock().await;
        own(&headers, &room, &company, false)?;
        let planned = room.preview(&company, &request.decisions, &request.forecast)?;
        Ok(Preview {
            report: planned.report,
            suggested_units: planned.suggested_units,
            planned_units: planned.planned_units,
        })
    };
    answer(result.await)
}

/// A request id: 1–64 letters, digits, `-` or `_`.
fn request_id(id: &str) -> Result<(), Refusal> {
    let valid = (1..=64).contains(&id.len()) && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if valid {
        Ok(())
    } else {
        Err(Refusal::BadRequest("`request_id` must be 1 to 64 letters, digits, `-` or `_`".into()))
    }
}

async fn submit(
    State(host): State<Arc<Host>>,
    UrlPath(company): UrlPath<String>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Response {
    let result = async {
        protocol(&headers)?;
        let request: SubmitRequest = body(bytes)?;
        request_id(&request.request_id)?;
        let device = label(&request.device, "device")?;
        let mut room = host.room.lock().await;
        own(&headers, &room, &company, false)?;
        let year = room.playing_year();
        match room.decide_submit(&company, &request.request_id, &device, &request.decisions, now_ms())? {
            None => {
                let at_ms = room.submission(&company).map_or(0, |s| s.at_ms);
                Ok(Submitted { year, at_ms, repeated: true })
            }
            Some(event) => {
                let at_ms = host.commit(&mut room, event).await?;
                Ok(Submitted { year, at_ms, repeated: false })
            }
        }
    };
    answer(result.await)
}

async fn withdraw(
    State(host): State<Arc<Host>>,
    UrlPath(company): UrlPath<String>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Response {
    let result = async {
        protocol(&headers)?;
        let request: WithdrawRequest = body(bytes)?;
        let device = label(&request.device, "device")?;
        let mut room = host.room.lock().await;
        own(&headers, &room, &company, false)?;
        let event = room.decide_withdraw(&company, &device, now_ms())?;
        host.commit(&mut room, event).await?;
        Ok(view_of(&room, &company, now_ms()))
    };
    answer(result.await)
}

async fn consent(
    State(host): State<Arc<Host>>,
    UrlPath(company): UrlPath<String>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Response {
    let result = async {
        protocol(&headers)?;
        let request: ConsentRequest = body(bytes)?;
        let mut room = host.room.lock().await;
        own(&headers, &room, &company, false)?;
        if room.consents(&company) != request.value_tree {
            let event = room.decide_consent(&company, request.value_tree)?;
            host.commit(&mut room, event).await?;
        }
        Ok(view_of(&room, &company, now_ms()))
    };
    answer(result.await)
}

async fn room_view(State(host): State<Arc<Host>>, headers: HeaderMap) -> Response {
    let result = async {
        protocol(&headers)?;
        let room = host.room.lock().await;
        let trainer = console_reader(&headers, &room)?;
        Ok(room_of(&room, now_ms(), !trainer))
    };
    answer(result.await)
}

/// An observer's console: the teams' join codes stay with the trainer (an observer's laptop
/// may stand at the projector).
fn without_codes(mut view: TrainerView) -> TrainerView {
    for team in &mut view.teams {
        team.code.clear();
    }
    view.participation.clear();
    view
}

/// The console and the projector's figures at `now_ms` ([`RoomView`]). For an `observer`
/// no join codes, and until the last year every team's reports only with its consent (the
/// final standings then show every company).
pub fn room_of(room: &Room, now_ms: i64, observer: bool) -> RoomView {
    let console = console_of(room, now_ms);
    let shown = |company: &str| !observer || room.is_finished() || room.consents(company);
    RoomView {
        console: if observer { without_codes(console) } else { console },
        scenario: ron::ser::to_string(room.scenario()).unwrap_or_default(),
        leaderboard: room.leaderboard(),
        market: room.released_market(),
        companies: room
            .released_reports()
            .into_iter()
            .map(|c| {
                let history = if shown(&c.id) { c.history } else { Vec::new() };
                CompanyHistory { id: c.id, name: c.name, history }
            })
            .collect(),
        finished: room.is_finished(),
    }
}

async fn trainer_view(State(host): State<Arc<Host>>, headers: HeaderMap) -> Response {
    let result = async {
        protocol(&headers)?;
        let room = host.room.lock().await;
        let trainer = console_reader(&headers, &room)?;
        let console = console_of(&room, now_ms());
        Ok(if trainer { console } else { without_codes(console) })
    };
    answer(result.await)
}

/// What the trainer's console shows at `now_ms`.
pub fn console_of(room: &Room, now_ms: i64) -> TrainerView {
    let deadline = room.deadline();
    TrainerView {
        workshop: room.name().to_string(),
        year: room.playing_year(),
        years: room.scenario().years,
        deadline_left_ms: deadline.left_ms(now_ms),
        deadline_paused: deadline.paused_left_ms.is_some(),
        closed: room.closed().len() as u32,
        released: room.released(),
        teams: room
            .seats()
            .iter()
            .map(|seat| {
                let submission = room.submission(&seat.company);
                let device = room.device(&seat.company);
                TeamStatus {
                    name: seat.name.clone(),
                    company: seat.company.clone(),
                    code: seat.code.clone(),
                    device: device.map(|d| d.name.clone()),
                    takeovers: device.map_or(0, |d| d.takeovers),
                    submitted_ms: submission.map(|s| s.at_ms),
                    submitted_by: submission.map(|s| s.device.clone()),
                    revisions: submission.map_or(0, |s| s.revisions),
                    corrected: submission.is_some_and(|s| s.correction.is_some()),
                    computer: room.is_computer(&seat.company),
                    consent: room.consents(&seat.company),
                }
            })
            .collect(),
        ended: room.is_ended(),
        seed: room.seed(),
        participation: participation(room),
    }
}

/// Runs one trainer action: decide, journal, apply; answers with the console.
async fn trainer_action(
    host: &Host,
    headers: &HeaderMap,
    decide: impl FnOnce(&Room, i64) -> Result<Event, Refusal>,
) -> Result<TrainerView, Refusal> {
    protocol(headers)?;
    let mut room = host.room.lock().await;
    trainer(headers, &room)?;
    let event = decide(&room, now_ms())?;
    host.commit(&mut room, event).await?;
    Ok(console_of(&room, now_ms()))
}

async fn close(State(host): State<Arc<Host>>, headers: HeaderMap, bytes: Result<Bytes, BytesRejection>) -> Response {
    let request: Result<CloseRequest, _> = body(bytes);
    let result = match request {
        Ok(request) => trainer_action(&host, &headers, |room, _| room.decide_close(request.missing)).await,
        Err(refusal) => Err(refusal),
    };
    answer(result)
}

async fn deadline(State(host): State<Arc<Host>>, headers: HeaderMap, bytes: Result<Bytes, BytesRejection>) -> Response {
    let result = match body::<DeadlineRequest>(bytes) {
        Ok(request) => {
            let change = match request {
                DeadlineRequest::Set { seconds } => DeadlineChange::Set(seconds),
                DeadlineRequest::Extend { seconds } => DeadlineChange::Extend(seconds),
                DeadlineRequest::Pause => DeadlineChange::Pause,
                DeadlineRequest::Resume => DeadlineChange::Resume,
                DeadlineRequest::Clear => DeadlineChange::Clear,
            };
            trainer_action(&host, &headers, |room, now| room.decide_deadline(change, now)).await
        }
        Err(refusal) => Err(refusal),
    };
    answer(result)
}

async fn correct(State(host): State<Arc<Host>>, headers: HeaderMap, bytes: Result<Bytes, BytesRejection>) -> Response {
    let result = match body::<CorrectRequest>(bytes).and_then(|r| label(&r.by, "by").map(|by| (by, r))) {
        Ok((by, r)) => {
            trainer_action(&host, &headers, |room, _| {
                room.decide_correct(&r.company, &by, &r.why, &r.decisions, r.base_at_ms)
            })
            .await
        }
        Err(refusal) => Err(refusal),
    };
    answer(result)
}

async fn pilot(State(host): State<Arc<Host>>, headers: HeaderMap, bytes: Result<Bytes, BytesRejection>) -> Response {
    let result = match body::<PilotRequest>(bytes) {
        Ok(r) => trainer_action(&host, &headers, |room, _| room.decide_pilot(&r.company, r.computer)).await,
        Err(refusal) => Err(refusal),
    };
    answer(result)
}

async fn inject(State(host): State<Arc<Host>>, headers: HeaderMap, bytes: Result<Bytes, BytesRejection>) -> Response {
    let result = match body::<EventRequest>(bytes) {
        Ok(r) => trainer_action(&host, &headers, |room, _| room.decide_inject(&r.event)).await,
        Err(refusal) => Err(refusal),
    };
    answer(result)
}

async fn event_preview(
    State(host): State<Arc<Host>>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Response {
    let result = async {
        protocol(&headers)?;
        let request: EventRequest = body(bytes)?;
        let mut room = host.room.lock().await;
        trainer(&headers, &room)?;
        room.event_effect(&request.event)
    };
    answer(result.await)
}

async fn undo(State(host): State<Arc<Host>>, headers: HeaderMap) -> Response {
    answer(trainer_action(&host, &headers, |room, _| room.decide_undo()).await)
}

async fn release(State(host): State<Arc<Host>>, headers: HeaderMap) -> Response {
    answer(trainer_action(&host, &headers, |room, _| room.decide_release()).await)
}

async fn end(State(host): State<Arc<Host>>, headers: HeaderMap) -> Response {
    answer(trainer_action(&host, &headers, |room, _| room.decide_end()).await)
}
