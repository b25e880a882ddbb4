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
    // DSO = 200 000 / 1 000 000 × 365 = 73 days.
    assert_eq!(json["kpis"]["dso_days"], "73");
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
    // 27 KPIs of every report plus capacity utilisation and market share, which it gives.
    let kpis = json["kpis"].as_object().map(|k| k.len());
    assert_eq!(kpis, Some(29), "every KPI key");
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
    // Net debt at the end: 13 M + 1,5 M − 1,364 M = 13,136 M; equity 35,064 M → net gearing
    // 0,374629…; equity ratio 35,064 / 62,764 = 0,558664…
    assert_eq!(json["kpis"]["net_debt"], "13136000.00");
    assert_eq!(json["kpis"]["net_gearing"], "0.374629");
    assert_eq!(json["kpis"]["equity_ratio"], "0.558664");
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

/// An IFRS group report in thousands of euros, with every line the format knows.
///
/// Worked by hand: CE opening = 5 000 + 20 000 + 8 000 + 6 000 + 1 000 − 4 000 − 3 000 =
/// 33 000 T€; closing 5 200 + 21 000 + 8 400 + 6 600 + 1 100 − 4 300 − 3 200 = 34 800 T€;
/// average 33 900 T€ (financial assets, securities and cash are outside).
/// Net debt opening with pensions = 8 000 + 2 000 + 5 000 − 2 500 − 500 = 12 000 T€; equity
/// with minorities 19 000 T€; L = 12/31 = 0,387097; WACC = (19 · 0,10 + 12 · 0,05 · 0,7) / 31
/// = 2,32 / 31 = 0,074839. EBIT (depreciation inside the functional costs) = 60 000 − 42 000
/// − 6 000 − 3 000 − 2 000 + 500 − 700 = 6 800 T€; NOPAT = 4 760 000,00 €; charge =
/// 33 900 000 · 2,32 / 31 = 2 537 032,26 €; EVA = 2 222 967,74 €. EBT = 6 800 + 100 − 600
/// − 150 = 6 150; net income 4 350 T€ as printed.
/// The closing sheet's lines give assets of 48 001 T€ against 48 000 T€ of equity and
/// liabilities: a residual of 1 T€ from rounding to whole thousands, within the tolerance
/// of 19 lines × 0,5 T€.
const IFRS: &str = r#"(
    company: "Beispiel Antriebe AG", year: 2025, currency: "EUR", unit: Thousands, rounding: 1,
    source: "constructed for tests/it/analyze.rs", tax_rate: 0.30, cost_of_equity: 0.10,
    cost_of_debt: 0.05, pensions_in_net_debt: true, dividends_paid: 1250,
    opening: (
        intangible_assets: 5000, net_fixed_assets: 20000, financial_assets: 3000, inventory: 8000,
        receivables: 6000, other_operating_assets: 1000, securities: 500, cash: 2500,
        total_assets: 46000,
        subscribed_capital: 2000, retained_earnings: 16000, non_controlling_interests: 1000,
        pensions: 5000, provisions: 2000, loans: 8000, other_long_term_liabilities: 1000,
        payables: 4000, other_operating_liabilities: 3000, other_current_liabilities: 2000,
        short_term_debt: 2000,
    ),
    closing: (
        intangible_assets: 5200, net_fixed_assets: 21000, financial_assets: 3100, inventory: 8400,
        receivables: 6600, other_operating_assets: 1100, securities: 400, cash: 2201,
        total_assets: 48000,
        subscribed_capital: 2000, retained_earnings: 17500, non_controlling_interests: 1100,
        pensions: 5100, provisions: 2100, loans: 8500, other_long_term_liabilities: 1000,
        payables: 4300, other_operating_liabilities: 3200, other_current_liabilities: 2100,
        short_term_debt: 1100,
    ),
    income: (
        revenue: 60000, cogs: 42000, selling: 6000, admin: 3000, rnd: 2000,
        other_operating_income: 500, other_operating_expenses: 700, depreciation: 2500,
        depreciation_included: true, interest_income: 100, interest_expense: 600,
        other_financial_result: -150, tax: 1800, net_income: 4350, minority_share: 100,
    ),
)"#;

