//! A table set as pieces: the header (small, muted, a rule beneath) and one piece a row, each
//! row carrying the header to set again on a page the table continues on; the column widths are
//! measured once over all rows, so the columns line up across the pages.

use std::rc::Rc;

use super::blocks::{Kind, Piece};
use super::document::Table;
use super::font::Face;
use super::ops::{Ink, Op, Type};
use super::{MARGIN_PT, TEXT_WIDTH_PT};

/// Deeper levels are indented as the deepest of these.
const INDENT_LEVELS: u8 = 6;
const INDENT_PT: f32 = 10.0;
/// Below the header's line: the rule and the space under it.
const HEADER_RULE_PT: f32 = 3.0;

/// The type of the body rows and of the header at full size.
pub(super) const BODY: Type = Type { size: 9.0, leading: 1.4, ink: Ink::Text, bold: false };
const HEADER: Type = Type { size: 7.5, leading: 1.6, ink: Ink::Muted, bold: false };

/// A table's columns: their widths (the text column's first), the gap before each figure
/// column and the inset of the cells from the table's edges.
struct Columns {
    widths: Vec<f32>,
    gap: f32,
    inset: f32,
}

/// The header's piece (if there is a header), then a piece a row.
pub(super) fn table_pieces(table: &Table, face: &Face) -> Vec<Piece> {
    let count = if table.header.is_empty() {
        table.rows.iter().map(|row| row.cells.len()).max().unwrap_or(0)
    } else {
        table.header.len()
    };
    if count == 0 {
        return Vec::new();
    }
    let (mut body, mut header) = (BODY, HEADER);
    let columns = columns(table, count, face, &mut body, &mut header);
    let header_piece = (!table.header.is_empty()).then(|| {
        let mut ops = row_ops(face, &table.header, 0.0, header, &columns);
        let rule_y = header.line_height() + 1.0;
        ops.push(Op::Rule { x0: MARGIN_PT, x1: MARGIN_PT + TEXT_WIDTH_PT, y: rule_y, width: 0.7, ink: Ink::Text });
        Piece::new(Kind::TableHeader, header.line_height() + HEADER_RULE_PT, ops)
    });
    let repeat = header_piece.clone().map(Rc::new);
    let mut pieces: Vec<Piece> = header_piece.into_iter().collect();
    let last = table.rows.len().saturating_sub(1);
    for (index, row) in table.rows.iter().enumerate() {
        let height = body.line_height();
        let mut ops = Vec::new();
        if index % 2 == 1 {
            ops.push(Op::Block { x: MARGIN_PT, y: 0.0, width: TEXT_WIDTH_PT, height, ink: Ink::Tile });
        }
        let indent = f32::from(row.indent.min(INDENT_LEVELS)) * INDENT_PT;
        ops.extend(row_ops(face, &row.cells, indent, Type { bold: row.bold, ..body }, &columns));
        if index == last {
            ops.push(Op::Rule { x0: MARGIN_PT, x1: MARGIN_PT + TEXT_WIDTH_PT, y: height, width: 0.4, ink: Ink::Rule });
        }
        let mut piece = Piece::new(Kind::TableRow, height, ops);
        piece.repeat_above = repeat.clone();
        pieces.push(piece);
    }
    if let Some(first) = pieces.first_mut() {
        first.space_before = 9.0;
        first.keep_with_next = first.kind == Kind::TableHeader;
    }
    pieces
}

/// One row's cells: the first on the left after `indent`, the others flush right in their column.
fn row_ops(face: &Face, cells: &[String], indent: f32, set: Type, columns: &Columns) -> Vec<Op> {
    let mut ops = Vec::new();
    let mut x = MARGIN_PT + columns.inset;
    for (column, (cell, width)) in cells.iter().zip(&columns.widths).enumerate() {
        if column == 0 {
            let indent = indent.min(width / 2.0);
            let label = face.ellipsized(cell, set.size, width - indent);
            ops.push(Op::text(face, x + indent, 0.0, set, &label));
        } else {
            let figure = face.ellipsized(cell, set.size, *width);
            ops.push(Op::text(face, x + width - face.width(&figure, set.size), 0.0, set, &figure));
        }
        x += width + columns.gap;
    }
    ops
}

/// The columns for `count` cells a row. Figure columns share one width where that leaves the
/// text column its own; where the columns are wider than the line, the table's type shrinks a
/// little and then the widest columns are cut to one width.
fn columns(table: &Table, count: usize, face: &Face, body: &mut Type, header: &mut Type) -> Columns {
    let inset = 4.0;
    let figure_columns = (count - 1) as f32;
    // The gaps take a quarter of the width at most, however many columns there are.
    let gap = 14.0_f32.min(TEXT_WIDTH_PT / 4.0 / figure_columns.max(1.0));
    let available = TEXT_WIDTH_PT - 2.0 * inset - gap * figure_columns;
    let natural_at = |body_size: f32, header_size: f32| {
        let mut natural = vec![0.0_f32; count];
        for (column, cell) in table.header.iter().take(count).enumerate() {
            natural[column] = natural[column].max(face.width(cell, header_size));
        }
        for row in &table.rows {
            let indent = f32::from(row.indent.min(INDENT_LEVELS)) * INDENT_PT;
            for (column, cell) in row.cells.iter().take(count).enumerate() {
                let indent = if column == 0 { indent } else { 0.0 };
                natural[column] = natural[column].max(face.width(cell, body_size) + indent);
            }
        }
        natural
    };
    let widths = fitted_widths(natural_at, available, body, header);
    Columns { widths, gap, inset }
}

/// The widths of a table's columns in `available` points from their natural widths at a type
/// size (`natural_at(body, header)`, the text column first): figure columns share one width
/// where that leaves the text column its own; where the columns are wider than the line the
/// type shrinks (to 85 % at most) and then the widest columns are cut to one width; the text
/// column takes what is left, so that the figures end at the table's right edge. Shared by the
/// reports' and the value lab's tables.
pub(crate) fn fitted_widths(
    natural_at: impl Fn(f32, f32) -> Vec<f32>,
    available: f32,
    body: &mut Type,
    header: &mut Type,
) -> Vec<f32> {
    let mut natural = natural_at(body.size, header.size);
    let total: f32 = natural.iter().sum();
    if total > available {
        let shrink = (available / total).max(0.85);
        (body.size, header.size) = (body.size * shrink, header.size * shrink);
        natural = natural_at(body.size, header.size);
    }
    if natural.is_empty() {
        return natural;
    }
    let figure_columns = (natural.len() - 1) as f32;
    let widest_figure = natural.iter().skip(1).fold(0.0_f32, |a, b| a.max(*b));
    if natural[0] + widest_figure * figure_columns <= available {
        natural[1..].fill(widest_figure);
    }
    let mut widths = capped_to(&natural, available);
    widths[0] = available - widths[1..].iter().sum::<f32>();
    widths
}

/// The widths with the widest cut to one cap, so that together they take at most `available`.
pub(crate) fn capped_to(natural: &[f32], available: f32) -> Vec<f32> {
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
