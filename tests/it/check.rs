//! Bad input answered with located messages: every validation code with a bad file (code,
//! field path, line:column), good files passing, and `mehrwert check` exit codes end to end.
//!
//! The bad scenarios are scenarios/intro.ron with one line changed, so the expected lines
//! are intro.ron's line numbers and the columns are counted by hand in the changed line
//! (the arithmetic is in the comments).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use mehrwert::scenario::{
    INTRO_SCENARIO, Issue, Issues, located, parse_decisions, parse_scenario, parse_scenario_with_warnings,
    read_scenario_file, validate_decisions,
};

/// intro.ron with `from` (which must occur exactly once) replaced by `to`.
fn intro_with(from: &str, to: &str) -> String {
    assert_eq!(INTRO_SCENARIO.matches(from).count(), 1, "{from:?} must occur once in intro.ron");
    INTRO_SCENARIO.replacen(from, to, 1)
}

/// Every issue, errors and warnings, of a scenario text read as `bad.ron`.
fn scenario_issues(text: &str) -> Vec<Issue> {
    match parse_scenario_with_warnings(text, Some(Path::new("bad.ron"))) {
        Ok((_, warnings)) => warnings.0,
        Err(issues) => issues.0,
    }
}

/// The issue with `code` at `path`, asserting its place in `bad.ron`.
fn expect(issues: &[Issue], code: &str, path: &str, line: usize, column: usize) -> Issue {
    let Some(issue) = issues.iter().find(|i| i.code == code && i.path == path) else {
        panic!("no {code} at `{path}` among:\n{}", Issues(issues.to_vec()));
    };
    assert_eq!((issue.line, issue.column), (Some(line), Some(column)), "{issue}");
    assert_eq!(issue.file.as_deref(), Some(Path::new("bad.ron")), "{issue}");
    issue.clone()
}

/// One bad scenario: intro.ron with `from` → `to` must report `code` at `path`, line:column.
struct Case {
    from: &'static str,
    to: &'static str,
    code: &'static str,
    path: &'static str,
    line: usize,
    column: usize,
}

const fn case(
    from: &'static str,
    to: &'static str,
    code: &'static str,
    path: &'static str,
    at: (usize, usize),
) -> Case {
    Case { from, to, code, path, line: at.0, column: at.1 }
}

