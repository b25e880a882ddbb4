//! The levers of a year's decisions, the areas they work together in, and how one area's
//! changes are undone: a setting the company kept is set back for every year it kept it, a loan
//! drawn takes its later repayment with it, and taking a change back is no decision of its own.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::model::Money;
use crate::scenario::Decisions;

/// One lever of a year's decisions.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "lever", content = "of", rename_all = "snake_case")]
pub enum Lever {
    /// List price and rebate in the segment (by scenario index): one lever, because the net
    /// price is what customers pay (raising both at once can leave it where it was).
    Price(usize),
    /// Payment terms in the segment.
    PaymentDays(usize),
    /// Salespeople in the segment.
    Salespeople(usize),
    /// Units produced.
    Production,
    /// Marketing budget.
    Marketing,
    /// R&D budget.
    Rnd,
    /// Production lines bought.
    LinesBought,
    /// One catalogue project started (by id).
    Project(String),
    /// Loan drawn or repaid.
    Loan,
    /// Equity raised.
    Equity,
    /// Dividend paid.
    Dividend,
}

/// The areas whose levers work together; a decision is one area's changes in one year, and
/// a year's ΔEVA is split over its areas (Shapley), so that levers pulled together — more
/// rebate and more production — are judged together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// List prices and rebates.
    Prices,
    /// Payment terms.
    Terms,
    /// Production volume.
    Production,
    /// Salespeople, marketing and R&D.
    Sales,
    /// Lines and projects.
    Investment,
    /// Loans, equity and dividends.
    Financing,
}

impl Lever {
    /// The area the lever belongs to.
    pub fn area(&self) -> Area {
        match self {
            Lever::Price(_) => Area::Prices,
            Lever::PaymentDays(_) => Area::Terms,
            Lever::Production => Area::Production,
            Lever::Salespeople(_) | Lever::Marketing | Lever::Rnd => Area::Sales,
            Lever::LinesBought | Lever::Project(_) => Area::Investment,
            Lever::Loan | Lever::Equity | Lever::Dividend => Area::Financing,
        }
    }

    /// True for the settings a company keeps from year to year unless it changes them
    /// (prices, terms, people, production, budgets), false for what it decides each year anew.
    pub fn is_kept(&self) -> bool {
        !matches!(self, Lever::LinesBought | Lever::Project(_) | Lever::Loan | Lever::Equity | Lever::Dividend)
    }
}

/// A lever's setting before or after the decision.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Setting {
    /// A list price per unit (€) and the rebate on it (0.12 = 12 %).
    Price {
        /// List price (€ per unit).
        list: Decimal,
        /// Rebate as a share of the list price.
        rebate: Decimal,
    },
    /// Days.
    Days(u32),
    /// A count (people, units, lines).
    Count(u64),
    /// An amount.
    Amount(Money),
    /// Whether a project was started.
    Started(bool),
}

/// One lever changed: from what to what.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// The lever.
    pub lever: Lever,
    /// The setting the company had (last year's; none for investments and financing).
    pub before: Setting,
    /// The setting it chose.
    pub after: Setting,
}

/// The decisions of a year as the company made them: the booked ones with what a cap cut
/// back (production above capacity, a loan beyond its limit or above what is outstanding, a
/// dividend above what may be paid) as it was asked for. Replayed, they book the same, and a
/// plan kept while the capacity fell is still the same plan.
pub fn as_decided(report: &crate::sim::YearReport) -> Decisions {
    use crate::sim::warning::Warning;
    let mut d = report.decisions.clone();
    for warning in &report.warnings {
        match warning {
            Warning::Capacity { asked, .. } => d.production_units = *asked,
            Warning::LoanLimit { asked, .. } | Warning::LoanRepay { asked, .. } => d.loan_change = *asked,
            Warning::Dividend { asked, .. } => d.dividend = *asked,
            _ => {}
        }
    }
    d
}

/// Every lever of `d` (its segments' three, the company's, one per project started).
fn levers(d: &Decisions) -> Vec<Lever> {
    let mut out = Vec::new();
    for s in 0..d.segments.len() {
        out.extend([Lever::Price(s), Lever::PaymentDays(s), Lever::Salespeople(s)]);
    }
    out.extend([Lever::Production, Lever::Marketing, Lever::Rnd, Lever::LinesBought]);
    out.extend(d.projects.iter().map(|p| Lever::Project(p.clone())));
    out.extend([Lever::Loan, Lever::Equity, Lever::Dividend]);
    out
}

