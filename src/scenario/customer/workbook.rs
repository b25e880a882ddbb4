//! The customer's annual report as a spreadsheet: the template a key-account manager fills
//! in from the PDF (German and English line names as annual reports print them, both
//! balance sheets side by side), and the reader that turns a filled-in workbook into the
//! same [`RawReport`] a RON file gives, every problem placed on its sheet and cell.
//!
//! Rows are found by the field key in column A, not by their position, so a user may
//! insert notes or reorder lines; a row without a key is a note (the template's check rows).

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use rust_decimal::Decimal;
use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Workbook, XlsxError};

use super::report_file::{RawReport, ReadReport, validate};
use crate::model::customer::FigureUnit;
use crate::model::format::Locale;
use crate::scenario::{Code, Issue, Issues, Phrase};

/// The details sheet: company, year, currency, rates.
pub const DETAILS: &str = "Angaben (Details)";
/// The balance-sheet sheet: opening in column D, closing in column E.
pub const BALANCE: &str = "Bilanz (Balance sheet)";
/// The income-statement sheet: the year in column D.
pub const INCOME: &str = "GuV (Income statement)";

/// What a row's value cells hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An amount in the report's unit.
    Amount,
    /// A fraction (0,30 = 30 %).
    Rate,
    /// Free text.
    Text,
    /// A whole number (year, units).
    Count,
    /// Yes or no.
    Flag,
    /// Units, thousands or millions.
    Unit,
}

/// One line of the template (and of the lab's form): field key, German and English name, kind.
pub struct Line {
    /// The field key (`cash`), the path's last part.
    pub key: &'static str,
    /// The German name as reports print it.
    pub de: &'static str,
    /// The English name.
    pub en: &'static str,
    /// What the value holds.
    pub kind: Kind,
}

impl Line {
    /// The name in `locale`'s language.
    pub fn name(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::De => self.de,
            Locale::En => self.en,
        }
    }
}

const fn line(key: &'static str, de: &'static str, en: &'static str, kind: Kind) -> Line {
    Line { key, de, en, kind }
}

/// The details: company, year, unit, rates.
pub const DETAIL_LINES: [Line; 16] = [
    line("company", "Unternehmen", "Company", Kind::Text),
    line("year", "Geschäftsjahr (Jahr des Abschlussstichtags)", "Fiscal year (year of the closing date)", Kind::Count),
    line("currency", "Währung (ISO-Code, z. B. EUR, USD, CHF)", "Currency (ISO code, e.g. EUR, USD, CHF)", Kind::Text),
    line(
        "unit",
        "Einheit der Zahlen: Units, Thousands (T€) oder Millions (Mio. €)",
        "Unit of the figures: Units, Thousands or Millions",
        Kind::Unit,
    ),
    line(
        "rounding",
        "Rundung der gedruckten Zahlen in dieser Einheit (z. B. 0,1)",
        "Rounding of the printed figures in that unit (e.g. 0.1)",
        Kind::Amount,
    ),
    line("source", "Quelle: Bericht, Jahr, Seiten", "Source: report, year, pages", Kind::Text),
    line("tax_rate", "Ertragsteuersatz (z. B. 0,30 für 30 %)", "Income-tax rate (e.g. 0.30 for 30 %)", Kind::Rate),
    line("cost_of_equity", "Eigenkapitalkosten (z. B. 0,10)", "Cost of equity (e.g. 0.10)", Kind::Rate),
    line(
        "cost_of_debt",
        "Fremdkapitalkosten vor Steuern (z. B. 0,05)",
        "Cost of debt before tax (e.g. 0.05)",
        Kind::Rate,
    ),
    line(
        "pensions_in_net_debt",
        "Pensionen zählen zur Nettoverschuldung (ja/nein)",
        "Pensions count as net debt (yes/no)",
        Kind::Flag,
    ),
    line(
        "prior_net_revenue",
        "Umsatzerlöse des Vorjahres (optional)",
        "Revenue of the prior year (optional)",
        Kind::Amount,
    ),
    line(
        "dividends_paid",
        "Gezahlte Dividenden laut Kapitalflussrechnung (optional)",
        "Dividends paid per cash-flow statement (optional)",
        Kind::Amount,
    ),
    line("units_sold", "Verkaufte Stück (optional)", "Units sold (optional)", Kind::Count),
    line("units_produced", "Produzierte Stück (optional)", "Units produced (optional)", Kind::Count),
    line("capacity_units", "Kapazität in Stück (optional)", "Capacity in units (optional)", Kind::Count),
    line(
        "market_share",
        "Marktanteil als Anteil (optional, z. B. 0,045)",
        "Market share as a fraction (optional, e.g. 0.045)",
        Kind::Rate,
    ),
];