#[rustfmt::skip]
const CASES: &[Case] = &[
    // Format 1: no version but an old top-level field (here `cost_of_equity` where line 5 had the
    // version) → one message at the file's start, 1:1.
    case("    scenario_format_version: 2,\n", "    cost_of_equity: 0.10,\n", "E-SCENARIO-VERSION", "scenario_format_version", (1, 1)),
    // `    scenario_format_version: 3` on line 5 — 4 + "scenario_format_version: " (25) → col 30.
    case("scenario_format_version: 2", "scenario_format_version: 3", "E-SCENARIO-VERSION", "scenario_format_version", (5, 30)),
    // Line 8 loses its comma: the parser stops at `tax_rate`, line 9, after 4 spaces → col 5;
    // the message names the field the parser was in.
    case("years: 3,", "years: 3", "E-SYNTAX", "years", (9, 5)),
    // Line 12 `        loan_rat` — 8 spaces, the key starts at col 9.
    case("loan_rate: 0.05", "loan_rat: 0.05", "E-UNKNOWN-FIELD", "finance.loan_rat", (12, 9)),
    // …and `loan_rate` is now missing from `finance: (` on line 11: `    finance: (` → col 14.
    case("loan_rate: 0.05", "loan_rat: 0.05", "E-MISSING-FIELD", "finance.loan_rate", (11, 14)),
    // `years` gone: the outer `(` on line 4, col 1, is the struct that misses it.
    case("    years: 3,\n", "", "E-MISSING-FIELD", "years", (4, 1)),
    // `    tax_rate: 0.30, years: 4,` — 4 + "tax_rate: 0.30, " (16) → the second `years` at col 21.
    case("tax_rate: 0.30,", "tax_rate: 0.30, years: 4,", "E-DUPLICATE-FIELD", "years", (9, 21)),
    // `        units_per_line: 6e4` — 8 + "units_per_line: " (16) → col 25; a float for a whole number.
    case("units_per_line: 60000", "units_per_line: 6e4", "E-TYPE", "production.units_per_line", (26, 25)),
    // `    tax_rate: "high"` — 4 + "tax_rate: " (10) → col 15.
    case("tax_rate: 0.30", "tax_rate: \"high\"", "E-TYPE", "tax_rate", (9, 15)),
    // Line 85: 8 + `(id: "beta", name: "Beta Fluidtechnik AG", strategy: ` (53) → col 62.
    case("PriceFighter", "PriceFigther", "E-UNKNOWN-VARIANT", "companies[1].strategy", (85, 62)),
    // `        min_cash: 200000.005` — 8 + "min_cash: " (10) → col 19.
    case("min_cash: 200000", "min_cash: 200000.005", "E-PRECISION", "finance.min_cash", (17, 19)),
    // `    tax_rate: 0.3000001` → col 15; rates have at most 6 decimal places.
    case("tax_rate: 0.30", "tax_rate: 0.3000001", "E-PRECISION", "tax_rate", (9, 15)),
    // More significant digits than the format allows (15): 17 digits, read by a binary float
    // as …654,40 €, and 28 digits that a float would round to 1.291.385.000 €.
    case("min_cash: 200000", "min_cash: 876543210987654.32", "E-PRECISION", "finance.min_cash", (17, 19)),
    case("min_cash: 200000", "min_cash: 1291385000.0000000000000001", "E-PRECISION", "finance.min_cash", (17, 19)),
    // A line added after `years` (line 8): `    disclosure: Alles` on line 9 — 4 + "disclosure: " (12) → col 17.
    case("    years: 3,\n", "    years: 3,\n    disclosure: Alles,\n", "E-UNKNOWN-VARIANT", "disclosure", (9, 17)),
    // `    years: 21` — 4 + "years: " (7) → col 12.
    case("years: 3,", "years: 21,", "E-RANGE", "years", (8, 12)),
    // Line 54: 12 + "weights: (price: " (17) → col 30.
    case("price: 4.0", "price: 11", "E-RANGE", "segments[0].weights.price", (54, 30)),
    // Line 89 keeps its layout: `Some("a")` starts where `None` did, col 111 (counted in the test below).
    case("segment: None", "segment: Some(\"export\")", "E-UNKNOWN-REF", "events[0].effect.segment", (89, 111)),
    // The event catalogue at the file's end, line 124: 12 + "effect: MaterialPrice(factor: " (30) → col 43.
    case("MaterialPrice(factor: 1.10)", "MaterialPrice(factor: 9)", "E-RANGE", "event_catalogue[1].effect.factor", (124, 43)),
    // Line 120: 12 + "effect: Demand(segment: " (24) → col 37.
    case("Some(\"markt\"), factor: 0.90", "Some(\"export\"), factor: 0.90", "E-UNKNOWN-REF", "event_catalogue[0].effect.segment", (120, 37)),
    // Two companies deleted: `    companies: [` on line 83, 4 + "companies: " (11) → col 16.
    case("        (id: \"beta\", name: \"Beta Fluidtechnik AG\", strategy: PriceFighter),\n        (id: \"gamma\", name: \"Gamma Präzision KG\", strategy: Premium),\n", "", "E-COUNT", "companies", (83, 16)),
    // A second entry for a scenario with one segment: `        segments: [` → 8 + 10 → col 19.
    case("salespeople: 5),", "salespeople: 5), (list_price: 50, payment_days: 30, salespeople: 5),", "E-COUNT", "opening_decisions.segments", (76, 19)),
    // `    name: ""` — 4 + "name: " (6) → col 11.
    case("name: \"Einführung: Pumpenwerk\"", "name: \"\"", "E-EMPTY", "name", (6, 11)),
    // `            id: "Markt 1"` — 12 + "id: " (4) → col 17.
    case("id: \"markt\"", "id: \"Markt 1\"", "E-ID-FORMAT", "segments[0].id", (47, 17)),
    // `        (id: "alpha"` on line 86 — 8 + "(id: " (5) → col 14.
    case("id: \"gamma\"", "id: \"alpha\"", "E-DUPLICATE-ID", "companies[2].id", (86, 14)),
    // `    opening: (` — 4 + "opening: " (9) → col 14.
    case("cash: 300000", "cash: 350000", "E-UNBALANCED", "opening", (62, 14)),
    // 0 units but 300 000 € of stock: `        inventory: 300000` — 8 + "inventory: " (11) → col 20.
    case("inventory_units: 10000", "inventory_units: 0", "E-INCONSISTENT", "opening.inventory", (66, 20)),
    // `        accumulated_depreciation: 2500000` — 8 + 26 → col 35; above ppe_gross 2 400 000.
    case("accumulated_depreciation: 1200000", "accumulated_depreciation: 2500000", "E-INCONSISTENT", "opening.accumulated_depreciation", (68, 35)),
    // `        loans: 6000000` — 8 + "loans: " (7) → col 16; above max_loans 3 000 000.
    case("loans: 1100000", "loans: 6000000", "E-INCONSISTENT", "opening.loans", (71, 16)),
    // `        overdraft_rate: 0.04` — 8 + "overdraft_rate: " (16) → col 25.
    case("overdraft_rate: 0.12", "overdraft_rate: 0.04", "W-RATE-ORDER", "finance.overdraft_rate", (14, 25)),
    // A misspelt German key on line 108, shown at its entry's English: 8 + `"Industriekundn": ` (18) → col 27.
    case("\"Industriekunden\": \"Industrial", "\"Industriekundn\": \"Industrial", "W-TRANSLATION", "english[\"Industriekundn\"]", (108, 27)),
    // An empty English text: 8 + `"Industriekunden": ` (19) → the value at col 28.
    case("\"Industriekunden\": \"Industrial customers\"", "\"Industriekunden\": \"\"", "E-EMPTY", "english[\"Industriekunden\"]", (108, 28)),
    // 130 000 units on 2 lines × 60 000: `        production_units: 130000` — 8 + 18 → col 27.
    case("production_units: 80000", "production_units: 130000", "W-CAPACITY", "opening_decisions.production_units", (79, 27)),
];

