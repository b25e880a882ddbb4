//! Every text of the game's screens in German and English.
//!
//! The texts live in the Fluent files (see [`crate::i18n`]). To add a text, add a message
//! `ui_<key>` to BOTH `assets/locales/de/mehrwert.ftl` and `assets/locales/en/mehrwert.ftl`
//! (not here); a test fails when a key the code passes to `tr` is missing from either.
//! Statement and KPI lines come from [`crate::labels`].

use crate::model::format::Locale;

/// The text for `key`; an unknown key is shown as itself so it is noticed, and a test
/// checks that every key the screens use is known.
pub fn tr(key: &str, lang: Locale) -> &str {
    crate::i18n::screen_text(key, lang).unwrap_or_else(|| crate::labels::label(key, lang))
}

/// The screen text of `key` (message `ui_<key>`) with its Fluent arguments filled in.
pub fn tr_args(key: &str, lang: Locale, args: &[(&'static str, crate::i18n::Arg)]) -> String {
    crate::i18n::message(&format!("ui_{key}"), lang, args)
}
