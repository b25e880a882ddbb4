//! The game's side of the quiz server's JSON: blocking calls with a timeout, each answer
//! read as its JSON or as the server's refusal. The desktop "Quiz" screen calls it from a
//! thread of its own.

use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::json;

use super::analytics::Analytics;
use super::play::{Answered, DuelView, Served};
use super::server::{Joined, Me};
use super::store::Programme;

/// Why a call failed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QuizError {
    /// The server cannot be reached.
    #[error("the quiz server at {address} cannot be reached: {reason}")]
    Unreachable {
        /// The server's address.
        address: String,
        /// What the network said.
        reason: String,
    },
    /// The server refused, with its sentence.
    #[error("the quiz server refused ({status}): {message}")]
    Refused {
        /// The HTTP status.
        status: u16,
        /// Why.
        message: String,
    },
    /// The answer is not the JSON expected.
    #[error("the quiz server's answer cannot be read: {0}")]
    Garbled(String),
}

/// A connection to a quiz server with a participant's or trainer's token.
#[derive(Clone, Debug)]
pub struct QuizClient {
    base: String,
    token: String,
    agent: ureq::Agent,
}

impl QuizClient {
    /// A client of the server at `address` (`192.168.1.20:7979` or `http://…`) with `token`.
    pub fn new(address: &str, token: &str) -> QuizClient {
        let address = address.trim().trim_end_matches('/');
        let address = address.strip_suffix("/quiz").unwrap_or(address);
        let base = if address.starts_with("http://") || address.starts_with("https://") {
            address.to_string()
        } else {
            format!("http://{address}")
        };
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(10)))
            .build();
        QuizClient { base, token: token.trim().to_string(), agent: config.into() }
    }

    /// The server's address as used.
    pub fn address(&self) -> &str {
        &self.base
    }

    /// The token.
    pub fn token(&self) -> &str {
        &self.token
    }

    fn call<T: DeserializeOwned>(
        &self,
        method: &str,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> Result<T, QuizError> {
        let text = self.text(method, path, body)?;
        serde_json::from_str(&text).map_err(|e| QuizError::Garbled(e.to_string()))
    }

    fn text(&self, method: &str, path: &str, body: Option<serde_json::Value>) -> Result<String, QuizError> {
        let url = format!("{}/api/quiz/v1{path}", self.base);
        let auth = format!("Bearer {}", self.token);
        let unreachable = |e: ureq::Error| QuizError::Unreachable { address: self.base.clone(), reason: e.to_string() };
        let response = match (method, body) {
            ("GET", _) => self.agent.get(&url).header("Authorization", &auth).call(),
            (_, Some(body)) => self.agent.post(&url).header("Authorization", &auth).send_json(body),
            (_, None) => self.agent.post(&url).header("Authorization", &auth).send_empty(),
        };
        let mut response = response.map_err(unreachable)?;
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().map_err(unreachable)?;
        if status == 200 {
            return Ok(text);
        }
        let message = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .and_then(|v| v.get("error").and_then(|e| e.as_str()).map(str::to_string))
            .unwrap_or(text);
        Err(QuizError::Refused { status, message })
    }

    /// Joins the programme of `code`: the client with the participant's token, and who they are.
    pub fn join(
        address: &str,
        code: &str,
        name: &str,
        team: &str,
        lang: &str,
    ) -> Result<(QuizClient, Joined), QuizError> {
        let anonymous = QuizClient::new(address, "");
        let joined: Joined =
            anonymous.call("POST", "/join", Some(json!({"code": code, "name": name, "team": team, "lang": lang})))?;
        let client = QuizClient { token: joined.token.clone(), ..anonymous };
        Ok((client, joined))
    }

    /// The participant, their programme, duels and possible opponents.
    pub fn me(&self) -> Result<Me, QuizError> {
        self.call("GET", "/me", None)
    }

    /// Sets the language the server writes questions and topics in (`de`, `en`).
    pub fn set_lang(&self, lang: &str) -> Result<(), QuizError> {
        let _: serde_json::Value = self.call("POST", "/lang", Some(json!({"lang": lang})))?;
        Ok(())
    }

    /// Challenges `opponent`; the new duel's id.
    pub fn challenge(&self, opponent: &str) -> Result<String, QuizError> {
        let created: Created = self.call("POST", "/duels", Some(json!({"opponent": opponent})))?;
        Ok(created.id)
    }

    /// A duel as the participant sees it.
    pub fn duel(&self, id: &str) -> Result<DuelView, QuizError> {
        self.call("GET", &format!("/duels/{id}"), None)
    }

    /// Picks the topic of the round the participant opens.
    pub fn pick(&self, id: &str, topic: &str) -> Result<DuelView, QuizError> {
        self.call("POST", &format!("/duels/{id}/pick"), Some(json!({"topic": topic})))
    }

    /// The participant's next question of a duel (its deadline starts now).
    pub fn duel_question(&self, id: &str) -> Result<Served, QuizError> {
        self.call("GET", &format!("/duels/{id}/question"), None)
    }

    /// The next practice question.
    pub fn practice(&self) -> Result<Served, QuizError> {
        self.call("GET", "/practice", None)
    }

    /// Answers with the option shown at `place`.
    pub fn answer(&self, asked_id: &str, place: usize) -> Result<Answered, QuizError> {
        self.call("POST", "/answers", Some(json!({"asked_id": asked_id, "option": place})))
    }

    /// Reports a question as `wrong` or `unclear`.
    pub fn report(&self, question_id: &str, reason: &str, text: &str) -> Result<(), QuizError> {
        let _: Created =
            self.call("POST", "/reports", Some(json!({"question_id": question_id, "reason": reason, "text": text})))?;
        Ok(())
    }

    /// The trainer's programmes.
    pub fn programmes(&self) -> Result<Vec<Programme>, QuizError> {
        self.call("GET", "/trainer/programmes", None)
    }

    /// The figures of one of the trainer's programmes.
    pub fn analytics(&self, programme: &str, lang: &str) -> Result<Analytics, QuizError> {
        self.call("GET", &format!("/trainer/programmes/{programme}/analytics?lang={lang}"), None)
    }

    /// The same as CSV for German Excel.
    pub fn csv(&self, programme: &str) -> Result<String, QuizError> {
        self.text("GET", &format!("/trainer/programmes/{programme}/analytics.csv"), None)
    }
}

#[derive(serde::Deserialize, Serialize)]
struct Created {
    id: String,
}