#[test]
fn every_scenario_code_is_reported_with_path_line_and_column() {
    for c in CASES {
        let issues = scenario_issues(&intro_with(c.from, c.to));
        expect(&issues, c.code, c.path, c.line, c.column);
    }
}

#[test]
fn the_event_column_is_counted_right() {
    // Line 89: 8 spaces, `(year: 2, headline: ` (20), the headline of 54 characters in
    // quotes (56), `, effect: Demand(segment: ` (26): 8 + 20 + 56 + 26 = 110 → col 111.
    let line = INTRO_SCENARIO.lines().nth(88).unwrap_or_default();
    let before: String = line.chars().take(110).collect();
    assert!(before.ends_with("Demand(segment: "), "{before}");
}

#[test]
fn warnings_alone_do_not_fail_a_scenario() {
    let text = intro_with("overdraft_rate: 0.12", "overdraft_rate: 0.04");
    assert!(parse_scenario(&text, None).is_ok());
}

#[test]
fn unknown_field_lists_the_allowed_names() {
    let issues = scenario_issues(&intro_with("loan_rate: 0.05", "loan_rat: 0.05"));
    let issue = expect(&issues, "E-UNKNOWN-FIELD", "finance.loan_rat", 12, 9);
    for name in ["loan_rate", "deposit_rate", "overdraft_rate", "overdraft_fee", "min_cash", "max_loans"] {
        assert!(issue.allowed.contains(name), "{}", issue.allowed);
    }
    assert!(issue.allowed.contains("did you mean `loan_rate`?"), "{}", issue.allowed);
}

#[test]
fn every_problem_of_a_file_is_reported_at_once() {
    let text = intro_with("loan_rate: 0.05", "loan_rat: 0.05")
        .replacen("units_per_line: 60000", "units_per_line: 6e4", 1)
        .replacen("PriceFighter", "PriceFigther", 1)
        .replacen("brand_decay: 0.30,\n", "", 1);
    let issues = scenario_issues(&text);
    let mut codes: Vec<(&str, &str)> = issues.iter().map(|i| (i.code.as_str(), i.path.as_str())).collect();
    codes.sort_unstable();
    assert_eq!(
        codes,
        vec![
            ("E-MISSING-FIELD", "finance.loan_rate"),
            ("E-MISSING-FIELD", "stocks.brand_decay"),
            ("E-TYPE", "production.units_per_line"),
            ("E-UNKNOWN-FIELD", "finance.loan_rat"),
            ("E-UNKNOWN-VARIANT", "companies[1].strategy"),
        ]
    );
}

#[test]
fn unbalanced_opening_shows_both_sides_in_german_format() {
    // intro: assets 350 000 + 411 000 + 300 000 + 2 400 000 − 1 200 000 = 2 261 000;
    // equity and liabilities 164 000 + 50 000 + 1 100 000 + 800 000 + 97 000 = 2 211 000.
    let issues = scenario_issues(&intro_with("cash: 300000", "cash: 350000"));
    let issue = expect(&issues, "E-UNBALANCED", "opening", 62, 14);
    assert_eq!(issue.found, "assets 2.261.000,00 € vs equity and liabilities 2.211.000,00 €");
    let shown = issue.to_string();
    let expected = "bad.ron:62:14: error[E-UNBALANCED] opening: found assets 2.261.000,00 € vs equity and \
                    liabilities 2.211.000,00 €; allowed: assets = equity + liabilities";
    assert!(shown.starts_with(expected), "{shown}");
}

#[test]
fn truncated_file_says_where_the_open_bracket_is() {
    // Cut after line 35 `    overheads: (`: the file ends at line 36, column 1; that `(`
    // is at 4 + "overheads: " (11) → column 16.
    let cut = INTRO_SCENARIO.find("        admin_cost").unwrap_or(0);
    let issues = scenario_issues(INTRO_SCENARIO.get(..cut).unwrap_or_default());
    assert_eq!(issues.len(), 1, "{}", Issues(issues.clone()));
    let issue = expect(&issues, "E-TRUNCATED", "overheads", 36, 1);
    assert!(issue.allowed.contains("`(` opened at line 35, column 16"), "{}", issue.allowed);
}