/// The lever's setting in `d` (`None` for a segment `d` does not have).
pub fn setting_of(lever: &Lever, d: &Decisions) -> Option<Setting> {
    let segment = |s: &usize| d.segments.get(*s);
    Some(match lever {
        Lever::Price(s) => Setting::Price { list: segment(s)?.list_price, rebate: segment(s)?.rebate },
        Lever::PaymentDays(s) => Setting::Days(segment(s)?.payment_days),
        Lever::Salespeople(s) => Setting::Count(segment(s)?.salespeople.into()),
        Lever::Production => Setting::Count(d.production_units),
        Lever::Marketing => Setting::Amount(d.marketing),
        Lever::Rnd => Setting::Amount(d.rnd),
        Lever::LinesBought => Setting::Count(d.lines_bought.into()),
        Lever::Project(id) => Setting::Started(d.projects.contains(id)),
        Lever::Loan => Setting::Amount(d.loan_change),
        Lever::Equity => Setting::Amount(d.equity_raised),
        Lever::Dividend => Setting::Amount(d.dividend),
    })
}

/// Sets the lever in `d` to `to` (a setting of the lever's own kind; others change nothing).
pub fn set(lever: &Lever, to: &Setting, d: &mut Decisions) {
    match (lever, to) {
        (Lever::Price(s), Setting::Price { list, rebate }) => {
            if let Some(g) = d.segments.get_mut(*s) {
                (g.list_price, g.rebate) = (*list, *rebate);
            }
        }
        (Lever::PaymentDays(s), Setting::Days(n)) => {
            if let Some(g) = d.segments.get_mut(*s) {
                g.payment_days = *n;
            }
        }
        (Lever::Salespeople(s), Setting::Count(n)) => {
            if let Some(g) = d.segments.get_mut(*s) {
                g.salespeople = u32::try_from(*n).unwrap_or(u32::MAX);
            }
        }
        (Lever::Production, Setting::Count(n)) => d.production_units = *n,
        (Lever::Marketing, Setting::Amount(m)) => d.marketing = *m,
        (Lever::Rnd, Setting::Amount(m)) => d.rnd = *m,
        (Lever::LinesBought, Setting::Count(n)) => d.lines_bought = u32::try_from(*n).unwrap_or(u32::MAX),
        (Lever::Project(id), Setting::Started(started)) => {
            d.projects.retain(|p| p != id);
            if *started {
                d.projects.push(id.clone());
            }
        }
        (Lever::Loan, Setting::Amount(m)) => d.loan_change = *m,
        (Lever::Equity, Setting::Amount(m)) => d.equity_raised = *m,
        (Lever::Dividend, Setting::Amount(m)) => d.dividend = *m,
        _ => {}
    }
}

/// The changes of year `y` (0-based) of `history` against the year before (`opening` before
/// year 1) that are decisions of their own. A kept setting moved back toward (or past) where it
/// was before the lever's last decision belongs to that decision — taking a blunder back, even
/// to a cent or a day beside where it was, repairs it, it creates no value of its own. The
/// part of a loan change that unwinds earlier borrowing (or repaying) belongs to the change it
/// unwinds; only what goes beyond is a decision.
pub fn changes(history: &[Decisions], opening: &Decisions, y: usize) -> Vec<Change> {
    let Some(chosen) = history.get(y) else { return Vec::new() };
    let previous = if y == 0 { opening } else { &history[y - 1] };
    let year = u32::try_from(y + 1).unwrap_or(u32::MAX);
    let base = previous.kept_for(year);
    levers(chosen)
        .into_iter()
        .filter_map(|lever| {
            let after = setting_of(&lever, chosen)?;
            let mut before = setting_of(&lever, &base)?;
            if before == after {
                return None;
            }
            if lever.is_kept() && !decisions_of(&settings(&lever, opening, history)).get(y).copied().unwrap_or(true) {
                return None;
            }
            if let (Lever::Loan, Setting::Amount(change)) = (&lever, &after) {
                let unwinding = unwinding_part(&history[..y], *change);
                if unwinding == *change {
                    return None;
                }
                before = Setting::Amount(unwinding);
            }
            Some(Change { lever, before, after })
        })
        .collect()
}

