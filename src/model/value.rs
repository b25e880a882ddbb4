//! Value creation (DESIGN §8): WACC, NOPAT, EVA, the EVA driver tree and the exact Shapley
//! attribution of a year-over-year change in EVA to revenue, margin, tax, capital and WACC.
//!
//! Architecture invariant: EVA of year t charges the *average* capital employed of year t
//! (opening and closing balance sheet, [`average_capital_employed`]), and the same rounding
//! everywhere: NOPAT and the capital
//! charge are each rounded to cents, EVA is their exact difference. [`eva`] and
//! [`driver_tree`] therefore agree to the cent, and so does [`EvaFactors::eva`] unless
//! R · (EBIT / R) lands on the other side of a half cent than EBIT itself (the margin is a
//! 28-digit quotient), which moves it by one cent at most.
//!
//! Rates and ratios are unrounded `Decimal`s (28 significant digits); reports round
//! them when they print. Arithmetic saturates at `Decimal`'s range instead of panicking;
//! validated inputs stay many orders of magnitude below it (DESIGN §3).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::capital::CostOfCapital;
use super::kpi::KpiValue;
use super::kpi::over_positive;
use super::money::Money;
use super::statements::{BalanceSheet, IncomeStatement};

/// Net operating profit after tax: EBIT · (1 − tax rate), rounded to cents.
///
/// A negative EBIT gives a negative NOPAT (the loss shields other income from tax).
pub fn nopat(income: &IncomeStatement, tax_rate: Decimal) -> Money {
    nopat_of(income.ebit, tax_rate)
}

/// NOPAT of an EBIT: EBIT · (1 − tax rate), rounded to cents.
pub fn nopat_of(ebit: Money, tax_rate: Decimal) -> Money {
    Money::from_decimal(ebit.amount().saturating_mul(Decimal::ONE.saturating_sub(tax_rate)))
}

/// Average capital employed of a year: (opening + closing) / 2, rounded to cents. The
/// capital charge uses it, so capital tied up in any year, the last included, is charged
/// in the year it is tied up (half in the year it appears, half in the next while it stays).
pub fn average_capital_employed(opening: &BalanceSheet, closing: &BalanceSheet) -> Money {
    average(opening.capital_employed(), closing.capital_employed())
}

/// (a + b) / 2, rounded to cents.
pub fn average(a: Money, b: Money) -> Money {
    Money::from_decimal((a + b).amount() / Decimal::TWO)
}

/// Economic Value Added of one year and its parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Eva {
    /// EBIT · (1 − tax rate), rounded to cents.
    pub nopat: Money,
    /// Average capital employed of the year (operating view, [`average_capital_employed`]).
    pub capital_employed: Money,
    /// The cost of capital the charge uses, as a fraction (0.08 = 8 %).
    pub wacc: Decimal,
    /// WACC · average capital employed, rounded to cents.
    pub capital_charge: Money,
    /// NOPAT − capital charge, exact.
    pub eva: Money,
    /// NOPAT / average capital employed; `None` when capital employed is not positive,
    /// where a return on capital means nothing.
    pub roic: Option<Decimal>,
}

/// EVA = NOPAT − WACC · CE for one year, CE the average of `opening` and `closing`.
pub fn eva(
    income: &IncomeStatement,
    opening: &BalanceSheet,
    closing: &BalanceSheet,
    tax_rate: Decimal,
    wacc: Decimal,
) -> Eva {
    eva_of(income.ebit, opening.capital_employed(), closing.capital_employed(), tax_rate, wacc)
}

/// EVA of a year from its EBIT and the capital employed at its start and end: the one
/// formula the game's companies and the customer lab's published reports and offers share.
pub fn eva_of(ebit: Money, opening_capital: Money, closing_capital: Money, tax_rate: Decimal, wacc: Decimal) -> Eva {
    let nopat = nopat_of(ebit, tax_rate);
    let capital_employed = average(opening_capital, closing_capital);
    let capital_charge = Money::from_decimal(wacc.saturating_mul(capital_employed.amount()));
    Eva {
        nopat,
        capital_employed,
        wacc,
        capital_charge,
        eva: nopat - capital_charge,
        roic: over_positive(nopat.amount(), capital_employed.amount()),
    }
}

