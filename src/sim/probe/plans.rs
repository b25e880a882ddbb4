//! The library of plans `mehrwert probe` plays for one seat: the computer strategies, value
//! pricing, the volume strategy the lesson warns against, the fixed plans an adversarial
//! participant would try, and single moves on top of value pricing.
//!
//! Fixed plans keep one line of decisions all game (the scenario's opening decisions, or an
//! extreme) and produce what they sold last year, as a participant who found a trick would.
//! Moves take value pricing (the balanced computer) and change one thing, so the probe can
//! ask whether that one thing adds score.

use rust_decimal::Decimal;

use crate::model::rounding::round;
use crate::model::{Account, Money};
use crate::scenario::{Decisions, Scenario, Strategy};
use crate::sim::spawn::opening_decisions;
use crate::sim::strategy::{CompanyView, Pilot, decide_as, profile};

/// What a plan is for, and so how the probe judges it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// A computer strategy in the seat: shown, never flagged.
    Computer(Strategy),
    /// Value pricing: the base every move is compared with.
    Value,
    /// The volume strategy: it must lose score against value pricing.
    Volume,
    /// A fixed plan: it pays when its mean rank is top two.
    Fixed,
    /// A move on top of value pricing: it pays when it adds score.
    Move,
}

/// One plan of the library.
#[derive(Clone, Copy)]
pub struct PlanSpec {
    /// Stable key, e.g. `"fixed_idle_debt"`.
    pub key: &'static str,
    /// What the plan is compared against, which decides when it pays.
    pub family: Family,
    /// The decision rule played in the seat.
    pub pilot: Pilot,
}

fn plan(key: &'static str, family: Family, decide: fn(&CompanyView) -> Decisions) -> PlanSpec {
    PlanSpec { key, family, pilot: Pilot(decide) }
}

/// Every plan, in the order the probe prints them. Long by design: one short entry per plan,
/// read as a table (splitting it would scatter the catalogue).
pub fn library() -> Vec<PlanSpec> {
    let mut plans: Vec<PlanSpec> = Strategy::ALL
        .iter()
        .map(|&s| {
            let decide: fn(&CompanyView) -> Decisions = match s {
                Strategy::PriceFighter => |v| decide_as(v, &profile(Strategy::PriceFighter)),
                Strategy::Premium => |v| decide_as(v, &profile(Strategy::Premium)),
                Strategy::Balanced => |v| decide_as(v, &profile(Strategy::Balanced)),
                Strategy::CashConservative => |v| decide_as(v, &profile(Strategy::CashConservative)),
                Strategy::Expansionist => |v| decide_as(v, &profile(Strategy::Expansionist)),
            };
            plan(s.key(), Family::Computer(s), decide)
        })
        .collect();
    plans.extend([
        plan("value_pricing", Family::Value, value),
        plan("volume_key_accounts", Family::Volume, volume_key_accounts),
        plan("fixed_opening_decisions", Family::Fixed, |v| fixed(v, |_, _| {})),
        plan("fixed_absurd_high_price", Family::Fixed, |v| {
            let mut d = fixed(v, |_, _| {});
            d.segments.iter_mut().for_each(|s| (s.list_price, s.rebate) = (Decimal::from(1_000_000), Decimal::ZERO));
            d.production_units = 0;
            d
        }),
        plan("fixed_dumping_price", Family::Fixed, |v| {
            let mut d = fixed(v, |_, _| {});
            d.segments.iter_mut().for_each(|s| (s.list_price, s.rebate) = (Decimal::new(1, 2), Decimal::ZERO));
            d.production_units = v.work.capacity_units;
            d
        }),
        plan("fixed_high_price_max_terms", Family::Fixed, |v| {
            fixed(v, |scenario, d| {
                for (s, seg) in d.segments.iter_mut().zip(&scenario.segments) {
                    s.list_price = round(seg.reference_price * seg.reservation_factor * Decimal::new(99, 2), 2);
                    s.rebate = Decimal::ZERO;
                    s.payment_days = seg.max_payment_days;
                }
            })
        }),
        plan("fixed_max_rebates_and_terms", Family::Fixed, |v| {
            let mut d = fixed(v, |scenario, d| {
                for (s, seg) in d.segments.iter_mut().zip(&scenario.segments) {
                    s.rebate = seg.max_rebate;
                    s.payment_days = seg.max_payment_days;
                }
            });
            d.production_units = v.work.capacity_units;
            d
        }),
        plan("fixed_zero_production", Family::Fixed, |v| {
            let mut d = fixed(v, |_, _| {});
            d.production_units = 0;
            d
        }),
        plan("fixed_max_terms", Family::Fixed, |v| {
            fixed(v, |scenario, d| {
                for (s, seg) in d.segments.iter_mut().zip(&scenario.segments) {
                    s.payment_days = seg.max_payment_days;
                }
            })
        }),
        plan("fixed_idle_debt", Family::Fixed, |v| {
            let mut d = fixed(v, |_, _| {});
            d.loan_change = loan_headroom(v);
            d
        }),
        plan("fixed_dividends_on_debt", Family::Fixed, |v| {
            let mut d = fixed(v, |_, _| {});
            d.loan_change = loan_headroom(v);
            d.dividend = v.books.balance(Account::RetainedEarnings).positive_part();
            d
        }),
        plan("fixed_end_game_investment", Family::Fixed, |v| {
            let mut d = fixed(v, |_, _| {});
            end_game(v, &mut d);
            d
        }),
        plan("fixed_insolvency_play", Family::Fixed, |v| {
            let mut d = fixed(v, |_, d| d.segments.iter_mut().for_each(|s| s.rebate = Decimal::ZERO));
            burn(v, &mut d);
            d
        }),
        plan("value_with_max_price", Family::Move, |v| {
            let mut d = value(v);
            for (s, seg) in d.segments.iter_mut().zip(&v.game.scenario.segments) {
                let net = seg.reference_price * seg.reservation_factor * Decimal::new(99, 2);
                s.list_price = round(net / (Decimal::ONE - s.rebate), 2);
            }
            d
        }),
        plan("value_with_max_terms", Family::Move, |v| {
            let mut d = value(v);
            for (s, seg) in d.segments.iter_mut().zip(&v.game.scenario.segments) {
                s.payment_days = seg.max_payment_days;
            }
            d
        }),
        plan("value_with_idle_debt", Family::Move, |v| {
            let mut d = value(v);
            d.loan_change = d.loan_change.max(Money::ZERO) + loan_headroom(v);
            d
        }),
        plan("value_with_dividends_on_debt", Family::Move, |v| {
            let mut d = value(v);
            d.loan_change = loan_headroom(v);
            d.dividend = v.books.balance(Account::RetainedEarnings).positive_part();
            d
        }),
        plan("value_with_end_game_investment", Family::Move, |v| {
            let mut d = value(v);
            end_game(v, &mut d);
            d
        }),
        plan("value_hoarding_cash", Family::Move, |v| {
            let mut d = value(v);
            d.dividend = Money::ZERO;
            d.loan_change = d.loan_change.max(Money::ZERO);
            d
        }),
        plan("value_with_marketing_blitz", Family::Move, |v| {
            let mut d = value(v);
            d.marketing = d.marketing.times(Decimal::from(3));
            d.rnd = d.rnd.times(Decimal::from(3));
            d
        }),
        plan("value_with_zero_stock", Family::Move, |v| {
            let mut d = value(v);
            let sold: u64 = v.history.last().map_or(0, |r| r.segments.iter().map(|s| s.demand_units).sum());
            d.production_units = d.production_units.min(sold.saturating_sub(v.ops.inventory_units));
            d
        }),
    ]);
    plans
}

