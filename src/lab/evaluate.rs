//! A value case evaluated: the customer's analysis, the offer under worst, likely and best
//! values and with what was realised, the tornado of its assumptions, and the figures the
//! value message quotes (EVA and ROCE before and with the offer, cost and capital effects).

use rust_decimal::Decimal;

use crate::model::Money;
use crate::model::customer::offer::{evaluate_realised, evaluate_scenario, lever_effect, tornado};
use crate::model::customer::{Base, CustomerAnalysis, LeverKind, OfferValue, Scenario, TornadoBar, analyse};
use crate::model::kpi::over_positive;
use crate::model::value::{average, eva_of};
use crate::scenario::customer::case_file::ValueCase;

/// Everything the lab shows and the message quotes about one value case.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseResult {
    /// The customer's report analysed.
    pub analysis: CustomerAnalysis,
    /// The base the offer is measured against.
    pub base: Base,
    /// Every lever at its likely value.
    pub likely: OfferValue,
    /// Every lever at its worst value.
    pub worst: OfferValue,
    /// Every lever at its best value.
    pub best: OfferValue,
    /// What was realised (likely where nothing was entered); `None` before anything was entered.
    pub realised: Option<OfferValue>,
    /// Each lever's NPV swing, the widest first.
    pub tornado: Vec<TornadoBar>,
    /// The figures of a full contract year (the last), likely values.
    pub full_year: FullYear,
}

/// A full contract year with the offer (likely values) against the base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FullYear {
    /// EVA of the base year.
    pub eva_before: Money,
    /// EVA of the year with the offer.
    pub eva_after: Money,
    /// EBIT / capital employed of the base.
    pub roce_before: Option<Decimal>,
    /// EBIT / average capital employed with the offer.
    pub roce_after: Option<Decimal>,
    /// ROIC − WACC of the base.
    pub spread_before: Option<Decimal>,
    /// ROIC − WACC with the offer.
    pub spread_after: Option<Decimal>,
    /// What the customer pays more (positive) or less per year.
    pub price: Money,
    /// Yearly cost savings (cost levers).
    pub savings: Money,
    /// Extra revenue per year (volume, uptime, capacity).
    pub extra_revenue: Money,
    /// One-off costs over the contract.
    pub one_off: Money,
    /// Capital freed at the year's end (positive: less capital tied up).
    pub capital_freed: Money,
    /// EBIT of the base year.
    pub ebit_before: Money,
    /// EBIT with the offer.
    pub ebit_after: Money,
    /// Capital employed of the base.
    pub capital_before: Money,
    /// Average capital employed of the year with the offer.
    pub capital_after: Money,
}

/// Evaluates a case.
pub fn evaluate(case: &ValueCase) -> CaseResult {
    let analysis = analyse(&case.customer.report);
    let base = Base::of(&case.customer.report, analysis.cost_of_capital.wacc);
    let offer = &case.offer;
    let realised = offer.levers.iter().any(|l| l.realised.is_some()).then(|| evaluate_realised(offer, base));
    CaseResult {
        likely: evaluate_scenario(offer, base, Scenario::Likely),
        worst: evaluate_scenario(offer, base, Scenario::Worst),
        best: evaluate_scenario(offer, base, Scenario::Best),
        realised,
        tornado: tornado(offer, base),
        full_year: full_year(case, &analysis, base),
        analysis,
        base,
    }
}

/// The last contract year's figures with every lever likely, against the reported year as
/// the analysis shows it (its EVA, ROCE and spread on the year's average capital employed):
/// "with the offer" is that year changed by the offer's ΔEBIT and the average of its ΔCE.
fn full_year(case: &ValueCase, analysis: &CustomerAnalysis, base: Base) -> FullYear {
    let offer = &case.offer;
    let last = offer.contract_years.max(1);
    let (mut price, mut savings, mut extra_revenue, mut one_off) = (Money::ZERO, Money::ZERO, Money::ZERO, Money::ZERO);
    let (mut delta_ebit, mut capital_now, mut capital_before) = (Money::ZERO, Money::ZERO, Money::ZERO);
    for lever in &offer.levers {
        let value = lever.estimate.likely;
        let (ebit, capital) = lever_effect(lever, value, last, offer.annual_purchases);
        let (_, capital_earlier) = lever_effect(lever, value, last.saturating_sub(1), offer.annual_purchases);
        delta_ebit += ebit;
        capital_now += capital;
        capital_before += capital_earlier;
        match lever.kind {
            LeverKind::PricePaid => price += Money::from_decimal(value),
            LeverKind::CostSaving => savings += Money::from_decimal(value),
            LeverKind::ExtraRevenue { .. } => extra_revenue += Money::from_decimal(value),
            LeverKind::OneOffCost => one_off += Money::from_decimal(value),
            LeverKind::InventoryReduction | LeverKind::PaymentTerms | LeverKind::CapexAvoided { .. } => {}
        }
    }
    let before = analysis.eva;
    let ebit = base.ebit + delta_ebit;
    // The same formula on the reported year's average capital, moved by the offer's average ΔCE.
    let capital = before.capital_employed + average(capital_before, capital_now);
    let after = eva_of(ebit, capital, capital, base.tax_rate, base.wacc);
    let roce = |ebit: Money, capital: Money| over_positive(ebit.amount(), capital.amount());
    FullYear {
        eva_before: before.eva,
        eva_after: after.eva,
        roce_before: roce(base.ebit, before.capital_employed),
        roce_after: roce(ebit, after.capital_employed),
        spread_before: before.roic.map(|r| r - base.wacc),
        spread_after: after.roic.map(|r| r - base.wacc),
        price,
        savings,
        extra_revenue,
        one_off,
        capital_freed: -capital_now,
        ebit_before: base.ebit,
        ebit_after: ebit,
        capital_before: before.capital_employed,
        capital_after: after.capital_employed,
    }
}

/// The total cost of ownership change over the contract: what the customer pays more, less
/// what it saves, plus one-off costs, year by year as the levers act (negative: the offer
/// costs the customer less overall). Depreciation avoided is capital, not counted here.
pub fn tco_change(case: &ValueCase) -> Money {
    let offer = &case.offer;
    let mut total = Money::ZERO;
    for year in 1..=offer.contract_years {
        for lever in &offer.levers {
            if matches!(lever.kind, LeverKind::PricePaid | LeverKind::CostSaving | LeverKind::OneOffCost) {
                total -= lever_effect(lever, lever.estimate.likely, year, offer.annual_purchases).0;
            }
        }
    }
    total
}
