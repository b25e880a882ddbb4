//! The debrief after the last year: what each decision did to value, the game told year by
//! year, the words for both in German and English, and the exports a trainer hands out.
//!
//! Layer: on top of `sim` (it replays games), below the screens and the command line, which
//! only show or write what it produces.

pub mod files;
pub mod impact;
pub mod levers;
pub mod report;
pub mod story;
pub mod words;
pub mod workbook;

use crate::model::Money;
use crate::scenario::{Issues, Scenario};
use crate::sim::ranking::{Standing, order};
use crate::sim::{CompanyReports, MarketYear};

pub use self::impact::DecisionImpact;
pub use self::levers::{Area, Change, Lever, Setting};
pub use self::story::{CompanyYear, SegmentMove, TurningPoint, YearStory};

/// A finished (or stopped) game analysed for its debrief.
#[derive(Clone, Debug)]
pub struct Debrief {
    /// The scenario as played (announced events included).
    pub scenario: Scenario,
    /// The game's seed.
    pub seed: u64,
    /// The public market report of every year.
    pub market: Vec<MarketYear>,
    /// Every company with its reports, in scenario order.
    pub companies: Vec<CompanyReports>,
    /// The years, told.
    pub stories: Vec<YearStory>,
    /// Every decision that changed a lever, with its ΔEVA.
    pub impacts: Vec<DecisionImpact>,
}

/// One line of the final ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placing {
    /// 1 = best.
    pub rank: usize,
    /// Index into [`Debrief::companies`].
    pub company: usize,
    /// Final score.
    pub score: Money,
    /// Insolvent in any year.
    pub insolvent: bool,
}

impl Debrief {
    /// Analyses the game: replays it once per changed lever (see [`impact`]). `Err` when the
    /// recorded decisions do not replay as the game was played.
    pub fn of(
        scenario: &Scenario,
        seed: u64,
        market: &[MarketYear],
        companies: &[CompanyReports],
    ) -> Result<Debrief, Issues> {
        Ok(Debrief {
            impacts: impact::impacts(scenario, seed, companies)?,
            stories: story::story(market, companies),
            scenario: scenario.clone(),
            seed,
            market: market.to_vec(),
            companies: companies.to_vec(),
        })
    }

    /// The final ranking, best first.
    pub fn ranking(&self) -> Vec<Placing> {
        let standings: Vec<Standing> = self.companies.iter().map(|c| Standing::of(&c.history)).collect();
        order(&standings)
            .into_iter()
            .enumerate()
            .map(|(place, i)| Placing {
                rank: place + 1,
                company: i,
                score: standings[i].score,
                insolvent: standings[i].insolvent,
            })
            .collect()
    }

    /// The company's display name (its id when unknown).
    pub fn name<'a>(&'a self, id: &'a str) -> &'a str {
        self.companies.iter().find(|c| c.id == id).map_or(id, |c| c.name.as_str())
    }

    /// The `n` decisions of the room (or of `company`) that created the most value and the
    /// `n` that destroyed the most: people's decisions only, unless the computer made all of
    /// them (a game nobody played, a team the computer stood in for).
    pub fn extremes(&self, n: usize, company: Option<&str>) -> (Vec<&DecisionImpact>, Vec<&DecisionImpact>) {
        let of = |i: &DecisionImpact| company.is_none_or(|c| i.company == c);
        let people = self
            .companies
            .iter()
            .filter(|c| company.is_none_or(|id| c.id == id))
            .any(|c| c.history.iter().any(|r| r.decided_by_person));
        impact::extremes(&self.impacts, n, |i| of(i) && (i.by_person || !people))
    }
}
