//! The three statements as views over a ledger: income statement, balance sheet, cash flow.

use serde::{Deserialize, Serialize};

use super::account::Account;
use super::ledger::Ledger;
use super::money::Money;

/// The income statement of one year. Costs are positive amounts that are subtracted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncomeStatement {
    /// Sales at list price, in euros.
    pub revenue: Money,
    /// Rebates granted, deducted from revenue.
    pub rebates: Money,
    /// Revenue less rebates.
    pub net_revenue: Money,
    /// Cost of goods sold at weighted-average production cost.
    pub cogs: Money,
    /// Net revenue less cost of goods sold.
    pub gross_profit: Money,
    /// Marketing budget spent.
    pub marketing: Money,
    /// R&D budget spent.
    pub rnd: Money,
    /// Cost of the sales headcount.
    pub sales_force: Money,
    /// Fixed administration cost.
    pub admin: Money,
    /// Cost to serve the units sold.
    pub cost_to_serve: Money,
    /// Carrying cost of the year-end inventory.
    pub inventory_holding: Money,
    /// Marketing, R&D, sales force, admin, cost to serve and inventory holding together.
    pub operating_expenses: Money,
    /// Gross profit less operating expenses: earnings before interest, tax, depreciation and amortisation.
    pub ebitda: Money,
    /// Straight-line depreciation of lines and projects.
    pub depreciation: Money,
    /// EBITDA less depreciation: the operating profit NOPAT is taxed from.
    pub ebit: Money,
    /// Interest on loans and overdraft, with the overdraft fee.
    pub interest_expense: Money,
    /// Interest earned on cash.
    pub interest_income: Money,
    /// EBIT less interest expense plus interest income: earnings before tax.
    pub ebt: Money,
    /// Income tax on EBT, after loss carry-forward.
    pub tax: Money,
    /// EBT less tax: the profit closed into retained earnings.
    pub net_income: Money,
}

/// The posted lines an income statement is built from, costs positive; the subtotals
/// (net revenue, gross profit, EBITDA, EBIT, EBT, net income) follow from them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IncomeLines {
    /// Balance of the revenue account: sales at list price, in euros.
    pub revenue: Money,
    /// Rebates granted, deducted from revenue.
    pub rebates: Money,
    /// Cost of goods sold at weighted-average production cost.
    pub cogs: Money,
    /// Marketing budget spent.
    pub marketing: Money,
    /// R&D budget spent.
    pub rnd: Money,
    /// Cost of the sales headcount.
    pub sales_force: Money,
    /// Fixed administration cost.
    pub admin: Money,
    /// Cost to serve the units sold.
    pub cost_to_serve: Money,
    /// Carrying cost of the year-end inventory.
    pub inventory_holding: Money,
    /// Straight-line depreciation of lines and projects.
    pub depreciation: Money,
    /// Interest on loans and overdraft, with the overdraft fee.
    pub interest_expense: Money,
    /// Interest earned on cash.
    pub interest_income: Money,
    /// Income tax on EBT, after loss carry-forward.
    pub tax: Money,
}

impl IncomeStatement {
    /// Reads the income-statement accounts of a ledger whose year is not yet closed.
    pub fn from_ledger(ledger: &Ledger) -> IncomeStatement {
        let b = |a| ledger.balance(a);
        IncomeStatement::from_lines(IncomeLines {
            revenue: b(Account::Revenue),
            rebates: b(Account::Rebates),
            cogs: b(Account::Cogs),
            marketing: b(Account::Marketing),
            rnd: b(Account::Rnd),
            sales_force: b(Account::SalesForce),
            admin: b(Account::Admin),
            cost_to_serve: b(Account::CostToServe),
            inventory_holding: b(Account::InventoryHolding),
            depreciation: b(Account::Depreciation),
            interest_expense: b(Account::InterestExpense),
            interest_income: b(Account::InterestIncome),
            tax: b(Account::TaxExpense),
        })
    }

