//! A problem with a file in the player's language: where it is (file, line, column, field)
//! and what is wrong, in one sentence per code; the parser's own words (English, technical)
//! stay in the details for whoever fixes the file.

use crate::i18n::Arg;
use crate::model::format::Locale;
use crate::scenario::{Issue, Issues};
use crate::ui::text::tr_args;

/// "spielstand.ron, Zeile 12, Spalte 5, Feld `companies[0].ledger`: Die Datei ist an dieser
/// Stelle beschädigt oder falsch geschrieben."
pub fn issue_text(issue: &Issue, lang: Locale) -> String {
    let mut place = Vec::new();
    if let Some(name) = issue.file.as_ref().and_then(|f| f.file_name()) {
        place.push(name.to_string_lossy().into_owned());
    }
    match (issue.line, issue.column) {
        (Some(line), Some(column)) => place.push(tr_args(
            "issue_line_column",
            lang,
            &[("line", Arg::from(line as u64)), ("column", Arg::from(column as u64))],
        )),
        (Some(line), None) => place.push(tr_args("issue_line", lang, &[("line", Arg::from(line as u64))])),
        _ => {}
    }
    if !issue.path.is_empty() {
        place.push(tr_args("issue_field", lang, &[("field", Arg::from(issue.path.clone()))]));
    }
    let what = crate::i18n::message(&issue.code.sentence_key(), lang, &[]);
    if place.is_empty() { what } else { format!("{}: {what}", place.join(", ")) }
}

/// How many issues the message lists before it counts the rest.
const LISTED: usize = 3;

/// The first issues in words, errors first, one per line, and how many more there are (a
/// missing `years` and an unknown `yeers` together tell the story).
pub fn issues_text(issues: &Issues, lang: Locale) -> String {
    let mut ordered: Vec<&Issue> = issues.0.iter().filter(|i| i.is_error()).collect();
    ordered.extend(issues.0.iter().filter(|i| !i.is_error()));
    if ordered.is_empty() {
        return tr_args("issue_unknown", lang, &[]);
    }
    let mut lines: Vec<String> = ordered.iter().take(LISTED).map(|i| issue_text(i, lang)).collect();
    if ordered.len() > LISTED {
        let more = (ordered.len() - LISTED) as u64;
        lines.push(tr_args("issue_more", lang, &[("count", Arg::from(more))]));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Code;
    use std::path::PathBuf;

    #[test]
    fn every_code_has_a_sentence_in_both_languages() {
        for code in Code::ALL {
            for lang in [Locale::De, Locale::En] {
                let key = code.sentence_key();
                let text = crate::i18n::message(&key, lang, &[]);
                assert!(text != key && !text.is_empty(), "{key} in {lang:?}");
            }
        }
    }

    #[test]
    fn a_located_issue_says_where_and_what_in_german() {
        let mut issue = Issue::error(
            Code::Syntax,
            "companies[0].ledger",
            String::from("Expected opening `(`"),
            String::from("a struct"),
        );
        issue.file = Some(PathBuf::from("/home/x/saves/montag.ron"));
        (issue.line, issue.column) = (Some(12), Some(5));
        let text = issue_text(&issue, Locale::De);
        assert_eq!(
            text,
            "montag.ron, Zeile 12, Spalte 5, Feld companies[0].ledger: \
             Die Datei ist an dieser Stelle beschädigt oder falsch geschrieben."
        );
        assert!(!text.contains("Expected"), "the parser's English stays out of the sentence");
        let four = Issues(vec![issue.clone(), issue.clone(), issue.clone(), issue]);
        let text = issues_text(&four, Locale::En);
        assert_eq!(text.lines().count(), 4, "three issues and the count: {text}");
        assert!(text.ends_with("(and 1 more problem)"), "{text}");
    }
}
