//! The customer value lab ("Kunde analysieren"): a key-account manager loads or types a
//! customer's annual report, reads its KPIs and EVA driver tree beside a reference company,
//! describes the offer as value levers, sees ΔEVA, NPV, payback and the tornado of the
//! assumptions, and edits and exports the value message. Everything is recomputed from the
//! form on each change; the figures come from `model::customer` and `lab`.

pub mod form;
pub mod screen;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use bevy::prelude::Resource;

use self::form::{LabForm, LeverForm};
use crate::lab::evaluate::{CaseResult, evaluate};
use crate::model::customer::{CustomerAnalysis, analyse};
use crate::model::format::Locale;
use crate::scenario::Issue;
use crate::scenario::customer::case_file::{RawCase, Role, RoleText, ValueCase, parse_case, validate_case};
use crate::scenario::customer::library::{LeverTemplate, library_with};
use crate::scenario::customer::report_file::{RawReport, ReadReport, validate};
use crate::ui::draft::FieldErrors;
use crate::ui::panels::file_dialog::FileDialog;

/// The folder (in the data folder) where value cases, handouts and the template are saved.
pub const CASES_DIR: &str = "Wertfälle";
/// The folder (in the data folder) with a trainer's own lever templates.
pub const LIBRARY_DIR: &str = "Hebel";

/// The lab's tabs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LabTab {
    /// The customer's figures: open a file or type them.
    #[default]
    Report,
    /// KPIs, driver tree, the reference company.
    Analysis,
    /// The offer's levers and what they do to the customer's value.
    Offer,
    /// The value message and the handout.
    Message,
}

/// The lab's state, kept while the player switches screens.
#[derive(Resource, Debug)]
pub struct Lab {
    /// The tab shown.
    pub tab: LabTab,
    /// The form as typed.
    pub form: LabForm,
    /// Fields that do not read as numbers, by path.
    pub errors: FieldErrors,
    /// The validation problems of the report and the offer.
    pub issues: Vec<Issue>,
    /// The report, when it is valid.
    pub report: Option<ReadReport>,
    /// Its analysis.
    pub analysis: Option<CustomerAnalysis>,
    /// The value case, when report and offer are valid.
    pub case: Option<ValueCase>,
    /// Its evaluation.
    pub result: Option<CaseResult>,
    /// The reference company (the shipped machinery maker) and its analysis.
    pub reference: Option<(ReadReport, CustomerAnalysis)>,
    /// The paragraphs of the value message as edited, by role.
    pub texts: BTreeMap<&'static str, String>,
    /// The file dialog (value cases, reports, workbooks).
    pub dialog: FileDialog,
    /// Where the value case was last opened from or saved to.
    pub file: Option<PathBuf>,
    /// The benefit library (shipped, with the trainer's files).
    pub library: Vec<LeverTemplate>,
    /// The trainer's library files that could not be read, each with its problems.
    pub library_problems: Vec<String>,
    /// The data folder.
    pub data_dir: PathBuf,
}

/// The shipped reference company.
const REFERENCE: &str = include_str!("../../../examples/analyze/maschinenbau-2025.ron");

impl Lab {
    /// A fresh lab with the data folder `data_dir` (its value cases and the trainer's levers).
    pub fn new(data_dir: &Path, lang: Locale) -> Lab {
        let cases = data_dir.join(CASES_DIR);
        let extra = read_library_files(&data_dir.join(LIBRARY_DIR));
        let (library, problems) = library_with(&extra);
        let reference = crate::scenario::customer::parse_report(REFERENCE, None).ok().map(|read| {
            let analysis = analyse(&read.report);
            (read, analysis)
        });
        let mut lab = Lab {
            tab: LabTab::Report,
            form: LabForm { lang, ..LabForm::default() },
            errors: FieldErrors::new(),
            issues: Vec::new(),
            report: None,
            analysis: None,
            case: None,
            result: None,
            reference,
            texts: BTreeMap::new(),
            dialog: FileDialog::with_workbooks(if cases.is_dir() { &cases } else { data_dir }),
            file: None,
            library,
            library_problems: problems.iter().map(|issues| issues.lines(lang)).collect(),
            data_dir: data_dir.to_path_buf(),
        };
        lab.recompute();
        lab
    }

    /// The edited paragraphs as the value case stores them.
    fn role_texts(&self) -> Vec<RoleText> {
        Role::ALL
            .iter()
            .filter_map(|role| {
                let text = self.texts.get(role.key())?;
                (!text.trim().is_empty()).then(|| RoleText { role: *role, text: text.clone() })
            })
            .collect()
    }

    /// The value case the form describes, in the file's raw form.
    pub fn raw_case(&self) -> RawCase {
        self.form.to_raw(self.role_texts()).0
    }

    /// Reads the form again: report, analysis, case and evaluation, and every problem.
    pub fn recompute(&mut self) {
        let (raw, errors) = self.form.to_raw(self.role_texts());
        self.errors = errors;
        self.issues.clear();
        // Nothing is computed from a field that does not read: the report while one of its
        // fields does not, the offer while one of its fields does not.
        let offer_field = |path: &String| path.starts_with("levers") || path == "annual_purchases";
        let report_unread = self.errors.keys().any(|p| !offer_field(p));
        let offer_unread = self.errors.keys().any(offer_field);
        let report = if report_unread { Err(Vec::new()) } else { validate(raw.customer.clone()) };
        match report {
            Ok(read) => {
                self.analysis = Some(analyse(&read.report));
                self.report = Some(read);
            }
            Err(issues) => {
                self.report = None;
                self.analysis = None;
                self.issues = issues;
            }
        }
        if self.report.is_none() {
            self.case = None;
            self.result = None;
            return;
        }
        match validate_case(raw) {
            Ok(_) if offer_unread => {
                self.case = None;
                self.result = None;
            }
            Ok(case) => {
                self.result = Some(evaluate(&case));
                self.case = Some(case);
            }
            Err(issues) => {
                self.case = None;
                self.result = None;
                // The report's own problems are shown once (they are prefixed here).
                self.issues.extend(issues.into_iter().filter(|i| !i.path.starts_with("customer")));
            }
        }
    }

