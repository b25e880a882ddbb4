//! The layout of a sheet of lines by year, as an annual report prints it: a hidden key
//! column, the line's label, one column per fiscal year; blocks under bold titles.

use std::collections::BTreeMap;

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::formats::{Formats, Style};

/// First column of the years (A holds the keys, B the labels).
pub const FIRST_YEAR_COLUMN: u16 = 2;

/// One row of a line sheet.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    /// A block's title.
    Title(String),
    /// A line with one value per year.
    Line(Line),
    /// An empty row between blocks.
    Gap,
}

/// A line: its key, its label and one number per year (`None`: no value, an empty cell).
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// The key as JSON and CSV name the figure, e.g. `income.net_revenue`.
    pub key: String,
    /// The label in the workbook's language.
    pub label: String,
    /// How the numbers are shown.
    pub style: Style,
    /// One value per year, oldest first.
    pub values: Vec<Option<f64>>,
}

impl Entry {
    /// A line of `key`, labelled `label`, one value per year.
    pub fn line(key: impl Into<String>, label: impl Into<String>, style: Style, values: Vec<Option<f64>>) -> Entry {
        Entry::Line(Line { key: key.into(), label: label.into(), style, values })
    }
}

/// Writes the header row (`heading` over the labels, the years over the values) and
/// `entries` under it; returns the row of every line's key, for charts.
pub fn write(
    sheet: &mut Worksheet,
    heading: &str,
    years: &[u32],
    entries: &[Entry],
    formats: &Formats,
) -> Result<BTreeMap<String, u32>, XlsxError> {
    sheet.write_string(0, 0, "key")?;
    sheet.write_string_with_format(0, 1, heading, &formats.title)?;
    for (column, year) in (FIRST_YEAR_COLUMN..).zip(years) {
        sheet.write_number_with_format(0, column, f64::from(*year), formats.of(Style::Year))?;
        sheet.set_column_width(column, 15)?;
    }
    let mut rows = BTreeMap::new();
    for (row, entry) in (2u32..).zip(entries) {
        match entry {
            Entry::Title(title) => {
                sheet.write_string_with_format(row, 1, title, &formats.title)?;
            }
            Entry::Line(line) => {
                sheet.write_string(row, 0, &line.key)?;
                sheet.write_string(row, 1, &line.label)?;
                for (column, value) in (FIRST_YEAR_COLUMN..).zip(&line.values) {
                    if let Some(value) = value {
                        sheet.write_number_with_format(row, column, *value, formats.of(line.style))?;
                    }
                }
                rows.insert(line.key.clone(), row);
            }
            Entry::Gap => {}
        }
    }
    sheet.set_column_width(0, 12)?;
    sheet.set_column_hidden(0)?;
    sheet.set_column_width(1, 46)?;
    sheet.set_freeze_panes(1, FIRST_YEAR_COLUMN)?;
    Ok(rows)
}
