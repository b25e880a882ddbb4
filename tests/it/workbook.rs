//! The debrief workbooks of `mehrwert run --format xlsx`, read back with calamine and
//! compared figure by figure with the JSON record of the same game; a team's workbook
//! checked for other teams' figures; formats, charts, identical bytes and a missing --out.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use calamine::{Data, DataType, Range, Reader, Xlsx, open_workbook};
use serde_json::Value;

/// The seed of the game every test here plays (the default scenario, computer players).
const SEED: &str = "7";

fn mehrwert(args: &[&str], dir: &Path) -> Output {
    match Command::new(env!("CARGO_BIN_EXE_mehrwert")).args(args).current_dir(dir).output() {
        Ok(output) => output,
        Err(e) => panic!("cannot start mehrwert: {e}"),
    }
}

fn ok(args: &[&str], dir: &Path) {
    let out = mehrwert(args, dir);
    assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
}

/// A played game: its JSON record and the folder of its workbooks, exported from the JSON
/// run's save game (a finished game: `run` exports it without playing).
struct Game {
    _dir: tempfile::TempDir,
    json: Value,
    xlsx: PathBuf,
    fresh: PathBuf,
}

fn game() -> Game {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    ok(&["run", "--format", "json", "--seed", SEED, "--out", "json"], root);
    ok(&["run", "json/save.ron", "--format", "xlsx", "--out", "xlsx"], root);
    // The same game played anew straight into workbooks.
    ok(&["run", "--format", "xlsx", "--seed", SEED, "--out", "fresh"], root);
    let json = serde_json::from_str(&fs::read_to_string(root.join("json/mehrwert.json")).expect("json")).expect("JSON");
    Game { xlsx: root.join("xlsx"), fresh: root.join("fresh"), _dir: dir, json }
}

fn open(path: &Path) -> Xlsx<std::io::BufReader<fs::File>> {
    open_workbook(path).unwrap_or_else(|e| panic!("cannot open {}: {e}", path.display()))
}

fn range(book: &mut Xlsx<std::io::BufReader<fs::File>>, sheet: &str) -> Range<Data> {
    book.worksheet_range(sheet).unwrap_or_else(|e| panic!("no sheet {sheet}: {e}"))
}

fn text(data: Option<&Data>) -> String {
    match data {
        Some(Data::String(s)) => s.clone(),
        _ => String::new(),
    }
}

fn float(data: Option<&Data>, at: &str) -> f64 {
    match data {
        Some(Data::Float(v)) => *v,
        Some(Data::Int(v)) => *v as f64,
        other => panic!("{at}: expected a number cell, found {other:?}"),
    }
}

/// A JSON decimal string (or number) as a float, parsed independently of the program.
fn json_f64(v: &Value) -> f64 {
    match v {
        Value::String(s) => s.parse().unwrap_or_else(|_| panic!("not a decimal: {s}")),
        Value::Number(n) => n.as_f64().expect("number"),
        other => panic!("not a number: {other}"),
    }
}

/// Money to the cent: both sides as whole cents.
fn assert_cents(cell: f64, expected: &Value, at: &str) {
    let want = (json_f64(expected) * 100.0).round();
    assert_eq!((cell * 100.0).round(), want, "{at}: cell {cell} vs JSON {expected}");
}

/// A ratio: equal up to the last bits of a float.
fn assert_ratio(cell: f64, expected: &Value, at: &str) {
    let want = json_f64(expected);
    assert!((cell - want).abs() <= 1e-12 * want.abs().max(1.0), "{at}: cell {cell} vs JSON {expected}");
}

/// Units: exact.
fn assert_units(cell: f64, expected: &Value, at: &str) {
    assert_eq!(cell, expected.as_u64().unwrap_or_else(|| panic!("{at}: not units: {expected}")) as f64, "{at}");
}

/// A company sheet: the row of every key in the hidden column A, the column of every year.
struct LineSheet {
    range: Range<Data>,
    rows: BTreeMap<String, u32>,
    columns: BTreeMap<u64, u32>,
    checked: BTreeSet<String>,
}

