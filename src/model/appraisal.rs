//! Investment appraisal: a project's cash flows, and NPV, IRR, payback, discounted payback and
//! profitability index of a cash-flow series.
//!
//! Every catalogue project in the game and the `appraise` subcommand go through here, so the
//! numbers a player sees in the project dialog and on the command line are the same. The
//! computer players reckon a project's (and a line's) cash flows with the same rule,
//! [`project_cash_flows`] and [`investment_cash_flows`], in `f64` (see [`ProjectNumber`]).
//!
//! Conventions: `flows[t]` is the net cash flow at the end of period `t`, the first one at
//! `t = 0` (undiscounted); rates are per period as fractions (`0.08` = 8 %).
//!
//! Architecture invariant: all appraisal arithmetic is exact `Decimal` with checked operations. A value
//! that would leave `Decimal`'s range (only reachable with strongly negative rates over many
//! periods, or with amounts far beyond [`MAX_FLOW_EUR`]) is "no value", never a panic.
//! [`validate`] rejects every input for which that could happen at the given rate. The project
//! cash-flow rule multiplies with plain operators: scenario validation keeps capex, savings and
//! unit costs many orders of magnitude inside `Decimal`'s range. Its `f64` instance serves the
//! computer players' estimates only; nothing reckoned in `f64` is ever booked.

use std::ops::{Add, Div, Mul, Neg, Sub};

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;
use thiserror::Error;

use crate::model::Money;

/// Largest accepted absolute cash flow in one period: 10^15 € (a quadrillion euros).
pub const MAX_FLOW_EUR: Decimal = dec!(1_000_000_000_000_000);

/// Largest accepted last period `t` (so at most `MAX_PERIODS + 1` cash flows).
pub const MAX_PERIODS: usize = 100;

/// Largest accepted discount rate: 10 = 1 000 %.
pub const MAX_RATE: Decimal = Decimal::TEN;

/// Largest accepted sum of absolute present values at the appraisal rate: 10^20 €.
///
/// Far below `Decimal`'s ~7.9·10^28, so every sum, cumulative and ratio stays exact to well
/// below a cent. Only negative rates can push present values above the flows themselves.
pub const MAX_PRESENT_VALUE_SUM_EUR: Decimal = dec!(100_000_000_000_000_000_000);

/// Lowest rate the IRR search looks at (−99 %).
const IRR_SEARCH_MIN_RATE: Decimal = dec!(-0.99);

/// The IRR bisection stops when its bracket is at most this wide (10^-10).
const IRR_TOLERANCE: Decimal = dec!(0.0000000001);

/// Decimal places of the returned IRR (the bracket is narrower than that).
const IRR_DECIMAL_PLACES: u32 = 10;

/// Safety net for the bisection loop: a 0.1 wide bracket is below [`IRR_TOLERANCE`] after 30 halvings.
const IRR_MAX_BISECTIONS: u32 = 64;

/// The key figures of one investment at one discount rate.
///
/// Serializes exactly, amounts and ratios as decimal strings like every amount in a save game;
/// the `appraise` subcommand converts to JSON numbers itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Appraisal {
    /// Net present value at the appraisal rate, rounded to cents.
    pub npv: Money,
    /// Internal rate of return as a fraction (see [`irr`]), `None` when there is none.
    pub irr: Option<Decimal>,
    /// Years until the undiscounted cumulative cash flow turns non-negative (see [`payback_years`]).
    pub payback_years: Option<Decimal>,
    /// Years until the discounted cumulative cash flow turns non-negative.
    pub discounted_payback_years: Option<Decimal>,
    /// Present value of the flows from `t = 1` on per euro invested at `t = 0`.
    pub profitability_index: Option<Decimal>,
}

/// Why a rate and cash-flow series cannot be appraised.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum AppraisalError {
    /// No cash flows at all.
    #[error("no cash flows given; allowed: 1 to {} cash flows, the first at t = 0", MAX_PERIODS + 1)]
    NoCashFlows,
    /// The discount rate is at or below −100 % or above [`MAX_RATE`].
    #[error("rate {rate} is out of range; allowed: above -1 (-100 %) and at most {MAX_RATE} (1000 %)")]
    RateOutOfRange {
        /// The rejected rate as a fraction.
        rate: Decimal,
    },
    /// More periods than [`MAX_PERIODS`].
    #[error("{periods} periods (t = 0 to {periods}); allowed: at most {MAX_PERIODS} periods")]
    TooManyPeriods {
        /// The last period `t` of the series.
        periods: usize,
    },
    /// One cash flow exceeds [`MAX_FLOW_EUR`] in absolute value.
    #[error("cash flow at t = {period} is {flow} €; allowed: at most 10^15 € in absolute value")]
    FlowTooLarge {
        /// The period `t` of the rejected flow.
        period: usize,
        /// The rejected flow.
        flow: Money,
    },
    /// At this (negative) rate the present values grow beyond [`MAX_PRESENT_VALUE_SUM_EUR`].
    #[error(
        "at rate {rate} the discounted cash flows add up to more than 10^20 €; \
         allowed: a rate closer to zero or fewer periods"
    )]
    PresentValuesTooLarge {
        /// The rate at which the present values explode.
        rate: Decimal,
    },
}

/// Checks that `rate` and `flows` can be appraised exactly.
///
/// Rules: 1 to `MAX_PERIODS + 1` flows; `-1 < rate <= MAX_RATE`; every `|flow| <= MAX_FLOW_EUR`;
/// the absolute present values at `rate` sum to at most [`MAX_PRESENT_VALUE_SUM_EUR`]. For input
/// that passes, every function in this module returns a value computed without overflow.
///
/// # Errors
/// The first rule broken, in the order above.
pub fn validate(rate: Decimal, flows: &[Money]) -> Result<(), AppraisalError> {
    if flows.is_empty() {
        return Err(AppraisalError::NoCashFlows);
    }
    if rate <= -Decimal::ONE || rate > MAX_RATE {
        return Err(AppraisalError::RateOutOfRange { rate });
    }
    let periods = flows.len() - 1;
    if periods > MAX_PERIODS {
        return Err(AppraisalError::TooManyPeriods { periods });
    }
    if let Some((period, flow)) = flows.iter().enumerate().find(|(_, flow)| flow.amount().abs() > MAX_FLOW_EUR) {
        return Err(AppraisalError::FlowTooLarge { period, flow: *flow });
    }
    let absolute_sum = present_values(rate, flows)
        .and_then(|values| values.iter().try_fold(Decimal::ZERO, |sum, value| sum.checked_add(value.abs())));
    match absolute_sum {
        Some(sum) if sum <= MAX_PRESENT_VALUE_SUM_EUR => Ok(()),
        _ => Err(AppraisalError::PresentValuesTooLarge { rate }),
    }
}

