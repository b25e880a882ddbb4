//! The glossary: for every statement line, KPI and value figure its definition, formula,
//! drivers and typical range, in German and English, for tooltips and the glossary screen.
//! The texts are Fluent messages `gl_<key>__<field>` in assets/locales/{de,en}/mehrwert.ftl.
//!
//! Keys are the snake_case keys the statements ([`IncomeStatement::lines`],
//! [`BalanceSheet::lines`], [`CashFlowStatement::lines`]), the KPIs ([`kpi::keys`]), EVA
//! ([`Eva`]), the driver tree ([`DriverTree::nodes`]) and project appraisal ([`Appraisal`])
//! use in reports and exports. A key that appears in several places (`net_income` in the
//! income statement and the cash-flow statement, `receivables` on the balance sheet and in
//! the driver tree) has one entry whose text fits every place.
//!
//! Architecture invariant: the formulas describe *this* game's definitions (returns on
//! the year's average balances, DSO on net revenue, capital employed without cash); a test
//! collects the keys from those functions, so a new line or KPI without glossary text
//! fails it. Typical ranges are for a mid-sized German industrial company.
//!
//! [`IncomeStatement::lines`]: crate::model::statements::IncomeStatement::lines
//! [`BalanceSheet::lines`]: crate::model::statements::BalanceSheet::lines
//! [`CashFlowStatement::lines`]: crate::model::statements::CashFlowStatement::lines
//! [`kpi::keys`]: crate::model::kpi::keys
//! [`Eva`]: crate::model::value::Eva
//! [`DriverTree::nodes`]: crate::model::value::DriverTree::nodes
//! [`Appraisal`]: crate::model::appraisal::Appraisal

use std::sync::OnceLock;

use crate::model::format::Locale;
use crate::model::kpi;
use crate::model::statements::{BalanceSheet, CashFlowStatement, IncomeStatement};
use crate::model::value::CostRatios;

/// One glossary entry in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The snake_case key of the line or KPI, as in reports and exports (`"roce"`).
    pub key: &'static str,
    /// The name a controller or CFO would use (`"Eigenkapitalquote"`, `"Equity ratio"`).
    pub term: &'static str,
    /// What it is, in one or two sentences.
    pub definition: &'static str,
    /// How the game computes it.
    pub formula: &'static str,
    /// Which decisions of the game move it.
    pub drivers: &'static str,
    /// A typical value for a mid-sized German industrial company.
    pub typical_range: &'static str,
}

/// The text of one field of `key`'s entry (Fluent message `gl_<key>__<field>`).
fn text(key: &str, field: &str, lang: Locale) -> Option<&'static str> {
    crate::i18n::glossary_text(key, field, lang)
}

/// The entry for `key` in `lang`; `None` when the glossary has no such key.
pub fn entry(key: &str, lang: Locale) -> Option<Entry> {
    let key = *all_keys().iter().find(|k| **k == key)?;
    Some(Entry {
        key,
        term: text(key, "term", lang)?,
        definition: text(key, "definition", lang)?,
        formula: text(key, "formula", lang)?,
        drivers: text(key, "drivers", lang)?,
        typical_range: text(key, "typical_range", lang)?,
    })
}

/// The customer lab's own figures (a published report has more lines than the game's books).
const LAB_KEYS: [&str; 8] = [
    "fixed_assets",
    "other_operating_assets",
    "other_operating_liabilities",
    "selling_ratio",
    "other_operating_ratio",
    "net_gearing",
    "operating_free_cash_flow",
    "dividends_paid",
];

/// Every key with an entry, in reading order: income statement, balance sheet, cash flow,
/// KPIs, value (EVA and its driver tree), project appraisal.
pub fn keys() -> &'static [&'static str] {
    all_keys()
}

/// The entries whose term, key or definition contains every word of `query`, ignoring
/// case and umlauts (`ae` finds `ä`, `ss` finds `ß`). Entries whose term matches come
/// first; within each group the order is that of [`keys`]. An empty query returns every
/// entry.
pub fn search(query: &str, lang: Locale) -> Vec<Entry> {
    let words: Vec<String> = query.split_whitespace().map(fold).collect();
    let mut in_term = Vec::new();
    let mut elsewhere = Vec::new();
    for entry in all_keys().iter().filter_map(|key| entry(key, lang)) {
        let term = fold(entry.term);
        let haystack = format!("{term} {} {}", fold(entry.key), fold(entry.definition));
        if !words.iter().all(|word| haystack.contains(word.as_str())) {
            continue;
        }
        if words.iter().all(|word| term.contains(word.as_str())) {
            in_term.push(entry);
        } else {
            elsewhere.push(entry);
        }
    }
    in_term.extend(elsewhere);
    in_term
}

/// Lower case with umlauts and ß spelled out, so "Überschuss", "ueberschuss" and
/// "UEBERSCHUSS" compare equal.
fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len() + 8);
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => folded.push_str("ae"),
            'ö' => folded.push_str("oe"),
            'ü' => folded.push_str("ue"),
            'ß' => folded.push_str("ss"),
            _ => folded.push(c),
        }
    }
    folded
}

