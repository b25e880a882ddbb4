//! One company's sheet: its statements, KPIs, EVA and volumes by year, with four charts.
//! Private to the company: only the room's workbook and the team's own have it.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::formats::{Style, print_setup};
use super::lines::Entry;
use super::{Context, charts, euros, lines, number, term};
use crate::labels::label;
use crate::model::Money;
use crate::model::kpi::{KpiValue, is_multiple};
use crate::sim::{CompanyReports, YearReport};

/// The sheet of `company`, named `name`.
pub fn sheet(context: &Context, company: &CompanyReports, name: &str) -> Result<Worksheet, XlsxError> {
    let years = context.years();
    let reports: Vec<Option<&YearReport>> =
        years.iter().map(|year| company.history.iter().find(|r| r.year == *year)).collect();
    let entries = entries(context, &reports);
    let mut sheet = Worksheet::new();
    sheet.set_name(name)?;
    let rows = lines::write(&mut sheet, &company.name, &years, &entries, context.formats)?;
    print_setup(&mut sheet, (0, 0), context.lang)?;
    charts::company(&mut sheet, name, years.len(), &rows, context.lang)?;
    Ok(sheet)
}

/// The lines of one statement of a report, as (key, amount).
type LinesOf = fn(&YearReport) -> Vec<(&'static str, Money)>;

/// Every block of the sheet, in reading order.
fn entries(context: &Context, reports: &[Option<&YearReport>]) -> Vec<Entry> {
    let lang = context.lang;
    let mut entries = Vec::new();
    let statements: [(&str, &str, LinesOf); 3] = [
        ("income_statement", "income", |r| r.income.lines().to_vec()),
        ("balance_sheet", "balance", |r| r.closing.lines().to_vec()),
        ("cash_flow", "cash_flow", |r| r.cash_flow.lines().to_vec()),
    ];
    for (title, prefix, lines_of) in statements {
        entries.push(Entry::Title(label(title, lang).to_string()));
        entries.extend(statement(prefix, reports, lines_of, context));
        entries.push(Entry::Gap);
    }
    entries.push(Entry::Title(label("xl_kpis", lang).to_string()));
    entries.extend(kpis(reports, context));
    entries.push(Entry::Gap);
    entries.push(Entry::Title(label("xl_value", lang).to_string()));
    entries.extend(value(reports, context));
    entries.push(Entry::Gap);
    entries.push(Entry::Title(label("xl_volume", lang).to_string()));
    entries.extend(volume(reports, context));
    entries
}

/// A line of `key` whose value in each year is `value` of that year's report.
fn line(
    key: impl Into<String>,
    label: impl Into<String>,
    style: Style,
    reports: &[Option<&YearReport>],
    value: impl Fn(&YearReport) -> Option<f64>,
) -> Entry {
    Entry::line(key, label, style, reports.iter().map(|r| r.and_then(&value)).collect())
}

fn statement(prefix: &str, reports: &[Option<&YearReport>], lines_of: LinesOf, context: &Context) -> Vec<Entry> {
    let Some(first) = reports.iter().flatten().next() else { return Vec::new() };
    let keys: Vec<&'static str> = lines_of(first).into_iter().map(|(key, _)| key).collect();
    (0..keys.len())
        .map(|index| {
            let key = keys[index];
            line(format!("{prefix}.{key}"), label(key, context.lang), Style::Money, reports, |r| {
                lines_of(r).get(index).map(|(_, amount)| euros(*amount))
            })
        })
        .collect()
}

fn kpis(reports: &[Option<&YearReport>], context: &Context) -> Vec<Entry> {
    let table: Vec<Option<Vec<(&'static str, KpiValue)>>> =
        reports.iter().map(|r| r.map(|r| r.kpis().entries())).collect();
    crate::model::kpi::keys()
        .iter()
        .enumerate()
        .map(|(index, key)| {
            let values: Vec<Option<f64>> = table
                .iter()
                .map(|entries| entries.as_ref().and_then(|e| e.get(index)).and_then(|(_, value)| kpi_number(*value)))
                .collect();
            let kind = table.iter().flatten().find_map(|e| e.get(index)).map(|(_, value)| *value);
            Entry::line(format!("kpi.{key}"), term(key, context.lang), kpi_style(key, kind), values)
        })
        .collect()
}

fn kpi_number(value: KpiValue) -> Option<f64> {
    match value {
        KpiValue::Money(amount) => Some(euros(amount)),
        KpiValue::Ratio(v) | KpiValue::Days(v) | KpiValue::Units(v) => v.map(number),
    }
}

fn kpi_style(key: &str, kind: Option<KpiValue>) -> Style {
    match kind {
        Some(KpiValue::Money(_)) => Style::Money,
        Some(KpiValue::Days(_)) => Style::Days,
        Some(KpiValue::Units(_)) => Style::Units,
        _ if is_multiple(key) => Style::Multiple,
        _ => Style::Percent,
    }
}

fn value(reports: &[Option<&YearReport>], context: &Context) -> Vec<Entry> {
    let lang = context.lang;
    vec![
        line("eva.nopat", label("xl_nopat", lang), Style::Money, reports, |r| Some(euros(r.eva.nopat))),
        line("eva.capital_employed_opening", label("xl_ce_opening", lang), Style::Money, reports, |r| {
            Some(euros(r.opening.capital_employed()))
        }),
        line("eva.capital_employed_closing", label("xl_ce_closing", lang), Style::Money, reports, |r| {
            Some(euros(r.closing.capital_employed()))
        }),
        line("eva.capital_employed", label("xl_ce_average", lang), Style::Money, reports, |r| {
            Some(euros(r.eva.capital_employed))
        }),
        line("eva.wacc", label("wacc", lang), Style::Rate, reports, |r| Some(number(r.eva.wacc))),
        line("eva.capital_charge", label("xl_capital_charge", lang), Style::Money, reports, |r| {
            Some(euros(r.eva.capital_charge))
        }),
        line("eva.eva", label("eva", lang), Style::Money, reports, |r| Some(euros(r.eva.eva))),
        line("score", label("score", lang), Style::Money, reports, |r| Some(euros(r.score))),
    ]
}

fn volume(reports: &[Option<&YearReport>], context: &Context) -> Vec<Entry> {
    let lang = context.lang;
    let units = |n: u64| Some(n as f64);
    let mut entries = vec![
        line("capacity_units", label("xl_capacity_units", lang), Style::Units, reports, |r| units(r.capacity_units)),
        line("produced_units", label("xl_produced_units", lang), Style::Units, reports, |r| units(r.produced_units)),
        line("inventory_units", label("xl_inventory_units", lang), Style::Units, reports, |r| units(r.inventory_units)),
    ];
    let segments = reports.iter().flatten().map(|r| r.segments.len()).max().unwrap_or(0);
    for s in 0..segments {
        let name = context.segment_name(s);
        let text = |id: &str| crate::i18n::message(id, lang, &[("segment", name.clone().into())]);
        let segment = move |r: &YearReport| r.segments.get(s).cloned();
        entries.extend([
            line(format!("segment.{s}.demand_units"), text("xl_segment_demand"), Style::Units, reports, |r| {
                segment(r).map(|x| x.demand_units as f64)
            }),
            line(format!("segment.{s}.sold_units"), text("xl_segment_sold"), Style::Units, reports, |r| {
                segment(r).map(|x| x.sold_units as f64)
            }),
            line(format!("segment.{s}.net_price"), text("xl_segment_net_price"), Style::Price, reports, |r| {
                segment(r).map(|x| number(x.net_price))
            }),
            line(format!("segment.{s}.net_revenue"), text("xl_segment_net_revenue"), Style::Money, reports, |r| {
                segment(r).map(|x| euros(x.net_revenue))
            }),
            line(format!("segment.{s}.market_share"), text("xl_segment_share"), Style::Percent, reports, |r| {
                segment(r).map(|x| number(x.market_share))
            }),
        ]);
    }
    entries
}
