//! The lab's third tab: the offer as value levers (from the benefit library or typed), each
//! with its assumption and worst, likely and best values, and what they do to the
//! customer's value: ΔEBIT, Δcapital employed, ΔEVA and cash per year, NPV and payback, the
//! tornado of the assumptions, and promised against realised once the project ran.

use bevy_egui::egui;
use egui_plot::{Bar, BarChart, GridInput, GridMark};

use crate::lab::handout::{lever_value, signed};
use crate::model::Money;
use crate::model::customer::{Category, LeverKind};
use crate::model::format::Locale;
use crate::ui::lab::Lab;
use crate::ui::lab::form::LeverForm;
use crate::ui::lab::screen::LabAction;
use crate::ui::panels::lab_report::problem_label;
use crate::ui::text::{tr, tr_args};
use crate::ui::theme;

/// The kinds a lever can be, with a default for their parameters.
const KINDS: [LeverKind; 7] = [
    LeverKind::PricePaid,
    LeverKind::CostSaving,
    LeverKind::ExtraRevenue { margin: rust_decimal::Decimal::from_parts(3, 0, 0, false, 1) },
    LeverKind::InventoryReduction,
    LeverKind::PaymentTerms,
    LeverKind::CapexAvoided { year: 1, life_years: 8 },
    LeverKind::OneOffCost,
];

