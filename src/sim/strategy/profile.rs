//! The five computer strategies as numbers: where each prices against the best price it
//! estimates, how much stock and spare capacity it keeps, what it spends on brand and
//! quality, and how it finances itself. One decision routine applies them all, so the
//! strategies differ in intent, not in code paths.

use crate::scenario::Strategy;

/// The numbers that make a strategy.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Profile {
    /// Net price as a multiple of the estimated profit-maximising price.
    pub price_position: f64,
    /// Price noise, ± this share.
    pub jitter: f64,
    /// Rebate shown, as a share of the segment's maximum (the net price is what counts).
    pub rebate_of_max: f64,
    /// Days added to (or taken from) the payment terms that pay best.
    pub terms_offset_days: f64,
    /// Marketing as a share of expected net revenue.
    pub marketing_share: f64,
    /// R&D as a share of expected net revenue.
    pub rnd_share: f64,
    /// Stock planned at year end, in days of expected sales.
    pub stock_cover_days: f64,
    /// Capacity is planned for the expected need divided by this (a new line only when it
    /// pays even so): below 1 the strategy expects more than it forecasts.
    pub line_utilisation: f64,
    /// A project must add at least this share of its capex in discounted EVA.
    pub project_hurdle: f64,
    /// Most projects started in one year.
    pub projects_per_year: usize,
    /// Quality and brand boosts of projects valued at this share of their € amount.
    pub boost_value: f64,
    /// Leverage (net debt / capital) the strategy aims for, as points above (or below) the
    /// leverage with the lowest WACC.
    pub leverage_offset: f64,
    /// Share of spare cash (above the cash it wants to hold) paid out as dividend.
    pub payout: f64,
    /// Cash held above the scenario minimum, as a share of expected net revenue.
    pub cash_buffer: f64,
    /// Borrows to fund its plans and keep its target cash; without, it asks for no loan and a
    /// year its cash cannot carry ends on the overdraft.
    pub borrows: bool,
}

/// The profile of each strategy. Long by design: one block of tuned figures per strategy,
/// read side by side as a table.
pub fn profile(strategy: Strategy) -> Profile {
    let balanced = Profile {
        price_position: 0.948,
        jitter: 0.015,
        rebate_of_max: 0.30,
        terms_offset_days: -5.0,
        marketing_share: 0.026,
        rnd_share: 0.020,
        stock_cover_days: 28.0,
        line_utilisation: 1.0,
        project_hurdle: 0.0,
        projects_per_year: 1,
        boost_value: 0.3,
        leverage_offset: 0.0,
        payout: 0.8,
        cash_buffer: 0.02,
        borrows: true,
    };
    match strategy {
        Strategy::Balanced => balanced,
        Strategy::Premium => Profile {
            price_position: 0.95,
            rebate_of_max: 0.10,
            terms_offset_days: -8.0,
            marketing_share: 0.028,
            rnd_share: 0.026,
            stock_cover_days: 32.0,
            boost_value: 0.6,
            leverage_offset: -0.08,
            ..balanced
        },
        Strategy::PriceFighter => Profile {
            price_position: 0.94,
            jitter: 0.02,
            rebate_of_max: 0.50,
            terms_offset_days: 3.0,
            marketing_share: 0.020,
            rnd_share: 0.016,
            stock_cover_days: 24.0,
            line_utilisation: 0.97,
            boost_value: 0.0,
            leverage_offset: 0.05,
            ..balanced
        },
        Strategy::CashConservative => Profile {
            price_position: 0.945,
            jitter: 0.01,
            rebate_of_max: 0.15,
            terms_offset_days: -10.0,
            marketing_share: 0.024,
            rnd_share: 0.020,
            stock_cover_days: 24.0,
            project_hurdle: 0.08,
            boost_value: 0.0,
            leverage_offset: -0.12,
            payout: 0.7,
            cash_buffer: 0.04,
            borrows: false,
            ..balanced
        },
        Strategy::Expansionist => Profile {
            price_position: 0.88,
            jitter: 0.03,
            rebate_of_max: 0.90,
            terms_offset_days: 40.0,
            marketing_share: 0.045,
            rnd_share: 0.015,
            stock_cover_days: 50.0,
            line_utilisation: 0.80,
            project_hurdle: -0.5,
            projects_per_year: 5,
            boost_value: 1.0,
            leverage_offset: 0.25,
            payout: 0.3,
            cash_buffer: 0.01,
            borrows: true,
        },
    }
}
