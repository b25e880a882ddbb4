//! The `appraise` subcommand: NPV, IRR, payback and profitability index of a cash-flow series.
//!
//! Lets a trainer check a catalogue project, or a player any investment, without opening the
//! game; the figures come from [`crate::model::appraisal`], the same code the game uses.

use std::process::ExitCode;

use anyhow::bail;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::i18n::{Arg, message};
use crate::model::Money;
use crate::model::appraisal::{self, Appraisal, AppraisalError};
use crate::model::format::{Locale, decimal, money, percent};

/// How the result is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Labels and number format of `--lang`, one figure per line.
    Table,
    /// One JSON object: `npv`, `irr`, `payback_years`, `discounted_payback_years`, `profitability_index`.
    Json,
}

/// Arguments of `appraise`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example: mehrwert appraise --rate 10% -- -1000 500 400 300 100\n\
    Negative amounts like -1000 or -1000.50 may follow the options directly; put `--` before\n\
    the cash flows when one has a decimal comma (-1000,50), or clap reads it as an option.\n\
    Limits: at most 101 cash flows (t = 0 to 100), each at most 10^15 € in absolute value.")]
pub struct AppraiseArgs {
    /// Discount rate per period: a fraction strictly between -1 and 1 (0.08) or a percentage
    /// above -100% and at most 1000% (8%, 8,5%, -2%); a bare 8 is rejected as ambiguous.
    #[arg(long, value_name = "RATE", allow_hyphen_values = true)]
    pub rate: String,

    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,

    /// Language of the table: de (default) or en.
    #[arg(long, value_enum, default_value_t = super::run::Lang::De)]
    pub lang: super::run::Lang,

    /// Cash flows in euros, the first at t = 0, one per period: -1000, 500.50 or 500,50 (a
    /// decimal comma only when there is no '.'), at most two decimal places, no thousands
    /// separators.
    #[arg(value_name = "CASH_FLOWS", required = true, num_args = 1.., allow_negative_numbers = true)]
    pub cash_flows_eur: Vec<String>,
}

