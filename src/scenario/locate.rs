//! Finds a field path such as `segments[1].weights.price` in RON text, so that problems
//! found by validation — after parsing, when only the path is known — can be shown at
//! their file, line and column.

use std::path::Path;

use crate::scenario::issue::{Issue, Issues};
use crate::scenario::load::normalize;
use crate::scenario::ron_tree::{self, Kind, Node};

/// One step of a field path.
enum Step<'p> {
    Key(&'p str),
    Index(usize),
    /// A map's entry by its key, written as Rust writes a string (`english["Fachhandel"]`).
    Entry(String),
}

/// Splits `a.b[2].c` or `english["x.y"]` into steps; `None` for an empty or malformed path.
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut steps = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix("[\"") {
            let (key, after) = quoted(inner)?;
            steps.push(Step::Entry(key));
            rest = after.strip_prefix(']')?;
        } else if let Some(inner) = rest.strip_prefix('[') {
            let (index, after) = inner.split_once(']')?;
            steps.push(Step::Index(index.parse().ok()?));
            rest = after;
        } else {
            let name = rest.strip_prefix('.').unwrap_or(rest);
            let end = name.find(['.', '[']).unwrap_or(name.len());
            if end == 0 {
                return None;
            }
            steps.push(Step::Key(&name[..end]));
            rest = &name[end..];
        }
    }
    Some(steps).filter(|steps| !steps.is_empty())
}

