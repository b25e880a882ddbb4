//! The customer value lab's outputs: a value case evaluated (worst, likely, best, realised,
//! tornado), the value message in words for each buying-centre role, and the one-page
//! handout as PDF and HTML. Finance comes from `model::customer`; this layer words and lays
//! it out for the command line and the game's lab screen.

pub mod document;
pub mod evaluate;
pub mod figures;
pub mod handout;
pub mod html;
pub mod message;
pub mod pdf;
