//! What a layout puts on a page, as plain values (text lines, rules, filled blocks, chart lines
//! and markers) that can be measured, moved and scaled before anything is written, and how krilla
//! draws each of them. Colours are named tokens here and nowhere else.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::paint::{Fill, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::Font;

use super::font::Face;

/// How many series colours the palette holds; a ninth series repeats the first colour.
pub(crate) const PALETTE_LEN: usize = 8;

/// The documents' colours: ink for text, muted for labels, one accent, rules and tile fills, the
/// charts' gridlines and one palette of distinguishable series colours.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Ink {
    Text,
    Muted,
    Accent,
    Rule,
    Tile,
    Grid,
    /// The page's white, to set markers off the lines beneath them.
    Paper,
    /// The series colour at this index of the palette (taken modulo its length).
    Series(usize),
}

impl Ink {
    fn color(self) -> rgb::Color {
        match self {
            Ink::Text => rgb::Color::new(0x1f, 0x29, 0x37),
            Ink::Muted => rgb::Color::new(0x5f, 0x6b, 0x7a),
            Ink::Accent => rgb::Color::new(0x1d, 0x4e, 0x89),
            Ink::Rule => rgb::Color::new(0xb4, 0xbe, 0xc9),
            Ink::Tile => rgb::Color::new(0xee, 0xf3, 0xf8),
            Ink::Grid => rgb::Color::new(0xdd, 0xe3, 0xea),
            Ink::Paper => rgb::Color::new(0xff, 0xff, 0xff),
            // Okabe–Ito-like hues, dark enough for thin lines on white and apart in grey print.
            Ink::Series(index) => match index % PALETTE_LEN {
                0 => rgb::Color::new(0x1d, 0x4e, 0x89),
                1 => rgb::Color::new(0xe0, 0x7b, 0x00),
                2 => rgb::Color::new(0x2a, 0x9d, 0x5c),
                3 => rgb::Color::new(0xc0, 0x39, 0x2b),
                4 => rgb::Color::new(0x7b, 0x4f, 0xa0),
                5 => rgb::Color::new(0x17, 0xa2, 0xb8),
                6 => rgb::Color::new(0x8c, 0x6d, 0x31),
                _ => rgb::Color::new(0xd1, 0x47, 0xa3),
            },
        }
    }
}

/// How a run of text is set: size in points, line height as a multiple of it, colour, weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Type {
    pub(crate) size: f32,
    pub(crate) leading: f32,
    pub(crate) ink: Ink,
    pub(crate) bold: bool,
}

impl Type {
    pub(crate) fn new(size: f32, leading: f32, ink: Ink) -> Self {
        Type { size, leading, ink, bold: false }
    }

    pub(crate) fn bold(self) -> Self {
        Type { bold: true, ..self }
    }

    pub(crate) fn line_height(self) -> f32 {
        self.size * self.leading
    }
}

/// One thing on the page, in points from the page's top left corner.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Op {
    /// A line of text starting at `x` on the `baseline`; bold is the glyphs' outline stroked too.
    Text { x: f32, baseline: f32, size: f32, ink: Ink, bold: bool, text: String },
    /// A horizontal rule.
    Rule { x0: f32, x1: f32, y: f32, width: f32, ink: Ink },
    /// A filled rectangle.
    Block { x: f32, y: f32, width: f32, height: f32, ink: Ink },
    /// A stroked open polyline (a chart's series or axis), dashed for reference lines.
    Line { points: Vec<(f32, f32)>, width: f32, ink: Ink, dashed: bool },
    /// A filled round marker centred on `(x, y)`.
    Dot { x: f32, y: f32, radius: f32, ink: Ink },
}

impl Op {
    /// One line of text whose line box of `set` starts at `top`.
    pub(crate) fn text(face: &Face, x: f32, top: f32, set: Type, text: &str) -> Op {
        let baseline = face.baseline(top, set.size, set.leading);
        Op::Text { x, baseline, size: set.size, ink: set.ink, bold: set.bold, text: text.to_string() }
    }