/// Each cost line of the income statement as a fraction of net revenue: the leaves under
/// EBIT margin (EBIT margin = 1 − the sum of these).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CostRatios {
    /// Cost of goods sold / net revenue; moved by production volume, material prices, price.
    pub cogs: Decimal,
    /// Marketing / net revenue; moved by the marketing budget.
    pub marketing: Decimal,
    /// R&D / net revenue; moved by the R&D budget.
    pub rnd: Decimal,
    /// Sales force / net revenue; moved by sales headcount.
    pub sales_force: Decimal,
    /// Administration / net revenue; fixed overhead, diluted by volume.
    pub admin: Decimal,
    /// Cost-to-serve / net revenue; moved by the key-account mix and volume.
    pub cost_to_serve: Decimal,
    /// Inventory holding / net revenue; moved by production beyond sales.
    pub inventory_holding: Decimal,
    /// Depreciation / net revenue; moved by capex (production lines, projects).
    pub depreciation: Decimal,
}

impl CostRatios {
    /// The driver-tree keys of the ratios, in income-statement order.
    pub const KEYS: [&'static str; 8] = [
        "cogs_ratio",
        "marketing_ratio",
        "rnd_ratio",
        "sales_force_ratio",
        "admin_ratio",
        "cost_to_serve_ratio",
        "inventory_holding_ratio",
        "depreciation_ratio",
    ];

    /// Each cost line of `income` / its net revenue; `None` when net revenue is not positive.
    pub fn of(income: &IncomeStatement) -> Option<CostRatios> {
        let of_revenue = |amount: Money| over_positive(amount.amount(), income.net_revenue.amount());
        Some(CostRatios {
            cogs: of_revenue(income.cogs)?,
            marketing: of_revenue(income.marketing)?,
            rnd: of_revenue(income.rnd)?,
            sales_force: of_revenue(income.sales_force)?,
            admin: of_revenue(income.admin)?,
            cost_to_serve: of_revenue(income.cost_to_serve)?,
            inventory_holding: of_revenue(income.inventory_holding)?,
            depreciation: of_revenue(income.depreciation)?,
        })
    }

    /// The ratios as (driver-tree key, fraction) in income-statement order.
    pub fn lines(&self) -> [(&'static str, Decimal); 8] {
        let [k0, k1, k2, k3, k4, k5, k6, k7] = CostRatios::KEYS;
        [
            (k0, self.cogs),
            (k1, self.marketing),
            (k2, self.rnd),
            (k3, self.sales_force),
            (k4, self.admin),
            (k5, self.cost_to_serve),
            (k6, self.inventory_holding),
            (k7, self.depreciation),
        ]
    }

    /// The sum of all cost ratios: 1 − EBIT margin.
    pub fn total(&self) -> Decimal {
        self.lines().iter().fold(Decimal::ZERO, |sum, (_, ratio)| sum.saturating_add(*ratio))
    }
}

/// The EVA driver tree of one year (DESIGN §8), from the root down:
///
/// ```text
/// EVA = spread × CE
/// ├─ spread = ROIC − WACC
/// │  ├─ ROIC = NOPAT margin × capital turnover
/// │  │  ├─ NOPAT margin ≈ EBIT margin × (1 − tax rate)
/// │  │  │  ├─ EBIT margin = 1 − Σ cost ratios (COGS, each opex kind, depreciation)
/// │  │  │  └─ tax rate
/// │  │  └─ capital turnover = net revenue / CE
/// │  │     └─ net revenue = volume × average net price
/// │  └─ WACC = (1 − L)·k_E + L·k_D·(1 − t)
/// │     ├─ leverage L (net debt / (net debt + equity))
/// │     ├─ cost of equity k_E
/// │     └─ cost of debt k_D
/// └─ CE (average of the year) = net fixed assets + inventory + receivables − payables
/// ```
///
/// Each capital item is the average of its opening and closing value; payables take the
/// rounding cent, so the four items sum to CE exactly. Margins and turnover are `None` when
/// net revenue is not positive; ROIC, turnover and spread are `None` when capital employed
/// is not positive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DriverTree {
    /// Economic Value Added: NOPAT − WACC · CE, CE the average of the year.
    pub eva: Money,
    /// ROIC − WACC: the return above (or below) the cost of capital.
    pub spread: Option<Decimal>,
    /// NOPAT / average capital employed.
    pub roic: Option<Decimal>,
    /// Weighted average cost of capital.
    pub wacc: Decimal,
    /// How the WACC was made (leverage, cost of equity, cost of debt).
    pub cost_of_capital: CostOfCapital,
    /// NOPAT in euros (EBIT · (1 − tax rate), rounded to cents).
    pub nopat: Money,
    /// NOPAT / net revenue (with NOPAT rounded to cents, so ROIC = NOPAT margin × turnover).
    pub nopat_margin: Option<Decimal>,
    /// EBIT / net revenue (return on sales).
    pub ebit_margin: Option<Decimal>,
    /// The tax rate NOPAT uses.
    pub tax_rate: Decimal,
    /// Each cost line / net revenue; `None` when net revenue is not positive.
    pub cost_ratios: Option<CostRatios>,
    /// Net revenue / average capital employed (times per year).
    pub capital_turnover: Option<Decimal>,
    /// Revenue after rebates.
    pub net_revenue: Money,
    /// Units sold, when known and above zero.
    pub volume_units: Option<u64>,
    /// Net revenue / units sold, rounded to cents; `None` without units.
    pub average_net_price: Option<Money>,
    /// Average capital employed: net fixed assets + inventory + receivables − payables.
    pub capital_employed: Money,
    /// Average PP&E net of accumulated depreciation.
    pub net_fixed_assets: Money,
    /// Average inventory.
    pub inventory: Money,
    /// Average receivables.
    pub receivables: Money,
    /// Average trade payables (subtracted: supplier credit finances operations); takes the
    /// rounding cent of the averages.
    pub payables: Money,
}