#[test]
fn an_ifrs_report_in_thousands_matches_the_hand_computation() {
    let dir = temp_dir();
    let path = file_with(dir.path(), "ifrs.ron", IFRS.as_bytes());
    let json = json_of(&path.to_string_lossy());
    assert_eq!(json["leverage"], "0.387097");
    assert_eq!(json["wacc"], "0.074839");
    assert_eq!(json["eva"]["capital_employed"], "33900000.00");
    assert_eq!(json["eva"]["nopat"], "4760000.00");
    assert_eq!(json["eva"]["capital_charge"], "2537032.26");
    assert_eq!(json["eva"]["eva"], "2222967.74");
    assert_eq!(json["income_statement"]["ebit"], "6800000.00");
    assert_eq!(json["income_statement"]["net_income"], "4350000.00");
    // EBITDA adds the depreciation back once: 6 800 + 2 500.
    assert_eq!(json["kpis"]["ebitda"], "9300000.00");
    // Net debt at the end: 8 500 + 1 100 + 5 100 − 2 201 − 400 = 12 099 T€; net gearing on
    // equity with minorities 20 600 T€ = 0,587330; equity ratio 20 600 / 48 001 = 0,429158.
    assert_eq!(json["kpis"]["net_debt"], "12099000.00");
    assert_eq!(json["kpis"]["net_gearing"], "0.587330");
    assert_eq!(json["kpis"]["equity_ratio"], "0.429158");
    // ROCE = 6 800 / 33 900; DSO = 6 600 / 60 000 × 365.
    assert_eq!(json["kpis"]["roce"], "0.200590");
    assert_eq!(json["kpis"]["dso_days"], "40.15");
    assert_eq!(json["kpis"]["dividends_paid"], "1250000.00");
    assert_eq!(json["closing_balance_sheet"]["rounding_residual"], "1000.00");
    assert_eq!(json["opening_balance_sheet"]["rounding_residual"], "0.00");
    let table = stdout_of(&[&path.to_string_lossy()]);
    assert!(table.contains("Rundungsdifferenz der Bilanz zum Jahresende"), "{table}");
    assert!(table.contains("1.000,00 €"), "{table}");
    // Without pensions in net debt: 12 099 − 5 100 = 6 999 T€.
    let text = IFRS.replacen("pensions_in_net_debt: true", "pensions_in_net_debt: false", 1);
    let path = file_with(dir.path(), "ifrs-no-pensions.ron", text.as_bytes());
    assert_eq!(json_of(&path.to_string_lossy())["kpis"]["net_debt"], "6999000.00");
}

#[test]
fn a_report_in_thousands_may_miss_by_its_rounding_and_no_more() {
    let dir = temp_dir();
    // 10 T€ off on the closing sheet: beyond 19 lines × 0,5 T€ = 9 500 €.
    let text = IFRS.replacen("cash: 2201", "cash: 2210", 1);
    let path = file_with(dir.path(), "off.ron", text.as_bytes());
    assert_rejected(&path, &["error[E-UNBALANCED] closing:", "difference 10.000,00 €", "9.500,00 €"]);
    // A mistyped line that the printed total catches even though it balances: 21 000 T€ of
    // fixed assets typed as 12 000 with retained earnings fitted to it.
    let text = IFRS.replacen("net_fixed_assets: 21000", "net_fixed_assets: 12000", 1).replacen(
        "retained_earnings: 17500",
        "retained_earnings: 8500",
        1,
    );
    let path = file_with(dir.path(), "typo.ron", text.as_bytes());
    assert_rejected(&path, &["error[E-INCONSISTENT] closing.total_assets", "printed total assets 48.000.000,00 €"]);
    // A net income that the lines do not give.
    let text = IFRS.replacen("net_income: 4350", "net_income: 4450", 1);
    let path = file_with(dir.path(), "net.ron", text.as_bytes());
    assert_rejected(&path, &["error[E-INCONSISTENT] income.net_income"]);
    // A currency that is no ISO code, and a cost of equity of 0.
    let text = IFRS.replacen("currency: \"EUR\"", "currency: \"Euro\"", 1).replacen(
        "cost_of_equity: 0.10",
        "cost_of_equity: 0",
        1,
    );
    let path = file_with(dir.path(), "currency.ron", text.as_bytes());
    assert_rejected(&path, &["error[E-RANGE] currency: found Euro", "error[E-RANGE] cost_of_equity: found 0"]);
}

