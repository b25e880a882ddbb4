//! The debrief in words, German or English: lever names and settings, one line per decision
//! with its ΔEVA, the market's year in a sentence, turning points, each company's one-line
//! summary and the scenario's lesson. The projector's pages and the PDF reports say
//! it the same way because they all ask here.

use rust_decimal::Decimal;

use super::impact::DecisionImpact;
use super::levers::{Area, Change, Lever, Setting};
use super::story::{TurningPoint, YearStory};
use super::{Debrief, Placing};
use crate::i18n::{Arg, message};
use crate::model::Money;
use crate::model::format::{Locale, decimal, money, money_whole, percent, signed_whole, units};

/// A signed change as a percentage with one decimal, "+10,0 %".
pub fn signed_percent(change: Decimal, lang: Locale) -> String {
    let text = percent(change, 1, lang);
    if change.is_sign_positive() && !change.is_zero() { format!("+{text}") } else { text }
}

/// The name of a lever, with its segment or project.
pub fn lever_name(lever: &Lever, debrief: &Debrief, lang: Locale) -> String {
    let scenario = &debrief.scenario;
    let segment = |s: &usize| scenario.segments.get(*s).map_or(String::new(), |g| scenario.text(&g.name, lang).into());
    let (key, of) = match lever {
        Lever::Price(s) => ("price", segment(s)),
        Lever::PaymentDays(s) => ("payment_days", segment(s)),
        Lever::Salespeople(s) => ("salespeople", segment(s)),
        Lever::Production => ("production", String::new()),
        Lever::Marketing => ("marketing", String::new()),
        Lever::Rnd => ("rnd", String::new()),
        Lever::LinesBought => ("lines_bought", String::new()),
        Lever::Project(id) => {
            let name = scenario.projects.iter().find(|p| &p.id == id).map_or(id.as_str(), |p| p.name.as_str());
            ("project", scenario.text(name, lang).to_string())
        }
        Lever::Loan => ("loan", String::new()),
        Lever::Equity => ("equity", String::new()),
        Lever::Dividend => ("dividend", String::new()),
    };
    message("debrief_lever", lang, &[("lever", Arg::from(key)), ("of", Arg::from(of))])
}

/// A lever's setting: "129,00 €", "12,0 %", "60 Tage", "12.000", "1.500.000 €", "gestartet".
pub fn setting(setting: &Setting, lang: Locale) -> String {
    match setting {
        Setting::Price { list, rebate } => {
            let list = money(Money::from_decimal(*list), lang);
            if rebate.is_zero() { list } else { format!("{list} − {}", percent(*rebate, 1, lang)) }
        }
        Setting::Days(d) => message("debrief_days", lang, &[("days", Arg::from(u64::from(*d)))]),
        Setting::Count(n) => units(*n, lang),
        Setting::Amount(m) => money_whole(*m, lang),
        Setting::Started(s) => {
            message("debrief_started", lang, &[("started", Arg::from(if *s { "yes" } else { "no" }))])
        }
    }
}

/// The name of a decision's area: "Preise und Rabatte", "Finanzierung", …
pub fn area_name(area: Area, lang: Locale) -> String {
    let key = match area {
        Area::Prices => "prices",
        Area::Terms => "terms",
        Area::Production => "production",
        Area::Sales => "sales",
        Area::Investment => "investment",
        Area::Financing => "financing",
    };
    message("debrief_area", lang, &[("area", Arg::from(key))])
}

/// One lever's change: "Preis und Rabatt Fachhandel: 57,00 € − 5,0 % → 57,00 € − 12,0 % (netto
/// 54,15 € → 50,16 €)", "Darlehen aufgenommen: 10.000.000 €", "Projekt „ERP“ gestartet".
pub fn change(change: &Change, debrief: &Debrief, lang: Locale) -> String {
    let name = lever_name(&change.lever, debrief, lang);
    match (&change.lever, &change.before, &change.after) {
        (Lever::Project(_), ..) => format!("{name} {}", setting(&change.after, lang)),
        (Lever::Loan | Lever::Equity | Lever::Dividend, _, Setting::Amount(amount)) => {
            let key = match change.lever {
                Lever::Loan if amount.is_negative() => "repaid",
                Lever::Loan => "drawn",
                Lever::Equity => "equity",
                _ => "dividend",
            };
            message(
                "debrief_flow",
                lang,
                &[("flow", Arg::from(key)), ("amount", Arg::from(money_whole(amount.abs(), lang)))],
            )
        }
        (_, Setting::Price { .. }, Setting::Price { .. }) => {
            let net = |s: &Setting| money(Money::from_decimal(s.level().unwrap_or_default()), lang);
            let args = [
                ("before", Arg::from(setting(&change.before, lang))),
                ("after", Arg::from(setting(&change.after, lang))),
                ("net_before", Arg::from(net(&change.before))),
                ("net_after", Arg::from(net(&change.after))),
            ];
            format!("{name}{}", message("debrief_price_change", lang, &args))
        }
        _ => format!("{name}: {} → {}", setting(&change.before, lang), setting(&change.after, lang)),
    }
}

