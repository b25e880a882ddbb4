//! The debrief reports of `mehrwert run --format pdf`: read back with pdftotext they hold the
//! key figures of the JSON record of the same game (formatted here by hand), a team's report
//! none of the other teams' private figures, every page rendered by pdftoppm is inked, and the
//! same game gives the same bytes.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::Arc;

use mehrwert::scenario::{DEFAULT_SCENARIO, parse_scenario};
use mehrwert::sim::Simulation;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::Value;

fn mehrwert(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mehrwert"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot start mehrwert: {e}"))
}

fn ok(args: &[&str], dir: &Path) {
    let out = mehrwert(args, dir);
    assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
}

/// Whole euros the German way, independent of the program: rounded half away from zero,
/// dots between thousands, "-" before, " €" after.
#[allow(clippy::disallowed_methods, reason = "rounded here on purpose, independent of the program's own rule")]
fn euros_de(amount: &str) -> String {
    let value: Decimal = amount.parse().unwrap_or_else(|_| panic!("not an amount: {amount}"));
    let whole = value.abs().round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let sign = if value.is_sign_negative() && !whole.is_zero() { "-" } else { "" };
    format!("{sign}{grouped} €")
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext (poppler-utils): {e}"));
    assert!(out.status.success(), "pdftotext reads {}", path.display());
    // Lines wrap where the page ends; compare words, not line breaks.
    String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every page of `pdf` rendered at 30 dpi carries ink on more than 1 % of its pixels.
fn pages_inked(pdf: &Path, dir: &Path) -> usize {
    let prefix = dir.join("page");
    let status = Command::new("pdftoppm").args(["-png", "-r", "30"]).arg(pdf).arg(&prefix).status();
    assert!(status.is_ok_and(|s| s.success()), "pdftoppm renders {}", pdf.display());
    let mut pages: Vec<_> = fs::read_dir(dir)
        .expect("pages")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "png"))
        .collect();
    pages.sort();
    for page in &pages {
        let decoder = png::Decoder::new(std::io::BufReader::new(fs::File::open(page).expect("png")));
        let mut reader = decoder.read_info().expect("png header");
        let mut buffer = vec![0; reader.output_buffer_size().unwrap_or(0)];
        let info = reader.next_frame(&mut buffer).expect("png frame");
        let bytes = &buffer[..info.buffer_size()];
        let samples = info.color_type.samples();
        let inked = bytes.chunks(samples).filter(|p| p.iter().take(3).any(|c| *c < 200)).count();
        let share = inked as f64 / (bytes.len() / samples) as f64;
        assert!(share > 0.01, "{} is blank ({:.2} % inked)", page.display(), share * 100.0);
        fs::remove_file(page).expect("remove page");
    }
    pages.len()
}

/// Decision files: the first company gives its key accounts 12 points more rebate from year 1
/// on, the second keeps what it had; the others are played by the computer.
fn decisions(dir: &Path) -> (String, String) {
    let scenario = parse_scenario(DEFAULT_SCENARIO, None).expect("valid");
    let mut sim = Simulation::new().expect("schedule");
    let game = sim.new_game(Arc::new(scenario.clone()), 7).expect("opening");
    let opening = sim.save_game(game).expect("game").companies;
    fs::create_dir_all(dir).expect("decisions folder");
    for year in 1..=scenario.years {
        let mut first = opening[0].last_decisions.kept_for(year);
        first.segments[1].rebate += dec!(0.12);
        let second = opening[1].last_decisions.kept_for(year);
        for d in [first, second] {
            let text = ron::ser::to_string_pretty(&d, ron::ser::PrettyConfig::default()).expect("RON");
            fs::write(dir.join(format!("{}-{year}.ron", d.company)), text).expect("write decisions");
        }
    }
    (opening[0].id.clone(), opening[1].id.clone())
}

/// The default scenario played with the decisions of [`decisions`] (seed 7), its save game
/// written into `dir`; the save's path (for the window test).
#[cfg(feature = "gui")]
pub(crate) fn played_save(dir: &Path) -> std::path::PathBuf {
    decisions(&dir.join("d"));
    ok(&["run", "--format", "json", "--seed", "7", "--decisions", "d", "--out", "json"], dir);
    dir.join("json/save.ron")
}

