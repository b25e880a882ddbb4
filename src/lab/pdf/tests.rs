//! The handout's tests: the PDF read back with poppler (text, metadata, one inked page), the
//! fitter on a realistic, an overlong and an empty document, and the wrapper's and the tiles'
//! arithmetic; `sample` is shared with the HTML handout's tests.

use super::column::tile_rows;
use super::layout::{fits_to_try, fitted_page, lay_out};
use super::{MARGIN_PT, PAGE_HEIGHT_PT, PAGE_WIDTH_PT, TEXT_WIDTH_PT, render};
use crate::lab::document::{Headings, Table, ValueDocument};
use crate::pdf::capped_to;
use crate::pdf::font::Face;
use crate::pdf::ops::Op;
use crate::pdf::tests::{inked_share, poppler};

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| item.to_string()).collect()
}

/// A realistic German handout: six levers, five years, twelve tree rows, four paragraphs.
pub(crate) fn sample() -> ValueDocument {
    let paragraph = |focus: &str| {
        format!(
            "{focus} Die vorausschauende Wartung senkt ungeplante Stillstände um gut ein Drittel, \
             weil Lagerschäden Wochen vor dem Ausfall erkannt werden. Dadurch sinken Überstunden, \
             Expresszuschläge für Ersatzteile und die Sicherheitsbestände im Lager. Das gebundene \
             Kapital fällt, der operative Gewinn steigt, und nach Abzug der Kapitalkosten bleibt \
             ein Mehrwert von über einer Million Euro in drei Vertragsjahren."
        )
    };
    let lever = |name: &str, ebit: &str, ce: &str, eva: &str| strings(&[name, ebit, ce, eva]);
    let year = |name: &str, ebit: &str, ce: &str, eva: &str, cash: &str| strings(&[name, ebit, ce, eva, cash]);
    let node = |depth: usize, label: &str, before: &str, with: &str| (depth, label.into(), before.into(), with.into());
    ValueDocument {
        lang: "de".into(),
        title: "Predictive Maintenance für die Presswerke".into(),
        subtitle: "Hessler GmbH · Angebot der Brenner Automation AG · Zahlen des Jahresabschlusses 2024".into(),
        key_figures: vec![
            ("ΔEVA über 3 Jahre".into(), "+1.066.877 €".into()),
            ("Barwert bei 8,4 % WACC".into(), "+912.340 €".into()),
            ("Amortisation".into(), "1,8 Jahre".into()),
            ("Δ Capital Employed".into(), "−420.000 €".into()),
        ],
        paragraphs: vec![
            ("Geschäftsführung".into(), paragraph("Für die Geschäftsführung zählt der Wertbeitrag.")),
            ("Finanzen".into(), paragraph("Für den CFO zählen Rendite über WACC und Liquidität.")),
            ("Einkauf".into(), paragraph("Für den Einkauf zählen Gesamtkosten statt Listenpreis.")),
            ("Instandhaltung".into(), paragraph("Für die Instandhaltung zählt planbare Arbeit.")),
        ],
        levers: Table {
            header: strings(&["Hebel", "ΔEBIT/Jahr", "ΔCE", "ΔEVA/Jahr"]),
            rows: vec![
                lever("Weniger ungeplante Stillstände", "+298.000 €", "0 €", "+223.500 €"),
                lever("Ersatzteile & Lager", "+41.000 €", "−310.000 €", "+56.790 €"),
                lever("Weniger Überstunden", "+87.500 €", "0 €", "+65.625 €"),
                lever("Längere Standzeit der Werkzeuge", "+52.000 €", "−110.000 €", "+48.240 €"),
                lever("Geringerer Ausschuss", "+64.300 €", "0 €", "+48.225 €"),
                lever("Lizenz und Sensorik", "−180.000 €", "+240.000 €", "−155.160 €"),
            ],
        },
        years: Table {
            header: strings(&["Vertragsjahr", "ΔEBIT", "ΔCE", "ΔEVA", "Cashflow"]),
            rows: vec![
                year("2025", "+236.300 €", "−180.000 €", "+192.340 €", "+356.300 €"),
                year("2026", "+362.800 €", "−220.000 €", "+437.240 €", "+402.800 €"),
                year("2027", "+362.800 €", "−220.000 €", "+437.297 €", "+362.800 €"),
                year("2028 (Auslauf)", "+120.000 €", "−60.000 €", "+95.040 €", "+180.000 €"),
                year("Summe", "+1.081.900 €", "−680.000 €", "+1.066.877 €", "+1.301.900 €"),
            ],
        },
        tree: vec![
            node(0, "EVA", "1.912.000 €", "2.277.600 €"),
            node(1, "NOPAT", "4.680.000 €", "4.952.100 €"),
            node(2, "Umsatzerlöse", "58.400.000 €", "58.400.000 €"),
            node(2, "Materialaufwand", "−31.200.000 €", "−31.159.000 €"),
            node(2, "Personalaufwand", "−17.900.000 €", "−17.812.500 €"),
            node(2, "Abschreibungen", "−2.300.000 €", "−2.380.000 €"),
            node(1, "Kapitalkosten", "−2.768.000 €", "−2.674.500 €"),
            node(2, "Capital Employed", "32.952.000 €", "32.272.000 €"),
            node(3, "Vorräte", "9.400.000 €", "9.090.000 €"),
            node(3, "Forderungen (DSO 52 Tage)", "8.320.000 €", "8.320.000 €"),
            node(3, "Sachanlagen", "15.232.000 €", "14.862.000 €"),
            node(2, "WACC", "8,4 %", "8,4 %"),
        ],
        tree_columns: ("Werttreiber".into(), "Ohne Angebot".into(), "Mit Angebot".into()),
        headings: Headings {
            message: "Was das Angebot für Hessler bedeutet".into(),
            levers: "Die Hebel".into(),
            years: "Jahr für Jahr".into(),
            tree: "Auszug aus dem Werttreiberbaum (Basisjahr 2024)".into(),
        },
        footnote: "Basisjahr 2024 laut Jahresabschluss der Hessler GmbH; WACC 8,4 % vor Steuern. \
                   ΔEVA = ΔNOPAT − WACC × ΔCE, die Hebel ohne Wechselwirkungen addiert. Nach dem \
                   Vertragsende laufen die Effekte binnen eines Jahres aus (Auslaufregel). Quelle: \
                   Mehrwert-Wertlabor, Fallakte hessler-2025, wahrscheinlicher Fall."
            .into(),
    }
}

