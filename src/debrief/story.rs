//! The game told year by year for the debrief: what happened in the market (events, demand,
//! prices), how each company's EVA moved and why (the Shapley parts), and the turning points
//! — a company's EVA crossing zero, a new leader, a jump in the ranking.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::model::Money;
use crate::model::value::Attribution;
use crate::sim::explain::attribute_reports;
use crate::sim::ranking::{Standing, ranks};
use crate::sim::{CompanyReports, MarketYear};

/// One year of the game as the debrief tells it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct YearStory {
    /// The year.
    pub year: u32,
    /// The news lines of the year's events, as the scenario wrote them (German).
    pub headlines: Vec<String>,
    /// The material price index of the year (1 = the scenario's material cost).
    pub material_index: Decimal,
    /// Each segment's market, in scenario order.
    pub segments: Vec<SegmentMove>,
    /// Each company's year, in scenario order.
    pub companies: Vec<CompanyYear>,
    /// What turned this year.
    pub turning_points: Vec<TurningPoint>,
}

/// A segment's demand and price against the year before.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SegmentMove {
    /// Units customers wanted.
    pub demand_units: u64,
    /// Units sold by all companies.
    pub sold_units: u64,
    /// Volume-weighted net price (0 when nothing was sold).
    pub avg_net_price: Decimal,
    /// Change of demand against last year as a fraction (none in year 1).
    pub demand_change: Option<Decimal>,
    /// Change of the average net price against last year (none in year 1 or without sales).
    pub price_change: Option<Decimal>,
}

/// One company's year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CompanyYear {
    /// Company id.
    pub company: String,
    /// The year's EVA.
    pub eva: Money,
    /// The score after the year.
    pub score: Money,
    /// Rank after the year (1 = best).
    pub rank: usize,
    /// ΔEVA against last year split over revenue, margin, tax, capital and WACC (none in
    /// year 1, or without revenue).
    pub attribution: Option<Attribution>,
}

impl CompanyYear {
    /// The largest part of the attribution: (factor key, amount).
    pub fn largest_cause(&self) -> Option<(&'static str, Money)> {
        self.attribution.and_then(|a| a.parts().into_iter().max_by_key(|(_, m)| m.abs()))
    }
}

/// Something that turned in a year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "turn", rename_all = "snake_case")]
pub enum TurningPoint {
    /// The company's EVA fell below zero after a positive year.
    EvaTurnedNegative {
        /// Company id.
        company: String,
    },
    /// The company's EVA rose above zero after a negative year.
    EvaTurnedPositive {
        /// Company id.
        company: String,
    },
    /// The company took the lead of the ranking.
    NewLeader {
        /// Company id.
        company: String,
    },
    /// The company moved two places or more in the ranking.
    RankMove {
        /// Company id.
        company: String,
        /// Rank the year before.
        from: usize,
        /// Rank after the year.
        to: usize,
    },
}

/// The years of the game, told from the market reports and the companies' histories.
pub fn story(market: &[MarketYear], companies: &[CompanyReports]) -> Vec<YearStory> {
    let years = companies.iter().map(|c| c.history.len()).min().unwrap_or(0).min(market.len());
    let mut stories: Vec<YearStory> = Vec::with_capacity(years);
    for y in 0..years {
        let standings: Vec<Standing> = companies.iter().map(|c| Standing::of(&c.history[..=y])).collect();
        let rank = ranks(&standings);
        let this: Vec<CompanyYear> = companies
            .iter()
            .zip(&rank)
            .map(|(c, &rank)| {
                let report = &c.history[y];
                CompanyYear {
                    company: c.id.clone(),
                    eva: report.eva.eva,
                    score: report.score,
                    rank,
                    attribution: y.checked_sub(1).and_then(|p| attribute_reports(&c.history[p], report)),
                }
            })
            .collect();
        let previous = y.checked_sub(1).map(|p| &market[p]);
        let turning_points = stories.last().map_or_else(Vec::new, |last| turns(&last.companies, &this));
        stories.push(YearStory {
            year: market[y].year,
            headlines: market[y].headlines.clone(),
            material_index: market[y].material_index,
            segments: segment_moves(&market[y], previous),
            companies: this,
            turning_points,
        });
    }
    stories
}

fn change(before: Decimal, after: Decimal) -> Option<Decimal> {
    (!before.is_zero()).then(|| (after - before) / before)
}

fn segment_moves(year: &MarketYear, previous: Option<&MarketYear>) -> Vec<SegmentMove> {
    year.segments
        .iter()
        .enumerate()
        .map(|(s, m)| {
            let before = previous.and_then(|p| p.segments.get(s));
            SegmentMove {
                demand_units: m.demand_units,
                sold_units: m.sold_units,
                avg_net_price: m.avg_net_price,
                demand_change: before.and_then(|b| change(b.demand_units.into(), m.demand_units.into())),
                price_change: before
                    .filter(|_| !m.avg_net_price.is_zero())
                    .and_then(|b| change(b.avg_net_price, m.avg_net_price)),
            }
        })
        .collect()
}

fn turns(before: &[CompanyYear], after: &[CompanyYear]) -> Vec<TurningPoint> {
    let mut out = Vec::new();
    for (b, a) in before.iter().zip(after) {
        let company = a.company.clone();
        if !b.eva.is_negative() && a.eva.is_negative() {
            out.push(TurningPoint::EvaTurnedNegative { company: company.clone() });
        } else if b.eva.is_negative() && !a.eva.is_negative() {
            out.push(TurningPoint::EvaTurnedPositive { company: company.clone() });
        }
        if a.rank == 1 && b.rank != 1 {
            out.push(TurningPoint::NewLeader { company });
        } else if a.rank.abs_diff(b.rank) >= 2 {
            out.push(TurningPoint::RankMove { company, from: b.rank, to: a.rank });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(company: &str, eva: i64, rank: usize) -> CompanyYear {
        CompanyYear { company: company.into(), eva: Money::euros(eva), score: Money::ZERO, rank, attribution: None }
    }

    #[test]
    fn eva_crossing_zero_and_rank_jumps_are_turning_points() {
        let before = [year("a", 10, 1), year("b", -5, 2), year("c", 3, 3), year("d", 0, 4)];
        let after = [year("a", -1, 3), year("b", 4, 1), year("c", 5, 2), year("d", 0, 4)];
        assert_eq!(
            turns(&before, &after),
            [
                TurningPoint::EvaTurnedNegative { company: "a".into() },
                TurningPoint::RankMove { company: "a".into(), from: 1, to: 3 },
                TurningPoint::EvaTurnedPositive { company: "b".into() },
                TurningPoint::NewLeader { company: "b".into() },
            ]
        );
    }

    #[test]
    fn changes_are_fractions_of_last_year_and_none_from_nothing() {
        use rust_decimal_macros::dec;
        // 1 100 units after 1 000: +10 %; a price of 95 after 100: −5 %.
        assert_eq!(change(dec!(1000), dec!(1100)), Some(dec!(0.1)));
        assert_eq!(change(dec!(100), dec!(95)), Some(dec!(-0.05)));
        assert_eq!(change(Decimal::ZERO, dec!(5)), None);
    }
}
