//! Calculation questions made by the engine: a template draws round figures from a seed,
//! Mehrwert's own model computes the answer, and the wrong options are the results of the
//! typical mistakes (tax forgotten in NOPAT, closing instead of average capital, margin
//! confused with mark-up …). The id `calc_<template>_<seed>` regenerates the same question,
//! so the server stores only the id and checks every answer exactly.

use crate::model::rounding::round;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::bank::{Question, QuestionText, Topic};
use crate::model::format::{self, Locale};
use crate::model::money::Money;
use crate::model::{appraisal, capital, kpi, value};
use crate::sim::rng::Rng;

/// The calculation templates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Template {
    /// EVA from EBIT, tax rate, WACC and the capital employed at both ends of the year.
    Eva,
    /// ROCE from EBIT and the capital employed at both ends of the year.
    Roce,
    /// DSO from receivables and revenue after rebates.
    Dso,
    /// NPV of a project with equal yearly cash flows.
    Npv,
    /// EBIT after two percentage points more rebate.
    Rebate,
    /// Break-even volume from fixed costs, price and variable cost.
    BreakEven,
    /// The price for a margin on cost (margin, not mark-up).
    Margin,
    /// WACC from the weights and costs of equity and debt.
    Wacc,
    /// Payback period of equal yearly cash flows.
    Payback,
    /// Cash conversion cycle from DSO, DIO and DPO.
    CashCycle,
    /// The customer's yearly capital charge saved by longer payment terms.
    PaymentTerms,
    /// Net income from EBIT, interest and tax.
    NetIncome,
}

impl Template {
    /// Every template.
    pub const ALL: [Template; 12] = [
        Template::Eva,
        Template::Roce,
        Template::Dso,
        Template::Npv,
        Template::Rebate,
        Template::BreakEven,
        Template::Margin,
        Template::Wacc,
        Template::Payback,
        Template::CashCycle,
        Template::PaymentTerms,
        Template::NetIncome,
    ];

    /// The key in the question's id.
    pub fn key(self) -> &'static str {
        match self {
            Template::Eva => "eva",
            Template::Roce => "roce",
            Template::Dso => "dso",
            Template::Npv => "npv",
            Template::Rebate => "rebate",
            Template::BreakEven => "break_even",
            Template::Margin => "margin",
            Template::Wacc => "wacc",
            Template::Payback => "payback",
            Template::CashCycle => "cash_cycle",
            Template::PaymentTerms => "terms",
            Template::NetIncome => "net_income",
        }
    }

    /// The topic the template trains.
    pub fn topic(self) -> Topic {
        match self {
            Template::Eva => Topic::Eva,
            Template::Roce | Template::Dso | Template::CashCycle => Topic::CustomerKpis,
            Template::Npv | Template::Payback => Topic::Appraisal,
            Template::Rebate | Template::BreakEven | Template::Margin => Topic::CostAccounting,
            Template::Wacc => Topic::Financing,
            Template::PaymentTerms => Topic::ValueChain,
            Template::NetIncome => Topic::Statements,
        }
    }

    /// The templates of `topic`.
    pub fn of(topic: Topic) -> impl Iterator<Item = Template> {
        Template::ALL.into_iter().filter(move |t| t.topic() == topic)
    }
}

/// True when `id` names a generated question.
pub fn is_generated(id: &str) -> bool {
    id.starts_with("calc_")
}

/// The id of the question `template` makes from `seed`.
pub fn id_of(template: Template, seed: u32) -> String {
    format!("calc_{}_{seed}", template.key())
}

/// The question behind a generated id; `None` for any other id.
pub fn question(id: &str) -> Option<Question> {
    let rest = id.strip_prefix("calc_")?;
    let (key, seed) = rest.rsplit_once('_')?;
    let template = Template::ALL.into_iter().find(|t| t.key() == key)?;
    if seed.starts_with('0') && seed != "0" {
        return None;
    }
    Some(generate(template, seed.parse().ok()?))
}

/// One figure of an option or a question, written in both languages.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Figure {
    /// Euros, whole when there are no cents.
    Euros(Decimal),
    /// A fraction shown as a percentage with this many decimals.
    Percent(Decimal, u32),
    /// A number with this many decimals and a unit word after it.
    Number(Decimal, u32, &'static str, &'static str),
}

impl Figure {
    fn text(self, lang: Locale) -> String {
        match self {
            Figure::Euros(amount) => {
                let money = Money::from_decimal(amount);
                if money.amount().fract().is_zero() {
                    format::money_whole(money, lang)
                } else {
                    format::money(money, lang)
                }
            }
            Figure::Percent(fraction, decimals) => format::percent(fraction, decimals, lang),
            Figure::Number(value, decimals, de, en) => {
                let number = format::decimal(value, decimals, lang);
                let unit = if lang == Locale::De { de } else { en };
                if unit.is_empty() { number } else { format!("{number} {unit}") }
            }
        }
    }
}

/// What a template draws: the question's figures, the right figure first, then the wrong
/// ones (each the result of one typical mistake), and the working for the explanation.
struct Drawn {
    glossary: &'static str,
    question: (String, String),
    right: Figure,
    wrong: [Figure; 3],
    working: (String, String),
}