/// One node of a driver tree for generic rendering: its key, its parent's key and value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DriverNode {
    /// Stable key, e.g. `"ebit_margin"` or `"cogs_ratio"`.
    pub key: &'static str,
    /// The node this one drives; `None` for the root (`"eva"`).
    pub parent: Option<&'static str>,
    /// The node's value.
    pub value: KpiValue,
}

impl DriverNode {
    /// How deep the node sits among `nodes` (the root is 0); the report's indentation.
    pub fn depth(&self, nodes: &[DriverNode]) -> usize {
        let mut depth = 0;
        let mut parent = self.parent;
        // The tree is a dozen levels at most; the bound guards against a cycle.
        while let Some(key) = parent {
            depth += 1;
            parent = nodes.iter().find(|n| n.key == key).and_then(|n| n.parent);
            if depth > nodes.len() {
                break;
            }
        }
        depth
    }
}

impl DriverTree {
    /// Every node, parents before their children (depth first), for reports and exports.
    pub fn nodes(&self) -> Vec<DriverNode> {
        let node = |key, parent, value| DriverNode { key, parent, value };
        let mut nodes = vec![
            node("eva", None, KpiValue::Money(self.eva)),
            node("spread", Some("eva"), KpiValue::Ratio(self.spread)),
            node("roic", Some("spread"), KpiValue::Ratio(self.roic)),
            node("nopat_margin", Some("roic"), KpiValue::Ratio(self.nopat_margin)),
            node("ebit_margin", Some("nopat_margin"), KpiValue::Ratio(self.ebit_margin)),
        ];
        for (i, key) in CostRatios::KEYS.into_iter().enumerate() {
            let ratio = self.cost_ratios.map(|ratios| ratios.lines()[i].1);
            nodes.push(node(key, Some("ebit_margin"), KpiValue::Ratio(ratio)));
        }
        nodes.extend([
            node("tax_rate", Some("nopat_margin"), KpiValue::Ratio(Some(self.tax_rate))),
            node("capital_turnover", Some("roic"), KpiValue::Ratio(self.capital_turnover)),
            node("net_revenue", Some("capital_turnover"), KpiValue::Money(self.net_revenue)),
        ]);
        if let (Some(volume), Some(price)) = (self.volume_units, self.average_net_price) {
            nodes.push(node("volume_units", Some("net_revenue"), KpiValue::Units(Some(Decimal::from(volume)))));
            nodes.push(node("average_net_price", Some("net_revenue"), KpiValue::Money(price)));
        }
        nodes.extend([
            node("wacc", Some("spread"), KpiValue::Ratio(Some(self.wacc))),
            node("leverage", Some("wacc"), KpiValue::Ratio(Some(self.cost_of_capital.leverage))),
            node("cost_of_equity", Some("wacc"), KpiValue::Ratio(Some(self.cost_of_capital.cost_of_equity))),
            node("cost_of_debt", Some("wacc"), KpiValue::Ratio(Some(self.cost_of_capital.cost_of_debt))),
            node("capital_employed", Some("eva"), KpiValue::Money(self.capital_employed)),
            node("net_fixed_assets", Some("capital_employed"), KpiValue::Money(self.net_fixed_assets)),
            node("inventory", Some("capital_employed"), KpiValue::Money(self.inventory)),
            node("receivables", Some("capital_employed"), KpiValue::Money(self.receivables)),
            node("payables", Some("capital_employed"), KpiValue::Money(self.payables)),
        ]);
        nodes
    }
}

