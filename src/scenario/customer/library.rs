//! The benefit library: lever templates by category that the lab offers when a key-account
//! manager describes an offer. The shipped library is embedded; a trainer adds or replaces
//! entries with files of the same form in the data folder (`Hebel/*.ron`).

use std::path::Path;

use serde::Deserialize;

use crate::model::customer::{Category, LeverKind};
use crate::scenario::{Code, Issue, Issues, Phrase};

/// The version of the library format this Mehrwert reads.
pub const LIBRARY_FORMAT_VERSION: u32 = 1;

/// The shipped library.
pub const DEFAULT_LIBRARY: &str = include_str!("../../../assets/levers/bibliothek.ron");

/// One lever template.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename = "LeverTemplate", deny_unknown_fields)]
pub struct LeverTemplate {
    /// Stable id; a trainer's entry with the same id replaces the shipped one.
    pub id: String,
    /// The benefit category.
    pub category: Category,
    /// How the lever acts.
    pub kind: LeverKind,
    /// German name.
    pub name: String,
    /// English name.
    pub name_en: String,
    /// A German pattern for the assumption ("… % weniger Strom …").
    #[serde(default)]
    pub assumption: String,
    /// The same in English.
    #[serde(default)]
    pub assumption_en: String,
}

/// A library file as written.
#[derive(Debug, Deserialize)]
#[serde(rename = "Library", deny_unknown_fields)]
struct RawLibrary {
    library_format_version: u32,
    levers: Vec<LeverTemplate>,
}

/// Parses and validates one library file; `file` names it in every issue.
pub fn parse_library(text: &str, file: Option<&Path>) -> Result<Vec<LeverTemplate>, Issues> {
    let raw: RawLibrary = crate::scenario::load::parse_ron(text, file)?;
    let mut issues = Vec::new();
    if raw.library_format_version != LIBRARY_FORMAT_VERSION {
        let allowed = Phrase::words("ph_library_version").arg("version", LIBRARY_FORMAT_VERSION.to_string());
        issues.push(Issue::error(
            Code::FormatVersion,
            "library_format_version",
            raw.library_format_version.to_string(),
            allowed,
        ));
    }
    for (i, lever) in raw.levers.iter().enumerate() {
        if lever.id.trim().is_empty()
            || !lever.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            let allowed = Phrase::words("ph_library_id");
            issues.push(Issue::error(Code::IdFormat, format!("levers[{i}].id"), lever.id.clone(), allowed));
        }
        if raw.levers[..i].iter().any(|other| other.id == lever.id) {
            issues.push(Issue::error(
                Code::DuplicateId,
                format!("levers[{i}].id"),
                lever.id.clone(),
                Phrase::words("ph_unique_id"),
            ));
        }
        for (field, text) in [("name", &lever.name), ("name_en", &lever.name_en)] {
            if text.trim().is_empty() {
                issues.push(Issue::error(
                    Code::Empty,
                    format!("levers[{i}].{field}"),
                    Phrase::words("ph_empty_text"),
                    Phrase::words("ph_lever_name"),
                ));
            }
        }
    }
    if issues.is_empty() { Ok(raw.levers) } else { Err(crate::scenario::located(issues, text, file)) }
}

/// The shipped library with the entries of `extra` files merged in (same id: replaced;
/// new id: added at the end), and the problems of extra files that could not be read.
pub fn library_with(extra: &[(std::path::PathBuf, String)]) -> (Vec<LeverTemplate>, Vec<Issues>) {
    let mut levers =
        parse_library(DEFAULT_LIBRARY, Some(Path::new("assets/levers/bibliothek.ron"))).unwrap_or_default();
    let mut problems = Vec::new();
    for (path, text) in extra {
        match parse_library(text, Some(path)) {
            Ok(added) => {
                for lever in added {
                    match levers.iter_mut().find(|l| l.id == lever.id) {
                        Some(existing) => *existing = lever,
                        None => levers.push(lever),
                    }
                }
            }
            Err(issues) => problems.push(issues),
        }
    }
    (levers, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_library_has_every_category() {
        let levers = parse_library(DEFAULT_LIBRARY, None).unwrap_or_else(|issues| panic!("{issues}"));
        for category in Category::ALL {
            assert!(levers.iter().any(|l| l.category == category), "{category:?}");
        }
    }

    #[test]
    fn a_trainers_file_replaces_and_adds() {
        let extra = r#"(library_format_version: 1, levers: [
            (id: "energy", category: Cost, kind: CostSaving, name: "Druckluft-Leckagen", name_en: "Compressed-air leaks"),
            (id: "co2", category: Risk, kind: CostSaving, name: "CO₂-Abgabe", name_en: "Carbon levy"),
        ])"#;
        let (levers, problems) = library_with(&[("trainer.ron".into(), extra.to_string())]);
        assert!(problems.is_empty());
        assert_eq!(levers.iter().find(|l| l.id == "energy").map(|l| l.name.as_str()), Some("Druckluft-Leckagen"));
        assert_eq!(levers.last().map(|l| l.id.as_str()), Some("co2"));
        let broken = r#"(library_format_version: 1, levers: [(id: "A b", category: Cost, kind: CostSaving, name: "", name_en: "x")])"#;
        let (_, problems) = library_with(&[("bad.ron".into(), broken.to_string())]);
        let text = problems.iter().map(|p| p.to_string()).collect::<String>();
        assert!(text.contains("bad.ron:1:") && text.contains("E-ID-FORMAT") && text.contains("E-EMPTY"), "{text}");
    }
}