/// A round figure: `min + k·step` for a random `k` below `steps`.
fn pick(rng: &mut Rng, min: i64, step: i64, steps: u64) -> Decimal {
    Decimal::from(min + step * i64::try_from(rng.below(steps)).unwrap_or(0))
}

/// The question `template` makes from `seed`. The right option's place among the four comes
/// from the seed too; the server shuffles the options per player anyway.
pub fn generate(template: Template, seed: u32) -> Question {
    let mut rng = Rng::new(u64::from(seed) ^ 0x6d65_6872_7765_7274);
    // Draw until the four options read differently in both languages (a handful of tries
    // at most: the mistakes give different figures for almost every draw).
    let mut drawn = draw(template, &mut rng);
    for _ in 0..20 {
        if distinct(&drawn) {
            break;
        }
        drawn = draw(template, &mut rng);
    }
    let place = usize::try_from(rng.below(4)).unwrap_or(0);
    let text = |lang: Locale| {
        let mut options: Vec<String> = drawn.wrong.iter().map(|f| f.text(lang)).collect();
        let answer = drawn.right.text(lang);
        options.insert(place, answer.clone());
        let (question, working) = match lang {
            Locale::De => (&drawn.question.0, &drawn.working.0),
            Locale::En => (&drawn.question.1, &drawn.working.1),
        };
        QuestionText { question: question.clone(), options, answer, explanation: working.clone() }
    };
    Question {
        id: id_of(template, seed),
        topic: template.topic(),
        glossary: drawn.glossary.to_string(),
        de: text(Locale::De),
        en: text(Locale::En),
    }
}

fn distinct(drawn: &Drawn) -> bool {
    [Locale::De, Locale::En].into_iter().all(|lang| {
        let mut texts: Vec<String> = drawn.wrong.iter().map(|f| f.text(lang)).collect();
        texts.push(drawn.right.text(lang));
        texts.sort();
        texts.dedup();
        texts.len() == 4
    })
}

fn eur(amount: Decimal, lang: Locale) -> String {
    Figure::Euros(amount).text(lang)
}

fn pct(fraction: Decimal, lang: Locale) -> String {
    Figure::Percent(fraction, 1).text(lang)
}

/// Both languages of a sentence with figures: `f(lang)`.
fn both(f: impl Fn(Locale) -> String) -> (String, String) {
    (f(Locale::De), f(Locale::En))
}

fn draw(template: Template, rng: &mut Rng) -> Drawn {
    match template {
        Template::Eva => draw_eva(rng),
        Template::Roce => draw_roce(rng),
        Template::Dso => draw_dso(rng),
        Template::Npv => draw_npv(rng),
        Template::Rebate => draw_rebate(rng),
        Template::BreakEven => draw_break_even(rng),
        Template::Margin => draw_margin(rng),
        Template::Wacc => draw_wacc(rng),
        Template::Payback => draw_payback(rng),
        Template::CashCycle => draw_cash_cycle(rng),
        Template::PaymentTerms => draw_terms(rng),
        Template::NetIncome => draw_net_income(rng),
    }
}

fn draw_eva(rng: &mut Rng) -> Drawn {
    let ebit = pick(rng, 400_000, 50_000, 17);
    let tax = pick(rng, 25, 5, 2) / dec!(100);
    let wacc = pick(rng, 6, 1, 5) / dec!(100);
    let opening = pick(rng, 3_000_000, 500_000, 9);
    let closing = opening + pick(rng, -1_000_000, 500_000, 5);
    let eva =
        value::eva_of(Money::from_decimal(ebit), Money::from_decimal(opening), Money::from_decimal(closing), tax, wacc);
    let nopat = eva.nopat.amount();
    let average = eva.capital_employed.amount();
    Drawn {
        glossary: "eva",
        question: both(|l| match l {
            Locale::De => format!(
                "Ein Kunde hat ein EBIT von {}, zahlt {} Steuern und hat Kapitalkosten (WACC) von {}. Das eingesetzte Kapital lag zu Jahresbeginn bei {}, am Jahresende bei {}. Wie hoch ist sein EVA?",
                eur(ebit, l),
                pct(tax, l),
                pct(wacc, l),
                eur(opening, l),
                eur(closing, l)
            ),
            Locale::En => format!(
                "A customer has EBIT of {}, pays {} tax and has a cost of capital (WACC) of {}. Capital employed was {} at the start of the year and {} at its end. What is the customer's EVA?",
                eur(ebit, l),
                pct(tax, l),
                pct(wacc, l),
                eur(opening, l),
                eur(closing, l)
            ),
        }),
        right: Figure::Euros(eva.eva.amount()),
        wrong: [
            Figure::Euros(ebit - wacc * average),
            Figure::Euros(nopat - wacc * closing),
            Figure::Euros(nopat - wacc * opening - wacc * (closing - opening) * dec!(2)),
        ],
        working: both(|l| match l {
            Locale::De => format!(
                "NOPAT = EBIT × (1 − Steuersatz) = {}; Ø eingesetztes Kapital = ({} + {}) / 2 = {}; EVA = NOPAT − WACC × Ø Kapital = {} − {} × {} = {}. Typische Fehler: die Steuer vergessen oder nur das Kapital am Jahresende verzinsen.",
                eur(nopat, l),
                eur(opening, l),
                eur(closing, l),
                eur(average, l),
                eur(nopat, l),
                pct(wacc, l),
                eur(average, l),
                eur(eva.eva.amount(), l)
            ),
            Locale::En => format!(
                "NOPAT = EBIT × (1 − tax rate) = {}; average capital employed = ({} + {}) / 2 = {}; EVA = NOPAT − WACC × average capital = {} − {} × {} = {}. Typical mistakes: forgetting the tax, or charging only the closing capital.",
                eur(nopat, l),
                eur(opening, l),
                eur(closing, l),
                eur(average, l),
                eur(nopat, l),
                pct(wacc, l),
                eur(average, l),
                eur(eva.eva.amount(), l)
            ),
        }),
    }
}