/// The balance-sheet lines, assets first.
pub const BALANCE_LINES: [Line; 20] = [
    line(
        "intangible_assets",
        "Immaterielle Vermögenswerte inkl. Geschäfts- oder Firmenwert",
        "Intangible assets incl. goodwill",
        Kind::Amount,
    ),
    line(
        "net_fixed_assets",
        "Sachanlagen inkl. Nutzungsrechte (Leasing)",
        "Property, plant and equipment incl. right-of-use assets",
        Kind::Amount,
    ),
    line(
        "financial_assets",
        "Finanzanlagen, at-equity-Beteiligungen, latente Steueransprüche, übrige nicht operative Vermögenswerte",
        "Financial assets, equity-accounted investments, deferred tax assets, other non-operating assets",
        Kind::Amount,
    ),
    line("inventory", "Vorräte", "Inventories", Kind::Amount),
    line("receivables", "Forderungen aus Lieferungen und Leistungen", "Trade receivables", Kind::Amount),
    line(
        "other_operating_assets",
        "Vertragsvermögenswerte, sonstige Forderungen und Vermögenswerte",
        "Contract assets, other receivables and assets",
        Kind::Amount,
    ),
    line(
        "securities",
        "Wertpapiere und kurzfristige Finanzanlagen",
        "Securities and current financial investments",
        Kind::Amount,
    ),
    line("cash", "Zahlungsmittel und Zahlungsmitteläquivalente", "Cash and cash equivalents", Kind::Amount),
    line(
        "total_assets",
        "Bilanzsumme, wie gedruckt (zur Kontrolle)",
        "Total assets as printed (for checking)",
        Kind::Amount,
    ),
    line("subscribed_capital", "Gezeichnetes Kapital", "Subscribed capital", Kind::Amount),
    line(
        "retained_earnings",
        "Rücklagen, Gewinnvortrag und Jahresergebnis",
        "Reserves, retained earnings and net income",
        Kind::Amount,
    ),
    line("non_controlling_interests", "Nicht beherrschende Anteile", "Non-controlling interests", Kind::Amount),
    line("pensions", "Pensionsrückstellungen", "Pension provisions", Kind::Amount),
    line("provisions", "Sonstige langfristige Rückstellungen", "Other non-current provisions", Kind::Amount),
    line(
        "loans",
        "Langfristige Finanzverbindlichkeiten inkl. Anleihen und Leasing",
        "Non-current financial liabilities incl. bonds and leases",
        Kind::Amount,
    ),
    line(
        "other_long_term_liabilities",
        "Latente Steuerschulden, sonstige langfristige Verbindlichkeiten",
        "Deferred tax liabilities, other non-current liabilities",
        Kind::Amount,
    ),
    line("payables", "Verbindlichkeiten aus Lieferungen und Leistungen", "Trade payables", Kind::Amount),
    line(
        "other_operating_liabilities",
        "Erhaltene Anzahlungen, Vertragsverbindlichkeiten",
        "Advance payments received, contract liabilities",
        Kind::Amount,
    ),
    line(
        "other_current_liabilities",
        "Kurzfristige Rückstellungen, Steuerschulden, sonstige Verbindlichkeiten",
        "Current provisions, tax liabilities, other liabilities",
        Kind::Amount,
    ),
    line("short_term_debt", "Kurzfristige Finanzverbindlichkeiten", "Current financial liabilities", Kind::Amount),
];

