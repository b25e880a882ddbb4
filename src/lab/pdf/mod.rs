//! The value lab's one-page handout as an A4 PDF. krilla writes the page, the rules and the
//! embedded font but lays out no text, so this module holds the little layout the page needs: a
//! greedy word wrapper on the font's advance widths (`crate::pdf::font`, shared with the reports),
//! key-figure tiles, tables and paragraphs set from the top down (`column`), and a fitter that
//! shrinks the type (then shortens the paragraphs) until everything stands on one page
//! (`layout`); `crate::pdf::ops` draws the result.
//!
//! Architecture Invariant: nothing is drawn outside the page's margins, whatever the document
//! holds; the last resort scales the whole content down rather than letting it run off.

mod column;
mod layout;
#[cfg(test)]
pub(crate) mod tests;

use krilla::Document;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;

use self::layout::fitted_page;
use super::document::ValueDocument;
pub use crate::pdf::PdfError;
use crate::pdf::font::{Face, krilla_font};
use crate::pdf::ops::draw;

use crate::pdf::{PAGE_HEIGHT_PT, PAGE_WIDTH_PT};

const MARGIN_PT: f32 = 50.0;
const TEXT_WIDTH_PT: f32 = PAGE_WIDTH_PT - 2.0 * MARGIN_PT;

/// The handout as a one-page A4 PDF, with `doc.title` and `doc.lang` in its metadata.
pub fn render(doc: &ValueDocument) -> Result<Vec<u8>, PdfError> {
    let face = Face::load()?;
    let font = krilla_font()?;
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
