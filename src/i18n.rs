//! Every text of the game and the command line in German and English, read once from the
//! Fluent files `assets/locales/{de,en}/mehrwert.ftl` that are embedded in the binary.
//!
//! Architecture Invariant: both files hold the same message ids, and every key the code
//! passes as a literal to `tr` or `label` has a message in both (tested below). Two
//! namespaces share the files: statement lines and report headings ([`label_text`], used by
//! [`crate::labels::label`]) under their snake_case key, and screen texts ([`screen_text`],
//! used by `ui::text::tr`) under `ui_` + key, because some keys ("financing", "rnd") name
//! a statement line and something on screen in different words. Fluent allows `_` in
//! message ids, so a key found in the code is found in the files by the same spelling.
//!
//! Texts without arguments reach callers as `&'static str`: each message is rendered once,
//! on first use, into a process-wide map (its strings leaked once: a fixed, small set).
//! Texts with arguments are rendered per call by [`message`], with real Fluent arguments
//! (numbers and selectors); nothing fills placeholders by string replacement.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_syntax::ast;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, langid};

use crate::model::format::Locale;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./assets/locales",
        fallback_language: "de",
        // Fluent wraps inserted values in Unicode isolation marks by default; they would
        // leak into exports and text comparisons (DESIGN.md §3).
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Each language with its file (relative to the crate) and that file's text. The same
/// files are embedded by [`LOCALES`]; this copy lists their message ids and placeholders,
/// which the loader does not expose.
const FILES: [(Locale, &str, &str); 2] = [
    (Locale::De, "assets/locales/de/mehrwert.ftl", include_str!("../assets/locales/de/mehrwert.ftl")),
    (Locale::En, "assets/locales/en/mehrwert.ftl", include_str!("../assets/locales/en/mehrwert.ftl")),
];

/// The prefix that puts a message into the screens' namespace.
const SCREEN_PREFIX: &str = "ui_";

/// The prefix of the glossary's messages, `gl_<key>__<field>`.
const GLOSSARY_PREFIX: &str = "gl_";

/// A value handed to a Fluent message: a text (a figure already formatted for the
/// language) or a number (which selects a plural form).
pub type Arg = FluentValue<'static>;

/// The message `id` rendered with real Fluent arguments; the id itself when the files lack
/// it (the tests insist they do not).
pub fn message(id: &str, locale: Locale, args: &[(&'static str, Arg)]) -> String {
    let args: HashMap<&'static str, Arg> = args.iter().cloned().collect();
    LOCALES.lookup_single_language(&language(locale), id, Some(&args)).unwrap_or_else(|_| id.to_string())
}

/// The label of a statement line or report heading (message `key`), `None` if unknown.
pub fn label_text(key: &str, locale: Locale) -> Option<&'static str> {
    texts().labels.get(key).and_then(|per_locale| per_locale[slot(locale)])
}

/// The text a screen shows for `key` (message `ui_<key>`), `None` if the screens have none.
pub fn screen_text(key: &str, locale: Locale) -> Option<&'static str> {
    texts().screens.get(key).and_then(|per_locale| per_locale[slot(locale)])
}

/// One field of a glossary entry (message `gl_<key>__<field>`), `None` if unknown.
pub fn glossary_text(key: &str, field: &str, locale: Locale) -> Option<&'static str> {
    texts().glossary.get(&format!("{key}__{field}")[..]).and_then(|per_locale| per_locale[slot(locale)])
}

