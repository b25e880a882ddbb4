//! The value message (Wertbotschaft) in words: one short paragraph for each role of the
//! customer's buying centre, generated from the case's figures in German or English. Each
//! sentence says what the numbers say, including when they speak against the offer: a
//! message that hides a negative EVA would teach the opposite of the game.

use rust_decimal::Decimal;

use super::evaluate::{CaseResult, tco_change};
use crate::i18n::{Arg, message};
use crate::model::Money;
use crate::model::customer::LeverKind;
use crate::model::format::{self, Locale};
use crate::scenario::customer::case_file::{Role, ValueCase};

/// The role's heading ("Finanzen (CFO)").
pub fn role_heading(role: Role, locale: Locale) -> String {
    message(&format!("lab_role_{}", role.key()), locale, &[])
}

/// The paragraph for `role`: the one the key-account manager edited, else the generated one.
pub fn paragraph(case: &ValueCase, result: &CaseResult, role: Role, locale: Locale) -> String {
    match case.messages.iter().find(|m| m.role == role && !m.text.trim().is_empty()) {
        Some(edited) => edited.text.clone(),
        None => generated(case, result, role, locale),
    }
}

/// "up" when `amount` is positive, "down" when negative, "none" at zero (Fluent selectors).
fn sign(amount: Money) -> &'static str {
    if amount.is_positive() {
        "up"
    } else if amount.is_negative() {
        "down"
    } else {
        "none"
    }
}

/// The generated paragraph for `role` in `locale`.
pub fn generated(case: &ValueCase, result: &CaseResult, role: Role, locale: Locale) -> String {
    let currency = case.customer.report.currency.clone();
    let money = |amount: Money| Arg::from(format::money_in(amount.abs(), 0, &currency, locale));
    let percent =
        |value: Option<Decimal>| Arg::from(value.map_or_else(|| "–".to_string(), |v| format::percent(v, 1, locale)));
    let full = &result.full_year;
    let likely = &result.likely;
    let years = Arg::from(case.offer.contract_years.to_string());
    let text = |id: &str, args: &[(&'static str, Arg)]| message(id, locale, args);
    let sentences: Vec<String> = match role {
        Role::Finance => {
            let mut out = vec![text(
                "lab_msg_finance_eva",
                &[
                    ("sign", Arg::from(sign(likely.total_delta_eva))),
                    ("years", years.clone()),
                    ("delta_eva", money(likely.total_delta_eva)),
                    ("eva_before", Arg::from(format::money_in(full.eva_before, 0, &currency, locale))),
                    ("eva_after", Arg::from(format::money_in(full.eva_after, 0, &currency, locale))),
                ],
            )];
            out.push(text(
                "lab_msg_finance_roce",
                &[("before", percent(full.roce_before)), ("after", percent(full.roce_after))],
            ));
            if !full.capital_freed.is_zero() {
                out.push(text(
                    "lab_msg_finance_capital",
                    &[("sign", Arg::from(sign(full.capital_freed))), ("capital", money(full.capital_freed))],
                ));
            }
            let payback = match likely.payback_years {
                None => text("lab_msg_payback_never", &[]),
                Some(p) if p.is_zero() => text("lab_msg_payback_at_once", &[]),
                Some(p) => text("lab_msg_payback_years", &[("years", Arg::from(format::decimal(p, 1, locale)))]),
            };
            out.push(text(
                "lab_msg_finance_npv",
                &[
                    ("sign", Arg::from(sign(likely.npv))),
                    ("wacc", percent(Some(result.base.wacc))),
                    ("npv", money(likely.npv)),
                    ("payback", Arg::from(payback)),
                ],
            ));
            out
        }
        Role::Purchasing => {
            let tco = tco_change(case);
            vec![
                text(
                    "lab_msg_purchasing_price",
                    &[
                        ("sign", Arg::from(sign(full.price))),
                        ("price", money(full.price)),
                        ("savings", money(full.savings)),
                    ],
                ),
                text(
                    "lab_msg_purchasing_tco",
                    &[("sign", Arg::from(sign(tco))), ("years", years), ("tco", money(tco))],
                ),
            ]
        }
        Role::Production => {
            let units = case.customer.report.units_sold;
            let mut out = Vec::new();
            if full.savings.is_zero() && full.extra_revenue.is_zero() {
                out.push(text("lab_msg_production_none", &[]));
            }
            if !full.savings.is_zero() {
                let per_unit = if units > 0 {
                    format::money_in(
                        Money::from_decimal(full.savings.amount() / Decimal::from(units)),
                        2,
                        &currency,
                        locale,
                    )
                } else {
                    String::new()
                };
                let known = if per_unit.is_empty() { "no" } else { "yes" };
                let args = [
                    ("savings", money(full.savings)),
                    ("per_unit", Arg::from(per_unit)),
                    ("per_unit_known", Arg::from(known)),
                ];
                out.push(text("lab_msg_production_savings", &args));
            }
            if !full.extra_revenue.is_zero() {
                out.push(text("lab_msg_production_output", &[("extra", money(full.extra_revenue))]));
            }
            let stock: Money = case
                .offer
                .levers
                .iter()
                .filter(|l| l.kind == LeverKind::InventoryReduction)
                .map(|l| Money::from_decimal(l.estimate.likely))
                .sum();
            if !stock.is_zero() {
                out.push(text("lab_msg_production_stock", &[("stock", money(stock))]));
            }
            out
        }
        Role::Management => {
            let mut out = vec![text(
                "lab_msg_management_spread",
                &[("before", percent(full.spread_before)), ("after", percent(full.spread_after))],
            )];
            out.push(text(
                "lab_msg_management_value",
                &[
                    ("sign", Arg::from(sign(likely.total_delta_eva))),
                    ("years", years),
                    ("delta_eva", money(likely.total_delta_eva)),
                ],
            ));
            if !full.extra_revenue.is_zero() {
                out.push(text("lab_msg_management_growth", &[("extra", money(full.extra_revenue))]));
            }
            let risk = result.worst.npv;
            out.push(text("lab_msg_management_risk", &[("sign", Arg::from(sign(risk))), ("worst", money(risk))]));
            out
        }
    };
    sentences.join(" ")
}
