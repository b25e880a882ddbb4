//! The report's blocks set as pieces: unbreakable strips across the text width (a title, a
//! heading, one line of a paragraph, a row of tiles, a table row, a chart), each with its height
//! and its ops measured from its own top, ready for `pages` to put onto pages.

use std::rc::Rc;

use super::chart::{CHART_HEIGHT_PT, chart_ops};
use super::document::{Block, Report};
use super::font::Face;
use super::ops::{Ink, Op, Type};
use super::table::table_pieces;
use super::{MARGIN_PT, TEXT_WIDTH_PT};

/// How many lines a title, a subtitle, a heading and a tile's label may take at most.
const TITLE_LINES: usize = 3;
const HEADING_LINES: usize = 2;
const LABEL_LINES: usize = 2;
/// How far a bullet's text stands in from the bullet.
const BULLET_INDENT_PT: f32 = 12.0;

/// What a piece is, for keeping headings with what follows and for the tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Title,
    Heading,
    Subheading,
    Text,
    Tiles,
    TableHeader,
    TableRow,
    Chart,
}

/// An unbreakable strip of content.
#[derive(Clone, Debug)]
pub(super) struct Piece {
    pub(super) kind: Kind,
    /// From the piece's top to its bottom, in points.
    pub(super) height: f32,
    /// The space above it, left out at a page's top.
    pub(super) space_before: f32,
    /// It goes on the page of the piece after it (a heading, a table's header, a first line).
    pub(super) keep_with_next: bool,
    /// Set again at the top of a page this piece starts (a table's header above its rows).
    pub(super) repeat_above: Option<Rc<Piece>>,
    /// The ops, x from the page's left edge, y from the piece's top.
    pub(super) ops: Vec<Op>,
}

impl Piece {
    pub(super) fn new(kind: Kind, height: f32, ops: Vec<Op>) -> Self {
        Piece { kind, height, space_before: 0.0, keep_with_next: false, repeat_above: None, ops }
    }

    fn spaced(self, space_before: f32) -> Self {
        Piece { space_before, ..self }
    }

    fn kept(self) -> Self {
        Piece { keep_with_next: true, ..self }
    }
}

/// What flows onto the pages: pieces, and the page breaks between them.
#[derive(Clone, Debug)]
pub(super) enum Item {
    Piece(Piece),
    Break,
}

/// The title block and every block, in order.
pub(super) fn items(report: &Report, face: &Face) -> Vec<Item> {
    let mut items: Vec<Item> = title(face, &report.title, &report.subtitle).map(Item::Piece).into_iter().collect();
    for block in &report.blocks {
        if matches!(block, Block::PageBreak) {
            items.push(Item::Break);
        } else {
            items.extend(pieces(block, face, &report.lang).into_iter().map(Item::Piece));
        }
    }
    items
}

fn pieces(block: &Block, face: &Face, lang: &str) -> Vec<Piece> {
    match block {
        Block::Heading(text) => heading(face, text, Type::new(13.0, 1.3, Ink::Accent).bold(), Kind::Heading, 16.0),
        Block::Subheading(text) => heading(face, text, Type::new(10.5, 1.3, Ink::Text).bold(), Kind::Subheading, 10.0),
        Block::Paragraph(text) => lines(face, text, MARGIN_PT, TEXT_WIDTH_PT, 7.0),
        Block::Bullets(items) => bullets(face, items),
        Block::KeyFigures(figures) => key_figures(face, figures),
        Block::Table(table) => table_pieces(table, face),
        Block::Chart(chart) => {
            let ops = chart_ops(chart, face, lang, MARGIN_PT, TEXT_WIDTH_PT, CHART_HEIGHT_PT);
            vec![Piece::new(Kind::Chart, CHART_HEIGHT_PT, ops).spaced(12.0)]
        }
        Block::PageBreak => Vec::new(),
    }
}

/// Lines one under the other from `top`, returning the ops and where they end.
fn set_lines(face: &Face, x: f32, top: f32, lines: &[String], set: Type) -> (Vec<Op>, f32) {
    let mut y = top;
    let mut ops = Vec::new();
    for line in lines {
        ops.push(Op::text(face, x, y, set, line));
        y += set.line_height();
    }
    (ops, y)
}

