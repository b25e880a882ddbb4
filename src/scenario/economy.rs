//! Warnings for scenarios whose parameters make the economy degenerate: a market that
//! ignores prices, buyers who never pay the variable cost, a price weight so low that the
//! highest price always pays. `check` shows them; `mehrwert probe` shows what they do.
//!
//! The estimate of the profit-maximising price is the Lerner rule for equal companies: with
//! n sellers and price weight a, a company's own price elasticity is about ε = a·(1 − 1/n)
//! (docs/economics.md), so its best net price is p* = c·ε/(ε − 1) for a variable cost c per
//! unit. It ignores capacity and the stocks of brand and quality, so it is a warning, not a rule.

use rust_decimal::Decimal;

use crate::model::rounding::round;
use crate::scenario::issue::Code;
use crate::scenario::phrase::Phrase;
use crate::scenario::rules::Rules;
use crate::scenario::types::{Scenario, Segment};

/// How far the estimated best price may lie from the reference price without a warning.
const PRICE_TOLERANCE: Decimal = Decimal::from_parts(15, 0, 0, false, 2);

/// Variable cost of one unit sold in `segment` at the scenario's opening costs.
pub fn variable_unit_cost(scenario: &Scenario, segment: &Segment) -> Decimal {
    let p = &scenario.production;
    p.material_cost_per_unit + p.labour_cost_per_unit + segment.cost_to_serve_per_unit
}

/// A company's own price elasticity at equal shares: a·(1 − 1/n).
pub fn own_price_elasticity(scenario: &Scenario, segment: &Segment) -> Decimal {
    let n = Decimal::from(scenario.companies.len().max(1) as u64);
    segment.weights.price * (Decimal::ONE - Decimal::ONE / n)
}

/// The Lerner estimate of the profit-maximising net price; `None` when the elasticity is 1
/// or less (no price is too high: profit rises up to the reservation price).
pub fn best_price_estimate(scenario: &Scenario, segment: &Segment) -> Option<Decimal> {
    let elasticity = own_price_elasticity(scenario, segment);
    if elasticity <= Decimal::ONE {
        return None;
    }
    Some(variable_unit_cost(scenario, segment) * elasticity / (elasticity - Decimal::ONE))
}

/// Adds a `W-ECONOMY` warning for every degenerate parameter.
pub(crate) fn warnings(rules: &mut Rules, scenario: &Scenario) {
    for (i, segment) in scenario.segments.iter().enumerate() {
        let path = |field: &str| format!("segments[{i}].{field}");
        if segment.elasticity.is_zero() {
            rules.warning(
                Code::Economy,
                &path("elasticity"),
                Phrase::words("ph_elasticity_zero"),
                Phrase::words("ph_elasticity_above_zero"),
            );
        }
        let cost = variable_unit_cost(scenario, segment);
        let reservation = segment.reference_price * segment.reservation_factor;
        if reservation <= cost {
            rules.warning(
                Code::Economy,
                &path("reservation_factor"),
                Phrase::words("ph_reservation_below_cost")
                    .arg("reservation", round(reservation, 2).to_string())
                    .arg("cost", round(cost, 2).to_string()),
                Phrase::words("ph_reservation_above_cost"),
            );
            continue;
        }
        match best_price_estimate(scenario, segment) {
            None => rules.warning(
                Code::Economy,
                &path("weights.price"),
                Phrase::words("ph_own_elasticity")
                    .arg("weight", segment.weights.price.normalize().to_string())
                    .arg("elasticity", round(own_price_elasticity(scenario, segment), 2).to_string())
                    .count("companies", scenario.companies.len()),
                Phrase::words("ph_elasticity_above_one"),
            ),
            Some(best) => {
                let reference = segment.reference_price;
                let off = (best - reference) / reference;
                if off.abs() > PRICE_TOLERANCE {
                    rules.warning(
                        Code::Economy,
                        &path("weights.price"),
                        Phrase::words("ph_best_price")
                            .arg("best", round(best, 2).to_string())
                            .arg("cost", round(cost, 2).to_string())
                            .arg("reference", reference.normalize().to_string()),
                        Phrase::words("ph_best_price_near_reference"),
                    );
                }
            }
        }
    }
}
