//! The decision form as a person types it: every field as text, parsed and checked on each
//! keystroke into decisions plus one message per field that is wrong.

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;

use super::text::{tr, tr_args};
use crate::i18n::Arg;
use crate::model::Money;
use crate::model::format::{Locale, decimal};
use crate::scenario::decisions_check::MAX_LINES_BOUGHT;
use crate::scenario::rules::{MAX_AMOUNT_EUR, MAX_PRICE_EUR, MAX_SALESPEOPLE, MIN_LIST_PRICE};
use crate::scenario::validate::MAX_PRODUCTION_UNITS;
use crate::scenario::{Decisions, Scenario, SegmentDecision, validate_decisions};

/// One segment's fields.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SegmentDraft {
    /// List price in euros per unit.
    pub list_price: String,
    /// Rebate in percent of list price, as people say it ("10" = 10 %).
    pub rebate_percent: String,
    /// Payment terms granted to customers, in days.
    pub payment_days: String,
    /// Salespeople working the segment.
    pub salespeople: String,
}

/// The whole form of one company and year.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Draft {
    /// The company's id.
    pub company: String,
    /// The fiscal year decided.
    pub year: u32,
    /// One set of fields per market segment, in scenario order.
    pub segments: Vec<SegmentDraft>,
    /// Units to produce this year.
    pub production_units: String,
    /// Marketing spending in euros.
    pub marketing: String,
    /// Research and development spending in euros.
    pub rnd: String,
    /// Production lines to buy.
    pub lines_bought: String,
    /// Ids of the catalogue projects chosen (a set: a project is bought once).
    pub projects: BTreeSet<String>,
    /// New loans (positive) or repayment (negative) in euros.
    pub loan_change: String,
    /// New equity raised from the owners in euros.
    pub equity_raised: String,
    /// Dividend paid to the owners in euros.
    pub dividend: String,
}

/// Field path (as in decision files, e.g. `segments[0].rebate`) → message for the person.
pub type FieldErrors = BTreeMap<String, String>;

/// A number as a person types it: `1.234,56` or `1234,56` in German, `1,234.56` or
/// `1234.56` in English; spaces are ignored. Returns the message to show when it is not one.
pub fn parse_number(text: &str, lang: Locale) -> Result<Decimal, String> {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace() && *c != '€' && *c != '%').collect();
    if cleaned.is_empty() {
        return Err(tr("error_empty", lang).to_string());
    }
    let (group, point) = match lang {
        Locale::De => ('.', ','),
        Locale::En => (',', '.'),
    };
    let (integer, fraction) = match cleaned.split_once(point) {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (cleaned.clone(), None),
    };
    // Thousands separators are only accepted in groups of three digits.
    let integer = if integer.contains(group) {
        let digits = integer.trim_start_matches('-');
        let mut parts = digits.split(group);
        let first_ok = parts.next().is_some_and(|p| (1..=3).contains(&p.len()));
        if !first_ok || !parts.all(|p| p.len() == 3) {
            return Err(tr_args("error_not_a_number", lang, &[("value", Arg::from(text.to_string()))]));
        }
        integer.replace(group, "")
    } else {
        integer
    };
    let canonical = match fraction {
        Some(f) => format!("{integer}.{f}"),
        None => integer,
    };
    canonical
        .parse::<Decimal>()
        .map_err(|_| tr_args("error_not_a_number", lang, &[("value", Arg::from(text.to_string()))]))
}

fn money_text(m: Money, lang: Locale) -> String {
    decimal(m.amount(), 2, lang)
}

fn whole_text(n: u64, lang: Locale) -> String {
    decimal(Decimal::from(n), 0, lang)
}

