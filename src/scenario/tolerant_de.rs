//! The deserializer of every Mehrwert input file: it reads a derived type from the RON tree
//! of [`ron_tree`](crate::scenario::ron_tree), keeps going after a data error, so that one
//! load reports every unknown field, missing field and wrong type, each with its field
//! path, line and column, and reads numbers from their text: a `Decimal` gets the digits as
//! written, never a binary float.
//!
//! Problems this reader sees itself (an unknown or repeated field, a value of the wrong
//! shape, a number with more digits than the formats allow) are recorded and a placeholder
//! stands in, so reading goes on. Problems the type raises (a missing field, a value its
//! own rules refuse) end a run, because a serde visitor cannot be resumed: the value is
//! replaced by a placeholder in the tree and the whole type is read again, once per such
//! problem.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt;

use rust_decimal::Decimal;
use serde::de::value::StrDeserializer;
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};

use crate::model::money::WHOLE_CENTS;
use crate::scenario::issue::Code;
use crate::scenario::issue::Issue;
use crate::scenario::placeholder::Placeholder;
use crate::scenario::ron_tree::{Field, Kind, Node, Pos};

/// Runs after which reading gives up: each rerun reports one more problem the type raised,
/// and a file with more than this many is better fixed in rounds than listed in full.
const MAX_RUNS: usize = 200;

/// Most significant digits of a decimal number in a file (docs/scenario-format.md): every
/// amount and rate the formats need, and far inside the 28 digits `Decimal` holds exactly.
pub(crate) const MAX_SIGNIFICANT_DIGITS: usize = 15;

/// Reads `T` from the tree: the value, or every problem in the order found. Issues of
/// nodes that end after `cut` (the tree of a file cut short before a syntax error) are
/// not reported: a struct cut off misses fields only because of the cut.
pub(crate) fn read<T: DeserializeOwned>(mut root: Node, text: &str, cut: Option<usize>) -> Result<T, Vec<Issue>> {
    let mut issues = Vec::new();
    let mut seen = BTreeSet::new();
    for _ in 0..MAX_RUNS {
        let soft = RefCell::new(Vec::new());
        let result = {
            let ctx = Ctx { text, soft: &soft, cut };
            T::deserialize(NodeDe { node: &root, path: String::new(), ctx: &ctx })
        };
        let soft = soft.into_inner();
        let error = match result {
            Ok(value) if issues.is_empty() && soft.is_empty() => return Ok(value),
            Ok(_) => {
                issues.extend(soft);
                return Err(issues);
            }
            Err(error) => error,
        };
        let repeated = error.at.as_ref().is_none_or(|at| !seen.insert((at.node, format!("{:?}", error.kind))));
        if error.at.as_ref().is_none_or(|at| !at.cut) {
            issues.push(error.to_issue());
        }
        if repeated || !repair(&mut root, &error) {
            issues.extend(soft);
            return Err(issues);
        }
    }
    Err(issues)
}

/// A data error, with where it happened once a tree node has claimed it.
#[derive(Debug)]
pub(crate) struct DeError {
    kind: ErrKind,
    at: Option<Located>,
}

#[derive(Debug, PartialEq)]
enum ErrKind {
    Missing(&'static str),
    UnknownVariant {
        found: String,
        expected: &'static [&'static str],
    },
    Invalid {
        expected: String,
    },
    /// More digits or decimals than the field allows; what is allowed.
    Precision(String),
    Message(String),
}

/// The innermost node an error belongs to.
#[derive(Debug)]
struct Located {
    node: u32,
    path: String,
    pos: Pos,
    /// The value's text, shortened.
    found: String,
    /// The node ends after the cut of a file read only up to a syntax error.
    cut: bool,
}

impl DeError {
    fn new(kind: ErrKind) -> DeError {
        DeError { kind, at: None }
    }