/// The value figures with an entry, in reading order, around the driver tree's cost ratios
/// (which come from [`CostRatios::KEYS`]): EVA's parts, the average capital employed and its
/// fixed assets, and the WACC after its three drivers (leverage, cost of equity, cost of debt).
const VALUE_KEYS: [&str; 12] = [
    "nopat",
    "capital_employed",
    "net_fixed_assets",
    "leverage",
    "cost_of_equity",
    "cost_of_debt",
    "wacc",
    "capital_charge",
    "eva",
    "spread",
    "nopat_margin",
    "tax_rate",
];

/// The figures after the cost ratios: volume and price, score, project appraisal.
const LATER_KEYS: [&str; 8] = [
    "volume_units",
    "average_net_price",
    "score",
    "npv",
    "irr",
    "payback_years",
    "discounted_payback_years",
    "profitability_index",
];

/// Every key with an entry, in reading order: income statement, balance sheet, cash flow
/// (lines already shown once are not repeated), KPIs, value, appraisal — taken from the
/// places that define them, so a new line or KPI appears here by itself (and the coverage
/// test asks for its text). The texts are the Fluent messages `gl_<key>__<field>` in
/// assets/locales/{de,en}/mehrwert.ftl.
fn all_keys() -> &'static [&'static str] {
    static KEYS: OnceLock<Vec<&'static str>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let statements = IncomeStatement::default()
            .lines()
            .into_iter()
            .chain(BalanceSheet::default().lines())
            .chain(CashFlowStatement::default().lines())
            .map(|(key, _)| key);
        let mut keys: Vec<&'static str> = Vec::new();
        let figures =
            kpi::keys().iter().copied().chain(VALUE_KEYS).chain(CostRatios::KEYS).chain(LAB_KEYS).chain(LATER_KEYS);
        for key in statements.chain(figures) {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        keys
    })
}

#[cfg(test)]
mod tests {
    use crate::model::capital::CostOfCapital;
    use std::collections::BTreeSet;

    use rust_decimal_macros::dec;

    use super::*;
    use crate::model::appraisal::appraise;
    use crate::model::kpi;
    use crate::model::money::Money;
    use crate::model::statements::{BalanceSheet, CashFlowStatement, IncomeStatement};
    use crate::model::value::{driver_tree, eva};

    /// The field names of a serialisable struct, so a new field needs glossary text too.
    fn field_names(value: &impl serde::Serialize) -> Vec<String> {
        match serde_json::to_value(value) {
            Ok(serde_json::Value::Object(fields)) => fields.keys().cloned().collect(),
            other => panic!("expected a struct, got {other:?}"),
        }
    }

    /// Every key a report, export or tooltip can show.
    fn shown_keys() -> BTreeSet<String> {
        let income = IncomeStatement::default();
        let sheet = BalanceSheet::default();
        let mut shown: BTreeSet<String> = BTreeSet::new();
        shown.extend(income.lines().iter().map(|(key, _)| key.to_string()));
        shown.extend(sheet.lines().iter().map(|(key, _)| key.to_string()));
        shown.extend(CashFlowStatement::default().lines().iter().map(|(key, _)| key.to_string()));
        shown.extend(kpi::keys().iter().map(|key| key.to_string()));
        shown.extend(field_names(&eva(&income, &sheet, &sheet, dec!(0.3), dec!(0.08))));
        // The cumulative score lives on the year report (sim), beside the EVA fields.
        shown.insert("score".to_string());
        // One unit sold, so the tree includes volume and average net price.
        shown.extend(
            driver_tree(
                &income,
                &sheet,
                &sheet,
                dec!(0.3),
                CostOfCapital { wacc: dec!(0.08), ..CostOfCapital::default() },
                1,
            )
            .nodes()
            .iter()
            .map(|n| n.key.to_string()),
        );
        let flows = [Money::euros(-100), Money::euros(60), Money::euros(60)];
        match appraise(dec!(0.08), &flows) {
            Ok(appraisal) => shown.extend(field_names(&appraisal)),
            Err(error) => panic!("a plain project appraises: {error}"),
        }
        shown
    }

    #[test]
    fn every_shown_key_has_an_entry_in_both_languages() {
        let missing: Vec<String> = shown_keys()
            .into_iter()
            .filter(|key| entry(key, Locale::De).is_none() || entry(key, Locale::En).is_none())
            .collect();
        assert!(missing.is_empty(), "no glossary text for {missing:?}");
        // The spot checks the brief names, so the collection above cannot silently shrink.
        for key in ["accumulated_depreciation", "change_receivables", "capital_charge", "spread", "cogs_ratio"] {
            assert!(shown_keys().contains(key), "{key}");
        }
    }

