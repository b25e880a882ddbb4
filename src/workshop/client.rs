//! A team's (or the trainer's) side of the workshop protocol: blocking HTTP calls with a
//! timeout, each answer read as its JSON or as the host's refusal. The game calls it from
//! a thread of its own; the tests call it directly.

use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::journal::Missing;
use super::protocol::*;
use crate::scenario::Decisions;

/// Why a call failed.
#[derive(Debug, thiserror::Error)]
pub enum CallError {
    /// The host cannot be reached (wrong address, network gone, host stopped).
    #[error("the host at {address} cannot be reached: {reason}")]
    Unreachable {
        /// The host's address.
        address: String,
        /// What the network said.
        reason: String,
    },
    /// The host answered with a refusal.
    #[error("the host refused ({status}): {}", body.message)]
    Refused {
        /// The HTTP status.
        status: u16,
        /// The refusal.
        body: ErrorBody,
    },
    /// The host speaks another protocol version.
    #[error("the host speaks workshop protocol {host}, this Mehrwert {PROTOCOL_VERSION}: use the same version on both")]
    WrongProtocol {
        /// The host's version.
        host: u32,
    },
    /// The answer is not what the protocol says.
    #[error("the host's answer cannot be read: {0}")]
    Garbled(String),
}

/// A connection to a host: its address and the caller's token.
#[derive(Clone, Debug)]
pub struct Client {
    base: String,
    token: Option<String>,
    agent: ureq::Agent,
}