    /// Builds the statement and its subtotals from the posted lines.
    pub fn from_lines(lines: IncomeLines) -> IncomeStatement {
        let IncomeLines {
            revenue,
            rebates,
            cogs,
            marketing,
            rnd,
            sales_force,
            admin,
            cost_to_serve,
            inventory_holding,
            depreciation,
            interest_expense,
            interest_income,
            tax,
        } = lines;
        let net_revenue = revenue - rebates;
        let gross_profit = net_revenue - cogs;
        let operating_expenses = marketing + rnd + sales_force + admin + cost_to_serve + inventory_holding;
        let ebitda = gross_profit - operating_expenses;
        let ebit = ebitda - depreciation;
        let ebt = ebit - interest_expense + interest_income;
        IncomeStatement {
            revenue,
            rebates,
            net_revenue,
            cogs,
            gross_profit,
            marketing,
            rnd,
            sales_force,
            admin,
            cost_to_serve,
            inventory_holding,
            operating_expenses,
            ebitda,
            depreciation,
            ebit,
            interest_expense,
            interest_income,
            ebt,
            tax,
            net_income: ebt - tax,
        }
    }

    /// The statement's lines as (key, amount), in reading order, for reports and exports.
    pub fn lines(&self) -> [(&'static str, Money); 20] {
        [
            ("revenue", self.revenue),
            ("rebates", self.rebates),
            ("net_revenue", self.net_revenue),
            ("cogs", self.cogs),
            ("gross_profit", self.gross_profit),
            ("marketing", self.marketing),
            ("rnd", self.rnd),
            ("sales_force", self.sales_force),
            ("admin", self.admin),
            ("cost_to_serve", self.cost_to_serve),
            ("inventory_holding", self.inventory_holding),
            ("operating_expenses", self.operating_expenses),
            ("ebitda", self.ebitda),
            ("depreciation", self.depreciation),
            ("ebit", self.ebit),
            ("interest_expense", self.interest_expense),
            ("interest_income", self.interest_income),
            ("ebt", self.ebt),
            ("tax", self.tax),
            ("net_income", self.net_income),
        ]
    }
}

/// The balance sheet at one date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BalanceSheet {
    /// Cash at bank, in euros.
    pub cash: Money,
    /// Trade receivables not yet collected.
    pub receivables: Money,
    /// Finished goods at weighted-average cost.
    pub inventory: Money,
    /// Lines and projects at purchase cost.
    pub ppe_gross: Money,
    /// Depreciation charged so far on the PP&E held, as a positive amount.
    pub accumulated_depreciation: Money,
    /// Gross PP&E less accumulated depreciation: the book value of the fixed assets.
    pub ppe_net: Money,
    /// Cash, receivables, inventory and net PP&E.
    pub total_assets: Money,
    /// Trade payables to suppliers not yet paid.
    pub payables: Money,
    /// This year's income tax, paid next year.
    pub tax_payable: Money,
    /// Long-term bank loans outstanding.
    pub loans: Money,
    /// Automatic overdraft drawn.
    pub overdraft: Money,
    /// Payables, tax payable, loans and overdraft.
    pub total_liabilities: Money,
    /// Share capital paid in by the owners, rescue capital included.
    pub subscribed_capital: Money,
    /// Profits kept, including the profit of a year not yet closed.
    pub retained_earnings: Money,
    /// Subscribed capital plus retained earnings: book equity.
    pub total_equity: Money,
    /// Total equity plus total liabilities; equals total assets when the books are right.
    pub total_equity_and_liabilities: Money,
}

/// The lines a balance sheet is built from (`accumulated_depreciation` positive); net PP&E
/// and the totals follow from them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BalanceLines {
    /// Cash at bank, in euros.
    pub cash: Money,
    /// Trade receivables not yet collected.
    pub receivables: Money,
    /// Finished goods at weighted-average cost.
    pub inventory: Money,
    /// Lines and projects at purchase cost.
    pub ppe_gross: Money,
    /// Depreciation charged so far on the PP&E held, as a positive amount.
    pub accumulated_depreciation: Money,
    /// Trade payables to suppliers not yet paid.
    pub payables: Money,
    /// This year's income tax, paid next year.
    pub tax_payable: Money,
    /// Long-term bank loans outstanding.
    pub loans: Money,
    /// Automatic overdraft drawn.
    pub overdraft: Money,
    /// Share capital paid in by the owners, rescue capital included.
    pub subscribed_capital: Money,
    /// Profits kept, including the profit of a year not yet closed.
    pub retained_earnings: Money,
}

