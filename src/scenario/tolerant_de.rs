//! The deserializer of every Mehrwert input file: it reads a derived type from the tree of
//! [`ron_tree`](crate::scenario::ron_tree) in one pass and reports every unknown, repeated
//! or missing field, every value of the wrong kind and every inexact number with its field
//! path, line and column; a `Decimal` gets a number's digits as written, never a float.
//!
//! Hand-written because serde stops at the first error and no crate goes on. What this
//! reader sees itself (an unknown or repeated field, a wrong shape, too many digits) it
//! records, and reads a stand-in instead. What a type raises (a missing field, `Money`
//! refusing fractions of a cent) is caught where the value is read: every field, element
//! and variant value is such a boundary (`next_value::<T>` and its kin know the type), and
//! a stand-in `T` takes the value's place. A stand-in is this deserializer without a node:
//! zero, empty text and lists, `None`, the first variant, every field a stand-in. serde
//! names only the first field a struct lacks; a stand-in of the same type that leaves out
//! what the file leaves out names the next.

use std::cell::{Cell, RefCell};
use std::fmt;

use rust_decimal::Decimal;
use serde::de::value::StrDeserializer;
use serde::de::{self, Deserialize, DeserializeOwned, DeserializeSeed, Visitor};

use crate::model::money::WHOLE_CENTS;
use crate::scenario::issue::{Code, Issue};
use crate::scenario::phrase::Phrase;
use crate::scenario::ron_tree::{Field, Kind, Node};

/// Most significant digits of a decimal number in a file (docs/scenario-format.md): every
/// amount and rate the formats need, and far inside the 28 digits `Decimal` holds exactly.
pub(crate) const MAX_SIGNIFICANT_DIGITS: usize = 15;

/// Reads `T` from the tree: the value, or every problem in the order found. Issues of
/// nodes that end after `cut` (the tree of a file cut short before a syntax error) are
/// not reported: a struct cut off misses fields only because of the cut.
pub(crate) fn read<T: DeserializeOwned>(root: &Node, text: &str, cut: Option<usize>) -> Result<T, Vec<Issue>> {
    let ctx = Ctx { text, cut, ..Ctx::default() };
    let value = De { node: Some(root), path: String::new(), ctx: &ctx }.boundary::<T>();
    let mut issues = ctx.hard.into_inner();
    issues.extend(ctx.soft.into_inner());
    match value {
        Ok(value) if issues.is_empty() => Ok(value),
        _ => Err(issues),
    }
}

/// A data error: its issue, which the node that claims it places (path, line, column and,
/// when empty, what was found).
#[derive(Debug)]
pub(crate) struct DeError {
    issue: Box<Issue>,
    /// The field a struct lacks, and (once claimed) the struct for [`missing_fields`].
    missing: Option<(&'static str, Option<Box<Probe>>)>,
    claimed: bool,
    /// The claiming node ends after the cut of a file read only up to a syntax error.
    cut: bool,
    /// Already recorded: a stand-in failed too, and an outer value stands in instead.
    reported: bool,
}

impl DeError {
    /// An error whose `found` the claiming node fills in.
    fn new(code: Code, allowed: Phrase) -> DeError {
        DeError::found(code, Phrase::Quote(String::new()), allowed)
    }

    fn found(code: Code, found: Phrase, allowed: Phrase) -> DeError {
        let issue = Box::new(Issue::error(code, "", found, allowed));
        DeError { issue, missing: None, claimed: false, cut: false, reported: false }
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.issue.fmt(f)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError::new(Code::Type, Phrase::Quote(msg.to_string()))
    }

    fn invalid_type(_unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        DeError::new(Code::Type, friendly(&exp.to_string()))
    }

    fn invalid_value(_unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        match exp.to_string() {
            cents if cents == WHOLE_CENTS => DeError::new(Code::Precision, Phrase::words("ph_whole_cents")),
            expected => DeError::new(Code::Type, friendly(&expected)),
        }
    }

    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Self {
        DeError::new(
            Code::Type,
            Phrase::words("ph_length").arg("expected", friendly(&exp.to_string())).count("len", len),
        )
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        DeError::found(Code::UnknownVariant, Phrase::Quote(format!("`{variant}`")), one_of(variant, expected))
    }

