//! `mehrwert serve`'s HTTP server: the quiz as JSON for the game (`/api/quiz/v1/…`) and as
//! server-rendered pages for phones (`/quiz/…`, in [`super::pages`]). Participants hold a
//! token (bearer header or cookie) from their invitation code; trainers hold their own and
//! see only their programmes. Every refusal is a 4xx with a sentence saying why.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::analytics;
use super::bank::Bank;
use super::play::{PlayError, Refusal, programme_bank};
use super::store::{Participant, Programme, Store, Trainer, now_ms};

/// The largest request body: a trainer's question file or a team's practice file fits.
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// At most this many wrong invitation codes a minute: a participant who mistypes tries
/// again at once; someone guessing codes waits.
const WRONG_CODES_PER_MINUTE: usize = 30;

/// From all addresses together: someone with many addresses still waits for months.
const WRONG_CODES_PER_MINUTE_ALL: usize = 300;

/// The server's state: the store, the shipped bank and each programme's bank.
pub struct Quiz {
    /// The database.
    pub store: Store,
    shipped: Bank,
    banks: std::sync::Mutex<HashMap<String, Arc<Bank>>>,
    wrong_codes: std::sync::Mutex<Vec<(Option<std::net::IpAddr>, std::time::Instant)>>,
}

/// A refusal as the client sees it: status and sentence.
#[derive(Debug)]
pub struct Failure {
    /// The HTTP status (4xx; 500 when the database failed).
    pub status: StatusCode,
    /// What went wrong, in one sentence.
    pub message: String,
}

impl Failure {
    /// A failure with `status`.
    pub fn new(status: StatusCode, message: impl Into<String>) -> Failure {
        Failure { status, message: message.into() }
    }
}

impl From<PlayError> for Failure {
    fn from(e: PlayError) -> Failure {
        match e {
            PlayError::Refused(Refusal::NotFound) => Failure::new(StatusCode::NOT_FOUND, "not found"),
            PlayError::Refused(Refusal::NotYourMove(why)) => Failure::new(StatusCode::CONFLICT, why),
            PlayError::Refused(Refusal::Invalid(why)) => Failure::new(StatusCode::UNPROCESSABLE_ENTITY, why),
            PlayError::Store(e) => Failure::new(StatusCode::INTERNAL_SERVER_ERROR, format!("the database failed: {e}")),
        }
    }
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Failure {
        Failure::new(StatusCode::INTERNAL_SERVER_ERROR, format!("the database failed: {e}"))
    }
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        (self.status, axum::Json(ErrorBody { error: &self.message })).into_response()
    }
}

/// A JSON answer or a failure.
pub type Answer<T> = Result<axum::Json<T>, Failure>;

impl Quiz {
    /// The server over `store`.
    pub fn new(store: Store) -> Arc<Quiz> {
        Arc::new(Quiz {
            store,
            shipped: Bank::shipped(),
            banks: std::sync::Mutex::default(),
            wrong_codes: std::sync::Mutex::default(),
        })
    }

    /// The bank of `programme`: shipped questions and the programme's own, cached.
    pub async fn bank(&self, programme: &Programme) -> Result<Arc<Bank>, Failure> {
        if let Some(bank) = self.banks.lock().ok().and_then(|b| b.get(&programme.id).cloned()) {
            return Ok(bank);
        }
        let files = self.store.question_files(&programme.id).await?;
        let bank = Arc::new(programme_bank(&self.shipped, &files));
        if let Ok(mut banks) = self.banks.lock() {
            banks.insert(programme.id.clone(), bank.clone());
        }
        Ok(bank)
    }

    /// Forgets the cached bank of `programme` (after the trainer added questions).
    pub fn forget_bank(&self, programme: &Programme) {
        if let Ok(mut banks) = self.banks.lock() {
            banks.remove(&programme.id);
        }
    }