#[test]
fn the_reports_carry_the_records_figures_and_keep_each_teams_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    let (first, _) = decisions(&root.join("d"));
    ok(&["run", "--format", "json", "--seed", "7", "--decisions", "d", "--out", "json"], root);
    ok(&["run", "json/save.ron", "--format", "pdf", "--out", "pdf"], root);
    let record: Value =
        serde_json::from_str(&fs::read_to_string(root.join("json/mehrwert.json")).expect("json")).expect("JSON");
    let companies = record["companies"].as_array().expect("companies");
    assert_eq!(companies.len(), 5);
    let scenario = parse_scenario(DEFAULT_SCENARIO, None).expect("valid");
    let lesson = scenario.lesson.split_whitespace().collect::<Vec<_>>().join(" ");

    // The team's report: its name, place, score, every year's EVA, its costliest decision.
    let own = companies.iter().find(|c| c["id"] == first).expect("the first company");
    let team = pdf_text(&root.join(format!("pdf/mehrwert-{first}.pdf")));
    let entry = record["ranking"].as_array().expect("ranking").iter().find(|e| e["id"] == first).expect("ranked");
    let name = own["name"].as_str().expect("name");
    assert!(team.contains(&format!("Ergebnisbericht: {name}")), "{team}");
    assert!(team.contains(&format!("Platz {} von 5", entry["rank"])), "{team}");
    assert!(team.contains(&euros_de(entry["score"].as_str().expect("score"))), "{team}");
    for report in own["reports"].as_array().expect("reports") {
        let eva = euros_de(report["eva"]["eva"].as_str().expect("EVA"));
        assert!(team.contains(&eva), "year {} EVA {eva} missing", report["year"]);
    }
    let segment = &scenario.segments[1].name;
    assert!(team.contains(&format!("Jahr 1 · Preis und Rabatt {segment}")), "{team}");
    assert!(team.contains("Die drei teuersten Entscheidungen") && team.contains(&lesson), "{team}");
    // No other company's private figures: their EVA, net revenue and net income of any year.
    for other in companies.iter().filter(|c| c["id"] != first) {
        for report in other["reports"].as_array().expect("reports") {
            for figure in [&report["eva"]["eva"], &report["income"]["net_revenue"], &report["income"]["net_income"]] {
                let text = euros_de(figure.as_str().expect("amount"));
                assert!(!team.contains(&text), "{}'s {text} is in {name}'s report", other["name"]);
            }
        }
    }

    // The trainer's report: every team with its score, the events in their years, the lists.
    let trainer = pdf_text(&root.join("pdf/mehrwert.pdf"));
    for entry in record["ranking"].as_array().expect("ranking") {
        assert!(trainer.contains(entry["name"].as_str().expect("name")), "{trainer}");
        assert!(trainer.contains(&euros_de(entry["score"].as_str().expect("score"))), "{trainer}");
    }
    for event in &scenario.events {
        let story = trainer.split(&format!("GJ {}", event.year)).last().expect("the year's story");
        assert!(story.contains(&event.headline), "{} not told in year {}", event.headline, event.year);
    }
    assert!(trainer.contains("Wo im Raum Wert vernichtet wurde") && trainer.contains(&lesson), "{trainer}");
    assert!(trainer.contains(&format!("{name}: Jahr 1 · Preis und Rabatt {segment}")), "{trainer}");

    for file in ["mehrwert.pdf".to_string(), format!("mehrwert-{first}.pdf")] {
        let pages = tempfile::tempdir().expect("pages");
        assert!(pages_inked(&root.join("pdf").join(&file), pages.path()) >= 2, "{file} has pages");
    }
}

#[test]
fn reports_are_the_same_bytes_every_time_and_speak_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    ok(&["run", "--format", "pdf", "--seed", "3", "--years", "2", "--out", "a"], root);
    ok(&["run", "--format", "pdf", "--seed", "3", "--years", "2", "--out", "b"], root);
    let files: Vec<_> =
        fs::read_dir(root.join("a")).expect("a").filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
    // The trainer's report, five teams' and the save game.
    assert_eq!(files.len(), 7, "{files:?}");
    for file in &files {
        assert_eq!(fs::read(root.join("a").join(file)).ok(), fs::read(root.join("b").join(file)).ok(), "{file:?}");
    }
    ok(&["run", "--format", "pdf", "--seed", "3", "--years", "2", "--lang", "en", "--out", "en"], root);
    let trainer = pdf_text(&root.join("en/mehrwert.pdf"));
    assert!(trainer.contains("Trainer's report:") && trainer.contains("Page 1 of"), "{trainer}");
    assert!(trainer.contains("Where the room destroyed value") && trainer.contains("The lesson"), "{trainer}");

    let out = mehrwert(&["run", "--format", "pdf"], root);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--out DIR") && err.lines().count() == 1, "{err}");
}