fn draw_roce(rng: &mut Rng) -> Drawn {
    let ebit = pick(rng, 300_000, 100_000, 10);
    let opening = pick(rng, 2_000_000, 500_000, 7);
    let closing = opening + pick(rng, 500_000, 500_000, 3);
    let revenue = pick(rng, 8_000_000, 1_000_000, 8);
    let tax = dec!(0.30);
    let average = value::average(Money::from_decimal(opening), Money::from_decimal(closing)).amount();
    let roce = kpi_ratio(ebit, average);
    Drawn {
        glossary: "roce",
        question: both(|l| match l {
            Locale::De => format!(
                "Umsatz {}, EBIT {}, Steuersatz {}. Eingesetztes Kapital: {} zu Jahresbeginn, {} zum Jahresende. Wie hoch ist der ROCE (auf das durchschnittliche Kapital)?",
                eur(revenue, l),
                eur(ebit, l),
                pct(tax, l),
                eur(opening, l),
                eur(closing, l)
            ),
            Locale::En => format!(
                "Revenue {}, EBIT {}, tax rate {}. Capital employed: {} at the start of the year, {} at its end. What is ROCE (on average capital)?",
                eur(revenue, l),
                eur(ebit, l),
                pct(tax, l),
                eur(opening, l),
                eur(closing, l)
            ),
        }),
        right: Figure::Percent(roce, 1),
        wrong: [
            Figure::Percent(kpi_ratio(ebit * (Decimal::ONE - tax), average), 1),
            Figure::Percent(kpi_ratio(ebit, closing), 1),
            Figure::Percent(kpi_ratio(ebit, revenue), 1),
        ],
        working: both(|l| match l {
            Locale::De => format!(
                "ROCE = EBIT / Ø eingesetztes Kapital = {} / {} = {}. Nach Steuern wäre es der ROIC; EBIT / Umsatz ist die EBIT-Marge.",
                eur(ebit, l),
                eur(average, l),
                pct(roce, l)
            ),
            Locale::En => format!(
                "ROCE = EBIT / average capital employed = {} / {} = {}. After tax it would be ROIC; EBIT / revenue is the EBIT margin.",
                eur(ebit, l),
                eur(average, l),
                pct(roce, l)
            ),
        }),
    }
}

/// `a / b`, zero when `b` is zero (the templates never draw a zero divisor).
fn kpi_ratio(a: Decimal, b: Decimal) -> Decimal {
    a.checked_div(b).unwrap_or_default()
}

fn draw_dso(rng: &mut Rng) -> Drawn {
    let gross = pick(rng, 10_000_000, 1_000_000, 11);
    let rebate = pick(rng, 5, 5, 3) / dec!(100);
    let net = gross * (Decimal::ONE - rebate);
    let receivables = round(net * pick(rng, 30, 5, 10) / dec!(365) / dec!(1000), 0) * dec!(1000);
    let cogs = round(net * dec!(0.6) / dec!(1000), 0) * dec!(1000);
    let days = |flow: Decimal| kpi::days(Money::from_decimal(receivables), flow).unwrap_or_default();
    let dso = days(net);
    let day = |v: Decimal| Figure::Number(v, 1, "Tage", "days");
    Drawn {
        glossary: "dso_days",
        question: both(|l| match l {
            Locale::De => format!(
                "Ein Kunde setzt brutto {} um und gewährt {} Rabatt. Seine Umsatzkosten betragen {}, seine Forderungen am Jahresende {}. Wie hoch ist seine DSO?",
                eur(gross, l),
                pct(rebate, l),
                eur(cogs, l),
                eur(receivables, l)
            ),
            Locale::En => format!(
                "A customer has gross sales of {} and grants {} rebates. Its cost of goods sold is {}, its receivables at year end {}. What is its DSO?",
                eur(gross, l),
                pct(rebate, l),
                eur(cogs, l),
                eur(receivables, l)
            ),
        }),
        right: day(dso),
        wrong: [
            day(days(gross)),
            day(days(cogs)),
            day(receivables.checked_mul(dec!(360)).unwrap_or_default().checked_div(net).unwrap_or_default()),
        ],
        working: both(|l| match l {
            Locale::De => format!(
                "DSO = Forderungen / Umsatz nach Rabatten × 365 = {} / {} × 365 = {} Tage. Rabatte gehören vom Umsatz abgezogen; die Umsatzkosten sind die Basis der DIO, nicht der DSO.",
                eur(receivables, l),
                eur(net, l),
                format::decimal(dso, 1, l)
            ),
            Locale::En => format!(
                "DSO = receivables / revenue after rebates × 365 = {} / {} × 365 = {} days. Rebates come off revenue; cost of goods sold is the base of DIO, not DSO.",
                eur(receivables, l),
                eur(net, l),
                format::decimal(dso, 1, l)
            ),
        }),
    }
}

