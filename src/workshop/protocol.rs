//! The workshop protocol: the JSON the host and a team's laptop exchange over HTTP, its
//! version, and the refusals with their status codes (docs/workshop-protocol.md).

use serde::{Deserialize, Serialize};

use crate::model::Money;
use crate::scenario::{Decisions, Issues};
use crate::sim::report::{MarketYear, YearReport};

/// The protocol's version: host and client refuse each other plainly when they differ.
pub const PROTOCOL_VERSION: u32 = 1;

/// The header in which a client names its protocol version.
pub const PROTOCOL_HEADER: &str = "mehrwert-protocol";

/// The largest request body the host reads (bytes): a decision is about 1 KiB.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Who a token belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeamRef {
    /// The trainer.
    Trainer,
    /// A co-trainer or the projector: reads the console, changes nothing.
    Observer,
    /// The team running this company.
    Team(String),
}

/// Why the host refused a request; each has its status code.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// 400: the request is malformed.
    BadRequest(String),
    /// 401: no token, or one the host does not know.
    Unauthorized(String),
    /// 403: a token for someone else's data.
    Forbidden(String),
    /// 404: no such thing.
    NotFound(String),
    /// 409: not now (the year is closed, the deadline passed, nothing to undo): a stable
    /// reason word (`deadline_passed`, `missing_teams`, … — the game says it in the player's
    /// language) and the message in English.
    Conflict(&'static str, String),
    /// 413: the body is too large.
    TooLarge(String),
    /// 422: decisions that break the scenario's rules, with every issue.
    Invalid(Issues),
    /// 429: too many wrong join codes in a short time (someone guessing codes).
    TooMany(String),
    /// 500: the host failed (the journal could not be written); nothing changed.
    Internal(String),
}

impl Refusal {
    /// The HTTP status code.
    pub fn status(&self) -> u16 {
        match self {
            Refusal::BadRequest(_) => 400,
            Refusal::Unauthorized(_) => 401,
            Refusal::Forbidden(_) => 403,
            Refusal::NotFound(_) => 404,
            Refusal::Conflict(..) => 409,
            Refusal::TooLarge(_) => 413,
            Refusal::Invalid(_) => 422,
            Refusal::TooMany(_) => 429,
            Refusal::Internal(_) => 500,
        }
    }

    /// The body: a stable error word, the message in English, and the issues of invalid
    /// decisions.
    pub fn body(&self) -> ErrorBody {
        let (error, message) = match self {
            Refusal::BadRequest(m) => ("bad_request", m.clone()),
            Refusal::Unauthorized(m) => ("unauthorized", m.clone()),
            Refusal::Forbidden(m) => ("forbidden", m.clone()),
            Refusal::NotFound(m) => ("not_found", m.clone()),
            Refusal::Conflict(_, m) => ("conflict", m.clone()),
            Refusal::TooLarge(m) => ("too_large", m.clone()),
            Refusal::Invalid(issues) => {
                ("invalid_decisions", format!("the decisions break {} rule(s)", issues.0.len()))
            }
            Refusal::TooMany(m) => ("too_many", m.clone()),
            Refusal::Internal(m) => ("internal", m.clone()),
        };
        let issues = match self {
            Refusal::Invalid(issues) => issues.0.iter().map(|i| i.line(crate::model::format::Locale::En)).collect(),
            _ => Vec::new(),
        };
        let reason = match self {
            Refusal::Conflict(reason, _) => Some((*reason).to_string()),
            _ => None,
        };
        ErrorBody { error: error.to_string(), message, issues, reason }
    }
}

/// The JSON of every refusal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A stable word: `bad_request`, `unauthorized`, `forbidden`, `not_found`, `conflict`,
    /// `too_large`, `invalid_decisions`, `wrong_protocol`, `internal`.
    pub error: String,
    /// What is wrong, in a sentence.
    pub message: String,
    /// For `invalid_decisions`: each issue on its line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub issues: Vec<String>,
    /// For `conflict`: why not now, a stable word (`deadline_passed`, `year_closed`,
    /// `workshop_over`, `other_year`, `nothing_submitted`, `no_deadline`, `not_paused`,
    /// `missing_teams`, `nothing_closed`, `event_year`, `nothing_to_release`, `not_over`,
    /// `workshop_ended`, `submission_changed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// `GET /api/hello`: what a client sees before joining.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hello {
    /// The host's protocol version.
    pub protocol: u32,
    /// The host's Mehrwert version.
    pub version: String,
    /// The workshop's name.
    pub workshop: String,
    /// The scenario's name.
    pub scenario: String,
    /// The team names, in seat order.
    pub teams: Vec<String>,
}

/// `POST /api/v1/join`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinRequest {
    /// The team's join code, e.g. `BLAU-4821`.
    pub code: String,
    /// The device's name for itself (shown on the trainer's console).
    pub device: String,
}

