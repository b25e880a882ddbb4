//! Computer opponents: five strategies that read what a CFO could know — their own books,
//! the public market report and the scenario — and decide a year like competent CFOs of
//! different temperament.
//!
//! Every strategy runs the same routine: price near the profit-maximising price of its
//! segment (a strategy's position shifts it), offer the payment terms that pay, forecast
//! demand and make it plus the stock it wants, buy a line or a project when it adds EVA in
//! the years left, and finance the year so that cash stays near what it needs: spare cash
//! repays debt above the target leverage and goes to the owners. The [`Profile`] numbers
//! make the temperaments. Expansionist is reckless by design.

mod cash;
mod plant;
mod pricing;
mod profile;

pub use profile::{Profile, profile};

use rust_decimal::Decimal;

use crate::model::appraisal::project_cash_flows;
use crate::model::money::decimal_from_f64;
use crate::model::{Account, BalanceSheet, Ledger, Money};
use crate::scenario::{Decisions, Scenario, SegmentDecision, Strategy};
use crate::sim::components::{Company, Game, Operations, YearWork};
use crate::sim::finance::{best_leverage, coming_cost_of_capital};
use crate::sim::market::to_f64;
use crate::sim::phases::produce::unit_costs;
use crate::sim::report::YearReport;
use crate::sim::rng::Rng;
use cash::{CashInputs, plan_financing};
use plant::{Discounting, PlantInputs, ProjectOutlook, discounted_eva, plan_plant, project_terms};
use pricing::{SegmentOutlook, best_net_price, best_payment_days, expected_demand};

/// What a computer player may look at: its own books and the public market report.
pub struct CompanyView<'a> {
    /// The game: scenario, conditions and the public market history.
    pub game: &'a Game,
    /// Which company decides.
    pub company: &'a Company,
    /// The company's own ledger.
    pub books: &'a Ledger,
    /// Its fixed assets, projects, stock, brand and quality.
    pub ops: &'a Operations,
    /// Its reports of every closed year.
    pub history: &'a [YearReport],
    /// Its decisions of the last year played.
    pub last: &'a Decisions,
    /// This year's values so far, such as capacity and the opening sheet.
    pub work: &'a YearWork,
}

/// A decision rule that replaces a company's strategy (the probe's plans): the computer
/// asks it instead of the scenario's strategy. Not saved with the game.
#[derive(bevy::prelude::Component, Clone, Copy)]
pub struct Pilot(pub fn(&CompanyView) -> Decisions);

/// The strategy a company plays when nobody decides for it.
pub fn strategy_of(scenario: &Scenario, company: &Company) -> Strategy {
    scenario.companies.get(usize::from(company.index)).map_or(Strategy::Balanced, |c| c.strategy)
}

/// A year's decisions for a computer-played company.
pub fn decide(view: &CompanyView) -> Decisions {
    decide_as(view, &profile(strategy_of(&view.game.scenario, view.company)))
}

/// A money amount from a float estimate, rounded to whole euros (never negative).
fn euros(amount: f64) -> Money {
    if amount.is_finite() && amount > 0.0 { Money::euros(libm::round(amount.min(1e12)) as i64) } else { Money::ZERO }
}

/// Each segment's outlook: volume, last share, last price, unit cost, WACC.
fn outlooks(view: &CompanyView, material: f64, labour: f64, wacc: f64) -> Vec<SegmentOutlook> {
    let game = view.game;
    let scenario = &game.scenario;
    let companies = scenario.companies.len().max(1) as f64;
    scenario
        .segments
        .iter()
        .enumerate()
        .map(|(s, segment)| {
            let own = view.history.last().and_then(|r| r.segments.get(s)).map(|r| r.demand_units as f64);
            let market = game.market_history.last().and_then(|m| m.segments.get(s)).map(|m| m.demand_units as f64);
            let last_share = match (own, market) {
                (Some(own), Some(market)) if market > 0.0 => (own / market).clamp(0.01, 0.95),
                _ => 1.0 / companies,
            };
            let last_market_price = to_f64(game.previous_avg_net_price(s));
            let last_index = game.market_history.last().map_or(Decimal::ONE, |m| m.material_index);
            let cost_change =
                scenario.production.material_cost_per_unit * (game.conditions.material_index - last_index);
            SegmentOutlook {
                volume_units: game.conditions.volumes.get(s).copied().unwrap_or(0) as f64,
                last_share,
                last_net_price: to_f64(view.last.net_price(s)),
                last_market_price,
                expected_market_price: last_market_price + to_f64(cost_change),
                unit_cost: material + labour + to_f64(segment.cost_to_serve_per_unit),
                wacc,
            }
        })
        .collect()
}

