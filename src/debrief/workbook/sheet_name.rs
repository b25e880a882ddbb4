//! Excel's rules for sheet names (at most 31 characters, none of `[]:*?/\`, no leading or
//! trailing apostrophe, unique without regard to case), applied to company names.

use std::collections::BTreeSet;

/// The most characters (UTF-16 code units) Excel allows in a sheet name.
const MAX_UNITS: usize = 31;

/// Hands out sheet names that Excel accepts, each different from every name given before.
#[derive(Debug, Default)]
pub struct SheetNames {
    /// The names given so far, lower-cased: Excel compares sheet names without case.
    taken: BTreeSet<String>,
}

impl SheetNames {
    /// `wanted` made acceptable: forbidden characters become `_`, cut to 31 characters, and
    /// a number ` (2)`, ` (3)`, … appended when the name is taken already.
    pub fn claim(&mut self, wanted: &str) -> String {
        let clean = clean(wanted);
        let base = if clean.is_empty() { "_".to_string() } else { clean };
        let mut candidate = base.clone();
        let mut number = 2;
        while self.taken.contains(&candidate.to_lowercase()) {
            let suffix = format!(" ({number})");
            candidate = format!("{}{suffix}", cut(&base, MAX_UNITS - suffix.len()));
            number += 1;
        }
        self.taken.insert(candidate.to_lowercase());
        candidate
    }
}

/// Forbidden characters replaced, apostrophes at either end and surrounding blanks removed,
/// cut to Excel's length.
fn clean(name: &str) -> String {
    let replaced: String =
        name.chars().map(|c| if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') { '_' } else { c }).collect();
    let trimmed = cut(replaced.trim().trim_matches('\''), MAX_UNITS);
    trimmed.trim_end().trim_end_matches('\'').to_string()
}

/// The longest prefix of `text` of at most `max_units` UTF-16 code units.
fn cut(text: &str, max_units: usize) -> String {
    let mut units = 0;
    text.chars()
        .take_while(|c| {
            units += c.len_utf16();
            units <= max_units
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(wanted: &[&str], expected: &[&str]) {
        let mut names = SheetNames::default();
        let given: Vec<String> = wanted.iter().map(|w| names.claim(w)).collect();
        assert_eq!(given, expected);
    }

    #[test]
    fn forbidden_characters_become_underscores() {
        check(&["A/B [Nord]: *neu?* \\ok"], &["A_B _Nord__ _neu__ _ok"]);
    }

    #[test]
    fn long_names_are_cut_to_31_characters() {
        // 26 letters + "-" + 10 digits = 37 characters; the first 31 are kept.
        let long = "abcdefghijklmnopqrstuvwxyz-0123456789";
        check(&[long], &["abcdefghijklmnopqrstuvwxyz-0123"]);
        // Umlauts are one UTF-16 unit each, so 31 of them fit.
        let umlauts = "ä".repeat(40);
        assert_eq!(SheetNames::default().claim(&umlauts).chars().count(), 31);
    }

    #[test]
    fn duplicates_are_numbered_without_regard_to_case() {
        check(&["Übersicht", "übersicht", "ÜBERSICHT"], &["Übersicht", "übersicht (2)", "ÜBERSICHT (3)"]);
        // A numbered long name still fits: 27 letters + " (2)" = 31.
        let long = "x".repeat(40);
        let mut names = SheetNames::default();
        assert_eq!(names.claim(&long), "x".repeat(31));
        assert_eq!(names.claim(&long), format!("{} (2)", "x".repeat(27)));
    }

    #[test]
    fn apostrophes_at_the_ends_and_empty_names_are_replaced() {
        check(&["'Nord'", "", "  "], &["Nord", "_", "_ (2)"]);
    }
}