    /// Refuses while too many wrong codes came from `from` (or from everyone) in the last
    /// minute; `wrong` counts one. A participant who mistypes tries again at once; another
    /// address is not held up by someone guessing.
    pub fn guard_codes(&self, from: Option<std::net::IpAddr>, wrong: bool) -> Result<(), Failure> {
        let Ok(mut recent) = self.wrong_codes.lock() else { return Ok(()) };
        recent.retain(|(_, t)| t.elapsed() <= std::time::Duration::from_secs(60));
        let mine = recent.iter().filter(|(ip, _)| *ip == from).count();
        if mine >= WRONG_CODES_PER_MINUTE || recent.len() >= WRONG_CODES_PER_MINUTE_ALL {
            return Err(Failure::new(StatusCode::TOO_MANY_REQUESTS, "too many wrong codes: wait a minute"));
        }
        if wrong {
            recent.push((from, std::time::Instant::now()));
        }
        Ok(())
    }

    /// The participant holding `token`, with their programme.
    pub async fn participant(&self, token: Option<&str>) -> Result<(Participant, Programme), Failure> {
        let token = token
            .ok_or_else(|| Failure::new(StatusCode::UNAUTHORIZED, "no token: join with an invitation code first"))?;
        let participant = self
            .store
            .participant_by_token(token)
            .await?
            .ok_or_else(|| Failure::new(StatusCode::UNAUTHORIZED, "this token belongs to no participant"))?;
        let programme = self
            .store
            .programme(&participant.programme_id)
            .await?
            .ok_or_else(|| Failure::new(StatusCode::UNAUTHORIZED, "the programme is gone"))?;
        Ok((participant, programme))
    }

    /// The trainer holding `token`.
    pub async fn trainer(&self, token: Option<&str>) -> Result<Trainer, Failure> {
        let token = token.ok_or_else(|| Failure::new(StatusCode::UNAUTHORIZED, "no trainer token"))?;
        self.store
            .trainer_by_token(token)
            .await?
            .ok_or_else(|| Failure::new(StatusCode::UNAUTHORIZED, "this token belongs to no trainer"))
    }

    /// `trainer`'s programme `id`; another trainer's programme is not found.
    pub async fn own_programme(&self, trainer: &Trainer, id: &str) -> Result<Programme, Failure> {
        self.store
            .programme(id)
            .await?
            .filter(|p| p.trainer_id == trainer.id)
            .ok_or_else(|| Failure::new(StatusCode::NOT_FOUND, "no such programme of yours"))
    }
}

/// The bearer token of a request.
pub fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
}

/// The value of cookie `name`.
pub fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// The body as `T`, with a clear refusal for a body too large or not that JSON.
pub fn body<T: DeserializeOwned>(bytes: Result<Bytes, BytesRejection>) -> Result<T, Failure> {
    let bytes = bytes.map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => {
            Failure::new(StatusCode::PAYLOAD_TOO_LARGE, format!("the body is over {MAX_BODY_BYTES} bytes"))
        }
        status => Failure::new(status, format!("the body cannot be read: {e}")),
    })?;
    // A NUL character is no text any field takes (and PostgreSQL refuses it in text).
    if bytes.windows(6).any(|w| w.eq_ignore_ascii_case(br"\u0000")) {
        return Err(Failure::new(StatusCode::BAD_REQUEST, r"the body holds a NUL character (\u0000)"));
    }
    serde_json::from_slice(&bytes)
        .map_err(|e| Failure::new(StatusCode::BAD_REQUEST, format!("the body is not the JSON expected: {e}")))
}

/// A short, non-empty text from a client (a name, a team).
pub fn short_text(text: &str, what: &str, required: bool) -> Result<String, Failure> {
    let text = text.trim();
    if (required && text.is_empty()) || text.chars().count() > 60 || text.chars().any(char::is_control) {
        let need = if required { "1 to 60" } else { "at most 60" };
        return Err(Failure::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("`{what}` must be {need} characters without line breaks"),
        ));
    }
    Ok(text.to_string())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JoinRequest {
    code: String,
    name: String,
    #[serde(default)]
    team: String,
    #[serde(default)]
    lang: String,
}