/// The first page's title: an accent bar, the title and the subtitle; none if both are empty.
fn title(face: &Face, title: &str, subtitle: &str) -> Option<Piece> {
    if title.trim().is_empty() && subtitle.trim().is_empty() {
        return None;
    }
    let mut ops = vec![Op::Block { x: MARGIN_PT, y: 0.0, width: 36.0, height: 3.0, ink: Ink::Accent }];
    let set = Type::new(20.0, 1.2, Ink::Accent).bold();
    let lines = face.wrap_at_most(title, set.size, TEXT_WIDTH_PT, TITLE_LINES);
    let (title_ops, bottom) = set_lines(face, MARGIN_PT, 12.0, &lines, set);
    ops.extend(title_ops);
    let set = Type::new(10.0, 1.35, Ink::Muted);
    let lines = face.wrap_at_most(subtitle, set.size, TEXT_WIDTH_PT, TITLE_LINES);
    let (subtitle_ops, bottom) = set_lines(face, MARGIN_PT, bottom + 4.0, &lines, set);
    ops.extend(subtitle_ops);
    Some(Piece::new(Kind::Title, bottom + 6.0, ops))
}

fn heading(face: &Face, text: &str, set: Type, kind: Kind, space_before: f32) -> Vec<Piece> {
    let lines = face.wrap_at_most(text, set.size, TEXT_WIDTH_PT, HEADING_LINES);
    if lines.is_empty() {
        return Vec::new();
    }
    let (ops, bottom) = set_lines(face, MARGIN_PT, 0.0, &lines, set);
    vec![Piece::new(kind, bottom + 3.0, ops).spaced(space_before).kept()]
}

/// Body text wrapped to `width` at `x`, a piece a line; the first line stays with the second.
fn lines(face: &Face, text: &str, x: f32, width: f32, space_before: f32) -> Vec<Piece> {
    let set = body();
    let lines = face.wrap(text, set.size, width);
    let count = lines.len();
    lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            let piece = Piece::new(Kind::Text, set.line_height(), vec![Op::text(face, x, 0.0, set, line)]);
            let piece = if index == 0 { piece.spaced(space_before) } else { piece };
            if index == 0 && count > 1 { piece.kept() } else { piece }
        })
        .collect()
}

fn body() -> Type {
    Type::new(9.5, 1.4, Ink::Text)
}

/// Each item wrapped beside its bullet.
fn bullets(face: &Face, items: &[String]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let space = if index == 0 { 7.0 } else { 3.0 };
        let mut item_pieces = lines(face, item, MARGIN_PT + BULLET_INDENT_PT, TEXT_WIDTH_PT - BULLET_INDENT_PT, space);
        if let Some(first) = item_pieces.first_mut() {
            first.ops.push(Op::text(face, MARGIN_PT + 2.0, 0.0, Type { ink: Ink::Accent, ..body() }, "•"));
        }
        pieces.extend(item_pieces);
    }
    pieces
}

/// The key figures as tiles, at most four in a row and the rows as even as that allows.
fn key_figures(face: &Face, figures: &[(String, String)]) -> Vec<Piece> {
    let (gap, pad) = (8.0, 8.0);
    let label_set = Type::new(7.5, 1.3, Ink::Muted);
    let value_height = 16.0 * 1.2;
    if figures.is_empty() {
        return Vec::new();
    }
    let per_row = figures.len().div_ceil(figures.len().div_ceil(4));
    let mut pieces = Vec::new();
    for (row_index, row) in figures.chunks(per_row).enumerate() {
        let width = (TEXT_WIDTH_PT - gap * (per_row - 1) as f32) / per_row as f32;
        let inner = width - 2.0 * pad;
        let labels: Vec<Vec<String>> =
            row.iter().map(|(label, _)| face.wrap_at_most(label, label_set.size, inner, LABEL_LINES)).collect();
        let label_lines = labels.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let height = 2.0 * pad + label_lines as f32 * label_set.line_height() + 4.0 + value_height;
        let mut ops = Vec::new();
        let mut x = MARGIN_PT;
        for ((_, value), label) in row.iter().zip(&labels) {
            ops.push(Op::Block { x, y: 0.0, width, height, ink: Ink::Tile });
            ops.extend(set_lines(face, x + pad, pad, label, label_set).0);
            // A value wider than the tile gets smaller type, down to 9 pt, then an ellipsis.
            let size = (16.0_f32).min(inner / face.width(value, 1.0).max(f32::EPSILON)).max(9.0);
            let value_set = Type::new(size, value_height / size, Ink::Accent).bold();
            let value = face.ellipsized(value, size, inner);
            ops.push(Op::text(face, x + pad, height - pad - value_height, value_set, &value));
            x += width + gap;
        }
        let space = if row_index == 0 { 10.0 } else { gap };
        pieces.push(Piece::new(Kind::Tiles, height, ops).spaced(space));
    }
    pieces
}