    #[test]
    fn keys_are_unique_and_each_has_an_entry() {
        let unique: BTreeSet<&str> = keys().iter().copied().collect();
        assert_eq!(unique.len(), keys().len(), "a key appears twice");
        for key in keys() {
            assert_eq!(entry(key, Locale::De).map(|e| e.key), Some(*key));
        }
        // Reading order: income statement first, project appraisal last.
        assert_eq!(keys().first(), Some(&"revenue"));
        assert_eq!(keys().last(), Some(&"profitability_index"));
    }

    #[test]
    fn every_entry_is_complete_and_translated() {
        for key in keys() {
            let (Some(de), Some(en)) = (entry(key, Locale::De), entry(key, Locale::En)) else {
                panic!("{key} has no entry");
            };
            for (lang, e) in [("de", de), ("en", en)] {
                for (field, text) in [
                    ("term", e.term),
                    ("definition", e.definition),
                    ("formula", e.formula),
                    ("drivers", e.drivers),
                    ("typical_range", e.typical_range),
                ] {
                    assert!(!text.trim().is_empty(), "{key} {lang} {field} is empty");
                    assert_eq!(text, text.trim(), "{key} {lang} {field} has stray spaces");
                }
            }
            assert_ne!(de.definition, en.definition, "{key}: German definition is the English one");
            assert_ne!(de.drivers, en.drivers, "{key}: German drivers are the English ones");
        }
    }

    #[test]
    fn german_ranges_use_decimal_commas_and_english_ranges_points() {
        // "1,5–2,5 ×" in German, "1.5–2.5×" in English: a digit, the other separator, a digit.
        let has = |text: &str, separator: char| {
            let chars: Vec<char> = text.chars().collect();
            chars.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == separator && w[2].is_ascii_digit())
        };
        for key in keys() {
            let (Some(de), Some(en)) = (entry(key, Locale::De), entry(key, Locale::En)) else {
                panic!("{key} has no entry");
            };
            assert!(!has(de.typical_range, '.'), "{key}: {}", de.typical_range);
            assert!(!has(en.typical_range, ','), "{key}: {}", en.typical_range);
        }
    }

    fn found(query: &str, lang: Locale) -> Vec<&'static str> {
        search(query, lang).iter().map(|e| e.key).collect()
    }

    #[test]
    fn search_finds_by_term_key_and_definition() {
        assert!(found("Kapitalrendite", Locale::De).contains(&"roce"));
        assert!(found("ROCE", Locale::En).contains(&"roce"));
        assert!(found("roce", Locale::De).contains(&"roce"));
        let receivables = found("Forderungen", Locale::De);
        assert_eq!(receivables.first(), Some(&"receivables"));
        assert!(receivables.contains(&"dso_days") && receivables.contains(&"change_receivables"));
        // Found through the key alone.
        assert!(found("dso_days", Locale::De).contains(&"dso_days"));
        // Every word must match: "cash flow" in English narrows to the cash-flow lines.
        let cash_flow = found("cash flow operations", Locale::En);
        assert!(cash_flow.contains(&"operating") && !cash_flow.contains(&"loans"));
    }

    #[test]
    fn search_ignores_case_and_umlauts() {
        assert!(found("forderungen aus lieferungen", Locale::De).contains(&"receivables"));
        assert!(found("UMSATZERLÖSE", Locale::De).contains(&"net_revenue"));
        assert!(found("Umsatzerloese", Locale::De).contains(&"net_revenue"));
        assert!(found("jahresueberschuss", Locale::De).contains(&"net_income"));
        assert!(found("Außendienst", Locale::De).contains(&"sales_force"));
        assert!(found("aussendienst", Locale::De).contains(&"sales_force"));
    }

    #[test]
    fn search_puts_term_matches_first_and_empty_finds_all() {
        // "Mehrwert" is in the term of "eva" and in the definitions of ROIC and the capital charge.
        let eva = found("Mehrwert", Locale::De);
        assert_eq!(eva.first(), Some(&"eva"));
        assert_eq!(search("", Locale::En).len(), keys().len());
        assert_eq!(search("   ", Locale::De).len(), keys().len());
        assert!(search("Quantenverschränkung", Locale::De).is_empty());
    }

    #[test]
    fn unknown_key_has_no_entry() {
        assert_eq!(entry("no_such_kpi", Locale::De), None);
        assert_eq!(entry("", Locale::En), None);
        assert_eq!(entry("ROCE", Locale::En), None, "keys are exact, not case-folded");
    }

    #[test]
    fn entries_follow_the_language() {
        let check = |key: &str, de_term: &str, en_term: &str| {
            assert_eq!(entry(key, Locale::De).map(|e| e.term), Some(de_term));
            assert_eq!(entry(key, Locale::En).map(|e| e.term), Some(en_term));
        };
        check("receivables", "Forderungen aus Lieferungen und Leistungen", "Trade receivables");
        check("cogs", "Herstellungskosten des Umsatzes", "Cost of goods sold (COGS)");
        check("eva", "Mehrwert (EVA, Economic Value Added)", "Economic Value Added (EVA)");
    }
}
