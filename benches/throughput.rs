//! Throughput benchmark (release build): company-years per second in batch play, one fiscal
//! year of an 8-company game, and one pro-forma preview. Run: `cargo bench --no-default-features`.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test and benchmark helpers: a failure is the run's message"
)]

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use mehrwert::cli::balance::play_games;
use mehrwert::scenario::{CompanySetup, DEFAULT_SCENARIO, Scenario, Strategy, parse_scenario};
use mehrwert::sim::Simulation;
use mehrwert::sim::preview::Previewer;

/// The binary's allocator, so that the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn eight_companies(mut scenario: Scenario) -> Scenario {
    let base = scenario.companies.clone();
    scenario.companies = (0..8)
        .map(|i| CompanySetup {
            id: format!("c{i}"),
            name: format!("Firma {i}"),
            strategy: base.get(i % base.len()).map_or(Strategy::Balanced, |c| c.strategy),
        })
        .collect();
    scenario
}

/// Runs `f` repeatedly for at least `budget` and returns the mean time per call.
fn mean_time(budget: Duration, mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    let mut calls = 0u32;
    while start.elapsed() < budget || calls < 3 {
        f();
        calls += 1;
    }
    start.elapsed() / calls
}

fn main() {
    // `cargo bench` passes --bench; under `cargo test` the same code runs as a quick smoke test.
    let full = std::env::args().any(|a| a == "--bench");
    let (games, budget) = if full { (2_000u64, Duration::from_secs(2)) } else { (4, Duration::from_millis(10)) };
    let scenario = match parse_scenario(DEFAULT_SCENARIO, None) {
        Ok(s) => s,
        Err(issues) => {
            eprintln!("{issues}");
            std::process::exit(1);
        }
    };

    // 1. Batch throughput on one core.
    let start = Instant::now();
    let results = play_games(&scenario, 1, 0, games).expect("simulation");
    let seconds = start.elapsed().as_secs_f64();
    black_box(results);
    let company_years = games * scenario.companies.len() as u64 * u64::from(scenario.years);
    println!(
        "batch: {company_years} company-years in {seconds:.3} s = {:.0} company-years/s (one core)",
        company_years as f64 / seconds
    );

    // 2. One fiscal year of an 8-company game.
    let eight = Arc::new(eight_companies(scenario.clone()));
    let mut sim = Simulation::new().expect("schedule");
    let per_year = mean_time(budget, || {
        let game = sim.new_game(eight.clone(), 7).expect("game");
        sim.play_year();
        sim.remove_game(game);
    });
    println!("8-company fiscal year (incl. spawning the game): {:.3} ms", per_year.as_secs_f64() * 1e3);

    // 3. A pro-forma preview in year 3 of the default scenario.
    let mut sim = Simulation::new().expect("schedule");
    let game = sim.new_game(Arc::new(scenario), 7).expect("game");
    sim.play_year();
    sim.play_year();
    let save = sim.save_game(game).expect("save");
    let mut decisions = save.companies[0].last_decisions.clone();
    decisions.year = 3;
    let mut previewer = Previewer::new().expect("previewer");
    let per_preview = mean_time(budget, || {
        black_box(previewer.preview(&save, &decisions, &[]).expect("preview"));
    });
    println!("preview: {:.3} ms", per_preview.as_secs_f64() * 1e3);

    // 4. An 8-team workshop on loopback: the close after the last submission and the
    // pro-forma, each a whole request to the host (journal written to disk included).
    let workshops = if full { 5 } else { 1 };
    let (closes, previews) = workshop_times(&eight, workshops);
    let ms = |d: &Duration| d.as_secs_f64() * 1e3;
    let mean = |times: &[Duration]| times.iter().sum::<Duration>() / times.len().max(1) as u32;
    println!(
        "workshop, 8 teams: close {:.1} ms mean, {:.1} ms max ({} closes); pro-forma {:.1} ms mean, {:.1} ms max ({} requests)",
        ms(&mean(&closes)),
        closes.iter().max().map_or(0.0, ms),
        closes.len(),
        ms(&mean(&previews)),
        previews.iter().max().map_or(0.0, ms),
        previews.len()
    );
}

/// Plays `workshops` whole 8-team workshops through a host on 127.0.0.1; the time of every
/// close request and of every pro-forma request.
fn workshop_times(scenario: &Scenario, workshops: usize) -> (Vec<Duration>, Vec<Duration>) {
    use mehrwert::workshop::client::Client;
    use mehrwert::workshop::journal::{Event, Missing};
    let text = ron::ser::to_string(scenario).expect("scenario as RON");
    let (mut closes, mut previews) = (Vec::new(), Vec::new());
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    for w in 0..workshops {
        let dir = tempfile::tempdir().expect("temp dir");
        let teams: Vec<(String, String)> = scenario.companies.iter().map(|c| (c.name.clone(), c.id.clone())).collect();
        let created = mehrwert::workshop::create_event("Bench", &text, w as u64, &teams).expect("created");
        let Event::Created { teams: seats, trainer_token, .. } = &created else { unreachable!() };
        let seats = seats.clone();
        let trainer_token = trainer_token.clone();
        let journal = dir.path().join("bench.sqlite");
        let (host, listener) = runtime.block_on(async {
            let host = mehrwert::workshop::host::Host::create(&journal, created).await.expect("host");
            (host, tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind"))
        });
        let address = listener.local_addr().expect("address").to_string();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        runtime.spawn(mehrwert::workshop::host::serve(listener, host, async {
            let _ = stopped.await;
        }));
        let clients: Vec<Client> = seats
            .iter()
            .map(|s| {
                let joined = Client::new(&address).join(&s.code, "bench").expect("join");
                Client::new(&address).with_token(&joined.token)
            })
            .collect();
        let trainer = Client::new(&address).with_token(&trainer_token);
        for year in 1..=scenario.years {
            for (client, seat) in clients.iter().zip(&seats) {
                let d = client.team(&seat.company).expect("view").draft_start.expect("draft");
                let start = Instant::now();
                client.preview(&seat.company, &d, &[]).expect("preview");
                previews.push(start.elapsed());
                client.submit(&seat.company, &format!("y{year}"), "bench", &d).expect("submit");
            }
            let start = Instant::now();
            trainer.close(Missing::Refuse).expect("close");
            closes.push(start.elapsed());
        }
        let _ = stop.send(());
    }
    (closes, previews)
}
