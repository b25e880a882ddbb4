//! The RON reader of every Mehrwert input file: it remembers where every value starts and
//! ends and keeps numbers as written, so that problems found later (by the deserializer or
//! by validation) are reported at their line and column and no number passes through
//! binary floating point.
//!
//! It reads the RON Mehrwert files use — structs, tuples, lists, maps, strings, raw
//! strings, characters, numbers, identifiers, comments; `#![enable(…)]` attributes are
//! read and ignored (the deserializer always takes a value for `Some(value)`). Hand-written
//! because no RON crate gives spans of every value and the literal text of numbers.
//!
//! Architecture invariant: nothing here panics or recurses deeper than [`MAX_DEPTH`] on any
//! input, however malformed.

/// Deepest nesting of brackets accepted, as `ron`'s default recursion limit.
pub(crate) const MAX_DEPTH: usize = 128;

/// A place in the text: byte offset, 1-based line and 1-based column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pos {
    pub offset: usize,
    pub line: usize,
    pub column: usize,
}

/// One value of the document with where it starts and ends.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Node {
    /// Unique within one document; lets a later pass find the node again.
    pub id: u32,
    pub kind: Kind,
    pub start: Pos,
    pub end: Pos,
}

/// What a value is.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Kind {
    /// `()`
    Unit,
    Bool(bool),
    /// An integer literal as written (sign, radix prefix and `_` kept).
    Int(String),
    /// A float literal as written, including `inf` and `NaN`.
    Float(String),
    Str(String),
    Char(char),
    /// A bare identifier: `None`, a unit enum variant or a unit struct.
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
    /// Not from the text: stands in for a value already reported as wrong.
    Placeholder,
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
    pub found: String,
    /// What would have been valid there.
    pub expected: String,
    /// True when the text ended too early: a truncated file.
    pub at_end: bool,
    /// The innermost construct still open at that point, e.g. ("`(`", where it opened).
    pub unclosed: Option<(&'static str, Pos)>,
    /// The field path being read, e.g. `segments[1].weights`.
    pub path: String,
    /// The outermost struct's field names read before the error: they tell a truncated
    /// save game from a scenario.
    pub top_keys: Vec<String>,
    /// At the end of the text outside strings and comments: the brackets that close every
    /// one still open, innermost first.
    pub closers: Option<String>,
}

/// Parses a whole document into its root value.
pub(crate) fn parse(text: &str) -> Result<Node, Box<SyntaxError>> {
    let mut parser =
        Parser { cur: Cursor::new(text), next_id: 0, open: Vec::new(), path: Vec::new(), top_keys: Vec::new() };
    parser.skip_trivia()?;
    while parser.cur.peek() == Some('#') {
        parser.skip_attribute()?;
        parser.skip_trivia()?;
    }
    if parser.cur.peek().is_none() {
        return Err(parser.eof("a value, e.g. `( name: \"…\", … )`"));
    }
    let root = parser.value()?;
    parser.skip_trivia()?;
    if parser.cur.peek().is_some() {
        return Err(parser.unexpected("nothing after the value that ends before it"));
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

/// One step of the path the parser is in.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

/// `a.b[2].c` from steps.
fn render(steps: &[Step]) -> String {
    let mut path = String::new();
    for step in steps {
        match step {
            Step::Index(i) => path.push_str(&format!("[{i}]")),
            Step::Key(key) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
        }
    }
    path
}

/// A short description of the token at `at`: an identifier, number or single character,
/// in backticks, or "end of file".
pub(crate) fn token_at(text: &str, at: Pos) -> String {
    let rest = text.get(at.offset..).unwrap_or("");
    let Some(first) = rest.chars().next() else {
        return "end of file".to_string();
    };
    let word: String = if first.is_alphanumeric() || first == '_' || first == '.' {
        rest.chars().take_while(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '+' | '-')).take(40).collect()
    } else {
        first.to_string()
    };
    format!("`{word}`")
}

/// A character cursor that keeps line and column.
#[derive(Clone, Copy, Debug)]
struct Cursor<'t> {
    text: &'t str,
    offset: usize,
    line: usize,
    column: usize,
}