/// The answer to a join: the participant's token (keep it: it is their login), who they
/// are and their programme's name.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Joined {
    /// The participant's token.
    pub token: String,
    /// The participant.
    pub participant: Participant,
    /// The programme's name.
    pub programme: String,
}

/// Joins a programme with its invitation code (shared by the page and the API).
pub async fn join_programme(
    quiz: &Quiz,
    from: Option<std::net::IpAddr>,
    code: &str,
    name: &str,
    team: &str,
    lang: &str,
) -> Result<(Participant, String, Programme), Failure> {
    quiz.guard_codes(from, false)?;
    let name = short_text(name, "name", true)?;
    let team = short_text(team, "team", false)?;
    let Some(programme) = quiz.store.programme_by_code(code).await? else {
        quiz.guard_codes(from, true)?;
        return Err(Failure::new(StatusCode::NOT_FOUND, "no programme has this invitation code"));
    };
    let (participant, token) = quiz.store.join(&programme, &name, &team, lang).await?;
    Ok((participant, token, programme))
}

async fn join(
    State(quiz): State<Arc<Quiz>>,
    axum::extract::ConnectInfo(from): axum::extract::ConnectInfo<SocketAddr>,
    bytes: Result<Bytes, BytesRejection>,
) -> Answer<Joined> {
    let request: JoinRequest = body(bytes)?;
    let from = Some(from.ip());
    let (participant, token, programme) =
        join_programme(&quiz, from, &request.code, &request.name, &request.team, &request.lang).await?;
    Ok(axum::Json(Joined { token, participant, programme: programme.name }))
}

/// What a participant's app shows first.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Me {
    /// The participant.
    pub participant: Participant,
    /// The programme's name.
    pub programme: String,
    /// Their duels, their moves first.
    pub duels: Vec<super::play::DuelView>,
    /// Who they may challenge.
    pub opponents: Vec<Opponent>,
}

/// Someone to challenge.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Opponent {
    /// Their id.
    pub id: String,
    /// Their name.
    pub name: String,
    /// Their team.
    pub team: String,
}

/// The other participants of the programme, to challenge.
pub async fn opponents(quiz: &Quiz, me: &Participant) -> Result<Vec<Opponent>, Failure> {
    Ok(quiz
        .store
        .participants_of(&me.programme_id)
        .await?
        .into_iter()
        .filter(|p| p.id != me.id)
        .map(|p| Opponent { id: p.id, name: p.name, team: p.team })
        .collect())
}

