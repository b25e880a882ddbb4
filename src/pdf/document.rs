//! A report as plain data: every text already worded and formatted in the report's language, the
//! charts' values as plain numbers, so that whoever fills a report needs nothing of the layout and
//! the renderer needs nothing of the game.

/// A multi-page A4 report: a title block on the first page, then the blocks in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// The language tag, `de` or `en`: the PDF's language, the page numbers' wording ("Seite 2
    /// von 5", "Page 2 of 5") and the charts' number format (decimal comma for `de`).
    pub lang: String,
    /// The title on the first page, in the running head of the others and in the PDF's metadata.
    pub title: String,
    /// The line under the title (team, game, date).
    pub subtitle: String,
    /// Small print at the foot of every page (scenario, seed, version).
    pub footer: String,
    /// The content, top to bottom.
    pub blocks: Vec<Block>,
}

/// One piece of content.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// Starts a section; kept on the page of the block after it, never alone at a page's bottom.
    Heading(String),
    /// Starts a subsection; kept with the block after it like a heading.
    Subheading(String),
    /// Body text, wrapped to the text width (it may continue on the next page).
    Paragraph(String),
    /// A list, each item wrapped under its bullet.
    Bullets(Vec<String>),
    /// Key figures as tiles of (label, value), at most four in a row.
    KeyFigures(Vec<(String, String)>),
    /// A table; it continues on the next page with its header repeated.
    Table(Table),
    /// A vector chart; one that does not fit on the rest of a page starts the next one.
    Chart(Chart),
    /// The next block starts a new page.
    PageBreak,
}

/// A table: the first column text (left), the others figures (right-aligned).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// Column headings.
    pub header: Vec<String>,
    /// The rows, each as long as the header (missing cells stay empty, extra ones are left out).
    pub rows: Vec<Row>,
}

/// One row of a [`Table`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// The cells, the first one the row's label.
    pub cells: Vec<String>,
    /// How deep the label is indented (0 = flush; a driver tree's levels), at most 6 levels.
    pub indent: u8,
    /// A total or a tree's top: the whole row in bold.
    pub bold: bool,
}

impl Row {
    /// A plain row: flush and regular.
    pub fn new(cells: Vec<String>) -> Self {
        Row { cells, indent: 0, bold: false }
    }
}

/// A chart of values per category (years, rounds) with a title, an axis unit and a legend.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Chart {
    /// Above the plot, e.g. "EVA je Jahr".
    pub title: String,
    /// Lines with point markers, or bars grouped per category.
    pub kind: ChartKind,
    /// The x labels, e.g. the years; one value of every series per category.
    pub categories: Vec<String>,
    /// Up to eight series tell apart by colour; more repeat the palette.
    pub series: Vec<Series>,
    /// The value axis' unit, e.g. "Mio. €" or "%".
    pub unit: String,
}

/// How a chart draws its series.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ChartKind {
    /// A line per series with a marker on each value.
    #[default]
    Lines,
    /// Bars side by side per category, from the zero line up or down.
    Bars,
}

/// One series of a [`Chart`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    /// The legend's entry.
    pub name: String,
    /// One value per category, in the axis' unit; `None`, NaN and infinities are left out.
    /// Floats only for drawing: money stays `Decimal` wherever it is computed.
    pub values: Vec<Option<f64>>,
    /// How the series stands out.
    pub style: SeriesStyle,
}

/// How a series is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SeriesStyle {
    /// A line (or bars) in the series' colour.
    #[default]
    Solid,
    /// A dashed line without markers, for a reference such as the WACC; drawn as a line over
    /// the bars in a bar chart too.
    Dashed,
    /// The series to look at (one's own team): a thicker line, or bars with a dark edge.
    Highlight,
}