impl LineSheet {
    fn new(range: Range<Data>) -> LineSheet {
        let (end_row, end_col) = range.end().expect("not empty");
        assert_eq!(text(range.get_value((0, 0))), "key");
        let rows = (1..=end_row).map(|r| (text(range.get_value((r, 0))), r)).filter(|(k, _)| !k.is_empty());
        let columns = (2..=end_col).filter_map(|c| match range.get_value((0, c)) {
            Some(Data::Float(y)) => Some((*y as u64, c)),
            _ => None,
        });
        LineSheet { rows: rows.collect(), columns: columns.collect(), range, checked: BTreeSet::new() }
    }

    fn cell(&mut self, key: &str, year: u64) -> Option<&Data> {
        self.checked.insert(key.to_string());
        let row = *self.rows.get(key).unwrap_or_else(|| panic!("no row {key}"));
        let column = *self.columns.get(&year).unwrap_or_else(|| panic!("no column for year {year}"));
        self.range.get_value((row, column)).filter(|d| **d != Data::Empty)
    }

    fn number(&mut self, key: &str, year: u64) -> f64 {
        let at = format!("{key}, year {year}");
        float(self.cell(key, year), &at)
    }
}

/// Capital employed of a balance sheet from its JSON fields: PP&E net + inventory +
/// receivables − payables (docs/economics.md), computed here, not by the program.
fn capital_employed(sheet: &Value) -> Value {
    let cents = |k: &str| (json_f64(&sheet[k]) * 100.0).round() as i64;
    let total = cents("ppe_net") + cents("inventory") + cents("receivables") - cents("payables");
    Value::String(format!("{}.{:02}", total / 100, (total % 100).abs()))
}

fn check_company_sheet(sheet: &mut LineSheet, company: &Value) {
    for report in company["reports"].as_array().expect("reports") {
        let year = report["year"].as_u64().expect("year");
        let at = |key: &str| format!("{}: {key}, year {year}", company["id"]);
        for (section, prefix) in [("income", "income"), ("closing", "balance"), ("cash_flow", "cash_flow")] {
            for (key, value) in report[section].as_object().expect("statement") {
                // The cash-flow lines show capex and dividends as the outflows they are.
                let sign = if section == "cash_flow" && (key == "capex" || key == "dividends") { -1.0 } else { 1.0 };
                let cell = sign * sheet.number(&format!("{prefix}.{key}"), year);
                assert_cents(cell, value, &at(key));
            }
        }
        for (key, value) in report["kpis"].as_object().expect("kpis") {
            let cell = sheet.cell(&format!("kpi.{key}"), year).cloned();
            match (value, key.as_str()) {
                (Value::Null, _) => assert_eq!(cell, None, "{}: no value, an empty cell", at(key)),
                (_, "net_working_capital" | "net_debt" | "free_cash_flow") => {
                    assert_cents(float(cell.as_ref(), &at(key)), value, &at(key))
                }
                _ => assert_ratio(float(cell.as_ref(), &at(key)), value, &at(key)),
            }
        }
        let eva = &report["eva"];
        for key in ["nopat", "capital_employed", "capital_charge", "eva"] {
            assert_cents(sheet.number(&format!("eva.{key}"), year), &eva[key], &at(key));
        }
        assert_ratio(sheet.number("eva.wacc", year), &eva["wacc"], &at("wacc"));
        // eva.roic is the KPI ROIC (checked above); the same number in both places of the JSON.
        assert_eq!(eva["roic"], report["kpis"]["roic"]);
        let opening = capital_employed(&report["opening"]);
        assert_cents(sheet.number("eva.capital_employed_opening", year), &opening, &at("CE opening"));
        let closing = capital_employed(&report["closing"]);
        assert_cents(sheet.number("eva.capital_employed_closing", year), &closing, &at("CE closing"));
        assert_cents(sheet.number("score", year), &report["score"], &at("score"));
        for key in ["capacity_units", "produced_units", "inventory_units"] {
            assert_units(sheet.number(key, year), &report[key], &at(key));
        }
        for (s, segment) in report["segments"].as_array().expect("segments").iter().enumerate() {
            let key = |k: &str| format!("segment.{s}.{k}");
            assert_units(sheet.number(&key("demand_units"), year), &segment["demand_units"], &at("demand"));
            assert_units(sheet.number(&key("sold_units"), year), &segment["sold_units"], &at("sold"));
            assert_cents(sheet.number(&key("net_price"), year), &segment["net_price"], &at("net price"));
            assert_cents(sheet.number(&key("net_revenue"), year), &segment["net_revenue"], &at("net revenue"));
            assert_ratio(sheet.number(&key("market_share"), year), &segment["market_share"], &at("share"));
        }
    }
}

