//! `mehrwert run` and `mehrwert balance` as a trainer uses them: outputs, decision files,
//! continuing from a save, and bad input.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use rust_decimal::Decimal;
use serde_json::Value;

const INTRO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/intro.ron");

fn mehrwert(args: &[&str]) -> Output {
    match Command::new(env!("CARGO_BIN_EXE_mehrwert")).args(args).output() {
        Ok(output) => output,
        Err(e) => panic!("cannot start mehrwert: {e}"),
    }
}

fn ok_stdout(args: &[&str]) -> String {
    let out = mehrwert(args);
    assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn rejected(args: &[&str], needles: &[&str]) -> String {
    let out = mehrwert(args);
    assert_eq!(out.status.code(), Some(1), "{args:?} should fail with exit 1");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    for needle in needles {
        assert!(text.contains(needle), "{args:?}: expected {needle:?} in:\n{text}");
    }
    assert!(!text.contains("panicked"), "{text}");
    text
}

fn dec(v: &Value) -> Decimal {
    v.as_str().and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("not a decimal string: {v}"))
}

fn alpha_decisions(year: u32, price: &str) -> String {
    format!(
        "(company: \"alpha\", year: {year}, segments: [(list_price: {price}, rebate: 0.05, payment_days: 45, salespeople: 6)],\n\
         production_units: 90000, marketing: 250000, rnd: 150000)\n"
    )
}

#[test]
fn json_record_is_complete_and_balanced() {
    let json: Value =
        serde_json::from_str(&ok_stdout(&["run", INTRO, "--format", "json", "--seed", "4"])).expect("JSON");
    assert_eq!(json["schema"], "mehrwert-run/3");
    assert_eq!(json["years"], serde_json::json!([1, 2, 3]));
    let companies = json["companies"].as_array().expect("companies");
    assert_eq!(companies.len(), 3);
    for company in companies {
        let reports = company["reports"].as_array().expect("reports");
        assert_eq!(reports.len(), 3);
        for r in reports {
            let closing = &r["closing"];
            assert_eq!(dec(&closing["total_assets"]), dec(&closing["total_equity_and_liabilities"]));
            let cf = &r["cash_flow"];
            assert_eq!(
                dec(&cf["operating"]) + dec(&cf["investing"]) + dec(&cf["financing"]),
                dec(&closing["cash"]) - dec(&r["opening"]["cash"])
            );
            for key in ["roce", "roic", "dso_days", "equity_ratio", "break_even_units"] {
                assert!(r["kpis"].get(key).is_some(), "kpi {key} missing");
            }
            assert_eq!(dec(&r["eva"]["eva"]), dec(&r["eva"]["nopat"]) - dec(&r["eva"]["capital_charge"]));
        }
    }
    let ranking = json["ranking"].as_array().expect("ranking");
    let scores: Vec<Decimal> = ranking.iter().map(|e| dec(&e["score"])).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "ranking sorted by score: {scores:?}");
}

#[test]
fn decision_files_override_the_computer_for_their_company_and_year() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("alpha-1.ron"), alpha_decisions(1, "47.5")).expect("write");
    fs::create_dir(dir.path().join("y2")).expect("mkdir");
    fs::write(dir.path().join("y2/alpha.ron"), alpha_decisions(2, "52")).expect("write");
    let decisions = dir.path().to_str().expect("utf-8 path");
    let json: Value =
        serde_json::from_str(&ok_stdout(&["run", INTRO, "--format", "json", "--decisions", decisions])).expect("JSON");
    let alpha = &json["companies"][0]["reports"];
    assert_eq!(alpha[0]["decided_by_person"], true);
    assert_eq!(dec(&alpha[0]["decisions"]["segments"][0]["list_price"]), Decimal::new(475, 1));
    assert_eq!(alpha[1]["decided_by_person"], true);
    assert_eq!(dec(&alpha[1]["decisions"]["segments"][0]["list_price"]), Decimal::from(52));
    assert_eq!(alpha[2]["decided_by_person"], false);
    assert_eq!(json["companies"][1]["reports"][0]["decided_by_person"], false);
    // 90 000 units fit the capacity of 2 lines × 50 000, so nothing was capped.
    assert_eq!(alpha[0]["produced_units"], 90000);
}

#[test]
fn table_is_german_and_shows_the_statements() {
    let text = ok_stdout(&["run", INTRO, "--years", "1"]);
    for needle in
        ["Geschäftsjahr 1", "Rangliste", "Gewinn- und Verlustrechnung", "Bilanz zum Jahresende", "Summe Aktiva"]
    {
        assert!(text.contains(needle), "{needle} missing");
    }
    assert!(!text.contains("Geschäftsjahr 2"));
    // German money format: thousands with dots and a euro sign after a space.
    assert!(text.contains(".000 €"), "{text}");
    let english = ok_stdout(&["run", INTRO, "--years", "1", "--lang", "en"]);
    assert!(english.contains("Income statement") && english.contains("Fiscal year 1"));
}