fn draw_npv(rng: &mut Rng) -> Drawn {
    let outlay = pick(rng, 100_000, 20_000, 10);
    let years = usize::try_from(rng.below(3)).unwrap_or(0) + 3;
    let yearly = round(outlay * pick(rng, 28, 2, 8) / dec!(100) / dec!(1000), 0) * dec!(1000);
    let rate = pick(rng, 6, 1, 7) / dec!(100);
    let mut flows = vec![Money::from_decimal(-outlay)];
    flows.extend(std::iter::repeat_n(Money::from_decimal(yearly), years));
    let npv = appraisal::npv(rate, &flows).amount();
    let undiscounted = yearly * Decimal::from(years) - outlay;
    // The first flow counted at t = 0: every flow discounted one year too few.
    let too_early = appraisal::npv(rate, &flows[1..]).amount() - outlay;
    // The outlay discounted as if paid at the end of the first year.
    let outlay_discounted = npv + outlay - round(outlay / (Decimal::ONE + rate), 2);
    let count = Decimal::from(u32::try_from(years).unwrap_or(3));
    Drawn {
        glossary: "npv",
        question: both(|l| match l {
            Locale::De => format!(
                "Eine Anlage kostet heute {} und spart {} Jahre lang je {} am Jahresende. Kapitalkosten: {}. Wie hoch ist der Kapitalwert (NPV)?",
                eur(outlay, l),
                format::decimal(count, 0, l),
                eur(yearly, l),
                pct(rate, l)
            ),
            Locale::En => format!(
                "Equipment costs {} today and saves {} at the end of each of {} years. Cost of capital: {}. What is its net present value (NPV)?",
                eur(outlay, l),
                eur(yearly, l),
                format::decimal(count, 0, l),
                pct(rate, l)
            ),
        }),
        right: Figure::Euros(npv),
        wrong: [Figure::Euros(undiscounted), Figure::Euros(too_early), Figure::Euros(outlay_discounted)],
        working: both(|l| match l {
            Locale::De => format!(
                "NPV = −{} + Σ {} / (1 + {})^t für t = 1 … {} = {}. Ohne Abzinsung ergäben sich {}; wer die erste Einsparung sofort zählt, diskontiert jedes Jahr einmal zu wenig.",
                eur(outlay, l),
                eur(yearly, l),
                pct(rate, l),
                format::decimal(count, 0, l),
                eur(npv, l),
                eur(undiscounted, l)
            ),
            Locale::En => format!(
                "NPV = −{} + Σ {} / (1 + {})^t for t = 1 … {} = {}. Without discounting it would be {}; counting the first saving today discounts every year once too few.",
                eur(outlay, l),
                eur(yearly, l),
                pct(rate, l),
                format::decimal(count, 0, l),
                eur(npv, l),
                eur(undiscounted, l)
            ),
        }),
    }
}

fn draw_rebate(rng: &mut Rng) -> Drawn {
    let gross = pick(rng, 20_000_000, 2_000_000, 11);
    let rebate = pick(rng, 4, 2, 4) / dec!(100);
    let net = gross * (Decimal::ONE - rebate);
    let ebit = round(net * pick(rng, 6, 1, 6) / dec!(100) / dec!(1000), 0) * dec!(1000);
    let extra = dec!(0.02);
    let after = ebit - extra * gross;
    Drawn {
        glossary: "rebates",
        question: both(|l| match l {
            Locale::De => format!(
                "Bruttoumsatz {}, bisher {} Rabatt, EBIT {}. Der Vertrieb gibt 2 Prozentpunkte mehr Rabatt auf den Bruttoumsatz; Menge und Kosten bleiben gleich. Wie hoch ist das EBIT danach?",
                eur(gross, l),
                pct(rebate, l),
                eur(ebit, l)
            ),
            Locale::En => format!(
                "Gross sales {}, rebates so far {}, EBIT {}. Sales grants 2 percentage points more rebate on gross sales; volume and costs stay the same. What is EBIT afterwards?",
                eur(gross, l),
                pct(rebate, l),
                eur(ebit, l)
            ),
        }),
        right: Figure::Euros(after),
        wrong: [
            Figure::Euros(ebit * (Decimal::ONE - extra)),
            Figure::Euros(ebit - extra * net),
            Figure::Euros(ebit - extra * gross * dec!(0.7)),
        ],
        working: both(|l| match l {
            Locale::De => format!(
                "Jeder Rabatt-Euro fehlt voll im EBIT: 2 % × {} = {} weniger, also EBIT = {} − {} = {}. Das EBIT sinkt um {} seines Werts, nicht um 2 %.",
                eur(gross, l),
                eur(extra * gross, l),
                eur(ebit, l),
                eur(extra * gross, l),
                eur(after, l),
                pct(kpi_ratio(extra * gross, ebit), l)
            ),
            Locale::En => format!(
                "Every euro of rebate comes straight off EBIT: 2% × {} = {} less, so EBIT = {} − {} = {}. EBIT falls by {} of its value, not by 2%.",
                eur(gross, l),
                eur(extra * gross, l),
                eur(ebit, l),
                eur(extra * gross, l),
                eur(after, l),
                pct(kpi_ratio(extra * gross, ebit), l)
            ),
        }),
    }
}