/// Validates the input (see [`validate`]) and computes every key figure at `rate`.
///
/// # Errors
/// What [`validate`] finds wrong with the input.
pub fn appraise(rate: Decimal, flows: &[Money]) -> Result<Appraisal, AppraisalError> {
    validate(rate, flows)?;
    Ok(Appraisal {
        npv: npv(rate, flows),
        irr: irr(flows),
        payback_years: payback_years(flows),
        discounted_payback_years: discounted_payback_years(rate, flows),
        profitability_index: profitability_index(rate, flows),
    })
}

/// Net present value: Σ `flows[t]` / (1 + `rate`)^t, exact, rounded to cents at the end.
///
/// Meant for input that passed [`validate`], where it always has a value. Outside that domain
/// (`rate <= -1`, or a result beyond `Decimal`'s range) it returns zero; use [`checked_npv`]
/// when the input has not been validated.
pub fn npv(rate: Decimal, flows: &[Money]) -> Money {
    checked_npv(rate, flows).unwrap_or(Money::ZERO)
}

/// Net present value like [`npv`], or `None` when `rate <= -1` or the value leaves `Decimal`'s range.
pub fn checked_npv(rate: Decimal, flows: &[Money]) -> Option<Money> {
    exact_npv(rate, flows).map(Money::from_decimal)
}

/// Internal rate of return: a rate at which the NPV is zero, as a fraction, to within 10^-10.
///
/// Search: NPV is evaluated on a grid of rates from −0.99 to 10 (steps of 0.01 up to 1, then
/// 0.1), walking outwards from 0 in both directions; a sign change between neighbours (or an
/// exact zero on a grid rate) is refined by bisection. When the series has several IRRs (it
/// changes sign more than once), the one **closest to 0** is returned (the positive one on a
/// tie), because that is the one nearest to any realistic cost of capital; roots closer
/// together than one grid step, or touching zero between grid rates, can be missed.
///
/// `None` when NPV never crosses zero in the search range: all flows positive, all negative,
/// all zero, an IRR below −99 % or above 1 000 %, or no real root. Rates at which the NPV leaves
/// `Decimal`'s range count as having no value. Deterministic: pure `Decimal` arithmetic.
pub fn irr(flows: &[Money]) -> Option<Decimal> {
    if flows.iter().all(|flow| flow.is_zero()) {
        return None;
    }
    let upward = first_root(&upward_search_rates(), flows, None);
    let downward = first_root(&downward_search_rates(), flows, upward.map(|root| root.abs()));
    let root = match (upward, downward) {
        (Some(up), Some(down)) if down.abs() < up.abs() => down,
        (Some(up), _) => up,
        (None, down) => down?,
    };
    Some(crate::model::rounding::round(root, IRR_DECIMAL_PLACES).normalize())
}

/// Payback period in years (periods) on undiscounted flows, fractional within the period.
///
/// Convention: the **first** period in which the cumulative cash flow rises from below zero to
/// zero or above, interpolated linearly within that period: for −100, 30, 40, 50 the cumulative
/// is −100, −70, −30, +20, so payback is 2 + 30/50 = 2.6 years. If the cumulative later falls
/// below zero again (a later outlay), the first crossing still counts: payback ignores what
/// happens after it, which is why NPV decides. `Some(0)` when the cumulative never goes below
/// zero (nothing to pay back); `None` when it never recovers, or a sum leaves `Decimal`'s range.
pub fn payback_years(flows: &[Money]) -> Option<Decimal> {
    let amounts: Vec<Decimal> = flows.iter().map(|flow| flow.amount()).collect();
    payback_of(&amounts)
}

/// Payback period in years like [`payback_years`], on flows discounted at `rate` (exact, unrounded).
///
/// `None` when never paid back, when `rate <= -1`, or when a value leaves `Decimal`'s range.
pub fn discounted_payback_years(rate: Decimal, flows: &[Money]) -> Option<Decimal> {
    payback_of(&present_values(rate, flows)?)
}

/// Profitability index: present value of the flows from `t = 1` on, divided by `|flows[0]|`.
///
/// `None` unless `flows[0]` is an outlay (negative); also `None` when `rate <= -1` or a value
/// leaves `Decimal`'s range. Above 1 exactly when the NPV is positive.
pub fn profitability_index(rate: Decimal, flows: &[Money]) -> Option<Decimal> {
    let outlay = flows.first().filter(|flow| flow.is_negative())?.amount().abs();
    let values = present_values(rate, flows)?;
    let later_sum = values.iter().skip(1).try_fold(Decimal::ZERO, |sum, value| sum.checked_add(*value))?;
    later_sum.checked_div(outlay)
}

/// Each flow discounted to `t = 0`, exact where `Decimal` can hold the result, unrounded.
///
/// `None` when `rate <= -1` or a value leaves `Decimal`'s range.
fn present_values(rate: Decimal, flows: &[Money]) -> Option<Vec<Decimal>> {
    if rate <= -Decimal::ONE {
        return None;
    }
    let growth = Decimal::ONE.checked_add(rate)?;
    if growth >= Decimal::ONE { discount_by_division(growth, flows) } else { discount_by_multiplication(growth, flows) }
}