/// One row of a workbook written for a test: sheet, field key, values from column D.
type Row<'a> = (&'a str, &'a str, &'a [WorkbookValue<'a>]);

/// A cell value in a test workbook.
#[derive(Clone, Copy)]
enum WorkbookValue<'a> {
    Number(f64),
    Text(&'a str),
    Error,
}

/// The TINY company as a filled-in template: the same figures in the same fields.
fn tiny_rows() -> Vec<Row<'static>> {
    use WorkbookValue::{Number, Text};
    const DETAILS: &str = "Angaben (Details)";
    const BALANCE: &str = "Bilanz (Balance sheet)";
    const INCOME: &str = "GuV (Income statement)";
    vec![
        (DETAILS, "company", &[Text("Kleinteile GmbH")]),
        (DETAILS, "year", &[Number(2025.0)]),
        (DETAILS, "tax_rate", &[Number(0.25)]),
        (DETAILS, "cost_of_equity", &[Number(0.12)]),
        (DETAILS, "cost_of_debt", &[Number(0.08)]),
        (DETAILS, "units_sold", &[Number(4000.0)]),
        (BALANCE, "cash", &[Number(100000.0), Number(194500.0)]),
        (BALANCE, "receivables", &[Number(200000.0), Number(200000.0)]),
        (BALANCE, "inventory", &[Number(300000.0), Number(300000.0)]),
        (BALANCE, "net_fixed_assets", &[Number(400000.0), Number(400000.0)]),
        (BALANCE, "payables", &[Number(200000.0), Number(200000.0)]),
        (BALANCE, "loans", &[Number(300000.0), Number(300000.0)]),
        (BALANCE, "subscribed_capital", &[Number(100000.0), Number(100000.0)]),
        (BALANCE, "retained_earnings", &[Number(400000.0), Number(494500.0)]),
        (INCOME, "revenue", &[Number(1000000.0)]),
        (INCOME, "cogs", &[Number(600000.0)]),
        (INCOME, "admin", &[Number(200000.0)]),
        (INCOME, "depreciation", &[Number(50000.0)]),
        (INCOME, "interest_expense", &[Number(24000.0)]),
        (INCOME, "tax", &[Number(31500.0)]),
    ]
}

