//! The market sheet: the public market report, one row per year and segment — what every
//! team saw after each year, so it is in every workbook.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::formats::{Style, print_setup};
use super::table::{self, Column, Value};
use super::{Context, number};
use crate::labels::label;

/// The market sheet, named `name`.
pub fn sheet(context: &Context, name: &str) -> Result<Worksheet, XlsxError> {
    let lang = context.lang;
    let columns = [
        Column::new("year", label("xl_year", lang), 14.0),
        Column::new("segment", label("xl_segment", lang), 24.0),
        Column::new("demand_units", label("xl_demand_units", lang), 16.0),
        Column::new("sold_units", label("xl_sold_units", lang), 16.0),
        Column::new("avg_net_price", label("xl_avg_net_price", lang), 14.0),
        Column::new("material_index", label("xl_material_index", lang), 14.0),
        Column::new("headlines", label("xl_headlines", lang), 80.0),
    ];
    let mut records = Vec::new();
    for market in context.input.market {
        for (index, segment) in market.segments.iter().enumerate() {
            records.push(vec![
                Value::Number(f64::from(market.year), Style::Year),
                Value::Text(context.segment_name(index)),
                Value::Number(segment.demand_units as f64, Style::Units),
                Value::Number(segment.sold_units as f64, Style::Units),
                Value::Number(number(segment.avg_net_price), Style::Price),
                Value::Number(number(market.material_index), Style::Index),
                Value::LongText(
                    market
                        .headlines
                        .iter()
                        .map(|h| context.input.scenario.text(h, context.lang))
                        .collect::<Vec<_>>()
                        .join(" · "),
                ),
            ]);
        }
    }
    let mut sheet = Worksheet::new();
    sheet.set_name(name)?;
    table::write(&mut sheet, &columns, &records, 2, context.formats)?;
    print_setup(&mut sheet, (table::HEADING_ROW, table::HEADING_ROW), lang)?;
    Ok(sheet)
}
