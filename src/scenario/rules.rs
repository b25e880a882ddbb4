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
use crate::scenario::phrase::Phrase;
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

/// What a whole number or a list counts, for "1..=20 years" and "3 segments".
#[derive(Clone, Copy, Debug)]
pub(crate) enum Unit {
    Years,
    /// Remaining years of an opening line, at most the line's life.
    LineYears,
    /// A year of the scenario, `1..=years`.
    ScenarioYears,
    Units,
    UnitsPerYear,
    Lines,
    Days,
    Salespeople,
    Segments,
    Companies,
    /// One decision entry per segment of the scenario.
    EntriesPerSegment,
}

impl Unit {
    /// `count` of this unit in words, e.g. "3 segments".
    pub fn of(self, count: u64) -> Phrase {
        let id = match self {
            Unit::Years => "ph_n_years",
            Unit::LineYears => "ph_n_line_years",
            Unit::ScenarioYears => "ph_n_scenario_years",
            Unit::Units => "ph_n_units",
            Unit::UnitsPerYear => "ph_n_units_per_year",
            Unit::Lines => "ph_n_lines",
            Unit::Days => "ph_n_days",
            Unit::Salespeople => "ph_n_salespeople",
            Unit::Segments => "ph_n_segments",
            Unit::Companies => "ph_n_companies",
            Unit::EntriesPerSegment => "ph_n_entries_per_segment",
        };
        Phrase::words(id).count("count", count)
    }

    /// `lo..=hi` of this unit, e.g. "1..=20 years".
    pub fn range(self, lo: u64, hi: u64) -> Phrase {
        Phrase::words("ph_range_of").arg("lo", lo.to_string()).arg("n", self.of(hi))
    }
}

/// Collects issues of one validation run.
#[derive(Debug, Default)]
pub(crate) struct Rules {
    pub issues: Vec<Issue>,
}

impl Rules {
    /// Records an error.
    pub fn error(&mut self, code: Code, path: &str, found: impl Into<Phrase>, allowed: impl Into<Phrase>) {
        self.issues.push(Issue::error(code, path, found, allowed));
    }

    /// Records a warning.
    pub fn warning(&mut self, code: Code, path: &str, found: impl Into<Phrase>, allowed: impl Into<Phrase>) {
        self.issues.push(Issue::warning(code, path, found, allowed));
    }

    /// `what` is the id of the words for the kind of number ("a rate or share").
    fn places(&mut self, path: &str, value: Decimal, places: u32, what: &'static str) {
        if value.normalize().scale() > places {
            let allowed = Phrase::words("ph_at_most_places").count("places", places).arg("what", Phrase::words(what));
            self.error(Code::Precision, path, value.to_string(), allowed);
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
            self.places(path, value, places, "ph_what_rate_share_price");
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
            self.places(path, value, places, "ph_what_rate_share");
        }
    }

    /// A price or cost per unit: `lo ≤ value ≤ 1 000 000 €`, at most 4 decimal places.
    pub fn price(&mut self, path: &str, value: Decimal, lo: Decimal) {
        if value < lo || value > eur(MAX_PRICE_EUR) {
            self.error(
                Code::Range,
                path,
                format!("{} €", value.normalize()),
                Phrase::words("ph_price_range")
                    .arg("lo", lo.normalize().to_string())
                    .arg("hi", MAX_PRICE_EUR.to_string()),
            );
        } else {
            self.places(path, value, PRICE_PLACES, "ph_what_price");
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
                Phrase::words("ph_range_to")
                    .arg("lo", german(Money::from_decimal(lo)))
                    .arg("hi", german(Money::from_decimal(hi))),
            );
        } else if amount.normalize().scale() > 2 {
            self.error(Code::Precision, path, amount.to_string(), Phrase::words("ph_whole_cents"));
        }
    }

    /// An amount `0 ≤ value ≤ 10^12 €`.
    pub fn amount(&mut self, path: &str, value: Money) {
        self.money(path, value, Decimal::ZERO, eur(MAX_AMOUNT_EUR));
    }

    /// A whole number `lo ≤ value ≤ hi`; `unit` follows the range, e.g. "1..=20 years".
    pub fn whole(&mut self, path: &str, value: u64, lo: u64, hi: u64, unit: Unit) {
        if value < lo || value > hi {
            self.error(Code::Range, path, value.to_string(), unit.range(lo, hi));
        }
    }

    /// A list with `lo..=hi` entries of `what`.
    pub fn count(&mut self, path: &str, len: usize, lo: usize, hi: usize, what: Unit) {
        if len < lo || len > hi {
            let allowed = if lo == hi {
                Phrase::words("ph_count_exactly").arg("n", what.of(lo as u64))
            } else {
                what.range(lo as u64, hi as u64)
            };
            self.error(Code::Count, path, what.of(len as u64), allowed);
        }
    }

    /// An identifier: non-empty, lower-case letters, digits, `_` and `-`.
    pub fn id(&mut self, path: &str, id: &str) {
        let valid =
            !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !valid {
            self.error(Code::IdFormat, path, format!("{id:?}"), Phrase::words("ph_id_format"));
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
                    Phrase::words("ph_again").arg("value", format!("{id:?}")),
                    Phrase::words("ph_each_id_once").arg("first", format!("{list_path}[{first}]")),
                ),
                None => seen.push((id, i)),
            }
        }
    }

    /// A display text that must not be empty.
    pub fn text(&mut self, path: &str, text: &str) {
        if text.trim().is_empty() {
            self.error(Code::Empty, path, Phrase::words("ph_empty_text"), Phrase::words("ph_non_empty_text"));
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
                Phrase::words("ph_max_rebate")
                    .arg("max", segment.max_rebate.normalize().to_string())
                    .arg("segment", format!("{:?}", segment.id)),
            );
        } else {
            self.places(&rebate_path, decision.rebate, RATE_PLACES, "ph_what_share");
        }
        if decision.payment_days > segment.max_payment_days {
            self.error(
                Code::Range,
                &format!("{path}.payment_days"),
                Unit::Days.of(decision.payment_days.into()),
                Phrase::words("ph_max_payment_days")
                    .count("max", segment.max_payment_days)
                    .arg("segment", format!("{:?}", segment.id)),
            );
        }
        self.whole(&format!("{path}.salespeople"), decision.salespeople.into(), 0, MAX_SALESPEOPLE, Unit::Salespeople);
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
