//! `mehrwert analyze FILE`: what a key-account manager does with a customer's annual report:
//! KPIs, WACC, NOPAT, capital employed, EVA and the driver tree from published statements.
//!
//! The input is a RON file (format: docs/analyze-format.md, example:
//! examples/analyze/maschinenbau-2025.ron) or a workbook made from the template
//! (`mehrwert analyze --template FILE.xlsx`). Every problem is reported (not only the first)
//! as an [`Issue`](crate::scenario::Issue), with file and line and column (or sheet and
//! cell), code, field and the plain sentence in `--lang`, exactly as `check` reports them;
//! a bad file exits with status 1. The figures come from `model::customer`, which uses the
//! game's own EVA, WACC and appraisal formulas.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;
use serde_json::{Value, json};

use super::run::Lang;
use crate::i18n::{Arg, message};
use crate::lab::figures::{figure_name, value_text};
use crate::model::Money;
use crate::model::customer::{CustomerAnalysis, CustomerReport, analyse};
use crate::model::format::{self, Locale};
use crate::model::kpi::KpiValue;
use crate::model::rounding::round;
use crate::scenario::Issues;
use crate::scenario::customer::{ReadReport, Volume};

/// Arguments of `analyze`.
#[derive(Debug, clap::Args)]
pub struct AnalyzeArgs {
    /// The published statements: a RON file (see docs/analyze-format.md) or a workbook made
    /// from the template (.xlsx).
    #[arg(required_unless_present = "template")]
    pub file: Option<PathBuf>,
    /// Writes an empty template workbook (German and English line names, both years side by
    /// side) to this path and exits.
    #[arg(long, value_name = "FILE.xlsx", conflicts_with = "file")]
    pub template: Option<PathBuf>,
    /// Output: a table for people or JSON for tools.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
    /// Language of the table and the messages.
    #[arg(long, value_enum, default_value_t = Lang::De)]
    pub lang: Lang,
}

/// How `analyze` prints its result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// A table for reading, in the language of `--lang`.
    Table,
    /// JSON with every KPI, the EVA parts and the driver tree; numbers as exact decimal strings.
    Json,
}

/// Runs `analyze`: exit 0 with the analysis on stdout, or 1 with every problem on stderr.
pub fn run(args: &AnalyzeArgs) -> anyhow::Result<ExitCode> {
    if let Some(path) = &args.template {
        let bytes = crate::scenario::customer::workbook::template(args.lang.locale())
            .context("cannot make the template workbook")?;
        crate::files::write_atomically(path, &bytes).with_context(|| format!("cannot write {}", path.display()))?;
        println!(
            "{}",
            message("analyze_template_written", args.lang.locale(), &[("path", Arg::from(path.display().to_string()))])
        );
        return Ok(ExitCode::SUCCESS);
    }
    let Some(file) = &args.file else { return Ok(ExitCode::from(2)) };
    let read = match read(file) {
        Ok(read) => read,
        Err(issues) => return Ok(super::run::report_issues(&issues, args.lang.locale())),
    };
    let analysis = analyse(&read.report);
    let out = match args.format {
        OutputFormat::Table => table(&read, &analysis, args.lang.locale()),
        OutputFormat::Json => format!("{:#}\n", to_json(&read, &analysis)),
    };
    super::write_out(&out).context("cannot write the analysis")?;
    Ok(ExitCode::SUCCESS)
}

/// Reads a report from a RON file or, for `.xlsx`, from a workbook.
pub fn read(file: &Path) -> Result<ReadReport, Issues> {
    if crate::scenario::customer::workbook::is_workbook(file) {
        return crate::scenario::customer::workbook::read_report(file);
    }
    let text = crate::scenario::read_text_file(file)?;
    crate::scenario::customer::parse_report(&text, Some(file))
}

