//! Numbers for people: money, percentages, decimals and unit counts in German or English style.
//!
//! Every function rounds commercially (midpoint away from zero) before it groups digits,
//! so the same amount always prints the same way on every machine.
//!
//! Negative numbers carry a leading ASCII hyphen-minus (`-1.234,00 €`), not the
//! typographic minus U+2212: spreadsheets and CSV readers parse the ASCII sign and
//! choke on the other. Separators are ASCII too (a plain space before `€` and `%` in
//! German style), for the same reason.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::money::Money;

/// How numbers are written: German (`1.234,56 €`) or English (`€1,234.56`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    /// German: `.` groups thousands, `,` marks decimals, units follow after a space.
    #[default]
    De,
    /// English: `,` groups thousands, `.` marks decimals, `€` leads, `%` follows directly.
    En,
}

impl Locale {
    fn group_separator(self) -> char {
        match self {
            Locale::De => '.',
            Locale::En => ',',
        }
    }

    fn decimal_separator(self) -> char {
        match self {
            Locale::De => ',',
            Locale::En => '.',
        }
    }
}

/// An amount with cents: `1.234.567,89 €` / `€1,234,567.89`; negatives `-1.234,00 €` / `-€1,234.00`.
pub fn money(amount: Money, locale: Locale) -> String {
    with_currency(amount.amount(), 2, "", locale)
}

/// A change in whole euros with an explicit sign: `+1.234 €` / `+€1,234`, `-1.234 €`, `0 €`.
pub fn signed_whole(change: Money, locale: Locale) -> String {
    let sign = if change.is_positive() { "+" } else { "" };
    format!("{sign}{}", money_whole(change, locale))
}

/// An amount in whole euros: `1.234.568 €` / `€1,234,568`.
pub fn money_whole(amount: Money, locale: Locale) -> String {
    with_currency(amount.amount(), 0, "", locale)
}

/// An amount in the currency with ISO code `currency`, with `decimals` places: euros as
/// [`money`] prints them, other currencies by their code (`1.234,50 USD` / `USD 1,234.50`).
pub fn money_in(amount: Money, decimals: u32, currency: &str, locale: Locale) -> String {
    if currency.is_empty() || currency == "EUR" {
        return with_currency(amount.amount(), decimals, "", locale);
    }
    let (negative, digits) = rounded_digits(amount.amount(), decimals);
    let sign = if negative { "-" } else { "" };
    let number = group(&digits, locale);
    match locale {
        Locale::De => format!("{sign}{number} {currency}"),
        Locale::En => format!("{sign}{currency} {number}"),
    }
}

/// An amount in millions with one decimal: `1,2 Mio. €` / `€1.2 M`.
pub fn millions(amount: Money, locale: Locale) -> String {
    let suffix = match locale {
        Locale::De => " Mio.",
        Locale::En => " M",
    };
    match amount.amount().checked_div(Decimal::from(1_000_000)) {
        Some(in_millions) => with_currency(in_millions, 1, suffix, locale),
        // Dividing by a million cannot overflow; this arm only keeps the function total.
        None => money_whole(amount, locale),
    }
}

/// A fraction as a percentage: 0.1449 with 2 decimals → `14,49 %` / `14.49%`.
///
/// A fraction so large that its percentage leaves `Decimal`'s range (beyond 10^26)
/// prints as `∞ %` / `-∞ %`; validated inputs never get there.
pub fn percent(fraction: Decimal, decimals: u32, locale: Locale) -> String {
    let number = match fraction.checked_mul(Decimal::ONE_HUNDRED) {
        Some(hundredths) => decimal(hundredths, decimals, locale),
        None if fraction.is_sign_negative() => "-∞".to_string(),
        None => "∞".to_string(),
    };
    match locale {
        Locale::De => format!("{number} %"),
        Locale::En => format!("{number}%"),
    }
}

/// A plain number with a fixed count of decimals: `1.234,5` / `1,234.5`.
///
/// More than 28 decimals are not representable and print as 28.
pub fn decimal(value: Decimal, decimals: u32, locale: Locale) -> String {
    let (negative, digits) = rounded_digits(value, decimals);
    let sign = if negative { "-" } else { "" };
    format!("{sign}{}", group(&digits, locale))
}

/// A whole number of units: `48.000` / `48,000`.
pub fn units(count: u64, locale: Locale) -> String {
    let digits = Digits { integer: count.to_string(), fraction: String::new() };
    group(&digits, locale)
}

/// The digits of a rounded number, without sign: integer part and fraction part.
struct Digits {
    integer: String,
    fraction: String,
}

/// Rounds `value` to `decimals` places, midpoint away from zero, and splits it into a
/// sign and its digits. A value that rounds to zero is never negative (`-0,00` would
/// read as a loss).
fn rounded_digits(value: Decimal, decimals: u32) -> (bool, Digits) {
    let mut rounded = crate::model::rounding::round(value, decimals);
    rounded.rescale(decimals);
    let scale = rounded.scale() as usize;
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let mut all = rounded.mantissa().unsigned_abs().to_string();
    if all.len() <= scale {
        all = format!("{}{all}", "0".repeat(scale + 1 - all.len()));
    }
    let fraction = all.split_off(all.len() - scale);
    (negative, Digits { integer: all, fraction })
}