impl Client {
    /// A client of the host at `address` (`192.168.1.20:7878` or `http://…`).
    pub fn new(address: &str) -> Client {
        let address = address.trim().trim_end_matches('/');
        let base = if address.starts_with("http://") { address.to_string() } else { format!("http://{address}") };
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(10)))
            .build();
        Client { base, token: None, agent: config.into() }
    }

    /// The same client acting with `token`.
    pub fn with_token(mut self, token: &str) -> Client {
        self.token = Some(token.to_string());
        self
    }

    /// The host's address.
    pub fn address(&self) -> &str {
        &self.base
    }

    fn call<T: DeserializeOwned>(&self, method: &str, path: &str, body: Option<&str>) -> Result<T, CallError> {
        let url = format!("{}{path}", self.base);
        let unreachable = |e: ureq::Error| CallError::Unreachable { address: self.base.clone(), reason: e.to_string() };
        let version = PROTOCOL_VERSION.to_string();
        let response = match (method, body) {
            ("GET", _) => {
                let mut request = self.agent.get(&url).header(PROTOCOL_HEADER, &version);
                if let Some(token) = &self.token {
                    request = request.header("authorization", &format!("Bearer {token}"));
                }
                request.call()
            }
            (_, body) => {
                let mut request = self.agent.post(&url).header(PROTOCOL_HEADER, &version);
                if let Some(token) = &self.token {
                    request = request.header("authorization", &format!("Bearer {token}"));
                }
                match body {
                    Some(body) => request.header("content-type", "application/json").send(body),
                    None => request.send_empty(),
                }
            }
        };
        let mut response = response.map_err(unreachable)?;
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().map_err(|e| CallError::Garbled(e.to_string()))?;
        if status == 200 {
            serde_json::from_str(&text).map_err(|e| CallError::Garbled(e.to_string()))
        } else {
            let body = serde_json::from_str(&text).unwrap_or(ErrorBody {
                error: "unknown".into(),
                message: text.chars().take(200).collect(),
                issues: Vec::new(),
                reason: None,
            });
            Err(CallError::Refused { status, body })
        }
    }

    fn post<T: DeserializeOwned>(&self, path: &str, body: &impl Serialize) -> Result<T, CallError> {
        let json = serde_json::to_string(body).map_err(|e| CallError::Garbled(e.to_string()))?;
        self.call("POST", path, Some(&json))
    }

    /// What the host is, checked for the protocol version.
    pub fn hello(&self) -> Result<Hello, CallError> {
        let hello: Hello = self.call("GET", "/api/hello", None)?;
        if hello.protocol != PROTOCOL_VERSION {
            return Err(CallError::WrongProtocol { host: hello.protocol });
        }
        Ok(hello)
    }

    /// Joins with a team's code; the answer's token is for [`Client::with_token`].
    pub fn join(&self, code: &str, device: &str) -> Result<Joined, CallError> {
        self.post("/api/v1/join", &JoinRequest { code: code.to_string(), device: device.to_string() })
    }

    /// The scenario the workshop plays, read and checked.
    pub fn scenario(&self) -> Result<crate::scenario::Scenario, CallError> {
        let text: ScenarioText = self.call("GET", "/api/v1/scenario", None)?;
        crate::scenario::parse_scenario(&text.ron, None).map_err(|issues| CallError::Garbled(issues.to_string()))
    }

    /// The practice file of `company`'s team (once the workshop is over), checked, with the
    /// name to save it under — made from the file itself, never taken from the host (a name
    /// like `../x` would write outside the practice folder).
    pub fn practice(&self, company: &str) -> Result<(String, crate::sim::practice::PracticeFile), CallError> {
        let text: PracticeText = self.call("GET", &format!("/api/v1/teams/{company}/practice"), None)?;
        let file = crate::sim::practice::parse_practice(&text.ron, None)
            .map_err(|issues| CallError::Garbled(issues.to_string()))?;
        Ok((file.file_name(), file))
    }

    /// What the team of `company` sees.
    pub fn team(&self, company: &str) -> Result<TeamView, CallError> {
        self.call("GET", &format!("/api/v1/teams/{company}"), None)
    }

    /// The pro-forma year of `decisions`.
    pub fn preview(
        &self,
        company: &str,
        decisions: &Decisions,
        forecast: &[Option<u64>],
    ) -> Result<Preview, CallError> {
        let request = PreviewRequest { decisions: decisions.clone(), forecast: forecast.to_vec() };
        self.post(&format!("/api/v1/teams/{company}/preview"), &request)
    }

    /// Submits `decisions`; the same `request_id` again is the same submission.
    pub fn submit(
        &self,
        company: &str,
        request_id: &str,
        device: &str,
        decisions: &Decisions,
    ) -> Result<Submitted, CallError> {
        let request = SubmitRequest {
            request_id: request_id.to_string(),
            device: device.to_string(),
            decisions: decisions.clone(),
        };
        self.post(&format!("/api/v1/teams/{company}/submit"), &request)
    }

    /// Takes the team's submission back.
    pub fn withdraw(&self, company: &str, device: &str) -> Result<TeamView, CallError> {
        self.post(&format!("/api/v1/teams/{company}/withdraw"), &WithdrawRequest { device: device.to_string() })
    }

    /// Allows (or withdraws) the team's value tree on the projector.
    pub fn consent(&self, company: &str, value_tree: bool) -> Result<TeamView, CallError> {
        self.post(&format!("/api/v1/teams/{company}/consent"), &ConsentRequest { value_tree })
    }

    /// The console and the projector's figures (trainer and observer).
    pub fn room(&self) -> Result<RoomView, CallError> {
        self.call("GET", "/api/v1/trainer/room", None)
    }

    /// Ends the workshop after its last year (trainer).
    pub fn end(&self) -> Result<TrainerView, CallError> {
        self.call("POST", "/api/v1/trainer/end", None)
    }

    /// The trainer's console.
    pub fn console(&self) -> Result<TrainerView, CallError> {
        self.call("GET", "/api/v1/trainer", None)
    }

    /// Closes the year.
    pub fn close(&self, missing: Missing) -> Result<TrainerView, CallError> {
        self.post("/api/v1/trainer/close", &CloseRequest { missing })
    }

    /// Changes the deadline.
    pub fn deadline(&self, change: DeadlineRequest) -> Result<TrainerView, CallError> {
        self.post("/api/v1/trainer/deadline", &change)
    }

    /// Corrects a team's decisions.
    pub fn correct(&self, company: &str, by: &str, why: &str, decisions: &Decisions) -> Result<TrainerView, CallError> {
        let request = CorrectRequest {
            company: company.to_string(),
            by: by.to_string(),
            why: why.to_string(),
            decisions: decisions.clone(),
            base_at_ms: None,
        };
        self.post("/api/v1/trainer/correct", &request)
    }

    /// Hands a team to the computer, or back.
    pub fn pilot(&self, company: &str, computer: bool) -> Result<TrainerView, CallError> {
        self.post("/api/v1/trainer/pilot", &PilotRequest { company: company.to_string(), computer })
    }

    /// What `event` would do to each team's EVA this year.
    pub fn event_effect(
        &self,
        event: &crate::scenario::Event,
    ) -> Result<Vec<super::room::EventEffectOnTeam>, CallError> {
        self.post("/api/v1/trainer/event/preview", &EventRequest { event: event.clone() })
    }

    /// Announces `event` for the year being decided.
    pub fn inject(&self, event: &crate::scenario::Event) -> Result<TrainerView, CallError> {
        self.post("/api/v1/trainer/event", &EventRequest { event: event.clone() })
    }

    /// Undoes the last closed year.
    pub fn undo(&self) -> Result<TrainerView, CallError> {
        self.call("POST", "/api/v1/trainer/undo", None)
    }

    /// Releases the closed years' results.
    pub fn release(&self) -> Result<TrainerView, CallError> {
        self.call("POST", "/api/v1/trainer/release", None)
    }
}
