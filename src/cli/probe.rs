//! `mehrwert probe [SCENARIO]`: the scenario lint for trainers. Plays the plan library for
//! a seat against the computer and mixed computer games, prints each plan's mean score and
//! rank with a verdict and the plausibility medians, and exits 1 when a move that
//! contradicts the lesson pays or a median lies outside its range.

use std::path::PathBuf;
use std::process::ExitCode;

use rust_decimal::Decimal;

use crate::cli::progress::{Progress, catch_interrupt};
use crate::i18n::{Arg, message};
use crate::labels::label;
use crate::model::Money;
use crate::model::format::{Locale, decimal, money_whole, percent};
use crate::sim::probe::{MOVE_MARGIN, ProbeReport, ProbeSettings, RangeCheck, Verdict, probe};

/// Arguments of `probe`.
#[derive(Debug, clap::Args)]
pub struct ProbeArgs {
    /// Scenario (.ron); the embedded default scenario when omitted.
    pub scenario: Option<PathBuf>,
    /// Games per plan, one per seed, the seat moving round the table (1..=1000).
    #[arg(long, default_value_t = 10)]
    pub seeds: u32,
    /// Mixed computer games for the plausibility medians and win shares (0..=100000).
    #[arg(long, default_value_t = 200)]
    pub games: u32,
    /// Seed of the first game; game k uses seed + k.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// table or json.
    #[arg(long, value_enum, default_value_t = super::balance::BalanceFormat::Table)]
    pub format: super::balance::BalanceFormat,
    /// Language of the table: de (default) or en.
    #[arg(long, value_enum, default_value_t = super::run::Lang::De)]
    pub lang: super::run::Lang,
}