/// Builds the EVA driver tree of one year from its income statement, the balance sheets at
/// its start and end, and its cost of capital. `units_sold` of 0 means "unknown": volume
/// and average net price are then left out.
pub fn driver_tree(
    income: &IncomeStatement,
    opening: &BalanceSheet,
    closing: &BalanceSheet,
    tax_rate: Decimal,
    cost_of_capital: CostOfCapital,
    units_sold: u64,
) -> DriverTree {
    let wacc = cost_of_capital.wacc;
    let value = eva(income, opening, closing, tax_rate, wacc);
    let net_fixed_assets = average(opening.ppe_net, closing.ppe_net);
    let inventory = average(opening.inventory, closing.inventory);
    let receivables = average(opening.receivables, closing.receivables);
    let net_revenue = income.net_revenue;
    let of_revenue = |amount: Money| over_positive(amount.amount(), net_revenue.amount());
    let (volume_units, average_net_price) = if units_sold > 0 {
        (Some(units_sold), net_revenue.amount().checked_div(Decimal::from(units_sold)).map(Money::from_decimal))
    } else {
        (None, None)
    };
    DriverTree {
        eva: value.eva,
        spread: value.roic.map(|roic| roic.saturating_sub(wacc)),
        roic: value.roic,
        wacc,
        cost_of_capital,
        nopat: value.nopat,
        nopat_margin: of_revenue(value.nopat),
        ebit_margin: of_revenue(income.ebit),
        tax_rate,
        cost_ratios: CostRatios::of(income),
        capital_turnover: over_positive(net_revenue.amount(), value.capital_employed.amount()),
        net_revenue,
        volume_units,
        average_net_price,
        capital_employed: value.capital_employed,
        net_fixed_assets,
        inventory,
        receivables,
        payables: net_fixed_assets + inventory + receivables - value.capital_employed,
    }
}

/// The five factors of EVA = R · m · (1 − t) − w · CE that attribution splits a change over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvaFactors {
    /// Net revenue R in euros.
    pub net_revenue: Decimal,
    /// EBIT margin m = EBIT / R.
    pub ebit_margin: Decimal,
    /// Tax rate t.
    pub tax_rate: Decimal,
    /// Average capital employed CE in euros.
    pub capital_employed: Decimal,
    /// WACC w.
    pub wacc: Decimal,
}

impl EvaFactors {
    /// The factors of one year; `None` when net revenue is not positive (no EBIT margin).
    pub fn from_statements(
        income: &IncomeStatement,
        opening: &BalanceSheet,
        closing: &BalanceSheet,
        tax_rate: Decimal,
        wacc: Decimal,
    ) -> Option<EvaFactors> {
        Some(EvaFactors {
            net_revenue: income.net_revenue.amount(),
            ebit_margin: over_positive(income.ebit.amount(), income.net_revenue.amount())?,
            tax_rate,
            capital_employed: average_capital_employed(opening, closing).amount(),
            wacc,
        })
    }

    /// EVA with the same rounding as [`eva`]: NOPAT R·m·(1 − t) and the charge w·CE are
    /// each rounded to cents.
    pub fn eva(&self) -> Money {
        let [nopat, charge] = self.nopat_and_charge();
        Money::from_decimal(nopat) - Money::from_decimal(charge)
    }

    /// Unrounded NOPAT and capital charge.
    fn nopat_and_charge(&self) -> [Decimal; 2] {
        let nopat = self
            .net_revenue
            .saturating_mul(self.ebit_margin)
            .saturating_mul(Decimal::ONE.saturating_sub(self.tax_rate));
        [nopat, self.wacc.saturating_mul(self.capital_employed)]
    }

    /// Unrounded EVA, the characteristic function of the Shapley split.
    fn eva_exact(&self) -> Decimal {
        let [nopat, charge] = self.nopat_and_charge();
        nopat.saturating_sub(charge)
    }