fn draw_break_even(rng: &mut Rng) -> Drawn {
    let fixed = pick(rng, 200_000, 50_000, 17);
    let price = pick(rng, 80, 10, 13);
    let variable = price * pick(rng, 40, 5, 9) / dec!(100);
    let units = |per_unit: Decimal| fixed.checked_div(per_unit).unwrap_or_default().ceil();
    let unit = |v: Decimal| Figure::Number(v, 0, "Stück", "units");
    let break_even = units(price - variable);
    Drawn {
        glossary: "break_even_units",
        question: both(|l| match l {
            Locale::De => format!(
                "Fixkosten {} im Jahr, Preis {} je Stück, variable Kosten {} je Stück. Ab welcher Menge deckt das Produkt seine Kosten (Break-even, aufgerundet)?",
                eur(fixed, l),
                eur(price, l),
                eur(variable, l)
            ),
            Locale::En => format!(
                "Fixed costs {} a year, price {} per unit, variable cost {} per unit. From what volume does the product cover its costs (break-even, rounded up)?",
                eur(fixed, l),
                eur(price, l),
                eur(variable, l)
            ),
        }),
        right: unit(break_even),
        wrong: [unit(units(price)), unit(units(variable)), unit(units(price + variable))],
        working: both(|l| match l {
            Locale::De => format!(
                "Deckungsbeitrag je Stück = {} − {} = {}; Break-even = Fixkosten / Deckungsbeitrag = {} / {} = {} Stück. Wer durch den Preis teilt, vergisst die variablen Kosten.",
                eur(price, l),
                eur(variable, l),
                eur(price - variable, l),
                eur(fixed, l),
                eur(price - variable, l),
                format::decimal(break_even, 0, l)
            ),
            Locale::En => format!(
                "Contribution per unit = {} − {} = {}; break-even = fixed costs / contribution = {} / {} = {} units. Dividing by the price forgets the variable costs.",
                eur(price, l),
                eur(variable, l),
                eur(price - variable, l),
                eur(fixed, l),
                eur(price - variable, l),
                format::decimal(break_even, 0, l)
            ),
        }),
    }
}

fn draw_margin(rng: &mut Rng) -> Drawn {
    let cost = pick(rng, 60, 4, 20);
    let margin = pick(rng, 20, 5, 5) / dec!(100);
    let price = round(cost / (Decimal::ONE - margin), 2);
    Drawn {
        glossary: "gross_margin",
        question: both(|l| match l {
            Locale::De => format!(
                "Ein Teil kostet {} in der Herstellung. Der Vertrieb soll eine Marge von {} auf den Verkaufspreis erzielen. Welcher Preis ist das?",
                eur(cost, l),
                pct(margin, l)
            ),
            Locale::En => format!(
                "A part costs {} to make. Sales is to earn a margin of {} on the selling price. What price is that?",
                eur(cost, l),
                pct(margin, l)
            ),
        }),
        right: Figure::Euros(price),
        wrong: [
            Figure::Euros(round(cost * (Decimal::ONE + margin), 2)),
            Figure::Euros(round(cost * (Decimal::ONE - margin), 2)),
            Figure::Euros(round(cost / (Decimal::ONE + margin), 2)),
        ],
        working: both(|l| match l {
            Locale::De => format!(
                "Die Marge bezieht sich auf den Preis: Preis = Kosten / (1 − Marge) = {} / (1 − {}) = {}. Kosten × (1 + {}) wäre ein Aufschlag auf die Kosten — die Marge läge dann darunter.",
                eur(cost, l),
                pct(margin, l),
                eur(price, l),
                pct(margin, l)
            ),
            Locale::En => format!(
                "The margin is on the price: price = cost / (1 − margin) = {} / (1 − {}) = {}. Cost × (1 + {}) is a mark-up on cost — the margin would be lower.",
                eur(cost, l),
                pct(margin, l),
                eur(price, l),
                pct(margin, l)
            ),
        }),
    }
}

