//! What a trainer hands out after a game: the debrief of a played game as files to keep.

pub mod workbook;