/// For `rate >= 0`: `flows[t]` / growth^t, with growth^t exact while it fits (so 60 / 1.2 and
/// 72 / 1.44 are exactly 50). Once growth^t outgrows `Decimal`, it is kept as a product of
/// in-range powers and divided by one after the other; the quotient then shrinks to zero.
fn discount_by_division(growth: Decimal, flows: &[Money]) -> Option<Vec<Decimal>> {
    let mut full_powers: Vec<Decimal> = Vec::new();
    let mut power = Decimal::ONE;
    let mut values = Vec::with_capacity(flows.len());
    for (period, flow) in flows.iter().enumerate() {
        if period > 0 {
            match power.checked_mul(growth) {
                Some(next) => power = next,
                None => {
                    full_powers.push(power);
                    power = growth;
                }
            }
        }
        let value =
            full_powers.iter().chain([&power]).try_fold(flow.amount(), |value, divisor| value.checked_div(*divisor))?;
        values.push(value);
    }
    Some(values)
}

/// For `-1 < rate < 0`: `flows[t]` × (1 / growth)^t, compounding a factor above 1 so that it keeps
/// all 28 significant digits. `None` as soon as a non-zero flow meets a factor out of range.
fn discount_by_multiplication(growth: Decimal, flows: &[Money]) -> Option<Vec<Decimal>> {
    let factor_per_period = Decimal::ONE.checked_div(growth)?;
    let mut factor = Some(Decimal::ONE);
    let mut values = Vec::with_capacity(flows.len());
    for (period, flow) in flows.iter().enumerate() {
        if period > 0 {
            factor = factor.and_then(|factor| factor.checked_mul(factor_per_period));
        }
        let value = if flow.is_zero() { Decimal::ZERO } else { flow.amount().checked_mul(factor?)? };
        values.push(value);
    }
    Some(values)
}

/// The NPV without rounding, as the IRR search needs its sign near the root.
fn exact_npv(rate: Decimal, flows: &[Money]) -> Option<Decimal> {
    present_values(rate, flows)?.iter().try_fold(Decimal::ZERO, |sum, value| sum.checked_add(*value))
}

/// The payback rule of [`payback_years`] on any series of amounts.
fn payback_of(amounts: &[Decimal]) -> Option<Decimal> {
    let mut cumulative = Decimal::ZERO;
    let mut ever_negative = false;
    for (period, amount) in amounts.iter().enumerate() {
        let before = cumulative;
        cumulative = cumulative.checked_add(*amount)?;
        if before < Decimal::ZERO && cumulative >= Decimal::ZERO {
            // `amount` > 0 here because it lifted the cumulative from below zero to zero or above;
            // `period` >= 1 because the cumulative before `t = 0` is zero.
            let fraction = (-before).checked_div(*amount)?;
            return Decimal::from(period - 1).checked_add(fraction);
        }
        ever_negative |= cumulative < Decimal::ZERO;
    }
    if ever_negative { None } else { Some(Decimal::ZERO) }
}

/// Grid rates from 0 up to [`MAX_RATE`]: steps of 0.01 up to 1, then steps of 0.1.
fn upward_search_rates() -> Vec<Decimal> {
    let fine = (0..=100).map(|hundredths| Decimal::new(hundredths, 2));
    let coarse = (11..).map(|tenths| Decimal::new(tenths, 1)).take_while(|rate| *rate <= MAX_RATE);
    fine.chain(coarse).collect()
}

/// Grid rates from 0 down to [`IRR_SEARCH_MIN_RATE`] in steps of 0.01.
fn downward_search_rates() -> Vec<Decimal> {
    (0..).map(|hundredths| Decimal::new(-hundredths, 2)).take_while(|rate| *rate >= IRR_SEARCH_MIN_RATE).collect()
}

/// The first root met walking along `rates` (ordered away from 0).
///
/// Stops once the rate nearer to 0 of the next bracket is at least `limit` away from 0: a root
/// there could not be closer to 0 than one already found.
fn first_root(rates: &[Decimal], flows: &[Money], limit: Option<Decimal>) -> Option<Decimal> {
    let mut previous: Option<(Decimal, Decimal)> = None;
    for rate in rates {
        let nearer_rate = previous.map_or(*rate, |(previous_rate, _)| previous_rate);
        if limit.is_some_and(|limit| nearer_rate.abs() >= limit) {
            return None;
        }
        let Some(value) = exact_npv(*rate, flows) else {
            previous = None;
            continue;
        };
        if value.is_zero() {
            return Some(*rate);
        }
        if let Some((previous_rate, previous_value)) = previous
            && (previous_value < Decimal::ZERO) != (value < Decimal::ZERO)
        {
            return bisect(flows, (previous_rate, previous_value), *rate);
        }
        previous = Some((*rate, value));
    }
    None
}

/// Narrows a bracket whose NPVs have opposite signs down to [`IRR_TOLERANCE`]; `None` if a
/// midpoint has no value.
fn bisect(flows: &[Money], known: (Decimal, Decimal), other_rate: Decimal) -> Option<Decimal> {
    let (mut kept_rate, mut kept_value) = known;
    let mut other_rate = other_rate;
    let two = Decimal::TWO;
    for _ in 0..IRR_MAX_BISECTIONS {
        let middle_rate = kept_rate.checked_add(other_rate)?.checked_div(two)?;
        if (other_rate - kept_rate).abs() <= IRR_TOLERANCE {
            return Some(middle_rate);
        }
        let middle_value = exact_npv(middle_rate, flows)?;
        if middle_value.is_zero() {
            return Some(middle_rate);
        }
        if (middle_value < Decimal::ZERO) == (kept_value < Decimal::ZERO) {
            (kept_rate, kept_value) = (middle_rate, middle_value);
        } else {
            other_rate = middle_rate;
        }
    }
    kept_rate.checked_add(other_rate)?.checked_div(two)
}

/// A number the project cash-flow rule can reckon in: exact `Decimal` for what the player sees,
/// `f64` for the computer players' estimates (never booked).
///
/// One rule, two number types: [`project_cash_flows`] and [`investment_cash_flows`] are
/// written once against this trait, so the project dialog and the computer CFOs cannot drift
/// apart. The only difference is [`ProjectNumber::to_cents`]: `Decimal` rounds where the
/// dialog shows a euro amount, `f64` keeps every digit.
pub trait ProjectNumber:
    Copy + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> + Div<Output = Self> + Neg<Output = Self>
{
    /// The number one.
    const ONE: Self;
    /// A count (units, years) as a number of this type.
    fn from_count(count: u64) -> Self;
    /// The amount rounded to cents, midpoint away from zero (`Decimal`); unchanged (`f64`).
    #[must_use]
    fn to_cents(self) -> Self;
}

