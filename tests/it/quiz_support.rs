//! What the quiz tests share: a quiz server on a loopback port over a fresh database — a
//! SQLite file, and a new PostgreSQL database when `MEHRWERT_TEST_POSTGRES` names a server
//! (`.ci/run` starts one; on CI a missing server fails the tests rather than skipping them) —
//! and a small JSON client.

use std::sync::Arc;

use mehrwert::quiz::server::Quiz;
use mehrwert::quiz::store::Store;
use serde_json::{Value, json};

/// A fresh database: its URL, and what to drop afterwards.
pub(crate) struct Database {
    pub(crate) url: String,
    pub(crate) kind: &'static str,
    _folder: Option<tempfile::TempDir>,
    drop_pg: Option<(String, String)>,
}

impl Drop for Database {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.drop_pg.take() {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            runtime.block_on(async {
                sqlx::any::install_default_drivers();
                if let Ok(mut conn) = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin).await {
                    let _ =
                        sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut conn).await;
                }
            });
        }
    }
}

/// Every database the tests run on: SQLite always, PostgreSQL when configured.
pub(crate) fn databases() -> Vec<Database> {
    let folder = tempfile::tempdir().expect("temp");
    let mut out = vec![Database {
        url: format!("sqlite://{}", folder.path().join("quiz.sqlite").display()),
        kind: "sqlite",
        _folder: Some(folder),
        drop_pg: None,
    }];
    match std::env::var("MEHRWERT_TEST_POSTGRES") {
        Ok(admin) if !admin.is_empty() => out.push(postgres(&admin)),
        _ => assert!(
            std::env::var_os("CI").is_none(),
            "CI runs the quiz tests on PostgreSQL too: set MEHRWERT_TEST_POSTGRES"
        ),
    }
    out
}

/// A new, empty PostgreSQL database on the server `admin` points at.
fn postgres(admin: &str) -> Database {
    let name = format!("mwq_{}", &mehrwert::workshop::new_token().expect("token")[..16]);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        sqlx::any::install_default_drivers();
        let mut conn =
            <sqlx::AnyConnection as sqlx::Connection>::connect(admin).await.expect("MEHRWERT_TEST_POSTGRES reachable");
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.expect("create database");
    });
    let base = admin.rsplit_once('/').map_or(admin, |(base, _)| base);
    Database {
        url: format!("{base}/{name}"),
        kind: "postgres",
        _folder: None,
        drop_pg: Some((admin.to_string(), name)),
    }
}

/// A quiz server on 127.0.0.1 over one database, with a trainer.
pub(crate) struct Server {
    pub(crate) base: String,
    pub(crate) trainer: String,
    pub(crate) quiz: Arc<Quiz>,
    pub(crate) runtime: tokio::runtime::Runtime,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let quiz = self.quiz.clone();
        self.runtime.block_on(async move { quiz.store.close().await });
    }
}

/// Starts a server over `database`.
pub(crate) fn serve(database: &Database) -> Server {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (base, trainer, quiz) = runtime.block_on(async {
        let store = Store::open(&database.url).await.expect("open store");
        let (_, trainer) = store.trainer_link("Anna").await.expect("trainer");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let quiz = Quiz::new(store);
        tokio::spawn(mehrwert::quiz::server::serve(listener, quiz.clone(), async {
            let _ = stopped.await;
        }));
        (base, trainer, quiz)
    });
    Server { base, trainer, quiz, runtime, stop: Some(stop) }
}

impl Server {
    /// `method path` with the bearer `token` and a JSON `body`: status and JSON answer.
    pub(crate) fn call(&self, method: &str, path: &str, token: &str, body: Option<Value>) -> (u16, Value) {
        let (status, text) = self.raw(method, path, token, body.map(|b| b.to_string().into_bytes()));
        (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
    }

    /// The same with a raw body: status and text.
    pub(crate) fn raw(&self, method: &str, path: &str, token: &str, body: Option<Vec<u8>>) -> (u16, String) {
        let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
        let url = format!("{}{path}", self.base);
        let auth = format!("Bearer {token}");
        let result = match (method, body) {
            ("GET", _) => agent.get(&url).header("Authorization", &auth).call(),
            (_, Some(body)) => agent
                .post(&url)
                .header("Authorization", &auth)
                .header("Content-Type", "application/json")
                .send(&body[..]),
            (_, None) => agent.post(&url).header("Authorization", &auth).send_empty(),
        };
        match result {
            Ok(mut response) => (response.status().as_u16(), response.body_mut().read_to_string().unwrap_or_default()),
            Err(e) => panic!("{method} {path}: {e}"),
        }
    }

    /// A new programme of the trainer: its id and invitation code.
    pub(crate) fn programme(&self, name: &str) -> (String, String) {
        let (status, p) =
            self.call("POST", "/api/quiz/v1/trainer/programmes", &self.trainer, Some(json!({"name": name})));
        assert_eq!(status, 200, "{p}");
        (p["id"].as_str().expect("id").to_string(), p["invite_code"].as_str().expect("code").to_string())
    }

    /// A participant joins with `code`: their token and id.
    pub(crate) fn join(&self, code: &str, name: &str, team: &str) -> (String, String) {
        let (status, j) =
            self.call("POST", "/api/quiz/v1/join", "", Some(json!({"code": code, "name": name, "team": team})));
        assert_eq!(status, 200, "{j}");
        (j["token"].as_str().expect("token").to_string(), j["participant"]["id"].as_str().expect("id").to_string())
    }
}

/// The place (as shown) of the correct option of a served question, found from the bank by
/// its text — the way a person who knows the answer picks it.
pub(crate) fn correct_place(served: &Value) -> usize {
    let id = served["question_id"].as_str().expect("question id");
    let bank = mehrwert::quiz::bank::Bank::shipped();
    let question = mehrwert::quiz::play::find(&bank, id).expect("question in the bank");
    let answer = &question.de.answer;
    served["options"]
        .as_array()
        .expect("options")
        .iter()
        .position(|o| o.as_str() == Some(answer))
        .expect("answer shown")
}

/// A JSON client of a server at an address (for a server in another process).
pub(crate) struct Api {
    base: String,
    agent: ureq::Agent,
}

impl Api {
    /// A client of `address` (`127.0.0.1:port`).
    pub(crate) fn new(address: &str) -> Api {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(std::time::Duration::from_secs(10)))
            .build();
        Api { base: format!("http://{address}"), agent: config.into() }
    }

    /// The call; panics when the server cannot be reached.
    pub(crate) fn call(&self, method: &str, path: &str, token: &str, body: Option<Value>) -> (u16, Value) {
        let (status, value) = self.try_call(method, path, token, body);
        (status.unwrap_or_else(|| panic!("{method} {path}: no answer")), value)
    }

    /// The call; `None` for the status when the server cannot be reached.
    pub(crate) fn try_call(&self, method: &str, path: &str, token: &str, body: Option<Value>) -> (Option<u16>, Value) {
        let url = format!("{}{path}", self.base);
        let auth = format!("Bearer {token}");
        let result = match body {
            None if method == "GET" => self.agent.get(&url).header("Authorization", &auth).call(),
            None => self.agent.post(&url).header("Authorization", &auth).send_empty(),
            Some(body) => self.agent.post(&url).header("Authorization", &auth).send_json(body),
        };
        match result {
            Ok(mut response) => {
                let text = response.body_mut().read_to_string().unwrap_or_default();
                (Some(response.status().as_u16()), serde_json::from_str(&text).unwrap_or(Value::String(text)))
            }
            Err(_) => (None, Value::Null),
        }
    }
}