/// The lever's setting before year 1 and in every year of `history`.
fn settings(lever: &Lever, opening: &Decisions, history: &[Decisions]) -> Vec<Option<Setting>> {
    std::iter::once(opening).chain(history).map(|d| setting_of(lever, d)).collect()
}

impl Setting {
    /// The setting's level, to tell which way a change went: the net price customers pay (list
    /// price less rebate), days, units, euros; none for a project.
    pub fn level(&self) -> Option<Decimal> {
        match self {
            Setting::Price { list, rebate } => Some(*list * (Decimal::ONE - *rebate)),
            Setting::Days(n) => Some(Decimal::from(*n)),
            Setting::Count(n) => Some(Decimal::from(*n)),
            Setting::Amount(m) => Some(m.amount()),
            Setting::Started(_) => None,
        }
    }
}

/// For each year (0-based) of a kept lever's `settings` (the opening first): true when the
/// year changed the setting in a decision of its own, false when it kept it or moved it back
/// against the direction of the lever's last decision.
fn decisions_of(settings: &[Option<Setting>]) -> Vec<bool> {
    let mut last: Option<std::cmp::Ordering> = None;
    let mut out = Vec::with_capacity(settings.len().saturating_sub(1));
    for pair in settings.windows(2) {
        let (was, now) = (&pair[0], &pair[1]);
        if was == now {
            out.push(false);
            continue;
        }
        let direction = match (was.as_ref().and_then(Setting::level), now.as_ref().and_then(Setting::level)) {
            (Some(a), Some(b)) => Some(b.cmp(&a)),
            _ => None,
        };
        let back =
            matches!((last, direction), (Some(l), Some(d)) if d != std::cmp::Ordering::Equal && d == l.reverse());
        if back {
            out.push(false);
        } else {
            out.push(true);
            last = direction.filter(|d| *d != std::cmp::Ordering::Equal);
        }
    }
    out
}

/// The part of a loan change of `change` that runs against what the company borrowed (or
/// repaid) in the years before: at most their net, signed as `change`.
fn unwinding_part(earlier: &[Decisions], change: Money) -> Money {
    let net: Money = earlier.iter().map(|d| d.loan_change).sum();
    if net.is_zero() || change.is_zero() || change.is_negative() == net.is_negative() {
        return Money::ZERO;
    }
    let part = change.abs().min(net.abs());
    if change.is_negative() { -part } else { part }
}

/// `history` (each year's decisions of one company) with `changes` of year `y` (0-based)
/// undone: a kept setting until the lever's next decision (its reversals included), a loan
/// change together with the later changes that unwind it, anything else in its year.
pub fn undone(history: &[Decisions], opening: &Decisions, y: usize, changes: &[&Change]) -> Vec<Decisions> {
    let mut out = history.to_vec();
    for change in changes {
        let lever = &change.lever;
        if lever.is_kept() {
            let decisions = decisions_of(&settings(lever, opening, history));
            for (k, d) in out.iter_mut().enumerate().skip(y) {
                if k > y && decisions.get(k).copied().unwrap_or(true) {
                    break;
                }
                set(lever, &change.before, d);
            }
        } else if let Some(d) = out.get_mut(y) {
            set(lever, &change.before, d);
        }
        if let (Lever::Loan, Setting::Amount(after), Setting::Amount(before)) = (lever, &change.after, &change.before) {
            offset_unwinding(&mut out[(y + 1).min(history.len())..], *after - *before);
        }
    }
    out
}