    fn missing_field(field: &'static str) -> Self {
        DeError { missing: Some((field, None)), ..DeError::new(Code::MissingField, Phrase::words("ph_required")) }
    }
}

/// `parent.key`, or `key` at the top.
pub(crate) fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() { key.to_string() } else { format!("{parent}.{key}") }
}

/// "one of: a, b, c", with a suggestion when `found` looks like a typo of one of them.
pub(crate) fn one_of(found: &str, expected: &[&str]) -> Phrase {
    if expected.is_empty() {
        return Phrase::words("ph_nothing_here");
    }
    let list = Phrase::words("ph_one_of").arg("list", expected.join(", "));
    match closest(found, expected) {
        Some(best) => Phrase::words("ph_did_you_mean").arg("list", list).arg("best", best),
        None => list,
    }
}

/// The candidate within a small edit distance of `found`, if any.
fn closest<'e>(found: &str, candidates: &[&'e str]) -> Option<&'e str> {
    let limit = (found.chars().count() / 3).max(1);
    let distances = candidates.iter().map(|c| (edit_distance(&found.to_lowercase(), &c.to_lowercase()), *c));
    distances.filter(|(d, _)| *d <= limit).min_by_key(|(d, _)| *d).map(|(_, c)| c)
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
/// serde's own words stay for the rare phrase not listed (derived types name themselves).
fn friendly(expected: &str) -> Phrase {
    let whole = |max: u64| Phrase::words("ph_whole_from_zero").arg("max", max.to_string());
    match expected {
        "u8" => whole(u8::MAX.into()),
        "u16" => whole(u16::MAX.into()),
        "u32" => whole(u32::MAX.into()),
        "u64" | "usize" => whole(u64::MAX),
        "i8" | "i16" | "i32" | "i64" | "isize" => Phrase::words("ph_whole_number"),
        "f32" | "f64" => Phrase::words("ph_syn_number"),
        "a Decimal type representing a fixed-point number" => Phrase::words("ph_decimal_28"),
        "a string" => Phrase::words("ph_quoted_text"),
        "a boolean" => Phrase::words("ph_true_false"),
        "a sequence" => Phrase::words("ph_list"),
        "option" => Phrase::words("ph_option"),
        other => Phrase::Quote(other.to_string()),
    }
}

/// A value's text for messages: its first line, at most 40 characters.
fn excerpt(text: &str, node: &Node) -> Phrase {
    let whole = text.get(node.start.offset..node.end.offset).unwrap_or("");
    let short: String = whole.lines().next().unwrap_or("").chars().take(40).collect();
    match short.len() {
        0 => Phrase::words("ph_nothing"),
        n if n < whole.len() => Phrase::Quote(format!("{short}…")),
        _ => Phrase::Quote(short),
    }
}

/// Shared by every deserializer of one read.
#[derive(Default)]
struct Ctx<'t> {
    text: &'t str,
    /// Byte offset where a file read up to a syntax error was cut.
    cut: Option<usize>,
    /// Problems the types raised, in the order found.
    hard: RefCell<Vec<Issue>>,
    /// Problems this reader saw itself, in the order found.
    soft: RefCell<Vec<Issue>>,
    /// Set while stand-ins look for the required fields a struct lacks.
    probe: Option<Probe>,
}

/// A struct that lacks fields, for stand-ins to rebuild: its fields, those given, the enum
/// variant it is. Stand-in options are `Some` then (at most 64), so that it is reached.
#[derive(Clone, Debug)]
struct Probe {
    fields: &'static [&'static str],
    given: Vec<&'static str>,
    variant: Option<String>,
    somes: Cell<u8>,
}

