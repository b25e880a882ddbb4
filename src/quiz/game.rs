//! The link between the quiz and the workshop game: a team's practice file (every decision
//! of the workshop, replayed by the engine) gives the team's figures of its last year, and
//! next to the team's weak quiz topics the trainer sees the figures those topics explain —
//! high DSO and negative EVA after rebates next to weak "Kundenkennzahlen" — with a
//! suggested focus for the next workshop.

use crate::model::rounding::round;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

use super::bank::Topic;
use crate::model::format::{self, Locale};
use crate::model::kpi::KpiValue;
use crate::model::money::Money;
use crate::scenario::Issues;

/// How a figure is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Euros.
    Money,
    /// A fraction shown as a percentage.
    Percent,
    /// Days.
    Days,
    /// A multiple (×).
    Multiple,
}

/// One figure of a team's game.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameFigure {
    /// The glossary key (`dso_days`, `eva`, `rebate_rate` …).
    pub key: String,
    /// The value (euros, a fraction, days or a multiple).
    pub value: Decimal,
    /// How to write it.
    pub kind: Kind,
    /// True when the figure is one a trainer would talk about (DSO over 60 days, EVA
    /// negative, ROIC below WACC …).
    pub weak: bool,
}

impl GameFigure {
    /// The value written for `lang`.
    pub fn text(&self, lang: Locale) -> String {
        match self.kind {
            Kind::Money => format::millions(Money::from_decimal(self.value), lang),
            Kind::Percent => format::percent(self.value, 1, lang),
            Kind::Days => {
                format!("{} {}", format::decimal(self.value, 0, lang), if lang == Locale::De { "Tage" } else { "days" })
            }
            Kind::Multiple => format!("{}×", format::decimal(self.value, 1, lang)),
        }
    }

    /// The figure's name in `lang` (the glossary's term; the rebate rate has its own words).
    pub fn name(&self, lang: Locale) -> String {
        if self.key == "rebate_rate" {
            return crate::i18n::message("quiz_rebate_rate", lang, &[]);
        }
        crate::glossary::entry(&self.key, lang).map_or_else(|| self.key.clone(), |e| e.term.to_string())
    }
}

/// A team's game as the trainer linked it to the programme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamGame {
    /// The workshop's name.
    pub workshop: String,
    /// The team's name (matched with the participants' team).
    pub team: String,
    /// The company the team ran.
    pub company: String,
    /// The last year played.
    pub year: u32,
    /// The figures of that year.
    pub figures: Vec<GameFigure>,
}

/// The team's figures from its practice file: the workshop replayed by the engine.
pub fn from_practice(text: &str, file: Option<&std::path::Path>) -> Result<TeamGame, Issues> {
    let practice = crate::sim::practice::parse_practice(text, file)?;
    let reports = practice.replay()?;
    let company = reports.iter().find(|c| c.id == practice.company);
    let Some(report) = company.and_then(|c| c.history.last()) else {
        return Err(Issues(vec![crate::scenario::Issue::error(
            crate::scenario::Code::NoGame,
            "company",
            crate::scenario::Phrase::quote(practice.company.clone()),
            crate::scenario::Phrase::words("ph_quiz_played_year"),
        )]));
    };
    let kpis = report.kpis();
    let value = |key: &str| -> Option<Decimal> {
        kpis.entries().into_iter().find(|(k, _)| *k == key).and_then(|(_, v)| match v {
            KpiValue::Ratio(r) | KpiValue::Days(r) | KpiValue::Units(r) => r,
            KpiValue::Money(m) => Some(m.amount()),
        })
    };
    let mut figures = Vec::new();
    let mut push = |key: &str, value: Option<Decimal>, kind: Kind, weak: fn(Decimal) -> bool| {
        if let Some(value) = value {
            figures.push(GameFigure { key: key.to_string(), value: round(value, 4), kind, weak: weak(value) });
        }
    };
    let wacc = report.eva.wacc;
    let rebate_rate = report.income.rebates.amount().checked_div(report.income.revenue.amount());
    push("eva", Some(report.eva.eva.amount()), Kind::Money, |v| v < Decimal::ZERO);
    push("roic", value("roic"), Kind::Percent, |v| v < dec!(0.08));
    push("wacc", Some(wacc), Kind::Percent, |v| v > dec!(0.10));
    push("rebate_rate", rebate_rate, Kind::Percent, |v| v > dec!(0.08));
    push("ebit_margin", value("ebit_margin"), Kind::Percent, |v| v < dec!(0.05));
    push("gross_margin", value("gross_margin"), Kind::Percent, |v| v < dec!(0.25));
    push("dso_days", value("dso_days"), Kind::Days, |v| v > dec!(60));
    push("dio_days", value("dio_days"), Kind::Days, |v| v > dec!(90));
    push("dpo_days", value("dpo_days"), Kind::Days, |v| v < dec!(20));
    push("cash_conversion_cycle_days", value("cash_conversion_cycle_days"), Kind::Days, |v| v > dec!(100));
    push("roce", value("roce"), Kind::Percent, |v| v < dec!(0.10));
    push("equity_ratio", value("equity_ratio"), Kind::Percent, |v| v < dec!(0.30));
    push("gearing", value("gearing"), Kind::Multiple, |v| v > dec!(1.5));
    push("interest_coverage", value("interest_coverage"), Kind::Multiple, |v| v < dec!(3));
    push("free_cash_flow", value("free_cash_flow"), Kind::Money, |v| v < Decimal::ZERO);
    push("net_income", Some(report.income.net_income.amount()), Kind::Money, |v| v < Decimal::ZERO);
    push("capital_employed", Some(report.eva.capital_employed.amount()), Kind::Money, |_| false);
    Ok(TeamGame {
        workshop: practice.workshop,
        team: practice.team,
        company: practice.company,
        year: report.year,
        figures,
    })
}

/// The game's figures a topic explains, most telling first.
pub fn related(topic: Topic) -> &'static [&'static str] {
    match topic {
        Topic::Financing => &["equity_ratio", "gearing", "interest_coverage", "wacc"],
        Topic::CostAccounting => &["ebit_margin", "gross_margin", "rebate_rate"],
        Topic::Statements => &["net_income", "free_cash_flow", "equity_ratio"],
        Topic::CustomerKpis => &["dso_days", "dio_days", "roce", "ebit_margin"],
        Topic::ValueChain => &["dio_days", "dpo_days", "cash_conversion_cycle_days"],
        Topic::Eva => &["eva", "roic", "wacc", "capital_employed"],
        Topic::Appraisal => &["roic", "wacc", "free_cash_flow"],
        Topic::ValueMessage => &["eva", "rebate_rate", "ebit_margin"],
    }
}

/// The figures of `game` that `topic` explains.
pub fn figures_for(game: &TeamGame, topic: Topic) -> Vec<&GameFigure> {
    related(topic).iter().filter_map(|key| game.figures.iter().find(|f| f.key == *key)).collect()
}