/// The string written (with Rust's escapes) up to its closing quote, and what follows it.
fn quoted(text: &str) -> Option<(String, &str)> {
    let mut out = String::new();
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &text[i + 1..])),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                '0' => out.push('\0'),
                'u' => {
                    let (start, _) = chars.next().filter(|(_, c)| *c == '{')?;
                    let (end, _) = chars.by_ref().find(|(_, c)| *c == '}')?;
                    out.push(char::from_u32(u32::from_str_radix(&text[start + 1..end], 16).ok()?)?);
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

/// The node of `steps`, or of the deepest enclosing item that exists.
fn find<'n>(root: &'n Node, steps: &[Step<'_>]) -> &'n Node {
    let mut node = root;
    for step in steps {
        let inner = match &node.kind {
            Kind::Tuple { name: Some(name), items } if name == "Some" && items.len() == 1 => &items[0],
            _ => node,
        };
        let next = match (step, &inner.kind) {
            (Step::Key(key), Kind::Struct { fields, .. }) => fields.iter().find(|f| f.key == *key).map(|f| &f.value),
            (Step::Index(i), Kind::List(items) | Kind::Tuple { items, .. }) => items.get(*i),
            (Step::Entry(key), Kind::Map(entries)) => {
                entries.iter().find(|(k, _)| matches!(&k.kind, Kind::Str(s) if s == key)).map(|(_, v)| v)
            }
            _ => None,
        };
        let Some(next) = next else { break };
        node = next;
    }
    node
}

/// Line and column (1-based, columns in characters) of the value at `path` in `text`;
/// where that value is absent (a defaulted field), of the nearest enclosing item; `None`
/// when the text does not parse or the path is empty or malformed.
pub fn locate(text: &str, path: &str) -> Option<(usize, usize)> {
    let root = ron_tree::parse(&normalize(text)).ok()?;
    let node = find(&root, &steps(path)?);
    Some((node.start.line, node.start.column))
}

/// Gives every issue without a location the line and column of its path in `text` and
/// every issue without a file `file`; errors first, then by position.
pub fn located(issues: Vec<Issue>, text: &str, file: Option<&Path>) -> Issues {
    let unplaced = issues.iter().any(|i| i.line.is_none() && !i.path.is_empty());
    let root = if unplaced { ron_tree::parse(&normalize(text)).ok() } else { None };
    let mut issues: Vec<Issue> = issues
        .into_iter()
        .map(|mut issue| {
            if let (None, Some(root), Some(steps)) = (issue.line, &root, steps(&issue.path)) {
                let node = find(root, &steps);
                (issue.line, issue.column) = (Some(node.start.line), Some(node.start.column));
            }
            issue.file = issue.file.or_else(|| file.map(Path::to_path_buf));
            issue
        })
        .collect();
    sort(&mut issues);
    Issues(issues)
}

/// Errors before warnings, then by line and column (stable: same place keeps its order).
pub(crate) fn sort(issues: &mut [Issue]) {
    issues.sort_by_key(|i| (i.severity, i.line.unwrap_or(0), i.column.unwrap_or(0)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::issue::Code;

    const TEXT: &str = "(\n  name: \"x\",\n  segments: [\n    (id: \"a\", weights: (price: 2.0)),\n    (id: \"b\", weights: (price: 3.0, terms: 1)),\n  ],\n  effect: Demand(segment: Some(\"a\"), factor: 0.9),\n)";

    #[test]
    fn finds_nested_fields_list_items_and_variants() {
        assert_eq!(locate(TEXT, "name"), Some((2, 9)));
        assert_eq!(locate(TEXT, "segments[1]"), Some((5, 5)));
        // `    (id: "b", weights: (price: 3.0` — the 3 is the 32nd character.
        assert_eq!(locate(TEXT, "segments[1].weights.price"), Some((5, 32)));
        assert_eq!(locate(TEXT, "effect.factor"), Some((7, 46)));
        assert_eq!(locate(TEXT, "effect.segment"), Some((7, 27)));
    }

    #[test]
    fn finds_a_map_entry_by_its_key_also_with_dots_and_escapes() {
        let text = "(\n  english: {\n    \"a.b\": \"x\",\n    \"sagt \\\"Hallo\\\"\": \"y\",\n  },\n)";
        // `    "a.b": "x"` — 4 + `"a.b": ` (7) → col 12.
        assert_eq!(locate(text, "english[\"a.b\"]"), Some((3, 12)));
        // The key as Rust's Debug writes it: `"sagt \"Hallo\""` (16 characters); 4 + 16 + `: ` (2) → col 23.
        let path = format!("english[{:?}]", "sagt \"Hallo\"");
        assert_eq!(locate(text, &path), Some((4, 23)));
        // An unknown key: the map itself (line 2, `  english: {` → col 12).
        assert_eq!(locate(text, "english[\"c\"]"), Some((2, 12)));
        assert_eq!(locate(text, "english[\"c]"), None, "an unclosed key is no path");
    }

    #[test]
    fn falls_back_to_the_enclosing_item_then_to_nothing() {
        // segments[0] has no `terms`: its `weights` struct is the nearest enclosing item.
        assert_eq!(locate(TEXT, "segments[0].weights.terms"), Some((4, 24)));
        assert_eq!(locate(TEXT, "segments[7].id"), Some((3, 13)));
        assert_eq!(locate(TEXT, ""), None);
        assert_eq!(locate(TEXT, "a[x]"), None);
        assert_eq!(locate("(name: ", "name"), None);
    }

    #[test]
    fn located_sorts_errors_first_and_fills_the_file() {
        let issues = vec![
            Issue::warning(Code::Capacity, "segments[0]", String::from("a"), String::from("b")),
            Issue::error(Code::Range, "segments[1].id", String::from("a"), String::from("b")),
            Issue::error(Code::Empty, "name", String::from("a"), String::from("b")),
        ];
        let out = located(issues, TEXT, Some(Path::new("s.ron")));
        let order: Vec<_> = out.0.iter().map(|i| (i.code.as_str(), i.line)).collect();
        assert_eq!(order, vec![("E-EMPTY", Some(2)), ("E-RANGE", Some(5)), ("W-CAPACITY", Some(4))]);
        assert_eq!(out.0[0].to_string(), "s.ron:2:9: error[E-EMPTY] name: found a; allowed: b");
    }
}
