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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::components::{ActiveProject, AssetKind, FixedAsset};
    use crate::sim::phases::testing;
    use rust_decimal_macros::dec;

    #[test]
    fn each_year_applies_only_its_own_events_and_factors_compound() {
        let s = testing::default();
        let mut c = s.conditions;
        c.headlines.push("last year's news".to_string());
        apply_events_of_year(&s.scenario, 1, &mut c);
        assert_eq!((c.headlines.len(), c.material_index, c.rate_delta), (0, dec!(1), dec!(0)));
        apply_events_of_year(&s.scenario, 3, &mut c); // steel: material × 1,20
        assert_eq!(c.material_index, dec!(1.20));
        apply_events_of_year(&s.scenario, 4, &mut c); // every segment × 0,88
        assert_eq!(c.demand_factor, vec![dec!(0.88), dec!(0.88)]);
        apply_events_of_year(&s.scenario, 5, &mut c); // rates + 2,5 points
        assert_eq!(c.rate_delta, dec!(0.025));
        // Year 6 lifts only the distribution segment: 0,88 × 1,08 = 0,9504; key accounts stay.
        apply_events_of_year(&s.scenario, 6, &mut c);
        assert_eq!(c.demand_factor, vec![dec!(0.9504), dec!(0.88)]);
        assert_eq!(c.headlines.len(), 1);
        // Earlier years' effects stay in force.
        assert_eq!((c.material_index, c.rate_delta), (dec!(1.20), dec!(0.025)));
    }

    #[test]
    fn capacity_counts_working_lines_and_live_projects() {
        let s = testing::intro();
        // Two lines × 60 000 = 120 000; the line with 2 years left stops after year 2.
        assert_eq!(capacity_units(&s.scenario, &s.ops, 1), 120_000);
        assert_eq!(capacity_units(&s.scenario, &s.ops, 2), 120_000);
        assert_eq!(capacity_units(&s.scenario, &s.ops, 3), 60_000);
        // The 8-year line works years 1–8, not 9.
        assert_eq!(capacity_units(&s.scenario, &s.ops, 9), 0);

        let mut d = testing::default();
        let debottleneck = d.scenario.project_index("debottleneck").unwrap();
        d.ops.projects.push(ActiveProject { project: debottleneck as u16, first_year: 2, last_year: 9 });
        d.ops.fixed_assets.push(FixedAsset {
            kind: AssetKind::Line,
            gross: d.scenario.production.line_cost,
            cost: d.scenario.production.line_cost,
            life_years: 15,
            first_year: 4,
            depreciated: crate::model::Money::ZERO,
        });
        // Year 1: 6 × 115 000 = 690 000, the project not started yet.
        assert_eq!(capacity_units(&d.scenario, &d.ops, 1), 690_000);
        // Year 2: 690 000 + 50 000 = 740 000.
        assert_eq!(capacity_units(&d.scenario, &d.ops, 2), 740_000);
        // Year 4: the 3-year line is gone, the new line works: 6 × 115 000 + 50 000 = 740 000.
        assert_eq!(capacity_units(&d.scenario, &d.ops, 4), 740_000);
        // Year 6: 3- and 5-year lines gone: 5 × 115 000 + 50 000 = 625 000.
        assert_eq!(capacity_units(&d.scenario, &d.ops, 6), 625_000);
    }

    #[test]
    fn project_savings_add_up_while_live_and_stop_at_ninety_percent() {
        let mut d = testing::default();
        let automation = d.scenario.project_index("automation").unwrap();
        let materials = d.scenario.project_index("materials").unwrap();
        d.ops.projects.push(ActiveProject { project: automation as u16, first_year: 1, last_year: 6 });
        d.ops.projects.push(ActiveProject { project: materials as u16, first_year: 2, last_year: 6 });
        let labour = |e: &crate::scenario::ProjectEffects| e.labour_saving;
        let material = |e: &crate::scenario::ProjectEffects| e.material_saving;
        assert_eq!(project_saving(&d.scenario, &d.ops, 1, labour), dec!(0.20));
        assert_eq!(project_saving(&d.scenario, &d.ops, 1, material), dec!(0));
        assert_eq!(project_saving(&d.scenario, &d.ops, 2, material), dec!(0.06));
        assert_eq!(project_saving(&d.scenario, &d.ops, 7, labour), dec!(0));
        // Two projects saving 50 % and 60 % of labour: 110 %, capped at 90 %.
        d.scenario.projects[automation].effects.labour_saving = dec!(0.5);
        d.scenario.projects[materials].effects.labour_saving = dec!(0.6);
        assert_eq!(project_saving(&d.scenario, &d.ops, 1, labour), dec!(0.5));
        assert_eq!(project_saving(&d.scenario, &d.ops, 2, labour), dec!(0.9));
    }
}
