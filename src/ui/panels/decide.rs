//! The decision screen: a CFO's agenda (sales and pricing, production, investments and
//! projects, financing) with each field's unit, last year's value, allowed range and meaning,
//! and beside it the live pro-forma of what the entries would do.
//!
//! Every input row has the same columns (label, entry, unit, last year, allowed range, ⓘ),
//! so the sections line up like one form; errors and warnings appear right under their field.

use crate::sim::warning::Warning;
use std::collections::BTreeMap;

use bevy_egui::egui;
use egui::{Align, Layout, RichText};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::i18n::Arg;
use crate::model::format::{Locale, decimal, money, money_whole, percent, units};
use crate::model::rounding::round;
use crate::model::{BalanceSheet, Money};
use crate::scenario::{Decisions, Scenario, Segment};
use crate::sim::YearReport;
use crate::sim::preview::PlannedYear;
use crate::ui::draft::{Draft, FieldErrors, SegmentDraft, allowed_range};
use crate::ui::panels::coach::{DecideStep, decide_coach_ui};
use crate::ui::plausibility::Unusual;
use crate::ui::projects::{Benefit, ProjectAppraisal, ProjectAppraisals};
use crate::ui::screens::UiCommand;
use crate::ui::session::ProForma;
use crate::ui::text::{tr, tr_args};
use crate::ui::theme;
use crate::ui::widgets::{Better, money_text, no_value, percent_or_dash, signed_money};

/// What the decision screen shows.
pub struct DecideView<'a> {
    /// Language of every text.
    pub lang: Locale,
    /// The team deciding, shown beside the heading.
    pub team: &'a str,
    /// The company the team runs.
    pub company_name: &'a str,
    /// The fiscal year being decided (1-based).
    pub year: u32,
    /// The scenario: segments, limits and the line's cost.
    pub scenario: &'a Scenario,
    /// Last year's decisions (the opening decisions before year 1).
    pub last: &'a Decisions,
    /// Last year's report; `None` in year 1.
    pub last_report: Option<&'a YearReport>,
    /// The year as the current entries would close it, or why not.
    pub pro_forma: &'a ProForma,
    /// The balance sheet at the start of the year being decided.
    pub opening: &'a BalanceSheet,
    /// Production capacity at the start of the year (before lines and projects bought now).
    pub capacity_units: u64,
    /// The project catalogue appraised at the company's WACC.
    pub projects: &'a ProjectAppraisals,
    /// The news of the year being decided (the scenario's events of that year).
    pub headlines: &'a [String],
    /// The decisions far from last year's, asked about at the field and before submitting.
    pub unusual: &'a [Unusual],
    /// "Submit these decisions?" is being asked.
    pub confirming: bool,
    /// A solo game (the year is played on submit) rather than a workshop.
    pub solo: bool,
    /// The guided first year's stop shown (an index into [`crate::ui::panels::coach::DECIDE_STEPS`]),
    /// `None` when no coach note is shown.
    pub coach: Option<usize>,
    /// The screen texts of the submit button and of the hint beside it.
    pub submit_texts: (&'static str, &'static str),
    /// The button that opens last year's report over the form is there.
    pub peek: bool,
}

impl DecideView<'_> {
    /// `step` when the guided tour is there (its part of the screen is marked).
    fn coached(&self, step: DecideStep) -> Option<DecideStep> {
        self.coach.map(DecideStep::at).filter(|at| *at == step)
    }
}

/// Column widths of the form: the theme's widths at the desk's body size, grown with the type
/// (projector mode); the range column takes what is left.
#[derive(Clone, Copy, Debug)]
struct Columns {
    row: f32,
    label: f32,
    input: f32,
    unit: f32,
    last: f32,
    range: f32,
    scale: f32,
}

/// The gap that sets the allowed range apart from last year's value.
const RANGE_GAP: f32 = theme::SPACE_M;

impl Columns {
    fn for_ui(ui: &egui::Ui) -> Columns {
        let body = ui.style().text_styles.get(&egui::TextStyle::Body).map_or(theme::BODY_SIZE, |font| font.size);
        let scale = (body / theme::BODY_SIZE).max(1.0);
        let label = theme::FORM_LABEL_WIDTH * scale;
        let input = theme::FORM_INPUT_WIDTH * scale;
        let unit = theme::FORM_UNIT_WIDTH * scale;
        let last = theme::FORM_LAST_WIDTH * scale;
        let fixed = label + input + unit + last + Columns::gaps(ui);
        let span = theme::FORM_RANGE_WIDTH;
        let range = (ui.available_width() - fixed).clamp(span.min, span.max * scale);
        Columns { row: theme::FORM_ROW_HEIGHT * scale, label, input, unit, last, range, scale }
    }

    /// The narrowest the form's rows get with every column shown (the range at its least).
    fn least_width(&self, ui: &egui::Ui) -> f32 {
        self.label + self.input + self.unit + self.last + Columns::gaps(ui) + theme::FORM_RANGE_WIDTH.min
    }

    /// Label, entry, unit, last year, a gap, range, ⓘ: the gap, the ⓘ and six spacings.
    fn gaps(ui: &egui::Ui) -> f32 {
        RANGE_GAP + theme::INFO_ICON_SIZE + 6.0 * ui.spacing().item_spacing.x
    }
}

