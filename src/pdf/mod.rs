//! Multi-page A4 reports as PDF: a plain document model ([`Report`]) and its renderer, for
//! results of a business game year by year or the trainer's report of the room. krilla writes the
//! pages, the vector paths and the embedded font but lays out no text, so this module holds the
//! layout a report needs: the face's measuring and word wrapping (`font`, shared with the value
//! lab's handout), the blocks set as unbreakable pieces (`blocks`, `table`, `chart`), the pieces
//! flowed onto pages with headings kept with what follows (`pages`), and `ops` to draw them.
//!
//! Architecture Invariant: nothing is drawn outside the page's margins, whatever the report
//! holds: words wider than a line are broken, cells and labels are cut with "…", tables continue
//! on the next page and every piece is at most a page's content high.

mod blocks;
mod chart;
mod document;
pub(crate) mod font;
mod number;
pub(crate) mod ops;
mod pages;
mod table;
#[cfg(test)]
pub(crate) use self::table::capped_to;
pub(crate) use self::table::fitted_widths;
#[cfg(test)]
pub(crate) mod tests;
mod ticks;

use krilla::Document;
use krilla::error::KrillaError;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use thiserror::Error;

pub use self::document::{Block, Chart, ChartKind, Report, Row, Series, SeriesStyle, Table};
use self::font::{Face, krilla_font};
pub use self::number::format_number;
use self::ops::draw;
use self::pages::paginate;

/// A4 portrait (210 × 297 mm) in PostScript points.
pub(crate) const PAGE_WIDTH_PT: f32 = 595.28;
pub(crate) const PAGE_HEIGHT_PT: f32 = 841.89;
/// The report's margins on all four sides; the footer stands inside the bottom one's line.
const MARGIN_PT: f32 = 50.0;
const TEXT_WIDTH_PT: f32 = PAGE_WIDTH_PT - 2.0 * MARGIN_PT;

/// Why a PDF could not be written.
#[derive(Debug, Error)]
pub enum PdfError {
    /// The embedded font's tables could not be read for glyphs and widths.
    #[error("the PDF font cannot be read: {0}")]
    FontUnreadable(String),
    /// krilla did not accept the embedded font.
    #[error("the PDF writer does not accept the font")]
    FontRejected,
    /// krilla did not accept the page size.
    #[error("the PDF writer does not accept an A4 page")]
    PageSize,
    /// krilla failed while writing the document.
    #[error("the PDF cannot be written: {0}")]
    Write(#[from] KrillaError),
}

/// The report as A4 pages, with `report.title` and `report.lang` in the PDF's metadata.
pub fn render(report: &Report) -> Result<Vec<u8>, PdfError> {
    let face = Face::load()?;
    let font = krilla_font()?;
    let pages = paginate(report, &face);
    let mut metadata = Metadata::new().title(report.title.clone());
    if !report.lang.is_empty() {
        metadata = metadata.language(report.lang.clone());
    }
    let mut document = Document::new();
    document.set_metadata(metadata);
    for page_ops in &pages {
        let settings = PageSettings::from_wh(PAGE_WIDTH_PT, PAGE_HEIGHT_PT).ok_or(PdfError::PageSize)?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for op in page_ops.ops() {
            draw(&mut surface, op, &face, &font);
        }
        surface.finish();
        page.finish();
    }
    Ok(document.finish()?)
}
