//! Production and investment for a computer CFO: make what it expects to sell plus the
//! stock it wants to hold, buy a line when demand outgrows capacity and the line earns its
//! capital charge, start a catalogue project when it adds EVA over the years left.
//!
//! Investments are judged by what the game scores: the discounted EVA they add in the years
//! that remain (book value left at the end earns nothing), so a late line or project must
//! pay back its capital charge quickly.

use crate::model::appraisal::{ProjectCashFlows, ProjectTerms, investment_cash_flows};
use crate::scenario::Project;
use crate::sim::market::to_f64;

/// Discounted EVA an investment adds over its counted years: each year its NOPAT, the yearly
/// cash flow less depreciation (= (benefit − capex/life) · (1 − tax rate)), less WACC × its
/// average book value, discounted at WACC.
///
/// The cash flows come from the model's rule ([`investment_cash_flows`],
/// [`crate::model::appraisal::project_cash_flows`]), the same one the player's project dialog
/// appraises with.
pub fn discounted_eva(cash: &ProjectCashFlows<f64>, discounting: &Discounting) -> f64 {
    let life = f64::from(cash.life_years);
    let depreciation = cash.depreciation();
    let wacc = discounting.wacc;
    (1..=cash.counted_years)
        .map(|y| {
            let book_start = cash.capex * (1.0 - (f64::from(y) - 1.0) / life);
            let book_end = cash.capex * (1.0 - f64::from(y) / life);
            let eva = (cash.yearly_cash_flow - depreciation) - wacc * (book_start + book_end) / 2.0;
            eva / discounting.power(y)
        })
        .sum()
}

/// A WACC with its discount powers (1 + WACC)^y for the years a game has left: worked out
/// once per decision, not once per candidate investment and year (`pow` is the costliest
/// call of a computer player's year).
#[derive(Clone, Debug)]
pub struct Discounting {
    wacc: f64,
    powers: Vec<f64>,
}

impl Discounting {
    /// `wacc` with its powers for years 1..=`years`.
    pub fn new(wacc: f64, years: u32) -> Discounting {
        Discounting { wacc, powers: (1..=years).map(|y| libm::pow(1.0 + wacc, f64::from(y))).collect() }
    }

    /// (1 + WACC)^`year`, from the table when it is there.
    fn power(&self, year: u32) -> f64 {
        let index = year.checked_sub(1).map(|i| i as usize);
        index.and_then(|i| self.powers.get(i).copied()).unwrap_or_else(|| libm::pow(1.0 + self.wacc, f64::from(year)))
    }
}

/// What a company plans to make and how it will make it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlantPlan {
    /// Units to make this year.
    pub production_units: u64,
    /// Production lines to buy this year.
    pub lines_bought: u32,
}

/// Everything [`plan_plant`] needs.
#[derive(Clone, Copy, Debug)]
pub struct PlantInputs {
    /// Expected sales over all segments.
    pub expected_units: f64,
    /// Units in stock now.
    pub stock_units: f64,
    /// Stock wanted at year end, in units.
    pub target_stock_units: f64,
    /// What the company can make this year without new lines.
    pub capacity_units: f64,
    /// Units one more line can make a year.
    pub units_per_line: f64,
    /// Investment in one line (€).
    pub line_cost: f64,
    /// A line's life and depreciation period.
    pub line_life_years: u32,
    /// Years of the game left, this one included.
    pub years_left: u32,
    /// Contribution of one more unit sold (net price − variable cost), averaged.
    pub unit_margin: f64,
    /// Capacity is planned for the need divided by this (1: exactly the need).
    pub line_utilisation: f64,
    /// Tax rate on profits.
    pub tax_rate: f64,
    /// The company's cost of capital for the year.
    pub wacc: f64,
}

/// Production to plan and lines to buy; at most three lines a year.
pub fn plan_plant(i: &PlantInputs) -> PlantPlan {
    let need = (i.expected_units + i.target_stock_units - i.stock_units).max(0.0);
    let mut capacity = i.capacity_units;
    let mut lines = 0;
    // A strategy that wants spare capacity plans for more than it expects to sell.
    let planned = need / i.line_utilisation.clamp(0.5, 1.0);
    let discounting = Discounting::new(i.wacc, i.years_left);
    while lines < 3 && i.units_per_line > 0.0 {
        let sold = (planned - capacity).clamp(0.0, i.units_per_line);
        if sold <= 0.0 {
            break;
        }
        let cash =
            investment_cash_flows(i.line_cost, i.line_life_years, sold * i.unit_margin, i.tax_rate, i.years_left);
        let value = discounted_eva(&cash, &discounting);
        if value <= 0.0 {
            break;
        }
        lines += 1;
        capacity += i.units_per_line;
    }
    let production = need.min(capacity).max(0.0);
    PlantPlan { production_units: libm::round(production) as u64, lines_bought: lines }
}

