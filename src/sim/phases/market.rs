//! Market: brand and quality stocks carry over, then every segment is cleared.

use bevy::prelude::*;
use rust_decimal::Decimal;

use crate::model::Money;
use crate::scenario::{Decisions, Scenario};
use crate::sim::components::{Companies, Company, Game, InGame, Operations, Plan, SalesPlan, YearWork};
use crate::sim::market::{Allocation, Offer, apportion, attractions, clear, reservation_price, terms_discount, to_f64};

/// brand_t = (1 − decay)·brand_{t−1} + marketing_t (+ project boosts); quality likewise with R&D.
pub fn update_stocks(games: Query<&Game>, mut companies: Query<(&InGame, &Plan, &mut Operations)>) {
    for (in_game, plan, mut ops) in &mut companies {
        let Ok(game) = games.get(in_game.0) else { continue };
        let (false, Some(d)) = (game.is_finished(), &plan.current) else { continue };
        let (brand, quality) = carried_stocks(&game.scenario, &ops, game.playing_year(), d);
        ops.brand = brand;
        ops.quality = quality;
    }
}

/// The rule: (brand, quality) after a year's decay, the year's marketing and R&D and the
/// boosts of the projects live in `year`.
pub fn carried_stocks(scenario: &Scenario, ops: &Operations, year: u32, d: &Decisions) -> (Money, Money) {
    let live: Vec<_> = ops.live_projects(year).filter_map(|p| scenario.projects.get(usize::from(p.project))).collect();
    let brand_boost: Money = live.iter().map(|p| p.effects.brand_boost).sum();
    let quality_boost: Money = live.iter().map(|p| p.effects.quality_boost).sum();
    let brand = ops.brand.times(Decimal::ONE - scenario.stocks.brand_decay) + d.marketing + brand_boost;
    let quality = ops.quality.times(Decimal::ONE - scenario.stocks.quality_decay) + d.rnd + quality_boost;
    (brand, quality)
}

/// Clears every segment of every game: volume, attraction, demand, stock-outs, spill-over;
/// a company with a [`SalesPlan`] (the pro-forma's) sells what it plans instead.
pub fn clear_markets(
    games: Query<(&Game, &Companies)>,
    mut companies: Query<(&Company, &Plan, &Operations, &mut YearWork, Option<&SalesPlan>)>,
) {
    for (game, members) in &games {
        if game.is_finished() {
            continue;
        }
        let mut entities: Vec<(u16, Entity)> =
            members.entities().iter().filter_map(|&e| companies.get(e).ok().map(|(c, ..)| (c.index, e))).collect();
        entities.sort_unstable();
        let mut offers_by_company: Vec<(Vec<Offer>, u64)> = Vec::with_capacity(entities.len());
        let mut sales_plans = Vec::new();
        for (i, &(_, e)) in entities.iter().enumerate() {
            let Ok((_, plan, ops, work, sales_plan)) = companies.get(e) else { continue };
            let Some(d) = &plan.current else { continue };
            offers_by_company.push((offers(&game.scenario, d, ops), work.available_units));
            if let Some(sales_plan) = sales_plan {
                sales_plans.push((i, sales_plan.0.clone(), work.available_units));
            }
        }
        if offers_by_company.len() != entities.len() {
            continue;
        }
        let mut cleared = clear_segments(&game.scenario, &game.conditions.volumes, &offers_by_company);
        for (i, planned, stock) in sales_plans {
            sell_as_planned(&mut cleared, i, &planned, stock);
        }
        let totals: Vec<u64> = cleared.iter().map(|row| row.iter().map(|a| a.sold_units).sum()).collect();
        for (i, &(_, e)) in entities.iter().enumerate() {
            let Ok((_, _, _, mut work, _)) = companies.get_mut(e) else { continue };
            for (s, row) in cleared.iter().enumerate() {
                work.demand_units[s] = row[i].demand_units;
                work.sold_units[s] = row[i].sold_units;
            }
            work.segment_total_sold = totals.clone();
        }
    }
}

/// The rule: each segment's volume (`volumes[s]`) split between the companies by the
/// attraction of their offers, then cleared against each company's units to ship;
/// `offers_by_company[i]` holds company `i`'s offer per segment and its units. Returns
/// `[segment][company]`.
pub fn clear_segments(
    scenario: &Scenario,
    volumes: &[u64],
    offers_by_company: &[(Vec<Offer>, u64)],
) -> Vec<Vec<Allocation>> {
    let mut demand = Vec::with_capacity(scenario.segments.len());
    let mut attraction = Vec::with_capacity(scenario.segments.len());
    let mut spillover = Vec::with_capacity(scenario.segments.len());
    for (s, segment) in scenario.segments.iter().enumerate() {
        let volume = volumes.get(s).copied().unwrap_or(0);
        let segment_offers: Vec<Offer> = offers_by_company.iter().map(|(o, _)| o[s]).collect();
        let a = attractions(&segment_offers, &segment.weights, reservation_price(segment));
        demand.push(apportion(volume, &a));
        attraction.push(a);
        spillover.push(to_f64(segment.spillover));
    }
    let stock: Vec<u64> = offers_by_company.iter().map(|(_, units)| *units).collect();
    clear(&demand, &attraction, &stock, &spillover)
}

