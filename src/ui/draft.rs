//! The decision form as a person types it: every field as text, parsed and checked on each
//! keystroke into decisions plus one message per field that is wrong.

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;

use super::text::{tr, tr_args};
use crate::i18n::Arg;
use crate::model::Money;
use crate::model::format::{Locale, decimal};
use crate::model::rounding::round;
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
    /// The team's sales forecast in units, the plan the pro-forma books; empty means the
    /// market model's suggestion. A plan, not a decision: it is not submitted.
    #[serde(default)]
    pub forecast_units: String,
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
    /// The language the fields are written in (German `1.234,56`, English `1,234.56`): a
    /// draft saved in one language reads the same in the other ([`Draft::in_locale`]).
    #[serde(default)]
    pub locale: Locale,
}

/// Field path (as in decision files, e.g. `segments[0].rebate`) → message for the person.
pub type FieldErrors = BTreeMap<String, String>;

/// A number as a person types it: `1.234,56` or `1234,56` in German, `1,234.56` or
/// `1234.56` in English; spaces, `€` and `%` are ignored. Returns the message to show when it
/// is not one — and when it could be read two ways: `800,000` in German (eight hundred, or
/// eight hundred thousand as in English?) is refused with both readings, never guessed, and
/// `52.50` in German gets the hint that the comma separates the decimals.
pub fn parse_number(text: &str, lang: Locale) -> Result<Decimal, String> {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace() && *c != '€' && *c != '%').collect();
    if cleaned.is_empty() {
        return Err(tr("error_empty", lang).to_string());
    }
    let (group, point) = match lang {
        Locale::De => ('.', ','),
        Locale::En => (',', '.'),
    };
    let not_a_number = || tr_args("error_not_a_number", lang, &[("value", Arg::from(text.to_string()))]);
    let (integer, fraction) = match cleaned.split_once(point) {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (cleaned.clone(), None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let unsigned = integer.strip_prefix('-').unwrap_or(&integer);
    // Three digits after the decimal mark and no thousands separator: the other language's
    // thousands, or decimals? No field of the form takes three decimals.
    if let Some(f) = &fraction
        && f.len() == 3
        && digits(f)
        && digits(unsigned)
        && unsigned.len() <= 3
    {
        return Err(ambiguous(text, unsigned, f, integer.starts_with('-'), lang));
    }
    // Thousands separators are only accepted in groups of three digits.
    let integer = if integer.contains(group) {
        let mut parts = unsigned.split(group);
        let first_ok = parts.next().is_some_and(|p| (1..=3).contains(&p.len()));
        if !first_ok || !parts.all(|p| p.len() == 3) {
            return Err(wrong_decimal_mark(text, &cleaned, group, point, lang).unwrap_or_else(not_a_number));
        }
        integer.replace(group, "")
    } else {
        integer
    };
    let canonical = match fraction {
        Some(f) => format!("{integer}.{f}"),
        None => integer,
    };
    canonical.parse::<Decimal>().map_err(|_| not_a_number())
}

/// The message for `800,000` (German) or `550.000` (English): both readings, formatted.
fn ambiguous(text: &str, whole: &str, fraction: &str, negative: bool, lang: Locale) -> String {
    let sign = if negative { Decimal::NEGATIVE_ONE } else { Decimal::ONE };
    let as_thousands = format!("{whole}{fraction}").parse::<Decimal>().unwrap_or_default() * sign;
    let as_decimals = format!("{whole}.{fraction}").parse::<Decimal>().unwrap_or_default().normalize() * sign;
    tr_args(
        "error_ambiguous",
        lang,
        &[
            ("value", Arg::from(text.to_string())),
            ("thousands", Arg::from(decimal(as_thousands, 0, lang))),
            ("decimals", Arg::from(decimal(as_decimals, as_decimals.scale(), lang))),
        ],
    )
}

/// The hint for `52.50` in German or `1,5` in English: one separator, not followed by a
/// group of three, so it was meant as the decimal mark of the other language.
fn wrong_decimal_mark(text: &str, cleaned: &str, group: char, point: char, lang: Locale) -> Option<String> {
    let (whole, decimals) = cleaned.split_once(group)?;
    let plain = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let ok = plain(whole.strip_prefix('-').unwrap_or(whole)) && plain(decimals) && decimals.len() != 3;
    ok.then(|| {
        tr_args(
            "error_decimal_mark",
            lang,
            &[("value", Arg::from(text.to_string())), ("suggestion", Arg::from(format!("{whole}{point}{decimals}")))],
        )
    })
}

/// How a field's number is written.
#[derive(Clone, Copy)]
enum Style {
    /// With this many decimals (prices, amounts, the rebate in percent).
    Decimals(u32),
    /// A whole number with thousands separators (units).
    Grouped,
    /// A whole number as digits only (days, people, lines).
    Plain,
}

/// `text` read in `from` and written in `to` in `style`. Text that does not read, or that
/// `style` would change, keeps its digits with the two marks swapped: the mirror image reads
/// in `to` exactly as the original did in `from` (the parsers mirror each other), so a wrong
/// or ambiguous entry stays wrong instead of turning into some other number.
fn restyle(text: &str, style: Style, from: Locale, to: Locale) -> String {
    let mirrored = || {
        if from == to {
            return text.to_string();
        }
        text.chars()
            .map(|c| match c {
                '.' => ',',
                ',' => '.',
                c => c,
            })
            .collect()
    };
    let Ok(value) = parse_number(text, from) else { return mirrored() };
    match style {
        Style::Decimals(places) if round(value, places) == value => decimal(value, places, to),
        Style::Grouped if value.fract().is_zero() => decimal(value, 0, to),
        Style::Plain if value.fract().is_zero() && !value.is_sign_negative() => value.trunc().normalize().to_string(),
        _ => mirrored(),
    }
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
        _ if path.ends_with("].forecast") => Some(format!("0 – {}", whole_text(MAX_PRODUCTION_UNITS, lang))),
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
                    forecast_units: String::new(),
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
            locale: lang,
        }
    }

    /// The same draft written in `to`: every field that reads as a number is rewritten in
    /// that language's format with the field's usual decimals (`550.000` → `550,000`,
    /// `66,00` → `66.00`); a field that does not read, or would lose digits, stays as typed.
    /// With `to` = the draft's own language it tidies what was typed (`900.000` → `900.000,00`).
    pub fn in_locale(&self, to: Locale) -> Draft {
        let from = self.locale;
        let re = |text: &str, style: Style| restyle(text, style, from, to);
        Draft {
            company: self.company.clone(),
            year: self.year,
            segments: self
                .segments
                .iter()
                .map(|s| SegmentDraft {
                    list_price: re(&s.list_price, Style::Decimals(2)),
                    rebate_percent: re(&s.rebate_percent, Style::Decimals(1)),
                    payment_days: re(&s.payment_days, Style::Plain),
                    salespeople: re(&s.salespeople, Style::Plain),
                    forecast_units: re(&s.forecast_units, Style::Grouped),
                })
                .collect(),
            production_units: re(&self.production_units, Style::Grouped),
            marketing: re(&self.marketing, Style::Decimals(2)),
            rnd: re(&self.rnd, Style::Decimals(2)),
            lines_bought: re(&self.lines_bought, Style::Plain),
            projects: self.projects.clone(),
            loan_change: re(&self.loan_change, Style::Decimals(2)),
            equity_raised: re(&self.equity_raised, Style::Decimals(2)),
            dividend: re(&self.dividend, Style::Decimals(2)),
            locale: to,
        }
    }

    /// The text of the field at `path` (as in decision files: `marketing`,
    /// `segments[0].rebate`); `None` for paths that are not text fields of the form.
    pub fn field(&self, path: &str) -> Option<&str> {
        if let Some((index, name)) = path.strip_prefix("segments[").and_then(|rest| rest.split_once("].")) {
            let s = self.segments.get(index.parse::<usize>().ok()?)?;
            return Some(match name {
                "list_price" => &s.list_price,
                "rebate" => &s.rebate_percent,
                "payment_days" => &s.payment_days,
                "salespeople" => &s.salespeople,
                "forecast" => &s.forecast_units,
                _ => return None,
            });
        }
        Some(match path {
            "production_units" => &self.production_units,
            "marketing" => &self.marketing,
            "rnd" => &self.rnd,
            "lines_bought" => &self.lines_bought,
            "loan_change" => &self.loan_change,
            "equity_raised" => &self.equity_raised,
            "dividend" => &self.dividend,
            _ => return None,
        })
    }

    /// The decisions the form describes, or the message of every field that is wrong
    /// (unparsable text first, then the scenario's limits).
    pub fn to_decisions(&self, scenario: &Scenario, lang: Locale) -> Result<Decisions, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut number = |path: String, text: &str| match parse_number(text, self.locale) {
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
        for (i, s) in self.segments.iter().enumerate() {
            if let Err(message) = forecast_units(&s.forecast_units, self.locale, lang) {
                errors.insert(format!("segments[{i}].forecast"), message);
            }
        }
        if errors.is_empty() { Ok(decisions) } else { Err(errors) }
    }

    /// The sales forecast per segment: the units typed, `None` where the field is empty (the
    /// suggestion stands) or does not read (its message is in [`Draft::to_decisions`]).
    pub fn sales_forecast(&self) -> Vec<Option<u64>> {
        self.segments
            .iter()
            .map(|s| forecast_units(&s.forecast_units, self.locale, self.locale).ok().flatten())
            .collect()
    }
}

