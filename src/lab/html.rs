//! The value lab's one-page handout as a self-contained HTML page (inline CSS, no scripts,
//! nothing fetched from elsewhere) with the PDF's sections in the PDF's order, to open in a
//! browser or print on A4. Every text of the document is escaped here, where it meets markup.

use super::document::{Table, ValueDocument};

/// Deeper tree levels are indented as the deepest of these (as in the PDF).
const TREE_DEPTHS: usize = 6;

/// A figure column's cell longer than this may wrap.
const LONGEST_FIGURE_CHARS: usize = 24;

/// The handout's look on screen and on paper; colours as in the PDF.
const STYLE: &str = "\
@page { size: A4 portrait; margin: 16mm 17mm; }
* { box-sizing: border-box; }
body { margin: 0; background: #e5e9ee; color: #1f2937;
  font: 10pt/1.4 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; }
main { max-width: 210mm; margin: 2rem auto; padding: 16mm 17mm; background: #fff;
  box-shadow: 0 1px 6px rgba(0, 0, 0, 0.15); }
h1 { margin: 0; color: #1d4e89; font-size: 20pt; line-height: 1.2; }
h1::before { content: ''; display: block; width: 36pt; height: 3pt; margin-bottom: 9pt; background: #1d4e89; }
.subtitle { margin: 3pt 0 12pt; color: #5f6b7a; }
h2 { margin: 12pt 0 3pt; color: #1d4e89; font-size: 11pt; }
h3 { margin: 4pt 0 0; font-size: 9pt; }
.roles { display: grid; grid-template-columns: 1fr 1fr; column-gap: 18pt; }
p { margin: 0 0 4pt; font-size: 9pt; }
.figures { display: flex; flex-wrap: wrap; gap: 8pt; }
.figure { flex: 1 1 auto; min-width: 22%; background: #eef3f8; padding: 8pt; }
.figure .label { color: #5f6b7a; font-size: 7.5pt; }
.figure .value { color: #1d4e89; font-size: 16pt; font-weight: bold; white-space: nowrap; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; border-bottom: 0.5pt solid #b4bec9; }
th { color: #5f6b7a; font-size: 7.5pt; font-weight: bold; text-align: left;
  border-bottom: 0.75pt solid #1f2937; padding: 2pt 0 3pt; }
th, td { padding-left: 3pt; padding-right: 3pt; }
td { padding-top: 1.5pt; padding-bottom: 1.5pt; }
tbody tr:nth-child(even) { background: #eef3f8; }
th.num, td.num { text-align: right; padding-left: 16pt; white-space: nowrap;
  font-variant-numeric: tabular-nums; }
td.long { white-space: normal; }
tr.top td { font-weight: bold; }
footer { margin-top: 14pt; padding-top: 5pt; border-top: 0.5pt solid #b4bec9; color: #5f6b7a;
  font-size: 7pt; }
@media print {
  body { background: none; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  table, .figure { break-inside: avoid; }
}
";

/// The handout as one HTML5 page, `lang` from the document.
pub fn render(doc: &ValueDocument) -> String {
    let mut html = String::with_capacity(16 * 1024);
    html.push_str(&format!("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n", escape(&doc.lang)));
    html.push_str(
        "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
    );
    html.push_str(&format!(
        "<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape(&doc.title)
    ));
    html.push_str(&format!("<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n", escape(&doc.title), escape(&doc.subtitle)));
    key_figures(&mut html, &doc.key_figures);
    paragraphs(&mut html, &doc.headings.message, &doc.paragraphs);
    table(&mut html, &doc.headings.levers, &doc.levers);
    table(&mut html, &doc.headings.years, &doc.years);
    tree(&mut html, doc);
    if !doc.footnote.is_empty() {
        html.push_str(&format!("<footer>{}</footer>\n", escape(&doc.footnote)));
    }
    html.push_str("</main>\n</body>\n</html>\n");
    html
}

/// The text with the five characters that mean something in HTML written as references.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(ch),
        }
    }
    escaped
}

fn key_figures(html: &mut String, figures: &[(String, String)]) {
    if figures.is_empty() {
        return;
    }
    html.push_str("<div class=\"figures\">\n");
    for (label, value) in figures {
        html.push_str(&format!(
            "<div class=\"figure\"><div class=\"label\">{}</div><div class=\"value\">{}</div></div>\n",
            escape(label),
            escape(value)
        ));
    }
    html.push_str("</div>\n");
}

fn paragraphs(html: &mut String, heading: &str, paragraphs: &[(String, String)]) {
    if paragraphs.is_empty() {
        return;
    }
    html.push_str(&format!("<section>\n<h2>{}</h2>\n<div class=\"roles\">\n", escape(heading)));
    for (role, text) in paragraphs {
        html.push_str(&format!("<div class=\"role\"><h3>{}</h3>\n<p>{}</p></div>\n", escape(role), escape(text)));
    }
    html.push_str("</div>\n</section>\n");
}

/// A cell: the first column is text, the others are figures, right-aligned and kept on one
/// line unless they are long enough to be words (which would push the table off the page).
fn cell(tag: &str, column: usize, text: &str) -> String {
    let class = match column {
        0 => "",
        _ if text.chars().count() > LONGEST_FIGURE_CHARS => " class=\"num long\"",
        _ => " class=\"num\"",
    };
    format!("<{tag}{class}>{}</{tag}>", escape(text))
}

fn table(html: &mut String, heading: &str, table: &Table) {
    if table.header.is_empty() && table.rows.is_empty() {
        return;
    }
    html.push_str(&format!("<section>\n<h2>{}</h2>\n<table>\n<thead><tr>", escape(heading)));
    for (column, text) in table.header.iter().enumerate() {
        html.push_str(&cell("th", column, text));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        html.push_str("<tr>");
        for (column, text) in row.iter().enumerate() {
            html.push_str(&cell("td", column, text));
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table>\n</section>\n");
}

/// The tree excerpt: indented by depth, its top level bold.
fn tree(html: &mut String, doc: &ValueDocument) {
    if doc.tree.is_empty() {
        return;
    }
    let (label, before, with) = &doc.tree_columns;
    html.push_str(&format!("<section>\n<h2>{}</h2>\n<table>\n<thead><tr>", escape(&doc.headings.tree)));
    for (column, text) in [label, before, with].into_iter().enumerate() {
        html.push_str(&cell("th", column, text));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for (depth, label, before, with) in &doc.tree {
        let class = if *depth == 0 { " class=\"top\"" } else { "" };
        let indent_em = (*depth).min(TREE_DEPTHS) as f32 * 1.1;
        html.push_str(&format!(
            "<tr{class}><td style=\"padding-left: {indent_em:.1}em\">{}</td>{}{}</tr>\n",
            escape(label),
            cell("td", 1, before),
            cell("td", 2, with)
        ));
    }
    html.push_str("</tbody>\n</table>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lab::pdf::tests::sample;

    #[test]
    fn every_text_is_escaped() {
        let mut doc = sample();
        doc.levers.rows[0][0] = "<script>alert('x')</script> & \"Co\"".into();
        let html = render(&doc);
        assert!(!html.contains("<script"), "a lever name became markup");
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"));
        assert!(html.contains("Ersatzteile &amp; Lager"));
        assert!(!html.contains("Ersatzteile & Lager"));
    }

    #[test]
    fn the_page_is_german_self_contained_and_complete() {
        let doc = sample();
        let html = render(&doc);
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"de\">"));
        for (label, value) in &doc.key_figures {
            let figure =
                format!("<div class=\"label\">{}</div><div class=\"value\">{}</div>", escape(label), escape(value));
            assert!(html.contains(&figure), "{figure} missing");
        }
        assert!(!html.contains("src=") && !html.contains("href=") && !html.contains("url("), "nothing from elsewhere");
        assert!(
            html.contains("<td class=\"num\">−420.000 €</td>") || html.contains("<td class=\"num\">−310.000 €</td>")
        );
    }

    #[test]
    fn figures_stay_on_one_line_and_words_may_wrap() {
        assert_eq!(cell("th", 0, "Hebel"), "<th>Hebel</th>");
        assert_eq!(cell("td", 1, "+1.066.877 €"), "<td class=\"num\">+1.066.877 €</td>");
        let assumption = "30 Tage länger auf 2,4 Mio. € Einkauf";
        assert_eq!(cell("td", 2, assumption), format!("<td class=\"num long\">{assumption}</td>"));
    }

    #[test]
    fn sections_come_in_the_pdfs_order() {
        let doc = sample();
        let html = render(&doc);
        let at = |text: &str| html.find(&escape(text)).unwrap_or_else(|| panic!("{text:?} missing"));
        let order = [
            at(&doc.title),
            at(&doc.subtitle),
            at(&doc.key_figures[0].1),
            at(&doc.headings.message),
            at(&doc.headings.levers),
            at(&doc.headings.years),
            at(&doc.headings.tree),
            at(&doc.footnote),
        ];
        assert!(order.windows(2).all(|pair| pair[0] < pair[1]), "{order:?}");
    }
}
