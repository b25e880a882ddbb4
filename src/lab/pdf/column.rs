//! The page filled from the top down, one block after the other: the title, the key-figure tiles,
//! the paragraphs in two columns, the tables and the footnote, each set in the type and width the
//! current fit allows and never wider than the text width.

use std::ops::Range;

use super::layout::Fit;
use super::{MARGIN_PT, PAGE_HEIGHT_PT, TEXT_WIDTH_PT};
use crate::pdf::fitted_widths;
use crate::pdf::font::Face;
use crate::pdf::ops::{Ink, Op, Type};

/// How many lines a title, a subtitle, a key figure's label and the footnote may take at most.
const TITLE_LINES: usize = 2;
const LABEL_LINES: usize = 2;
const FOOTNOTE_LINES: usize = 5;

/// A table's row as laid out: its cells, the first one indented and perhaps bold.
pub(super) struct Row<'a> {
    pub(super) cells: Vec<&'a str>,
    pub(super) indent: f32,
    pub(super) bold: bool,
}

/// A table's columns: their widths (the text column's first), the gap before each figure
/// column and the inset of the cells from the table's edges.
struct Columns {
    widths: Vec<f32>,
    gap: f32,
    inset: f32,
}

/// The page filled from the top down: a cursor `y` and the ops so far.
pub(super) struct Column<'f> {
    face: &'f Face,
    scale: f32,
    paragraph_lines: usize,
    pub(super) y: f32,
    pub(super) ops: Vec<Op>,
}

impl<'f> Column<'f> {
    pub(super) fn new(face: &'f Face, fit: Fit, top: f32) -> Self {
        Column { face, scale: fit.scale, paragraph_lines: fit.paragraph_lines, y: top, ops: Vec::new() }
    }

    /// One line of text whose line box starts at `top`.
    fn text(&mut self, x: f32, top: f32, set: Type, text: &str) {
        self.ops.push(Op::text(self.face, x, top, set, text));
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

    pub(super) fn title(&mut self, title: &str, subtitle: &str) {
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
    pub(super) fn key_figures(&mut self, figures: &[(String, String)]) {
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
    pub(super) fn paragraphs(&mut self, heading: &str, paragraphs: &[(String, String)]) {
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
    pub(super) fn table(&mut self, heading: &str, rows: &[Row<'_>]) {
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
        let widths = fitted_widths(natural_at, available, body, header);
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
    pub(super) fn footnote(&mut self, footnote: &str) -> f32 {
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

/// The tiles of `widths` in rows across the text width: as few rows as the widths allow with
/// at most four a row, then as even as that many rows allow.
pub(super) fn tile_rows(widths: &[f32], gap: f32) -> Vec<Range<usize>> {
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