/// What a computer CFO expects of a project, in the terms of the cash-flow rule.
#[derive(Clone, Copy, Debug)]
pub struct ProjectOutlook {
    /// Material cost per unit this year (€).
    pub material_per_unit: f64,
    /// Labour cost per unit this year (€).
    pub labour_per_unit: f64,
    /// Units it plans to make this year.
    pub units_per_year: u64,
    /// What one euro of quality or brand boost is worth to it.
    pub boost_value: f64,
    /// Tax rate on profits.
    pub tax_rate: f64,
    /// Years of the game left, this one included.
    pub years_left: u32,
}

/// A project's terms for the cash-flow rule in the computer's f64 estimates: its savings at
/// the planned volume and this year's unit costs, the admin saving, and its brand and quality
/// boosts at the outlook's boost value. A capex below 1 € counts as 1 €.
pub fn project_terms(project: &Project, outlook: &ProjectOutlook) -> ProjectTerms<f64> {
    let e = &project.effects;
    ProjectTerms {
        capex: project.capex.to_f64_lossy().max(1.0),
        life_years: project.life_years,
        material_saving_share: to_f64(e.material_saving),
        labour_saving_share: to_f64(e.labour_saving),
        admin_saving: e.admin_saving.to_f64_lossy(),
        market_boost: (e.quality_boost + e.brand_boost).to_f64_lossy(),
        boost_value: outlook.boost_value,
        material_per_unit: outlook.material_per_unit,
        labour_per_unit: outlook.labour_per_unit,
        units_per_year: outlook.units_per_year,
        tax_rate: outlook.tax_rate,
        remaining_years: outlook.years_left,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discounted_eva_of_an_asset_by_hand() {
        // Capex 1 000, life 2, benefit 800 a year, t = 0, WACC 10 %:
        // year 1: 800 − 500 − 0,1 × 750 = 225 → /1,1 = 204,545…; year 2: 800 − 500 − 0,1 × 250
        // = 275 → /1,21 = 227,272…; sum 431,818…
        let v = discounted_eva(&investment_cash_flows(1000.0, 2, 800.0, 0.0, 5), &Discounting::new(0.1, 5));
        assert!((v - (225.0 / 1.1 + 275.0 / 1.21)).abs() < 1e-9, "{v}");
        // With one year left only the first year counts.
        let v = discounted_eva(&investment_cash_flows(1000.0, 2, 800.0, 0.0, 1), &Discounting::new(0.1, 1));
        assert!((v - 225.0 / 1.1).abs() < 1e-9, "{v}");
        // Tax 30 %: NOPAT (800 − 500) · 0,7 = 210, i.e. the cash flow 800 · 0,7 + 500 · 0,3 = 710
        // less depreciation 500; year 1: 210 − 75 = 135 → /1,1; year 2: 210 − 25 = 185 → /1,21.
        let v = discounted_eva(&investment_cash_flows(1000.0, 2, 800.0, 0.3, 5), &Discounting::new(0.1, 0));
        assert!((v - (135.0 / 1.1 + 185.0 / 1.21)).abs() < 1e-9, "{v}");
    }

    fn inputs() -> PlantInputs {
        PlantInputs {
            expected_units: 500_000.0,
            stock_units: 40_000.0,
            target_stock_units: 50_000.0,
            capacity_units: 690_000.0,
            units_per_line: 115_000.0,
            line_cost: 2_000_000.0,
            line_life_years: 15,
            years_left: 6,
            unit_margin: 20.0,
            line_utilisation: 1.0,
            tax_rate: 0.3,
            wacc: 0.09,
        }
    }

    #[test]
    fn production_covers_sales_and_the_stock_wanted() {
        // 500 000 + 50 000 − 40 000 = 510 000, within capacity: no line.
        assert_eq!(plan_plant(&inputs()), PlantPlan { production_units: 510_000, lines_bought: 0 });
    }

    #[test]
    fn a_line_is_bought_only_when_the_shortfall_pays_for_it() {
        // Need 800 000 + 10 000 = 810 000 against 690 000: 115 000 more sell at 20 € margin,
        // 2,3 M € a year — far above the line's yearly cost of about 0,3 M €. The second line
        // would sell 5 000 units (100 000 € against 133 333 € depreciation alone): not bought.
        let short = PlantInputs { expected_units: 800_000.0, ..inputs() };
        assert_eq!(plan_plant(&short), PlantPlan { production_units: 805_000, lines_bought: 1 });
        // A shortfall of 5 000 units does not pay for a 2 M € line either.
        let tiny = PlantInputs { expected_units: 685_000.0, ..inputs() };
        assert_eq!(plan_plant(&tiny), PlantPlan { production_units: 690_000, lines_bought: 0 });
    }
}
