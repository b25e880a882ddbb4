//! The workbook's number formats and page setup in one place, so every sheet shows money,
//! rates, days and units alike and prints alike.
//!
//! Format codes use Excel's neutral notation (`,` groups, `.` marks decimals); Excel shows
//! them with the separators of the reader's language, so a German Excel shows 1.234.567 €.

use rust_xlsxwriter::{Format, FormatAlign, Worksheet, XlsxError};

use crate::labels::label;
use crate::model::format::Locale;

/// What a number in a cell is, which decides its format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// An amount in whole euros as shown (cents kept in the value): statements, EVA.
    Money,
    /// A price per unit with cents.
    Price,
    /// A fraction shown as a percentage with one decimal (margins, returns, rebates).
    Percent,
    /// A rate shown with two decimals (WACC).
    Rate,
    /// A ratio read as a multiple ("2.10×").
    Multiple,
    /// A number of days.
    Days,
    /// A number of units of product.
    Units,
    /// A number of people (salespeople).
    People,
    /// A count without unit (production lines).
    Count,
    /// An index, 1 = the reference (material prices).
    Index,
    /// A fiscal year, shown as "GJ 1" / "FY 1".
    Year,
}

/// The cell formats of one workbook, made once for its language.
#[derive(Clone, Debug)]
pub struct Formats {
    money: Format,
    price: Format,
    percent: Format,
    rate: Format,
    multiple: Format,
    days: Format,
    units: Format,
    people: Format,
    count: Format,
    index: Format,
    year: Format,
    /// Bold column headings, right-aligned over numbers.
    pub heading: Format,
    /// A block's title row.
    pub title: Format,
    /// Plain text.
    pub text: Format,
    /// Text that wraps (news headlines, project lists).
    pub wrapped: Format,
}

impl Formats {
    /// The formats with the unit words of `lang`.
    pub fn new(lang: Locale) -> Formats {
        let number = |code: String| Format::new().set_num_format(code);
        let unit = |key: &str| format!("#,##0 \"{}\"", label(key, lang));
        let year_code = format!("\"{} \"0", label("xl_year_short", lang));
        Formats {
            money: number(money_code("#,##0", lang)),
            price: number(money_code("#,##0.00", lang)),
            percent: number("0.0%".into()),
            rate: number("0.00%".into()),
            multiple: number("0.00\"×\"".into()),
            days: number(format!("0 \"{}\"", label("xl_days", lang))),
            units: number(unit("xl_units")),
            people: number(unit("xl_people")),
            count: number(unit("xl_lines")),
            index: number("0.000".into()),
            year: number(year_code.clone()).set_bold().set_align(FormatAlign::Right),
            heading: Format::new().set_bold().set_text_wrap(),
            title: Format::new().set_bold().set_font_size(12),
            text: Format::new(),
            wrapped: Format::new().set_text_wrap(),
        }
    }

    /// The format of a number of `style`.
    pub fn of(&self, style: Style) -> &Format {
        match style {
            Style::Money => &self.money,
            Style::Price => &self.price,
            Style::Percent => &self.percent,
            Style::Rate => &self.rate,
            Style::Multiple => &self.multiple,
            Style::Days => &self.days,
            Style::Units => &self.units,
            Style::People => &self.people,
            Style::Count => &self.count,
            Style::Index => &self.index,
            Style::Year => &self.year,
        }
    }
}

/// A euro format around `number`: the sign before the amount, `€` after it in German and
/// before it in English, negative amounts in red.
fn money_code(number: &str, lang: Locale) -> String {
    let positive = match lang {
        Locale::De => format!("{number} \"€\""),
        Locale::En => format!("\"€\"{number}"),
    };
    format!("{positive};[Red]-{positive}")
}

/// Landscape, one page wide, `repeat_rows` on every page, the sheet's name at the top and
/// the page number at the bottom.
pub fn print_setup(sheet: &mut Worksheet, repeat_rows: (u32, u32), lang: Locale) -> Result<(), XlsxError> {
    sheet.set_landscape();
    sheet.set_paper_size(9); // A4
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(repeat_rows.0, repeat_rows.1)?;
    sheet.set_header("&L&\"-,Bold\"&A");
    sheet.set_footer(format!("&R{}", label("xl_page", lang)));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euros_follow_in_german_and_lead_in_english() {
        assert_eq!(money_code("#,##0", Locale::De), "#,##0 \"€\";[Red]-#,##0 \"€\"");
        assert_eq!(money_code("#,##0.00", Locale::En), "\"€\"#,##0.00;[Red]-\"€\"#,##0.00");
    }
}
