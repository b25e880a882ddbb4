//! The decision screen: a CFO's agenda (sales and pricing, production, investments,
//! financing) with each field's unit, last year's value, allowed range and meaning, and
//! beside it the live pro-forma of what the entries would do.

use bevy_egui::egui;

use crate::model::Money;
use crate::model::format::{Locale, money_whole, percent};
use crate::scenario::{Decisions, Scenario};
use crate::sim::YearReport;
use crate::ui::draft::{Draft, FieldErrors};
use crate::ui::screens::UiCommand;
use crate::ui::session::ProForma;
use crate::ui::text::tr;
use crate::ui::theme;

/// What the decision screen shows.
pub struct DecideView<'a> {
    pub lang: Locale,
    pub team: &'a str,
    pub company_name: &'a str,
    pub year: u32,
    pub scenario: &'a Scenario,
    pub last: &'a Decisions,
    pub last_report: Option<&'a YearReport>,
    pub pro_forma: &'a ProForma,
}

/// One input row: label, text field, unit, last year's value, range; the error below it.
fn field(
    ui: &mut egui::Ui,
    lang: Locale,
    errors: &FieldErrors,
    path: &str,
    label_key: &str,
    value: &mut String,
    unit: &str,
    last: String,
    allowed: String,
    help: &str,
) {
    ui.label(tr(label_key, lang)).on_hover_text(help);
    ui.vertical(|ui| {
        let edit = egui::TextEdit::singleline(value).desired_width(130.0).id_salt(path);
        ui.add(edit).on_hover_text(help);
        if let Some(message) = errors.get(path) {
            ui.colored_label(theme::WORSE, message);
        }
    });
    ui.label(unit);
    ui.weak(format!("{}: {last}", tr("last_year", lang)));
    ui.weak(allowed);
    ui.end_row();
}

/// Draws the screen; `draft` is edited in place.
pub fn decide_ui(ui: &mut egui::Ui, view: &DecideView, draft: &mut Draft) -> Vec<UiCommand> {
    let lang = view.lang;
    let mut commands = Vec::new();
    let errors = match view.pro_forma {
        ProForma::FieldErrors(errors) => errors.clone(),
        _ => FieldErrors::new(),
    };
    ui.heading(format!("{} {} — {} ({})", tr("decide", lang), view.year, view.company_name, view.team));
    egui::Panel::right("pro_forma").default_size(430.0).resizable(true).show(ui, |ui| {
        pro_forma_ui(ui, view);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt("decide_scroll").show(ui, |ui| {
            for (i, segment) in view.scenario.segments.iter().enumerate() {
                let Some(s) = draft.segments.get_mut(i) else { continue };
                let last = view.last.segments.get(i);
                ui.add_space(6.0);
                ui.strong(format!("{} — {}", tr("sales_and_pricing", lang), segment.name));
                egui::Grid::new(("segment", i)).num_columns(5).spacing([10.0, 4.0]).show(ui, |ui| {
                    field(
                        ui,
                        lang,
                        &errors,
                        &format!("segments[{i}].list_price"),
                        "list_price",
                        &mut s.list_price,
                        tr("unit_eur_per_unit", lang),
                        last.map(|l| l.list_price.to_string()).unwrap_or_default(),
                        "0,01 – 1.000.000".into(),
                        "Preis vor Rabatt je Stück. / Price per unit before rebate.",
                    );
                    field(
                        ui,
                        lang,
                        &errors,
                        &format!("segments[{i}].rebate"),
                        "rebate",
                        &mut s.rebate_percent,
                        tr("unit_percent", lang),
                        last.map(|l| percent(l.rebate, 1, lang)).unwrap_or_default(),
                        format!("0 – {}", percent(segment.max_rebate, 0, lang)),
                        "Nachlass auf den Listenpreis: kauft Menge, kostet Marge. / Discount: buys volume, costs margin.",
                    );
                    field(
                        ui,
                        lang,
                        &errors,
                        &format!("segments[{i}].payment_days"),
                        "payment_days",
                        &mut s.payment_days,
                        tr("unit_days", lang),
                        last.map(|l| l.payment_days.to_string()).unwrap_or_default(),
                        format!("0 – {}", segment.max_payment_days),
                        "Längere Ziele gewinnen Kunden, binden aber Kapital (Forderungen). / Longer terms tie up capital.",
                    );
                    field(
                        ui,
                        lang,
                        &errors,
                        &format!("segments[{i}].salespeople"),
                        "salespeople",
                        &mut s.salespeople,
                        tr("unit_people", lang),
                        last.map(|l| l.salespeople.to_string()).unwrap_or_default(),
                        "0 – 10.000".into(),
                        "Außendienst in diesem Segment; kostet je Person und Jahr. / Sales force in this segment.",
                    );
                });
            }
            ui.add_space(8.0);
            ui.strong(tr("production", lang));
            egui::Grid::new("production").num_columns(5).spacing([10.0, 4.0]).show(ui, |ui| {
                field(ui, lang, &errors, "production_units", "production_units", &mut draft.production_units,
                    tr("unit_units", lang), view.last.production_units.to_string(), "0 – Kapazität / capacity".into(),
                    "Mehr als die Kapazität wird gekappt. / Capped at capacity.");
                field(ui, lang, &errors, "marketing", "marketing", &mut draft.marketing, tr("unit_eur", lang),
                    money_whole(view.last.marketing, lang), "≥ 0".into(), "Baut die Marke auf (verfällt jährlich). / Builds the brand.");
                field(ui, lang, &errors, "rnd", "rnd", &mut draft.rnd, tr("unit_eur", lang),
                    money_whole(view.last.rnd, lang), "≥ 0".into(), "Baut Qualität auf. / Builds quality.");
            });
            ui.add_space(8.0);
            ui.strong(tr("investments", lang));
            egui::Grid::new("investments").num_columns(5).spacing([10.0, 4.0]).show(ui, |ui| {
                field(ui, lang, &errors, "lines_bought", "lines_bought", &mut draft.lines_bought, tr("unit_lines", lang),
                    view.last.lines_bought.to_string(), "0 – 100".into(), "Mehr Kapazität, mehr gebundenes Kapital. / More capacity, more capital.");
            });
            for project in &view.scenario.projects {
                let mut chosen = draft.projects.contains(&project.id);
                let label = format!("{} ({})", project.name, money_whole(project.capex, lang));
                if ui.checkbox(&mut chosen, label).on_hover_text(&project.description).changed() {
                    if chosen {
                        draft.projects.insert(project.id.clone());
                    } else {
                        draft.projects.remove(&project.id);
                    }
                }
            }
            ui.add_space(8.0);
            ui.strong(tr("financing", lang));
            egui::Grid::new("financing").num_columns(5).spacing([10.0, 4.0]).show(ui, |ui| {
                field(ui, lang, &errors, "loan_change", "loan_change", &mut draft.loan_change, tr("unit_eur", lang),
                    money_whole(view.last.loan_change, lang), format!("≤ {}", money_whole(view.scenario.finance.max_loans, lang)),
                    "Fremdkapital senkt den WACC, kostet Zinsen. / Debt costs interest.");
                field(ui, lang, &errors, "equity_raised", "equity_raised", &mut draft.equity_raised, tr("unit_eur", lang),
                    money_whole(view.last.equity_raised, lang), "≥ 0".into(), "Eigenkapital ist teurer als Fremdkapital. / Equity costs more than debt.");
                field(ui, lang, &errors, "dividend", "dividend", &mut draft.dividend, tr("unit_eur", lang),
                    money_whole(view.last.dividend, lang), "≤ Gewinnrücklagen / retained earnings".into(), "Ausschüttung an die Eigentümer. / Paid to the owners.");
            });
            ui.add_space(12.0);
            let submit = ui.add_enabled(errors.is_empty(), egui::Button::new(tr("submit", lang)));
            let enter = ui.input_mut(|i| i.consume_key(egui::Modifiers::CTRL, egui::Key::Enter));
            if (submit.clicked() || enter) && errors.is_empty() {
                commands.push(UiCommand::Submit);
            }
        });
    });
    commands
}

