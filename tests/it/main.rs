//! Integration tests: one binary for all (each extra test binary links bevy again).

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test and benchmark helpers: a failure is the run's message"
)]

mod analyze;
mod appraise;
mod check;
mod cli_run;
mod debrief;
mod determinism;
mod economics;
mod explain;
mod fixtures;
mod hand_year;
mod invariants;
mod practice;
mod quiz;
mod quiz_page;
mod quiz_rules;
mod quiz_support;
mod reports;
mod sim;
mod strategies;
#[cfg(feature = "gui")]
mod ui_debrief;
#[cfg(feature = "gui")]
mod ui_decide;
#[cfg(feature = "gui")]
mod ui_flow;
#[cfg(feature = "gui")]
mod ui_fonts;
#[cfg(feature = "gui")]
mod ui_lab;
#[cfg(feature = "gui")]
mod ui_panels;
#[cfg(feature = "gui")]
mod ui_quiz;
#[cfg(feature = "gui")]
mod ui_results;
#[cfg(feature = "gui")]
mod ui_support;
#[cfg(feature = "gui")]
mod ui_team;
#[cfg(feature = "gui")]
mod ui_value;
#[cfg(feature = "gui")]
mod ui_window;
mod value_case;
mod workbook;
mod workshop;
#[cfg(feature = "gui")]
mod x11;
