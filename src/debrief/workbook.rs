//! The debrief workbook (issue 14): a played game as an Excel file a trainer can sort, chart
//! and print: a summary with the public ranking, one sheet per company with its statements,
//! KPIs, EVA and charts, the public market report and every decision taken.
//!
//! Architecture invariant: a team's workbook holds only what the team may see (DESIGN §2,
//! "a team receives only its own company's data and what is public"): its own company sheet,
//! its own decisions and EVA, the public market report and the public ranking. Which
//! companies a workbook opens up is decided once, in [`Audience::private_companies`].
//!
//! Every sheet carries the keys of its figures as JSON and CSV name them, for programs that
//! read the workbook back: company sheets in a hidden column A (`income.net_revenue`,
//! `kpi.roce`, `eva.eva`, …), the table sheets (market, decisions) in a hidden first row.

mod charts;
mod company;
mod decisions;
mod formats;
mod lines;
mod market;
mod sheet_name;
mod summary;
mod table;

use rust_decimal::Decimal;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};

use crate::labels::label;
use crate::model::Money;
use crate::model::format::Locale;
use crate::model::money::decimal_to_f64;
use crate::scenario::Scenario;
use crate::sim::{CompanyReports, MarketYear};

pub use sheet_name::SheetNames;

/// Who the workbook is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Audience {
    /// The trainer and the whole room after the game: every company's figures.
    Room,
    /// One team: its own company (by id) and what is public.
    Team(String),
}

impl Audience {
    /// The companies whose private figures (statements, decisions, EVA) this audience sees,
    /// in scenario order; an error for a team whose company is not in the game.
    pub fn private_companies<'a>(
        &self,
        companies: &'a [CompanyReports],
    ) -> Result<Vec<&'a CompanyReports>, WorkbookError> {
        match self {
            Audience::Room => Ok(companies.iter().collect()),
            Audience::Team(id) => companies
                .iter()
                .find(|c| &c.id == id)
                .map(|c| vec![c])
                .ok_or_else(|| WorkbookError::UnknownCompany(id.clone())),
        }
    }
}

/// Everything the workbook is made of: a played game and who reads it.
#[derive(Clone, Copy, Debug)]
pub struct WorkbookInput<'a> {
    /// The game's scenario (name, segments, years).
    pub scenario: &'a Scenario,
    /// Seed of the game's random numbers.
    pub seed: u64,
    /// The public market report of every year played, oldest first.
    pub market: &'a [MarketYear],
    /// Every company of the game with its reports, in scenario order.
    pub companies: &'a [CompanyReports],
    /// Who the workbook is for.
    pub audience: &'a Audience,
}

/// Why no workbook could be made.
#[derive(Debug, thiserror::Error)]
pub enum WorkbookError {
    /// A team workbook was asked for a company the game does not have.
    #[error("no company with id `{0}` in this game")]
    UnknownCompany(String),
    /// The spreadsheet writer refused something (a bug here, not bad input).
    #[error("cannot write the workbook: {0}")]
    Xlsx(#[from] XlsxError),
}

/// The creation date written into every workbook, so that the same game gives the same
/// bytes (Excel would write the current time; the date of a debrief is the game's, not the
/// file's).
const CREATED: (u16, u8, u8) = (2026, 1, 1);

/// The debrief workbook of a played game as the bytes of an `.xlsx` file, in `lang`.
pub fn workbook(input: &WorkbookInput, lang: Locale) -> Result<Vec<u8>, WorkbookError> {
    let private = input.audience.private_companies(input.companies)?;
    let formats = formats::Formats::new(lang);
    let mut names = SheetNames::default();
    let fixed = [label("xl_summary", lang), label("xl_market", lang), label("xl_decisions", lang)];
    let fixed: Vec<String> = fixed.iter().map(|name| names.claim(name)).collect();
    let company_sheets: Vec<String> = private.iter().map(|c| names.claim(&c.name)).collect();
    let context = Context { input, private: &private, formats: &formats, lang };
    let mut book = Workbook::new();
    book.push_worksheet(summary::sheet(&context, &fixed[0])?);
    for (company, name) in private.iter().zip(&company_sheets) {
        book.push_worksheet(company::sheet(&context, company, name)?);
    }
    book.push_worksheet(market::sheet(&context, &fixed[1])?);
    book.push_worksheet(decisions::sheet(&context, &fixed[2])?);
    let (year, month, day) = CREATED;
    let created = ExcelDateTime::from_ymd(year, month, day)?;
    let properties = DocProperties::new()
        .set_title(format!("Mehrwert — {}", input.scenario.text(&input.scenario.name, lang)))
        .set_author("Mehrwert")
        .set_creation_datetime(&created);
    book.set_properties(&properties);
    Ok(book.save_to_buffer()?)
}

/// What every sheet is written from.
struct Context<'a> {
    input: &'a WorkbookInput<'a>,
    private: &'a [&'a CompanyReports],
    formats: &'a formats::Formats,
    lang: Locale,
}

