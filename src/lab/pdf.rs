//! The value lab's one-page handout as an A4 PDF. krilla writes the page, the rules and the
//! embedded font but lays out no text, so this file holds the little layout the page needs: a
//! greedy word wrapper on the font's advance widths, key-figure tiles, tables, and a fitter that
//! shrinks the type (then shortens the paragraphs) until everything stands on one page.
//!
//! Architecture Invariant: nothing is drawn outside the page's margins, whatever the document
//! holds; the last resort scales the whole content down rather than letting it run off.

use std::ops::Range;

use krilla::Document;
use krilla::color::rgb;
use krilla::error::KrillaError;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla_skrifa::charmap::Charmap;
use krilla_skrifa::instance::{LocationRef, Size};
use krilla_skrifa::metrics::GlyphMetrics;
use krilla_skrifa::{FontRef, MetadataProvider};
use thiserror::Error;

use super::document::{Table, ValueDocument};

/// DejaVu Sans: every glyph of German and English text, the euro and the minus sign.
static FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// A4 portrait (210 × 297 mm) in PostScript points.
const PAGE_WIDTH_PT: f32 = 595.28;
const PAGE_HEIGHT_PT: f32 = 841.89;
const MARGIN_PT: f32 = 50.0;
const TEXT_WIDTH_PT: f32 = PAGE_WIDTH_PT - 2.0 * MARGIN_PT;
/// The lowest type scale before paragraphs are shortened (body text at 7.2 pt).
const SMALLEST_SCALE: f32 = 0.8;
/// How many lines a title, a subtitle, a key figure's label and the footnote may take at most.
const TITLE_LINES: usize = 2;
const LABEL_LINES: usize = 2;
const FOOTNOTE_LINES: usize = 5;
/// Deeper tree levels are indented as the deepest of these.
const TREE_DEPTHS: usize = 6;

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

/// The handout's colours: ink for text, muted for labels, one accent, rules and tile fills.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Ink {
    Text,
    Muted,
    Accent,
    Rule,
    Tile,
}

impl Ink {
    fn color(self) -> rgb::Color {
        match self {
            Ink::Text => rgb::Color::new(0x1f, 0x29, 0x37),
            Ink::Muted => rgb::Color::new(0x5f, 0x6b, 0x7a),
            Ink::Accent => rgb::Color::new(0x1d, 0x4e, 0x89),
            Ink::Rule => rgb::Color::new(0xb4, 0xbe, 0xc9),
            Ink::Tile => rgb::Color::new(0xee, 0xf3, 0xf8),
        }
    }
}

/// One thing on the page, in points from the page's top left corner.
#[derive(Clone, Debug, PartialEq)]
enum Op {
    /// A line of text starting at `x` on the `baseline`; bold is the glyphs' outline stroked too.
    Text { x: f32, baseline: f32, size: f32, ink: Ink, bold: bool, text: String },
    /// A horizontal rule.
    Rule { x0: f32, x1: f32, y: f32, width: f32, ink: Ink },
    /// A filled rectangle.
    Block { x: f32, y: f32, width: f32, height: f32, ink: Ink },
}

impl Op {
    /// The op scaled by `factor` about the top left corner of the text area.
    fn scaled(self, factor: f32) -> Op {
        let at = |v: f32| MARGIN_PT + (v - MARGIN_PT) * factor;
        match self {
            Op::Text { x, baseline, size, ink, bold, text } => {
                Op::Text { x: at(x), baseline: at(baseline), size: size * factor, ink, bold, text }
            }
            Op::Rule { x0, x1, y, width, ink } => {
                Op::Rule { x0: at(x0), x1: at(x1), y: at(y), width: width * factor, ink }
            }
            Op::Block { x, y, width, height, ink } => {
                Op::Block { x: at(x), y: at(y), width: width * factor, height: height * factor, ink }
            }
        }
    }
}