/// What the type asked the deserializer for.
#[derive(Clone, Copy)]
enum Want {
    Any,
    Bool,
    Int,
    Float,
    Char,
    Str,
    Bytes,
    Option,
    Unit,
    UnitStruct(&'static str),
    Newtype,
    Seq,
    Tuple(usize),
    Map,
    Struct(&'static str, &'static [&'static str]),
    Enum(&'static [&'static str]),
    Ignored,
}

/// Deserializes one tree node at a field path, or a stand-in where `node` is `None`.
#[derive(Clone)]
struct De<'a> {
    node: Option<&'a Node>,
    path: String,
    ctx: &'a Ctx<'a>,
}

impl<'a> De<'a> {
    fn child(&self, node: &'a Node) -> De<'a> {
        De { node: Some(node), path: self.path.clone(), ctx: self.ctx }
    }

    /// Reads a `T` here. A problem the type raises is recorded and a stand-in `T` takes
    /// the value's place, with what this reader noticed inside it (but a struct that lacks
    /// a field has been read otherwise).
    fn boundary<'de, T: Deserialize<'de>>(self) -> Result<T, DeError> {
        let (here, mark) = (self.clone(), self.ctx.soft.borrow().len());
        let error = match T::deserialize(self) {
            Ok(value) => return Ok(value),
            Err(error) if here.node.is_none() => return Err(error),
            // An error the type raises after reading the node belongs to the node too.
            Err(error) => here.claim(error, || None),
        };
        let (hard, soft) = (&here.ctx.hard, &here.ctx.soft);
        match &error.missing {
            Some((first, probe)) if !error.reported => {
                for field in if error.cut { Vec::new() } else { missing_fields::<T>(first, probe.as_deref()) } {
                    let mut issue = (*error.issue).clone();
                    (issue.path, issue.found) =
                        (join(&issue.path, field), Phrase::words("ph_no_field").arg("field", field.to_string()));
                    hard.borrow_mut().push(issue);
                }
            }
            _ => {
                soft.borrow_mut().truncate(mark);
                if !error.reported && !error.cut {
                    hard.borrow_mut().push(*error.issue);
                }
            }
        }
        T::deserialize(De { node: None, ..here }).map_err(|e| DeError { reported: true, ..e })
    }

    /// Places an error no inner node has claimed at this node; a struct that lacks a field
    /// says which fields it has, for [`missing_fields`].
    fn claim(&self, mut e: DeError, probe: impl FnOnce() -> Option<Probe>) -> DeError {
        let Some(node) = self.node.filter(|_| !e.claimed) else { return e };
        if e.issue.found.is_empty() {
            e.issue.found = excerpt(self.ctx.text, node);
        }
        (e.issue.path, e.issue.line, e.issue.column) =
            (self.path.clone(), Some(node.start.line), Some(node.start.column));
        (e.claimed, e.cut) = (true, self.ctx.cut.is_some_and(|cut| node.end.offset > cut));
        if let Some((_, shape)) = &mut e.missing {
            *shape = probe().map(Box::new);
        }
        e
    }

    /// Records a problem of this node that the type will not see, as its own `E-TYPE`.
    fn soft(&self, allowed: Phrase) {
        let e = self.claim(DeError::new(Code::Type, allowed), || None);
        if !e.cut {
            self.ctx.soft.borrow_mut().push(*e.issue);
        }
    }

    fn read<'de, V: Visitor<'de>>(self, want: Want, visitor: V) -> Result<V::Value, DeError> {
        let here = self.clone();
        let result = match self.node {
            None => self.stand_in(want, visitor),
            Some(node) => self.node_as(node, want, visitor),
        };
        result.map_err(|e| {
            here.claim(e, || match (want, here.node.map(|n| &n.kind)) {
                (Want::Struct(_, fields), Some(Kind::Struct { fields: given, .. })) => Some(probe(fields, given, None)),
                (Want::Struct(_, fields), _) => Some(probe(fields, &[], None)),
                _ => None,
            })
        })
    }

    /// A stand-in of what the type asked for.
    fn stand_in<'de, V: Visitor<'de>>(self, want: Want, visitor: V) -> Result<V::Value, DeError> {
        let ctx = self.ctx;
        match want {
            Want::Any | Want::Int => visitor.visit_u64(0),
            Want::Bool => visitor.visit_bool(false),
            Want::Float => visitor.visit_f64(0.0),
            Want::Char => visitor.visit_char(' '),
            Want::Str => visitor.visit_str(""),
            Want::Bytes => visitor.visit_bytes(&[]),
            Want::Option => match &ctx.probe {
                Some(probe) if probe.somes.replace(probe.somes.get().saturating_add(1)) < 64 => {
                    visitor.visit_some(self)
                }
                _ => visitor.visit_none(),
            },
            Want::Unit | Want::UnitStruct(_) | Want::Ignored => visitor.visit_unit(),
            Want::Newtype => visitor.visit_newtype_struct(self),
            Want::Seq => visitor.visit_seq(self.items([])),
            Want::Tuple(len) => visitor.visit_seq(self.items((0..len).map(|_| (Key::Index, None)))),
            Want::Map => visitor.visit_map(self.items([])),
            Want::Struct(_, fields) => visitor.visit_map(self.stand_in_fields(fields)),
            Want::Enum(variants) => {
                let variant =
                    ctx.probe.as_ref().and_then(|p| variants.iter().find(|v| p.variant.as_deref() == Some(**v)));
                match variant.or(variants.first()) {
                    Some(variant) => visitor.visit_enum(Variant(self, variant)),
                    None => Err(DeError::new(Code::Internal, Phrase::Quote("an enum without variants".to_string()))),
                }
            }
        }
    }

    /// Every field a stand-in, or, for the struct a probe rebuilds, the fields it gives.
    fn stand_in_fields(&self, fields: &'static [&'static str]) -> Items<'a> {
        let given = match &self.ctx.probe {
            Some(probe) if probe.fields == fields => probe.given.clone(),
            _ => fields.to_vec(),
        };
        self.items(given.into_iter().map(|field| (Key::Name(field), None)))
    }

