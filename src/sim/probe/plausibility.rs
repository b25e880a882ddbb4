//! Do computer-played companies look like real ones? Mixed computer games of a scenario,
//! and the medians of what a reader of their annual reports would check, against the
//! ranges of German mid-sized manufacturers (docs/economics.md), plus the win shares of
//! the strategies: a scenario where one strategy wins most games teaches that strategy.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::model::kpi::Kpis;
use crate::scenario::{Scenario, Strategy};
use crate::sim::batch::play_mixed_games;
use crate::sim::probe::ProbeSettings;
use crate::sim::ranking::{Standing, order};
use crate::sim::{CompanyReports, SimError};

/// Highest share of games one strategy may win.
pub const MAX_WIN_SHARE: Decimal = Decimal::from_parts(40, 0, 0, false, 2);

/// One median against its range.
#[derive(Clone, Debug, Serialize)]
pub struct RangeCheck {
    /// Stable key, e.g. `"equity_ratio"`.
    pub key: &'static str,
    /// The median (p50) over all company-years; `None` when no year defines it.
    pub median: Option<Decimal>,
    /// The 10th percentile.
    pub p10: Option<Decimal>,
    /// The 90th percentile.
    pub p90: Option<Decimal>,
    /// Lowest median a real company would show.
    pub low: Decimal,
    /// Highest median a real company would show.
    pub high: Decimal,
    /// True when the median lies within `low..=high`.
    pub ok: bool,
}

/// One strategy's share of the games won.
#[derive(Clone, Debug, Serialize)]
pub struct WinShare {
    /// Stable key of the strategy, e.g. `"premium"`.
    pub strategy: &'static str,
    /// Company seats the strategy played over all games.
    pub companies: u64,
    /// Games won as a share of games played; a tie splits the win.
    pub win_share: Decimal,
    /// At most [`MAX_WIN_SHARE`].
    pub ok: bool,
}

/// The plausibility part of a probe.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Plausibility {
    /// Mixed computer games played.
    pub games: u32,
    /// Every median against its range.
    pub checks: Vec<RangeCheck>,
    /// Each strategy's share of the games won, in strategy order.
    pub win_shares: Vec<WinShare>,
    /// False when the run was interrupted: the figures cover what was played.
    pub complete: bool,
}

/// What one company-year contributes.
#[derive(Default)]
struct Samples {
    equity_ratio: Vec<Decimal>,
    cash_share: Vec<Decimal>,
    ebit_margin: Vec<Decimal>,
    roce: Vec<Decimal>,
    dio: Vec<Decimal>,
    dso: Vec<Decimal>,
    utilisation: Vec<Decimal>,
    /// 1 for a company-segment-year that could not serve its first-choice demand, else 0.
    stock_out: Vec<Decimal>,
}

impl Samples {
    fn add(&mut self, company: &CompanyReports) {
        for report in &company.history {
            let k: Kpis = report.kpis();
            let push = |list: &mut Vec<Decimal>, value: Option<Decimal>| list.extend(value);
            push(&mut self.equity_ratio, k.equity_ratio);
            let assets = report.closing.total_assets.amount();
            push(&mut self.cash_share, (assets > Decimal::ZERO).then(|| report.closing.cash.amount() / assets));
            push(&mut self.ebit_margin, k.ebit_margin);
            push(&mut self.roce, k.roce);
            push(&mut self.dio, k.dio_days);
            push(&mut self.dso, k.dso_days);
            push(&mut self.utilisation, k.capacity_utilisation);
            for s in &report.segments {
                self.stock_out.push(if s.sold_units < s.demand_units { Decimal::ONE } else { Decimal::ZERO });
            }
        }
    }
}

/// The p-th percentile (0..=100) of `values` by the nearest-rank method.
fn percentile(values: &mut [Decimal], p: u32) -> Option<Decimal> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let rank = (u64::from(p) * values.len() as u64).div_ceil(100).max(1) as usize;
    values.get(rank - 1).copied()
}

