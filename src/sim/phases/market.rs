//! Market: brand and quality stocks carry over, then every segment is cleared.

use bevy::prelude::*;
use rust_decimal::Decimal;

use crate::scenario::{Decisions, Scenario};
use crate::sim::components::{Companies, Company, Game, InGame, Operations, Plan, YearWork};
use crate::sim::market::{Offer, apportion, attractions, clear, reservation_price, terms_discount, to_f64};

/// brand_t = (1 − decay)·brand_{t−1} + marketing_t (+ project boosts); quality likewise with R&D.
pub fn update_stocks(games: Query<&Game>, mut companies: Query<(&InGame, &Plan, &mut Operations)>) {
    for (in_game, plan, mut ops) in &mut companies {
        let Ok(game) = games.get(in_game.0) else { continue };
        let (false, Some(d)) = (game.is_finished(), &plan.current) else { continue };
        let scenario = &game.scenario;
        let live: Vec<_> = ops
            .live_projects(game.playing_year())
            .filter_map(|p| scenario.projects.get(usize::from(p.project)))
            .collect();
        let brand_boost = live.iter().map(|p| p.effects.brand_boost).sum();
        let quality_boost = live.iter().map(|p| p.effects.quality_boost).sum();
        ops.brand = ops.brand.times(Decimal::ONE - scenario.stocks.brand_decay) + d.marketing + brand_boost;
        ops.quality = ops.quality.times(Decimal::ONE - scenario.stocks.quality_decay) + d.rnd + quality_boost;
    }
}

/// Clears every segment of every game: volume, attraction, demand, stock-outs, spill-over.
pub fn clear_markets(
    games: Query<(&Game, &Companies)>,
    mut companies: Query<(&Company, &Plan, &Operations, &mut YearWork)>,
) {
    for (game, members) in &games {
        if game.is_finished() {
            continue;
        }
        let mut entities: Vec<(u16, Entity)> =
            members.entities().iter().filter_map(|&e| companies.get(e).ok().map(|(c, ..)| (c.index, e))).collect();
        entities.sort_unstable();
        let mut offers_by_company: Vec<(Vec<Offer>, u64)> = Vec::with_capacity(entities.len());
        for &(_, e) in &entities {
            let Ok((_, plan, ops, work)) = companies.get(e) else { continue };
            let Some(d) = &plan.current else { continue };
            offers_by_company.push((offers(&game.scenario, d, ops), work.available_units));
        }
        if offers_by_company.len() != entities.len() {
            continue;
        }
        let scenario = &game.scenario;
        let mut demand = Vec::with_capacity(scenario.segments.len());
        let mut attraction = Vec::with_capacity(scenario.segments.len());
        let mut spillover = Vec::with_capacity(scenario.segments.len());
        for (s, segment) in scenario.segments.iter().enumerate() {
            let volume = game.conditions.volumes.get(s).copied().unwrap_or(0);
            let segment_offers: Vec<Offer> = offers_by_company.iter().map(|(o, _)| o[s]).collect();
            let a = attractions(&segment_offers, &segment.weights, reservation_price(segment));
            demand.push(apportion(volume, &a));
            attraction.push(a);
            spillover.push(to_f64(segment.spillover));
        }
        let stock: Vec<u64> = offers_by_company.iter().map(|(_, units)| *units).collect();
        let cleared = clear(&demand, &attraction, &stock, &spillover);
        let totals: Vec<u64> = cleared.iter().map(|row| row.iter().map(|a| a.sold_units).sum()).collect();
        for (i, &(_, e)) in entities.iter().enumerate() {
            let Ok((_, _, _, mut work)) = companies.get_mut(e) else { continue };
            for (s, row) in cleared.iter().enumerate() {
                work.demand_units[s] = row[i].demand_units;
                work.sold_units[s] = row[i].sold_units;
            }
            work.segment_total_sold = totals.clone();
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