/// One text per language, in the order of [`slot`]; `None` where a file lacks the message.
type PerLocale = [Option<&'static str>; 2];

/// Every rendered message, by namespace and key (the message id without its prefix).
#[derive(Default)]
struct Texts {
    labels: HashMap<&'static str, PerLocale>,
    screens: HashMap<&'static str, PerLocale>,
    glossary: HashMap<&'static str, PerLocale>,
}

fn slot(locale: Locale) -> usize {
    match locale {
        Locale::De => 0,
        Locale::En => 1,
    }
}

fn language(locale: Locale) -> LanguageIdentifier {
    match locale {
        Locale::De => langid!("de"),
        Locale::En => langid!("en"),
    }
}

fn texts() -> &'static Texts {
    static TEXTS: OnceLock<Texts> = OnceLock::new();
    TEXTS.get_or_init(|| {
        // fluent-templates panics while building its bundles if an embedded file does not
        // parse or defines an id twice. The tests below catch that before a release; should
        // it slip through anyway, the game shows its keys rather than crashing.
        std::panic::catch_unwind(render_all).unwrap_or_default()
    })
}

/// Renders every message of both files through the Fluent bundles.
fn render_all() -> Texts {
    let mut texts = Texts::default();
    for (locale, _, source) in FILES {
        let language = language(locale);
        // A file with syntax errors shows keys (the loader would refuse it too); the tests
        // insist on none.
        let Ok(resource) = fluent_syntax::parser::parse(source) else { continue };
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else { continue };
            let Some(pattern) = &message.value else { continue };
            let id = message.id.name;
            let Ok(text) = LOCALES.lookup_single_language(&language, id, Some(&placeholder_args(pattern))) else {
                continue;
            };
            let (namespace, key) = if let Some(key) = id.strip_prefix(SCREEN_PREFIX) {
                (&mut texts.screens, key)
            } else if let Some(key) = id.strip_prefix(GLOSSARY_PREFIX) {
                (&mut texts.glossary, key)
            } else {
                (&mut texts.labels, id)
            };
            namespace.entry(key).or_default()[slot(locale)] = Some(text.leak());
        }
    }
    texts
}

/// An argument for each variable in `pattern` whose value is its placeholder text.
fn placeholder_args(pattern: &ast::Pattern<&'static str>) -> HashMap<&'static str, FluentValue<'static>> {
    let mut names = Vec::new();
    variables_in_pattern(pattern, &mut names);
    names.into_iter().map(|name| (name, FluentValue::from(format!("{{{name}}}")))).collect()
}

fn variables_in_pattern(pattern: &ast::Pattern<&'static str>, names: &mut Vec<&'static str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, names);
        }
    }
}

fn variables_in_expression(expression: &ast::Expression<&'static str>, names: &mut Vec<&'static str>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            variables_in_inline(selector, names);
            for variant in variants {
                variables_in_pattern(&variant.value, names);
            }
        }
        ast::Expression::Inline(inline) => variables_in_inline(inline, names),
    }
}