/// The income-statement lines.
pub const INCOME_LINES: [Line; 16] = [
    line("revenue", "Umsatzerlöse", "Revenue", Kind::Amount),
    line(
        "rebates",
        "Erlösschmälerungen, falls getrennt ausgewiesen",
        "Sales deductions, if shown separately",
        Kind::Amount,
    ),
    line("cogs", "Umsatzkosten (Herstellungskosten des Umsatzes)", "Cost of sales", Kind::Amount),
    line("selling", "Vertriebskosten", "Selling expenses", Kind::Amount),
    line("admin", "Allgemeine Verwaltungskosten", "General administrative expenses", Kind::Amount),
    line("rnd", "Forschungs- und Entwicklungskosten", "Research and development costs", Kind::Amount),
    line("other_operating_income", "Sonstige betriebliche Erträge", "Other operating income", Kind::Amount),
    line("other_operating_expenses", "Sonstige betriebliche Aufwendungen", "Other operating expenses", Kind::Amount),
    line(
        "depreciation",
        "Abschreibungen (Anhang oder Kapitalflussrechnung)",
        "Depreciation and amortisation (notes or cash-flow statement)",
        Kind::Amount,
    ),
    line(
        "depreciation_included",
        "Abschreibungen stecken in den Kosten oben (Umsatzkostenverfahren: ja)",
        "Depreciation is in the costs above (cost-of-sales method: yes)",
        Kind::Flag,
    ),
    line("interest_income", "Zinserträge", "Interest income", Kind::Amount),
    line("interest_expense", "Zinsaufwendungen", "Interest expenses", Kind::Amount),
    line(
        "other_financial_result",
        "Übriges Finanzergebnis (at-equity, Beteiligungen, Währung; Verlust negativ)",
        "Other financial result (equity method, investments, FX; loss negative)",
        Kind::Amount,
    ),
    line("tax", "Ertragsteuern (Steuerertrag negativ)", "Income taxes (tax income negative)", Kind::Amount),
    line(
        "net_income",
        "Jahresergebnis, wie gedruckt (zur Kontrolle)",
        "Net income as printed (for checking)",
        Kind::Amount,
    ),
    line("minority_share", "davon nicht beherrschende Anteile", "of which non-controlling interests", Kind::Amount),
];

/// True when `path` names a workbook (`.xlsx`, any case).
pub fn is_workbook(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

/// The empty template, its instructions in `locale`'s language first.
pub fn template(locale: Locale) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let header = Format::new().set_bold().set_background_color(0xDDE6F0).set_text_wrap().set_align(FormatAlign::Top);
    let key = Format::new().set_font_color(0x808080);
    let number = Format::new().set_num_format("#,##0.0##");
    let hint = Format::new().set_italic().set_font_color(0x606060).set_text_wrap();
    let (first, second) = match locale {
        Locale::De => ("Posten", "Line item"),
        Locale::En => ("Line item", "Posten"),
    };
    let names = |line: &Line| match locale {
        Locale::De => (line.de, line.en),
        Locale::En => (line.en, line.de),
    };
    let sheets: [(&str, &[Line], &[&str]); 3] = [
        (DETAILS, &DETAIL_LINES, &["Wert / Value"]),
        (BALANCE, &BALANCE_LINES, &["31.12. Vorjahr / prior year", "31.12. Berichtsjahr / reporting year"]),
        (INCOME, &INCOME_LINES, &["Berichtsjahr / reporting year"]),
    ];
    for (name, lines, columns) in sheets {
        let sheet = workbook.add_worksheet();
        sheet.set_name(name)?;
        sheet.write_string_with_format(0, 0, "Feld / field", &header)?;
        sheet.write_string_with_format(0, 1, first, &header)?;
        sheet.write_string_with_format(0, 2, second, &header)?;
        for (i, column) in columns.iter().enumerate() {
            sheet.write_string_with_format(0, 3 + i as u16, *column, &header)?;
            sheet.set_column_width(3 + i as u16, 20)?;
        }
        sheet.set_column_width(0, 24)?;
        sheet.set_column_width(1, 58)?;
        sheet.set_column_width(2, 44)?;
        sheet.set_freeze_panes(1, 3)?;
        for (i, line) in lines.iter().enumerate() {
            let row = 1 + i as u32;
            let (label, other) = names(line);
            sheet.write_string_with_format(row, 0, line.key, &key)?;
            sheet.write_string(row, 1, label)?;
            sheet.write_string(row, 2, other)?;
            for column in 0..columns.len() as u16 {
                let column = 3 + column;
                match line.kind {
                    Kind::Flag => {
                        let choice = DataValidation::new().allow_list_strings(&["ja", "nein", "yes", "no"])?;
                        sheet.add_data_validation(row, column, row, column, &choice)?;
                    }
                    Kind::Unit => {
                        let choice = DataValidation::new().allow_list_strings(&["Units", "Thousands", "Millions"])?;
                        sheet.add_data_validation(row, column, row, column, &choice)?;
                    }
                    Kind::Amount | Kind::Rate => {
                        sheet.write_blank(row, column, &number)?;
                    }
                    Kind::Text | Kind::Count => {}
                }
            }
        }
        let note_row = 2 + lines.len() as u32;
        let note = match (name, locale) {
            (BALANCE, Locale::De) => {
                "Beträge in der Einheit von „Angaben“ eintragen; negativ nur Rücklagen und Minderheiten nach Verlusten. Zeilen ohne Feld in Spalte A sind Notizen."
            }
            (BALANCE, Locale::En) => {
                "Enter amounts in the unit given on the details sheet; only reserves and minorities may be negative, after losses. Rows without a field in column A are notes."
            }
            (INCOME, Locale::De) => "Aufwendungen positiv eintragen, auch wenn der Bericht sie mit Minus druckt.",
            (INCOME, Locale::En) => {
                "Enter expenses as positive numbers, even where the report prints them with a minus."
            }
            (_, Locale::De) => "Sätze als Anteil: 0,30 für 30 %.",
            (_, Locale::En) => "Rates as fractions: 0.30 for 30 %.",
        };
        sheet.write_string_with_format(note_row, 1, note, &hint)?;
    }
    workbook.save_to_buffer()
}