/// Warnings of the pro-forma by the decision field they belong to; those about the year
/// (the overdraft, a rescue) under `""`.
fn warnings_by_field(pro_forma: &ProForma) -> BTreeMap<String, Vec<Warning>> {
    let mut map: BTreeMap<String, Vec<Warning>> = BTreeMap::new();
    if let ProForma::Report(planned) = pro_forma {
        for warning in &planned.report.warnings {
            let field = match warning.field() {
                "cash" => "",
                field => field,
            };
            map.entry(field.to_string()).or_default().push(warning.clone());
        }
    }
    map
}

fn show_warning(ui: &mut egui::Ui, warning: &Warning, lang: Locale) {
    ui.label(RichText::new(format!("⚠ {}", warning.message(lang))).color(theme::WARNING)).on_hover_text(warning.code());
}

/// A fixed-width cell of a form row.
fn cell(ui: &mut egui::Ui, width: f32, layout: Layout, add: impl FnOnce(&mut egui::Ui)) {
    let height = ui.spacing().interact_size.y.max(ui.text_style_height(&egui::TextStyle::Body)) + theme::SPACE_XS;
    ui.allocate_ui_with_layout(egui::vec2(width, height), layout, |ui| {
        ui.set_min_size(egui::vec2(width, height));
        add(ui);
    });
}

fn left() -> Layout {
    Layout::left_to_right(Align::Center)
}

fn right() -> Layout {
    Layout::right_to_left(Align::Center)
}

/// A small circled "i" that shows `help` on hover (the fonts have no ⓘ glyph).
fn info_icon(ui: &mut egui::Ui, help: &str) {
    let side = theme::INFO_ICON_SIZE;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    let colour = if response.hovered() { theme::ACCENT } else { ui.visuals().weak_text_color() };
    let painter = ui.painter();
    painter.circle_stroke(rect.center(), theme::INFO_ICON_RADIUS, egui::Stroke::new(theme::STROKE_THIN, colour));
    let font = egui::FontId::proportional(theme::INFO_ICON_FONT_SIZE);
    painter.text(rect.center(), egui::Align2::CENTER_CENTER, "i", font, colour);
    response.on_hover_text(help);
}

/// One input row of the form.
struct Field<'a> {
    /// The decision-file path (`segments[0].rebate`): errors and warnings are keyed by it.
    path: String,
    label_key: &'a str,
    /// Extra words for the accessible name, e.g. the segment (`Listenpreis – Fachhandel`).
    context: Option<&'a str>,
    unit: &'a str,
    last: String,
    allowed: String,
    help_key: &'a str,
    /// What an empty field stands for, written greyed into it and offered in the range
    /// column to take over with a click (the sales forecast's suggestion).
    suggestion: Option<String>,
}

/// Errors and warnings of the whole form, by field path.
struct Notes<'a> {
    cols: Columns,
    errors: &'a FieldErrors,
    warnings: &'a BTreeMap<String, Vec<Warning>>,
    unusual: &'a [Unusual],
    /// The form as it would read tidied: what each field's text was understood as.
    tidy: &'a Draft,
}

/// Draws one row: label, entry, unit, last year, range and ⓘ; then its error or warnings.
fn field_row(ui: &mut egui::Ui, lang: Locale, notes: &Notes, f: Field, value: &mut String) {
    let help = tr(f.help_key, lang);
    let label = tr(f.label_key, lang);
    let c = notes.cols;
    let error = notes.errors.get(&f.path);
    ui.horizontal(|ui| {
        cell(ui, c.label, left(), |ui| {
            ui.add(egui::Label::new(label).truncate()).on_hover_text(help);
        });
        let mut edit = egui::TextEdit::singleline(value).id_salt(&f.path).horizontal_align(Align::Max);
        if let Some(suggestion) = &f.suggestion {
            edit = edit.hint_text(suggestion.as_str());
        }
        if error.is_some() {
            edit = edit.text_color(theme::WORSE);
        }
        let response = ui.add_sized([c.input, c.row], edit).on_hover_text(help);
        let name = match f.context {
            Some(context) => format!("{label} – {context}"),
            None => label.to_string(),
        };
        ui.ctx().accesskit_node_builder(response.id, |node| node.set_label(name));
        if error.is_some() {
            ui.painter().rect_stroke(
                response.rect,
                theme::CORNER_RADIUS_SMALL,
                egui::Stroke::new(theme::STROKE_STRONG, theme::WORSE),
                egui::StrokeKind::Outside,
            );
        }
        cell(ui, c.unit, left(), |ui| {
            ui.weak(f.unit);
        });
        cell(ui, c.last, right(), |ui| {
            ui.label(&f.last);
        });
        ui.add_space(RANGE_GAP);
        cell(ui, c.range, left(), |ui| match &f.suggestion {
            Some(suggestion) => {
                let take = ui
                    .add(egui::Link::new(tr_args("forecast_take", lang, &[("units", suggestion.clone().into())])))
                    .on_hover_text(tr("forecast_take_hint", lang));
                if take.clicked() {
                    *value = suggestion.clone();
                }
            }
            None => {
                ui.add(egui::Label::new(RichText::new(&f.allowed).weak()).truncate());
            }
        });
        info_icon(ui, help);
    });
    let indent = c.label + ui.spacing().item_spacing.x;
    // What was understood, while it is not yet written the way the form writes it
    // ("800000" → "= 800.000,00 €"); once the field is left, the text is tidied to it.
    if let Some(tidy) = notes.tidy.field(&f.path)
        && tidy != value.trim()
    {
        ui.horizontal(|ui| {
            ui.add_space(indent);
            ui.label(RichText::new(format!("= {tidy} {}", f.unit)).color(theme::ACCENT));
        });
    }
    if let Some(message) = error {
        ui.horizontal(|ui| {
            ui.add_space(indent);
            ui.label(RichText::new(format!("✖ {message}")).color(theme::WORSE));
        });
    }
    for warning in notes.warnings.get(&f.path).into_iter().flatten() {
        ui.horizontal(|ui| {
            ui.add_space(indent);
            show_warning(ui, warning, lang);
        });
    }
    for unusual in notes.unusual.iter().filter(|u| u.path == f.path) {
        ui.horizontal(|ui| {
            ui.add_space(indent);
            ui.label(RichText::new(format!("⚠ {}", unusual.message(lang))).color(theme::WARNING));
        });
    }
}

