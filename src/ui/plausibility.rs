//! Plausibility warnings: a decision far from last year's (marketing −99,9 %, production
//! −99 %, a price halved) is most often a slip of the keyboard, so the decision screen asks
//! about it at the field and again before the team submits. A warning never blocks.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::i18n::Arg;
use crate::model::Money;
use crate::model::format::{Locale, decimal, money_whole, percent, units};
use crate::scenario::Decisions;
use crate::ui::text::tr_args;

/// How a field's value is written in a warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Euros, whole (budgets).
    Euros,
    /// Euros with cents (prices).
    Price,
    /// Units of product.
    Units,
    /// People.
    People,
    /// A fraction shown in percent (the rebate).
    Percent,
    /// Days.
    Days,
}

/// One decision far from last year's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unusual {
    /// The decision-file path of the field (`marketing`, `segments[0].list_price`).
    pub path: String,
    /// Last year's value.
    pub last: Decimal,
    /// The value decided now.
    pub now: Decimal,
    /// How the values are written.
    pub measure: Measure,
}

/// A relative change at or beyond these bounds is asked about: down by three quarters or
/// more, or up to three times or more (prices: halved or up by half).
const DOWN: Decimal = dec!(-0.75);
const UP: Decimal = dec!(2);
const PRICE_BOUND: Decimal = dec!(0.5);
/// Rebates: ten percentage points more than last year.
const REBATE_STEP: Decimal = dec!(0.10);
/// Payment terms: 45 days longer than last year.
const DAYS_STEP: Decimal = dec!(45);

impl Unusual {
    /// The change against last year as a fraction (`-0.999` for −99,9 %).
    pub fn change(&self) -> Option<Decimal> {
        (!self.last.is_zero()).then(|| (self.now - self.last) / self.last)
    }

    /// "Marketing: 800.000 € → 800 € (−99,9 % gegenüber dem Vorjahr). Gewollt?"
    pub fn message(&self, lang: Locale) -> String {
        let write = |v: Decimal| match self.measure {
            Measure::Euros => money_whole(Money::from_decimal(crate::model::rounding::round(v, 2)), lang),
            Measure::Price => {
                crate::model::format::money(Money::from_decimal(crate::model::rounding::round(v, 2)), lang)
            }
            Measure::Units | Measure::People => units(v.trunc().try_into().unwrap_or(0), lang),
            Measure::Percent => percent(v, 1, lang),
            Measure::Days => format!("{} {}", decimal(v, 0, lang), crate::ui::text::tr("unit_days", lang)),
        };
        let change = match (self.measure, self.change()) {
            (Measure::Percent | Measure::Days, _) | (_, None) => String::new(),
            (_, Some(c)) => {
                let sign = if c.is_sign_negative() { "−" } else { "+" };
                format!(" ({sign}{})", percent(c.abs(), 1, lang))
            }
        };
        tr_args(
            "plausibility_warning",
            lang,
            &[
                ("last", Arg::from(write(self.last))),
                ("now", Arg::from(write(self.now))),
                ("change", Arg::from(change)),
            ],
        )
    }
}

/// True when a relative change from `last` to `now` is at or beyond `down` or `up`.
fn far(last: Decimal, now: Decimal, down: Decimal, up: Decimal) -> bool {
    if last <= Decimal::ZERO {
        return false;
    }
    let change = (now - last) / last;
    change <= down || change >= up
}

