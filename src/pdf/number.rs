//! Numbers as a report's language writes them (German "−1.234,5", English "−1,234.5"), for the
//! charts' tick labels; the game's money formatting works on `Decimal` and stays in `model`.

/// `value` with `decimals` places, grouped in thousands, in the way of `lang` (`de`: decimal
/// comma and thousands dots; anything else: decimal point and thousands commas). A negative
/// value carries the typographic minus "−"; a value that rounds to zero carries none; NaN and
/// infinities are an empty string.
pub fn format_number(value: f64, decimals: usize, lang: &str) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let (decimal_mark, group_mark) = if lang == "de" { (',', '.') } else { ('.', ',') };
    let digits = format!("{:.*}", decimals.min(12), value.abs());
    let (whole, fraction) = digits.split_once('.').unwrap_or((&digits, ""));
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(group_mark);
        }
        grouped.push(digit);
    }
    if !fraction.is_empty() {
        grouped.push(decimal_mark);
        grouped.push_str(fraction);
    }
    let is_zero = digits.chars().all(|ch| ch == '0' || ch == '.');
    if value < 0.0 && !is_zero { format!("−{grouped}") } else { grouped }
}