    fn node_as<'de, V: Visitor<'de>>(self, node: &'a Node, want: Want, visitor: V) -> Result<V::Value, DeError> {
        match (want, &node.kind) {
            (Want::Ignored, _) => visitor.visit_unit(),
            (Want::Any, Kind::Int(text) | Kind::Float(text)) => match exact_number(text) {
                Ok(Exact::Int(n)) if n < 0 => visitor.visit_i64(n),
                Ok(Exact::Int(n)) => visitor.visit_u64(n.unsigned_abs()),
                Ok(Exact::Text(digits)) => visitor.visit_str(&digits),
                Err((code, allowed)) => Err(DeError::new(code, allowed)),
            },
            (Want::Option, Kind::Ident(name)) if name == "None" => visitor.visit_none(),
            (Want::Option, Kind::Tuple { name: Some(name), items }) if name == "Some" && items.len() == 1 => {
                visitor.visit_some(self.child(&items[0]))
            }
            (Want::Option, _) => visitor.visit_some(self),
            (Want::UnitStruct(_), Kind::Unit) => visitor.visit_unit(),
            (Want::UnitStruct(name), Kind::Ident(given)) if given == name => visitor.visit_unit(),
            (Want::Newtype, Kind::Tuple { items, .. }) if items.len() == 1 => {
                visitor.visit_newtype_struct(self.child(&items[0]))
            }
            (Want::Newtype, _) => visitor.visit_newtype_struct(self),
            (Want::Seq | Want::Tuple(_), Kind::Unit) => visitor.visit_seq(self.items([])),
            (Want::Seq | Want::Tuple(_), Kind::Tuple { items, .. } | Kind::List(items)) => {
                visitor.visit_seq(self.list(items))
            }
            (Want::Seq | Want::Tuple(_), _) => {
                // An empty list stands in; a tuple refuses it and is replaced whole.
                self.soft(Phrase::words("ph_list"));
                self.stand_in(Want::Seq, visitor)
            }
            (Want::Struct(name, fields), kind) => {
                let given = match kind {
                    Kind::Struct { name: Some(given), .. } if given != name => {
                        Err(Phrase::words("ph_struct_named").arg("name", name.to_string()))
                    }
                    Kind::Struct { fields: given, .. } => Ok(&given[..]),
                    Kind::Unit => Ok(&[][..]),
                    Kind::Tuple { name: given, items }
                        if items.is_empty() && given.as_deref().is_none_or(|g| g == name) =>
                    {
                        Ok(&[][..])
                    }
                    _ => Err(Phrase::words("ph_struct_fields").arg("first", fields.first().copied().unwrap_or("…"))),
                };
                match given {
                    Ok(given) => visitor.visit_map(self.fields(given, Some(fields))),
                    Err(allowed) => {
                        self.soft(allowed);
                        self.stand_in(want, visitor)
                    }
                }
            }
            (
                Want::Enum(_),
                Kind::Ident(variant)
                | Kind::Tuple { name: Some(variant), .. }
                | Kind::Struct { name: Some(variant), .. },
            ) => visitor.visit_enum(Variant(self, variant)),
            (Want::Enum(variants), _) => {
                self.soft(Phrase::words("ph_one_of").arg("list", variants.join(", ")));
                self.stand_in(want, visitor)
            }
            (_, kind) => self.plain(kind, visitor),
        }
    }