/// A temporary file with `bytes`.
fn temp_file(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    if let Err(e) = std::fs::write(&path, bytes) {
        panic!("cannot write {}: {e}", path.display());
    }
    path
}

fn temp_dir() -> tempfile::TempDir {
    match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(e) => panic!("no temp dir: {e}"),
    }
}

#[test]
fn non_utf8_bytes_are_located_at_the_first_bad_byte() {
    let dir = temp_dir();
    // Line 3, after `  name: "M` (10 characters, the ü is one) → column 11.
    let path = temp_file(&dir, "latin1.ron", b"// x\n(\n  name: \"M\xfcller\",\n)");
    let Err(issues) = read_scenario_file(&path) else { panic!("must fail") };
    let issue = &issues.0[0];
    assert_eq!((issue.code.as_str(), issue.line, issue.column), ("E-NOT-UTF8", Some(3), Some(11)), "{issue}");
    assert!(issue.found.contains("0xFC"), "{issue}");
}

#[test]
fn binary_garbage_is_not_utf8() {
    let dir = temp_dir();
    let garbage: Vec<u8> = (0u32..4096).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let path = temp_file(&dir, "garbage.ron", &garbage);
    let Err(issues) = read_scenario_file(&path) else { panic!("must fail") };
    assert_eq!(issues.0.len(), 1);
    assert_eq!(issues.0[0].code.as_str(), "E-NOT-UTF8");
    assert!(issues.0[0].line.is_some());
}

#[test]
fn a_missing_file_is_a_read_error() {
    let dir = temp_dir();
    let path = dir.path().join("nowhere.ron");
    let Err(issues) = read_scenario_file(&path) else { panic!("must fail") };
    assert_eq!((issues.0[0].code.as_str(), issues.0[0].found.to_string().as_str()), ("E-READ", "no such file"));
    assert_eq!(issues.0[0].file.as_deref(), Some(path.as_path()));
}

#[test]
fn shipped_scenarios_load_with_no_issue_at_all() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for name in ["scenarios/default.ron", "scenarios/intro.ron"] {
        let text = match std::fs::read_to_string(root.join(name)) {
            Ok(text) => text,
            Err(e) => panic!("{name}: {e}"),
        };
        match parse_scenario_with_warnings(&text, Some(Path::new(name))) {
            Ok((_, warnings)) => assert!(warnings.0.is_empty(), "{warnings}"),
            Err(issues) => panic!("{issues}"),
        }
    }
    assert!(mehrwert::scenario::default_scenario().is_ok());
    assert!(mehrwert::scenario::intro_scenario().is_ok());
}

fn intro() -> mehrwert::scenario::Scenario {
    match parse_scenario(INTRO_SCENARIO, None) {
        Ok(s) => s,
        Err(e) => panic!("{e}"),
    }
}

const BAD_DECISIONS: &str = "(
    company: \"omega\",
    year: 9,
    segments: [
        (list_price: 50, rebate: 0.5, payment_days: 200, salespeople: 5),
    ],
    production_units: 80000,
    projects: [\"automation\", \"automation\", \"robots\"],
)";

#[test]
fn decision_issues_are_placed_in_the_decision_file() {
    let d = match parse_decisions(BAD_DECISIONS, None) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    let issues = located(validate_decisions(&intro(), &d), BAD_DECISIONS, Some(Path::new("bad.ron"))).0;
    // Columns: `    company: ` 13 → 14; `    year: ` 10 → 11; line 5 `        (list_price: 50, rebate: `
    // 33 → 34 and `…0.5, payment_days: ` 52 → 53; line 8 `    projects: ["automation", ` 29 → 30,
    // then `"automation", ` 14 more → 44.
    expect(&issues, "E-UNKNOWN-REF", "company", 2, 14);
    expect(&issues, "E-RANGE", "year", 3, 11);
    let rebate = expect(&issues, "E-RANGE", "segments[0].rebate", 5, 34);
    assert_eq!(
        (rebate.found.to_string().as_str(), rebate.allowed.to_string().as_str()),
        ("0.5", "0..=0.3 (max_rebate of segment \"markt\")")
    );
    expect(&issues, "E-RANGE", "segments[0].payment_days", 5, 53);
    expect(&issues, "E-DUPLICATE-ID", "projects[1]", 8, 30);
    expect(&issues, "E-UNKNOWN-REF", "projects[2]", 8, 44);
    assert_eq!(issues.len(), 6, "{}", Issues(issues.clone()));
}