/// Marks the part of the screen the coach note speaks of (`coached`; no margin, so nothing
/// moves), and scrolls the first part of a stop into view when the tour has just arrived.
fn coach_mark(ui: &mut egui::Ui, coached: Option<DecideStep>, add: impl FnOnce(&mut egui::Ui)) {
    let fill = if coached.is_some() { theme::COACH_BACKGROUND } else { egui::Color32::TRANSPARENT };
    let response = egui::Frame::new().fill(fill).show(ui, add).response;
    let arrived = egui::Id::new("coach_arrived");
    if let Some(step) = coached
        && ui.data(|d| d.get_temp::<DecideStep>(arrived)) != Some(step)
    {
        // Only as far as it takes: a part already in view stays where it is.
        response.scroll_to_me(None);
        ui.data_mut(|d| d.insert_temp(arrived, step));
    }
}

/// A section heading with the column titles, aligned with the rows below; marked while the
/// coach note speaks of it.
fn section_header(ui: &mut egui::Ui, c: Columns, lang: Locale, title: &str, coached: Option<DecideStep>) {
    ui.add_space(theme::SPACE_M);
    coach_mark(ui, coached, |ui| section_header_row(ui, c, lang, title));
    ui.separator();
}

/// The heading's row: the title over label and entry, and the column titles.
fn section_header_row(ui: &mut egui::Ui, c: Columns, lang: Locale, title: &str) {
    ui.horizontal(|ui| {
        cell(ui, c.label + c.input + ui.spacing().item_spacing.x, left(), |ui| {
            ui.label(RichText::new(title).strong().color(theme::ACCENT));
        });
        cell(ui, c.unit, left(), |_| {});
        cell(ui, c.last, right(), |ui| {
            ui.label(RichText::new(tr("last_year", lang)).small().weak());
        });
        ui.add_space(RANGE_GAP);
        cell(ui, c.range, left(), |ui| {
            ui.label(RichText::new(tr("decide_allowed", lang)).small().weak());
        });
    });
}

/// Draws the screen; `draft` is edited in place.
pub fn decide_ui(ui: &mut egui::Ui, view: &DecideView, draft: &mut Draft) -> Vec<UiCommand> {
    let lang = view.lang;
    let mut commands = Vec::new();
    let errors = match view.pro_forma {
        ProForma::FieldErrors(errors) => errors.clone(),
        _ => FieldErrors::new(),
    };
    let warnings = warnings_by_field(view.pro_forma);
    if view.confirming {
        commands.extend(super::submit::confirm_submit_ui(ui.ctx(), view, &warnings));
    }
    ui.horizontal(|ui| {
        ui.heading(format!("{} {} {}", tr("decide", lang), tr("year", lang), view.year));
        ui.label(RichText::new(format!("{} · {}", view.company_name, view.team)).weak());
        if !view.peek {
            return;
        }
        ui.add_space(theme::SPACE_L);
        let peek = ui
            .add_enabled(view.last_report.is_some(), egui::Button::new(tr("peek_open", lang)))
            .on_hover_text(tr("peek_hint", lang))
            .on_disabled_hover_text(tr("peek_none", lang));
        if peek.clicked() {
            commands.push(UiCommand::Peek(Some(crate::ui::screens::ResultsTab::Statements)));
        }
    });
    // What is known about the year ahead, before anything is decided.
    let headlines: Vec<String> = view.headlines.iter().map(|h| view.scenario.text(h, lang).to_string()).collect();
    crate::ui::widgets::news_line_ui(ui, tr("decide_news", lang), &headlines, tr("decide_no_news", lang));
    ui.add_space(theme::SPACE_XS);
    // A width set by the window and the type, never by the content: the form and the
    // pro-forma stay put while figures change or a field is wrong. The form keeps every
    // column (up to the ⓘ); the pro-forma gets the rest, at least its plan column.
    let columns = Columns::for_ui(ui);
    let form = columns.least_width(ui) + theme::SPACE_L * columns.scale;
    let pro_forma_width = (ui.available_width() - form)
        .clamp(theme::PRO_FORMA_MIN_WIDTH * columns.scale, theme::PRO_FORMA_WIDTH * columns.scale);
    egui::Panel::right("pro_forma").exact_size(pro_forma_width).resizable(false).show(ui, |ui| {
        egui::ScrollArea::both().id_salt("pro_forma_scroll").show(ui, |ui| {
            pro_forma_ui(ui, view, &warnings);
        });
    });
    crate::ui::widgets::fitted_panel(ui, egui::Panel::bottom("decide_actions"), "decide_actions", |ui| {
        ui.add_space(theme::SPACE_S);
        // The coach's note above the submit row, below the form: the form's top stays put.
        if let Some(step) = view.coach {
            commands.extend(decide_coach_ui(ui, step, lang));
            ui.add_space(theme::SPACE_S);
        }
        if !errors.is_empty() {
            ui.label(
                RichText::new(format!("{} {}", tr("decide_errors_block", lang), errors.len())).color(theme::WORSE),
            );
        }
        ui.horizontal(|ui| {
            let submit = ui
                .add_enabled(
                    errors.is_empty(),
                    egui::Button::new(RichText::new(tr(view.submit_texts.0, lang)).strong()),
                )
                .on_disabled_hover_text(tr("decide_errors_block", lang));
            // Ctrl+Enter is in the shortcut table (ui::shortcuts); a submit with errors is refused.
            ui.weak(tr(view.submit_texts.1, lang));
            if submit.clicked() && errors.is_empty() {
                commands.push(UiCommand::AskSubmit);
            }
        });
        ui.add_space(theme::SPACE_XS);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::both().id_salt("decide_scroll").auto_shrink([false, false]).show(ui, |ui| {
            let tidy = draft.in_locale(draft.locale);
            let cols = Columns::for_ui(ui);
            let notes = Notes { cols, errors: &errors, warnings: &warnings, unusual: view.unusual, tidy: &tidy };
            form_ui(ui, view, &notes, draft);
        });
    });
    commands
}