/// Draws the offer tab; true when a field changed.
pub fn offer_ui(ui: &mut egui::Ui, lab: &mut Lab, lang: Locale, actions: &mut Vec<LabAction>) -> bool {
    if lab.report.is_none() {
        ui.label(tr("lab_no_report", lang));
        return false;
    }
    let mut changed = false;
    egui::ScrollArea::vertical().id_salt("lab_offer").auto_shrink([false, false]).show(ui, |ui| {
        egui::Grid::new("lab_offer_head").num_columns(2).spacing(theme::TABLE_SPACING).show(ui, |ui| {
            let fields: [(&str, &str, f32); 4] = [
                ("title", "lab_offer_title", theme::FIELD_WIDTH_COMPANY),
                ("supplier", "lab_supplier", theme::FIELD_WIDTH_COMPANY),
                ("contract_years", "lab_contract_years", theme::FIELD_WIDTH_NUMBER),
                ("annual_purchases", "lab_annual_purchases", theme::FIELD_WIDTH_NUMBER),
            ];
            for (path, key, width) in fields {
                let label = ui.label(tr(key, lang));
                let problem = lab.field_problem(path, lang);
                let form = &mut lab.form;
                let value = match path {
                    "title" => &mut form.title,
                    "supplier" => &mut form.supplier,
                    "contract_years" => &mut form.contract_years,
                    _ => &mut form.annual_purchases,
                };
                ui.vertical(|ui| {
                    changed |=
                        ui.add(egui::TextEdit::singleline(value).desired_width(width)).labelled_by(label.id).changed();
                    problem_label(ui, problem);
                });
                ui.end_row();
            }
        });
        ui.add_space(theme::SPACE_S);
        changed |= library_ui(ui, lab, lang);
        for problem in &lab.library_problems {
            ui.colored_label(theme::WARNING, format!("{} {problem}", tr("lab_library_problem", lang)));
        }
        ui.add_space(theme::SPACE_S);
        let mut remove = None;
        for i in 0..lab.form.levers.len() {
            let problems: Vec<(String, Option<String>)> = [
                "name",
                "kind.margin",
                "kind.year",
                "kind.life_years",
                "from_year",
                "worst",
                "likely",
                "best",
                "realised",
            ]
            .iter()
            .map(|f| (f.to_string(), lab.field_problem(&format!("levers[{i}].{f}"), lang)))
            .collect();
            let currency = lab.report.as_ref().map(|r| r.report.currency.clone()).unwrap_or_default();
            let Some(lever) = lab.form.levers.get_mut(i) else { break };
            egui::Frame::group(ui.style()).show(ui, |ui| {
                let (edited, gone) = lever_ui(ui, i, lever, &problems, &currency, lang);
                changed |= edited;
                if gone {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            lab.form.levers.remove(i);
            changed = true;
        }
        for issue in lab.issues.iter().filter(|i| {
            i.path == "levers" || i.path == "annual_purchases" && lab.field_problem("annual_purchases", lang).is_none()
        }) {
            ui.colored_label(theme::WORSE, crate::ui::lab::issue_text(issue, lang));
        }
        ui.add_space(theme::SPACE_M);
        results_ui(ui, lab, lang);
        ui.add_space(theme::SPACE_S);
        ui.horizontal(|ui| {
            if ui.add_enabled(lab.case.is_some(), egui::Button::new(tr("lab_save_case", lang))).clicked() {
                actions.push(LabAction::SaveCase);
            }
        });
    });
    changed
}

/// "Add a lever from the library": a menu by category.
fn library_ui(ui: &mut egui::Ui, lab: &mut Lab, lang: Locale) -> bool {
    let mut picked = None;
    ui.horizontal(|ui| {
        ui.menu_button(tr("lab_add_lever", lang), |ui| {
            for category in Category::ALL {
                ui.label(
                    egui::RichText::new(crate::i18n::message(&format!("lab_category_{}", category.key()), lang, &[]))
                        .strong(),
                );
                for (i, template) in lab.library.iter().enumerate().filter(|(_, t)| t.category == category) {
                    let name = match lang {
                        Locale::De => &template.name,
                        Locale::En => &template.name_en,
                    };
                    if ui.button(name).clicked() {
                        picked = Some(i);
                        ui.close();
                    }
                }
            }
        });
        ui.label(egui::RichText::new(tr("lab_add_lever_hint", lang)).weak());
    });
    if let Some(i) = picked {
        lab.add_lever(i);
        return true;
    }
    false
}

/// One lever's fields; (changed, remove asked).
fn lever_ui(
    ui: &mut egui::Ui,
    i: usize,
    lever: &mut LeverForm,
    problems: &[(String, Option<String>)],
    currency: &str,
    lang: Locale,
) -> (bool, bool) {
    let problem = |field: &str| problems.iter().find(|(f, _)| f == field).and_then(|(_, p)| p.clone());
    let mut changed = false;
    let mut remove = false;
    ui.horizontal(|ui| {
        changed |= ui
            .add(
                egui::TextEdit::singleline(&mut lever.name)
                    .desired_width(theme::FIELD_WIDTH_COMPANY)
                    .hint_text(tr("lab_lever_name", lang)),
            )
            .changed();
        let category_text = |c: Category| crate::i18n::message(&format!("lab_category_{}", c.key()), lang, &[]);
        egui::ComboBox::from_id_salt(("lab_category", i)).selected_text(category_text(lever.category)).show_ui(
            ui,
            |ui| {
                for category in Category::ALL {
                    changed |= ui.selectable_value(&mut lever.category, category, category_text(category)).changed();
                }
            },
        );
        let kind_text = |k: LeverKind| tr(&format!("lab_kind_{}", k.key()), lang).to_string();
        egui::ComboBox::from_id_salt(("lab_kind", i))
            .selected_text(kind_text(lever.kind))
            .width(theme::FIELD_WIDTH_COMPANY)
            .show_ui(ui, |ui| {
                for kind in KINDS {
                    if ui.selectable_label(lever.kind.key() == kind.key(), kind_text(kind)).clicked()
                        && lever.kind.key() != kind.key()
                    {
                        lever.kind = kind;
                        if let LeverKind::ExtraRevenue { .. } = kind
                            && lever.margin.trim().is_empty()
                        {
                            lever.margin = "30".into();
                        }
                        changed = true;
                    }
                }
            });
        if ui.button("✕").on_hover_text(tr("lab_remove_lever", lang)).clicked() {
            remove = true;
        }
    });
    problem_label(ui, problem("name"));
    ui.horizontal(|ui| {
        ui.label(tr("lab_assumption", lang));
        changed |= ui
            .add(egui::TextEdit::singleline(&mut lever.assumption).desired_width(theme::FIELD_WIDTH_PATH * 1.5))
            .changed();
    });
    let unit = if lever.kind == LeverKind::PaymentTerms {
        tr("lab_unit_days", lang).to_string()
    } else {
        currency.to_string()
    };
    egui::Grid::new(("lab_lever_values", i)).num_columns(6).spacing(theme::COMPACT_TABLE_SPACING).show(ui, |ui| {
        let mut heads = Vec::with_capacity(5);
        for key in ["lab_col_worst", "lab_col_likely", "lab_col_best", "lab_col_realised", "lab_from_year"] {
            heads.push(ui.label(egui::RichText::new(crate::i18n::message(key, lang, &[])).small()).id);
        }
        match lever.kind {
            LeverKind::ExtraRevenue { .. } => {
                ui.label(egui::RichText::new(tr("lab_margin", lang)).small());
            }
            LeverKind::CapexAvoided { .. } => {
                ui.label(egui::RichText::new(tr("lab_capex_year_life", lang)).small());
            }
            _ => {}
        }
        ui.end_row();
        let fields = [
            ("worst", &mut lever.worst),
            ("likely", &mut lever.likely),
            ("best", &mut lever.best),
            ("realised", &mut lever.realised),
        ];
        for ((field, value), head) in fields.into_iter().zip(heads.iter().copied()) {
            ui.vertical(|ui| {
                let edit = egui::TextEdit::singleline(value).horizontal_align(egui::Align::Max).hint_text(&unit);
                let size = [theme::FIELD_WIDTH_NUMBER, ui.spacing().interact_size.y];
                changed |= ui.add_sized(size, edit).labelled_by(head).changed();
                problem_label(ui, problem(field));
            });
        }
        ui.vertical(|ui| {
            let size = [theme::FIELD_WIDTH_NUMBER / 3.0, ui.spacing().interact_size.y];
            let edit = ui.add_sized(size, egui::TextEdit::singleline(&mut lever.from_year));
            changed |= heads.get(4).map_or(edit.clone(), |head| edit.labelled_by(*head)).changed();
            problem_label(ui, problem("from_year"));
        });
        match lever.kind {
            LeverKind::ExtraRevenue { .. } => {
                ui.vertical(|ui| {
                    let size = [theme::FIELD_WIDTH_NUMBER / 2.0, ui.spacing().interact_size.y];
                    changed |=
                        ui.add_sized(size, egui::TextEdit::singleline(&mut lever.margin).hint_text("%")).changed();
                    problem_label(ui, problem("kind.margin"));
                });
            }
            LeverKind::CapexAvoided { .. } => {
                ui.vertical(|ui| {
                    ui.horizontal(|ui| {
                        let size = [theme::FIELD_WIDTH_NUMBER / 3.0, ui.spacing().interact_size.y];
                        changed |= ui.add_sized(size, egui::TextEdit::singleline(&mut lever.capex_year)).changed();
                        ui.label("/");
                        changed |= ui.add_sized(size, egui::TextEdit::singleline(&mut lever.life_years)).changed();
                    });
                    problem_label(ui, problem("kind.year").or_else(|| problem("kind.life_years")));
                });
            }
            _ => {}
        }
        ui.end_row();
    });
    (changed, remove)
}

/// What the offer does: key figures, the year table, the tornado, promised against realised.
fn results_ui(ui: &mut egui::Ui, lab: &Lab, lang: Locale) {
    let (Some(case), Some(result)) = (&lab.case, &lab.result) else {
        if !lab.form.levers.is_empty() {
            ui.colored_label(theme::WARNING, tr("lab_offer_incomplete", lang));
        }
        return;
    };
    let currency = case.customer.report.currency.as_str();
    let doc = crate::lab::handout::document(case, result, lang);
    ui.label(egui::RichText::new(tr("lab_offer_value", lang)).strong());
    egui::Grid::new("lab_key_figures").num_columns(2).spacing(theme::TABLE_SPACING).show(ui, |ui| {
        for (label, value) in &doc.key_figures {
            ui.label(label);
            ui.label(egui::RichText::new(value).strong());
            ui.end_row();
        }
    });
    ui.add_space(theme::SPACE_S);
    ui.label(egui::RichText::new(&doc.headings.years).strong());
    let width = crate::ui::widgets::number_width(ui) * theme::LAB_FIGURE_SCALE;
    egui::Grid::new("lab_years").num_columns(5).spacing(theme::TABLE_SPACING).striped(true).show(ui, |ui| {
        for (i, cell) in doc.years.header.iter().enumerate() {
            let text = egui::RichText::new(cell).strong();
            if i == 0 {
                ui.label(text);
            } else {
                crate::ui::widgets::right_cell(ui, text, width);
            }
        }
        ui.end_row();
        for (row, year) in doc.years.rows.iter().zip(&result.likely.years) {
            ui.label(&row[0]);
            for (text, amount) in
                row[1..].iter().zip([year.delta_ebit, -year.delta_capital, year.delta_eva, year.delta_cash_flow])
            {
                let colour = if amount.is_negative() {
                    theme::WORSE
                } else if amount.is_positive() {
                    theme::BETTER
                } else {
                    theme::NEUTRAL
                };
                crate::ui::widgets::right_cell(ui, egui::RichText::new(text).color(colour), width);
            }
            ui.end_row();
        }
    });
    ui.add_space(theme::SPACE_S);
    tornado_ui(ui, lab, lang);
    if let Some(realised) = &result.realised {
        ui.add_space(theme::SPACE_S);
        ui.label(egui::RichText::new(crate::i18n::message("lab_realised_heading", lang, &[])).strong());
        egui::Grid::new("lab_realised").num_columns(3).spacing(theme::TABLE_SPACING).striped(true).show(ui, |ui| {
            ui.label("");
            ui.label(egui::RichText::new(tr("lab_promised", lang)).strong());
            ui.label(egui::RichText::new(crate::i18n::message("lab_col_realised", lang, &[])).strong());
            ui.end_row();
            for lever in &case.offer.levers {
                ui.label(&lever.name);
                ui.label(lever_value(lever, lever.estimate.likely, currency, lang));
                ui.label(lever.realised.map_or_else(|| "–".to_string(), |v| lever_value(lever, v, currency, lang)));
                ui.end_row();
            }
            ui.label(egui::RichText::new(tr("lab_npv", lang)).strong());
            ui.label(signed(result.likely.npv, currency, lang));
            let colour = if realised.npv < result.likely.npv { theme::WORSE } else { theme::BETTER };
            ui.colored_label(colour, signed(realised.npv, currency, lang));
            ui.end_row();
        });
    }
}

/// The tornado: each assumption's NPV from worst to best (others likely), widest on top.
fn tornado_ui(ui: &mut egui::Ui, lab: &Lab, lang: Locale) {
    let (Some(case), Some(result)) = (&lab.case, &lab.result) else { return };
    if result.tornado.is_empty() {
        return;
    }
    ui.label(egui::RichText::new(crate::i18n::message("lab_tornado_heading", lang, &[])).strong());
    let count = result.tornado.len();
    let row = |i: usize| (count - 1 - i) as f64;
    let thousands = |m: Money| m.to_f64_lossy() / 1000.0;
    let likely = thousands(result.likely.npv);
    let bars: Vec<Bar> = result
        .tornado
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let (low, high) = (thousands(bar.npv_worst.min(bar.npv_best)), thousands(bar.npv_worst.max(bar.npv_best)));
            let name = case.offer.levers.get(bar.lever).map(|l| l.name.clone()).unwrap_or_default();
            Bar::new(row(i), high - low).base_offset(low).name(name).fill(theme::ACCENT)
        })
        .collect();
    let names: Vec<String> = result
        .tornado
        .iter()
        .map(|b| case.offer.levers.get(b.lever).map(|l| l.name.clone()).unwrap_or_default())
        .collect();
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let axis = tr_args(
        "lab_tornado_axis",
        lang,
        &[("currency", crate::i18n::Arg::from(case.customer.report.currency.clone()))],
    );
    crate::ui::widgets::fixed_plot("lab_tornado")
        .height((body * 1.8 * count as f32).max(body * 6.0))
        .width(theme::WATERFALL_WIDTH.clamp(ui.available_width()))
        .include_x(likely)
        .include_y(-0.5)
        .include_y(count as f64 - 0.5)
        .show_grid([true, false])
        .y_grid_spacer(move |input: GridInput| {
            let (low, high) = input.bounds;
            (low.ceil().max(0.0) as i64..=high.floor().min(count as f64 - 1.0) as i64)
                .map(|y| GridMark { value: y as f64, step_size: 1.0 })
                .collect()
        })
        .y_axis_formatter(move |mark, _| {
            let index = count as f64 - 1.0 - mark.value;
            if index.fract() == 0.0 && index >= 0.0 {
                names.get(index as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .x_axis_label(axis)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new("lab_tornado_bars", bars).width(0.6).horizontal());
            plot.vline(egui_plot::VLine::new("lab_tornado_likely", likely).color(theme::NEUTRAL));
        });
}