    /// The op scaled by `factor` about the point (`origin`, `origin`).
    pub(crate) fn scaled_about(self, origin: f32, factor: f32) -> Op {
        let at = |v: f32| origin + (v - origin) * factor;
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
            Op::Line { points, width, ink, dashed } => Op::Line {
                points: points.into_iter().map(|(x, y)| (at(x), at(y))).collect(),
                width: width * factor,
                ink,
                dashed,
            },
            Op::Dot { x, y, radius, ink } => Op::Dot { x: at(x), y: at(y), radius: radius * factor, ink },
        }
    }

    /// The op moved down by `dy` points.
    pub(crate) fn moved_down(self, dy: f32) -> Op {
        match self {
            Op::Text { x, baseline, size, ink, bold, text } => {
                Op::Text { x, baseline: baseline + dy, size, ink, bold, text }
            }
            Op::Rule { x0, x1, y, width, ink } => Op::Rule { x0, x1, y: y + dy, width, ink },
            Op::Block { x, y, width, height, ink } => Op::Block { x, y: y + dy, width, height, ink },
            Op::Line { points, width, ink, dashed } => {
                Op::Line { points: points.into_iter().map(|(x, y)| (x, y + dy)).collect(), width, ink, dashed }
            }
            Op::Dot { x, y, radius, ink } => Op::Dot { x, y: y + dy, radius, ink },
        }
    }

    /// The box the op covers as (left, top, right, bottom); text from the font's ascent above
    /// its baseline to its descent below, lines without their stroke width.
    #[cfg(test)]
    pub(crate) fn bounds(&self, face: &Face) -> (f32, f32, f32, f32) {
        match self {
            Op::Text { x, baseline, size, text, .. } => {
                let (ascent, descent) = face.ascent_descent(*size);
                (*x, baseline - ascent, x + face.width(text, *size), baseline + descent)
            }
            Op::Rule { x0, x1, y, .. } => (*x0, *y, *x1, *y),
            Op::Block { x, y, width, height, .. } => (*x, *y, x + width, y + height),
            Op::Line { points, .. } => points.iter().fold(
                (f32::INFINITY, f32::INFINITY, f32::NEG_INFINITY, f32::NEG_INFINITY),
                |(x0, y0, x1, y1), (x, y)| (x0.min(*x), y0.min(*y), x1.max(*x), y1.max(*y)),
            ),
            Op::Dot { x, y, radius, .. } => (x - radius, y - radius, x + radius, y + radius),
        }
    }
}

pub(crate) fn draw(surface: &mut Surface<'_>, op: &Op, face: &Face, font: &Font) {
    let stroke = |ink: Ink, width: f32| Stroke { paint: ink.color().into(), width, ..Stroke::default() };
    let fill = |ink: Ink| Some(Fill { paint: ink.color().into(), ..Fill::default() });
    match op {
        Op::Text { x, baseline, size, ink, bold, text } => {
            surface.set_fill(fill(*ink));
            // The repository has DejaVu Sans in one weight: bold is its outline stroked as well.
            surface.set_stroke(bold.then_some(stroke(*ink, size * 0.035)));
            let glyphs = face.glyphs(text);
            surface.draw_glyphs(Point::from_xy(*x, *baseline), &glyphs, font.clone(), text, *size, false);
        }
        Op::Rule { x0, x1, y, width, ink } => {
            let mut path = PathBuilder::new();
            path.move_to(*x0, *y);
            path.line_to(*x1, *y);
            surface.set_fill(None);
            surface.set_stroke(Some(stroke(*ink, *width)));
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
            surface.set_fill(fill(*ink));
            if let Some(path) = path.finish() {
                surface.draw_path(&path);
            }
        }
        Op::Line { points, width, ink, dashed } => {
            let mut path = PathBuilder::new();
            for (index, (x, y)) in points.iter().enumerate() {
                if index == 0 { path.move_to(*x, *y) } else { path.line_to(*x, *y) }
            }
            let dash = dashed.then(|| StrokeDash { array: vec![width * 4.0, width * 2.5], offset: 0.0 });
            let line = Stroke { line_cap: LineCap::Round, line_join: LineJoin::Round, dash, ..stroke(*ink, *width) };
            surface.set_fill(None);
            surface.set_stroke(Some(line));
            if let Some(path) = path.finish() {
                surface.draw_path(&path);
            }
        }
        Op::Dot { x, y, radius, ink } => {
            // A circle from four cubic quarter arcs (0.5523 is the usual control-point factor).
            let (r, k) = (*radius, radius * 0.5523);
            let mut path = PathBuilder::new();
            path.move_to(x + r, *y);
            path.cubic_to(x + r, y + k, x + k, y + r, *x, y + r);
            path.cubic_to(x - k, y + r, x - r, y + k, x - r, *y);
            path.cubic_to(x - r, y - k, x - k, y - r, *x, y - r);
            path.cubic_to(x + k, y - r, x + r, y - k, x + r, *y);
            path.close();
            surface.set_stroke(None);
            surface.set_fill(fill(*ink));
            if let Some(path) = path.finish() {
                surface.draw_path(&path);
            }
        }
    }
}
