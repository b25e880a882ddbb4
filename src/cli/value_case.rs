//! `mehrwert value-case FILE`: a value case on the command line: the customer's EVA before
//! and with the offer, the offer's effect year by year, NPV and payback under worst, likely
//! and best assumptions, the tornado of the assumptions, promised against realised, and the
//! value message; `--pdf` and `--html` write the one-page handout for the customer meeting.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;

use super::run::Lang;
use crate::i18n::{Arg, message};
use crate::lab::evaluate::{CaseResult, evaluate};
use crate::lab::handout::{document, lever_value, signed};
use crate::lab::message::{paragraph, role_heading};
use crate::model::format::Locale;
use crate::scenario::customer::case_file::{Role, ValueCase, parse_case};

/// Arguments of `value-case`.
#[derive(Debug, clap::Args)]
pub struct ValueCaseArgs {
    /// The value case (RON; see docs/value-lab.md and examples/analyze/wertfall-hessler.ron).
    pub file: PathBuf,
    /// Language of the output; the value message's language when left out.
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Writes the one-page handout as PDF to this path.
    #[arg(long, value_name = "FILE.pdf")]
    pub pdf: Option<PathBuf>,
    /// Writes the handout as an HTML page to this path.
    #[arg(long, value_name = "FILE.html")]
    pub html: Option<PathBuf>,
}

/// Runs `value-case`: exit 0 with the case on stdout, or 1 with every problem on stderr.
pub fn run(args: &ValueCaseArgs) -> anyhow::Result<ExitCode> {
    let fallback = args.lang.map_or(Locale::De, Lang::locale);
    let case = match crate::scenario::read_text_file(&args.file).and_then(|text| parse_case(&text, Some(&args.file))) {
        Ok(case) => case,
        Err(issues) => return Ok(super::run::report_issues(&issues, fallback)),
    };
    let locale = args.lang.map_or(case.language, Lang::locale);
    let result = evaluate(&case);
    let doc = document(&case, &result, locale);
    if let Some(path) = &args.pdf {
        let bytes = crate::lab::pdf::render(&doc).context("cannot lay out the handout")?;
        crate::files::write_atomically(path, &bytes).with_context(|| format!("cannot write {}", path.display()))?;
    }
    if let Some(path) = &args.html {
        let page = crate::lab::html::render(&doc);
        crate::files::write_atomically(path, page.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    super::write_out(&table(&case, &result, locale)).context("cannot write the value case")?;
    Ok(ExitCode::SUCCESS)
}

/// The case as text in `locale`.
fn table(case: &ValueCase, result: &CaseResult, locale: Locale) -> String {
    let report = &case.customer.report;
    let currency = report.currency.as_str();
    let text = |id: &str| message(id, locale, &[]);
    let signed = |amount| signed(amount, currency, locale);
    let mut out = String::new();
    let doc = document(case, result, locale);
    let _ = writeln!(out, "{}\n{}\n", doc.title, doc.subtitle);
    for (label, value) in &doc.key_figures {
        let _ = writeln!(out, "  {label:<44}{value:>28}");
    }
    let _ = writeln!(out, "\n{}", doc.headings.years);
    let header = &doc.years.header;
    let _ = writeln!(out, "  {:<6}{:>18}{:>22}{:>18}{:>18}", header[0], header[1], header[2], header[3], header[4]);
    for row in &doc.years.rows {
        let _ = writeln!(out, "  {:<6}{:>18}{:>22}{:>18}{:>18}", row[0], row[1], row[2], row[3], row[4]);
    }
    let _ = writeln!(out, "\n{}", text("lab_tornado_heading"));
    for bar in &result.tornado {
        if let Some(lever) = case.offer.levers.get(bar.lever) {
            let _ = writeln!(out, "  {:<40}{:>18} … {:<18}", lever.name, signed(bar.npv_worst), signed(bar.npv_best));
        }
    }
    if let Some(realised) = &result.realised {
        let _ = writeln!(out, "\n{}", text("lab_realised_heading"));
        for lever in &case.offer.levers {
            let promised = lever_value(lever, lever.estimate.likely, currency, locale);
            let done = lever.realised.map_or_else(|| "–".to_string(), |v| lever_value(lever, v, currency, locale));
            let _ = writeln!(out, "  {:<40}{promised:>18}{done:>18}", lever.name);
        }
        let args = [("promised", Arg::from(signed(result.likely.npv))), ("realised", Arg::from(signed(realised.npv)))];
        let _ = writeln!(out, "  {}", message("lab_realised_npv", locale, &args));
    }
    let _ = writeln!(out, "\n{}", doc.headings.message);
    for role in Role::ALL {
        let _ = writeln!(out, "\n{}\n{}", role_heading(role, locale), paragraph(case, result, role, locale));
    }
    let _ = writeln!(out, "\n{}", doc.footnote);
    out
}
