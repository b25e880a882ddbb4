//! Computer opponents: five strategies that read what a CFO could know and decide a year.
//!
//! Each strategy is a [`Profile`] of a few numbers (price position, budgets, appetite for
//! investment and debt) applied by one shared decision routine, so the strategies differ
//! in intent, not in code paths. Expansionist is reckless by design.

use rust_decimal::Decimal;

use crate::model::value::wacc;
use crate::model::{Account, BalanceSheet, Ledger, Money};
use crate::scenario::{Decisions, Scenario, SegmentDecision, Strategy};
use crate::sim::components::{Company, Game, Operations, YearWork};
use crate::sim::market::to_f64;
use crate::sim::phases::produce::unit_costs;
use crate::sim::report::YearReport;
use crate::sim::rng::Rng;

/// What a computer player may look at: its own books and the public market report.
pub struct CompanyView<'a> {
    pub game: &'a Game,
    pub company: &'a Company,
    pub books: &'a Ledger,
    pub ops: &'a Operations,
    pub history: &'a [YearReport],
    pub last: &'a Decisions,
    pub work: &'a YearWork,
}

/// The numbers that make a strategy.
#[derive(Clone, Copy, Debug)]
pub struct Profile {
    /// Target net price relative to the market price.
    pub price_position: Decimal,
    /// Rebate as a share of the segment's maximum.
    pub rebate_of_max: Decimal,
    /// Payment terms as a share of the segment's maximum.
    pub terms_of_max: Decimal,
    /// Marketing and R&D as shares of expected net revenue.
    pub marketing_share: Decimal,
    pub rnd_share: Decimal,
    /// Production as a multiple of expected demand, before stock on hand.
    pub production_cover: Decimal,
    /// Buy a line when expected utilisation exceeds this (None: never).
    pub buy_line_above: Option<Decimal>,
    /// Start projects whose NPV at WACC is positive (and pays back within this many years).
    pub project_payback_limit: Option<Decimal>,
    /// Values a project's quality and brand boosts at this share of their € amount.
    pub boost_value: Decimal,
    /// Share of last year's profit paid out.
    pub payout: Decimal,
    /// Borrow to keep cash above the minimum.
    pub borrows: bool,
    /// Price noise, ± this share.
    pub jitter: Decimal,
    /// Lowest net price as a multiple of full unit cost (variable + fixed share).
    pub cost_markup: Decimal,
    /// Share of fixed cost per unit counted in that floor (0 = variable cost only).
    pub fixed_cost_share: Decimal,
}

/// The profile of each strategy.
pub fn profile(strategy: Strategy) -> Profile {
    let d = |n: i64, scale: u32| Decimal::new(n, scale);
    match strategy {
        Strategy::PriceFighter => Profile {
            price_position: d(91, 2),
            rebate_of_max: d(50, 2),
            terms_of_max: d(50, 2),
            marketing_share: d(2, 2),
            rnd_share: d(1, 2),
            production_cover: d(108, 2),
            buy_line_above: Some(d(97, 2)),
            project_payback_limit: Some(d(4, 0)),
            boost_value: d(0, 0),
            payout: d(0, 0),
            borrows: true,
            jitter: d(3, 2),
            cost_markup: d(103, 2),
            fixed_cost_share: d(100, 2),
        },
        Strategy::Premium => Profile {
            price_position: d(112, 2),
            rebate_of_max: d(10, 2),
            terms_of_max: d(25, 2),
            marketing_share: d(6, 2),
            rnd_share: d(5, 2),
            production_cover: d(102, 2),
            buy_line_above: Some(d(98, 2)),
            project_payback_limit: None,
            boost_value: d(60, 2),
            payout: d(25, 2),
            borrows: true,
            jitter: d(2, 2),
            cost_markup: d(110, 2),
            fixed_cost_share: d(100, 2),
        },
        Strategy::Balanced => Profile {
            price_position: d(100, 2),
            rebate_of_max: d(25, 2),
            terms_of_max: d(35, 2),
            marketing_share: d(4, 2),
            rnd_share: d(3, 2),
            production_cover: d(104, 2),
            buy_line_above: Some(d(96, 2)),
            project_payback_limit: None,
            boost_value: d(30, 2),
            payout: d(30, 2),
            borrows: true,
            jitter: d(2, 2),
            cost_markup: d(106, 2),
            fixed_cost_share: d(100, 2),
        },
        Strategy::CashConservative => Profile {
            price_position: d(104, 2),
            rebate_of_max: d(15, 2),
            terms_of_max: d(20, 2),
            marketing_share: d(3, 2),
            rnd_share: d(2, 2),
            production_cover: d(97, 2),
            buy_line_above: None,
            project_payback_limit: Some(d(3, 0)),
            boost_value: d(0, 0),
            payout: d(50, 2),
            borrows: false,
            jitter: d(1, 2),
            cost_markup: d(108, 2),
            fixed_cost_share: d(100, 2),
        },
        Strategy::Expansionist => Profile {
            price_position: d(82, 2),
            rebate_of_max: d(90, 2),
            terms_of_max: d(100, 2),
            marketing_share: d(7, 2),
            rnd_share: d(2, 2),
            production_cover: d(130, 2),
            buy_line_above: Some(d(0, 0)),
            project_payback_limit: Some(d(40, 0)),
            boost_value: d(100, 2),
            payout: d(0, 0),
            borrows: true,
            jitter: d(4, 2),
            cost_markup: d(102, 2),
            fixed_cost_share: d(0, 2),
        },
    }
}