    /// The node as what it is, for a type that asked for a particular kind of value (an
    /// integer, a float, a string, …) or any: the visitor refuses what does not fit.
    fn plain<'de, V: Visitor<'de>>(self, kind: &'a Kind, visitor: V) -> Result<V::Value, DeError> {
        match kind {
            Kind::Unit => visitor.visit_unit(),
            Kind::Bool(b) => visitor.visit_bool(*b),
            Kind::Int(text) => visit_int(text, visitor),
            Kind::Float(text) => match text.replace('_', "").parse::<f64>() {
                Ok(value) => visitor.visit_f64(value),
                Err(_) => Err(DeError::new(Code::Type, Phrase::words("ph_syn_number"))),
            },
            Kind::Str(s) => visitor.visit_str(s),
            Kind::Char(c) => visitor.visit_char(*c),
            Kind::Ident(name) if name == "None" => visitor.visit_none(),
            Kind::Ident(name) => visitor.visit_str(name),
            Kind::Tuple { name: Some(name), items } if name == "Some" && items.len() == 1 => {
                visitor.visit_some(self.child(&items[0]))
            }
            Kind::Tuple { items, .. } | Kind::List(items) => visitor.visit_seq(self.list(items)),
            Kind::Struct { fields, .. } => visitor.visit_map(self.fields(fields, None)),
            Kind::Map(entries) => visitor.visit_map(self.items(entries.iter().map(|(k, v)| (Key::Node(k), Some(v))))),
        }
    }

