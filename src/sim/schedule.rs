//! The `FiscalYear` schedule: one system set per phase, run in the order of the variants.

use bevy::ecs::schedule::{LogLevel, ScheduleBuildSettings, ScheduleLabel, SingleThreadedExecutor};
use bevy::prelude::*;

use super::phases::{close, decide, invest, market, open, operate, produce, sell, settle};

/// The schedule that plays one fiscal year of every unfinished game in a world.
#[derive(ScheduleLabel, Debug, Clone, PartialEq, Eq, Hash)]
pub struct FiscalYear;

/// The phases of the fiscal year (DESIGN §2), run in the order of the variants.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FiscalYearSystems {
    /// Apply the year's events and open every company's year.
    Open,
    /// Computer players decide; every company's decisions are held to its limits.
    Decide,
    /// Book capex, loans, equity and dividends; set the year's interest rates.
    InvestAndFinance,
    /// Book production within capacity.
    Produce,
    /// Update brand and quality stocks and clear every segment.
    Market,
    /// Book revenue, rebates, receivables and cost of goods sold.
    Sell,
    /// Book operating expenses and depreciation; retire assets at the end of their life.
    Operate,
    /// Book collections, supplier payments, tax, interest, overdraft and rescue.
    Settle,
    /// Book income tax, close the year and write the reports.
    Close,
}

/// Builds the schedule. Ambiguity detection is an error: two systems touching the same data
/// without an order would make results depend on scheduling, and results must not.
pub fn fiscal_year_schedule() -> Schedule {
    use FiscalYearSystems::*;
    let mut schedule = Schedule::new(FiscalYear);
    schedule.set_executor(SingleThreadedExecutor::new());
    schedule.set_build_settings(ScheduleBuildSettings { ambiguity_detection: LogLevel::Error, ..default() });
    schedule.configure_sets((Open, Decide, InvestAndFinance, Produce, Market, Sell, Operate, Settle, Close).chain());
    schedule.add_systems((open::apply_events, open::open_company_years).chain().in_set(Open));
    schedule.add_systems(decide::decide_and_limit.in_set(Decide));
    schedule.add_systems(invest::post_investments_and_financing.in_set(InvestAndFinance));
    schedule.add_systems(produce::post_production.in_set(Produce));
    schedule.add_systems((market::update_stocks, market::clear_markets).chain().in_set(Market));
    schedule.add_systems(sell::post_sales.in_set(Sell));
    schedule.add_systems(operate::post_operating_costs.in_set(Operate));
    schedule.add_systems(settle::post_settlements.in_set(Settle));
    schedule.add_systems((close::close_books, close::close_market_years).chain().in_set(Close));
    schedule
}