/// The agenda: one section per area, fields in the same columns.
fn form_ui(ui: &mut egui::Ui, view: &DecideView, notes: &Notes, draft: &mut Draft) {
    for (i, segment) in view.scenario.segments.iter().enumerate() {
        let Some(s) = draft.segments.get_mut(i) else { continue };
        sales_section_ui(ui, view, notes, i, segment, s);
    }
    production_section_ui(ui, view, notes, draft);
    investments_section_ui(ui, view, notes, draft);
    financing_section_ui(ui, view, notes, draft);
    ui.add_space(theme::SPACE_L);
}

/// Draws the rows one under the other.
fn rows_ui<const N: usize>(ui: &mut egui::Ui, lang: Locale, notes: &Notes, rows: [(Field, &mut String); N]) {
    for (field, value) in rows {
        field_row(ui, lang, notes, field, value);
    }
}

/// Sales and pricing of segment `i`: list price, rebate, payment terms, salespeople.
fn sales_section_ui(
    ui: &mut egui::Ui,
    view: &DecideView,
    notes: &Notes,
    i: usize,
    segment: &Segment,
    s: &mut SegmentDraft,
) {
    let lang = view.lang;
    let last = view.last.segments.get(i);
    let segment_name = view.scenario.text(&segment.name, lang);
    let title = format!("{} — {segment_name}", tr("sales_and_pricing", lang));
    section_header(ui, notes.cols, lang, &title, view.coached(DecideStep::Sales));
    let range = |field: &str| allowed_range(view.scenario, &format!("segments[{i}].{field}"), lang).unwrap_or_default();
    let rows: [(Field, &mut String); 5] = [
        (
            Field {
                path: format!("segments[{i}].list_price"),
                label_key: "list_price",
                context: Some(segment_name),
                unit: tr("unit_eur_per_unit", lang),
                last: last.map(|l| money(Money::from_decimal(l.list_price), lang)).unwrap_or_default(),
                allowed: range("list_price"),
                help_key: "help_list_price",
                suggestion: None,
            },
            &mut s.list_price,
        ),
        (
            Field {
                path: format!("segments[{i}].rebate"),
                label_key: "rebate",
                context: Some(segment_name),
                unit: tr("unit_percent", lang),
                last: last.map(|l| percent(l.rebate, 1, lang)).unwrap_or_default(),
                allowed: range("rebate"),
                help_key: "help_rebate",
                suggestion: None,
            },
            &mut s.rebate_percent,
        ),
        (
            Field {
                path: format!("segments[{i}].payment_days"),
                label_key: "payment_days",
                context: Some(segment_name),
                unit: tr("unit_days", lang),
                last: last.map(|l| format!("{} {}", l.payment_days, tr("unit_days", lang))).unwrap_or_default(),
                allowed: range("payment_days"),
                help_key: "help_payment_days",
                suggestion: None,
            },
            &mut s.payment_days,
        ),
        (
            Field {
                path: format!("segments[{i}].salespeople"),
                label_key: "salespeople",
                context: Some(segment_name),
                unit: tr("unit_people", lang),
                last: last.map(|l| units(l.salespeople.into(), lang)).unwrap_or_default(),
                allowed: range("salespeople"),
                help_key: "help_salespeople",
                suggestion: None,
            },
            &mut s.salespeople,
        ),
        (
            Field {
                path: format!("segments[{i}].forecast"),
                label_key: "forecast",
                context: Some(segment_name),
                unit: tr("unit_units", lang),
                last: view
                    .last_report
                    .and_then(|r| r.segments.get(i))
                    .map(|l| units(l.sold_units, lang))
                    .unwrap_or_default(),
                allowed: range("forecast"),
                help_key: "help_forecast",
                suggestion: match view.pro_forma {
                    ProForma::Report(planned) => planned.suggested_units.get(i).map(|&u| units(u, lang)),
                    _ => None,
                },
            },
            &mut s.forecast_units,
        ),
    ];
    rows_ui(ui, lang, notes, rows);
}

