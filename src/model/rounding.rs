//! The one rounding rule of everything Mehrwert shows, writes or books: half away from zero
//! ("kaufmännisch runden"), as a reader of a German annual report expects.
//!
//! rust_decimal's `round_dp` rounds half to even (banker's rounding) and is disallowed by
//! clippy.toml, so that no figure slips through with the other rule.

use rust_decimal::{Decimal, RoundingStrategy};

/// `value` to `places` decimal places, a midpoint away from zero: 0,125 → 0,13 and
/// −0,125 → −0,13 (banker's rounding would give 0,12).
pub fn round(value: Decimal, places: u32) -> Decimal {
    let scale = value.scale();
    if scale <= places || value.is_zero() {
        return library_round(value, places, RoundingStrategy::MidpointAwayFromZero);
    }
    let divisor = POWERS_OF_TEN[(scale - places) as usize];
    Decimal::from_i128_with_scale(divide_half_away(value.mantissa(), divisor), places)
}

/// `value` to `places` decimal places, any remainder away from zero: for an amount that
/// must be at least enough (the rescue equity that reaches a ratio), 0,121 → 0,13.
pub fn round_up(value: Decimal, places: u32) -> Decimal {
    library_round(value, places, RoundingStrategy::AwayFromZero)
}

/// `numerator / divisor` (divisor > 0) as a whole number, a midpoint away from zero: the
/// rule above in integers, for a decimal's mantissa and for cents. Hardware division when
/// both fit 64 bits (every amount a game books), which is why it is not left to the library.
pub fn divide_half_away(numerator: i128, divisor: i128) -> i128 {
    let magnitude = numerator.unsigned_abs();
    let divisor = divisor.unsigned_abs().max(1);
    let (quotient, remainder) = match (u64::try_from(magnitude), u64::try_from(divisor)) {
        (Ok(m), Ok(d)) => (u128::from(m / d), u128::from(m % d)),
        _ => (magnitude / divisor, magnitude % divisor),
    };
    // remainder ≥ divisor / 2, without doubling (which could overflow).
    let rounded = if remainder >= divisor - remainder { quotient + 1 } else { quotient };
    // |numerator| < 2¹²⁷, so the rounded magnitude fits an i128.
    let rounded = i128::try_from(rounded).unwrap_or(i128::MAX);
    if numerator < 0 { -rounded } else { rounded }
}

/// Powers of ten 10⁰ … 10²⁸ (a decimal's scale is at most 28), to scale a mantissa.
pub(crate) const POWERS_OF_TEN: [i128; 29] = {
    let mut powers = [1i128; 29];
    let mut i = 1;
    while i < 29 {
        powers[i] = powers[i - 1] * 10;
        i += 1;
    }
    powers
};

#[expect(clippy::disallowed_methods, reason = "the one place that calls rust_decimal's rounding")]
fn library_round(value: Decimal, places: u32, strategy: RoundingStrategy) -> Decimal {
    value.round_dp_with_strategy(places, strategy)
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
        assert_eq!(divide_half_away(6, 12), 1);
        assert_eq!(divide_half_away(-6, 12), -1);
        assert_eq!(divide_half_away(5, 12), 0);
        assert_eq!(divide_half_away(-17, 10), -2);
    }

    proptest::proptest! {
        /// The integer rule gives what rust_decimal's own midpoint-away-from-zero rounding
        /// gives, digit for digit and scale for scale, over the whole range of decimals.
        #[test]
        fn agrees_with_the_library(lo: u32, mid: u32, hi: u32, negative: bool, scale in 0u32..=28, places in 0u32..=28) {
            let value = Decimal::from_parts(lo, mid, hi, negative, scale);
            let ours = round(value, places);
            let theirs = library_round(value, places, RoundingStrategy::MidpointAwayFromZero);
            proptest::prop_assert_eq!(ours, theirs);
            proptest::prop_assert_eq!(ours.scale(), theirs.scale());
            proptest::prop_assert_eq!(ours.is_sign_negative(), theirs.is_sign_negative());
        }

        /// Cents: small mantissas, the path every posting takes.
        #[test]
        fn agrees_on_amounts(cents in -10_000_000_000_000i64..10_000_000_000_000, scale in 0u32..=8, places in 0u32..=4) {
            let value = Decimal::new(cents, scale);
            proptest::prop_assert_eq!(round(value, places).to_string(), library_round(value, places, RoundingStrategy::MidpointAwayFromZero).to_string());
        }
    }
}
