//! Scenario and decision files: RON formats, loading with located errors, validation.
//!
//! Parse, then validate: [`parse_scenario`] and [`parse_decisions`] report every syntax and
//! data problem of a file at once, each with file, line, column and field path;
//! [`validate_scenario`] and [`validate_decisions`] then check ranges and references, and
//! [`located`] places their issues in the source. Formats and codes: docs/scenario-format.md.

pub mod customer;
pub mod decisions;
pub mod decisions_check;
pub mod economy;
pub mod issue;
pub mod load;
pub mod locate;
pub mod phrase;
mod ron_tree;
pub(crate) mod rules;
mod tolerant_de;
pub mod types;
pub mod validate;

pub use decisions::Decisions;
pub use decisions_check::{parse_decisions, read_decisions_file, validate_decisions};
pub use issue::{Code, Issue, Issues, Severity};
pub use load::{parse_scenario, parse_scenario_with_warnings, read_scenario_file, read_text_file};
pub use locate::{locate, located};
pub use phrase::{Phrase, Piece};
pub use types::*;
pub use validate::validate_scenario;

use std::path::Path;

/// The default scenario, embedded in the binary.
pub const DEFAULT_SCENARIO: &str = include_str!("../../scenarios/default.ron");
/// The short introduction scenario.
pub const INTRO_SCENARIO: &str = include_str!("../../scenarios/intro.ron");

/// The embedded default scenario. A test guards that it loads without any issue, so the
/// error arm is unreachable in a tested build; it exists so that nothing can panic.
pub fn default_scenario() -> Result<Scenario, Issues> {
    parse_scenario(DEFAULT_SCENARIO, Some(Path::new("scenarios/default.ron")))
}

/// The embedded introduction scenario (see [`default_scenario`]).
pub fn intro_scenario() -> Result<Scenario, Issues> {
    parse_scenario(INTRO_SCENARIO, Some(Path::new("scenarios/intro.ron")))
}

/// Top-level field names of a RON file, read token by token so that it also works on files
/// with syntax errors; used to tell scenarios, decision files and save games apart.
pub fn top_level_keys(text: &str) -> Vec<String> {
    ron_tree::top_level_keys(&load::normalize(text))
}