#[test]
fn decision_files_get_located_syntax_and_count_errors() {
    // `(company: "alpha", year: 1, production_units: 1, segments: [], extra: 1)`:
    // `extra` starts after 63 characters → column 64.
    let text = "(company: \"alpha\", year: 1, production_units: 1, segments: [], extra: 1)";
    let Err(issues) = parse_decisions(text, Some(Path::new("bad.ron"))) else { panic!("must fail") };
    expect(&issues.0, "E-UNKNOWN-FIELD", "extra", 1, 64);
    let fixed = text.replace(", extra: 1", "");
    let Ok(d) = parse_decisions(&fixed, None) else { panic!("parses") };
    // `segments: []` — the `[` after 59 characters → column 60.
    let issues = located(validate_decisions(&intro(), &d), &fixed, Some(Path::new("bad.ron"))).0;
    expect(&issues, "E-COUNT", "segments", 1, 60);
}

/// Runs `mehrwert check` with `args` from the crate root.
/// `mehrwert check --lang en ARGS…`: exit code and stdout.
fn check(args: &[&Path]) -> (Option<i32>, String) {
    check_in(&["--lang", "en"], args)
}

/// `mehrwert check OPTIONS… ARGS…`: exit code and stdout.
fn check_in(options: &[&str], args: &[&Path]) -> (Option<i32>, String) {
    let output: Output = match Command::new(env!("CARGO_BIN_EXE_mehrwert"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("check")
        .args(options)
        .args(args)
        .output()
    {
        Ok(output) => output,
        Err(e) => panic!("cannot start mehrwert: {e}"),
    };
    (output.status.code(), String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn cli_accepts_good_files_and_prints_ok() {
    let (code, out) = check(&[Path::new("scenarios/default.ron"), Path::new("scenarios/intro.ron")]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("ok: scenarios/default.ron (scenario)"), "{out}");
    assert!(out.contains("ok: scenarios/intro.ron (scenario)"), "{out}");
}

#[test]
fn cli_rejects_a_bad_scenario_with_every_located_problem() {
    let dir = temp_dir();
    let text = intro_with("loan_rate: 0.05", "loan_rat: 0.05").replacen("years: 3,", "years: 21,", 1);
    let bad = temp_file(&dir, "bad.ron", text.as_bytes());
    let (code, out) = check(&[&bad]);
    assert_eq!(code, Some(1), "{out}");
    let shown = bad.display();
    assert!(out.contains(&format!("{shown}:12:9: error[E-UNKNOWN-FIELD] finance.loan_rat")), "{out}");
    assert!(out.contains(&format!("{shown}:11:14: error[E-MISSING-FIELD] finance.loan_rate")), "{out}");
    assert!(!out.contains("ok:"), "{out}");
    assert!(out.contains("check failed: 1 of 1"), "{out}");
}

#[test]
fn cli_semantic_errors_appear_once_the_file_parses() {
    let dir = temp_dir();
    let bad = temp_file(&dir, "bad.ron", intro_with("years: 3,", "years: 21,").as_bytes());
    let (code, out) = check(&[&bad]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(&format!("{}:8:12: error[E-RANGE] years: found 21; allowed: 1..=20 years", bad.display())),
        "{out}"
    );
}

#[test]
fn cli_warnings_alone_exit_zero() {
    let dir = temp_dir();
    let path = temp_file(&dir, "w.ron", intro_with("overdraft_rate: 0.12", "overdraft_rate: 0.04").as_bytes());
    let (code, out) = check(&[&path]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("warning[W-RATE-ORDER] finance.overdraft_rate"), "{out}");
    assert!(out.contains(&format!("ok: {} (scenario)", path.display())), "{out}");
}

#[test]
fn cli_checks_decisions_against_the_scenario_given() {
    let dir = temp_dir();
    let good = "(company: \"alpha\", year: 1, production_units: 80000,\n segments: [(list_price: 52, rebate: 0.05, payment_days: 30, salespeople: 5)])";
    let good = temp_file(&dir, "good.ron", good.as_bytes());
    let bad = temp_file(&dir, "bad.ron", BAD_DECISIONS.as_bytes());
    let intro = Path::new("scenarios/intro.ron");

    // Against intro (given with --scenario, or among the FILEs) the good file passes.
    let (code, out) = check(&[Path::new("--scenario"), intro, &good]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains(&format!("ok: {} (decisions)", good.display())), "{out}");
    let (code, out) = check(&[intro, &good]);
    assert_eq!(code, Some(0), "{out}");

    // Against the embedded default there is no company "alpha" and two segments.
    let (code, out) = check(&[&good]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains(&format!("{}:1:11: error[E-UNKNOWN-REF] company", good.display())), "{out}");
    assert!(out.contains("error[E-COUNT] segments"), "{out}");

    let (code, out) = check(&[intro, &good, &bad]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains(&format!("{}:5:34: error[E-RANGE] segments[0].rebate", bad.display())), "{out}");
    assert!(out.contains("check failed: 1 of 3"), "{out}");
}

#[test]
fn cli_reports_missing_and_binary_files() {
    let dir = temp_dir();
    let missing = dir.path().join("missing.ron");
    let binary = temp_file(&dir, "b.ron", &[0x28, 0xff, 0xfe, 0x00]);
    let (code, out) = check(&[&missing, &binary]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains(&format!("{}: error[E-READ]", missing.display())), "{out}");
    assert!(out.contains(&format!("{}:1:2: error[E-NOT-UTF8]", binary.display())), "{out}");
}

#[test]
fn cli_checks_save_games() {
    let scenario = intro();
    let save = (|| {
        let mut sim = mehrwert::sim::Simulation::new().ok()?;
        let game = sim.new_game(Arc::new(scenario), 7).ok()?;
        sim.save_game(game)?.to_ron().ok()
    })();
    let Some(save) = save else { panic!("cannot make a save game") };
    let dir = temp_dir();
    let path = temp_file(&dir, "save.ron", save.as_bytes());
    let (code, out) = check(&[&path]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains(&format!("ok: {} (save game)", path.display())), "{out}");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 300, ..proptest::prelude::ProptestConfig::default() })]

    /// Cutting, splicing and garbling a valid file never panics, and every failure names at
    /// least one error with a line inside the text.
    #[test]
    fn no_edit_of_a_file_makes_the_loaders_panic(
        at in 0usize..4200,
        removed in 0usize..60,
        inserted in "[(){}\\[\\]:,\"'#/*a-zA-Z0-9 ._\\-\n\u{e4}]{0,16}",
    ) {
        let chars: Vec<char> = INTRO_SCENARIO.chars().collect();
        let start = at.min(chars.len());
        let end = (start + removed).min(chars.len());
        let text: String = chars[..start].iter().copied().chain(inserted.chars()).chain(chars[end..].iter().copied()).collect();
        let lines = text.matches('\n').count() + 1;
        for result in [parse_scenario(&text, None).map(|_| ()), parse_decisions(&text, None).map(|_| ())] {
            if let Err(issues) = result {
                proptest::prop_assert!(issues.has_errors(), "{}", issues);
                for issue in &issues.0 {
                    proptest::prop_assert!(issue.line.is_none_or(|line| (1..=lines).contains(&line)), "{}", issue);
                }
            }
        }
    }
}

/// A save game after one played year of the introduction, written once for the test below.
fn saved_text() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        let scenario = std::sync::Arc::new(parse_scenario(INTRO_SCENARIO, None).expect("valid"));
        let mut sim = mehrwert::sim::simulation::Simulation::new().expect("simulation");
        let game = sim.new_game(scenario, 3).expect("game");
        sim.play_year();
        sim.save_game(game).expect("saved").to_ron().expect("ron")
    })
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 100, ..proptest::prelude::ProptestConfig::default() })]

    /// The same for a save game, which the same reader reads: no panic, and a refused save
    /// names an error inside the text.
    #[test]
    fn no_edit_of_a_save_makes_the_loader_panic(
        at in 0usize..60_000,
        removed in 0usize..80,
        inserted in "[(){}\\[\\]:,\"'#/*a-zA-Z0-9 ._\\-\n]{0,16}",
    ) {
        let text = saved_text();
        let start = text.char_indices().map(|(i, _)| i).find(|&i| i >= at.min(text.len())).unwrap_or(text.len());
        let end = text.char_indices().map(|(i, _)| i).find(|&i| i >= start + removed).unwrap_or(text.len());
        let edited = format!("{}{inserted}{}", &text[..start], &text[end..]);
        let lines = edited.matches('\n').count() + 1;
        if let Err(issues) = mehrwert::sim::save::parse_save(&edited, None) {
            proptest::prop_assert!(issues.has_errors(), "{}", issues);
            for issue in &issues.0 {
                proptest::prop_assert!(issue.line.is_none_or(|line| (1..=lines).contains(&line)), "{}", issue);
            }
        }
    }
}

