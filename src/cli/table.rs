//! The year-by-year report a person reads in a terminal: news, leaderboard, and the three
//! statements with one column per company, in German (or English) number format.

use std::fmt::Write;

use super::export::{RunRecord, ranking};
use crate::labels::label;
use crate::model::Money;
use crate::model::format::{Locale, money_whole, percent};
use crate::sim::YearReport;

const LABEL_WIDTH: usize = 44;
const COLUMN_WIDTH: usize = 17;

/// Renders every year of the record.
pub fn render(record: &RunRecord, locale: Locale) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} — Seed {}", record.scenario, record.seed);
    for (y, market) in record.market.iter().enumerate() {
        let year = market.year;
        let reports: Vec<Option<&YearReport>> =
            record.companies.iter().map(|c| c.reports.iter().find(|r| r.year == year)).collect();
        let _ = writeln!(out, "\n══════ {} {year} ══════", label("fiscal_year", locale));
        if !market.headlines.is_empty() {
            let _ = writeln!(out, "{}: {}", label("news", locale), market.headlines.join(" · "));
        }
        leaderboard(&mut out, record, year, locale);
        let names: Vec<&str> = record.companies.iter().map(|c| c.id.as_str()).collect();
        statement(&mut out, "income_statement", &names, &reports, |r| r.income.lines().to_vec(), locale);
        statement(&mut out, "balance_sheet", &names, &reports, |r| r.closing.lines().to_vec(), locale);
        statement(&mut out, "cash_flow", &names, &reports, |r| r.cash_flow.lines().to_vec(), locale);
        for (company, report) in record.companies.iter().zip(&reports) {
            for warning in report.iter().flat_map(|r| &r.warnings) {
                let _ = writeln!(
                    out,
                    "{} {}: [{}] {}",
                    label("warnings", locale),
                    company.id,
                    warning.code(),
                    warning.message(locale)
                );
            }
        }
        let _ = y;
    }
    let _ = writeln!(out, "\n══════ {} ══════", label("final_ranking", locale));
    for entry in &record.ranking {
        let flag = if entry.insolvent { format!(" ({})", label("insolvent", locale)) } else { String::new() };
        let _ = writeln!(out, "{:>2}. {:<32} {:>18}{flag}", entry.rank, entry.name, money_whole(entry.score, locale));
    }
    out
}

fn leaderboard(out: &mut String, record: &RunRecord, year: u32, locale: Locale) {
    let _ = writeln!(out, "\n{}", label("leaderboard", locale));
    let _ = writeln!(
        out,
        "{:>4}  {:<30} {:<28} {:>15} {:>13} {:>8} {:>13} {:>15}",
        label("rank", locale),
        label("company", locale),
        label("decided_by", locale),
        label("net_revenue", locale),
        label("ebit", locale),
        label("roce", locale),
        label("eva", locale),
        label("score_short", locale)
    );
    // Rank by the score as it stood after this year.
    let upto: Vec<super::export::CompanyRecord> = record
        .companies
        .iter()
        .map(|c| super::export::CompanyRecord {
            id: c.id.clone(),
            name: c.name.clone(),
            strategy: c.strategy,
            reports: c.reports.iter().filter(|r| r.year <= year).cloned().collect(),
        })
        .collect();
    for entry in ranking(&upto) {
        let Some(company) = upto.iter().find(|c| c.id == entry.id) else { continue };
        let Some(r) = company.reports.last() else { continue };
        let by = if r.decided_by_person { label("person", locale) } else { label(company.strategy, locale) };
        let roce = r.kpis().roce.map(|v| percent(v, 1, locale)).unwrap_or_else(|| "–".into());
        let _ = writeln!(
            out,
            "{:>4}  {:<30} {:<28} {:>15} {:>13} {:>8} {:>13} {:>15}",
            entry.rank,
            truncate(&company.name, 30),
            by,
            money_whole(r.income.net_revenue, locale),
            money_whole(r.income.ebit, locale),
            roce,
            money_whole(r.eva.eva, locale),
            money_whole(r.score, locale),
        );
    }
}

fn statement(
    out: &mut String,
    title: &str,
    names: &[&str],
    reports: &[Option<&YearReport>],
    lines: impl Fn(&YearReport) -> Vec<(&'static str, Money)>,
    locale: Locale,
) {
    let _ = write!(out, "\n{:<LABEL_WIDTH$}", label(title, locale));
    for name in names {
        let _ = write!(out, "{:>COLUMN_WIDTH$}", truncate(name, COLUMN_WIDTH - 1));
    }
    out.push('\n');
    let Some(first) = reports.iter().flatten().next() else { return };
    let keys: Vec<&'static str> = lines(first).into_iter().map(|(k, _)| k).collect();
    let columns: Vec<Vec<(&'static str, Money)>> = reports.iter().map(|r| r.map(&lines).unwrap_or_default()).collect();
    for (row, key) in keys.iter().enumerate() {
        let _ = write!(out, "  {:<w$}", truncate(label(key, locale), LABEL_WIDTH - 2), w = LABEL_WIDTH - 2);
        for column in &columns {
            let cell = column.get(row).map(|(_, m)| money_whole(*m, locale)).unwrap_or_default();
            let _ = write!(out, "{cell:>COLUMN_WIDTH$}");
        }
        out.push('\n');
    }
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        text.chars().take(max.saturating_sub(1)).chain(['…']).collect()
    }
}
