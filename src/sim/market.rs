//! Market clearing (DESIGN §5): segment volume, attraction, demand per company, stock-outs
//! and spill-over, in whole units that are neither created nor lost.
//!
//! Shares are dimensionless, so they use `f64` through `libm`, whose results are the same on
//! every platform; everything that becomes money is integer units times `Decimal` prices.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::scenario::{Segment, Weights};

/// What one company brings to one segment.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Offer {
    /// Net price after rebate (€ per unit, > 0).
    pub net_price: f64,
    /// Brand stock (€ of marketing, after decay).
    pub brand: f64,
    /// Quality stock (€ of R&D, after decay).
    pub quality: f64,
    /// Salespeople covering the segment.
    pub coverage: f64,
    /// Payment terms offered (days).
    pub terms_days: f64,
}

/// A decimal as a float for share maths; out-of-range values become 0.
pub fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// Total units demanded in a segment in `year` (1-based):
/// V = V0 · (1 + g)^(year − 1) · demand factor · (P̄_prev / P_ref)^(−ε).
pub fn segment_volume(segment: &Segment, year: u32, demand_factor: Decimal, previous_avg_net_price: Decimal) -> u64 {
    let growth = libm::pow(1.0 + to_f64(segment.growth), f64::from(year.saturating_sub(1)));
    let reference = to_f64(segment.reference_price);
    let previous = to_f64(previous_avg_net_price);
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

/// Attraction of each offer, every factor relative to the segment average:
/// A = (p/p̄)^(−a_p) · (1 + b/b̄)^(a_m) · (1 + q/q̄)^(a_q) · (1 + c/c̄)^(a_k) · (1 + t/t̄)^(a_t).
pub fn attractions(offers: &[Offer], weights: &Weights) -> Vec<f64> {
    let n = offers.len().max(1) as f64;
    let mean = |f: fn(&Offer) -> f64| offers.iter().map(f).sum::<f64>() / n;
    let (price, brand, quality) = (mean(|o| o.net_price), mean(|o| o.brand), mean(|o| o.quality));
    let (coverage, terms) = (mean(|o| o.coverage), mean(|o| o.terms_days));
    let w = [weights.price, weights.marketing, weights.quality, weights.coverage, weights.terms].map(to_f64);
    // x^0 is 1 whatever x is: skip the power for factors a segment does not weigh.
    let pow = |base: f64, exponent: f64| if exponent == 0.0 { 1.0 } else { libm::pow(base, exponent) };
    offers
        .iter()
        .map(|o| {
            let a = pow(relative(o.net_price, price), -w[0])
                * pow(1.0 + relative(o.brand, brand), w[1])
                * pow(1.0 + relative(o.quality, quality), w[2])
                * pow(1.0 + relative(o.coverage, coverage), w[3])
                * pow(1.0 + relative(o.terms_days, terms), w[4]);
            if a.is_finite() && a > 0.0 { a } else { 0.0 }
        })
        .collect()
}

/// Splits `total` whole units in proportion to `weights` by the largest-remainder method:
/// the parts always sum to `total` (when any weight is positive); ties go to the lower index.
/// With no positive weight, the units are split evenly.
pub fn apportion(total: u64, weights: &[f64]) -> Vec<u64> {
    if weights.is_empty() {
        return Vec::new();
    }
    let clean: Vec<f64> = weights.iter().map(|w| if w.is_finite() && *w > 0.0 { *w } else { 0.0 }).collect();
    let sum: f64 = clean.iter().sum();
    let weights: Vec<f64> = if sum > 0.0 { clean } else { vec![1.0; weights.len()] };
    let sum: f64 = weights.iter().sum();
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
    let mut k = 0;
    while assigned < total {
        parts[order[k % order.len()]] += 1;
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
/// its attraction, `stock[i]` the units it can ship, `spillover[s]` the share of unmet demand
/// that moves on. A company short of stock serves its segments in proportion to demand;
/// spilled demand goes to companies with stock left, by attraction, one pass per segment.
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
        assert_eq!(apportion(5, &[0.0, 0.0]), vec![3, 2]);
        assert_eq!(apportion(0, &[1.0, 2.0]), vec![0, 0]);
    }

    #[test]
    fn equal_offers_attract_equally() {
        let offer = Offer { net_price: 50.0, brand: 1.0, quality: 1.0, coverage: 5.0, terms_days: 30.0 };
        let w = Weights {
            price: Decimal::TWO,
            marketing: Decimal::ONE,
            quality: Decimal::ONE,
            coverage: Decimal::ONE,
            terms: Decimal::ONE,
        };
        let a = attractions(&[offer, offer], &w);
        // Every ratio is 1: A = 1^-2 · 2 · 2 · 2 · 2 = 16.
        assert!((a[0] - 16.0).abs() < 1e-12 && (a[1] - 16.0).abs() < 1e-12);
    }

    #[test]
    fn cheaper_offer_attracts_more() {
        let cheap = Offer { net_price: 40.0, ..Offer::default() };
        let dear = Offer { net_price: 60.0, ..Offer::default() };
        let w = Weights {
            price: Decimal::TWO,
            marketing: Decimal::ZERO,
            quality: Decimal::ZERO,
            coverage: Decimal::ZERO,
            terms: Decimal::ZERO,
        };
        let a = attractions(&[cheap, dear], &w);
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
    fn short_stock_serves_segments_by_demand() {
        // Demand 300 and 100 across two segments but 200 units: 150 and 50.
        let out = clear(&[vec![300], vec![100]], &[vec![1.0], vec![1.0]], &[200], &[0.0, 0.0]);
        assert_eq!(out[0][0].sold_units, 150);
        assert_eq!(out[1][0].sold_units, 50);
    }
}
