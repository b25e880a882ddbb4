//! The decisions sheet: every decision as applied (after capping), one row per company and
//! year, of the companies this audience may see.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::formats::{Style, print_setup};
use super::table::{self, Column, Value};
use super::{Context, euros, number};
use crate::labels::label;
use crate::sim::YearReport;

/// The decisions sheet, named `name`.
pub fn sheet(context: &Context, name: &str) -> Result<Worksheet, XlsxError> {
    let segments = context.input.scenario.segments.len();
    let columns = columns(context, segments);
    let mut records = Vec::new();
    for company in context.private {
        for report in &company.history {
            let mut record = vec![
                Value::Text(company.id.clone()),
                Value::Text(company.name.clone()),
                Value::Number(f64::from(report.year), Style::Year),
                Value::Text(decided_by(report, context).to_string()),
            ];
            record.extend(decision_values(report, segments));
            records.push(record);
        }
    }
    let mut sheet = Worksheet::new();
    sheet.set_name(name)?;
    table::write(&mut sheet, &columns, &records, 3, context.formats)?;
    print_setup(&mut sheet, (table::HEADING_ROW, table::HEADING_ROW), context.lang)?;
    Ok(sheet)
}

fn decided_by<'a>(report: &YearReport, context: &'a Context) -> &'a str {
    if report.decided_by_person { label("xl_by_person", context.lang) } else { label("xl_by_computer", context.lang) }
}

fn columns(context: &Context, segments: usize) -> Vec<Column> {
    let lang = context.lang;
    let mut columns = vec![
        Column::new("company_id", label("xl_company_id", lang), 12.0),
        Column::new("company", label("company", lang), 24.0),
        Column::new("year", label("xl_year", lang), 14.0),
        Column::new("decided_by", label("xl_decided_by", lang), 14.0),
    ];
    for s in 0..segments {
        let name = context.segment_name(s);
        let heading = |id: &str| crate::i18n::message(id, lang, &[("segment", name.clone().into())]);
        columns.extend([
            Column::new(format!("segment.{s}.list_price"), heading("xl_list_price"), 16.0),
            Column::new(format!("segment.{s}.rebate"), heading("xl_rebate"), 14.0),
            Column::new(format!("segment.{s}.payment_days"), heading("xl_payment_days"), 14.0),
            Column::new(format!("segment.{s}.salespeople"), heading("xl_salespeople"), 14.0),
        ]);
    }
    columns.extend([
        Column::new("production_units", label("xl_production_units", lang), 16.0),
        Column::new("marketing", label("marketing", lang), 16.0),
        Column::new("rnd", label("rnd", lang), 16.0),
        Column::new("lines_bought", label("xl_lines_bought", lang), 14.0),
        Column::new("projects", label("xl_projects", lang), 24.0),
        Column::new("loan_change", label("xl_loan_change", lang), 18.0),
        Column::new("equity_raised", label("equity_raised", lang), 16.0),
        Column::new("dividend", label("xl_dividend", lang), 16.0),
    ]);
    columns
}

/// The decision's figures in the order of [`columns`] after the first four.
fn decision_values(report: &YearReport, segments: usize) -> Vec<Value> {
    let d = &report.decisions;
    let mut values = Vec::new();
    for s in 0..segments {
        match d.segments.get(s) {
            Some(segment) => values.extend([
                Value::Number(number(segment.list_price), Style::Price),
                Value::Number(number(segment.rebate), Style::Percent),
                Value::Number(f64::from(segment.payment_days), Style::Days),
                Value::Number(f64::from(segment.salespeople), Style::People),
            ]),
            None => values.extend(std::iter::repeat_n(Value::Empty, 4)),
        }
    }
    values.extend([
        Value::Number(d.production_units as f64, Style::Units),
        Value::Number(euros(d.marketing), Style::Money),
        Value::Number(euros(d.rnd), Style::Money),
        Value::Number(f64::from(d.lines_bought), Style::Count),
        Value::Text(d.projects.join(", ")),
        Value::Number(euros(d.loan_change), Style::Money),
        Value::Number(euros(d.equity_raised), Style::Money),
        Value::Number(euros(d.dividend), Style::Money),
    ]);
    values
}
