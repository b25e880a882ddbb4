//! The report renderer's tests: the layout's invariants on hostile reports (margins, headings
//! kept with what follows, table headers repeated), a page count worked out by hand, the axis
//! ticks and the number format, and the PDF read back with poppler (text and inked pages).

use std::path::Path;
use std::process::Command;

use super::blocks::{Kind, items};
use super::chart::chart_ops;
use super::font::Face;
use super::number::format_number;
use super::ops::{Ink, Op};
use super::pages::{CONTENT_BOTTOM_PT, Page, paginate};
use super::table::BODY;
use super::ticks::nice_axis;
use super::{
    Block, Chart, ChartKind, MARGIN_PT, PAGE_HEIGHT_PT, PAGE_WIDTH_PT, Report, Row, Series, SeriesStyle, Table, render,
};

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| item.to_string()).collect()
}

/// A line chart of `count` series over five years, with negative values and a gap.
fn chart(kind: ChartKind, count: usize) -> Chart {
    let series = (0..count)
        .map(|index| Series {
            name: format!("Team {} – Wertbeitrag", index + 1),
            values: (0..5)
                .map(|year| {
                    if index == 2 && year == 2 { None } else { Some((year as f64 - 1.5) * (index as f64 + 1.0) * 0.31) }
                })
                .collect(),
            style: match index {
                0 => SeriesStyle::Highlight,
                1 => SeriesStyle::Dashed,
                _ => SeriesStyle::Solid,
            },
        })
        .collect();
    Chart {
        title: "EVA je Geschäftsjahr".into(),
        kind,
        categories: strings(&["2025", "2026", "2027", "2028", "2029"]),
        series,
        unit: "Mio. €".into(),
    }
}

/// A German results report: key figures, text, a tree table, two charts over two pages or more.
pub(crate) fn sample() -> Report {
    let tree = |indent: u8, bold: bool, cells: &[&str]| Row { cells: strings(cells), indent, bold };
    Report {
        lang: "de".into(),
        title: "Ergebnisse von Team Nordlicht".into(),
        subtitle: "Planspiel Mehrwert · Gruppe B · Jahre 2025 bis 2029".into(),
        footer: "Szenario hessler-2025 · Seed 4711 · Mehrwert 0.1".into(),
        blocks: vec![
            Block::KeyFigures(vec![
                ("EVA kumuliert".into(), "+3,4 Mio. €".into()),
                ("ROCE 2029".into(), "14,2 %".into()),
                ("WACC".into(), "8,4 %".into()),
                ("Rang im Raum".into(), "2 von 6".into()),
            ]),
            Block::Heading("Überblick".into()),
            Block::Paragraph(
                "Das Team hat die Preise früh erhöht und das gebundene Kapital gesenkt: Vorräte und \
                 Forderungen fielen um zusammen 1,2 Mio. €, die Kapitalrendite stieg über den WACC. \
                 Im dritten Jahr drückte eine Fehlinvestition den Wertbeitrag ins Minus (Δ −0,4 Mio. €) …"
                    .into(),
            ),
            Block::Bullets(strings(&[
                "Größter Hebel: Forderungslaufzeit (DSO) von 61 auf 44 Tage.",
                "Schwächstes Jahr: 2027, EVA −0,42 Mio. € nach der Übernahme.",
            ])),
            Block::Chart(chart(ChartKind::Bars, 3)),
            Block::Heading("Werttreiber Jahr für Jahr".into()),
            Block::Table(Table {
                header: strings(&["Werttreiber", "2025", "2026", "2027", "2028", "2029"]),
                rows: vec![
                    tree(0, true, &["EVA", "0,31", "0,62", "−0,42", "1,10", "1,30"]),
                    tree(1, false, &["NOPAT", "3,10", "3,42", "2,88", "3,95", "4,20"]),
                    tree(2, false, &["Umsatzerlöse", "58,4", "60,1", "61,0", "63,3", "65,2"]),
                    tree(1, false, &["Kapitalkosten", "−2,79", "−2,80", "−3,30", "−2,85", "−2,90"]),
                    tree(2, false, &["Capital Employed", "33,2", "33,3", "39,3", "33,9", "34,5"]),
                    tree(3, false, &["Forderungen (DSO)", "8,3", "7,6", "7,1", "6,4", "6,0"]),
                ],
            }),
            Block::Subheading("Kapitalrendite und Kapitalkosten".into()),
            Block::Chart(chart(ChartKind::Lines, 8)),
            Block::PageBreak,
            Block::Heading("Alle Buchungen".into()),
            Block::Table(Table {
                header: strings(&["Jahr und Konto", "Soll", "Haben"]),
                rows: (0..70)
                    .map(|n| Row::new(vec![format!("Buchung {n}"), format!("{n}.000 €"), "–".into()]))
                    .collect(),
            }),
            Block::Paragraph("Ende des Berichts.".into()),
        ],
    }
}

