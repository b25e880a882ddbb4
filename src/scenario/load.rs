//! Loading input files: bytes → UTF-8 text → RON → typed value, with every problem
//! reported at once and located (file, line, column, field path), never a panic.
//!
//! `ron_tree` parses, `tolerant_de` reads the type from the tree and finds every data
//! problem, not only the first. A syntax error stops the search there: what follows it
//! cannot be trusted, what precedes it is still checked (the lines before it, with the
//! brackets still open closed, are read as a file of their own).

use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::scenario::issue::Code;
use crate::scenario::issue::{Issue, Issues};
use crate::scenario::locate::{located, sort};
use crate::scenario::phrase::Phrase;
use crate::scenario::ron_tree::{self, SyntaxError};
use crate::scenario::tolerant_de::read;
use crate::scenario::types::{SCENARIO_FORMAT_VERSION, Scenario};
use crate::scenario::validate::validate_scenario;

/// Largest input file read (bytes): far above any real scenario, far below a mistake.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a text file: a missing or unreadable file is `E-READ`, a file over
/// [`MAX_FILE_BYTES`] `E-READ` too, bytes that are not UTF-8 `E-NOT-UTF8` at the line
/// and column of the first bad byte.
pub fn read_text_file(path: &Path) -> Result<String, Issues> {
    let fail = |found: Phrase, allowed: &'static str| {
        let allowed = Phrase::words(allowed);
        let mut issue = Issue::error(Code::Read, "", found, allowed);
        issue.file = Some(path.to_path_buf());
        Issues(vec![issue])
    };
    let file = std::fs::File::open(path).map_err(|e| fail(describe_io(&e), "ph_readable_file"))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| fail(describe_io(&e), "ph_readable_file"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let found = Phrase::words("ph_more_bytes").arg("bytes", MAX_FILE_BYTES.to_string());
        return Err(fail(found, "ph_at_most_16_mib"));
    }
    String::from_utf8(bytes).map_err(|e| {
        let (bytes, valid) = (e.as_bytes(), e.utf8_error().valid_up_to());
        let prefix = std::str::from_utf8(bytes.get(..valid).unwrap_or_default()).unwrap_or_default();
        let byte = bytes.get(valid).copied().unwrap_or_default();
        let found = Phrase::words("ph_not_utf8").arg("byte", format!("0x{byte:02X}")).arg("offset", valid.to_string());
        let mut issue = at_end_of(prefix, Issue::error(Code::NotUtf8, "", found, Phrase::words("ph_utf8_text")));
        issue.file = Some(path.to_path_buf());
        Issues(vec![issue])
    })
}

/// `issue` placed just after `prefix`, the text before the problem.
fn at_end_of(prefix: &str, mut issue: Issue) -> Issue {
    issue.line = Some(1 + prefix.matches('\n').count());
    issue.column = Some(1 + prefix.rsplit('\n').next().unwrap_or_default().chars().count());
    issue
}

/// The reason a file cannot be read; the system's own words where there are no better ones.
pub fn describe_io(e: &std::io::Error) -> Phrase {
    match e.kind() {
        std::io::ErrorKind::NotFound => Phrase::words("ph_no_such_file"),
        std::io::ErrorKind::PermissionDenied => Phrase::words("ph_no_permission"),
        _ => Phrase::Quote(e.to_string()),
    }
}

/// Reads, parses and validates a scenario file.
pub fn read_scenario_file(path: &Path) -> Result<Scenario, Issues> {
    let text = read_text_file(path)?;
    parse_scenario(&text, Some(path))
}

/// Parses and validates a scenario from RON text; `file` names it in messages. Every
/// syntax, data and validation error is reported at once; warnings alone do not fail.
pub fn parse_scenario(text: &str, file: Option<&Path>) -> Result<Scenario, Issues> {
    parse_scenario_with_warnings(text, file).map(|(scenario, _)| scenario)
}