/// A table sheet: the column of every key in the hidden first row, records from row 2.
struct TableSheet {
    range: Range<Data>,
    columns: BTreeMap<String, u32>,
}

impl TableSheet {
    fn new(range: Range<Data>) -> TableSheet {
        let (_, end_col) = range.end().expect("not empty");
        let columns = (0..=end_col).map(|c| (text(range.get_value((0, c))), c)).filter(|(k, _)| !k.is_empty());
        TableSheet { columns: columns.collect(), range }
    }

    fn records(&self) -> u32 {
        self.range.end().map_or(0, |(r, _)| r.saturating_sub(1))
    }

    fn get(&self, record: u32, key: &str) -> Option<&Data> {
        let column = *self.columns.get(key).unwrap_or_else(|| panic!("no column {key}"));
        self.range.get_value((record + 2, column))
    }

    fn number(&self, record: u32, key: &str) -> f64 {
        float(self.get(record, key), &format!("record {record}, {key}"))
    }
}

fn check_decisions(sheet: &TableSheet, companies: &[&Value]) {
    let mut record = 0;
    for company in companies {
        for report in company["reports"].as_array().expect("reports") {
            let year = report["year"].as_u64().expect("year");
            let at = |key: &str| format!("decisions {} year {year}: {key}", company["id"]);
            assert_eq!(text(sheet.get(record, "company_id")), company["id"].as_str().expect("id"));
            assert_eq!(text(sheet.get(record, "company")), company["name"].as_str().expect("name"));
            assert_eq!(sheet.number(record, "year"), year as f64);
            let by = if report["decided_by_person"] == Value::Bool(true) { "Team" } else { "Computer" };
            assert_eq!(text(sheet.get(record, "decided_by")), by);
            let d = &report["decisions"];
            for (s, segment) in d["segments"].as_array().expect("segments").iter().enumerate() {
                let key = |k: &str| format!("segment.{s}.{k}");
                assert_cents(sheet.number(record, &key("list_price")), &segment["list_price"], &at("list price"));
                assert_ratio(sheet.number(record, &key("rebate")), &segment["rebate"], &at("rebate"));
                assert_units(sheet.number(record, &key("payment_days")), &segment["payment_days"], &at("days"));
                assert_units(sheet.number(record, &key("salespeople")), &segment["salespeople"], &at("people"));
            }
            assert_units(sheet.number(record, "production_units"), &d["production_units"], &at("production"));
            assert_units(sheet.number(record, "lines_bought"), &d["lines_bought"], &at("lines"));
            for key in ["marketing", "rnd", "loan_change", "equity_raised", "dividend"] {
                assert_cents(sheet.number(record, key), &d[key], &at(key));
            }
            let projects: Vec<&str> =
                d["projects"].as_array().expect("projects").iter().filter_map(Value::as_str).collect();
            assert_eq!(text(sheet.get(record, "projects")), projects.join(", "), "{}", at("projects"));
            record += 1;
        }
    }
    assert_eq!(sheet.records(), record, "one record per company and year, nothing more");
}

fn check_market(sheet: &TableSheet, market: &[Value]) {
    let mut record = 0;
    for year in market {
        for segment in year["segments"].as_array().expect("segments") {
            let at = format!("market year {} record {record}", year["year"]);
            assert_eq!(sheet.number(record, "year"), json_f64(&year["year"]), "{at}");
            assert_units(sheet.number(record, "demand_units"), &segment["demand_units"], &at);
            assert_units(sheet.number(record, "sold_units"), &segment["sold_units"], &at);
            assert_cents(sheet.number(record, "avg_net_price"), &segment["avg_net_price"], &at);
            assert_ratio(sheet.number(record, "material_index"), &year["material_index"], &at);
            let headlines: Vec<&str> =
                year["headlines"].as_array().expect("headlines").iter().filter_map(Value::as_str).collect();
            assert_eq!(text(sheet.get(record, "headlines")), headlines.join(" · "), "{at}");
            record += 1;
        }
    }
    assert_eq!(sheet.records(), record, "one record per year and segment");
}

