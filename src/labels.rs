//! Labels for statement lines and report headings, German first and English too; shared
//! by the command line and the game.
//!
//! Until the game's Fluent translations exist (issue 4), the command line keeps its labels
//! here; the keys are the same snake_case keys as in JSON and CSV.

use crate::model::format::Locale;

/// The label of a statement line or report key; the key itself when unknown.
pub fn label(key: &str, locale: Locale) -> &str {
    let pair = match key {
        "revenue" => ("Umsatz zu Listenpreisen", "Revenue at list price"),
        "rebates" => ("Rabatte", "Rebates"),
        "net_revenue" => ("Nettoumsatz", "Net revenue"),
        "cogs" => ("Herstellkosten des Umsatzes", "Cost of goods sold"),
        "gross_profit" => ("Bruttoergebnis", "Gross profit"),
        "marketing" => ("Marketing", "Marketing"),
        "rnd" => ("Forschung und Entwicklung", "Research and development"),
        "sales_force" => ("Vertrieb (Außendienst)", "Sales force"),
        "admin" => ("Verwaltung", "Administration"),
        "cost_to_serve" => ("Kundenbetreuungskosten", "Cost to serve"),
        "inventory_holding" => ("Lagerhaltungskosten", "Inventory holding"),
        "operating_expenses" => ("Betriebliche Aufwendungen", "Operating expenses"),
        "ebitda" => ("EBITDA", "EBITDA"),
        "depreciation" => ("Abschreibungen", "Depreciation"),
        "ebit" => ("EBIT", "EBIT"),
        "interest_expense" => ("Zinsaufwand", "Interest expense"),
        "interest_income" => ("Zinsertrag", "Interest income"),
        "ebt" => ("Ergebnis vor Steuern", "Earnings before tax"),
        "tax" => ("Ertragsteuern", "Income tax"),
        "net_income" => ("Jahresüberschuss", "Net income"),
        "cash" => ("Liquide Mittel", "Cash"),
        "receivables" => ("Forderungen", "Receivables"),
        "inventory" => ("Vorräte", "Inventory"),
        "ppe_gross" => ("Sachanlagen (brutto)", "PP&E (gross)"),
        "accumulated_depreciation" => ("Kumulierte Abschreibungen", "Accumulated depreciation"),
        "ppe_net" => ("Sachanlagen (netto)", "PP&E (net)"),
        "total_assets" => ("Summe Aktiva", "Total assets"),
        "payables" => ("Verbindlichkeiten aus L.u.L.", "Trade payables"),
        "tax_payable" => ("Steuerverbindlichkeiten", "Tax payable"),
        "loans" => ("Darlehen", "Long-term loans"),
        "overdraft" => ("Kontokorrentkredit", "Overdraft"),
        "total_liabilities" => ("Summe Verbindlichkeiten", "Total liabilities"),
        "subscribed_capital" => ("Gezeichnetes Kapital", "Subscribed capital"),
        "retained_earnings" => ("Gewinnrücklagen", "Retained earnings"),
        "total_equity" => ("Eigenkapital", "Total equity"),
        "total_equity_and_liabilities" => ("Summe Passiva", "Total equity and liabilities"),
        "change_receivables" => ("Veränderung Forderungen", "Change in receivables"),
        "change_inventory" => ("Veränderung Vorräte", "Change in inventory"),
        "change_payables" => ("Veränderung Verbindlichkeiten L.u.L.", "Change in payables"),
        "change_tax_payable" => ("Veränderung Steuerverbindlichkeiten", "Change in tax payable"),
        "operating" => ("Cashflow aus laufender Geschäftstätigkeit", "Cash flow from operations"),
        "capex" => ("Investitionen", "Capital expenditure"),
        "investing" => ("Cashflow aus Investitionstätigkeit", "Cash flow from investing"),
        "loans_change" => ("Veränderung Darlehen", "Change in loans"),
        "overdraft_change" => ("Veränderung Kontokorrent", "Change in overdraft"),
        "equity_raised" => ("Kapitalerhöhung", "Equity raised"),
        "dividends" => ("Dividende", "Dividends"),
        "financing" => ("Cashflow aus Finanzierungstätigkeit", "Cash flow from financing"),
        "net_change" => ("Veränderung liquide Mittel", "Net change in cash"),
        "opening_cash" => ("Liquide Mittel am Jahresanfang", "Opening cash"),
        "closing_cash" => ("Liquide Mittel am Jahresende", "Closing cash"),
        "income_statement" => ("Gewinn- und Verlustrechnung", "Income statement"),
        "balance_sheet" => ("Bilanz zum Jahresende", "Balance sheet at year end"),
        "cash_flow" => ("Kapitalflussrechnung (indirekt)", "Cash-flow statement (indirect)"),
        "fiscal_year" => ("Geschäftsjahr", "Fiscal year"),
        "leaderboard" => ("Rangliste", "Leaderboard"),
        "news" => ("Nachrichten", "News"),
        "rank" => ("Rang", "Rank"),
        "company" => ("Unternehmen", "Company"),
        "decided_by" => ("Entscheider", "Decided by"),
        "person" => ("Team", "Team"),
        "score" => ("Punktzahl (Barwert EVA)", "Score (PV of EVA)"),
        "eva" => ("EVA", "EVA"),
        "score_short" => ("Punktzahl", "Score"),
        "roce" => ("ROCE", "ROCE"),
        "wacc" => ("WACC", "WACC"),
        "market_share" => ("Marktanteil", "Market share"),
        "warnings" => ("Hinweise", "Warnings"),
        "insolvent" => ("überschuldet", "insolvent"),
        "final_ranking" => ("Endstand", "Final ranking"),
        "price_fighter" => ("Computer: Preiskämpfer", "Computer: price fighter"),
        "premium" => ("Computer: Premium", "Computer: premium"),
        "balanced" => ("Computer: ausgewogen", "Computer: balanced"),
        "cash_conservative" => ("Computer: vorsichtig", "Computer: cash-conservative"),
        "expansionist" => ("Computer: Expansion", "Computer: expansionist"),
        _ => return key_fallback(key),
    };
    match locale {
        Locale::De => pair.0,
        Locale::En => pair.1,
    }
}

fn key_fallback(key: &str) -> &str {
    key
}
