//! The layout of a table sheet (market, decisions): a hidden row of column keys, a row of
//! headings with a filter, then one row per record, so a trainer can sort and filter.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::formats::{Formats, Style};

/// One column: its key (as JSON names the field), heading and width in characters.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The key in the hidden first row, e.g. `avg_net_price` or `segment.0.list_price`.
    pub key: String,
    /// The heading in the workbook's language.
    pub heading: String,
    /// Column width in characters.
    pub width: f64,
}

impl Column {
    /// A column of `key` headed `heading`, `width` characters wide.
    pub fn new(key: impl Into<String>, heading: impl Into<String>, width: f64) -> Column {
        Column { key: key.into(), heading: heading.into(), width }
    }
}

/// One cell of a record.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A number with its style.
    Number(f64, Style),
    /// Text.
    Text(String),
    /// Text that may be long and wraps.
    LongText(String),
    /// No value: the cell stays empty.
    Empty,
}

/// The row of the headings; records start below it.
pub const HEADING_ROW: u32 = 1;

/// Writes the key row (hidden), the headings and `records`; the first `frozen_columns`
/// stay in view when scrolling right.
pub fn write(
    sheet: &mut Worksheet,
    columns: &[Column],
    records: &[Vec<Value>],
    frozen_columns: u16,
    formats: &Formats,
) -> Result<(), XlsxError> {
    for (index, column) in (0u16..).zip(columns) {
        sheet.write_string(0, index, &column.key)?;
        sheet.write_string_with_format(HEADING_ROW, index, &column.heading, &formats.heading)?;
        sheet.set_column_width(index, column.width)?;
    }
    sheet.set_row_hidden(0)?;
    for (row, record) in (HEADING_ROW + 1..).zip(records) {
        for (index, value) in (0u16..).zip(record) {
            match value {
                Value::Number(number, style) => sheet.write_number_with_format(row, index, *number, formats.of(*style)),
                Value::Text(text) => sheet.write_string_with_format(row, index, text, &formats.text),
                Value::LongText(text) => sheet.write_string_with_format(row, index, text, &formats.wrapped),
                Value::Empty => continue,
            }?;
        }
    }
    let last_row = HEADING_ROW + u32::try_from(records.len()).unwrap_or(0);
    let last_column = u16::try_from(columns.len().saturating_sub(1)).unwrap_or(0);
    sheet.autofilter(HEADING_ROW, 0, last_row, last_column)?;
    sheet.set_freeze_panes(HEADING_ROW + 1, frozen_columns)?;
    Ok(())
}