fn companies(json: &Value) -> Vec<&Value> {
    json["companies"].as_array().expect("companies").iter().collect()
}

#[test]
fn every_figure_of_the_room_workbook_matches_the_json_record() {
    let game = game();
    let mut book = open(&game.xlsx.join("mehrwert.xlsx"));
    let companies = companies(&game.json);
    let mut expected_sheets = vec!["Übersicht".to_string()];
    expected_sheets.extend(companies.iter().map(|c| c["name"].as_str().expect("name").to_string()));
    expected_sheets.extend(["Markt".to_string(), "Entscheidungen".to_string()]);
    assert_eq!(book.sheet_names(), expected_sheets);
    for company in &companies {
        let mut sheet = LineSheet::new(range(&mut book, company["name"].as_str().expect("name")));
        let years: Vec<u64> = game.json["years"].as_array().expect("years").iter().filter_map(Value::as_u64).collect();
        assert_eq!(sheet.columns.keys().copied().collect::<Vec<_>>(), years);
        check_company_sheet(&mut sheet, company);
        // Every line of the sheet was compared with the record: none is left unchecked.
        let all: BTreeSet<String> = sheet.rows.keys().cloned().collect();
        assert_eq!(all, sheet.checked, "lines of the sheet not in the record");
    }
    check_decisions(&TableSheet::new(range(&mut book, "Entscheidungen")), &companies);
    let market = game.json["market"].as_array().expect("market");
    check_market(&TableSheet::new(range(&mut book, "Markt")), market);
    check_summary(&range(&mut book, "Übersicht"), &game.json, &companies);
}

/// The ranking in the record's order with its scores, and EVA by year of `visible`.
fn check_summary(summary: &Range<Data>, json: &Value, visible: &[&Value]) {
    let heading = (0..40).find(|r| text(summary.get_value((*r, 0))) == "Rang").expect("ranking headings");
    for (i, entry) in json["ranking"].as_array().expect("ranking").iter().enumerate() {
        let row = heading + 1 + i as u32;
        assert_eq!(float(summary.get_value((row, 0)), "rank"), json_f64(&entry["rank"]));
        assert_eq!(text(summary.get_value((row, 1))), entry["name"].as_str().expect("name"));
        assert_cents(float(summary.get_value((row, 2)), "score"), &entry["score"], "score");
        let insolvent = if entry["insolvent"] == Value::Bool(true) { "ja" } else { "nein" };
        assert_eq!(text(summary.get_value((row, 3))), insolvent);
    }
    let eva_heading = (heading..60).find(|r| text(summary.get_value((*r, 0))) == "Unternehmen").expect("EVA table");
    for (i, company) in visible.iter().enumerate() {
        let row = eva_heading + 1 + i as u32;
        assert_eq!(text(summary.get_value((row, 0))), company["name"].as_str().expect("name"));
        for (c, report) in company["reports"].as_array().expect("reports").iter().enumerate() {
            assert_cents(float(summary.get_value((row, 1 + c as u32)), "EVA"), &report["eva"]["eva"], "summary EVA");
        }
    }
    let after = eva_heading + 1 + visible.len() as u32;
    assert_eq!(text(summary.get_value((after, 0))), "", "EVA only of the visible companies");
}

/// Every cell of every sheet: (sheet, row, column, value).
fn all_cells(book: &mut Xlsx<std::io::BufReader<fs::File>>) -> Vec<(String, u32, u32, Data)> {
    let mut cells = Vec::new();
    for name in book.sheet_names() {
        let range = range(book, &name);
        let (r0, c0) = range.start().unwrap_or((0, 0));
        for (r, c, data) in range.used_cells() {
            cells.push((name.clone(), r0 + r as u32, c0 + c as u32, data.clone()));
        }
    }
    cells
}