/// A year's decisions for a company played with `p`.
pub fn decide_as(view: &CompanyView, p: &Profile) -> Decisions {
    let game = view.game;
    let scenario = &*game.scenario;
    let year = game.playing_year();
    let seed = game.conditions.year_seed ^ (u64::from(view.company.index) + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut rng = Rng::new(seed);
    let opening = BalanceSheet::from_ledger(view.books);
    let wacc = to_f64(coming_cost_of_capital(scenario, &game.conditions, &opening).wacc);
    let best_leverage = to_f64(best_leverage(scenario, &game.conditions));
    let (material, labour) = unit_costs(scenario, &game.conditions, view.ops, year);
    let (material, labour) = (to_f64(material), to_f64(labour));
    let outlooks = outlooks(view, material, labour, wacc);
    let cost_change = material + labour - last_unit_cost(view);
    let companies = scenario.companies.len();

    // Price and terms per segment, and the demand they should bring.
    let mut segments = Vec::with_capacity(scenario.segments.len());
    let mut demand = Vec::with_capacity(scenario.segments.len());
    for (s, (segment, outlook)) in scenario.segments.iter().zip(&outlooks).enumerate() {
        let last_days = view.last.segments.get(s).map_or(30.0, |l| f64::from(l.payment_days));
        let noise = 1.0 + p.jitter * (rng.unit() * 2.0 - 1.0);
        let reference = to_f64(segment.reference_price);
        let best = best_net_price(segment, outlook, last_days, companies).unwrap_or(reference);
        let ceiling = 0.97 * to_f64(segment.reference_price * segment.reservation_factor);
        // Half-way from last year's price (with this year's change in cost passed on) to the
        // target: companies move prices in steps, and a market does not swing after them.
        let target = best * p.price_position * noise;
        let anchor = if outlook.last_net_price > 0.0 { outlook.last_net_price + cost_change } else { target };
        let net = ((target + anchor) / 2.0).clamp(0.01, ceiling.max(0.01));
        let max_days = f64::from(segment.max_payment_days);
        let days = (best_payment_days(segment, outlook, net) + p.terms_offset_days).clamp(0.0, max_days);
        let rebate = decimal_from_f64(to_f64(segment.max_rebate) * p.rebate_of_max, 3);
        let list = decimal_from_f64(net / (1.0 - to_f64(rebate)), 2);
        segments.push(SegmentDecision {
            list_price: list.clamp(Decimal::new(1, 2), Decimal::from(1_000_000)),
            rebate,
            payment_days: libm::round(days) as u32,
            salespeople: view.last.segments.get(s).map_or(5, |l| l.salespeople),
        });
        demand.push((expected_demand(segment, outlook, net), net, outlook.unit_cost));
    }
    let expected_units: f64 = demand.iter().map(|(units, ..)| units).sum();
    let expected_revenue: f64 = demand.iter().map(|(units, net, _)| units * net).sum();
    let unit_margin = if expected_units > 0.0 {
        demand.iter().map(|(units, net, cost)| units * (net - cost)).sum::<f64>() / expected_units
    } else {
        0.0
    };

    // Plant: production, lines, projects. Capacity is planned for at most 15 % more than
    // was demanded last year: a forecast alone does not buy a line.
    let years_left = scenario.years.saturating_sub(game.year);
    let last_demand: Option<f64> = view.history.last().map(|r| r.segments.iter().map(|s| s.demand_units as f64).sum());
    let planned_units = last_demand.map_or(expected_units, |d| expected_units.min(d * 1.15));
    let tax_rate = to_f64(scenario.tax_rate);
    let production = &scenario.production;
    let plant = plan_plant(&PlantInputs {
        expected_units: planned_units,
        stock_units: view.ops.inventory_units as f64,
        target_stock_units: planned_units * p.stock_cover_days / 365.0,
        capacity_units: view.work.capacity_units as f64,
        units_per_line: production.units_per_line as f64,
        line_cost: production.line_cost.to_f64_lossy(),
        line_life_years: production.line_life_years,
        years_left,
        unit_margin,
        line_utilisation: p.line_utilisation,
        tax_rate,
        wacc,
    });
    // Projects that add EVA in the years left, the best return on capex first.
    let outlook = ProjectOutlook {
        material_per_unit: material,
        labour_per_unit: labour,
        units_per_year: plant.production_units,
        boost_value: p.boost_value,
        tax_rate,
        years_left,
    };
    let discounting = Discounting::new(wacc, years_left);
    let mut candidates: Vec<(f64, String)> = scenario
        .projects
        .iter()
        .enumerate()
        .filter(|(i, project)| {
            project.effects.capacity_units == 0 && !view.ops.projects.iter().any(|a| usize::from(a.project) == *i)
        })
        .filter_map(|(_, project)| {
            let cash = project_cash_flows(&project_terms(project, &outlook));
            let value = discounted_eva(&cash, &discounting);
            (value > p.project_hurdle * cash.capex).then(|| (value / cash.capex, project.id.clone()))
        })
        .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let projects: Vec<String> = candidates.into_iter().take(p.projects_per_year).map(|(_, id)| id).collect();
    let capex_of = |lines: u32, projects: &[String]| -> f64 {
        production.line_cost.to_f64_lossy() * f64::from(lines)
            + projects
                .iter()
                .filter_map(|id| scenario.project_index(id))
                .map(|i| scenario.projects[i].capex.to_f64_lossy())
                .sum::<f64>()
    };

    let marketing = euros(expected_revenue * p.marketing_share);
    let rnd = euros(expected_revenue * p.rnd_share);
    let operating_cash =
        operating_cash(view, &segments, &demand, plant.production_units, material, labour, marketing, rnd);
    let cash_inputs = |capex: f64| CashInputs {
        net_cash_open: (opening.cash - opening.overdraft).to_f64_lossy(),
        operating_cash,
        capex,
        target_cash: scenario.finance.min_cash.to_f64_lossy() + p.cash_buffer * expected_revenue,
        loans: opening.loans.to_f64_lossy(),
        max_loans: scenario.finance.max_loans.to_f64_lossy(),
        target_leverage: (best_leverage + p.leverage_offset).clamp(0.0, 0.85),
        equity: opening.total_equity.to_f64_lossy(),
        distributable: view.books.balance(Account::RetainedEarnings).to_f64_lossy(),
        last_net_income: view.history.last().map_or(0.0, |r| r.income.net_income.to_f64_lossy()),
        payout: p.payout,
        borrows: p.borrows,
    };
    let capex = capex_of(plant.lines_bought, &projects);
    // A strategy that does not borrow (cash-conservative) asks for no loan; a year its cash
    // cannot carry ends on the overdraft (docs/economics.md §14).
    let financing = plan_financing(&cash_inputs(capex));

    Decisions {
        company: view.company.id.clone(),
        year,
        segments,
        production_units: plant.production_units,
        marketing,
        rnd,
        lines_bought: plant.lines_bought,
        projects,
        loan_change: if financing.loan_change < 0.0 {
            -euros(-financing.loan_change)
        } else {
            euros(financing.loan_change)
        },
        equity_raised: Money::ZERO,
        dividend: euros(financing.dividend),
    }
}

/// Last year's variable manufacturing cost per unit: the material price index of the last
/// market report and the projects that were live then.
fn last_unit_cost(view: &CompanyView) -> f64 {
    let scenario = &view.game.scenario;
    let year = view.game.playing_year();
    if year <= 1 {
        let (material, labour) = unit_costs(scenario, &view.game.conditions, view.ops, year);
        return to_f64(material + labour);
    }
    let index = view.game.market_history.last().map_or(Decimal::ONE, |m| m.material_index);
    let saving = |pick| crate::sim::phases::open::project_saving(scenario, view.ops, year - 1, pick);
    let p = &scenario.production;
    let material = p.material_cost_per_unit * index * (Decimal::ONE - saving(|e| e.material_saving));
    let labour = p.labour_cost_per_unit * (Decimal::ONE - saving(|e| e.labour_saving));
    to_f64(material + labour)
}

/// Cash the year's operations should bring in, before investment and financing:
/// collections − supplier payments − labour − operating costs − last year's tax − interest.
#[allow(
    clippy::too_many_arguments,
    reason = "the cash plan needs every input of the year; they are computed in one place and passed once"
)]
fn operating_cash(
    view: &CompanyView,
    segments: &[SegmentDecision],
    demand: &[(f64, f64, f64)],
    production_units: u64,
    material: f64,
    labour: f64,
    marketing: Money,
    rnd: Money,
) -> f64 {
    let scenario = &view.game.scenario;
    let b = |account| view.books.balance(account).to_f64_lossy();
    let available = view.ops.inventory_units as f64 + production_units as f64;
    let expected: f64 = demand.iter().map(|(units, ..)| units).sum();
    let sell_share = if expected > available && expected > 0.0 { available / expected } else { 1.0 };
    let mut collections = b(Account::Receivables);
    let mut cost_to_serve = 0.0;
    for ((decision, (units, net, _)), segment) in segments.iter().zip(demand).zip(&scenario.segments) {
        let revenue = units * sell_share * net;
        collections += revenue * (1.0 - f64::from(decision.payment_days) / 365.0);
        cost_to_serve += units * sell_share * to_f64(segment.cost_to_serve_per_unit);
    }
    let purchases = production_units as f64 * material;
    let supplier_days = f64::from(scenario.production.supplier_days);
    let supplier_payments = b(Account::Payables) + purchases * (1.0 - supplier_days / 365.0);
    let salespeople: u32 = segments.iter().map(|s| s.salespeople).sum();
    let overheads = scenario.overheads.admin_cost.to_f64_lossy()
        + scenario.overheads.salesperson_cost.to_f64_lossy() * f64::from(salespeople);
    let interest = b(Account::Loans) * to_f64(view.game.conditions.loan_rate(scenario))
        + b(Account::Overdraft) * to_f64(view.game.conditions.overdraft_rate(scenario));
    collections
        - supplier_payments
        - production_units as f64 * labour
        - marketing.to_f64_lossy()
        - rnd.to_f64_lossy()
        - overheads
        - cost_to_serve
        - b(Account::TaxPayable)
        - interest
}
