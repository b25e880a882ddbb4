//! "Submit these decisions?": before a team hands in its year, the main planned figures,
//! every decision far from last year's and the pro-forma's warnings in one modal question —
//! so a slip of the keyboard is caught by the team at the keyboard, not by the report.

use std::collections::BTreeMap;

use bevy_egui::egui;
use egui::RichText;

use crate::i18n::Arg;
use crate::model::Money;
use crate::model::format::money_whole;
use crate::sim::warning::Warning;
use crate::ui::panels::decide::DecideView;
use crate::ui::screens::UiCommand;
use crate::ui::session::ProForma;
use crate::ui::text::{tr, tr_args};
use crate::ui::theme;

/// The field's label as the form shows it: `Listenpreis – Fachhandel`, `Marketing`.
pub fn field_label(view: &DecideView, path: &str) -> String {
    let lang = view.lang;
    let segment = path.strip_prefix("segments[").and_then(|rest| rest.split_once("]."));
    match segment {
        Some((index, field)) => {
            let name = index
                .parse::<usize>()
                .ok()
                .and_then(|i| view.scenario.segments.get(i))
                .map(|s| view.scenario.text(&s.name, lang));
            format!("{} – {}", tr(field, lang), name.unwrap_or_default())
        }
        None => tr(path, lang).to_string(),
    }
}

/// The question; its buttons send [`UiCommand::Submit`] or [`UiCommand::CancelSubmit`]
/// (Escape and a click beside it answer no, Ctrl+Enter again answers yes).
pub fn confirm_submit_ui(
    ctx: &egui::Context,
    view: &DecideView,
    warnings: &BTreeMap<String, Vec<Warning>>,
) -> Vec<UiCommand> {
    let lang = view.lang;
    let mut commands = Vec::new();
    let modal = egui::Modal::new(egui::Id::new("confirm_submit")).show(ctx, |ui| {
        ui.set_max_width(theme::CONFIRM_WIDTH);
        ui.heading(tr_args("confirm_submit_title", lang, &[("year", Arg::from(u64::from(view.year)))]));
        ui.label(RichText::new(format!("{} · {}", view.company_name, view.team)).weak());
        ui.add_space(theme::SPACE_S);
        if let ProForma::Report(planned) = view.pro_forma {
            let report = &planned.report;
            let figures = [
                ("net_revenue", report.income.net_revenue),
                ("ebit", report.income.ebit),
                ("net_income", report.income.net_income),
                ("eva", report.eva.eva),
                ("cash", report.closing.cash),
                ("overdraft", report.closing.overdraft),
            ];
            egui::Grid::new("confirm_figures").num_columns(2).spacing(theme::COMPACT_TABLE_SPACING).show(ui, |ui| {
                for (key, amount) in figures {
                    if key == "overdraft" && amount == Money::ZERO {
                        continue;
                    }
                    ui.label(tr(key, lang));
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.strong(money_whole(amount, lang));
                    });
                    ui.end_row();
                }
            });
            ui.label(RichText::new(tr("confirm_submit_planned", lang)).small().weak());
        }
        let all_warnings: Vec<&Warning> = warnings.values().flatten().collect();
        if !view.unusual.is_empty() || !all_warnings.is_empty() {
            ui.add_space(theme::SPACE_S);
            ui.strong(tr("confirm_submit_check", lang));
            for unusual in view.unusual {
                let text = format!("⚠ {}: {}", field_label(view, &unusual.path), unusual.message(lang));
                ui.add(egui::Label::new(RichText::new(text).color(theme::WARNING)).wrap());
            }
            for warning in all_warnings {
                let text = format!("⚠ {}", warning.message(lang));
                ui.add(egui::Label::new(RichText::new(text).color(theme::WARNING)).wrap());
            }
        }
        ui.add_space(theme::SPACE_S);
        let after = if view.solo { "confirm_submit_solo" } else { "confirm_submit_workshop" };
        ui.add(egui::Label::new(RichText::new(tr(after, lang)).small()).wrap());
        ui.add_space(theme::SPACE_M);
        ui.horizontal(|ui| {
            if ui.button(RichText::new(tr("confirm_submit_yes", lang)).strong()).clicked() {
                commands.push(UiCommand::Submit);
            }
            if ui.button(tr("confirm_submit_no", lang)).clicked() {
                commands.push(UiCommand::CancelSubmit);
            }
        });
    });
    if modal.should_close() && commands.is_empty() {
        commands.push(UiCommand::CancelSubmit);
    }
    commands
}
