//! `Money`: an exact amount in euros, always rounded to whole cents.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize};

/// An amount of money in euros, held as a whole number of cents.
///
/// Every constructor rounds commercially (midpoint away from zero), so sums of `Money` never
/// carry fractions of a cent. The cents are an `i128`: every decimal with two places fits
/// (a `Decimal`'s mantissa has 96 bits), and adding them is integer arithmetic, the hot path
/// of every posting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(i128);

impl Money {
    /// Zero euros (printed as `0.00`, like every other amount).
    pub const ZERO: Money = Money(0);

    /// Rounds `amount` to cents, midpoint away from zero.
    pub fn from_decimal(amount: Decimal) -> Money {
        let scale = amount.scale();
        let mantissa = amount.mantissa();
        if scale <= 2 {
            // Already whole cents: only the scale changes (the common case, and cheap).
            return Money(mantissa * crate::model::rounding::POWERS_OF_TEN[(2 - scale) as usize]);
        }
        Money(crate::model::rounding::divide_half_away(
            mantissa,
            crate::model::rounding::POWERS_OF_TEN[(scale - 2) as usize],
        ))
    }

    /// Whole euros.
    pub fn euros(euros: i64) -> Money {
        Money(i128::from(euros) * 100)
    }

    /// An amount given in cents.
    pub fn cents(cents: i64) -> Money {
        Money(i128::from(cents))
    }

    /// The exact amount, at scale 2. Beyond a decimal's range (never reached by amounts made
    /// from decimals) it is the decimal's largest or smallest value.
    pub fn amount(self) -> Decimal {
        Decimal::try_from_i128_with_scale(self.0, 2).unwrap_or(if self.0 < 0 { Decimal::MIN } else { Decimal::MAX })
    }

    /// `self × factor`, rounded to cents.
    pub fn times(self, factor: Decimal) -> Money {
        Money::from_decimal(self.amount() * factor)
    }

    /// The amount divided by `parts` (not 0), rounded to cents, midpoint away from zero: in
    /// whole cents, without a decimal division (a year's straight-line depreciation).
    pub fn divided_by(self, parts: u32) -> Money {
        if parts == 0 {
            return Money::ZERO;
        }
        Money(crate::model::rounding::divide_half_away(self.0, i128::from(parts)))
    }

    /// A price per unit times a whole number of units, rounded to cents.
    pub fn per_unit(price: Decimal, units: u64) -> Money {
        Money::from_decimal(price * Decimal::from(units))
    }

    /// True when the amount is exactly zero.
    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// True when the amount is below zero.
    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// True when the amount is above zero.
    pub fn is_positive(self) -> bool {
        self.0 > 0
    }

    /// The absolute amount.
    pub fn abs(self) -> Money {
        Money(self.0.abs())
    }

    /// The larger of the two amounts.
    pub fn max(self, other: Money) -> Money {
        if self >= other { self } else { other }
    }

    /// The smaller of the two amounts.
    pub fn min(self, other: Money) -> Money {
        if self <= other { self } else { other }
    }

    /// The amount, or zero when it is negative.
    pub fn positive_part(self) -> Money {
        self.max(Money::ZERO)
    }

    /// Splits the amount into parts proportional to `weights`, in whole cents that sum to it
    /// exactly: each part is rounded down to a cent and the cents left over go to the
    /// largest remainders (the earlier part on a tie). No positive weight: equal parts.
    pub fn allocate(self, weights: &[u64]) -> Vec<Money> {
        if weights.is_empty() {
            return Vec::new();
        }
        let total_weight: u64 = weights.iter().sum();
        let weights: Vec<u64> = if total_weight == 0 { vec![1; weights.len()] } else { weights.to_vec() };
        let total_weight = i128::from(weights.iter().sum::<u64>());
        let cents = self.0.abs();
        // Part i is cents × wᵢ / W: its whole cents, and the remainder (in W-ths of a cent)
        // that decides who gets the cents left over.
        let shares: Vec<(i128, i128)> = weights
            .iter()
            .map(|&w| {
                let exact = cents * i128::from(w);
                (exact / total_weight, exact % total_weight)
            })
            .collect();
        let mut parts: Vec<i128> = shares.iter().map(|&(whole, _)| whole).collect();
        let mut left = cents - parts.iter().sum::<i128>();
        let mut order: Vec<usize> = (0..parts.len()).collect();
        order.sort_by(|&a, &b| shares[b].1.cmp(&shares[a].1).then(a.cmp(&b)));
        for &i in order.iter().cycle() {
            if left <= 0 {
                break;
            }
            parts[i] += 1;
            left -= 1;
        }
        let sign = if self.0 < 0 { -1 } else { 1 };
        parts.into_iter().map(|c| Money(c * sign)).collect()
    }

