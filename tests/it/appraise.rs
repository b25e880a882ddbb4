//! The `appraise` subcommand end to end: the real binary, its JSON and table output and its errors.

use std::process::{Command, Output};

use serde_json::Value;

/// Runs `mehrwert appraise` with `args`.
fn appraise(args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_mehrwert")).arg("appraise").args(args).output();
    match output {
        Ok(output) => output,
        Err(error) => panic!("cannot start mehrwert: {error}"),
    }
}

/// The parsed JSON object of a successful `--format json` run.
fn appraise_json(args: &[&str]) -> serde_json::Map<String, Value> {
    let output = appraise(args);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    match serde_json::from_slice(&output.stdout) {
        Ok(Value::Object(object)) => object,
        other => panic!("not a JSON object: {other:?}"),
    }
}

/// The number under `key`, failing the test when it is missing or not a number.
fn number(object: &serde_json::Map<String, Value>, key: &str) -> f64 {
    match object.get(key).and_then(Value::as_f64) {
        Some(value) => value,
        None => panic!("`{key}` is not a number in {object:?}"),
    }
}

fn assert_close(actual: f64, expected: f64, tolerance: f64) {
    assert!((actual - expected).abs() <= tolerance, "expected {expected} ± {tolerance}, got {actual}");
}

/// A failing run: exit code 1 and stderr, which must mention every one of `needles`.
fn assert_rejected(args: &[&str], needles: &[&str]) {
    let output = appraise(args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "args {args:?}, stderr: {stderr}");
    for needle in needles {
        assert!(stderr.contains(needle), "args {args:?}: stderr lacks `{needle}`: {stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn json_matches_the_textbook_project() {
    // Brigham & Houston, Project S at 10 %: -1000, 500, 400, 300, 100.
    let object = appraise_json(&["--rate", "10%", "--format", "json", "--", "-1000", "500", "400", "300", "100"]);
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["discounted_payback_years", "irr", "npv", "payback_years", "profitability_index"]);
    // NPV = 1 154 000 / 14 641 = 78.8197… → 78.82 €
    assert_close(number(&object, "npv"), 78.82, 1e-9);
    // IRR 14.49 % in the textbook; 0.14488844278… to more digits.
    assert_close(number(&object, "irr"), 0.144_888_442_8, 1e-9);
    // Cumulative -1000, -500, -100, +200: 2 + 100/300.
    assert_close(number(&object, "payback_years"), 2.0 + 1.0 / 3.0, 1e-9);
    // Discounted cumulative reaches -26 000/121 after year 2; year 3 adds 300 000/1331: 2 + 286/300.
    assert_close(number(&object, "discounted_payback_years"), 2.0 + 286.0 / 300.0, 1e-9);
    // PI = 1078.8197… / 1000.
    assert_close(number(&object, "profitability_index"), 1.078_819_752_7, 1e-9);
}

#[test]
fn a_fraction_rate_and_decimal_comma_flows_give_the_same_answer() {
    // 8 % written as 0.08; 1 000 € as "1000,00", 1 100 € as "1100.00": -1000 + 1100/1.08 = 18.5185… → 18.52 €.
    let object = appraise_json(&["--rate", "0.08", "--format", "json", "--", "-1000,00", "1100.00"]);
    assert_close(number(&object, "npv"), 18.52, 1e-9);
    // -1000 + 1100/(1 + r) = 0 → r = 10 %.
    assert_close(number(&object, "irr"), 0.10, 1e-9);
    // Cumulative -1000, +100: 0 + 1000/1100.
    assert_close(number(&object, "payback_years"), 1000.0 / 1100.0, 1e-9);
}

#[test]
fn no_irr_prints_null() {
    // Only inflows: NPV stays positive, there is no IRR and no outlay for a PI.
    // 100 + 50/1.08 = 146.2963… → 146.30 €; nothing to pay back, so payback is 0 years.
    let object = appraise_json(&["--rate", "8%", "--format", "json", "--", "100", "50"]);
    assert_eq!(object.get("irr"), Some(&Value::Null));
    assert_eq!(object.get("profitability_index"), Some(&Value::Null));
    assert_close(number(&object, "npv"), 146.30, 1e-9);
    assert_close(number(&object, "payback_years"), 0.0, 0.0);

    // Only outflows: never paid back either.
    let object = appraise_json(&["--rate", "8%", "--format", "json", "--", "-100", "-50"]);
    assert_eq!(object.get("irr"), Some(&Value::Null));
    assert_eq!(object.get("payback_years"), Some(&Value::Null));
    assert_eq!(object.get("discounted_payback_years"), Some(&Value::Null));
    // -100 - 50/1.08 = -146.30 €; PI = (-46.2963…) / 100.
    assert_close(number(&object, "npv"), -146.30, 1e-9);
    assert_close(number(&object, "profitability_index"), -50.0 / 1.08 / 100.0, 1e-9);
}

#[test]
fn table_is_german() {
    let output = appraise(&["--rate", "10%", "--", "-1000", "500", "400", "300", "100"]);
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("Kapitalwert (NPV): 78,82 €"), "{stdout}");
    assert!(stdout.contains("Interner Zinsfuß (IRR): 14,49 %"), "{stdout}");
    // 2.333… and 2.9533… years
    assert!(stdout.contains("Amortisationsdauer: 2,33 Jahre"), "{stdout}");
    assert!(stdout.contains("Dynamische Amortisationsdauer: 2,95 Jahre"), "{stdout}");

    // -1 000 000 at t = 0, +10 000 at t = 1 at 5 %: never paid back, and the IRR sits
    // -1 000 000 + 10 000/(1 + r) = 0 → r = -0.99 exactly, on the lowest rate searched.
    let output = appraise(&["--rate", "5%", "--", "-1000000", "10000"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    // -1 000 000 + 10 000/1.05 = -990 476.19 €
    assert!(stdout.contains("Kapitalwert (NPV): -990.476,19 €"), "{stdout}");
    assert!(stdout.contains("Amortisationsdauer: nie"), "{stdout}");
    assert!(stdout.contains("Interner Zinsfuß (IRR): -99,00 %"), "{stdout}");

    let output = appraise(&["--rate", "5%", "--", "-100", "-50"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("Interner Zinsfuß (IRR): keiner"), "{stdout}");
}

#[test]
fn table_in_english() {
    let output = appraise(&["--rate", "10%", "--lang", "en", "--", "-1000", "500", "400", "300", "100"]);
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    // The same figures as the German table above, in English words and number format.
    assert!(stdout.contains("Net present value (NPV): €78.82"), "{stdout}");
    assert!(stdout.contains("Internal rate of return (IRR): 14.49%"), "{stdout}");
    assert!(stdout.contains("Payback period: 2.33 years"), "{stdout}");
    assert!(stdout.contains("Discounted payback period: 2.95 years"), "{stdout}");
    let output = appraise(&["--rate", "5%", "--lang", "en", "--", "-1000000", "10000"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("Payback period: never"), "{stdout}");
}

#[test]
fn bad_rates_are_rejected_by_name() {
    assert_rejected(&["--rate", "abc", "--", "-100", "50"], &["--rate", "abc"]);
    // A bare 8 would mean 800 %: refused as ambiguous.
    assert_rejected(&["--rate", "8", "--", "-100", "50"], &["--rate", "8%"]);
    assert_rejected(&["--rate", "-100%", "--", "-100", "50"], &["--rate", "-100%"]);
    assert_rejected(&["--rate", "1001%", "--", "-100", "50"], &["--rate", "1001%"]);
    assert_rejected(&["--rate", "", "--", "-100", "50"], &["--rate"]);
}

#[test]
fn bad_cash_flows_are_rejected_by_name() {
    assert_rejected(&["--rate", "8%", "--", "-100", "5O"], &["CASH_FLOWS", "t = 1", "5O"]);
    // Both a thousands point and a decimal comma: ambiguous, refused.
    assert_rejected(&["--rate", "8%", "--", "-1.000,50", "500"], &["CASH_FLOWS", "-1.000,50"]);
    // Three decimals: "1,000" could be one euro or a thousand.
    assert_rejected(&["--rate", "8%", "--", "-100", "1,000"], &["CASH_FLOWS", "1,000"]);
    // Above 10^15 €.
    assert_rejected(&["--rate", "8%", "--", "-100", "1000000000000001"], &["CASH_FLOWS", "t = 1"]);
    // 102 cash flows are 101 periods.
    let many: Vec<&str> = ["--rate", "8%", "--"].into_iter().chain(std::iter::repeat_n("1", 102)).collect();
    assert_rejected(&many, &["CASH_FLOWS", "101 periods"]);
}

#[test]
fn missing_arguments_are_rejected_by_name() {
    assert_rejected(&["--rate", "8%"], &["CASH_FLOWS"]);
    assert_rejected(&["--rate", "8%", "--"], &["CASH_FLOWS"]);
    assert_rejected(&["--", "-100", "50"], &["--rate"]);
    assert_rejected(&["--rate", "8%", "--format", "xml", "--", "-100", "50"], &["--format", "xml"]);
}