/// Where a field's value sits: sheet and 0-based row and column.
#[derive(Clone, Debug)]
struct Place {
    path: String,
    sheet: &'static str,
    row: u32,
    column: u32,
}

impl Place {
    fn cell(&self) -> String {
        cell_name(self.sheet, self.row, self.column)
    }
}

/// `Sheet!E7` for 0-based `row` and `column`.
fn cell_name(sheet: &str, row: u32, column: u32) -> String {
    let mut letters = String::new();
    let mut n = column + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.insert(0, char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    format!("{sheet}!{letters}{}", row + 1)
}

/// Reads a filled-in template: every problem at once, each with its sheet and cell.
pub fn read_report(path: &Path) -> Result<ReadReport, Issues> {
    let bytes = read_bytes(path)?;
    read_report_bytes(&bytes, path)
}

/// Reads the file's bytes, at most the size any input file may have.
fn read_bytes(path: &Path) -> Result<Vec<u8>, Issues> {
    use std::io::Read as _;
    let fail = |found: Phrase, allowed: &'static str| {
        let mut issue = Issue::error(Code::Read, "", found, Phrase::words(allowed));
        issue.file = Some(path.to_path_buf());
        Issues(vec![issue])
    };
    let file =
        std::fs::File::open(path).map_err(|e| fail(crate::scenario::load::describe_io(&e), "ph_readable_file"))?;
    let mut bytes = Vec::new();
    let limit = crate::scenario::load::MAX_FILE_BYTES;
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(crate::scenario::load::describe_io(&e), "ph_readable_file"))?;
    if bytes.len() as u64 > limit {
        return Err(fail(Phrase::words("ph_more_bytes").arg("bytes", limit.to_string()), "ph_at_most_16_mib"));
    }
    Ok(bytes)
}

/// Reads a workbook from its bytes; `path` names it in every issue.
pub fn read_report_bytes(bytes: &[u8], path: &Path) -> Result<ReadReport, Issues> {
    let (raw, places) = read_raw_bytes(bytes, path)?;
    validate(raw).map_err(|mut issues| {
        for issue in &mut issues {
            issue.cell = place_of(&issue.path, &places);
            issue.file = Some(path.to_path_buf());
        }
        Issues(issues)
    })
}