    /// The amount as a float, for charts and market maths only, never for booking.
    pub fn to_f64_lossy(self) -> f64 {
        mantissa_to_f64(self.0) / 100.0
    }
}

/// Powers of ten 10⁰ … 10²⁸ (a decimal's scale is at most 28); the literals are rounded
/// correctly by the compiler, the same on every platform.
const POWERS_OF_TEN: [f64; 29] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28,
];

/// A decimal as a float (mantissa / 10^scale: two correctly rounded steps), for market maths
/// and charts only, never for booking. Several times faster than `ToPrimitive::to_f64`, and
/// deterministic.
pub fn decimal_to_f64(value: Decimal) -> f64 {
    let scale = usize::try_from(value.scale()).unwrap_or(0).min(28);
    mantissa_to_f64(value.mantissa()) / POWERS_OF_TEN[scale]
}

/// An integer as the nearest float: through `i64` when it fits (a hardware instruction; the
/// same correctly rounded value as the 128-bit conversion, which is a library call). The
/// `black_box` keeps the optimiser from folding the two back into the library call.
fn mantissa_to_f64(mantissa: i128) -> f64 {
    match i64::try_from(mantissa) {
        Ok(small) => std::hint::black_box(small) as f64,
        Err(_) => mantissa as f64,
    }
}

/// A float as a decimal with `places` decimal places (0..=9), rounded half away from zero;
/// not finite or beyond ±10¹⁵ becomes 0. For computer players' estimates, never for booking.
pub fn decimal_from_f64(value: f64, places: u32) -> Decimal {
    let places = places.min(9);
    let scaled = libm::round(value * POWERS_OF_TEN[places as usize]);
    if !value.is_finite() || value.abs() > 1e15 {
        return Decimal::ZERO;
    }
    Decimal::from_i128_with_scale(scaled as i128, places)
}

/// Written as the decimal it is, with two places: `"1234.50"`, `"0.00"`.
impl Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Serialize::serialize(&self.amount(), serializer)
    }
}

/// Reading an amount keeps the invariant: more than two decimal places is an error (a file
/// asking for fractions of a cent is wrong, and rounding it silently would lose them).
impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Money, D::Error> {
        let amount = <Decimal as Deserialize>::deserialize(deserializer)?;
        if amount.normalize().scale() > 2 {
            return Err(serde::de::Error::invalid_value(
                serde::de::Unexpected::Other("fractions of a cent"),
                &WHOLE_CENTS,
            ));
        }
        Ok(Money::from_decimal(amount))
    }
}

/// What an amount in a file must be; the readers recognise a refused amount by it.
pub const WHOLE_CENTS: &str = "whole cents (at most 2 decimal places)";

