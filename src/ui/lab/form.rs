//! The lab's form as typed: the customer's figures, the offer and its levers, as text in the
//! player's language, turned into the value-case file's raw form (numbers read as a person
//! writes them, rates in percent) and filled back from a file that was opened.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::model::customer::{Category, FigureUnit, LeverKind};
use crate::model::format::{Locale, decimal};
use crate::scenario::customer::case_file::{RawCase, RawLever, RoleText, VALUE_CASE_FORMAT_VERSION};
use crate::scenario::customer::library::LeverTemplate;
use crate::scenario::customer::report_file::RawReport;
use crate::scenario::customer::workbook::{BALANCE_LINES, DETAIL_LINES, INCOME_LINES, Kind, Line};
use crate::ui::draft::{FieldErrors, parse_number};

/// Field path (`closing.cash`, `levers[2].likely`) → what the form holds.
pub type Fields = BTreeMap<String, String>;

/// One lever as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct LeverForm {
    /// Its name.
    pub name: String,
    /// The benefit category.
    pub category: Category,
    /// How it acts (margin, year and life as typed below).
    pub kind: LeverKind,
    /// The contribution margin of extra revenue, in percent as typed.
    pub margin: String,
    /// The year an avoided investment would have been made.
    pub capex_year: String,
    /// Its life in years.
    pub life_years: String,
    /// The assumption in words.
    pub assumption: String,
    /// Worst, likely, best and realised as typed.
    pub worst: String,
    /// See `worst`.
    pub likely: String,
    /// See `worst`.
    pub best: String,
    /// First contract year it acts in.
    pub from_year: String,
    /// What was realised (empty: nothing entered yet).
    pub realised: String,
}

impl LeverForm {
    /// A new lever from a library template, its numbers empty.
    pub fn from_template(template: &LeverTemplate, lang: Locale) -> LeverForm {
        let (name, assumption) = match lang {
            Locale::De => (&template.name, &template.assumption),
            Locale::En => (&template.name_en, &template.assumption_en),
        };
        let mut form = LeverForm {
            name: name.clone(),
            category: template.category,
            kind: template.kind,
            margin: String::new(),
            capex_year: "1".into(),
            life_years: "8".into(),
            assumption: assumption.clone(),
            worst: String::new(),
            likely: String::new(),
            best: String::new(),
            from_year: "1".into(),
            realised: String::new(),
        };
        form.set_kind_fields(template.kind, lang);
        form
    }

    /// Fills margin, year and life from `kind`.
    fn set_kind_fields(&mut self, kind: LeverKind, lang: Locale) {
        match kind {
            LeverKind::ExtraRevenue { margin } => self.margin = decimal(margin * Decimal::ONE_HUNDRED, 1, lang),
            LeverKind::CapexAvoided { year, life_years } => {
                self.capex_year = year.to_string();
                self.life_years = life_years.to_string();
            }
            _ => {}
        }
    }
}

/// The whole form.
#[derive(Clone, Debug, PartialEq)]
pub struct LabForm {
    /// The language the numbers are written in.
    pub lang: Locale,
    /// The report's fields by path, numbers as typed; rates in percent.
    pub fields: Fields,
    /// Yes/no fields by path (`pensions_in_net_debt`, `income.depreciation_included`).
    pub flags: BTreeMap<String, bool>,
    /// The unit the figures are typed in.
    pub unit: FigureUnit,
    /// The offer's name.
    pub title: String,
    /// Our company.
    pub supplier: String,
    /// Contract years as typed.
    pub contract_years: String,
    /// The customer's yearly purchases from us, in currency units as typed.
    pub annual_purchases: String,
    /// The levers.
    pub levers: Vec<LeverForm>,
    /// Notes.
    pub notes: String,
    /// The language of the value message and the handout.
    pub message_lang: Locale,
}

impl Default for LabForm {
    fn default() -> Self {
        LabForm {
            lang: Locale::De,
            fields: Fields::new(),
            flags: BTreeMap::new(),
            unit: FigureUnit::Units,
            title: String::new(),
            supplier: String::new(),
            contract_years: "3".into(),
            annual_purchases: String::new(),
            levers: Vec::new(),
            notes: String::new(),
            message_lang: Locale::De,
        }
    }
}

/// Every number line of the report with its path: details, then both balance sheets
/// (opening, closing) for each balance line, then the income statement.
pub fn number_paths() -> Vec<(String, &'static Line)> {
    let mut paths = Vec::new();
    for line in DETAIL_LINES.iter().filter(|l| matches!(l.kind, Kind::Amount | Kind::Rate | Kind::Count)) {
        paths.push((line.key.to_string(), line));
    }
    for line in &BALANCE_LINES {
        paths.push((format!("opening.{}", line.key), line));
        paths.push((format!("closing.{}", line.key), line));
    }
    for line in INCOME_LINES.iter().filter(|l| l.kind == Kind::Amount) {
        paths.push((format!("income.{}", line.key), line));
    }
    paths
}

/// True for the rates the form shows in percent.
fn is_rate(line: &Line) -> bool {
    line.kind == Kind::Rate
}