fn draw_wacc(rng: &mut Rng) -> Drawn {
    let equity = pick(rng, 4_000_000, 1_000_000, 7);
    let debt = pick(rng, 2_000_000, 1_000_000, 7);
    let cost_of_equity = pick(rng, 9, 1, 5) / dec!(100);
    let cost_of_debt = pick(rng, 4, 1, 3) / dec!(100);
    let tax = dec!(0.30);
    let leverage = debt / (debt + equity);
    let wacc = capital::cost_with_leverage(leverage, false, cost_of_equity, cost_of_debt, tax).wacc;
    let untaxed = capital::cost_with_leverage(leverage, false, cost_of_equity, cost_of_debt, Decimal::ZERO).wacc;
    let by_equity = kpi_ratio(debt, equity).min(Decimal::ONE);
    let wrong_weights = capital::cost_with_leverage(by_equity, false, cost_of_equity, cost_of_debt, tax).wacc;
    Drawn {
        glossary: "wacc",
        question: both(|l| match l {
            Locale::De => format!(
                "Eigenkapital {} zu {}, Fremdkapital {} zu {} Zins, Steuersatz {}. Wie hoch ist der WACC?",
                eur(equity, l),
                pct(cost_of_equity, l),
                eur(debt, l),
                pct(cost_of_debt, l),
                pct(tax, l)
            ),
            Locale::En => format!(
                "Equity {} at {}, debt {} at {} interest, tax rate {}. What is the WACC?",
                eur(equity, l),
                pct(cost_of_equity, l),
                eur(debt, l),
                pct(cost_of_debt, l),
                pct(tax, l)
            ),
        }),
        right: Figure::Percent(wacc, 2),
        wrong: [
            Figure::Percent(untaxed, 2),
            Figure::Percent((cost_of_equity + cost_of_debt) / dec!(2), 2),
            Figure::Percent(wrong_weights, 2),
        ],
        working: both(|l| match l {
            Locale::De => format!(
                "WACC = E/(E+D) × kE + D/(E+D) × kD × (1 − t) = {} × {} + {} × {} × {} = {}. Ohne den Steuervorteil der Zinsen wären es {}.",
                pct(Decimal::ONE - leverage, l),
                pct(cost_of_equity, l),
                pct(leverage, l),
                pct(cost_of_debt, l),
                pct(Decimal::ONE - tax, l),
                Figure::Percent(wacc, 2).text(l),
                Figure::Percent(untaxed, 2).text(l)
            ),
            Locale::En => format!(
                "WACC = E/(E+D) × kE + D/(E+D) × kD × (1 − t) = {} × {} + {} × {} × {} = {}. Without the tax shield on interest it would be {}.",
                pct(Decimal::ONE - leverage, l),
                pct(cost_of_equity, l),
                pct(leverage, l),
                pct(cost_of_debt, l),
                pct(Decimal::ONE - tax, l),
                Figure::Percent(wacc, 2).text(l),
                Figure::Percent(untaxed, 2).text(l)
            ),
        }),
    }
}

fn draw_payback(rng: &mut Rng) -> Drawn {
    let outlay = pick(rng, 120_000, 30_000, 10);
    // At most 6,7 years' inflows: discounted at 8 % it is paid back within 12 years too.
    let yearly = round(outlay * pick(rng, 15, 1, 21) / dec!(100) / dec!(1000), 0) * dec!(1000);
    let rate = dec!(0.08);
    let mut flows = vec![Money::from_decimal(-outlay)];
    flows.extend(std::iter::repeat_n(Money::from_decimal(yearly), 12));
    let payback = appraisal::payback_years(&flows).unwrap_or_default();
    let discounted = appraisal::discounted_payback_years(rate, &flows).unwrap_or_default();
    let year = |v: Decimal| Figure::Number(v, 1, "Jahre", "years");
    Drawn {
        glossary: "payback_years",
        question: both(|l| match l {
            Locale::De => format!(
                "Eine Investition kostet {} und bringt jedes Jahr {} Einzahlungsüberschuss. Nach wie vielen Jahren ist sie (ohne Abzinsung) amortisiert?",
                eur(outlay, l),
                eur(yearly, l)
            ),
            Locale::En => format!(
                "An investment costs {} and brings {} net cash inflow every year. After how many years has it paid for itself (undiscounted)?",
                eur(outlay, l),
                eur(yearly, l)
            ),
        }),
        right: year(payback),
        wrong: [year(discounted), year(kpi_ratio(yearly, outlay) * dec!(10)), year(payback.ceil() + Decimal::ONE)],
        working: both(|l| match l {
            Locale::De => format!(
                "Amortisationsdauer = Investition / jährlicher Überschuss = {} / {} = {} Jahre. Abgezinst mit 8 % dauerte es {} Jahre — die statische Rechnung schönt das Ergebnis.",
                eur(outlay, l),
                eur(yearly, l),
                format::decimal(payback, 1, l),
                format::decimal(discounted, 1, l)
            ),
            Locale::En => format!(
                "Payback = investment / yearly inflow = {} / {} = {} years. Discounted at 8% it would take {} years — the static view flatters the project.",
                eur(outlay, l),
                eur(yearly, l),
                format::decimal(payback, 1, l),
                format::decimal(discounted, 1, l)
            ),
        }),
    }
}

