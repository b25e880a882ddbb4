//! Hand-checked statements shared by the model's unit tests (arithmetic in the comments).

use super::money::Money;
use super::statements::{BalanceSheet, IncomeStatement};

/// Opening: cash 100 000, receivables 200 000, inventory 300 000, PP&E 600 000 gross
/// − 200 000 depreciated = 400 000 net → total assets 1 000 000.
/// Payables 200 000, tax payable 0, loans 300 000, overdraft 0; capital 100 000 +
/// retained 400 000 = equity 500 000 → 1 000 000 ✓. CE = 400 + 300 + 200 − 200 = 700 000.
pub fn opening() -> BalanceSheet {
    BalanceSheet::from_lines(crate::model::BalanceLines {
        cash: Money::euros(100_000),
        receivables: Money::euros(200_000),
        inventory: Money::euros(300_000),
        ppe_gross: Money::euros(600_000),
        accumulated_depreciation: Money::euros(200_000),
        payables: Money::euros(200_000),
        tax_payable: Money::ZERO,
        loans: Money::euros(300_000),
        overdraft: Money::ZERO,
        subscribed_capital: Money::euros(100_000),
        retained_earnings: Money::euros(400_000),
    })
}

/// Revenue 1 050 000 − rebates 50 000 = net revenue 1 000 000; COGS 600 000 → gross
/// profit 400 000; opex: marketing 50 000, R&D 40 000, sales force 30 000, admin 50 000,
/// cost-to-serve 20 000, holding 10 000 = 200 000 → EBITDA 200 000; depreciation 50 000
/// → EBIT 150 000; interest 24 000 → EBT 126 000; tax 31 500 → net income 94 500.
pub fn income() -> IncomeStatement {
    IncomeStatement::from_lines(crate::model::IncomeLines {
        revenue: Money::euros(1_050_000),
        rebates: Money::euros(50_000),
        cogs: Money::euros(600_000),
        marketing: Money::euros(50_000),
        rnd: Money::euros(40_000),
        sales_force: Money::euros(30_000),
        admin: Money::euros(50_000),
        cost_to_serve: Money::euros(20_000),
        inventory_holding: Money::euros(10_000),
        depreciation: Money::euros(50_000),
        interest_expense: Money::euros(24_000),
        interest_income: Money::ZERO,
        tax: Money::euros(31_500),
    })
}

/// Closing: receivables 250 000, inventory 320 000, PP&E 680 000 − 250 000 = 430 000
/// (capex 80 000, depreciation 50 000); payables 150 000, tax payable 31 500, loans
/// 250 000, overdraft 20 000; capital 100 000, retained 400 000 + 94 500 − 30 000
/// dividend = 464 500. E + L = 100 000 + 464 500 + 150 000 + 31 500 + 250 000 + 20 000
/// = 1 016 000; cash = 1 016 000 − 250 000 − 320 000 − 430 000 = 16 000.
/// CE = 430 000 + 320 000 + 250 000 − 150 000 = 850 000 (average with the opening: 775 000).
pub fn closing() -> BalanceSheet {
    BalanceSheet::from_lines(crate::model::BalanceLines {
        cash: Money::euros(16_000),
        receivables: Money::euros(250_000),
        inventory: Money::euros(320_000),
        ppe_gross: Money::euros(680_000),
        accumulated_depreciation: Money::euros(250_000),
        payables: Money::euros(150_000),
        tax_payable: Money::euros(31_500),
        loans: Money::euros(250_000),
        overdraft: Money::euros(20_000),
        subscribed_capital: Money::euros(100_000),
        retained_earnings: Money::euros(464_500),
    })
}
