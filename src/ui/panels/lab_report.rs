//! The lab's first tab: the customer's figures — open a value case, a report file or a
//! filled-in template, or type them line by line as the annual report prints them (both
//! balance sheets side by side), each problem under its field.

use bevy_egui::egui;

use crate::model::customer::FigureUnit;
use crate::model::format::Locale;
use crate::scenario::customer::workbook::{BALANCE_LINES, DETAIL_LINES, INCOME_LINES, Kind, Line};
use crate::ui::lab::Lab;
use crate::ui::lab::screen::LabAction;
use crate::ui::panels::file_dialog::file_dialog_ui;
use crate::ui::text::tr;
use crate::ui::theme;

/// Draws the report tab; true when a field changed.
pub fn report_ui(ui: &mut egui::Ui, lab: &mut Lab, lang: Locale, actions: &mut Vec<LabAction>) -> bool {
    let mut changed = false;
    egui::ScrollArea::vertical().id_salt("lab_report").auto_shrink([false, false]).show(ui, |ui| {
        egui::CollapsingHeader::new(tr("lab_open_heading", lang))
            .id_salt("lab_open")
            .default_open(lab.report.is_none())
            .show(ui, |ui| {
                ui.label(egui::RichText::new(tr("lab_open_hint", lang)).weak());
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(theme::FILE_DIALOG_WIDTH);
                    if let Some(path) = file_dialog_ui(ui, &mut lab.dialog, lang) {
                        actions.push(LabAction::Open(path));
                    }
                });
                ui.horizontal(|ui| {
                    if ui
                        .button(tr("lab_write_template", lang))
                        .on_hover_text(tr("lab_write_template_hint", lang))
                        .clicked()
                    {
                        actions.push(LabAction::WriteTemplate);
                    }
                    if ui.button(tr("lab_clear", lang)).clicked() {
                        actions.push(LabAction::Clear);
                    }
                });
            });
        ui.add_space(theme::SPACE_S);
        status_line(ui, lab, lang);
        ui.add_space(theme::SPACE_S);
        ui.label(egui::RichText::new(tr("lab_details", lang)).strong());
        egui::Grid::new("lab_details").num_columns(2).spacing(theme::TABLE_SPACING).show(ui, |ui| {
            for path in ["company", "year", "currency", "source"] {
                changed |= text_row(ui, lab, path, lang);
            }
            ui.label(tr("lab_unit", lang));
            ui.horizontal(|ui| {
                for unit in FigureUnit::ALL {
                    let key = format!("lab_unit_{}", unit.key().to_lowercase());
                    changed |= ui.radio_value(&mut lab.form.unit, unit, tr(&key, lang)).changed();
                }
            });
            ui.end_row();
            for line in DETAIL_LINES.iter().filter(|l| matches!(l.kind, Kind::Amount | Kind::Rate | Kind::Count)) {
                if line.key != "year" {
                    changed |= number_row(ui, lab, line, &[line.key.to_string()], lang);
                }
            }
            changed |= flag_row(ui, lab, "pensions_in_net_debt", lang);
        });
        ui.add_space(theme::SPACE_M);
        ui.label(egui::RichText::new(tr("lab_balance_sheet", lang)).strong());
        egui::Grid::new("lab_balance").num_columns(3).spacing(theme::TABLE_SPACING).striped(true).show(ui, |ui| {
            ui.label("");
            ui.label(egui::RichText::new(tr("lab_opening", lang)).strong());
            ui.label(egui::RichText::new(tr("lab_closing", lang)).strong());
            ui.end_row();
            for line in &BALANCE_LINES {
                let paths = [format!("opening.{}", line.key), format!("closing.{}", line.key)];
                changed |= number_row(ui, lab, line, &paths, lang);
            }
            for (which, label) in [("opening", "lab_residual_opening"), ("closing", "lab_residual_closing")] {
                if let Some(read) = &lab.report {
                    let sheet = if which == "opening" { &read.report.opening } else { &read.report.closing };
                    if !sheet.residual().is_zero() {
                        ui.label(egui::RichText::new(tr(label, lang)).weak());
                        ui.label(crate::model::format::money_in(sheet.residual(), 2, &read.report.currency, lang));
                        ui.end_row();
                    }
                }
            }
        });
        ui.add_space(theme::SPACE_M);
        ui.label(egui::RichText::new(tr("lab_income_statement", lang)).strong());
        egui::Grid::new("lab_income").num_columns(2).spacing(theme::TABLE_SPACING).striped(true).show(ui, |ui| {
            for line in INCOME_LINES.iter().filter(|l| l.kind == Kind::Amount) {
                changed |= number_row(ui, lab, line, &[format!("income.{}", line.key)], lang);
            }
            changed |= flag_row(ui, lab, "income.depreciation_included", lang);
        });
    });
    changed
}

