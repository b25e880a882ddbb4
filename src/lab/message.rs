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

/// The paragraph for `role` in `locale`: the one the key-account manager edited (written in
/// the case's language), else the generated one.
pub fn paragraph(case: &ValueCase, result: &CaseResult, role: Role, locale: Locale) -> String {
    let edited = case.messages.iter().find(|m| m.role == role && !m.text.trim().is_empty());
    match edited.filter(|_| locale == case.language) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lab::evaluate::evaluate;
    use crate::scenario::customer::case_file::parse_case;

    /// A small customer (EBIT 150 000 €, tax 25 %) and an offer whose price is above its
    /// savings: the message must say that it lowers EVA and costs the customer money.
    const CASE: &str = r#"(
        value_case_format_version: 1, title: "Teuer", contract_years: 3, annual_purchases: 100000,
        levers: [
            (name: "Preis", category: Cost, kind: PricePaid, worst: 60000, likely: 50000, best: 40000),
            (name: "Energie", category: Cost, kind: CostSaving, worst: 5000, likely: 10000, best: 12000),
        ],
        customer: (
            company: "Kleinteile GmbH", year: 2025, tax_rate: 0.25, cost_of_equity: 0.12, cost_of_debt: 0.08,
            opening: (cash: 100000, receivables: 200000, inventory: 300000, net_fixed_assets: 400000,
                      payables: 200000, loans: 300000, subscribed_capital: 100000, retained_earnings: 400000),
            closing: (cash: 194500, receivables: 200000, inventory: 300000, net_fixed_assets: 400000,
                      payables: 200000, loans: 300000, subscribed_capital: 100000, retained_earnings: 494500),
            income: (revenue: 1000000, cogs: 600000, admin: 200000, depreciation: 50000,
                     interest_expense: 24000, tax: 31500),
        ),
    )"#;

    #[test]
    fn a_message_says_so_when_the_offer_destroys_value() {
        let case = parse_case(CASE, None).unwrap_or_else(|e| panic!("{e}"));
        let result = evaluate(&case);
        // ΔEBIT −40 000 a year, ΔNOPAT −30 000: ΔEVA −90 000 over three years.
        assert_eq!(result.likely.total_delta_eva, Money::euros(-90_000));
        let finance = generated(&case, &result, Role::Finance, Locale::De);
        assert!(finance.contains("senkt das Angebot Ihren Wertbeitrag (EVA) um insgesamt 90.000 €"), "{finance}");
        assert!(finance.contains("kostet das Angebot Sie"), "{finance}");
        let management = generated(&case, &result, Role::Management, Locale::En);
        assert!(management.contains("destroys €90,000 of value"), "{management}");
        // Price 50 000 against savings 10 000 for three years: the total cost rises by 120 000.
        let purchasing = generated(&case, &result, Role::Purchasing, Locale::De);
        assert!(purchasing.contains("steigen Ihre Gesamtkosten") && purchasing.contains("120.000 €"), "{purchasing}");
    }
}
