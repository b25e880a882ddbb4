//! `mehrwert run`: plays a whole game headless; companies without a decision file for a year
//! are played by the computer.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;

use super::export::{CsvDialect, RunRecord, to_csv};
use super::table;
use crate::debrief::Debrief;
use crate::debrief::files::{write_reports, write_workbooks};
use crate::files::write_atomically;
use crate::model::format::Locale;
use crate::scenario::issue::Code;
use crate::scenario::{Decisions, Issue, Issues, Phrase, Scenario};
use crate::sim::{SaveGame, Simulation};

/// Output formats of `run`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum RunFormat {
    /// Statements and leaderboard per year, for people.
    Table,
    /// The complete record (docs/run-json.md).
    Json,
    /// One row per company, year and figure.
    Csv,
    /// The debrief workbooks (needs --out): mehrwert.xlsx with every company for the room and
    /// mehrwert-<company id>.xlsx with only its own figures for each team (docs/exports.md).
    /// A finished save game is exported without playing.
    Xlsx,
    /// The debrief reports as PDF (needs --out): mehrwert.pdf for the trainer and
    /// mehrwert-<company id>.pdf for each team (docs/exports.md). A finished save game is
    /// exported without playing.
    Pdf,
}

impl RunFormat {
    /// True for the formats that write several files into the --out folder.
    fn writes_files(self) -> bool {
        matches!(self, RunFormat::Xlsx | RunFormat::Pdf)
    }
}

/// Languages of the table output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// German: decimal comma, amounts as 1.234,56 €.
    De,
    /// English: decimal point, amounts as €1,234.56.
    En,
}

impl Lang {
    /// The language as the formatters and the Fluent files know it.
    pub fn locale(self) -> Locale {
        match self {
            Lang::De => Locale::De,
            Lang::En => Locale::En,
        }
    }
}

/// Arguments of `run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// Scenario or save game (.ron); the embedded default scenario when omitted.
    pub scenario: Option<PathBuf>,
    /// Seed of the game's random numbers (0..=18446744073709551615).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Years to play (1..=years left); all remaining years when omitted.
    #[arg(long)]
    pub years: Option<u32>,
    /// Folder of decision files (*.ron, also one level of sub-folders); each names its company and year.
    #[arg(long)]
    pub decisions: Option<PathBuf>,
    /// Folder for the output (mehrwert.json / mehrwert.csv / report.txt / mehrwert*.xlsx / *.pdf) and the
    /// final save.ron.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = RunFormat::Table)]
    pub format: RunFormat,
    /// CSV flavour: excel (`;`, decimal comma, BOM) or rfc4180 (`,`, decimal point).
    #[arg(long, value_enum, default_value_t = CsvDialect::Excel)]
    pub csv_dialect: CsvDialect,
    /// Language of the table output, the workbooks and the reports.
    #[arg(long, value_enum, default_value_t = Lang::De)]
    pub lang: Lang,
}

/// Loads the scenario or save game named on the command line (or the embedded default).
pub fn load_start(path: Option<&Path>, seed: u64) -> Result<SaveGame, Issues> {
    let Some(path) = path else {
        let scenario = crate::scenario::default_scenario()?;
        return fresh_save(scenario, seed);
    };
    let text = crate::scenario::read_text_file(path)?;
    if crate::scenario::top_level_keys(&text).iter().any(|k| k == "format_version") {
        return crate::sim::save::parse_save(&text, Some(path));
    }
    let scenario = crate::scenario::parse_scenario(&text, Some(path))?;
    fresh_save(scenario, seed)
}

fn fresh_save(scenario: Scenario, seed: u64) -> Result<SaveGame, Issues> {
    let internal =
        |e: String| Issues(vec![Issue::error(Code::Internal, "", e, Phrase::words("ph_working_simulation"))]);
    let mut sim = Simulation::new().map_err(|e| internal(e.to_string()))?;
    let game = sim.new_game(Arc::new(scenario), seed).map_err(|e| internal(e.to_string()))?;
    sim.save_game(game).ok_or_else(|| internal("the new game vanished".into()))
}

/// Reads every decision file of `dir`, keyed by (year, company); all problems at once.
pub fn load_decisions(dir: &Path, scenario: &Scenario) -> Result<BTreeMap<(u32, String), Decisions>, Issues> {
    let mut files = Vec::new();
    collect_ron_files(dir, 0, &mut files).map_err(|e| {
        let mut issue = Issue::error(Code::Read, "", e.to_string(), Phrase::words("ph_readable_folder"));
        issue.file = Some(dir.to_path_buf());
        Issues(vec![issue])
    })?;
    files.sort();
    let mut issues = Vec::new();
    let mut all: BTreeMap<(u32, String), (PathBuf, Decisions)> = BTreeMap::new();
    for file in files {
        let text = match crate::scenario::read_text_file(&file) {
            Ok(text) => text,
            Err(e) => {
                issues.extend(e.0);
                continue;
            }
        };
        match crate::scenario::parse_decisions(&text, Some(&file)) {
            Err(e) => issues.extend(e.0),
            Ok(d) => {
                let found = crate::scenario::validate_decisions(scenario, &d);
                issues.extend(crate::scenario::located(found, &text, Some(&file)).0);
                let key = (d.year, d.company.clone());
                if let Some((first, _)) = all.get(&key) {
                    let mut issue = Issue::error(
                        Code::DuplicateDecisions,
                        "",
                        Phrase::words("ph_second_decision_file")
                            .arg("company", d.company.clone())
                            .arg("year", d.year.to_string()),
                        Phrase::words("ph_one_file_per_year").arg("first", first.display().to_string()),
                    );
                    issue.file = Some(file.clone());
                    issues.push(issue);
                } else {
                    all.insert(key, (file, d));
                }
            }
        }
    }
    if issues.iter().any(Issue::is_error) {
        return Err(Issues(issues));
    }
    Ok(all.into_iter().map(|(k, (_, d))| (k, d)).collect())
}

