//! Why value moved: ΔEVA from one year to the next split exactly over revenue, margin, tax,
//! capital and WACC, and told in two to four plain sentences in the player's language.

use rust_decimal::Decimal;

use super::report::YearReport;
use crate::i18n::{Arg, message};
use crate::model::Money;
use crate::model::format::{Locale, decimal, percent};
use crate::model::rounding::round;
use crate::model::value::{Attribution, EvaFactors, attribute};

/// A year explained against the year before.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    /// The parts sum to `next.eva.eva − prev.eva.eva` to the cent.
    pub attribution: Attribution,
    /// Two to four plain sentences (price and volume, EBIT margin, ROIC against WACC, the
    /// largest EVA driver) in the player's language.
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

/// Explains `next` against `prev` in `lang`; the sentences come from the Fluent files.
pub fn explain(prev: &YearReport, next: &YearReport, lang: Locale) -> Option<Explanation> {
    let attribution = attribute_reports(prev, next)?;
    let pct = |d: Decimal| Arg::from(percent(d.abs(), 1, lang));
    let yes = |up: bool| Arg::from(if up { "yes" } else { "no" });
    let mut sentences = Vec::new();

    let (u0, u1) = (units(prev), units(next));
    let price =
        |r: &YearReport, u: u64| if u == 0 { Decimal::ZERO } else { r.income.net_revenue.amount() / Decimal::from(u) };
    if let (Some(dp), Some(dv)) =
        (change(price(prev, u0), price(next, u1)), change(Decimal::from(u0), Decimal::from(u1)))
    {
        let up = |d: Decimal| d > Decimal::ZERO;
        sentences.push(message(
            "explain_price_volume",
            lang,
            &[("price_up", yes(up(dp))), ("price", pct(dp)), ("volume_up", yes(up(dv))), ("volume", pct(dv))],
        ));
    }

    let margin = |r: &YearReport| r.kpis().ebit_margin.unwrap_or_default();
    let (m0, m1) = (margin(prev), margin(next));
    let points = decimal(round(((m1 - m0) * Decimal::ONE_HUNDRED).abs(), 1), 1, lang);
    sentences.push(message(
        "explain_margin",
        lang,
        &[("up", yes(m1 >= m0)), ("points", Arg::from(points)), ("margin", Arg::from(percent(m1, 1, lang)))],
    ));

    let roic = |r: &YearReport| r.eva.roic.unwrap_or_default();
    let (r0, r1, w1) = (roic(prev), roic(next), next.eva.wacc);
    let roic_case = match (r0 > prev.eva.wacc, r1 > w1) {
        (true, false) => "fell_below",
        (false, true) => "rose_above",
        (_, true) => "stays_above",
        (_, false) => "stays_below",
    };
    sentences.push(message(
        "explain_roic",
        lang,
        &[
            ("change", Arg::from(roic_case)),
            ("roic", Arg::from(percent(r1, 1, lang))),
            ("wacc", Arg::from(percent(w1, 1, lang))),
        ],
    ));

    const DRIVERS: [&str; 5] = ["revenue", "margin", "tax", "capital", "wacc"];
    let parts = attribution.parts();
    let (largest, amount) = parts
        .iter()
        .enumerate()
        .max_by_key(|(_, (_, m))| m.abs())
        .map(|(i, (_, m))| (i, *m))
        .unwrap_or((0, Money::ZERO));
    let signed =
        |m: Money| Arg::from(if m.is_negative() { millions(m, lang) } else { format!("+{}", millions(m, lang)) });
    sentences.push(message(
        "explain_eva",
        lang,
        &[
            ("eva", Arg::from(millions(next.eva.eva, lang))),
            ("total", signed(attribution.total)),
            ("driver", Arg::from(DRIVERS.get(largest).copied().unwrap_or("wacc"))),
            ("amount", signed(amount)),
        ],
    ));
    Some(Explanation { attribution, sentences })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentences_choose_their_words_from_the_arguments() {
        let roic = |change: &'static str, lang| {
            message(
                "explain_roic",
                lang,
                &[("change", Arg::from(change)), ("roic", Arg::from("7,0 %")), ("wacc", Arg::from("8,5 %"))],
            )
        };
        assert_eq!(
            roic("fell_below", Locale::De),
            "Der ROIC fiel unter den WACC (7,0 % gegenüber 8,5 %): Das Kapital verdient seine Kosten nicht mehr."
        );
        assert_eq!(roic("stays_above", Locale::En), "ROIC stays above WACC: 7,0 % against 8,5 %.");
        let eva = |driver: &'static str| {
            message(
                "explain_eva",
                Locale::De,
                &[
                    ("eva", Arg::from("1,20 Mio. €")),
                    ("total", Arg::from("+0,10 Mio. €")),
                    ("driver", Arg::from(driver)),
                    ("amount", Arg::from("+0,08 Mio. €")),
                ],
            )
        };
        assert_eq!(
            eva("capital"),
            "EVA: 1,20 Mio. € (+0,10 Mio. € gegenüber dem Vorjahr); am stärksten wirkte Kapitalbindung: +0,08 Mio. €."
        );
        assert!(eva("wacc").contains("Kapitalkosten (WACC)"));
    }
}