/// Production: units to make (up to the capacity the entries leave), marketing, R&D.
fn production_section_ui(ui: &mut egui::Ui, view: &DecideView, notes: &Notes, draft: &mut Draft) {
    let lang = view.lang;
    section_header(ui, notes.cols, lang, tr("production", lang), view.coached(DecideStep::Production));
    let capacity = match view.pro_forma {
        ProForma::Report(planned) => planned.report.capacity_units,
        _ => view.capacity_units,
    };
    let eur = tr("unit_eur", lang);
    let rows: [(Field, &mut String); 3] = [
        (
            Field {
                path: "production_units".into(),
                label_key: "production_units",
                context: None,
                unit: tr("unit_units", lang),
                last: units(view.last.production_units, lang),
                allowed: format!("0 – {} ({})", units(capacity, lang), tr("decide_capacity", lang)),
                help_key: "help_production_units",
                suggestion: None,
            },
            &mut draft.production_units,
        ),
        (
            Field {
                path: "marketing".into(),
                label_key: "marketing",
                context: None,
                unit: eur,
                last: money_whole(view.last.marketing, lang),
                allowed: allowed_range(view.scenario, "marketing", lang).unwrap_or_default(),
                help_key: "help_marketing",
                suggestion: None,
            },
            &mut draft.marketing,
        ),
        (
            Field {
                path: "rnd".into(),
                label_key: "rnd",
                context: None,
                unit: eur,
                last: money_whole(view.last.rnd, lang),
                allowed: allowed_range(view.scenario, "rnd", lang).unwrap_or_default(),
                help_key: "help_rnd",
                suggestion: None,
            },
            &mut draft.rnd,
        ),
    ];
    rows_ui(ui, lang, notes, rows);
}

/// Investments: production lines to buy, then the project catalogue.
fn investments_section_ui(ui: &mut egui::Ui, view: &DecideView, notes: &Notes, draft: &mut Draft) {
    let lang = view.lang;
    section_header(ui, notes.cols, lang, tr("investments", lang), view.coached(DecideStep::Investments));
    let line_cost = money_whole(view.scenario.production.line_cost, lang);
    field_row(
        ui,
        lang,
        notes,
        Field {
            path: "lines_bought".into(),
            label_key: "lines_bought",
            context: None,
            unit: tr("unit_lines", lang),
            last: view.last.lines_bought.to_string(),
            allowed: format!("0 – 100 · {line_cost}"),
            help_key: "help_lines_bought",
            suggestion: None,
        },
        &mut draft.lines_bought,
    );
    ui.add_space(theme::SPACE_S);
    projects_ui(ui, view, notes, draft);
}

/// Financing: loans taken or repaid (within the headroom), equity raised, dividend (from
/// retained earnings).
fn financing_section_ui(ui: &mut egui::Ui, view: &DecideView, notes: &Notes, draft: &mut Draft) {
    let lang = view.lang;
    section_header(ui, notes.cols, lang, tr("financing", lang), view.coached(DecideStep::Financing));
    let headroom = (view.scenario.finance.max_loans - view.opening.loans).positive_part();
    let retained = view.opening.retained_earnings.positive_part();
    let eur = tr("unit_eur", lang);
    let rows: [(Field, &mut String); 3] = [
        (
            Field {
                path: "loan_change".into(),
                label_key: "loan_change",
                context: None,
                unit: eur,
                last: money_whole(view.last.loan_change, lang),
                allowed: format!("−{} … +{}", money_whole(view.opening.loans, lang), money_whole(headroom, lang)),
                help_key: "help_loan_change",
                suggestion: None,
            },
            &mut draft.loan_change,
        ),
        (
            Field {
                path: "equity_raised".into(),
                label_key: "equity_raised",
                context: None,
                unit: eur,
                last: money_whole(view.last.equity_raised, lang),
                allowed: allowed_range(view.scenario, "equity_raised", lang).unwrap_or_default(),
                help_key: "help_equity_raised",
                suggestion: None,
            },
            &mut draft.equity_raised,
        ),
        (
            Field {
                path: "dividend".into(),
                label_key: "dividend",
                context: None,
                unit: eur,
                last: money_whole(view.last.dividend, lang),
                allowed: format!("0 – {} ({})", money_whole(retained, lang), tr("decide_retained", lang)),
                help_key: "help_dividend",
                suggestion: None,
            },
            &mut draft.dividend,
        ),
    ];
    rows_ui(ui, lang, notes, rows);
}

fn years_text(years: Option<Decimal>, lang: Locale) -> String {
    match years {
        Some(y) => format!("{} {}", decimal(y, 1, lang), tr("decide_years_short", lang)),
        None => tr("decide_never", lang).to_string(),
    }
}

