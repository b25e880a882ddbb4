//! The simulation: bevy ECS games and companies played through the fiscal-year schedule.
//!
//! Architecture invariant: only the phase systems book anything, and each books through a
//! pure rule function that sees one company; the market phase is the one place where the
//! companies of a game meet.

pub mod batch;
pub mod branch;
pub mod components;
pub mod drill;
pub mod explain;
pub mod finance;
pub mod market;
pub mod phases;
pub mod practice;
pub mod preview;
pub mod probe;
pub mod ranking;
pub mod report;
pub mod rng;
pub mod save;
pub mod schedule;
pub mod simulation;
pub mod spawn;
pub mod strategy;
pub mod warning;

pub use report::{MarketYear, YearReport};
pub use save::{SAVE_FORMAT_VERSION, SaveGame};
pub use simulation::{CompanyReports, GameId, SimError, Simulation};