async fn me(State(quiz): State<Arc<Quiz>>, headers: HeaderMap) -> Answer<Me> {
    let (participant, programme) = quiz.participant(bearer(&headers)).await?;
    let now = now_ms();
    let duels = quiz.store.duels_of(&participant, &programme, now).await.map_err(Failure::from)?;
    let opponents = opponents(&quiz, &participant).await?;
    quiz.store.mark_seen(&participant, now).await?;
    Ok(axum::Json(Me { participant, programme: programme.name, duels, opponents }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LangRequest {
    lang: String,
}

async fn set_lang(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Answer<Participant> {
    let (participant, _) = quiz.participant(bearer(&headers)).await?;
    let request: LangRequest = body(bytes)?;
    if !matches!(request.lang.as_str(), "de" | "en") {
        return Err(Failure::new(StatusCode::UNPROCESSABLE_ENTITY, format!("`lang` is {:?}: de or en", request.lang)));
    }
    quiz.store.set_lang(&participant, &request.lang).await?;
    Ok(axum::Json(Participant { lang: request.lang, ..participant }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChallengeRequest {
    opponent: String,
}

#[derive(Serialize)]
struct Created {
    id: String,
}

async fn challenge(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Answer<Created> {
    let (participant, _) = quiz.participant(bearer(&headers)).await?;
    let request: ChallengeRequest = body(bytes)?;
    let id = quiz.store.challenge(&participant, &request.opponent, now_ms()).await.map_err(Failure::from)?;
    Ok(axum::Json(Created { id }))
}

async fn duel(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
) -> Answer<super::play::DuelView> {
    let (participant, programme) = quiz.participant(bearer(&headers)).await?;
    Ok(axum::Json(quiz.store.duel_view(&participant, &programme, &id, now_ms()).await.map_err(Failure::from)?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PickRequest {
    topic: String,
}

async fn pick(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    bytes: Result<Bytes, BytesRejection>,
) -> Answer<super::play::DuelView> {
    let (participant, programme) = quiz.participant(bearer(&headers)).await?;
    let request: PickRequest = body(bytes)?;
    let bank = quiz.bank(&programme).await?;
    let now = now_ms();
    quiz.store.pick(&participant, &programme, &bank, &id, &request.topic, now).await.map_err(Failure::from)?;
    Ok(axum::Json(quiz.store.duel_view(&participant, &programme, &id, now).await.map_err(Failure::from)?))
}

async fn duel_question(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
) -> Answer<super::play::Served> {
    let (participant, programme) = quiz.participant(bearer(&headers)).await?;
    let bank = quiz.bank(&programme).await?;
    Ok(axum::Json(
        quiz.store.duel_question(&participant, &programme, &bank, &id, now_ms()).await.map_err(Failure::from)?,
    ))
}

async fn practice(State(quiz): State<Arc<Quiz>>, headers: HeaderMap) -> Answer<super::play::Served> {
    let (participant, programme) = quiz.participant(bearer(&headers)).await?;
    let bank = quiz.bank(&programme).await?;
    Ok(axum::Json(
        quiz.store.practice_question(&participant, &programme, &bank, now_ms()).await.map_err(Failure::from)?,
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerRequest {
    asked_id: String,
    option: usize,
}

async fn answer(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Answer<super::play::Answered> {
    let (participant, programme) = quiz.participant(bearer(&headers)).await?;
    let request: AnswerRequest = body(bytes)?;
    let bank = quiz.bank(&programme).await?;
    Ok(axum::Json(
        quiz.store
            .answer(&participant, &programme, &bank, &request.asked_id, request.option, now_ms())
            .await
            .map_err(Failure::from)?,
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportRequest {
    question_id: String,
    reason: String,
    #[serde(default)]
    text: String,
}

async fn report(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Answer<Created> {
    let (participant, programme) = quiz.participant(bearer(&headers)).await?;
    let request: ReportRequest = body(bytes)?;
    if request.text.chars().count() > 1000 {
        return Err(Failure::new(StatusCode::UNPROCESSABLE_ENTITY, "`text` must be at most 1000 characters"));
    }
    let bank = quiz.bank(&programme).await?;
    let id = quiz
        .store
        .report(&participant, &bank, &request.question_id, &request.reason, &request.text, now_ms())
        .await
        .map_err(Failure::from)?;
    Ok(axum::Json(Created { id }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgrammeRequest {
    name: String,
    #[serde(default = "default_seconds")]
    question_seconds: i64,
    #[serde(default = "default_forfeit_days")]
    forfeit_days: i64,
}

fn default_seconds() -> i64 {
    30
}

fn default_forfeit_days() -> i64 {
    3
}

/// Creates a programme after checking its rules (shared by the page and the API).
pub async fn create_programme(
    quiz: &Quiz,
    trainer: &Trainer,
    name: &str,
    seconds: i64,
    forfeit_days: i64,
) -> Result<Programme, Failure> {
    let name = short_text(name, "name", true)?;
    if !(10..=300).contains(&seconds) {
        return Err(Failure::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("`question_seconds` is {seconds}: 10 to 300 allowed"),
        ));
    }
    if !(1..=60).contains(&forfeit_days) {
        return Err(Failure::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("`forfeit_days` is {forfeit_days}: 1 to 60 allowed"),
        ));
    }
    Ok(quiz.store.create_programme(trainer, &name, seconds, forfeit_days).await?)
}

async fn programmes(State(quiz): State<Arc<Quiz>>, headers: HeaderMap) -> Answer<Vec<Programme>> {
    let trainer = quiz.trainer(bearer(&headers)).await?;
    Ok(axum::Json(quiz.store.programmes_of(&trainer).await?))
}

async fn new_programme(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Answer<Programme> {
    let trainer = quiz.trainer(bearer(&headers)).await?;
    let request: ProgrammeRequest = body(bytes)?;
    Ok(axum::Json(
        create_programme(&quiz, &trainer, &request.name, request.question_seconds, request.forfeit_days).await?,
    ))
}

/// `?lang=en` for English names and sentences (German otherwise).
#[derive(Deserialize, Default)]
struct LangQuery {
    lang: Option<String>,
}

async fn programme_analytics(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    axum::extract::Query(query): axum::extract::Query<LangQuery>,
) -> Answer<analytics::Analytics> {
    let trainer = quiz.trainer(bearer(&headers)).await?;
    let programme = quiz.own_programme(&trainer, &id).await?;
    let bank = quiz.bank(&programme).await?;
    let lang = match query.lang.as_deref() {
        Some("en") => crate::model::format::Locale::En,
        _ => crate::model::format::Locale::De,
    };
    Ok(axum::Json(analytics::analyse(&quiz.store, &programme, &bank, lang).await?))
}

async fn programme_csv(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
) -> Result<Response, Failure> {
    let trainer = quiz.trainer(bearer(&headers).or(cookie(&headers, TRAINER_COOKIE))).await?;
    let programme = quiz.own_programme(&trainer, &id).await?;
    let bank = quiz.bank(&programme).await?;
    let report = analytics::analyse(&quiz.store, &programme, &bank, crate::model::format::Locale::De).await?;
    Ok(csv_response(&analytics::to_csv(&report, crate::model::format::Locale::De), &programme))
}

/// A CSV download named after the programme.
pub fn csv_response(csv: &str, programme: &Programme) -> Response {
    // ASCII only: a header value takes nothing else ("Frühjahr" → "Fr_hjahr").
    let name: String = programme.name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"quiz-{name}.csv\"")),
        ],
        csv.to_string(),
    )
        .into_response()
}

async fn reports(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
) -> Answer<Vec<analytics::Report>> {
    let trainer = quiz.trainer(bearer(&headers)).await?;
    let programme = quiz.own_programme(&trainer, &id).await?;
    let bank = quiz.bank(&programme).await?;
    Ok(axum::Json(analytics::reports(&quiz.store, &programme, &bank, crate::model::format::Locale::De).await?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CloseReport {
    #[serde(default)]
    note: String,
}

async fn close_report(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    bytes: Result<Bytes, BytesRejection>,
) -> Answer<Created> {
    let trainer = quiz.trainer(bearer(&headers)).await?;
    let request: CloseReport = body(bytes)?;
    analytics::close_report(&quiz.store, &trainer, &id, request.note.trim()).await.map_err(Failure::from)?;
    Ok(axum::Json(Created { id }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionsRequest {
    name: String,
    text: String,
}

#[derive(Serialize)]
struct Added {
    added: usize,
}

/// Validates and stores a programme's own question file (shared by the page and the API);
/// the located problems as a 422 when it is not valid.
pub async fn add_questions(quiz: &Quiz, programme: &Programme, name: &str, text: &str) -> Result<usize, Failure> {
    let name = short_text(name, "name", true)?;
    // A file of the same name replaces the earlier one: its ids are free again.
    let replaced: Vec<String> = quiz
        .store
        .question_files(&programme.id)
        .await?
        .into_iter()
        .filter(|(n, _)| *n == name)
        .flat_map(|(_, text)| super::bank::parse_questions(&text, None, &[]).unwrap_or_default())
        .map(|q| q.id)
        .collect();
    let bank = quiz.bank(programme).await?;
    let known: Vec<&str> = bank.ids().into_iter().filter(|id| !replaced.iter().any(|r| r == id)).collect();
    match super::bank::parse_questions(text, Some(std::path::Path::new(&name)), &known) {
        Ok(questions) => {
            quiz.store.add_question_file(programme, &name, text).await?;
            quiz.forget_bank(programme);
            Ok(questions.len())
        }
        Err(issues) => Err(Failure::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            issues.lines(crate::model::format::Locale::De).trim_end().to_string(),
        )),
    }
}

async fn questions(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    bytes: Result<Bytes, BytesRejection>,
) -> Answer<Added> {
    let trainer = quiz.trainer(bearer(&headers)).await?;
    let programme = quiz.own_programme(&trainer, &id).await?;
    let request: QuestionsRequest = body(bytes)?;
    let added = add_questions(&quiz, &programme, &request.name, &request.text).await?;
    Ok(axum::Json(Added { added }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GameRequest {
    text: String,
}

/// Links a team's practice file to the programme (shared by the page and the API): the
/// workshop replayed, the team's figures stored; the file's problems as a 422.
pub async fn add_game(quiz: &Quiz, programme: &Programme, text: &str) -> Result<super::game::TeamGame, Failure> {
    let game = super::game::from_practice(text, Some(std::path::Path::new("practice.ron"))).map_err(|issues| {
        Failure::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            issues.lines(crate::model::format::Locale::De).trim_end().to_string(),
        )
    })?;
    quiz.store.set_game(programme, &game).await?;
    Ok(game)
}

async fn games(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    bytes: Result<Bytes, BytesRejection>,
) -> Answer<super::game::TeamGame> {
    let trainer = quiz.trainer(bearer(&headers)).await?;
    let programme = quiz.own_programme(&trainer, &id).await?;
    let request: GameRequest = body(bytes)?;
    Ok(axum::Json(add_game(&quiz, &programme, &request.text).await?))
}

/// The participant's cookie.
pub const PARTICIPANT_COOKIE: &str = "mw_quiz";
/// The trainer's cookie.
pub const TRAINER_COOKIE: &str = "mw_trainer";

/// Every route of the quiz server.
pub fn router(quiz: Arc<Quiz>) -> Router {
    Router::new()
        .route("/api/quiz/v1/join", post(join))
        .route("/api/quiz/v1/me", get(me))
        .route("/api/quiz/v1/lang", post(set_lang))
        .route("/api/quiz/v1/duels", post(challenge))
        .route("/api/quiz/v1/duels/{id}", get(duel))
        .route("/api/quiz/v1/duels/{id}/pick", post(pick))
        .route("/api/quiz/v1/duels/{id}/question", get(duel_question))
        .route("/api/quiz/v1/practice", get(practice))
        .route("/api/quiz/v1/answers", post(answer))
        .route("/api/quiz/v1/reports", post(report))
        .route("/api/quiz/v1/trainer/programmes", get(programmes).post(new_programme))
        .route("/api/quiz/v1/trainer/programmes/{id}/analytics", get(programme_analytics))
        .route("/api/quiz/v1/trainer/programmes/{id}/analytics.csv", get(programme_csv))
        .route("/api/quiz/v1/trainer/programmes/{id}/reports", get(reports))
        .route("/api/quiz/v1/trainer/programmes/{id}/questions", post(questions))
        .route("/api/quiz/v1/trainer/programmes/{id}/games", post(games))
        .route("/api/quiz/v1/trainer/reports/{id}", post(close_report))
        .merge(super::pages::routes())
        .fallback(|| async { Failure::new(StatusCode::NOT_FOUND, "no such route (see docs/quiz.md)") })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(quiz)
}

/// Serves `quiz` on `listener` until `stop` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    quiz: Arc<Quiz>,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(quiz).into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(stop)
        .await
}
