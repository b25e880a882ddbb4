//! The workshop host on 127.0.0.1 with teams and a trainer as clients: a whole game, the
//! privacy of every endpoint, deadline, correction, undo, retries, bad requests, and a host
//! killed during submissions that resumes from its journal with the same results.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use mehrwert::model::Money;
use mehrwert::scenario::{DEFAULT_SCENARIO, Decisions, default_scenario};
use mehrwert::sim::Simulation;
use mehrwert::workshop::client::{CallError, Client};
use mehrwert::workshop::host::Host;
use mehrwert::workshop::journal::{Event, Journal, Missing};
use mehrwert::workshop::protocol::{DeadlineRequest, Participation};
use rust_decimal::Decimal;

/// A host serving on a free loopback port, with what the trainer's screen shows.
pub(crate) struct Running {
    pub(crate) address: String,
    pub(crate) trainer: String,
    pub(crate) observer: String,
    /// (team name, company, join code), in seat order.
    pub(crate) seats: Vec<(String, String, String)>,
    host: Arc<Host>,
    journal: PathBuf,
    runtime: tokio::runtime::Runtime,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    _dir: tempfile::TempDir,
}

impl Running {
    pub(crate) fn trainer(&self) -> Client {
        Client::new(&self.address).with_token(&self.trainer)
    }

    /// A team's client, joined with its code from `device`.
    pub(crate) fn team(&self, i: usize, device: &str) -> Client {
        let (_, _, code) = &self.seats[i];
        let joined = match Client::new(&self.address).join(code, device) {
            Ok(joined) => joined,
            Err(e) => panic!("join {code}: {e}"),
        };
        assert_eq!(joined.company, self.seats[i].1);
        Client::new(&self.address).with_token(&joined.token)
    }

    pub(crate) fn company(&self, i: usize) -> &str {
        &self.seats[i].1
    }

    /// Rows in the journal, read through a connection of the test's own.
    fn journal_rows(&self) -> usize {
        self.runtime.block_on(async {
            let journal = Journal::open(&self.journal).await.expect("journal opens");
            let rows = journal.entries().await.expect("journal reads").len();
            journal.close().await;
            rows
        })
    }

