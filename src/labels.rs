//! Labels for statement lines and report headings, German and English; shared by the
//! command line and the game.
//!
//! The texts live in `assets/locales/{de,en}/mehrwert.ftl` (see [`crate::i18n`]) under the
//! same snake_case keys as in JSON and CSV; add a label to both files, not here.

use crate::model::format::{Locale, decimal, money, money_whole, percent, units};
use crate::model::kpi::{KpiValue, is_multiple};

/// The label of a statement line or report key; the key itself when unknown.
pub fn label(key: &str, locale: Locale) -> &str {
    crate::i18n::label_text(key, locale).unwrap_or(key)
}
/// The short name of a driver-tree node: the statement label where there is one, else the
/// glossary's term.
pub fn node_label(key: &str, lang: Locale) -> String {
    let label = label(key, lang);
    if label != key {
        return label.to_string();
    }
    crate::glossary::entry(key, lang).map_or_else(|| key.to_string(), |e| e.term.to_string())
}

/// True for a node that is an amount per unit (shown with cents).
pub fn is_per_unit(key: &str) -> bool {
    key == "average_net_price"
}

/// A driver-tree node's or KPI's value as reports print it: euros, percent, a multiple, units
/// or days; "–" when undefined.
pub fn node_value(key: &str, value: KpiValue, lang: Locale) -> String {
    match value {
        KpiValue::Money(m) if is_per_unit(key) => money(m, lang),
        KpiValue::Money(m) => money_whole(m, lang),
        KpiValue::Ratio(Some(v)) if is_multiple(key) => format!("{}×", decimal(v, 2, lang)),
        KpiValue::Ratio(Some(v)) => percent(v, 1, lang),
        KpiValue::Units(Some(v)) => units(u64::try_from(v.round()).unwrap_or(0), lang),
        KpiValue::Days(Some(v)) => {
            format!("{} {}", decimal(v, 0, lang), crate::i18n::screen_text("unit_days", lang).unwrap_or("d"))
        }
        _ => "–".to_string(),
    }
}