/// The rule of a sales plan: company `i` is asked for `planned[s]` units in segment `s` (a
/// segment the plan leaves out keeps the market's answer) and ships them from its `stock`;
/// short of stock it serves its segments in proportion to the plan, as the market does.
pub fn sell_as_planned(cleared: &mut [Vec<Allocation>], i: usize, planned: &[u64], stock: u64) {
    let wanted: Vec<u64> = cleared
        .iter()
        .enumerate()
        .map(|(s, row)| planned.get(s).copied().unwrap_or_else(|| row.get(i).map_or(0, |a| a.demand_units)))
        .collect();
    let total: u64 = wanted.iter().sum();
    let served: Vec<u64> = if total <= stock {
        wanted.clone()
    } else {
        let weights: Vec<f64> = wanted.iter().map(|&d| d as f64).collect();
        apportion(stock, &weights).into_iter().zip(&wanted).map(|(a, &d)| a.min(d)).collect()
    };
    for (s, row) in cleared.iter_mut().enumerate() {
        if let Some(a) = row.get_mut(i) {
            *a = Allocation { demand_units: wanted[s], sold_units: served[s] };
        }
    }
}

/// A company's offer in each segment.
fn offers(scenario: &Scenario, d: &Decisions, ops: &Operations) -> Vec<Offer> {
    d.segments
        .iter()
        .zip(&scenario.segments)
        .enumerate()
        .map(|(i, (s, segment))| {
            let net_price = to_f64(d.net_price(i));
            Offer {
                net_price,
                compared_price: net_price * (1.0 - terms_discount(segment, s.payment_days)),
                brand: ops.brand.to_f64_lossy(),
                quality: ops.quality.to_f64_lossy(),
                coverage: f64::from(s.salespeople),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::components::ActiveProject;
    use crate::sim::phases::testing;

    #[test]
    fn stocks_decay_then_take_the_years_spending_and_live_boosts() {
        let s = testing::intro();
        // Brand 300 000 × (1 − 30 %) + 300 000 = 510 000; quality 200 000 × 0,8 + 200 000 = 360 000.
        assert_eq!(
            carried_stocks(&s.scenario, &s.ops, 1, &s.decisions),
            (Money::euros(510_000), Money::euros(360_000))
        );

        let mut d = testing::default();
        let quality = d.scenario.project_index("quality").unwrap() as u16;
        d.ops.projects.push(ActiveProject { project: quality, first_year: 2, last_year: 6 });
        // Not live in year 1: brand 2 300 000 × 0,65 + 800 000 = 2 295 000; quality
        // 2 400 000 × 0,75 + 600 000 = 2 400 000 (the steady state).
        assert_eq!(
            carried_stocks(&d.scenario, &d.ops, 1, &d.decisions),
            (Money::euros(2_295_000), Money::euros(2_400_000))
        );
        // Live in year 2: + 200 000 brand and + 500 000 quality.
        assert_eq!(
            carried_stocks(&d.scenario, &d.ops, 2, &d.decisions),
            (Money::euros(2_495_000), Money::euros(2_900_000))
        );
    }

    #[test]
    fn stocks_without_spending_only_decay_rounded_half_away_from_zero() {
        let mut s = testing::intro();
        s.decisions.marketing = Money::ZERO;
        s.decisions.rnd = Money::ZERO;
        s.ops.brand = Money::cents(15);
        s.ops.quality = Money::cents(15);
        // 0,15 × 0,7 = 0,105 → 0,11 € (banker's rounding: 0,10); 0,15 × 0,8 = 0,12 €.
        assert_eq!(carried_stocks(&s.scenario, &s.ops, 1, &s.decisions), (Money::cents(11), Money::cents(12)));
    }

    #[test]
    fn an_offer_compares_the_net_price_less_the_worth_of_the_payment_terms() {
        let s = testing::intro();
        let o = offers(&s.scenario, &s.decisions, &s.ops);
        // 30 days of a 90-day maximum at 20 %: 0,2 × (30 − 30²/180)/365 = 0,2 × 25/365 = 5/365,
        // so buyers compare 50 × 360/365 = 49,3150684… €.
        assert_eq!(o.len(), 1);
        assert_eq!((o[0].net_price, o[0].brand, o[0].quality, o[0].coverage), (50.0, 300_000.0, 200_000.0, 5.0));
        assert!((o[0].compared_price - 50.0 * 360.0 / 365.0).abs() < 1e-9);

        let d = testing::default();
        let o = offers(&d.scenario, &d.decisions, &d.ops);
        // Key accounts: 53,33 × (1 − 10 %) = 47,997 € net; 60 of 120 days at 20 %:
        // 0,2 × (60 − 60²/240)/365 = 9/365, compared 47,997 × 356/365 = 46,8135123… €.
        assert!((o[1].net_price - 47.997).abs() < 1e-12);
        assert!((o[1].compared_price - 47.997 * 356.0 / 365.0).abs() < 1e-9);
        assert_eq!(o[1].coverage, 6.0);
    }

    /// An offer alike in everything but its price: brand, quality and coverage cancel out.
    fn priced(net_price: f64) -> Offer {
        Offer { net_price, compared_price: net_price, brand: 300_000.0, quality: 200_000.0, coverage: 5.0 }
    }

    #[test]
    fn demand_is_split_by_price_and_a_stock_out_spills_half_to_the_rest() {
        let s = testing::intro();
        // Mean compared price (40 + 50 + 50)/3 = 46,67 €, price weight 4: A = (40/46,67)^−4 =
        // (7/6)^4, B = C = (15/14)^−4, and B/A = (6·14/(7·15))^4 = (4/5)^4 = 256/625. Of
        // 300 000 units A wants 300 000 × 625/1 137 = 164 907,65 and B and C 67 546,17 each:
        // floors 164 907 + 2 × 67 546 = 299 999, the last unit to A's larger remainder.
        // A ships only 100 000: half the 64 908 unmet, 32 454, goes 16 227 each to B and C.
        let companies =
            vec![(vec![priced(40.0)], 100_000), (vec![priced(50.0)], 200_000), (vec![priced(50.0)], 200_000)];
        let out = clear_segments(&s.scenario, &[300_000], &companies);
        assert_eq!(
            out,
            vec![vec![
                Allocation { demand_units: 164_908, sold_units: 100_000 },
                Allocation { demand_units: 67_546, sold_units: 83_773 },
                Allocation { demand_units: 67_546, sold_units: 83_773 },
            ]]
        );
    }

    #[test]
    fn a_sales_plan_replaces_the_markets_answer_within_the_stock() {
        let market = |d: u64, s: u64| Allocation { demand_units: d, sold_units: s };
        let mut cleared = vec![vec![market(100, 100), market(50, 40)], vec![market(200, 200), market(70, 60)]];
        // Company 1 plans 30 and 90 units and has 200 to ship: it sells exactly its plan;
        // company 0 keeps the market's answer.
        sell_as_planned(&mut cleared, 1, &[30, 90], 200);
        assert_eq!(cleared[0], vec![market(100, 100), market(30, 30)]);
        assert_eq!(cleared[1], vec![market(200, 200), market(90, 90)]);
        // With 60 units it serves the plan in proportion: 60 × 30/120 = 15 and 60 × 90/120 = 45.
        sell_as_planned(&mut cleared, 1, &[30, 90], 60);
        assert_eq!((cleared[0][1], cleared[1][1]), (market(30, 15), market(90, 45)));
        // A plan of nothing sells nothing, and a missing segment keeps the market's demand.
        sell_as_planned(&mut cleared, 0, &[0], 500);
        assert_eq!((cleared[0][0], cleared[1][0]), (market(0, 0), market(200, 200)));
    }

    #[test]
    fn an_offer_above_the_reservation_price_wins_nothing_even_with_stock() {
        let s = testing::intro();
        // Reservation 50 × 1,4 = 70 €: C at 80 € is left out and A and B are compared at a
        // mean of 45 €: A = (8/9)^−4, B = (10/9)^−4, B/A = (8/10)^4 = 256/625: A 300 000 ×
        // 625/881 = 212 826,33, B 87 173,67; the spare unit to B's larger remainder.
        let companies =
            vec![(vec![priced(40.0)], 300_000), (vec![priced(50.0)], 300_000), (vec![priced(80.0)], 300_000)];
        let out = clear_segments(&s.scenario, &[300_000], &companies);
        let sold: Vec<u64> = out[0].iter().map(|a| a.sold_units).collect();
        assert_eq!(sold, vec![212_826, 87_174, 0]);
        // No volume, no sales.
        let out = clear_segments(&s.scenario, &[0], &companies);
        assert!(out[0].iter().all(|a| *a == Allocation::default()));
    }
}
