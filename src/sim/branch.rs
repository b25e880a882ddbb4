//! What-if rewind: replay a game from its start with one year's decisions changed and
//! compare the branch with what happened. The game itself is never touched.
//!
//! A game is deterministic, so replaying every person's recorded decisions (the computer
//! decides again, identically) reproduces it exactly; the replay checks that it does before
//! it trusts the branch.

use std::sync::Arc;

use super::report::YearReport;
use super::save::SaveGame;
use super::simulation::Simulation;
use crate::scenario::issue::Code;
use crate::scenario::{Decisions, Issue, Issues, Phrase};

fn refuse(code: Code, path: &str, found: impl Into<Phrase>, allowed: Phrase) -> Issues {
    Issues(vec![Issue::error(code, path, found, allowed)])
}

/// Replays `save` from year 1 to its present, with `changes` (decisions of some companies)
/// replacing what those companies decided in `from_year`. Returns the branch at the same
/// year as `save`.
pub fn branch(save: &SaveGame, from_year: u32, changes: &[Decisions]) -> Result<SaveGame, Issues> {
    if save.year == 0 || !(1..=save.year).contains(&from_year) {
        return Err(refuse(
            Code::BranchYear,
            "from_year",
            from_year.to_string(),
            Phrase::words("ph_played_year").arg("year", save.year.to_string()),
        ));
    }
    for d in changes {
        if d.year != from_year {
            return Err(refuse(
                Code::BranchYear,
                "year",
                d.year.to_string(),
                Phrase::words("ph_branch_year").arg("year", from_year.to_string()),
            ));
        }
    }
    let internal = |e: String| refuse(Code::Internal, "", e, Phrase::words("ph_working_simulation"));
    let mut sim = Simulation::new().map_err(|e| internal(e.to_string()))?;
    let game = sim.new_game(Arc::new(save.scenario.clone()), save.seed).map_err(|e| internal(e.to_string()))?;
    for year in 1..=save.year {
        for company in &save.companies {
            let changed = if year == from_year { changes.iter().find(|d| d.company == company.id) } else { None };
            let recorded = company.history.get(year as usize - 1).filter(|r| r.decided_by_person).map(|r| &r.decisions);
            if let Some(d) = changed.or(recorded) {
                sim.submit(game, d.clone())?;
            }
        }
        sim.play_year();
        if year < from_year {
            // Until the branch point the replay must be the game itself.
            let replayed = sim.reports(game);
            let same = replayed
                .iter()
                .zip(&save.companies)
                .all(|(r, c)| same_year(r.history.last(), c.history.get(year as usize - 1)));
            if !same {
                return Err(refuse(
                    Code::BranchReplay,
                    "",
                    Phrase::words("ph_replays_differently").arg("year", year.to_string()),
                    Phrase::words("ph_saved_by_this_version"),
                ));
            }
        }
    }
    let mut replayed = sim.save_game(game).ok_or_else(|| internal("the branch vanished".into()))?;
    // The replay submits the decisions as they were booked (already capped), so a year that
    // replays identically gets back the warnings the original submission drew.
    for (branch, saved) in replayed.companies.iter_mut().zip(&save.companies) {
        for (b, s) in branch.history.iter_mut().zip(&saved.history) {
            if same_year(Some(b), Some(s)) {
                b.warnings.clone_from(&s.warnings);
            }
        }
    }
    Ok(replayed)
}

/// The same year's report, warnings aside (they describe the submission, and the replay
/// submits what was booked).
fn same_year(replayed: Option<&YearReport>, saved: Option<&YearReport>) -> bool {
    match (replayed, saved) {
        (Some(r), Some(s)) => {
            YearReport { warnings: Vec::new(), ..r.clone() } == YearReport { warnings: Vec::new(), ..s.clone() }
        }
        (None, None) => true,
        _ => false,
    }
}