impl BalanceSheet {
    /// Reads the balance-sheet accounts. Profit of a year not yet closed is shown in
    /// retained earnings, so the sheet balances at any moment.
    pub fn from_ledger(ledger: &Ledger) -> BalanceSheet {
        let b = |a| ledger.balance(a);
        let unclosed_profit = IncomeStatement::from_ledger(ledger).net_income;
        BalanceSheet::from_lines(BalanceLines {
            cash: b(Account::Cash),
            receivables: b(Account::Receivables),
            inventory: b(Account::Inventory),
            ppe_gross: b(Account::PpeGross),
            accumulated_depreciation: b(Account::AccumulatedDepreciation),
            payables: b(Account::Payables),
            tax_payable: b(Account::TaxPayable),
            loans: b(Account::Loans),
            overdraft: b(Account::Overdraft),
            subscribed_capital: b(Account::SubscribedCapital),
            retained_earnings: b(Account::RetainedEarnings) + unclosed_profit,
        })
    }

    /// The lines the sheet was built from: `BalanceSheet::from_lines(sheet.lines_given())`
    /// is the same sheet; change a line with `BalanceLines { loans: …, ..sheet.lines_given() }`.
    pub fn lines_given(&self) -> BalanceLines {
        BalanceLines {
            cash: self.cash,
            receivables: self.receivables,
            inventory: self.inventory,
            ppe_gross: self.ppe_gross,
            accumulated_depreciation: self.accumulated_depreciation,
            payables: self.payables,
            tax_payable: self.tax_payable,
            loans: self.loans,
            overdraft: self.overdraft,
            subscribed_capital: self.subscribed_capital,
            retained_earnings: self.retained_earnings,
        }
    }

    /// Builds the sheet and its totals.
    pub fn from_lines(lines: BalanceLines) -> BalanceSheet {
        let BalanceLines {
            cash,
            receivables,
            inventory,
            ppe_gross,
            accumulated_depreciation,
            payables,
            tax_payable,
            loans,
            overdraft,
            subscribed_capital,
            retained_earnings,
        } = lines;
        let ppe_net = ppe_gross - accumulated_depreciation;
        let total_assets = cash + receivables + inventory + ppe_net;
        let total_liabilities = payables + tax_payable + loans + overdraft;
        let total_equity = subscribed_capital + retained_earnings;
        BalanceSheet {
            cash,
            receivables,
            inventory,
            ppe_gross,
            accumulated_depreciation,
            ppe_net,
            total_assets,
            payables,
            tax_payable,
            loans,
            overdraft,
            total_liabilities,
            subscribed_capital,
            retained_earnings,
            total_equity,
            total_equity_and_liabilities: total_equity + total_liabilities,
        }
    }

    /// True when assets equal equity and liabilities to the cent.
    pub fn balances(&self) -> bool {
        self.total_assets == self.total_equity_and_liabilities
    }

    /// Interest-bearing debt: loans plus overdraft.
    pub fn debt(&self) -> Money {
        self.loans + self.overdraft
    }

    /// Capital employed, operating view (DESIGN §8): net fixed assets + inventory +
    /// receivables − payables; cash is excluded.
    pub fn capital_employed(&self) -> Money {
        self.ppe_net + self.inventory + self.receivables - self.payables
    }

