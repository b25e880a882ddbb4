//! The value lab's one-page handout as an A4 PDF. krilla writes the page, the rules and the
//! embedded font but lays out no text, so this module holds the little layout the page needs: a
//! greedy word wrapper on the font's advance widths (`font`), key-figure tiles, tables and
//! paragraphs set from the top down (`column`), and a fitter that shrinks the type (then shortens
//! the paragraphs) until everything stands on one page (`layout`); `ops` draws the result.
//!
//! Architecture Invariant: nothing is drawn outside the page's margins, whatever the document
//! holds; the last resort scales the whole content down rather than letting it run off.

mod column;
mod font;
mod layout;
mod ops;
#[cfg(test)]
pub(crate) mod tests;

use krilla::Document;
use krilla::error::KrillaError;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::text::Font;
use thiserror::Error;

use self::font::{FONT_BYTES, Face};
use self::layout::fitted_page;
use self::ops::draw;
use super::document::ValueDocument;

/// A4 portrait (210 × 297 mm) in PostScript points.
const PAGE_WIDTH_PT: f32 = 595.28;
const PAGE_HEIGHT_PT: f32 = 841.89;
const MARGIN_PT: f32 = 50.0;
const TEXT_WIDTH_PT: f32 = PAGE_WIDTH_PT - 2.0 * MARGIN_PT;

/// Why the handout could not be written.
#[derive(Debug, Error)]
pub enum PdfError {
    /// The embedded font's tables could not be read for glyphs and widths.
    #[error("the handout font cannot be read: {0}")]
    FontUnreadable(String),
    /// krilla did not accept the embedded font.
    #[error("the PDF writer does not accept the handout font")]
    FontRejected,
    /// krilla did not accept the page size.
    #[error("the PDF writer does not accept an A4 page")]
    PageSize,
    /// krilla failed while writing the document.
    #[error("the PDF cannot be written: {0}")]
    Write(#[from] KrillaError),
}

/// The handout as a one-page A4 PDF, with `doc.title` and `doc.lang` in its metadata.
pub fn render(doc: &ValueDocument) -> Result<Vec<u8>, PdfError> {
    let face = Face::load()?;
    let font = Font::new(FONT_BYTES.into(), 0).ok_or(PdfError::FontRejected)?;
    let ops = fitted_page(doc, &face);
    let mut metadata = Metadata::new().title(doc.title.clone());
    if !doc.lang.is_empty() {
        metadata = metadata.language(doc.lang.clone());
    }
    let mut document = Document::new();
    document.set_metadata(metadata);
    let settings = PageSettings::from_wh(PAGE_WIDTH_PT, PAGE_HEIGHT_PT).ok_or(PdfError::PageSize)?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    for op in &ops {
        draw(&mut surface, op, &face, &font);
    }
    surface.finish();
    page.finish();
    Ok(document.finish()?)
}
