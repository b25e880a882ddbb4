//! The machine-readable record of a played game, as JSON and as CSV (German Excel dialect
//! or plain RFC 4180). The JSON schema is documented in docs/run-json.md.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::model::Money;
use crate::model::kpi::KpiValue;
use crate::model::rounding::round;
use crate::scenario::Scenario;
use crate::sim::ranking::Standing;
use crate::sim::{CompanyReports, MarketYear, YearReport};

/// Schema identifier written into every JSON record.
pub const RUN_SCHEMA: &str = "mehrwert-run/3";

/// Everything a played game produced.
#[derive(Debug, Serialize)]
pub struct RunRecord {
    /// Schema identifier, [`RUN_SCHEMA`].
    pub schema: &'static str,
    /// The scenario's name.
    pub scenario: String,
    /// Seed of the game's random numbers.
    pub seed: u64,
    /// Years in this record (those played by this run and any loaded from a save).
    pub years: Vec<u32>,
    /// Public market report of every year in the record.
    pub market: Vec<MarketYear>,
    /// Every company with its reports, in scenario order.
    pub companies: Vec<CompanyRecord>,
    /// The final ranking: never-insolvent companies first, each group by score.
    pub ranking: Vec<RankEntry>,
}

/// One company and its annual reports.
#[derive(Debug, Serialize)]
pub struct CompanyRecord {
    /// Company id from the scenario.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The computer strategy that plays it when nobody decides.
    pub strategy: &'static str,
    /// Annual report of every year in the record, each written with its KPIs.
    #[serde(serialize_with = "reports_with_kpis")]
    pub reports: Vec<YearReport>,
}

/// A report as exported: its stored fields plus the KPIs derived from them.
#[derive(Serialize)]
struct ExportedReport<'a> {
    #[serde(flatten)]
    report: &'a YearReport,
    kpis: crate::model::kpi::Kpis,
}

fn reports_with_kpis<S: serde::Serializer>(reports: &[YearReport], serializer: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    let mut seq = serializer.serialize_seq(Some(reports.len()))?;
    for report in reports {
        seq.serialize_element(&ExportedReport { report, kpis: report.kpis() })?;
    }
    seq.end()
}

/// One line of the ranking by score.
#[derive(Debug, Serialize)]
pub struct RankEntry {
    /// Place in the ranking, 1 = best.
    pub rank: usize,
    /// Company id from the scenario.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Final cumulative score: discounted EVA less rescue charges (€).
    pub score: Money,
    /// True when the company was insolvent in any year of the record.
    pub insolvent: bool,
}

impl RunRecord {
    /// Builds the record from the reports of a game.
    pub fn new(scenario: &Scenario, seed: u64, market: &[MarketYear], companies: Vec<CompanyReports>) -> RunRecord {
        let companies: Vec<CompanyRecord> = companies
            .into_iter()
            .map(|c| CompanyRecord {
                strategy: scenario.companies.iter().find(|s| s.id == c.id).map_or("balanced", |s| s.strategy.key()),
                id: c.id,
                name: c.name,
                reports: c.history,
            })
            .collect();
        RunRecord {
            schema: RUN_SCHEMA,
            scenario: scenario.name.clone(),
            seed,
            years: market.iter().map(|m| m.year).collect(),
            market: market.to_vec(),
            ranking: ranking(&companies),
            companies,
        }
    }
}

/// Companies in the order of [`crate::sim::ranking`], best first.
pub fn ranking(companies: &[CompanyRecord]) -> Vec<RankEntry> {
    let standings: Vec<Standing> = companies.iter().map(|c| Standing::of(&c.reports)).collect();
    crate::sim::ranking::order(&standings)
        .into_iter()
        .enumerate()
        .map(|(place, i)| RankEntry {
            rank: place + 1,
            id: companies[i].id.clone(),
            name: companies[i].name.clone(),
            score: standings[i].score,
            insolvent: standings[i].insolvent,
        })
        .collect()
}

/// The CSV flavour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CsvDialect {
    /// `;` separated, decimal comma, UTF-8 with BOM: what German Excel opens correctly.
    Excel,
    /// RFC 4180: `,` separated, decimal point, no BOM.
    Rfc4180,
}

/// One row per company, year and figure: `year, company_id, company, section, key, value`.
pub fn to_csv(record: &RunRecord, dialect: CsvDialect) -> String {
    let (sep, bom) = match dialect {
        CsvDialect::Excel => (';', "\u{feff}"),
        CsvDialect::Rfc4180 => (',', ""),
    };
    let mut out = String::from(bom);
    let header = ["year", "company_id", "company", "section", "key", "value"];
    push_row(&mut out, sep, header.iter().map(|s| s.to_string()));
    for company in &record.companies {
        for r in &company.reports {
            let mut row = |section: &str, key: &str, value: String| {
                let fields =
                    [r.year.to_string(), company.id.clone(), company.name.clone(), section.into(), key.into(), value];
                push_row(&mut out, sep, fields.into_iter());
            };
            let money = |m: Money| number(m.amount(), dialect);
            for (key, value) in r.income.lines() {
                row("income", key, money(value));
            }
            for (key, value) in r.closing.lines() {
                row("balance", key, money(value));
            }
            for (key, value) in r.cash_flow.lines() {
                row("cash_flow", key, money(value));
            }
            for (key, value) in r.kpis().entries() {
                let text = match value {
                    KpiValue::Money(m) => money(m),
                    KpiValue::Ratio(v) | KpiValue::Days(v) | KpiValue::Units(v) => {
                        v.map(|d| number(round(d, 6), dialect)).unwrap_or_default()
                    }
                };
                row("kpi", key, text);
            }
            row("eva", "nopat", money(r.eva.nopat));
            row("eva", "capital_employed", money(r.eva.capital_employed));
            row("eva", "wacc", number(round(r.eva.wacc, 6), dialect));
            row("eva", "capital_charge", money(r.eva.capital_charge));
            row("eva", "eva", money(r.eva.eva));
            row("score", "score", money(r.score));
            for (s, seg) in r.segments.iter().enumerate() {
                let section = format!("segment_{s}");
                row(&section, "sold_units", seg.sold_units.to_string());
                row(&section, "net_price", number(round(seg.net_price, 4), dialect));
                row(&section, "market_share", number(round(seg.market_share, 6), dialect));
            }
        }
    }
    out
}

/// A decimal in the dialect's notation, never in scientific notation.
fn number(value: Decimal, dialect: CsvDialect) -> String {
    let text = value.normalize().to_string();
    match dialect {
        CsvDialect::Excel => text.replace('.', ","),
        CsvDialect::Rfc4180 => text,
    }
}

/// Appends one CRLF-terminated row, quoting fields that need it (RFC 4180 §2).
fn push_row(out: &mut String, sep: char, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(sep);
        }
        if field.contains([sep, '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_separators_or_quotes_are_quoted() {
        let mut out = String::new();
        push_row(&mut out, ';', ["a;b".to_string(), "say \"hi\"".to_string(), "plain".to_string()].into_iter());
        assert_eq!(out, "\"a;b\";\"say \"\"hi\"\"\";plain\r\n");
    }

    #[test]
    fn excel_numbers_use_a_decimal_comma() {
        assert_eq!(number(Decimal::new(-123456, 2), CsvDialect::Excel), "-1234,56");
        assert_eq!(number(Decimal::new(-123456, 2), CsvDialect::Rfc4180), "-1234.56");
    }
}
