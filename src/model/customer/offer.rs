//! An offer seen from the customer's side: its value levers (what it does to the customer's
//! costs, revenue and capital), each with worst, likely and best values, turned year by year
//! into ΔEBIT, Δcapital employed and ΔEVA with the game's EVA formula, and into cash flows
//! whose NPV and payback come from the game's appraisal code.
//!
//! The rules, and why (docs/value-lab.md):
//! - The customer's reported year is the base and stays as it is over the contract; the
//!   offer changes it by the levers only, so every difference is the offer's.
//! - Year t's ΔEVA = EVA(EBIT + ΔEBIT_t, CE + ΔCE_{t−1}, CE + ΔCE_t) − EVA(EBIT, CE, CE):
//!   capital freed or tied up is charged on the year's average, as in the game.
//! - The cash flow of year t is ΔNOPAT_t − (ΔCE_t − ΔCE_{t−1}); after the last contract year
//!   every capital effect unwinds (stock is built up again, terms go back, the avoided asset
//!   is bought), so capital freed only for the contract is never counted as a gift.
//! - Capex avoided saves the outlay in its year and the depreciation over its life, and loses
//!   the tax shield of that depreciation: the cash-flow rule gives exactly that.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::report::CustomerReport;
use crate::model::Money;
use crate::model::appraisal::{npv, payback_years};
use crate::model::value::{eva_of, nopat_of};

/// Days per year for payment terms.
const DAYS: Decimal = Decimal::from_parts(365, 0, 0, false, 0);

/// Most contract years a value case covers.
pub const MAX_CONTRACT_YEARS: u8 = 10;

/// The benefit category of a lever, as the benefit library groups them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Category {
    /// Lower cost: material, energy, scrap, labour, maintenance.
    Cost,
    /// Less capital tied up: inventory, payment terms, capex avoided.
    Capital,
    /// Lower risk: avoided downtime, recalls, penalties (as expected cost).
    Risk,
    /// More output from the same assets: uptime, capacity, yield.
    Productivity,
    /// More revenue: new products, markets, faster time to market.
    Growth,
}

impl Category {
    /// Every category, in the library's order.
    pub const ALL: [Category; 5] =
        [Category::Cost, Category::Capital, Category::Risk, Category::Productivity, Category::Growth];

    /// The category's key in files and messages.
    pub fn key(self) -> &'static str {
        match self {
            Category::Cost => "cost",
            Category::Capital => "capital",
            Category::Risk => "risk",
            Category::Productivity => "productivity",
            Category::Growth => "growth",
        }
    }
}

/// How a lever acts on the customer's statements; its estimate's unit follows from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LeverKind {
    /// What the customer pays per year for the offer beyond what it pays today (negative:
    /// less); a cost in EBIT. Estimate in currency per year.
    PricePaid,
    /// A yearly saving of the customer's costs (material, energy, scrap, labour,
    /// maintenance, expected cost of a risk). Estimate in currency per year.
    CostSaving,
    /// Extra revenue per year (volume, uptime, capacity) at the customer's contribution
    /// margin `margin` (a fraction). Estimate in currency of revenue per year.
    ExtraRevenue {
        /// Contribution margin of the extra revenue, a fraction in 0..=1.
        margin: Decimal,
    },
    /// A lasting reduction of the customer's inventory (consignment stock, shorter lead
    /// times) from the lever's first year. Estimate in currency.
    InventoryReduction,
    /// Longer payment terms for the customer on the case's yearly purchases. Estimate in days.
    PaymentTerms,
    /// An investment the customer no longer needs in year `year`, an asset that would have
    /// been depreciated straight-line over `life_years`. Estimate in currency.
    CapexAvoided {
        /// Contract year in which the investment would have been made.
        year: u8,
        /// Years the asset would have been depreciated over.
        life_years: u8,
    },
    /// A one-off cost for the customer in the lever's first year (switching, training,
    /// implementation). Estimate in currency.
    OneOffCost,
}