/// As [`parse_scenario`], and hands back the warnings of a valid scenario too.
pub fn parse_scenario_with_warnings(text: &str, file: Option<&Path>) -> Result<(Scenario, Issues), Issues> {
    if let Some(issue) = format_one(text, file) {
        return Err(Issues(vec![issue]));
    }
    let scenario: Scenario = parse_ron(text, file)?;
    let issues = located(validate_scenario(&scenario), text, file);
    if issues.has_errors() { Err(issues) } else { Ok((scenario, issues)) }
}

/// A scenario of format 1 (before the economics of docs/economics.md): it has the old
/// top-level `cost_of_equity` or `target_debt_weight` and no `scenario_format_version`.
/// Named as such in one message instead of a list of missing and unknown fields.
fn format_one(text: &str, file: Option<&Path>) -> Option<Issue> {
    let keys = ron_tree::top_level_keys(&normalize(text));
    let has = |key: &str| keys.iter().any(|k| k == key);
    if has("scenario_format_version") || !(has("cost_of_equity") || has("target_debt_weight")) {
        return None;
    }
    let mut issue = Issue::error(
        Code::ScenarioVersion,
        "scenario_format_version",
        Phrase::words("ph_format_one"),
        Phrase::words("ph_convert_format").arg("version", SCENARIO_FORMAT_VERSION.to_string()),
    );
    (issue.file, issue.line, issue.column) = (file.map(Path::to_path_buf), Some(1), Some(1));
    Some(issue)
}

/// The text as the readers see it: a leading byte-order mark (Windows editors write one)
/// becomes a space, so columns stay where the author sees them.
pub(crate) fn normalize(text: &str) -> Cow<'_, str> {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => Cow::Owned(format!(" {rest}")),
        None => Cow::Borrowed(text),
    }
}

/// Parses RON into `T`, reporting every syntax and data problem, located.
pub(crate) fn parse_ron<T: DeserializeOwned>(text: &str, file: Option<&Path>) -> Result<T, Issues> {
    let text = normalize(text);
    let result = match text.find('\0') {
        Some(offset) => {
            let issue = Issue::error(Code::NotUtf8, "", Phrase::words("ph_nul"), Phrase::words("ph_ron_text"));
            Err(vec![at_end_of(text.get(..offset).unwrap_or_default(), issue)])
        }
        None => match ron_tree::parse(&text) {
            Ok(root) => read::<T>(&root, &text, None),
            Err(syntax) => Err(before_syntax_error::<T>(&text, &syntax)),
        },
    };
    result.map_err(|mut issues| {
        issues.iter_mut().for_each(|issue| issue.file = file.map(Path::to_path_buf));
        sort(&mut issues);
        Issues(issues)
    })
}

/// The integer of a top-level field, e.g. a file's format version, read before the whole
/// file is: `None` when the text does not parse or the field is not a whole number.
pub(crate) fn top_level_integer(text: &str, key: &str) -> Option<u64> {
    let ron_tree::Kind::Struct { fields, .. } = ron_tree::parse(&normalize(text)).ok()?.kind else { return None };
    match &fields.iter().find(|f| f.key == key)?.value.kind {
        ron_tree::Kind::Int(digits) => digits.replace('_', "").parse().ok(),
        _ => None,
    }
}

/// The syntax error, and the data problems on the lines before it: the text up to the
/// start of the error's line, with the brackets still open there closed, is read as far as
/// it goes. Problems on the error's own line are left out: a mangled `name: value` would
/// read as an unknown field, and the syntax error is the cause.
fn before_syntax_error<T: DeserializeOwned>(text: &str, syntax: &SyntaxError) -> Vec<Issue> {
    let line_start = text.get(..syntax.at.offset).and_then(|before| before.rfind('\n')).map_or(0, |i| i + 1);
    let prefix = text.get(..line_start).unwrap_or_default();
    let mut issues = Vec::new();
    if let Err(cut) = ron_tree::parse(prefix)
        && let Some(closers) = &cut.closers
    {
        let closed = format!("{prefix}{closers}");
        if let Ok(root) = ron_tree::parse(&closed) {
            issues = read::<T>(&root, &closed, Some(prefix.len())).err().unwrap_or_default();
        }
    }
    issues.push(syntax_issue(syntax));
    issues
}

