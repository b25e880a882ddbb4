//! Financing for a computer CFO: project the year's cash, borrow what the plans need, and
//! hand back what they do not — first to the bank while leverage is above the target, then
//! to the owners as dividend — so no company sits on idle cash or on debt it does not use.
//!
//! Pay-outs are prudent: they count only half of the operating cash the year is expected to
//! bring (the forecast may be wrong). The ordinary dividend is a share of last year's
//! profit; what is left repays debt above the target leverage, then goes to the owners as
//! a special dividend (keeping leverage near its target), and what the reserves cannot pay
//! out repays more loans.

/// A rough cash plan of the coming year, before any financing decision (all in €).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CashInputs {
    /// Cash at the start less the overdraft to be repaid.
    pub net_cash_open: f64,
    /// Cash the operations bring in this year: collections − supplier payments − labour −
    /// operating costs − last year's tax − interest.
    pub operating_cash: f64,
    /// Lines and projects bought.
    pub capex: f64,
    /// Cash the company wants at year end: the scenario minimum plus a buffer.
    pub target_cash: f64,
    /// Loans outstanding and the most the bank lends.
    pub loans: f64,
    pub max_loans: f64,
    /// Net debt / (net debt + equity) the strategy aims for.
    pub target_leverage: f64,
    /// Equity at the start of the year.
    pub equity: f64,
    /// Retained earnings that may be paid out.
    pub distributable: f64,
    /// Last year's net income (0 before year 1).
    pub last_net_income: f64,
    /// Share of last year's profit paid out, and of spare cash once loans are repaid.
    pub payout: f64,
    /// Whether the strategy borrows at all.
    pub borrows: bool,
}

/// The financing decision: loan change (+ drawn, − repaid) and dividend, in €.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Financing {
    pub loan_change: f64,
    pub dividend: f64,
}

/// Borrow the gap to the target cash; or pay the ordinary dividend, repay down to the target
/// leverage, and with what is left repay more (or, without loans, pay it out).
pub fn plan_financing(i: &CashInputs) -> Financing {
    let cash_end = i.net_cash_open + i.operating_cash - i.capex;
    let gap = i.target_cash - cash_end;
    if gap > 0.0 {
        let headroom = (i.max_loans - i.loans).max(0.0);
        let loan_change = if i.borrows { gap.min(headroom) } else { 0.0 };
        return Financing { loan_change, dividend: 0.0 };
    }
    let prudent_cash = i.net_cash_open + 0.5 * i.operating_cash.max(0.0) + i.operating_cash.min(0.0) - i.capex;
    let spare = (prudent_cash - i.target_cash).max(0.0);
    let distributable = i.distributable.max(0.0);
    let ordinary = (i.payout * i.last_net_income.max(0.0)).min(spare).min(distributable);
    // Net debt at year end (prudent view) against the debt the target leverage allows.
    let net_debt = i.loans - prudent_cash + i.target_cash;
    let equity = i.equity.max(1.0);
    let target_debt = i.target_leverage / (1.0 - i.target_leverage).max(0.05) * equity;
    let left = spare - ordinary;
    let repay = (net_debt - target_debt).clamp(0.0, left.min(i.loans));
    let left = left - repay;
    let special = (left * i.payout).min(distributable - ordinary).max(0.0);
    let more = (left - special).min(i.loans - repay).max(0.0);
    Financing { loan_change: -(repay + more), dividend: ordinary + special }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs() -> CashInputs {
        CashInputs {
            net_cash_open: 1_000_000.0,
            operating_cash: 4_000_000.0,
            capex: 0.0,
            target_cash: 1_000_000.0,
            loans: 5_000_000.0,
            max_loans: 15_000_000.0,
            target_leverage: 0.35,
            equity: 6_500_000.0,
            distributable: 3_000_000.0,
            last_net_income: 1_000_000.0,
            payout: 0.8,
            borrows: true,
        }
    }

    #[test]
    fn spare_cash_pays_the_dividend_and_repays_loans() {
        // Prudent cash 1 M + ½ × 4 M = 3 M, 2 M above the 1 M wanted. Ordinary dividend
        // 80 % × 1 M = 0,8 M. Net debt 5 M − 3 M + 1 M = 3 M, below the 0,35/0,65 × 6,5 M = 3,5 M
        // the target allows: of the 1,2 M left 80 % (0,96 M) is a special dividend and the
        // last 0,24 M repays loans rather than lie idle.
        assert_eq!(plan_financing(&inputs()), Financing { loan_change: -240_000.0, dividend: 1_760_000.0 });
        // More debt: 8 M loans → net debt 6 M, 2,5 M above the target: the 1,2 M repays it.
        let geared = CashInputs { loans: 8_000_000.0, ..inputs() };
        assert_eq!(plan_financing(&geared), Financing { loan_change: -1_200_000.0, dividend: 800_000.0 });
        // Reserves of only 1 M: 0,8 M ordinary, 0,2 M special, the other 1 M repays loans.
        let thin_reserves = CashInputs { distributable: 1_000_000.0, ..inputs() };
        assert_eq!(plan_financing(&thin_reserves), Financing { loan_change: -1_000_000.0, dividend: 1_000_000.0 });
    }

    #[test]
    fn a_cash_gap_is_borrowed_within_the_limit() {
        // A 6 M line: cash at year end 1 M + 4 M − 6 M = −1 M, 2 M short of the target.
        let investing = CashInputs { capex: 6_000_000.0, ..inputs() };
        assert_eq!(plan_financing(&investing), Financing { loan_change: 2_000_000.0, dividend: 0.0 });
        let near_limit = CashInputs { loans: 14_500_000.0, ..investing };
        assert_eq!(plan_financing(&near_limit).loan_change, 500_000.0);
        let cautious = CashInputs { borrows: false, ..investing };
        assert_eq!(plan_financing(&cautious), Financing::default());
    }

    #[test]
    fn a_forecast_that_only_just_covers_the_target_pays_nothing_out() {
        // Cash at year end 1 M + 0,5 M = 1,5 M ≥ target, but prudently 1,25 M: 0,25 M spare,
        // all of it the ordinary dividend (limited to the spare cash).
        let thin = CashInputs { operating_cash: 500_000.0, ..inputs() };
        assert_eq!(plan_financing(&thin), Financing { loan_change: 0.0, dividend: 250_000.0 });
    }
}