impl LabForm {
    /// The form filled from a value case's raw form (numbers written in `lang`).
    pub fn from_raw(raw: &RawCase, lang: Locale) -> LabForm {
        let mut form = LabForm::from_report(&raw.customer, lang);
        form.title = raw.title.clone();
        form.supplier = raw.supplier.clone();
        form.contract_years = raw.contract_years.to_string();
        form.annual_purchases = number_text(raw.annual_purchases, lang);
        form.notes = raw.notes.clone();
        form.message_lang = raw.language;
        form.levers = raw
            .levers
            .iter()
            .map(|l| {
                let mut lever = LeverForm {
                    name: l.name.clone(),
                    category: l.category.unwrap_or(Category::Cost),
                    kind: l.kind.unwrap_or(LeverKind::CostSaving),
                    margin: String::new(),
                    capex_year: "1".into(),
                    life_years: "8".into(),
                    assumption: l.assumption.clone(),
                    worst: number_text(l.worst, lang),
                    likely: number_text(l.likely, lang),
                    best: number_text(l.best, lang),
                    from_year: l.from_year.unwrap_or(1).to_string(),
                    realised: l.realised.map(|v| number_text(v, lang)).unwrap_or_default(),
                };
                lever.set_kind_fields(lever.kind, lang);
                lever
            })
            .collect();
        form
    }

    /// The form filled from a report alone (a RON report file or a workbook); the offer empty.
    pub fn from_report(raw: &RawReport, lang: Locale) -> LabForm {
        let mut form = LabForm { lang, message_lang: lang, ..LabForm::default() };
        form.fields.insert("company".into(), raw.company.clone());
        if raw.year > 0 {
            form.fields.insert("year".into(), raw.year.to_string());
        }
        form.fields.insert("currency".into(), raw.currency.clone().unwrap_or_else(|| "EUR".into()));
        form.fields.insert("source".into(), raw.source.clone());
        form.fields.insert("currency_note".into(), raw.currency_note.clone());
        form.unit = raw.unit.unwrap_or_default();
        for (path, line) in number_paths() {
            let value = match path.as_str() {
                "units_sold" => raw.units_sold.map(Decimal::from),
                "units_produced" => raw.units_produced.map(Decimal::from),
                "capacity_units" => raw.capacity_units.map(Decimal::from),
                "year" => None,
                // The gross form (with accumulated depreciation) is shown as its net amount.
                "opening.net_fixed_assets" | "closing.net_fixed_assets" => raw.number(&path).or_else(|| {
                    let sheet = if path.starts_with("opening") { &raw.opening } else { &raw.closing };
                    Some(sheet.fixed_assets_gross? - sheet.accumulated_depreciation?)
                }),
                // The first format's selling and administration lines are shown summed.
                "income.selling" => {
                    Some(raw.income.selling + raw.income.marketing + raw.income.sales_force + raw.income.cost_to_serve)
                }
                "income.admin" => Some(raw.income.admin + raw.income.inventory_holding),
                _ => raw.number(&path),
            };
            let Some(value) = value else { continue };
            // Optional lines left at zero stay empty, as in the template.
            if value.is_zero() && !matches!(path.as_str(), "tax_rate" | "cost_of_equity" | "cost_of_debt") {
                continue;
            }
            let shown = if is_rate(line) { value * Decimal::ONE_HUNDRED } else { value };
            form.fields.insert(path, number_text(shown, lang));
        }
        form.flags.insert("pensions_in_net_debt".into(), raw.pensions_in_net_debt);
        form.flags.insert("income.depreciation_included".into(), raw.income.depreciation_included);
        form
    }

