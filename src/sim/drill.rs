//! Drill-down: from a statement line to the journal entries behind it, and from an entry to
//! the decision (or market outcome, or rule) that caused it.

use crate::model::{Account, Cause, JournalEntry, Ledger, Line, Money, Side};
use crate::scenario::Scenario;

/// The accounts a statement line is made of (income statement, balance sheet, or the cash
/// account for cash-flow lines). Empty for subtotals, which are sums of other lines.
pub fn accounts_of_line(key: &str) -> &'static [Account] {
    use Account::*;
    match key {
        "revenue" => &[Revenue],
        "rebates" => &[Rebates],
        "cogs" => &[Cogs],
        "marketing" => &[Marketing],
        "rnd" => &[Rnd],
        "sales_force" => &[SalesForce],
        "admin" => &[Admin],
        "cost_to_serve" => &[CostToServe],
        "inventory_holding" => &[InventoryHolding],
        "depreciation" => &[Depreciation],
        "interest_expense" => &[InterestExpense],
        "interest_income" => &[InterestIncome],
        "tax" => &[TaxExpense],
        "cash" | "net_change" => &[Cash],
        "receivables" | "change_receivables" => &[Receivables],
        "inventory" | "change_inventory" => &[Inventory],
        "ppe_gross" | "capex" => &[PpeGross],
        "accumulated_depreciation" => &[AccumulatedDepreciation],
        "payables" | "change_payables" => &[Payables],
        "tax_payable" | "change_tax_payable" => &[TaxPayable],
        "loans" | "loans_change" => &[Loans],
        "overdraft" | "overdraft_change" => &[Overdraft],
        "subscribed_capital" | "equity_raised" => &[SubscribedCapital],
        "retained_earnings" | "dividends" => &[RetainedEarnings],
        _ => &[],
    }
}

/// The entries of `year` that book to the accounts of `key`, without the year-end closing
/// entry (which only moves the year's result into retained earnings). Capex counts only the
/// entries paid in cash: a retired asset leaves the gross fixed assets without a payment.
pub fn entries_for_line<'a>(ledger: &'a Ledger, year: u32, key: &str) -> Vec<&'a JournalEntry> {
    let accounts = accounts_of_line(key);
    let touches = |e: &JournalEntry, account: Account| e.lines().iter().any(|l| l.account == account);
    ledger
        .entries_of_year(year)
        .filter(|e| e.cause() != Cause::YearEndClosing)
        .filter(|e| accounts.iter().any(|a| touches(e, *a)))
        .filter(|e| key != "capex" || touches(e, Account::Cash))
        .collect()
}

/// What an entry adds to the statement line `key`: its amounts on the line's accounts in
/// their natural sign, turned into the effect on cash for the cash-flow lines made of asset
/// accounts (more receivables, inventory or fixed assets is cash spent).
pub fn amount_on_line(entry: &JournalEntry, key: &str) -> Money {
    let amount: Money = accounts_of_line(key).iter().map(|a| amount_on(entry, *a)).sum();
    match key {
        "change_receivables" | "change_inventory" | "capex" => -amount,
        _ => amount,
    }
}

/// The signed amount an entry books to `account`, in the account's natural sign (what it
/// adds to the statement line).
pub fn amount_on(entry: &JournalEntry, account: Account) -> Money {
    entry
        .lines()
        .iter()
        .filter(|l| l.account == account)
        .map(|l: &Line| {
            let debit = if l.side == Side::Debit { l.amount } else { -l.amount };
            if account.is_debit_normal() { debit } else { -debit }
        })
        .sum()
}

/// The decision-file field behind a cause, when a decision caused it (for the way back from
/// an entry to the decision screen).
pub fn decision_field(cause: Cause) -> Option<String> {
    Some(match cause {
        Cause::CapacityBought => "lines_bought".into(),
        Cause::ProjectStarted { .. } => "projects".into(),
        Cause::LoanDrawn | Cause::LoanRepaid => "loan_change".into(),
        Cause::EquityRaised => "equity_raised".into(),
        Cause::DividendPaid => "dividend".into(),
        Cause::Production | Cause::CostOfSales => "production_units".into(),
        Cause::Sales { segment } => format!("segments[{segment}].list_price"),
        Cause::Rebates { segment } => format!("segments[{segment}].rebate"),
        Cause::Collections => "segments[].payment_days".into(),
        Cause::Marketing => "marketing".into(),
        Cause::Rnd => "rnd".into(),
        Cause::SalesForce => "segments[].salespeople".into(),
        _ => return None,
    })
}