    fn items(&self, items: impl IntoIterator<Item = (Key<'a>, Option<&'a Node>)>) -> Items<'a> {
        Items { items: items.into_iter().collect(), path: self.path.clone(), ctx: self.ctx, next: 0 }
    }

    fn list(&self, nodes: &'a [Node]) -> Items<'a> {
        self.items(nodes.iter().map(|node| (Key::Index, Some(node))))
    }

    /// The fields of a struct node; a repeated field, or one not `allowed`, is reported and
    /// left out.
    fn fields(&self, given: &'a [Field], allowed: Option<&'static [&'static str]>) -> Items<'a> {
        let mut known: Vec<&Field> = Vec::new();
        for field in given {
            let key = field.key.as_str();
            let (code, found, allowed) = if known.iter().any(|k| k.key == key) {
                (
                    Code::DuplicateField,
                    Phrase::words("ph_second_time").arg("key", key),
                    Phrase::words("ph_each_field_once"),
                )
            } else if let Some(allowed) = allowed.filter(|a| !a.contains(&key)) {
                (Code::UnknownField, Phrase::Quote(format!("`{key}`")), one_of(key, allowed))
            } else {
                known.push(field);
                continue;
            };
            let mut issue = Issue::error(code, join(&self.path, key), found, allowed);
            (issue.line, issue.column) = (Some(field.key_start.line), Some(field.key_start.column));
            self.ctx.soft.borrow_mut().push(issue);
        }
        self.items(known.into_iter().map(|f| (Key::Name(&f.key), Some(&f.value))))
    }
}

/// The fields of the struct that lacks some, those of them the file gives, its variant.
fn probe(fields: &'static [&'static str], given: &[Field], variant: Option<&str>) -> Probe {
    let given = fields.iter().copied().filter(|f| given.iter().any(|g| g.key == *f)).collect();
    Probe { fields, given, variant: variant.map(str::to_string), somes: Cell::new(0) }
}

/// The required fields a struct lacks, `first` (the one serde named) first: a stand-in
/// `T` whose struct has the fields given and those found so far names the next.
fn missing_fields<'de, T: Deserialize<'de>>(first: &'static str, shape: Option<&Probe>) -> Vec<&'static str> {
    let mut found = vec![first];
    while let Some(shape) = shape {
        let given = shape.given.iter().chain(&found).copied().collect();
        let ctx = Ctx { probe: Some(Probe { given, somes: Cell::new(0), ..shape.clone() }), ..Ctx::default() };
        match T::deserialize(De { node: None, path: String::new(), ctx: &ctx }) {
            Err(DeError { missing: Some((next, _)), .. }) if !found.contains(&next) => found.push(next),
            _ => break,
        }
    }
    found
}

/// Visits an integer literal the way `ron` does: u64 or i64 when it fits, else its text.
fn visit_int<'de, V: Visitor<'de>>(text: &str, visitor: V) -> Result<V::Value, DeError> {
    let clean = text.replace('_', "");
    let (negative, unsigned) = match clean.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, clean.strip_prefix('+').unwrap_or(&clean)),
    };
    let radix = ["0b", "0o", "0x"].iter().zip([2, 8, 16]).find(|(prefix, _)| unsigned.starts_with(**prefix));
    let digits = if radix.is_some() { unsigned.get(2..).unwrap_or("") } else { unsigned };
    match u128::from_str_radix(digits, radix.map_or(10, |(_, radix)| radix)) {
        Ok(magnitude) if !negative && magnitude <= u128::from(u64::MAX) => visitor.visit_u64(magnitude as u64),
        Ok(magnitude) if negative && magnitude <= 1 << 63 => {
            visitor.visit_i64((magnitude as i128).wrapping_neg() as i64)
        }
        _ => visitor.visit_str(&clean),
    }
}

/// A number read exactly: an integer that fits `i64`, or the decimal text.
#[derive(Debug, PartialEq, Eq)]
enum Exact {
    Int(i64),
    Text(String),
}

/// Checks a number literal for a decimal field: at most [`MAX_SIGNIFICANT_DIGITS`]
/// significant digits, decimal (no radix prefix), finite, and exactly representable; the
/// code and what is allowed when not.
fn exact_number(text: &str) -> Result<Exact, (Code, Phrase)> {
    let clean: String = text.replace('_', "");
    let decimal = || (Code::Type, Phrase::words("ph_decimal"));
    let unsigned = clean.trim_start_matches(['+', '-']);
    if ["0x", "0b", "0o"].iter().any(|radix| unsigned.starts_with(radix)) {
        return Err(decimal());
    }
    let mantissa = unsigned.split(['e', 'E']).next().unwrap_or("");
    let significant = mantissa.chars().filter(char::is_ascii_digit).skip_while(|c| *c == '0').count();
    if significant > MAX_SIGNIFICANT_DIGITS {
        let allowed =
            Phrase::words("ph_significant").count("max", MAX_SIGNIFICANT_DIGITS).arg("found", significant.to_string());
        return Err((Code::Precision, allowed));
    }
    let (written, scientific) = (clean.trim_start_matches('+'), mantissa.len() != unsigned.len());
    let value = if scientific { Decimal::from_scientific(written) } else { Decimal::from_str_exact(written) };
    let value = value.map_err(|_| decimal())?;
    match i64::try_from(value.mantissa()) {
        Ok(n) if value.scale() == 0 && !mantissa.contains('.') && !scientific => Ok(Exact::Int(n)),
        _ => Ok(Exact::Text(written.to_string())),
    }
}

/// Deserializer methods that only say what the type wants.
macro_rules! wants {
    ($($method:ident($($arg:ident: $ty:ty),*) => $want:expr,)*) => {
        $(fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, DeError> {
            self.read($want, visitor)
        })*
    };
}