/// Every op of every page lies within the margins.
fn assert_within_margins(pages: &[Page], face: &Face) {
    let (left, right) = (MARGIN_PT - 0.01, PAGE_WIDTH_PT - MARGIN_PT + 0.01);
    let (top, bottom) = (MARGIN_PT - 0.01, PAGE_HEIGHT_PT - MARGIN_PT + 0.01);
    for (number, page) in pages.iter().enumerate() {
        for op in page.ops() {
            let (x0, y0, x1, y1) = op.bounds(face);
            let inside = x0 >= left && x1 <= right && y0 >= top && y1 <= bottom;
            assert!(inside, "page {}: off the margins ({x0}, {y0}, {x1}, {y1}): {op:?}", number + 1);
        }
    }
}

/// No page ends in a heading or a subheading.
fn assert_no_heading_last(pages: &[Page]) {
    for (number, page) in pages.iter().enumerate() {
        let last = page.kinds.last();
        assert!(!matches!(last, Some(Kind::Heading | Kind::Subheading)), "page {} ends in {last:?}", number + 1);
    }
}

/// Every page with table rows sets a table's header above its first row.
fn assert_headers_repeated(pages: &[Page]) {
    for (number, page) in pages.iter().enumerate() {
        if let Some(first_row) = page.kinds.iter().position(|kind| *kind == Kind::TableRow) {
            let header = page.kinds[..first_row].contains(&Kind::TableHeader);
            assert!(header, "page {}: rows without their header: {:?}", number + 1, page.kinds);
        }
    }
}

/// A report that tries everything against the margins.
fn hostile() -> Report {
    let word = "Donaudampfschifffahrt".repeat(100); // 2 100 characters, no space
    let mut eight = chart(ChartKind::Lines, 8);
    eight.series[3].values = vec![Some(f64::NAN), Some(-7.5), Some(f64::INFINITY), None, Some(-1e300)];
    let mut bars = chart(ChartKind::Bars, 8);
    bars.title = word.clone();
    bars.categories = vec![word.clone(), "x".into()];
    bars.series[0].name = word.clone();
    let mut blocks = vec![Block::Heading(word.clone()), Block::Paragraph(format!("Anfang {word} Ende"))];
    for index in 0..6 {
        blocks.push(Block::Heading(format!("Abschnitt {index}")));
        blocks.push(Block::Chart(if index % 2 == 0 { eight.clone() } else { bars.clone() }));
    }
    blocks.push(Block::Subheading("Tabelle".into()));
    blocks.push(Block::Table(Table {
        header: strings(&["Posten", "2025", "2026", "2027"]),
        rows: (0..200)
            .map(|n| Row {
                cells: vec![if n % 50 == 0 { word.clone() } else { format!("Zeile {n}") }, word.clone(), "−1,5".into()],
                indent: (n % 9) as u8,
                bold: n % 7 == 0,
            })
            .collect(),
    }));
    blocks.push(Block::KeyFigures((0..9).map(|n| (word.clone(), format!("{n}{word}"))).collect()));
    blocks.push(Block::Bullets(vec![word.clone(), String::new(), "kurz".into()]));
    blocks.push(Block::Table(Table { header: (0..40).map(|n| format!("Spalte {n}")).collect(), rows: Vec::new() }));
    blocks.push(Block::Chart(Chart::default()));
    blocks.push(Block::Chart(Chart { categories: vec!["2025".into()], ..chart(ChartKind::Bars, 2) }));
    blocks.push(Block::Paragraph("Schluss.".into()));
    Report { lang: "de".into(), title: word.clone(), subtitle: word.clone(), footer: word, blocks }
}

