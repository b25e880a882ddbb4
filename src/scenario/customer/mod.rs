//! Input of the customer value lab: a customer's annual report from a RON file or a
//! spreadsheet, validated into the model's [`CustomerReport`](crate::model::customer::CustomerReport)
//! with every problem located (line and column, or sheet and cell).

pub mod case_file;
pub mod library;
pub mod report_file;
pub mod workbook;

pub use report_file::{RawIncome, RawReport, RawSheet, ReadReport, Volume, validate};

use std::path::Path;

use crate::scenario::Issues;

/// Parses and validates a report written in RON; `file` names it in every issue.
pub fn parse_report(text: &str, file: Option<&Path>) -> Result<ReadReport, Issues> {
    let raw: RawReport = crate::scenario::load::parse_ron(text, file)?;
    validate(raw).map_err(|issues| crate::scenario::located(issues, text, file))
}