/// The fenced `ron` blocks of docs/scenario-format.md.
fn doc_examples() -> (String, Vec<String>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/scenario-format.md");
    let doc = match std::fs::read_to_string(&path) {
        Ok(doc) => doc,
        Err(e) => panic!("{}: {e}", path.display()),
    };
    let blocks =
        doc.split("```ron\n").skip(1).filter_map(|rest| rest.split("```").next()).map(str::to_string).collect();
    (doc, blocks)
}

#[test]
fn the_documented_examples_are_valid() {
    let (_, blocks) = doc_examples();
    assert_eq!(blocks.len(), 2, "a scenario and a decision file");
    let scenario = match parse_scenario_with_warnings(&blocks[0], None) {
        Ok((scenario, warnings)) => {
            assert!(warnings.0.is_empty(), "{warnings}");
            scenario
        }
        Err(issues) => panic!("{issues}"),
    };
    let decisions = match parse_decisions(&blocks[1], None) {
        Ok(d) => d,
        Err(issues) => panic!("{issues}"),
    };
    assert_eq!(validate_decisions(&scenario, &decisions), vec![]);
}

#[test]
fn every_code_is_documented() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/scenario-format.md")).expect("docs");
    for code in mehrwert::scenario::Code::ALL {
        assert!(doc.contains(&format!("| `{code}` |")), "{code} is not in a table of docs/scenario-format.md");
    }
}