/// The report as typed into a workbook, before validation (the lab loads it into its form);
/// fails only on cells that hold no value of their kind or on missing sheets and rows.
pub fn read_raw(path: &Path) -> Result<RawReport, Issues> {
    let bytes = read_bytes(path)?;
    read_raw_bytes(&bytes, path).map(|(raw, _)| raw)
}

/// The raw report and where each field was, or the cells' problems.
fn read_raw_bytes(bytes: &[u8], path: &Path) -> Result<(RawReport, Vec<Place>), Issues> {
    let with_file = |mut issues: Vec<Issue>| {
        issues.iter_mut().for_each(|issue| issue.file = Some(path.to_path_buf()));
        Issues(issues)
    };
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).map_err(|error: calamine::XlsxError| {
        let found = Phrase::words("ph_not_a_workbook").arg("error", error.to_string());
        with_file(vec![Issue::error(Code::Syntax, "", found, Phrase::words("ph_xlsx_workbook"))])
    })?;
    let mut reading = Reading::default();
    for (sheet, lines, columns) in
        [(DETAILS, &DETAIL_LINES[..], 1), (BALANCE, &BALANCE_LINES[..], 2), (INCOME, &INCOME_LINES[..], 1)]
    {
        match read_cells(&mut workbook, sheet) {
            Ok(Ok(cells)) => reading.sheet(sheet, lines, columns, &cells),
            Ok(Err(issue)) => reading.issues.push(issue),
            Err(_) => {
                let names = workbook.sheet_names().join(", ");
                let found = Phrase::words("ph_sheets_found").arg("names", names);
                let allowed = Phrase::words("ph_sheet_named").arg("name", sheet);
                let mut issue = Issue::error(Code::MissingField, "", found, allowed);
                issue.cell = Some(sheet.to_string());
                reading.issues.push(issue);
            }
        }
    }
    let Reading { raw, issues, places } = reading;
    if issues.is_empty() { Ok((raw, places)) } else { Err(with_file(issues)) }
}

/// Rows a sheet may use: the template has about twenty, a user's notes leave room.
const MAX_ROWS: u32 = 1000;

/// The cells of columns A to E of a sheet, read one by one (a sheet that claims a range up
/// to XFD1048576 is never laid out in memory).
struct Cells {
    cells: std::collections::HashMap<(u32, u32), Data>,
    last_row: u32,
}

impl Cells {
    fn get(&self, row: u32, column: u32) -> Option<&Data> {
        self.cells.get(&(row, column))
    }
}

/// The sheet's cells in columns A–E of its first [`MAX_ROWS`] rows; `Ok(Err(issue))` for a
/// sheet with more rows, `Err` when there is no such sheet or it cannot be read.
fn read_cells<RS: std::io::Read + std::io::Seek>(
    workbook: &mut Xlsx<RS>,
    sheet: &'static str,
) -> Result<Result<Cells, Issue>, calamine::XlsxError> {
    let mut reader = workbook.worksheet_cells_reader(sheet)?;
    let mut cells = Cells { cells: std::collections::HashMap::new(), last_row: 0 };
    while let Some(cell) = reader.next_cell()? {
        let (row, column) = cell.get_position();
        if row >= MAX_ROWS {
            let found = Phrase::words("ph_rows_beyond").arg("rows", MAX_ROWS.to_string());
            let mut issue = Issue::error(
                Code::Range,
                "",
                found,
                Phrase::words("ph_rows_at_most").arg("rows", MAX_ROWS.to_string()),
            );
            issue.cell = Some(cell_name(sheet, row, column));
            return Ok(Err(issue));
        }
        if column <= 4 {
            cells.last_row = cells.last_row.max(row);
            cells.cells.insert((row, column), Data::from(cell.get_value().clone()));
        }
    }
    Ok(Ok(cells))
}

/// The cell of a validation issue's field path; a whole sheet's issue (`closing`) points at
/// its column header.
fn place_of(path: &str, places: &[Place]) -> Option<String> {
    if let Some(place) = places.iter().find(|p| p.path == path) {
        return Some(place.cell());
    }
    match path {
        "opening" => Some(cell_name(BALANCE, 0, 3)),
        "closing" => Some(cell_name(BALANCE, 0, 4)),
        _ => None,
    }
}

