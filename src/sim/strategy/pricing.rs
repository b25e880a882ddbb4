//! How a computer CFO reads its market: its share last year, the demand it can expect at a
//! price, the price that maximises the year's profit after the cost of the capital the
//! sale ties up, and the payment terms that pay for themselves.
//!
//! The rules follow the market model of docs/economics.md: with attraction ∝ p̃^(−a), a
//! company with share s faces an own price elasticity of about ε = a·(1 − s), so its best
//! net price is the Lerner price p* = c·ε / ((ε − 1)·k), where c is the variable cost of a
//! unit and k = 1 − WACC·days/365 the part of the price that is not eaten by the capital
//! charge on the receivable. Floats are fine here: these are a player's estimates, and the
//! decisions are rounded to cents before anything is booked.

use crate::scenario::Segment;
use crate::sim::market::to_f64;

/// Elasticity below which the Lerner price is not used (it would be absurdly high).
const MIN_ELASTICITY: f64 = 1.2;

/// One segment as a computer player sees it before deciding.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SegmentOutlook {
    /// Units the segment buys this year at last year's price level.
    pub volume_units: f64,
    /// The player's first-choice share of demand last year (1/n before year 1).
    pub last_share: f64,
    /// The net price it asked last year.
    pub last_net_price: f64,
    /// Last year's average net price of the segment, and what the competitors are expected
    /// to ask this year (last year's average with this year's change in material cost
    /// passed on).
    pub last_market_price: f64,
    pub expected_market_price: f64,
    /// Variable cost of a unit sold here: material, labour, cost to serve.
    pub unit_cost: f64,
    /// The cost of capital it expects this year.
    pub wacc: f64,
}

/// A company's own price elasticity at share `share`: a·(1 − s).
pub fn own_elasticity(segment: &Segment, share: f64) -> f64 {
    to_f64(segment.weights.price) * (1.0 - share.clamp(0.0, 0.95))
}

/// The share of the price left after the capital charge on `days` of receivables.
pub fn kept_share(wacc: f64, days: f64) -> f64 {
    (1.0 - wacc * days / 365.0).max(0.5)
}

/// The profit-maximising net price (Lerner), at most 97 % of the reservation price;
/// `None` when the segment's price weight is too low for an interior optimum. The share it
/// assumes lies halfway between last year's and an equal share of the `companies`, so a
/// company whose share swung does not swing its price after it.
pub fn best_net_price(segment: &Segment, outlook: &SegmentOutlook, days: f64, companies: usize) -> Option<f64> {
    let share = (outlook.last_share + 1.0 / companies.max(1) as f64) / 2.0;
    let elasticity = own_elasticity(segment, share);
    if elasticity < MIN_ELASTICITY || outlook.unit_cost <= 0.0 {
        return None;
    }
    let price = outlook.unit_cost * elasticity / ((elasticity - 1.0) * kept_share(outlook.wacc, days));
    let ceiling = 0.97 * to_f64(segment.reference_price * segment.reservation_factor);
    Some(price.min(ceiling))
}

/// Expected first-choice demand at `net_price`: this year's volume × last year's share,
/// moved at half the company's own elasticity (competitors answer part of a price move) by
/// the change of its price *relative to the market* (they pass cost changes on too),
/// within 0,7 and 1,0 times: competitors answer a price cut, so a cheaper price is not
/// believed to win units (forecasts that count on it pay out cash the year does not bring;
/// the stock held covers a better year).
pub fn expected_demand(segment: &Segment, outlook: &SegmentOutlook, net_price: f64) -> f64 {
    let base = outlook.volume_units * outlook.last_share;
    let prices = [outlook.last_net_price, outlook.last_market_price, outlook.expected_market_price, net_price];
    if prices.iter().any(|p| *p <= 0.0) {
        return base;
    }
    let relative_change =
        (net_price / outlook.expected_market_price) / (outlook.last_net_price / outlook.last_market_price);
    let elasticity = own_elasticity(segment, outlook.last_share) / 2.0;
    base * libm::pow(relative_change, -elasticity).clamp(0.7, 1.0)
}