/// A syntax error of the reader, named by the field it is in: E-TRUNCATED when the text
/// ended too early.
fn syntax_issue(error: &SyntaxError) -> Issue {
    let (field, expected) = (error.path.clone(), error.expected.clone());
    let mut issue = match (error.at_end, error.unclosed) {
        (false, _) => Issue::error(Code::Syntax, field, error.found.clone(), expected),
        (true, None) => Issue::error(Code::Truncated, field, Phrase::words("ph_end_of_file"), expected),
        (true, Some((what, open))) => {
            let what = match what {
                "string" => Phrase::words("ph_open_string"),
                "raw string" => Phrase::words("ph_open_raw_string"),
                "character" => Phrase::words("ph_open_character"),
                "block comment" => Phrase::words("ph_open_comment"),
                bracket => Phrase::words("ph_open_bracket").arg("bracket", bracket),
            };
            let allowed = Phrase::words("ph_rest_of_file")
                .arg("what", what)
                .arg("line", open.line.to_string())
                .arg("column", open.column.to_string());
            Issue::error(Code::Truncated, field, Phrase::words("ph_end_of_file"), allowed)
        }
    };
    (issue.line, issue.column) = (Some(error.at.line), Some(error.at.column));
    issue
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{DEFAULT_SCENARIO, INTRO_SCENARIO, Scenario};

    fn codes(result: Result<Scenario, Issues>) -> Vec<(&'static str, String, Option<usize>, Option<usize>)> {
        match result {
            Ok(_) => Vec::new(),
            Err(issues) => issues.0.into_iter().map(|i| (i.code.as_str(), i.path, i.line, i.column)).collect(),
        }
    }

    #[test]
    fn shipped_scenarios_load_without_any_issue() {
        for (name, text) in [("default", DEFAULT_SCENARIO), ("intro", INTRO_SCENARIO)] {
            match parse_scenario_with_warnings(text, None) {
                Ok((_, warnings)) => assert!(warnings.0.is_empty(), "{name}: {warnings}"),
                Err(issues) => panic!("{name}: {issues}"),
            }
        }
    }

    #[test]
    fn a_missing_comma_is_a_syntax_error_at_the_next_field() {
        let text = INTRO_SCENARIO.replacen("years: 3,", "years: 3", 1);
        let found = codes(parse_scenario(&text, None));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "E-SYNTAX");
        // In intro.ron `years: 3,` is line 8; the next line `tax_rate` starts at column 5.
        assert_eq!((found[0].2, found[0].3), (Some(9), Some(5)));
    }

    #[test]
    fn a_data_error_above_a_syntax_error_is_reported_with_it() {
        let text = INTRO_SCENARIO.replacen("loan_rate: 0.05", "loan_rat: 0.05", 1).replacen(
            "units_per_line: 60000,",
            "units_per_line: 60000",
            1,
        );
        let found = codes(parse_scenario(&text, None));
        // `loan_rat` is line 12 after 8 spaces, so `finance: (` on line 11 (its `(` at
        // column 14) lacks `loan_rate`; the comma is missing after line 26, so the reader
        // stops at `line_cost` on line 27, column 9, after `units_per_line`.
        assert_eq!(
            found,
            vec![
                ("E-MISSING-FIELD", "finance.loan_rate".to_string(), Some(11), Some(14)),
                ("E-UNKNOWN-FIELD", "finance.loan_rat".to_string(), Some(12), Some(9)),
                ("E-SYNTAX", "production.units_per_line".to_string(), Some(27), Some(9)),
            ]
        );
    }

    #[test]
    fn a_format_one_scenario_is_named_as_such_in_one_message() {
        let no_version = INTRO_SCENARIO.replacen("    scenario_format_version: 2,\n", "", 1);
        assert_ne!(no_version, INTRO_SCENARIO, "intro.ron has `scenario_format_version: 2,` on a line of its own");
        let one = vec![("E-SCENARIO-VERSION", "scenario_format_version".to_string(), Some(1), Some(1))];
        // Either old top-level field alone, or both, without a version: one message at 1:1
        // instead of a list of missing and unknown fields.
        let old_k_e = no_version.replacen("unlevered_cost_of_equity: 0.10,", "cost_of_equity: 0.10,", 1);
        assert_eq!(codes(parse_scenario(&old_k_e, None)), one);
        let old_weight =
            no_version.replacen("    tax_rate: 0.30,\n", "    tax_rate: 0.30,\n    target_debt_weight: 0.35,\n", 1);
        assert_eq!(codes(parse_scenario(&old_weight, None)), one);
        let both = old_k_e.replacen("    tax_rate: 0.30,\n", "    tax_rate: 0.30,\n    target_debt_weight: 0.35,\n", 1);
        let Err(issues) = parse_scenario(&both, Some(Path::new("old.ron"))) else { panic!("format 1 must fail") };
        assert_eq!(codes(Err(issues.clone())), one);
        let shown = issues.to_string();
        assert!(
            shown.starts_with(
                "old.ron:1:1: error[E-SCENARIO-VERSION] scenario_format_version: found a scenario of format 1"
            ),
            "{shown}"
        );
        assert!(shown.contains("scenario_format_version: 2,"), "{shown}");
        // Without the old fields it is a scenario missing its version: the outer `(` on
        // line 4, column 1 is the struct that lacks it.
        assert_eq!(
            codes(parse_scenario(&no_version, None)),
            vec![("E-MISSING-FIELD", "scenario_format_version".to_string(), Some(4), Some(1))]
        );
        // With the version, an old field is just unknown: `    cost_of_equity` on line 10
        // → col 5; `unlevered_cost_of_equity` is missing from the outer `(` at 4:1.
        let mut found = codes(parse_scenario(
            &INTRO_SCENARIO.replacen("unlevered_cost_of_equity: 0.10,", "cost_of_equity: 0.10,", 1),
            None,
        ));
        found.sort();
        assert_eq!(
            found,
            vec![
                ("E-MISSING-FIELD", "unlevered_cost_of_equity".to_string(), Some(4), Some(1)),
                ("E-UNKNOWN-FIELD", "cost_of_equity".to_string(), Some(10), Some(5)),
            ]
        );
    }

    #[test]
    fn a_mangled_field_on_one_line_is_only_a_syntax_error() {
        let text = INTRO_SCENARIO.replacen("description: \"Drei", "desc \"Drei", 1);
        let found = codes(parse_scenario(&text, None));
        // `description` is line 7 of intro.ron, indented by 4, after the field `name`.
        assert_eq!(found, vec![("E-SYNTAX", "name".to_string(), Some(7), Some(5))]);
    }

    #[test]
    fn truncated_file_names_the_open_bracket() {
        let cut = INTRO_SCENARIO.find("    production:").unwrap_or(0);
        let text = INTRO_SCENARIO.get(..cut).unwrap_or_default();
        let Err(issues) = parse_scenario(text, None) else { panic!("must fail") };
        assert_eq!(issues.0.len(), 1);
        assert_eq!(issues.0[0].code.as_str(), "E-TRUNCATED");
        // The outer `(` is line 4, column 1 of intro.ron.
        assert!(issues.0[0].allowed.contains("`(` opened at line 4, column 1"), "{}", issues.0[0].allowed);
    }

    #[test]
    fn byte_order_mark_is_accepted_and_nul_is_binary() {
        assert!(parse_scenario(&format!("\u{feff}{INTRO_SCENARIO}"), None).is_ok());
        let found = codes(parse_scenario("(name: \"a\0\")", None));
        assert_eq!(found, vec![("E-NOT-UTF8", String::new(), Some(1), Some(10))]);
    }
}