fn signed(ui: &mut egui::Ui, amount: Money, lang: Locale) {
    let text = money_whole(amount, lang);
    if amount.is_negative() {
        ui.colored_label(theme::WORSE, text)
    } else {
        ui.label(text)
    };
}

/// The projected year beside last year's.
fn pro_forma_ui(ui: &mut egui::Ui, view: &DecideView) {
    let lang = view.lang;
    ui.heading(tr("pro_forma", lang));
    match view.pro_forma {
        ProForma::FieldErrors(errors) => {
            ui.colored_label(theme::WORSE, format!("{} ({})", tr("error", lang), errors.len()));
        }
        ProForma::Refused(issues) => {
            for issue in &issues.0 {
                ui.colored_label(theme::WORSE, issue.to_string());
            }
        }
        ProForma::Report(report) => {
            egui::Grid::new("pro_forma_grid").num_columns(3).striped(true).show(ui, |ui| {
                ui.label("");
                ui.strong(tr("this_year", lang));
                ui.strong(tr("last_year", lang));
                ui.end_row();
                let last = view.last_report;
                let rows: [(&str, Money, Option<Money>); 7] = [
                    ("net_revenue", report.income.net_revenue, last.map(|r| r.income.net_revenue)),
                    ("ebit", report.income.ebit, last.map(|r| r.income.ebit)),
                    ("net_income", report.income.net_income, last.map(|r| r.income.net_income)),
                    ("cash", report.closing.cash, last.map(|r| r.closing.cash)),
                    ("total_assets", report.closing.total_assets, last.map(|r| r.closing.total_assets)),
                    ("eva", report.eva.eva, last.map(|r| r.eva.eva)),
                    ("score", report.score, last.map(|r| r.score)),
                ];
                for (key, now, before) in rows {
                    ui.label(tr(key, lang));
                    signed(ui, now, lang);
                    match before {
                        Some(b) => signed(ui, b, lang),
                        None => {
                            ui.weak("–");
                        }
                    }
                    ui.end_row();
                }
                let roce = report.kpis().roce;
                ui.label("ROCE");
                ui.label(roce.map(|v| percent(v, 1, lang)).unwrap_or_else(|| "–".into()));
                ui.label(last.and_then(|r| r.kpis().roce).map(|v| percent(v, 1, lang)).unwrap_or_else(|| "–".into()));
                ui.end_row();
                ui.label("WACC");
                ui.label(percent(report.eva.wacc, 1, lang));
                ui.label(last.map(|r| percent(r.eva.wacc, 1, lang)).unwrap_or_else(|| "–".into()));
                ui.end_row();
            });
            for warning in &report.warnings {
                ui.colored_label(theme::WARNING, warning);
            }
        }
    }
}