    /// The factors with those named in `mask` (bit i = factor i in [`Attribution`] order)
    /// taken from `next` and the rest from `self`.
    fn mixed(&self, next: &EvaFactors, mask: usize) -> EvaFactors {
        let pick = |bit: usize, old: Decimal, new: Decimal| if mask & (1 << bit) != 0 { new } else { old };
        EvaFactors {
            net_revenue: pick(0, self.net_revenue, next.net_revenue),
            ebit_margin: pick(1, self.ebit_margin, next.ebit_margin),
            tax_rate: pick(2, self.tax_rate, next.tax_rate),
            capital_employed: pick(3, self.capital_employed, next.capital_employed),
            wacc: pick(4, self.wacc, next.wacc),
        }
    }
}

/// A change in EVA split over its five factors; the parts sum to `total` to the cent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// Share of ΔEVA due to the change in net revenue.
    pub revenue: Money,
    /// Share due to the change in EBIT margin.
    pub margin: Money,
    /// Share due to the change in the tax rate.
    pub tax: Money,
    /// Share due to the change in average capital employed.
    pub capital: Money,
    /// Share due to the change in WACC.
    pub wacc: Money,
    /// ΔEVA = EVA(next) − EVA(prev), each EVA rounded as [`EvaFactors::eva`] rounds it.
    pub total: Money,
}