/// Joins digits with the locale's thousands and decimal separators.
fn group(digits: &Digits, locale: Locale) -> String {
    let mut out = String::with_capacity(digits.integer.len() * 4 / 3 + digits.fraction.len() + 1);
    let len = digits.integer.len();
    for (i, c) in digits.integer.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(locale.group_separator());
        }
        out.push(c);
    }
    if !digits.fraction.is_empty() {
        out.push(locale.decimal_separator());
        out.push_str(&digits.fraction);
    }
    out
}

/// A number with the euro sign where the locale puts it and `suffix` (e.g. " Mio.") before it.
fn with_currency(value: Decimal, decimals: u32, suffix: &str, locale: Locale) -> String {
    let (negative, digits) = rounded_digits(value, decimals);
    let sign = if negative { "-" } else { "" };
    let number = group(&digits, locale);
    match locale {
        Locale::De => format!("{sign}{number}{suffix} €"),
        Locale::En => format!("{sign}€{number}{suffix}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn money_groups_thousands_and_keeps_cents() {
        let cases = [
            (Money::cents(123_456_789), Locale::De, "1.234.567,89 €"),
            (Money::cents(123_456_789), Locale::En, "€1,234,567.89"),
            (Money::cents(-123_400), Locale::De, "-1.234,00 €"),
            (Money::cents(-123_400), Locale::En, "-€1,234.00"),
            (Money::ZERO, Locale::De, "0,00 €"),
            (Money::cents(5), Locale::De, "0,05 €"),
            (Money::cents(-5), Locale::En, "-€0.05"),
            (Money::euros(100), Locale::De, "100,00 €"),
            (Money::euros(1000), Locale::De, "1.000,00 €"),
            (Money::euros(999_999), Locale::En, "€999,999.00"),
        ];
        for (amount, locale, expected) in cases {
            assert_eq!(money(amount, locale), expected, "{amount:?} {locale:?}");
        }
    }

    #[test]
    fn money_whole_rounds_half_away_from_zero() {
        // 1 234 567.89 → 1 234 568; 0.50 → 1; -0.50 → -1; -0.49 → 0 without a sign.
        assert_eq!(money_whole(Money::cents(123_456_789), Locale::De), "1.234.568 €");
        assert_eq!(money_whole(Money::cents(123_456_789), Locale::En), "€1,234,568");
        assert_eq!(money_whole(Money::cents(50), Locale::De), "1 €");
        assert_eq!(money_whole(Money::cents(-50), Locale::De), "-1 €");
        assert_eq!(money_whole(Money::cents(-49), Locale::De), "0 €");
    }

    #[test]
    fn millions_show_one_decimal() {
        // 1 234 567.89 / 10^6 = 1.23… → 1.2; 1 250 000 → 1.25 → 1.3 (away from zero).
        assert_eq!(millions(Money::cents(123_456_789), Locale::De), "1,2 Mio. €");
        assert_eq!(millions(Money::cents(123_456_789), Locale::En), "€1.2 M");
        assert_eq!(millions(Money::euros(1_250_000), Locale::De), "1,3 Mio. €");
        assert_eq!(millions(Money::euros(-420_000), Locale::De), "-0,4 Mio. €");
        assert_eq!(millions(Money::euros(1_234_500_000), Locale::En), "€1,234.5 M");
        assert_eq!(millions(Money::euros(-40_000), Locale::De), "0,0 Mio. €");
    }

    #[test]
    fn percent_of_a_fraction() {
        assert_eq!(percent(dec!(0.1449), 2, Locale::De), "14,49 %");
        assert_eq!(percent(dec!(0.1449), 2, Locale::En), "14.49%");
        // 0.14495 → 14.495 % → 14.50 % (midpoint away from zero, not to even).
        assert_eq!(percent(dec!(0.14495), 2, Locale::De), "14,50 %");
        assert_eq!(percent(dec!(-0.0345), 1, Locale::De), "-3,5 %");
        assert_eq!(percent(dec!(12.5), 0, Locale::De), "1.250 %");
        assert_eq!(percent(Decimal::MAX, 0, Locale::En), "∞%");
        assert_eq!(percent(Decimal::MIN, 0, Locale::De), "-∞ %");
    }

    #[test]
    fn decimal_pads_and_rounds() {
        assert_eq!(decimal(dec!(1234.5), 1, Locale::De), "1.234,5");
        assert_eq!(decimal(dec!(1234.5), 1, Locale::En), "1,234.5");
        assert_eq!(decimal(dec!(1234.5), 3, Locale::De), "1.234,500");
        assert_eq!(decimal(dec!(0.05), 1, Locale::De), "0,1");
        assert_eq!(decimal(dec!(-0.04), 1, Locale::De), "0,0");
        assert_eq!(decimal(dec!(-2.5), 0, Locale::En), "-3");
        assert_eq!(decimal(dec!(0.000123), 5, Locale::En), "0.00012");
        assert_eq!(decimal(dec!(123456789), 0, Locale::De), "123.456.789");
        // Beyond Decimal's 28 places the value prints with as many places as it can hold.
        assert_eq!(decimal(dec!(1), 40, Locale::En), format!("1.{}", "0".repeat(28)));
    }

    #[test]
    fn units_group_thousands() {
        assert_eq!(units(48_000, Locale::De), "48.000");
        assert_eq!(units(48_000, Locale::En), "48,000");
        assert_eq!(units(0, Locale::De), "0");
        assert_eq!(units(999, Locale::De), "999");
        assert_eq!(units(u64::MAX, Locale::En), "18,446,744,073,709,551,615");
    }
}