#[test]
fn every_code_the_tests_exercise_is_documented() {
    let (doc, _) = doc_examples();
    let tested = CASES.iter().map(|c| c.code).chain(["E-READ", "E-NOT-UTF8", "E-TRUNCATED", "E-UNKNOWN-REF"]);
    for code in tested {
        assert!(doc.contains(&format!("| `{code}` |")), "{code} is not in the table of docs/scenario-format.md");
    }
}

#[test]
fn what_is_public_of_competitors_is_read_and_defaults_to_the_published_report() {
    use mehrwert::scenario::Disclosure;
    let plain = parse_scenario(INTRO_SCENARIO, None).expect("valid");
    assert_eq!(plain.disclosure, Disclosure::Published);
    let open = parse_scenario(&intro_with("    years: 3,\n", "    years: 3,\n    disclosure: Statements,\n"), None)
        .expect("valid");
    assert_eq!(open.disclosure, Disclosure::Statements);
    // A published report keeps the totals and leaves out every line that spells out a decision.
    for key in ["net_revenue", "ebit", "net_income", "cash", "loans", "total_equity", "operating", "investing"] {
        assert!(Disclosure::Published.shows(key), "{key} is published");
    }
    for key in ["rebates", "marketing", "rnd", "sales_force", "capex", "dividends"] {
        assert!(!Disclosure::Published.shows(key), "{key} is not published");
        assert!(Disclosure::Statements.shows(key), "{key} is in the full statements");
    }
}

#[test]
fn cli_speaks_german_by_default_with_a_plain_sentence_under_each_problem() {
    let dir = temp_dir();
    let bad = temp_file(&dir, "bad.ron", intro_with("years: 3,", "years: 21,").as_bytes());
    let (code, out) = check_in(&[], &[&bad, Path::new("scenarios/intro.ron")]);
    assert_eq!(code, Some(1), "{out}");
    // The problem's line stays as tools read it; the sentence under it is German.
    let line = format!("{}:8:12: Fehler[E-RANGE] years: gefunden 21; erlaubt: 1..=20 Jahre", bad.display());
    let at = out.find(&line).unwrap_or_else(|| panic!("{line} in {out}"));
    assert!(out[at..].lines().nth(1) == Some("  → Ein Wert liegt außerhalb des erlaubten Bereichs."), "{out}");
    assert!(out.contains("in Ordnung: scenarios/intro.ron (Szenario)"), "{out}");
    assert!(out.contains("Prüfung fehlgeschlagen: 1 von 2 Dateien fehlerhaft."), "{out}");
    let (_, english) = check(&[&bad]);
    assert!(english.contains("error[E-RANGE] years: found 21; allowed: 1..=20 years"), "{english}");
    assert!(english.contains("  → A value is outside the allowed range."), "{english}");
    assert!(english.contains("check failed: 1 of 1 file(s) with errors"), "{english}");
}

#[test]
fn a_game_session_is_checked_as_the_game_opens_it_not_as_a_scenario() {
    let dir = tempfile::tempdir().expect("temp dir");
    // An autosave cut off in the middle of its setup.
    let broken = dir.path().join("kaputt.ron");
    std::fs::write(&broken, "(\n    session_format_version: 1,\n    setup: (\n        mode: Solo,\n").expect("write");
    let (code, out) = check(&[&broken]);
    assert_eq!(code, Some(1), "{out}");
    assert!(!out.contains("E-MISSING-FIELD") && !out.contains("E-UNKNOWN-FIELD"), "read as a scenario: {out}");
    #[cfg(feature = "gui")]
    {
        use mehrwert::ui::session::{GameSetup, Mode, Session, Team};
        assert!(out.contains("kaputt.ron:") && out.contains("error[E-TRUNCATED]"), "{out}");
        let solo = GameSetup { mode: Mode::Solo, teams: vec![Team { name: "Solo".into(), company: "hanse".into() }] };
        let mut session =
            Session::new_game(mehrwert::scenario::default_scenario().expect("valid"), 7, solo).expect("starts");
        session.close_year().expect("year 1 is played");
        let good = dir.path().join("autosave.ron");
        session.save_to(&good).expect("saved");
        let (code, out) = check(&[&good]);
        assert_eq!(code, Some(0), "{out}");
        assert!(out.contains("autosave.ron (game session"), "{out}");
    }
    #[cfg(not(feature = "gui"))]
    {
        // The headless build has no sessions: one line that says so.
        assert_eq!(out.matches("error[").count(), 1, "{out}");
        assert!(out.contains("error[E-NOT-SCENARIO]") && out.contains("a session of the game"), "{out}");
    }
}

