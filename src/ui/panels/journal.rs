//! The journal tab of the annual report: the entries behind one statement line, with the
//! accounts debited and credited, the cause in words and the decision that caused them.

use bevy_egui::egui;

use crate::model::format::{Locale, money_whole, percent, units};
use crate::model::{Account, JournalEntry, Ledger, Money, Phase, Side};
use crate::scenario::{Decisions, Scenario};
use crate::sim::YearReport;
use crate::sim::drill::{accounts_of_line, amount_on_line, decision_field, describe_cause, entries_for_line};
use crate::ui::screens::{DrillTarget, UiCommand};
use crate::ui::text::tr;
use crate::ui::theme;
use crate::ui::widgets::{NO_VALUE, number_cell, title_text};

/// What the journal tab shows.
pub struct JournalView<'a> {
    /// Language of every text.
    pub lang: Locale,
    /// The company's name.
    pub company_name: &'a str,
    /// The company's ledger with the full journal.
    pub ledger: &'a Ledger,
    /// The company's reports (for the line's value and the decisions of the year).
    pub history: &'a [YearReport],
    /// The scenario (segment and project names).
    pub scenario: &'a Scenario,
    /// The last closed year when the game goes on: its decisions are followed by the
    /// decision screen of the next year. `None` once the game is over.
    pub last_closed_open: Option<u32>,
    /// Bookings of the trainer's (a workshop's corrections), by year, in words: shown above
    /// the entries of their year, never folded silently into them.
    pub notes: &'a [(u32, String)],
}

/// The statement line `key` of a report: income statement first, then the closing balance
/// sheet, then the cash-flow statement.
pub fn line_value(r: &YearReport, key: &str) -> Option<Money> {
    let find = |lines: &[(&str, Money)]| lines.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
    find(&r.income.lines()).or_else(|| find(&r.closing.lines())).or_else(|| find(&r.cash_flow.lines()))
}

/// True when `key` is a balance-sheet line (a stock: opening + entries = closing).
fn is_balance_line(r: &YearReport, key: &str) -> bool {
    r.income.lines().iter().all(|(k, _)| *k != key) && r.closing.lines().iter().any(|(k, _)| *k == key)
}

fn phase_key(phase: Phase) -> &'static str {
    match phase {
        Phase::Opening => "phase_opening",
        Phase::Open => "phase_open",
        Phase::Decide => "phase_decide",
        Phase::InvestAndFinance => "phase_invest",
        Phase::Produce => "phase_produce",
        Phase::Market => "phase_market",
        Phase::Sell => "phase_sell",
        Phase::Operate => "phase_operate",
        Phase::Settle => "phase_settle",
        Phase::Close => "phase_close",
    }
}

fn account_label(account: Account, lang: Locale) -> &'static str {
    crate::labels::label(account.key(), lang)
}

/// The decision field's label and its value in `decisions`, in words.
pub fn decision_text(field: &str, d: &Decisions, scenario: &Scenario, lang: Locale) -> (String, String) {
    let segment_name = |s: usize| {
        scenario.segments.get(s).map_or_else(|| format!("Segment {}", s + 1), |x| scenario.text(&x.name, lang).into())
    };
    let per_segment = |value: &dyn Fn(usize) -> String| {
        (0..d.segments.len()).map(|s| format!("{} {}", segment_name(s), value(s))).collect::<Vec<_>>().join(", ")
    };
    let indexed = field.strip_prefix("segments[").and_then(|rest| rest.split_once("]."));
    if let Some((index, name)) = indexed {
        let seg = index.parse::<usize>().ok();
        let value = |s: usize| -> String {
            let Some(x) = d.segments.get(s) else { return NO_VALUE.into() };
            match name {
                "list_price" => crate::model::format::money(Money::from_decimal(x.list_price), lang),
                "rebate" => percent(x.rebate, 1, lang),
                "payment_days" => format!("{} {}", x.payment_days, tr("unit_days", lang)),
                "salespeople" => format!("{} {}", x.salespeople, tr("unit_people", lang)),
                _ => NO_VALUE.into(),
            }
        };
        let label = match seg {
            Some(s) => format!("{} ({})", tr(name, lang), segment_name(s)),
            None => tr(name, lang).to_string(),
        };
        let text = match seg {
            Some(s) => value(s),
            None => per_segment(&value),
        };
        return (label, text);
    }
    let value = match field {
        "production_units" => format!("{} {}", units(d.production_units, lang), tr("unit_units", lang)),
        "marketing" => money_whole(d.marketing, lang),
        "rnd" => money_whole(d.rnd, lang),
        "lines_bought" => format!("{} {}", d.lines_bought, tr("unit_lines", lang)),
        "projects" => d.projects.join(", "),
        "loan_change" => money_whole(d.loan_change, lang),
        "equity_raised" => money_whole(d.equity_raised, lang),
        "dividend" => money_whole(d.dividend, lang),
        _ => NO_VALUE.into(),
    };
    (tr(field, lang).to_string(), value)
}