/// The answer to a join.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Joined {
    /// The token for every further request (`Authorization: Bearer …`).
    pub token: String,
    /// The team's name.
    pub team: String,
    /// The company it runs.
    pub company: String,
    /// True when the code was the observer's token: a co-trainer or the projector's laptop
    /// reading the room (`team` and `company` are empty).
    #[serde(default)]
    pub observer: bool,
}

/// `GET /api/v1/trainer/room` (trainer and observer): the console and what the projector
/// shows — every company's reports of the released years, the public market reports, the
/// ranking and the scenario as played.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoomView {
    /// The console: teams, year, deadline.
    pub console: TrainerView,
    /// The scenario as played (announced events included), as RON.
    pub scenario: String,
    /// The ranking after the released years.
    pub leaderboard: Vec<LeaderboardEntry>,
    /// The public market reports of the released years.
    pub market: Vec<MarketYear>,
    /// Every company's reports of the released years, in scenario order.
    pub companies: Vec<CompanyHistory>,
    /// Every year is played.
    pub finished: bool,
}

/// One company's released reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompanyHistory {
    /// The company's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its reports of the released years.
    pub history: Vec<YearReport>,
}

/// `POST /api/v1/teams/{company}/submit`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmitRequest {
    /// The client's id of this submission (1–64 letters, digits, `-`, `_`): the same id
    /// again is the same submission.
    pub request_id: String,
    /// The device that submits.
    pub device: String,
    /// The decisions for the year being played.
    pub decisions: Decisions,
}

/// The answer to a submission.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submitted {
    /// The year submitted for.
    pub year: u32,
    /// When the host accepted it (Unix milliseconds).
    pub at_ms: i64,
    /// True when this request id had been accepted before (nothing changed).
    pub repeated: bool,
}

/// `POST /api/v1/teams/{company}/withdraw`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WithdrawRequest {
    /// The device that takes the submission back.
    pub device: String,
}

/// `POST /api/v1/teams/{company}/preview`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreviewRequest {
    /// The decisions to try.
    pub decisions: Decisions,
    /// Per segment, the units the team plans to sell (`null`: the market's answer).
    #[serde(default)]
    pub forecast: Vec<Option<u64>>,
}

/// The pro-forma year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Preview {
    /// The year as it closes if the plan comes true.
    pub report: YearReport,
    /// Per segment: what the market model expects at these decisions.
    pub suggested_units: Vec<u64>,
    /// Per segment: the units the plan assumes (the forecast where given, else the suggestion).
    pub planned_units: Vec<u64>,
}

/// What a team sees: `GET /api/v1/teams/{company}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamView {
    /// The workshop's name.
    pub workshop: String,
    /// The team's name.
    pub team: String,
    /// Its company.
    pub company: String,
    /// The year being decided; past the last year once the workshop is over.
    pub year: u32,
    /// The scenario's number of years.
    pub years: u32,
    /// Milliseconds to the deadline (`null`: none).
    pub deadline_left_ms: Option<i64>,
    /// True while the trainer has paused the deadline.
    pub deadline_paused: bool,
    /// This year's submission, if any.
    pub submitted: Option<SubmissionView>,
    /// Where a draft starts: last year's decisions kept for this year.
    pub draft_start: Option<Decisions>,
    /// The last year whose results the trainer released.
    pub released: u32,
    /// The company's reports of the released years.
    pub history: Vec<YearReport>,
    /// The market reports of the released years.
    pub market: Vec<MarketYear>,
    /// The ranking after the released years (empty before the first release).
    pub leaderboard: Vec<LeaderboardEntry>,
    /// The trainer's corrections of the team's decisions in the released years, with their
    /// reasons (the team sees why its year was played with other decisions than it sent).
    #[serde(default)]
    pub corrections: Vec<CorrectionNote>,
    /// True when the team allows its value tree on the projector.
    #[serde(default)]
    pub consent: bool,
    /// True once the trainer ended the workshop (the practice file is there).
    #[serde(default)]
    pub ended: bool,
    /// The game as the team may know it at the start of the year being decided: its own
    /// company only (books, plant, history), the released market reports; `null` while a
    /// closed year waits to be released and once the workshop is over.
    pub snapshot: Option<crate::sim::save::SaveGame>,
}

/// A trainer's correction of a team's decisions, as the team reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionNote {
    /// The year whose decisions were corrected.
    pub year: u32,
    /// Who corrected.
    pub by: String,
    /// Why.
    pub why: String,
}

/// `GET /api/v1/scenario`: the scenario file's text (a team needs its rules and catalogue).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioText {
    /// The RON text, as the trainer loaded it.
    pub ron: String,
}

/// `GET /api/v1/teams/{company}/practice`: the team's practice file once the workshop is
/// over (the trainer may fetch every team's).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeText {
    /// The name to save it under, e.g. `Übung-Vertrieb_Nord-Blau.ron`.
    pub file_name: String,
    /// The practice file's RON text.
    pub ron: String,
}

