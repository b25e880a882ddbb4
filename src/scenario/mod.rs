//! Scenario and decision files: RON formats, loading with located errors, validation.

pub mod decisions;
pub mod issue;
pub mod types;

pub use decisions::Decisions;
pub use issue::{Issue, Issues, Severity};
pub use types::*;

use std::path::Path;

/// The default scenario, embedded in the binary.
pub const DEFAULT_SCENARIO: &str = include_str!("../../scenarios/default.ron");
/// The short introduction scenario.
pub const INTRO_SCENARIO: &str = include_str!("../../scenarios/intro.ron");

/// Parses and validates a scenario from RON text; `file` names it in messages.
pub fn parse_scenario(text: &str, file: Option<&Path>) -> Result<Scenario, Issues> {
    let scenario: Scenario = ron::from_str(text).map_err(|e| {
        let mut issue = Issue::error("E-SYNTAX", "", e.code.to_string(), "a scenario in RON syntax");
        issue.file = file.map(Path::to_path_buf);
        issue.line = Some(e.span.start.line);
        issue.column = Some(e.span.start.col);
        Issues(vec![issue])
    })?;
    Ok(scenario)
}

/// The embedded default scenario.
pub fn default_scenario() -> Scenario {
    match parse_scenario(DEFAULT_SCENARIO, Some(Path::new("scenarios/default.ron"))) {
        Ok(s) => s,
        Err(issues) => panic!("embedded default scenario is invalid (a test guards this):\n{issues}"),
    }
}
