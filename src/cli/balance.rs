//! `mehrwert balance`: many games of computer companies with mixed strategies and random
//! seeds, to check that no strategy dominates a scenario; also measures throughput.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rust_decimal::Decimal;
use serde::Serialize;

use crate::i18n::{Arg, message};
use crate::labels::label;
use crate::model::Money;
use crate::model::format::{Locale, decimal, money_whole, percent};
use crate::scenario::{Scenario, Strategy};
use crate::sim::ranking::Standing;

/// Arguments of `balance`.
#[derive(Debug, clap::Args)]
pub struct BalanceArgs {
    /// Scenario (.ron); the embedded default scenario when omitted.
    pub scenario: Option<PathBuf>,
    /// Number of games (1..=1000000).
    #[arg(long)]
    pub games: u64,
    /// Worker threads (1..=256); results do not depend on it.
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
    /// Seed of the first game; game k uses seed + k.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// table or json.
    #[arg(long, value_enum, default_value_t = BalanceFormat::Table)]
    pub format: BalanceFormat,
    /// Language of the table: de (default) or en.
    #[arg(long, value_enum, default_value_t = super::run::Lang::De)]
    pub lang: super::run::Lang,
}

/// Output formats of `balance` and `probe`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum BalanceFormat {
    /// A text table, for people.
    Table,
    /// The whole report as one JSON object.
    Json,
}

/// One strategy's results over all games.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct StrategyStats {
    /// Stable key of the strategy, e.g. `"premium"`.
    pub strategy: &'static str,
    /// Company-games played with this strategy.
    pub companies: u64,
    /// Mean final score of its companies (€).
    pub mean_score: Money,
    /// Share of games won (ties split).
    pub win_share: Decimal,
    /// Company-games with an insolvency (and a rescue) in some year.
    pub bankruptcies: u64,
    #[serde(skip)]
    score_sum: Money,
    #[serde(skip)]
    wins: Decimal,
}

/// The whole balance report.
#[derive(Debug, Serialize)]
pub struct BalanceReport {
    /// The scenario's name.
    pub scenario: String,
    /// Games played (fewer than asked when the run was interrupted).
    pub games: u64,
    /// Games × companies × years: the work done, for the throughput.
    pub company_years: u64,
    /// Wall-clock time of the run.
    pub seconds: f64,
    /// Throughput of the simulation.
    pub company_years_per_second: f64,
    /// Each strategy's results, in the fixed order of `Strategy::ALL`.
    pub strategies: Vec<StrategyStats>,
}

use super::progress::Progress;
use crate::model::rounding::round;
pub use crate::sim::batch::{GameResult, play_games, play_games_while, strategies_for};

/// Aggregates game results per strategy (in the fixed order of [`Strategy::ALL`]).
pub fn aggregate(results: &[GameResult]) -> Vec<StrategyStats> {
    let mut stats: Vec<StrategyStats> =
        Strategy::ALL.iter().map(|s| StrategyStats { strategy: s.key(), ..StrategyStats::default() }).collect();
    for game in results {
        // The winner by the ranking rule: solvent first, then score; equal standings share.
        let standings: Vec<Standing> =
            game.iter().map(|(_, score, insolvent)| Standing { score: *score, insolvent: *insolvent }).collect();
        let best = crate::sim::ranking::order(&standings).first().map(|&i| standings[i]);
        let winners = standings.iter().filter(|s| Some(**s) == best).count().max(1);
        for ((strategy, score, insolvent), standing) in game.iter().zip(&standings) {
            let Some(entry) = stats.iter_mut().find(|e| e.strategy == strategy.key()) else { continue };
            entry.companies += 1;
            entry.score_sum += *score;
            entry.bankruptcies += u64::from(*insolvent);
            if Some(*standing) == best {
                entry.wins += Decimal::ONE / Decimal::from(winners as u64);
            }
        }
    }
    let games = Decimal::from(results.len().max(1) as u64);
    for entry in &mut stats {
        if entry.companies > 0 {
            entry.mean_score = Money::from_decimal(entry.score_sum.amount() / Decimal::from(entry.companies));
        }
        entry.win_share = round(entry.wins / games, 4);
    }
    stats
}

