//! The simulation: bevy ECS games and companies played through the fiscal-year schedule.