impl LeverKind {
    /// True when a higher estimate is worse for the customer (a price, a cost): then
    /// worst ≥ likely ≥ best.
    pub fn higher_is_worse(self) -> bool {
        matches!(self, LeverKind::PricePaid | LeverKind::OneOffCost)
    }

    /// The kind's key in files and messages.
    pub fn key(self) -> &'static str {
        match self {
            LeverKind::PricePaid => "price_paid",
            LeverKind::CostSaving => "cost_saving",
            LeverKind::ExtraRevenue { .. } => "extra_revenue",
            LeverKind::InventoryReduction => "inventory_reduction",
            LeverKind::PaymentTerms => "payment_terms",
            LeverKind::CapexAvoided { .. } => "capex_avoided",
            LeverKind::OneOffCost => "one_off_cost",
        }
    }
}

/// Worst, likely and best value of one assumption.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Estimate {
    /// The value if things go badly.
    pub worst: Decimal,
    /// The value the case is built on.
    pub likely: Decimal,
    /// The value if things go well.
    pub best: Decimal,
}

/// Which of an estimate's values a calculation takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scenario {
    /// Every lever at its worst value.
    Worst,
    /// Every lever at its likely value.
    Likely,
    /// Every lever at its best value.
    Best,
}

impl Estimate {
    /// The value of `scenario`.
    pub fn get(&self, scenario: Scenario) -> Decimal {
        match scenario {
            Scenario::Worst => self.worst,
            Scenario::Likely => self.likely,
            Scenario::Best => self.best,
        }
    }
}

/// One effect of the offer on the customer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lever {
    /// What the key-account manager calls it ("Energie der Antriebe").
    pub name: String,
    /// The benefit category.
    pub category: Category,
    /// How it acts.
    pub kind: LeverKind,
    /// The assumption behind the estimate, in words ("12 % less energy on 2,1 GWh").
    pub assumption: String,
    /// Worst, likely and best value.
    pub estimate: Estimate,
    /// First contract year the lever acts in (1 = from the start).
    pub from_year: u8,
    /// What was realised, entered after the project (same unit as the estimate).
    pub realised: Option<Decimal>,
}

/// An offer as value levers over the contract years.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    /// The offer's name ("Antriebspaket 2026").
    pub title: String,
    /// Contract years the levers act over (1..=10).
    pub contract_years: u8,
    /// What the customer buys from us per year: the base of payment terms.
    pub annual_purchases: Money,
    /// The levers.
    pub levers: Vec<Lever>,
}

/// The offer's effect in one contract year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct YearEffect {
    /// Contract year, 1-based.
    pub year: u8,
    /// Change of the customer's EBIT.
    pub delta_ebit: Money,
    /// Change of the customer's capital employed at the year's end.
    pub delta_capital: Money,
    /// Change of the customer's EVA.
    pub delta_eva: Money,
    /// Change of the customer's free cash flow: ΔNOPAT − the year's change of ΔCE.
    pub delta_cash_flow: Money,
}

/// The offer's value for the customer under one set of lever values.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OfferValue {
    /// Each contract year.
    pub years: Vec<YearEffect>,
    /// Cash flows for the appraisal: t = 0 (nothing), each contract year, and the year after
    /// the contract in which capital effects unwind.
    pub flows: Vec<Money>,
    /// Net present value of the flows at the customer's WACC.
    pub npv: Money,
    /// Years until the cumulative cash flow turns non-negative; `None` when it never does.
    pub payback_years: Option<Decimal>,
    /// ΔEVA summed over the contract years.
    pub total_delta_eva: Money,
}

/// One bar of the tornado chart: the NPV with one lever at its worst and at its best, the
/// others likely.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TornadoBar {
    /// Index of the lever in the offer.
    pub lever: usize,
    /// NPV with this lever at its worst value.
    pub npv_worst: Money,
    /// NPV with this lever at its best value.
    pub npv_best: Money,
}

impl TornadoBar {
    /// The width of the bar: how much this assumption moves the NPV.
    pub fn swing(&self) -> Money {
        (self.npv_best - self.npv_worst).abs()
    }
}

