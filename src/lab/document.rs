//! The value message as a document: every text and figure of the one-page handout for the
//! customer meeting, already worded and formatted in the message's language, so that the PDF
//! and the HTML page only lay it out (and show the same thing).

use serde::Serialize;

/// One page for the customer meeting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ValueDocument {
    /// The document's language tag, `de` or `en` (for the HTML `lang` attribute).
    pub lang: String,
    /// Heading: the offer's name.
    pub title: String,
    /// Second line: for whom, from whom, on which figures ("Hessler GmbH · Angebot der …").
    pub subtitle: String,
    /// The key figures as (label, value), e.g. ("ΔEVA über 3 Jahre", "+1.066.877 €").
    pub key_figures: Vec<(String, String)>,
    /// The value message: one paragraph per buying-centre role, as (role heading, text).
    pub paragraphs: Vec<(String, String)>,
    /// The lever table.
    pub levers: Table,
    /// The year table (ΔEBIT, ΔCE, ΔEVA, cash flow per contract year).
    pub years: Table,
    /// The driver-tree excerpt: (depth, label, before, with the offer).
    pub tree: Vec<(usize, String, String, String)>,
    /// Headings of the tree excerpt's value columns.
    pub tree_columns: (String, String, String),
    /// Section headings: levers, years, tree, message.
    pub headings: Headings,
    /// The small print: base year, WACC, the unwind rule, the source of the figures.
    pub footnote: String,
}

/// A table with a header row; the first column is text, the others are figures (right-aligned).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Table {
    /// Column headings.
    pub header: Vec<String>,
    /// Rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
}

/// The document's section headings in its language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Headings {
    /// Above the paragraphs.
    pub message: String,
    /// Above the lever table.
    pub levers: String,
    /// Above the year table.
    pub years: String,
    /// Above the tree excerpt.
    pub tree: String,
}
