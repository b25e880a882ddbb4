//! Market clearing (DESIGN §5, docs/economics.md): segment volume, attraction, demand per
//! company, stock-outs and spill-over, in whole units that are neither created nor lost.
//!
//! Buyers compare the net price less what the payment terms are worth to them, and buy
//! nothing above the segment's reservation price: an offer beyond it attracts no first-choice
//! demand and no spill-over.
//!
//! Shares are dimensionless, so they use `f64` through `libm`, whose results are the same on
//! every platform; everything that becomes money is integer units times `Decimal` prices.

use rust_decimal::Decimal;

use crate::scenario::{Segment, Weights};

/// What one company brings to one segment.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Offer {
    /// Net price after rebate (€ per unit, > 0).
    pub net_price: f64,
    /// The price buyers compare: net price less the value of the payment terms to them.
    pub compared_price: f64,
    /// Brand stock (€ of marketing, after decay).
    pub brand: f64,
    /// Quality stock (€ of R&D, after decay).
    pub quality: f64,
    /// Salespeople covering the segment.
    pub coverage: f64,
}

/// A decimal as a float for share maths; out-of-range values become 0.
pub fn to_f64(value: Decimal) -> f64 {
    crate::model::money::decimal_to_f64(value)
}

/// The share of the net price that `days` of payment terms are worth to the buyers of
/// `segment`: v · (D − D²/(2·D_max)) / 365 for a yearly rate v. The value of one more day
/// falls linearly to nothing at the segment's maximum, so the longest terms are never
/// worth more to buyers than slightly shorter ones.
pub fn terms_discount(segment: &Segment, days: u32) -> f64 {
    let max = f64::from(segment.max_payment_days);
    if max <= 0.0 {
        return 0.0;
    }
    let d = f64::from(days).min(max);
    to_f64(segment.terms_value) * (d - d * d / (2.0 * max)) / 365.0
}

/// The highest net price buyers of `segment` pay (€).
pub fn reservation_price(segment: &Segment) -> f64 {
    to_f64(segment.reference_price * segment.reservation_factor)
}

/// Total units demanded in a segment in `year` (1-based):
/// V = V0 · (1 + g)^(year − 1) · demand factor · (P̄_prev / P_ref)^(−ε), where P̄_prev is
/// the bounded price index of last year ([`crate::sim::components::Game::price_index`]).
pub fn segment_volume(segment: &Segment, year: u32, demand_factor: Decimal, price_index: Decimal) -> u64 {
    let growth = libm::pow(1.0 + to_f64(segment.growth), f64::from(year.saturating_sub(1)));
    let reference = to_f64(segment.reference_price);
    let previous = to_f64(price_index);
    let price_effect = if reference > 0.0 && previous > 0.0 {
        libm::pow(previous / reference, -to_f64(segment.elasticity))
    } else {
        1.0
    };
    let volume = segment.base_volume as f64 * growth * to_f64(demand_factor) * price_effect;
    if volume.is_finite() && volume > 0.0 { libm::round(volume.min(1e15)) as u64 } else { 0 }
}

/// Relative size `x / mean`, or 1 when the mean is zero (nobody differs).
fn relative(x: f64, mean: f64) -> f64 {
    if mean > 0.0 { x / mean } else { 1.0 }
}

/// Attraction of each offer, every factor relative to the average of the offers buyers
/// consider (those at or below `reservation`):
/// A = (p̃/p̃̄)^(−a_p) · (1 + b/b̄)^(a_m) · (1 + q/q̄)^(a_q) · (1 + c/c̄)^(a_k), with p̃ the
/// compared price. An offer above the reservation price has no attraction.
pub fn attractions(offers: &[Offer], weights: &Weights, reservation: f64) -> Vec<f64> {
    let eligible = |o: &Offer| o.net_price <= reservation && o.net_price > 0.0;
    let considered = offers.iter().filter(|o| eligible(o)).count();
    if considered == 0 {
        return vec![0.0; offers.len()];
    }
    let n = considered as f64;
    let mean = |f: fn(&Offer) -> f64| offers.iter().filter(|o| eligible(o)).map(f).sum::<f64>() / n;
    let (price, brand, quality) = (mean(|o| o.compared_price), mean(|o| o.brand), mean(|o| o.quality));
    let coverage = mean(|o| o.coverage);
    let w = [weights.price, weights.marketing, weights.quality, weights.coverage].map(to_f64);
    // x^0 is 1 whatever x is: skip the power for factors a segment does not weigh.
    let pow = |base: f64, exponent: f64| if exponent == 0.0 { 1.0 } else { libm::pow(base, exponent) };
    offers
        .iter()
        .map(|o| {
            if !eligible(o) {
                return 0.0;
            }
            let a = pow(relative(o.compared_price, price), -w[0])
                * pow(1.0 + relative(o.brand, brand), w[1])
                * pow(1.0 + relative(o.quality, quality), w[2])
                * pow(1.0 + relative(o.coverage, coverage), w[3]);
            if a.is_finite() && a > 0.0 { a } else { 0.0 }
        })
        .collect()
}

