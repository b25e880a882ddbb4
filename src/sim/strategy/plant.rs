//! Production and investment for a computer CFO: make what it expects to sell plus the
//! stock it wants to hold, buy a line when demand outgrows capacity and the line earns its
//! capital charge, start a catalogue project when it adds EVA over the years left.
//!
//! Investments are judged by what the game scores: the discounted EVA they add in the years
//! that remain (book value left at the end earns nothing), so a late line or project must
//! pay back its capital charge quickly.

use crate::scenario::Project;

/// Discounted EVA an asset adds over `years` of the game: each year (B − C/L)·(1 − t) less
/// WACC × its average book value, discounted at WACC. `benefit` is the yearly pre-tax gain.
pub fn discounted_eva(capex: f64, life_years: u32, years: u32, benefit: f64, tax_rate: f64, wacc: f64) -> f64 {
    let life = f64::from(life_years.max(1));
    let depreciation = capex / life;
    (1..=years.min(life_years.max(1)))
        .map(|y| {
            let y = f64::from(y);
            let book_start = capex * (1.0 - (y - 1.0) / life);
            let book_end = capex * (1.0 - y / life);
            let eva = (benefit - depreciation) * (1.0 - tax_rate) - wacc * (book_start + book_end) / 2.0;
            eva / libm::pow(1.0 + wacc, y)
        })
        .sum()
}

/// What a company plans to make and how it will make it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlantPlan {
    pub production_units: u64,
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
    pub units_per_line: f64,
    pub line_cost: f64,
    pub line_life_years: u32,
    /// Years of the game left, this one included.
    pub years_left: u32,
    /// Contribution of one more unit sold (net price − variable cost), averaged.
    pub unit_margin: f64,
    /// Capacity is planned for the need divided by this (1: exactly the need).
    pub line_utilisation: f64,
    pub tax_rate: f64,
    pub wacc: f64,
}

/// Production to plan and lines to buy; at most three lines a year.
pub fn plan_plant(i: &PlantInputs) -> PlantPlan {
    let need = (i.expected_units + i.target_stock_units - i.stock_units).max(0.0);
    let mut capacity = i.capacity_units;
    let mut lines = 0;
    // A strategy that wants spare capacity plans for more than it expects to sell.
    let planned = need / i.line_utilisation.clamp(0.5, 1.0);
    while lines < 3 && i.units_per_line > 0.0 {
        let sold = (planned - capacity).clamp(0.0, i.units_per_line);
        if sold <= 0.0 {
            break;
        }
        let value =
            discounted_eva(i.line_cost, i.line_life_years, i.years_left, sold * i.unit_margin, i.tax_rate, i.wacc);
        if value <= 0.0 {
            break;
        }
        lines += 1;
        capacity += i.units_per_line;
    }
    let production = need.min(capacity).max(0.0);
    PlantPlan { production_units: libm::round(production) as u64, lines_bought: lines }
}

/// The yearly pre-tax benefit of a project's effects: savings at the expected volume, the
/// admin saving, and its brand and quality boosts at `boost_value` of their amount.
pub fn project_benefit(project: &Project, material: f64, labour: f64, units: f64, boost_value: f64) -> f64 {
    let e = &project.effects;
    use crate::sim::market::to_f64;
    to_f64(e.material_saving) * material * units
        + to_f64(e.labour_saving) * labour * units
        + e.admin_saving.to_f64_lossy()
        + (e.quality_boost + e.brand_boost).to_f64_lossy() * boost_value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discounted_eva_of_an_asset_by_hand() {
        // Capex 1 000, life 2, benefit 800 a year, t = 0, WACC 10 %:
        // year 1: 800 − 500 − 0,1 × 750 = 225 → /1,1 = 204,545…; year 2: 800 − 500 − 0,1 × 250
        // = 275 → /1,21 = 227,272…; sum 431,818…
        let v = discounted_eva(1000.0, 2, 5, 800.0, 0.0, 0.1);
        assert!((v - (225.0 / 1.1 + 275.0 / 1.21)).abs() < 1e-9, "{v}");
        // With one year left only the first year counts.
        assert!((discounted_eva(1000.0, 2, 1, 800.0, 0.0, 0.1) - 225.0 / 1.1).abs() < 1e-9);
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