/// The KPIs of the analysis plus the volume figures the report gives.
fn kpis(analysis: &CustomerAnalysis, volume: &Volume) -> Vec<(&'static str, KpiValue)> {
    let mut list = analysis.kpis.clone();
    if volume.capacity_units > 0 {
        let used = Decimal::from(volume.units_produced) / Decimal::from(volume.capacity_units);
        list.push(("capacity_utilisation", KpiValue::Ratio(Some(used))));
    }
    if let Some(share) = volume.market_share {
        list.push(("market_share", KpiValue::Ratio(Some(share))));
    }
    list
}

/// Decimal places of ratios and days in the JSON output.
const JSON_RATIO_DP: u32 = 6;
const JSON_DAYS_DP: u32 = 2;

/// The analysis as JSON: amounts and ratios as exact decimal strings (ratios rounded to 6
/// places, days to 2), unit counts as numbers, `null` where a figure is not defined.
fn to_json(read: &ReadReport, analysis: &CustomerAnalysis) -> Value {
    let report = &read.report;
    let ratio = |value: Decimal| Value::String(round(value, JSON_RATIO_DP).to_string());
    let money = |amount: Money| Value::String(amount.to_string());
    let kpi_value = |value: KpiValue| match value {
        KpiValue::Ratio(v) => v.map_or(Value::Null, ratio),
        KpiValue::Days(v) => v.map_or(Value::Null, |d| Value::String(round(d, JSON_DAYS_DP).to_string())),
        KpiValue::Units(v) => v.map_or(Value::Null, |u| u.ceil().to_u64().map_or(Value::Null, Value::from)),
        KpiValue::Money(amount) => money(amount),
    };
    let kpis: serde_json::Map<String, Value> =
        kpis(analysis, &read.volume).into_iter().map(|(key, value)| (key.to_string(), kpi_value(value))).collect();
    let tree: Vec<Value> = analysis
        .tree
        .iter()
        .map(|node| json!({ "key": node.key, "parent": node.parent, "value": kpi_value(node.value) }))
        .collect();
    let eva = &analysis.eva;
    let statement = |lines: &[(&str, Money)]| -> serde_json::Map<String, Value> {
        lines.iter().map(|(key, amount)| (key.to_string(), money(*amount))).collect()
    };
    let sheet = |sheet: &crate::model::customer::ReportSheet| {
        let mut lines = statement(&sheet.lines());
        lines.insert("total_assets".into(), money(sheet.total_assets()));
        lines.insert("total_equity".into(), money(sheet.total_equity()));
        lines.insert("capital_employed".into(), money(sheet.capital_employed()));
        lines.insert("rounding_residual".into(), money(sheet.residual()));
        lines
    };
    json!({
        "company": report.company,
        "year": report.year,
        "currency": report.currency,
        "unit": report.unit.key(),
        "rounding": money(report.rounding),
        "source": report.source,
        "currency_note": read.note,
        "tax_rate": ratio(report.tax_rate),
        "cost_of_equity": ratio(report.cost_of_equity),
        "cost_of_debt": ratio(report.cost_of_debt),
        "pensions_in_net_debt": report.pensions_in_net_debt,
        "wacc": ratio(analysis.cost_of_capital.wacc),
        "leverage": ratio(analysis.cost_of_capital.leverage),
        "eva": {
            "nopat": money(eva.nopat),
            "capital_employed": money(eva.capital_employed),
            "wacc": ratio(eva.wacc),
            "capital_charge": money(eva.capital_charge),
            "eva": money(eva.eva),
            "roic": eva.roic.map_or(Value::Null, ratio),
        },
        "kpis": kpis,
        "driver_tree": tree,
        "income_statement": statement(&report.income.lines()),
        "opening_balance_sheet": sheet(&report.opening),
        "closing_balance_sheet": sheet(&report.closing),
    })
}

/// Width of the label column and of the value column in the table.
const LABEL_WIDTH: usize = 56;
const VALUE_WIDTH: usize = 22;

