//! The customer value lab's finance: a customer's published annual report, what it says
//! about value (KPIs, WACC, EVA, driver tree), and what an offer does to that value.
//!
//! Everything here uses the game's formulas (`value::eva_of`, `capital`, `appraisal`): a
//! key-account manager sees the customer's EVA move by the same rules as the company they
//! ran in the game.

pub mod analysis;
pub mod offer;
pub mod report;

pub use analysis::{CustomerAnalysis, analyse};
pub use offer::{Base, Category, Estimate, Lever, LeverKind, Offer, OfferValue, Scenario, TornadoBar, YearEffect};
pub use report::{CustomerReport, FigureUnit, ReportIncome, ReportSheet};