impl Attribution {
    /// The five parts as (key, amount) in factor order.
    pub fn parts(&self) -> [(&'static str, Money); 5] {
        [
            ("revenue", self.revenue),
            ("margin", self.margin),
            ("tax", self.tax),
            ("capital", self.capital),
            ("wacc", self.wacc),
        ]
    }
}

/// Splits EVA(next) − EVA(prev) exactly over revenue, margin, tax, capital and WACC with
/// Shapley values: each factor's marginal contribution averaged over all 5! = 120 orders
/// in which the factors could switch from `prev` to `next`.
///
/// Closed form: φ_i = Σ_{S ⊆ N∖{i}} |S|!·(4 − |S|)!/120 · [v(S ∪ {i}) − v(S)], where v(S)
/// is the unrounded EVA with the factors in S taken from `next`. Each φ_i is rounded to
/// cents; the rounding residue (a few cents at most) goes to the part largest in absolute
/// value (the first such in factor order on a tie), so the parts sum to `total` exactly.
pub fn attribute(prev: &EvaFactors, next: &EvaFactors) -> Attribution {
    const FACTORS: usize = 5;
    // |S|!·(4 − |S|)! for |S| = 0..=4; their sum over all subsets of the other four is 120.
    const ORDER_COUNTS: [i64; FACTORS] = [24, 6, 4, 6, 24];
    let values: [Decimal; 1 << FACTORS] = std::array::from_fn(|mask| prev.mixed(next, mask).eva_exact());
    let mut exact = [Decimal::ZERO; FACTORS];
    for (factor, share) in exact.iter_mut().enumerate() {
        let bit = 1usize << factor;
        let mut weighted = Decimal::ZERO;
        for (without, value_without) in values.iter().enumerate().filter(|(mask, _)| mask & bit == 0) {
            let marginal = values[without | bit].saturating_sub(*value_without);
            let orders = Decimal::from(ORDER_COUNTS[without.count_ones() as usize]);
            weighted = weighted.saturating_add(marginal.saturating_mul(orders));
        }
        *share = weighted.checked_div(Decimal::from(120)).unwrap_or(Decimal::ZERO);
    }
    let total = next.eva() - prev.eva();
    let mut parts = exact.map(Money::from_decimal);
    let residue = total - parts.iter().sum::<Money>();
    let largest = (0..FACTORS).fold(0, |best, i| if exact[i].abs() > exact[best].abs() { i } else { best });
    parts[largest] += residue;
    let [revenue, margin, tax, capital, wacc] = parts;
    Attribution { revenue, margin, tax, capital, wacc, total }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_the_parents_up_to_eva() {
        let nodes = [
            DriverNode { key: "eva", parent: None, value: KpiValue::Money(Money::ZERO) },
            DriverNode { key: "spread", parent: Some("eva"), value: KpiValue::Ratio(None) },
            DriverNode { key: "roic", parent: Some("spread"), value: KpiValue::Ratio(None) },
            DriverNode { key: "loop", parent: Some("loop"), value: KpiValue::Ratio(None) },
        ];
        let depths: Vec<usize> = nodes.iter().map(|n| n.depth(&nodes)).collect();
        // eva 0; spread → eva 1; roic → spread → eva 2; a node that names itself stops at
        // the bound (one more than the node count) instead of looping.
        assert_eq!(depths, vec![0, 1, 2, 5]);
    }
    use crate::model::fixtures::{closing, income, opening};
    use crate::model::rounding::round;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    #[test]
    fn eva_is_nopat_minus_the_charge_on_average_capital() {
        // NOPAT = 150 000 · 0.75 = 112 500; CE opening 400 000 + 300 000 + 200 000 − 200 000
        // = 700 000, closing 850 000, average 775 000; charge = 0.0975 · 775 000 = 75 562,50;
        // EVA = 112 500 − 75 562,50 = 36 937,50; ROIC = 112 500 / 775 000 = 0.1451612903…
        let eva = eva(&income(), &opening(), &closing(), dec!(0.25), dec!(0.0975));
        assert_eq!(eva.nopat, Money::euros(112_500));
        assert_eq!(eva.capital_employed, Money::euros(775_000));
        assert_eq!(eva.capital_charge, Money::cents(7_556_250));
        assert_eq!(eva.eva, Money::cents(3_693_750));
        assert_eq!(eva.roic.map(|r| round(r, 6)), Some(dec!(0.145161)));
    }

    #[test]
    fn capital_added_at_the_end_of_the_year_is_charged_in_that_year() {
        // The same year closing with 100 000 more receivables (longer terms granted): CE
        // closing 950 000, average 825 000; the charge rises by 0.0975 · 50 000 = 4 875.
        let c = closing();
        let longer_terms = BalanceSheet::from_lines(crate::model::BalanceLines {
            cash: c.cash - Money::euros(100_000),
            receivables: c.receivables + Money::euros(100_000),
            ..c.lines_given()
        });
        let base = eva(&income(), &opening(), &c, dec!(0.25), dec!(0.0975));
        let more = eva(&income(), &opening(), &longer_terms, dec!(0.25), dec!(0.0975));
        assert_eq!(base.capital_charge - more.capital_charge, Money::euros(-4_875));
    }

    #[test]
    fn eva_rounds_nopat_and_charge_to_cents() {
        // EBIT 150 000, t = 1/3: 1 − t = 0.666…667 (28 digits), NOPAT = 100 000.000…05 → 100 000.00;
        // charge = 0.0123456 · 775 000 = 9 567.84; EVA = 90 432.16.
        let eva = eva(&income(), &opening(), &closing(), Decimal::ONE / Decimal::from(3), dec!(0.0123456));
        assert_eq!(eva.nopat, Money::euros(100_000));
        assert_eq!(eva.capital_charge, Money::cents(956_784));
        assert_eq!(eva.eva, Money::cents(9_043_216));
    }

    #[test]
    fn driver_tree_multiplies_back() {
        let tax = dec!(0.25);
        let wacc = dec!(0.0975);
        let tree = driver_tree(&income(), &opening(), &closing(), tax, cost(wacc), 4_000);
        let tolerance = dec!(0.000000000000000000001);
        let ratios = tree.cost_ratios.expect("net revenue is positive");
        let ebit_margin = tree.ebit_margin.expect("net revenue is positive");
        // COGS 600 000 / 1 000 000 = 0.6; EBIT margin 150 000 / 1 000 000 = 0.15.
        assert_eq!(ratios.cogs, dec!(0.6));
        assert_eq!(ebit_margin, dec!(0.15));
        assert!((Decimal::ONE - ratios.total() - ebit_margin).abs() < tolerance);
        let nopat_margin = tree.nopat_margin.expect("net revenue is positive");
        assert!((ebit_margin * (Decimal::ONE - tax) - nopat_margin).abs() < tolerance);
        let roic = tree.roic.expect("capital employed is positive");
        let turnover = tree.capital_turnover.expect("capital employed is positive");
        // Turnover = 1 000 000 / 775 000 = 1.290322…
        assert_eq!(round(turnover, 6), dec!(1.290323));
        assert!((nopat_margin * turnover - roic).abs() < tolerance);
        let spread = tree.spread.expect("ROIC is defined");
        assert_eq!(spread, roic - wacc);
        // EVA = spread · CE up to the rounding of the charge to cents.
        let rebuilt = spread * tree.capital_employed.amount();
        assert!((rebuilt - tree.eva.amount()).abs() <= dec!(0.005));
        assert_eq!(tree.eva, Money::cents(3_693_750));
        // Averages: fixed assets (400 000 + 430 000)/2 = 415 000, inventory 310 000,
        // receivables 225 000, payables 175 000: 415 + 310 + 225 − 175 = 775 000.
        assert_eq!(
            [tree.net_fixed_assets, tree.inventory, tree.receivables, tree.payables],
            [415_000, 310_000, 225_000, 175_000].map(Money::euros)
        );
        assert_eq!(tree.net_fixed_assets + tree.inventory + tree.receivables - tree.payables, tree.capital_employed);
        // 4 000 units · 250 € = 1 000 000 € net revenue.
        assert_eq!(tree.volume_units, Some(4_000));
        assert_eq!(tree.average_net_price, Some(Money::euros(250)));
    }

    #[test]
    fn driver_tree_nodes_name_their_parents() {
        let tree = driver_tree(&income(), &opening(), &closing(), dec!(0.25), cost(dec!(0.0975)), 4_000);
        let nodes = tree.nodes();
        assert_eq!(nodes[0].key, "eva");
        assert_eq!(nodes[0].parent, None);
        for (i, node) in nodes.iter().enumerate().skip(1) {
            let parent = node.parent.expect("only the root has no parent");
            assert!(nodes[..i].iter().any(|n| n.key == parent), "{} before its parent {parent}", node.key);
        }
        assert_eq!(nodes.iter().filter(|n| n.parent == Some("ebit_margin")).count(), 8);
        assert_eq!(nodes.iter().filter(|n| n.parent == Some("wacc")).count(), 3);
        let without_units = driver_tree(&income(), &opening(), &closing(), dec!(0.25), cost(dec!(0.0975)), 0);
        assert_eq!(without_units.nodes().len(), nodes.len() - 2);
    }

    #[test]
    fn driver_tree_without_revenue_or_capital_has_no_ratios() {
        let empty = BalanceSheet::default();
        let tree = driver_tree(&IncomeStatement::default(), &empty, &empty, dec!(0.3), cost(dec!(0.08)), 10);
        assert_eq!(tree.eva, Money::ZERO);
        assert_eq!((tree.roic, tree.spread, tree.ebit_margin, tree.capital_turnover), (None, None, None, None));
        assert_eq!(tree.cost_ratios, None);
        // 0 € / 10 units = 0 € a unit.
        assert_eq!(tree.average_net_price, Some(Money::ZERO));
    }

    /// A cost of capital that is only its WACC.
    fn cost(wacc: Decimal) -> CostOfCapital {
        CostOfCapital { wacc, ..CostOfCapital::default() }
    }

    fn factors(net_revenue: Decimal, ebit_margin: Decimal, capital_employed: Decimal, wacc: Decimal) -> EvaFactors {
        EvaFactors { net_revenue, ebit_margin, tax_rate: dec!(0.3), capital_employed, wacc }
    }

    #[test]
    fn attribution_of_a_price_volume_and_margin_change() {
        // prev: R = 10 M, m = 10 %, t = 30 %, CE = 5 M, w = 10 %:
        //   EVA = 10 M · 0.10 · 0.7 − 0.10 · 5 M = 700 000 − 500 000 = 200 000.
        // next: R = 12 M, m = 8 %, rest unchanged:
        //   EVA = 12 M · 0.08 · 0.7 − 500 000 = 672 000 − 500 000 = 172 000; ΔEVA = −28 000.
        // With two factors Shapley averages the two orders:
        //   revenue = ½ · [(12 M − 10 M) · 0.10 + (12 M − 10 M) · 0.08] · 0.7 = ½ · 360 000 · 0.7 = 126 000
        //   margin  = ½ · [10 M · (−0.02) + 12 M · (−0.02)] · 0.7 = ½ · (−440 000) · 0.7 = −154 000
        //   126 000 − 154 000 = −28 000 ✓
        let prev = factors(dec!(10_000_000), dec!(0.10), dec!(5_000_000), dec!(0.10));
        let next = factors(dec!(12_000_000), dec!(0.08), dec!(5_000_000), dec!(0.10));
        let a = attribute(&prev, &next);
        assert_eq!(a.revenue, Money::euros(126_000));
        assert_eq!(a.margin, Money::euros(-154_000));
        assert_eq!((a.tax, a.capital, a.wacc), (Money::ZERO, Money::ZERO, Money::ZERO));
        assert_eq!(a.total, Money::euros(-28_000));
    }

    #[test]
    fn attribution_of_capital_and_wacc_changes() {
        // Only the charge w · CE moves: 0.10 · 5 M = 500 000 → 0.09 · 6 M = 540 000.
        //   capital = −½ · [(6 M − 5 M) · 0.10 + (6 M − 5 M) · 0.09] = −½ · 190 000 = −95 000
        //   wacc    = −½ · [(0.09 − 0.10) · 5 M + (0.09 − 0.10) · 6 M] = −½ · (−110 000) = 55 000
        //   total   = −540 000 + 500 000 = −40 000 = −95 000 + 55 000 ✓
        let prev = factors(dec!(10_000_000), dec!(0.10), dec!(5_000_000), dec!(0.10));
        let next = factors(dec!(10_000_000), dec!(0.10), dec!(6_000_000), dec!(0.09));
        let a = attribute(&prev, &next);
        assert_eq!((a.revenue, a.margin, a.tax), (Money::ZERO, Money::ZERO, Money::ZERO));
        assert_eq!(a.capital, Money::euros(-95_000));
        assert_eq!(a.wacc, Money::euros(55_000));
        assert_eq!(a.total, Money::euros(-40_000));
    }

    #[test]
    fn attribution_of_three_changes_gives_the_residue_to_the_largest_part() {
        // R · m · (1 − t) with R: 1 → 2, m: 1 → 2, (1 − t): 1 → 2 (t: 0 → −1), CE = 0.
        // NOPAT 1 → 8, ΔEVA = 7. By symmetry each of the three factors gets 7/3 = 2.333…
        // → 2.33 each, 6.99 in sum; the missing cent goes to the first of the equal parts.
        let prev = EvaFactors {
            net_revenue: dec!(1),
            ebit_margin: dec!(1),
            tax_rate: dec!(0),
            capital_employed: dec!(0),
            wacc: dec!(0.1),
        };
        let next = EvaFactors { net_revenue: dec!(2), ebit_margin: dec!(2), tax_rate: dec!(-1), ..prev };
        let a = attribute(&prev, &next);
        assert_eq!(a.total, Money::euros(7));
        assert_eq!(a.revenue, Money::cents(234));
        assert_eq!(a.margin, Money::cents(233));
        assert_eq!(a.tax, Money::cents(233));
        assert_eq!((a.capital, a.wacc), (Money::ZERO, Money::ZERO));
    }

    #[test]
    fn attribution_total_matches_eva_of_the_statements() {
        let tax = dec!(0.25);
        let wacc = dec!(0.0975);
        let prev =
            EvaFactors::from_statements(&income(), &opening(), &closing(), tax, wacc).expect("net revenue is positive");
        assert_eq!(prev.eva(), eva(&income(), &opening(), &closing(), tax, wacc).eva);
        let a = attribute(&prev, &prev);
        assert_eq!(a.parts().iter().map(|(_, m)| *m).sum::<Money>(), Money::ZERO);
        assert_eq!(a.total, Money::ZERO);
        assert_eq!(EvaFactors::from_statements(&IncomeStatement::default(), &opening(), &closing(), tax, wacc), None);
    }

    fn bounded_factors() -> impl Strategy<Value = EvaFactors> {
        (
            0i64..1_000_000_000_000,
            -100_000i64..100_000,
            0i64..=6_000,
            -1_000_000_000_000i64..1_000_000_000_000,
            0i64..5_000,
        )
            .prop_map(|(revenue_cents, margin, tax, capital_cents, wacc)| EvaFactors {
                net_revenue: Decimal::new(revenue_cents, 2),
                ebit_margin: Decimal::new(margin, 5),
                tax_rate: Decimal::new(tax, 4),
                capital_employed: Decimal::new(capital_cents, 2),
                wacc: Decimal::new(wacc, 4),
            })
    }

    proptest! {
        #[test]
        fn attribution_parts_sum_exactly_to_the_change(prev in bounded_factors(), next in bounded_factors()) {
            let a = attribute(&prev, &next);
            let parts: Money = a.parts().iter().map(|(_, m)| *m).sum();
            prop_assert_eq!(parts, a.total);
            prop_assert_eq!(a.total, next.eva() - prev.eva());
            // Rounding NOPAT and charge of both years moves ΔEVA by 4 · ½ cent at most.
            let exact_total = next.eva_exact() - prev.eva_exact();
            prop_assert!((a.total.amount() - exact_total).abs() <= dec!(0.02));
        }
    }
}
