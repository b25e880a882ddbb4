//! Starting a game: the opening books of every company from the scenario.

use std::sync::Arc;

use bevy::prelude::*;

use super::components::{
    AssetKind, Books, Company, Conditions, FixedAsset, Game, History, InGame, Operations, Plan, YearWork,
};
use super::rng::Rng;
use crate::model::{Account, Cause, JournalEntry, Ledger, LedgerError, Line, Money, Phase};
use crate::scenario::{Decisions, Scenario};

/// The opening balance sheet as one journal entry; fails when it does not balance.
pub fn opening_ledger(scenario: &Scenario) -> Result<Ledger, LedgerError> {
    let o = &scenario.opening;
    let signed = [
        (Account::Cash, o.cash),
        (Account::Receivables, o.receivables),
        (Account::Inventory, o.inventory),
        (Account::PpeGross, o.ppe_gross),
        (Account::AccumulatedDepreciation, -o.accumulated_depreciation),
        (Account::Payables, -o.payables),
        (Account::TaxPayable, -o.tax_payable),
        (Account::Loans, -o.loans),
        (Account::SubscribedCapital, -o.subscribed_capital),
        (Account::RetainedEarnings, -o.retained_earnings),
    ];
    let lines: Vec<Line> = signed
        .into_iter()
        .filter(|(_, amount)| !amount.is_zero())
        .map(
            |(account, amount)| {
                if amount.is_positive() { Line::debit(account, amount) } else { Line::credit(account, -amount) }
            },
        )
        .collect();
    let mut ledger = Ledger::new();
    if !lines.is_empty() {
        ledger.post(JournalEntry::new(0, Phase::Opening, Cause::OpeningBalance, lines)?);
    }
    Ok(ledger)
}

/// The opening production lines: PP&E gross split evenly, the net book value in proportion
/// to each line's remaining life (equal lines written off straight-line are worth their
/// remaining years), so each line's depreciation is the same every year and it retires,
/// fully written down, after its last year. Validation has checked that no line's net
/// value exceeds its gross share.
pub fn opening_lines(scenario: &Scenario) -> Vec<FixedAsset> {
    let lives = &scenario.production.opening_line_remaining_years;
    let o = &scenario.opening;
    let weights: Vec<u64> = lives.iter().map(|&r| u64::from(r)).collect();
    let gross = o.ppe_gross.allocate(&vec![1; lives.len()]);
    let net = (o.ppe_gross - o.accumulated_depreciation).allocate(&weights);
    lives
        .iter()
        .zip(gross.into_iter().zip(net))
        .map(|(&life_years, (gross, cost))| FixedAsset {
            kind: AssetKind::Line,
            gross,
            cost,
            life_years,
            first_year: 1,
            depreciated: Money::ZERO,
        })
        .collect()
}

/// What every company owns at the start besides its books: the opening lines, stock and
/// the brand and quality stocks; no projects, no losses carried forward.
pub fn opening_operations(scenario: &Scenario) -> Operations {
    Operations {
        fixed_assets: opening_lines(scenario),
        projects: Vec::new(),
        inventory_units: scenario.opening.inventory_units,
        brand: scenario.stocks.opening_brand,
        quality: scenario.stocks.opening_quality,
        loss_carryforward: Money::ZERO,
        insolvent_since: None,
    }
}

/// The decisions every company made in the year before year 1.
pub fn opening_decisions(scenario: &Scenario, company: &str) -> Decisions {
    let o = &scenario.opening_decisions;
    Decisions {
        company: company.to_string(),
        year: 0,
        segments: o.segments.clone(),
        production_units: o.production_units,
        marketing: o.marketing,
        rnd: o.rnd,
        lines_bought: 0,
        projects: Vec::new(),
        loan_change: Money::ZERO,
        equity_raised: Money::ZERO,
        dividend: Money::ZERO,
    }
}

/// The ledger with room for the journal of every year still to play (about 30 entries a
/// year), so batch play does not regrow journals. A clone does not keep capacity, so this
/// is applied to each company's own copy.
pub fn reserved(mut ledger: Ledger, scenario: &Scenario) -> Ledger {
    ledger.reserve(40 * scenario.years as usize);
    ledger
}

/// Spawns a new game and its companies at the start of year 1.
pub fn spawn_game(world: &mut World, scenario: Arc<Scenario>, seed: u64) -> Result<Entity, LedgerError> {
    let ledger = opening_ledger(&scenario)?;
    let operations = opening_operations(&scenario);
    let game = world
        .spawn(Game {
            scenario: scenario.clone(),
            seed,
            rng: Rng::new(seed),
            year: 0,
            conditions: Conditions::initial(&scenario),
            market_history: Vec::new(),
        })
        .id();
    for (index, setup) in scenario.companies.iter().enumerate() {
        world.spawn((
            Company { index: index as u16, id: setup.id.clone(), name: setup.name.clone() },
            InGame(game),
            Books(reserved(ledger.clone(), &scenario)),
            operations.clone(),
            Plan { last: opening_decisions(&scenario, &setup.id), submitted: None, current: None },
            History(Vec::with_capacity(scenario.years as usize)),
            YearWork::default(),
        ));
    }
    Ok(game)
}