/// Above the form: whether the figures make a valid report, or how many problems remain.
fn status_line(ui: &mut egui::Ui, lab: &Lab, lang: Locale) {
    match &lab.report {
        Some(read) => {
            let text = format!("✓ {} — {} {}", tr("lab_report_ok", lang), read.report.company, read.report.year);
            ui.colored_label(theme::BETTER, text);
        }
        None if lab.form.is_blank() => {
            ui.label(egui::RichText::new(tr("lab_blank", lang)).weak());
        }
        None => {
            let count = lab.issues.len() + lab.errors.len();
            let text = crate::ui::text::tr_args(
                "lab_report_problems",
                lang,
                &[("count", crate::i18n::Arg::from(count as u64))],
            );
            ui.colored_label(theme::WARNING, text);
            // Problems of the whole file (a sheet that does not balance) have no field of their own.
            for issue in lab.issues.iter().filter(|i| matches!(i.path.as_str(), "opening" | "closing" | "")) {
                ui.colored_label(theme::WORSE, format!("{}: {}", issue.path, crate::ui::lab::issue_text(issue, lang)));
            }
        }
    }
}

/// A text field row.
fn text_row(ui: &mut egui::Ui, lab: &mut Lab, path: &str, lang: Locale) -> bool {
    let label = label_cell(ui, tr(&format!("lab_field_{path}"), lang).to_string());
    let problem = lab.field_problem(path, lang);
    let value = lab.form.fields.entry(path.to_string()).or_default();
    let edit = egui::TextEdit::singleline(value).desired_width(theme::FIELD_WIDTH_COMPANY);
    let changed = ui.add(edit).labelled_by(label.id).changed();
    ui.end_row();
    problem_row(ui, vec![problem]);
    changed
}

/// A row of one or two number fields (opening and closing), with the line's other-language
/// name on hover; the fields' problems on a row of their own under them.
fn number_row(ui: &mut egui::Ui, lab: &mut Lab, line: &Line, paths: &[String], lang: Locale) -> bool {
    let other = match lang {
        Locale::De => line.en,
        Locale::En => line.de,
    };
    let name = if line.kind == Kind::Rate {
        tr(&format!("lab_rate_{}", line.key), lang).to_string()
    } else {
        line.name(lang).to_string()
    };
    let label = label_cell(ui, name).on_hover_text(other);
    let mut changed = false;
    let mut problems = Vec::with_capacity(paths.len());
    for path in paths {
        problems.push(lab.field_problem(path, lang));
        let value = lab.form.fields.entry(path.clone()).or_default();
        let edit = egui::TextEdit::singleline(value).horizontal_align(egui::Align::Max);
        let size = [theme::FIELD_WIDTH_NUMBER, ui.spacing().interact_size.y];
        changed |= ui.add_sized(size, edit).labelled_by(label.id).changed();
    }
    ui.end_row();
    problem_row(ui, problems);
    changed
}

/// Under a row with a problem: each field's problem in its column (none: no row).
fn problem_row(ui: &mut egui::Ui, problems: Vec<Option<String>>) {
    if problems.iter().all(Option::is_none) {
        return;
    }
    ui.label("");
    for problem in problems {
        problem_cell(ui, problem);
    }
    ui.end_row();
}

/// A line's name in a column wide enough for the longest names, on the field's line.
fn label_cell(ui: &mut egui::Ui, name: String) -> egui::Response {
    let width = ui.text_style_height(&egui::TextStyle::Body) * theme::LAB_LABEL_EMS;
    let size = egui::vec2(width, ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Center), |ui| {
        ui.set_min_size(size);
        ui.add(egui::Label::new(name).truncate())
    })
    .inner
}

/// A yes/no row.
fn flag_row(ui: &mut egui::Ui, lab: &mut Lab, path: &str, lang: Locale) -> bool {
    ui.label("");
    let value = lab.form.flags.entry(path.to_string()).or_default();
    let changed = ui.checkbox(value, tr(&format!("lab_field_{}", path.replace('.', "_")), lang)).changed();
    ui.end_row();
    changed
}

/// The field's problem in red under it, when it has one.
pub fn problem_label(ui: &mut egui::Ui, problem: Option<String>) {
    if let Some(problem) = problem {
        ui.add(egui::Label::new(egui::RichText::new(problem).small().color(theme::WORSE)).wrap());
    }
}

/// A grid cell with the field's problem in red, or empty (the columns stay in place).
fn problem_cell(ui: &mut egui::Ui, problem: Option<String>) {
    match problem {
        Some(_) => problem_label(ui, problem),
        None => {
            ui.label("");
        }
    }
}