fn check(key: &'static str, values: &mut [Decimal], low: Decimal, high: Decimal) -> RangeCheck {
    let (p10, p90) = (percentile(values, 10), percentile(values, 90));
    let median = percentile(values, 50);
    let ok = median.is_some_and(|m| low <= m && m <= high);
    RangeCheck { key, median, p10, p90, low, high, ok }
}

/// Plays `settings.plausibility_games` mixed computer games; `progress(played)` after each
/// game stops the run when it returns false.
pub fn plausibility(
    scenario: &Scenario,
    settings: &ProbeSettings,
    mut progress: impl FnMut(u64) -> bool,
) -> Result<Plausibility, SimError> {
    let mut samples = Samples::default();
    let mut wins = [Decimal::ZERO; Strategy::ALL.len()];
    let mut seats = [0u64; Strategy::ALL.len()];
    let mut played = 0u64;
    let mut complete = true;
    let games = u64::from(settings.plausibility_games);
    play_mixed_games(scenario, settings.first_seed, 0, games, |strategies, sim, game| {
        let reports = sim.reports(game);
        let standings: Vec<Standing> = reports.iter().map(|c| Standing::of(&c.history)).collect();
        let best = order(&standings).first().map(|&i| standings[i]);
        let winners = standings.iter().filter(|s| Some(**s) == best).count().max(1) as u64;
        for ((strategy, company), standing) in strategies.iter().zip(&reports).zip(&standings) {
            samples.add(company);
            let i = Strategy::ALL.iter().position(|s| s == strategy).unwrap_or(0);
            seats[i] += 1;
            if Some(*standing) == best {
                wins[i] += Decimal::ONE / Decimal::from(winners);
            }
        }
        played += 1;
        complete = progress(played);
        complete
    })?;
    let d = |n: i64, scale: u32| Decimal::new(n, scale);
    let s = &mut samples;
    let mut checks = vec![
        check("equity_ratio", &mut s.equity_ratio, d(25, 2), d(55, 2)),
        check("cash_share_of_assets", &mut s.cash_share, Decimal::ZERO, d(15, 2)),
        check("ebit_margin", &mut s.ebit_margin, d(3, 2), d(12, 2)),
        check("roce", &mut s.roce, d(8, 2), d(30, 2)),
        check("dio_days", &mut s.dio, d(20, 0), d(100, 0)),
        check("dso_days", &mut s.dso, d(30, 0), d(90, 0)),
        check("capacity_utilisation", &mut s.utilisation, d(65, 2), d(95, 2)),
    ];
    // The share of segment-years with a stock-out is a mean, checked against 0..=40 %.
    let outs = &s.stock_out;
    let share = (!outs.is_empty()).then(|| outs.iter().sum::<Decimal>() / Decimal::from(outs.len() as u64));
    checks.push(RangeCheck {
        key: "stock_out_share",
        median: share,
        p10: None,
        p90: None,
        low: Decimal::ZERO,
        high: d(40, 2),
        ok: share.is_some_and(|x| x <= d(40, 2)),
    });
    let played_games = Decimal::from(played.max(1));
    let win_shares: Vec<WinShare> = Strategy::ALL
        .iter()
        .enumerate()
        .map(|(i, strategy)| {
            let win_share = wins[i] / played_games;
            WinShare { strategy: strategy.key(), companies: seats[i], win_share, ok: win_share <= MAX_WIN_SHARE }
        })
        .collect();
    Ok(Plausibility { games: played as u32, checks, win_shares, complete })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        // 10 values 1..=10: p50 → rank 5 → 5; p10 → rank 1 → 1; p90 → rank 9 → 9.
        let mut v: Vec<Decimal> = (1..=10).rev().map(Decimal::from).collect();
        assert_eq!(percentile(&mut v, 50), Some(Decimal::from(5)));
        assert_eq!(percentile(&mut v, 10), Some(Decimal::ONE));
        assert_eq!(percentile(&mut v, 90), Some(Decimal::from(9)));
        assert_eq!(percentile(&mut [], 50), None);
    }
}