#[test]
fn csv_is_excel_ready_or_plain_rfc_4180() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().to_str().expect("utf-8 path");
    ok_stdout(&["run", INTRO, "--format", "csv", "--out", out]);
    let bytes = fs::read(dir.path().join("mehrwert.csv")).expect("csv written");
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "BOM for Excel");
    let text = String::from_utf8(bytes).expect("UTF-8");
    assert!(text.contains("\r\n"));
    let first = text.lines().nth(1).expect("a data row");
    assert_eq!(first.split(';').count(), 6, "{first}");
    assert!(text.contains(";income;net_revenue;"));
    assert!(
        text.lines().any(|l| l.contains(";balance;cash;") && l.rsplit(';').next().is_some_and(|v| v.contains(',')))
    );
    assert!(dir.path().join("save.ron").exists(), "the final save is written next to the output");

    let plain = ok_stdout(&["run", INTRO, "--format", "csv", "--csv-dialect", "rfc4180"]);
    assert!(!plain.starts_with('\u{feff}'));
    assert!(plain.lines().nth(1).is_some_and(|l| l.split(',').count() == 6));
}

#[test]
fn a_saved_game_continues_exactly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = dir.path().join("first");
    let second = dir.path().join("second");
    let whole = ok_stdout(&["run", INTRO, "--format", "json", "--seed", "9"]);
    ok_stdout(&["run", INTRO, "--format", "json", "--seed", "9", "--years", "1", "--out", path(&first)]);
    let save = first.join("save.ron");
    ok_stdout(&["check", path(&save)]);
    ok_stdout(&["run", path(&save), "--format", "json", "--out", path(&second)]);
    let resumed = fs::read_to_string(second.join("mehrwert.json")).expect("json written");
    assert_eq!(resumed, whole);
    // The finished game cannot be played further.
    rejected(&["run", path(&second.join("save.ron"))], &["already finished"]);
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn bad_arguments_are_named() {
    rejected(&["run", INTRO, "--years", "0"], &["--years", "found 0", "1..=3"]);
    rejected(&["run", INTRO, "--years", "9"], &["--years", "found 9"]);
    rejected(&["run", INTRO, "--seed", "minus-one"], &["--seed"]);
    rejected(&["run", INTRO, "--format", "xml"], &["--format", "xml"]);
    rejected(&["run", "/no/such/scenario.ron"], &["keine solche Datei"]);
    rejected(&["balance", INTRO, "--games", "0"], &["--games", "found 0"]);
    rejected(&["balance", INTRO, "--games", "2", "--threads", "0"], &["--threads", "found 0"]);
}

#[test]
fn a_broken_decision_file_stops_the_run_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let decisions = dir.path().join("decisions");
    let out = dir.path().join("out");
    fs::create_dir(&decisions).expect("mkdir");
    fs::write(decisions.join("good.ron"), alpha_decisions(1, "50")).expect("write");
    fs::write(decisions.join("typo.ron"), alpha_decisions(2, "50").replace("rnd:", "rdn:")).expect("write");
    fs::write(decisions.join("again.ron"), alpha_decisions(1, "51")).expect("write");
    let text = rejected(
        &["run", INTRO, "--decisions", path(&decisions), "--out", path(&out), "--format", "json"],
        &["typo.ron:2:", "rdn", "E-DUPLICATE-DECISIONS"],
    );
    assert!(text.contains("again.ron") || text.contains("good.ron"));
    assert!(!out.join("mehrwert.json").exists() && !out.join("save.ron").exists());
}

#[test]
fn balance_reports_every_strategy_independently_of_threads() {
    let one: Value =
        serde_json::from_str(&ok_stdout(&["balance", INTRO, "--games", "6", "--format", "json"])).expect("JSON");
    let two: Value =
        serde_json::from_str(&ok_stdout(&["balance", INTRO, "--games", "6", "--threads", "2", "--format", "json"]))
            .expect("JSON");
    assert_eq!(one["strategies"], two["strategies"]);
    let strategies = one["strategies"].as_array().expect("strategies");
    assert_eq!(strategies.len(), 5);
    // 6 games × 3 companies.
    let companies: u64 = strategies.iter().map(|s| s["companies"].as_u64().unwrap_or(0)).sum();
    assert_eq!(companies, 18);
    let wins: Decimal = strategies.iter().map(|s| dec(&s["win_share"])).sum();
    assert!((wins - Decimal::ONE).abs() <= Decimal::new(5, 4), "win shares sum to 1: {wins}");
    assert_eq!(one["company_years"], 6 * 3 * 3);
    assert!(one["company_years_per_second"].as_f64().is_some_and(|r| r > 0.0));
    let table = ok_stdout(&["balance", INTRO, "--games", "2"]);
    assert!(table.contains("2 Spiele") && table.contains("Firmenjahre/s") && table.contains("Computer: Premium"));
    let english = ok_stdout(&["balance", INTRO, "--games", "1", "--lang", "en"]);
    assert!(
        english.contains("one game") && english.contains("company-years/s") && english.contains("Computer: premium")
    );
}

