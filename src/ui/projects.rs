//! The project catalogue appraised for the player: each project's yearly cash flow, NPV, IRR
//! and payback at the company's WACC, from the cash-flow rule the computer players use too
//! ([`crate::model::appraisal::project_cash_flows`]).
//!
//! Savings projects (material, labour, administration) have a benefit the books can forecast:
//! saving × expected units, after tax, plus the depreciation tax shield. Quality, brand and
//! capacity projects pay off only through the market, so their appraisal counts the cash flows
//! alone (capex and tax shield) and says so.

use rust_decimal::Decimal;

use crate::model::Money;
use crate::model::appraisal::{ProjectTerms, irr, npv, payback_years, project_cash_flows};
use crate::model::statements::BalanceSheet;
use crate::scenario::Project;
use crate::sim::SaveGame;
use crate::sim::finance::coming_cost_of_capital;
use crate::sim::phases::produce::unit_costs;

/// What the appraisal of one project can count on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Benefit {
    /// Cost savings the books can forecast: the appraisal is complete.
    Savings,
    /// Quality, brand or capacity: the benefit depends on the market; the appraisal counts
    /// only the cash flows (capex and tax shield).
    MarketDependent,
}

/// One catalogue project appraised at the company's WACC.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectAppraisal {
    /// The project's id in decision files.
    pub id: String,
    /// Display name.
    pub name: String,
    /// What the project does, as the catalogue says.
    pub description: String,
    /// Investment at t = 0.
    pub capex: Money,
    /// The project's life (and depreciation period) in years.
    pub life_years: u32,
    /// Years of that life the appraisal counts: no more than the game has left.
    pub counted_years: u32,
    /// Savings before tax per year (zero for market-dependent projects).
    pub yearly_saving: Money,
    /// Net cash flow per year: saving · (1 − tax rate) + capex · tax rate / life.
    pub yearly_cash_flow: Money,
    /// Whether the appraisal is complete or counts only capex and tax shield.
    pub benefit: Benefit,
    /// NPV of −capex and `counted_years` yearly cash flows at `rate`.
    pub npv: Money,
    /// Internal rate of return; `None` when the flows never pay back.
    pub irr: Option<Decimal>,
    /// Undiscounted payback in years; `None` when never paid back.
    pub payback_years: Option<Decimal>,
    /// `Some((first, last))` fiscal years of effect when the company already runs it (it
    /// cannot be started again).
    pub running: Option<(u32, u32)>,
}

/// The catalogue appraised for one company, with what the appraisal assumed.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ProjectAppraisals {
    /// The discount rate: the company's WACC on its opening balance sheet.
    pub wacc: Decimal,
    /// Units a year the savings are reckoned on (last year's production).
    pub units_per_year: u64,
    /// Tax rate on profits, as a fraction.
    pub tax_rate: Decimal,
    /// One row per catalogue project, in catalogue order.
    pub projects: Vec<ProjectAppraisal>,
}

/// What [`appraise_project`] needs besides the project: the market-independent inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppraisalInputs {
    /// Discount rate (the WACC) as a fraction.
    pub rate: Decimal,
    /// Tax rate on profits, as a fraction.
    pub tax_rate: Decimal,
    /// Material cost per unit this year (€), after savings already running.
    pub material_per_unit: Decimal,
    /// Labour cost per unit this year (€), after savings already running.
    pub labour_per_unit: Decimal,
    /// Units a year the per-unit savings are reckoned on.
    pub units_per_year: u64,
    /// Years the game has left, counting the one being decided (at least 1 is counted).
    pub remaining_years: u32,
}

/// Appraises one project with the game's project cash-flow rule
/// ([`project_cash_flows`]), counting no value for quality and brand boosts: flows are
/// −capex at t = 0, then the yearly cash flow for each counted year.
pub fn appraise_project(project: &Project, inputs: &AppraisalInputs) -> ProjectAppraisal {
    let e = &project.effects;
    let cash = project_cash_flows(&ProjectTerms {
        capex: project.capex.amount(),
        life_years: project.life_years,
        material_saving_share: e.material_saving,
        labour_saving_share: e.labour_saving,
        admin_saving: e.admin_saving.amount(),
        market_boost: (e.quality_boost + e.brand_boost).amount(),
        boost_value: Decimal::ZERO,
        material_per_unit: inputs.material_per_unit,
        labour_per_unit: inputs.labour_per_unit,
        units_per_year: inputs.units_per_year,
        tax_rate: inputs.tax_rate,
        remaining_years: inputs.remaining_years,
    });
    // Every amount of the rule is already whole cents in Decimal; `from_decimal` only retypes it.
    let yearly_saving = Money::from_decimal(cash.yearly_saving);
    let flows: Vec<Money> = cash.flows().into_iter().map(Money::from_decimal).collect();
    let benefit = if yearly_saving.is_positive() { Benefit::Savings } else { Benefit::MarketDependent };
    ProjectAppraisal {
        id: project.id.clone(),
        name: project.name.clone(),
        description: project.description.clone(),
        capex: project.capex,
        life_years: cash.life_years,
        counted_years: cash.counted_years,
        yearly_saving,
        yearly_cash_flow: Money::from_decimal(cash.yearly_cash_flow),
        benefit,
        npv: npv(inputs.rate, &flows),
        irr: irr(&flows),
        payback_years: payback_years(&flows),
        running: None,
    }
}

