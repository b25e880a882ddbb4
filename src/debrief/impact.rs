//! What each decision did to value: every lever a company changed in a year is undone alone
//! (set back to what the company had before, for that year and every following year in which
//! the company kept it) and the whole game replayed; the difference in the company's EVA from
//! that year to the end is the decision's ΔEVA.
//!
//! A game is deterministic, so replaying everybody's recorded decisions reproduces it; the
//! analysis replays the unchanged game too and refuses to attribute anything when that replay
//! differs (a save from another version of the rules). All replays are games in one world and
//! play each year together, so a workshop of eight teams over five years costs a few thousand
//! company-years, well under a second in a release build.
//!
//! Architecture Invariant: each impact undoes exactly one lever of one company and year; the
//! other companies' people decide what they decided, the computer decides anew.

use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::model::Money;
use crate::scenario::issue::Code;
use crate::scenario::{Decisions, Issue, Issues, Phrase, Scenario};
use crate::sim::{CompanyReports, GameId, Simulation};

/// One lever of a year's decisions.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "lever", content = "of", rename_all = "snake_case")]
pub enum Lever {
    /// List price and rebate in the segment (by scenario index): one decision, because the
    /// net price is what customers pay (raising both at once can leave it where it was).
    Price(usize),
    /// Payment terms in the segment.
    PaymentDays(usize),
    /// Salespeople in the segment.
    Salespeople(usize),
    /// Units produced.
    Production,
    /// Marketing budget.
    Marketing,
    /// R&D budget.
    Rnd,
    /// Production lines bought.
    LinesBought,
    /// One catalogue project started (by id).
    Project(String),
    /// Loan drawn or repaid.
    Loan,
    /// Equity raised.
    Equity,
    /// Dividend paid.
    Dividend,
}

/// A lever's setting before or after the decision.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Setting {
    /// A list price per unit (€) and the rebate on it (0.12 = 12 %).
    Price {
        /// List price (€ per unit).
        list: Decimal,
        /// Rebate as a share of the list price.
        rebate: Decimal,
    },
    /// Days.
    Days(u32),
    /// A count (people, units, lines).
    Count(u64),
    /// An amount.
    Amount(Money),
    /// Whether a project was started.
    Started(bool),
}

/// What one decision did to its company's value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DecisionImpact {
    /// Company id.
    pub company: String,
    /// The year the decision was made for.
    pub year: u32,
    /// The lever.
    pub lever: Lever,
    /// The setting the company had before (last year's, or none for investments and financing).
    pub before: Setting,
    /// The setting it chose.
    pub after: Setting,
    /// True when a person decided that year, false when the computer did.
    pub by_person: bool,
    /// The company's EVA summed over this year and every later year, as played, less the
    /// same sum with this one lever left as it was.
    pub delta_eva: Money,
    /// The same difference in the final score (EVA discounted at WACC, less rescue charges).
    pub delta_score: Money,
}

/// Every decision of every company that changed a lever and thereby the company's value, with
/// its ΔEVA, in company, year and lever order. `Err` when the recorded game does not replay as it was played.
pub fn impacts(scenario: &Scenario, seed: u64, companies: &[CompanyReports]) -> Result<Vec<DecisionImpact>, Issues> {
    let internal =
        |e: String| Issues(vec![Issue::error(Code::Internal, "", e, Phrase::words("ph_working_simulation"))]);
    let years = companies.iter().map(|c| c.history.len()).min().unwrap_or(0) as u32;
    if years == 0 {
        return Ok(Vec::new());
    }
    let scenario = Arc::new(scenario.clone());
    let mut sim = Simulation::new().map_err(|e| internal(e.to_string()))?;
    let opening = opening_decisions(&mut sim, &scenario, seed).map_err(internal)?;
    let candidates = candidates(companies, &opening, years);
    let mut games = Vec::with_capacity(candidates.len() + 1);
    for _ in 0..=candidates.len() {
        games.push(sim.new_game(scenario.clone(), seed).map_err(|e| internal(e.to_string()))?);
    }
    for year in 1..=years {
        for (g, game) in games.iter().enumerate() {
            let change = g.checked_sub(1).and_then(|i| candidates.get(i)).and_then(|c| c.replacing(year));
            for company in companies {
                let report = &company.history[year as usize - 1];
                let decisions = match change {
                    Some((id, d)) if id == company.id => Some(d),
                    _ => report.decided_by_person.then_some(&report.decisions),
                };
                if let Some(d) = decisions {
                    sim.submit(*game, d.clone())?;
                }
            }
        }
        sim.play_year();
    }
    let replayed = sim.reports(games[0]);
    if let Some(year) = first_difference(&replayed, companies, years) {
        return Err(Issues(vec![Issue::error(
            Code::BranchReplay,
            "",
            Phrase::words("ph_replays_differently").arg("year", year.to_string()),
            Phrase::words("ph_saved_by_this_version"),
        )]));
    }
    // A change that replays to the very same game did nothing (a production plan capped at
    // a capacity that fell, say): it is no decision worth telling.
    Ok(candidates
        .into_iter()
        .zip(&games[1..])
        .filter_map(|(c, game)| c.measured(&sim, *game, companies))
        .filter(|i| !(i.delta_eva.is_zero() && i.delta_score.is_zero()))
        .collect())
}

