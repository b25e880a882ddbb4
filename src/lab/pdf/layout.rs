//! The page as a whole: the document's blocks in order under the title, the footnote anchored at
//! the bottom, and the fitter that tries ever smaller type and ever shorter paragraphs until the
//! content stands above the footnote, or else scales it down into the room there is.

use super::MARGIN_PT;
use super::column::{Column, Row};
use crate::lab::document::{Table, ValueDocument};
use crate::pdf::font::Face;
use crate::pdf::ops::Op;

/// The lowest type scale before paragraphs are shortened (body text at 7.2 pt).
const SMALLEST_SCALE: f32 = 0.8;
/// Deeper tree levels are indented as the deepest of these.
const TREE_DEPTHS: usize = 6;

/// How much room the layout gets: the type scale and the longest a paragraph may be.
#[derive(Clone, Copy, Debug)]
pub(super) struct Fit {
    pub(super) scale: f32,
    pub(super) paragraph_lines: usize,
}

/// The attempts in order: full size, ever smaller type, then ever shorter paragraphs.
pub(super) fn fits_to_try() -> impl Iterator<Item = Fit> {
    let steps = ((1.0 - SMALLEST_SCALE) / 0.02).round() as usize;
    let scales = (0..=steps).map(|step| Fit { scale: 1.0 - 0.02 * step as f32, paragraph_lines: usize::MAX });
    let shortened = [8, 6, 4, 3, 2, 1].map(|lines| Fit { scale: SMALLEST_SCALE, paragraph_lines: lines });
    scales.chain(shortened)
}

/// The page's ops: the first fit that leaves the content above the footnote, or else the last
/// one with its content scaled down into the room there is.
pub(super) fn fitted_page(doc: &ValueDocument, face: &Face) -> Vec<Op> {
    let mut last = None;
    for fit in fits_to_try() {
        let page = lay_out(doc, face, fit);
        if page.fits() {
            return page.into_ops();
        }
        last = Some(page);
    }
    last.map(LaidOut::squeezed).unwrap_or_default()
}

/// One attempt's page: the content from the top, the footnote anchored at the bottom.
pub(super) struct LaidOut {
    content: Vec<Op>,
    content_bottom: f32,
    footnote: Vec<Op>,
    content_limit: f32,
}

impl LaidOut {
    pub(super) fn fits(&self) -> bool {
        self.content_bottom <= self.content_limit
    }

    fn into_ops(self) -> Vec<Op> {
        self.content.into_iter().chain(self.footnote).collect()
    }

    /// The content scaled down into the room above the footnote: small, but on the page.
    fn squeezed(self) -> Vec<Op> {
        let factor = (self.content_limit - MARGIN_PT) / (self.content_bottom - MARGIN_PT);
        self.content.into_iter().map(|op| op.scaled_about(MARGIN_PT, factor)).chain(self.footnote).collect()
    }
}

pub(super) fn lay_out(doc: &ValueDocument, face: &Face, fit: Fit) -> LaidOut {
    let mut footnote = Column::new(face, fit, 0.0);
    let footnote_top = footnote.footnote(&doc.footnote);
    let mut column = Column::new(face, fit, MARGIN_PT);
    column.title(&doc.title, &doc.subtitle);
    column.key_figures(&doc.key_figures);
    column.paragraphs(&doc.headings.message, &doc.paragraphs);
    column.table(&doc.headings.levers, &plain_rows(&doc.levers));
    column.table(&doc.headings.years, &plain_rows(&doc.years));
    column.table(&doc.headings.tree, &tree_rows(doc, fit.scale));
    LaidOut { content_bottom: column.y, content: column.ops, content_limit: footnote_top, footnote: footnote.ops }
}

/// The header row first, then the rows.
fn plain_rows(table: &Table) -> Vec<Row<'_>> {
    let header = Row { cells: table.header.iter().map(String::as_str).collect(), indent: 0.0, bold: false };
    let rows =
        table.rows.iter().map(|row| Row { cells: row.iter().map(String::as_str).collect(), indent: 0.0, bold: false });
    if table.header.is_empty() && table.rows.is_empty() {
        Vec::new()
    } else {
        std::iter::once(header).chain(rows).collect()
    }
}

/// The tree excerpt as a table: indented by depth, its top level bold.
fn tree_rows(doc: &ValueDocument, scale: f32) -> Vec<Row<'_>> {
    if doc.tree.is_empty() {
        return Vec::new();
    }
    let (label, before, with) = &doc.tree_columns;
    let header = Row { cells: vec![label, before, with], indent: 0.0, bold: false };
    let rows = doc.tree.iter().map(|(depth, label, before, with)| Row {
        cells: vec![label, before, with],
        indent: (*depth).min(TREE_DEPTHS) as f32 * 10.0 * scale,
        bold: *depth == 0,
    });
    std::iter::once(header).chain(rows).collect()
}