/// Takes out of later years' loan changes the ones that unwind `drawn` (repayments of a
/// draw, draws after a repayment), up to its amount.
fn offset_unwinding(later: &mut [Decisions], drawn: Money) {
    let mut left = drawn.abs();
    for d in later {
        if left.is_zero() {
            break;
        }
        if !d.loan_change.is_zero() && d.loan_change.is_negative() != drawn.is_negative() {
            let taken = d.loan_change.abs().min(left);
            left -= taken;
            let toward_zero = if d.loan_change.is_negative() { taken } else { -taken };
            d.loan_change += toward_zero;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn decisions(rebate: Decimal, loan: i64) -> Decisions {
        let mut d = crate::scenario::parse_decisions(
            r#"(company: "a", year: 1, segments: [(list_price: 100, rebate: 0.05, payment_days: 30, salespeople: 4)],
                production_units: 1000, marketing: 5000, projects: ["p1"])"#,
            None,
        )
        .expect("decisions read");
        d.segments[0].rebate = rebate;
        d.loan_change = Money::euros(loan);
        d
    }

    #[test]
    fn a_year_s_changes_against_the_year_before_and_projects_and_loans_anew() {
        let opening = decisions(dec!(0.10), 0);
        let history = [decisions(dec!(0.05), -2000)];
        let found = changes(&history, &opening, 0);
        let levers: Vec<&Lever> = found.iter().map(|c| &c.lever).collect();
        // p1 is started in year 1 (the opening's projects are not repeated); the loan anew.
        assert_eq!(levers, [&Lever::Price(0), &Lever::Project("p1".into()), &Lever::Loan]);
        let price = |rebate| Setting::Price { list: dec!(100), rebate };
        assert_eq!((&found[0].before, &found[0].after), (&price(dec!(0.10)), &price(dec!(0.05))));
        assert_eq!(found[0].lever.area(), Area::Prices);
    }

    #[test]
    fn a_kept_setting_is_undone_for_the_years_it_was_kept_and_a_reversal_is_no_decision() {
        let opening = decisions(dec!(0.10), 0);
        // 22 % in years 1 and 2, back to 10 % in year 3, 10 % in year 4.
        let mut history: Vec<Decisions> =
            [dec!(0.22), dec!(0.22), dec!(0.10), dec!(0.10)].iter().map(|r| decisions(*r, 0)).collect();
        for d in &mut history {
            d.projects.clear();
        }
        let first = changes(&history, &opening, 0);
        assert_eq!(first.len(), 1);
        assert!(changes(&history, &opening, 2).is_empty(), "taking the rebate back is part of the first decision");
        let undone = undone(&history, &opening, 0, &[&first[0]]);
        let rebates: Vec<Decimal> = undone.iter().map(|d| d.segments[0].rebate).collect();
        assert_eq!(rebates, [dec!(0.10); 4]);
        // Back part of the way (22 % → 15 %) or a cent beside: still the first decision's.
        history[2].segments[0].rebate = dec!(0.15);
        assert!(changes(&history, &opening, 2).is_empty());
        history[2].segments[0].rebate = dec!(0.1001);
        assert!(changes(&history, &opening, 2).is_empty());
        // Further the same way (22 % → 30 %) is a decision of its own, and ends the first's span.
        history[2].segments[0].rebate = dec!(0.30);
        assert_eq!(changes(&history, &opening, 2).len(), 1);
        let spans: Vec<Decimal> =
            super::undone(&history, &opening, 0, &[&first[0]]).iter().map(|d| d.segments[0].rebate).collect();
        assert_eq!(spans, [dec!(0.10), dec!(0.10), dec!(0.30), dec!(0.10)]);
    }

    #[test]
    fn a_loan_drawn_takes_its_repayment_with_it() {
        let opening = decisions(dec!(0.05), 0);
        let mut history: Vec<Decisions> = [10_000, 0, -10_000, 0].iter().map(|l| decisions(dec!(0.05), *l)).collect();
        for d in &mut history {
            d.projects.clear();
        }
        let drawn = changes(&history, &opening, 0);
        assert_eq!(drawn.iter().map(|c| &c.lever).collect::<Vec<_>>(), [&Lever::Loan]);
        assert!(changes(&history, &opening, 2).is_empty(), "the repayment unwinds the draw");
        let loans: Vec<Money> = undone(&history, &opening, 0, &[&drawn[0]]).iter().map(|d| d.loan_change).collect();
        assert_eq!(loans, [Money::ZERO; 4]);
        // Repaying more than was drawn: only the excess is a decision, judged against repaying
        // what was drawn.
        history[2].loan_change = Money::euros(-15_000);
        let excess = changes(&history, &opening, 2);
        assert_eq!(excess.len(), 1);
        assert_eq!(
            (&excess[0].before, &excess[0].after),
            (&Setting::Amount(Money::euros(-10_000)), &Setting::Amount(Money::euros(-15_000)))
        );
        let loans: Vec<Money> = undone(&history, &opening, 2, &[&excess[0]]).iter().map(|d| d.loan_change).collect();
        assert_eq!(loans, [Money::euros(10_000), Money::ZERO, Money::euros(-10_000), Money::ZERO]);
    }
}