fn draw(surface: &mut Surface<'_>, op: &Op, face: &Face, font: &Font) {
    match op {
        Op::Text { x, baseline, size, ink, bold, text } => {
            let paint = ink.color().into();
            surface.set_fill(Some(Fill { paint, ..Fill::default() }));
            let outline = Stroke { paint: ink.color().into(), width: size * 0.035, ..Stroke::default() };
            // The repository has DejaVu Sans in one weight: bold is its outline stroked as well.
            surface.set_stroke(bold.then_some(outline));
            let glyphs = face.glyphs(text);
            surface.draw_glyphs(Point::from_xy(*x, *baseline), &glyphs, font.clone(), text, *size, false);
        }
        Op::Rule { x0, x1, y, width, ink } => {
            let mut path = PathBuilder::new();
            path.move_to(*x0, *y);
            path.line_to(*x1, *y);
            surface.set_fill(None);
            surface.set_stroke(Some(Stroke { paint: ink.color().into(), width: *width, ..Stroke::default() }));
            if let Some(path) = path.finish() {
                surface.draw_path(&path);
            }
        }
        Op::Block { x, y, width, height, ink } => {
            let mut path = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, *y, *width, *height) {
                path.push_rect(rect);
            }
            surface.set_stroke(None);
            surface.set_fill(Some(Fill { paint: ink.color().into(), ..Fill::default() }));
            if let Some(path) = path.finish() {
                surface.draw_path(&path);
            }
        }
    }
}

/// The font's glyphs and widths (in em) as skrifa reads them, for measuring and drawing alike.
struct Face {
    charmap: Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    ascent_em: f32,
    descent_em: f32,
}

impl Face {
    fn load() -> Result<Self, PdfError> {
        let font = FontRef::new(FONT_BYTES).map_err(|error| PdfError::FontUnreadable(error.to_string()))?;
        let em = Size::new(1.0);
        let metrics = font.metrics(em, LocationRef::default());
        Ok(Face {
            charmap: font.charmap(),
            metrics: font.glyph_metrics(em, LocationRef::default()),
            ascent_em: metrics.ascent,
            descent_em: metrics.descent.abs(),
        })
    }