/// The decisions in `now` far from those in `last`, in the form's order.
pub fn unusual_changes(last: &Decisions, now: &Decisions) -> Vec<Unusual> {
    let mut out = Vec::new();
    let mut check = |path: String, last: Decimal, now: Decimal, measure: Measure, unusual: bool| {
        if unusual {
            out.push(Unusual { path, last, now, measure });
        }
    };
    for (i, (l, n)) in last.segments.iter().zip(&now.segments).enumerate() {
        let price = far(l.list_price, n.list_price, -PRICE_BOUND, PRICE_BOUND);
        check(format!("segments[{i}].list_price"), l.list_price, n.list_price, Measure::Price, price);
        let rebate = n.rebate - l.rebate >= REBATE_STEP;
        check(format!("segments[{i}].rebate"), l.rebate, n.rebate, Measure::Percent, rebate);
        let (ld, nd) = (Decimal::from(l.payment_days), Decimal::from(n.payment_days));
        check(format!("segments[{i}].payment_days"), ld, nd, Measure::Days, nd - ld >= DAYS_STEP);
        let (lp, np) = (Decimal::from(l.salespeople), Decimal::from(n.salespeople));
        check(format!("segments[{i}].salespeople"), lp, np, Measure::People, far(lp, np, DOWN, UP));
    }
    let (lu, nu) = (Decimal::from(last.production_units), Decimal::from(now.production_units));
    check("production_units".into(), lu, nu, Measure::Units, far(lu, nu, DOWN, UP));
    for (path, l, n) in [("marketing", last.marketing, now.marketing), ("rnd", last.rnd, now.rnd)] {
        let (l, n) = (l.amount(), n.amount());
        check(path.into(), l, n, Measure::Euros, far(l, n, DOWN, UP));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::SegmentDecision;

    fn decisions(price: Decimal, rebate: Decimal, days: u32, production: u64, marketing: i64) -> Decisions {
        Decisions {
            company: "a".into(),
            year: 1,
            segments: vec![SegmentDecision { list_price: price, rebate, payment_days: days, salespeople: 10 }],
            production_units: production,
            marketing: Money::euros(marketing),
            rnd: Money::euros(100_000),
            lines_bought: 0,
            projects: Vec::new(),
            loan_change: Money::ZERO,
            equity_raised: Money::ZERO,
            dividend: Money::ZERO,
        }
    }

    fn paths(last: &Decisions, now: &Decisions) -> Vec<String> {
        unusual_changes(last, now).into_iter().map(|u| u.path).collect()
    }

    #[test]
    fn the_slips_of_the_issue_are_asked_about_and_ordinary_changes_are_not() {
        let last = decisions(dec!(65), dec!(0.05), 30, 550_000, 800_000);
        // "800,000" read as 800 €: −99,9 %; production 5 500 instead of 550 000: −99 %.
        let slip = decisions(dec!(65), dec!(0.05), 30, 5_500, 800);
        assert_eq!(paths(&last, &slip), ["production_units", "marketing"]);
        // Ten per cent more of everything is a decision, not a slip.
        let bold = decisions(dec!(71.50), dec!(0.10), 60, 605_000, 880_000);
        assert!(paths(&last, &bold).is_empty());
    }

    #[test]
    fn the_bounds_are_where_the_docs_say() {
        let last = decisions(dec!(100), dec!(0.05), 30, 100_000, 100_000);
        // Exactly −75 %, exactly ×3 (+200 %), price exactly −50 %, rebate +10 points, +45 days.
        let at = decisions(dec!(50), dec!(0.15), 75, 25_000, 300_000);
        let expected = [
            "segments[0].list_price",
            "segments[0].rebate",
            "segments[0].payment_days",
            "production_units",
            "marketing",
        ];
        assert_eq!(paths(&last, &at), expected);
        // One step inside every bound: nothing.
        let inside = decisions(dec!(50.01), dec!(0.149), 74, 25_001, 299_999);
        assert!(paths(&last, &inside).is_empty());
        // From zero last year there is no change to speak of.
        let zero = decisions(dec!(100), dec!(0.05), 30, 0, 0);
        assert!(paths(&zero, &last).is_empty());
    }

    #[test]
    fn the_message_gives_both_values_and_the_change() {
        let last = decisions(dec!(65), dec!(0.05), 30, 550_000, 800_000);
        let slip = decisions(dec!(65), dec!(0.05), 30, 550_000, 800);
        let unusual = unusual_changes(&last, &slip);
        // (800 − 800 000) / 800 000 = −0,999 → −99,9 %.
        assert_eq!(unusual[0].change(), Some(dec!(-0.999)));
        let text = unusual[0].message(Locale::De);
        assert!(text.contains("800.000 € → 800 € (−99,9 %"), "{text}");
        let text = unusual[0].message(Locale::En);
        assert!(text.contains("€800,000 → €800 (−99.9%"), "{text}");
    }
}