/// The allowed range of the field at `path` in the player's terms (percent for rebates,
/// days, euros), e.g. `0 – 15 %`; `None` for paths that are not fields of the form.
///
/// Limits that depend on the state of the game (capacity, distributable retained earnings,
/// loan headroom) are the simulation's; the screen adds them beside the field.
pub fn allowed_range(scenario: &Scenario, path: &str, lang: Locale) -> Option<String> {
    let segment = |field: &str| -> Option<&crate::scenario::Segment> {
        let rest = path.strip_prefix("segments[")?;
        let (index, name) = rest.split_once("].")?;
        if name != field {
            return None;
        }
        scenario.segments.get(index.parse::<usize>().ok()?)
    };
    let euros = |n: i64| crate::model::format::money_whole(Money::euros(n), lang);
    if segment("list_price").is_some() {
        let lowest = crate::model::format::money(Money::from_decimal(MIN_LIST_PRICE), lang);
        return Some(format!("{lowest} – {}", euros(MAX_PRICE_EUR)));
    }
    if let Some(s) = segment("rebate") {
        return Some(format!("0 – {}", crate::model::format::percent(s.max_rebate, 0, lang)));
    }
    if let Some(s) = segment("payment_days") {
        return Some(format!("0 – {} {}", s.max_payment_days, tr("unit_days", lang)));
    }
    if segment("salespeople").is_some() {
        return Some(format!("0 – {}", whole_text(MAX_SALESPEOPLE, lang)));
    }
    match path {
        "production_units" => Some(format!("0 – {}", whole_text(MAX_PRODUCTION_UNITS, lang))),
        "marketing" | "rnd" | "equity_raised" | "dividend" => Some(format!("≥ {}", euros(0))),
        "lines_bought" => Some(format!("0 – {MAX_LINES_BOUGHT}")),
        "loan_change" => Some(format!("± {}", euros(MAX_AMOUNT_EUR))),
        _ => None,
    }
}

impl Draft {
    /// The form filled with `d` (last year's decisions, or a saved draft).
    pub fn from_decisions(d: &Decisions, lang: Locale) -> Draft {
        let l = lang;
        Draft {
            company: d.company.clone(),
            year: d.year,
            segments: d
                .segments
                .iter()
                .map(|s| SegmentDraft {
                    list_price: decimal(s.list_price, 2, l),
                    rebate_percent: decimal(s.rebate * Decimal::ONE_HUNDRED, 1, l),
                    payment_days: s.payment_days.to_string(),
                    salespeople: s.salespeople.to_string(),
                })
                .collect(),
            production_units: whole_text(d.production_units, lang),
            marketing: money_text(d.marketing, lang),
            rnd: money_text(d.rnd, lang),
            lines_bought: d.lines_bought.to_string(),
            projects: d.projects.iter().cloned().collect(),
            loan_change: money_text(d.loan_change, lang),
            equity_raised: money_text(d.equity_raised, lang),
            dividend: money_text(d.dividend, lang),
        }
    }

