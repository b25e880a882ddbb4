//! `mehrwert value-case` end to end: a small case computed by hand, the shipped example
//! with its handout as PDF (read back with pdftotext) and HTML, and cases that must be
//! refused with a located message and nothing written.

use std::path::Path;
use std::process::{Command, Output};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/analyze/wertfall-hessler.ron");

/// The small company of tests/it/analyze.rs (EBIT 150 000, capital employed 700 000 at both
/// ends, tax 25 %, WACC 0,72/7) with a two-year offer: an energy saving of 10 000 € a year
/// and 50 000 € less stock.
///
/// By hand: ΔNOPAT 7 500 a year. Year 1: CE 700 000 → 650 000, average 675 000, charge
/// 0,72/7 × 675 000 = 69 428,57 against 72 000 → ΔEVA 7 500 + 2 571,43 = 10 071,43. Year 2:
/// average 650 000, charge 66 857,14 → ΔEVA 12 642,86. Total 22 714,29. Cash: 57 500,
/// 7 500, and −50 000 when the stock is built up again after the contract; NPV at
/// 0,102857… = 21 029,04 (50-digit decimals).
const SMALL: &str = r#"(
    value_case_format_version: 1,
    title: "Sparpaket",
    supplier: "Wir GmbH",
    contract_years: 2,
    levers: [
        (name: "Energie", category: Cost, kind: CostSaving, assumption: "10 % von 100.000 €",
         worst: 5000, likely: 10000, best: 12000),
        (name: "Lager", category: Capital, kind: InventoryReduction, assumption: "Konsignation",
         worst: 50000, likely: 50000, best: 50000),
    ],
    customer: (
        company: "Kleinteile GmbH", year: 2025, tax_rate: 0.25, cost_of_equity: 0.12, cost_of_debt: 0.08,
        opening: (cash: 100000, receivables: 200000, inventory: 300000, net_fixed_assets: 400000,
                  payables: 200000, loans: 300000, subscribed_capital: 100000, retained_earnings: 400000),
        closing: (cash: 194500, receivables: 200000, inventory: 300000, net_fixed_assets: 400000,
                  payables: 200000, loans: 300000, subscribed_capital: 100000, retained_earnings: 494500),
        income: (revenue: 1000000, cogs: 600000, admin: 200000, depreciation: 50000,
                 interest_expense: 24000, tax: 31500),
    ),
)"#;