#[test]
fn the_handout_is_one_a4_page_with_the_documents_text() {
    let pdf = render(&sample()).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("handout.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let path = path.to_str().unwrap();

    let text = poppler("pdftotext", &[path, "-"]);
    for expected in ["Predictive Maintenance für die Presswerke", "+1.066.877 €", "Stillstände", "Überstunden"] {
        assert!(text.contains(expected), "{expected:?} missing from the PDF's text:\n{text}");
    }
    let prefix = dir.path().join("page");
    poppler("pdftoppm", &["-png", "-r", "50", path, prefix.to_str().unwrap()]);
    let pages: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "png"))
        .collect();
    assert_eq!(pages.len(), 1, "one page, not {}", pages.len());
    // A4 at 50 dpi: 8.27 in × 50 ≈ 413 px wide, 11.69 in × 50 ≈ 585 px high.
    let share = inked_share(&pages[0].path());
    assert!((0.03..0.5).contains(&share), "{:.1} % of the page is inked", share * 100.0);
}

#[test]
fn the_pdf_carries_title_and_language() {
    let pdf = render(&sample()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("handout.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let info = poppler("pdfinfo", &[path.to_str().unwrap()]);
    let field = |name: &str| info.lines().find_map(|line| line.strip_prefix(name)).map(str::trim);
    assert_eq!(field("Title:"), Some("Predictive Maintenance für die Presswerke"), "{info}");
    assert_eq!(field("Pages:"), Some("1"), "{info}");
    assert_eq!(field("Page size:"), Some("595.28 x 841.89 pts (A4)"), "{info}");
}

/// Every op of a laid-out page lies within the margins.
fn assert_within_margins(ops: &[Op], face: &Face) {
    let (left, right) = (MARGIN_PT - 0.01, PAGE_WIDTH_PT - MARGIN_PT + 0.01);
    let (top, bottom) = (MARGIN_PT - 0.01, PAGE_HEIGHT_PT - MARGIN_PT + 0.01);
    for op in ops {
        let (x0, y0, x1, y1) = op.bounds(face);
        assert!(x0 >= left && x1 <= right && y0 >= top && y1 <= bottom, "off the page: {op:?}");
    }
}

#[test]
fn the_sample_fits_in_readable_type_and_unshortened() {
    let face = Face::load().unwrap();
    let fit = fits_to_try().find(|fit| lay_out(&sample(), &face, *fit).fits()).unwrap();
    assert_eq!(fit.paragraph_lines, usize::MAX);
    // Body text at 9 pt × scale: 9 × 0.83 ≈ 7.5 pt at the least.
    assert!(fit.scale >= 0.83, "{fit:?}");
    assert_within_margins(&fitted_page(&sample(), &face), &face);
}

#[test]
fn an_overlong_document_still_stays_on_the_page() {
    let face = Face::load().unwrap();
    let mut doc = sample();
    let long = "Wertsteigerung ".repeat(150) + &"X".repeat(200);
    doc.title = long.clone();
    doc.footnote = long.clone();
    doc.key_figures = (0..9).map(|n| (long.clone(), format!("+{n}.000.000.000.000 €"))).collect();
    doc.paragraphs = (0..12).map(|_| ("Rolle".into(), long.clone())).collect();
    doc.levers.rows = (0..50).map(|_| strings(&[&long, "+1.000.000.000 €", "x", "y", "z", "w"])).collect();
    doc.years.header = (0..40).map(|n| format!("Spalte {n}")).collect();
    doc.tree = (0..30).map(|depth| (depth, long.clone(), "1 €".into(), "2 €".into())).collect();
    assert_within_margins(&fitted_page(&doc, &face), &face);
    assert!(render(&doc).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn an_empty_document_is_an_empty_page() {
    let face = Face::load().unwrap();
    assert_within_margins(&fitted_page(&ValueDocument::default(), &face), &face);
    assert!(render(&ValueDocument::default()).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn tiles_go_in_as_few_and_as_even_rows_as_fit() {
    // The narrowest tile is a quarter of the line less three gaps: (495.28 − 24) / 4 = 117.82.
    let narrow = (TEXT_WIDTH_PT - 24.0) / 4.0;
    let check = |widths: &[f32], tiles_per_row: &[usize]| {
        let rows = tile_rows(widths, 8.0);
        assert_eq!(rows.iter().map(ExactSizeIterator::len).collect::<Vec<_>>(), tiles_per_row);
        assert!(rows.iter().flat_map(Clone::clone).eq(0..widths.len()), "{rows:?}");
    };
    check(&[narrow; 4], &[4]);
    check(&[narrow; 5], &[3, 2]);
    check(&[narrow; 9], &[3, 3, 3]);
    // 117.82 + 8 + 117.82 + 8 + 221 = 472.64 fits; a fourth tile of 159 does not.
    check(&[narrow, narrow, 221.0, 159.0, narrow], &[3, 2]);
    check(&[TEXT_WIDTH_PT, narrow], &[1, 1]);
    check(&[], &[]);
}

#[test]
fn the_widest_columns_are_cut_to_one_width() {
    // 300 for 50, 100, 300: 50 and 100 keep theirs, the last gets 300 − 150 = 150.
    assert_eq!(capped_to(&[100.0, 300.0, 50.0], 300.0), [100.0, 150.0, 50.0]);
    assert_eq!(capped_to(&[100.0, 120.0], 300.0), [100.0, 120.0]);
    assert_eq!(capped_to(&[100.0, 120.0], 100.0), [50.0, 50.0]);
}

#[test]
fn wrapped_lines_fit_and_keep_every_word() {
    let face = Face::load().unwrap();
    let text = "Über die drei Jahre sinkt das gebundene Kapital um 420.000 € — Donaudampfschifffahrtsgesellschaft";
    let lines = face.wrap(text, 10.0, 90.0);
    assert!(lines.len() > 3, "{lines:?}");
    assert!(lines.iter().all(|line| face.width(line, 10.0) <= 90.0), "{lines:?}");
    assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
    let lines = face.wrap("Der Spread geht von -2,7 % auf -2,1 % und das Kapital um 420.000 € zurück", 10.0, 60.0);
    assert!(lines.iter().all(|line| !line.starts_with(['%', '€'])), "{lines:?}");
    let kept = face.wrap_at_most(text, 10.0, 90.0, 2);
    assert_eq!(kept.len(), 2);
    assert!(kept[1].ends_with('…') && face.width(&kept[1], 10.0) <= 90.0, "{kept:?}");
}