/// Payment terms where one more day is worth to buyers what it costs in capital:
/// the value of terms to buyers falls linearly to zero at the segment's maximum
/// (market::terms_discount), so 1 − D/D_max = WACC·p / (ε·v·m), m the unit margin.
pub fn best_payment_days(segment: &Segment, outlook: &SegmentOutlook, net_price: f64) -> f64 {
    let max = f64::from(segment.max_payment_days);
    let value = to_f64(segment.terms_value);
    let margin = net_price - outlook.unit_cost;
    let elasticity = own_elasticity(segment, outlook.last_share);
    if max <= 0.0 || value <= 0.0 || margin <= 0.0 || elasticity <= 0.0 {
        return 0.0;
    }
    let fall = outlook.wacc * net_price / (elasticity * value * margin);
    (max * (1.0 - fall)).clamp(0.0, max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn segment() -> Segment {
        Segment {
            id: "s".into(),
            name: "S".into(),
            base_volume: 1000,
            growth: Decimal::ZERO,
            reference_price: Decimal::from(60),
            reservation_factor: Decimal::new(14, 1),
            elasticity: Decimal::ONE,
            weights: crate::scenario::Weights {
                price: Decimal::from(3),
                marketing: Decimal::ZERO,
                quality: Decimal::ZERO,
                coverage: Decimal::ZERO,
            },
            terms_value: Decimal::new(15, 2),
            spillover: Decimal::ONE,
            max_rebate: Decimal::new(2, 1),
            cost_to_serve_per_unit: Decimal::ZERO,
            max_payment_days: 60,
        }
    }

    fn outlook() -> SegmentOutlook {
        SegmentOutlook {
            volume_units: 1000.0,
            last_share: 0.2,
            last_net_price: 60.0,
            last_market_price: 60.0,
            expected_market_price: 60.0,
            unit_cost: 33.0,
            wacc: 0.09,
        }
    }

    #[test]
    fn the_best_price_is_the_lerner_price_after_the_capital_charge() {
        // ε = 3 × 0,8 = 2,4; k = 1 − 0,09 × 30/365; p* = 33 × 2,4 / (1,4 × k) = 56,57… / k.
        let k = 1.0 - 0.09 * 30.0 / 365.0;
        // Five companies: the share assumed is (0,2 + 0,2)/2 = 0,2.
        let p = best_net_price(&segment(), &outlook(), 30.0, 5).expect("elastic enough");
        assert!((p - 33.0 * 2.4 / (1.4 * k)).abs() < 1e-9, "{p}");
        // An inelastic segment has no interior best price.
        let mut flat = segment();
        flat.weights.price = Decimal::ONE;
        assert_eq!(best_net_price(&flat, &outlook(), 30.0, 5), None);
    }

    #[test]
    fn demand_falls_with_the_own_price_at_the_own_elasticity() {
        // 1 000 × 0,2 = 200 at last year's price; 10 % dearer: 200 × 1,1^(−1,2).
        assert!((expected_demand(&segment(), &outlook(), 60.0) - 200.0).abs() < 1e-9);
        let dearer = expected_demand(&segment(), &outlook(), 66.0);
        assert!((dearer - 200.0 * 1.1f64.powf(-1.2)).abs() < 1e-9);
        // Halving the price is not believed to bring more units.
        assert!((expected_demand(&segment(), &outlook(), 30.0) - 200.0).abs() < 1e-9);
        // 10 % dearer when the market is expected 10 % dearer too (a cost shock): no change.
        let shock = SegmentOutlook { expected_market_price: 66.0, ..outlook() };
        assert!((expected_demand(&segment(), &shock, 66.0) - 200.0).abs() < 1e-9);
    }

    #[test]
    fn terms_pay_up_to_where_a_day_costs_what_buyers_value_it() {
        // 1 − D/60 = 0,09 × 60 / (2,4 × 0,15 × 27) = 5,4 / 9,72 = 0,5556 → D = 26,67 days.
        let d = best_payment_days(&segment(), &outlook(), 60.0);
        assert!((d - 60.0 * (1.0 - 5.4 / 9.72)).abs() < 1e-9, "{d}");
        // No margin, no terms.
        assert_eq!(best_payment_days(&segment(), &outlook(), 30.0), 0.0);
    }
}