    /// The message shown under the field at `path` (a number that does not read, or a
    /// validation problem of that field).
    pub fn field_problem(&self, path: &str, lang: Locale) -> Option<String> {
        if self.form.is_blank() {
            return None;
        }
        if let Some(message) = self.errors.get(path) {
            return Some(message.clone());
        }
        if let Some(hint) = self.form.rate_hint(path, lang) {
            return Some(hint);
        }
        let customer = format!("customer.{path}");
        self.issues.iter().find(|i| i.path == path || i.path == customer).map(|issue| issue_text(issue, lang))
    }

    /// Opens a value case, a report (RON) or a workbook into the form; the problems of a
    /// file that cannot be read, in words.
    pub fn open(&mut self, path: &Path, lang: Locale) -> Result<(), String> {
        let issues_text = |issues: crate::scenario::Issues| issues.lines(lang);
        let (form, is_case) = if crate::scenario::customer::workbook::is_workbook(path) {
            let raw = crate::scenario::customer::workbook::read_raw(path).map_err(issues_text)?;
            (LabForm::from_report(&raw, lang), false)
        } else {
            let text = crate::scenario::read_text_file(path).map_err(issues_text)?;
            if crate::scenario::load::top_level_integer(&text, "value_case_format_version").is_some() {
                // A case of another format version is refused with that one message.
                if let Err(issues) = parse_case(&text, Some(path))
                    && issues.0.iter().any(|i| i.code == crate::scenario::Code::FormatVersion)
                {
                    return Err(issues_text(issues));
                }
                let raw: RawCase = crate::scenario::load::parse_ron(&text, Some(path)).map_err(issues_text)?;
                self.texts = raw.messages.iter().map(|m| (m.role.key(), m.text.clone())).collect();
                self.file = Some(path.to_path_buf());
                (LabForm::from_raw(&raw, lang), true)
            } else {
                let raw: RawReport = crate::scenario::load::parse_ron(&text, Some(path)).map_err(issues_text)?;
                (LabForm::from_report(&raw, lang), false)
            }
        };
        let previous = std::mem::replace(&mut self.form, form);
        if !is_case {
            // Another customer: the old case's file and its edited message are not this one's.
            self.file = None;
            self.texts.clear();
            // A report replaces the customer's figures and keeps the offer typed so far.
            self.form.title = previous.title;
            self.form.supplier = previous.supplier;
            self.form.contract_years = previous.contract_years;
            self.form.annual_purchases = previous.annual_purchases;
            self.form.levers = previous.levers;
            self.form.notes = previous.notes;
        }
        self.recompute();
        self.tab = if self.report.is_some() { LabTab::Analysis } else { LabTab::Report };
        Ok(())
    }

    /// Before the form is replaced (another file opened, "Neu beginnen"): what was typed and
    /// never saved is written as a draft value case in the cases folder, so nothing typed is
    /// lost; its path, or `None` when there was nothing to keep.
    pub fn keep_typed(&mut self) -> Result<Option<PathBuf>, String> {
        if self.form.is_blank() || self.file.is_some() {
            return Ok(None);
        }
        let text =
            ron::ser::to_string_pretty(&self.raw_case(), crate::sim::save::pretty_ron()).map_err(|e| e.to_string())?;
        let dir = self.cases_dir();
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = screen::unused(&dir.join(format!("Entwurf-{}.ron", self.file_stem())));
        crate::files::write_atomically(&path, text.as_bytes()).map_err(|e| format!("{e:#}"))?;
        self.dialog.refresh();
        Ok(Some(path))
    }

    /// Adds a lever from the library.
    pub fn add_lever(&mut self, template: usize) {
        if let Some(template) = self.library.get(template) {
            self.form.levers.push(LeverForm::from_template(template, self.form.lang));
            self.recompute();
        }
    }

    /// The folder value cases and handouts are saved to.
    pub fn cases_dir(&self) -> PathBuf {
        self.data_dir.join(CASES_DIR)
    }

    /// The file name for the case's files: its title, or the customer's name.
    pub fn file_stem(&self) -> String {
        let name = if self.form.title.trim().is_empty() { self.form.text("company") } else { self.form.title.clone() };
        let stem = crate::files::name_part(&name);
        if stem.is_empty() { "Wertfall".into() } else { stem }
    }
}

/// An issue in one line for the person: the field's problem in words.
pub fn issue_text(issue: &Issue, lang: Locale) -> String {
    let details = crate::scenario::Phrase::words("ph_found_allowed")
        .arg("found", issue.found.clone())
        .arg("allowed", issue.allowed.clone());
    details.render(lang)
}

/// The trainer's library files: every `.ron` in `dir` with its text (unreadable ones skipped).
fn read_library_files(dir: &Path) -> Vec<(PathBuf, String)> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<(PathBuf, String)> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .filter_map(|p| std::fs::read_to_string(&p).ok().map(|text| (p, text)))
        .collect();
    files.sort();
    files
}