impl Default for Money {
    fn default() -> Money {
        Money::ZERO
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}", self.amount())
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        *self = *self + rhs;
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, rhs: Money) {
        *self = *self - rhs;
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.copied().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounds_commercially_to_cents() {
        // 0.005 is a midpoint: away from zero gives 0.01, and -0.005 gives -0.01.
        assert_eq!(Money::from_decimal(dec!(0.005)), Money::cents(1));
        assert_eq!(Money::from_decimal(dec!(-0.005)), Money::cents(-1));
        assert_eq!(Money::from_decimal(dec!(2.344)), Money::cents(234));
        // 1/3 of 100 € = 33.333… → 33.33
        assert_eq!(Money::euros(100).times(dec!(1) / dec!(3)), Money::cents(3333));
    }

    #[test]
    fn reading_rejects_fractions_of_a_cent() {
        assert_eq!(ron::from_str::<Money>("1234.5"), Ok(Money::cents(123450)));
        assert!(ron::from_str::<Money>("1.234").is_err());
    }

    #[test]
    fn zero_is_never_negative_and_always_has_cents() {
        assert_eq!((-Money::ZERO).to_string(), "0.00");
        assert_eq!((Money::euros(5) - Money::euros(5)).to_string(), "0.00");
        assert_eq!(Money::ZERO.to_string(), "0.00");
        assert_eq!(Money::default().to_string(), "0.00");
        assert_eq!(ron::to_string(&Money::ZERO).ok().as_deref(), Some("\"0.00\""));
    }

    #[test]
    fn allocation_keeps_every_cent() {
        // 100 € by 1:1:1 → 33,33 each and one cent left, to the first: 33,34 33,33 33,33.
        assert_eq!(
            Money::euros(100).allocate(&[1, 1, 1]),
            vec![Money::cents(3334), Money::cents(3333), Money::cents(3333)]
        );
        // 6 400 000 € by remaining lives 3, 5, 7, 9, 11, 13 (sum 48): 133 333,33… € a year
        // of life: 400 000, 666 666,67, 933 333,33, 1 200 000, 1 466 666,67, 1 733 333,33.
        let parts = Money::euros(6_400_000).allocate(&[3, 5, 7, 9, 11, 13]);
        assert_eq!(parts.iter().sum::<Money>(), Money::euros(6_400_000));
        assert_eq!(parts[1], Money::cents(66_666_667));
        assert_eq!(parts[2], Money::cents(93_333_333));
        assert_eq!(Money::cents(-5).allocate(&[1, 1]), vec![Money::cents(-3), Money::cents(-2)]);
        assert_eq!(Money::euros(3).allocate(&[0, 0]), vec![Money::cents(150), Money::cents(150)]);
    }

    #[test]
    fn division_rounds_whole_cents_half_away_from_zero() {
        // 1 000 000 € / 7 = 142 857,142857… → 142 857,14.
        assert_eq!(Money::euros(1_000_000).divided_by(7), Money::cents(14_285_714));
        // 0,06 € / 12 = 0,005 € exactly: the midpoint goes away from zero, either sign.
        assert_eq!(Money::cents(6).divided_by(12), Money::cents(1));
        assert_eq!(Money::cents(-6).divided_by(12), Money::cents(-1));
        // 0,05 € / 12 = 0,00416… → 0,00.
        assert_eq!(Money::cents(5).divided_by(12), Money::ZERO);
        assert_eq!(Money::euros(5).divided_by(0), Money::ZERO);
    }

    #[test]
    fn floats_for_market_maths_convert_both_ways() {
        assert_eq!(decimal_to_f64(dec!(52.75)), 52.75);
        assert_eq!(decimal_to_f64(dec!(-0.125)), -0.125);
        assert_eq!(decimal_to_f64(dec!(0.1)), 0.1);
        assert_eq!(decimal_to_f64(Decimal::ZERO), 0.0);
        assert_eq!(decimal_from_f64(47.994999, 2), dec!(47.99));
        assert_eq!(decimal_from_f64(0.125, 2), dec!(0.13));
        assert_eq!(decimal_from_f64(-0.125, 2), dec!(-0.13));
        assert_eq!(decimal_from_f64(f64::NAN, 2), Decimal::ZERO);
        assert_eq!(decimal_from_f64(1e300, 2), Decimal::ZERO);
    }

    #[test]
    fn per_unit_multiplies_exactly() {
        // 48 000 units × 12.345 € = 592 560.00 €
        assert_eq!(Money::per_unit(dec!(12.345), 48_000), Money::euros(592_560));
    }
}