/// The strategy a company plays when nobody decides for it.
pub fn strategy_of(scenario: &Scenario, company: &Company) -> Strategy {
    scenario.companies.get(usize::from(company.index)).map_or(Strategy::Balanced, |c| c.strategy)
}

/// A year's decisions for a computer-played company.
pub fn decide(view: &CompanyView) -> Decisions {
    let scenario = &*view.game.scenario;
    let p = profile(strategy_of(scenario, view.company));
    let year = view.game.playing_year();
    let seed = view.game.conditions.year_seed ^ (u64::from(view.company.index) + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut rng = Rng::new(seed);
    let (material, labour) = unit_costs(scenario, &view.game.conditions, view.ops, year);
    let forecast = forecast_units(view);
    let expected_revenue = expected_net_revenue(view);
    let fixed_per_unit = fixed_cost_per_unit(view, &p, expected_revenue, forecast.iter().sum());

    let segments = scenario
        .segments
        .iter()
        .enumerate()
        .map(|(s, seg)| {
            // Anchor on last year's market price and the reference price, and pass on what
            // every maker pays more (or less) for material since the scenario began.
            let material_shift =
                scenario.production.material_cost_per_unit * (view.game.conditions.material_index - Decimal::ONE);
            let market_price =
                (view.game.previous_avg_net_price(s) + seg.reference_price) / Decimal::TWO + material_shift;
            // Uniform in [−1, 1] in steps of 0,001, times the strategy's jitter.
            let noise = Decimal::new(rng.below(2001) as i64 - 1000, 3) * p.jitter;
            // Nobody but the reckless knowingly sells below full cost.
            let floor = (material + labour + seg.cost_to_serve_per_unit + fixed_per_unit) * p.cost_markup;
            let net = (market_price * p.price_position * (Decimal::ONE + noise)).max(floor);
            let rebate = (seg.max_rebate * p.rebate_of_max).round_dp(3);
            let list = (net / (Decimal::ONE - rebate)).round_dp(2).clamp(Decimal::new(1, 2), Decimal::from(1_000_000));
            let last = view.last.segments.get(s);
            SegmentDecision {
                list_price: list,
                rebate,
                payment_days: (Decimal::from(seg.max_payment_days) * p.terms_of_max).round().try_into().unwrap_or(30),
                salespeople: last.map_or(5, |l| l.salespeople),
            }
        })
        .collect();

    let total_forecast: u64 = forecast.iter().sum();
    let wanted = Decimal::from(total_forecast) * p.production_cover;
    let wanted: u64 = wanted.round().try_into().unwrap_or(0);
    let need = wanted.saturating_sub(view.ops.inventory_units);
    let capacity = view.work.capacity_units;

    let mut lines_bought = 0;
    if let Some(threshold) = p.buy_line_above
        && capacity > 0
        && Decimal::from(need) > Decimal::from(capacity) * threshold
    {
        lines_bought = 1;
    }
    let projects = choose_projects(view, &p, material, labour, total_forecast);
    let capex = scenario.production.line_cost.times(lines_bought.into())
        + projects.iter().filter_map(|id| scenario.project_index(id)).map(|i| scenario.projects[i].capex).sum();

    let marketing = Money::from_decimal(expected_revenue.amount() * p.marketing_share).max(Money::ZERO);
    let rnd = Money::from_decimal(expected_revenue.amount() * p.rnd_share).max(Money::ZERO);
    let profit = view.history.last().map_or(Money::ZERO, |r| r.income.net_income);
    let distributable = view.books.balance(Account::RetainedEarnings).positive_part();
    let dividend = profit.positive_part().times(p.payout).min(distributable);

    let cash = view.books.balance(Account::Cash) - view.books.balance(Account::Overdraft);
    let ebitda = view.history.last().map_or(expected_revenue.times(Decimal::new(10, 2)), |r| r.income.ebitda);
    let expected_cash = cash + ebitda - capex - dividend - view.books.balance(Account::TaxPayable);
    let floor = scenario.finance.min_cash.times(Decimal::new(15, 1));
    let loans = view.books.balance(Account::Loans);
    let loan_change = if expected_cash < floor && p.borrows {
        floor - expected_cash
    } else if expected_cash > floor.times(Decimal::from(4)) && loans.is_positive() {
        // Repay half of what looks spare: the estimate ignores working capital.
        -(expected_cash - floor.times(Decimal::from(4))).times(Decimal::new(5, 1)).min(loans)
    } else {
        Money::ZERO
    };
    // A cash-conservative player that cannot fund its plans without debt drops them.
    let (lines_bought, projects) =
        if !p.borrows && expected_cash < floor { (0, Vec::new()) } else { (lines_bought, projects) };

    Decisions {
        company: view.company.id.clone(),
        year,
        segments,
        production_units: need
            .min(capacity.saturating_add(u64::from(lines_bought) * scenario.production.units_per_line)),
        marketing,
        rnd,
        lines_bought,
        projects,
        loan_change,
        equity_raised: Money::ZERO,
        dividend,
    }
}

/// Fixed cost per expected unit: overheads, sales force, marketing, R&D and depreciation.
fn fixed_cost_per_unit(view: &CompanyView, p: &Profile, expected_revenue: Money, units: u64) -> Decimal {
    if units == 0 || p.fixed_cost_share.is_zero() {
        return Decimal::ZERO;
    }
    let scenario = &view.game.scenario;
    let salespeople: u32 = view.last.segments.iter().map(|s| s.salespeople).sum();
    let depreciation = view.history.last().map_or(Money::ZERO, |r| r.income.depreciation);
    let fixed = scenario.overheads.admin_cost
        + scenario.overheads.salesperson_cost.times(salespeople.into())
        + expected_revenue.times(p.marketing_share + p.rnd_share)
        + depreciation;
    fixed.amount() * p.fixed_cost_share / Decimal::from(units)
}

/// Expected first-choice demand per segment: this year's market volume × last year's share.
fn forecast_units(view: &CompanyView) -> Vec<u64> {
    let game = view.game;
    let scenario = &game.scenario;
    let companies = scenario.companies.len().max(1) as u64;
    scenario
        .segments
        .iter()
        .enumerate()
        .map(|(s, _)| {
            let volume = game.conditions.volumes.get(s).copied().unwrap_or(0);
            let own = view.history.last().and_then(|r| r.segments.get(s)).map(|r| r.demand_units);
            let market = game.market_history.last().and_then(|m| m.segments.get(s)).map(|m| m.demand_units);
            match (own, market) {
                (Some(own), Some(market)) if market > 0 => {
                    (Decimal::from(volume) * Decimal::from(own) / Decimal::from(market)).round().try_into().unwrap_or(0)
                }
                _ => volume / companies,
            }
        })
        .collect()
}

/// Last year's net revenue, or a fair share of the market at reference prices in year 1.
fn expected_net_revenue(view: &CompanyView) -> Money {
    if let Some(last) = view.history.last() {
        return last.income.net_revenue;
    }
    let scenario = &view.game.scenario;
    let companies = Decimal::from(scenario.companies.len().max(1) as u64);
    let total: Decimal = scenario.segments.iter().map(|s| s.reference_price * Decimal::from(s.base_volume)).sum();
    Money::from_decimal(total / companies)
}

/// Projects the strategy would start this year: positive NPV at the company's WACC.
fn choose_projects(view: &CompanyView, p: &Profile, material: Decimal, labour: Decimal, units: u64) -> Vec<String> {
    let scenario = &*view.game.scenario;
    let opening = BalanceSheet::from_ledger(view.books);
    let cost_of_debt = view.game.conditions.loan_rate(scenario);
    let rate = wacc(&opening, scenario.cost_of_equity, cost_of_debt, scenario.tax_rate, scenario.target_debt_weight);
    let remaining_years = scenario.years.saturating_sub(view.game.year);
    let units = Decimal::from(units);
    scenario
        .projects
        .iter()
        .enumerate()
        .filter(|(i, _)| !view.ops.projects.iter().any(|a| usize::from(a.project) == *i))
        .filter(|(_, project)| {
            let e = &project.effects;
            let benefit = Money::from_decimal(e.material_saving * material * units + e.labour_saving * labour * units)
                + e.admin_saving
                + (e.quality_boost + e.brand_boost).times(p.boost_value);
            let life = project.life_years.min(remaining_years.max(1));
            let shield = project.capex.times(scenario.tax_rate / Decimal::from(project.life_years.max(1)));
            let yearly = benefit.times(Decimal::ONE - scenario.tax_rate) + shield;
            let payback_ok = p
                .project_payback_limit
                .is_none_or(|limit| yearly.is_positive() && project.capex.amount() / yearly.amount() <= limit);
            // A computer player's rough appraisal (an annuity in floating point); the exact
            // appraisal the player sees is model::appraisal.
            let r = to_f64(rate);
            let annuity =
                if r.abs() < 1e-12 { f64::from(life) } else { (1.0 - libm::pow(1.0 + r, -f64::from(life))) / r };
            let npv = yearly.to_f64_lossy() * annuity - project.capex.to_f64_lossy();
            npv > 0.0 && payback_ok
        })
        .map(|(_, project)| project.id.clone())
        .collect()
}