/// A cause in words, German or English.
pub fn describe_cause(cause: Cause, scenario: &Scenario, german: bool) -> String {
    let lang = if german { crate::model::format::Locale::De } else { crate::model::format::Locale::En };
    let segment = |s: u16| {
        scenario.segments.get(usize::from(s)).map_or_else(|| format!("#{s}"), |x| scenario.text(&x.name, lang).into())
    };
    let project = |p: u16| {
        scenario.projects.get(usize::from(p)).map_or_else(|| format!("#{p}"), |x| scenario.text(&x.name, lang).into())
    };
    let (de, en): (String, String) = match cause {
        Cause::OpeningBalance => ("Eröffnungsbilanz".into(), "Opening balance sheet".into()),
        Cause::CapacityBought => {
            ("Entscheidung: neue Fertigungslinien".into(), "Decision: new production lines".into())
        }
        Cause::ProjectStarted { project: p } => {
            (format!("Entscheidung: Projekt {}", project(p)), format!("Decision: project {}", project(p)))
        }
        Cause::LoanDrawn => ("Entscheidung: Darlehen aufgenommen".into(), "Decision: loan drawn".into()),
        Cause::LoanRepaid => ("Entscheidung: Darlehen getilgt".into(), "Decision: loan repaid".into()),
        Cause::EquityRaised => ("Entscheidung: Kapitalerhöhung".into(), "Decision: equity raised".into()),
        Cause::DividendPaid => ("Entscheidung: Dividende".into(), "Decision: dividend".into()),
        Cause::OverdraftRepaid => {
            ("Kontokorrent des Vorjahres zurückgeführt".into(), "Last year's overdraft repaid".into())
        }
        Cause::Production => (
            "Entscheidung: Produktion (Material auf Ziel, Lohn bar)".into(),
            "Decision: production (materials on credit, labour in cash)".into(),
        ),
        Cause::Sales { segment: s } => {
            (format!("Markt: Absatz im Segment {}", segment(s)), format!("Market: units sold in {}", segment(s)))
        }
        Cause::Rebates { segment: s } => {
            (format!("Entscheidung: Rabatt im Segment {}", segment(s)), format!("Decision: rebate in {}", segment(s)))
        }
        Cause::CostOfSales => {
            ("Abgang verkaufter Stück zu Durchschnittskosten".into(), "Units sold leave stock at average cost".into())
        }
        Cause::Marketing => ("Entscheidung: Marketingbudget".into(), "Decision: marketing budget".into()),
        Cause::Rnd => ("Entscheidung: F&E-Budget".into(), "Decision: R&D budget".into()),
        Cause::SalesForce => ("Entscheidung: Außendienst".into(), "Decision: sales force".into()),
        Cause::Admin => ("Verwaltungskosten (Szenario)".into(), "Administration cost (scenario)".into()),
        Cause::CostToServe { segment: s } => (
            format!("Markt: Betreuungskosten im Segment {}", segment(s)),
            format!("Market: cost to serve in {}", segment(s)),
        ),
        Cause::InventoryHolding => ("Lagerhaltungskosten auf den Bestand".into(), "Carrying cost of inventory".into()),
        Cause::Depreciation => ("Abschreibung der Anlagen".into(), "Depreciation of fixed assets".into()),
        Cause::Collections => ("Zahlungseingänge nach Zahlungszielen".into(), "Cash collected by payment terms".into()),
        Cause::SupplierPayments => ("Zahlungen an Lieferanten".into(), "Payments to suppliers".into()),
        Cause::TaxPaid => ("Steuer des Vorjahres gezahlt".into(), "Last year's tax paid".into()),
        Cause::LoanInterest => ("Darlehenszinsen".into(), "Loan interest".into()),
        Cause::OverdraftInterest => ("Kontokorrentzinsen".into(), "Overdraft interest".into()),
        Cause::DepositInterest => ("Guthabenzinsen".into(), "Interest on cash".into()),
        Cause::OverdraftDrawn => ("Automatischer Kontokorrentkredit".into(), "Automatic overdraft".into()),
        Cause::OverdraftFee => ("Gebühr für den Kontokorrentkredit".into(), "Overdraft fee".into()),
        Cause::AssetRetired => {
            ("Anlage am Ende ihrer Nutzungsdauer ausgebucht".into(), "Asset retired at the end of its life".into())
        }
        Cause::RescueEquity => {
            ("Insolvenz: Rettungskapital der Eigentümer".into(), "Insolvency: the owners' rescue capital".into())
        }
        Cause::TaxCharge => ("Ertragsteuer des Jahres".into(), "Income tax of the year".into()),
        Cause::YearEndClosing => {
            ("Jahresabschluss: Ergebnis in die Rücklagen".into(), "Year end: result to retained earnings".into())
        }
    };
    if german { de } else { en }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::IncomeStatement;

    #[test]
    fn every_income_line_that_is_booked_has_accounts() {
        let subtotals = ["net_revenue", "gross_profit", "operating_expenses", "ebitda", "ebit", "ebt", "net_income"];
        for (key, _) in IncomeStatement::default().lines() {
            assert_eq!(accounts_of_line(key).is_empty(), subtotals.contains(&key), "{key}");
        }
    }
}