    /// The decisions the form describes, or the message of every field that is wrong
    /// (unparsable text first, then the scenario's limits).
    pub fn to_decisions(&self, scenario: &Scenario, lang: Locale) -> Result<Decisions, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut number = |path: String, text: &str| match parse_number(text, lang) {
            Ok(v) => Some(v),
            Err(message) => {
                errors.insert(path, message);
                None
            }
        };
        let mut segments = Vec::new();
        for (i, s) in self.segments.iter().enumerate() {
            let price = number(format!("segments[{i}].list_price"), &s.list_price);
            let rebate = number(format!("segments[{i}].rebate"), &s.rebate_percent);
            let days = number(format!("segments[{i}].payment_days"), &s.payment_days);
            let people = number(format!("segments[{i}].salespeople"), &s.salespeople);
            segments.push((price, rebate.map(|r| r / Decimal::ONE_HUNDRED), days, people));
        }
        let production = number("production_units".into(), &self.production_units);
        let marketing = number("marketing".into(), &self.marketing);
        let rnd = number("rnd".into(), &self.rnd);
        let lines = number("lines_bought".into(), &self.lines_bought);
        let loan = number("loan_change".into(), &self.loan_change);
        let equity = number("equity_raised".into(), &self.equity_raised);
        let dividend = number("dividend".into(), &self.dividend);
        let mut whole = |path: &str, v: Option<Decimal>| whole_number(&mut errors, path, v, lang);
        let segments = segments
            .iter()
            .enumerate()
            .map(|(i, (price, rebate, days, people))| SegmentDecision {
                list_price: price.unwrap_or_default(),
                rebate: rebate.unwrap_or_default(),
                payment_days: whole(&format!("segments[{i}].payment_days"), *days) as u32,
                salespeople: whole(&format!("segments[{i}].salespeople"), *people) as u32,
            })
            .collect();
        let production_units = whole("production_units", production);
        let lines_bought = whole("lines_bought", lines) as u32;
        let mut cents = |path: &str, v: Option<Decimal>| cents_amount(&mut errors, path, v, lang);
        let decisions = Decisions {
            company: self.company.clone(),
            year: self.year,
            segments,
            production_units,
            marketing: cents("marketing", marketing),
            rnd: cents("rnd", rnd),
            lines_bought,
            projects: self.projects.iter().cloned().collect(),
            loan_change: cents("loan_change", loan),
            equity_raised: cents("equity_raised", equity),
            dividend: cents("dividend", dividend),
        };
        limit_errors(scenario, &decisions, lang, &mut errors);
        if errors.is_empty() { Ok(decisions) } else { Err(errors) }
    }
}

/// A parsed number as a count (0 ..= `u32::MAX`, no fraction); otherwise 0 and a message
/// for the field at `path`. `None` (text that did not parse, already reported) is 0.
fn whole_number(errors: &mut FieldErrors, path: &str, v: Option<Decimal>, lang: Locale) -> u64 {
    match v {
        Some(v) if v.fract().is_zero() && v >= Decimal::ZERO && v <= Decimal::from(u32::MAX) => {
            u64::try_from(v).unwrap_or(0)
        }
        Some(_) => {
            errors.insert(path.into(), tr("error_whole_number", lang).to_string());
            0
        }
        None => 0,
    }
}

/// A parsed number as euros to the cent; otherwise zero and a message for the field at
/// `path`. `None` (text that did not parse, already reported) is zero.
fn cents_amount(errors: &mut FieldErrors, path: &str, v: Option<Decimal>, lang: Locale) -> Money {
    match v {
        Some(v) if v.normalize().scale() <= 2 => Money::from_decimal(v),
        Some(_) => {
            errors.insert(path.into(), tr("error_cents", lang).to_string());
            Money::ZERO
        }
        None => Money::ZERO,
    }
}

/// The scenario's objections to `decisions`, for fields without a message yet: a range in
/// the player's terms where the form knows one.
fn limit_errors(scenario: &Scenario, decisions: &Decisions, lang: Locale, errors: &mut FieldErrors) {
    for issue in validate_decisions(scenario, decisions).into_iter().filter(|i| i.is_error()) {
        let message = match allowed_range(scenario, &issue.path, lang) {
            Some(range) if issue.code == crate::scenario::Code::Range => format!("{} {range}", tr("error_range", lang)),
            _ => format!("{} {} — {} {}", tr("found", lang), issue.found, tr("allowed", lang), issue.allowed),
        };
        errors.entry(issue.path.clone()).or_insert(message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn german_and_english_numbers() {
        assert_eq!(parse_number("1.234,56", Locale::De), Ok(dec!(1234.56)));
        assert_eq!(parse_number("1234,5 €", Locale::De), Ok(dec!(1234.5)));
        assert_eq!(parse_number("-250.000", Locale::De), Ok(dec!(-250000)));
        assert_eq!(parse_number("1,234.56", Locale::En), Ok(dec!(1234.56)));
        assert!(parse_number("12.34", Locale::De).is_err(), "a dot is a thousands separator in German");
        assert!(parse_number("zwölf", Locale::De).is_err());
        assert!(parse_number("", Locale::De).is_err());
    }
}
