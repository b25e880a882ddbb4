//! The pieces flowed onto pages from the top down: a piece that does not fit starts the next
//! page, a heading goes with what follows it, a table's header is set again above its rows on
//! every page it continues on; then each page gets its running head and its footer with
//! "Seite n von m".

use super::blocks::{Item, Kind, Piece, items};
use super::document::Report;
use super::font::Face;
use super::ops::{Ink, Op, Type};
use super::{MARGIN_PT, PAGE_HEIGHT_PT, TEXT_WIDTH_PT};

/// The footer's band above the bottom margin: a rule, then one line of small print.
pub(super) const FOOTER_PT: f32 = 26.0;
/// The running head's band below the top margin on the pages after the first.
pub(super) const RUNNING_HEAD_PT: f32 = 22.0;
/// How low content may reach.
pub(super) const CONTENT_BOTTOM_PT: f32 = PAGE_HEIGHT_PT - MARGIN_PT - FOOTER_PT;
/// How many pieces a heading may pull onto the next page with it at most.
const KEEP_CHAIN: usize = 4;

/// One laid-out page: its content, what each content piece was, and the head and footer.
#[derive(Debug, Default)]
pub(super) struct Page {
    pub(super) content: Vec<Op>,
    pub(super) kinds: Vec<Kind>,
    pub(super) chrome: Vec<Op>,
}

impl Page {
    pub(super) fn ops(&self) -> impl Iterator<Item = &Op> {
        self.content.iter().chain(&self.chrome)
    }
}

/// The report's pages, at least one.
pub(super) fn paginate(report: &Report, face: &Face) -> Vec<Page> {
    let later_top = if report.title.trim().is_empty() { MARGIN_PT } else { MARGIN_PT + RUNNING_HEAD_PT };
    let mut pages = flow(&items(report, face), MARGIN_PT, later_top, CONTENT_BOTTOM_PT);
    let count = pages.len();
    for (index, page) in pages.iter_mut().enumerate() {
        if index > 0 {
            page.chrome.extend(running_head(face, &report.title));
        }
        page.chrome.extend(footer(face, &report.lang, &report.footer, index + 1, count));
    }
    pages
}

/// The items on pages whose content starts at `first_top` (the first) or `later_top` (the others)
/// and ends at `bottom`.
pub(super) fn flow(items: &[Item], first_top: f32, later_top: f32, bottom: f32) -> Vec<Page> {
    let mut pages = vec![Page::default()];
    let mut y = first_top;
    for (index, item) in items.iter().enumerate() {
        let Item::Piece(piece) = item else {
            if pages.last().is_some_and(|page| !page.kinds.is_empty()) {
                pages.push(Page::default());
                y = later_top;
            }
            continue;
        };
        let empty = pages.last().is_none_or(|page| page.kinds.is_empty());
        let space = if empty { 0.0 } else { piece.space_before };
        let chain = space + chain_height(piece, &items[index + 1..]);
        let alone = space + piece.height;
        // The chain moves to the next page only where it would fit on an empty one.
        let too_long = if chain <= bottom - later_top { chain } else { alone };
        if !empty && y + too_long > bottom {
            pages.push(Page::default());
            y = later_top;
        }
        let Some(page) = pages.last_mut() else { continue };
        if page.kinds.is_empty() {
            if let Some(header) = piece.repeat_above.as_deref() {
                y = place(page, header, y);
            }
        } else {
            y += piece.space_before;
        }
        y = place(page, piece, y);
    }
    // A page break at the end leaves an empty page behind it.
    if pages.len() > 1 && pages.last().is_some_and(|page| page.kinds.is_empty()) {
        pages.pop();
    }
    pages
}

/// The piece's height with the pieces it keeps with it (each with its space above).
fn chain_height(piece: &Piece, rest: &[Item]) -> f32 {
    let mut height = piece.height;
    if !piece.keep_with_next {
        return height;
    }
    for item in rest.iter().take(KEEP_CHAIN) {
        let Item::Piece(next) = item else { break };
        height += next.space_before + next.height;
        if !next.keep_with_next {
            break;
        }
    }
    height
}

/// The piece's ops moved to `y` on the page; returns where it ends.
fn place(page: &mut Page, piece: &Piece, y: f32) -> f32 {
    page.content.extend(piece.ops.iter().cloned().map(|op| op.moved_down(y)));
    page.kinds.push(piece.kind);
    y + piece.height
}

/// The title small over a hairline at the top of the pages after the first.
fn running_head(face: &Face, title: &str) -> Vec<Op> {
    if title.trim().is_empty() {
        return Vec::new();
    }
    let set = Type::new(7.5, 1.3, Ink::Muted);
    let title = face.ellipsized(title, set.size, TEXT_WIDTH_PT);
    let rule_y = MARGIN_PT + set.line_height() + 3.0;
    vec![
        Op::text(face, MARGIN_PT, MARGIN_PT, set, &title),
        Op::Rule { x0: MARGIN_PT, x1: MARGIN_PT + TEXT_WIDTH_PT, y: rule_y, width: 0.4, ink: Ink::Rule },
    ]
}

/// A hairline, the small print on the left and the page number on the right.
fn footer(face: &Face, lang: &str, small_print: &str, number: usize, count: usize) -> Vec<Op> {
    let set = Type::new(7.0, 1.3, Ink::Muted);
    let top = PAGE_HEIGHT_PT - MARGIN_PT - set.line_height();
    let page = if lang == "de" { format!("Seite {number} von {count}") } else { format!("Page {number} of {count}") };
    let page_width = face.width(&page, set.size);
    let small_print = face.ellipsized(small_print, set.size, TEXT_WIDTH_PT - page_width - 16.0);
    let rule_y = top - 6.0;
    let mut ops = vec![
        Op::Rule { x0: MARGIN_PT, x1: MARGIN_PT + TEXT_WIDTH_PT, y: rule_y, width: 0.4, ink: Ink::Rule },
        Op::text(face, MARGIN_PT + TEXT_WIDTH_PT - page_width, top, set, &page),
    ];
    if !small_print.is_empty() {
        ops.push(Op::text(face, MARGIN_PT, top, set, &small_print));
    }
    ops
}