#[test]
fn a_team_workbook_holds_only_its_own_figures_and_what_is_public() {
    let game = game();
    let companies = companies(&game.json);
    let own = companies[1];
    let own_id = own["id"].as_str().expect("id");
    let own_name = own["name"].as_str().expect("name");
    let path = game.xlsx.join(format!("mehrwert-{own_id}.xlsx"));
    let mut book = open(&path);
    assert_eq!(book.sheet_names(), ["Übersicht", own_name, "Markt", "Entscheidungen"]);
    let mut sheet = LineSheet::new(range(&mut book, own_name));
    check_company_sheet(&mut sheet, own);
    check_decisions(&TableSheet::new(range(&mut book, "Entscheidungen")), &[own]);
    check_summary(&range(&mut book, "Übersicht"), &game.json, &[own]);
    let cells = all_cells(&mut book);
    let ranking_rows = 6..6 + companies.len() as u32;
    for other in companies.iter().filter(|c| c["id"] != own["id"]) {
        let (id, name) = (other["id"].as_str().expect("id"), other["name"].as_str().expect("name"));
        for (sheet, row, column, data) in &cells {
            if let Data::String(s) = data {
                let in_ranking = sheet == "Übersicht" && column == &1 && ranking_rows.contains(row);
                assert!(!s.contains(name) || in_ranking, "{name} in {sheet} row {row} column {column}: {s}");
                assert!(s != id, "the id {id} in {sheet} row {row}");
            }
        }
        // Their private figures: not one of them anywhere in the team's workbook (while the
        // team's own EVA is found, so the search does look).
        let numbers: Vec<f64> = cells.iter().filter_map(|(_, _, _, d)| d.get_float()).collect();
        for report in own["reports"].as_array().expect("reports") {
            let eva = json_f64(&report["eva"]["eva"]);
            assert!(numbers.iter().any(|n| (n - eva).abs() < 0.005), "own EVA {eva} is in the workbook");
        }
        for report in other["reports"].as_array().expect("reports") {
            for (section, key) in [
                ("eva", "eva"),
                ("eva", "nopat"),
                ("eva", "capital_charge"),
                ("eva", "capital_employed"),
                ("income", "net_income"),
                ("income", "net_revenue"),
                ("income", "ebit"),
                ("closing", "cash"),
                ("closing", "receivables"),
            ] {
                let value = json_f64(&report[section][key]);
                let found = numbers.iter().any(|n| (n - value).abs() < 0.005);
                assert!(!found, "{id}'s {section}.{key} {value} (year {}) is in {own_id}'s workbook", report["year"]);
            }
        }
    }
}

#[test]
fn figures_are_numbers_with_euro_percent_and_day_formats() {
    let game = game();
    let mut book = open(&game.xlsx.join("mehrwert.xlsx"));
    let name = game.json["companies"][0]["name"].as_str().expect("name").to_string();
    let sheet = LineSheet::new(range(&mut book, &name));
    let styles = book.worksheet_style(&name).expect("styles");
    let format_of = |key: &str| {
        let row = sheet.rows[key];
        let column = *sheet.columns.values().next().expect("a year");
        assert!(matches!(sheet.range.get_value((row, column)), Some(Data::Float(_))), "{key} is a number cell");
        styles.get((row, column)).and_then(|s| s.number_format.clone()).map(|f| f.format_code).unwrap_or_default()
    };
    for key in ["income.net_revenue", "balance.cash", "cash_flow.capex", "eva.eva", "kpi.free_cash_flow"] {
        assert!(format_of(key).contains('€'), "{key}: {}", format_of(key));
        assert!(format_of(key).contains("#,##0"), "{key} groups thousands: {}", format_of(key));
    }
    for key in ["kpi.roce", "kpi.ebit_margin", "eva.wacc", "segment.0.market_share"] {
        assert!(format_of(key).contains('%'), "{key}: {}", format_of(key));
    }
    assert!(format_of("kpi.dso_days").contains("Tage"), "{}", format_of("kpi.dso_days"));
    // No figure of a company sheet is text: every cell right of the labels is a number or empty.
    for (r, c, data) in sheet.range.used_cells() {
        if c >= 2 {
            assert!(matches!(data, Data::Float(_) | Data::Int(_)), "row {r} column {c}: {data:?}");
        }
    }
}

/// The charts of a workbook, counted by their parts' names (stored uncompressed in the zip's
/// directory): `xl/charts/chartN.xml`.
fn chart_parts(bytes: &[u8]) -> BTreeSet<String> {
    let needle = b"xl/charts/chart";
    let mut names = BTreeSet::new();
    for at in 0..bytes.len().saturating_sub(needle.len()) {
        if &bytes[at..at + needle.len()] == needle {
            let digits: String =
                bytes[at + needle.len()..].iter().take_while(|b| b.is_ascii_digit()).map(|b| *b as char).collect();
            if bytes[at + needle.len() + digits.len()..].starts_with(b".xml") {
                names.insert(digits);
            }
        }
    }
    names
}

