//! The one RON parser of every Mehrwert input file: a recursive descent to a tree in which
//! every value knows where it starts and ends and every number keeps its text, so that the
//! deserializer and validation report problems at their line and column and no number
//! passes through binary floating point.
//!
//! Hand-written because no crate gives this: `ron` 0.12 reads numbers through `f64`, keeps
//! no position of a value (only of its first error) and stops there. A syntax error here
//! also names the field it is in, the bracket still open and the outermost keys read so far.
//! `#![enable(…)]` attributes are skipped: the deserializer always reads a bare value as
//! `Some(value)`.
//!
//! Architecture invariant: nothing here panics or recurses deeper than [`MAX_DEPTH`] on any
//! input, however malformed.
use crate::scenario::phrase::Phrase;

/// Deepest nesting of brackets accepted, as `ron`'s default recursion limit.
pub(crate) const MAX_DEPTH: usize = 128;

/// A place in the text: byte offset, 1-based line and 1-based column counted in characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pos {
    pub offset: usize,
    pub line: usize,
    pub column: usize,
}

/// One value of the document with where it starts and ends.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Node {
    pub kind: Kind,
    pub start: Pos,
    pub end: Pos,
}

/// What a value is; a number as written (sign, radix prefix and `_` kept).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Kind {
    /// `()`
    Unit,
    Bool(bool),
    Int(String),
    /// Also `inf` and `NaN`.
    Float(String),
    Str(String),
    Char(char),
    /// `None`, a unit enum variant or a unit struct.
    Ident(String),
    /// `(a: 1, b: 2)` or `Name(a: 1)`.
    Struct {
        name: Option<String>,
        fields: Vec<Field>,
    },
    /// `(1, 2)`, `Name(1, 2)`, `Some(x)` or `Name()`.
    Tuple {
        name: Option<String>,
        items: Vec<Node>,
    },
    /// `[1, 2]`
    List(Vec<Node>),
    /// `{ "a": 1 }`
    Map(Vec<(Node, Node)>),
}

/// One `name: value` of a struct.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Field {
    pub key: String,
    pub key_start: Pos,
    pub value: Node,
}

/// Why the text is not RON this reader understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    /// Where reading stopped.
    pub at: Pos,
    /// The text found there, e.g. "`d`" or "end of file".
    pub found: Phrase,
    /// What would have been valid there.
    pub expected: Phrase,
    /// True when the text ended too early: a truncated file.
    pub at_end: bool,
    /// The innermost construct still open at that point, e.g. ("`(`", where it opened).
    pub unclosed: Option<Unclosed>,
    /// The field path being read, e.g. `segments[1].weights`.
    pub path: String,
    /// The outermost struct's keys read before the error: they tell a truncated save game
    /// from a scenario.
    pub top_keys: Vec<String>,
    /// At the end of the text outside strings and comments: the brackets that close every
    /// one still open, innermost first.
    pub closers: Option<String>,
}

