//! The one rounding rule of everything Mehrwert shows, writes or books: half away from zero
//! ("kaufmännisch runden"), as a reader of a German annual report expects.
//!
//! rust_decimal's `round_dp` rounds half to even (banker's rounding) and is disallowed by
//! clippy.toml, so that no figure slips through with the other rule.

use rust_decimal::{Decimal, RoundingStrategy};

/// `value` to `places` decimal places, a midpoint away from zero: 0,125 → 0,13 and
/// −0,125 → −0,13 (banker's rounding would give 0,12).
#[expect(clippy::disallowed_methods, reason = "the one place that calls rust_decimal's rounding")]
pub fn round(value: Decimal, places: u32) -> Decimal {
    value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
}

/// `value` to `places` decimal places, any remainder away from zero: for an amount that
/// must be at least enough (the rescue equity that reaches a ratio), 0,121 → 0,13.
#[expect(clippy::disallowed_methods, reason = "the one place that calls rust_decimal's rounding")]
pub fn round_up(value: Decimal, places: u32) -> Decimal {
    value.round_dp_with_strategy(places, RoundingStrategy::AwayFromZero)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn midpoints_go_away_from_zero() {
        assert_eq!(round(dec!(0.125), 2), dec!(0.13));
        assert_eq!(round(dec!(-0.125), 2), dec!(-0.13));
        assert_eq!(round(dec!(2.5), 0), dec!(3));
        // A market report's average net price: banker's rounding would give 47,7964.
        assert_eq!(round(dec!(47.79645), 4), dec!(47.7965));
        assert_eq!(round(dec!(0.1249999), 2), dec!(0.12));
        assert_eq!(round_up(dec!(0.121), 2), dec!(0.13));
        assert_eq!(round_up(dec!(-0.121), 2), dec!(-0.13));
        assert_eq!(round_up(dec!(0.12), 2), dec!(0.12));
    }
}
