//! Ghost practice: a finished workshop handed to one team, whose company the player takes
//! over at home while every other company repeats exactly what it decided in the room.
//!
//! The file holds what the team may take home: the scenario as it was played (events the
//! trainer announced included), the seed, its own decisions and, as ghosts, every other
//! company's decisions. No statements of other teams, no names of people, devices, codes
//! or tokens. The engine is deterministic, so replaying every decision unchanged is the
//! room itself, to the cent.

use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::save::SaveGame;
use super::simulation::{CompanyReports, Simulation};
use crate::scenario::issue::Code;
use crate::scenario::{Decisions, Issue, Issues, Phrase, Scenario, validate_scenario};

/// Version of the practice file this build writes and reads.
pub const PRACTICE_FORMAT_VERSION: u32 = 1;

/// A finished workshop as one team may practise it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PracticeFile {
    /// The format the file was written in; must equal [`PRACTICE_FORMAT_VERSION`].
    pub practice_format_version: u32,
    /// The workshop's name, as the trainer gave it.
    pub workshop: String,
    /// The team's name in the workshop.
    pub team: String,
    /// The company the team ran (the player takes it over).
    pub company: String,
    /// The seed the workshop was played with.
    pub seed: u64,
    /// The scenario as it was played, the events announced in the room included.
    pub scenario: Scenario,
    /// Every company's decisions as they were booked, year by year, in scenario order —
    /// the team's own (the path it took) and the others' (the ghosts).
    pub decisions: Vec<Ghost>,
}

/// One company's decisions in the workshop.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ghost {
    /// Company id from the scenario.
    pub company: String,
    /// Its decisions of years 1, 2, … as booked.
    pub years: Vec<Decisions>,
}

impl PracticeFile {
    /// The practice file of `company`'s team from a finished workshop's game. `entered` holds,
    /// year by year, the decisions entered for a company (a team's submission, or last year's
    /// kept) by company id: they are what the room played, before the engine capped them, so
    /// the replay draws the same warnings. Every other company's decisions are read as booked
    /// (the computer's).
    pub fn of_workshop(
        save: &SaveGame,
        entered: &[std::collections::BTreeMap<String, Decisions>],
        workshop: &str,
        team: &str,
        company: &str,
    ) -> PracticeFile {
        PracticeFile {
            practice_format_version: PRACTICE_FORMAT_VERSION,
            workshop: workshop.to_string(),
            team: team.to_string(),
            company: company.to_string(),
            seed: save.seed,
            scenario: save.scenario.clone(),
            decisions: save
                .companies
                .iter()
                .map(|c| Ghost {
                    company: c.id.clone(),
                    years: c
                        .history
                        .iter()
                        .enumerate()
                        .map(|(y, r)| entered.get(y).and_then(|e| e.get(&c.id)).unwrap_or(&r.decisions).clone())
                        .collect(),
                })
                .collect(),
        }
    }

    /// The name to save the file under ([`file_name`]).
    pub fn file_name(&self) -> String {
        file_name(&self.workshop, &self.team, &self.company)
    }

    /// What `company` decided in the workshop in `year` (1-based).
    pub fn decided(&self, company: &str, year: u32) -> Option<&Decisions> {
        let ghost = self.decisions.iter().find(|g| g.company == company)?;
        ghost.years.get((year as usize).checked_sub(1)?)
    }