    /// The sheet's lines as (key, amount), in reading order.
    pub fn lines(&self) -> [(&'static str, Money); 16] {
        [
            ("cash", self.cash),
            ("receivables", self.receivables),
            ("inventory", self.inventory),
            ("ppe_gross", self.ppe_gross),
            ("accumulated_depreciation", self.accumulated_depreciation),
            ("ppe_net", self.ppe_net),
            ("total_assets", self.total_assets),
            ("payables", self.payables),
            ("tax_payable", self.tax_payable),
            ("loans", self.loans),
            ("overdraft", self.overdraft),
            ("total_liabilities", self.total_liabilities),
            ("subscribed_capital", self.subscribed_capital),
            ("retained_earnings", self.retained_earnings),
            ("total_equity", self.total_equity),
            ("total_equity_and_liabilities", self.total_equity_and_liabilities),
        ]
    }
}

/// The cash-flow statement of one year by the indirect method.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CashFlowStatement {
    /// Net income of the year, where the indirect method starts.
    pub net_income: Money,
    /// Depreciation added back: a cost that used no cash this year.
    pub depreciation: Money,
    /// Increase in receivables is a use of cash, so this is `opening − closing`.
    pub change_receivables: Money,
    /// Decrease in inventory, a source of cash: `opening − closing`.
    pub change_inventory: Money,
    /// Increase in payables is a source of cash: `closing − opening`.
    pub change_payables: Money,
    /// Increase in tax payable, a source of cash: `closing − opening`.
    pub change_tax_payable: Money,
    /// Cash flow from operations (CFO): net income, depreciation and the working-capital changes.
    pub operating: Money,
    /// Lines and projects bought this year, as a positive amount.
    pub capex: Money,
    /// Cash flow from investing (CFI): minus capex.
    pub investing: Money,
    /// Loans drawn less loans repaid.
    pub loans_change: Money,
    /// Overdraft drawn less overdraft repaid.
    pub overdraft_change: Money,
    /// New share capital, rescue capital included.
    pub equity_raised: Money,
    /// Dividends paid, as a positive amount.
    pub dividends: Money,
    /// Cash flow from financing (CFF): loans, overdraft and equity less dividends.
    pub financing: Money,
    /// CFO + CFI + CFF; equals closing less opening cash when the books are right.
    pub net_change: Money,
    /// Cash at the start of the year.
    pub opening_cash: Money,
    /// Cash at the end of the year.
    pub closing_cash: Money,
}

impl CashFlowStatement {
    /// Derives the year's cash flows from the opening and closing balance sheets, the
    /// income statement and the year's capex and dividends (which the sheets alone cannot
    /// tell apart from disposals and profit). `net_change` is the sum of the three
    /// sections; it equals `closing_cash − opening_cash` when the books are right.
    pub fn indirect(
        opening: &BalanceSheet,
        closing: &BalanceSheet,
        income: &IncomeStatement,
        capex: Money,
        dividends: Money,
    ) -> CashFlowStatement {
        let change_receivables = opening.receivables - closing.receivables;
        let change_inventory = opening.inventory - closing.inventory;
        let change_payables = closing.payables - opening.payables;
        let change_tax_payable = closing.tax_payable - opening.tax_payable;
        let operating = income.net_income
            + income.depreciation
            + change_receivables
            + change_inventory
            + change_payables
            + change_tax_payable;
        let investing = -capex;
        let loans_change = closing.loans - opening.loans;
        let overdraft_change = closing.overdraft - opening.overdraft;
        let equity_raised = closing.subscribed_capital - opening.subscribed_capital;
        let financing = loans_change + overdraft_change + equity_raised - dividends;
        CashFlowStatement {
            net_income: income.net_income,
            depreciation: income.depreciation,
            change_receivables,
            change_inventory,
            change_payables,
            change_tax_payable,
            operating,
            capex,
            investing,
            loans_change,
            overdraft_change,
            equity_raised,
            dividends,
            financing,
            net_change: operating + investing + financing,
            opening_cash: opening.cash,
            closing_cash: closing.cash,
        }
    }

    /// Free cash flow: operating minus investing outflows.
    pub fn free_cash_flow(&self) -> Money {
        self.operating + self.investing
    }

    /// The statement's lines as (key, amount), in reading order, each as its effect on cash:
    /// capex and dividends, kept positive in their fields, are shown as the outflows they are.
    pub fn lines(&self) -> [(&'static str, Money); 17] {
        [
            ("net_income", self.net_income),
            ("depreciation", self.depreciation),
            ("change_receivables", self.change_receivables),
            ("change_inventory", self.change_inventory),
            ("change_payables", self.change_payables),
            ("change_tax_payable", self.change_tax_payable),
            ("operating", self.operating),
            ("capex", -self.capex),
            ("investing", self.investing),
            ("loans_change", self.loans_change),
            ("overdraft_change", self.overdraft_change),
            ("equity_raised", self.equity_raised),
            ("dividends", -self.dividends),
            ("financing", self.financing),
            ("net_change", self.net_change),
            ("opening_cash", self.opening_cash),
            ("closing_cash", self.closing_cash),
        ]
    }
}