/// Runs `appraise`: parses the rate and cash flows, validates them, prints the appraisal.
///
/// # Errors
/// A message naming the bad argument, what was found and what is allowed.
pub fn run(args: &AppraiseArgs) -> anyhow::Result<ExitCode> {
    let rate = parse_rate(&args.rate)?;
    let flows = args
        .cash_flows_eur
        .iter()
        .enumerate()
        .map(|(period, raw)| parse_cash_flow(period, raw))
        .collect::<anyhow::Result<Vec<Money>>>()?;
    let appraisal = match appraisal::appraise(rate, &flows) {
        Ok(appraisal) => appraisal,
        Err(error) => bail!("{}: {error}", argument_of(&error, &args.rate)),
    };
    let text = match args.format {
        OutputFormat::Table => table(rate, &appraisal, args.lang.locale()),
        OutputFormat::Json => json(&appraisal)? + "\n",
    };
    super::write_out(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// The command-line argument an appraisal error is about, for the message; `raw_rate` as typed.
fn argument_of(error: &AppraisalError, raw_rate: &str) -> String {
    match error {
        AppraisalError::RateOutOfRange { .. } | AppraisalError::PresentValuesTooLarge { .. } => {
            format!("--rate: found `{raw_rate}`")
        }
        AppraisalError::NoCashFlows | AppraisalError::TooManyPeriods { .. } => "CASH_FLOWS".to_owned(),
        AppraisalError::FlowTooLarge { period, .. } => cash_flow_name(*period),
    }
}

/// How a cash flow is named in messages: its position among `CASH_FLOWS` and its period.
fn cash_flow_name(period: usize) -> String {
    format!("CASH_FLOWS value {} (t = {period})", period + 1)
}

/// Parses `0.08`, `8%`, `8 %` or `8,5%` into a rate as a fraction.
///
/// A bare number must lie strictly between -1 and 1: `--rate 8` is far more likely a typo
/// for 8 % than a request for 800 %, so it is refused rather than guessed.
fn parse_rate(raw: &str) -> anyhow::Result<Decimal> {
    let allowed = "allowed: a fraction strictly between -1 and 1 like 0.08, or a percentage like 8% \
                   (above -100% and at most 1000%)";
    let trimmed = raw.trim();
    if let Some(percent) = trimmed.strip_suffix('%') {
        let Some(value) = parse_plain_decimal(percent.trim_end(), None) else {
            bail!("--rate: found `{raw}`; {allowed}");
        };
        return Ok(value / Decimal::ONE_HUNDRED);
    }
    match parse_plain_decimal(trimmed, None) {
        Some(value) if value.abs() < Decimal::ONE => Ok(value),
        Some(_) => {
            bail!("--rate: found `{raw}`, a bare number of 1 or more; write `{trimmed}%` for percent; {allowed}")
        }
        None => bail!("--rate: found `{raw}`; {allowed}"),
    }
}

/// Parses one cash flow in euros with at most two decimal places.
fn parse_cash_flow(period: usize, raw: &str) -> anyhow::Result<Money> {
    match parse_plain_decimal(raw.trim(), Some(2)) {
        Some(amount) => Ok(Money::from_decimal(amount)),
        None => bail!(
            "{}: found `{raw}`; allowed: an amount in euros like -1000, 500.50 or 500,50 \
             (decimal comma only without '.', at most two decimal places, no thousands separators, \
             at most 10^15 in absolute value)",
            cash_flow_name(period)
        ),
    }
}

/// Parses `[+|-]digits[(.|,)digits]`: one decimal separator, either '.' or ',' (so "1.000,50"
/// with both is refused), at most `max_decimal_places` digits after it when given. No
/// exponents, spaces, underscores or thousands separators.
fn parse_plain_decimal(text: &str, max_decimal_places: Option<usize>) -> Option<Decimal> {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let negative = text.starts_with('-');
    let (whole, fraction) = match unsigned.split_once(['.', ',']) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit());
    let fraction_ok = fraction.is_none_or(|fraction| {
        all_digits(fraction) && max_decimal_places.is_none_or(|places| fraction.len() <= places)
    });
    if !all_digits(whole) || !fraction_ok {
        return None;
    }
    let normalized = match fraction {
        Some(fraction) => format!("{whole}.{fraction}"),
        None => whole.to_owned(),
    };
    let magnitude: Decimal = normalized.parse().ok()?;
    Some(if negative { -magnitude } else { magnitude })
}

/// The appraisal as lines in `locale`'s words and number format, e.g. "Kapitalwert (NPV):
/// 78,82 €" or "Net present value (NPV): €78.82".
fn table(rate: Decimal, appraisal: &Appraisal, locale: Locale) -> String {
    let text = |id: &str, key: &'static str, value: String| message(id, locale, &[(key, Arg::from(value))]);
    let plain = |id: &str| message(id, locale, &[]);
    let years = |value: Option<Decimal>| {
        value
            .map_or_else(|| plain("cli_appraise_never"), |y| text("cli_appraise_years", "years", decimal(y, 2, locale)))
    };
    let lines = [
        text("cli_appraise_rate", "rate", percent(rate, 2, locale)),
        text("cli_appraise_npv", "npv", money(appraisal.npv, locale)),
        text(
            "cli_appraise_irr",
            "irr",
            appraisal.irr.map_or_else(|| plain("cli_appraise_no_irr"), |irr| percent(irr, 2, locale)),
        ),
        text("cli_appraise_payback", "years", years(appraisal.payback_years)),
        text("cli_appraise_discounted_payback", "years", years(appraisal.discounted_payback_years)),
        text(
            "cli_appraise_profitability_index",
            "index",
            appraisal
                .profitability_index
                .map_or_else(|| plain("cli_appraise_no_index"), |index| decimal(index, 2, locale)),
        ),
    ];
    lines.join("\n") + "\n"
}

/// The JSON shape of `appraise --format json`: numbers as JSON numbers, `null` for none.
#[derive(Debug, Serialize)]
struct AppraisalJson {
    npv: f64,
    irr: Option<f64>,
    payback_years: Option<f64>,
    discounted_payback_years: Option<f64>,
    profitability_index: Option<f64>,
}

/// The appraisal as pretty-printed JSON.
///
/// JSON numbers are read as binary floats by nearly every consumer, so each `Decimal` goes
/// through its exact decimal text to the nearest `f64` (15 significant digits survive).
fn json(appraisal: &Appraisal) -> anyhow::Result<String> {
    let shape = AppraisalJson {
        npv: to_f64(appraisal.npv.amount()),
        irr: appraisal.irr.map(to_f64),
        payback_years: appraisal.payback_years.map(to_f64),
        discounted_payback_years: appraisal.discounted_payback_years.map(to_f64),
        profitability_index: appraisal.profitability_index.map(to_f64),
    };
    Ok(serde_json::to_string_pretty(&shape)?)
}

/// The `f64` nearest to `value`, via its decimal text (correctly rounded, unlike a digit-wise sum).
fn to_f64(value: Decimal) -> f64 {
    value.to_string().parse().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rates_parse_as_fractions_or_percentages() {
        let check = |raw: &str, expected: Option<Decimal>| assert_eq!(parse_rate(raw).ok(), expected, "{raw}");
        check("0.08", Some(dec!(0.08)));
        check("0,08", Some(dec!(0.08)));
        check("8%", Some(dec!(0.08)));
        check("8 %", Some(dec!(0.08)));
        check("8,5%", Some(dec!(0.085)));
        check("-2%", Some(dec!(-0.02)));
        check("1000%", Some(dec!(10)));
        check("8", None);
        check("1", None);
        check("abc", None);
        check("8%%", None);
        check("1e-2", None);
        check("", None);
    }

    #[test]
    fn cash_flows_accept_a_point_or_a_comma_but_not_both() {
        let check = |raw: &str, expected: Option<Money>| assert_eq!(parse_cash_flow(0, raw).ok(), expected, "{raw}");
        check("-1000", Some(Money::euros(-1000)));
        check("+500", Some(Money::euros(500)));
        check("-1000.50", Some(Money::cents(-100_050)));
        check("-1000,5", Some(Money::cents(-100_050)));
        check("-1.000,50", None);
        check("1,000", None);
        check("1.000", None);
        check("1_000", None);
        check("1e3", None);
        check(".5", None);
        check("5.", None);
        check("--5", None);
        check("99999999999999999999999999999999", None);
    }

    #[test]
    fn the_table_groups_thousands_and_rounds_half_away_from_zero() {
        let de = Locale::De;
        assert_eq!(decimal(dec!(78.8197), 2, de), "78,82");
        assert_eq!(decimal(dec!(-1234567.891), 2, de), "-1.234.567,89");
        assert_eq!(decimal(dec!(100), 2, de), "100,00");
        assert_eq!(decimal(dec!(-0.001), 2, de), "0,00");
        assert_eq!(decimal(dec!(999.995), 2, de), "1.000,00");
        assert_eq!(percent(dec!(0.144888), 2, de), "14,49 %");
        assert_eq!(decimal(dec!(-1234567.891), 2, Locale::En), "-1,234,567.89");
    }
}
