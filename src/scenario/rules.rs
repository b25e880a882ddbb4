//! Range checks shared by scenario and decision validation: each failed check becomes one
//! [`Issue`] that names the field, the value found and what is allowed.
//!
//! The bounds keep every amount far below `Decimal`'s 28 significant digits (DESIGN §3):
//! amounts ≤ 10^12 €, prices ≤ 10^6 €, units ≤ 10^9, so no sum or product the simulation
//! forms comes near the limit.

use rust_decimal::Decimal;

use crate::model::Money;
use crate::model::format::{Locale, money};
use crate::scenario::issue::Code;
use crate::scenario::issue::Issue;
use crate::scenario::types::{Segment, SegmentDecision};

/// Largest amount of money in any input (€): one trillion.
pub(crate) const MAX_AMOUNT_EUR: i64 = 1_000_000_000_000;
/// Largest price or cost per unit (€).
pub(crate) const MAX_PRICE_EUR: i64 = 1_000_000;
/// Decimal places allowed in a price or cost per unit.
pub(crate) const PRICE_PLACES: u32 = 4;
/// Decimal places allowed in a rate, share, factor or weight.
pub(crate) const RATE_PLACES: u32 = 6;
/// Most salespeople in one segment.
pub(crate) const MAX_SALESPEOPLE: u64 = 10_000;
/// Lowest list price of a decision: one cent.
pub(crate) const MIN_LIST_PRICE: Decimal = Decimal::from_parts(1, 0, 0, false, 2);

/// An amount of whole euros as a `Decimal`.
pub(crate) fn eur(euros: i64) -> Decimal {
    Decimal::from(euros)
}

/// `Money` in German format, as every message shows amounts: `12.400.000,00 €`.
pub(crate) fn german(amount: Money) -> String {
    money(amount, Locale::De)
}

/// Collects issues of one validation run.
#[derive(Debug, Default)]
pub(crate) struct Rules {
    pub issues: Vec<Issue>,
}

impl Rules {
    /// Records an error.
    pub fn error(&mut self, code: Code, path: &str, found: impl Into<String>, allowed: impl Into<String>) {
        self.issues.push(Issue::error(code, path, found, allowed));
    }

    /// Records a warning.
    pub fn warning(&mut self, code: Code, path: &str, found: impl Into<String>, allowed: impl Into<String>) {
        self.issues.push(Issue::warning(code, path, found, allowed));
    }

    fn places(&mut self, path: &str, value: Decimal, places: u32, what: &str) {
        if value.normalize().scale() > places {
            self.error(Code::Precision, path, value.to_string(), format!("at most {places} decimal places ({what})"));
        }
    }

    /// `lo ≤ value ≤ hi` with at most `places` decimal places.
    pub fn decimal(&mut self, path: &str, value: Decimal, lo: Decimal, hi: Decimal, places: u32) {
        if value < lo || value > hi {
            self.error(
                Code::Range,
                path,
                value.normalize().to_string(),
                format!("{}..={}", lo.normalize(), hi.normalize()),
            );
        } else {
            self.places(path, value, places, "a rate, share or price");
        }
    }

    /// `lo ≤ value < hi` with at most `places` decimal places.
    pub fn decimal_below(&mut self, path: &str, value: Decimal, lo: Decimal, hi: Decimal, places: u32) {
        if value < lo || value >= hi {
            self.error(
                Code::Range,
                path,
                value.normalize().to_string(),
                format!("{}..<{}", lo.normalize(), hi.normalize()),
            );
        } else {
            self.places(path, value, places, "a rate or share");
        }
    }

    /// A price or cost per unit: `lo ≤ value ≤ 1 000 000 €`, at most 4 decimal places.
    pub fn price(&mut self, path: &str, value: Decimal, lo: Decimal) {
        if value < lo || value > eur(MAX_PRICE_EUR) {
            self.error(
                Code::Range,
                path,
                format!("{} €", value.normalize()),
                format!("{} € ..= {MAX_PRICE_EUR} € per unit", lo.normalize()),
            );
        } else {
            self.places(path, value, PRICE_PLACES, "a price per unit");
        }
    }

    /// An amount `lo ≤ value ≤ hi` in whole cents.
    pub fn money(&mut self, path: &str, value: Money, lo: Decimal, hi: Decimal) {
        let amount = value.amount();
        if amount < lo || amount > hi {
            self.error(
                Code::Range,
                path,
                german(Money::from_decimal(amount)),
                format!("{} to {}", german(Money::from_decimal(lo)), german(Money::from_decimal(hi))),
            );
        } else if amount.normalize().scale() > 2 {
            self.error(Code::Precision, path, amount.to_string(), "whole cents (at most 2 decimal places)");
        }
    }

    /// An amount `0 ≤ value ≤ 10^12 €`.
    pub fn amount(&mut self, path: &str, value: Money) {
        self.money(path, value, Decimal::ZERO, eur(MAX_AMOUNT_EUR));
    }