/// What is open and where it opened, e.g. ("`(`", 4:1) or ("string", 7:11).
pub(crate) type Unclosed = (&'static str, Pos);

type Parsed<T> = Result<T, Box<SyntaxError>>;

/// Parses a whole document into its root value.
pub(crate) fn parse(text: &str) -> Parsed<Node> {
    let mut p = Parser { text, at: Pos { offset: 0, line: 1, column: 1 }, ..Parser::default() };
    p.trivia()?;
    while p.peek() == Some('#') {
        // `#![enable(…)]`: up to the `]` that closes its first bracket.
        let mut depth = 0usize;
        while let Some(c) = p.bump() {
            depth = if matches!(c, '[' | '(') {
                depth + 1
            } else {
                depth.saturating_sub(usize::from(c == ')' || c == ']'))
            };
            if c == ']' && depth == 0 {
                break;
            }
        }
        p.trivia()?;
    }
    if p.peek().is_none() {
        return Err(p.eof(Phrase::words("ph_syn_value_example")));
    }
    let root = p.value()?;
    p.trivia()?;
    if p.peek().is_some() {
        return Err(p.unexpected(Phrase::words("ph_syn_nothing_after")));
    }
    Ok(root)
}

/// The field names of the outermost struct: all of them when the text parses, those before
/// the error when it does not.
pub(crate) fn top_level_keys(text: &str) -> Vec<String> {
    match parse(text) {
        Ok(Node { kind: Kind::Struct { fields, .. }, .. }) => fields.into_iter().map(|f| f.key).collect(),
        Ok(_) => Vec::new(),
        Err(error) => error.top_keys,
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident_continue(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[derive(Default)]
struct Parser<'t> {
    text: &'t str,
    at: Pos,
    /// Brackets opened and not yet closed, innermost last.
    open: Vec<Unclosed>,
    /// Where in the document the parser is, for messages: `a.b[2].c`.
    path: String,
    /// Keys of the outermost struct read so far.
    top_keys: Vec<String>,
}

impl Parser<'_> {
    fn peek_at(&self, n: usize) -> Option<char> {
        self.text.get(self.at.offset..)?.chars().nth(n)
    }

    fn peek(&self) -> Option<char> {
        self.peek_at(0)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at.offset += c.len_utf8();
        (self.at.line, self.at.column) =
            if c == '\n' { (self.at.line + 1, 1) } else { (self.at.line, self.at.column + 1) };
        Some(c)
    }

    /// Skips `c` if it is next.
    fn eat(&mut self, c: char) -> bool {
        let next = self.peek() == Some(c);
        if next {
            self.bump();
        }
        next
    }

    /// Skips the characters that `keep`; how many.
    fn bump_while(&mut self, keep: impl Fn(char) -> bool) -> usize {
        let mut count = 0;
        while self.peek().is_some_and(&keep) {
            self.bump();
            count += 1;
        }
        count
    }

    fn since(&self, begin: usize) -> String {
        self.text.get(begin..self.at.offset).unwrap_or("").to_string()
    }

    fn error(&self, expected: Phrase, unclosed: Option<Unclosed>, closers: Option<String>) -> Box<SyntaxError> {
        let rest = self.text.get(self.at.offset..).unwrap_or("");
        let found = match rest.chars().next() {
            None => Phrase::words("ph_end_of_file"),
            Some(c) if c.is_alphanumeric() || c == '_' || c == '.' => {
                let word = rest.chars().take_while(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '+' | '-'));
                Phrase::Quote(format!("`{}`", word.take(40).collect::<String>()))
            }
            Some(c) => Phrase::Quote(format!("`{c}`")),
        };
        let (at_end, path, top_keys) = (rest.is_empty() || self.cut_word(), self.path.clone(), self.top_keys.clone());
        Box::new(SyntaxError { at: self.at, found, expected, at_end, unclosed, path, top_keys, closers })
    }

    /// The text ended with brackets open: the closers that would finish it.
    fn eof(&self, expected: Phrase) -> Box<SyntaxError> {
        let closers = self.open.iter().rev().map(|(what, _)| match *what {
            "`(`" => ')',
            "`[`" => ']',
            _ => '}',
        });
        self.error(expected, self.open.last().copied(), Some(closers.collect()))
    }

    fn unexpected(&self, expected: Phrase) -> Box<SyntaxError> {
        if self.peek().is_none() || self.cut_word() { self.eof(expected) } else { self.error(expected, None, None) }
    }

    /// True when what is left is one word that the end of the text cut off inside open
    /// brackets (`am` of `amount` in a file cut short): the file ended, it is not a typo.
    fn cut_word(&self) -> bool {
        let rest = self.text.get(self.at.offset..).unwrap_or("");
        !self.open.is_empty() && !rest.is_empty() && rest.chars().all(|c| c.is_alphanumeric() || c == '_')
    }

    /// Whitespace and comments: `//` to the end of the line, `/* */` nested.
    fn trivia(&mut self) -> Parsed<()> {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(c), _) if c.is_whitespace() => _ = self.bump(),
                (Some('/'), Some('/')) => _ = self.bump_while(|c| c != '\n'),
                (Some('/'), Some('*')) => {
                    let start = self.at;
                    self.bump();
                    self.bump();
                    let mut depth = 1;
                    while depth > 0 {
                        match (self.bump(), self.peek()) {
                            (None, _) => {
                                return Err(self.error(
                                    Phrase::words("ph_syn_comment_end"),
                                    Some(("block comment", start)),
                                    None,
                                ));
                            }
                            (Some('/'), Some('*')) => depth += 1,
                            (Some('*'), Some('/')) => depth -= 1,
                            _ => continue,
                        }
                        self.bump();
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    fn value(&mut self) -> Parsed<Node> {
        if self.open.len() >= MAX_DEPTH {
            return Err(self.unexpected(Phrase::words("ph_syn_nesting")));
        }
        let start = self.at;
        let kind = match self.peek() {
            None => return Err(self.eof(Phrase::words("ph_syn_value"))),
            Some('(') => self.paren(None)?,
            Some('[') => {
                self.open("`[`");
                Kind::List(self.items(']', Self::element)?)
            }
            Some('{') => {
                self.open("`{`");
                Kind::Map(self.items('}', |p, _, _| {
                    let key = p.value()?;
                    p.trivia()?;
                    if !p.eat(':') {
                        return Err(p.unexpected(Phrase::words("ph_syn_colon")));
                    }
                    p.trivia()?;
                    Ok((key, p.value()?))
                })?)
            }
            Some('"') => Kind::Str(self.string()?),
            Some('\'') => Kind::Char(self.char_literal()?),
            Some('r') if self.peek_at((1..).find(|n| self.peek_at(*n) != Some('#')).unwrap_or(1)) == Some('"') => {
                Kind::Str(self.raw_string()?)
            }
            Some('b') if matches!(self.peek_at(1), Some('"' | '\'')) => {
                return Err(self.unexpected(Phrase::words("ph_syn_no_bytes")));
            }
            Some(c) if c.is_ascii_digit() || matches!(c, '+' | '-' | '.') => self.number()?,
            Some(c) if is_ident_start(c) => self.word()?,
            Some(_) => return Err(self.unexpected(Phrase::words("ph_syn_value"))),
        };
        Ok(Node { kind, start, end: self.at })
    }

    /// An identifier, including a raw identifier `r#name`.
    fn ident(&mut self) -> String {
        if self.peek() == Some('r') && self.peek_at(1) == Some('#') {
            self.bump();
            self.bump();
            let begin = self.at.offset;
            self.bump_while(|c| is_ident_continue(c) || matches!(c, '.' | '+' | '-'));
            return self.since(begin);
        }
        let begin = self.at.offset;
        self.bump_while(is_ident_continue);
        self.since(begin)
    }

    /// An identifier: `true`, `false`, `inf`, `NaN`, a unit variant, or the name of `Name(…)`.
    fn word(&mut self) -> Parsed<Kind> {
        let name = self.ident();
        match name.as_str() {
            "" => return Err(self.unexpected(Phrase::words("ph_syn_identifier"))),
            "true" | "false" => return Ok(Kind::Bool(name == "true")),
            "inf" | "NaN" => return Ok(Kind::Float(name)),
            _ => {}
        }
        let before = self.at;
        self.trivia()?;
        if self.peek() == Some('(') {
            return self.paren(Some(name));
        }
        self.at = before;
        Ok(Kind::Ident(name))
    }

    fn number(&mut self) -> Parsed<Kind> {
        let begin = self.at.offset;
        _ = self.eat('+') || self.eat('-');
        if matches!(self.peek(), Some('i' | 'N')) {
            if !matches!(self.ident().as_str(), "inf" | "NaN") {
                return Err(self.unexpected(Phrase::words("ph_syn_number")));
            }
            return Ok(Kind::Float(self.since(begin)));
        }
        let digits = |p: &mut Self| p.bump_while(|c| c.is_ascii_digit() || c == '_');
        let (mut count, mut is_float) = (0, false);
        if self.peek() == Some('0') && matches!(self.peek_at(1), Some('x' | 'b' | 'o')) {
            self.bump();
            self.bump();
            count = self.bump_while(|c| c.is_ascii_hexdigit() || c == '_');
        } else {
            count += digits(self);
            if self.peek() == Some('.') {
                self.bump();
                (count, is_float) = (count + digits(self), true);
            }
            if matches!(self.peek(), Some('e' | 'E')) && count > 0 {
                self.bump();
                _ = self.eat('+') || self.eat('-');
                if digits(self) == 0 {
                    return Err(self.unexpected(Phrase::words("ph_syn_exponent")));
                }
                is_float = true;
            }
        }
        if count == 0 {
            return Err(self.unexpected(Phrase::words("ph_syn_digit")));
        }
        if self.peek().is_some_and(is_ident_continue) {
            return Err(self.unexpected(Phrase::words("ph_syn_separator")));
        }
        Ok(if is_float { Kind::Float(self.since(begin)) } else { Kind::Int(self.since(begin)) })
    }

    /// `r"…"` or `r#"…"#`: the text up to a quote followed by as many `#` as opened it.
    fn raw_string(&mut self) -> Parsed<String> {
        let start = self.at;
        self.bump();
        let hashes = "#".repeat(self.bump_while(|c| c == '#'));
        self.bump();
        let begin = self.at.offset;
        loop {
            match self.bump() {
                None => return Err(self.error(Phrase::words("ph_syn_raw_end"), Some(("raw string", start)), None)),
                Some('"') if self.text.get(self.at.offset..).is_some_and(|rest| rest.starts_with(&hashes)) => {
                    let value = self.text.get(begin..self.at.offset - 1).unwrap_or("").to_string();
                    hashes.chars().for_each(|_| _ = self.bump());
                    return Ok(value);
                }
                Some(_) => {}
            }
        }
    }

    fn string(&mut self) -> Parsed<String> {
        let start = self.at;
        self.bump();
        let mut value = String::new();
        loop {
            match self.bump() {
                None => return Err(self.error(Phrase::words("ph_syn_string_end"), Some(("string", start)), None)),
                Some('"') => return Ok(value),
                Some('\\') => value.push(self.escape(("string", start))?),
                Some(c) => value.push(c),
            }
        }
    }

    fn char_literal(&mut self) -> Parsed<char> {
        let start = self.at;
        self.bump();
        let c = match self.bump() {
            None => return Err(self.error(Phrase::words("ph_syn_character"), Some(("character", start)), None)),
            Some('\\') => self.escape(("character", start))?,
            Some(c) => c,
        };
        if self.peek() != Some('\'') {
            return Err(self.unexpected(Phrase::words("ph_syn_character_end")));
        }
        self.bump();
        Ok(c)
    }

    /// The character after a backslash, as `ron` reads it.
    fn escape(&mut self, inside: Unclosed) -> Parsed<char> {
        let c = match self.peek() {
            None => return Err(self.error(Phrase::words("ph_syn_escaped"), Some(inside), None)),
            Some(c @ ('\'' | '"' | '\\')) => c,
            Some('n') => '\n',
            Some('r') => '\r',
            Some('t') => '\t',
            Some('0') => '\0',
            Some('x') => {
                self.bump();
                let hex: String = [self.bump(), self.bump()].into_iter().flatten().collect();
                let value = u8::from_str_radix(&hex, 16).ok().filter(u8::is_ascii).map(char::from);
                return value.ok_or_else(|| self.unexpected(Phrase::words("ph_syn_ascii_escape")));
            }
            Some('u') => {
                self.bump();
                if self.bump() != Some('{') {
                    return Err(self.unexpected(Phrase::words("ph_syn_unicode_open")));
                }
                let begin = self.at.offset;
                while self.peek().is_some_and(|h| h.is_ascii_hexdigit()) && self.at.offset - begin < 6 {
                    self.bump();
                }
                let hex = self.since(begin);
                if !self.eat('}') {
                    return Err(self.unexpected(Phrase::words("ph_syn_unicode_close")));
                }
                let value = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                return value.ok_or_else(|| self.unexpected(Phrase::words("ph_syn_unicode_valid")));
            }
            Some(_) => return Err(self.unexpected(Phrase::words("ph_syn_escape"))),
        };
        self.bump();
        Ok(c)
    }

    fn open(&mut self, what: &'static str) {
        self.open.push((what, self.at));
        self.bump();
    }

    fn close(&mut self) {
        self.bump();
        self.open.pop();
    }

    /// True at `name:` (a struct field), not `name::` or a value.
    fn field_ahead(&self) -> bool {
        let mut ahead = Parser { text: self.text, at: self.at, ..Parser::default() };
        if !ahead.peek().is_some_and(is_ident_start) {
            return false;
        }
        ahead.ident();
        ahead.bump_while(char::is_whitespace);
        ahead.peek() == Some(':') && ahead.peek_at(1) != Some(':')
    }

    /// `(…)` after `name`: a unit, tuple or struct.
    fn paren(&mut self, name: Option<String>) -> Parsed<Kind> {
        self.open("`(`");
        self.trivia()?;
        if self.peek() == Some(')') {
            self.close();
            return Ok(if name.is_none() { Kind::Unit } else { Kind::Tuple { name, items: Vec::new() } });
        }
        if !self.field_ahead() {
            return Ok(Kind::Tuple { name, items: self.items(')', Self::element)? });
        }
        let fields = self.items(')', |p, base, _| {
            let key_start = p.at;
            if !p.field_ahead() {
                return Err(p.unexpected(Phrase::words("ph_syn_field")));
            }
            let key = p.ident();
            if p.open.len() == 1 {
                p.top_keys.push(key.clone());
            }
            p.trivia()?;
            p.bump();
            p.trivia()?;
            p.enter(base, &format!(".{key}"));
            Ok(Field { key, key_start, value: p.value()? })
        })?;
        Ok(Kind::Struct { name, fields })
    }

    /// An element of a list or tuple, at `[index]`.
    fn element(&mut self, base: usize, index: usize) -> Parsed<Node> {
        if self.peek().is_none() {
            return Err(self.eof(Phrase::words("ph_syn_value")));
        }
        self.enter(base, &format!("[{index}]"));
        self.value()
    }

    /// Puts `step` (`.key` or `[i]`) on the path after the `base` bytes of its container.
    fn enter(&mut self, base: usize, step: &str) {
        self.path.truncate(base);
        self.path.push_str(if base == 0 { step.strip_prefix('.').unwrap_or(step) } else { step });
    }

    /// The items of a bracket just opened, up to `close`; `item` reads one (given the
    /// container's path length and its index). An item stays on the path until the next,
    /// so an error between two names the one before (the usual cause: a missing comma).
    fn items<T>(&mut self, close: char, mut item: impl FnMut(&mut Self, usize, usize) -> Parsed<T>) -> Parsed<Vec<T>> {
        let base = self.path.len();
        let mut items = Vec::new();
        loop {
            self.trivia()?;
            if self.peek() == Some(close) {
                break;
            }
            items.push(item(self, base, items.len())?);
            self.trivia()?;
            match self.peek() {
                Some(',') => _ = self.bump(),
                Some(c) if c == close => break,
                _ => return Err(self.unexpected(Phrase::words("ph_syn_comma_or").arg("close", format!("`{close}`")))),
            }
        }
        self.close();
        self.path.truncate(base);
        Ok(items)
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn root(text: &str) -> Node {
        match parse(text) {
            Ok(root) => root,
            Err(e) => panic!("{text:?} should parse: {e:?}"),
        }
    }

    #[test]
    fn reads_structs_lists_and_positions() {
        let node = root("(\n  a: 1,\n  b: [\"x\", 2.5],\n  c: Some(Foo(k: -3)),\n)");
        let Kind::Struct { fields, .. } = &node.kind else { panic!("struct expected") };
        assert_eq!(fields.len(), 3);
        assert_eq!((fields[1].key_start.line, fields[1].key_start.column), (3, 3));
        // `b: [` — the list starts at column 6 of line 3.
        assert_eq!((fields[1].value.start.line, fields[1].value.start.column), (3, 6));
        let Kind::List(items) = &fields[1].value.kind else { panic!("list expected") };
        assert_eq!(items[1].kind, Kind::Float("2.5".to_string()));
        let Kind::Tuple { name: Some(some), items } = &fields[2].value.kind else { panic!("Some expected") };
        assert_eq!(some, "Some");
        assert!(matches!(&items[0].kind, Kind::Struct { name: Some(n), .. } if n == "Foo"));
    }

    #[test]
    fn comments_escapes_and_unicode_columns() {
        let node = root("/* a /* nested */ comment */ ( // line\n s: \"ä\\\"\\u{e9}\", t: 'x', u: r#\"raw\"# )");
        let Kind::Struct { fields, .. } = &node.kind else { panic!("struct expected") };
        assert_eq!(fields[0].value.kind, Kind::Str("ä\"é".to_string()));
        assert_eq!(fields[1].value.kind, Kind::Char('x'));
        assert_eq!(fields[2].value.kind, Kind::Str("raw".to_string()));
        // ` s: "ä\"\u{e9}", t:` — the `t` key is the 18th character of line 2.
        assert_eq!(fields[1].key_start.column, 18);
    }

    #[test]
    fn truncated_text_names_the_unclosed_bracket() {
        let Err(e) = parse("(\n  a: [1, 2,\n") else { panic!("must fail") };
        assert!(e.at_end);
        assert_eq!(e.unclosed.map(|(what, pos)| (what, pos.line, pos.column)), Some(("`[`", 2, 6)));
        let Err(e) = parse("(a: \"open") else { panic!("must fail") };
        assert_eq!(e.unclosed.map(|(what, _)| what), Some("string"));
        let Err(e) = parse("   ") else { panic!("must fail") };
        assert!(e.at_end);
        // A file cut in the middle of a field name ended; it did not misspell the field.
        let Err(e) = parse("(a: 1, b: (c: 2, am") else { panic!("must fail") };
        assert_eq!(e.unclosed.map(|(what, pos)| (what, pos.column)), Some(("`(`", 11)));
        let Err(e) = parse("(a: 1) junk") else { panic!("must fail") };
        assert!(!e.at_end, "closed brackets: junk after the end is a syntax error");
    }

    #[test]
    fn syntax_errors_point_at_the_token() {
        let Err(e) = parse("(a: 1 b: 2)") else { panic!("must fail") };
        assert!(!e.at_end);
        assert_eq!((e.at.line, e.at.column, e.found.to_string().as_str()), (1, 7, "`b`"));
        let Err(e) = parse("(a: 1) junk") else { panic!("must fail") };
        assert_eq!(e.at.column, 8);
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let text = "[".repeat(100_000);
        let Err(e) = parse(&text) else { panic!("must fail") };
        assert!(e.expected.contains("128"));
    }

    #[test]
    fn top_level_keys_survive_truncation() {
        let keys = top_level_keys("// c: x\n( company: \"a\", year: 1, segments: [ ( list_price: 3");
        assert_eq!(keys, vec!["company", "year", "segments"]);
        assert_eq!(top_level_keys("#![enable(implicit_some)]\n(format_version: 1)"), vec!["format_version"]);
    }

    #[test]
    fn a_syntax_error_names_the_field_it_is_in() {
        let Err(e) = parse("(\n a: 1,\n b: [ (x: 1), (x: 2, y: \"p, q\" /* ] */ z 3") else { panic!("must fail") };
        // Between fields the error names the field before it: a comma is missing after `y`.
        assert_eq!((e.path.as_str(), e.found.to_string().as_str()), ("b[1].y", "`z`"));
        let Err(e) = parse("(a: [1, (k: 2 3)])") else { panic!("must fail") };
        assert_eq!(e.path, "a[1].k");
        let Err(e) = parse("(a: [1, (k: ?") else { panic!("must fail") };
        assert_eq!(e.path, "a[1].k");
        let Err(e) = parse("(a: [1, 2 3], b: 4)") else { panic!("must fail") };
        assert_eq!(e.path, "a[1]");
        let Err(e) = parse("(a: (\n") else { panic!("must fail") };
        assert_eq!(e.path, "a");
    }
}