/// Every catalogue project appraised for `company` (by id) in the year being decided in
/// `snapshot`; empty when the company is not in the game.
pub fn project_appraisals(snapshot: &SaveGame, company: &str) -> ProjectAppraisals {
    let Some(c) = snapshot.companies.iter().find(|c| c.id == company) else {
        return ProjectAppraisals::default();
    };
    let scenario = &snapshot.scenario;
    let year = snapshot.year + 1;
    let opening = BalanceSheet::from_ledger(&c.ledger);
    let rate = coming_cost_of_capital(scenario, &snapshot.conditions, &opening).wacc;
    let (material, labour) = unit_costs(scenario, &snapshot.conditions, &c.operations, year);
    let inputs = AppraisalInputs {
        rate,
        tax_rate: scenario.tax_rate,
        material_per_unit: material,
        labour_per_unit: labour,
        units_per_year: c.last_decisions.production_units,
        remaining_years: scenario.years.saturating_sub(snapshot.year),
    };
    let projects = scenario
        .projects
        .iter()
        .enumerate()
        .map(|(i, project)| {
            let mut row = appraise_project(project, &inputs);
            row.running =
                c.operations.projects.iter().find(|a| usize::from(a.project) == i).map(|a| (a.first_year, a.last_year));
            row
        })
        .collect();
    ProjectAppraisals { wacc: rate, units_per_year: inputs.units_per_year, tax_rate: scenario.tax_rate, projects }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::ProjectEffects;
    use rust_decimal_macros::dec;

    fn project(capex: i64, life_years: u32, effects: ProjectEffects) -> Project {
        Project {
            id: "p".into(),
            name: "P".into(),
            description: String::new(),
            capex: Money::euros(capex),
            life_years,
            effects,
        }
    }

    fn inputs(remaining_years: u32) -> AppraisalInputs {
        AppraisalInputs {
            rate: dec!(0.10),
            tax_rate: dec!(0.25),
            material_per_unit: dec!(20),
            labour_per_unit: dec!(10),
            units_per_year: 100_000,
            remaining_years,
        }
    }

    #[test]
    fn admin_saving_project_by_hand() {
        // capex 1.000.000 €, 4 years, saves 400.000 € a year; tax 25 %, WACC 10 %.
        // Yearly cash flow = 400.000 · 0,75 + 1.000.000 · 0,25 / 4 = 300.000 + 62.500 = 362.500.
        // Annuity factor 4 years at 10 %: 1/1,1 + 1/1,21 + 1/1,331 + 1/1,4641
        //   = 0,9090909 + 0,8264463 + 0,7513148 + 0,6830135 = 3,1698654.
        // NPV = 362.500 · 3,1698654 − 1.000.000 = 149.076,22 €.
        // Payback: cumulative −1.000.000, −637.500, −275.000, +87.500 → 2 + 275.000/362.500 = 2,7586 years.
        let p = project(1_000_000, 4, ProjectEffects { admin_saving: Money::euros(400_000), ..Default::default() });
        let a = appraise_project(&p, &inputs(10));
        assert_eq!(a.benefit, Benefit::Savings);
        assert_eq!(a.yearly_saving, Money::euros(400_000));
        assert_eq!(a.yearly_cash_flow, Money::euros(362_500));
        assert_eq!(a.counted_years, 4);
        assert_eq!(a.npv, Money::from_decimal(dec!(149076.22)));
        let payback = a.payback_years.unwrap_or_default();
        assert!((payback - dec!(2.7586)).abs() < dec!(0.0001), "payback {payback}");
        // IRR: the rate at which 362.500 · annuity factor = 1.000.000, i.e. factor 2,7586;
        // the 4-year factor is 2,7982 at 16 % and 2,7432 at 17 %, so the IRR lies between.
        let rate = a.irr.unwrap_or_default();
        assert!(rate > dec!(0.16) && rate < dec!(0.17), "irr {rate}");
    }

    #[test]
    fn labour_saving_uses_units_and_game_end_cuts_the_life() {
        // 20 % of 10 € labour on 100.000 units = 200.000 € a year; after tax 150.000,
        // shield 600.000 · 0,25 / 6 = 25.000 → 175.000 a year, but only 2 years are left.
        // NPV = 175.000 · (1/1,1 + 1/1,21) − 600.000 = 175.000 · 1,7355372 − 600.000 = −296.280,99 €.
        let p = project(600_000, 6, ProjectEffects { labour_saving: dec!(0.20), ..Default::default() });
        let a = appraise_project(&p, &inputs(2));
        assert_eq!(a.yearly_saving, Money::euros(200_000));
        assert_eq!(a.yearly_cash_flow, Money::euros(175_000));
        assert_eq!(a.counted_years, 2);
        assert_eq!(a.npv, Money::from_decimal(dec!(-296280.99)));
        assert_eq!(a.payback_years, None);
    }

    #[test]
    fn market_projects_count_only_the_tax_shield() {
        // Brand only: no saving; shield 500.000 · 0,25 / 5 = 25.000 a year.
        // NPV = 25.000 · 3,7907868 (5 years at 10 %) − 500.000 = −405.230,33 €.
        let p = project(500_000, 5, ProjectEffects { brand_boost: Money::euros(100_000), ..Default::default() });
        let a = appraise_project(&p, &inputs(10));
        assert_eq!(a.benefit, Benefit::MarketDependent);
        assert_eq!(a.yearly_cash_flow, Money::euros(25_000));
        assert_eq!(a.npv, Money::from_decimal(dec!(-405230.33)));
    }
}
