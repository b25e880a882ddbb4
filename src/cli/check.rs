//! `mehrwert check FILE…`: validates scenario, decision and save-game files and prints every
//! problem with file, line, column and field path, so a trainer can fix a file in one go.
//!
//! The kind of each file comes from its outermost field names (read token by token, so
//! broken files are recognised too): `session_format_version:` → the game's session (the
//! autosave; checked as the game opens it); `format_version:` → save game; `company:` →
//! decision file; anything else → scenario.
//!
//! Decision files are validated against `--scenario FILE` when given, else against the
//! first scenario among the FILEs, else against the embedded default scenario.
//!
//! Everything goes to stdout: one `ok: FILE (kind)` line per valid file, each problem as
//! `FILE:LINE:COLUMN: error[CODE] path: found …; allowed: …` (warnings alike, with
//! `warning`) with a plain sentence under it, and a summary line when any file has an error;
//! the report's own words in the language of `--lang` (German by default, as every table). Exit code 0 when no file has
//! an error (warnings alone do not fail), 1 otherwise.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::i18n::{Arg, message};
use crate::model::format::Locale;
use crate::scenario::{
    self, Issue, Issues, Scenario, located, parse_decisions, parse_scenario_with_warnings, read_text_file,
    top_level_keys, validate_decisions,
};

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files to check: scenarios, decision files and save games (kind detected from content).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Scenario to validate decision files against [default: the first scenario among the
    /// FILEs, else the embedded default scenario].
    #[arg(long, value_name = "FILE")]
    pub scenario: Option<PathBuf>,
    /// Language of the report's own lines and of the sentence under each problem (the
    /// problem's line itself stays as tools read it).
    #[arg(long, value_enum, default_value_t = crate::cli::run::Lang::De)]
    pub lang: crate::cli::run::Lang,
}

/// What a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A trainer's scenario.
    Scenario,
    /// One company's decisions for one year.
    Decisions,
    /// A saved game.
    SaveGame,
    /// A session of the game: a save game with its teams and drafts (the autosave, or a
    /// game saved in the window).
    Session,
    /// A finished workshop handed to one team to practise against.
    Practice,
    /// A customer's annual report for the value lab (docs/analyze-format.md).
    CustomerReport,
    /// A value case of the lab (docs/value-lab.md).
    ValueCase,
    /// A file of lever templates for the lab's benefit library (docs/value-lab.md).
    Library,
    /// A workbook with a customer's figures (the lab's template).
    Workbook,
    /// Quiz questions (docs/quiz.md).
    Questions,
}

impl FileKind {
    /// The kind by the outermost field names: `format_version` → save game, `company` →
    /// decisions, else scenario.
    pub fn detect(text: &str) -> FileKind {
        let keys = top_level_keys(text);
        let has = |key: &str| keys.iter().any(|k| k == key);
        if has("quiz_format_version") {
            FileKind::Questions
        } else if has("value_case_format_version") {
            FileKind::ValueCase
        } else if has("library_format_version") {
            FileKind::Library
        } else if has("company") && has("opening") && has("income") {
            FileKind::CustomerReport
        } else if keys.iter().any(|k| k == "practice_format_version") {
            FileKind::Practice
        } else if keys.iter().any(|k| k == "session_format_version") {
            FileKind::Session
        } else if keys.iter().any(|k| k == "format_version") {
            FileKind::SaveGame
        } else if keys.iter().any(|k| k == "company") {
            FileKind::Decisions
        } else {
            FileKind::Scenario
        }
    }

    /// The kind in words, printed after a valid file's name.
    pub fn label(self, lang: Locale) -> String {
        let key = match self {
            FileKind::Scenario => "cli_check_kind_scenario",
            FileKind::Decisions => "cli_check_kind_decisions",
            FileKind::SaveGame => "cli_check_kind_save",
            FileKind::Session => "cli_check_kind_session",
            FileKind::Practice => "cli_check_kind_practice",
            FileKind::CustomerReport => "cli_check_kind_customer_report",
            FileKind::ValueCase => "cli_check_kind_value_case",
            FileKind::Library => "cli_check_kind_library",
            FileKind::Workbook => "cli_check_kind_workbook",
            FileKind::Questions => "cli_check_kind_questions",
        };
        message(key, lang, &[])
    }
}