#[test]
fn charts_are_there_and_the_same_game_gives_the_same_bytes() {
    let game = game();
    let companies = companies(&game.json).len();
    let room = fs::read(game.xlsx.join("mehrwert.xlsx")).expect("room workbook");
    // Four charts per company sheet, one on the summary.
    assert_eq!(chart_parts(&room).len(), 4 * companies + 1);
    let own_id = game.json["companies"][0]["id"].as_str().expect("id");
    let team = fs::read(game.xlsx.join(format!("mehrwert-{own_id}.xlsx"))).expect("team workbook");
    assert_eq!(chart_parts(&team).len(), 4 + 1);
    // Exported from the save and played anew: byte for byte the same files.
    let mut files: Vec<String> = fs::read_dir(&game.fresh)
        .expect("fresh")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".xlsx"))
        .collect();
    files.sort();
    assert_eq!(files.len(), companies + 1, "{files:?}");
    for file in files {
        let again = fs::read(game.fresh.join(&file)).expect("fresh workbook");
        assert!(again == fs::read(game.xlsx.join(&file)).expect("exported workbook"), "{file} differs");
    }
}

#[test]
fn xlsx_without_out_is_refused_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = mehrwert(&["run", "--format", "xlsx"], dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--out"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one message: {stderr}");
    assert!(!stderr.contains("panicked"));
    assert_eq!(fs::read_dir(dir.path()).expect("dir").count(), 0, "nothing written");
}

#[test]
fn a_finished_game_is_not_played_on_when_years_are_asked_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    ok(&["run", "--format", "json", "--seed", SEED, "--out", "json"], dir.path());
    let out = mehrwert(&["run", "json/save.ron", "--format", "xlsx", "--years", "1", "--out", "x"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(!dir.path().join("x/mehrwert.xlsx").exists());
}

#[test]
fn a_teams_own_decisions_are_marked_and_written_as_decided() {
    let intro = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/intro.ron");
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    fs::create_dir(root.join("decisions")).expect("mkdir");
    // A rebate of 12.5 % and 37 payment days: figures no computer strategy of the intro picks.
    let alpha = "(company: \"alpha\", year: 2, segments: [(list_price: 48.75, rebate: 0.125, payment_days: 37, \
                 salespeople: 7)], production_units: 80000, marketing: 212345.67, rnd: 98765.43, dividend: 1000)\n";
    fs::write(root.join("decisions/alpha-2.ron"), alpha).expect("write");
    let common = ["--seed", SEED, "--decisions", "decisions"];
    ok(&[&["run", intro, "--format", "json", "--out", "json"][..], &common].concat(), root);
    ok(&[&["run", intro, "--format", "xlsx", "--out", "xlsx", "--lang", "en"][..], &common].concat(), root);
    let json: Value =
        serde_json::from_str(&fs::read_to_string(root.join("json/mehrwert.json")).expect("json")).expect("JSON");
    assert_eq!(json["companies"][0]["reports"][1]["decided_by_person"], true, "the file was used");
    let mut book = open(&root.join("xlsx/mehrwert-alpha.xlsx"));
    assert_eq!(book.sheet_names()[0], "Summary");
    let sheet = TableSheet::new(range(&mut book, "Decisions"));
    let companies = companies(&json);
    // Alpha's three years: computer, team, computer; the figures as in the file.
    let by: Vec<String> = (0..3).map(|r| text(sheet.get(r, "decided_by"))).collect();
    assert_eq!(by, ["Computer", "Team", "Computer"]);
    assert_eq!(sheet.number(1, "segment.0.list_price"), 48.75);
    assert_eq!(sheet.number(1, "segment.0.rebate"), 0.125);
    assert_eq!(sheet.number(1, "segment.0.payment_days"), 37.0);
    assert_eq!(sheet.number(1, "marketing"), 212_345.67);
    assert_eq!(sheet.number(1, "dividend"), 1000.0);
    assert_eq!(sheet.records(), 3, "only alpha's years");
    assert_eq!(companies[0]["id"], "alpha");
}