/// Each company's decisions before year 1, as the scenario sets them.
fn opening_decisions(sim: &mut Simulation, scenario: &Arc<Scenario>, seed: u64) -> Result<Vec<Decisions>, String> {
    let game = sim.new_game(scenario.clone(), seed).map_err(|e| e.to_string())?;
    let save = sim.save_game(game).ok_or("the opening game vanished")?;
    sim.remove_game(game);
    Ok(save.companies.into_iter().map(|c| c.last_decisions).collect())
}

/// The first year in which the replay differs from the game as played, if any.
fn first_difference(replayed: &[CompanyReports], played: &[CompanyReports], years: u32) -> Option<u32> {
    let same = |y: usize| {
        replayed.len() == played.len()
            && replayed.iter().zip(played).all(|(r, p)| match (r.history.get(y), p.history.get(y)) {
                (Some(a), Some(b)) => a.eva == b.eva && a.score == b.score && a.closing == b.closing,
                _ => false,
            })
    };
    (1..=years).find(|&y| !same(y as usize - 1))
}

/// One lever undone: the decisions replayed instead of the recorded ones, from `year` on.
struct Candidate {
    company: String,
    year: u32,
    lever: Lever,
    before: Setting,
    after: Setting,
    by_person: bool,
    /// The company's decisions with the lever undone, for `year` and each year it was kept.
    replaced: Vec<Decisions>,
}

impl Candidate {
    /// The company and the decisions it replays in `year` instead of the recorded ones.
    fn replacing(&self, year: u32) -> Option<(&str, &Decisions)> {
        let index = year.checked_sub(self.year)? as usize;
        self.replaced.get(index).map(|d| (self.company.as_str(), d))
    }

    fn measured(self, sim: &Simulation, game: GameId, played: &[CompanyReports]) -> Option<DecisionImpact> {
        let branch = sim.reports(game).into_iter().find(|c| c.id == self.company)?;
        let actual = played.iter().find(|c| c.id == self.company)?;
        let from = self.year as usize - 1;
        let eva = |c: &CompanyReports| c.history.get(from..).map_or(Money::ZERO, |h| h.iter().map(|r| r.eva.eva).sum());
        let score = |c: &CompanyReports| c.history.last().map_or(Money::ZERO, |r| r.score);
        Some(DecisionImpact {
            delta_eva: eva(actual) - eva(&branch),
            delta_score: score(actual) - score(&branch),
            company: self.company,
            year: self.year,
            lever: self.lever,
            before: self.before,
            after: self.after,
            by_person: self.by_person,
        })
    }
}

fn candidates(companies: &[CompanyReports], opening: &[Decisions], years: u32) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (i, company) in companies.iter().enumerate() {
        let history = &company.history[..years as usize];
        for (y, report) in history.iter().enumerate() {
            let previous = match y {
                0 => opening.get(i),
                _ => history.get(y - 1).map(|r| &r.decisions),
            };
            let Some(previous) = previous else { continue };
            let year = y as u32 + 1;
            let base = previous.kept_for(year);
            for (lever, before, after) in changes(&report.decisions, &base) {
                // A setting the company kept in the following years (as a person decided them)
                // belongs to this decision; investments and financing are decided each year.
                let kept = history[y..]
                    .iter()
                    .take_while(|r| r.decided_by_person == report.decided_by_person)
                    .take_while(|r| lever.is_kept() && setting_of(&lever, &r.decisions).as_ref() == Some(&after))
                    .count()
                    .max(1);
                let replaced = history[y..y + kept]
                    .iter()
                    .map(|r| {
                        let mut d = r.decisions.clone();
                        set(&lever, &before, &mut d);
                        d
                    })
                    .collect();
                out.push(Candidate {
                    company: company.id.clone(),
                    year,
                    lever,
                    before,
                    after,
                    by_person: report.decided_by_person,
                    replaced,
                });
            }
        }
    }
    out
}

