//! Labels for statement lines and report headings, German and English; shared by the
//! command line and the game.
//!
//! The texts live in `assets/locales/{de,en}/mehrwert.ftl` (see [`crate::i18n`]) under the
//! same snake_case keys as in JSON and CSV; add a label to both files, not here.

use crate::model::format::Locale;

/// The label of a statement line or report key; the key itself when unknown.
pub fn label(key: &str, locale: Locale) -> &str {
    crate::i18n::label_text(key, locale).unwrap_or(key)
}
