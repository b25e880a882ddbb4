//! The debrief's files in a folder, the same from the command line and from the game: the
//! room's workbook and one per team, the trainer's report and one per team.

use std::path::{Path, PathBuf};

use anyhow::Context;

use super::Debrief;
use super::report::{team_report, trainer_report};
use super::workbook::{Audience, WorkbookInput, workbook};
use crate::files::{name_part, write_atomically};
use crate::model::format::Locale;
use crate::workshop::protocol::YearParticipation;

/// Writes `mehrwert.xlsx` (every company, for the room) and `mehrwert-<company id>.xlsx` (only
/// its own figures, for each team) into `dir`; the paths written.
pub fn write_workbooks(dir: &Path, debrief: &Debrief, lang: Locale) -> anyhow::Result<Vec<PathBuf>> {
    let companies = &debrief.companies;
    let audiences = std::iter::once((Audience::Room, "mehrwert.xlsx".to_string()))
        .chain(companies.iter().map(|c| (Audience::Team(c.id.clone()), format!("mehrwert-{}.xlsx", name_part(&c.id)))));
    let mut written = Vec::new();
    for (audience, file) in audiences {
        let input = WorkbookInput {
            scenario: &debrief.scenario,
            seed: debrief.seed,
            market: &debrief.market,
            companies,
            audience: &audience,
        };
        let bytes = workbook(&input, lang).with_context(|| format!("cannot make {file}"))?;
        let path = dir.join(&file);
        write_atomically(&path, &bytes)?;
        written.push(path);
    }
    Ok(written)
}

/// Writes `mehrwert.pdf` (the trainer's report of the room, with the participation when there
/// is one) and `mehrwert-<company id>.pdf` (each team's own report) into `dir`; the paths
/// written. The room's file has no dash, so no company id can name the same file.
pub fn write_reports(
    dir: &Path,
    debrief: &Debrief,
    participation: Option<&[YearParticipation]>,
    lang: Locale,
) -> anyhow::Result<Vec<PathBuf>> {
    let mut reports = vec![("mehrwert.pdf".to_string(), trainer_report(debrief, participation, lang))];
    for company in &debrief.companies {
        if let Some(report) = team_report(debrief, &company.id, lang) {
            reports.push((format!("mehrwert-{}.pdf", name_part(&company.id)), report));
        }
    }
    let mut written = Vec::new();
    for (file, report) in reports {
        let bytes = crate::pdf::render(&report).with_context(|| format!("cannot make {file}"))?;
        let path = dir.join(&file);
        write_atomically(&path, &bytes)?;
        written.push(path);
    }
    Ok(written)
}