impl Lever {
    /// True for the settings a company keeps from year to year unless it changes them
    /// (prices, terms, people, production, budgets), false for what it decides each year anew.
    fn is_kept(&self) -> bool {
        !matches!(self, Lever::LinesBought | Lever::Project(_) | Lever::Loan | Lever::Equity | Lever::Dividend)
    }
}

/// Every lever of `d` (its segments' four, the company's, one per project started).
fn levers(d: &Decisions) -> Vec<Lever> {
    let mut out = Vec::new();
    for s in 0..d.segments.len() {
        out.extend([Lever::Price(s), Lever::PaymentDays(s), Lever::Salespeople(s)]);
    }
    out.extend([Lever::Production, Lever::Marketing, Lever::Rnd, Lever::LinesBought]);
    out.extend(d.projects.iter().map(|p| Lever::Project(p.clone())));
    out.extend([Lever::Loan, Lever::Equity, Lever::Dividend]);
    out
}

/// The lever's setting in `d` (`None` for a segment `d` does not have).
fn setting_of(lever: &Lever, d: &Decisions) -> Option<Setting> {
    let segment = |s: &usize| d.segments.get(*s);
    Some(match lever {
        Lever::Price(s) => Setting::Price { list: segment(s)?.list_price, rebate: segment(s)?.rebate },
        Lever::PaymentDays(s) => Setting::Days(segment(s)?.payment_days),
        Lever::Salespeople(s) => Setting::Count(segment(s)?.salespeople.into()),
        Lever::Production => Setting::Count(d.production_units),
        Lever::Marketing => Setting::Amount(d.marketing),
        Lever::Rnd => Setting::Amount(d.rnd),
        Lever::LinesBought => Setting::Count(d.lines_bought.into()),
        Lever::Project(id) => Setting::Started(d.projects.contains(id)),
        Lever::Loan => Setting::Amount(d.loan_change),
        Lever::Equity => Setting::Amount(d.equity_raised),
        Lever::Dividend => Setting::Amount(d.dividend),
    })
}

/// Sets the lever in `d` to `to` (a setting of the lever's own kind; others change nothing).
fn set(lever: &Lever, to: &Setting, d: &mut Decisions) {
    match (lever, to) {
        (Lever::Price(s), Setting::Price { list, rebate }) => {
            d.segments.iter_mut().nth(*s).into_iter().for_each(|g| (g.list_price, g.rebate) = (*list, *rebate))
        }
        (Lever::PaymentDays(s), Setting::Days(n)) => {
            d.segments.iter_mut().nth(*s).into_iter().for_each(|g| g.payment_days = *n)
        }
        (Lever::Salespeople(s), Setting::Count(n)) => d
            .segments
            .iter_mut()
            .nth(*s)
            .into_iter()
            .for_each(|g| g.salespeople = u32::try_from(*n).unwrap_or(u32::MAX)),
        (Lever::Production, Setting::Count(n)) => d.production_units = *n,
        (Lever::Marketing, Setting::Amount(m)) => d.marketing = *m,
        (Lever::Rnd, Setting::Amount(m)) => d.rnd = *m,
        (Lever::LinesBought, Setting::Count(n)) => d.lines_bought = u32::try_from(*n).unwrap_or(u32::MAX),
        (Lever::Project(id), Setting::Started(started)) => {
            d.projects.retain(|p| p != id);
            if *started {
                d.projects.push(id.clone());
            }
        }
        (Lever::Loan, Setting::Amount(m)) => d.loan_change = *m,
        (Lever::Equity, Setting::Amount(m)) => d.equity_raised = *m,
        (Lever::Dividend, Setting::Amount(m)) => d.dividend = *m,
        _ => {}
    }
}