/// English words that German text does not use; one of them in a German line is a fragment
/// left untranslated.
const ENGLISH_WORDS: [&str; 14] =
    ["the", "of", "or", "with", "is", "not", "than", "found", "allowed", "at", "one", "each", "error", "warning"];

/// `issue` on its line in German has no English word outside quoted values and names,
/// and in English says "found" and "allowed".
fn assert_german_and_english(issue: &Issue) {
    use mehrwert::model::format::Locale;
    let german = issue.line(Locale::De);
    // Quoted values (`…`, "…") and field paths are the file's own words.
    let mut words = String::new();
    let (mut in_backticks, mut in_quotes) = (false, false);
    for ch in german.split_once(": ").map_or(german.as_str(), |(_, rest)| rest).chars() {
        match ch {
            '`' => in_backticks = !in_backticks,
            '"' => in_quotes = !in_quotes,
            _ if !in_backticks && !in_quotes => words.push(ch),
            _ => {}
        }
    }
    let english: Vec<&str> =
        words.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| ENGLISH_WORDS.contains(w)).collect();
    assert!(english.is_empty(), "{}: English {english:?} in {german}", issue.code);
    assert!(german.contains("gefunden") && german.contains("erlaubt:"), "{german}");
    let line = issue.line(Locale::En);
    assert!(line.contains("found") && line.contains("allowed:"), "{line}");
}

#[test]
fn every_problem_of_every_case_reads_in_german_and_english() {
    for c in CASES {
        for issue in scenario_issues(&intro_with(c.from, c.to)) {
            assert_german_and_english(&issue);
        }
    }
    // A cut file, a string left open, bytes that are not text, a second field.
    let cut = INTRO_SCENARIO.find("        admin_cost").unwrap_or(0);
    let others = [
        INTRO_SCENARIO.get(..cut).unwrap_or_default().to_string(),
        intro_with("name: \"Einführung: Pumpenwerk\"", "name: \"Einführung"),
        intro_with("years: 3,", "years: 3, years: 4,"),
        intro_with("years: 3,", "years: \"drei\","),
        intro_with("years: 3,", "years: [3],"),
        intro_with("tax_rate: 0.30", "tax_rate: 0x10"),
        intro_with("    years: 3,\n", "    years: 3,\n    disclosure: Alle,\n"),
        "(a: 1) junk".to_string(),
        "\0".to_string(),
    ];
    for text in &others {
        let issues = scenario_issues(text);
        assert!(!issues.is_empty(), "{text}");
        issues.iter().for_each(assert_german_and_english);
    }
    let d = match parse_decisions(BAD_DECISIONS, None) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    located(validate_decisions(&intro(), &d), BAD_DECISIONS, None).0.iter().for_each(assert_german_and_english);
    let dir = temp_dir();
    let binary = temp_file(&dir, "binary.ron", b"(name: \"\xFC\")");
    for path in [binary.as_path(), Path::new("/no/such/file.ron")] {
        let Err(issues) = mehrwert::scenario::read_scenario_file(path) else { panic!("must fail") };
        issues.0.iter().for_each(assert_german_and_english);
    }
}

#[test]
fn check_reads_the_value_labs_files() {
    let root = env!("CARGO_MANIFEST_DIR");
    let files = [
        "examples/analyze/wertfall-hessler.ron",
        "examples/analyze/maschinenbau-2025.ron",
        "assets/levers/bibliothek.ron",
    ];
    let output = Command::new(env!("CARGO_BIN_EXE_mehrwert"))
        .arg("check")
        .args(files.iter().map(|f| Path::new(root).join(f)))
        .args(["--lang", "en"])
        .output()
        .expect("mehrwert starts");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    for kind in ["(a value case)", "(a customer's annual report)", "(a benefit library)"] {
        assert!(stdout.contains(kind), "{kind}: {stdout}");
    }
    // A library with a bad id and an empty name: located, exit 1.
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("hebel.ron");
    std::fs::write(&bad, "(library_format_version: 1, levers: [\n  (id: \"Energie!\", category: Cost, kind: CostSaving, name: \"\", name_en: \"x\"),\n])")
        .expect("write");
    let output = Command::new(env!("CARGO_BIN_EXE_mehrwert"))
        .arg("check")
        .arg(&bad)
        .args(["--lang", "en"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(&format!("{}:2:", bad.display()))
            && stdout.contains("E-ID-FORMAT")
            && stdout.contains("E-EMPTY"),
        "{stdout}"
    );
}