impl<'t> Cursor<'t> {
    fn new(text: &'t str) -> Cursor<'t> {
        Cursor { text, offset: 0, line: 1, column: 1 }
    }

    fn rest(&self) -> &'t str {
        self.text.get(self.offset..).unwrap_or("")
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.rest().chars().nth(n)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.offset += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn pos(&self) -> Pos {
        Pos { offset: self.offset, line: self.line, column: self.column }
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident_continue(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn skip_plain_whitespace(cur: &mut Cursor<'_>) {
    while cur.peek().is_some_and(char::is_whitespace) {
        cur.bump();
    }
}

/// Reads an identifier, including a raw identifier `r#name`.
fn read_ident(cur: &mut Cursor<'_>) -> String {
    let mut name = String::new();
    if cur.peek() == Some('r') && cur.peek_at(1) == Some('#') {
        cur.bump();
        cur.bump();
        while let Some(c) = cur.peek().filter(|c| is_ident_continue(*c) || matches!(c, '.' | '+' | '-')) {
            name.push(c);
            cur.bump();
        }
        return name;
    }
    while let Some(c) = cur.peek().filter(|c| is_ident_continue(*c)) {
        name.push(c);
        cur.bump();
    }
    name
}

/// True when the cursor is at `r"` or `r#…#"`, a raw string (not a raw identifier).
fn raw_string_ahead(cur: &Cursor<'_>) -> bool {
    let mut n = 1;
    while cur.peek_at(n) == Some('#') {
        n += 1;
    }
    cur.peek() == Some('r') && cur.peek_at(n) == Some('"')
}

/// Where an unterminated construct started, for the truncation message.
type Unclosed = (&'static str, Pos);

fn read_raw_string(cur: &mut Cursor<'_>) -> Result<String, Unclosed> {
    let start = cur.pos();
    cur.bump();
    let mut hashes = 0;
    while cur.peek() == Some('#') {
        hashes += 1;
        cur.bump();
    }
    cur.bump();
    let mut value = String::new();
    loop {
        match cur.bump() {
            None => return Err(("raw string", start)),
            Some('"') => {
                let mut ahead = *cur;
                let mut closing = 0;
                while closing < hashes && ahead.peek() == Some('#') {
                    ahead.bump();
                    closing += 1;
                }
                if closing == hashes {
                    *cur = ahead;
                    return Ok(value);
                }
                value.push('"');
            }
            Some(c) => value.push(c),
        }
    }
}

/// Skips a `//` or (nested) `/* */` comment at the cursor.
fn skip_comment(cur: &mut Cursor<'_>) -> Result<(), Unclosed> {
    let start = cur.pos();
    cur.bump();
    if cur.bump() == Some('/') {
        while cur.peek().is_some_and(|c| c != '\n') {
            cur.bump();
        }
        return Ok(());
    }
    let mut depth = 1;
    while depth > 0 {
        match cur.bump() {
            None => return Err(("block comment", start)),
            Some('/') if cur.peek() == Some('*') => {
                cur.bump();
                depth += 1;
            }
            Some('*') if cur.peek() == Some('/') => {
                cur.bump();
                depth -= 1;
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// Skips an attribute `#![…]`.
fn skip_balanced_attribute(cur: &mut Cursor<'_>) {
    let mut depth = 0usize;
    while let Some(c) = cur.bump() {
        match c {
            '[' | '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return;
                }
            }
            _ => {}
        }
    }
}

struct Parser<'t> {
    cur: Cursor<'t>,
    next_id: u32,
    /// Brackets opened and not yet closed, innermost last.
    open: Vec<Unclosed>,
    /// Where in the document the parser is, for the error message.
    path: Vec<Step>,
    /// Keys of the outermost struct read so far.
    top_keys: Vec<String>,
}

impl<'t> Parser<'t> {
    fn eof(&self, expected: &str) -> Box<SyntaxError> {
        let closers = self
            .open
            .iter()
            .rev()
            .map(|(what, _)| match *what {
                "`(`" => ')',
                "`[`" => ']',
                _ => '}',
            })
            .collect();
        Box::new(SyntaxError {
            closers: Some(closers),
            at: self.cur.pos(),
            found: "end of file".to_string(),
            expected: expected.to_string(),
            at_end: true,
            unclosed: self.open.last().copied(),
            path: render(&self.path),
            top_keys: self.top_keys.clone(),
        })
    }

    fn eof_inside(&self, unclosed: Unclosed, expected: &str) -> Box<SyntaxError> {
        Box::new(SyntaxError { unclosed: Some(unclosed), closers: None, ..*self.eof(expected) })
    }

    fn unexpected(&self, expected: &str) -> Box<SyntaxError> {
        if self.cur.peek().is_none() {
            return self.eof(expected);
        }
        Box::new(SyntaxError {
            at: self.cur.pos(),
            found: token_at(self.cur.text, self.cur.pos()),
            expected: expected.to_string(),
            at_end: false,
            unclosed: None,
            closers: None,
            path: render(&self.path),
            top_keys: self.top_keys.clone(),
        })
    }

    fn skip_trivia(&mut self) -> Result<(), Box<SyntaxError>> {
        loop {
            match self.cur.peek() {
                Some(c) if c.is_whitespace() => {
                    self.cur.bump();
                }
                Some('/') if matches!(self.cur.peek_at(1), Some('/' | '*')) => {
                    skip_comment(&mut self.cur).map_err(|u| self.eof_inside(u, "`*/` closing the comment"))?;
                }
                _ => return Ok(()),
            }
        }
    }

    fn skip_attribute(&mut self) -> Result<(), Box<SyntaxError>> {
        let start = self.cur.pos();
        skip_balanced_attribute(&mut self.cur);
        if self.cur.offset == start.offset {
            return Err(self.unexpected("an attribute `#![enable(…)]`"));
        }
        Ok(())
    }

    fn node(&mut self, kind: Kind, start: Pos) -> Node {
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        Node { id, kind, start, end: self.cur.pos() }
    }

    fn value(&mut self) -> Result<Node, Box<SyntaxError>> {
        if self.open.len() >= MAX_DEPTH {
            return Err(self.unexpected("at most 128 levels of nested brackets"));
        }
        let start = self.cur.pos();
        let Some(c) = self.cur.peek() else {
            return Err(self.eof("a value"));
        };
        let kind = match c {
            '(' => self.paren(None)?,
            '[' => self.list()?,
            '{' => self.map()?,
            '"' => Kind::Str(self.string()?),
            '\'' => Kind::Char(self.char_literal()?),
            'r' if raw_string_ahead(&self.cur) => {
                Kind::Str(read_raw_string(&mut self.cur).map_err(|u| self.eof_inside(u, "the end of the raw string"))?)
            }
            'b' if matches!(self.cur.peek_at(1), Some('"' | '\'')) => {
                return Err(self.unexpected("a value (byte strings are not used in Mehrwert files)"));
            }
            c if c.is_ascii_digit() || matches!(c, '+' | '-' | '.') => self.number()?,
            c if is_ident_start(c) => self.word()?,
            _ => return Err(self.unexpected("a value")),
        };
        Ok(self.node(kind, start))
    }

    /// An identifier: `true`, `false`, `inf`, `NaN`, a unit variant, or the name of `Name(…)`.
    fn word(&mut self) -> Result<Kind, Box<SyntaxError>> {
        let name = read_ident(&mut self.cur);
        if name.is_empty() {
            return Err(self.unexpected("an identifier"));
        }
        match name.as_str() {
            "true" => return Ok(Kind::Bool(true)),
            "false" => return Ok(Kind::Bool(false)),
            "inf" | "NaN" => return Ok(Kind::Float(name)),
            _ => {}
        }
        let before = self.cur;
        self.skip_trivia()?;
        if self.cur.peek() == Some('(') {
            return self.paren(Some(name));
        }
        self.cur = before;
        Ok(Kind::Ident(name))
    }

    fn number(&mut self) -> Result<Kind, Box<SyntaxError>> {
        let begin = self.cur.offset;
        if matches!(self.cur.peek(), Some('+' | '-')) {
            self.cur.bump();
        }
        if matches!(self.cur.peek(), Some('i' | 'N')) {
            let word = read_ident(&mut self.cur);
            if word != "inf" && word != "NaN" {
                return Err(self.unexpected("a number"));
            }
            return Ok(Kind::Float(self.cur.text.get(begin..self.cur.offset).unwrap_or("").to_string()));
        }
        let mut is_float = false;
        let mut digits = 0;
        if self.cur.peek() == Some('0') && matches!(self.cur.peek_at(1), Some('x' | 'b' | 'o')) {
            self.cur.bump();
            self.cur.bump();
            while self.cur.peek().is_some_and(|c| c.is_ascii_hexdigit() || c == '_') {
                self.cur.bump();
                digits += 1;
            }
        } else {
            digits += self.digits();
            if self.cur.peek() == Some('.') {
                is_float = true;
                self.cur.bump();
                digits += self.digits();
            }
            if matches!(self.cur.peek(), Some('e' | 'E')) && digits > 0 {
                is_float = true;
                self.cur.bump();
                if matches!(self.cur.peek(), Some('+' | '-')) {
                    self.cur.bump();
                }
                if self.digits() == 0 {
                    return Err(self.unexpected("the digits of the exponent"));
                }
            }
        }
        if digits == 0 {
            return Err(self.unexpected("a digit"));
        }
        if self.cur.peek().is_some_and(is_ident_continue) {
            return Err(self.unexpected("a separator after the number"));
        }
        let text = self.cur.text.get(begin..self.cur.offset).unwrap_or("").to_string();
        Ok(if is_float { Kind::Float(text) } else { Kind::Int(text) })
    }

    fn digits(&mut self) -> usize {
        let mut count = 0;
        while self.cur.peek().is_some_and(|c| c.is_ascii_digit() || c == '_') {
            self.cur.bump();
            count += 1;
        }
        count
    }

    fn string(&mut self) -> Result<String, Box<SyntaxError>> {
        let start = self.cur.pos();
        self.cur.bump();
        let mut value = String::new();
        loop {
            match self.cur.bump() {
                None => return Err(self.eof_inside(("string", start), "`\"` closing the string")),
                Some('"') => return Ok(value),
                Some('\\') => value.push(self.escape(("string", start))?),
                Some(c) => value.push(c),
            }
        }
    }

    fn char_literal(&mut self) -> Result<char, Box<SyntaxError>> {
        let start = self.cur.pos();
        self.cur.bump();
        let c = match self.cur.bump() {
            None => return Err(self.eof_inside(("character", start), "a character")),
            Some('\\') => self.escape(("character", start))?,
            Some(c) => c,
        };
        if self.cur.peek() != Some('\'') {
            return Err(self.unexpected("`'` closing the character"));
        }
        self.cur.bump();
        Ok(c)
    }

    /// The character after a backslash, as `ron` reads it.
    fn escape(&mut self, inside: Unclosed) -> Result<char, Box<SyntaxError>> {
        let Some(c) = self.cur.peek() else {
            return Err(self.eof_inside(inside, "an escaped character"));
        };
        let decoded = match c {
            '\'' | '"' | '\\' => Some(c),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            '0' => Some('\0'),
            'x' => {
                self.cur.bump();
                let hex: String = [self.cur.bump(), self.cur.bump()].into_iter().flatten().collect();
                let value = u8::from_str_radix(&hex, 16).ok().filter(u8::is_ascii).map(char::from);
                return value.ok_or_else(|| self.unexpected("an ASCII escape `\\x00`..`\\x7F`"));
            }
            'u' => {
                self.cur.bump();
                if self.cur.bump() != Some('{') {
                    return Err(self.unexpected("`{` in a Unicode escape `\\u{…}`"));
                }
                let mut hex = String::new();
                while let Some(h) = self.cur.peek().filter(|h| h.is_ascii_hexdigit() && hex.len() < 6) {
                    hex.push(h);
                    self.cur.bump();
                }
                if self.cur.peek() != Some('}') {
                    return Err(self.unexpected("`}` closing the Unicode escape"));
                }
                self.cur.bump();
                let value = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                return value.ok_or_else(|| self.unexpected("a valid Unicode escape `\\u{…}`"));
            }
            _ => None,
        };
        match decoded {
            Some(d) => {
                self.cur.bump();
                Ok(d)
            }
            None => Err(self.unexpected("an escape: \\\" \\\\ \\n \\r \\t \\0 \\x.. \\u{…}")),
        }
    }

    fn open(&mut self, what: &'static str) {
        let pos = self.cur.pos();
        self.cur.bump();
        self.open.push((what, pos));
    }

    fn close(&mut self) {
        self.cur.bump();
        self.open.pop();
    }

    /// True when the cursor is at `name:` (a struct field), not `name::` or a value.
    fn field_ahead(&self) -> bool {
        let mut ahead = self.cur;
        if !ahead.peek().is_some_and(is_ident_start) {
            return false;
        }
        read_ident(&mut ahead);
        skip_plain_whitespace(&mut ahead);
        ahead.peek() == Some(':') && ahead.peek_at(1) != Some(':')
    }

    fn paren(&mut self, name: Option<String>) -> Result<Kind, Box<SyntaxError>> {
        self.open("`(`");
        self.skip_trivia()?;
        if self.cur.peek() == Some(')') {
            self.close();
            return Ok(match name {
                None => Kind::Unit,
                Some(name) => Kind::Tuple { name: Some(name), items: Vec::new() },
            });
        }
        if self.field_ahead() {
            let fields = self.fields()?;
            return Ok(Kind::Struct { name, fields });
        }
        let items = self.items(')')?;
        Ok(Kind::Tuple { name, items })
    }

    /// The fields of a struct. An error between two fields names the one before it (the
    /// usual cause: a missing comma after it), so a key stays on the path until the next.
    fn fields(&mut self) -> Result<Vec<Field>, Box<SyntaxError>> {
        let depth = self.path.len();
        let mut fields = Vec::new();
        loop {
            self.skip_trivia()?;
            if self.cur.peek() == Some(')') {
                self.close();
                self.path.truncate(depth);
                return Ok(fields);
            }
            let key_start = self.cur.pos();
            if !self.field_ahead() {
                return Err(self.unexpected("a field `name: value` or `)`"));
            }
            let key = read_ident(&mut self.cur);
            if self.open.len() == 1 {
                self.top_keys.push(key.clone());
            }
            self.skip_trivia()?;
            self.cur.bump();
            self.skip_trivia()?;
            self.path.truncate(depth);
            self.path.push(Step::Key(key.clone()));
            let value = self.value()?;
            fields.push(Field { key, key_start, value });
            if self.separator(')')? {
                self.path.truncate(depth);
                return Ok(fields);
            }
        }
    }

    /// After an item: a comma (false) or the closing bracket (true, consumed).
    fn separator(&mut self, close: char) -> Result<bool, Box<SyntaxError>> {
        self.skip_trivia()?;
        match self.cur.peek() {
            Some(',') => {
                self.cur.bump();
                Ok(false)
            }
            Some(c) if c == close => {
                self.close();
                Ok(true)
            }
            _ => Err(self.unexpected(&format!("`,` or `{close}`"))),
        }
    }

    /// The items of a list or tuple; like a key, an index stays on the path until the next.
    fn items(&mut self, close: char) -> Result<Vec<Node>, Box<SyntaxError>> {
        let depth = self.path.len();
        let mut items = Vec::new();
        loop {
            self.skip_trivia()?;
            if self.cur.peek() == Some(close) {
                self.close();
                self.path.truncate(depth);
                return Ok(items);
            }
            if self.cur.peek().is_none() {
                return Err(self.eof("a value"));
            }
            self.path.truncate(depth);
            self.path.push(Step::Index(items.len()));
            items.push(self.value()?);
            if self.separator(close)? {
                self.path.truncate(depth);
                return Ok(items);
            }
        }
    }

    fn list(&mut self) -> Result<Kind, Box<SyntaxError>> {
        self.open("`[`");
        Ok(Kind::List(self.items(']')?))
    }

    fn map(&mut self) -> Result<Kind, Box<SyntaxError>> {
        self.open("`{`");
        let mut entries = Vec::new();
        loop {
            self.skip_trivia()?;
            if self.cur.peek() == Some('}') {
                self.close();
                return Ok(Kind::Map(entries));
            }
            let key = self.value()?;
            self.skip_trivia()?;
            if self.cur.peek() != Some(':') {
                return Err(self.unexpected("`:` after the map key"));
            }
            self.cur.bump();
            self.skip_trivia()?;
            let value = self.value()?;
            entries.push((key, value));
            if self.separator('}')? {
                return Ok(Kind::Map(entries));
            }
        }
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
    }

    #[test]
    fn syntax_errors_point_at_the_token() {
        let Err(e) = parse("(a: 1 b: 2)") else { panic!("must fail") };
        assert!(!e.at_end);
        assert_eq!((e.at.line, e.at.column, e.found.as_str()), (1, 7, "`b`"));
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
        assert_eq!((e.path.as_str(), e.found.as_str()), ("b[1].y", "`z`"));
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