/// Splits `total` whole units in proportion to `weights` by the largest-remainder method:
/// the parts always sum to `total` when any weight is positive; ties go to the lower index.
/// With no positive weight nobody gets anything (buyers found no offer they accept).
pub fn apportion(total: u64, weights: &[f64]) -> Vec<u64> {
    let weights: Vec<f64> = weights.iter().map(|w| if w.is_finite() && *w > 0.0 { *w } else { 0.0 }).collect();
    let sum: f64 = weights.iter().sum();
    if sum <= 0.0 {
        return vec![0; weights.len()];
    }
    let quotas: Vec<f64> = weights.iter().map(|w| total as f64 * w / sum).collect();
    let mut parts: Vec<u64> = quotas.iter().map(|q| (libm::floor(*q) as u64).min(total)).collect();
    let mut assigned: u64 = parts.iter().sum();
    // Floating error can over-assign by a unit or two: take back from the smallest remainders.
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (quotas[a] - libm::floor(quotas[a]), quotas[b] - libm::floor(quotas[b]));
        rb.partial_cmp(&ra).unwrap_or(std::cmp::Ordering::Equal).then(a.cmp(&b))
    });
    while assigned > total {
        if let Some(&i) = order.iter().rev().find(|&&i| parts[i] > 0) {
            parts[i] -= 1;
            assigned -= 1;
        } else {
            break;
        }
    }
    // Remainders go to positive weights only, largest remainder first.
    let takers: Vec<usize> = order.into_iter().filter(|&i| weights[i] > 0.0).collect();
    let mut k = 0;
    while assigned < total && !takers.is_empty() {
        parts[takers[k % takers.len()]] += 1;
        assigned += 1;
        k += 1;
    }
    parts
}

/// The outcome of one segment for one company.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Allocation {
    /// Units customers wanted from this company.
    pub demand_units: u64,
    /// Units sold, spill-over from stocked-out competitors included.
    pub sold_units: u64,
}