impl Context<'_> {
    /// The fiscal years of the game played so far, oldest first.
    fn years(&self) -> Vec<u32> {
        self.input.market.iter().map(|m| m.year).collect()
    }

    /// The name of segment `index` in the scenario (its number when the scenario lacks it).
    fn segment_name(&self, index: usize) -> String {
        let scenario = self.input.scenario;
        scenario
            .segments
            .get(index)
            .map_or_else(|| format!("{}", index + 1), |s| scenario.text(&s.name, self.lang).into())
    }
}

/// An amount as the number in its cell (cents are exact in a float at these magnitudes).
fn euros(amount: Money) -> f64 {
    decimal_to_f64(amount.amount())
}

/// A decimal as the number in its cell.
fn number(value: Decimal) -> f64 {
    decimal_to_f64(value)
}

/// The name of a KPI or value figure as the glossary gives it, the key when it has none.
fn term(key: &str, lang: Locale) -> &str {
    crate::i18n::glossary_text(key, "term", lang).unwrap_or(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The messages filled with a segment's name (not found by the literal-key scan of
    /// `crate::i18n`, which sees only calls of `label` with a literal key).
    const SEGMENT_MESSAGES: [&str; 9] = [
        "xl_segment_demand",
        "xl_segment_sold",
        "xl_segment_net_price",
        "xl_segment_net_revenue",
        "xl_segment_share",
        "xl_list_price",
        "xl_rebate",
        "xl_payment_days",
        "xl_salespeople",
    ];

    #[test]
    fn segment_messages_exist_in_both_languages_and_name_the_segment() {
        for id in SEGMENT_MESSAGES {
            for lang in [Locale::De, Locale::En] {
                let text = crate::i18n::message(id, lang, &[("segment", "Handel".into())]);
                assert!(text.starts_with("Handel: ") && text.len() > "Handel: ".len(), "{id} ({lang:?}): {text}");
            }
        }
    }

    #[test]
    fn a_team_of_another_game_gets_no_workbook() -> Result<(), crate::scenario::Issues> {
        let scenario = crate::scenario::default_scenario()?;
        let audience = Audience::Team("nobody".into());
        let input = WorkbookInput { scenario: &scenario, seed: 1, market: &[], companies: &[], audience: &audience };
        assert!(matches!(workbook(&input, Locale::De), Err(WorkbookError::UnknownCompany(id)) if id == "nobody"));
        Ok(())
    }

    #[test]
    fn a_game_not_yet_played_gives_a_workbook_with_the_fixed_sheets() -> Result<(), WorkbookError> {
        let Ok(scenario) = crate::scenario::default_scenario() else { panic!("the default scenario loads") };
        let input =
            WorkbookInput { scenario: &scenario, seed: 1, market: &[], companies: &[], audience: &Audience::Room };
        let bytes = workbook(&input, Locale::En)?;
        assert!(bytes.starts_with(b"PK"), "a zip file");
        assert_eq!(bytes, workbook(&input, Locale::En)?, "the same bytes twice");
        assert_ne!(bytes, workbook(&input, Locale::De)?, "German differs from English");
        Ok(())
    }
}