fn collect_ron_files(dir: &Path, depth: u32, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() && depth == 0 {
            collect_ron_files(&path, 1, out)?;
        } else if path.extension().is_some_and(|e| e == "ron") {
            out.push(path);
        }
    }
    Ok(())
}

/// Runs `run`.
pub fn run(args: &RunArgs) -> anyhow::Result<ExitCode> {
    if args.format.writes_files() && args.out.is_none() {
        let what = if args.format == RunFormat::Pdf { "pdf writes report" } else { "xlsx writes workbook" };
        eprintln!("mehrwert run: --format {what} files: give the folder for them with --out DIR");
        return Ok(ExitCode::from(2));
    }
    let start = match load_start(args.scenario.as_deref(), args.seed) {
        Ok(save) => save,
        Err(issues) => return Ok(report_issues(&issues, args.lang.locale())),
    };
    let left = start.scenario.years - start.year;
    let years = match args.years {
        None => left,
        Some(n) if (1..=left).contains(&n) => n,
        Some(n) => {
            eprintln!("mehrwert run: --years: found {n}; allowed: 1..={left} (years left in the game)");
            return Ok(ExitCode::from(1));
        }
    };
    // A finished game can still be exported as workbooks; playing on is what fails.
    let export_only = left == 0 && args.years.is_none() && args.format.writes_files();
    if left == 0 && !export_only {
        eprintln!("mehrwert run: the game is already finished (all {} years played)", start.scenario.years);
        return Ok(ExitCode::from(1));
    }
    let decisions = match &args.decisions {
        Some(dir) => match load_decisions(dir, &start.scenario) {
            Ok(d) => d,
            Err(issues) => return Ok(report_issues(&issues, args.lang.locale())),
        },
        None => BTreeMap::new(),
    };
    if let Some(out) = &args.out {
        std::fs::create_dir_all(out).with_context(|| format!("--out: cannot create folder {}", out.display()))?;
    }
    let mut sim = Simulation::new()?;
    let game = match sim.load_game(&start) {
        Ok(game) => game,
        Err(issues) => return Ok(report_issues(&issues, args.lang.locale())),
    };
    for _ in 0..years {
        let year = sim.game(game).map_or(0, |g| g.playing_year());
        for ((_, _), d) in decisions.range((year, String::new())..(year + 1, String::new())) {
            if let Err(issues) = sim.submit(game, d.clone()) {
                return Ok(report_issues(&issues, args.lang.locale()));
            }
        }
        sim.play_year();
    }
    let save = sim.save_game(game).context("the game vanished")?;
    let locale = args.lang.locale();
    if let (true, Some(out)) = (args.format.writes_files(), &args.out) {
        let debrief = match Debrief::of(&save.scenario, save.seed, &save.market_history, &sim.reports(game)) {
            Ok(debrief) => debrief,
            Err(issues) => return Ok(report_issues(&issues, locale)),
        };
        match args.format {
            RunFormat::Pdf => write_reports(out, &debrief, None, locale)?,
            _ => write_workbooks(out, &debrief, locale)?,
        };
        write_atomically(&out.join("save.ron"), save.to_ron()?.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let record = RunRecord::new(&save.scenario, save.seed, &save.market_history, sim.reports(game));
    let (text, file) = match args.format {
        RunFormat::Table => (table::render(&record, locale), "report.txt"),
        RunFormat::Json => (serde_json::to_string_pretty(&record)? + "\n", "mehrwert.json"),
        RunFormat::Csv => (to_csv(&record, args.csv_dialect), "mehrwert.csv"),
        // Written above; without --out `run` stopped before playing.
        RunFormat::Xlsx | RunFormat::Pdf => anyhow::bail!("--format xlsx and pdf need --out"),
    };
    match &args.out {
        Some(out) => {
            write_atomically(&out.join(file), text.as_bytes())?;
            write_atomically(&out.join("save.ron"), save.to_ron()?.as_bytes())?;
            if args.format == RunFormat::Table {
                super::write_out(&text)?;
            }
        }
        None => super::write_out(&text)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints every issue to stderr, located as tools read it with its plain sentence in `lang`
/// under it (as `check` does), and returns exit code 1.
pub fn report_issues(issues: &Issues, lang: Locale) -> ExitCode {
    let mut text = String::new();
    super::check::write_issues(&mut text, &issues.0, lang);
    eprint!("{text}");
    ExitCode::from(1)
}