/// Value pricing: the balanced computer's decisions.
fn value(view: &CompanyView) -> Decisions {
    decide_as(view, &profile(Strategy::Balanced))
}

/// The segment that buys on price most: the key-account segment of a scenario.
fn key_account_segment(scenario: &Scenario) -> usize {
    (0..scenario.segments.len()).max_by_key(|&s| scenario.segments[s].weights.price).unwrap_or(0)
}

/// Volume: value pricing, but in the key-account segment the maximum rebate and terms, and
/// production at full capacity with a new line whenever the plant ran full last year.
fn volume_key_accounts(view: &CompanyView) -> Decisions {
    let mut d = value(view);
    let scenario = &view.game.scenario;
    let s = key_account_segment(scenario);
    if let (Some(decision), Some(segment)) = (d.segments.get_mut(s), scenario.segments.get(s)) {
        let list = decision.list_price * (Decimal::ONE - decision.rebate);
        decision.rebate = segment.max_rebate;
        decision.list_price = round(list, 2);
        decision.payment_days = segment.max_payment_days;
    }
    let ran_full = view.history.last().is_some_and(|r| r.produced_units * 100 >= r.capacity_units * 95);
    d.lines_bought = d.lines_bought.max(u32::from(ran_full));
    d.production_units = view.work.capacity_units + u64::from(d.lines_bought) * scenario.production.units_per_line;
    d
}

/// The scenario's opening decisions, changed by `change`, producing what was demanded last
/// year plus 5 % less the stock on hand (the opening production in year 1).
fn fixed(view: &CompanyView, change: fn(&Scenario, &mut Decisions)) -> Decisions {
    let scenario = &view.game.scenario;
    let mut d = opening_decisions(scenario, &view.company.id);
    d.year = view.game.playing_year();
    if let Some(r) = view.history.last() {
        let demanded: u64 = r.segments.iter().map(|s| s.demand_units).sum();
        d.production_units =
            (demanded * 105 / 100).saturating_sub(view.ops.inventory_units).min(view.work.capacity_units);
    }
    change(scenario, &mut d);
    d
}

/// What the bank would still lend.
fn loan_headroom(view: &CompanyView) -> Money {
    (view.game.scenario.finance.max_loans - view.books.balance(Account::Loans)).positive_part()
}

/// In the last year: every project not yet running, two lines, the longest terms and full
/// production — capital that the old, opening-capital charge never saw.
fn end_game(view: &CompanyView, d: &mut Decisions) {
    let scenario = &view.game.scenario;
    if view.game.playing_year() != scenario.years {
        return;
    }
    d.projects = scenario
        .projects
        .iter()
        .enumerate()
        .filter(|(i, _)| !view.ops.projects.iter().any(|p| usize::from(p.project) == *i))
        .map(|(_, p)| p.id.clone())
        .collect();
    d.lines_bought += 2;
    for (s, seg) in d.segments.iter_mut().zip(&scenario.segments) {
        s.payment_days = seg.max_payment_days;
    }
    d.production_units = view.work.capacity_units + 2 * scenario.production.units_per_line;
    d.loan_change = d.loan_change.max(Money::ZERO) + loan_headroom(view);
}

/// Spend far beyond what the business earns: ten times the marketing and R&D, prices a fifth
/// below the opening, as much production as the plant makes.
fn burn(view: &CompanyView, d: &mut Decisions) {
    d.marketing = d.marketing.times(Decimal::TEN);
    d.rnd = d.rnd.times(Decimal::TEN);
    for s in &mut d.segments {
        s.list_price = round(s.list_price * Decimal::new(8, 1), 2);
    }
    d.production_units = view.work.capacity_units;
}