/// A decision in one line: "Jahr 2 · Preis und Rabatt Fachhandel: … ; Produktionsmenge: …",
/// marked when the computer made it.
pub fn decision(impact: &DecisionImpact, debrief: &Debrief, lang: Locale) -> String {
    let changes: Vec<String> = impact.changes.iter().map(|c| change(c, debrief, lang)).collect();
    let line = message(
        "debrief_decision",
        lang,
        &[("year", Arg::from(u64::from(impact.year))), ("changes", Arg::from(changes.join("; ")))],
    );
    if impact.by_person { line } else { format!("{line} {}", message("debrief_by_computer", lang, &[])) }
}

/// The name of an attribution factor: revenue, margin, tax, capital, wacc.
pub fn cause(key: &str, lang: Locale) -> String {
    message("debrief_cause", lang, &[("cause", Arg::from(key.to_string()))])
}

/// The market's year in one sentence per segment: demand and average net price against last year.
pub fn market(story: &YearStory, debrief: &Debrief, lang: Locale) -> Vec<String> {
    let scenario = &debrief.scenario;
    story
        .segments
        .iter()
        .zip(&scenario.segments)
        .map(|(m, s)| {
            let name = scenario.text(&s.name, lang).to_string();
            let change = |c: Option<Decimal>| c.map_or_else(|| "–".to_string(), |c| signed_percent(c, lang));
            message(
                "debrief_market_segment",
                lang,
                &[
                    ("segment", Arg::from(name)),
                    ("demand", Arg::from(units(m.demand_units, lang))),
                    ("demand_change", Arg::from(change(m.demand_change))),
                    ("price", Arg::from(money(Money::from_decimal(m.avg_net_price), lang))),
                    ("price_change", Arg::from(change(m.price_change))),
                ],
            )
        })
        .collect()
}

/// A turning point in a sentence.
pub fn turning_point(point: &TurningPoint, debrief: &Debrief, lang: Locale) -> String {
    let name = |id: &String| Arg::from(debrief.name(id).to_string());
    match point {
        TurningPoint::EvaTurnedNegative { company } => {
            message("debrief_turn_negative", lang, &[("team", name(company))])
        }
        TurningPoint::EvaTurnedPositive { company } => {
            message("debrief_turn_positive", lang, &[("team", name(company))])
        }
        TurningPoint::NewLeader { company } => message("debrief_turn_leader", lang, &[("team", name(company))]),
        TurningPoint::RankMove { company, from, to } => message(
            "debrief_turn_rank",
            lang,
            &[("team", name(company)), ("from", Arg::from(*from as u64)), ("to", Arg::from(*to as u64))],
        ),
    }
}

/// A company's game in one line: place, score, EVA of the first and the last year, and its
/// most valuable decision.
pub fn summary(placing: &Placing, debrief: &Debrief, lang: Locale) -> String {
    let Some(company) = debrief.companies.get(placing.company) else { return String::new() };
    let first = company.history.first().map_or(Money::ZERO, |r| r.eva.eva);
    let last = company.history.last().map_or(Money::ZERO, |r| r.eva.eva);
    let mut parts = vec![message(
        "debrief_summary",
        lang,
        &[
            ("rank", Arg::from(placing.rank as u64)),
            ("team", Arg::from(company.name.clone())),
            ("score", Arg::from(money_whole(placing.score, lang))),
            ("first", Arg::from(money_whole(first, lang))),
            ("last", Arg::from(money_whole(last, lang))),
            ("insolvent", Arg::from(if placing.insolvent { "yes" } else { "no" })),
        ],
    )];
    let (best, worst) = debrief.extremes(1, Some(&company.id));
    for (key, impact) in [("debrief_summary_best", best.first()), ("debrief_summary_worst", worst.first())] {
        if let Some(impact) = impact {
            let args = [
                ("lever", Arg::from(area_name(impact.area, lang))),
                ("year", Arg::from(u64::from(impact.year))),
                ("delta", Arg::from(signed_whole(impact.delta_eva, lang))),
            ];
            parts.push(message(key, lang, &args));
        }
    }
    parts.join("; ") + "."
}

/// The scenario's key lesson, or the general one when it has none.
pub fn lesson(debrief: &Debrief, lang: Locale) -> String {
    match debrief.scenario.lesson.trim() {
        "" => message("debrief_lesson_general", lang, &[]),
        text => debrief.scenario.text(text, lang).to_string(),
    }
}

/// Millions with two decimals for large type: "−0,42 Mio. €" / "€−0.42 M".
pub fn millions(amount: Money, lang: Locale) -> String {
    let value = decimal(amount.amount() / Decimal::from(1_000_000), 2, lang);
    let value = if amount.is_positive() { format!("+{value}") } else { value };
    match lang {
        Locale::De => format!("{value} Mio. €"),
        Locale::En => format!("€{value} M"),
    }
}