/// "läuft (Jahr 2 bis 4)": the years a running project works.
fn running(first: u32, last: u32, lang: Locale) -> String {
    tr_args("decide_running", lang, &[("first", Arg::from(first.to_string())), ("last", Arg::from(last.to_string()))])
}

/// The catalogue as a table: choose, capex, life, yearly cash flow, NPV, IRR, payback.
fn projects_ui(ui: &mut egui::Ui, view: &DecideView, notes: &Notes, draft: &mut Draft) {
    let lang = view.lang;
    let appraisals = view.projects;
    let basis = tr_args(
        "decide_appraisal_basis",
        lang,
        &[
            ("wacc", Arg::from(percent(appraisals.wacc, 1, lang))),
            ("units", Arg::from(units(appraisals.units_per_year, lang))),
            ("tax", Arg::from(percent(appraisals.tax_rate, 0, lang))),
        ],
    );
    ui.add(egui::Label::new(RichText::new(basis).small().weak()).wrap());
    let mut any_market = false;
    // Fixed column widths: the table lines up and fits beside the pro-forma at 1280 px.
    let c = notes.cols;
    let widths = theme::PROJECT_COLUMN_WIDTHS.map(|w| w * c.scale);
    let spacing = theme::COMPACT_TABLE_SPACING;
    // Six gaps between the seven columns, and a little slack.
    let numbers = widths.iter().sum::<f32>() + 6.0 * spacing.x + theme::SPACE_S;
    let span = theme::PROJECT_NAME_WIDTH;
    let name_width = (ui.available_width() - numbers).clamp(span.min, span.max * c.scale);
    let columns = ProjectColumns { name: name_width, numbers: widths };
    egui::Grid::new("projects").num_columns(7).striped(true).spacing(spacing).min_row_height(c.row).show(ui, |ui| {
        project_header_row_ui(ui, columns, lang);
        for p in &appraisals.projects {
            any_market |= p.benefit == Benefit::MarketDependent;
            project_row_ui(ui, p, columns, view.scenario, lang, draft);
        }
    });
    projects_notes_ui(ui, appraisals, any_market, lang);
    for warning in notes.warnings.get("projects").into_iter().flatten() {
        show_warning(ui, warning, lang);
    }
}

/// Widths of the catalogue's columns: the project's name and the six figures.
#[derive(Clone, Copy, Debug)]
struct ProjectColumns {
    name: f32,
    numbers: [f32; 6],
}

/// The catalogue's column titles.
fn project_header_row_ui(ui: &mut egui::Ui, columns: ProjectColumns, lang: Locale) {
    cell(ui, columns.name, left(), |ui| {
        ui.label(RichText::new(tr("decide_project", lang)).small().weak());
    });
    let headers = ["decide_capex", "decide_life", "decide_cash_flow_pa", "decide_npv", "decide_irr", "decide_payback"];
    for (key, width) in headers.into_iter().zip(columns.numbers) {
        cell(ui, width, right(), |ui| {
            ui.label(RichText::new(tr(key, lang)).small().weak());
        });
    }
    ui.end_row();
}

/// One project: its choice, its figures and, while it runs, the years it works.
fn project_row_ui(
    ui: &mut egui::Ui,
    p: &ProjectAppraisal,
    columns: ProjectColumns,
    scenario: &Scenario,
    lang: Locale,
    draft: &mut Draft,
) {
    let market = p.benefit == Benefit::MarketDependent;
    cell(ui, columns.name, left(), |ui| project_choice_ui(ui, p, scenario, lang, draft));
    let life = if p.counted_years < p.life_years {
        format!("{} ({})", p.life_years, p.counted_years)
    } else {
        p.life_years.to_string()
    };
    // A project earns its cost of capital when its NPV is positive.
    let npv_colour = Better::Higher.colour(p.npv.cmp(&Money::ZERO));
    let star = if market { " *" } else { "" };
    // A running project's investment is paid and its decision taken: an NPV of what is left
    // of it would read as a failure, so it shows what it brings and that it runs.
    let numbers: [(String, Option<egui::Color32>); 6] = match p.running {
        Some(_) => [
            (tr("decide_paid", lang).to_string(), None),
            (format!("{} {}", p.life_years, tr("decide_years_short", lang)), None),
            (money_whole(p.yearly_cash_flow, lang), None),
            ("—".to_string(), None),
            ("—".to_string(), None),
            (tr("decide_running_short", lang).to_string(), Some(theme::ACCENT)),
        ],
        None => [
            (money_whole(p.capex, lang), None),
            (format!("{life} {}", tr("decide_years_short", lang)), None),
            (money_whole(p.yearly_cash_flow, lang), None),
            (format!("{}{star}", money_whole(p.npv, lang)), Some(npv_colour)),
            (percent_or_dash(p.irr, lang), None),
            (years_text(p.payback_years, lang), None),
        ],
    };
    for ((text, colour), width) in numbers.into_iter().zip(columns.numbers) {
        cell(ui, width, right(), |ui| {
            let mut rich = RichText::new(text);
            if let Some(c) = colour {
                rich = rich.color(c);
            }
            if market || p.running.is_some() {
                rich = rich.italics();
            }
            ui.label(rich);
        });
    }
    ui.end_row();
    if let Some((first, last)) = p.running {
        let paid = tr_args("decide_running_paid", lang, &[("capex", Arg::from(money_whole(p.capex, lang)))]);
        ui.label(RichText::new(format!("{} · {paid}", running(first, last, lang))).small().color(theme::ACCENT));
        ui.end_row();
    }
}