    fn to_issue(&self) -> Issue {
        let path = self.at.as_ref().map(|at| at.path.as_str()).unwrap_or("");
        let found = self.at.as_ref().map(|at| at.found.clone()).unwrap_or_default();
        let mut issue = match &self.kind {
            ErrKind::Missing(field) => Issue::error(
                Code::MissingField,
                join(path, field),
                format!("no field `{field}`"),
                "this field is required (see docs/scenario-format.md)",
            ),
            ErrKind::UnknownVariant { found, expected } => {
                Issue::error(Code::UnknownVariant, path, format!("`{found}`"), one_of(found, expected))
            }
            ErrKind::Invalid { expected } => Issue::error(Code::Type, path, found, friendly(expected)),
            ErrKind::Precision(allowed) => Issue::error(Code::Precision, path, found, allowed.clone()),
            ErrKind::Message(message) => Issue::error(Code::Type, path, found, message.clone()),
        };
        if let Some(at) = &self.at {
            issue.line = Some(at.pos.line);
            issue.column = Some(at.pos.column);
        }
        issue
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.to_issue())
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError::new(ErrKind::Message(msg.to_string()))
    }

    fn invalid_type(_unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        DeError::new(ErrKind::Invalid { expected: exp.to_string() })
    }

    fn invalid_value(_unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        let expected = exp.to_string();
        if expected == WHOLE_CENTS {
            return DeError::new(ErrKind::Precision(expected));
        }
        DeError::new(ErrKind::Invalid { expected })
    }

    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Self {
        DeError::new(ErrKind::Message(format!("{exp} (found {len} elements)")))
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        DeError::new(ErrKind::UnknownVariant { found: variant.to_string(), expected })
    }

    fn missing_field(field: &'static str) -> Self {
        DeError::new(ErrKind::Missing(field))
    }
}

/// `parent.key`, or `key` at the top.
pub(crate) fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() { key.to_string() } else { format!("{parent}.{key}") }
}

/// "one of: a, b, c", with a suggestion when `found` looks like a typo of one of them.
pub(crate) fn one_of(found: &str, expected: &[&str]) -> String {
    let list =
        if expected.is_empty() { "nothing here".to_string() } else { format!("one of: {}", expected.join(", ")) };
    match closest(found, expected) {
        Some(best) => format!("{list} (did you mean `{best}`?)"),
        None => list,
    }
}

