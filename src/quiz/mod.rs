//! The quiz duel between workshops: a question bank in RON files, calculation questions made
//! by the engine, duels and solo practice served to phones (HTML) and the game (JSON) by
//! `mehrwert serve`, and the trainer's view of which topics need work. Layering: it uses
//! `model`, `scenario` (file validation) and `sim` (the seeded generator); the command line
//! and the game's screens use it.

pub mod analytics;
pub mod bank;
pub mod client;
pub mod duel;
pub mod game;
pub mod generate;
pub mod load;
pub mod pages;
pub mod play;
pub mod server;
pub mod store;
