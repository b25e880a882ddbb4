//! Mehrwert: a CFO business simulation whose engine books every decision in double-entry ledgers.
//!
//! Layers depend one way: [`model`] (pure finance) ← [`scenario`] (files and validation)
//! ← [`sim`] (bevy ECS fiscal year) ← `ui`; the command line ([`cli`]) sits on top. The
//! customer value lab's wording and handouts ([`lab`]) sit on `model` and `scenario`.

pub mod cli;
pub mod db;
pub mod debrief;
pub mod files;
pub mod glossary;
pub mod i18n;
pub mod lab;
pub mod labels;
pub mod model;
pub mod quiz;
pub mod scenario;
pub mod sim;
#[cfg(feature = "gui")]
pub mod ui;
pub mod workshop;