impl<'de> de::Deserializer<'de> for De<'_> {
    type Error = DeError;

    wants! {
        deserialize_any() => Want::Any, deserialize_bool() => Want::Bool, deserialize_char() => Want::Char,
        deserialize_i8() => Want::Int, deserialize_i16() => Want::Int, deserialize_i32() => Want::Int,
        deserialize_i64() => Want::Int, deserialize_i128() => Want::Int, deserialize_u8() => Want::Int,
        deserialize_u16() => Want::Int, deserialize_u32() => Want::Int, deserialize_u64() => Want::Int,
        deserialize_u128() => Want::Int, deserialize_f32() => Want::Float, deserialize_f64() => Want::Float,
        deserialize_str() => Want::Str, deserialize_string() => Want::Str, deserialize_identifier() => Want::Str,
        deserialize_bytes() => Want::Bytes, deserialize_byte_buf() => Want::Bytes, deserialize_unit() => Want::Unit,
        deserialize_option() => Want::Option, deserialize_seq() => Want::Seq, deserialize_map() => Want::Map,
        deserialize_ignored_any() => Want::Ignored, deserialize_newtype_struct(_name: &'static str) => Want::Newtype,
        deserialize_unit_struct(name: &'static str) => Want::UnitStruct(name),
        deserialize_tuple(len: usize) => Want::Tuple(len),
        deserialize_tuple_struct(_name: &'static str, len: usize) => Want::Tuple(len),
        deserialize_struct(name: &'static str, fields: &'static [&'static str]) => Want::Struct(name, fields),
        deserialize_enum(_name: &'static str, variants: &'static [&'static str]) => Want::Enum(variants),
    }
}

/// How an item of [`Items`] is named: `[i]`, `.name` or `[key]`.
#[derive(Clone, Copy)]
enum Key<'a> {
    Index,
    Name(&'a str),
    Node(&'a Node),
}

/// The elements of a list or tuple, or the known fields of a struct, or the entries of a
/// map, at `path`; a value `None` is a stand-in.
struct Items<'a> {
    items: Vec<(Key<'a>, Option<&'a Node>)>,
    path: String,
    ctx: &'a Ctx<'a>,
    next: usize,
}

impl<'a> Items<'a> {
    /// The next value's deserializer.
    fn value(&mut self) -> Result<De<'a>, DeError> {
        let Some(&(key, node)) = self.items.get(self.next) else {
            return Err(de::Error::custom("a value without a key"));
        };
        let path = match key {
            Key::Index => format!("{}[{}]", self.path, self.next),
            Key::Name(name) => join(&self.path, name),
            Key::Node(key) => format!("{}[{}]", self.path, excerpt(self.ctx.text, key)),
        };
        self.next += 1;
        Ok(De { node, path, ctx: self.ctx })
    }
}

impl<'de> de::SeqAccess<'de> for Items<'_> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, DeError> {
        if self.next == self.items.len() { Ok(None) } else { seed.deserialize(self.value()?).map(Some) }
    }

    fn next_element<T: Deserialize<'de>>(&mut self) -> Result<Option<T>, DeError> {
        if self.next == self.items.len() { Ok(None) } else { self.value()?.boundary().map(Some) }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len() - self.next)
    }
}

impl<'de> de::MapAccess<'de> for Items<'_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, DeError> {
        match self.items.get(self.next) {
            None => Ok(None),
            Some((Key::Name(name), _)) => seed.deserialize(StrDeserializer::new(name)).map(Some),
            Some((Key::Node(key), _)) => {
                seed.deserialize(De { node: Some(key), path: self.path.clone(), ctx: self.ctx }).map(Some)
            }
            Some((Key::Index, _)) => Err(de::Error::custom("a list element for a key")),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        seed.deserialize(self.value()?)
    }

    fn next_value<V: Deserialize<'de>>(&mut self) -> Result<V, DeError> {
        self.value()?.boundary()
    }

    fn next_entry<K: Deserialize<'de>, V: Deserialize<'de>>(&mut self) -> Result<Option<(K, V)>, DeError> {
        let Some(key) = self.next_key()? else { return Ok(None) };
        Ok(Some((key, self.next_value()?)))
    }
}