    /// A character's glyph and advance; control characters show as spaces, unknown ones as the
    /// font's empty box.
    fn glyph(&self, ch: char) -> (krilla_skrifa::GlyphId, f32) {
        let ch = if ch.is_control() { ' ' } else { ch };
        let glyph = self.charmap.map(ch).unwrap_or(krilla_skrifa::GlyphId::NOTDEF);
        (glyph, self.metrics.advance_width(glyph).unwrap_or(0.0))
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|ch| self.glyph(ch).1).sum::<f32>() * size
    }

    /// The text's glyphs one per character, each mapped back to its character for copy and search.
    fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
        let glyph = |(at, ch): (usize, char)| {
            let (id, advance) = self.glyph(ch);
            KrillaGlyph::new(GlyphId::new(id.to_u32()), advance, 0.0, 0.0, 0.0, at..at + ch.len_utf8(), None)
        };
        text.char_indices().map(glyph).collect()
    }

    /// Where the baseline sits in a line of `size` × `leading` that starts at `top`.
    fn baseline(&self, top: f32, size: f32, leading: f32) -> f32 {
        top + (leading * size - (self.ascent_em + self.descent_em) * size) / 2.0 + self.ascent_em * size
    }

    /// The text in lines no wider than `width`, broken greedily between words (a word wider than
    /// the line is broken between characters).
    fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let space = self.width(" ", size);
        let mut lines = Vec::new();
        let (mut line, mut line_width) = (String::new(), 0.0);
        for word in glued_words(text) {
            let word = word.as_str();
            let word_width = self.width(word, size);
            if !line.is_empty() && line_width + space + word_width <= width {
                line.push(' ');
                line.push_str(word);
                line_width += space + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut rest = word;
            loop {
                let cut = self.fitting_prefix(rest, size, width);
                if cut == rest.len() {
                    break;
                }
                let cut = if cut == 0 { rest.chars().next().map_or(rest.len(), char::len_utf8) } else { cut };
                lines.push(rest[..cut].to_string());
                rest = &rest[cut..];
            }
            line = rest.to_string();
            line_width = self.width(rest, size);
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// The byte length of the longest prefix that fits `width`.
    fn fitting_prefix(&self, text: &str, size: f32, width: f32) -> usize {
        let mut used = 0.0;
        for (at, ch) in text.char_indices() {
            used += self.glyph(ch).1 * size;
            if used > width {
                return at;
            }
        }
        text.len()
    }

    /// [`Face::wrap`] kept to `max_lines`, the last one ending in "…" where text was left out.
    fn wrap_at_most(&self, text: &str, size: f32, width: f32, max_lines: usize) -> Vec<String> {
        let mut lines = self.wrap(text, size, width);
        if lines.len() > max_lines {
            lines.truncate(max_lines.max(1));
            if let Some(last) = lines.last_mut() {
                *last = self.ellipsized(&format!("{last} …"), size, width);
            }
        }
        lines
    }

    /// The text on one line of `width`, cut and ending in "…" if it is wider.
    fn ellipsized(&self, text: &str, size: f32, width: f32) -> String {
        let text = text.trim();
        if self.width(text, size) <= width {
            return text.to_string();
        }
        let cut = self.fitting_prefix(text, size, width - self.width("…", size));
        format!("{}…", text[..cut].trim_end())
    }
}

/// How much room the layout gets: the type scale and the longest a paragraph may be.
#[derive(Clone, Copy, Debug)]
struct Fit {
    scale: f32,
    paragraph_lines: usize,
}

/// The attempts in order: full size, ever smaller type, then ever shorter paragraphs.
fn fits_to_try() -> impl Iterator<Item = Fit> {
    let steps = ((1.0 - SMALLEST_SCALE) / 0.02).round() as usize;
    let scales = (0..=steps).map(|step| Fit { scale: 1.0 - 0.02 * step as f32, paragraph_lines: usize::MAX });
    let shortened = [8, 6, 4, 3, 2, 1].map(|lines| Fit { scale: SMALLEST_SCALE, paragraph_lines: lines });
    scales.chain(shortened)
}

/// The page's ops: the first fit that leaves the content above the footnote, or else the last
/// one with its content scaled down into the room there is.
fn fitted_page(doc: &ValueDocument, face: &Face) -> Vec<Op> {
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
struct LaidOut {
    content: Vec<Op>,
    content_bottom: f32,
    footnote: Vec<Op>,
    content_limit: f32,
}

impl LaidOut {
    fn fits(&self) -> bool {
        self.content_bottom <= self.content_limit
    }

    fn into_ops(self) -> Vec<Op> {
        self.content.into_iter().chain(self.footnote).collect()
    }

    /// The content scaled down into the room above the footnote: small, but on the page.
    fn squeezed(self) -> Vec<Op> {
        let factor = (self.content_limit - MARGIN_PT) / (self.content_bottom - MARGIN_PT);
        self.content.into_iter().map(|op| op.scaled(factor)).chain(self.footnote).collect()
    }
}

fn lay_out(doc: &ValueDocument, face: &Face, fit: Fit) -> LaidOut {
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

/// A table's row as laid out: its cells, the first one indented and perhaps bold.
struct Row<'a> {
    cells: Vec<&'a str>,
    indent: f32,
    bold: bool,
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

/// How a run of text is set: size in points, line height as a multiple of it, colour, weight.
#[derive(Clone, Copy, Debug)]
struct Type {
    size: f32,
    leading: f32,
    ink: Ink,
    bold: bool,
}

impl Type {
    fn new(size: f32, leading: f32, ink: Ink) -> Self {
        Type { size, leading, ink, bold: false }
    }

    fn bold(self) -> Self {
        Type { bold: true, ..self }
    }

    fn line_height(self) -> f32 {
        self.size * self.leading
    }
}

/// A table's columns: their widths (the text column's first), the gap before each figure
/// column and the inset of the cells from the table's edges.
struct Columns {
    widths: Vec<f32>,
    gap: f32,
    inset: f32,
}

/// The page filled from the top down: a cursor `y` and the ops so far.
struct Column<'f> {
    face: &'f Face,
    scale: f32,
    paragraph_lines: usize,
    y: f32,
    ops: Vec<Op>,
}

impl<'f> Column<'f> {
    fn new(face: &'f Face, fit: Fit, top: f32) -> Self {
        Column { face, scale: fit.scale, paragraph_lines: fit.paragraph_lines, y: top, ops: Vec::new() }
    }

    /// One line of text whose line box starts at `top`.
    fn text(&mut self, x: f32, top: f32, set: Type, text: &str) {
        let baseline = self.face.baseline(top, set.size, set.leading);
        self.ops.push(Op::Text { x, baseline, size: set.size, ink: set.ink, bold: set.bold, text: text.to_string() });
    }

    /// Lines one under the other from `top`; returns where they end.
    fn lines_at(&mut self, x: f32, top: f32, lines: &[String], set: Type) -> f32 {
        let mut y = top;
        for line in lines {
            self.text(x, y, set, line);
            y += set.line_height();
        }
        y
    }

    /// Lines across the text width at the cursor, which moves below them.
    fn lines(&mut self, lines: &[String], set: Type) {
        self.y = self.lines_at(MARGIN_PT, self.y, lines, set);
    }

    fn rule(&mut self, y: f32, width: f32, ink: Ink) {
        self.ops.push(Op::Rule { x0: MARGIN_PT, x1: MARGIN_PT + TEXT_WIDTH_PT, y, width, ink });
    }

    fn title(&mut self, title: &str, subtitle: &str) {
        let s = self.scale;
        self.ops.push(Op::Block { x: MARGIN_PT, y: self.y, width: 36.0 * s, height: 3.0 * s, ink: Ink::Accent });
        self.y += 12.0 * s;
        let set = Type::new(21.0 * s, 1.2, Ink::Accent).bold();
        let lines = self.face.wrap_at_most(title, set.size, TEXT_WIDTH_PT, TITLE_LINES);
        self.lines(&lines, set);
        self.y += 3.0 * s;
        let set = Type::new(10.0 * s, 1.35, Ink::Muted);
        let lines = self.face.wrap_at_most(subtitle, set.size, TEXT_WIDTH_PT, TITLE_LINES);
        self.lines(&lines, set);
        self.y += 14.0 * s;
    }

    /// The key figures as tiles, at most four in a row and each as wide as its value needs at
    /// one size; the rows fill the text width and are as even as their number allows.
    fn key_figures(&mut self, figures: &[(String, String)]) {
        if figures.is_empty() {
            return;
        }
        let s = self.scale;
        let (gap, pad) = (8.0 * s, 8.0 * s);
        let label_set = Type::new(7.5 * s, 1.3, Ink::Muted);
        let value_size = 16.0 * s;
        let narrowest = (TEXT_WIDTH_PT - 3.0 * gap) / 4.0;
        let needed: Vec<f32> = figures
            .iter()
            .map(|(label, value)| {
                let label_width = self.face.width(label, label_set.size) / LABEL_LINES as f32 * 1.2;
                (self.face.width(value, value_size).max(label_width) + 2.0 * pad).clamp(narrowest, TEXT_WIDTH_PT)
            })
            .collect();
        for row in tile_rows(&needed, gap) {
            let (row_figures, row_needed) = (&figures[row.clone()], &needed[row]);
            let spare = (TEXT_WIDTH_PT - row_needed.iter().sum::<f32>() - gap * (row_needed.len() - 1) as f32)
                / row_needed.len() as f32;
            let widths: Vec<f32> = row_needed.iter().map(|width| width + spare.max(0.0)).collect();
            let labels: Vec<Vec<String>> = row_figures
                .iter()
                .zip(&widths)
                .map(|((label, _), width)| {
                    self.face.wrap_at_most(label, label_set.size, width - 2.0 * pad, LABEL_LINES)
                })
                .collect();
            let label_lines = labels.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let value_height = value_size * 1.2;
            let height = 2.0 * pad + label_lines as f32 * label_set.line_height() + 4.0 * s + value_height;
            let mut x = MARGIN_PT;
            for (((_, value), label), width) in row_figures.iter().zip(&labels).zip(&widths) {
                let inner = width - 2.0 * pad;
                self.ops.push(Op::Block { x, y: self.y, width: *width, height, ink: Ink::Tile });
                self.lines_at(x + pad, self.y + pad, label, label_set);
                // A value wider than the whole line gets smaller type rather than its own row.
                let size = value_size.min(inner / self.face.width(value, 1.0).max(f32::EPSILON));
                let value_set = Type::new(size, value_height / size, Ink::Accent).bold();
                let value = self.face.ellipsized(value, size, inner);
                self.text(x + pad, self.y + height - pad - value_height, value_set, &value);
                x += width + gap;
            }
            self.y += height + gap;
        }
        self.y += 2.0 * s;
    }

    fn heading(&mut self, heading: &str) {
        let s = self.scale;
        let set = Type::new(11.0 * s, 1.3, Ink::Accent).bold();
        self.y += 8.0 * s;
        let line = self.face.ellipsized(heading, set.size, TEXT_WIDTH_PT);
        self.lines(&[line], set);
        self.y += 3.0 * s;
    }

    /// The value message in two columns, row by row: each role's heading in bold over its
    /// paragraph (half the text width keeps the lines at a readable length).
    fn paragraphs(&mut self, heading: &str, paragraphs: &[(String, String)]) {
        if paragraphs.is_empty() {
            return;
        }
        self.heading(heading);
        let s = self.scale;
        let gap = 18.0 * s;
        let width = (TEXT_WIDTH_PT - gap) / 2.0;
        let body = Type::new(9.0 * s, 1.33, Ink::Text);
        for pair in paragraphs.chunks(2) {
            let mut bottom = self.y;
            for (index, (role, text)) in pair.iter().enumerate() {
                let x = MARGIN_PT + index as f32 * (width + gap);
                let role = self.face.ellipsized(role, body.size, width);
                let top = self.lines_at(x, self.y, &[role], body.bold());
                let lines = self.face.wrap_at_most(text, body.size, width, self.paragraph_lines);
                bottom = bottom.max(self.lines_at(x, top, &lines, body));
            }
            self.y = bottom + 6.0 * s;
        }
    }

    /// A table under its heading: the first row is the header (small, muted, a rule beneath),
    /// the first column text on the left, the other columns figures on the right (widths as in
    /// [`Column::columns`]); every other row is shaded to lead the eye across.
    fn table(&mut self, heading: &str, rows: &[Row<'_>]) {
        let Some((header, body)) = rows.split_first() else { return };
        self.heading(heading);
        let s = self.scale;
        let (mut body_set, mut header_set) = (Type::new(9.0 * s, 1.42, Ink::Text), Type::new(7.5 * s, 1.6, Ink::Muted));
        let columns = self.columns(rows, &mut body_set, &mut header_set);
        self.table_row(header, header_set, &columns);
        self.rule(self.y, 0.7 * s, Ink::Text);
        self.y += 2.0 * s;
        for (index, row) in body.iter().enumerate() {
            if index % 2 == 1 {
                let height = body_set.line_height();
                self.ops.push(Op::Block { x: MARGIN_PT, y: self.y, width: TEXT_WIDTH_PT, height, ink: Ink::Tile });
            }
            self.table_row(row, Type { bold: row.bold, ..body_set }, &columns);
        }
        self.y += 1.0 * s;
        self.rule(self.y, 0.4 * s, Ink::Rule);
        self.y += 4.0 * s;
    }

    /// The columns for the rows (the first the header). Figure columns share one width where
    /// that leaves the text column its own; where the columns are wider than the line, the
    /// table's type shrinks a little and then the widest columns are cut to one width.
    fn columns(&self, rows: &[Row<'_>], body: &mut Type, header: &mut Type) -> Columns {
        let s = self.scale;
        let inset = 4.0 * s;
        let count = rows.iter().map(|row| row.cells.len()).max().unwrap_or(1).max(1);
        let figure_columns = (count - 1) as f32;
        // The gaps take a quarter of the width at most, however many columns there are.
        let gap = (16.0 * s).min(TEXT_WIDTH_PT / 4.0 / figure_columns.max(1.0));
        let available = TEXT_WIDTH_PT - 2.0 * inset - gap * figure_columns;
        let natural_at = |body_size: f32, header_size: f32| {
            let mut natural = vec![0.0_f32; count];
            for (index, row) in rows.iter().enumerate() {
                let size = if index == 0 { header_size } else { body_size };
                for (column, cell) in row.cells.iter().enumerate() {
                    let indent = if column == 0 { row.indent } else { 0.0 };
                    natural[column] = natural[column].max(self.face.width(cell, size) + indent);
                }
            }
            natural
        };
        let mut natural = natural_at(body.size, header.size);
        let total: f32 = natural.iter().sum();
        if total > available {
            let shrink = (available / total).max(0.85);
            (body.size, header.size) = (body.size * shrink, header.size * shrink);
            natural = natural_at(body.size, header.size);
        }
        let widest_figure = natural.iter().skip(1).fold(0.0_f32, |a, b| a.max(*b));
        if natural[0] + widest_figure * figure_columns <= available {
            natural[1..].fill(widest_figure);
        }
        let mut widths = capped_to(&natural, available);
        // The text column takes what is left, so that the figures end at the table's right edge.
        widths[0] = available - widths[1..].iter().sum::<f32>();
        Columns { widths, gap, inset }
    }

    fn table_row(&mut self, row: &Row<'_>, set: Type, columns: &Columns) {
        let mut x = MARGIN_PT + columns.inset;
        for (column, (cell, width)) in row.cells.iter().zip(&columns.widths).enumerate() {
            if column == 0 {
                let label = self.face.ellipsized(cell, set.size, width - row.indent);
                self.text(x + row.indent, self.y, set, &label);
            } else {
                let figure = self.face.ellipsized(cell, set.size, *width);
                self.text(x + width - self.face.width(&figure, set.size), self.y, set, &figure);
            }
            x += width + columns.gap;
        }
        self.y += set.line_height();
    }

    /// The footnote at the page's bottom with a rule above; returns the lowest the content
    /// above it may reach.
    fn footnote(&mut self, footnote: &str) -> f32 {
        let s = self.scale;
        let set = Type::new(7.0 * s, 1.35, Ink::Muted);
        let lines = self.face.wrap_at_most(footnote, set.size, TEXT_WIDTH_PT, FOOTNOTE_LINES);
        if lines.is_empty() {
            return PAGE_HEIGHT_PT - MARGIN_PT;
        }
        let top = PAGE_HEIGHT_PT - MARGIN_PT - lines.len() as f32 * set.line_height();
        self.rule(top - 6.0 * s, 0.4 * s, Ink::Rule);
        self.y = top;
        self.lines(&lines, set);
        top - 14.0 * s
    }
}

/// The text's words, each sign without a letter or digit ("€", "%", "—") kept on the line of
/// the word before it, so that no line starts with a currency or a dash.
fn glued_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match words.last_mut() {
            Some(last) if !word.chars().any(char::is_alphanumeric) => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_string()),
        }
    }
    words
}

/// The tiles of `widths` in rows across the text width: as few rows as the widths allow with
/// at most four a row, then as even as that many rows allow.
fn tile_rows(widths: &[f32], gap: f32) -> Vec<Range<usize>> {
    let pack = |most: usize| {
        let (mut rows, mut start, mut used) = (Vec::new(), 0, 0.0);
        for (index, width) in widths.iter().enumerate() {
            if index > start && (index - start == most || used + gap + width > TEXT_WIDTH_PT) {
                rows.push(start..index);
                (start, used) = (index, 0.0);
            }
            used += if index == start { *width } else { gap + width };
        }
        if start < widths.len() {
            rows.push(start..widths.len());
        }
        rows
    };
    let fewest = pack(4);
    let even = pack(widths.len().div_ceil(fewest.len().max(1)));
    if even.len() == fewest.len() { even } else { fewest }
}

/// The widths with the widest cut to one cap, so that together they take at most `available`.
fn capped_to(natural: &[f32], available: f32) -> Vec<f32> {
    let mut sorted = natural.to_vec();
    sorted.sort_by(f32::total_cmp);
    let (mut remaining, mut cap) = (available.max(0.0), f32::INFINITY);
    for (index, width) in sorted.iter().enumerate() {
        let share = remaining / (sorted.len() - index) as f32;
        if *width > share {
            cap = share;
            break;
        }
        remaining -= width;
    }
    natural.iter().map(|width| width.min(cap)).collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use std::path::Path;
    use std::process::Command;

    use super::*;
    use crate::lab::document::Headings;

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
        let node =
            |depth: usize, label: &str, before: &str, with: &str| (depth, label.into(), before.into(), with.into());
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

    /// Runs a poppler tool; a missing tool fails the test with what to install.
    fn poppler(tool: &str, args: &[&str]) -> String {
        let output = Command::new(tool).args(args).output().unwrap_or_else(|error| {
            panic!("`{tool}` could not be run ({error}): install poppler-utils (apt-get install -y poppler-utils)")
        });
        assert!(output.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// The share of pixels in an 8-bit PNG that are clearly not white.
    fn inked_share(path: &Path) -> f64 {
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
    fn the_handout_is_one_a4_page_with_the_documents_text() {
        let pdf = render(&sample()).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("handout.pdf");
        std::fs::write(&path, &pdf).unwrap();
        let path = path.to_str().unwrap();

        let text = poppler("pdftotext", &[path, "-"]);
        for expected in ["Predictive Maintenance für die Presswerke", "+1.066.877 €", "Stillstände", "Überstunden"]
        {
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
            let (x0, x1, y0, y1) = match op {
                Op::Text { x, baseline, size, text, .. } => {
                    (*x, x + face.width(text, *size), baseline - size, *baseline)
                }
                Op::Rule { x0, x1, y, .. } => (*x0, *x1, *y, *y),
                Op::Block { x, y, width, height, .. } => (*x, x + width, *y, y + height),
            };
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
}
