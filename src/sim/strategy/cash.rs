//! Financing for a computer CFO: project the year's cash, borrow what the plans need, and
//! hand back what they do not — to the owners as far as the target leverage allows, the
//! rest to the bank — so no company sits on idle cash or on debt it does not use.
//!
//! Pay-outs are prudent: they count only [`PRUDENCE`] of the operating cash the year is
//! expected to bring (the forecast may be wrong). Leverage is net debt / (net debt + equity)
//! at year end: repaying a loan from cash leaves it unchanged, a dividend raises it (cash out,
//! equity down). So the dividend — a share of last year's profit, plus a special dividend
//! from what is left — stops where the year would end at the target leverage, and every
//! spare euro it does not pay out repays loans.

/// Share of the expected operating cash that pay-outs may count on.
pub const PRUDENCE: f64 = 0.9;

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

/// Borrow the gap to the target cash; or pay the dividend the target leverage allows and
/// repay loans with the rest of the spare cash.
pub fn plan_financing(i: &CashInputs) -> Financing {
    let cash_end = i.net_cash_open + i.operating_cash - i.capex;
    let gap = i.target_cash - cash_end;
    if gap > 0.0 {
        let headroom = (i.max_loans - i.loans).max(0.0);
        let loan_change = if i.borrows { gap.min(headroom) } else { 0.0 };
        return Financing { loan_change, dividend: 0.0 };
    }
    let prudent_cash = i.net_cash_open + PRUDENCE * i.operating_cash.max(0.0) + i.operating_cash.min(0.0) - i.capex;
    let spare = (prudent_cash - i.target_cash).max(0.0);
    let distributable = i.distributable.max(0.0);
    // Net debt at year end before any dividend, equity with a profit like last year's, and the
    // most a dividend d may be so that (D + d) / (D + d + E − d) stays at the target λ:
    // d ≤ (λ/(1 − λ)·E − D) / (1 + λ/(1 − λ)).
    let net_debt = i.loans - prudent_cash;
    let equity = (i.equity + i.last_net_income.max(0.0)).max(0.0);
    let gearing = i.target_leverage.clamp(0.0, 0.95) / (1.0 - i.target_leverage.clamp(0.0, 0.95));
    let room = ((gearing * equity - net_debt) / (1.0 + gearing)).max(0.0);
    let ordinary = (i.payout * i.last_net_income.max(0.0)).min(spare).min(distributable).min(room);
    let special = (i.payout * (room - ordinary)).min(spare - ordinary).min(distributable - ordinary).max(0.0);
    let dividend = ordinary + special;
    let repay = (spare - dividend).min(i.loans).max(0.0);
    Financing { loan_change: -repay, dividend }
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
            last_net_income: 1_300_000.0,
            payout: 0.8,
            borrows: true,
        }
    }

    /// Floats agree to a millionth of a euro.
    fn close(f: Financing, loan_change: f64, dividend: f64) -> bool {
        (f.loan_change - loan_change).abs() < 1e-6 && (f.dividend - dividend).abs() < 1e-6
    }

    #[test]
    fn spare_cash_pays_the_dividend_the_target_leverage_allows_and_repays_loans() {
        // Prudent cash 1 M + 0,9 × 4 M = 4,6 M, 3,6 M above the 1 M wanted. Net debt at year
        // end 5 M − 4,6 M = 0,4 M; equity with last year's profit 6,5 M + 1,3 M = 7,8 M;
        // target 35 %: λ/(1 − λ) = 7/13, 7/13 × 7,8 M = 4,2 M, so a dividend may be
        // (4,2 M − 0,4 M) × 13/20 = 2,47 M. Ordinary 80 % × 1,3 M = 1,04 M, special
        // 80 % × 1,43 M = 1,144 M; the other 1,416 M repays loans.
        // Check: (0,4 + 2,184) / (7,8 + 0,4) = 2,584 / 8,2 = 31,5 % ≤ 35 %.
        let f = plan_financing(&inputs());
        assert!(close(f, -1_416_000.0, 2_184_000.0), "{f:?}");
        // More debt: 8 M loans → net debt 3,4 M, room (4,2 − 3,4) × 0,65 = 0,52 M: that is
        // the dividend, and 3,08 M repay loans.
        let geared = CashInputs { loans: 8_000_000.0, ..inputs() };
        assert!(close(plan_financing(&geared), -3_080_000.0, 520_000.0));
        // Reserves of only 1 M: the dividend stops at 1 M, the other 2,6 M repays loans.
        let thin_reserves = CashInputs { distributable: 1_000_000.0, ..inputs() };
        assert!(close(plan_financing(&thin_reserves), -2_600_000.0, 1_000_000.0));
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
    fn a_forecast_that_only_just_covers_the_target_pays_out_little() {
        // Cash at year end 1 M + 0,5 M = 1,5 M ≥ target, but prudently 1,45 M: 0,45 M spare.
        // Net debt 5 M − 1,45 M = 3,55 M leaves room for (4,2 − 3,55) × 0,65 = 0,4225 M of
        // dividend; the last 0,0275 M repays loans.
        let thin = CashInputs { operating_cash: 500_000.0, ..inputs() };
        assert!(close(plan_financing(&thin), -27_500.0, 422_500.0));
    }
}