/// The report as read so far, the problems of the cells and where each field was.
#[derive(Default)]
struct Reading {
    raw: RawReport,
    issues: Vec<Issue>,
    places: Vec<Place>,
}

impl Reading {
    fn problem(&mut self, code: Code, place: &Place, found: impl Into<Phrase>, allowed: Phrase) {
        let mut issue = Issue::error(code, place.path.clone(), found, allowed);
        issue.cell = Some(place.cell());
        self.issues.push(issue);
    }

    /// Reads one sheet: each row with a field key in column A, its values in D (and E).
    fn sheet(&mut self, sheet: &'static str, lines: &[Line], columns: u32, range: &Cells) {
        let mut seen: Vec<&str> = Vec::new();
        for row in 1..=range.last_row {
            let key = match range.get(row, 0) {
                Some(Data::String(text)) if !text.trim().is_empty() => text.trim().to_string(),
                _ => continue,
            };
            let Some(line) = lines.iter().find(|l| l.key == key) else {
                let place = Place { path: key.clone(), sheet, row, column: 0 };
                let allowed = Phrase::words("ph_known_field_of").arg("sheet", sheet);
                self.problem(Code::UnknownField, &place, key.clone(), allowed);
                continue;
            };
            if seen.contains(&line.key) {
                let place = Place { path: key.clone(), sheet, row, column: 0 };
                self.problem(Code::DuplicateField, &place, key.clone(), Phrase::words("ph_field_once"));
                continue;
            }
            seen.push(line.key);
            for column in 0..columns {
                let prefix = match (sheet, column) {
                    (BALANCE, 0) => "opening.",
                    (BALANCE, _) => "closing.",
                    (INCOME, _) => "income.",
                    _ => "",
                };
                let place = Place { path: format!("{prefix}{}", line.key), sheet, row, column: 3 + column };
                let value = range.get(row, 3 + column).cloned().unwrap_or(Data::Empty);
                self.value(line, &place, &value);
                self.places.push(place);
            }
        }
        for line in lines {
            if !seen.contains(&line.key) && required(sheet, line.key) {
                let place = Place { path: line.key.to_string(), sheet, row: 0, column: 0 };
                let found = Phrase::words("ph_row_missing").arg("field", line.key);
                self.problem(
                    Code::MissingField,
                    &place,
                    found,
                    Phrase::words("ph_row_with_field").arg("field", line.key),
                );
            }
        }
    }

    /// Reads one value cell into the raw report.
    fn value(&mut self, line: &Line, place: &Place, value: &Data) {
        if let Data::Error(error) = value {
            let found = Phrase::words("ph_formula_error").arg("error", error.to_string());
            self.problem(Code::Type, place, found, allowed_of(line.kind));
            return;
        }
        if matches!(value, Data::Empty) || matches!(value, Data::String(text) if text.trim().is_empty()) {
            if required(place.sheet, line.key) {
                self.problem(Code::MissingField, place, Phrase::words("ph_empty_cell"), allowed_of(line.kind));
            }
            return;
        }
        match line.kind {
            Kind::Amount | Kind::Rate => match number(value) {
                Some(number) => self.set_number(&place.path, number),
                None => self.problem(Code::Type, place, shown(value), allowed_of(line.kind)),
            },
            Kind::Count => match number(value)
                .filter(|n| n.fract().is_zero() && !n.is_sign_negative())
                .and_then(|n| u64::try_from(n).ok())
            {
                Some(count) if line.key == "year" => match u16::try_from(count) {
                    Ok(year) => self.raw.year = year,
                    Err(_) => self.problem(Code::Range, place, count.to_string(), Phrase::words("ph_year_number")),
                },
                Some(count) => match line.key {
                    "units_produced" => self.raw.units_produced = Some(count),
                    "capacity_units" => self.raw.capacity_units = Some(count),
                    _ => self.raw.units_sold = Some(count),
                },
                None => self.problem(Code::Type, place, shown(value), allowed_of(line.kind)),
            },
            Kind::Text => {
                let text = match value {
                    Data::String(text) => text.trim().to_string(),
                    other => other.to_string(),
                };
                match line.key {
                    "company" => self.raw.company = text,
                    "currency" => self.raw.currency = Some(text.to_uppercase()),
                    _ => self.raw.source = text,
                }
            }
            Kind::Flag => match flag(value) {
                Some(yes) if line.key == "pensions_in_net_debt" => self.raw.pensions_in_net_debt = yes,
                Some(yes) => self.raw.income.depreciation_included = yes,
                None => self.problem(Code::Type, place, shown(value), allowed_of(line.kind)),
            },
            Kind::Unit => match unit(value) {
                Some(unit) => self.raw.unit = Some(unit),
                None => self.problem(Code::UnknownVariant, place, shown(value), allowed_of(line.kind)),
            },
        }
    }