/// A forecast field: empty is no forecast; otherwise a whole number of units up to the most
/// a company may produce.
fn forecast_units(text: &str, locale: Locale, lang: Locale) -> Result<Option<u64>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let v = parse_number(text, locale)?;
    let mut errors = FieldErrors::new();
    let units = whole_number(&mut errors, "", Some(v), lang);
    match errors.into_values().next() {
        Some(message) => Err(message),
        None if units > MAX_PRODUCTION_UNITS => {
            Err(format!("{} 0 – {}", tr("error_range", lang), whole_text(MAX_PRODUCTION_UNITS, lang)))
        }
        None => Ok(Some(units)),
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
/// the player's terms where the form knows one, else the plain sentence of the problem's
/// code (the parser's technical words are for `mehrwert check`, not the form).
fn limit_errors(scenario: &Scenario, decisions: &Decisions, lang: Locale, errors: &mut FieldErrors) {
    for issue in validate_decisions(scenario, decisions).into_iter().filter(|i| i.is_error()) {
        let message = match allowed_range(scenario, &issue.path, lang) {
            Some(range) if issue.code == crate::scenario::Code::Range => format!("{} {range}", tr("error_range", lang)),
            _ => crate::i18n::message(&issue.code.sentence_key(), lang, &[]),
        };
        errors.entry(issue.path.clone()).or_insert(message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn a_problem_without_a_range_is_named_in_the_players_language() {
        // A rebate with seven decimals is in range but too precise (six at most): E-PRECISION,
        // which the form has no range for, so the field shows the code's sentence, in German.
        let scenario = crate::scenario::parse_scenario(crate::scenario::DEFAULT_SCENARIO, None).expect("default");
        let mut decisions = crate::sim::spawn::opening_decisions(&scenario, &scenario.companies[0].id);
        decisions.year = 1;
        decisions.segments[0].rebate = dec!(0.0123456);
        let mut errors = FieldErrors::default();
        limit_errors(&scenario, &decisions, Locale::De, &mut errors);
        assert_eq!(errors.len(), 1, "{errors:?}");
        let message = errors.get("segments[0].rebate").unwrap_or_else(|| panic!("{errors:?}"));
        assert_eq!(message, "Eine Zahl hat mehr Nachkommastellen, als das Feld erlaubt (bei Beträgen höchstens Cent).");
    }

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

    #[test]
    fn a_number_that_reads_two_ways_is_refused_with_both_readings() {
        // German: the comma is the decimal mark, so "800,000" would be 800 — or the English
        // eight hundred thousand. Neither is guessed.
        let message = parse_number("800,000", Locale::De).expect_err("ambiguous");
        assert!(
            message.contains("mehrdeutig") && message.contains("800.000") && message.contains(" 800?"),
            "{message}"
        );
        // English: "550.000" would be 550 — or the German 550 thousand.
        let message = parse_number("550.000", Locale::En).expect_err("ambiguous");
        assert!(message.contains("ambiguous") && message.contains("550,000") && message.contains(" 550?"), "{message}");
        // With the thousands separator of the language there is one reading.
        assert_eq!(parse_number("800.000", Locale::De), Ok(dec!(800000)));
        assert_eq!(parse_number("550,000", Locale::En), Ok(dec!(550000)));
        assert_eq!(parse_number("1.234,567", Locale::De), Ok(dec!(1234.567)), "grouped: decimals, not thousands");
    }

    #[test]
    fn the_other_languages_decimal_mark_gets_a_hint() {
        let message = parse_number("52.50", Locale::De).expect_err("not German");
        assert!(message.contains("Komma") && message.contains("52,50"), "{message}");
        let message = parse_number("1,5", Locale::En).expect_err("not English");
        assert!(message.contains("point") && message.contains("1.5"), "{message}");
    }

    fn draft(locale: Locale) -> Draft {
        let segment = |price: &str| SegmentDraft {
            list_price: price.into(),
            rebate_percent: if locale == Locale::De { "2,5".into() } else { "2.5".into() },
            payment_days: "30".into(),
            salespeople: "12".into(),
            forecast_units: if locale == Locale::De { "120.000".into() } else { "120,000".into() },
        };
        Draft {
            company: "alpha".into(),
            year: 2,
            segments: vec![segment(if locale == Locale::De { "66,00" } else { "66.00" }), segment("zehn")],
            production_units: if locale == Locale::De { "550.000".into() } else { "550,000".into() },
            marketing: if locale == Locale::De { "900.000".into() } else { "900,000".into() },
            rnd: if locale == Locale::De { "12,345".into() } else { "12.345".into() },
            lines_bought: "1".into(),
            projects: BTreeSet::new(),
            loan_change: "-250000".into(),
            equity_raised: "0".into(),
            dividend: if locale == Locale::De { "1.000,5".into() } else { "1,000.5".into() },
            locale,
        }
    }

    #[test]
    fn a_draft_keeps_its_values_when_the_language_changes() {
        let english = draft(Locale::De).in_locale(Locale::En);
        assert_eq!(english.locale, Locale::En);
        assert_eq!(english.segments[0].list_price, "66.00");
        assert_eq!(english.segments[0].rebate_percent, "2.5");
        assert_eq!(english.production_units, "550,000", "550 thousand units, not 550");
        assert_eq!(english.marketing, "900,000.00");
        assert_eq!(english.loan_change, "-250,000.00");
        assert_eq!(english.dividend, "1,000.50");
        assert_eq!(english.segments[0].forecast_units, "120,000", "the forecast is a number like the rest");
        assert_eq!(english.sales_forecast(), vec![Some(120_000), Some(120_000)]);
        assert_eq!(draft(Locale::De).sales_forecast(), english.sales_forecast());
        assert_eq!(english.segments[1].list_price, "zehn", "what does not read stays as typed");
        // An ambiguous entry is mirrored, and stays ambiguous (an error) in English too.
        assert_eq!(english.rnd, "12.345");
        assert!(parse_number(&english.rnd, Locale::En).is_err());
        let german = english.in_locale(Locale::De);
        assert_eq!(german.segments[0].list_price, "66,00");
        assert_eq!(german.production_units, "550.000");
        assert_eq!(german.marketing, "900.000,00");
        assert_eq!(german.dividend, "1.000,50");
        // The same decisions either way.
        let scenario = crate::scenario::default_scenario().expect("valid");
        let mut valid = draft(Locale::De);
        valid.segments[1].list_price = "53,33".into();
        valid.rnd = "600.000".into();
        valid.company = scenario.companies[0].id.clone();
        valid.year = 1;
        valid.lines_bought = "0".into();
        valid.loan_change = "0".into();
        valid.dividend = "0".into();
        let de = valid.to_decisions(&scenario, Locale::De).expect("valid in German");
        let en = valid.in_locale(Locale::En).to_decisions(&scenario, Locale::En).expect("valid in English");
        assert_eq!(de, en);
        assert_eq!(de.production_units, 550_000);
    }

    #[test]
    fn a_fraction_the_field_cannot_hold_stays_as_typed() {
        let mut d = draft(Locale::De);
        d.segments[0].list_price = "66,005".into();
        d.segments[0].payment_days = "30,5".into();
        let tidied = d.in_locale(Locale::De);
        assert_eq!(tidied.segments[0].list_price, "66,005", "not rounded to 66,01 behind the player's back");
        assert_eq!(tidied.segments[0].payment_days, "30,5");
        let english = d.in_locale(Locale::En);
        assert_eq!(english.segments[0].list_price, "66.005", "the same digits, marks mirrored");
        assert_eq!(english.segments[0].payment_days, "30.5");
        assert_eq!(tidied.marketing, "900.000,00", "tidied into the form's format");
    }
}