/// The customer's figures an offer is measured against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Base {
    /// EBIT of the reported year.
    pub ebit: Money,
    /// Capital employed at the end of the reported year.
    pub capital_employed: Money,
    /// The customer's tax rate.
    pub tax_rate: Decimal,
    /// The customer's WACC.
    pub wacc: Decimal,
}

impl Base {
    /// The base of `report` at `wacc` (the analysis's WACC).
    pub fn of(report: &CustomerReport, wacc: Decimal) -> Base {
        Base {
            ebit: report.income.ebit(),
            capital_employed: report.closing.capital_employed(),
            tax_rate: report.tax_rate,
            wacc,
        }
    }
}

/// The change of EBIT and of closing capital employed one lever makes in contract year `year`.
pub fn lever_effect(lever: &Lever, value: Decimal, year: u8, annual_purchases: Money) -> (Money, Money) {
    if year < lever.from_year {
        return (Money::ZERO, Money::ZERO);
    }
    let amount = Money::from_decimal(value);
    match lever.kind {
        LeverKind::PricePaid => (-amount, Money::ZERO),
        LeverKind::CostSaving => (amount, Money::ZERO),
        LeverKind::ExtraRevenue { margin } => (Money::from_decimal(value * margin), Money::ZERO),
        LeverKind::OneOffCost if year == lever.from_year => (-amount, Money::ZERO),
        LeverKind::OneOffCost => (Money::ZERO, Money::ZERO),
        LeverKind::InventoryReduction => (Money::ZERO, -amount),
        LeverKind::PaymentTerms => (Money::ZERO, -Money::from_decimal(annual_purchases.amount() * value / DAYS)),
        LeverKind::CapexAvoided { year: bought, life_years } => {
            if year < bought || life_years == 0 {
                return (Money::ZERO, Money::ZERO);
            }
            let depreciation = amount.divided_by(u32::from(life_years));
            let years_used = u32::from(year - bought) + 1;
            if years_used > u32::from(life_years) {
                return (Money::ZERO, Money::ZERO);
            }
            // Written down to zero in the last year of its life (the rounding cents included).
            let book_value = if years_used == u32::from(life_years) {
                Money::ZERO
            } else {
                amount - depreciation.times(Decimal::from(years_used))
            };
            (depreciation, -book_value)
        }
    }
}

/// The offer's value with lever `i` at `value(i)`.
pub fn evaluate(offer: &Offer, base: Base, value: impl Fn(usize) -> Decimal) -> OfferValue {
    let base_eva = eva_of(base.ebit, base.capital_employed, base.capital_employed, base.tax_rate, base.wacc).eva;
    let base_nopat = nopat_of(base.ebit, base.tax_rate);
    let mut years = Vec::with_capacity(usize::from(offer.contract_years));
    let mut flows = vec![Money::ZERO];
    let mut previous_capital = Money::ZERO;
    for year in 1..=offer.contract_years {
        let (mut delta_ebit, mut delta_capital) = (Money::ZERO, Money::ZERO);
        for (i, lever) in offer.levers.iter().enumerate() {
            let (ebit, capital) = lever_effect(lever, value(i), year, offer.annual_purchases);
            delta_ebit += ebit;
            delta_capital += capital;
        }
        let ebit = base.ebit + delta_ebit;
        let opening = base.capital_employed + previous_capital;
        let closing = base.capital_employed + delta_capital;
        let with_offer = eva_of(ebit, opening, closing, base.tax_rate, base.wacc);
        let delta_nopat = with_offer.nopat - base_nopat;
        let delta_cash_flow = delta_nopat - (delta_capital - previous_capital);
        years.push(YearEffect {
            year,
            delta_ebit,
            delta_capital,
            delta_eva: with_offer.eva - base_eva,
            delta_cash_flow,
        });
        flows.push(delta_cash_flow);
        previous_capital = delta_capital;
    }
    // After the contract the capital effects unwind.
    flows.push(previous_capital);
    OfferValue {
        npv: npv(base.wacc, &flows),
        payback_years: lasting_payback(&flows),
        total_delta_eva: years.iter().map(|y| y.delta_eva).sum(),
        years,
        flows,
    }
}