/// The candidate within a small edit distance of `found`, if any.
fn closest<'e>(found: &str, candidates: &[&'e str]) -> Option<&'e str> {
    let limit = (found.chars().count() / 3).max(1);
    candidates
        .iter()
        .map(|c| (edit_distance(&found.to_lowercase(), &c.to_lowercase()), *c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// serde's "expected" phrases in the words of a scenario author.
fn friendly(expected: &str) -> String {
    let whole = |max: u128| format!("a whole number from 0 to {max}");
    match expected {
        "u8" => whole(u8::MAX.into()),
        "u16" => whole(u16::MAX.into()),
        "u32" => whole(u32::MAX.into()),
        "u64" | "usize" => whole(u64::MAX.into()),
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number".to_string(),
        "f32" | "f64" => "a number".to_string(),
        "a Decimal type representing a fixed-point number" => {
            "a decimal number such as 0.25 or 1200 (at most 28 digits)".to_string()
        }
        "a string" => "a text in double quotes, e.g. \"Pumpen\"".to_string(),
        "a boolean" => "true or false".to_string(),
        "a sequence" => "a list `[ … ]`".to_string(),
        "option" => "`Some(…)` or `None`".to_string(),
        other => other.to_string(),
    }
}

/// A value's text for messages: its first line, at most 40 characters.
fn excerpt(text: &str, node: &Node) -> String {
    let whole = text.get(node.start.offset..node.end.offset).unwrap_or("");
    let first_line = whole.lines().next().unwrap_or("");
    let short: String = first_line.chars().take(40).collect();
    if short.is_empty() {
        "nothing".to_string()
    } else if short.len() < whole.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// Applies the repair for `error`; false when nothing could be repaired.
fn repair(root: &mut Node, error: &DeError) -> bool {
    let Some(at) = &error.at else {
        return false;
    };
    let Some(node) = find_mut(root, at.node) else {
        return false;
    };
    match &error.kind {
        ErrKind::Missing(field) => add_placeholder_field(node, field),
        _ => {
            if node.kind == Kind::Placeholder {
                return false;
            }
            node.kind = Kind::Placeholder;
            true
        }
    }
}

/// The node with `id` (depth is bounded by the reader's nesting limit).
fn find_mut(node: &mut Node, id: u32) -> Option<&mut Node> {
    if node.id == id {
        return Some(node);
    }
    match &mut node.kind {
        Kind::Struct { fields, .. } => fields.iter_mut().find_map(|f| find_mut(&mut f.value, id)),
        Kind::Tuple { items, .. } | Kind::List(items) => items.iter_mut().find_map(|n| find_mut(n, id)),
        Kind::Map(entries) => entries.iter_mut().find_map(|(k, v)| find_mut(k, id).or_else(|| find_mut(v, id))),
        _ => None,
    }
}

/// Id of nodes the repair adds; they never claim errors of their own.
const ADDED: u32 = u32::MAX;

fn add_placeholder_field(node: &mut Node, field: &str) -> bool {
    let placeholder = Field {
        key: field.to_string(),
        key_start: node.start,
        value: Node { id: ADDED, kind: Kind::Placeholder, start: node.start, end: node.start },
    };
    match &mut node.kind {
        Kind::Struct { fields, .. } => {
            if fields.iter().any(|f| f.key == field) {
                return false;
            }
            fields.push(placeholder);
        }
        Kind::Unit => node.kind = Kind::Struct { name: None, fields: vec![placeholder] },
        Kind::Tuple { name, items } if items.is_empty() => {
            node.kind = Kind::Struct { name: name.take(), fields: vec![placeholder] };
        }
        _ => return false,
    }
    true
}

/// Shared by every deserializer of one run.
struct Ctx<'t> {
    text: &'t str,
    /// Problems that need no rerun: unknown and repeated fields, values of the wrong shape.
    soft: &'t RefCell<Vec<Issue>>,
    /// Byte offset where a file read up to a syntax error was cut.
    cut: Option<usize>,
}

/// Deserializes one tree node at a field path.
struct NodeDe<'a> {
    node: &'a Node,
    path: String,
    ctx: &'a Ctx<'a>,
}

impl<'a> NodeDe<'a> {
    fn child(&self, node: &'a Node, path: String) -> NodeDe<'a> {
        NodeDe { node, path, ctx: self.ctx }
    }

    /// Deserializes a child node; errors its type raises after reading the node (such as
    /// `Money` refusing fractions of a cent) belong to the child too.
    fn deserialize_child<'de, S: DeserializeSeed<'de>>(
        &self,
        seed: S,
        node: &'a Node,
        path: String,
    ) -> Result<S::Value, DeError> {
        let child = self.child(node, path);
        let result = seed.deserialize(NodeDe { node, path: child.path.clone(), ctx: self.ctx });
        child.claim(result)
    }

    fn located(&self) -> Located {
        Located {
            node: self.node.id,
            path: self.path.clone(),
            pos: self.node.start,
            found: excerpt(self.ctx.text, self.node),
            cut: self.ctx.cut.is_some_and(|cut| self.node.end.offset > cut),
        }
    }

    /// Records a problem of this node that needs no rerun.
    fn soft(&self, kind: ErrKind) {
        let at = self.located();
        if !at.cut {
            self.ctx.soft.borrow_mut().push(DeError { kind, at: Some(at) }.to_issue());
        }
    }

    /// Claims errors that no inner node has claimed.
    fn claim<T>(&self, result: Result<T, DeError>) -> Result<T, DeError> {
        result.map_err(|mut e| {
            if e.at.is_none() {
                e.at = Some(self.located());
            }
            e
        })
    }

    fn fields_access(&self, fields: &'a [Field], allowed: Option<&'static [&'static str]>) -> FieldsAccess<'a, '_> {
        let mut known: Vec<&Field> = Vec::with_capacity(fields.len());
        for field in fields {
            if known.iter().any(|k| k.key == field.key) {
                let mut issue = Issue::error(
                    Code::DuplicateField,
                    join(&self.path, &field.key),
                    format!("`{}` a second time", field.key),
                    "each field once",
                );
                issue.line = Some(field.key_start.line);
                issue.column = Some(field.key_start.column);
                self.ctx.soft.borrow_mut().push(issue);
                continue;
            }
            match allowed {
                Some(allowed) if !allowed.contains(&field.key.as_str()) => {
                    let mut issue = Issue::error(
                        Code::UnknownField,
                        join(&self.path, &field.key),
                        format!("`{}`", field.key),
                        one_of(&field.key, allowed),
                    );
                    issue.line = Some(field.key_start.line);
                    issue.column = Some(field.key_start.column);
                    self.ctx.soft.borrow_mut().push(issue);
                }
                _ => known.push(field),
            }
        }
        FieldsAccess { parent: self, fields: known, next: 0 }
    }

    /// The node for a type that takes any value (`Decimal` among them): a number goes to
    /// the visitor as its exact text unless it fits an integer.
    fn any<'de, V: Visitor<'de>>(&self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Int(text) | Kind::Float(text) => match exact_number(text) {
                Ok(Exact::Int(n)) if n >= 0 => visitor.visit_u64(n as u64),
                Ok(Exact::Int(n)) => visitor.visit_i64(n),
                Ok(Exact::Text(digits)) => visitor.visit_str(&digits),
                Err(kind) => Err(DeError::new(kind)),
            },
            _ => self.plain(visitor),
        }
    }

    /// The node for a type that asked for a particular kind of value (an integer, a float,
    /// a string, …): the visitor refuses what does not fit.
    fn plain<'de, V: Visitor<'de>>(&self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Placeholder => de::Deserializer::deserialize_any(Placeholder, visitor),
            Kind::Unit => visitor.visit_unit(),
            Kind::Bool(b) => visitor.visit_bool(*b),
            Kind::Int(text) => visit_int(text, visitor),
            Kind::Float(text) => match text.replace('_', "").parse::<f64>() {
                Ok(value) => visitor.visit_f64(value),
                Err(_) => Err(DeError::new(ErrKind::Invalid { expected: "a number".to_string() })),
            },
            Kind::Str(s) => visitor.visit_str(s),
            Kind::Char(c) => visitor.visit_char(*c),
            Kind::Ident(name) if name == "None" => visitor.visit_none(),
            Kind::Ident(name) => visitor.visit_str(name),
            Kind::Tuple { name: Some(name), items } if name == "Some" && items.len() == 1 => {
                visitor.visit_some(self.child(&items[0], self.path.clone()))
            }
            Kind::Tuple { items, .. } | Kind::List(items) => {
                visitor.visit_seq(SeqAccess { parent: self, items, next: 0 })
            }
            Kind::Struct { fields, .. } => visitor.visit_map(self.fields_access(fields, None)),
            Kind::Map(entries) => visitor.visit_map(MapAccess { parent: self, entries, next: 0 }),
        }
    }

    fn option<'de, V: Visitor<'de>>(&self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Placeholder => visitor.visit_none(),
            Kind::Ident(name) if name == "None" => visitor.visit_none(),
            Kind::Tuple { name: Some(name), items } if name == "Some" && items.len() == 1 => {
                visitor.visit_some(self.child(&items[0], self.path.clone()))
            }
            _ => visitor.visit_some(self.child(self.node, self.path.clone())),
        }
    }

    fn seq<'de, V: Visitor<'de>>(&self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Placeholder => de::Deserializer::deserialize_seq(Placeholder, visitor),
            Kind::Unit => visitor.visit_seq(SeqAccess { parent: self, items: &[], next: 0 }),
            Kind::Tuple { items, .. } | Kind::List(items) => {
                visitor.visit_seq(SeqAccess { parent: self, items, next: 0 })
            }
            _ => {
                self.soft(ErrKind::Invalid { expected: "a sequence".to_string() });
                de::Deserializer::deserialize_seq(Placeholder, visitor)
            }
        }
    }

    fn structure<'de, V: Visitor<'de>>(
        &self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let wrong = |expected: String, visitor: V| {
            self.soft(ErrKind::Invalid { expected });
            de::Deserializer::deserialize_struct(Placeholder, name, fields, visitor)
        };
        match &self.node.kind {
            Kind::Placeholder => de::Deserializer::deserialize_struct(Placeholder, name, fields, visitor),
            Kind::Struct { name: Some(given), .. } if given != name => {
                wrong(format!("a struct `{name}( … )` or `( … )`"), visitor)
            }
            Kind::Struct { fields: given, .. } => visitor.visit_map(self.fields_access(given, Some(fields))),
            Kind::Unit => visitor.visit_map(self.fields_access(&[], Some(fields))),
            Kind::Tuple { name: given, items } if items.is_empty() && given.as_deref().is_none_or(|g| g == name) => {
                visitor.visit_map(self.fields_access(&[], Some(fields)))
            }
            _ => wrong(format!("a struct `( {}: …, … )`", fields.first().copied().unwrap_or("…")), visitor),
        }
    }

    fn enumeration<'de, V: Visitor<'de>>(
        &self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let access = |variant: &'a str, content: Content<'a>| EnumAccess { parent: self, variant, content };
        match &self.node.kind {
            Kind::Placeholder => de::Deserializer::deserialize_enum(Placeholder, name, variants, visitor),
            Kind::Ident(variant) => visitor.visit_enum(access(variant, Content::Unit)),
            Kind::Tuple { name: Some(variant), items } => visitor.visit_enum(access(variant, Content::Tuple(items))),
            Kind::Struct { name: Some(variant), fields } => {
                visitor.visit_enum(access(variant, Content::Struct(fields)))
            }
            _ => {
                self.soft(ErrKind::Invalid { expected: format!("one of: {}", variants.join(", ")) });
                de::Deserializer::deserialize_enum(Placeholder, name, variants, visitor)
            }
        }
    }
}