impl ProjectNumber for Decimal {
    const ONE: Self = Decimal::ONE;

    fn from_count(count: u64) -> Self {
        Decimal::from(count)
    }

    fn to_cents(self) -> Self {
        Money::from_decimal(self).amount()
    }
}

impl ProjectNumber for f64 {
    const ONE: Self = 1.0;

    fn from_count(count: u64) -> Self {
        count as f64
    }

    fn to_cents(self) -> Self {
        self
    }
}

/// A catalogue project and the company it would run in: what its yearly benefit and cash flows
/// depend on. Shares and rates are fractions (`0.2` = 20 %), amounts in euros.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProjectTerms<N> {
    /// Investment at `t = 0`, depreciated straight-line over the life.
    pub capex: N,
    /// Life and depreciation period in years (0 counts as 1).
    pub life_years: u32,
    /// Share of the material cost per unit the project saves.
    pub material_saving_share: N,
    /// Share of the labour cost per unit the project saves.
    pub labour_saving_share: N,
    /// Administration cost saved per year (€).
    pub admin_saving: N,
    /// Quality plus brand boost per year (€ equivalent of R&D and marketing).
    pub market_boost: N,
    /// What one euro of [`ProjectTerms::market_boost`] is taken to be worth a year; zero for
    /// an appraisal that counts only what the books can forecast.
    pub boost_value: N,
    /// Material cost per unit (€) the saving share applies to.
    pub material_per_unit: N,
    /// Labour cost per unit (€) the saving share applies to.
    pub labour_per_unit: N,
    /// Units a year the per-unit savings are reckoned on.
    pub units_per_year: u64,
    /// Tax rate on profits.
    pub tax_rate: N,
    /// Years the game has left, counting the one being decided (0 counts as 1).
    pub remaining_years: u32,
}

/// An investment's cash flows: −capex at `t = 0`, then the same after-tax cash flow in each
/// counted year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProjectCashFlows<N> {
    /// Investment at `t = 0`.
    pub capex: N,
    /// Life and depreciation period in years, at least 1.
    pub life_years: u32,
    /// Years of the life the flows count: no more than the game has left, at least 1.
    pub counted_years: u32,
    /// Pre-tax benefit per year (€): the savings, plus boosts at their value.
    pub yearly_saving: N,
    /// Tax saved per year by the depreciation: capex · tax rate / life (€).
    pub tax_shield: N,
    /// Net cash flow per year: saving · (1 − tax rate) + tax shield (€).
    pub yearly_cash_flow: N,
}

impl<N: ProjectNumber> ProjectCashFlows<N> {
    /// Yearly depreciation: capex / life (€), unrounded.
    pub fn depreciation(&self) -> N {
        self.capex / N::from_count(u64::from(self.life_years))
    }

    /// The series to appraise: `flows[0]` = −capex, then [`ProjectCashFlows::yearly_cash_flow`]
    /// for each of the [`ProjectCashFlows::counted_years`].
    pub fn flows(&self) -> Vec<N> {
        std::iter::once(-self.capex)
            .chain(std::iter::repeat_n(self.yearly_cash_flow, self.counted_years as usize))
            .collect()
    }
}

/// The yearly pre-tax benefit of a project: material share · material €/unit · units + labour
/// share · labour €/unit · units (rounded to cents) + admin saving + market boost · boost value.
pub fn project_saving<N: ProjectNumber>(terms: &ProjectTerms<N>) -> N {
    let units = N::from_count(terms.units_per_year);
    let unit_savings = terms.material_saving_share * terms.material_per_unit * units
        + terms.labour_saving_share * terms.labour_per_unit * units;
    (unit_savings.to_cents() + terms.admin_saving + terms.market_boost * terms.boost_value).to_cents()
}

/// A catalogue project's cash flows: its [`project_saving`] as the yearly benefit of
/// [`investment_cash_flows`].
pub fn project_cash_flows<N: ProjectNumber>(terms: &ProjectTerms<N>) -> ProjectCashFlows<N> {
    investment_cash_flows(terms.capex, terms.life_years, project_saving(terms), terms.tax_rate, terms.remaining_years)
}

