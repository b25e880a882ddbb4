//! The summary sheet: the game (scenario, seed, years), the public ranking of every company,
//! and EVA by year of the companies this audience may see, with a chart.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::charts::{self, EvaTable};
use super::formats::{Style, print_setup};
use super::{Context, euros};
use crate::labels::label;
use crate::sim::ranking::{Standing, order};

/// Row of the ranking's headings; the companies follow.
const RANKING_ROW: u32 = 5;

/// The summary sheet, named `name`.
pub fn sheet(context: &Context, name: &str) -> Result<Worksheet, XlsxError> {
    let (lang, formats) = (context.lang, context.formats);
    let mut sheet = Worksheet::new();
    sheet.set_name(name)?;
    let facts = [
        (label("xl_scenario", lang), context.input.scenario.text(&context.input.scenario.name, lang).to_string()),
        (label("xl_seed", lang), context.input.seed.to_string()),
    ];
    for (row, (key, value)) in (0u32..).zip(facts) {
        sheet.write_string_with_format(row, 0, key, &formats.heading)?;
        sheet.write_string(row, 1, value)?;
    }
    sheet.write_string_with_format(2, 0, label("xl_years", lang), &formats.heading)?;
    sheet.write_number(2, 1, context.years().len() as f64)?;
    let after_ranking = ranking(&mut sheet, context)?;
    let table = eva_table(&mut sheet, context, after_ranking + 1)?;
    if table.last_row >= table.first_row && table.years > 0 {
        // Below the table, so that it neither hides figures nor widens the printed page.
        charts::eva_by_company(&mut sheet, name, table, (table.last_row + 2, 0), lang)?;
    }
    sheet.set_column_width(0, 30)?;
    sheet.set_column_width(1, 30)?;
    // Rank, score and insolvent, and the years of the EVA table (whose first year is column 1).
    let last_column = u16::try_from(table.years.max(3)).unwrap_or(u16::MAX);
    sheet.set_column_range_width(2, last_column, 16)?;
    print_setup(&mut sheet, (0, 0), lang)?;
    Ok(sheet)
}

/// The public ranking, best first: rank, company, score, insolvent. Returns the next free row.
fn ranking(sheet: &mut Worksheet, context: &Context) -> Result<u32, XlsxError> {
    let (lang, formats) = (context.lang, context.formats);
    let companies = context.input.companies;
    sheet.write_string_with_format(RANKING_ROW - 1, 0, label("xl_ranking", lang), &formats.title)?;
    let headings =
        [label("rank", lang), label("company", lang), label("score_short", lang), label("xl_insolvent", lang)];
    for (column, heading) in (0u16..).zip(headings) {
        sheet.write_string_with_format(RANKING_ROW, column, heading, &formats.heading)?;
    }
    let standings: Vec<Standing> = companies.iter().map(|c| Standing::of(&c.history)).collect();
    let mut row = RANKING_ROW + 1;
    for (place, index) in (1u32..).zip(order(&standings)) {
        let standing = standings[index];
        let insolvent = if standing.insolvent { label("xl_yes", lang) } else { label("xl_no", lang) };
        sheet.write_number(row, 0, f64::from(place))?;
        sheet.write_string(row, 1, &companies[index].name)?;
        sheet.write_number_with_format(row, 2, euros(standing.score), formats.of(Style::Money))?;
        sheet.write_string(row, 3, insolvent)?;
        row += 1;
    }
    Ok(row)
}

/// EVA by year of the companies this audience may see, from row `top`.
fn eva_table(sheet: &mut Worksheet, context: &Context, top: u32) -> Result<EvaTable, XlsxError> {
    let (lang, formats) = (context.lang, context.formats);
    let years = context.years();
    sheet.write_string_with_format(top, 0, label("xl_eva_by_year", lang), &formats.title)?;
    let header_row = top + 1;
    sheet.write_string_with_format(header_row, 0, label("company", lang), &formats.heading)?;
    for (column, year) in (1u16..).zip(&years) {
        sheet.write_number_with_format(header_row, column, f64::from(*year), formats.of(Style::Year))?;
    }
    let mut row = header_row;
    for company in context.private {
        row += 1;
        sheet.write_string(row, 0, &company.name)?;
        for (column, year) in (1u16..).zip(&years) {
            if let Some(report) = company.history.iter().find(|r| r.year == *year) {
                sheet.write_number_with_format(row, column, euros(report.eva.eva), formats.of(Style::Money))?;
            }
        }
    }
    Ok(EvaTable { header_row, first_row: header_row + 1, last_row: row, label_column: 0, years: years.len() })
}