/// The analysis as a table in `locale`'s language.
fn table(read: &ReadReport, analysis: &CustomerAnalysis, locale: Locale) -> String {
    let report = &read.report;
    let text = |id: &str| message(id, locale, &[]);
    let mut out = String::new();
    let title = [("company", Arg::from(report.company.clone())), ("year", Arg::from(report.year.to_string()))];
    let _ = writeln!(out, "{}", message("analyze_title", locale, &title));
    for note in [&read.note, &report.source] {
        if !note.is_empty() {
            let _ = writeln!(out, "{note}");
        }
    }
    let _ = writeln!(out, "{}", unit_line(report, locale));
    let eva = &analysis.eva;
    let money = |amount| format::money_in(amount, 2, &report.currency, locale);
    let _ = writeln!(out, "\n{}", text("analyze_eva_heading"));
    row(&mut out, 0, &text("analyze_nopat"), money(eva.nopat));
    row(&mut out, 0, &figure_name("capital_employed", locale), money(eva.capital_employed));
    row(&mut out, 0, &figure_name("leverage", locale), format::percent(analysis.cost_of_capital.leverage, 2, locale));
    row(&mut out, 0, &figure_name("wacc", locale), format::percent(analysis.cost_of_capital.wacc, 2, locale));
    row(&mut out, 0, &text("analyze_charge"), money(eva.capital_charge));
    row(&mut out, 0, &text("analyze_eva_line"), money(eva.eva));
    let _ = writeln!(out, "\n{}", text("analyze_kpi_heading"));
    for (key, value) in kpis(analysis, &read.volume) {
        row(&mut out, 0, &figure_name(key, locale), value_text(key, value, &report.currency, locale));
    }
    let _ = writeln!(out, "\n{}", text("analyze_tree_heading"));
    for node in &analysis.tree {
        let depth = node.depth(&analysis.tree);
        row(
            &mut out,
            2 * depth,
            &figure_name(node.key, locale),
            value_text(node.key, node.value, &report.currency, locale),
        );
    }
    for (which, sheet) in [("opening", &report.opening), ("closing", &report.closing)] {
        if !sheet.residual().is_zero() {
            let args = [("sheet", Arg::from(which)), ("amount", Arg::from(money(sheet.residual())))];
            let _ = writeln!(out, "\n{}", message("analyze_residual", locale, &args));
        }
    }
    let verdict = if eva.eva.is_negative() {
        "destroyed"
    } else if eva.eva.is_positive() {
        "created"
    } else {
        "even"
    };
    let _ = writeln!(out, "\n{}", message("analyze_verdict", locale, &[("verdict", Arg::from(verdict))]));
    out
}

/// "Beträge in EUR; veröffentlicht in Mio., gerundet auf 0,1" in `locale`.
fn unit_line(report: &CustomerReport, locale: Locale) -> String {
    if report.rounding.is_zero() {
        return message("analyze_unit_line_exact", locale, &[("currency", Arg::from(report.currency.clone()))]);
    }
    let step = report.rounding.amount() / report.unit.factor();
    let args = [
        ("currency", Arg::from(report.currency.clone())),
        ("unit", Arg::from(report.unit.key())),
        ("rounding", Arg::from(format::decimal(step.normalize(), step.normalize().scale(), locale))),
    ];
    message("analyze_unit_line", locale, &args)
}

/// One table row: `label` indented by `indent` spaces, `value` right-aligned.
fn row(out: &mut String, indent: usize, label: &str, value: String) {
    let width = LABEL_WIDTH.saturating_sub(indent);
    let _ = writeln!(out, "  {:indent$}{label:<width$}{value:>VALUE_WIDTH$}", "");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_a_label_in_both_languages() {
        let read = crate::scenario::customer::parse_report(
            include_str!("../../examples/analyze/maschinenbau-2025.ron"),
            Some(Path::new("example.ron")),
        );
        let read = read.expect("the shipped example is valid");
        let analysis = analyse(&read.report);
        let volume = Volume { units_produced: 1, capacity_units: 1, market_share: Some(Decimal::ONE) };
        for locale in [Locale::De, Locale::En] {
            let keys = kpis(&analysis, &volume).into_iter().map(|(k, _)| k).chain(analysis.tree.iter().map(|n| n.key));
            for key in keys.chain(["dividends_paid"]) {
                assert!(!figure_name(key, locale).starts_with("analyze_"), "{key} has no {locale:?} label");
            }
        }
    }
}