/// The variant named `.1` of the enum at `.0`.
struct Variant<'a>(De<'a>, &'a str);

impl<'de, 'a> de::EnumAccess<'de> for Variant<'a> {
    type Error = DeError;
    type Variant = De<'a>;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, De<'a>), DeError> {
        Ok((seed.deserialize(StrDeserializer::new(self.1))?, self.0))
    }
}

impl De<'_> {
    /// The variant's content does not fit what its type asks for: `` `Name{shape} ``.
    fn wrong(&self, shape: &str) -> DeError {
        let name = match self.node.map(|n| &n.kind) {
            Some(Kind::Ident(name) | Kind::Tuple { name: Some(name), .. } | Kind::Struct { name: Some(name), .. }) => {
                name
            }
            _ => "",
        };
        DeError::new(Code::Type, Phrase::Quote(format!("`{name}{shape}")))
    }

    /// The content of `Name(value)`, or a stand-in.
    fn single(self) -> Result<Self, DeError> {
        match self.node.map(|n| &n.kind) {
            None => Ok(self),
            Some(Kind::Tuple { items, .. }) if items.len() == 1 => Ok(self.child(&items[0])),
            _ => Err(self.wrong("(…)` with one value")),
        }
    }
}

impl<'de> de::VariantAccess<'de> for De<'_> {
    type Error = DeError;

    fn unit_variant(self) -> Result<(), DeError> {
        match self.node.map(|n| &n.kind) {
            None | Some(Kind::Ident(_)) => Ok(()),
            _ => Err(self.wrong("` without brackets")),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, DeError> {
        seed.deserialize(self.single()?)
    }

    fn newtype_variant<T: Deserialize<'de>>(self) -> Result<T, DeError> {
        self.single()?.boundary()
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, DeError> {
        match self.node.map(|n| &n.kind) {
            None => self.stand_in(Want::Tuple(len), visitor),
            Some(Kind::Tuple { items, .. }) => visitor.visit_seq(self.list(items)),
            _ => Err(self.wrong("(…, …)`")),
        }
    }

    fn struct_variant<V: Visitor<'de>>(self, fields: &'static [&'static str], visitor: V) -> Result<V::Value, DeError> {
        let (given, variant) = match self.node.map(|n| &n.kind) {
            None => return visitor.visit_map(self.stand_in_fields(fields)),
            Some(Kind::Struct { fields: given, name }) => (&given[..], name.as_deref()),
            Some(Kind::Tuple { items, name }) if items.is_empty() => (&[][..], name.as_deref()),
            _ => return Err(self.wrong(&format!("( {}: …, … )`", fields.first().copied().unwrap_or("…")))),
        };
        let result = visitor.visit_map(self.fields(given, Some(fields)));
        result.map_err(|e| self.claim(e, || Some(probe(fields, given, variant))))
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
        read::<Outer>(&root, text, None)
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
        let issues = read::<Outer>(&root, text, None).err().unwrap_or_default();
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
        assert!(matches!(exact_number("9876543210987654"), Err((Code::Precision, _))));
        assert!(matches!(exact_number("876543210987654.32"), Err((Code::Precision, _))));
        assert!(matches!(exact_number("1291385000.0000000000000001"), Err((Code::Precision, _))));
        assert_eq!(exact_number("1.00000000000000"), Ok(Exact::Text("1.00000000000000".to_string())));
        for not_decimal in ["inf", "-inf", "NaN", "0x10", "1e400"] {
            assert!(matches!(exact_number(not_decimal), Err((Code::Type, _))), "{not_decimal}");
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
        assert_eq!(read::<Outer>(&root(text), text, None).map(|o| o.d.to_string()).ok().as_deref(), Some("0.10"));
        let text = "(x: [], e: Other, d: 123456789012.345)";
        assert_eq!(
            read::<Outer>(&root(text), text, None).map(|o| o.d.to_string()).ok().as_deref(),
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