    /// Every problem of the file: its version, its scenario, and decisions for exactly
    /// every company of the scenario and every year, each of its company and year.
    pub fn check(&self) -> Vec<Issue> {
        if self.practice_format_version != PRACTICE_FORMAT_VERSION {
            return vec![Issue::error(
                Code::SaveVersion,
                "practice_format_version",
                self.practice_format_version.to_string(),
                Phrase::words("ph_practice_version").arg("version", PRACTICE_FORMAT_VERSION.to_string()),
            )];
        }
        let mut issues: Vec<Issue> = validate_scenario(&self.scenario).into_iter().filter(Issue::is_error).collect();
        if !issues.is_empty() {
            return issues;
        }
        if self.scenario.company_index(&self.company).is_none() {
            issues.push(Issue::error(
                Code::UnknownRef,
                "company",
                self.company.clone(),
                Phrase::words("ph_company_of_game"),
            ));
        }
        let ids: Vec<&str> = self.decisions.iter().map(|g| g.company.as_str()).collect();
        let expected: Vec<&str> = self.scenario.companies.iter().map(|c| c.id.as_str()).collect();
        if ids != expected {
            issues.push(Issue::error(
                Code::Inconsistent,
                "decisions",
                ids.join(", "),
                Phrase::words("ph_practice_companies").arg("companies", expected.join(", ")),
            ));
        }
        for (g, ghost) in self.decisions.iter().enumerate() {
            if ghost.years.len() != self.scenario.years as usize {
                issues.push(Issue::error(
                    Code::Count,
                    format!("decisions[{g}].years"),
                    ghost.years.len().to_string(),
                    Phrase::words("ph_practice_years").arg("years", self.scenario.years.to_string()),
                ));
            }
            for (y, d) in ghost.years.iter().enumerate() {
                if d.year as usize != y + 1 || d.company != ghost.company {
                    issues.push(Issue::error(
                        Code::Year,
                        format!("decisions[{g}].years[{y}]"),
                        format!("{} {}", d.company, d.year),
                        Phrase::words("ph_practice_year")
                            .arg("company", ghost.company.clone())
                            .arg("year", (y + 1).to_string()),
                    ));
                }
            }
        }
        issues
    }

    /// The workshop as it was: every company's reports when every decision is replayed
    /// unchanged.
    pub fn replay(&self) -> Result<Vec<CompanyReports>, Issues> {
        let internal =
            |e: String| Issues(vec![Issue::error(Code::Internal, "", e, Phrase::words("ph_working_simulation"))]);
        let mut sim = Simulation::new().map_err(|e| internal(e.to_string()))?;
        let game = sim.new_game(Arc::new(self.scenario.clone()), self.seed).map_err(|e| internal(e.to_string()))?;
        for year in 1..=self.scenario.years {
            for ghost in &self.decisions {
                if let Some(d) = ghost.years.get(year as usize - 1) {
                    sim.submit(game, d.clone())?;
                }
            }
            sim.play_year();
        }
        Ok(sim.reports(game))
    }

    /// Writes the file as `name` into `dir` (made if missing), atomically; the path written.
    pub fn write_into(&self, dir: &Path, name: &str) -> anyhow::Result<std::path::PathBuf> {
        let text = self.to_ron()?;
        std::fs::create_dir_all(dir).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
        let path = dir.join(name);
        crate::files::write_atomically(&path, text.as_bytes())?;
        Ok(path)
    }

    /// The file as RON text, as `mehrwert` writes every file.
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        ron::ser::to_string_pretty(self, super::save::pretty_ron())
    }
}

/// The file name a practice file is saved under: `Übung-<workshop>-<team>-<company>.ron`
/// (the company id keeps "Team 1" and "Team_1" apart), letters, digits, `-` and `_` kept —
/// never a path.
pub fn file_name(workshop: &str, team: &str, company: &str) -> String {
    let clean = crate::files::name_part;
    format!("Übung-{}-{}-{}.ron", clean(workshop), clean(team), clean(company))
}

/// Parses and checks a practice file; `file` names it in messages.
pub fn parse_practice(text: &str, file: Option<&Path>) -> Result<PracticeFile, Issues> {
    if let Some(found) = crate::scenario::load::top_level_integer(text, "practice_format_version")
        && found != u64::from(PRACTICE_FORMAT_VERSION)
    {
        let mut issue = Issue::error(
            Code::SaveVersion,
            "practice_format_version",
            found.to_string(),
            Phrase::words("ph_practice_version").arg("version", PRACTICE_FORMAT_VERSION.to_string()),
        );
        issue.file = file.map(Path::to_path_buf);
        return Err(Issues(vec![issue]));
    }
    let practice: PracticeFile = crate::scenario::load::parse_ron(text, file)?;
    let issues: Vec<Issue> = practice
        .check()
        .into_iter()
        .map(|mut i| {
            i.file = file.map(Path::to_path_buf);
            i
        })
        .collect();
    if issues.is_empty() { Ok(practice) } else { Err(Issues(issues)) }
}