fn value_case(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mehrwert")).arg("value-case").args(args).output().unwrap_or_else(|e| panic!("{e}"))
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path.display().to_string()
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_small_case_matches_the_hand_computation() {
    let dir = temp_dir();
    let path = write(dir.path(), "fall.ron", SMALL);
    let output = value_case(&[&path]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    for needle in ["Sparpaket", "+22.714 €", "+21.029 €", "+10.071 €", "+12.643 €", "−50.000 €", "Finanzen (CFO)"]
    {
        assert!(stdout.contains(needle), "lacks {needle}:\n{stdout}");
    }
    let english = value_case(&[&path, "--lang", "en"]);
    let english = String::from_utf8_lossy(&english.stdout);
    assert!(english.contains("+€22,714") && english.contains("Purchasing"), "{english}");
}

#[test]
fn the_example_writes_its_handout_as_pdf_and_html() {
    let dir = temp_dir();
    let (pdf, html) = (dir.path().join("h.pdf"), dir.path().join("h.html"));
    let output = value_case(&[EXAMPLE, "--pdf", &pdf.display().to_string(), "--html", &html.display().to_string()]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext (poppler-utils): {e}"));
    let text = String::from_utf8_lossy(&text.stdout);
    let case = mehrwert::scenario::customer::case_file::parse_case(
        &std::fs::read_to_string(EXAMPLE).unwrap_or_default(),
        None,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let result = mehrwert::lab::evaluate::evaluate(&case);
    let npv = mehrwert::lab::handout::signed(result.likely.npv, "EUR", mehrwert::model::format::Locale::De);
    for needle in ["Antriebspaket Servo 2026", "Hessler Präzisionsmaschinen GmbH", npv.as_str(), "Geschäftsführung"]
    {
        assert!(text.contains(needle), "the PDF lacks {needle}:\n{text}");
    }
    let page = std::fs::read_to_string(&html).unwrap_or_default();
    assert!(page.contains("lang=\"de\"") && page.contains(&npv), "{page}");
    let png = dir.path().join("page");
    let status = Command::new("pdftoppm").args(["-png", "-r", "40", "-singlefile"]).arg(&pdf).arg(&png).status();
    assert!(status.is_ok_and(|s| s.success()), "pdftoppm renders the page");
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(dir.path().join("page.png")).unwrap_or_else(|e| panic!("{e}")),
    ));
    let mut reader = decoder.read_info().unwrap_or_else(|e| panic!("{e}"));
    let mut buffer = vec![0; reader.output_buffer_size().unwrap_or(0)];
    let info = reader.next_frame(&mut buffer).unwrap_or_else(|e| panic!("{e}"));
    let bytes = &buffer[..info.buffer_size()];
    let inked = bytes.chunks(info.color_type.samples()).filter(|p| p.iter().take(3).any(|c| *c < 200)).count();
    let share = inked as f64 / (bytes.len() / info.color_type.samples()) as f64;
    assert!(share > 0.02, "the page is not blank ({:.1} % inked)", share * 100.0);
}

#[test]
fn impossible_cases_are_refused_with_located_messages_and_nothing_written() {
    let dir = temp_dir();
    let pdf = dir.path().join("never.pdf");
    let cases = [
        // Worst better than best.
        (
            SMALL.replacen("worst: 5000, likely: 10000, best: 12000", "worst: 15000, likely: 10000, best: 12000", 1),
            "error[E-INCONSISTENT] levers[0].likely",
        ),
        // More stock removed than the customer holds (300 000).
        (
            SMALL.replacen("worst: 50000, likely: 50000, best: 50000", "worst: 50000, likely: 50000, best: 400000", 1),
            "error[E-RANGE] levers[1].best",
        ),
        // Payment terms without the purchases they apply to.
        (
            SMALL.replacen("kind: InventoryReduction", "kind: PaymentTerms", 1).replacen(
                "worst: 50000, likely: 50000, best: 50000",
                "worst: 30, likely: 30, best: 30",
                1,
            ),
            "error[E-INCONSISTENT] annual_purchases",
        ),
        // A contract of 40 years.
        (SMALL.replacen("contract_years: 2", "contract_years: 40", 1), "error[E-RANGE] contract_years"),
        // Another format version.
        (
            SMALL.replacen("value_case_format_version: 1", "value_case_format_version: 2", 1),
            "error[E-FORMAT-VERSION] value_case_format_version",
        ),
        // The customer's sheet does not balance.
        (SMALL.replacen("cash: 194500", "cash: 190000", 1), "error[E-UNBALANCED] customer.closing"),
    ];
    for (i, (text, needle)) in cases.iter().enumerate() {
        assert_ne!(text, SMALL, "case {i} changed nothing");
        let path = write(dir.path(), &format!("bad{i}.ron"), text);
        let output = value_case(&[&path, "--lang", "en", "--pdf", &pdf.display().to_string()]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "case {i}: {stderr}");
        assert!(stderr.contains(needle), "case {i} lacks {needle}: {stderr}");
        assert!(stderr.starts_with(&format!("{path}:")), "case {i} is located: {stderr}");
        assert!(!pdf.exists(), "case {i}: nothing is written");
    }
}

#[test]
fn levers_together_are_held_to_the_customers_figures_too() {
    let dir = temp_dir();
    let cases = [
        // Two stock reductions of 200 000 each: each fits the 300 000 of inventory, together not.
        (
            SMALL.replacen(
                "worst: 50000, likely: 50000, best: 50000),",
                "worst: 200000, likely: 200000, best: 200000),\n        (name: \"Lager 2\", category: Capital, kind: InventoryReduction, worst: 200000, likely: 200000, best: 200000),",
                1,
            ),
            "error[E-INCONSISTENT] levers: found the levers of kind inventory_reduction add up (worst) to 400000",
        ),
        // An asset "avoided" in year 1 by a lever that starts in year 2: already bought.
        (
            SMALL.replacen(
                "kind: InventoryReduction, assumption: \"Konsignation\",",
                "kind: CapexAvoided(year: 1, life_years: 5), from_year: 2, assumption: \"Prüfstand\",",
                1,
            ),
            "error[E-INCONSISTENT] levers[1].kind.year: found 1",
        ),
    ];
    for (i, (text, needle)) in cases.iter().enumerate() {
        assert_ne!(text, SMALL, "case {i} changed nothing");
        let path = write(dir.path(), &format!("together{i}.ron"), text);
        let output = value_case(&[&path, "--lang", "en"]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "case {i}: {stderr}");
        assert!(stderr.contains(needle), "case {i} lacks {needle}: {stderr}");
    }
}

#[test]
fn an_offer_that_falls_back_below_zero_after_the_contract_has_no_payback() {
    // A one-off cost of 100 000 € and 200 000 € less stock in the second and last year:
    // cash −75 000, +200 000, −200 000 (the stock rebuilt): never paid for itself.
    let dir = temp_dir();
    let text = SMALL
        .replacen(
            "(name: \"Energie\", category: Cost, kind: CostSaving, assumption: \"10 % von 100.000 €\",\n         worst: 5000, likely: 10000, best: 12000),",
            "(name: \"Umbau\", category: Cost, kind: OneOffCost, worst: 100000, likely: 100000, best: 100000),",
            1,
        )
        .replacen("worst: 50000, likely: 50000, best: 50000),", "worst: 200000, likely: 200000, best: 200000, from_year: 2),", 1);
    let path = write(dir.path(), "payback.ron", &text);
    let output = value_case(&[&path, "--lang", "en"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("not within the contract"), "{stdout}");
    assert!(stdout.contains("it does not pay back within the contract"), "{stdout}");
}
