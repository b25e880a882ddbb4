//! The ECS data of a game and its companies: what each phase reads and writes.
//!
//! Architecture invariant: everything that decides the future of a game is in these
//! components (except `YearWork`, which is rebuilt every year), so a save game made from
//! them and loaded again plays on exactly as the original.

use std::sync::Arc;

use bevy::prelude::*;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::report::{MarketYear, YearReport};
use super::rng::Rng;
use crate::model::{BalanceSheet, Ledger, Money};
use crate::scenario::{Decisions, Scenario};

/// A game: one market, its scenario and its fiscal year. Companies point to it with [`InGame`].
#[derive(Component, Clone, Debug)]
pub struct Game {
    /// The rules of the market, shared by every company of the game.
    pub scenario: Arc<Scenario>,
    /// Seed the game was started with (for reports; the live state is `rng`).
    pub seed: u64,
    /// The game's seeded random stream, advanced as the years are played.
    pub rng: Rng,
    /// Last closed fiscal year; 0 before year 1 has been played.
    pub year: u32,
    /// Market conditions after this year's events.
    pub conditions: Conditions,
    /// Public market report of every closed year.
    pub market_history: Vec<MarketYear>,
}

impl Game {
    /// The year now being played or about to be played.
    pub fn playing_year(&self) -> u32 {
        self.year + 1
    }

    /// True once every year of the scenario has been played.
    pub fn is_finished(&self) -> bool {
        self.year >= self.scenario.years
    }

    /// Average net price per segment last year, or the reference price before year 1.
    pub fn previous_avg_net_price(&self, segment: usize) -> Decimal {
        self.market_history
            .last()
            .and_then(|m| m.segments.get(segment))
            .map(|s| s.avg_net_price)
            .filter(|p| !p.is_zero())
            .or_else(|| self.scenario.segments.get(segment).map(|s| s.reference_price))
            .unwrap_or_default()
    }

    /// The price index that moves this year's segment volume: last year's average net
    /// price of the units actually sold (so an offer nobody buys does not count), bounded
    /// to half the reference price below and the reservation price above.
    pub fn price_index(&self, segment: usize) -> Decimal {
        let Some(s) = self.scenario.segments.get(segment) else { return Decimal::ZERO };
        let low = s.reference_price / Decimal::TWO;
        let high = (s.reference_price * s.reservation_factor).max(low);
        self.previous_avg_net_price(segment).clamp(low, high)
    }
}

/// Market conditions changed by events; factors multiply from the event's year on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conditions {
    /// Material cost index (1 = scenario cost).
    pub material_index: Decimal,
    /// Demand factor per segment.
    pub demand_factor: Vec<Decimal>,
    /// Added to every interest rate.
    pub rate_delta: Decimal,
    /// Headlines of the events of the year being played.
    pub headlines: Vec<String>,
    /// Drawn from the game's generator each year; computer players derive their own
    /// generators from it, so their choices do not depend on iteration order.
    pub year_seed: u64,
    /// Units customers want per segment this year at last year's prices (set in Open).
    pub volumes: Vec<u64>,
}

impl Conditions {
    /// Conditions before any event.
    pub fn initial(scenario: &Scenario) -> Conditions {
        Conditions {
            material_index: Decimal::ONE,
            demand_factor: vec![Decimal::ONE; scenario.segments.len()],
            rate_delta: Decimal::ZERO,
            headlines: Vec::new(),
            year_seed: 0,
            volumes: vec![0; scenario.segments.len()],
        }
    }

    /// Interest on loans this year.
    pub fn loan_rate(&self, scenario: &Scenario) -> Decimal {
        (scenario.finance.loan_rate + self.rate_delta).max(Decimal::ZERO)
    }

    /// Interest on last year's overdraft this year.
    pub fn overdraft_rate(&self, scenario: &Scenario) -> Decimal {
        (scenario.finance.overdraft_rate + self.rate_delta).max(Decimal::ZERO)
    }

    /// Interest earned on cash this year.
    pub fn deposit_rate(&self, scenario: &Scenario) -> Decimal {
        (scenario.finance.deposit_rate + self.rate_delta).max(Decimal::ZERO)
    }
}

/// A company of a game.
#[derive(Component, Clone, Debug)]
pub struct Company {
    /// Position in the scenario's company list: the stable order of every report.
    pub index: u16,
    /// Short identifier from the scenario, as in decision files.
    pub id: String,
    /// Display name.
    pub name: String,
}

/// The game a company competes in.
#[derive(Component, Clone, Copy, Debug)]
#[relationship(relationship_target = Companies)]
pub struct InGame(pub Entity);

/// The companies of a game, in spawn order (which is scenario order).
#[derive(Component, Debug)]
#[relationship_target(relationship = InGame)]
pub struct Companies(Vec<Entity>);

impl Companies {
    /// The company entities.
    pub fn entities(&self) -> &[Entity] {
        &self.0
    }
}

/// A company's books.
#[derive(Component, Clone, Debug, Default)]
pub struct Books(pub Ledger);

/// What a fixed asset is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AssetKind {
    /// A production line: capacity while it lives.
    Line,
    /// A catalogue project (its effects live as long as it).
    Project,
}

/// A fixed asset being depreciated straight-line; it retires after its last year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixedAsset {
    /// Production line or catalogue project.
    pub kind: AssetKind,
    /// Gross book value: what leaves PP&E (and accumulated depreciation) when it retires.
    pub gross: Money,
    /// Cost to be depreciated (for opening assets: their net book value).
    pub cost: Money,
    /// Depreciation period and working life (years).
    pub life_years: u32,
    /// First year of depreciation (and of production, for a line).
    pub first_year: u32,
    /// Depreciation booked so far.
    pub depreciated: Money,
}