/// Plays `games` computer games with seeds `seed`, `seed + 1`, … on `threads` threads,
/// showing progress; stops early (with the games finished) on Ctrl+C. Returns the games and
/// the moment the last worker finished (the progress loop looks only every 50 ms, which the
/// throughput must not count).
fn play_in_threads(
    scenario: &Scenario,
    seed: u64,
    games: u64,
    threads: usize,
) -> anyhow::Result<(Vec<GameResult>, Option<Instant>)> {
    let threads = threads.min(games as usize) as u64;
    let per_thread = games.div_ceil(threads);
    super::progress::catch_interrupt();
    let done = AtomicU64::new(0);
    let mut progress = Progress::new("balance");
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let first = t * per_thread;
                let count = per_thread.min(games.saturating_sub(first));
                let done = &done;
                scope.spawn(move || {
                    let played = play_games_while(scenario, seed, first, count, || {
                        done.fetch_add(1, Ordering::Relaxed);
                        !super::progress::interrupted()
                    });
                    (played, Instant::now())
                })
            })
            .collect();
        while !handles.iter().all(|h| h.is_finished()) {
            std::thread::sleep(Duration::from_millis(50));
            progress.tick(done.load(Ordering::Relaxed), games);
        }
        progress.finish();
        let mut all = Vec::new();
        let mut last_finish: Option<Instant> = None;
        for handle in handles {
            match handle.join() {
                Ok((Ok(part), finished)) => {
                    all.extend(part);
                    last_finish = Some(last_finish.map_or(finished, |last| last.max(finished)));
                }
                Ok((Err(e), _)) => return Err(anyhow::anyhow!(e)),
                Err(_) => return Err(anyhow::anyhow!("a worker thread failed")),
            }
        }
        Ok((all, last_finish))
    })
}

/// Runs `balance`.
pub fn run(args: &BalanceArgs) -> anyhow::Result<ExitCode> {
    if !(1..=1_000_000).contains(&args.games) {
        eprintln!("mehrwert balance: --games: found {}; allowed: 1..=1000000", args.games);
        return Ok(ExitCode::from(1));
    }
    if !(1..=256).contains(&args.threads) {
        eprintln!("mehrwert balance: --threads: found {}; allowed: 1..=256", args.threads);
        return Ok(ExitCode::from(1));
    }
    let start = match super::run::load_start(args.scenario.as_deref(), args.seed) {
        Ok(save) if save.year == 0 => save,
        Ok(_) => {
            eprintln!("mehrwert balance: expected a scenario, found a save game");
            return Ok(ExitCode::from(1));
        }
        Err(issues) => return Ok(super::run::report_issues(&issues, args.lang.locale())),
    };
    let scenario = start.scenario;
    let clock = Instant::now();
    let (results, finished) = play_in_threads(&scenario, args.seed, args.games, args.threads)?;
    let seconds = finished.unwrap_or_else(Instant::now).duration_since(clock).as_secs_f64();
    let played = results.len() as u64;
    if played < args.games {
        eprintln!("mehrwert balance: interrupted after {played} of {} games; the figures cover those", args.games);
    }
    let company_years = played * scenario.companies.len() as u64 * u64::from(scenario.years);
    let report = BalanceReport {
        scenario: scenario.name.clone(),
        games: played,
        company_years,
        seconds,
        company_years_per_second: company_years as f64 / seconds.max(1e-9),
        strategies: aggregate(&results),
    };
    match args.format {
        BalanceFormat::Json => super::write_out(&(serde_json::to_string_pretty(&report)? + "\n"))?,
        BalanceFormat::Table => super::write_out(&render(&report, args.lang.locale()))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The report as a table in `locale`'s words and number format.
fn render(report: &BalanceReport, locale: Locale) -> String {
    let text = |id: &str| message(id, locale, &[]);
    let mut out = message(
        "cli_balance_title",
        locale,
        &[
            ("scenario", Arg::from(report.scenario.clone())),
            ("games", Arg::from(report.games)),
            ("games_text", Arg::from(decimal(Decimal::from(report.games), 0, locale))),
        ],
    );
    out += "\n\n";
    out += &format!(
        "{:<28} {:>10} {:>20} {:>12} {:>12}\n",
        text("cli_balance_strategy"),
        text("cli_balance_companies"),
        text("cli_mean_score"),
        text("cli_balance_win_share"),
        text("cli_balance_bankruptcies")
    );
    for s in &report.strategies {
        out += &format!(
            "{:<28} {:>10} {:>20} {:>12} {:>12}\n",
            label(s.strategy, locale),
            s.companies,
            money_whole(s.mean_score, locale),
            percent(s.win_share, 1, locale),
            s.bankruptcies
        );
    }
    let rate = Decimal::from_f64_retain(report.company_years_per_second).unwrap_or_default().round();
    let seconds = Decimal::from_f64_retain(report.seconds).unwrap_or_default();
    out += "\n";
    out += &message(
        "cli_balance_throughput",
        locale,
        &[
            ("company_years", Arg::from(decimal(Decimal::from(report.company_years), 0, locale))),
            ("seconds", Arg::from(decimal(seconds, 3, locale))),
            ("rate", Arg::from(decimal(rate, 0, locale))),
        ],
    );
    out += "\n";
    out
}