fn draw_cash_cycle(rng: &mut Rng) -> Drawn {
    let dso = pick(rng, 30, 5, 11);
    let dio = pick(rng, 40, 5, 13);
    let dpo = pick(rng, 20, 5, 9);
    let day = |v: Decimal| Figure::Number(v, 0, "Tage", "days");
    Drawn {
        glossary: "cash_conversion_cycle_days",
        question: both(|l| match l {
            Locale::De => format!(
                "Ein Kunde hat eine DSO von {} Tagen, eine DIO von {} Tagen und eine DPO von {} Tagen. Wie lang ist sein Cash Conversion Cycle?",
                dso, dio, dpo
            ),
            Locale::En => format!(
                "A customer has a DSO of {} days, a DIO of {} days and a DPO of {} days. How long is its cash conversion cycle?",
                dso, dio, dpo
            ),
        }),
        right: day(dso + dio - dpo),
        wrong: [day(dso + dio + dpo), day(dso - dio + dpo), day(dio - dso + dpo)],
        working: both(|l| match l {
            Locale::De => format!(
                "CCC = DSO + DIO − DPO = {} + {} − {} = {} Tage: So lange ist das Geld im Umlaufvermögen gebunden. Lieferantenkredit (DPO) verkürzt den Zyklus.",
                dso,
                dio,
                dpo,
                dso + dio - dpo
            ),
            Locale::En => format!(
                "CCC = DSO + DIO − DPO = {} + {} − {} = {} days: how long cash is tied up in working capital. Supplier credit (DPO) shortens the cycle.",
                dso,
                dio,
                dpo,
                dso + dio - dpo
            ),
        }),
    }
}

fn draw_terms(rng: &mut Rng) -> Drawn {
    let purchases = pick(rng, 1_825_000, 365_000, 10);
    let days = pick(rng, 15, 15, 4);
    let wacc = pick(rng, 7, 1, 5) / dec!(100);
    let freed = purchases * days / dec!(365);
    let saved = round(wacc * freed, 2);
    Drawn {
        glossary: "dpo_days",
        question: both(|l| match l {
            Locale::De => format!(
                "Ihr Kunde kauft bei Ihnen {} im Jahr. Sie verlängern sein Zahlungsziel um {} Tage. Sein WACC ist {}. Wie viel Kapitalkosten spart der Kunde dadurch im Jahr?",
                eur(purchases, l),
                days,
                pct(wacc, l)
            ),
            Locale::En => format!(
                "Your customer buys {} a year from you. You extend its payment terms by {} days. Its WACC is {}. How much cost of capital does the customer save per year?",
                eur(purchases, l),
                days,
                pct(wacc, l)
            ),
        }),
        right: Figure::Euros(saved),
        wrong: [
            Figure::Euros(round(freed, 2)),
            Figure::Euros(round(wacc * purchases, 2)),
            Figure::Euros(round(wacc * purchases * days / dec!(100), 2)),
        ],
        working: both(|l| match l {
            Locale::De => format!(
                "Freigesetztes Kapital = {} × {} / 365 = {}; Kapitalkosten = {} × {} = {} im Jahr. {} ist nur das einmalig freigesetzte Kapital, nicht der jährliche Wert.",
                eur(purchases, l),
                days,
                eur(freed, l),
                pct(wacc, l),
                eur(freed, l),
                eur(saved, l),
                eur(freed, l)
            ),
            Locale::En => format!(
                "Capital freed = {} × {} / 365 = {}; cost of capital = {} × {} = {} a year. {} is the capital freed once, not the value per year.",
                eur(purchases, l),
                days,
                eur(freed, l),
                pct(wacc, l),
                eur(freed, l),
                eur(saved, l),
                eur(freed, l)
            ),
        }),
    }
}