/// Visits an integer literal the way `ron` does: u64 or i64 when it fits, else a float.
fn visit_int<'de, V: Visitor<'de>>(text: &str, visitor: V) -> Result<V::Value, DeError> {
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let (negative, unsigned) = match clean.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, clean.strip_prefix('+').unwrap_or(&clean)),
    };
    let (radix, digits) = match unsigned.get(..2) {
        Some("0x") => (16, unsigned.get(2..).unwrap_or("")),
        Some("0b") => (2, unsigned.get(2..).unwrap_or("")),
        Some("0o") => (8, unsigned.get(2..).unwrap_or("")),
        _ => (10, unsigned),
    };
    match u128::from_str_radix(digits, radix) {
        Ok(magnitude) if !negative => match u64::try_from(magnitude) {
            Ok(value) => visitor.visit_u64(value),
            Err(_) => visitor.visit_str(&clean),
        },
        Ok(magnitude) => match i128::try_from(magnitude).ok().and_then(|m| i64::try_from(-m).ok()) {
            Some(value) => visitor.visit_i64(value),
            None => visitor.visit_str(&clean),
        },
        Err(_) => visitor.visit_str(&clean),
    }
}

/// A number read exactly: an integer that fits `i64`, or the decimal text.
#[derive(Debug, PartialEq, Eq)]
enum Exact {
    Int(i64),
    Text(String),
}