impl FixedAsset {
    /// The last year the asset works and is depreciated.
    pub fn last_year(&self) -> u32 {
        self.first_year.saturating_add(self.life_years.saturating_sub(1))
    }

    /// True when the asset works in `year`.
    pub fn is_live(&self, year: u32) -> bool {
        self.first_year <= year && year <= self.last_year()
    }

    /// Depreciation due in `year`: cost / life, the last year taking the rounding rest.
    pub fn depreciation_in(&self, year: u32) -> Money {
        if year < self.first_year || self.life_years == 0 {
            return Money::ZERO;
        }
        let age = year - self.first_year;
        let rest = self.cost - self.depreciated;
        if age + 1 >= self.life_years {
            rest.positive_part()
        } else {
            self.cost.divided_by(self.life_years).min(rest).positive_part()
        }
    }
}

/// A catalogue project a company runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActiveProject {
    /// Index into the scenario's project catalogue.
    pub project: u16,
    /// First year with effects: the year it was started.
    pub first_year: u32,
    /// Last year with effects.
    pub last_year: u32,
}

/// Everything physical a company owns besides its books, plus tax and solvency state.
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Operations {
    /// Production lines and projects still on the books, oldest first.
    pub fixed_assets: Vec<FixedAsset>,
    /// Catalogue projects started, with the years their effects last.
    pub projects: Vec<ActiveProject>,
    /// Finished units in stock.
    pub inventory_units: u64,
    /// Brand stock built by marketing (€ equivalent).
    pub brand: Money,
    /// Quality stock built by R&D (€ equivalent).
    pub quality: Money,
    /// Tax losses carried forward.
    pub loss_carryforward: Money,
    /// First year the company was insolvent (and rescued by its owners).
    pub insolvent_since: Option<u32>,
}

impl Operations {
    /// Production lines that work in `year`.
    pub fn lines_in(&self, year: u32) -> u32 {
        self.fixed_assets.iter().filter(|a| a.kind == AssetKind::Line && a.is_live(year)).count() as u32
    }

    /// Lines whose last working year is `year` (they retire at its end).
    pub fn lines_retiring_after(&self, year: u32) -> u32 {
        self.fixed_assets.iter().filter(|a| a.kind == AssetKind::Line && a.last_year() == year).count() as u32
    }

    /// Projects whose effects apply in `year`.
    pub fn live_projects(&self, year: u32) -> impl Iterator<Item = &ActiveProject> {
        self.projects.iter().filter(move |p| p.first_year <= year && year <= p.last_year)
    }
}

/// Decisions: those in force last year, and the one submitted for the coming year.
#[derive(Component, Clone, Debug, PartialEq)]
pub struct Plan {
    /// Decisions of the last year played (the opening decisions before year 1).
    pub last: Decisions,
    /// Decisions submitted by a person for the coming year; when none, the computer decides.
    pub submitted: Option<Decisions>,
    /// Decisions applied this year (after clamping), filled in the Decide phase.
    pub current: Option<Decisions>,
}

/// Units a company plans to sell in each segment, standing in for the market's answer: set
/// only in the pro-forma preview, where the team's own sales forecast is the plan. Sales
/// stay within the units the company can ship.
#[derive(Component, Clone, Debug, PartialEq, Eq)]
pub struct SalesPlan(pub Vec<u64>);

/// Reports of every closed year.
#[derive(Component, Clone, Debug, Default)]
pub struct History(pub Vec<YearReport>);

/// Scratch values of the year being played, rebuilt in the Open phase.
#[derive(Component, Clone, Debug, Default)]
pub struct YearWork {
    /// The balance sheet at the start of the year, before any decision is booked.
    pub opening: BalanceSheet,
    /// Lines and projects bought this year (€).
    pub capex: Money,
    /// Dividend paid this year (€).
    pub dividends: Money,
    /// Units the working lines and projects can produce this year.
    pub capacity_units: u64,
    /// Units produced this year, within capacity.
    pub produced_units: u64,
    /// Opening stock plus this year's production: what can be sold.
    pub available_units: u64,
    /// Materials bought on supplier credit this year (€), the base of closing payables.
    pub material_purchases: Money,
    /// Materials plus labour of this year's production (€).
    pub production_cost: Money,
    /// Per segment: (demand, sold) units.
    pub demand_units: Vec<u64>,
    /// Per segment: units sold, spill-over included.
    pub sold_units: Vec<u64>,
    /// Per segment: units sold by all companies of the game.
    pub segment_total_sold: Vec<u64>,
    /// Per segment net revenue (for receivables by payment terms).
    pub net_revenue: Vec<Money>,
    /// What was changed or went wrong while applying the year's decisions.
    pub warnings: Vec<crate::sim::warning::Warning>,
    /// True when a person's decisions were applied this year.
    pub human: bool,
    /// Interest on loans this year: the scenario's rate, the events' change and the bank's
    /// credit spread at the gross leverage the year's financing leaves (set in Invest).
    pub loan_rate: Decimal,
    /// Interest on last year's overdraft this year, spread included (fee not included).
    pub overdraft_rate: Decimal,
    /// Rescue capital the owners put in this year (insolvency).
    pub rescue: Money,
}