#[test]
fn probe_passes_the_shipped_scenario_and_fails_a_degenerate_one() {
    let report: Value = serde_json::from_str(&ok_stdout(&["probe", INTRO, "--format", "json"])).expect("JSON");
    assert_eq!(report["complete"], true);
    assert!(report["plans"].as_array().is_some_and(|p| p.len() >= 20), "{report}");
    // Price hardly matters and buyers pay five times the reference: the highest price pays.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("flat.ron");
    let text = fs::read_to_string(INTRO)
        .expect("intro")
        .replace("weights: (price: 4.0,", "weights: (price: 0.5,")
        .replace("reservation_factor: 1.4,", "reservation_factor: 5.0,")
        .replace("elasticity: 1.0,", "elasticity: 0.0,");
    fs::write(&path, text).expect("write");
    let path = path.to_string_lossy().into_owned();
    let out = rejected(&["probe", &path, "--seeds", "4", "--games", "60"], &["ZAHLT SICH AUS"]);
    assert!(out.contains("Ergebnis"), "{out}");
    let english = rejected(&["probe", &path, "--seeds", "4", "--games", "60", "--lang", "en"], &["PAYS: "]);
    assert!(english.contains("Result: ") && english.contains("Equity ratio"), "{english}");
}

#[test]
fn balance_shows_progress_and_stops_on_ctrl_c_with_what_it_has() {
    use std::time::{Duration, Instant};
    let mut child = Command::new(env!("CARGO_BIN_EXE_mehrwert"))
        .args(["balance", INTRO, "--games", "1000000"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start mehrwert");
    // Progress starts after one second; give it two and a half, then press Ctrl+C.
    std::thread::sleep(Duration::from_millis(2500));
    let sent = Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill");
    assert!(sent.success());
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().expect("wait").is_none() {
        assert!(Instant::now() < deadline, "balance did not stop within 60 s of Ctrl+C");
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().expect("output");
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("balance: ") && stderr.contains("/1000000"), "{stderr}");
    assert!(stderr.contains("interrupted after"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Siegquote") && stdout.contains("Firmenjahre/s"), "{stdout}");
}

#[test]
fn a_reader_that_stops_reading_ends_the_output_quietly() {
    use std::io::Read;
    // `mehrwert run --format csv | head -c 100`: the CSV is far larger than a pipe holds, so
    // the program is still writing when the reader closes its end.
    let mut child = Command::new(env!("CARGO_BIN_EXE_mehrwert"))
        .args(["run", "--format", "csv"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start mehrwert");
    let mut first = [0u8; 100];
    child.stdout.take().expect("stdout").read_exact(&mut first).expect("the first bytes");
    // Dropping the read end closes the pipe.
    let out = child.wait_with_output().expect("output");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(String::from_utf8_lossy(&first).contains("year;company_id"));
}

#[test]
fn run_names_a_problem_in_the_chosen_language_under_the_located_line() {
    let missing = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/no-such-file.ron");
    let german =
        rejected(&["run", missing], &["Fehler[E-READ]: gefunden keine solche Datei; erlaubt: eine lesbare Datei"]);
    assert!(german.contains("  → Die Datei lässt sich nicht lesen"), "{german}");
    let english = rejected(
        &["balance", missing, "--games", "1", "--lang", "en"],
        &["error[E-READ]: found no such file; allowed: a readable file"],
    );
    assert!(english.contains("  → The file cannot be read"), "{english}");
}

#[test]
fn a_file_given_alone_opens_in_the_game_as_windows_does_on_a_double_click() {
    // Windows starts `Mehrwert.exe "C:\…\intro.ron"` for a file opened with it. Without a
    // display the game says so in its one line (the headless build: that it has no window),
    // not that `intro.ron` is an unknown subcommand.
    let out = Command::new(env!("CARGO_BIN_EXE_mehrwert"))
        .arg(INTRO)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("MEHRWERT_DATA_DIR", std::env::temp_dir().join("mehrwert-lone-file-test"))
        .output()
        .expect("start mehrwert");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("unrecognized subcommand"), "{stderr}");
    assert!(stderr.contains("mehrwert run"), "{stderr}");
    // A .ron file that is missing is the game's to report too, not clap's.
    let missing = Command::new(env!("CARGO_BIN_EXE_mehrwert"))
        .arg("no-such-file.ron")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("start mehrwert");
    assert!(!String::from_utf8_lossy(&missing.stderr).contains("unrecognized subcommand"));
    // A name that is no file is still a mistyped subcommand.
    let typo = mehrwert(&["rnu"]);
    assert!(String::from_utf8_lossy(&typo.stderr).contains("unrecognized subcommand"));
}
