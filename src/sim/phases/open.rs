//! Open: apply the year's scheduled events and start every company's year.

use bevy::prelude::*;
use rust_decimal::Decimal;

use crate::model::BalanceSheet;
use crate::scenario::{EventEffect, Scenario};
use crate::sim::components::{Books, Conditions, Game, InGame, Operations, YearWork};
use crate::sim::market::segment_volume;

/// Applies the events scheduled for the year about to be played.
pub fn apply_events(mut games: Query<&mut Game>) {
    for mut game in &mut games {
        if game.is_finished() {
            continue;
        }
        let year = game.playing_year();
        let scenario = game.scenario.clone();
        apply_events_of_year(&scenario, year, &mut game.conditions);
        game.conditions.year_seed = game.rng.next_u64();
        let volumes = scenario
            .segments
            .iter()
            .enumerate()
            .map(|(s, segment)| {
                let factor = game.conditions.demand_factor.get(s).copied().unwrap_or(Decimal::ONE);
                segment_volume(segment, year, factor, game.price_index(s))
            })
            .collect();
        game.conditions.volumes = volumes;
    }
}

/// Changes `conditions` by every event of `year`, in scenario order.
pub fn apply_events_of_year(scenario: &Scenario, year: u32, conditions: &mut Conditions) {
    conditions.headlines.clear();
    for event in scenario.events.iter().filter(|e| e.year == year) {
        conditions.headlines.push(event.headline.clone());
        match &event.effect {
            EventEffect::Demand { segment, factor } => {
                for (i, s) in scenario.segments.iter().enumerate() {
                    if segment.as_deref().is_none_or(|id| id == s.id)
                        && let Some(f) = conditions.demand_factor.get_mut(i)
                    {
                        *f *= *factor;
                    }
                }
            }
            EventEffect::MaterialPrice { factor } => conditions.material_index *= *factor,
            EventEffect::InterestRate { delta } => conditions.rate_delta += *delta,
        }
    }
}

/// Resets every company's scratch values and records its opening balance sheet.
pub fn open_company_years(games: Query<&Game>, mut companies: Query<(&InGame, &Books, &Operations, &mut YearWork)>) {
    for (in_game, books, ops, mut work) in &mut companies {
        let Ok(game) = games.get(in_game.0) else { continue };
        if game.is_finished() {
            continue;
        }
        let segments = game.scenario.segments.len();
        *work = YearWork {
            opening: BalanceSheet::from_ledger(&books.0),
            capacity_units: capacity_units(&game.scenario, ops, game.playing_year()),
            demand_units: vec![0; segments],
            sold_units: vec![0; segments],
            segment_total_sold: vec![0; segments],
            net_revenue: vec![Default::default(); segments],
            ..YearWork::default()
        };
    }
}

/// Units a company can make in `year`: its working lines plus live projects' extra capacity.
pub fn capacity_units(scenario: &Scenario, ops: &Operations, year: u32) -> u64 {
    let lines = u64::from(ops.lines_in(year)).saturating_mul(scenario.production.units_per_line);
    let projects: u64 = ops
        .live_projects(year)
        .filter_map(|p| scenario.projects.get(usize::from(p.project)))
        .map(|p| p.effects.capacity_units)
        .sum();
    lines.saturating_add(projects)
}

/// Share of a cost saved by live projects, capped at 90 %.
pub fn project_saving(
    scenario: &Scenario,
    ops: &Operations,
    year: u32,
    pick: fn(&crate::scenario::ProjectEffects) -> Decimal,
) -> Decimal {
    let total: Decimal = ops
        .live_projects(year)
        .filter_map(|p| scenario.projects.get(usize::from(p.project)))
        .map(|p| pick(&p.effects))
        .sum();
    total.min(Decimal::new(9, 1))
}