/// Checks a save game. The one place that knows how: the simulation's own loader.
fn check_save(text: &str, file: &Path) -> Result<(), Issues> {
    crate::sim::save::check_save_text(text, file)
}

/// Checks a session the way the game opens it (its format, then the save game inside).
#[cfg(feature = "gui")]
fn check_session(path: &Path) -> Issues {
    crate::ui::session::open_file(path).err().unwrap_or_default()
}

/// The headless build has no game window and no sessions: it says so instead of reading the
/// file as a scenario.
#[cfg(not(feature = "gui"))]
fn check_session(path: &Path) -> Issues {
    let mut issue = crate::scenario::Issue::error(
        crate::scenario::Code::NotScenario,
        "session_format_version",
        crate::scenario::Phrase::words("ph_session"),
        crate::scenario::Phrase::words("ph_session_headless"),
    );
    issue.file = Some(path.to_path_buf());
    Issues(vec![issue])
}

/// Checks a practice file the way the game opens it: its fields, then a replay of every
/// decision in it (the workshop as it played).
fn check_practice(text: &str, path: &Path) -> Issues {
    let replayed = crate::sim::practice::parse_practice(text, Some(path)).and_then(|practice| practice.replay());
    match replayed {
        Ok(_) => Issues::default(),
        Err(mut issues) => {
            for issue in issues.0.iter_mut().filter(|i| i.file.is_none()) {
                issue.file = Some(path.to_path_buf());
            }
            issues
        }
    }
}

/// Checks a question file as the quiz server takes it: against the shipped questions (a
/// shipped file itself against the others), so that a repeated id is found here already.
fn check_questions(text: &str, path: &Path) -> Issues {
    let mut known = Vec::new();
    for (_, shipped) in crate::quiz::bank::SHIPPED {
        if shipped != text
            && let Ok(questions) = crate::quiz::bank::parse_questions(shipped, None, &[])
        {
            known.extend(questions.into_iter().map(|q| q.id));
        }
    }
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    crate::quiz::bank::parse_questions(text, Some(path), &known).err().unwrap_or_default()
}

/// One FILE after reading and parsing.
struct Checked {
    path: PathBuf,
    kind: FileKind,
    text: Option<String>,
    /// Problems found so far (errors and warnings).
    issues: Issues,
    /// The scenario, when the file is a valid one.
    scenario: Option<Scenario>,
}

fn check_one(path: &Path) -> Checked {
    if crate::scenario::customer::workbook::is_workbook(path) {
        let issues = crate::scenario::customer::workbook::read_report(path).err().unwrap_or_default();
        return Checked { path: path.to_path_buf(), kind: FileKind::Workbook, text: None, issues, scenario: None };
    }
    let text = match read_text_file(path) {
        Ok(text) => text,
        Err(issues) => {
            return Checked { path: path.to_path_buf(), kind: FileKind::Scenario, text: None, issues, scenario: None };
        }
    };
    let kind = FileKind::detect(&text);
    let (issues, scenario) = match kind {
        FileKind::Scenario => match parse_scenario_with_warnings(&text, Some(path)) {
            Ok((scenario, warnings)) => (warnings, Some(scenario)),
            Err(issues) => (issues, None),
        },
        // Decision files are validated once the reference scenario is known.
        FileKind::Decisions => (Issues::default(), None),
        FileKind::SaveGame => (check_save(&text, path).err().unwrap_or_default(), None),
        FileKind::Session => (check_session(path), None),
        FileKind::Practice => (check_practice(&text, path), None),
        FileKind::CustomerReport => {
            (crate::scenario::customer::parse_report(&text, Some(path)).err().unwrap_or_default(), None)
        }
        FileKind::ValueCase => {
            (crate::scenario::customer::case_file::parse_case(&text, Some(path)).err().unwrap_or_default(), None)
        }
        FileKind::Library => {
            (crate::scenario::customer::library::parse_library(&text, Some(path)).err().unwrap_or_default(), None)
        }
        FileKind::Workbook => (Issues::default(), None),
        FileKind::Questions => (check_questions(&text, path), None),
    };
    Checked { path: path.to_path_buf(), kind, text: Some(text), issues, scenario }
}