    /// The game as the host holds it, as save-game text.
    pub(crate) fn save_text(&self) -> String {
        self.runtime.block_on(async {
            let room = self.host.room().lock().await;
            room.save_game().expect("a game").to_ron().expect("ron")
        })
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Starts a host of the default scenario with `teams` teams and `seed`.
pub(crate) fn start(teams: usize, seed: u64) -> Running {
    start_with(DEFAULT_SCENARIO, teams, seed)
}

/// Starts a host of the scenario `text` with `teams` teams and `seed`.
fn start_with(text: &str, teams: usize, seed: u64) -> Running {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = dir.path().join("workshop.sqlite");
    let scenario = mehrwert::scenario::parse_scenario(text, None).expect("scenario");
    let names: Vec<(String, String)> = scenario
        .companies
        .iter()
        .take(teams)
        .enumerate()
        .map(|(i, c)| (format!("Team {}", i + 1), c.id.clone()))
        .collect();
    let created = mehrwert::workshop::create_event("Test", text, seed, &names).expect("created");
    let Event::Created { teams: seats, trainer_token, observer_token, .. } = &created else { panic!("a creation") };
    let observer = observer_token.clone();
    let seats = seats.iter().map(|s| (s.name.clone(), s.company.clone(), s.code.clone())).collect();
    let trainer = trainer_token.clone();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let (host, listener) = runtime.block_on(async {
        let host = Host::create(&journal, created).await.expect("host");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        (host, listener)
    });
    let address = listener.local_addr().expect("address").to_string();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let served = host.clone();
    runtime.spawn(async move {
        let _ = mehrwert::workshop::host::serve(listener, served, async {
            let _ = stopped.await;
        })
        .await;
    });
    Running { address, trainer, observer, seats, host, journal, runtime, stop: Some(stop), _dir: dir }
}

/// Team `i`'s decisions for the year: last year's, with a list price `i` € higher in every
/// segment and 10 000 € more marketing per year played.
pub(crate) fn decisions_of(view_start: &Decisions, i: usize, year: u32) -> Decisions {
    let mut d = view_start.clone();
    for segment in &mut d.segments {
        segment.list_price += Decimal::from(i as u64);
    }
    d.marketing += Money::euros(10_000 * i64::from(year));
    d
}

pub(crate) fn refused(result: Result<impl std::fmt::Debug, CallError>) -> (u16, String) {
    match result {
        Err(CallError::Refused { status, body }) => (status, body.error),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn four_teams_play_a_whole_game_with_the_results_of_the_engine_played_directly() {
    let room = start(4, 7);
    let teams: Vec<Client> = (0..4).map(|i| room.team(i, &format!("laptop-{i}"))).collect();
    let trainer = room.trainer();
    let mut played: Vec<Vec<Decisions>> = Vec::new();
    for year in 1..=6u32 {
        let mut this_year = Vec::new();
        for (i, team) in teams.iter().enumerate() {
            let view = team.team(room.company(i)).expect("team view");
            assert_eq!((view.year, view.released as usize), (year, played.len()));
            assert_eq!(view.history.len(), played.len(), "a team sees its released years");
            let d = decisions_of(view.draft_start.as_ref().expect("a draft start"), i, year);
            let preview = team.preview(room.company(i), &d, &[]).expect("pro-forma");
            assert_eq!(preview.report.year, year);
            let ok =
                team.submit(room.company(i), &format!("y{year}-t{i}"), &format!("laptop-{i}"), &d).expect("submit");
            assert!(!ok.repeated);
            this_year.push(d);
        }
        let console = trainer.console().expect("console");
        assert!(console.teams.iter().all(|t| t.submitted_ms.is_some()), "{console:?}");
        trainer.close(Missing::Refuse).expect("close");
        trainer.release().expect("release");
        played.push(this_year);
    }
    let view = teams[2].team(room.company(2)).expect("view");
    assert_eq!((view.year, view.history.len(), view.market.len()), (7, 6, 6));
    let ranks: Vec<usize> = view.leaderboard.iter().map(|e| e.rank).collect();
    assert_eq!(ranks, vec![1, 2, 3, 4, 5], "every company of the scenario ranks, the computer's too");
    assert_eq!(refused(teams[0].submit(room.company(0), "late", "x", &played[5][0])).0, 409, "nothing open");

    // The same decisions through the engine directly: the same game, byte for byte.
    let mut sim = Simulation::new().expect("sim");
    let game = sim.new_game(Arc::new(default_scenario().expect("scenario")), 7).expect("game");
    for year in &played {
        for d in year {
            sim.submit(game, d.clone()).expect("submit");
        }
        sim.play_year();
    }
    let direct = sim.save_game(game).expect("save").to_ron().expect("ron");
    assert_eq!(room.save_text(), direct);
}

#[test]
fn no_team_reads_or_changes_another_teams_data() {
    let room = start(3, 1);
    let teams: Vec<Client> = (0..3).map(|i| room.team(i, "pc")).collect();
    let start_of = |i: usize| teams[i].team(room.company(i)).expect("own view").draft_start.expect("draft");
    for (i, team) in teams.iter().enumerate() {
        for j in (0..3).filter(|&j| j != i) {
            let other = room.company(j);
            let d = start_of(j);
            assert_eq!(refused(team.team(other)), (403, "forbidden".into()));
            assert_eq!(refused(team.preview(other, &d, &[])), (403, "forbidden".into()));
            assert_eq!(refused(team.submit(other, "r1", "pc", &d)), (403, "forbidden".into()));
            assert_eq!(refused(team.withdraw(other, "pc")), (403, "forbidden".into()));
            assert_eq!(refused(team.consent(other, true)), (403, "forbidden".into()));
            assert_eq!(refused(team.practice(other)), (403, "forbidden".into()));
        }
        assert_eq!(refused(team.console()), (403, "forbidden".into()));
        assert_eq!(refused(team.close(Missing::Computer)), (403, "forbidden".into()));
        assert_eq!(refused(team.undo()), (403, "forbidden".into()));
        assert_eq!(refused(team.release()), (403, "forbidden".into()));
        assert_eq!(refused(team.pilot(room.company(i), true)), (403, "forbidden".into()));
        assert_eq!(refused(team.correct(room.company(i), "me", "why", &start_of(i))), (403, "forbidden".into()));
        assert_eq!(refused(team.deadline(DeadlineRequest::Clear)), (403, "forbidden".into()));
    }
    // A team's own view holds its own company's books and nobody else's.
    for (i, team) in teams.iter().enumerate() {
        let view = team.team(room.company(i)).expect("own view");
        let snapshot = view.snapshot.expect("year 1 is open");
        let ids: Vec<&str> = snapshot.companies.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, vec![room.company(i)]);
        assert!(view.leaderboard.is_empty() && view.history.is_empty() && view.market.is_empty());
    }
    assert!(teams[0].scenario().is_ok(), "a team reads the scenario's rules");
    // No token, a made-up token, a wrong join code: 401.
    let nobody = Client::new(&room.address);
    assert_eq!(refused(nobody.team(room.company(0))).0, 401);
    assert_eq!(refused(nobody.console()).0, 401);
    assert_eq!(refused(nobody.clone().with_token("0123456789abcdef0123456789abcdef").team(room.company(0))).0, 401);
    assert_eq!(refused(nobody.join("BLAU-0000x", "pc")).0, 401);
    // The trainer reads a team's view but does not submit for it.
    let trainer = room.trainer();
    assert!(trainer.team(room.company(1)).is_ok());
    assert_eq!(refused(trainer.submit(room.company(1), "t", "pc", &start_of(1))).0, 403);
    // An observer (co-trainer, projector) reads the console and nothing else.
    let observer = Client::new(&room.address).with_token(&room.observer);
    assert_eq!(observer.console().expect("the console").teams.len(), 3);
    assert_eq!(refused(observer.team(room.company(0))), (403, "forbidden".into()));
    assert_eq!(refused(observer.preview(room.company(0), &start_of(0), &[])), (403, "forbidden".into()));
    assert_eq!(refused(observer.submit(room.company(0), "o", "pc", &start_of(0))), (403, "forbidden".into()));
    assert_eq!(refused(observer.close(Missing::Computer)), (403, "forbidden".into()));
    assert_eq!(refused(observer.release()), (403, "forbidden".into()));
    assert_eq!(refused(observer.undo()), (403, "forbidden".into()));
    assert_eq!(refused(observer.pilot(room.company(0), true)), (403, "forbidden".into()));
    assert_eq!(refused(observer.deadline(DeadlineRequest::Clear)), (403, "forbidden".into()));
    assert_eq!(refused(observer.correct(room.company(0), "o", "why", &start_of(0))), (403, "forbidden".into()));
    assert_eq!(refused(observer.consent(room.company(0), true)), (403, "forbidden".into()));
    assert_eq!(refused(trainer.consent(room.company(0), true)), (403, "forbidden".into()));
    // The observer's token typed as a join code: an observer, who reads the room (console,
    // released reports — none yet) and nothing of a team's; a team does not read the room.
    let joined = Client::new(&room.address).join(&format!(" {} ", room.observer), "Beamer").expect("observer joins");
    assert!(joined.observer && joined.company.is_empty() && joined.token == room.observer);
    let view = observer.room().expect("the room");
    assert_eq!((view.console.teams.len(), view.companies.len()), (3, 5));
    // The join codes stay with the trainer.
    assert!(view.console.teams.iter().all(|t| t.code.is_empty()));
    assert!(observer.console().expect("console").teams.iter().all(|t| t.code.is_empty()));
    assert!(trainer.console().expect("console").teams.iter().all(|t| !t.code.is_empty()));
    assert!(view.companies.iter().all(|c| c.history.is_empty()) && view.market.is_empty(), "nothing released yet");
    assert_eq!(refused(teams[0].room()), (403, "forbidden".into()));
    assert_eq!(refused(Client::new(&room.address).room()).0, 401);
    // Nothing of all that reached the journal: the creation and the three joins.
    assert_eq!(room.journal_rows(), 4);
}

#[test]
fn retries_are_one_submission_and_a_closed_year_takes_none() {
    let room = start(2, 3);
    let team = room.team(0, "pc");
    let company = room.company(0).to_string();
    let d = team.team(&company).expect("view").draft_start.expect("draft");
    let rows = room.journal_rows();
    let first = team.submit(&company, "req-1", "pc", &d).expect("submit");
    let again = team.submit(&company, "req-1", "pc", &d).expect("retry");
    assert!(!first.repeated && again.repeated);
    assert_eq!(first.at_ms, again.at_ms);
    assert_eq!(room.journal_rows(), rows + 1, "a retry writes nothing");
    // A new request id is a revision; the console counts it.
    team.submit(&company, "req-2", "tablet", &d).expect("resubmit");
    let status = room.trainer().console().expect("console").teams[0].clone();
    assert_eq!((status.revisions, status.submitted_by.as_deref()), (2, Some("tablet")));
    // Taken back and submitted again: the third submission of the year, not a first.
    team.withdraw(&company, "tablet").expect("withdraw");
    team.submit(&company, "req-3", "tablet", &d).expect("submit again");
    let status = room.trainer().console().expect("console").teams[0].clone();
    assert_eq!(status.revisions, 3);
    let submitted_ms = status.submitted_ms.expect("submitted");
    room.trainer().close(Missing::KeepLast).expect("close, the other team keeps last year's");
    // The debrief's record of the year: when and how often team 1 submitted, team 2 kept.
    let console = room.trainer().console().expect("console");
    assert_eq!(console.seed, 3);
    let year = &console.participation[0];
    assert_eq!(year.year, 1);
    assert_eq!(
        year.teams,
        [
            (company.clone(), Participation::Submitted { at_ms: submitted_ms, revisions: 3, corrected: false }),
            (room.company(1).to_string(), Participation::Kept),
        ]
    );
    // Not on an observer's laptop, which may stand at the projector.
    let observer = Client::new(&room.address).with_token(&room.observer);
    assert!(observer.console().expect("console").participation.is_empty());
    assert!(observer.room().expect("room").console.participation.is_empty());
    // Year 1 is closed: the old request and year-1 decisions are refused, and nothing changes.
    let rows = room.journal_rows();
    assert_eq!(refused(team.submit(&company, "req-2", "pc", &d)).0, 409);
    assert_eq!(refused(team.submit(&company, "req-3", "pc", &d)).0, 409);
    assert_eq!(room.journal_rows(), rows);
}

#[test]
fn the_trainer_runs_deadline_force_close_correction_and_undo() {
    let room = start(3, 5);
    let trainer = room.trainer();
    let teams: Vec<Client> = (0..3).map(|i| room.team(i, "pc")).collect();
    let draft = |i: usize| teams[i].team(room.company(i)).expect("view").draft_start.expect("draft");
    // A deadline of 0 seconds has passed: submissions wait for more time.
    trainer.deadline(DeadlineRequest::Set { seconds: 0 }).expect("deadline");
    assert_eq!(refused(teams[0].submit(room.company(0), "a", "pc", &draft(0))).0, 409);
    let console = trainer.deadline(DeadlineRequest::Extend { seconds: 600 }).expect("extend");
    let left = console.deadline_left_ms.expect("a deadline");
    assert!((590_000..=600_000).contains(&left), "{left}");
    let paused = trainer.deadline(DeadlineRequest::Pause).expect("pause");
    assert!(paused.deadline_paused);
    assert_eq!(refused(trainer.deadline(DeadlineRequest::Set { seconds: 100_000 })).0, 400);
    teams[0].submit(room.company(0), "a", "pc", &draft(0)).expect("submit while paused");
    // Team 2 submits; team 3 does not: a plain close is refused, naming it.
    teams[1].submit(room.company(1), "b", "pc", &draft(1)).expect("submit");
    assert_eq!(refused(trainer.close(Missing::Refuse)), (409, "conflict".into()));
    // The trainer corrects team 1's decisions, with a reason the team sees.
    let mut corrected = draft(0);
    corrected.marketing = Money::euros(123_000);
    assert_eq!(refused(trainer.correct(room.company(0), "Trainer", " ", &corrected)).0, 400);
    trainer.correct(room.company(0), "Trainer", "Tippfehler im Marketing", &corrected).expect("correct");
    let view = teams[0].team(room.company(0)).expect("view");
    let submitted = view.submitted.expect("submitted");
    assert_eq!(submitted.decisions.marketing, Money::euros(123_000));
    assert_eq!(submitted.corrected_because.as_deref(), Some("Tippfehler im Marketing"));
    assert!(trainer.console().expect("console").teams[0].corrected);
    // Force the close: the computer plays team 3.
    let before = room.save_text();
    trainer.close(Missing::Computer).expect("forced close");
    let after_first_close = room.save_text();
    assert_ne!(before, after_first_close);
    // Undo: year 1 is open again with both submissions kept; closing again gives the same year.
    let console = trainer.undo().expect("undo");
    assert_eq!((console.year, console.closed), (1, 0));
    assert_eq!(room.save_text(), before, "undo replays to the start of the year");
    assert!(teams[0].team(room.company(0)).expect("view").submitted.is_some());
    assert!(teams[1].team(room.company(1)).expect("view").submitted.is_some());
    assert!(teams[2].team(room.company(2)).expect("view").submitted.is_none());
    trainer.close(Missing::Computer).expect("close again");
    assert_eq!(room.save_text(), after_first_close, "the same inputs give the same year");
    // Results are the teams' only once released; until then a team's laptop waits.
    let waiting = teams[2].team(room.company(2)).expect("view");
    assert!(waiting.history.is_empty() && waiting.snapshot.is_none());
    trainer.release().expect("release");
    assert_eq!(teams[2].team(room.company(2)).expect("view").history.len(), 1);
    // The corrected team reads why its year was played with other decisions; no other does.
    let note = mehrwert::workshop::protocol::CorrectionNote {
        year: 1,
        by: "Trainer".into(),
        why: "Tippfehler im Marketing".into(),
    };
    assert_eq!(teams[0].team(room.company(0)).expect("view").corrections, vec![note]);
    assert!(teams[1].team(room.company(1)).expect("view").corrections.is_empty());
    assert_eq!(refused(trainer.release()).0, 409, "nothing new to release");
    // A team handed to the computer needs no submission for a plain close.
    trainer.pilot(room.company(2), true).expect("pilot");
    teams[0].submit(room.company(0), "c", "pc", &draft(0)).expect("submit");
    teams[1].submit(room.company(1), "d", "pc", &draft(1)).expect("submit");
    trainer.close(Missing::Refuse).expect("close with team 3 played by the computer");
}

/// A raw POST with `body` and `headers`: status and body text.
fn raw_post(address: &str, path: &str, headers: &[(&str, &str)], body: Vec<u8>) -> (u16, String) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut request = agent.post(&format!("http://{address}{path}"));
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    match request.send(&body[..]) {
        Ok(mut response) => (response.status().as_u16(), response.body_mut().read_to_string().unwrap_or_default()),
        Err(e) => panic!("{path}: {e}"),
    }
}

#[test]
fn bad_requests_get_a_clear_4xx_and_change_nothing() {
    let room = start(2, 2);
    let team = room.team(0, "pc");
    let joined = Client::new(&room.address).join(&room.seats[0].2, "pc").expect("join");
    let bearer = format!("Bearer {}", joined.token);
    let trainer = format!("Bearer {}", room.trainer);
    let company = room.company(0).to_string();
    let d = team.team(&company).expect("view").draft_start.expect("draft");
    let rows = room.journal_rows();
    let submit = format!("/api/v1/teams/{company}/submit");
    let auth = [("authorization", bearer.as_str())];
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        (&submit, b"{".to_vec(), 400, "not the JSON expected"),
        (&submit, b"[]".to_vec(), 400, "not the JSON expected"),
        (&submit, br#"{"request_id": 5, "device": "pc", "decisions": {}}"#.to_vec(), 400, "invalid type"),
        (&submit, br#"{"request_id": "a", "device": "pc", "decisions": {}, "x": 1}"#.to_vec(), 400, "not the JSON"),
        (&submit, vec![b'x'; 200_000], 413, "over 65536 bytes"),
    ];
    for (path, body, status, needle) in cases {
        let (got, text) = raw_post(&room.address, path, &auth, body);
        assert_eq!(got, status, "{text}");
        assert!(text.contains(needle), "{text}");
    }
    // A request id that is not one, decisions of another year, decisions that break the rules.
    let request = |id: &str, d: &Decisions| {
        serde_json::to_vec(&serde_json::json!({"request_id": id, "device": "pc", "decisions": d})).expect("json")
    };
    assert_eq!(raw_post(&room.address, &submit, &auth, request("a b", &d)).0, 400);
    let mut wrong_year = d.clone();
    wrong_year.year = 3;
    assert_eq!(raw_post(&room.address, &submit, &auth, request("a", &wrong_year)).0, 409);
    let mut broken = d.clone();
    broken.segments[0].list_price = Decimal::ZERO;
    let (status, text) = raw_post(&room.address, &submit, &auth, request("a", &broken));
    assert_eq!(status, 422, "{text}");
    assert!(text.contains("E-RANGE") && text.contains("list_price"), "{text}");
    // Another protocol version is named plainly.
    let (status, text) = raw_post(&room.address, &submit, &[auth[0], ("mehrwert-protocol", "2")], request("a", &d));
    assert_eq!(status, 400);
    assert!(text.contains("protocol 1, the client 2"), "{text}");
    // No such route.
    assert_eq!(raw_post(&room.address, "/api/v2/anything", &auth, Vec::new()).0, 404);
    // Noise into every route, with and without tokens: always 4xx.
    let routes = [
        "/api/v1/join".to_string(),
        submit.clone(),
        format!("/api/v1/teams/{company}/preview"),
        format!("/api/v1/teams/{company}/withdraw"),
        "/api/v1/trainer/close".into(),
        "/api/v1/trainer/deadline".into(),
        "/api/v1/trainer/correct".into(),
        "/api/v1/trainer/pilot".into(),
        format!("/api/v1/teams/{company}/consent"),
        "/api/v1/trainer/event".into(),
        "/api/v1/trainer/event/preview".into(),
        "/api/v1/trainer/end".into(),
        "/api/v1/trainer/release".into(),
        "/api/v1/trainer/undo".into(),
    ];
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..168 {
        let len = (next() % 300) as usize;
        let mut body: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        if round % 3 == 0 {
            // JSON-like noise reaches the deserializer.
            body = format!("{{\"missing\": {}, \"computer\": \"{}\"}}", next() % 7, next()).into_bytes();
        }
        let route = &routes[round % routes.len()];
        let who: &[(&str, &str)] = match round % 3 {
            0 => &[],
            1 => &auth,
            _ => &[("authorization", trainer.as_str())],
        };
        let (status, text) = raw_post(&room.address, route, who, body);
        assert!((400..500).contains(&status), "{route}: {status} {text}");
        assert!(text.contains("\"error\""), "{route}: {text}");
    }
    assert_eq!(room.journal_rows(), rows, "no bad request reached the journal");
    assert!(team.team(&company).expect("the host still answers").submitted.is_none());
}

/// The host binary as a child process on a free port, with its printed join codes.
pub(crate) struct HostProcess {
    pub(crate) child: std::process::Child,
    pub(crate) address: String,
    pub(crate) trainer: String,
    pub(crate) codes: Vec<String>,
}

/// A test that fails half-way leaves no host running (it would hold the test's output open).
impl Drop for HostProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn spawn_host(journal: &Path, resume: bool) -> HostProcess {
    spawn_host_of(journal, resume, 3, 11)
}

/// The host binary with `teams` teams of the default scenario and `seed`.
pub(crate) fn spawn_host_of(journal: &Path, resume: bool, teams: usize, seed: u64) -> HostProcess {
    use std::io::BufRead;
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_mehrwert"));
    let (teams_arg, seed_arg) = (teams.to_string(), seed.to_string());
    command.args(["host", "--teams", &teams_arg, "--seed", &seed_arg, "--listen", "127.0.0.1:0", "--lang", "en"]);
    command.arg("--journal");
    command.arg(journal);
    if resume {
        command.arg("--resume");
    }
    let mut child = command.stdout(std::process::Stdio::piped()).spawn().expect("host starts");
    let stdout = child.stdout.take().expect("stdout");
    let (mut address, mut trainer, mut codes) = (String::new(), String::new(), Vec::new());
    for line in std::io::BufReader::new(stdout).lines().take(10) {
        let line = line.expect("a line");
        if let Some(at) = line.find("http://") {
            address = line[at + 7..].trim().to_string();
        } else if let Some(token) = line.strip_prefix("Trainer token: ") {
            trainer = token.trim().to_string();
        } else if let Some((_, code)) = line.strip_prefix("Team ").and_then(|l| l.split_once("join code ")) {
            codes.push(code.trim().to_string());
        } else if line.starts_with("Stop with") {
            break;
        }
    }
    assert!(!address.is_empty() && !trainer.is_empty() && codes.len() == teams, "{address} {trainer} {codes:?}");
    HostProcess { child, address, trainer, codes }
}

#[test]
fn a_host_killed_during_submissions_resumes_with_the_same_results() {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = dir.path().join("room.sqlite");
    let mut host = spawn_host(&journal, false);
    let companies = ["hanse", "alpen", "rhein"];
    let mut tokens = Vec::new();
    for code in &host.codes {
        tokens.push(Client::new(&host.address).join(code, "pc").expect("join").token);
    }
    let mut played: Vec<Vec<Decisions>> = Vec::new();
    for year in 1..=3u32 {
        let mut this_year = Vec::new();
        for (i, company) in companies.iter().enumerate() {
            let team = Client::new(&host.address).with_token(&tokens[i]);
            let start = team.team(company).expect("view").draft_start.expect("draft");
            let d = decisions_of(&start, i, year);
            team.submit(company, &format!("y{year}-{i}"), "pc", &d).expect("submit");
            this_year.push(d.clone());
            // Killed (SIGKILL: no clean stop) after the second team's submission of year 2,
            // and again right after the close of year 3; restarted from the journal.
            if year == 2 && i == 1 {
                host.child.kill().expect("kill");
                let _ = host.child.wait();
                host = spawn_host(&journal, true);
                // The same codes and tokens; the retry of the accepted submission changes nothing.
                let again = Client::new(&host.address).with_token(&tokens[i]).submit(
                    company,
                    &format!("y{year}-{i}"),
                    "pc",
                    &d,
                );
                assert!(again.expect("retry after the restart").repeated);
            }
        }
        let trainer = Client::new(&host.address).with_token(&host.trainer);
        trainer.close(Missing::Refuse).expect("close");
        trainer.release().expect("release");
        played.push(this_year);
        if year == 3 {
            host.child.kill().expect("kill");
            let _ = host.child.wait();
            host = spawn_host(&journal, true);
        }
    }
    let team = Client::new(&host.address).with_token(&tokens[0]);
    let view = team.team("hanse").expect("view");
    assert_eq!((view.year, view.history.len()), (4, 3));
    // Uninterrupted: the same decisions through the engine; the host's reports are those.
    let mut sim = Simulation::new().expect("sim");
    let game = sim.new_game(Arc::new(default_scenario().expect("scenario")), 11).expect("game");
    for year in &played {
        for d in year {
            sim.submit(game, d.clone()).expect("submit");
        }
        sim.play_year();
    }
    let direct: BTreeMap<String, _> = sim.reports(game).into_iter().map(|c| (c.id.clone(), c.history)).collect();
    assert_eq!(serde_json::to_string(&view.history).ok(), serde_json::to_string(&direct["hanse"]).ok());
    let _ = host.child.kill();
    let _ = host.child.wait();
}

/// The default scenario with eight companies (the most a workshop seats).
fn eight_companies() -> String {
    let mut scenario = default_scenario().expect("scenario");
    let base = scenario.companies.clone();
    scenario.companies = (0..8)
        .map(|i| mehrwert::scenario::CompanySetup {
            id: format!("c{i}"),
            name: format!("Firma {i}"),
            strategy: base[i % base.len()].strategy,
        })
        .collect();
    ron::ser::to_string(&scenario).expect("ron")
}

/// A soak: whole workshops of 8 teams × 6 years in which laptops drop off and join again
/// with a new connection, answers are lost and requests retried, and teams take their
/// decisions back and change them. Nothing is lost: every year is played with each team's
/// last accepted decisions, exactly as the engine plays them directly.
#[test]
fn a_soak_of_eight_teams_with_disconnects_and_retries_loses_nothing() {
    const GAMES: u64 = 50;
    let text = eight_companies();
    let scenario = Arc::new(mehrwert::scenario::parse_scenario(&text, None).expect("scenario"));
    let (mut retries, mut reconnects, mut revisions) = (0, 0, 0);
    for game in 0..GAMES {
        let room = start_with(&text, 8, game);
        let mut state = 0x2545_F491_4F6C_DD1Du64 ^ (game + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut clients: Vec<Client> = (0..8).map(|i| room.team(i, "pc")).collect();
        let mut played: Vec<Vec<Decisions>> = Vec::new();
        for year in 1..=scenario.years {
            let mut this_year = Vec::new();
            for (i, client) in clients.iter_mut().enumerate() {
                let company = room.company(i).to_string();
                if next() % 5 == 0 {
                    // The laptop dropped off the network and joins again with its code.
                    *client = room.team(i, "pc-again");
                    reconnects += 1;
                }
                let start = client.team(&company).expect("view").draft_start.expect("draft");
                let mut d = start.clone();
                d.segments[0].list_price += Decimal::from(next() % 7);
                let id = format!("g{game}-y{year}-t{i}");
                client.submit(&company, &id, "pc", &d).expect("submit");
                if next() % 3 == 0 {
                    // The answer was lost: the same request again changes nothing.
                    assert!(client.submit(&company, &id, "pc", &d).expect("retry").repeated);
                    retries += 1;
                }
                if next() % 4 == 0 {
                    // Taken back and changed: the new decisions count.
                    client.withdraw(&company, "pc").expect("withdraw");
                    d.marketing += Money::euros(5_000);
                    client.submit(&company, &format!("{id}-b"), "pc", &d).expect("resubmit");
                    revisions += 1;
                }
                this_year.push(d);
            }
            room.trainer().close(Missing::Refuse).expect("every team submitted");
            room.trainer().release().expect("release");
            played.push(this_year);
        }
        let mut sim = Simulation::new().expect("sim");
        let direct = sim.new_game(scenario.clone(), game).expect("game");
        for year in &played {
            for d in year {
                sim.submit(direct, d.clone()).expect("submit");
            }
            sim.play_year();
        }
        assert_eq!(room.save_text(), sim.save_game(direct).expect("save").to_ron().expect("ron"), "game {game}");
    }
    assert!(retries > 100 && reconnects > 100 && revisions > 100, "{retries} {reconnects} {revisions}");
}

#[test]
fn guessing_join_codes_is_stopped_after_twenty_wrong_ones_a_minute() {
    let room = start(2, 4);
    let team = room.team(0, "pc");
    let nobody = Client::new(&room.address);
    for i in 0..20 {
        assert_eq!(refused(nobody.join(&format!("BLAU-{i:04}x"), "pc")).0, 401, "wrong code {i}");
    }
    assert_eq!(refused(nobody.join("BLAU-0000x", "pc")), (429, "too_many".into()));
    // For that minute the room takes no join at all, the right code included.
    assert_eq!(refused(nobody.join(&room.seats[0].2, "pc")).0, 429);
    // A team that joined before plays on.
    assert_eq!(team.team(room.company(0)).expect("view").year, 1);
    assert_eq!(room.journal_rows(), 2, "the creation and the one join: no wrong code reached the journal");
}

#[test]
fn an_announced_event_shows_its_effect_on_each_team_first_and_is_then_played() {
    use mehrwert::scenario::{Event as ScenarioEvent, EventEffect};
    let room = start(2, 6);
    let teams: Vec<Client> = (0..2).map(|i| room.team(i, "pc")).collect();
    let trainer = room.trainer();
    let start0 = teams[0].team(room.company(0)).expect("view").draft_start.expect("draft");
    teams[0].submit(room.company(0), "a", "pc", &start0).expect("submit");
    let slump = ScenarioEvent {
        year: 1,
        headline: "Nachfrageeinbruch im Fachhandel".into(),
        effect: EventEffect::Demand { segment: None, factor: Decimal::new(5, 1) },
    };
    let rows = room.journal_rows();
    let effects = trainer.event_effect(&slump).expect("the effect, before anything changes");
    assert_eq!(effects.len(), 2);
    for e in &effects {
        assert!(e.eva_after < e.eva_before, "half the demand lowers {}'s EVA: {e:?}", e.team);
    }
    assert_eq!(room.journal_rows(), rows, "a preview writes nothing");
    // Out of range, or for another year: refused, nothing changes.
    let absurd =
        ScenarioEvent { effect: EventEffect::Demand { segment: None, factor: Decimal::from(9) }, ..slump.clone() };
    assert_eq!(refused(trainer.inject(&absurd)).0, 422);
    assert_eq!(refused(trainer.inject(&ScenarioEvent { year: 2, ..slump.clone() })).0, 409);
    assert_eq!(refused(teams[0].inject(&slump)).0, 403);
    trainer.inject(&slump).expect("announced");
    // The team's form announces it, and its pro-forma is the preview's "after".
    let view = teams[0].team(room.company(0)).expect("view");
    let events = &view.snapshot.expect("open").scenario.events;
    assert!(events.iter().any(|e| e.headline == slump.headline && e.year == 1));
    let planned = teams[0].preview(room.company(0), &start0, &[]).expect("pro-forma");
    assert_eq!(planned.report.eva.eva, effects[0].eva_after);
    let start1 = teams[1].team(room.company(1)).expect("view").draft_start.expect("draft");
    teams[1].submit(room.company(1), "b", "pc", &start1).expect("submit");
    trainer.close(Missing::Refuse).expect("close");
    // Played with the event: the engine with the scenario and the event gives the same year.
    let mut scenario = default_scenario().expect("scenario");
    scenario.events.push(slump.clone());
    let mut sim = Simulation::new().expect("sim");
    let game = sim.new_game(Arc::new(scenario), 6).expect("game");
    sim.submit(game, start0).expect("submit");
    sim.submit(game, start1).expect("submit");
    sim.play_year();
    assert_eq!(room.save_text(), sim.save_game(game).expect("save").to_ron().expect("ron"));
    assert!(room.save_text().contains("Nachfrageeinbruch im Fachhandel"));
}
