//! Integration tests: one binary for all (each extra test binary links bevy again).

mod appraise;
mod analyze;
