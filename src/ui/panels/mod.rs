//! The screens' panels: functions of what they show that return what the player asked for.

pub mod coach;
pub mod console;
pub mod debrief;
pub mod decide;
pub mod file_dialog;
pub mod final_ranking;
pub mod glossary;
pub mod handover;
pub mod host_setup;
pub mod join;
pub mod journal;
pub mod lab_analysis;
pub mod lab_message;
pub mod lab_offer;
pub mod lab_report;
pub mod menu;
pub mod peek;
pub mod practice;
pub mod projector;
pub mod results;
pub mod setup;
pub mod submit;
pub mod team;
pub mod title;
pub mod value;