fn variables_in_inline(inline: &ast::InlineExpression<&'static str>, names: &mut Vec<&'static str>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => names.push(id.name),
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, names),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                variables_in_inline(argument, names);
            }
            for argument in &arguments.named {
                variables_in_inline(&argument.value, names);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::labels::label;

    const LOCALES_BOTH: [Locale; 2] = [Locale::De, Locale::En];

    /// The message ids of one file, in file order; the file must parse without errors.
    fn message_ids(path: &str, source: &'static str) -> Vec<&'static str> {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{path} does not parse: {errors:?}"),
        };
        resource
            .body
            .into_iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(message) => Some(message.id.name),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_file_parses_and_defines_each_id_once() {
        for (_, path, source) in FILES {
            let ids = message_ids(path, source);
            let mut seen = BTreeSet::new();
            let twice: Vec<_> = ids.iter().filter(|id| !seen.insert(**id)).collect();
            assert!(twice.is_empty(), "{path} defines these ids more than once: {twice:?}");
            assert!(ids.len() > 200, "{path} has only {} messages", ids.len());
        }
    }

    #[test]
    fn both_languages_have_the_same_message_ids() {
        let [(_, de_path, de), (_, en_path, en)] = FILES;
        let de_ids: BTreeSet<_> = message_ids(de_path, de).into_iter().collect();
        let en_ids: BTreeSet<_> = message_ids(en_path, en).into_iter().collect();
        let mut problems = Vec::new();
        for id in de_ids.difference(&en_ids) {
            problems.push(format!("`{id}` is in {de_path} but missing from {en_path}"));
        }
        for id in en_ids.difference(&de_ids) {
            problems.push(format!("`{id}` is in {en_path} but missing from {de_path}"));
        }
        assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    }

    #[test]
    fn every_message_renders_in_both_languages() {
        for (locale, path, source) in FILES {
            for id in message_ids(path, source) {
                let text = if let Some(key) = id.strip_prefix(SCREEN_PREFIX) {
                    screen_text(key, locale)
                } else if let Some(key) = id.strip_prefix(GLOSSARY_PREFIX) {
                    texts().glossary.get(key).and_then(|per_locale| per_locale[slot(locale)])
                } else {
                    label_text(id, locale)
                };
                assert!(text.is_some_and(|t| !t.is_empty()), "`{id}` in {path} does not render");
            }
        }
    }

    #[test]
    fn no_text_contains_unicode_isolation_marks() {
        let is_mark = |c: char| c == '\u{2068}' || c == '\u{2069}';
        let all = texts().labels.iter().chain(&texts().screens);
        for (key, per_locale) in all {
            for text in per_locale.iter().flatten() {
                assert!(!text.contains(is_mark), "`{key}` renders with isolation marks: {text:?}");
            }
        }
        // The same with a real value, as Fluent inserts it (marks are added around inserts).
        let args = HashMap::from([("value", FluentValue::from("12a"))]);
        let rendered = LOCALES.lookup_single_language(&langid!("de"), "ui_error_not_a_number", Some(&args));
        assert_eq!(rendered.ok().as_deref(), Some("„12a“ ist keine Zahl."));
    }

    /// Every `.rs` file under `dir`, sorted.
    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .map(|entry| entry.map(|e| e.path()).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display())))
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    /// The string literals passed first to `function(` in `code` (not `x.function(` nor
    /// `other_function(`), e.g. `tr` in `tr("new_game", lang)`.
    fn literal_keys<'a>(code: &'a str, function: &str) -> Vec<&'a str> {
        let opening = format!("{function}(\"");
        let mut keys = Vec::new();
        for (at, _) in code.match_indices(&opening) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                continue;
            }
            let rest = &code[at + opening.len()..];
            if let Some(end) = rest.find('"') {
                keys.push(&rest[..end]);
            }
        }
        keys
    }

    /// Every string literal that names an issue phrase (`"ph_…"`), wherever it stands: in
    /// `Phrase::words("ph_…")`, in a match arm or passed on by a helper.
    fn phrase_ids(code: &str) -> Vec<&str> {
        code.match_indices("\"ph_")
            .filter_map(|(at, _)| {
                let rest = &code[at + 1..];
                let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))?;
                (end > 3 && rest[end..].starts_with('"')).then(|| &rest[..end])
            })
            .collect()
    }

    #[test]
    fn the_key_scanner_finds_calls_but_not_methods() {
        // Escaped quotes, so that the scan of this very file does not find these calls.
        let code =
            "tr(\"a\", l); ui.label(\"b\"); x.tr(\"c\"); labels::label(\"d\", l); colored_label(\"e\"); (tr(\"f\"";
        assert_eq!(literal_keys(code, "tr"), ["a", "f"]);
        assert_eq!(literal_keys(code, "label"), ["d"]);
    }

    #[test]
    fn every_key_the_code_passes_as_a_literal_is_translated() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        rust_files(&root.join("src"), &mut files);
        let mut problems = Vec::new();
        let mut checked = 0;
        for file in &files {
            let code = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            let shown = file.strip_prefix(root).unwrap_or(file).display().to_string();
            for (function, key) in literal_keys(&code, "tr")
                .into_iter()
                .map(|k| ("tr", k))
                .chain(literal_keys(&code, "tr_args").into_iter().map(|k| ("tr", k)))
                .chain(literal_keys(&code, "label").into_iter().map(|k| ("label", k)))
                .chain(phrase_ids(&code).into_iter().map(|k| ("label", k)))
            {
                checked += 1;
                for (locale, path, _) in FILES {
                    let found = match function {
                        "tr" => screen_text(key, locale).or(label_text(key, locale)),
                        _ => label_text(key, locale),
                    };
                    if found.is_none() {
                        let wanted =
                            if function == "tr" { format!("`{SCREEN_PREFIX}{key}`") } else { format!("`{key}`") };
                        problems.push(format!("{shown}: {function}(\"{key}\") has no message {wanted} in {path}"));
                    }
                }
            }
        }
        assert!(checked > 100, "only {checked} literal keys found under src/: is the scanner broken?");
        assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    }

    /// The words of every issue phrase differ between the languages, except those that are
    /// only figures and symbols.
    #[test]
    fn issue_phrases_are_translated() {
        let same_in_both = ["ph_range_of"];
        let (_, path, source) = FILES[1];
        let ids: Vec<_> = message_ids(path, source).into_iter().filter(|id| id.starts_with("ph_")).collect();
        assert!(ids.len() > 100, "only {} issue phrases", ids.len());
        for id in ids {
            let (de, en) = (label_text(id, Locale::De), label_text(id, Locale::En));
            assert!(de.is_some() && en.is_some(), "{id} renders in both");
            assert_eq!(de == en, same_in_both.contains(&id), "{id}: {de:?} / {en:?}");
        }
    }

    #[test]
    fn the_probe_says_none_for_zero_findings() {
        let result = |paying: u64, implausible: u64, locale| {
            message(
                "cli_probe_result_findings",
                locale,
                &[("paying", Arg::from(paying)), ("implausible", Arg::from(implausible))],
            )
        };
        assert_eq!(result(0, 1, Locale::De), "Ergebnis: kein Plan zahlt sich aus, eine Kennzahl ist unplausibel.");
        assert_eq!(result(2, 0, Locale::De), "Ergebnis: 2 Pläne zahlen sich aus, keine Kennzahl ist unplausibel.");
        assert_eq!(result(0, 3, Locale::En), "Result: no plan pays, 3 figures are implausible.");
        assert_eq!(result(1, 0, Locale::En), "Result: one plan pays, no figure is implausible.");
    }

    #[test]
    fn net_revenue_in_german_and_english() {
        assert_eq!(label("net_revenue", Locale::De), "Nettoumsatz");
        assert_eq!(label("net_revenue", Locale::En), "Net revenue");
    }

    #[test]
    fn arguments_are_filled_by_fluent() {
        let not_a_number = |locale| message("ui_error_not_a_number", locale, &[("value", Arg::from("12a"))]);
        assert_eq!(not_a_number(Locale::De), "„12a“ ist keine Zahl.");
        assert_eq!(not_a_number(Locale::En), "“12a” is not a number.");
        let running = message("ui_decide_running", Locale::De, &[("first", Arg::from("2")), ("last", Arg::from("4"))]);
        assert_eq!(running, "läuft (Jahr 2 bis 4)");
        assert_eq!(message("no_such_message", Locale::En, &[]), "no_such_message");
    }

    #[test]
    fn screens_and_statements_keep_their_own_words() {
        assert_eq!(screen_text("financing", Locale::En), Some("Financing and dividend"));
        assert_eq!(label_text("financing", Locale::En), Some("Cash flow from financing"));
        assert_eq!(screen_text("rnd", Locale::En), Some("R&D"));
        assert_eq!(label_text("rnd", Locale::En), Some("Research and development"));
        // A screen-only key is no statement label.
        assert_eq!(label_text("app_tagline", Locale::De), None);
    }

    #[test]
    fn an_unknown_key_is_shown_as_itself() {
        let unknown = "no_such_key";
        for locale in LOCALES_BOTH {
            assert_eq!(label(unknown, locale), unknown);
            assert_eq!(screen_text(unknown, locale), None);
            assert_eq!(label_text(unknown, locale), None);
        }
    }
}
