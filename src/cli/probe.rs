//! `mehrwert probe [SCENARIO]`: the scenario lint for trainers. Plays the plan library for
//! a seat against the computer and mixed computer games, prints each plan's mean score and
//! rank with a verdict and the plausibility medians, and exits 1 when a move that
//! contradicts the lesson pays or a median lies outside its range.

use std::path::PathBuf;
use std::process::ExitCode;

use rust_decimal::Decimal;

use crate::cli::progress::{Progress, catch_interrupt};
use crate::model::format::{Locale, decimal, money_whole, percent};
use crate::sim::probe::{ProbeReport, ProbeSettings, RangeCheck, Verdict, probe};

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
        Err(issues) => return Ok(super::run::report_issues(&issues)),
    };
    catch_interrupt();
    let settings = ProbeSettings { seeds: args.seeds, plausibility_games: args.games, first_seed: args.seed };
    let mut progress = Progress::new("probe");
    let report = probe(&start.scenario, &settings, |done, total| progress.tick(done, total))?;
    progress.finish();
    match args.format {
        super::balance::BalanceFormat::Json => println!("{}", serde_json::to_string_pretty(&report)?),
        super::balance::BalanceFormat::Table => print!("{}", render(&report)),
    }
    Ok(if report.has_findings() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn family_de(family: &str) -> &'static str {
    match family {
        "computer" => "Computer",
        "value" => "Wert",
        "volume" => "Volumen",
        "fixed" => "fest",
        _ => "Zug",
    }
}

/// How a range check's figures print: percentages, or days.
fn figure(check: &RangeCheck, value: Decimal) -> String {
    if check.key.ends_with("_days") { decimal(value, 0, Locale::De) } else { percent(value, 1, Locale::De) }
}

fn render(report: &ProbeReport) -> String {
    let de = Locale::De;
    let mut out = format!(
        "{} — Probe: {} Pläne × {} Spiele (ein Sitz gegen die Computer, der Sitz wechselt mit dem Seed)\n\n",
        report.scenario,
        report.plans.len(),
        report.seeds
    );
    out += &format!(
        "{:<32} {:<9} {:>16} {:>7} {:>9}  {}\n",
        "Plan", "Art", "Ø Punktzahl", "Ø Rang", "Insolvent", "Urteil"
    );
    for p in &report.plans {
        let verdict = match p.verdict {
            Verdict::Reference => "—".to_string(),
            Verdict::Sound => "zahlt sich nicht aus".to_string(),
            Verdict::Pays => format!("ZAHLT SICH AUS: {}", p.reason),
        };
        out += &format!(
            "{:<32} {:<9} {:>16} {:>7} {:>9}  {}\n",
            p.plan,
            family_de(p.family),
            money_whole(p.mean_score, de),
            decimal(p.mean_rank, 1, de),
            p.insolvencies,
            verdict
        );
    }
    let plausibility = &report.plausibility;
    out += &format!("\nPlausibilität ({} Computerspiele mit gemischten Strategien)\n", plausibility.games);
    out += &format!("{:<24} {:>9} {:>19} {:>15}  {}\n", "Kennzahl", "Median", "P10 – P90", "Bereich", "");
    for c in &plausibility.checks {
        let show = |v: Option<Decimal>| v.map_or_else(|| "—".to_string(), |v| figure(c, v));
        let spread = match (c.p10, c.p90) {
            (Some(a), Some(b)) => format!("{} – {}", figure(c, a), figure(c, b)),
            _ => String::new(),
        };
        out += &format!(
            "{:<24} {:>9} {:>19} {:>15}  {}\n",
            c.key,
            show(c.median),
            spread,
            format!("{} – {}", figure(c, c.low), figure(c, c.high)),
            if c.ok { "ok" } else { "UNPLAUSIBEL" }
        );
    }
    out += "\nSiegquoten:";
    for w in &plausibility.win_shares {
        out += &format!(" {} {}{}", w.strategy, percent(w.win_share, 1, de), if w.ok { "" } else { " (ZU HOCH)" });
    }
    out += "\n\n";
    let paying = report.plans.iter().filter(|p| p.verdict == Verdict::Pays).count();
    let implausible =
        plausibility.checks.iter().filter(|c| !c.ok).count() + plausibility.win_shares.iter().filter(|w| !w.ok).count();
    if !report.complete {
        out += "Abgebrochen: die Zahlen zeigen, was bis dahin gespielt war.\n";
    }
    out += &if paying + implausible == 0 {
        "Ergebnis: kein Plan zahlt sich aus, die Unternehmen sind plausibel.\n".to_string()
    } else {
        format!("Ergebnis: {paying} Plan/Pläne zahlen sich aus, {implausible} Kennzahl(en) unplausibel.\n")
    };
    out
}