    /// A whole number `lo ≤ value ≤ hi`; `unit` follows the range, e.g. "years".
    pub fn whole(&mut self, path: &str, value: u64, lo: u64, hi: u64, unit: &str) {
        if value < lo || value > hi {
            self.error(Code::Range, path, value.to_string(), format!("{lo}..={hi} {unit}").trim_end().to_string());
        }
    }

    /// A list with `lo..=hi` entries.
    pub fn count(&mut self, path: &str, len: usize, lo: usize, hi: usize, what: &str) {
        if len < lo || len > hi {
            let allowed = if lo == hi { format!("exactly {lo} {what}") } else { format!("{lo}..={hi} {what}") };
            self.error(Code::Count, path, format!("{len} {what}"), allowed);
        }
    }

    /// An identifier: non-empty, lower-case letters, digits, `_` and `-`.
    pub fn id(&mut self, path: &str, id: &str) {
        let valid =
            !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !valid {
            self.error(
                Code::IdFormat,
                path,
                format!("{id:?}"),
                "a non-empty id of a-z, 0-9, `_` and `-`, e.g. \"key_accounts\"",
            );
        }
    }

    /// Every id once; the second and later uses are reported at their own path.
    pub fn unique<'a>(&mut self, list_path: &str, field: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen: Vec<(&str, usize)> = Vec::new();
        for (i, id) in ids.enumerate() {
            let path = if field.is_empty() { format!("{list_path}[{i}]") } else { format!("{list_path}[{i}].{field}") };
            match seen.iter().find(|(s, _)| *s == id) {
                Some((_, first)) => self.error(
                    Code::DuplicateId,
                    &path,
                    format!("{id:?} again"),
                    format!("each id once (first used at {list_path}[{first}])"),
                ),
                None => seen.push((id, i)),
            }
        }
    }

    /// A display text that must not be empty.
    pub fn text(&mut self, path: &str, text: &str) {
        if text.trim().is_empty() {
            self.error(Code::Empty, path, "an empty text", "a non-empty text");
        }
    }

    /// One segment's price, rebate, terms and sales force against the segment's limits.
    pub fn segment_decision(&mut self, path: &str, decision: &SegmentDecision, segment: &Segment) {
        self.price(&format!("{path}.list_price"), decision.list_price, MIN_LIST_PRICE);
        let rebate_path = format!("{path}.rebate");
        if decision.rebate < Decimal::ZERO || decision.rebate > segment.max_rebate {
            self.error(
                Code::Range,
                &rebate_path,
                decision.rebate.normalize().to_string(),
                format!("0..={} (max_rebate of segment {:?})", segment.max_rebate.normalize(), segment.id),
            );
        } else {
            self.places(&rebate_path, decision.rebate, RATE_PLACES, "a share");
        }
        if decision.payment_days > segment.max_payment_days {
            self.error(
                Code::Range,
                &format!("{path}.payment_days"),
                format!("{} days", decision.payment_days),
                format!("0..={} days (max_payment_days of segment {:?})", segment.max_payment_days, segment.id),
            );
        }
        self.whole(&format!("{path}.salespeople"), decision.salespeople.into(), 0, MAX_SALESPEOPLE, "salespeople");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn money_out_of_range_is_shown_in_german_format() {
        let mut rules = Rules::default();
        rules.amount("opening.cash", Money::euros(-5_000));
        assert_eq!(rules.issues[0].found, "-5.000,00 €");
        assert_eq!(rules.issues[0].allowed, "0,00 € to 1.000.000.000.000,00 €");
    }

    #[test]
    fn fractions_of_a_cent_and_long_rates_are_precision_errors() {
        let mut rules = Rules::default();
        rules.amount("a", Money::cents(1));
        rules.money("b", Money::from_decimal(dec!(1.00)), Decimal::ZERO, Decimal::ONE);
        rules.decimal("c", dec!(0.1234567), Decimal::ZERO, Decimal::ONE, RATE_PLACES);
        rules.decimal("d", dec!(0.30), Decimal::ZERO, Decimal::ONE, RATE_PLACES);
        let codes: Vec<_> = rules.issues.iter().map(|i| (i.code.as_str(), i.path.as_str())).collect();
        assert_eq!(codes, vec![("E-PRECISION", "c")]);
    }

    #[test]
    fn ids_are_checked_for_characters_and_repeats() {
        let mut rules = Rules::default();
        rules.id("a", "key_accounts-2");
        rules.id("b", "Key Accounts");
        rules.id("c", "");
        rules.unique("companies", "id", ["x", "y", "x"].into_iter());
        let found: Vec<_> = rules.issues.iter().map(|i| (i.code.as_str(), i.path.as_str())).collect();
        assert_eq!(found, vec![("E-ID-FORMAT", "b"), ("E-ID-FORMAT", "c"), ("E-DUPLICATE-ID", "companies[2].id")]);
    }
}