/// Checks a number literal for a decimal field: at most [`MAX_SIGNIFICANT_DIGITS`]
/// significant digits, decimal (no radix prefix), finite, and exactly representable.
fn exact_number(text: &str) -> Result<Exact, ErrKind> {
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let decimal = || ErrKind::Invalid { expected: "a decimal number such as 0.25 or 1200".to_string() };
    let unsigned = clean.trim_start_matches(['+', '-']);
    if unsigned.starts_with("0x") || unsigned.starts_with("0b") || unsigned.starts_with("0o") {
        return Err(decimal());
    }
    let mantissa = unsigned.split(['e', 'E']).next().unwrap_or("");
    let significant = mantissa.chars().filter(char::is_ascii_digit).skip_while(|c| *c == '0').count();
    if significant > MAX_SIGNIFICANT_DIGITS {
        return Err(ErrKind::Precision(format!(
            "at most {MAX_SIGNIFICANT_DIGITS} significant digits (found {significant})"
        )));
    }
    let value = if mantissa.len() == unsigned.len() {
        Decimal::from_str_exact(clean.trim_start_matches('+'))
    } else {
        Decimal::from_scientific(clean.trim_start_matches('+'))
    };
    let value = value.map_err(|_| decimal())?;
    if value.scale() == 0
        && let Ok(n) = i64::try_from(value.mantissa())
        && !mantissa.contains('.')
        && mantissa.len() == unsigned.len()
    {
        return Ok(Exact::Int(n));
    }
    Ok(Exact::Text(clean.trim_start_matches('+').to_string()))
}