/// Writes a workbook with `rows` (keys in column A, values from column D) to `path`; sheets
/// named in `sheets` exist even without rows.
fn write_workbook(path: &Path, sheets: &[&str], rows: &[Row]) {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    for sheet_name in sheets {
        let sheet = workbook.add_worksheet();
        sheet.set_name(*sheet_name).unwrap_or_else(|e| panic!("{e}"));
        sheet.write_string(0, 0, "Feld / field").unwrap_or_else(|e| panic!("{e}"));
        for (i, (_, key, values)) in rows.iter().filter(|r| r.0 == *sheet_name).enumerate() {
            let row = 1 + i as u32;
            sheet.write_string(row, 0, *key).unwrap_or_else(|e| panic!("{e}"));
            sheet.write_string(row, 1, "Posten wie im Bericht").unwrap_or_else(|e| panic!("{e}"));
            for (c, value) in values.iter().enumerate() {
                let column = 3 + c as u16;
                let written = match value {
                    WorkbookValue::Number(n) => sheet.write_number(row, column, *n).map(|_| ()),
                    WorkbookValue::Text(t) => sheet.write_string(row, column, *t).map(|_| ()),
                    WorkbookValue::Error => sheet
                        .write_formula(row, column, rust_xlsxwriter::Formula::new("=1/0").set_result("#DIV/0!"))
                        .map(|_| ()),
                };
                written.unwrap_or_else(|e| panic!("{e}"));
            }
        }
    }
    workbook.save(path).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

const SHEETS: [&str; 3] = ["Angaben (Details)", "Bilanz (Balance sheet)", "GuV (Income statement)"];

#[test]
fn a_filled_in_workbook_gives_the_same_analysis_as_the_ron_file() {
    let dir = temp_dir();
    let xlsx = dir.path().join("kunde.xlsx");
    write_workbook(&xlsx, &SHEETS, &tiny_rows());
    let from_workbook = json_of(&xlsx.to_string_lossy());
    let ron = file_with(dir.path(), "tiny.ron", TINY.as_bytes());
    let from_ron = json_of(&ron.to_string_lossy());
    assert_eq!(from_workbook["eva"]["eva"], "40500.00");
    assert_eq!(from_workbook, from_ron);
}

#[test]
fn the_template_is_written_and_read_back_with_every_empty_required_cell_located() {
    let dir = temp_dir();
    let template = dir.path().join("vorlage.xlsx");
    let output = analyze(&["--template", &template.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    // The template's sheets, keys and German names, read with calamine.
    use calamine::{Data, Reader};
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&template).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(book.sheet_names(), SHEETS.map(String::from).to_vec());
    let balance = book.worksheet_range(SHEETS[1]).unwrap_or_else(|e| panic!("{e}"));
    let row_of = |key: &str| (0..40u32).find(|r| balance.get_value((*r, 0)) == Some(&Data::String(key.into())));
    let cash = row_of("cash").unwrap_or_else(|| panic!("no cash row"));
    assert_eq!(
        balance.get_value((cash, 1)),
        Some(&Data::String("Zahlungsmittel und Zahlungsmitteläquivalente".into()))
    );
    assert_eq!(balance.get_value((cash, 2)), Some(&Data::String("Cash and cash equivalents".into())));
    // Read back empty: each required cell is named by sheet and cell.
    let stderr = assert_rejected(&template, &[]);
    let cash_cell = format!("[Bilanz (Balance sheet)!E{}]: error[E-MISSING-FIELD] closing.cash", cash + 1);
    assert!(stderr.contains(&cash_cell), "{stderr}");
    assert!(stderr.contains("[Angaben (Details)!D2]: error[E-MISSING-FIELD] company"), "{stderr}");
}

#[test]
fn bad_cells_are_located_by_sheet_and_cell() {
    use WorkbookValue::{Error, Number, Text};
    let dir = temp_dir();
    // Text in a number cell (closing cash, the balance sheet's first row → E2), a formula
    // error (revenue, the income sheet's first row → D2),
    // a field the template does not have, and the income sheet missing in a second file.
    let mut rows = tiny_rows();
    rows[6] = ("Bilanz (Balance sheet)", "cash", &[Number(100000.0), Text("194.500 €")]);
    rows[14] = ("GuV (Income statement)", "revenue", &[Error]);
    rows.push(("Bilanz (Balance sheet)", "goodwil", &[Number(1.0), Number(1.0)]));
    let xlsx = dir.path().join("fehler.xlsx");
    write_workbook(&xlsx, &SHEETS, &rows);
    let stderr = assert_rejected(
        &xlsx,
        &[
            "[Bilanz (Balance sheet)!E2]: error[E-TYPE] closing.cash: found the text \"194.500 €\"; allowed: a number",
            "[GuV (Income statement)!D2]: error[E-TYPE] income.revenue: found the formula error #DIV/0!",
            "[Bilanz (Balance sheet)!A10]: error[E-UNKNOWN-FIELD] goodwil",
        ],
    );
    assert!(!stderr.contains("E-UNBALANCED"), "cell errors first, no follow-up noise: {stderr}");
    let missing = dir.path().join("ohne-guv.xlsx");
    write_workbook(&missing, &SHEETS[..2], &tiny_rows());
    assert_rejected(
        &missing,
        &[
            "[GuV (Income statement)]: error[E-MISSING-FIELD]: found the sheets Angaben (Details), Bilanz (Balance sheet); allowed: a sheet named \"GuV (Income statement)\"",
        ],
    );
    // Not a workbook at all.
    let fake = file_with(dir.path(), "kaputt.xlsx", b"PK\x03\x04 not really a zip");
    assert_rejected(&fake, &["error[E-SYNTAX]", "no readable Excel workbook"]);
}

#[test]
fn a_rounding_coarser_than_one_printed_unit_is_refused() {
    let dir = temp_dir();
    let text = IFRS.replacen("rounding: 1,", "rounding: 1000,", 1);
    let path = file_with(dir.path(), "coarse.ron", text.as_bytes());
    assert_rejected(&path, &["error[E-RANGE] rounding: found 1000"]);
}

#[test]
fn formula_results_are_read_to_excels_digits_and_oversized_sheets_refused() {
    let dir = temp_dir();
    // The tax rate as a formula whose double carries binary noise beyond 15 digits.
    let mut workbook = rust_xlsxwriter::Workbook::new();
    for name in SHEETS {
        let sheet = workbook.add_worksheet();
        sheet.set_name(name).unwrap_or_else(|e| panic!("{e}"));
        for (i, (_, key, values)) in tiny_rows().iter().filter(|r| r.0 == name).enumerate() {
            let row = 1 + i as u32;
            sheet.write_string(row, 0, *key).unwrap_or_else(|e| panic!("{e}"));
            for (c, value) in values.iter().enumerate() {
                let column = 3 + c as u16;
                let written = match (key, value) {
                    (&"tax_rate", _) => sheet
                        .write_formula(
                            row,
                            column,
                            rust_xlsxwriter::Formula::new("=0.1+0.15").set_result("0.25000000000000006"),
                        )
                        .map(|_| ()),
                    (_, WorkbookValue::Number(n)) => sheet.write_number(row, column, *n).map(|_| ()),
                    (_, WorkbookValue::Text(t)) => sheet.write_string(row, column, *t).map(|_| ()),
                    (_, WorkbookValue::Error) => Ok(()),
                };
                written.unwrap_or_else(|e| panic!("{e}"));
            }
        }
    }
    let path = dir.path().join("formel.xlsx");
    workbook.save(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(json_of(&path.to_string_lossy())["eva"]["eva"], "40500.00");
    // A note far down the balance sheet (row 5 000): refused with its cell, nothing read.
    let big = dir.path().join("gross.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    for name in SHEETS {
        let sheet = workbook.add_worksheet();
        sheet.set_name(name).unwrap_or_else(|e| panic!("{e}"));
        if name == SHEETS[1] {
            sheet.write_string(4999, 1, "Notiz").unwrap_or_else(|e| panic!("{e}"));
        }
    }
    workbook.save(&big).unwrap_or_else(|e| panic!("{e}"));
    assert_rejected(&big, &["[Bilanz (Balance sheet)!B5000]: error[E-RANGE]", "at most 1000 rows"]);
}
