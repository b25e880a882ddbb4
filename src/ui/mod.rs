//! The desktop game: bevy + egui screens that read the simulation and submit decisions.
//!
//! Architecture invariant: nothing here books anything; every change to a game goes through
//! [`crate::sim`] (submit, play a year, save, load).

pub mod draft;
pub mod text;
