//! What the simulation tells a company about its decisions and its year, as typed values
//! with their figures: the decision form, the command line and the JSON record each say it
//! in their language from the Fluent files, and nothing parses a sentence.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, message};
use crate::model::Money;
use crate::model::format::{Locale, millions, money, percent, units};

/// One warning of a company's year. In JSON and save games it is an object with its
/// `code` (docs/run-json.md) and its figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum Warning {
    /// A project asked for that runs already or was asked for twice; skipped.
    #[serde(rename = "W-PROJECT")]
    ProjectAgain {
        /// Id of the project in the scenario's catalogue.
        project: String,
    },
    /// Production above capacity; capped at it.
    #[serde(rename = "W-CAPACITY")]
    Capacity {
        /// Units the decision asked to produce.
        asked: u64,
        /// Units the working lines and projects can produce.
        capacity: u64,
    },
    /// A new loan beyond the credit limit; capped at the headroom.
    #[serde(rename = "W-LOAN-LIMIT")]
    LoanLimit {
        /// New loan asked for (€).
        asked: Money,
        /// Loan ceiling less the loans outstanding (€): what could still be drawn.
        headroom: Money,
    },
    /// A repayment above the outstanding loan; capped at it.
    #[serde(rename = "W-LOAN-REPAY")]
    LoanRepay {
        /// Loan change asked for, negative for a repayment (€).
        asked: Money,
        /// Loans outstanding before the repayment (€).
        outstanding: Money,
    },
    /// A dividend above distributable retained earnings; capped at them.
    #[serde(rename = "W-DIVIDEND")]
    Dividend {
        /// Dividend asked for (€).
        asked: Money,
        /// Retained earnings available for a dividend (€).
        distributable: Money,
    },
    /// Cash fell below the minimum: the automatic overdraft was drawn.
    #[serde(rename = "W-OVERDRAFT")]
    Overdraft {
        /// Overdraft drawn (€).
        drawn: Money,
        /// The year's overdraft interest rate, as a fraction.
        rate: Decimal,
        /// Minimum cash the overdraft restores (€).
        min_cash: Money,
    },
    /// Payments exceeded the credit line: the owners put in rescue capital.
    #[serde(rename = "W-INSOLVENT")]
    Insolvent {
        /// The overdraft limit that was exhausted (€).
        credit_line: Money,
        /// Rescue capital the owners put in (€).
        rescue: Money,
    },
}