/// Deserializer methods that hand a placeholder node to [`Placeholder`]'s method of the same
/// name (so it makes the right type) and everything else to `deserialize_any`.
macro_rules! forward_unless_placeholder {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
                if self.node.kind == Kind::Placeholder {
                    return de::Deserializer::$method(Placeholder, visitor);
                }
                let result = self.plain(visitor);
                self.claim(result)
            }
        )*
    };
}

impl<'de> de::Deserializer<'de> for NodeDe<'_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let result = self.any(visitor);
        self.claim(result)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let result = self.option(visitor);
        self.claim(result)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let result = match self.node.kind {
            Kind::Placeholder => visitor.visit_unit(),
            _ => self.plain(visitor),
        };
        self.claim(result)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, DeError> {
        let result = match &self.node.kind {
            Kind::Placeholder | Kind::Unit => visitor.visit_unit(),
            Kind::Ident(given) if given == name => visitor.visit_unit(),
            _ => self.plain(visitor),
        };
        self.claim(result)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, DeError> {
        let result = match &self.node.kind {
            Kind::Tuple { items, .. } if items.len() == 1 => {
                visitor.visit_newtype_struct(self.child(&items[0], self.path.clone()))
            }
            _ => visitor.visit_newtype_struct(self.child(self.node, self.path.clone())),
        };
        self.claim(result)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let result = self.seq(visitor);
        self.claim(result)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, DeError> {
        if self.node.kind == Kind::Placeholder {
            return de::Deserializer::deserialize_tuple(Placeholder, len, visitor);
        }
        let result = self.seq(visitor);
        self.claim(result)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        if self.node.kind == Kind::Placeholder {
            return de::Deserializer::deserialize_tuple_struct(Placeholder, name, len, visitor);
        }
        let result = self.seq(visitor);
        self.claim(result)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let result = match self.node.kind {
            Kind::Placeholder => de::Deserializer::deserialize_map(Placeholder, visitor),
            _ => self.plain(visitor),
        };
        self.claim(result)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let result = self.structure(name, fields, visitor);
        self.claim(result)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let result = self.enumeration(name, variants, visitor);
        self.claim(result)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    forward_unless_placeholder! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128 deserialize_f32
        deserialize_f64 deserialize_char deserialize_str deserialize_string deserialize_bytes
        deserialize_byte_buf deserialize_identifier
    }
}

/// The elements of a list or tuple, at `path[i]`.
struct SeqAccess<'a, 'p> {
    parent: &'p NodeDe<'a>,
    items: &'a [Node],
    next: usize,
}

impl<'de> de::SeqAccess<'de> for SeqAccess<'_, '_> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, DeError> {
        let Some(item) = self.items.get(self.next) else {
            return Ok(None);
        };
        let path = format!("{}[{}]", self.parent.path, self.next);
        self.next += 1;
        self.parent.deserialize_child(seed, item, path).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len().saturating_sub(self.next))
    }
}

/// The (known) fields of a struct, at `path.key`.
struct FieldsAccess<'a, 'p> {
    parent: &'p NodeDe<'a>,
    fields: Vec<&'a Field>,
    next: usize,
}

impl<'de> de::MapAccess<'de> for FieldsAccess<'_, '_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, DeError> {
        let Some(field) = self.fields.get(self.next) else {
            return Ok(None);
        };
        let key: StrDeserializer<'_, DeError> = field.key.as_str().into_deserializer();
        seed.deserialize(key).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let Some(field) = self.fields.get(self.next) else {
            return Err(de::Error::custom("a value without a field name"));
        };
        self.next += 1;
        self.parent.deserialize_child(seed, &field.value, join(&self.parent.path, &field.key))
    }
}

/// The entries of a `{ key: value }` map.
struct MapAccess<'a, 'p> {
    parent: &'p NodeDe<'a>,
    entries: &'a [(Node, Node)],
    next: usize,
}

impl<'de> de::MapAccess<'de> for MapAccess<'_, '_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, DeError> {
        let Some((key, _)) = self.entries.get(self.next) else {
            return Ok(None);
        };
        seed.deserialize(self.parent.child(key, self.parent.path.clone())).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let Some((key, value)) = self.entries.get(self.next) else {
            return Err(de::Error::custom("a map value without a key"));
        };
        self.next += 1;
        let path = format!("{}[{}]", self.parent.path, excerpt(self.parent.ctx.text, key));
        self.parent.deserialize_child(seed, value, path)
    }
}

