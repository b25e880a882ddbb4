//! What the layout puts on the page, as plain values (text lines, rules, filled blocks) that the
//! fitter can measure and scale before anything is written, and how krilla draws each of them.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::Font;

use super::MARGIN_PT;
use super::font::Face;

/// The handout's colours: ink for text, muted for labels, one accent, rules and tile fills.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Ink {
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
pub(super) enum Op {
    /// A line of text starting at `x` on the `baseline`; bold is the glyphs' outline stroked too.
    Text { x: f32, baseline: f32, size: f32, ink: Ink, bold: bool, text: String },
    /// A horizontal rule.
    Rule { x0: f32, x1: f32, y: f32, width: f32, ink: Ink },
    /// A filled rectangle.
    Block { x: f32, y: f32, width: f32, height: f32, ink: Ink },
}

impl Op {
    /// The op scaled by `factor` about the top left corner of the text area.
    pub(super) fn scaled(self, factor: f32) -> Op {
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

pub(super) fn draw(surface: &mut Surface<'_>, op: &Op, face: &Face, font: &Font) {
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