impl Warning {
    /// The stable code, e.g. `W-CAPACITY` (docs/run-json.md lists them).
    pub fn code(&self) -> &'static str {
        match self {
            Warning::ProjectAgain { .. } => "W-PROJECT",
            Warning::Capacity { .. } => "W-CAPACITY",
            Warning::LoanLimit { .. } => "W-LOAN-LIMIT",
            Warning::LoanRepay { .. } => "W-LOAN-REPAY",
            Warning::Dividend { .. } => "W-DIVIDEND",
            Warning::Overdraft { .. } => "W-OVERDRAFT",
            Warning::Insolvent { .. } => "W-INSOLVENT",
        }
    }

    /// The decision field the warning is about (`projects`, `production_units`,
    /// `loan_change`, `dividend`), or `cash` for what happened in the year.
    pub fn field(&self) -> &'static str {
        match self {
            Warning::ProjectAgain { .. } => "projects",
            Warning::Capacity { .. } => "production_units",
            Warning::LoanLimit { .. } | Warning::LoanRepay { .. } => "loan_change",
            Warning::Dividend { .. } => "dividend",
            Warning::Overdraft { .. } | Warning::Insolvent { .. } => "cash",
        }
    }

    /// The warning in words, with its figures formatted for `locale`.
    pub fn message(&self, locale: Locale) -> String {
        let m = |amount: Money| Arg::from(money(amount, locale));
        let (id, args): (&str, Vec<(&'static str, Arg)>) = match self {
            Warning::ProjectAgain { project } => ("warn_project", vec![("project", Arg::from(project.clone()))]),
            Warning::Capacity { asked, capacity } => (
                "warn_capacity",
                vec![("asked", Arg::from(units(*asked, locale))), ("capacity", Arg::from(units(*capacity, locale)))],
            ),
            Warning::LoanLimit { asked, headroom } => {
                ("warn_loan_limit", vec![("asked", m(*asked)), ("headroom", m(*headroom))])
            }
            Warning::LoanRepay { asked, outstanding } => {
                ("warn_loan_repay", vec![("asked", m(-*asked)), ("outstanding", m(*outstanding))])
            }
            Warning::Dividend { asked, distributable } => {
                ("warn_dividend", vec![("asked", m(*asked)), ("distributable", m(*distributable))])
            }
            Warning::Overdraft { drawn, rate, min_cash } => (
                "warn_overdraft",
                vec![
                    ("drawn", Arg::from(millions(*drawn, locale))),
                    ("rate", Arg::from(percent(*rate, 1, locale))),
                    ("min_cash", Arg::from(millions(*min_cash, locale))),
                ],
            ),
            Warning::Insolvent { credit_line, rescue } => (
                "warn_insolvent",
                vec![
                    ("credit_line", Arg::from(millions(*credit_line, locale))),
                    ("rescue", Arg::from(millions(*rescue, locale))),
                ],
            ),
        };
        message(id, locale, &args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_warning_says_its_figures_in_both_languages() {
        let capacity = Warning::Capacity { asked: 250_000, capacity: 120_000 };
        assert_eq!(
            capacity.message(Locale::De),
            "Produktion von 250.000 Stück über der Kapazität: gekappt auf 120.000 Stück."
        );
        assert_eq!(
            capacity.message(Locale::En),
            "Production of 250,000 units above capacity: capped at 120,000 units."
        );
        let repay = Warning::LoanRepay { asked: Money::euros(-500_000), outstanding: Money::euros(400_000) };
        assert_eq!(repay.message(Locale::De), "Tilgung von 500.000,00 € über dem Darlehen: gekappt auf 400.000,00 €.");
        let all = [
            Warning::ProjectAgain { project: "automation".to_string() },
            capacity,
            Warning::LoanLimit { asked: Money::euros(9_000_000), headroom: Money::euros(1_900_000) },
            repay,
            Warning::Dividend { asked: Money::euros(1_000_000), distributable: Money::euros(97_000) },
            Warning::Overdraft {
                drawn: Money::euros(1_000_000),
                rate: Decimal::new(12, 2),
                min_cash: Money::euros(200_000),
            },
            Warning::Insolvent { credit_line: Money::euros(1_000_000), rescue: Money::euros(2_500_000) },
        ];
        for warning in &all {
            for locale in [Locale::De, Locale::En] {
                let text = warning.message(locale);
                assert!(!text.starts_with("warn_") && !text.contains('{'), "{text}");
            }
            assert!(warning.code().starts_with("W-"));
        }
    }

    #[test]
    fn a_warning_names_the_decision_field_it_is_about() {
        let fields: Vec<&str> = [
            Warning::Capacity { asked: 2, capacity: 1 },
            Warning::ProjectAgain { project: "erp".into() },
            Warning::Dividend { asked: Money::euros(2), distributable: Money::euros(1) },
            Warning::Insolvent { credit_line: Money::euros(1), rescue: Money::euros(1) },
        ]
        .iter()
        .map(Warning::field)
        .collect();
        assert_eq!(fields, vec!["production_units", "projects", "dividend", "cash"]);
    }

    #[test]
    fn a_warning_travels_as_its_code_and_figures() {
        let warning = Warning::Dividend { asked: Money::euros(1_000_000), distributable: Money::euros(97_000) };
        let json = serde_json::to_string(&warning).unwrap_or_default();
        assert_eq!(json, r#"{"code":"W-DIVIDEND","asked":"1000000.00","distributable":"97000.00"}"#);
    }
}
