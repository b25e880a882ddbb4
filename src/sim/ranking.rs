//! The ranking rule, in one place for `run`, the game, `balance` and `probe`: companies that
//! were never insolvent come first, each group by its score, best first; ties keep scenario
//! order. A company that needed a rescue ranks below every company that did not, whatever
//! its score (docs/economics.md, insolvency).

use crate::model::Money;
use crate::sim::report::YearReport;

/// What the ranking looks at of one company.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    /// The score after the last year played.
    pub score: Money,
    /// True when the company was insolvent in any year played.
    pub insolvent: bool,
}

impl Standing {
    /// The standing after the years of `history`.
    pub fn of(history: &[YearReport]) -> Standing {
        Standing {
            score: history.last().map_or(Money::ZERO, |r| r.score),
            insolvent: history.iter().any(|r| r.insolvent),
        }
    }
}

/// The order of the companies, best first: indices into `standings`.
pub fn order(standings: &[Standing]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..standings.len()).collect();
    // Stable sort: ties keep scenario order.
    order.sort_by_key(|&i| (standings[i].insolvent, std::cmp::Reverse(standings[i].score)));
    order
}

/// Each company's rank (1 = best), in scenario order.
pub fn ranks(standings: &[Standing]) -> Vec<usize> {
    let mut ranks = vec![0; standings.len()];
    for (place, i) in order(standings).into_iter().enumerate() {
        ranks[i] = place + 1;
    }
    ranks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insolvent_companies_rank_below_every_solvent_one() {
        let s = |euros: i64, insolvent: bool| Standing { score: Money::euros(euros), insolvent };
        // The insolvent company has the best score and still ranks last; ties keep order.
        let standings = [s(100, false), s(900, true), s(300, false), s(100, false)];
        assert_eq!(order(&standings), vec![2, 0, 3, 1]);
        assert_eq!(ranks(&standings), vec![2, 4, 1, 3]);
    }
}