/// The scenario decision files are checked against, and a note on how it was chosen.
fn reference_scenario(args: &CheckArgs, checked: &[Checked], out: &mut String) -> (Option<Scenario>, Option<Checked>) {
    let lang = args.lang.locale();
    if let Some(path) = &args.scenario {
        if let Some(c) = checked.iter().find(|c| same_file(&c.path, path)) {
            return (c.scenario.clone(), None);
        }
        let extra = check_one(path);
        return (extra.scenario.clone(), Some(extra));
    }
    let scenarios: Vec<&Checked> =
        checked.iter().filter(|c| c.kind == FileKind::Scenario && c.text.is_some()).collect();
    if let Some(first) = scenarios.first() {
        if scenarios.len() > 1 && checked.iter().any(|c| c.kind == FileKind::Decisions) {
            let file = Arg::from(first.path.display().to_string());
            let _ = writeln!(out, "{}", message("cli_check_against", lang, &[("file", file)]));
        }
        return (first.scenario.clone(), None);
    }
    (scenario::default_scenario().ok(), None)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Checks every file and renders the report; true when any file has an error.
pub fn check_files(args: &CheckArgs) -> (String, bool) {
    let lang = args.lang.locale();
    let mut out = String::new();
    let mut checked: Vec<Checked> = args.files.iter().map(|p| check_one(p)).collect();
    let (reference, extra) = reference_scenario(args, &checked, &mut out);
    let mut failed = 0;
    if let Some(extra) = extra
        && extra.issues.has_errors()
    {
        write_issues(&mut out, &extra.issues.0, lang);
        let _ = writeln!(out, "{}", message("cli_check_scenario_broken", lang, &[]));
        failed += 1;
    }
    for file in &mut checked {
        if file.kind == FileKind::Decisions
            && let Some(text) = &file.text
        {
            file.issues = match parse_decisions(text, Some(&file.path)) {
                Err(issues) => issues,
                Ok(decisions) => match &reference {
                    Some(scenario) => located(validate_decisions(scenario, &decisions), text, Some(&file.path)),
                    None => Issues::default(),
                },
            };
        }
        write_issues(&mut out, &file.issues.0, lang);
        let name = Arg::from(file.path.display().to_string());
        if file.issues.has_errors() {
            failed += 1;
        } else if file.kind == FileKind::Decisions && reference.is_none() {
            let _ = writeln!(out, "{}", message("cli_check_parsed", lang, &[("file", name)]));
        } else {
            let kind = Arg::from(file.kind.label(lang));
            let _ = writeln!(out, "{}", message("cli_check_ok", lang, &[("file", name), ("kind", kind)]));
        }
    }
    if failed > 0 {
        let total = Arg::from(checked.len());
        let _ =
            writeln!(out, "{}", message("cli_check_failed", lang, &[("failed", Arg::from(failed)), ("total", total)]));
    }
    (out, failed > 0)
}

/// Each problem as tools read it (file:line:column, code, field, found, allowed), and under
/// it what the code means in plain words.
pub(crate) fn write_issues(out: &mut String, issues: &[Issue], lang: Locale) {
    for issue in issues {
        let _ = writeln!(out, "{}", issue.line(lang));
        let _ = writeln!(out, "  → {}", message(&issue.code.sentence_key(), lang, &[]));
    }
}

/// Runs `check`: prints the report to stdout; exit 1 when any file has an error.
pub fn run(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let (report, failed) = check_files(args);
    super::write_out(&report)?;
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_told_apart_by_their_top_level_fields() {
        assert_eq!(FileKind::detect(scenario::INTRO_SCENARIO), FileKind::Scenario);
        assert_eq!(FileKind::detect("(company: \"alpha\", year: 1"), FileKind::Decisions);
        assert_eq!(FileKind::detect("// save\n(format_version: 1, scenario: (companies: []))"), FileKind::SaveGame);
        assert_eq!(FileKind::detect("garbage"), FileKind::Scenario);
        assert_eq!(FileKind::detect("(session_format_version: 1, setup: ())"), FileKind::Session);
    }
}
