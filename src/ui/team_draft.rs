//! A workshop team's draft on its own laptop, kept in the data folder as it is typed: a
//! laptop that crashes or is closed mid-year opens the form again with what was typed.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::draft::Draft;

/// The draft of one team's year, as saved.
#[derive(Serialize, Deserialize)]
struct SavedDraft {
    workshop: String,
    company: String,
    year: u32,
    draft: Draft,
}

/// The file of `company`'s draft in `workshop`, in `dir` (letters, digits, `-`, `_` kept).
pub fn path(dir: &Path, workshop: &str, company: &str) -> PathBuf {
    let clean = crate::files::name_part;
    dir.join(format!("Entwurf-{}-{}.ron", clean(workshop), clean(company)))
}

/// Saves `draft` of `year` atomically.
pub fn save(dir: &Path, workshop: &str, company: &str, year: u32, draft: &Draft) -> anyhow::Result<()> {
    let saved = SavedDraft { workshop: workshop.into(), company: company.into(), year, draft: draft.clone() };
    let text = ron::ser::to_string_pretty(&saved, crate::sim::save::pretty_ron())?;
    std::fs::create_dir_all(dir)?;
    crate::files::write_atomically(&path(dir, workshop, company), text.as_bytes())
}

/// The draft saved for exactly this workshop, company and year; `None` for any other (a
/// draft of last year, of another workshop, or a file that does not read).
pub fn load(dir: &Path, workshop: &str, company: &str, year: u32) -> Option<Draft> {
    let text = std::fs::read_to_string(path(dir, workshop, company)).ok()?;
    let saved: SavedDraft = ron::from_str(&text).ok()?;
    (saved.workshop == workshop && saved.company == company && saved.year == year).then_some(saved.draft)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::format::Locale;

    #[test]
    fn a_draft_comes_back_for_its_own_year_only() {
        let dir = tempfile::tempdir().expect("temp dir");
        let scenario = crate::scenario::default_scenario().expect("valid");
        let mut decisions = crate::sim::spawn::opening_decisions(&scenario, "hanse").kept_for(2);
        decisions.company = "hanse".into();
        let draft = Draft::from_decisions(&decisions, Locale::De);
        save(dir.path(), "Vertrieb Nord", "hanse", 2, &draft).expect("saved");
        assert_eq!(load(dir.path(), "Vertrieb Nord", "hanse", 2), Some(draft));
        assert_eq!(load(dir.path(), "Vertrieb Nord", "hanse", 3), None, "another year");
        assert_eq!(load(dir.path(), "Vertrieb Süd", "hanse", 2), None, "another workshop");
        std::fs::write(path(dir.path(), "Vertrieb Nord", "hanse"), "(kaputt").expect("write");
        assert_eq!(load(dir.path(), "Vertrieb Nord", "hanse", 2), None, "a damaged file is no draft");
    }
}
