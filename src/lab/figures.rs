//! How the lab writes a KPI or driver-tree value and names it: the same words and number
//! formats on the command line, on the lab's screen and in the handout.

use crate::i18n::{Arg, message};
use crate::model::format::{self, Locale};
use crate::model::kpi::{self, KpiValue};

/// The label of a KPI or driver-tree key (message `analyze_<key>`).
pub fn figure_name(key: &str, locale: Locale) -> String {
    message(&format!("analyze_{key}"), locale, &[])
}

/// One value as a reader of `locale` expects it, amounts in `currency`; "–" where the
/// figure is not defined.
pub fn value_text(key: &str, value: KpiValue, currency: &str, locale: Locale) -> String {
    const MISSING: &str = "–";
    match value {
        KpiValue::Ratio(Some(v)) if kpi::is_multiple(key) => format!("{}×", format::decimal(v, 2, locale)),
        KpiValue::Ratio(Some(v)) => format::percent(v, 2, locale),
        KpiValue::Days(Some(v)) => {
            message("analyze_days", locale, &[("days", Arg::from(format::decimal(v, 1, locale)))])
        }
        KpiValue::Units(Some(v)) => {
            message("analyze_units", locale, &[("units", Arg::from(format::decimal(v, 0, locale)))])
        }
        KpiValue::Money(amount) => format::money_in(amount, 2, currency, locale),
        KpiValue::Ratio(None) | KpiValue::Days(None) | KpiValue::Units(None) => MISSING.to_string(),
    }
}
