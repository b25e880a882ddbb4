//! The PDFs' one embedded face, DejaVu Sans, measured with skrifa: krilla draws glyphs but
//! neither maps characters nor measures text, so the widths, the greedy word wrapper and the
//! ellipsis that keep every line inside its box live here (for the value lab's handout and the
//! multi-page reports alike).

use krilla::text::{GlyphId, KrillaGlyph};
use krilla_skrifa::charmap::Charmap;
use krilla_skrifa::instance::{LocationRef, Size};
use krilla_skrifa::metrics::GlyphMetrics;
use krilla_skrifa::{FontRef, MetadataProvider};

use krilla::text::Font;

use super::PdfError;

/// DejaVu Sans: every glyph of German and English text, the euro and the minus sign.
pub(crate) static FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// The face as krilla embeds it.
pub(crate) fn krilla_font() -> Result<Font, PdfError> {
    Font::new(FONT_BYTES.into(), 0).ok_or(PdfError::FontRejected)
}

/// The font's glyphs and widths (in em) as skrifa reads them, for measuring and drawing alike.
pub(crate) struct Face {
    charmap: Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    ascent_em: f32,
    descent_em: f32,
}

impl Face {
    pub(crate) fn load() -> Result<Self, PdfError> {
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

    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|ch| self.glyph(ch).1).sum::<f32>() * size
    }

    /// The text's glyphs one per character, each mapped back to its character for copy and search.
    pub(crate) fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
        let glyph = |(at, ch): (usize, char)| {
            let (id, advance) = self.glyph(ch);
            KrillaGlyph::new(GlyphId::new(id.to_u32()), advance, 0.0, 0.0, 0.0, at..at + ch.len_utf8(), None)
        };
        text.char_indices().map(glyph).collect()
    }

    /// How far the font's glyphs reach above and below the baseline at `size`.
    #[cfg(test)]
    pub(crate) fn ascent_descent(&self, size: f32) -> (f32, f32) {
        (self.ascent_em * size, self.descent_em * size)
    }

    /// Where the baseline sits in a line of `size` × `leading` that starts at `top`.
    pub(crate) fn baseline(&self, top: f32, size: f32, leading: f32) -> f32 {
        top + (leading * size - (self.ascent_em + self.descent_em) * size) / 2.0 + self.ascent_em * size
    }

    /// The text in lines no wider than `width`, broken greedily between words (a word wider than
    /// the line is broken between characters).
    pub(crate) fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
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
    pub(crate) fn wrap_at_most(&self, text: &str, size: f32, width: f32, max_lines: usize) -> Vec<String> {
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
    pub(crate) fn ellipsized(&self, text: &str, size: f32, width: f32) -> String {
        let text = text.trim();
        if self.width(text, size) <= width {
            return text.to_string();
        }
        let cut = self.fitting_prefix(text, size, width - self.width("…", size));
        format!("{}…", text[..cut].trim_end())
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