fn draw_net_income(rng: &mut Rng) -> Drawn {
    let ebit = pick(rng, 500_000, 100_000, 16);
    let interest = pick(rng, 50_000, 25_000, 7);
    let tax = pick(rng, 25, 5, 2) / dec!(100);
    let ebt = ebit - interest;
    let net = ebt * (Decimal::ONE - tax);
    Drawn {
        glossary: "net_income",
        question: both(|l| match l {
            Locale::De => format!(
                "EBIT {}, Zinsaufwand {}, Steuersatz {} auf das Ergebnis vor Steuern. Wie hoch ist der Jahresüberschuss?",
                eur(ebit, l),
                eur(interest, l),
                pct(tax, l)
            ),
            Locale::En => format!(
                "EBIT {}, interest expense {}, tax rate {} on earnings before tax. What is net income?",
                eur(ebit, l),
                eur(interest, l),
                pct(tax, l)
            ),
        }),
        right: Figure::Euros(net),
        wrong: [
            Figure::Euros(ebit * (Decimal::ONE - tax) - interest),
            Figure::Euros(ebit * (Decimal::ONE - tax)),
            Figure::Euros(ebt),
        ],
        working: both(|l| match l {
            Locale::De => format!(
                "EBT = EBIT − Zinsen = {} − {} = {}; Jahresüberschuss = EBT × (1 − {}) = {}. Zinsen mindern die Steuer: Wer sie erst nach Steuern abzieht, rechnet zu wenig.",
                eur(ebit, l),
                eur(interest, l),
                eur(ebt, l),
                pct(tax, l),
                eur(net, l)
            ),
            Locale::En => format!(
                "EBT = EBIT − interest = {} − {} = {}; net income = EBT × (1 − {}) = {}. Interest lowers tax: deducting it after tax gives too little.",
                eur(ebit, l),
                eur(interest, l),
                eur(ebt, l),
                pct(tax, l),
                eur(net, l)
            ),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_makes_valid_questions_from_many_seeds() {
        for template in Template::ALL {
            for seed in 0..300 {
                let q = generate(template, seed);
                assert_eq!(question(&q.id).as_ref(), Some(&q), "{}", q.id);
                for text in [&q.de, &q.en] {
                    assert_eq!(text.options.len(), 4, "{}", q.id);
                    let mut sorted = text.options.clone();
                    sorted.sort();
                    sorted.dedup();
                    assert_eq!(sorted.len(), 4, "{}: {:?}", q.id, text.options);
                    assert!(text.options.contains(&text.answer));
                }
                assert_eq!(
                    q.de.options.iter().position(|o| *o == q.de.answer),
                    q.en.options.iter().position(|o| *o == q.en.answer)
                );
                assert!(crate::glossary::entry(&q.glossary, Locale::De).is_some(), "{}", q.glossary);
            }
        }
    }

    /// The figures of an English text in order: `€1,234.5` → 1234.5, `7.5%` → 0.075.
    fn figures(text: &str) -> Vec<f64> {
        let mut out = Vec::new();
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let negative = chars[i] == '-' && chars.get(i + 1).is_some_and(|c| *c == '€' || c.is_ascii_digit());
            if chars[i].is_ascii_digit() || negative {
                let start = i;
                i += 1;
                while i < chars.len()
                    && (chars[i].is_ascii_digit()
                        || chars[i] == ','
                        || chars[i] == '€'
                        || (chars[i] == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
                {
                    i += 1;
                }
                let token: String = chars[start..i].iter().filter(|c| **c != ',' && **c != '€').collect();
                if let Ok(mut value) = token.parse::<f64>() {
                    if chars.get(i) == Some(&'%') {
                        value /= 100.0;
                    }
                    out.push(value);
                }
            } else {
                i += 1;
            }
        }
        out
    }

    /// Every template's answer recomputed from the figures in its English question with
    /// plain floating-point arithmetic (the textbook formula, not the model's code).
    #[test]
    fn answers_agree_with_the_textbook_formula() {
        for seed in 0..200 {
            for template in Template::ALL {
                let q = generate(template, seed);
                let f = figures(&q.en.question);
                let answer = figures(&q.en.answer)[0];
                let expected = match template {
                    // EBIT, tax, WACC, opening, closing.
                    Template::Eva => f[0] * (1.0 - f[1]) - f[2] * (f[3] + f[4]) / 2.0,
                    // revenue, EBIT, tax, opening, closing.
                    Template::Roce => f[1] / ((f[3] + f[4]) / 2.0),
                    // gross, rebate, cogs, receivables.
                    Template::Dso => f[3] / (f[0] * (1.0 - f[1])) * 365.0,
                    // outlay, yearly, years, rate.
                    Template::Npv => -f[0] + (1..=f[2] as i32).map(|t| f[1] / (1.0 + f[3]).powi(t)).sum::<f64>(),
                    // gross, rebate, EBIT.
                    Template::Rebate => f[2] - 0.02 * f[0],
                    // fixed, price, variable (the first figure after "2" is not there).
                    Template::BreakEven => (f[0] / (f[1] - f[2])).ceil(),
                    Template::Margin => f[0] / (1.0 - f[1]),
                    // equity, kE, debt, kD, tax.
                    Template::Wacc => (f[0] * f[1] + f[2] * f[3] * (1.0 - f[4])) / (f[0] + f[2]),
                    Template::Payback => f[0] / f[1],
                    Template::CashCycle => f[0] + f[1] - f[2],
                    // purchases, days, WACC.
                    Template::PaymentTerms => f[0] * f[1] / 365.0 * f[2],
                    // EBIT, interest, tax.
                    Template::NetIncome => (f[0] - f[1]) * (1.0 - f[2]),
                };
                let tolerance = match template {
                    Template::Wacc => 0.000051,
                    Template::Roce => 0.00051,
                    Template::Dso | Template::Payback => 0.051,
                    _ => 0.006,
                };
                assert!((answer - expected).abs() <= tolerance, "{}: {answer} ≠ {expected} ({})", q.id, q.en.question);
            }
        }
    }

    #[test]
    fn ids_that_are_not_generated_questions_give_none() {
        for id in
            ["calc_eva", "calc_eva_", "calc_eva_x", "calc_nope_1", "calc_eva_007", "calc_eva_99999999999", "eva_1"]
        {
            assert!(question(id).is_none(), "{id}");
        }
    }
}