/// The project's checkbox and name (a click on either chooses it); a running project is
/// ticked and cannot be changed.
fn project_choice_ui(ui: &mut egui::Ui, p: &ProjectAppraisal, scenario: &Scenario, lang: Locale, draft: &mut Draft) {
    let name = scenario.text(&p.name, lang).to_string();
    let description = scenario.text(&p.description, lang);
    let mut chosen = p.running.is_some() || draft.projects.contains(&p.id);
    let enabled = p.running.is_none();
    let response = ui.add_enabled(enabled, egui::Checkbox::without_text(&mut chosen));
    let label = ui.add(egui::Label::new(name.as_str()).truncate().sense(egui::Sense::click()));
    let toggled = enabled && label.clicked();
    if toggled {
        chosen = !chosen;
    }
    let tip = match p.running {
        Some((first, last)) => format!("{description}\n{}", running(first, last, lang)),
        None => description.to_string(),
    };
    label.on_hover_text(&tip);
    ui.ctx().accesskit_node_builder(response.id, |node| node.set_label(name.clone()));
    if enabled && (response.changed() || toggled) {
        if chosen {
            draft.projects.insert(p.id.clone());
        } else {
            draft.projects.remove(&p.id);
        }
    }
}

/// The catalogue's footnotes: market-dependent savings, and years beyond the game not counted.
fn projects_notes_ui(ui: &mut egui::Ui, appraisals: &ProjectAppraisals, any_market: bool, lang: Locale) {
    if any_market {
        ui.add(egui::Label::new(RichText::new(tr("decide_market_note", lang)).small().weak()).wrap());
    }
    if appraisals.projects.iter().any(|p| p.counted_years < p.life_years) {
        let left = appraisals.projects.iter().map(|p| p.counted_years).min().unwrap_or_default();
        ui.label(
            RichText::new(tr_args("decide_counted_years", lang, &[("value", Arg::from(left.to_string()))]))
                .small()
                .weak(),
        );
    }
}

/// `+1.234 €` / `-1.234 €` coloured better or worse; grey when unchanged or neutral.
fn delta_money(ui: &mut egui::Ui, now: Money, before: Money, better: Better, lang: Locale) {
    let change = now - before;
    coloured(ui, signed_money(change, lang), change.amount(), better);
}

/// A change, right-aligned, in the colour of whether it is better.
fn coloured(ui: &mut egui::Ui, text: String, change: Decimal, better: Better) {
    let colour = better.colour(change.cmp(&Decimal::ZERO));
    ui.with_layout(right(), |ui| ui.colored_label(colour, text));
}

/// A money amount filling its column, right-aligned; negatives in red.
fn amount_cell(ui: &mut egui::Ui, amount: Money, lang: Locale) {
    ui.with_layout(right(), |ui| ui.label(money_text(amount, lang)));
}

/// A cell without a value.
fn dash(ui: &mut egui::Ui) {
    ui.with_layout(right(), |ui| ui.label(no_value()));
}

/// One money line of the pro-forma: plan, last year (or –) and the change.
fn money_line(ui: &mut egui::Ui, lang: Locale, key: &str, now: Money, before: Option<Money>, better: Better) {
    ui.label(tr(key, lang));
    amount_cell(ui, now, lang);
    match before {
        Some(b) => {
            amount_cell(ui, b, lang);
            delta_money(ui, now, b, better, lang);
        }
        None => {
            dash(ui);
            dash(ui);
        }
    }
    ui.end_row();
}

/// One percentage line: plan, last year (or –) and the change in percentage points.
fn rate_line(
    ui: &mut egui::Ui,
    lang: Locale,
    label: &str,
    now: Option<Decimal>,
    before: Option<Decimal>,
    better: Better,
) {
    ui.label(label);
    ui.with_layout(right(), |ui| ui.label(percent_or_dash(now, lang)));
    match before {
        Some(_) => {
            ui.with_layout(right(), |ui| ui.label(percent_or_dash(before, lang)));
        }
        None => dash(ui),
    }
    match (now, before) {
        (Some(n), Some(b)) => {
            let points = (n - b) * Decimal::ONE_HUNDRED;
            let sign = if points > Decimal::ZERO { "+" } else { "" };
            let text = format!("{sign}{} {}", decimal(points, 1, lang), if lang == Locale::De { "Pp." } else { "pp" });
            coloured(ui, text, round(points, 1), better);
        }
        _ => dash(ui),
    }
    ui.end_row();
}

/// A group of the pro-forma's rows: a small accent-coloured title on a row of its own.
fn subheading(ui: &mut egui::Ui, text: &str) {
    ui.label(RichText::new(text).small().strong().color(theme::ACCENT));
    ui.end_row();
}