/// Every lever in which `chosen` differs from `base`: (lever, setting before, setting chosen).
fn changes(chosen: &Decisions, base: &Decisions) -> Vec<(Lever, Setting, Setting)> {
    levers(chosen)
        .into_iter()
        .filter_map(|lever| {
            let after = setting_of(&lever, chosen)?;
            let before = setting_of(&lever, base)?;
            (before != after).then_some((lever, before, after))
        })
        .collect()
}

/// The `n` impacts that created the most value (largest positive ΔEVA first) and the `n` that
/// destroyed the most (most negative first), of the impacts `keep` selects; zero impacts are
/// neither.
pub fn extremes<'a>(
    impacts: &'a [DecisionImpact],
    n: usize,
    keep: impl Fn(&DecisionImpact) -> bool,
) -> (Vec<&'a DecisionImpact>, Vec<&'a DecisionImpact>) {
    let mut kept: Vec<&DecisionImpact> = impacts.iter().filter(|i| keep(i)).collect();
    kept.sort_by(|a, b| b.delta_eva.cmp(&a.delta_eva).then_with(|| (a.year, &a.company).cmp(&(b.year, &b.company))));
    let creators: Vec<_> = kept.iter().copied().filter(|i| i.delta_eva.is_positive()).take(n).collect();
    let destroyers: Vec<_> = kept.iter().rev().copied().filter(|i| i.delta_eva.is_negative()).take(n).collect();
    (creators, destroyers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn decisions() -> Decisions {
        crate::scenario::parse_decisions(
            r#"(company: "a", year: 2, segments: [(list_price: 100, rebate: 0.05, payment_days: 30, salespeople: 4)],
                production_units: 1000, marketing: 5000, projects: ["p1", "p2"], loan_change: -2000)"#,
            None,
        )
        .expect("decisions read")
    }

    #[test]
    fn each_changed_lever_is_undone_alone() {
        let chosen = decisions();
        let mut base = chosen.kept_for(2);
        base.segments[0].rebate = dec!(0.10);
        base.marketing = Money::euros(5000);
        let found = changes(&chosen, &base);
        let levers: Vec<&Lever> = found.iter().map(|(l, ..)| l).collect();
        // The rebate changed; projects and the loan are decided anew each year (none kept).
        assert_eq!(
            levers,
            [&Lever::Price(0), &Lever::Project("p1".into()), &Lever::Project("p2".into()), &Lever::Loan]
        );
        let (lever, before, after) = &found[0];
        let price = |rebate| Setting::Price { list: dec!(100), rebate };
        assert_eq!((before, after), (&price(dec!(0.10)), &price(dec!(0.05))));
        let undo = |i: usize| {
            let mut d = chosen.clone();
            set(&found[i].0, &found[i].1, &mut d);
            d
        };
        assert_eq!(undo(0).segments[0].rebate, dec!(0.10));
        assert_eq!(Decisions { segments: chosen.segments.clone(), ..undo(0) }, chosen);
        assert_eq!(undo(1).projects, ["p2"]);
        assert_eq!(undo(3).loan_change, Money::ZERO);
        assert!(lever.is_kept() && !found[3].0.is_kept());
    }

    #[test]
    fn unchanged_decisions_have_no_impact_to_measure() {
        let chosen = decisions();
        let mut base = chosen.clone();
        base.year = 2;
        assert!(changes(&chosen, &base).is_empty());
    }

    #[test]
    fn extremes_take_the_largest_gains_and_the_largest_losses() {
        let impact = |company: &str, eva: i64| DecisionImpact {
            company: company.into(),
            year: 1,
            lever: Lever::Marketing,
            before: Setting::Amount(Money::ZERO),
            after: Setting::Amount(Money::ZERO),
            by_person: true,
            delta_eva: Money::euros(eva),
            delta_score: Money::euros(eva),
        };
        let all = [impact("a", 5), impact("b", -7), impact("a", 0), impact("a", -2), impact("a", 9), impact("a", 1)];
        let (up, down) = extremes(&all, 2, |i| i.company == "a");
        assert_eq!(up.iter().map(|i| i.delta_eva).collect::<Vec<_>>(), [Money::euros(9), Money::euros(5)]);
        assert_eq!(down.iter().map(|i| i.delta_eva).collect::<Vec<_>>(), [Money::euros(-2)]);
    }
}
