//! Why value moved: ΔEVA from one year to the next split exactly over revenue, margin, tax,
//! capital and WACC, and told in two to four plain sentences in the player's language.

use rust_decimal::Decimal;

use super::report::YearReport;
use crate::model::Money;
use crate::model::format::{Locale, decimal, percent};
use crate::model::rounding::round;
use crate::model::value::{Attribution, EvaFactors, attribute};

/// A year explained against the year before.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    /// The parts sum to `next.eva.eva − prev.eva.eva` to the cent.
    pub attribution: Attribution,
    pub sentences: Vec<String>,
}

/// The Shapley split of the change in the reports' EVA. `None` when a year had no revenue
/// (no EBIT margin to split over).
pub fn attribute_reports(prev: &YearReport, next: &YearReport) -> Option<Attribution> {
    let factors =
        |r: &YearReport| EvaFactors::from_statements(&r.income, &r.opening, &r.closing, r.tax_rate, r.eva.wacc);
    let mut split = attribute(&factors(prev)?, &factors(next)?);
    // The split's total rounds NOPAT and charge from the factors; the reports round EBIT
    // first. Any cent of difference goes to the largest part, so the parts add up to the
    // change the player sees.
    let total = next.eva.eva - prev.eva.eva;
    let residue = total - split.total;
    let parts = [&mut split.revenue, &mut split.margin, &mut split.tax, &mut split.capital, &mut split.wacc];
    if let Some(largest) = parts.into_iter().max_by_key(|p| p.abs()) {
        *largest += residue;
    }
    split.total = total;
    Some(split)
}

fn units(r: &YearReport) -> u64 {
    r.segments.iter().map(|s| s.sold_units).sum()
}

fn change(before: Decimal, after: Decimal) -> Option<Decimal> {
    if before.is_zero() { None } else { Some((after - before) / before) }
}

/// Millions with two decimals, as the debrief speaks: "-0,42 Mio. €" / "€-0.42 M".
fn millions(amount: Money, lang: Locale) -> String {
    let value = decimal(amount.amount() / Decimal::from(1_000_000), 2, lang);
    match lang {
        Locale::De => format!("{value} Mio. €"),
        Locale::En => format!("€{value} M"),
    }
}

/// Explains `next` against `prev` in `lang`.
pub fn explain(prev: &YearReport, next: &YearReport, lang: Locale) -> Option<Explanation> {
    let attribution = attribute_reports(prev, next)?;
    let de = lang == Locale::De;
    let pct = |d: Decimal| percent(d.abs(), 1, lang);
    let mut sentences = Vec::new();

    let (u0, u1) = (units(prev), units(next));
    let price =
        |r: &YearReport, u: u64| if u == 0 { Decimal::ZERO } else { r.income.net_revenue.amount() / Decimal::from(u) };
    if let (Some(dp), Some(dv)) =
        (change(price(prev, u0), price(next, u1)), change(Decimal::from(u0), Decimal::from(u1)))
    {
        let up = |d: Decimal| d > Decimal::ZERO;
        sentences.push(if de {
            format!(
                "Ihr durchschnittlicher Nettopreis {} um {}, die Absatzmenge {} um {}.",
                if up(dp) { "stieg" } else { "sank" },
                pct(dp),
                if up(dv) { "stieg" } else { "sank" },
                pct(dv)
            )
        } else {
            format!(
                "Your average net price {} by {}, volume {} by {}.",
                if up(dp) { "rose" } else { "fell" },
                pct(dp),
                if up(dv) { "rose" } else { "fell" },
                pct(dv)
            )
        });
    }

    let margin = |r: &YearReport| r.kpis().ebit_margin.unwrap_or_default();
    let (m0, m1) = (margin(prev), margin(next));
    let points = round(((m1 - m0) * Decimal::ONE_HUNDRED).abs(), 1);
    let points = decimal(points, 1, lang);
    sentences.push(if de {
        format!(
            "Die EBIT-Marge {} um {} Prozentpunkte auf {}.",
            if m1 >= m0 { "stieg" } else { "fiel" },
            points,
            percent(m1, 1, lang)
        )
    } else {
        format!(
            "The EBIT margin {} by {} points to {}.",
            if m1 >= m0 { "rose" } else { "fell" },
            points,
            percent(m1, 1, lang)
        )
    });

    let roic = |r: &YearReport| r.eva.roic.unwrap_or_default();
    let (r0, r1, w1) = (roic(prev), roic(next), next.eva.wacc);
    let above_before = r0 > prev.eva.wacc;
    let above_now = r1 > w1;
    let (r1s, w1s) = (percent(r1, 1, lang), percent(w1, 1, lang));
    sentences.push(match (above_before, above_now, de) {
        (true, false, true) => format!(
            "Der ROIC fiel unter den WACC ({r1s} gegenüber {w1s}): Das Kapital verdient seine Kosten nicht mehr."
        ),
        (true, false, false) => {
            format!("ROIC dropped below WACC ({r1s} against {w1s}): capital no longer earns its cost.")
        }
        (false, true, true) => {
            format!("Der ROIC stieg über den WACC ({r1s} gegenüber {w1s}): Das Kapital verdient seine Kosten.")
        }
        (false, true, false) => format!("ROIC rose above WACC ({r1s} against {w1s}): capital earns its cost."),
        (_, true, true) => format!("Der ROIC liegt mit {r1s} weiter über dem WACC von {w1s}."),
        (_, true, false) => format!("ROIC stays above WACC: {r1s} against {w1s}."),
        (_, false, true) => format!("Der ROIC liegt mit {r1s} weiter unter dem WACC von {w1s}."),
        (_, false, false) => format!("ROIC stays below WACC: {r1s} against {w1s}."),
    });

    let names: [(&str, &str); 5] = [
        ("Umsatz", "revenue"),
        ("Marge", "margin"),
        ("Steuer", "tax"),
        ("Kapitalbindung", "capital employed"),
        ("Kapitalkosten (WACC)", "cost of capital (WACC)"),
    ];
    let parts = attribution.parts();
    let (largest, amount) = parts
        .iter()
        .enumerate()
        .max_by_key(|(_, (_, m))| m.abs())
        .map(|(i, (_, m))| (i, *m))
        .unwrap_or((0, Money::ZERO));
    let signed = |m: Money| if m.is_negative() { millions(m, lang) } else { format!("+{}", millions(m, lang)) };
    sentences.push(if de {
        format!(
            "EVA: {} ({} gegenüber dem Vorjahr); am stärksten wirkte {}: {}.",
            millions(next.eva.eva, lang),
            signed(attribution.total),
            names[largest].0,
            signed(amount)
        )
    } else {
        format!(
            "EVA: {} ({} on last year); the largest effect came from {}: {}.",
            millions(next.eva.eva, lang),
            signed(attribution.total),
            names[largest].1,
            signed(amount)
        )
    });
    Some(Explanation { attribution, sentences })
}