/// What follows an enum variant's name.
#[derive(Clone, Copy)]
enum Content<'a> {
    Unit,
    Tuple(&'a [Node]),
    Struct(&'a [Field]),
}

/// An enum variant and its content.
struct EnumAccess<'a, 'p> {
    parent: &'p NodeDe<'a>,
    variant: &'a str,
    content: Content<'a>,
}

impl<'de, 'a, 'p> de::EnumAccess<'de> for EnumAccess<'a, 'p> {
    type Error = DeError;
    type Variant = EnumAccess<'a, 'p>;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self::Variant), DeError> {
        let name: StrDeserializer<'_, DeError> = self.variant.into_deserializer();
        let value = seed.deserialize(name)?;
        Ok((value, self))
    }
}

impl<'de> de::VariantAccess<'de> for EnumAccess<'_, '_> {
    type Error = DeError;

    fn unit_variant(self) -> Result<(), DeError> {
        match self.content {
            Content::Unit => Ok(()),
            _ => Err(DeError::new(ErrKind::Invalid { expected: format!("`{}` without brackets", self.variant) })),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, DeError> {
        match self.content {
            Content::Tuple([item]) => seed.deserialize(self.parent.child(item, self.parent.path.clone())),
            _ => Err(DeError::new(ErrKind::Invalid { expected: format!("`{}(…)` with one value", self.variant) })),
        }
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, DeError> {
        match self.content {
            Content::Tuple(items) => visitor.visit_seq(SeqAccess { parent: self.parent, items, next: 0 }),
            _ => Err(DeError::new(ErrKind::Invalid { expected: format!("`{}(…, …)`", self.variant) })),
        }
    }

    fn struct_variant<V: Visitor<'de>>(self, fields: &'static [&'static str], visitor: V) -> Result<V::Value, DeError> {
        match self.content {
            Content::Struct(given) => visitor.visit_map(self.parent.fields_access(given, Some(fields))),
            Content::Tuple([]) => visitor.visit_map(self.parent.fields_access(&[], Some(fields))),
            _ => {
                let first = fields.first().copied().unwrap_or("…");
                Err(DeError::new(ErrKind::Invalid { expected: format!("`{}( {first}: …, … )`", self.variant) }))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::ron_tree::parse;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code, reason = "the fields exist to be deserialized, never read")]
    struct Inner {
        a: u32,
        #[serde(default)]
        b: rust_decimal::Decimal,
        s: String,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code, reason = "the fields exist to be deserialized, never read")]
    enum Effect {
        Demand { segment: Option<String>, factor: rust_decimal::Decimal },
        Other,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code, reason = "the fields exist to be deserialized, never read")]
    struct Outer {
        x: Vec<Inner>,
        e: Effect,
        d: rust_decimal::Decimal,
    }

    /// (code, path, line, column) of every issue.
    fn check(text: &str) -> Vec<(&'static str, String, usize, usize)> {
        let Ok(root) = parse(text) else { panic!("test text must parse: {text}") };
        read::<Outer>(root, text, None)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|i| (i.code.as_str(), i.path, i.line.unwrap_or(0), i.column.unwrap_or(0)))
            .collect()
    }

    #[test]
    fn a_valid_text_has_no_issues() {
        assert!(check("(x: [(a: 1, s: \"\")], e: Demand(segment: Some(\"k\"), factor: 1.2), d: 0.30)").is_empty());
    }

    #[test]
    fn reports_every_problem_in_one_pass() {
        let text = "(\n x: [(a: 1.5, s: \"\"), (a: 1, zz: 4)],\n e: Demand(segment: 3),\n d: \"abc\",\n d: 1,\n)";
        let mut found = check(text);
        found.sort();
        let expected = vec![
            ("E-DUPLICATE-FIELD", "d".to_string(), 5, 2),
            ("E-MISSING-FIELD", "e.factor".to_string(), 3, 5),
            ("E-MISSING-FIELD", "x[1].s".to_string(), 2, 23),
            ("E-TYPE", "d".to_string(), 4, 5),
            ("E-TYPE", "e.segment".to_string(), 3, 21),
            ("E-TYPE", "x[0].a".to_string(), 2, 10),
            ("E-UNKNOWN-FIELD", "x[1].zz".to_string(), 2, 30),
        ];
        assert_eq!(found, expected);
    }

    #[test]
    fn unknown_variant_lists_the_variants_and_suggests() {
        let text = "(x: [], e: Othr, d: 1)";
        let Ok(root) = parse(text) else { panic!("parses") };
        let issues = read::<Outer>(root, text, None).err().unwrap_or_default();
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].code, "E-UNKNOWN-VARIANT");
        assert_eq!(issues[0].allowed, "one of: Demand, Other (did you mean `Other`?)");
    }

    #[test]
    fn negative_and_huge_integers_are_type_errors_for_unsigned_fields() {
        let found = check("(x: [(a: -1, s: \"\"), (a: 99999999999999999999999, s: \"\")], e: Other, d: 1)");
        assert_eq!(found.iter().map(|f| f.1.as_str()).collect::<Vec<_>>(), vec!["x[0].a", "x[1].a"]);
    }

    #[test]
    fn numbers_for_decimal_fields_are_read_from_their_digits() {
        let text = |digits: &str| Exact::Text(digits.to_string());
        assert_eq!(exact_number("1.0"), Ok(text("1.0")));
        assert_eq!(exact_number("+1_200.50"), Ok(text("1200.50")));
        assert_eq!(exact_number("-42"), Ok(Exact::Int(-42)));
        assert_eq!(exact_number("1e3"), Ok(text("1e3")));
        // 15 significant digits: leading zeros do not count, trailing ones do.
        assert_eq!(exact_number("987654321098765"), Ok(Exact::Int(987_654_321_098_765)));
        assert_eq!(exact_number("0.000123456789012345"), Ok(text("0.000123456789012345")));
        assert!(matches!(exact_number("9876543210987654"), Err(ErrKind::Precision(_))));
        assert!(matches!(exact_number("876543210987654.32"), Err(ErrKind::Precision(_))));
        assert!(matches!(exact_number("1291385000.0000000000000001"), Err(ErrKind::Precision(_))));
        assert_eq!(exact_number("1.00000000000000"), Ok(Exact::Text("1.00000000000000".to_string())));
        for not_decimal in ["inf", "-inf", "NaN", "0x10", "1e400"] {
            assert!(matches!(exact_number(not_decimal), Err(ErrKind::Invalid { .. })), "{not_decimal}");
        }
    }

    proptest::proptest! {
        /// Whatever digits, signs, points and exponents a number has, reading it for a
        /// decimal field gives a value or a refusal, never a panic, and an accepted text is
        /// one `Decimal` reads exactly.
        #[test]
        fn any_number_text_is_read_exactly_or_refused(text in "[+-]?[0-9_]{0,30}(\\.[0-9_]{0,30})?([eE][+-]?[0-9]{1,25})?") {
            if let Ok(Exact::Text(digits)) = exact_number(&text) {
                let value = Decimal::from_str_exact(&digits).or_else(|_| Decimal::from_scientific(&digits));
                proptest::prop_assert!(value.is_ok(), "{text} → {digits}");
            }
        }
    }

    #[test]
    fn a_decimal_field_gets_the_exact_value() {
        let root = |t: &str| parse(t).unwrap_or_else(|e| panic!("{t}: {e:?}"));
        let text = "(x: [], e: Other, d: 0.10)";
        // Read from its digits, the decimal keeps the scale as written: through a binary float
        // (`0.1` printed shortest) it would come back as "0.1".
        assert_eq!(read::<Outer>(root(text), text, None).map(|o| o.d.to_string()).ok().as_deref(), Some("0.10"));
        let text = "(x: [], e: Other, d: 123456789012.345)";
        assert_eq!(
            read::<Outer>(root(text), text, None).map(|o| o.d.to_string()).ok().as_deref(),
            Some("123456789012.345")
        );
    }

    #[test]
    fn edit_distance_counts_single_edits() {
        // "kitten" → "sitting": k→s, e→i, +g = 3 edits.
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(closest("loan_rat", &["loan_rate", "deposit_rate"]), Some("loan_rate"));
        assert_eq!(closest("zzz", &["loan_rate"]), None);
    }
}
