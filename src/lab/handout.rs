//! The one-page handout's content: a value case and its evaluation worded and formatted in
//! the message's language as a [`ValueDocument`], which the PDF and the HTML page lay out.

use super::document::{Headings, Table, ValueDocument};
use super::evaluate::CaseResult;
use super::message::{paragraph, role_heading};
use crate::i18n::{Arg, message};
use crate::model::Money;
use crate::model::customer::{Lever, LeverKind};
use crate::model::format::{self, Locale};
use crate::scenario::customer::case_file::{Role, ValueCase};

/// An amount with an explicit sign ("+1.234 €", "−1.234 €").
pub fn signed(amount: Money, currency: &str, locale: Locale) -> String {
    let text = format::money_in(amount.abs(), 0, currency, locale);
    if amount.is_positive() {
        format!("+{text}")
    } else if amount.is_negative() {
        format!("−{text}")
    } else {
        text
    }
}

/// A lever's value in its unit: days for payment terms, money otherwise.
pub fn lever_value(lever: &Lever, value: rust_decimal::Decimal, currency: &str, locale: Locale) -> String {
    match lever.kind {
        LeverKind::PaymentTerms => {
            message("lab_days", locale, &[("days", Arg::from(format::decimal(value, 0, locale)))])
        }
        _ => format::money_in(Money::from_decimal(value), 0, currency, locale),
    }
}

/// The handout of `case` in `locale`.
pub fn document(case: &ValueCase, result: &CaseResult, locale: Locale) -> ValueDocument {
    let report = &case.customer.report;
    let currency = report.currency.as_str();
    let text = |id: &str| message(id, locale, &[]);
    let money = |amount: Money| format::money_in(amount, 0, currency, locale);
    let percent =
        |v: Option<rust_decimal::Decimal>| v.map_or_else(|| "–".to_string(), |v| format::percent(v, 1, locale));
    let likely = &result.likely;
    let full = &result.full_year;
    let years = case.offer.contract_years.to_string();
    let payback = match likely.payback_years {
        None => text("lab_payback_none"),
        Some(p) if p.is_zero() => text("lab_payback_at_once"),
        Some(p) => message("lab_years_value", locale, &[("years", Arg::from(format::decimal(p, 1, locale)))]),
    };
    let key_figures = vec![
        (
            message("lab_kf_delta_eva", locale, &[("years", Arg::from(years.clone()))]),
            signed(likely.total_delta_eva, currency, locale),
        ),
        (
            message("lab_kf_npv", locale, &[("wacc", Arg::from(percent(Some(result.base.wacc))))]),
            signed(likely.npv, currency, locale),
        ),
        (
            text("lab_kf_range"),
            format!("{} … {}", signed(result.worst.npv, currency, locale), signed(result.best.npv, currency, locale)),
        ),
        (text("lab_kf_payback"), payback),
        (text("lab_kf_roce"), format!("{} → {}", percent(full.roce_before), percent(full.roce_after))),
    ];
    let paragraphs =
        Role::ALL.iter().map(|role| (role_heading(*role, locale), paragraph(case, result, *role, locale))).collect();
    let realised = case.offer.levers.iter().any(|l| l.realised.is_some());
    // Each lever on a line of its own with its figures, its assumption on the line under it
    // (the tables' first column is the only one for text).
    let mut header = vec![text("lab_col_lever"), text("lab_col_worst"), text("lab_col_likely"), text("lab_col_best")];
    if realised {
        header.push(text("lab_col_realised"));
    }
    let mut rows = Vec::new();
    for lever in &case.offer.levers {
        let value = |v| lever_value(lever, v, currency, locale);
        let category = message(&format!("lab_category_{}", lever.category.key()), locale, &[]);
        let mut row = vec![
            format!("{} ({category})", lever.name),
            value(lever.estimate.worst),
            value(lever.estimate.likely),
            value(lever.estimate.best),
        ];
        if realised {
            row.push(lever.realised.map_or_else(|| "–".to_string(), value));
        }
        let width = row.len();
        rows.push(row);
        if !lever.assumption.trim().is_empty() {
            let mut note = vec![format!("↳ {}", lever.assumption.trim())];
            note.resize(width, String::new());
            rows.push(note);
        }
    }
    let levers = Table { header, rows };
    let years_table = Table {
        header: vec![
            text("lab_col_year"),
            text("lab_col_delta_ebit"),
            text("lab_col_delta_capital"),
            text("lab_col_delta_eva"),
            text("lab_col_cash"),
        ],
        rows: likely
            .years
            .iter()
            .map(|y| {
                vec![
                    y.year.to_string(),
                    signed(y.delta_ebit, currency, locale),
                    signed(y.delta_capital, currency, locale),
                    signed(y.delta_eva, currency, locale),
                    signed(y.delta_cash_flow, currency, locale),
                ]
            })
            .collect(),
    };
    let roic = |spread: Option<rust_decimal::Decimal>| spread.map(|s| s + result.base.wacc);
    let driver = |key: &str| message(&format!("analyze_{key}"), locale, &[]);
    let tree = vec![
        (0, driver("eva"), money(full.eva_before), money(full.eva_after)),
        (1, driver("spread"), percent(full.spread_before), percent(full.spread_after)),
        (2, driver("roic"), percent(roic(full.spread_before)), percent(roic(full.spread_after))),
        (3, driver("ebit"), money(full.ebit_before), money(full.ebit_after)),
        (3, driver("capital_employed"), money(full.capital_before), money(full.capital_after)),
        (2, driver("wacc"), percent(Some(result.base.wacc)), percent(Some(result.base.wacc))),
    ];
    let subtitle = message(
        "lab_subtitle",
        locale,
        &[
            ("customer", Arg::from(report.company.clone())),
            ("supplier", Arg::from(case.supplier.clone())),
            ("has_supplier", Arg::from(if case.supplier.trim().is_empty() { "no" } else { "yes" })),
            ("year", Arg::from(report.year.to_string())),
        ],
    );
    let footnote = message(
        "lab_footnote",
        locale,
        &[
            ("company", Arg::from(report.company.clone())),
            ("year", Arg::from(report.year.to_string())),
            ("source", Arg::from(if report.source.is_empty() { "–".to_string() } else { report.source.clone() })),
            ("wacc", Arg::from(percent(Some(result.base.wacc)))),
            ("ke", Arg::from(percent(Some(report.cost_of_equity)))),
            ("kd", Arg::from(percent(Some(report.cost_of_debt)))),
            ("tax", Arg::from(percent(Some(report.tax_rate)))),
        ],
    );
    ValueDocument {
        lang: match locale {
            Locale::De => "de".into(),
            Locale::En => "en".into(),
        },
        title: case.offer.title.clone(),
        subtitle,
        key_figures,
        paragraphs,
        levers,
        years: years_table,
        tree,
        tree_columns: (text("lab_col_driver"), text("lab_col_before"), text("lab_col_with_offer")),
        headings: Headings {
            message: text("lab_heading_message"),
            levers: text("lab_heading_levers"),
            years: text("lab_heading_years"),
            tree: text("lab_heading_tree"),
        },
        footnote,
    }
}
