//! The `analyze` subcommand end to end: the real binary on the shipped example, on a tiny
//! file whose EVA is computed by hand, and on broken files that must fail cleanly.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/analyze/maschinenbau-2025.ron");

/// A small company with round numbers.
///
/// CE = 400 000 fixed + 300 000 inventory + 200 000 receivables − 200 000 payables = 700 000
/// at both ends of the year, so the average is 700 000. Net debt = 300 000 loans − 100 000
/// cash = 200 000, E = 100 000 + 400 000 = 500 000, ND + E = 700 000.
/// WACC = 5/7 · 0.12 + 2/7 · 0.08 · (1 − 0.25) = (0.6 + 0.12) / 7 = 0.102857142…
/// EBIT = 1 000 000 − 600 000 − 200 000 − 50 000 = 150 000; NOPAT = 150 000 · 0.75 = 112 500.
/// Charge = 0.72/7 · 700 000 = 72 000. EVA = 112 500 − 72 000 = 40 500,00 €.
/// Net income = 150 000 − 24 000 − 31 500 = 94 500, all retained: 400 000 → 494 500; cash
/// 100 000 + 94 500 (CFO 144 500 − capex 50 000) = 194 500.
const TINY: &str = r#"// hand-computed in tests/it/analyze.rs
(
    company: "Kleinteile GmbH",
    year: 2025,
    tax_rate: 0.25,
    cost_of_equity: 0.12,
    cost_of_debt: 0.08,
    units_sold: 4000,
    opening: (
        cash: 100000, receivables: 200000, inventory: 300000, net_fixed_assets: 400000,
        payables: 200000, loans: 300000, subscribed_capital: 100000, retained_earnings: 400000,
    ),
    closing: (
        cash: 194500, receivables: 200000, inventory: 300000, net_fixed_assets: 400000,
        payables: 200000, loans: 300000, subscribed_capital: 100000, retained_earnings: 494500,
    ),
    income: (
        revenue: 1000000, cogs: 600000, admin: 200000, depreciation: 50000,
        interest_expense: 24000, tax: 31500,
    ),
)
"#;

/// Runs `mehrwert analyze` with `args`.
fn analyze(args: &[&str]) -> Output {
    match Command::new(env!("CARGO_BIN_EXE_mehrwert")).arg("analyze").args(args).output() {
        Ok(output) => output,
        Err(error) => panic!("cannot start mehrwert: {error}"),
    }
}