#[test]
fn nothing_leaves_the_margins_of_a_hostile_report() {
    let face = Face::load().unwrap();
    let pages = paginate(&hostile(), &face);
    assert!(pages.len() > 4, "{} pages", pages.len());
    assert_within_margins(&pages, &face);
    assert_no_heading_last(&pages);
    assert_headers_repeated(&pages);
    let pdf = render(&hostile()).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let _ = std::fs::write(std::env::temp_dir().join("wt-pdf-hostile.pdf"), &pdf);
}

#[test]
fn the_sample_keeps_headings_and_table_headers_with_their_content() {
    let face = Face::load().unwrap();
    let pages = paginate(&sample(), &face);
    assert_within_margins(&pages, &face);
    assert_no_heading_last(&pages);
    assert_headers_repeated(&pages);
}

#[test]
fn an_empty_report_is_one_page_with_its_footer() {
    let face = Face::load().unwrap();
    let pages = paginate(&Report::default(), &face);
    assert_eq!(pages.len(), 1);
    assert!(pages[0].kinds.is_empty());
    assert!(render(&Report::default()).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn a_heading_at_a_pages_foot_moves_to_the_next_page() {
    // No title: content from 50 to 765.89. (715.89 − 40) / 12.6 = 53.6 → 53 rows of 12.6 end at
    // 50 + 667.8 = 717.8, leaving 48.09 pt. The heading with its space (16 + 13 × 1.3 + 3 = 35.9)
    // would fit there, not with the paragraph's first two lines (+ 7 + 2 × 9.5 × 1.4 = 69.5).
    let face = Face::load().unwrap();
    let row_height = BODY.line_height();
    let rows = ((CONTENT_BOTTOM_PT - MARGIN_PT - 40.0) / row_height).floor() as usize;
    assert_eq!(rows, 53);
    let table = Table { header: Vec::new(), rows: (0..rows).map(|n| Row::new(vec![n.to_string()])).collect() };
    let report = Report {
        blocks: vec![
            Block::Table(table),
            Block::Heading("Neuer Abschnitt".into()),
            Block::Paragraph("Wort ".repeat(200)),
        ],
        ..Report::default()
    };
    let pages = paginate(&report, &face);
    assert_eq!(pages[0].kinds.last(), Some(&Kind::TableRow));
    assert_eq!(pages[1].kinds.first(), Some(&Kind::Heading));
}

#[test]
fn a_long_table_takes_the_pages_worked_out_by_hand() {
    // No title: every page's content runs from the top margin (50) to 841.89 − 50 − 26 = 765.89,
    // 715.89 pt. The header is 7.5 × 1.6 + 3 = 15 pt, a row 9 × 1.4 = 12.6 pt, so a page holds
    // (715.89 − 15) / 12.6 = 55.6 → 55 rows under its header.
    let face = Face::load().unwrap();
    let check = |rows: usize, expected_pages: usize| {
        let table = Table {
            header: strings(&["Posten", "Wert"]),
            rows: (0..rows).map(|n| Row::new(vec![format!("Posten {n}"), format!("{n} €")])).collect(),
        };
        let report = Report { lang: "en".into(), blocks: vec![Block::Table(table)], ..Report::default() };
        let pages = paginate(&report, &face);
        assert_eq!(pages.len(), expected_pages, "{rows} rows");
        assert_headers_repeated(&pages);
        let rows_on = |page: &Page| page.kinds.iter().filter(|kind| **kind == Kind::TableRow).count();
        assert_eq!(rows_on(&pages[0]), rows.min(55), "{rows} rows");
    };
    check(1, 1);
    check(55, 1);
    check(56, 2);
    check(110, 2);
    check(111, 3);
    check(200, 4); // 55 + 55 + 55 + 35
}

#[test]
fn a_page_break_starts_a_page_but_never_an_empty_one() {
    let face = Face::load().unwrap();
    let para = || Block::Paragraph("Text".into());
    let blocks = vec![Block::PageBreak, para(), Block::PageBreak, Block::PageBreak, para(), Block::PageBreak];
    let pages = paginate(&Report { blocks, ..Report::default() }, &face);
    assert_eq!(pages.len(), 2);
    assert_eq!(items(&Report::default(), &face).len(), 0);
}

#[test]
fn axis_ticks_are_nice_and_cover_the_values() {
    let check = |low: f64, high: f64, zero: bool, expected: &[f64], decimals: usize| {
        let axis = nice_axis(low, high, zero);
        assert_eq!(axis.ticks.len(), expected.len(), "{low}..{high}: {:?}", axis.ticks);
        for (tick, want) in axis.ticks.iter().zip(expected) {
            assert!((tick - want).abs() < 1e-9, "{low}..{high}: {:?}", axis.ticks);
        }
        assert_eq!(axis.decimals, decimals, "{low}..{high}");
    };
    // Range 1.72 / 4 = 0.43 → next nice step 0.5; −0.42 ↓ −0.5, 1.3 ↑ 1.5.
    check(-0.42, 1.3, false, &[-0.5, 0.0, 0.5, 1.0, 1.5], 1);
    // 3..97 with zero: 97 / 4 = 24.25 → 25; 0 to 100.
    check(3.0, 97.0, true, &[0.0, 25.0, 50.0, 75.0, 100.0], 0);
    // Without zero: 94 / 4 = 23.5 → 25; 3 ↓ 0, 97 ↑ 100.
    check(3.0, 97.0, false, &[0.0, 25.0, 50.0, 75.0, 100.0], 0);
    // 0.1 / 4 = 0.025 → 0.025 needs three places: 8.4 ↓ 8.4, 8.5 ↑ 8.5.
    check(8.4, 8.5, false, &[8.4, 8.425, 8.45, 8.475, 8.5], 3);
    // All equal at 5: lines get 2.5..7.5 (5 / 4 = 1.25 → 2): 2, 4, 6, 8; bars 0..5 → 2: 0..6.
    check(5.0, 5.0, false, &[2.0, 4.0, 6.0, 8.0], 0);
    check(5.0, 5.0, true, &[0.0, 2.0, 4.0, 6.0], 0);
    check(-3.0, -3.0, true, &[-3.0, -2.0, -1.0, 0.0], 0);
    // All zero: 0..1, 1 / 4 = 0.25 → 2.5 × 10⁻¹, two places.
    check(0.0, 0.0, true, &[0.0, 0.25, 0.5, 0.75, 1.0], 2);
    // Millions: 2.4e6 / 4 = 6e5 → 1e6; −0.4e6 ↓ −1e6, 2e6.
    check(-400_000.0, 2_000_000.0, true, &[-1e6, 0.0, 1e6, 2e6], 0);
    check(f64::NAN, 1.0, true, &[0.0, 1.0], 0);
    check(2.0, 1.0, true, &[0.0, 1.0], 0);
}

#[test]
fn numbers_follow_the_reports_language() {
    assert_eq!(format_number(1.5, 1, "de"), "1,5");
    assert_eq!(format_number(1.5, 1, "en"), "1.5");
    assert_eq!(format_number(-1_234_567.891, 2, "de"), "−1.234.567,89");
    assert_eq!(format_number(-1_234_567.891, 0, "en"), "−1,234,568");
    assert_eq!(format_number(-0.004, 2, "de"), "0,00");
    assert_eq!(format_number(999.0, 0, "de"), "999");
    assert_eq!(format_number(1000.0, 0, "de"), "1.000");
    assert_eq!(format_number(f64::NAN, 1, "de"), "");
}

/// Every op of the chart lies in its box at x 50, 495 wide and 230 high.
fn assert_in_chart_box(chart: &Chart, face: &Face) -> Vec<Op> {
    let ops = chart_ops(chart, face, "de", 50.0, 495.0, 230.0);
    for op in &ops {
        let (x0, y0, x1, y1) = op.bounds(face);
        let inside = x0 >= 49.99 && x1 <= 545.01 && y0 >= -0.01 && y1 <= 230.01;
        assert!(inside, "{}: outside the box ({x0}, {y0}, {x1}, {y1}): {op:?}", chart.title);
        if let Op::Line { points, .. } = op {
            assert!(points.iter().all(|(x, y)| x.is_finite() && y.is_finite()), "{op:?}");
        }
    }
    ops
}

#[test]
fn charts_stay_in_their_box_whatever_the_values() {
    let face = Face::load().unwrap();
    let with = |title: &str, kind: ChartKind, categories: &[&str], values: Vec<Vec<Option<f64>>>| Chart {
        title: title.into(),
        kind,
        categories: strings(categories),
        series: values
            .into_iter()
            .enumerate()
            .map(|(index, values)| Series { name: format!("Reihe {index}"), values, style: SeriesStyle::Solid })
            .collect(),
        unit: "%".into(),
    };
    let years = ["2025", "2026", "2027"];
    for kind in [ChartKind::Lines, ChartKind::Bars] {
        assert_in_chart_box(&Chart { kind, ..Chart::default() }, &face);
        assert_in_chart_box(&with("one category", kind, &["2025"], vec![vec![Some(-2.0)], vec![Some(3.0)]]), &face);
        assert_in_chart_box(&with("all equal", kind, &years, vec![vec![Some(4.2); 3]]), &face);
        assert_in_chart_box(
            &with("all missing", kind, &years, vec![vec![None, Some(f64::NAN), Some(f64::INFINITY)]]),
            &face,
        );
        assert_in_chart_box(&with("more values than labels", kind, &years, vec![vec![Some(1.0); 9]]), &face);
        assert_in_chart_box(&with("no labels", kind, &[], vec![vec![Some(1.0), Some(-1.0)]]), &face);
        assert_in_chart_box(&with("huge", kind, &years, vec![vec![Some(1e14), Some(-1e14), Some(1e300)]]), &face);
        let many = (0..20).map(|n| vec![Some(n as f64 - 10.0), Some(-(n as f64)), None]).collect();
        assert_in_chart_box(&with("twenty series", kind, &years, many), &face);
        let long_labels: Vec<String> = (0..60).map(|n| format!("Geschäftsjahr {n}")).collect();
        let long = Chart { categories: long_labels, ..with("sixty years", kind, &[], vec![vec![Some(1.0); 60]]) };
        assert_in_chart_box(&long, &face);
    }
}

#[test]
fn a_negative_bar_hangs_below_the_zero_line() {
    // Values −1 and 2: the axis runs −1, 0, 1, 2 (3 / 4 = 0.75 → step 1), so the zero line sits
    // a third up the plot, the bar for 2 twice as long as the one for −1 and above the line.
    let face = Face::load().unwrap();
    let chart = Chart {
        title: "EVA".into(),
        kind: ChartKind::Bars,
        categories: strings(&["2025", "2026"]),
        series: vec![Series { name: "Team".into(), values: vec![Some(-1.0), Some(2.0)], style: SeriesStyle::Solid }],
        unit: "Mio. €".into(),
    };
    let ops = assert_in_chart_box(&chart, &face);
    let zero = ops.iter().find_map(|op| match op {
        Op::Rule { y, ink: Ink::Muted, .. } => Some(*y),
        _ => None,
    });
    let bars: Vec<(f32, f32)> = ops
        .iter()
        .filter_map(|op| match op {
            Op::Block { y, height, ink: Ink::Series(0), .. } => Some((*y, *height)),
            _ => None,
        })
        .collect();
    let zero = zero.unwrap();
    // The two bars and the legend's swatch.
    let [(negative_top, negative), (positive_top, positive), _] = bars[..] else { panic!("{bars:?}") };
    assert!((negative_top - zero).abs() < 0.01, "the negative bar starts at the zero line");
    assert!((positive_top + positive - zero).abs() < 0.01, "the positive bar ends at the zero line");
    assert!((positive / negative - 2.0).abs() < 0.01, "{positive} vs {negative}");
    let labels: Vec<&str> = ops
        .iter()
        .filter_map(|op| match op {
            Op::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    for label in ["−1", "0", "1", "2", "2025", "2026", "Team", "Mio. €", "EVA"] {
        assert!(labels.contains(&label), "{label:?} not in {labels:?}");
    }
}

#[test]
fn english_reports_number_their_pages_in_english() {
    let face = Face::load().unwrap();
    let para = || Block::Paragraph("Text".into());
    let report = Report { lang: "en".into(), blocks: vec![para(), Block::PageBreak, para()], ..Report::default() };
    let pages = paginate(&report, &face);
    let footer =
        |page: &Page| page.chrome.iter().any(|op| matches!(op, Op::Text { text, .. } if text == "Page 2 of 2"));
    assert_eq!(pages.iter().map(footer).collect::<Vec<_>>(), [false, true]);
}

/// Runs a poppler tool; a missing tool fails the test with what to install.
pub(crate) fn poppler(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool).args(args).output().unwrap_or_else(|error| {
        panic!("`{tool}` could not be run ({error}): install poppler-utils (apt-get install -y poppler-utils)")
    });
    assert!(output.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The share of pixels in an 8-bit PNG that are clearly not white.
pub(crate) fn inked_share(path: &Path) -> f64 {
    let file = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let mut reader = png::Decoder::new(file).read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    let channels = info.color_type.samples();
    let pixels = &pixels[..info.buffer_size()];
    let inked = pixels.chunks(channels).filter(|pixel| pixel.iter().take(3).any(|&value| value < 200)).count();
    inked as f64 / (pixels.len() / channels) as f64
}

#[test]
fn the_report_reads_back_with_its_text_on_inked_pages() {
    let pdf = render(&sample()).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    // A copy to look at: pdftoppm -png -r 60 /tmp/wt-pdf-sample.pdf /tmp/wt-pdf-page
    let _ = std::fs::write(std::env::temp_dir().join("wt-pdf-sample.pdf"), &pdf);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let path = path.to_str().unwrap();

    let info = poppler("pdfinfo", &[path]);
    let field = |name: &str| info.lines().find_map(|line| line.strip_prefix(name)).map(str::trim);
    assert_eq!(field("Title:"), Some("Ergebnisse von Team Nordlicht"), "{info}");
    let pages: usize = field("Pages:").and_then(|pages| pages.parse().ok()).unwrap();
    assert!(pages >= 3, "{info}");

    let text = poppler("pdftotext", &[path, "-"]);
    let expected = [
        "Ergebnisse von Team Nordlicht",
        "Überblick",
        "Werttreiber Jahr für Jahr",
        "Forderungen (DSO)",
        "−0,42",
        "+3,4 Mio. €",
        "Größter Hebel",
        "Buchung 69",
        "Seite 1 von",
        "Seite 2 von",
        &format!("Seite {pages} von {pages}"),
        "Seed 4711",
        "EVA je Geschäftsjahr",
        "Team 8 – Wertbeitrag",
    ];
    for expected in expected {
        assert!(text.contains(expected), "{expected:?} missing from the PDF's text:\n{text}");
    }
    // The line chart's ticks with a decimal comma: its values run from (0 − 1.5) × 8 × 0.31 =
    // −3.72 to (4 − 1.5) × 8 × 0.31 = 6.2; 9.92 / 4 = 2.48 → steps of 2.5 from −5 to 7.5, all
    // with the one place 2.5 needs.
    for tick in ["−5,0", "−2,5", "0,0", "2,5", "7,5"] {
        assert!(text.lines().any(|line| line.trim() == tick), "no tick {tick:?}:\n{text}");
    }

    let prefix = dir.path().join("page");
    poppler("pdftoppm", &["-png", "-r", "40", path, prefix.to_str().unwrap()]);
    let mut pngs: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "png"))
        .collect();
    pngs.sort();
    assert_eq!(pngs.len(), pages);
    for png in &pngs {
        let share = inked_share(png);
        assert!(share > 0.02, "{}: {:.1} % inked", png.display(), share * 100.0);
    }
}
