//! The quiz server's load test (`mehrwert serve --load-test N`): a fresh SQLite database in a
//! temporary folder, the server on a loopback port in its own runtime, and N participants
//! that each ask for a practice question, answer it and think for half a second to a second
//! and a half — twenty times faster than people play — over kept-alive connections, for a
//! bounded time. Prints the question requests' latency percentiles.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::server::Quiz;
use super::store::Store;
use crate::sim::rng::Rng;

/// One kept-alive HTTP/1.1 connection (just enough client for the server's JSON).
struct Connection {
    stream: TcpStream,
    buffer: Vec<u8>,
}

impl Connection {
    async fn request(&mut self, method: &str, path: &str, token: &str, body: &str) -> anyhow::Result<(u16, String)> {
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        self.stream.write_all(request.as_bytes()).await?;
        loop {
            if let Some(end) = self.buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&self.buffer[..end]).to_string();
                let status: u16 = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
                let length: usize = head
                    .lines()
                    .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().to_string()))
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0);
                while self.buffer.len() < end + 4 + length {
                    self.fill().await?;
                }
                let body = String::from_utf8_lossy(&self.buffer[end + 4..end + 4 + length]).to_string();
                self.buffer.drain(..end + 4 + length);
                return Ok((status, body));
            }
            self.fill().await?;
        }
    }

    async fn fill(&mut self) -> anyhow::Result<()> {
        let mut chunk = [0u8; 16 * 1024];
        let n = self.stream.read(&mut chunk).await?;
        anyhow::ensure!(n > 0, "the server closed the connection");
        self.buffer.extend_from_slice(&chunk[..n]);
        Ok(())
    }
}

/// What one participant measured.
#[derive(Default)]
struct Tally {
    question_us: Vec<u64>,
    answer_us: Vec<u64>,
    failures: u64,
}

async fn participant(address: std::net::SocketAddr, token: String, until: Instant, seed: u64) -> anyhow::Result<Tally> {
    let mut connection = Connection { stream: TcpStream::connect(address).await?, buffer: Vec::new() };
    connection.stream.set_nodelay(true)?;
    let mut rng = Rng::new(seed);
    let mut tally = Tally::default();
    // Participants do not all start in the same millisecond.
    tokio::time::sleep(Duration::from_millis(rng.below(1000))).await;
    while Instant::now() < until {
        let started = Instant::now();
        let (status, body) = connection.request("GET", "/api/quiz/v1/practice", &token, "").await?;
        tally.question_us.push(u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX));
        let asked: Option<String> = serde_json::from_str::<serde_json::Value>(&body)
            .ok()
            .and_then(|v| v.get("asked_id").and_then(|a| a.as_str()).map(str::to_string));
        let Some(asked) = asked.filter(|_| status == 200) else {
            tally.failures += 1;
            continue;
        };
        tokio::time::sleep(Duration::from_millis(500 + rng.below(1000))).await;
        let answer = format!("{{\"asked_id\":\"{asked}\",\"option\":{}}}", rng.below(4));
        let started = Instant::now();
        let (status, _) = connection.request("POST", "/api/quiz/v1/answers", &token, &answer).await?;
        tally.answer_us.push(u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX));
        if status != 200 {
            tally.failures += 1;
        }
    }
    Ok(tally)
}

/// The `p`-th percentile (0..=100) of sorted microseconds, in milliseconds.
fn percentile(sorted: &[u64], p: u64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (sorted.len() as u64 * p).div_ceil(100).max(1) - 1;
    sorted[usize::try_from(rank).unwrap_or(0).min(sorted.len() - 1)] as f64 / 1000.0
}

/// Runs the load test and returns its report.
pub fn run(participants: usize, duration: Duration) -> anyhow::Result<String> {
    let folder = tempfile::tempdir()?;
    let url = format!("sqlite://{}", folder.path().join("load.sqlite").display());
    let server = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let (address, tokens) = server.block_on(async {
        let store = Store::open(&url).await?;
        let (trainer, _) = store.add_trainer("Last").await?;
        let programme = store.create_programme(&trainer, "Lasttest", 30, 3).await?;
        let mut tokens = Vec::new();
        for i in 0..participants {
            tokens.push(store.join(&programme, &format!("Teilnehmer {i}"), "", "de").await?.1);
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let address = listener.local_addr()?;
        let quiz = Quiz::new(store);
        tokio::spawn(super::server::serve(listener, quiz, std::future::pending()));
        anyhow::Ok((address, tokens))
    })?;
    let client = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let started = Instant::now();
    let until = started + duration;
    let tallies = client.block_on(async {
        let tasks: Vec<_> = tokens
            .into_iter()
            .enumerate()
            .map(|(i, token)| tokio::spawn(participant(address, token, until, i as u64 + 1)))
            .collect();
        let mut tallies = Vec::new();
        for task in tasks {
            tallies.push(task.await?);
        }
        anyhow::Ok(tallies)
    })?;
    let elapsed = started.elapsed().as_secs_f64();
    let mut question: Vec<u64> = Vec::new();
    let mut answer: Vec<u64> = Vec::new();
    let mut failures = 0;
    let mut broken = 0;
    for tally in tallies {
        match tally {
            Ok(t) => {
                question.extend(t.question_us);
                answer.extend(t.answer_us);
                failures += t.failures;
            }
            Err(_) => broken += 1,
        }
    }
    question.sort_unstable();
    answer.sort_unstable();
    drop(server);
    let requests = question.len() + answer.len();
    Ok(format!(
        "{participants} participants, {elapsed:.1} s, {requests} requests ({:.0}/s), {failures} refused, {broken} connections lost\n\
         question requests: {} — p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms\n\
         answers:           {} — p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms\n",
        requests as f64 / elapsed,
        question.len(),
        percentile(&question, 50),
        percentile(&question, 90),
        percentile(&question, 99),
        percentile(&question, 100),
        answer.len(),
        percentile(&answer, 50),
        percentile(&answer, 90),
        percentile(&answer, 99),
        percentile(&answer, 100),
    ))
}