/// Stdout of a run that must succeed.
fn stdout_of(args: &[&str]) -> String {
    let output = analyze(args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "args {args:?}, stderr: {stderr}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The JSON object of a successful `--format json` run.
fn json_of(file: &str) -> Value {
    let stdout = stdout_of(&[file, "--format", "json"]);
    match serde_json::from_str(&stdout) {
        Ok(value @ Value::Object(_)) => value,
        other => panic!("not a JSON object: {other:?}\n{stdout}"),
    }
}

/// Writes `contents` to a fresh file named `name` in a temporary directory.
fn file_with(dir: &Path, name: &str, contents: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Err(error) = std::fs::write(&path, contents) {
        panic!("cannot write {}: {error}", path.display());
    }
    path
}

fn temp_dir() -> tempfile::TempDir {
    match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(error) => panic!("cannot create a temporary directory: {error}"),
    }
}

/// A failing run on `path` in English: exit code 1, no panic, and stderr containing every
/// needle.
fn assert_rejected(path: &Path, needles: &[&str]) -> String {
    let output = analyze(&[&path.to_string_lossy(), "--lang", "en"]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "{}: stderr: {stderr}", path.display());
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(output.stdout.is_empty(), "nothing on stdout for a bad file");
    for needle in needles {
        assert!(stderr.contains(needle), "stderr lacks `{needle}`: {stderr}");
    }
    stderr
}

/// True when `stderr` starts with `PATH:LINE:COLUMN: `, both numbers at least 1.
fn has_location(stderr: &str, path: &Path) -> bool {
    let Some(rest) = stderr.strip_prefix(&format!("{}:", path.display())) else { return false };
    let mut parts = rest.splitn(3, ':');
    let number = |part: Option<&str>| part.and_then(|p| p.parse::<usize>().ok()).is_some_and(|n| n >= 1);
    number(parts.next()) && number(parts.next()) && parts.next().is_some_and(|tail| tail.starts_with(' '))
}

#[test]
fn tiny_company_eva_matches_the_hand_computation() {
    let dir = temp_dir();
    let path = file_with(dir.path(), "tiny.ron", TINY.as_bytes());
    let json = json_of(&path.to_string_lossy());
    // L = 200 000 / 700 000 = 0.2857142… → 0.285714.
    assert_eq!(json["leverage"], "0.285714");
    assert_eq!(json["wacc"], "0.102857");
    assert_eq!(json["eva"]["nopat"], "112500.00");
    assert_eq!(json["eva"]["capital_employed"], "700000.00");
    assert_eq!(json["eva"]["capital_charge"], "72000.00");
    assert_eq!(json["eva"]["eva"], "40500.00");
    // ROIC = 112 500 / 700 000 = 0.16071428… → 0.160714
    assert_eq!(json["eva"]["roic"], "0.160714");
    // DSO = 200 000 / 1 000 000 × 365 = 73 days; contribution 400 000 / 4 000 units = 100 €,
    // fixed 200 000 + 50 000 = 250 000 → break-even 2 500 units.
    assert_eq!(json["kpis"]["dso_days"], "73");
    assert_eq!(json["kpis"]["break_even_units"], 2500);
    // No prior year: growth is not defined.
    assert_eq!(json["kpis"]["revenue_growth"], Value::Null);
    let table = stdout_of(&[&path.to_string_lossy()]);
    assert!(table.contains("Kleinteile GmbH – Geschäftsjahr 2025"), "{table}");
    assert!(table.contains("40.500,00 €"), "{table}");
    assert!(table.contains("10,29 %"), "WACC in the table: {table}");
}

#[test]
fn the_capital_charge_is_on_the_average_capital_employed_and_the_wacc_on_the_opening_sheet() {
    // TINY with 50 000 of closing cash turned into receivables: closing assets
    // 144 500 + 250 000 + 300 000 + 400 000 = 1 094 500 = E + L as before.
    // CE closing = 400 000 + 300 000 + 250 000 − 200 000 = 750 000; opening 700 000;
    // average 725 000. WACC from the opening sheet is unchanged, 0.72/7 (the closing sheet,
    // net debt 155 500 on equity 594 500, would give another). Charge = 0.72/7 · 725 000 =
    // 522 000 / 7 = 74 571,428… → 74 571,43; EVA = 112 500 − 74 571,43 = 37 928,57.
    // ROIC = 112 500 / 725 000 = 0.1551724… → 0.155172.
    let dir = temp_dir();
    let text = TINY.replacen("cash: 194500, receivables: 200000", "cash: 144500, receivables: 250000", 1);
    assert_ne!(text, TINY);
    let path = file_with(dir.path(), "average.ron", text.as_bytes());
    let json = json_of(&path.to_string_lossy());
    assert_eq!(json["leverage"], "0.285714");
    assert_eq!(json["wacc"], "0.102857");
    assert_eq!(json["eva"]["capital_employed"], "725000.00");
    assert_eq!(json["eva"]["capital_charge"], "74571.43");
    assert_eq!(json["eva"]["eva"], "37928.57");
    assert_eq!(json["eva"]["roic"], "0.155172");
}

#[test]
fn a_target_debt_weight_is_refused() {
    let dir = temp_dir();
    let text = TINY.replacen("cost_of_debt: 0.08,\n", "cost_of_debt: 0.08,\n    target_debt_weight: 0.35,\n", 1);
    assert_ne!(text, TINY);
    let path = file_with(dir.path(), "old.ron", text.as_bytes());
    assert_rejected(
        &path,
        &[&format!(
            // Line 8 (after `cost_of_debt` on line 7): 4 + "target_debt_weight: " (20) → col 25.
            "{}:8:25: error[E-UNKNOWN-FIELD] target_debt_weight: found 0.35; allowed: nothing — the field is no longer used",
            path.display()
        )],
    );
}

#[test]
fn the_example_has_every_kpi_and_a_negative_eva() {
    let json = json_of(EXAMPLE);
    let kpis = json["kpis"].as_object().map(|k| k.len());
    assert_eq!(kpis, Some(26), "every KPI key");
    // Net debt = 14 M + 2 M − 3,1 M cash = 12,9 M; E = 33,6 M; ND + E = 46,5 M.
    // WACC = (33,6 M · 0.10 + 12,9 M · 0.05 · 0.7) / 46,5 M = 3,8115 / 46,5 = 0.0819677… → 0.081968.
    // L = 12,9 / 46,5 = 0.2774193… → 0.277419.
    assert_eq!(json["leverage"], "0.277419");
    assert_eq!(json["wacc"], "0.081968");
    // CE opening 25,0 M + 19,8 M + 14,2 M − 7,9 M = 51,1 M; closing 25,7 M + 20,6 M + 15,1 M
    // − 8,3 M = 53,1 M; average 52,1 M. NOPAT = 4,2 M · 0.7 = 2 940 000.
    // Charge = 52 100 000 · 3,8115 / 46,5 = 4 270 519,354… → 4 270 519,35.
    // EVA = 2 940 000 − 4 270 519,35 = −1 330 519,35.
    assert_eq!(json["eva"]["nopat"], "2940000.00");
    assert_eq!(json["eva"]["capital_employed"], "52100000.00");
    assert_eq!(json["eva"]["capital_charge"], "4270519.35");
    assert_eq!(json["eva"]["eva"], "-1330519.35");
    // Contribution 84 M − 58,8 M − 2,1 M = 23,1 M over 420 units; fixed 18,9 M;
    // 18,9 M · 420 / 23,1 M = 343,6… → 344 units.
    assert_eq!(json["kpis"]["break_even_units"], 344);
    let tree = json["driver_tree"].as_array().map(Vec::len).unwrap_or(0);
    assert!(tree >= 20, "driver tree has {tree} nodes");
    assert_eq!(json["driver_tree"][0]["key"], "eva");
    let table = stdout_of(&[EXAMPLE, "--format", "table"]);
    assert!(table.contains("-1.330.519,35 €"), "{table}");
    assert!(table.contains("Werttreiberbaum"), "{table}");
    assert!(table.contains("ROIC unter WACC: Das Unternehmen hat in diesem Jahr Wert vernichtet."), "{table}");
    // The same table in English: labels, units and number format follow `--lang`.
    let english = stdout_of(&[EXAMPLE, "--lang", "en"]);
    assert!(english.contains("-€1,330,519.35"), "{english}");
    assert!(english.contains("Value driver tree") && english.contains("65.6 days"), "{english}");
    assert!(english.contains("ROIC below WACC: the company destroyed value this year."), "{english}");
    assert!(!english.contains("Werttreiberbaum") && !english.contains("analyze_"), "{english}");
}

#[test]
fn a_misspelt_field_is_located() {
    let dir = temp_dir();
    let text = TINY.replacen("cash: 100000", "cahs: 100000", 1);
    let path = file_with(dir.path(), "typo.ron", text.as_bytes());
    // The typo sits on the 10th line; `cahs` starts after 8 spaces, in column 9.
    let line = text.lines().position(|l| l.contains("cahs")).map(|i| i + 1);
    assert_eq!(line, Some(10));
    let stderr = assert_rejected(&path, &[&format!("{}:10:9:", path.display()), "cahs"]);
    assert!(has_location(&stderr, &path), "{stderr}");
}

#[test]
fn an_unbalanced_sheet_shows_both_sides() {
    let dir = temp_dir();
    // Closing cash 190 000 instead of 194 500: assets 1 090 000 vs E + L 1 094 500.
    let text = TINY.replacen("cash: 194500", "cash: 190000", 1);
    let path = file_with(dir.path(), "unbalanced.ron", text.as_bytes());
    assert_rejected(
        &path,
        &["error[E-UNBALANCED] closing: found assets 1.090.000,00 € vs equity and liabilities 1.094.500,00 €"],
    );
    // In German (the default) with the plain sentence under the line.
    let output = analyze(&[&path.to_string_lossy()]);
    let german = String::from_utf8_lossy(&output.stderr);
    assert!(
        german.contains("Fehler[E-UNBALANCED] closing: gefunden Aktiva 1.090.000,00 € gegen Passiva 1.094.500,00 €"),
        "{german}"
    );
    assert!(german.contains("Differenz -4.500,00 €"), "{german}");
    assert!(german.contains("  → "), "{german}");
}

#[test]
fn impossible_values_are_all_reported() {
    let dir = temp_dir();
    let text = TINY
        .replacen("inventory: 300000", "inventory: -300000", 1)
        .replacen("tax_rate: 0.25", "tax_rate: 1.25", 1)
        .replacen("cogs: 600000", "cogs: 600000.001", 1);
    let path = file_with(dir.path(), "values.ron", text.as_bytes());
    assert_rejected(&path, &["opening.inventory", "tax_rate", "income.cogs", "error[E-UNBALANCED] opening:"]);
}

#[test]
fn numbers_are_read_from_their_digits() {
    let dir = temp_dir();
    // `        cash: 876543210987654.32` on line 10: 8 spaces + "cash: " → the value at column 15.
    // 17 significant digits: a binary float would read …654,40 € and change 8 cents.
    let long = TINY.replacen("cash: 100000", "cash: 876543210987654.32", 1);
    let path = file_with(dir.path(), "long.ron", long.as_bytes());
    assert_rejected(
        &path,
        &[&format!("{}:10:15:", path.display()), "E-PRECISION", "opening.cash", "at most 15 significant digits"],
    );
    // A fraction below the cent hidden behind 16 zeros, which a float would drop silently.
    let tiny_fraction = TINY.replacen("cash: 100000", "cash: 1291385000.0000000000000001", 1);
    let path = file_with(dir.path(), "fraction.ron", tiny_fraction.as_bytes());
    assert_rejected(&path, &[&format!("{}:10:15:", path.display()), "E-PRECISION", "opening.cash"]);
    // Three decimals in an amount: fractions of a cent.
    let cents = TINY.replacen("cash: 100000", "cash: 100000.005", 1);
    let path = file_with(dir.path(), "cents.ron", cents.as_bytes());
    assert_rejected(
        &path,
        &[&format!("{}:10:15: error[E-PRECISION] opening.cash: found 100000.005", path.display()), "cents"],
    );
    // A rate is reported as written, not as a float prints it.
    let rate = TINY.replacen("tax_rate: 0.25", "tax_rate: 1.0", 1);
    let path = file_with(dir.path(), "rate.ron", rate.as_bytes());
    // `    tax_rate: 1.0` on line 5: 4 spaces + "tax_rate: " → column 15.
    assert_rejected(&path, &[&format!("{}:5:15: error[E-RANGE] tax_rate: found 1.0;", path.display())]);
    // 15 significant digits are accepted, and the amount is kept to the cent: opening and
    // closing cash and retained earnings all rise by 9 876 543 210,65 €, so both sheets
    // still balance. Net debt is now negative, so leverage is 0 and WACC = k_E = 0.12: the
    // charge is 0.12 × 700 000 = 84 000 and EVA = 112 500 − 84 000 = 28 500,00 €.
    let big = TINY
        .replacen("cash: 100000", "cash: 9876643210.65", 1)
        .replacen("retained_earnings: 400000", "retained_earnings: 9876943210.65", 1)
        .replacen("cash: 194500", "cash: 9876737710.65", 1)
        .replacen("retained_earnings: 494500", "retained_earnings: 9877037710.65", 1);
    let path = file_with(dir.path(), "big.ron", big.as_bytes());
    let json = json_of(&path.to_string_lossy());
    assert_eq!(json["closing_balance_sheet"]["cash"], "9876737710.65");
    assert_eq!(json["wacc"], "0.12");
    assert_eq!(json["eva"]["eva"], "28500.00", "{json}");
}

#[test]
fn a_truncated_file_is_located() {
    let dir = temp_dir();
    let cut = TINY.len() - 40;
    let path = file_with(dir.path(), "truncated.ron", &TINY.as_bytes()[..cut]);
    let stderr = assert_rejected(&path, &[]);
    assert!(has_location(&stderr, &path), "{stderr}");
}

#[test]
fn binary_garbage_is_rejected_with_a_location() {
    let dir = temp_dir();
    let not_utf8 = file_with(dir.path(), "garbage.ron", &[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]);
    let stderr = assert_rejected(&not_utf8, &[&format!("{}:1:1:", not_utf8.display()), "not UTF-8"]);
    assert!(has_location(&stderr, &not_utf8), "{stderr}");
    // Valid UTF-8 that is not RON: control characters and noise.
    let noise = file_with(dir.path(), "noise.ron", b"\x00\x01\x02 }{ \x7f]]");
    let stderr = assert_rejected(&noise, &[]);
    assert!(has_location(&stderr, &noise), "{stderr}");
    // An empty file.
    let empty = file_with(dir.path(), "empty.ron", b"");
    let stderr = assert_rejected(&empty, &[]);
    assert!(has_location(&stderr, &empty), "{stderr}");
}

#[test]
fn a_missing_file_fails_without_panic() {
    let dir = temp_dir();
    let path = dir.path().join("missing.ron");
    assert_rejected(&path, &["missing.ron: error[E-READ]: found no such file"]);
}