/// A submission as its team sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubmissionView {
    /// When (Unix milliseconds).
    pub at_ms: i64,
    /// The device that submitted.
    pub device: String,
    /// The decisions the year will be played with.
    pub decisions: Decisions,
    /// The trainer's reason when they corrected the decisions.
    pub corrected_because: Option<String>,
    /// Who corrected them.
    pub corrected_by: Option<String>,
}

/// One line of the leaderboard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaderboardEntry {
    /// 1 = best.
    pub rank: usize,
    /// The company's id.
    pub company: String,
    /// Its name.
    pub name: String,
    /// Its score (cumulative EVA with the insolvency penalty).
    pub score: Money,
}

/// What the trainer sees: `GET /api/v1/trainer`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrainerView {
    /// The workshop's name.
    pub workshop: String,
    /// The year being decided.
    pub year: u32,
    /// The scenario's number of years.
    pub years: u32,
    /// Milliseconds to the deadline (`null`: none).
    pub deadline_left_ms: Option<i64>,
    /// True while paused.
    pub deadline_paused: bool,
    /// Years closed so far.
    pub closed: u32,
    /// The last year released to the teams.
    pub released: u32,
    /// Every team.
    pub teams: Vec<TeamStatus>,
    /// True once the trainer ended the workshop.
    #[serde(default)]
    pub ended: bool,
    /// The game's seed (for the debrief's replays).
    #[serde(default)]
    pub seed: u64,
    /// How each team took part in each closed year: the trainer's alone (an observer's
    /// console has none).
    #[serde(default)]
    pub participation: Vec<YearParticipation>,
}

/// How the teams took part in one closed year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearParticipation {
    /// The year.
    pub year: u32,
    /// Each team (by company id, in seat order) and how it played the year.
    pub teams: Vec<(String, Participation)>,
}

/// How a team played a closed year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "how", rename_all = "snake_case")]
pub enum Participation {
    /// It submitted (last at `at_ms`), `revisions` times in all, perhaps corrected by the trainer.
    Submitted {
        /// When it submitted last (Unix milliseconds).
        at_ms: i64,
        /// How often it submitted that year.
        revisions: u32,
        /// The trainer corrected the submission.
        corrected: bool,
    },
    /// It did not submit; last year's decisions were kept.
    Kept,
    /// The computer played it.
    Computer,
}

/// One team on the trainer's console.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamStatus {
    /// The team's name.
    pub name: String,
    /// Its company.
    pub company: String,
    /// Its join code.
    pub code: String,
    /// The device that joined last (`null`: nobody joined yet).
    pub device: Option<String>,
    /// How many times another device took the team over.
    pub takeovers: u32,
    /// When it submitted this year (`null`: not yet).
    pub submitted_ms: Option<i64>,
    /// The device that submitted.
    pub submitted_by: Option<String>,
    /// How often the team submitted this year.
    pub revisions: u32,
    /// True when the trainer corrected this year's decisions.
    pub corrected: bool,
    /// True when the computer decides for the team.
    pub computer: bool,
    /// True when the team allows its value tree on the projector.
    #[serde(default)]
    pub consent: bool,
}

/// `POST /api/v1/trainer/close`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CloseRequest {
    /// `refuse` (every team must have submitted), `keep_last` or `computer`.
    pub missing: super::journal::Missing,
}

/// `POST /api/v1/trainer/deadline`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, tag = "change", rename_all = "snake_case")]
pub enum DeadlineRequest {
    /// A deadline `seconds` from now.
    Set {
        /// Seconds, 0 to 86 400.
        seconds: i64,
    },
    /// `seconds` more.
    Extend {
        /// Seconds, 0 to 86 400.
        seconds: i64,
    },
    /// Stop the clock.
    Pause,
    /// Start it again.
    Resume,
    /// No deadline.
    Clear,
}

/// `POST /api/v1/trainer/correct`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorrectRequest {
    /// The team's company.
    pub company: String,
    /// The trainer's name.
    pub by: String,
    /// The reason, shown to the team.
    pub why: String,
    /// The corrected decisions.
    pub decisions: Decisions,
    /// When the submission being corrected was made (`at_ms` of the team's view): refused
    /// with `submission_changed` when the team has withdrawn or submitted anew since.
    /// Without it the correction replaces whatever stands.
    #[serde(default)]
    pub base_at_ms: Option<i64>,
}

/// `POST /api/v1/trainer/event` and `…/event/preview`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventRequest {
    /// The event, for the year being decided (as a scenario's `events` entry).
    pub event: crate::scenario::Event,
}

/// `POST /api/v1/teams/{company}/consent`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentRequest {
    /// True: the trainer may show the team's value tree on the projector; false: not (any more).
    pub value_tree: bool,
}

/// `POST /api/v1/trainer/pilot`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PilotRequest {
    /// The team's company.
    pub company: String,
    /// True: the computer decides for the team; false: the team again.
    pub computer: bool,
}
