//! The workbook's native Excel charts: they read the sheet's cells, so a trainer who
//! corrects or extends a figure sees the chart follow.

use std::collections::BTreeMap;

use rust_xlsxwriter::{Chart, ChartLegendPosition, ChartType, Worksheet, XlsxError};

use super::lines::FIRST_YEAR_COLUMN;
use crate::labels::label;
use crate::model::format::Locale;

/// Rows a chart is tall, columns it is wide, on the sheet's grid.
const CHART_ROWS: u32 = 16;
const CHART_COLUMNS: u16 = 8;

/// What one chart shows: its title, kind and the keys of the lines it draws.
struct Plan<'a> {
    title: String,
    kind: ChartType,
    keys: &'a [&'a str],
}

/// Four charts beside a company's figures: net revenue, EBIT, ROCE against WACC, EVA.
pub fn company(
    sheet: &mut Worksheet,
    sheet_name: &str,
    years: usize,
    rows: &BTreeMap<String, u32>,
    lang: Locale,
) -> Result<(), XlsxError> {
    let plans = [
        Plan { title: label("net_revenue", lang).into(), kind: ChartType::Column, keys: &["income.net_revenue"] },
        Plan { title: label("ebit", lang).into(), kind: ChartType::Column, keys: &["income.ebit"] },
        Plan { title: label("xl_roce_wacc", lang).into(), kind: ChartType::Line, keys: &["kpi.roce", "eva.wacc"] },
        Plan { title: label("eva", lang).into(), kind: ChartType::Column, keys: &["eva.eva"] },
    ];
    let last_column = year_column(years.saturating_sub(1));
    let left = last_column + 2;
    for (index, plan) in (0u32..).zip(&plans) {
        let mut chart = Chart::new(plan.kind);
        for key in plan.keys {
            let Some(&row) = rows.get(*key) else { continue };
            chart
                .add_series()
                .set_name((sheet_name, row, 1))
                .set_categories((sheet_name, 0, FIRST_YEAR_COLUMN, 0, last_column))
                .set_values((sheet_name, row, FIRST_YEAR_COLUMN, row, last_column));
        }
        chart.title().set_name(plan.title.as_str());
        if plan.keys.len() == 1 {
            chart.legend().set_hidden();
        } else {
            chart.legend().set_position(ChartLegendPosition::Bottom);
        }
        let row = 1 + (index / 2) * CHART_ROWS;
        let column = left + u16::try_from(index % 2).unwrap_or(0) * CHART_COLUMNS;
        sheet.insert_chart(row, column, &chart)?;
    }
    Ok(())
}

/// EVA per company by year: one series per company row of `table`, its top left corner at
/// `at` (row, column).
pub fn eva_by_company(
    sheet: &mut Worksheet,
    sheet_name: &str,
    table: EvaTable,
    at: (u32, u16),
    lang: Locale,
) -> Result<(), XlsxError> {
    let mut chart = Chart::new(ChartType::Column);
    let first = table.label_column + 1;
    let last = table.label_column + u16::try_from(table.years).unwrap_or(0);
    for row in table.first_row..=table.last_row {
        chart
            .add_series()
            .set_name((sheet_name, row, table.label_column))
            .set_categories((sheet_name, table.header_row, first, table.header_row, last))
            .set_values((sheet_name, row, first, row, last));
    }
    chart.title().set_name(label("xl_eva_by_company", lang));
    chart.legend().set_position(ChartLegendPosition::Bottom);
    chart.set_width(640).set_height(360);
    sheet.insert_chart(at.0, at.1, &chart)?;
    Ok(())
}

/// Where the summary's EVA table stands.
#[derive(Clone, Copy, Debug)]
pub struct EvaTable {
    /// The row of the year headings.
    pub header_row: u32,
    /// The first company's row.
    pub first_row: u32,
    /// The last company's row.
    pub last_row: u32,
    /// The column of the company names; the years follow.
    pub label_column: u16,
    /// How many years.
    pub years: usize,
}

/// The column of the year at `index` on a company sheet.
fn year_column(index: usize) -> u16 {
    FIRST_YEAR_COLUMN + u16::try_from(index).unwrap_or(0)
}