/// The projected year beside last year's.
fn pro_forma_ui(ui: &mut egui::Ui, view: &DecideView, warnings: &BTreeMap<String, Vec<Warning>>) {
    let lang = view.lang;
    ui.add_space(theme::SPACE_XS);
    coach_mark(ui, view.coached(DecideStep::ProForma), |ui| {
        ui.set_width(ui.available_width());
        ui.heading(tr("pro_forma", lang));
    });
    ui.add_space(theme::SPACE_XS);
    match view.pro_forma {
        ProForma::FieldErrors(errors) => {
            ui.colored_label(theme::WORSE, format!("{} {}", tr("decide_errors_block", lang), errors.len()));
        }
        ProForma::Refused(issues) => {
            for issue in &issues.0 {
                ui.colored_label(theme::WORSE, crate::ui::issue_text::issue_text(issue, lang))
                    .on_hover_text(issue.line(lang));
            }
        }
        ProForma::Report(planned) => {
            let last = view.last_report;
            plan_note_ui(ui, planned, lang);
            stock_note_ui(ui, view, &planned.report);
            pro_forma_grid_ui(ui, &planned.report, last, lang);
            if last.is_none() {
                ui.add_space(theme::SPACE_XS);
                ui.add(egui::Label::new(RichText::new(tr("decide_opening_note", lang)).small().weak()).wrap());
            }
            let general = warnings.get("").map(Vec::as_slice).unwrap_or_default();
            if !general.is_empty() {
                ui.add_space(theme::SPACE_S);
                for warning in general {
                    show_warning(ui, warning, lang);
                }
            }
        }
    }
}

/// What the plan assumes: the units it books (the team's forecast or the suggestion) and
/// that the competitors are taken to keep last year's course.
fn plan_note_ui(ui: &mut egui::Ui, planned: &PlannedYear, lang: Locale) {
    let total: u64 = planned.planned_units.iter().sum();
    let own = planned.planned_units != planned.suggested_units;
    let key = if own { "pro_forma_own_plan" } else { "pro_forma_suggested_plan" };
    let text = tr_args(key, lang, &[("units", units(total, lang).into())]);
    ui.add(egui::Label::new(RichText::new(text).small()).wrap()).on_hover_text(tr("pro_forma_plan_hint", lang));
    ui.add_space(theme::SPACE_XS);
}

/// The plan's stock grows by at least this share of the opening stock before the pro-forma
/// points it out.
const STOCK_GROWTH_NOTED: Decimal = dec!(0.25);

/// Points out a plan that builds up stock: production above the sales plan ties up capital
/// and costs holding, which the figures show only as smaller cash and EVA.
fn stock_note_ui(ui: &mut egui::Ui, view: &DecideView, planned: &YearReport) {
    let opening = view.last_report.map_or(view.scenario.opening.inventory_units, |r| r.inventory_units);
    let closing = planned.inventory_units;
    let noted = Decimal::from(opening) * (Decimal::ONE + STOCK_GROWTH_NOTED);
    if closing > opening && Decimal::from(closing) >= noted {
        let args = [("from", units(opening, view.lang).into()), ("to", units(closing, view.lang).into())];
        let text = format!("⚠ {}", tr_args("pro_forma_stock_grows", view.lang, &args));
        ui.add(egui::Label::new(RichText::new(text).small().color(theme::WARNING)).wrap());
        ui.add_space(theme::SPACE_XS);
    }
}

/// The pro-forma's table: income statement, balance sheet and value, each planned, last
/// year (the opening balance for stocks) and the change.
fn pro_forma_grid_ui(ui: &mut egui::Ui, report: &YearReport, last: Option<&YearReport>, lang: Locale) {
    let opening = &report.opening;
    egui::Grid::new("pro_forma_grid").num_columns(4).striped(true).spacing(theme::COMPACT_TABLE_SPACING).show(
        ui,
        |ui| {
            ui.label("");
            for key in ["this_year", "last_year"] {
                ui.with_layout(right(), |ui| ui.strong(tr(key, lang)));
            }
            ui.with_layout(right(), |ui| ui.strong("Δ"));
            ui.end_row();
            subheading(ui, tr("income_statement", lang));
            let flows = [
                ("net_revenue", report.income.net_revenue, last.map(|r| r.income.net_revenue)),
                ("gross_profit", report.income.gross_profit, last.map(|r| r.income.gross_profit)),
                ("ebit", report.income.ebit, last.map(|r| r.income.ebit)),
                ("net_income", report.income.net_income, last.map(|r| r.income.net_income)),
            ];
            for (key, now, before) in flows {
                money_line(ui, lang, key, now, before, Better::Higher);
            }
            subheading(ui, tr("balance_sheet", lang));
            let stocks = [
                ("cash", report.closing.cash, opening.cash, Better::Higher),
                ("total_assets", report.closing.total_assets, opening.total_assets, Better::Neither),
                ("total_equity", report.closing.total_equity, opening.total_equity, Better::Higher),
            ];
            for (key, now, before, better) in stocks {
                money_line(ui, lang, key, now, Some(before), better);
            }
            subheading(ui, tr("decide_value_section", lang));
            // ROIC, after tax like the WACC beside it: their spread is what EVA charges.
            let roic = last.and_then(|r| r.kpis().roic);
            rate_line(ui, lang, tr("roic", lang), report.kpis().roic, roic, Better::Higher);
            rate_line(ui, lang, tr("wacc", lang), Some(report.eva.wacc), last.map(|r| r.eva.wacc), Better::Lower);
            money_line(ui, lang, "eva", report.eva.eva, last.map(|r| r.eva.eva), Better::Higher);
            money_line(ui, lang, "score", report.score, last.map(|r| r.score), Better::Higher);
        },
    );
}