/// The payback period of the appraisal code, but only when the offer stays paid back: a
/// cumulative cash flow that falls below zero again later (the stock built up again after
/// the contract) means the offer never paid for itself.
fn lasting_payback(flows: &[Money]) -> Option<Decimal> {
    let payback = payback_years(flows)?;
    let mut cumulative = Money::ZERO;
    for (t, flow) in flows.iter().enumerate() {
        cumulative += *flow;
        if Decimal::from(t) >= payback && cumulative.is_negative() {
            return None;
        }
    }
    Some(payback)
}

/// The offer's value with every lever at `scenario`.
pub fn evaluate_scenario(offer: &Offer, base: Base, scenario: Scenario) -> OfferValue {
    evaluate(offer, base, |i| offer.levers.get(i).map_or(Decimal::ZERO, |l| l.estimate.get(scenario)))
}

/// The offer's value with what was realised, likely where nothing was entered.
pub fn evaluate_realised(offer: &Offer, base: Base) -> OfferValue {
    evaluate(offer, base, |i| offer.levers.get(i).map_or(Decimal::ZERO, |l| l.realised.unwrap_or(l.estimate.likely)))
}

/// The tornado chart: each lever's NPV swing, the widest first (ties in lever order).
pub fn tornado(offer: &Offer, base: Base) -> Vec<TornadoBar> {
    let likely = |i: usize| offer.levers.get(i).map_or(Decimal::ZERO, |l| l.estimate.likely);
    let mut bars: Vec<TornadoBar> = offer
        .levers
        .iter()
        .enumerate()
        .map(|(lever, l)| {
            let at = |v: Decimal| evaluate(offer, base, |i| if i == lever { v } else { likely(i) }).npv;
            TornadoBar { lever, npv_worst: at(l.estimate.worst), npv_best: at(l.estimate.best) }
        })
        .collect();
    bars.sort_by(|a, b| b.swing().cmp(&a.swing()).then(a.lever.cmp(&b.lever)));
    bars
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn lever(kind: LeverKind, likely: Decimal, from_year: u8) -> Lever {
        Lever {
            name: kind.key().to_string(),
            category: Category::Cost,
            kind,
            assumption: String::new(),
            estimate: Estimate { worst: likely, likely, best: likely },
            from_year,
            realised: None,
        }
    }

    /// EBIT 10 Mio. €, capital employed 50 Mio. €, tax 30 %, WACC 8 %: EVA 3 Mio. € a year.
    fn base() -> Base {
        Base {
            ebit: Money::euros(10_000_000),
            capital_employed: Money::euros(50_000_000),
            tax_rate: dec!(0.30),
            wacc: dec!(0.08),
        }
    }

    fn money(text: &str) -> Money {
        Money::from_decimal(text.parse().unwrap_or_default())
    }

    #[test]
    fn every_lever_of_one_offer_to_the_cent() {
        let offer = Offer {
            title: "Test".into(),
            contract_years: 3,
            annual_purchases: Money::euros(2_000_000),
            levers: vec![
                lever(LeverKind::PricePaid, dec!(150000), 1),
                lever(LeverKind::CostSaving, dec!(400000), 1),
                lever(LeverKind::InventoryReduction, dec!(1000000), 1),
                lever(LeverKind::PaymentTerms, dec!(30), 1),
                lever(LeverKind::CapexAvoided { year: 2, life_years: 4 }, dec!(800000), 1),
                lever(LeverKind::OneOffCost, dec!(50000), 1),
            ],
        };
        let value = evaluate_scenario(&offer, base(), Scenario::Likely);
        // Worked by hand (docs/value-lab.md shows the same case):
        // terms: 2 000 000 × 30 / 365 = 164 383,56; capex: 200 000 a year, book 600 000, 400 000.
        // Year 1: ΔEBIT −150 000 + 400 000 − 50 000 = 200 000; ΔCE −1 000 000 − 164 383,56;
        //   EVA 7 140 000 − 8 % × (50 000 000 + 48 835 616,44) / 2 = 3 186 575,34 → Δ 186 575,34;
        //   cash 140 000 + 1 164 383,56.
        // Year 2: ΔEBIT 250 000 + 200 000; ΔCE −1 764 383,56; charge 8 % × 48 535 616,44 =
        //   3 882 849,32 → EVA 3 432 150,68; cash 315 000 + 600 000 (= 175 000 + 800 000 − 30 % × 200 000).
        // Year 3: ΔCE −1 564 383,56; charge 8 % × 48 335 616,44 = 3 866 849,32; cash 315 000 − 200 000.
        let expected = [
            (200_000, "-1164383.56", "186575.34", "1304383.56"),
            (450_000, "-1764383.56", "432150.68", "915000"),
            (450_000, "-1564383.56", "448150.68", "115000"),
        ];
        for (year, (ebit, capital, eva, cash)) in value.years.iter().zip(expected) {
            assert_eq!(year.delta_ebit, Money::euros(ebit), "year {}", year.year);
            assert_eq!(year.delta_capital, money(capital), "year {}", year.year);
            assert_eq!(year.delta_eva, money(eva), "year {}", year.year);
            assert_eq!(year.delta_cash_flow, money(cash), "year {}", year.year);
        }
        // The capital unwinds after the contract; NPV at 8 % worked with 40-digit decimals.
        assert_eq!(value.flows.last().copied(), Some(money("-1564383.56")));
        assert_eq!(value.npv, money("933649.67"));
        assert_eq!(value.total_delta_eva, money("1066876.70"));
        assert_eq!(value.payback_years, Some(Decimal::ZERO));
    }

    #[test]
    fn a_one_off_cost_is_paid_back_by_the_savings() {
        let offer = Offer {
            title: "Test".into(),
            contract_years: 3,
            annual_purchases: Money::ZERO,
            levers: vec![lever(LeverKind::OneOffCost, dec!(1000000), 1), lever(LeverKind::CostSaving, dec!(600000), 1)],
        };
        let value = evaluate_scenario(&offer, base(), Scenario::Likely);
        // Flows 0, −280 000, 420 000, 420 000, 0: paid back 1 + 280 000 / 420 000 into year 2.
        let flows: Vec<Money> = [0, -280_000, 420_000, 420_000, 0].into_iter().map(Money::euros).collect();
        assert_eq!(value.flows, flows);
        assert_eq!(value.npv, money("434232.59"));
        let payback = value.payback_years.unwrap_or_default();
        assert_eq!(crate::model::rounding::round(payback, 6), dec!(1.666667));
    }

    #[test]
    fn freeing_capital_only_for_the_contract_is_worth_its_financing_not_its_amount() {
        // 10 Mio. € less stock for one year: the customer saves 8 % on it for the year, and
        // rebuilds the stock afterwards; NPV = 10 000 000 / 1,08 − 10 000 000 / 1,08² =
        // 9 259 259,26 − 8 573 388,20 = 685 871,06 = 8 % × 10 000 000 / 1,08²: the year's financing.
        let offer = Offer {
            title: "Test".into(),
            contract_years: 1,
            annual_purchases: Money::ZERO,
            levers: vec![lever(LeverKind::InventoryReduction, dec!(10000000), 1)],
        };
        let value = evaluate_scenario(&offer, base(), Scenario::Likely);
        assert_eq!(value.npv, money("685871.06"));
        // ΔEVA charges half the year on the lower average: 8 % × 5 000 000.
        assert_eq!(value.years[0].delta_eva, Money::euros(400_000));
    }

    #[test]
    fn capital_freed_in_the_last_year_only_is_worth_one_years_financing() {
        // 10 Mio. € less stock in the third and last year: released in year 3, built up
        // again in year 4 — NPV = 10 000 000 / 1,08³ − 10 000 000 / 1,08⁴ = 7 938 322,37 −
        // 7 350 298,49 = 588 023,88 (= 8 % × 10 Mio. € / 1,08⁴), not 10 Mio. €.
        let offer = Offer {
            title: "Test".into(),
            contract_years: 3,
            annual_purchases: Money::ZERO,
            levers: vec![lever(LeverKind::InventoryReduction, dec!(10000000), 3)],
        };
        let value = evaluate_scenario(&offer, base(), Scenario::Likely);
        assert_eq!(value.npv, money("588023.88"));
        let flows: Vec<Money> = [0, 0, 0, 10_000_000, -10_000_000].into_iter().map(Money::euros).collect();
        assert_eq!(value.flows, flows);
    }

    #[test]
    fn a_price_above_the_savings_is_offset_only_by_the_financing_of_the_freed_stock() {
        // 50 000 € more a year for 10 000 € of savings, and 1 Mio. € of stock freed for the
        // contract: the price costs every year, the stock is worth three years' financing.
        let offer = Offer {
            title: "Test".into(),
            contract_years: 3,
            annual_purchases: Money::euros(500_000),
            levers: vec![
                lever(LeverKind::PricePaid, dec!(50000), 1),
                lever(LeverKind::CostSaving, dec!(10000), 1),
                lever(LeverKind::InventoryReduction, dec!(1000000), 1),
            ],
        };
        let value = evaluate_scenario(&offer, base(), Scenario::Likely);
        // Flows: −28 000 + 1 000 000, −28 000, −28 000, −1 000 000: NPV =
        // −28 000 × (1/1,08 + 1/1,08² + 1/1,08³) + 1 000 000 × (1/1,08 − 1/1,08⁴) ≈
        // −72 158,72 + 190 896,07; exactly (50 digits) 118 737,36.
        assert_eq!(value.npv, money("118737.36"));
        // Without the stock the offer is a loss: the capital does not turn a bad price good
        // by more than its financing.
        let mut no_stock = offer.clone();
        no_stock.levers.pop();
        assert!(evaluate_scenario(&no_stock, base(), Scenario::Likely).npv.is_negative());
    }

    #[test]
    fn an_offer_paid_back_only_until_the_stock_is_rebuilt_never_paid_back() {
        // A one-off cost of 100 000 € and 300 000 € less stock in the second and last year:
        // cash −70 000 (after 30 % tax), +300 000, then −300 000 after the contract —
        // cumulative −70 000, +230 000, −70 000: it never pays for itself, whatever year 2 shows.
        let offer = Offer {
            title: "Test".into(),
            contract_years: 2,
            annual_purchases: Money::ZERO,
            levers: vec![
                lever(LeverKind::OneOffCost, dec!(100000), 1),
                lever(LeverKind::InventoryReduction, dec!(300000), 2),
            ],
        };
        let value = evaluate_scenario(&offer, base(), Scenario::Likely);
        let flows: Vec<Money> = [0, -70_000, 300_000, -300_000].into_iter().map(Money::euros).collect();
        assert_eq!(value.flows, flows);
        assert_eq!(value.payback_years, None);
        assert!(value.npv.is_negative());
    }

    #[test]
    fn the_tornado_puts_the_widest_assumption_first() {
        let mut saving = lever(LeverKind::CostSaving, dec!(400000), 1);
        saving.estimate = Estimate { worst: dec!(100000), likely: dec!(400000), best: dec!(500000) };
        let mut price = lever(LeverKind::PricePaid, dec!(150000), 1);
        price.estimate = Estimate { worst: dec!(200000), likely: dec!(150000), best: dec!(150000) };
        let offer = Offer {
            title: "Test".into(),
            contract_years: 2,
            annual_purchases: Money::ZERO,
            levers: vec![price, saving],
        };
        let bars = tornado(&offer, base());
        assert_eq!(bars.iter().map(|b| b.lever).collect::<Vec<_>>(), vec![1, 0]);
        // Saving worst 100 000 (others likely): ΔEBIT −50 000 a year → flows −35 000, −35 000.
        let annuity = dec!(1) / dec!(1.08) + dec!(1) / (dec!(1.08) * dec!(1.08));
        assert_eq!(bars[0].npv_worst, Money::from_decimal(dec!(-35000) * annuity));
        assert_eq!(bars[0].npv_best, Money::from_decimal(dec!(245000) * annuity));
    }
}