/// Draws the entries behind `target`'s line. Year buttons send a new drill-down.
pub fn journal_ui(ui: &mut egui::Ui, view: &JournalView, target: &DrillTarget) -> Vec<UiCommand> {
    let lang = view.lang;
    let mut commands = Vec::new();
    let key = target.line.as_str();
    let body = ui.text_style_height(&egui::TextStyle::Body);
    journal_title_ui(ui, view, target, &mut commands);
    for (_, note) in view.notes.iter().filter(|(year, _)| *year == target.year) {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(egui::RichText::new(note).color(theme::WARNING).strong());
        });
    }
    let Some(report) = view.history.iter().find(|r| r.year == target.year) else { return commands };
    let entries = entries_for_line(view.ledger, target.year, key);
    if entries.is_empty() {
        ui.label(egui::RichText::new(tr("journal_none", lang)).weak());
        return commands;
    }
    let mut sum = Money::ZERO;
    egui::ScrollArea::both().id_salt("journal").auto_shrink([false, false]).show(ui, |ui| {
        egui::Grid::new("journal_entries").striped(true).num_columns(6).spacing(theme::TABLE_SPACING).show(ui, |ui| {
            journal_header_row_ui(ui, lang);
            let balance = is_balance_line(report, key);
            if balance {
                let opening = line_value_opening(report, key);
                opening_row_ui(ui, opening, lang);
                sum += opening;
            }
            let row = EntryRow { view, target, report, body };
            for entry in &entries {
                let on_line = amount_on_line(entry, key);
                sum += on_line;
                entry_row_ui(ui, &row, entry, on_line, &mut commands);
            }
            closing_row_ui(ui, report, key, balance, sum, lang);
        });
    });
    commands
}

/// The title with the line and company, and a button per fiscal year.
fn journal_title_ui(ui: &mut egui::Ui, view: &JournalView, target: &DrillTarget, commands: &mut Vec<UiCommand>) {
    let lang = view.lang;
    let key = target.line.as_str();
    ui.horizontal(|ui| {
        let title =
            format!("{} „{}“ — {}", tr("journal_behind", lang), crate::labels::label(key, lang), view.company_name);
        ui.label(title_text(ui, title));
        ui.add_space(theme::SPACE_L);
        for r in view.history {
            let text = format!("{} {}", tr("fy_short", lang), r.year);
            if ui.selectable_label(target.year == r.year, text).clicked() {
                commands.push(UiCommand::DrillDown { company: target.company, year: r.year, line: key.to_string() });
            }
        }
    });
}

/// The table's column titles.
fn journal_header_row_ui(ui: &mut egui::Ui, lang: Locale) {
    ui.strong(tr("journal_phase", lang));
    ui.strong(tr("journal_accounts", lang));
    number_cell(ui, egui::RichText::new(tr("journal_debit", lang)).strong());
    number_cell(ui, egui::RichText::new(tr("journal_credit", lang)).strong());
    number_cell(ui, egui::RichText::new(tr("journal_on_line", lang)).strong());
    ui.strong(tr("journal_cause", lang));
    ui.end_row();
}

/// A balance-sheet line's opening value, the first figure of its sum.
fn opening_row_ui(ui: &mut egui::Ui, opening: Money, lang: Locale) {
    ui.label("");
    ui.label(egui::RichText::new(tr("journal_opening", lang)).italics());
    ui.label("");
    ui.label("");
    number_cell(ui, egui::RichText::new(money_whole(opening, lang)));
    ui.label("");
    ui.end_row();
}

/// What every entry row of one table needs besides the entry.
struct EntryRow<'a> {
    view: &'a JournalView<'a>,
    target: &'a DrillTarget,
    report: &'a YearReport,
    /// Height of a line of body text (credits are indented by it).
    body: f32,
}