    /// The raw value case the form describes, with every field that does not read as a
    /// number (or a whole number where one is needed) as a message at its path.
    pub fn to_raw(&self, messages: Vec<RoleText>) -> (RawCase, FieldErrors) {
        let lang = self.lang;
        let mut errors = FieldErrors::new();
        let mut report = RawReport {
            company: self.text("company"),
            currency: Some(self.text("currency")).filter(|c| !c.trim().is_empty()),
            unit: Some(self.unit),
            source: self.text("source"),
            currency_note: self.text("currency_note"),
            pensions_in_net_debt: self.flag("pensions_in_net_debt"),
            ..RawReport::default()
        };
        report.income.depreciation_included = self.flag("income.depreciation_included");
        match self.text("year").trim().parse::<u16>() {
            Ok(year) => report.year = year,
            Err(_) => {
                errors.insert("year".into(), crate::ui::text::tr("lab_error_year", lang).to_string());
            }
        }
        for (path, line) in number_paths() {
            let text = self.text(&path);
            if text.trim().is_empty() || path == "year" {
                continue;
            }
            match parse_number(&text, lang) {
                Ok(value) if line.kind == Kind::Count => {
                    match u64::try_from(value).ok().filter(|_| value.fract().is_zero()) {
                        Some(count) => match path.as_str() {
                            "units_produced" => report.units_produced = Some(count),
                            "capacity_units" => report.capacity_units = Some(count),
                            _ => report.units_sold = Some(count),
                        },
                        None => {
                            errors.insert(path, crate::ui::text::tr("lab_error_whole", lang).to_string());
                        }
                    }
                }
                Ok(value) if is_rate(line) => report.set_number(&path, value / Decimal::ONE_HUNDRED),
                Ok(value) => report.set_number(&path, value),
                Err(message) => {
                    errors.insert(path, message);
                }
            }
        }
        let mut number = |path: String, text: &str| -> Decimal {
            match parse_number(text, lang) {
                Ok(value) => value,
                Err(message) => {
                    errors.insert(path, message);
                    Decimal::ZERO
                }
            }
        };
        let contract_years = self.contract_years.trim().parse::<u8>().unwrap_or(0);
        let annual_purchases = if self.annual_purchases.trim().is_empty() {
            Decimal::ZERO
        } else {
            number("annual_purchases".into(), &self.annual_purchases)
        };
        let mut levers = Vec::with_capacity(self.levers.len());
        for (i, lever) in self.levers.iter().enumerate() {
            let at = |field: &str| format!("levers[{i}].{field}");
            let kind = match lever.kind {
                LeverKind::ExtraRevenue { .. } => {
                    LeverKind::ExtraRevenue { margin: number(at("kind.margin"), &lever.margin) / Decimal::ONE_HUNDRED }
                }
                LeverKind::CapexAvoided { .. } => LeverKind::CapexAvoided {
                    year: lever.capex_year.trim().parse().unwrap_or(0),
                    life_years: lever.life_years.trim().parse().unwrap_or(0),
                },
                other => other,
            };
            levers.push(RawLever {
                name: lever.name.clone(),
                category: Some(lever.category),
                kind: Some(kind),
                assumption: lever.assumption.clone(),
                worst: number(at("worst"), &lever.worst),
                likely: number(at("likely"), &lever.likely),
                best: number(at("best"), &lever.best),
                from_year: Some(lever.from_year.trim().parse().unwrap_or(0)),
                realised: if lever.realised.trim().is_empty() {
                    None
                } else {
                    Some(number(at("realised"), &lever.realised))
                },
            });
        }
        let raw = RawCase {
            value_case_format_version: VALUE_CASE_FORMAT_VERSION,
            title: self.title.clone(),
            supplier: self.supplier.clone(),
            customer: report,
            contract_years,
            annual_purchases,
            levers,
            language: self.message_lang,
            messages,
            notes: self.notes.clone(),
        };
        (raw, errors)
    }

    /// True while nothing has been typed or opened: the form's problems are not shown yet.
    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|(path, text)| text.trim().is_empty() || path == "currency") && self.levers.is_empty()
    }

    /// The same form with its numbers written in `to`'s style; what does not read as a
    /// number is kept as typed (the person sees and fixes it), nothing is rounded.
    pub fn in_locale(&self, to: Locale) -> LabForm {
        let from = self.lang;
        let convert = |text: &str| match parse_number(text, from) {
            Ok(value) if !text.trim().is_empty() => number_text(value, to),
            _ => text.to_string(),
        };
        let numbers: Vec<String> = number_paths().into_iter().map(|(path, _)| path).collect();
        let mut form = self.clone();
        form.lang = to;
        for (path, text) in &mut form.fields {
            if numbers.contains(path) && path != "year" {
                *text = convert(text);
            }
        }
        form.annual_purchases = convert(&self.annual_purchases);
        for lever in &mut form.levers {
            for text in [&mut lever.margin, &mut lever.worst, &mut lever.likely, &mut lever.best, &mut lever.realised] {
                *text = convert(text);
            }
        }
        form
    }

    /// A hint under a rate typed as a fraction (`0,30` where the form asks for percent):
    /// read as 0,3 %, which is allowed but rarely meant.
    pub fn rate_hint(&self, path: &str, lang: Locale) -> Option<String> {
        let (_, line) = number_paths().into_iter().find(|(p, _)| p == path)?;
        if !is_rate(line) {
            return None;
        }
        let value = parse_number(self.fields.get(path)?, self.lang).ok()?;
        (value > Decimal::ZERO && value < Decimal::ONE).then(|| {
            let meant = decimal(value * Decimal::ONE_HUNDRED, 0, lang);
            crate::ui::text::tr_args("lab_rate_hint", lang, &[("meant", crate::i18n::Arg::from(meant))])
        })
    }

    /// The text at `path`, empty when not typed.
    pub fn text(&self, path: &str) -> String {
        self.fields.get(path).cloned().unwrap_or_default()
    }

    fn flag(&self, path: &str) -> bool {
        self.flags.get(path).copied().unwrap_or(false)
    }
}

/// A number as the form shows it in `lang`: with its decimals, grouped like the reports.
fn number_text(value: Decimal, lang: Locale) -> String {
    let value = value.normalize();
    // Three decimals after at most three digits would read two ways (`4,125`): one more.
    let places = if value.scale() == 3 && value.abs() < Decimal::ONE_THOUSAND { 4 } else { value.scale() };
    decimal(value, places, lang)
}