    /// Stores a number under its field path.
    fn set_number(&mut self, path: &str, n: Decimal) {
        self.raw.set_number(path, n);
    }
}

/// Fields that must have a value (as in the RON format); the rest default to zero or nothing.
fn required(sheet: &str, key: &str) -> bool {
    match sheet {
        DETAILS => matches!(key, "company" | "year" | "tax_rate" | "cost_of_equity" | "cost_of_debt"),
        BALANCE => matches!(key, "cash" | "subscribed_capital" | "retained_earnings" | "net_fixed_assets"),
        _ => matches!(key, "revenue" | "cogs" | "depreciation" | "tax"),
    }
}

/// What a cell of `kind` may hold.
fn allowed_of(kind: Kind) -> Phrase {
    Phrase::words(match kind {
        Kind::Amount => "ph_cell_amount",
        Kind::Rate => "ph_cell_rate",
        Kind::Text => "ph_cell_text",
        Kind::Count => "ph_cell_count",
        Kind::Flag => "ph_cell_flag",
        Kind::Unit => "ph_cell_unit",
    })
}

/// A cell's content as the user sees it, for "found".
fn shown(value: &Data) -> Phrase {
    match value {
        Data::String(text) => {
            Phrase::words("ph_cell_text_found").arg("text", text.chars().take(60).collect::<String>())
        }
        other => Phrase::from(other.to_string()),
    }
}

/// A number cell as an exact decimal: the shortest decimal that reads back as Excel's double
/// (the digits the user typed, up to Excel's 15 significant digits).
fn number(value: &Data) -> Option<Decimal> {
    match value {
        Data::Int(n) => Some(Decimal::from(*n)),
        // Excel keeps 15 significant digits; a formula's binary noise beyond them
        // (=0.1+0.2 → 0.30000000000000004) is not what anyone typed.
        Data::Float(f) if f.is_finite() => Decimal::from_scientific(&format!("{f:.14e}")).ok().map(|d| d.normalize()),
        _ => None,
    }
}

/// Yes or no, from a boolean cell or the words of the template's choice list.
fn flag(value: &Data) -> Option<bool> {
    match value {
        Data::Bool(yes) => Some(*yes),
        Data::Int(1) => Some(true),
        Data::Int(0) => Some(false),
        Data::Float(f) if *f == 1.0 => Some(true),
        Data::Float(f) if *f == 0.0 => Some(false),
        Data::String(text) => match text.trim().to_lowercase().as_str() {
            "ja" | "yes" | "wahr" | "true" | "x" => Some(true),
            "nein" | "no" | "falsch" | "false" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// The unit, by its key or the way reports write it.
fn unit(value: &Data) -> Option<FigureUnit> {
    let Data::String(text) = value else { return None };
    let text = text.trim().to_lowercase();
    FigureUnit::ALL.into_iter().find(|u| u.key().to_lowercase() == text).or(match text.as_str() {
        "€" | "eur" | "euro" | "einheiten" | "ganze beträge" => Some(FigureUnit::Units),
        "t€" | "teur" | "tsd. €" | "tausend" | "k€" | "tusd" => Some(FigureUnit::Thousands),
        "mio. €" | "mio €" | "mio." | "millionen" | "eur m" | "€m" => Some(FigureUnit::Millions),
        _ => None,
    })
}