/// The cash flows of any investment depreciated straight-line: a project, or a production line
/// whose `yearly_benefit` is the margin it adds.
///
/// Tax shield = capex · (tax rate / life), yearly cash flow = benefit · (1 − tax rate) + tax
/// shield, each rounded to cents in `Decimal`; counted years = min(life, years left), both at
/// least 1 (book value left when the game ends counts for nothing).
pub fn investment_cash_flows<N: ProjectNumber>(
    capex: N,
    life_years: u32,
    yearly_benefit: N,
    tax_rate: N,
    remaining_years: u32,
) -> ProjectCashFlows<N> {
    let life_years = life_years.max(1);
    let tax_shield = (capex * (tax_rate / N::from_count(u64::from(life_years)))).to_cents();
    ProjectCashFlows {
        capex,
        life_years,
        counted_years: life_years.min(remaining_years.max(1)),
        yearly_saving: yearly_benefit,
        tax_shield,
        yearly_cash_flow: (yearly_benefit * (N::ONE - tax_rate)).to_cents() + tax_shield,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::money::decimal_to_f64;
    use proptest::prelude::*;

    fn euros(amounts: &[i64]) -> Vec<Money> {
        amounts.iter().map(|amount| Money::euros(*amount)).collect()
    }

    /// `actual` within `tolerance` of `expected`, with a readable failure.
    fn assert_close(actual: Option<Decimal>, expected: Decimal, tolerance: Decimal) {
        let Some(actual) = actual else { panic!("expected ≈ {expected}, got None") };
        assert!((actual - expected).abs() <= tolerance, "expected {expected} ± {tolerance}, got {actual}");
    }

    /// Brigham & Houston, "Fundamentals of Financial Management", Project S at WACC 10 %.
    fn project_s() -> Vec<Money> {
        euros(&[-1000, 500, 400, 300, 100])
    }

    #[test]
    fn textbook_project_s() {
        // Brigham & Houston report NPV 78.82, IRR 14.49 %, payback 2.33, discounted payback 2.95.
        // NPV = -1000 + 500/1.1 + 400/1.21 + 300/1.331 + 100/1.4641 = 1 154 000 / 14 641 = 78.8197… → 78.82
        let flows = project_s();
        assert_eq!(npv(dec!(0.10), &flows), Money::cents(7882));
        // IRR: root of the quartic, 0.14488844278585600… (mpmath, 40 digits).
        assert_close(irr(&flows), dec!(0.144888442786), dec!(0.0000000002));
        // Cumulative -1000, -500, -100, +200: 2 + 100/300.
        assert_close(payback_years(&flows), dec!(2.3333333333), dec!(0.0000000001));
        // Discounted cumulative -1000, -545.45, -214.88, +10.52:
        // 2 + (26 000/121) / (300 000/1331) = 2 + 286 000/300 000 = 2.95333…
        assert_close(discounted_payback_years(dec!(0.10), &flows), dec!(2.9533333333), dec!(0.0000000001));
        // PI = (1000 + 78.8197…) / 1000 = 1.0788197527…
        assert_close(profitability_index(dec!(0.10), &flows), dec!(1.0788197527), dec!(0.0000000001));
    }

    #[test]
    fn appraise_collects_the_figures() {
        let appraisal = appraise(dec!(0.10), &project_s());
        let Ok(appraisal) = appraisal else { panic!("valid input rejected: {appraisal:?}") };
        assert_eq!(appraisal.npv, Money::cents(7882));
        assert_eq!(appraisal.irr, irr(&project_s()));
        assert_eq!(appraisal.payback_years, payback_years(&project_s()));
        assert_eq!(appraisal.discounted_payback_years, discounted_payback_years(dec!(0.10), &project_s()));
        assert_eq!(appraisal.profitability_index, profitability_index(dec!(0.10), &project_s()));
    }

    #[test]
    fn excel_npv_examples() {
        // Microsoft's NPV help: =NPV(10%, -10000, 3000, 4200, 6800) = 1 188.44; Excel discounts
        // its first value by one period, so here it starts at t = 1 after a zero at t = 0.
        assert_eq!(npv(dec!(0.10), &euros(&[0, -10_000, 3000, 4200, 6800])), Money::cents(118_844));
        // =NPV(8%, 8000, 9200, 10000, 12000, 14500) - 40000 = 1 922.06
        let investment = euros(&[-40_000, 8000, 9200, 10_000, 12_000, 14_500]);
        assert_eq!(npv(dec!(0.08), &investment), Money::cents(192_206));
        // … with a loss of 9000 in year 6: (3 749.47)
        let with_loss = euros(&[-40_000, 8000, 9200, 10_000, 12_000, 14_500, -9000]);
        assert_eq!(npv(dec!(0.08), &with_loss), Money::cents(-374_947));
    }

    #[test]
    fn excel_irr_examples() {
        // Microsoft's IRR help: -70 000, then 12 000, 15 000, 18 000, 21 000, 26 000:
        // after five years 8.7 %, after four -2.1 %, after two -44.4 %
        // (mpmath: 0.0866309480…, -0.0212448482…, -0.4435069413…).
        let flows = euros(&[-70_000, 12_000, 15_000, 18_000, 21_000, 26_000]);
        let tolerance = dec!(0.0000000002);
        assert_close(irr(&flows), dec!(0.0866309480), tolerance);
        assert_close(irr(&flows[..5]), dec!(-0.0212448483), tolerance);
        assert_close(irr(&flows[..3]), dec!(-0.4435069413), tolerance);
    }

    #[test]
    fn no_irr_when_npv_never_crosses_zero() {
        // Only inflows, only outflows, nothing at all: NPV keeps one sign (or is always zero).
        assert_eq!(irr(&euros(&[100, 50])), None);
        assert_eq!(irr(&euros(&[-100, -50, -10])), None);
        assert_eq!(irr(&euros(&[0, 0, 0])), None);
        assert_eq!(irr(&euros(&[-100])), None);
        assert_eq!(irr(&[]), None);
        // 100 x² - 200 x + 150 with x = 1 + r has discriminant 40 000 - 60 000 < 0: no real root.
        assert_eq!(irr(&euros(&[100, -200, 150])), None);
        // -100 + 0.50/(1 + r) = 0 at r = -99.5 %, below the search range.
        assert_eq!(irr(&[Money::euros(-100), Money::cents(50)]), None);
    }

    #[test]
    fn a_project_that_never_recovers_has_a_negative_irr() {
        // -100 + 50/(1 + r) = 0 → 1 + r = 0.5: you get back half, an IRR of -50 %.
        assert_eq!(irr(&euros(&[-100, 50])), Some(dec!(-0.5)));
        assert_eq!(payback_years(&euros(&[-100, 50])), None);
        assert_eq!(discounted_payback_years(dec!(0.08), &euros(&[-100, 50])), None);
    }

    #[test]
    fn multiple_irrs_return_the_one_closest_to_zero() {
        // -100 + 230/x - 132/x² = 0 with x = 1 + r ⇔ 100 x² - 230 x + 132 = 0
        // ⇔ x = (230 ± √(52 900 - 52 800)) / 200 = 1.1 or 1.2: IRRs 10 % and 20 %.
        let flows = euros(&[-100, 230, -132]);
        assert_close(irr(&flows), dec!(0.10), dec!(0.0000000001));
        assert_eq!(npv(dec!(0.10), &flows), Money::ZERO);
        assert_eq!(npv(dec!(0.20), &flows), Money::ZERO);
        // Between the roots NPV is positive: -100 + 230/1.15 - 132/1.3225 = 0.189…
        assert_eq!(npv(dec!(0.15), &flows), Money::cents(19));

        // Roots at x = 0.95 and 1.3: -100 (x - 0.95)(x - 1.3) = -100 x² + 225 x - 123.5,
        // so -100, 225, -123.50 has IRRs -5 % and 30 %; -5 % is closer to zero.
        let both_sides = [Money::euros(-100), Money::euros(225), Money::cents(-12_350)];
        assert_close(irr(&both_sides), dec!(-0.05), dec!(0.0000000001));
        assert_eq!(npv(dec!(-0.05), &both_sides), Money::ZERO);
        assert_eq!(npv(dec!(0.30), &both_sides), Money::ZERO);
    }

    #[test]
    fn a_double_root_on_the_grid_counts() {
        // -100 + 200/x - 100/x² = -100 (1 - 1/x)² touches zero at x = 1 only: IRR 0.
        assert_eq!(irr(&euros(&[-100, 200, -100])), Some(Decimal::ZERO));
    }

    #[test]
    fn payback_interpolates_within_the_period() {
        // Cumulative -100, -70, -30, +20: 2 + 30/50 = 2.6.
        assert_eq!(payback_years(&euros(&[-100, 30, 40, 50])), Some(dec!(2.6)));
        // Exactly zero after year 2 (-100, -40, 0): 1 + 40/40 = 2.
        assert_eq!(payback_years(&euros(&[-100, 60, 40, 10])), Some(dec!(2)));
        // Outlay in year 1, not at t = 0: cumulative 0, -100, -40, +20 → 2 + 40/60.
        assert_close(payback_years(&euros(&[0, -100, 60, 60])), dec!(2.6666666667), dec!(0.0000000001));
        // First crossing counts although a later outlay makes the cumulative negative again:
        // -100, +50, -150, +50: crossing in year 1 at 0 + 100/150.
        assert_close(payback_years(&euros(&[-100, 150, -200, 100])), dec!(0.6666666667), dec!(0.0000000001));
        // Nothing to pay back.
        assert_eq!(payback_years(&euros(&[100, 50])), Some(Decimal::ZERO));
        // Never recovered: cumulative -100, -70, -40.
        assert_eq!(payback_years(&euros(&[-100, 30, 30])), None);
    }

    #[test]
    fn discounted_payback_discounts_before_accumulating() {
        // -100, 60, 60 at 20 %: PVs -100, 50, 41.666…; cumulative -100, -50, -8.33: never.
        assert_eq!(discounted_payback_years(dec!(0.20), &euros(&[-100, 60, 60])), None);
        // -100, 60, 72 at 20 %: PVs -100, 50, 50: 1 + 50/50 = 2 exactly.
        assert_eq!(discounted_payback_years(dec!(0.20), &euros(&[-100, 60, 72])), Some(dec!(2)));
        // At 0 % discounted payback equals payback: 2 + 30/50.
        assert_eq!(discounted_payback_years(Decimal::ZERO, &euros(&[-100, 30, 40, 50])), Some(dec!(2.6)));
        assert_eq!(discounted_payback_years(dec!(-1), &euros(&[-100, 30])), None);
    }

    #[test]
    fn profitability_index_needs_an_outlay() {
        // -100, 60, 72 at 20 %: (50 + 50) / 100 = 1.
        assert_eq!(profitability_index(dec!(0.20), &euros(&[-100, 60, 72])), Some(Decimal::ONE));
        // -200, 110, 121 at 10 %: (100 + 100) / 200 = 1; at 0 %: 231 / 200 = 1.155.
        assert_eq!(profitability_index(dec!(0.10), &euros(&[-200, 110, 121])), Some(Decimal::ONE));
        assert_eq!(profitability_index(Decimal::ZERO, &euros(&[-200, 110, 121])), Some(dec!(1.155)));
        assert_eq!(profitability_index(dec!(0.10), &euros(&[0, 110, 121])), None);
        assert_eq!(profitability_index(dec!(0.10), &euros(&[100, -110])), None);
        assert_eq!(profitability_index(dec!(0.10), &[]), None);
    }

    #[test]
    fn npv_rounds_once_at_the_end() {
        // 0.01 € at t = 1 and t = 2 at 150 % (v = 0.4): 0.004 + 0.0016 = 0.0056 → 0.01;
        // rounding each term first would give 0.00 + 0.00.
        assert_eq!(npv(dec!(1.5), &[Money::ZERO, Money::cents(1), Money::cents(1)]), Money::cents(1));
        // 0.03 € at t = 1 at 500 %: 0.005 is a midpoint, away from zero → 0.01 (and -0.01).
        assert_eq!(npv(dec!(5), &[Money::ZERO, Money::cents(3)]), Money::cents(1));
        assert_eq!(npv(dec!(5), &[Money::ZERO, Money::cents(-3)]), Money::cents(-1));
    }

    #[test]
    fn npv_outside_its_domain_has_no_value() {
        assert_eq!(checked_npv(dec!(-1), &project_s()), None);
        assert_eq!(checked_npv(dec!(-2), &project_s()), None);
        assert_eq!(npv(dec!(-1), &project_s()), Money::ZERO);
        // At -99.99 % each period multiplies by 10 000: 10^15 × 10 000^100 is far beyond range.
        let long = vec![Money::from_decimal(MAX_FLOW_EUR); MAX_PERIODS + 1];
        assert_eq!(checked_npv(dec!(-0.9999), &long), None);
        assert_eq!(irr(&long), None);
        // At 1000 % the factors shrink towards zero without trouble: 10^15 × (1 + 1/11 + …) = 1.1 × 10^15.
        assert_eq!(checked_npv(MAX_RATE, &long), Some(Money::from_decimal(MAX_FLOW_EUR * dec!(1.1))));
    }

    #[test]
    fn validate_names_each_problem() {
        let flows = project_s();
        assert_eq!(validate(dec!(0.1), &[]), Err(AppraisalError::NoCashFlows));
        assert_eq!(validate(dec!(-1), &flows), Err(AppraisalError::RateOutOfRange { rate: dec!(-1) }));
        assert_eq!(validate(dec!(10.01), &flows), Err(AppraisalError::RateOutOfRange { rate: dec!(10.01) }));
        assert_eq!(validate(dec!(10), &flows), Ok(()));
        assert_eq!(validate(dec!(-0.99), &flows), Ok(()));
        let too_long = vec![Money::euros(1); MAX_PERIODS + 2];
        assert_eq!(validate(dec!(0.1), &too_long), Err(AppraisalError::TooManyPeriods { periods: 101 }));
        assert_eq!(validate(dec!(0.1), &too_long[1..]), Ok(()));
        // 10^15 € is allowed, one cent more is not.
        let limit = Money::from_decimal(MAX_FLOW_EUR);
        assert_eq!(MAX_FLOW_EUR, dec!(1_000_000_000_000_000));
        assert_eq!(validate(dec!(0.1), &[-limit, limit]), Ok(()));
        let over = limit + Money::cents(1);
        assert_eq!(validate(dec!(0.1), &[-limit, over]), Err(AppraisalError::FlowTooLarge { period: 1, flow: over }));
        // -50 % doubles each period: 1 € × 2^100 ≈ 1.3 × 10^30 > 10^20.
        assert_eq!(
            validate(dec!(-0.5), &too_long[1..]),
            Err(AppraisalError::PresentValuesTooLarge { rate: dec!(-0.5) })
        );
        assert_eq!(
            appraise(dec!(-0.5), &too_long[1..]),
            Err(AppraisalError::PresentValuesTooLarge { rate: dec!(-0.5) })
        );
        assert_eq!(MAX_PRESENT_VALUE_SUM_EUR, dec!(100_000_000_000_000_000_000));
    }

    /// Cash-flow series as the game produces them: an outlay, then mixed flows.
    fn moderate_flows() -> impl Strategy<Value = Vec<Money>> {
        prop::collection::vec(-100_000_000i64..100_000_000, 1..=20)
            .prop_map(|cents| cents.into_iter().map(Money::cents).collect())
    }

    /// Anything `validate` might be asked about, including garbage far outside the limits.
    fn wild_flows() -> impl Strategy<Value = Vec<Money>> {
        let amount = prop_oneof![
            (-1_000_000_000_000_000i64..=1_000_000_000_000_000).prop_map(Money::euros),
            any::<i64>().prop_map(|cents| Money::from_decimal(Decimal::from(cents) * dec!(1_000_000_000))),
            Just(Money::ZERO),
        ];
        prop::collection::vec(amount, 0..=110)
    }

    fn any_rate() -> impl Strategy<Value = Decimal> {
        (-20_000i64..=120_000).prop_map(|basis_points| Decimal::new(basis_points, 4))
    }

    proptest! {
        #[test]
        fn npv_at_the_irr_is_zero(flows in moderate_flows()) {
            if let Some(rate) = irr(&flows) {
                prop_assert!(rate >= IRR_SEARCH_MIN_RATE && rate <= MAX_RATE);
                let Some(value) = exact_npv(rate, &flows) else {
                    return Err(TestCaseError::fail("no NPV at the IRR"));
                };
                // The IRR is within 10^-10 of a root; NPV moves by at most Σ t |PV_t| / (1 + r)
                // per unit of rate, so allow a cent plus that slope × 10^-9.
                let Some(values) = present_values(rate, &flows) else {
                    return Err(TestCaseError::fail("no present values at the IRR"));
                };
                // Near a rate of −99 % the present values can exceed what a Decimal holds; the
                // slope is then unbounded and there is no tolerance to check against.
                let slope = values
                    .iter()
                    .enumerate()
                    .try_fold(Decimal::ZERO, |sum, (t, pv)| sum.checked_add(Decimal::from(t).checked_mul(pv.abs())?))
                    .and_then(|sum| sum.checked_div(Decimal::ONE + rate));
                let Some(tolerance) = slope.and_then(|s| s.checked_mul(dec!(0.000000001))).and_then(|s| s.checked_add(dec!(0.01))) else {
                    return Ok(());
                };
                prop_assert!(value.abs() <= tolerance, "NPV {value} at IRR {rate}, tolerance {tolerance}");
            }
        }

        #[test]
        fn a_conventional_project_has_one_positive_irr(outlay in 1i64..1_000_000, inflows in prop::collection::vec(0i64..1_000_000, 1..=20)) {
            // Outlay then inflows: NPV falls with the rate, so a root exists between 0 and 10
            // whenever NPV(0) > 0 > NPV(10), and it is the only one.
            let flows: Vec<Money> = std::iter::once(-outlay).chain(inflows).map(Money::euros).collect();
            let crosses = exact_npv(Decimal::ZERO, &flows).is_some_and(|value| value > Decimal::ZERO)
                && exact_npv(MAX_RATE, &flows).is_some_and(|value| value < Decimal::ZERO);
            if crosses {
                prop_assert!(irr(&flows).is_some_and(|rate| rate > Decimal::ZERO && rate < MAX_RATE));
            }
        }

        #[test]
        fn nothing_panics(rate in any_rate(), flows in wild_flows()) {
            let _ = validate(rate, &flows);
            let _ = appraise(rate, &flows);
            let _ = npv(rate, &flows);
            let _ = irr(&flows);
            let _ = payback_years(&flows);
            let _ = discounted_payback_years(rate, &flows);
            let _ = profitability_index(rate, &flows);
        }

        #[test]
        fn valid_input_always_has_every_computable_figure(rate in any_rate(), flows in moderate_flows()) {
            if validate(rate, &flows).is_ok() {
                prop_assert!(checked_npv(rate, &flows).is_some());
                let appraisal = appraise(rate, &flows);
                prop_assert!(appraisal.is_ok());
                if flows[0].is_negative() {
                    prop_assert!(profitability_index(rate, &flows).is_some());
                }
            }
        }
    }

    fn terms<N: ProjectNumber>(number: impl Fn(Decimal) -> N) -> ProjectTerms<N> {
        ProjectTerms {
            capex: number(dec!(1_200_000)),
            life_years: 6,
            material_saving_share: number(dec!(0.05)),
            labour_saving_share: number(dec!(0.10)),
            admin_saving: number(dec!(10_000)),
            market_boost: number(dec!(100_000)),
            boost_value: number(dec!(0.3)),
            material_per_unit: number(dec!(40)),
            labour_per_unit: number(dec!(25)),
            units_per_year: 30_000,
            tax_rate: number(dec!(0.30)),
            remaining_years: 4,
        }
    }

    #[test]
    fn project_cash_flows_by_hand() {
        // Material 0,05 · 40 € · 30.000 = 60.000; labour 0,10 · 25 € · 30.000 = 75.000;
        // admin 10.000; boosts 100.000 · 0,3 = 30.000 → saving 175.000 € a year.
        // Shield 1.200.000 · 0,30 / 6 = 60.000; cash flow 175.000 · 0,70 + 60.000 = 182.500.
        // Life 6, but 4 years left: 4 counted years.
        let cash = project_cash_flows(&terms(|d| d));
        assert_eq!(cash.yearly_saving, dec!(175_000));
        assert_eq!(cash.tax_shield, dec!(60_000));
        assert_eq!(cash.yearly_cash_flow, dec!(182_500));
        assert_eq!(cash.depreciation(), dec!(200_000));
        assert_eq!((cash.life_years, cash.counted_years), (6, 4));
        assert_eq!(cash.flows(), vec![dec!(-1_200_000), dec!(182_500), dec!(182_500), dec!(182_500), dec!(182_500)]);
        // The f64 instance of the same rule: the same figures (all exact in binary here but
        // 0,05, 0,1 and 0,3, whose products stay within 10^-9 €).
        let estimate = project_cash_flows(&terms(decimal_to_f64));
        assert!((estimate.yearly_saving - 175_000.0).abs() < 1e-9, "{}", estimate.yearly_saving);
        assert!((estimate.tax_shield - 60_000.0).abs() < 1e-9, "{}", estimate.tax_shield);
        assert!((estimate.yearly_cash_flow - 182_500.0).abs() < 1e-9, "{}", estimate.yearly_cash_flow);
        assert_eq!((estimate.life_years, estimate.counted_years), (6, 4));
        // An appraisal that counts only what the books forecast sets the boost value to 0:
        // 145.000 · 0,70 + 60.000 = 161.500.
        let books_only = project_cash_flows(&ProjectTerms { boost_value: Decimal::ZERO, ..terms(|d| d) });
        assert_eq!(books_only.yearly_saving, dec!(145_000));
        assert_eq!(books_only.yearly_cash_flow, dec!(161_500));
    }

    #[test]
    fn project_cash_flows_round_to_cents_and_count_at_least_a_year() {
        // Labour 0,10 · 12,345 € · 1 unit = 1,2345 → 1,23 €; shield 1.000 · (0,25 / 3) =
        // 83,333… → 83,33; cash flow 1,23 · 0,75 = 0,9225 → 0,92, + 83,33 = 84,25.
        let small = ProjectTerms {
            capex: dec!(1000),
            life_years: 3,
            material_saving_share: Decimal::ZERO,
            labour_saving_share: dec!(0.10),
            admin_saving: Decimal::ZERO,
            market_boost: Decimal::ZERO,
            boost_value: Decimal::ZERO,
            material_per_unit: Decimal::ZERO,
            labour_per_unit: dec!(12.345),
            units_per_year: 1,
            tax_rate: dec!(0.25),
            remaining_years: 10,
        };
        let cash = project_cash_flows(&small);
        assert_eq!(cash.yearly_saving, dec!(1.23));
        assert_eq!(cash.tax_shield, dec!(83.33));
        assert_eq!(cash.yearly_cash_flow, dec!(84.25));
        assert_eq!(cash.counted_years, 3);
        // A life of 0 years counts as 1 (shield 1.000 · 0,25 = 250), and so do 0 years left.
        let cash = project_cash_flows(&ProjectTerms { life_years: 0, remaining_years: 0, ..small });
        assert_eq!((cash.life_years, cash.counted_years), (1, 1));
        assert_eq!(cash.tax_shield, dec!(250));
        assert_eq!(cash.flows(), vec![dec!(-1000), dec!(250.92)]);
    }

    #[test]
    fn f64_and_decimal_instances_agree_within_cents() {
        // Both instances run one body; only the Decimal one rounds, at three places (unit
        // savings, saving, after-tax saving) plus the shield: at most 4 half-cents apart.
        for capex in [dec!(0), dec!(800_000), dec!(3_000_000)] {
            for life_years in [1, 5, 15] {
                for share in [dec!(0), dec!(0.06), dec!(0.2)] {
                    for boost_value in [dec!(0), dec!(0.6)] {
                        for tax_rate in [dec!(0), dec!(0.3)] {
                            let exact = ProjectTerms {
                                capex,
                                life_years,
                                material_saving_share: share,
                                labour_saving_share: share / dec!(2),
                                admin_saving: dec!(400_000) * share,
                                market_boost: dec!(700_000),
                                boost_value,
                                material_per_unit: dec!(41.37),
                                labour_per_unit: dec!(18.9),
                                units_per_year: 612_345,
                                tax_rate,
                                remaining_years: 4,
                            };
                            let estimate = ProjectTerms {
                                capex: decimal_to_f64(capex),
                                material_saving_share: decimal_to_f64(share),
                                labour_saving_share: decimal_to_f64(share / dec!(2)),
                                admin_saving: decimal_to_f64(dec!(400_000) * share),
                                market_boost: 700_000.0,
                                boost_value: decimal_to_f64(boost_value),
                                material_per_unit: 41.37,
                                labour_per_unit: 18.9,
                                tax_rate: decimal_to_f64(tax_rate),
                                life_years,
                                units_per_year: 612_345,
                                remaining_years: 4,
                            };
                            let (e, f) = (project_cash_flows(&exact), project_cash_flows(&estimate));
                            assert_eq!((e.life_years, e.counted_years), (f.life_years, f.counted_years));
                            for (exact, estimate) in [
                                (e.yearly_saving, f.yearly_saving),
                                (e.tax_shield, f.tax_shield),
                                (e.yearly_cash_flow, f.yearly_cash_flow),
                            ] {
                                let gap = (decimal_to_f64(exact) - estimate).abs();
                                assert!(
                                    gap <= 0.02 + 1e-6,
                                    "{exact} vs {estimate}: capex {capex}, life {life_years}, share {share}"
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}