/// One entry: phase, accounts, debits, credits, what it adds to the line (`on_line`), and its
/// cause.
fn entry_row_ui(
    ui: &mut egui::Ui,
    row: &EntryRow,
    entry: &JournalEntry,
    on_line: Money,
    commands: &mut Vec<UiCommand>,
) {
    let lang = row.view.lang;
    let key = row.target.line.as_str();
    ui.label(tr(phase_key(entry.phase()), lang));
    entry_accounts_ui(ui, entry, key, row.body, lang);
    entry_amounts_ui(ui, entry, Side::Debit, lang);
    entry_amounts_ui(ui, entry, Side::Credit, lang);
    number_cell(ui, egui::RichText::new(money_whole(on_line, lang)).strong());
    entry_cause_ui(ui, row, entry, commands);
    ui.end_row();
}

/// The accounts of an entry, the line's own in bold, credits indented.
fn entry_accounts_ui(ui: &mut egui::Ui, entry: &JournalEntry, key: &str, body: f32, lang: Locale) {
    ui.vertical(|ui| {
        for line in entry.lines() {
            let mut text = egui::RichText::new(account_label(line.account, lang));
            if accounts_of_line(key).contains(&line.account) {
                text = text.strong();
            }
            if line.side == Side::Debit {
                ui.label(text);
            } else {
                // Credits indented, as a booking is written: "Debit an Credit".
                ui.horizontal(|ui| {
                    ui.add_space(body * theme::CREDIT_INDENT_EMS);
                    ui.label(text);
                });
            }
        }
    });
}

/// The amounts of an entry on `side`, one per line of the entry (blank on the other side).
fn entry_amounts_ui(ui: &mut egui::Ui, entry: &JournalEntry, side: Side, lang: Locale) {
    ui.vertical(|ui| {
        for line in entry.lines() {
            let text = if line.side == side { money_whole(line.amount, lang) } else { String::new() };
            number_cell(ui, egui::RichText::new(text));
        }
    });
}

/// The cause in words and the decision behind it; while the next year can still be
/// decided, the decision is a link to the decision screen.
fn entry_cause_ui(ui: &mut egui::Ui, row: &EntryRow, entry: &JournalEntry, commands: &mut Vec<UiCommand>) {
    let (view, year) = (row.view, row.target.year);
    let lang = view.lang;
    ui.vertical(|ui| {
        let german = lang == Locale::De;
        ui.label(describe_cause(entry.cause(), view.scenario, german));
        if let Some(field) = decision_field(entry.cause()) {
            let (label, value) = decision_text(&field, &row.report.decisions, view.scenario, lang);
            let text = format!("⬅ {}: {label} = {value}", tr("journal_decision", lang));
            if view.last_closed_open == Some(year) {
                let hover = format!("{} {} {}", tr("journal_to_decide", lang), tr("fy_short", lang), year + 1);
                if ui.link(text).on_hover_text(hover).clicked() {
                    commands.push(UiCommand::NextYear);
                }
            } else {
                ui.label(egui::RichText::new(text).color(theme::ACCENT));
            }
        }
    });
}

/// The sum of the entries (the closing value for a balance-sheet line) and whether it
/// matches the statement's line.
fn closing_row_ui(ui: &mut egui::Ui, report: &YearReport, key: &str, balance: bool, sum: Money, lang: Locale) {
    ui.label("");
    ui.strong(tr(if balance { "journal_closing" } else { "journal_sum" }, lang));
    ui.label("");
    ui.label("");
    number_cell(ui, egui::RichText::new(money_whole(sum, lang)).strong());
    match line_value(report, key) {
        Some(v) if v == sum => {
            ui.label(egui::RichText::new(format!("= {}", tr("journal_matches", lang))).color(theme::BETTER));
        }
        Some(v) => {
            ui.label(
                egui::RichText::new(format!("{}: {}", tr("journal_line_value", lang), money_whole(v, lang)))
                    .color(theme::WARNING),
            );
        }
        None => {
            ui.label("");
        }
    }
    ui.end_row();
}

/// The balance-sheet line `key` at the start of the report's year.
fn line_value_opening(r: &YearReport, key: &str) -> Money {
    r.opening.lines().iter().find(|(k, _)| *k == key).map_or(Money::ZERO, |(_, v)| *v)
}
