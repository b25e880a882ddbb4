//! The lab's second tab: what the customer's report says about value — EVA and how it is
//! made, the KPIs with their definitions (hover), the EVA driver tree, each beside the
//! reference company, so a key-account manager sees where the customer stands.

use bevy_egui::egui;

use super::glossary::glossary_hover;
use crate::lab::figures::{figure_name, value_text};
use crate::model::customer::CustomerAnalysis;
use crate::model::format::Locale;
use crate::model::kpi::KpiValue;
use crate::ui::lab::Lab;
use crate::ui::text::tr;
use crate::ui::theme;
use crate::ui::widgets::title_text;

/// Draws the analysis tab.
pub fn analysis_ui(ui: &mut egui::Ui, lab: &Lab, lang: Locale) {
    let (Some(read), Some(analysis)) = (&lab.report, &lab.analysis) else {
        ui.label(tr("lab_no_report", lang));
        return;
    };
    let report = &read.report;
    let currency = report.currency.as_str();
    let reference = lab.reference.as_ref();
    egui::ScrollArea::vertical().id_salt("lab_analysis").auto_shrink([false, false]).show(ui, |ui| {
        ui.label(title_text(ui, format!("{} — {} {}", report.company, tr("fy_short", lang), report.year)));
        let eva = &analysis.eva;
        let verdict = if eva.eva.is_negative() { "lab_verdict_destroyed" } else { "lab_verdict_created" };
        let colour = if eva.eva.is_negative() { theme::WORSE } else { theme::BETTER };
        ui.colored_label(colour, tr(verdict, lang));
        ui.add_space(theme::SPACE_S);
        let wide = ui.available_width() >= theme::VALUE_TWO_COLUMNS_WIDTH;
        let kpis = |ui: &mut egui::Ui| kpi_table(ui, analysis, reference.map(|r| &r.1), currency, lang);
        let tree = |ui: &mut egui::Ui| tree_table(ui, analysis, reference.map(|r| &r.1), currency, lang);
        if wide {
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| tree(ui));
                ui.add_space(theme::SPACE_XL);
                ui.vertical(|ui| kpis(ui));
            });
        } else {
            tree(ui);
            ui.add_space(theme::SPACE_M);
            kpis(ui);
        }
        if let Some((reference, _)) = reference {
            ui.add_space(theme::SPACE_S);
            let note = crate::ui::text::tr_args(
                "lab_reference_note",
                lang,
                &[("company", crate::i18n::Arg::from(reference.report.company.clone()))],
            );
            ui.label(egui::RichText::new(note).weak().small());
        }
    });
}

/// The header of a two-value table: the customer and the reference.
fn header(ui: &mut egui::Ui, first: &str, lang: Locale, reference: bool) {
    ui.label(egui::RichText::new(first).strong());
    ui.label(egui::RichText::new(tr("lab_customer", lang)).strong());
    if reference {
        ui.label(egui::RichText::new(tr("lab_reference", lang)).strong());
    }
    ui.end_row();
}

/// The KPIs with definitions on hover, the reference's beside them.
fn kpi_table(
    ui: &mut egui::Ui,
    analysis: &CustomerAnalysis,
    reference: Option<&CustomerAnalysis>,
    currency: &str,
    lang: Locale,
) {
    ui.label(egui::RichText::new(tr("lab_kpis", lang)).strong());
    egui::Grid::new("lab_kpis").num_columns(3).spacing(theme::COMPACT_TABLE_SPACING).striped(true).show(ui, |ui| {
        header(ui, "", lang, reference.is_some());
        for (key, value) in &analysis.kpis {
            glossary_hover(ui.label(figure_name(key, lang)), key, lang);
            number(ui, value_text(key, *value, currency, lang));
            if let Some(reference) = reference {
                let theirs = reference.kpi(key).map_or_else(|| "–".to_string(), |v| value_text(key, v, "EUR", lang));
                number(ui, theirs);
            }
            ui.end_row();
        }
    });
}

/// The EVA driver tree, indented, with the reference's values.
fn tree_table(
    ui: &mut egui::Ui,
    analysis: &CustomerAnalysis,
    reference: Option<&CustomerAnalysis>,
    currency: &str,
    lang: Locale,
) {
    ui.label(egui::RichText::new(tr("driver_tree", lang)).strong());
    let indent = ui.text_style_height(&egui::TextStyle::Body) * theme::TREE_INDENT_EMS;
    egui::Grid::new("lab_tree").num_columns(3).spacing(theme::COMPACT_TABLE_SPACING).striped(true).show(ui, |ui| {
        header(ui, "", lang, reference.is_some());
        for node in &analysis.tree {
            let level = node.depth(&analysis.tree);
            ui.horizontal(|ui| {
                ui.add_space(indent * level as f32);
                let text = if level == 0 {
                    egui::RichText::new(figure_name(node.key, lang)).strong()
                } else {
                    egui::RichText::new(figure_name(node.key, lang))
                };
                glossary_hover(ui.label(text), node.key, lang);
            });
            let colour = match node.value {
                KpiValue::Money(m) if node.key == "eva" && m.is_negative() => Some(theme::WORSE),
                KpiValue::Ratio(Some(v)) if node.key == "spread" && v.is_sign_negative() => Some(theme::WORSE),
                _ => None,
            };
            let text = egui::RichText::new(value_text(node.key, node.value, currency, lang));
            number(ui, colour.map_or(text.clone(), |c| text.color(c)));
            if let Some(reference) = reference {
                let theirs = reference
                    .tree
                    .iter()
                    .find(|n| n.key == node.key)
                    .map_or_else(|| "–".to_string(), |n| value_text(n.key, n.value, "EUR", lang));
                number(ui, theirs);
            }
            ui.end_row();
        }
    });
}

/// A right-aligned figure in a column as wide as the figures need.
fn number(ui: &mut egui::Ui, text: impl Into<egui::RichText>) {
    let width = crate::ui::widgets::number_width(ui) * theme::LAB_FIGURE_SCALE;
    crate::ui::widgets::right_cell(ui, text.into(), width);
}