/// Runs `probe`.
pub fn run(args: &ProbeArgs) -> anyhow::Result<ExitCode> {
    if !(1..=1000).contains(&args.seeds) {
        eprintln!("mehrwert probe: --seeds: found {}; allowed: 1..=1000", args.seeds);
        return Ok(ExitCode::from(1));
    }
    if args.games > 100_000 {
        eprintln!("mehrwert probe: --games: found {}; allowed: 0..=100000", args.games);
        return Ok(ExitCode::from(1));
    }
    let start = match super::run::load_start(args.scenario.as_deref(), args.seed) {
        Ok(save) if save.year == 0 => save,
        Ok(_) => {
            eprintln!("mehrwert probe: expected a scenario, found a save game");
            return Ok(ExitCode::from(1));
        }
        Err(issues) => return Ok(super::run::report_issues(&issues, args.lang.locale())),
    };
    catch_interrupt();
    let settings = ProbeSettings { seeds: args.seeds, plausibility_games: args.games, first_seed: args.seed };
    let mut progress = Progress::new("probe");
    let report = probe(&start.scenario, &settings, |done, total| progress.tick(done, total))?;
    progress.finish();
    match args.format {
        super::balance::BalanceFormat::Json => super::write_out(&(serde_json::to_string_pretty(&report)? + "\n"))?,
        super::balance::BalanceFormat::Table => super::write_out(&render(&report, args.lang.locale()))?,
    }
    Ok(if report.has_findings() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// How a range check's figures print: percentages, or days.
fn figure(check: &RangeCheck, value: Decimal, locale: Locale) -> String {
    if check.key.ends_with("_days") { decimal(value, 0, locale) } else { percent(value, 1, locale) }
}

/// Why a plan pays, in words: from its kind and the value-pricing plan's score (the
/// probe's own reason is for the JSON record).
fn reason(family: &str, value_score: Option<Money>, locale: Locale) -> String {
    let value = || Arg::from(value_score.map(|v| money_whole(v, locale)).unwrap_or_default());
    match family {
        "move" => message(
            "cli_probe_reason_move",
            locale,
            &[("margin", Arg::from(percent(MOVE_MARGIN, 0, locale))), ("value", value())],
        ),
        "volume" => message("cli_probe_reason_volume", locale, &[("value", value())]),
        _ => message("cli_probe_reason_fixed", locale, &[]),
    }
}

/// The report as a table in `locale`'s words and number format.
fn render(report: &ProbeReport, locale: Locale) -> String {
    let text = |id: &str| message(id, locale, &[]);
    let mut out = message(
        "cli_probe_title",
        locale,
        &[
            ("scenario", Arg::from(report.scenario.clone())),
            ("plans", Arg::from(report.plans.len() as u64)),
            ("seeds", Arg::from(u64::from(report.seeds))),
        ],
    );
    out += "\n\n";
    out += &plans_table(report, locale);
    let plausibility = &report.plausibility;
    out += "\n";
    out += &message("cli_probe_plausibility", locale, &[("games", Arg::from(u64::from(plausibility.games)))]);
    out += "\n";
    out += &format!(
        "{:<34} {:>9} {:>19} {:>15}\n",
        text("cli_probe_figure"),
        text("cli_probe_median"),
        text("cli_probe_spread"),
        text("cli_probe_range")
    );
    for c in &plausibility.checks {
        let show = |v: Option<Decimal>| v.map_or_else(|| "—".to_string(), |v| figure(c, v, locale));
        let spread = match (c.p10, c.p90) {
            (Some(a), Some(b)) => format!("{} – {}", figure(c, a, locale), figure(c, b, locale)),
            _ => String::new(),
        };
        out += &format!(
            "{:<34} {:>9} {:>19} {:>15}  {}\n",
            text(&format!("cli_check_{}", c.key)),
            show(c.median),
            spread,
            format!("{} – {}", figure(c, c.low, locale), figure(c, c.high, locale)),
            text(if c.ok { "cli_probe_ok" } else { "cli_probe_implausible" })
        );
    }
    out += &format!("\n{}", text("cli_probe_win_shares"));
    for w in &plausibility.win_shares {
        let flag = if w.ok { String::new() } else { format!(" {}", text("cli_probe_too_high")) };
        out += &format!(" {} {}{flag}", label(w.strategy, locale), percent(w.win_share, 1, locale));
    }
    out += "\n\n";
    let paying = report.plans.iter().filter(|p| p.verdict == Verdict::Pays).count();
    let implausible =
        plausibility.checks.iter().filter(|c| !c.ok).count() + plausibility.win_shares.iter().filter(|w| !w.ok).count();
    if !report.complete {
        out += &text("cli_probe_interrupted");
        out += "\n";
    }
    out += &if paying + implausible == 0 {
        text("cli_probe_result_sound")
    } else {
        message(
            "cli_probe_result_findings",
            locale,
            &[("paying", Arg::from(paying as u64)), ("implausible", Arg::from(implausible as u64))],
        )
    };
    out += "\n";
    out
}

/// One line per plan: its kind, mean score and rank, insolvencies and the verdict.
fn plans_table(report: &ProbeReport, locale: Locale) -> String {
    let text = |id: &str| message(id, locale, &[]);
    let value_score = report.plans.iter().find(|p| p.family == "value").map(|p| p.mean_score);
    let mut out = format!(
        "{:<32} {:<9} {:>16} {:>9} {:>9}  {}\n",
        text("cli_probe_plan"),
        text("cli_probe_family"),
        text("cli_mean_score"),
        text("cli_probe_mean_rank"),
        text("cli_probe_insolvent"),
        text("cli_probe_verdict")
    );
    for p in &report.plans {
        let verdict = match p.verdict {
            Verdict::Reference => "—".to_string(),
            Verdict::Sound => text("cli_probe_sound"),
            Verdict::Pays => {
                message("cli_probe_pays", locale, &[("reason", Arg::from(reason(p.family, value_score, locale)))])
            }
        };
        out += &format!(
            "{:<32} {:<9} {:>16} {:>9} {:>9}  {}\n",
            p.plan,
            text(&format!("cli_probe_family_{}", p.family)),
            money_whole(p.mean_score, locale),
            decimal(p.mean_rank, 1, locale),
            p.insolvencies,
            verdict
        );
    }
    out
}