/// Clears every segment for every company.
///
/// `demand[s][i]` is the first-choice demand of company `i` in segment `s`, `attraction[s][i]`
/// its attraction (0 for an offer above the reservation price), `stock[i]` the units it can
/// ship, `spillover[s]` the share of unmet demand that moves on. A company short of stock
/// serves its segments in proportion to demand; spilled demand goes to companies with stock
/// left and an offer buyers accept, by attraction, one pass per segment; the rest is lost.
pub fn clear(demand: &[Vec<u64>], attraction: &[Vec<f64>], stock: &[u64], spillover: &[f64]) -> Vec<Vec<Allocation>> {
    let companies = stock.len();
    let mut result: Vec<Vec<Allocation>> =
        demand.iter().map(|row| row.iter().map(|&d| Allocation { demand_units: d, sold_units: 0 }).collect()).collect();
    let mut remaining = stock.to_vec();
    for i in 0..companies {
        let wanted: Vec<u64> = demand.iter().map(|row| row.get(i).copied().unwrap_or(0)).collect();
        let total: u64 = wanted.iter().sum();
        let served: Vec<u64> = if total <= stock[i] {
            wanted.clone()
        } else {
            let weights: Vec<f64> = wanted.iter().map(|&d| d as f64).collect();
            apportion(stock[i], &weights).into_iter().zip(&wanted).map(|(a, &d)| a.min(d)).collect()
        };
        for (s, units) in served.into_iter().enumerate() {
            result[s][i].sold_units = units;
            remaining[i] -= units;
        }
    }
    for s in 0..result.len() {
        let unmet: u64 = result[s].iter().map(|a| a.demand_units - a.sold_units).sum();
        let share = spillover.get(s).copied().unwrap_or(0.0).clamp(0.0, 1.0);
        let pool = libm::round(unmet as f64 * share) as u64;
        if pool == 0 {
            continue;
        }
        let weights: Vec<f64> = (0..companies)
            .map(|i| if remaining[i] > 0 { attraction[s].get(i).copied().unwrap_or(0.0) } else { 0.0 })
            .collect();
        if weights.iter().all(|w| *w <= 0.0) {
            continue;
        }
        for (i, extra) in apportion(pool, &weights).into_iter().enumerate() {
            let extra = extra.min(remaining[i]);
            result[s][i].sold_units += extra;
            remaining[i] -= extra;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apportion_keeps_every_unit() {
        // 10 units at 1:1:1 → quotas 3.33 each; one remainder unit to the first: 4, 3, 3.
        assert_eq!(apportion(10, &[1.0, 1.0, 1.0]), vec![4, 3, 3]);
        // 7 at 0.5:0.25:0.25 → 3.5, 1.75, 1.75: floors 3,1,1, remainders .5,.75,.75 → 3,2,2.
        assert_eq!(apportion(7, &[0.5, 0.25, 0.25]), vec![3, 2, 2]);
        assert_eq!(apportion(5, &[0.0, 0.0]), vec![0, 0]);
        // Zero weights get no remainder: 5 units at 1:0:1 → 2,5 each → 3, 0, 2.
        assert_eq!(apportion(5, &[1.0, 0.0, 1.0]), vec![3, 0, 2]);
        assert_eq!(apportion(0, &[1.0, 2.0]), vec![0, 0]);
    }

    #[test]
    fn equal_offers_attract_equally() {
        let offer = Offer { net_price: 50.0, compared_price: 49.0, brand: 1.0, quality: 1.0, coverage: 5.0 };
        let w = Weights { price: Decimal::TWO, marketing: Decimal::ONE, quality: Decimal::ONE, coverage: Decimal::ONE };
        let a = attractions(&[offer, offer], &w, 70.0);
        // Every ratio is 1: A = 1^-2 · 2 · 2 · 2 = 8.
        assert!((a[0] - 8.0).abs() < 1e-12 && (a[1] - 8.0).abs() < 1e-12);
    }

    #[test]
    fn cheaper_offer_attracts_more() {
        let cheap = Offer { net_price: 40.0, compared_price: 40.0, ..Offer::default() };
        let dear = Offer { net_price: 60.0, compared_price: 60.0, ..Offer::default() };
        let w =
            Weights { price: Decimal::TWO, marketing: Decimal::ZERO, quality: Decimal::ZERO, coverage: Decimal::ZERO };
        let a = attractions(&[cheap, dear], &w, 100.0);
        // Mean price 50: (0.8)^-2 = 1.5625 and (1.2)^-2 = 0.69444…
        assert!((a[0] - 1.5625).abs() < 1e-12);
        assert!((a[1] - 1.0 / 1.44).abs() < 1e-12);
    }

    #[test]
    fn stock_out_spills_to_competitors_with_stock() {
        // One segment, two companies wanting 100 each; company 0 has only 40 units.
        // Unmet 60 × spill-over 0.5 = 30 go to company 1, which has 1 000 in stock.
        let out = clear(&[vec![100, 100]], &[vec![1.0, 1.0]], &[40, 1000], &[0.5]);
        assert_eq!(out[0][0], Allocation { demand_units: 100, sold_units: 40 });
        assert_eq!(out[0][1], Allocation { demand_units: 100, sold_units: 130 });
    }

    #[test]
    fn spill_over_never_reaches_an_offer_above_the_reservation_price() {
        // Company 1 asks more than buyers pay (attraction 0) and has all the stock: the 60
        // units company 0 cannot serve are lost, not sold at the absurd price.
        let out = clear(&[vec![100, 0]], &[vec![1.0, 0.0]], &[40, 1000], &[1.0]);
        assert_eq!(out[0][1], Allocation { demand_units: 0, sold_units: 0 });
    }

    fn segment() -> Segment {
        Segment {
            id: "s".into(),
            name: "S".into(),
            base_volume: 1000,
            growth: Decimal::ZERO,
            reference_price: Decimal::from(50),
            reservation_factor: Decimal::new(14, 1),
            elasticity: Decimal::ONE,
            weights: Weights {
                price: Decimal::TWO,
                marketing: Decimal::ZERO,
                quality: Decimal::ZERO,
                coverage: Decimal::ZERO,
            },
            terms_value: Decimal::new(20, 2),
            spillover: Decimal::ONE,
            max_rebate: Decimal::new(2, 1),
            cost_to_serve_per_unit: Decimal::ZERO,
            max_payment_days: 120,
        }
    }

    #[test]
    fn terms_are_worth_less_per_day_the_longer_they_are() {
        // v = 20 %, D_max = 120: 60 days → 0,2 · (60 − 3 600/240)/365 = 0,2 · 45/365 = 2,4658 %;
        // 120 days → 0,2 · (120 − 60)/365 = 3,2877 %: the second 60 days add a third as much.
        let s = segment();
        assert!((terms_discount(&s, 60) - 0.2 * 45.0 / 365.0).abs() < 1e-15);
        assert!((terms_discount(&s, 120) - 0.2 * 60.0 / 365.0).abs() < 1e-15);
        assert_eq!(terms_discount(&s, 0), 0.0);
        // Beyond the maximum nothing more (a validated decision never asks for it).
        assert_eq!(terms_discount(&s, 500), terms_discount(&s, 120));
    }

    #[test]
    fn an_offer_above_the_reservation_price_attracts_nobody() {
        // Reservation 50 × 1,4 = 70 €. The 1 000 000 € offer is ignored, and the other two
        // are compared only with each other: 40/45 and 50/45 to the power −2.
        let w = segment().weights;
        let offer = |p: f64| Offer { net_price: p, compared_price: p, ..Offer::default() };
        let a = attractions(&[offer(40.0), offer(50.0), offer(1_000_000.0)], &w, 70.0);
        assert!((a[0] - (40.0f64 / 45.0).powi(-2)).abs() < 1e-12);
        assert!((a[1] - (50.0f64 / 45.0).powi(-2)).abs() < 1e-12);
        assert_eq!(a[2], 0.0);
        // Nobody below the reservation price: no demand at all.
        let none = attractions(&[offer(80.0), offer(90.0)], &w, 70.0);
        assert_eq!(apportion(300, &none), vec![0, 0]);
    }

    #[test]
    fn volume_grows_and_answers_last_years_price() {
        let s = Segment { base_volume: 300_000, growth: Decimal::new(2, 2), ..segment() };
        let (one, reference) = (Decimal::ONE, Decimal::from(50));
        // Year 1 has no growth yet; year 3: 300 000 × 1,02² = 300 000 × 1,0404 = 312 120.
        assert_eq!(segment_volume(&s, 1, one, reference), 300_000);
        assert_eq!(segment_volume(&s, 3, one, reference), 312_120);
        // Year 2 with demand down 10 %: 300 000 × 1,02 × 0,9 = 275 400.
        assert_eq!(segment_volume(&s, 2, Decimal::new(9, 1), reference), 275_400);
        // Elasticity 1: last year at 40 € (4/5 of 50 €) gives 312 120 × 5/4 = 390 150 in
        // year 3; at 62,50 € (5/4) it gives 312 120 × 4/5 = 249 696.
        assert_eq!(segment_volume(&s, 3, one, Decimal::from(40)), 390_150);
        assert_eq!(segment_volume(&s, 3, one, Decimal::new(625, 1)), 249_696);
        // Elasticity ½ at a quarter of the reference price: (1/4)^(−1/2) = 2, 1 000 → 2 000.
        let half = Segment { elasticity: Decimal::new(5, 1), ..segment() };
        assert_eq!(segment_volume(&half, 1, one, Decimal::new(125, 1)), 2_000);
    }

    #[test]
    fn volume_rounds_half_a_unit_up_and_never_goes_below_zero() {
        let s = Segment { base_volume: 1_001, ..segment() };
        let reference = Decimal::from(50);
        // 1 001 × 0,5 = 500,5 → 501 units.
        assert_eq!(segment_volume(&s, 1, Decimal::new(5, 1), reference), 501);
        assert_eq!(segment_volume(&s, 1, Decimal::ZERO, reference), 0);
        assert_eq!(segment_volume(&s, 1, -Decimal::ONE, reference), 0);
        // Without a price index the price has no effect.
        assert_eq!(segment_volume(&s, 1, Decimal::ONE, Decimal::ZERO), 1_001);
        // Reservation price 50 × 1,4 = 70 €.
        assert_eq!(reservation_price(&s), 70.0);
    }

    #[test]
    fn short_stock_serves_segments_by_demand() {
        // Demand 300 and 100 across two segments but 200 units: 150 and 50.
        let out = clear(&[vec![300], vec![100]], &[vec![1.0], vec![1.0]], &[200], &[0.0, 0.0]);
        assert_eq!(out[0][0].sold_units, 150);
        assert_eq!(out[1][0].sold_units, 50);
    }
}
